//! The CRR line chart with a tooltip giving S, E, N, CRR, the strict retained share and the
//! reactivated count of the period under the pointer.

use leptos::prelude::*;

use super::chart::ChartState;
use super::state::AppState;
use crate::charts;
use crate::charts::crr_line::{Line, LineData, LineLayout};
use crate::i18n::{Msg, group_int, percent_value, text};

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 320;

/// CRR and strict retention per month.
#[component]
pub fn CrrChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale) = (state.report, state.locale);
    let chart = ChartState::<LineLayout, usize>::new("CRR chart", move |canvas| {
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
        charts::canvas::paint(canvas, |root| charts::crr_line::draw(root, &data))
    });
    let on_move = chart.on_move(|layout, x_px, _| layout.index_at(x_px));
    let tooltip = move || {
        let (i, x, y) = chart.hover.get()?;
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
                node_ref=chart.canvas
                width=WIDTH_PX
                height=HEIGHT_PX
                data-testid="crr-chart"
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
