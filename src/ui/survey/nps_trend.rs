//! The NPS-per-period card: each period's shares of detractors, passives and promoters stacked,
//! with its NPS as a line over them; a tooltip gives the period, NPS, n and the three counts.
//! Legend toggles hide a group or the line; a drag across the periods zooms every time chart. A
//! partial last period is light and hatched (a note says so), and periods with fewer than 30
//! responses are named in a warning.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use super::{partial_suffix, period_word};
use crate::charts;
use crate::charts::bars::BarLayout;
use crate::charts::nps_bars::{DETRACTOR, NpsBarsData, NpsPeriod, PASSIVE, PROMOTER};
use crate::charts::palette::SERIES;
use crate::charts::table::{self, Table};
use crate::engine::report::{ResponsesReport, TrendRow};
use crate::i18n::{
    Locale, Msg, SurveyMsg, decimal, digits, fill, group_int, ltr, survey_text, text,
};
use crate::ui::chart::{ChartState, tooltip_at};
use crate::ui::state::AppState;
use crate::ui::table::ChartTable;
use crate::ui::toggles::SeriesToggles;
use crate::ui::zoom::{ZoomNote, zoom_of};

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 340;

/// The detractors', passives' and promoters' shares of a period's NPS answers.
fn shares(row: &TrendRow) -> Option<[f64; 3]> {
    let m = &row.metrics;
    let n = f64::from(m.nps_n.filter(|n| *n > 0)?);
    Some([
        f64::from(m.detractors?) / n,
        f64::from(m.passives?) / n,
        f64::from(m.promoters?) / n,
    ])
}

/// The chart of the periods `rows` of the trend.
fn bars(r: &ResponsesReport, rows: Range<usize>, loc: Locale) -> NpsBarsData {
    let name = |msg| survey_text(loc, msg).to_owned();
    NpsBarsData {
        periods: r
            .trend
            .get(rows)
            .unwrap_or_default()
            .iter()
            .map(|row| NpsPeriod {
                label: digits(&row.period),
                shares: shares(row),
                nps: row.metrics.nps,
                is_partial: row.is_partial,
            })
            .collect(),
        names: [
            name(SurveyMsg::Detractors),
            name(SurveyMsg::Passives),
            name(SurveyMsg::Promoters),
            name(SurveyMsg::Nps),
        ],
        partial_name: text(loc, Msg::PartialPeriodLegend).to_owned(),
        hidden: [false; 4],
    }
}

/// The trend's period labels, for the zoom.
pub(super) fn trend_labels(r: &ResponsesReport) -> Vec<&str> {
    r.trend.iter().map(|row| row.period.as_str()).collect()
}

/// NPS per period over the shares of its three groups.
#[component]
pub fn NpsTrend(report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = state.locale;
    let table = RwSignal::new(Table::default());
    let hidden = RwSignal::new(BTreeSet::new());
    let series = Signal::derive(move || {
        let loc = locale.get();
        let names = [
            SurveyMsg::Detractors,
            SurveyMsg::Passives,
            SurveyMsg::Promoters,
            SurveyMsg::Nps,
        ];
        let colours = [DETRACTOR, PASSIVE, PROMOTER, SERIES[0]];
        names
            .into_iter()
            .zip(colours)
            .map(|(msg, colour)| (survey_text(loc, msg).to_owned(), colour))
            .collect::<Vec<_>>()
    });
    let (shown, zoom_rows) = zoom_of(state.zoom, report, trend_labels);
    let chart = ChartState::<BarLayout, usize>::new("NPS trend chart", move |canvas, theme| {
        let mut data = report.with(|r| bars(r, shown(r), locale.get()));
        hidden.with(|hidden| {
            for (i, flag) in data.hidden.iter_mut().enumerate() {
                *flag = hidden.contains(&i);
            }
        });
        table.set(table::of_nps(&data, text(locale.get(), Msg::Period)));
        charts::canvas::paint(canvas, |root| charts::nps_bars::draw(root, &data, theme))
    });
    let tooltip = move || {
        let (i, x, y) = chart.hover.get()?;
        let loc = locale.get();
        let line = report.with(|r| {
            let row = r.trend.get(shown(r).start + i)?;
            let m = &row.metrics;
            let count = |n: Option<u32>| group_int(i64::from(n.unwrap_or(0)));
            let line = fill(
                survey_text(loc, SurveyMsg::TipNpsPeriod),
                &[
                    ("period", &digits(&row.period)),
                    ("nps", &decimal(m.nps, 1)),
                    ("n", &count(m.nps_n)),
                    ("detractors", &count(m.detractors)),
                    ("passives", &count(m.passives)),
                    ("promoters", &count(m.promoters)),
                ],
            );
            Some(line + &partial_suffix(loc, row.is_partial))
        })?;
        Some(tooltip_at("nps-trend-tooltip", x, y, line))
    };
    let title = move || {
        let loc = locale.get();
        report.with(|r| {
            fill(
                survey_text(loc, SurveyMsg::NpsTrendTitle),
                &[("period", period_word(loc, r))],
            )
        })
    };
    let note = move || {
        let loc = locale.get();
        report.with(|r| {
            fill(
                survey_text(loc, SurveyMsg::NpsTrendNote),
                &[("period", period_word(loc, r))],
            )
        })
    };
    let partial_note = move || {
        let loc = locale.get();
        report.with(|r| {
            r.trend.last().filter(|row| row.is_partial).map(|_| {
                fill(
                    survey_text(loc, SurveyMsg::NpsPartialNote),
                    &[("period", period_word(loc, r))],
                )
            })
        })
    };
    // Periods with answers but fewer than 30 of them.
    let warning = move || {
        report.with(|r| {
            let few: Vec<String> = r
                .trend
                .iter()
                .filter(|row| row.metrics.n > 0 && row.metrics.small_sample)
                .map(|row| digits(&row.period))
                .collect();
            (!few.is_empty()).then(|| {
                fill(
                    survey_text(locale.get(), SurveyMsg::FewAnswers),
                    &[("periods", &ltr(&few.join(", ")))],
                )
            })
        })
    };
    view! {
        <Show when=move || report.with(|r| r.nps.is_some())>
            <article class="card" data-testid="nps-trend">
                <h2>{title}</h2>
                <SeriesToggles series=series hidden=hidden testid="nps-trend-series" />
                {chart
                    .frame_zoomable(
                        title,
                        "nps-trend-chart",
                        (WIDTH_PX, HEIGHT_PX),
                        chart.on_move(|layout, x_px, _| layout.index_at(x_px)),
                        tooltip,
                        Some((BarLayout::index_at, Box::new(zoom_rows))),
                    )}
                <ZoomNote testid="nps-trend-zoom" />
                <p class="chart-note" data-testid="nps-trend-note">{note}</p>
                <ChartTable name="nps-trend" table=table />
                <p class="chart-note partial-note" data-testid="nps-trend-partial-note">
                    {partial_note}
                </p>
                <p class="survey-warning" role="note" data-testid="nps-trend-warning">
                    <bdi>{warning}</bdi>
                </p>
            </article>
        </Show>
    }
}
