//! The retention-curves card: one faint line per first-order cohort (share ordering k periods
//! after the first) and the bold size-weighted average, with a tooltip giving the average at the
//! hovered k and the customers behind it.

use leptos::prelude::*;

use super::chart::{ChartState, tooltip_at};
use super::state::AppState;
use super::table::ChartTable;
use crate::charts;
use crate::charts::crr_line::{Line, LineData, LineLayout, YAxis};
use crate::charts::table::{self, Table};
use crate::engine::report::CohortsReport;
use crate::i18n::{
    Locale, Msg, digits, fill, group_int, percent_of_rate, period_name, period_plural,
    periods_counted, plain, text,
};

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 320;

/// The lines: every cohort's "on" row, faint, then the average.
fn curves(c: &CohortsReport, average_name: &str) -> LineData {
    let pct = |row: &[Option<f64>]| row.iter().map(|v| v.map(|v| v * 100.0)).collect();
    let mut lines: Vec<Line> = c
        .labels
        .iter()
        .zip(&c.on)
        .map(|(label, row)| Line {
            name: digits(label),
            values_pct: pct(row),
            faint: true,
            hidden: false,
        })
        .collect();
    lines.push(Line {
        name: average_name.to_owned(),
        values_pct: pct(&c.average_on),
        faint: false,
        hidden: false,
    });
    LineData {
        labels: (0..c.average_on.len()).map(|k| plain(k as i64)).collect(),
        lines,
        y_axis: YAxis::WithHundred,
        ..LineData::default()
    }
}

/// The tooltip at k: the average and the customers and cohorts it is made of.
fn tip(
    c: &CohortsReport,
    k: usize,
    loc: Locale,
    period: crate::engine::data::Period,
) -> Option<String> {
    let average = c.average_on.get(k).copied().flatten()?;
    let (mut count, mut size, mut cohorts) = (0_i64, 0_i64, 0_i64);
    for (row, cohort_size) in c.on_counts.iter().zip(&c.sizes) {
        if let Some(n) = row.get(k).copied().flatten() {
            count += i64::from(n);
            size += i64::from(*cohort_size);
            cohorts += 1;
        }
    }
    Some(fill(
        text(loc, Msg::TipCurves),
        &[
            ("k", &k.to_string()),
            ("periods", periods_counted(loc, period, k)),
            ("share", &percent_of_rate(Some(average), 1)),
            ("count", &group_int(count)),
            ("size", &group_int(size)),
            ("cohorts", &group_int(cohorts)),
        ],
    ))
}

/// Retention curves of every cohort and their average.
#[component]
pub fn RetentionCurves() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale, period) = (state.report, state.locale, state.period);
    let table = RwSignal::new(Table::default());
    let chart = ChartState::<LineLayout, usize>::new("retention curves", move |canvas, theme| {
        let name = text(locale.get(), Msg::AverageLine);
        let data = report.with(|r| curves(&r.cohorts, name));
        table.set(table::of_lines(
            &data,
            text(locale.get(), Msg::TablePeriodsAfter),
        ));
        charts::canvas::paint(canvas, |root| charts::crr_line::draw(root, &data, theme))
    });
    let on_move = chart.on_move(|layout, x_px, _| layout.index_at(x_px));
    let tooltip = move || {
        let (k, x, y) = chart.hover.get()?;
        let line = report.with(|r| tip(&r.cohorts, k, locale.get(), period.get()))?;
        Some(tooltip_at("curves-tooltip", x, y, line))
    };
    let note = move || {
        let loc = locale.get();
        fill(
            text(loc, Msg::CurvesNote),
            &[
                ("period", period_name(loc, period.get())),
                ("periods", period_plural(loc, period.get())),
            ],
        )
    };
    view! {
        <article class="card">
            <h2>{move || text(locale.get(), Msg::CurvesTitle)}</h2>
            {chart.frame(move || text(locale.get(), Msg::CurvesTitle), "curves-chart", (WIDTH_PX, HEIGHT_PX), on_move, tooltip)}
            <ChartTable name="curves" table=table />
            <p class="chart-note">{note}</p>
        </article>
    }
}
