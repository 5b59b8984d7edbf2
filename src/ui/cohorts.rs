//! The cohort retention heatmap with a tooltip giving the cell's cohort, period, share and count.

use leptos::prelude::*;

use super::chart::ChartState;
use super::state::AppState;
use crate::charts;
use crate::charts::heatmap::{HeatmapData, HeatmapLayout};
use crate::i18n::{Msg, group_int, percent_of_rate, text};

const WIDTH_PX: u32 = 960;

/// Canvas height for `n_rows` cohorts: 20 px a row, at least 200 px.
fn height_px(n_rows: usize) -> u32 {
    (26 + 8 + 20 * n_rows as u32).max(200)
}

/// Monthly first-order cohorts: share of each cohort ordering k months later.
#[component]
pub fn CohortHeatmap() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale) = (state.report, state.locale);
    let chart = ChartState::<HeatmapLayout, (usize, usize)>::new("cohort heatmap", move |canvas| {
        let data = report.with(|r| HeatmapData::from_cohorts(&r.cohorts));
        // Resizing clears the canvas, so it happens here, right before drawing, never in the view.
        canvas.set_height(height_px(data.rows.len()));
        charts::canvas::paint(canvas, |root| charts::heatmap::draw(root, &data))
    });
    let on_move = chart.on_move(|layout, x_px, y_px| layout.cell_at(x_px, y_px));
    let tooltip = move || {
        let ((row, col), x, y) = chart.hover.get()?;
        let loc = locale.get();
        let line = report.with(|r| {
            let c = &r.cohorts;
            let share = c.on.get(row)?.get(col).copied().flatten()?;
            let count = c.on_counts.get(row)?.get(col).copied().flatten()?;
            let size = c.sizes.get(row)?;
            Some(format!(
                "{} {} · {} {}: {} {} ({} / {})",
                text(loc, Msg::Cohort),
                c.labels.get(row)?,
                col,
                text(loc, Msg::PeriodsAfter),
                percent_of_rate(Some(share), 1),
                text(loc, Msg::Share),
                group_int(i64::from(count)),
                group_int(i64::from(*size)),
            ))
        })?;
        Some(view! {
            <div class="tooltip" data-testid="heatmap-tooltip" style=format!("left:{x}px;top:{y}px")>
                {line}
            </div>
        })
    };

    view! {
        <div class="chart-frame">
            <canvas
                node_ref=chart.canvas
                width=WIDTH_PX
                height=height_px(0)
                data-testid="cohort-heatmap"
                on:mousemove=on_move
                on:mouseleave=move |_| chart.hover.set(None)
            ></canvas>
            {tooltip}
        </div>
        <Show when=move || chart.failed.get()>
            <p class="chart-error">{move || text(locale.get(), Msg::ChartFailed)}</p>
        </Show>
    }
}
