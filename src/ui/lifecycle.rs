//! The lifecycle card: per period, new, returning and reactivated customers stacked up and the
//! churned ones as a bar below zero, with a tooltip giving all four counts of the hovered period.
//! A partial period's bars are lighter and hatched; a second note says so.

use leptos::prelude::*;

use super::chart::{ChartState, tooltip_at};
use super::state::AppState;
use super::table::ChartTable;
use super::toggles::SeriesToggles;
use super::zoom::{ZoomNote, zoom_of};
use crate::charts;
use crate::charts::bars::{Arrangement, BarData, BarLayout, BarSeries, Unit, ValueLabels};
use crate::charts::palette::SERIES;
use crate::charts::table::{self, Table};
use crate::engine::report::{OrdersReport, PeriodRow};
use crate::i18n::{Locale, Msg, digits, fill, group_int, period_name, plain, text};

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 340;

/// The four series of `periods`, churned negative.
fn lifecycle(periods: &[PeriodRow], loc: Locale) -> BarData {
    let series = |msg, colour, value: &dyn Fn(&PeriodRow) -> f64| BarSeries {
        name: text(loc, msg).to_owned(),
        colour,
        values: periods.iter().map(|p| Some(value(p))).collect(),
    };
    BarData {
        labels: periods.iter().map(|p| digits(&p.period)).collect(),
        series: vec![
            series(Msg::New, SERIES[0], &|p| f64::from(p.new)),
            series(Msg::Returning, SERIES[2], &|p| f64::from(p.returning)),
            series(Msg::ReactivatedSeries, SERIES[3], &|p| {
                f64::from(p.reactivated)
            }),
            series(Msg::Churned, SERIES[1], &|p| -f64::from(p.churned)),
        ],
        arrangement: Arrangement::Stacked,
        unit: Unit::Count,
        value_labels: ValueLabels::Hidden,
        partial: periods.iter().map(|p| p.is_partial).collect(),
        partial_name: text(loc, Msg::PartialPeriodLegend).to_owned(),
    }
}

/// New, returning, reactivated and churned customers per period.
#[component]
pub fn Lifecycle() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale, period) = (state.report, state.locale, state.period);
    let hidden = RwSignal::new(std::collections::BTreeSet::new());
    let series = Signal::derive(move || {
        lifecycle(&[], locale.get())
            .series
            .into_iter()
            .map(|s| (s.name, s.colour))
            .collect::<Vec<_>>()
    });
    let (shown, zoom_rows) = zoom_of(state.zoom, report.into(), |r: &OrdersReport| {
        r.periods.iter().map(|p| p.period.as_str()).collect()
    });
    let table = RwSignal::new(Table::default());
    let chart = ChartState::<BarLayout, usize>::new("lifecycle chart", move |canvas, theme| {
        let mut data = report.with(|r| lifecycle(&r.periods[shown(r)], locale.get()));
        // Hidden series are left out; the others restack and keep their colours.
        hidden.with(|hidden| {
            let mut index = 0;
            data.series.retain(|_| {
                index += 1;
                !hidden.contains(&(index - 1))
            });
        });
        table.set(table::of_bars(&data, text(locale.get(), Msg::Period)));
        charts::canvas::paint(canvas, |root| charts::bars::draw(root, &data, theme))
    });
    let on_move = chart.on_move(|layout, x_px, _| layout.index_at(x_px));
    let tooltip = move || {
        let (i, x, y) = chart.hover.get()?;
        let loc = locale.get();
        let line = report.with(|r| {
            let p = r.periods.get(shown(r).start + i)?;
            let count = |n: u32| group_int(i64::from(n));
            let partial = if p.is_partial {
                format!(" ({})", text(loc, Msg::PartialPeriod))
            } else {
                String::new()
            };
            Some(format!(
                "{}: {} {} · {} {} · {} {} · {} {}{partial}",
                digits(&p.period),
                text(loc, Msg::New),
                count(p.new),
                text(loc, Msg::Returning),
                count(p.returning),
                text(loc, Msg::ReactivatedSeries),
                count(p.reactivated),
                text(loc, Msg::Churned),
                count(p.churned),
            ))
        })?;
        Some(tooltip_at("lifecycle-tooltip", x, y, line))
    };
    let title = move || {
        let loc = locale.get();
        fill(
            text(loc, Msg::LifecycleTitle),
            &[("period", period_name(loc, period.get()))],
        )
    };
    let note = move || {
        let loc = locale.get();
        let w = report.with(|r| plain(i64::from(r.window_days)));
        fill(
            text(loc, Msg::LifecycleNote),
            &[("period", period_name(loc, period.get())), ("w", &w)],
        )
    };
    let partial_note = move || {
        let loc = locale.get();
        fill(
            text(loc, Msg::LifecyclePartialNote),
            &[("period", period_name(loc, period.get()))],
        )
    };
    view! {
        <article class="card">
            <h2>{title}</h2>
            <SeriesToggles series=series hidden=hidden testid="lifecycle-series" />
            {chart.frame_zoomable(title, "lifecycle-chart", (WIDTH_PX, HEIGHT_PX), on_move, tooltip, Some((BarLayout::index_at, Box::new(zoom_rows))))}
            <ZoomNote testid="lifecycle-zoom" />
            <ChartTable name="lifecycle" table=table />
            <p class="chart-note" data-testid="lifecycle-note">{note}</p>
            <p class="chart-note partial-note" data-testid="lifecycle-partial-note">{partial_note}</p>
        </article>
    }
}
