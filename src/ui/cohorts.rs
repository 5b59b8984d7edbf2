//! The cohort retention heatmap with a tooltip giving the cell's cohort, period, share and count.

use leptos::html::Canvas;
use leptos::prelude::*;
use web_sys::MouseEvent;

use super::crr::pointer;
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
    let canvas = NodeRef::<Canvas>::new();
    let layout = RwSignal::new(None::<HeatmapLayout>);
    let failed = RwSignal::new(false);
    let hover = RwSignal::new(None::<(usize, usize, f64, f64)>);

    Effect::new(move || {
        let Some(canvas) = canvas.get() else { return };
        let data = report.with(|r| HeatmapData::from_cohorts(&r.cohorts));
        // Resizing clears the canvas, so it happens here, right before drawing, never in the view.
        canvas.set_height(height_px(data.rows.len()));
        match charts::canvas::paint(&canvas, |root| charts::heatmap::draw(root, &data)) {
            Ok(drawn) => {
                layout.set(Some(drawn));
                failed.set(false);
            }
            Err(err) => {
                leptos::logging::warn!("cohort heatmap: {err}");
                failed.set(true);
            }
        }
    });

    let on_move = move |ev: MouseEvent| {
        let (Some(canvas), Some(layout)) = (canvas.get_untracked(), layout.get_untracked()) else {
            return;
        };
        let (x_px, y_px, css_x, css_y) = pointer(&canvas, &ev);
        hover.set(
            layout
                .cell_at(x_px, y_px)
                .map(|(row, col)| (row, col, css_x, css_y)),
        );
    };
    let tooltip = move || {
        let (row, col, x, y) = hover.get()?;
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
                node_ref=canvas
                width=WIDTH_PX
                height=height_px(0)
                data-testid="cohort-heatmap"
                on:mousemove=on_move
                on:mouseleave=move |_| hover.set(None)
            ></canvas>
            {tooltip}
        </div>
        <Show when=move || failed.get()>
            <p class="chart-error">{move || text(locale.get(), Msg::ChartFailed)}</p>
        </Show>
    }
}
