//! The average-order-value card: AOV of all orders, of first orders and of repeat orders as bars,
//! with the repeat-vs-first difference in the note and each bar's order count in the tooltip, and
//! that difference again beside the published "loyal customers spend 31% more" benchmark.

use leptos::prelude::*;

use super::benchmarks::{BenchmarkBeside, LOYAL_SPEND};
use super::chart::{ChartState, tooltip_at};
use super::state::AppState;
use super::table::ChartTable;
use crate::charts;
use crate::charts::bars::{Arrangement, BarData, BarLayout, BarSeries, Unit, ValueLabels};
use crate::charts::palette::SERIES;
use crate::charts::table::{self, Table};
use crate::engine::report::OrdersReport;
use crate::i18n::{Locale, Msg, fill, group_int, money, percent_value, text};

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 260;
const KINDS: [Msg; 3] = [Msg::AovAll, Msg::AovFirst, Msg::AovRepeat];

/// AOV and order count of each kind: all orders, first orders (one per customer), repeat orders.
fn kinds(r: &OrdersReport) -> [(Option<f64>, u32); 3] {
    [
        (r.aov, r.orders),
        (r.aov_first, r.customers),
        (r.aov_repeat, r.orders.saturating_sub(r.customers)),
    ]
}

fn bars(r: &OrdersReport, loc: Locale) -> BarData {
    BarData {
        labels: KINDS.iter().map(|msg| text(loc, *msg).to_owned()).collect(),
        series: vec![BarSeries {
            name: "AOV".to_owned(),
            colour: SERIES[0],
            values: kinds(r).iter().map(|(aov, _)| *aov).collect(),
        }],
        arrangement: Arrangement::Grouped,
        unit: Unit::Money,
        value_labels: ValueLabels::Shown,
        ..BarData::default()
    }
}

/// A signed percent: `+12.3%`, `-4.0%`, or a dash.
fn signed_pct(pct: Option<f64>) -> String {
    match pct {
        Some(p) if p > 0.0 => format!("+{}", percent_value(Some(p), 1)),
        other => percent_value(other, 1),
    }
}

/// AOV overall, of first orders and of repeat orders.
#[component]
pub fn AovChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale) = (state.report, state.locale);
    let table = RwSignal::new(Table::default());
    let chart = ChartState::<BarLayout, usize>::new("AOV chart", move |canvas, theme| {
        let data = report.with(|r| bars(r, locale.get()));
        table.set(table::of_bars(
            &data,
            text(locale.get(), Msg::TableOrderKind),
        ));
        charts::canvas::paint(canvas, |root| charts::bars::draw(root, &data, theme))
    });
    let on_move = chart.on_move(|layout, x_px, _| layout.index_at(x_px));
    let tooltip = move || {
        let (i, x, y) = chart.hover.get()?;
        let loc = locale.get();
        let line = report.with(|r| {
            let (aov, count) = *kinds(r).get(i)?;
            let mut line = fill(
                text(loc, Msg::TipAov),
                &[
                    ("name", text(loc, *KINDS.get(i)?)),
                    ("aov", &aov.map(money).unwrap_or_else(|| "—".to_owned())),
                    ("count", &group_int(i64::from(count))),
                ],
            );
            if i == 2 {
                line.push_str(&format!(" ({})", signed_pct(r.aov_repeat_vs_first_pct)));
            }
            Some(line)
        })?;
        Some(tooltip_at("aov-tooltip", x, y, line))
    };
    let note = move || {
        let diff = report.with(|r| signed_pct(r.aov_repeat_vs_first_pct));
        fill(text(locale.get(), Msg::AovNote), &[("diff", &diff)])
    };
    view! {
        <article class="card">
            <h2>{move || text(locale.get(), Msg::AovTitle)}</h2>
            {chart.frame(move || text(locale.get(), Msg::AovTitle), "aov-chart", (WIDTH_PX, HEIGHT_PX), on_move, tooltip)}
            <ChartTable name="aov" table=table />
            <p class="chart-note" data-testid="aov-note">{note}</p>
            <BenchmarkBeside
                label=Msg::OwnAovDiff
                own=Signal::derive(move || report.with(|r| signed_pct(r.aov_repeat_vs_first_pct)))
                own_testid="own-aov-diff"
                published=LOYAL_SPEND
                testid="benchmark-aov"
            />
        </article>
    }
}
