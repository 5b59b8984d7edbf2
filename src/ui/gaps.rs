//! The days-between-purchases card: a histogram of the days between each customer's consecutive
//! orders, with both medians (between purchases, and first to second order) in the note and each
//! bin's count and share in the tooltip.

use leptos::prelude::*;

use super::chart::{ChartState, tooltip_at};
use super::state::AppState;
use super::table::ChartTable;
use crate::charts;
use crate::charts::bars::{Arrangement, BarData, BarLayout, BarSeries, Unit, ValueLabels};
use crate::charts::palette::SERIES;
use crate::charts::table::{self, Table};
use crate::engine::report::GapsReport;
use crate::i18n::{Msg, decimal, digits, fill, group_int, percent_of_rate, text};

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 280;

fn histogram(gaps: &GapsReport, name: &str) -> BarData {
    BarData {
        labels: gaps.bins.iter().map(|bin| digits(bin)).collect(),
        series: vec![BarSeries {
            name: name.to_owned(),
            colour: SERIES[2],
            values: gaps
                .between_purchases
                .counts
                .iter()
                .map(|n| Some(f64::from(*n)))
                .collect(),
        }],
        arrangement: Arrangement::Grouped,
        unit: Unit::Count,
        value_labels: ValueLabels::Shown,
        ..BarData::default()
    }
}

/// A median in days: whole days without decimals, else one decimal; a dash when there is none.
fn days(median: Option<f64>) -> String {
    match median {
        Some(d) if d.fract() == 0.0 => group_int(d as i64),
        Some(d) => decimal(Some(d), 1),
        None => "—".to_owned(),
    }
}

/// Histogram of days between purchases.
#[component]
pub fn GapsChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale) = (state.report, state.locale);
    let table = RwSignal::new(Table::default());
    let chart = ChartState::<BarLayout, usize>::new("gaps chart", move |canvas, theme| {
        let name = text(locale.get(), Msg::GapsTitle);
        let data = report.with(|r| histogram(&r.gaps, name));
        table.set(table::of_bars(&data, text(locale.get(), Msg::TableDays)));
        charts::canvas::paint(canvas, |root| charts::bars::draw(root, &data, theme))
    });
    let on_move = chart.on_move(|layout, x_px, _| layout.index_at(x_px));
    let tooltip = move || {
        let (i, x, y) = chart.hover.get()?;
        let line = report.with(|r| {
            let between = &r.gaps.between_purchases;
            let count = *between.counts.get(i)?;
            let share = (between.n > 0).then(|| f64::from(count) / f64::from(between.n));
            Some(fill(
                text(locale.get(), Msg::TipGaps),
                &[
                    ("bin", &digits(r.gaps.bins.get(i)?)),
                    ("count", &group_int(i64::from(count))),
                    ("share", &percent_of_rate(share, 1)),
                    ("n", &group_int(i64::from(between.n))),
                ],
            ))
        })?;
        Some(tooltip_at("gaps-tooltip", x, y, line))
    };
    let note = move || {
        report.with(|r| {
            let (between, second) = (&r.gaps.between_purchases, &r.gaps.to_second_purchase);
            fill(
                text(locale.get(), Msg::GapsNote),
                &[
                    ("n", &group_int(i64::from(between.n))),
                    ("median", &days(between.median_days)),
                    ("median2", &days(second.median_days)),
                    ("n2", &group_int(i64::from(second.n))),
                ],
            )
        })
    };
    view! {
        <article class="card">
            <h2>{move || text(locale.get(), Msg::GapsTitle)}</h2>
            {chart.frame(move || text(locale.get(), Msg::GapsTitle), "gaps-chart", (WIDTH_PX, HEIGHT_PX), on_move, tooltip)}
            <ChartTable name="gaps" table=table />
            <p class="chart-note" data-testid="gaps-note">{note}</p>
        </article>
    }
}
