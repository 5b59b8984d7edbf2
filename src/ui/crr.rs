//! The CRR line chart with a tooltip giving S, E, N, CRR, the strict retained share and the
//! reactivated count of the period under the pointer.

use leptos::html::Canvas;
use leptos::prelude::*;
use web_sys::MouseEvent;

use super::state::AppState;
use crate::charts;
use crate::charts::crr_line::{Line, LineData, LineLayout};
use crate::i18n::{Msg, group_int, percent_value, text};

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 320;

/// Pointer position in canvas pixels and CSS pixels.
pub(super) fn pointer(
    canvas: &web_sys::HtmlCanvasElement,
    ev: &MouseEvent,
) -> (f64, f64, f64, f64) {
    let rect = canvas.get_bounding_client_rect();
    let css_x = f64::from(ev.client_x()) - rect.left();
    let css_y = f64::from(ev.client_y()) - rect.top();
    let scale_x = f64::from(canvas.width()) / rect.width().max(1.0);
    let scale_y = f64::from(canvas.height()) / rect.height().max(1.0);
    (css_x * scale_x, css_y * scale_y, css_x, css_y)
}

/// CRR and strict retention per month.
#[component]
pub fn CrrChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale) = (state.report, state.locale);
    let canvas = NodeRef::<Canvas>::new();
    let layout = RwSignal::new(None::<LineLayout>);
    let failed = RwSignal::new(false);
    let hover = RwSignal::new(None::<(usize, f64, f64)>);

    Effect::new(move || {
        let Some(canvas) = canvas.get() else { return };
        let loc = locale.get();
        let data = report.with(|r| LineData {
            labels: r.crr.iter().map(|row| row.period.clone()).collect(),
            lines: vec![
                Line {
                    name: text(loc, Msg::CrrLine).to_owned(),
                    values_pct: r.crr.iter().map(|row| row.crr_pct).collect(),
                },
                Line {
                    name: text(loc, Msg::RetainedLine).to_owned(),
                    values_pct: r.crr.iter().map(|row| row.retained_pct).collect(),
                },
            ],
        });
        match charts::canvas::paint(&canvas, |root| charts::crr_line::draw(root, &data)) {
            Ok(drawn) => {
                layout.set(Some(drawn));
                failed.set(false);
            }
            Err(err) => {
                leptos::logging::warn!("CRR chart: {err}");
                failed.set(true);
            }
        }
    });

    let on_move = move |ev: MouseEvent| {
        let (Some(canvas), Some(layout)) = (canvas.get_untracked(), layout.get_untracked()) else {
            return;
        };
        let (x_px, _, css_x, css_y) = pointer(&canvas, &ev);
        hover.set(layout.index_at(x_px).map(|i| (i, css_x, css_y)));
    };
    let tooltip = move || {
        let (i, x, y) = hover.get()?;
        let loc = locale.get();
        let line = report.with(|r| {
            r.crr.get(i).map(|row| {
                format!(
                    "{}: CRR {} · {} {} · S {} · E {} · N {} · {} {}",
                    row.period,
                    percent_value(row.crr_pct, 1),
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
        Some(view! {
            <div class="tooltip" data-testid="crr-tooltip" style=format!("left:{x}px;top:{y}px")>
                {line}
            </div>
        })
    };

    view! {
        <div class="chart-frame">
            <canvas
                node_ref=canvas
                width=WIDTH_PX
                height=HEIGHT_PX
                data-testid="crr-chart"
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
