//! The cohort heatmap card: one of three retention tables (ordered in the period, ordered then or
//! later, revenue retention), with a tooltip giving the cell's cohort, period, value and the
//! counts behind it, and a note naming the variant, period and denominator.

use leptos::prelude::*;

use super::chart::{ChartState, tooltip_at};
use super::choice::Choice;
use super::state::AppState;
use super::table::ChartTable;
use crate::charts;
use crate::charts::heatmap::{HeatmapData, HeatmapLayout, Retention};
use crate::charts::table::{self, Table};
use crate::engine::data::Day;
use crate::engine::report::CohortsReport;
use crate::i18n::{
    Locale, Msg, digits, fill, group_int, money, percent_of_rate, period_name, period_plural,
    periods_counted, plain, text,
};

const WIDTH_PX: u32 = 960;

/// Canvas height for `n_rows` cohorts: 20 px a row (fewer when there are many), at least 200 px.
fn height_px(n_rows: usize) -> u32 {
    let row_px = if n_rows > 60 { 12 } else { 20 };
    (26 + 8 + row_px * n_rows as u32).max(200)
}

/// The tooltip's words for cell (row, col) of the `variant` table.
fn cell_text(
    c: &CohortsReport,
    variant: Retention,
    (row, col): (usize, usize),
    loc: Locale,
    period: crate::engine::data::Period,
) -> Option<String> {
    let share = variant.table(c).get(row)?.get(col).copied().flatten()?;
    let size = *c.sizes.get(row)?;
    let share_text = percent_of_rate(Some(share), 1);
    let value = match variant {
        Retention::On => {
            let count = c.on_counts.get(row)?.get(col).copied().flatten()?;
            fill(
                text(loc, Msg::TipOn),
                &[
                    ("share", &share_text),
                    ("count", &group_int(i64::from(count))),
                    ("size", &group_int(i64::from(size))),
                ],
            )
        }
        Retention::OnOrAfter => {
            // The share is customers / size, so this gives back the exact count.
            let count = (share * f64::from(size)).round() as i64;
            fill(
                text(loc, Msg::TipOnOrAfter),
                &[
                    ("share", &share_text),
                    ("count", &group_int(count)),
                    ("size", &group_int(i64::from(size))),
                ],
            )
        }
        Retention::Revenue => {
            let revenue = c.revenue.get(row)?;
            fill(
                text(loc, Msg::TipRevenue),
                &[
                    ("share", &share_text),
                    ("period", period_name(loc, period)),
                    ("revenue", &money(revenue.get(col).copied().flatten()?)),
                    ("first", &money(revenue.first().copied().flatten()?)),
                ],
            )
        }
    };
    let after = fill(
        text(loc, Msg::PeriodsAfter),
        &[
            ("k", &plain(col as i64)),
            ("period", period_name(loc, period)),
            ("periods", periods_counted(loc, period, col)),
        ],
    );
    Some(format!(
        "{} {} · {after}: {value}",
        text(loc, Msg::Cohort),
        digits(c.labels.get(row)?),
    ))
}

/// First-order cohorts: share of each cohort ordering k periods later, or revenue retention.
#[component]
pub fn CohortHeatmap() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale, period) = (state.report, state.locale, state.period);
    let variant = state.cohort_view;
    let table = RwSignal::new(Table::default());
    let chart =
        ChartState::<HeatmapLayout, (usize, usize)>::new("cohort heatmap", move |canvas, theme| {
            let data = report.with(|r| HeatmapData::from_cohorts(&r.cohorts, variant.get()));
            // Resizing clears the canvas, so it happens here, right before drawing, never in the view.
            canvas.set_height(height_px(data.rows.len()));
            table.set(table::of_heatmap(
                &data,
                text(locale.get(), Msg::Cohort),
                &(0..data.rows.len().max(1))
                    .map(|k| plain(k as i64))
                    .collect::<Vec<_>>(),
            ));
            charts::canvas::paint(canvas, |root| charts::heatmap::draw(root, &data, theme))
        });
    let on_move = chart.on_move(|layout, x_px, y_px| layout.cell_at(x_px, y_px));
    let tooltip = move || {
        let (cell, x, y) = chart.hover.get()?;
        let line = report
            .with(|r| cell_text(&r.cohorts, variant.get(), cell, locale.get(), period.get()))?;
        Some(tooltip_at("heatmap-tooltip", x, y, line))
    };
    // A click on a cohort's row counts only that cohort's customers on the whole dashboard.
    let filter = state.filter;
    let on_click = move |_| {
        let Some(((row, _), _, _)) = chart.hover.get_untracked() else {
            return;
        };
        let span = report.with_untracked(|r| r.cohorts.spans.get(row).cloned());
        if let Some([first, last]) = span
            && let Some(cohort) = Day::from_iso(&first).zip(Day::from_iso(&last))
        {
            chart.hover.set(None);
            filter.update(|f| f.cohort = Some(cohort));
        }
    };
    let title = move || {
        let loc = locale.get();
        fill(
            text(loc, Msg::CohortTitle),
            &[("period", period_name(loc, period.get()))],
        )
    };
    let note = move || {
        let loc = locale.get();
        let msg = match variant.get() {
            Retention::On => Msg::NoteOn,
            Retention::OnOrAfter => Msg::NoteOnOrAfter,
            Retention::Revenue => Msg::NoteRevenue,
        };
        fill(
            text(loc, msg),
            &[
                ("period", period_name(loc, period.get())),
                ("periods", period_plural(loc, period.get())),
            ],
        )
    };

    view! {
        <article class="card">
            <div class="card-head">
                <h2>{title}</h2>
                <Choice
                    options=vec![
                        (Retention::On, Msg::VariantOn, "heatmap-on"),
                        (Retention::OnOrAfter, Msg::VariantOnOrAfter, "heatmap-on-or-after"),
                        (Retention::Revenue, Msg::VariantRevenue, "heatmap-revenue"),
                    ]
                    selected=variant
                />
            </div>
            <div class="clickable-chart" on:click=on_click>
                {chart.frame(title, "cohort-heatmap", (WIDTH_PX, height_px(0)), on_move, tooltip)}
                <ChartTable name="cohorts" table=table />
            </div>
            <p class="chart-note" data-testid="heatmap-note">{note}</p>
            <p class="chart-note">{move || text(locale.get(), Msg::CohortClickHint)}</p>
        </article>
    }
}
