//! The CRR card: CRR and the strict retained share per period, or churn (100 − CRR) and its
//! strict counterpart, with a tooltip giving S, E, N, CRR, churn, the strict share and the
//! reactivated count of the period under the pointer, and a note stating W. A partial period is
//! reached by a dashed line with a hollow marker; a second note says so.

use leptos::prelude::*;

use super::chart::{ChartState, tooltip_at};
use super::choice::Choice;
use super::state::AppState;
use super::table::ChartTable;
use super::toggles::SeriesToggles;
use super::zoom::{ZoomNote, zoom_of};
use crate::charts;
use crate::charts::crr_line::{Line, LineData, LineLayout, YAxis};
use crate::charts::palette::SERIES;
use crate::charts::table::{self, Table};
use crate::engine::report::OrdersReport;
use crate::i18n::{Msg, digits, fill, group_int, percent_value, period_name, plain, text};

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 320;

/// Which lines the chart shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum View {
    Retention,
    Churn,
}

/// CRR and strict retention (or churn) per period.
#[component]
pub fn CrrChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale, period) = (state.report, state.locale, state.period);
    let view = RwSignal::new(View::Retention);
    let hidden = RwSignal::new(std::collections::BTreeSet::new());
    // The two lines of the view shown, for the legend toggles.
    let line_names = move |loc, view| match view {
        View::Retention => [text(loc, Msg::CrrLine), text(loc, Msg::RetainedLine)],
        View::Churn => [text(loc, Msg::ChurnLine), text(loc, Msg::StrictChurnLine)],
    };
    let series = Signal::derive(move || {
        line_names(locale.get(), view.get())
            .into_iter()
            .zip(SERIES)
            .map(|(name, colour)| (name.to_owned(), colour))
            .collect::<Vec<_>>()
    });
    let (shown, zoom_rows) = zoom_of(state.zoom, report.into(), |r: &OrdersReport| {
        r.crr.iter().map(|row| row.period.as_str()).collect()
    });
    let table = RwSignal::new(Table::default());
    let chart = ChartState::<LineLayout, usize>::new("CRR chart", move |canvas, theme| {
        let loc = locale.get();
        let line = |msg, values_pct| Line {
            name: text(loc, msg).to_owned(),
            values_pct,
            faint: false,
            hidden: false,
        };
        let mut data = report.with(|r| {
            let rows = &r.crr[shown(r)];
            LineData {
                labels: rows.iter().map(|row| digits(&row.period)).collect(),
                lines: match view.get() {
                    View::Retention => vec![
                        line(Msg::CrrLine, rows.iter().map(|row| row.crr_pct).collect()),
                        line(
                            Msg::RetainedLine,
                            rows.iter().map(|row| row.retained_pct).collect(),
                        ),
                    ],
                    View::Churn => vec![
                        line(
                            Msg::ChurnLine,
                            rows.iter().map(|row| row.churn_pct).collect(),
                        ),
                        line(
                            Msg::StrictChurnLine,
                            rows.iter()
                                .map(|row| row.retained_pct.map(|pct| 100.0 - pct))
                                .collect(),
                        ),
                    ],
                },
                y_axis: match view.get() {
                    View::Retention => YAxis::WithHundred,
                    View::Churn => YAxis::WithZero,
                },
                partial: rows.iter().map(|row| row.is_partial).collect(),
                partial_name: text(loc, Msg::PartialPeriodLegend).to_owned(),
            }
        });
        hidden.with(|hidden| {
            for (i, line) in data.lines.iter_mut().enumerate() {
                line.hidden = hidden.contains(&i);
            }
        });
        table.set(table::of_lines(&data, text(loc, Msg::Period)));
        charts::canvas::paint(canvas, |root| charts::crr_line::draw(root, &data, theme))
    });
    let on_move = chart.on_move(|layout, x_px, _| layout.index_at(x_px));
    let tooltip = move || {
        let (i, x, y) = chart.hover.get()?;
        let loc = locale.get();
        let line = report.with(|r| {
            r.crr.get(shown(r).start + i).map(|row| {
                let partial = if row.is_partial {
                    format!(" ({})", text(loc, Msg::PartialPeriod))
                } else {
                    String::new()
                };
                format!(
                    "{}: CRR {} · {} {} · {} {} · S {} · E {} · N {} · {} {}{partial}",
                    digits(&row.period),
                    percent_value(row.crr_pct, 1),
                    text(loc, Msg::ViewChurn),
                    percent_value(row.churn_pct, 1),
                    text(loc, Msg::RetainedLine),
                    percent_value(row.retained_pct, 1),
                    group_int(i64::from(row.s)),
                    group_int(i64::from(row.e)),
                    group_int(i64::from(row.n)),
                    group_int(i64::from(row.reactivated)),
                    text(loc, Msg::Reactivated),
                )
            })
        })?;
        Some(tooltip_at("crr-tooltip", x, y, line))
    };
    let title = move || {
        let loc = locale.get();
        fill(
            text(loc, Msg::CrrTitle),
            &[("period", period_name(loc, period.get()))],
        )
    };
    let note = move || {
        let loc = locale.get();
        let msg = match view.get() {
            View::Retention => Msg::CrrNote,
            View::Churn => Msg::ChurnNote,
        };
        let w = report.with(|r| plain(i64::from(r.window_days)));
        fill(
            text(loc, msg),
            &[("period", period_name(loc, period.get())), ("w", &w)],
        )
    };
    let partial_note = move || {
        let loc = locale.get();
        fill(
            text(loc, Msg::CrrPartialNote),
            &[("period", period_name(loc, period.get()))],
        )
    };

    view! {
        <article class="card">
            <div class="card-head">
                <h2>{title}</h2>
                <Choice
                    options=vec![
                        (View::Retention, Msg::ViewRetention, "crr-view-retention"),
                        (View::Churn, Msg::ViewChurn, "crr-view-churn"),
                    ]
                    selected=view
                />
            </div>
            <SeriesToggles series=series hidden=hidden testid="crr-series" />
            {chart.frame_zoomable(title, "crr-chart", (WIDTH_PX, HEIGHT_PX), on_move, tooltip, Some((LineLayout::index_at, Box::new(zoom_rows))))}
            <ZoomNote testid="crr-zoom" />
            <ChartTable name="crr" table=table />
            <p class="chart-note" data-testid="crr-note">{note}</p>
            <p class="chart-note partial-note" data-testid="crr-partial-note">{partial_note}</p>
        </article>
    }
}
