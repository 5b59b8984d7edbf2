//! The trend card: per period, NPS with its 95% margin of error as a band (−100…100), and, when
//! the form has a CSAT question, the CSAT mean with its 95% t interval on the answer scale; each
//! chart's tooltip gives the period, the value, its interval and n. Legend toggles hide a chart's
//! line or band; a drag across either zooms every time chart.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use super::nps_trend::trend_labels;
use super::{partial_suffix, period_word};
use crate::charts;
use crate::charts::band_line::{BandData, band_swatch};
use crate::charts::crr_line::LineLayout;
use crate::charts::palette::SERIES;
use crate::charts::table::{self, Table};
use crate::engine::report::ResponsesReport;
use crate::i18n::{Locale, Msg, SurveyMsg, decimal, digits, fill, group_int, survey_text, text};
use crate::ui::chart::{ChartState, tooltip_at};
use crate::ui::state::AppState;
use crate::ui::table::ChartTable;
use crate::ui::toggles::SeriesToggles;
use crate::ui::zoom::{ZoomNote, zoom_of};

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 300;

/// The NPS line and its ± moe95 band, clipped to −100…100 as the report clips the overall one.
fn nps_band(r: &ResponsesReport, rows: Range<usize>, loc: Locale) -> BandData {
    let trend = r.trend.get(rows).unwrap_or_default();
    BandData {
        labels: trend.iter().map(|row| digits(&row.period)).collect(),
        values: trend.iter().map(|row| row.metrics.nps).collect(),
        bands: trend
            .iter()
            .map(|row| {
                let (nps, moe) = (row.metrics.nps?, row.metrics.nps_moe95?);
                Some([(nps - moe).max(-100.0), (nps + moe).min(100.0)])
            })
            .collect(),
        y_range: (-100.0, 100.0),
        y_decimals: 0,
        colour: SERIES[0],
        name: survey_text(loc, SurveyMsg::Nps).to_owned(),
        band_name: survey_text(loc, SurveyMsg::Interval95).to_owned(),
        partial: trend.iter().map(|row| row.is_partial).collect(),
        partial_name: text(loc, Msg::PartialPeriodLegend).to_owned(),
        hidden: [false; 2],
    }
}

/// The CSAT mean line and its t interval, on the CSAT question's scale.
fn csat_band(r: &ResponsesReport, rows: Range<usize>, loc: Locale) -> BandData {
    let trend = r.trend.get(rows).unwrap_or_default();
    let scale = r.csat.as_ref().map_or((1.0, 5.0), |c| {
        (f64::from(c.scale_min), f64::from(c.scale_max))
    });
    BandData {
        labels: trend.iter().map(|row| digits(&row.period)).collect(),
        values: trend.iter().map(|row| row.metrics.csat).collect(),
        bands: trend.iter().map(|row| row.metrics.csat_mean_ci95).collect(),
        y_range: scale,
        y_decimals: 1,
        colour: SERIES[2],
        name: survey_text(loc, SurveyMsg::CsatMean).to_owned(),
        band_name: survey_text(loc, SurveyMsg::Interval95).to_owned(),
        partial: trend.iter().map(|row| row.is_partial).collect(),
        partial_name: text(loc, Msg::PartialPeriodLegend).to_owned(),
        hidden: [false; 2],
    }
}

/// NPS (and CSAT) per period with their 95% intervals.
#[component]
pub fn SurveyTrend(report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = state.locale;
    let (shown, zoom_rows) = zoom_of(state.zoom, report, trend_labels);
    let (nps_table, csat_table) = (
        RwSignal::new(Table::default()),
        RwSignal::new(Table::default()),
    );
    // Legend toggles: each chart's line and its band.
    let (nps_hidden, csat_hidden) = (
        RwSignal::new(BTreeSet::new()),
        RwSignal::new(BTreeSet::new()),
    );
    let toggles = move |band: fn(&ResponsesReport, Range<usize>, Locale) -> BandData| {
        Signal::derive(move || {
            let data = report.with(|r| band(r, 0..0, locale.get()));
            vec![
                (data.name, data.colour),
                (data.band_name, band_swatch(data.colour)),
            ]
        })
    };
    let hide = |data: &mut BandData, hidden: RwSignal<BTreeSet<usize>>| {
        hidden.with(|hidden| data.hidden = [hidden.contains(&0), hidden.contains(&1)]);
    };
    let nps = ChartState::<LineLayout, usize>::new("survey trend chart", move |canvas, theme| {
        let mut data = report.with(|r| nps_band(r, shown(r), locale.get()));
        hide(&mut data, nps_hidden);
        nps_table.set(table::of_band(&data, text(locale.get(), Msg::Period)));
        charts::canvas::paint(canvas, |root| charts::band_line::draw(root, &data, theme))
    });
    let csat = ChartState::<LineLayout, usize>::new("CSAT trend chart", move |canvas, theme| {
        let mut data = report.with(|r| csat_band(r, shown(r), locale.get()));
        hide(&mut data, csat_hidden);
        csat_table.set(table::of_band(&data, text(locale.get(), Msg::Period)));
        charts::canvas::paint(canvas, |root| charts::band_line::draw(root, &data, theme))
    });
    let nps_tooltip = move || {
        let (i, x, y) = nps.hover.get()?;
        let loc = locale.get();
        let line = report.with(|r| {
            let row = r.trend.get(shown(r).start + i)?;
            let m = &row.metrics;
            let band = m.nps.zip(m.nps_moe95);
            let line = fill(
                survey_text(loc, SurveyMsg::TipTrend),
                &[
                    ("period", &digits(&row.period)),
                    ("value", &decimal(m.nps, 1)),
                    (
                        "low",
                        &decimal(band.map(|(v, moe)| (v - moe).max(-100.0)), 1),
                    ),
                    (
                        "high",
                        &decimal(band.map(|(v, moe)| (v + moe).min(100.0)), 1),
                    ),
                    ("n", &group_int(i64::from(m.nps_n.unwrap_or(0)))),
                ],
            );
            Some(line + &partial_suffix(loc, row.is_partial))
        })?;
        Some(tooltip_at("survey-trend-tooltip", x, y, line))
    };
    let csat_tooltip = move || {
        let (i, x, y) = csat.hover.get()?;
        let loc = locale.get();
        let line = report.with(|r| {
            let row = r.trend.get(shown(r).start + i)?;
            let m = &row.metrics;
            let line = fill(
                survey_text(loc, SurveyMsg::TipCsatTrend),
                &[
                    ("period", &digits(&row.period)),
                    ("value", &decimal(m.csat, 2)),
                    ("low", &decimal(m.csat_mean_ci95.map(|[low, _]| low), 2)),
                    ("high", &decimal(m.csat_mean_ci95.map(|[_, high]| high), 2)),
                    ("n", &group_int(i64::from(m.csat_n.unwrap_or(0)))),
                ],
            );
            Some(line + &partial_suffix(loc, row.is_partial))
        })?;
        Some(tooltip_at("csat-trend-tooltip", x, y, line))
    };
    let with_period = move |msg| {
        move || {
            let loc = locale.get();
            report.with(|r| fill(survey_text(loc, msg), &[("period", period_word(loc, r))]))
        }
    };
    let title = with_period(SurveyMsg::TrendTitle);
    let csat_label = move || survey_text(locale.get(), SurveyMsg::CsatMean);
    view! {
        <Show when=move || report.with(|r| r.nps.is_some() || r.csat.is_some())>
            <article class="card" data-testid="survey-trend">
                <h2>{title}</h2>
                <Show when=move || report.with(|r| r.nps.is_some())>
                    <SeriesToggles
                        series=toggles(nps_band)
                        hidden=nps_hidden
                        testid="survey-trend-series"
                    />
                    {nps
                        .frame_zoomable(
                            title,
                            "survey-trend-chart",
                            (WIDTH_PX, HEIGHT_PX),
                            nps.on_move(|layout, x_px, _| layout.index_at(x_px)),
                            nps_tooltip,
                            Some((LineLayout::index_at, Box::new(zoom_rows))),
                        )}
                    <ZoomNote testid="survey-trend-zoom" />
                    <p class="chart-note" data-testid="survey-trend-note">
                        {with_period(SurveyMsg::TrendNote)}
                    </p>
                    <ChartTable name="survey-trend" table=nps_table />
                </Show>
                <Show when=move || report.with(|r| r.csat.is_some())>
                    <SeriesToggles
                        series=toggles(csat_band)
                        hidden=csat_hidden
                        testid="csat-trend-series"
                    />
                    {csat
                        .frame_zoomable(
                            csat_label,
                            "csat-trend-chart",
                            (WIDTH_PX, HEIGHT_PX),
                            csat.on_move(|layout, x_px, _| layout.index_at(x_px)),
                            csat_tooltip,
                            Some((LineLayout::index_at, Box::new(zoom_rows))),
                        )}
                    <ZoomNote testid="csat-trend-zoom" />
                    <p class="chart-note" data-testid="csat-trend-note">
                        {with_period(SurveyMsg::CsatTrendNote)}
                    </p>
                    <ChartTable name="csat-trend" table=csat_table />
                </Show>
            </article>
        </Show>
    }
}
