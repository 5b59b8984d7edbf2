//! `Report`: the one serializable result of the engine. The page renders it and the CLI prints
//! it as JSON, so both always show the same numbers. Key names are DESIGN.md § Report JSON:
//! shares are fractions named `*_rate`/`*_share`, percentages end in `_pct`, money is in major
//! units, and a value that cannot be computed is `null` (`None`), never 0.
//!
//! `orders_report` assembles the orders part from `engine::metrics` (summary, CRR, cohorts,
//! activity per period, gaps between purchases, historical CLV, RFM) over
//! one shared per-customer history; `import_summary` turns an import's result into its entry of
//! `Report::import`. An empty orders table gives zero counts, `null` ratios and empty tables.

mod responses;
pub use responses::*;

use serde::{Deserialize, Serialize};

use crate::engine::data::{Calendar, CalendarPeriod, Day, Money, Orders, OrdersFilter, Period};
use crate::engine::import::Imported;
use crate::engine::metrics::activity::activity_of;
use crate::engine::metrics::clv::{Clv, clv_of};
use crate::engine::metrics::cohorts::{Cohort, CohortCell, Cohorts, cohorts_of};
use crate::engine::metrics::crr::crr_of;
use crate::engine::metrics::gaps::{self, DayCounts, Gaps, gaps_of};
use crate::engine::metrics::history::History;
use crate::engine::metrics::rfm::{RfmTotals, rfm_totals_of};
use crate::engine::metrics::summary::{Summary, summary_of};

/// Everything computed from the imported datasets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Report {
    /// Present when an orders dataset was given.
    pub orders: Option<OrdersReport>,
    /// Present when a survey responses dataset was given.
    pub responses: Option<ResponsesReport>,
    /// One entry per imported file.
    pub import: Vec<ImportSummary>,
}

/// Retention and revenue from orders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrdersReport {
    pub customers: u32,
    pub orders: u32,
    /// Sum of order amounts, major units.
    pub revenue: f64,
    /// Customers with ≥ 2 orders / customers.
    pub repeat_purchase_rate: Option<f64>,
    /// Customers with ≥ 2 orders (the count behind `repeat_purchase_rate`).
    pub repeat_customers: u32,
    /// Orders / customers.
    pub purchase_frequency: Option<f64>,
    /// Revenue / orders.
    pub aov: Option<f64>,
    /// AOV of each customer's first order.
    pub aov_first: Option<f64>,
    /// AOV of all later orders.
    pub aov_repeat: Option<f64>,
    /// (AOV repeat − AOV first) / AOV first × 100.
    pub aov_repeat_vs_first_pct: Option<f64>,
    /// Revenue of repeat orders / revenue.
    pub repeat_revenue_share: Option<f64>,
    /// First and last order day, `YYYY-MM-DD`.
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    /// The last day observed (`--as-of`, else the last order day), `YYYY-MM-DD`; orders after it
    /// are left out and the periods containing it are partial.
    pub as_of: Option<String>,
    /// Activity window W of CRR, days.
    pub window_days: u32,
    /// The calendar of every period label below: `jalali`; left out for `gregorian`, so that a
    /// Gregorian report reads as it did before calendars (DESIGN.md § Report JSON).
    #[serde(default = "gregorian", skip_serializing_if = "is_gregorian")]
    pub calendar: String,
    /// CRR per period, oldest first.
    pub crr: Vec<CrrRow>,
    pub cohorts: CohortsReport,
    /// Orders, revenue and the customer lifecycle per period, oldest first.
    pub periods: Vec<PeriodRow>,
    /// Days between purchases and to the second purchase.
    pub gaps: GapsReport,
    /// Historical CLV at 3, 6, 12 and 24 months.
    pub clv: ClvReport,
    pub rfm: RfmReport,
    /// Which orders were counted (`null` fields: no limit).
    pub filter: FilterReport,
    /// The headline numbers of each segment when a segment column is mapped; `None` otherwise.
    pub breakdown: Option<BreakdownReport>,
}

/// The filter a report was computed under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct FilterReport {
    /// First day counted, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day counted, `YYYY-MM-DD` (it also ends the observation, as `as_of` does).
    pub to: Option<String>,
    /// The segment counted, as the file writes it.
    pub segment: Option<String>,
}

/// Headline numbers per segment (channel, city, category): the orders in the date range, split by
/// the segment column, each part summarised as `metrics::summary` does for the whole table. A
/// customer who ordered in two segments counts in both.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BreakdownReport {
    /// The segment column's name as the file writes it.
    pub column: String,
    /// One row per segment with orders, most orders first; orders without a segment last.
    pub rows: Vec<BreakdownRow>,
}

/// One segment's headline numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BreakdownRow {
    /// The segment as written; `None` for orders whose segment cell is empty.
    pub name: Option<String>,
    /// Its index among the column's segments (what a filter names); `None` for empty cells.
    pub index: Option<u32>,
    pub customers: u32,
    pub orders: u32,
    /// Major units.
    pub revenue: f64,
    /// Revenue of the segment / revenue of all segments.
    pub revenue_share: Option<f64>,
    pub repeat_purchase_rate: Option<f64>,
    pub purchase_frequency: Option<f64>,
    pub aov: Option<f64>,
    pub aov_first: Option<f64>,
    pub aov_repeat: Option<f64>,
    pub repeat_revenue_share: Option<f64>,
}

/// One period's orders, revenue and lifecycle (`metrics::activity`; window `window_days`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodRow {
    pub period: String,
    pub orders: u32,
    /// Major units.
    pub revenue: f64,
    /// Revenue of orders that were not the customer's first, major units.
    pub repeat_revenue: f64,
    /// `repeat_revenue / revenue`; `None` without revenue.
    pub repeat_revenue_share: Option<f64>,
    /// Customers with an order in the period: new + returning + reactivated.
    pub customers: u32,
    /// First order ever in the period.
    pub new: u32,
    /// Ordered again at most W days after their previous order.
    pub returning: u32,
    /// Ordered again more than W days after their previous order.
    pub reactivated: u32,
    /// Lapsed (no order for W days) during the period.
    pub churned: u32,
    pub is_partial: bool,
}

/// A distribution of day counts (`metrics::gaps`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DaysReport {
    pub n: u32,
    pub median_days: Option<f64>,
    /// Counts per bin of `GapsReport::bins`.
    pub counts: Vec<u32>,
}

/// Time between purchases.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GapsReport {
    /// Bin labels in days: `0–7`, `8–14`, …, `>365`.
    pub bins: Vec<String>,
    /// Days between consecutive orders of a customer.
    pub between_purchases: DaysReport,
    /// Days from a repeat customer's first order to their second.
    pub to_second_purchase: DaysReport,
}

/// Historical CLV at one horizon (`metrics::clv`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClvRow {
    pub months: u32,
    /// Customers whose first `months` months are observed.
    pub customers: u32,
    /// Their mean revenue in those months, major units.
    pub clv: Option<f64>,
    /// Their mean first order, major units.
    pub first_order: Option<f64>,
    pub clv_per_first_order: Option<f64>,
}

/// Historical CLV overall and by cohort (the report's period).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClvReport {
    pub horizons: Vec<ClvRow>,
    /// Cohort labels, sizes, and per cohort one value per horizon (`None` until every customer of
    /// the cohort is observed for it).
    pub cohort_labels: Vec<String>,
    pub cohort_sizes: Vec<u32>,
    pub cohort_clv: Vec<Vec<Option<f64>>>,
}

/// One RFM segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RfmSegmentRow {
    pub name: String,
    /// The rule on scores 1–5, rules tried in table order.
    pub rule: String,
    pub customers: u32,
    /// Major units.
    pub revenue: f64,
    /// Customers of the segment / all customers.
    pub customer_share: Option<f64>,
}

/// RFM segments as of the report's last day (`metrics::rfm`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RfmReport {
    pub segments: Vec<RfmSegmentRow>,
    /// Customers by recency score (rows, 1–5) and frequency score (columns, 1–5).
    pub grid: Vec<Vec<u32>>,
}

/// CRR of one period P = [t0, t1). DESIGN.md § Retention, orders.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrrRow {
    /// Period label (`2024-03`).
    pub period: String,
    /// Active at t0.
    pub s: u32,
    /// Active at t1.
    pub e: u32,
    /// New in P (first order in P).
    pub n: u32,
    /// (E − N) / S × 100; `None` when S = 0.
    pub crr_pct: Option<f64>,
    /// |S ∩ E| / S × 100; `None` when S = 0.
    pub retained_pct: Option<f64>,
    /// Active at t1, not active at t0, first order before t0.
    pub reactivated: u32,
    /// 100 − CRR; `None` when S = 0.
    pub churn_pct: Option<f64>,
    /// Whether P extends past the last order day (its numbers will still change).
    pub is_partial: bool,
}

/// First-order cohorts by period; rows are cohorts, column k is k periods after the first.
/// Cells past the data's end are `None` (empty), not 0.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CohortsReport {
    /// `month`, `week`, `quarter` or `year`.
    pub period: String,
    /// Cohort labels, oldest first.
    pub labels: Vec<String>,
    /// The first and last day of each cohort's period (`YYYY-MM-DD`), so that a page can count
    /// only that cohort (`OrdersFilter::cohort`).
    pub spans: Vec<[String; 2]>,
    /// Customers per cohort.
    pub sizes: Vec<u32>,
    /// Share of the cohort with ≥ 1 order in period c + k.
    pub on: Vec<Vec<Option<f64>>>,
    /// Customers of the cohort with ≥ 1 order in period c + k (the counts behind `on`).
    pub on_counts: Vec<Vec<Option<u32>>>,
    /// Share of the cohort with ≥ 1 order in period c + k or later.
    pub on_or_after: Vec<Vec<Option<f64>>>,
    /// Revenue of the cohort in period c + k, major units.
    pub revenue: Vec<Vec<Option<f64>>>,
    /// Cohort revenue in periods c..=c + k per cohort customer, major units.
    pub cumulative_revenue_per_customer: Vec<Vec<Option<f64>>>,
    /// Whether column k of a cohort's row is a period the data only partly covers.
    pub is_partial: Vec<Vec<bool>>,
    /// Revenue of the cohort in period c + k / its revenue in period c.
    pub revenue_retention: Vec<Vec<Option<f64>>>,
    /// The size-weighted average row of `on`: for column k, customers of every cohort with a cell
    /// k / those cohorts' sizes.
    pub average_on: Vec<Option<f64>>,
    /// The size-weighted average row of `on_or_after`.
    pub average_on_or_after: Vec<Option<f64>>,
}

/// What happened to one imported file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportSummary {
    pub file: String,
    /// `orders`, `responses`, … or `None` when it could not tell.
    pub kind: Option<String>,
    /// The export recognised from the header (`shopify`, …), if any.
    pub layout: Option<String>,
    /// Data records read.
    pub rows: u32,
    /// Records that became table entries (after merging line items, leaving out non-purchases).
    pub imported: u32,
    pub issues: Vec<IssueSummary>,
}

/// One import issue, as in DESIGN.md: row as a spreadsheet numbers it, column, value, reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueSummary {
    pub row: u32,
    pub column: String,
    pub value: String,
    pub reason: String,
}

/// How the orders part of the report is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrdersConfig {
    /// Bucket of CRR rows and cohorts.
    pub period: Period,
    /// The calendar `period` is counted and labelled in.
    pub calendar: Calendar,
    /// Activity window W of CRR, days.
    pub window_days: u32,
    /// Report as of this day: later orders are left out; `None` = as of the last order day.
    pub as_of: Option<Day>,
    /// Which orders are counted: a date range (its end acts as `as_of` too) and a segment.
    pub filter: OrdersFilter,
}

impl Default for OrdersConfig {
    fn default() -> Self {
        OrdersConfig {
            period: Period::Month,
            calendar: Calendar::Gregorian,
            window_days: 365,
            as_of: None,
            filter: OrdersFilter::default(),
        }
    }
}

impl OrdersConfig {
    /// `period` counted in `calendar`: what the metrics bucket days by.
    pub fn calendar_period(&self) -> CalendarPeriod {
        self.period.in_calendar(self.calendar)
    }
}

/// The name of Gregorian, the calendar a report without a `calendar` key is in.
fn gregorian() -> String {
    Calendar::Gregorian.name().to_owned()
}

/// Whether a report's calendar is Gregorian, whose reports leave the key out.
fn is_gregorian(name: &str) -> bool {
    name == Calendar::Gregorian.name()
}

/// The orders part of the report: summary, CRR per period and cohorts, … of the orders that
/// `config.filter` keeps, as if the file held no others; the end of its date range ends the
/// observation as `as_of` does (the earlier of the two counts).
pub fn orders_report(orders: &Orders, config: &OrdersConfig) -> OrdersReport {
    let as_of = earlier(config.as_of, config.filter.to);
    let breakdown = breakdown_of(orders, config.filter, as_of);
    // Only dates, a segment or a cohort need a table of their own; the statuses that count are
    // picked as the history is built.
    let filtered;
    let (orders, statuses) = if config.filter.is_everything() {
        (orders, config.filter.statuses)
    } else {
        filtered = orders.filtered(&config.filter);
        (&filtered, None)
    };
    let history = History::of_purchases(orders, as_of, statuses);
    let summary = summary_of(&history);
    let period = config.calendar_period();
    let crr = crr_of(&history, period, config.window_days)
        .into_iter()
        .map(|row| CrrRow {
            period: period.label(row.index),
            s: row.s,
            e: row.e,
            n: row.n,
            crr_pct: row.crr_pct(),
            retained_pct: row.retained_pct(),
            reactivated: row.reactivated,
            churn_pct: row.churn_pct(),
            is_partial: row.is_partial,
        })
        .collect();
    let periods = activity_of(&history, period, config.window_days)
        .into_iter()
        .map(|p| PeriodRow {
            period: period.label(p.index),
            orders: p.orders,
            revenue: p.revenue.major(),
            repeat_revenue: p.repeat_revenue.major(),
            repeat_revenue_share: p.repeat_revenue_share(),
            customers: p.customers,
            new: p.new,
            returning: p.returning,
            reactivated: p.reactivated,
            churned: p.churned,
            is_partial: p.is_partial,
        })
        .collect();
    OrdersReport {
        customers: summary.customers,
        orders: summary.orders,
        revenue: summary.revenue.major(),
        repeat_purchase_rate: summary.repeat_purchase_rate(),
        repeat_customers: summary.repeat_customers,
        purchase_frequency: summary.purchase_frequency(),
        aov: summary.aov(),
        aov_first: summary.aov_first(),
        aov_repeat: summary.aov_repeat(),
        aov_repeat_vs_first_pct: summary.aov_repeat_vs_first_pct(),
        repeat_revenue_share: summary.repeat_revenue_share(),
        first_day: history.first_day().map(|day| day.to_string()),
        last_day: history.last_day().map(|day| day.to_string()),
        as_of: history.end().map(|day| day.to_string()),
        window_days: config.window_days,
        calendar: config.calendar.name().to_owned(),
        crr,
        cohorts: cohorts_report(&cohorts_of(&history, period)),
        periods,
        gaps: gaps_report(&gaps_of(&history)),
        clv: clv_report(&clv_of(&history, period), period),
        rfm: rfm_report(&rfm_totals_of(&history)),
        filter: FilterReport {
            from: config.filter.from.map(|day| day.to_string()),
            to: config.filter.to.map(|day| day.to_string()),
            segment: config.filter.segment.and_then(|idx| {
                let column = orders.segment.as_ref()?;
                column.labels.names.get(idx as usize).cloned()
            }),
        },
        breakdown,
    }
}

/// The earlier of two optional days (`None` = no limit).
fn earlier(a: Option<Day>, b: Option<Day>) -> Option<Day> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The breakdown of `orders` by their segment column, over the dates `filter` keeps (its segment
/// is ignored: every segment gets a row); `None` without a segment column.
fn breakdown_of(
    orders: &Orders,
    filter: OrdersFilter,
    as_of: Option<Day>,
) -> Option<BreakdownReport> {
    let column = orders.segment.as_ref()?;
    let n_names = column.labels.names.len();
    // One table per segment, the last one for orders without a segment; customer keys are not
    // needed to summarise, so none are copied.
    let mut parts: Vec<Orders> = vec![Orders::default(); n_names + 1];
    let is_purchase = orders.purchase_test(filter.statuses);
    let rows = orders.customer.iter().zip(&orders.day).zip(&orders.amount);
    for (i, ((&customer, &day), &amount)) in rows.enumerate() {
        let in_range = filter.from.is_none_or(|from| day >= from)
            && filter.to.is_none_or(|to| day <= to)
            && is_purchase(i);
        if !in_range {
            continue;
        }
        let part = column
            .labels
            .index
            .get(i)
            .copied()
            .flatten()
            .map_or(n_names, |idx| idx as usize);
        if let Some(part) = parts.get_mut(part) {
            part.customer.push(customer);
            part.day.push(day);
            part.amount.push(amount);
        }
    }
    let summaries: Vec<(Option<u32>, Summary)> = parts
        .iter()
        .enumerate()
        .map(|(idx, part)| {
            let index = (idx < n_names).then(|| u32::try_from(idx).unwrap_or(u32::MAX));
            (index, summary_of(&History::new(part, as_of)))
        })
        .filter(|(_, summary)| summary.orders > 0)
        .collect();
    let total: Money = summaries.iter().map(|(_, s)| s.revenue).sum();
    let mut rows: Vec<BreakdownRow> = summaries
        .into_iter()
        .map(|(index, s)| BreakdownRow {
            name: index.and_then(|idx| column.labels.names.get(idx as usize).cloned()),
            index,
            customers: s.customers,
            orders: s.orders,
            revenue: s.revenue.major(),
            revenue_share: (total.0 != 0).then(|| s.revenue.0 as f64 / total.0 as f64),
            repeat_purchase_rate: s.repeat_purchase_rate(),
            purchase_frequency: s.purchase_frequency(),
            aov: s.aov(),
            aov_first: s.aov_first(),
            aov_repeat: s.aov_repeat(),
            repeat_revenue_share: s.repeat_revenue_share(),
        })
        .collect();
    // Most orders first, orders without a segment last; ties in the column's order.
    rows.sort_by_key(|row| (row.index.is_none(), std::cmp::Reverse(row.orders)));
    Some(BreakdownReport {
        column: column.name.clone(),
        rows,
    })
}

fn days_report(days: &DayCounts) -> DaysReport {
    DaysReport {
        n: days.n,
        median_days: days.median,
        counts: days.bins.to_vec(),
    }
}

fn gaps_report(gaps: &Gaps) -> GapsReport {
    GapsReport {
        bins: gaps::bin_labels(),
        between_purchases: days_report(&gaps.between),
        to_second_purchase: days_report(&gaps.to_second),
    }
}

fn clv_report(clv: &Clv, period: CalendarPeriod) -> ClvReport {
    ClvReport {
        horizons: clv
            .overall
            .iter()
            .map(|at| ClvRow {
                months: at.months,
                customers: at.customers,
                clv: at.clv,
                first_order: at.first_order,
                clv_per_first_order: at.clv_per_first_order,
            })
            .collect(),
        cohort_labels: clv.cohorts.iter().map(|c| period.label(c.index)).collect(),
        cohort_sizes: clv.cohorts.iter().map(|c| c.size).collect(),
        cohort_clv: clv.cohorts.iter().map(|c| c.clv.clone()).collect(),
    }
}

fn rfm_report(rfm: &RfmTotals) -> RfmReport {
    let total: u32 = rfm.segments.iter().map(|s| s.customers).sum();
    RfmReport {
        segments: rfm
            .segments
            .iter()
            .map(|s| RfmSegmentRow {
                name: s.segment.name().to_owned(),
                rule: s.segment.rule().to_owned(),
                customers: s.customers,
                revenue: s.revenue.major(),
                customer_share: (total > 0).then(|| f64::from(s.customers) / f64::from(total)),
            })
            .collect(),
        grid: rfm.grid.iter().map(|row| row.to_vec()).collect(),
    }
}

/// The cohort tables, square: row c has a cell for every cohort column, `None` past the data.
fn cohorts_report(cohorts: &Cohorts) -> CohortsReport {
    let n = cohorts.cohorts.len();
    let grid = |cell: &dyn Fn(usize, usize) -> Option<f64>| -> Vec<Vec<Option<f64>>> {
        (0..n)
            .map(|c| (0..n).map(|k| cell(c, k)).collect())
            .collect()
    };
    let cohort = |c: usize| cohorts.cohorts.get(c);
    CohortsReport {
        period: cohorts.period.period.name().to_owned(),
        labels: cohorts
            .cohorts
            .iter()
            .map(|c| cohorts.period.label(c.index))
            .collect(),
        spans: cohorts
            .cohorts
            .iter()
            .map(|c| {
                let (first, next) = (cohorts.period.start(c.index), cohorts.period.end(c.index));
                [first.to_string(), next.plus(-1).to_string()]
            })
            .collect(),
        sizes: cohorts.cohorts.iter().map(|c| c.size).collect(),
        on: grid(&|c, k| cohort(c)?.on_rate(k)),
        on_counts: (0..n)
            .map(|c| {
                (0..n)
                    .map(|k| Some(cohort(c)?.cells.get(k)?.customers))
                    .collect()
            })
            .collect(),
        on_or_after: grid(&|c, k| cohort(c)?.on_or_after_rate(k)),
        revenue: grid(&|c, k| cohort(c)?.cells.get(k).map(|cell| cell.revenue.major())),
        cumulative_revenue_per_customer: cohorts
            .cohorts
            .iter()
            .map(|cohort| cumulative_per_customer(cohort, n))
            .collect(),
        is_partial: (0..n)
            .map(|c| (0..n).map(|k| cohorts.is_partial(c, k)).collect())
            .collect(),
        revenue_retention: grid(&|c, k| {
            let cells = &cohort(c)?.cells;
            let first = cells.first()?.revenue;
            let revenue = cells.get(k)?.revenue;
            (first.0 != 0).then(|| revenue.0 as f64 / first.0 as f64)
        }),
        average_on: average_row(cohorts, n, |cell| cell.customers),
        average_on_or_after: average_row(cohorts, n, |cell| cell.customers_on_or_after),
    }
}

/// For each column k: the customers counted by `count` in cell k of every cohort that has one,
/// over those cohorts' sizes; `None` when they have no customers.
fn average_row(
    cohorts: &Cohorts,
    n: usize,
    count: impl Fn(&CohortCell) -> u32,
) -> Vec<Option<f64>> {
    (0..n)
        .map(|k| {
            let (customers, size) = cohorts
                .cohorts
                .iter()
                .filter_map(|c| Some((count(c.cells.get(k)?), c.size)))
                .fold((0u64, 0u64), |(a, b), (x, y)| {
                    (a + u64::from(x), b + u64::from(y))
                });
            (size > 0).then(|| customers as f64 / size as f64)
        })
        .collect()
}

/// One row of cumulative revenue per customer, padded with `None` to `n` cells. A running sum:
/// calling `Cohort::cumulative_revenue_per_customer` per cell would be quadratic in the row.
fn cumulative_per_customer(cohort: &Cohort, n: usize) -> Vec<Option<f64>> {
    let mut cumulative = Money(0);
    let mut row: Vec<Option<f64>> = cohort
        .cells
        .iter()
        .map(|cell| {
            cumulative += cell.revenue;
            (cohort.size > 0).then(|| cumulative.major() / f64::from(cohort.size))
        })
        .collect();
    row.resize(n, None);
    row
}

/// The `import` entry of one orders file: `kind` is the dataset kind it was imported as
/// (`orders`); `imported` counts the orders that became table entries.
pub fn import_summary(file: &str, kind: &str, imported: &Imported<Orders>) -> ImportSummary {
    import_summary_of(file, kind, imported, imported.table.purchase_count(None))
}

/// The `import` entry of a file of any kind whose table holds `entries` entries (responses,
/// tickets, subscriptions, checkouts after merging line items).
pub fn import_summary_of<T>(
    file: &str,
    kind: &str,
    imported: &Imported<T>,
    entries: usize,
) -> ImportSummary {
    ImportSummary {
        file: file.to_owned(),
        kind: Some(kind.to_owned()),
        layout: imported.layout.map(str::to_owned),
        rows: imported.rows,
        imported: u32::try_from(entries).unwrap_or(u32::MAX),
        issues: imported
            .issues
            .iter()
            .map(|issue| IssueSummary {
                row: issue.row,
                column: issue.column.clone(),
                value: issue.value.clone(),
                reason: issue.reason.to_string(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    fn orders(rows: &[(&str, Day, i64)]) -> Orders {
        let mut orders = Orders::default();
        for &(customer, day, cents) in rows {
            orders.push(customer, day, Money(cents));
        }
        orders
    }

    /// a: Jan 10 (10.00), Feb 5 (30.00); b: Jan 20 (20.00); c: Feb 29 (40.00).
    fn two_months() -> Orders {
        orders(&[
            ("a", day(2024, 1, 10), 1000),
            ("b", day(2024, 1, 20), 2000),
            ("a", day(2024, 2, 5), 3000),
            ("c", day(2024, 2, 29), 4000),
        ])
    }

    #[test]
    fn a_cohort_filter_counts_the_customers_whose_first_counted_order_is_in_its_span() {
        let all = orders_report(&two_months(), &OrdersConfig::default());
        let span = |i: usize| all.cohorts.spans[i].clone();
        assert_eq!(span(0), ["2024-01-01", "2024-01-31"]);
        assert_eq!(span(1), ["2024-02-01", "2024-02-29"]);
        let of = |filter: OrdersFilter| {
            let r = orders_report(
                &two_months(),
                &OrdersConfig {
                    filter,
                    ..OrdersConfig::default()
                },
            );
            (r.customers, r.orders, r.revenue)
        };
        let cohort = |span: [String; 2]| Day::from_iso(&span[0]).zip(Day::from_iso(&span[1]));
        // January: a (twice) and b; February: c only (a's February order is a repeat).
        let january = OrdersFilter {
            cohort: cohort(span(0)),
            ..OrdersFilter::default()
        };
        assert_eq!(of(january), (2, 3, 60.0));
        let february = OrdersFilter {
            cohort: cohort(span(1)),
            ..OrdersFilter::default()
        };
        assert_eq!(of(february), (1, 1, 40.0));
        // Counting from February 1, a's first counted order is February's: a joins c.
        let from_february = OrdersFilter {
            from: Some(day(2024, 2, 1)),
            ..february
        };
        assert_eq!(of(from_february), (2, 2, 70.0));
        // Jalali months: Dey 1402 begins on 2023-12-22 and holds a and b.
        let jalali = orders_report(
            &two_months(),
            &OrdersConfig {
                calendar: Calendar::Jalali,
                ..OrdersConfig::default()
            },
        );
        assert_eq!(jalali.cohorts.labels[0], "1402-10");
        assert_eq!(jalali.cohorts.spans[0], ["2023-12-22", "2024-01-20"]);
    }

    #[test]
    fn hand_computed_orders_report() {
        let report = orders_report(&two_months(), &OrdersConfig::default());
        // 3 customers, 4 orders, revenue 100.00; a ordered twice: repeat rate 1/3.
        assert_eq!(
            (report.customers, report.orders, report.revenue),
            (3, 4, 100.0)
        );
        assert_eq!(
            (report.repeat_customers, report.repeat_purchase_rate),
            (1, Some(1.0 / 3.0))
        );
        // AOV 100/4 = 25; first orders (10 + 20 + 40)/3; the one repeat order 30.
        assert_eq!(report.aov, Some(25.0));
        assert_eq!(report.aov_first, Some(70.0 / 3.0));
        assert_eq!(report.aov_repeat, Some(30.0));
        assert_eq!(report.repeat_revenue_share, Some(0.3));
        assert_eq!(report.first_day.as_deref(), Some("2024-01-10"));
        assert_eq!(report.last_day.as_deref(), Some("2024-02-29"));
        // January: S = 0, E = {a, b} = N. February: S = {a, b}, E = {a, b, c}, N = {c}:
        // CRR (3 − 1)/2 = 100 %, retained 2/2; data end Feb 29 = last day of February.
        let crr: Vec<_> = report
            .crr
            .iter()
            .map(|r| {
                (
                    r.period.as_str(),
                    r.s,
                    r.e,
                    r.n,
                    r.crr_pct,
                    r.retained_pct,
                    r.is_partial,
                )
            })
            .collect();
        assert_eq!(
            crr,
            vec![
                ("2024-01", 0, 2, 2, None, None, false),
                ("2024-02", 2, 3, 1, Some(100.0), Some(100.0), false),
            ]
        );
        // Cohorts: January {a, b} with a back in February; February {c}; the cell after
        // February's first is past the data.
        let cohorts = &report.cohorts;
        assert_eq!(
            (cohorts.period.as_str(), cohorts.sizes.as_slice()),
            ("month", [2, 1].as_slice())
        );
        assert_eq!(cohorts.labels, vec!["2024-01", "2024-02"]);
        assert_eq!(
            cohorts.on,
            vec![vec![Some(1.0), Some(0.5)], vec![Some(1.0), None]]
        );
        assert_eq!(
            cohorts.on_counts,
            vec![vec![Some(2), Some(1)], vec![Some(1), None]]
        );
        assert_eq!(
            cohorts.revenue,
            vec![vec![Some(30.0), Some(30.0)], vec![Some(40.0), None]]
        );
        assert_eq!(
            cohorts.cumulative_revenue_per_customer,
            vec![vec![Some(15.0), Some(30.0)], vec![Some(40.0), None]]
        );
        assert_eq!(
            cohorts.is_partial,
            vec![vec![false, false], vec![false, false]]
        );
    }

    #[test]
    fn as_of_cuts_the_orders_and_marks_the_last_period_partial() {
        let config = OrdersConfig {
            as_of: Some(day(2024, 2, 10)),
            ..OrdersConfig::default()
        };
        let report = orders_report(&two_months(), &config);
        assert_eq!(
            (report.orders, report.as_of.as_deref()),
            (3, Some("2024-02-10"))
        );
        assert_eq!(report.last_day.as_deref(), Some("2024-02-05"));
        assert_eq!(report.crr.last().map(|r| r.is_partial), Some(true));
        assert_eq!(
            report.cohorts.is_partial,
            vec![vec![false, true], vec![true, false]]
        );
    }

    /// `two_months` with a channel per order: a web, b shop, a shop, c none.
    fn two_months_with_channels() -> Orders {
        let mut orders = two_months();
        let mut labels = crate::engine::data::Labels::default();
        for channel in [Some("web"), Some("shop"), Some("shop"), None] {
            labels.push(channel);
        }
        orders.segment = Some(crate::engine::data::SegmentColumn {
            name: "Channel".into(),
            labels,
        });
        orders
    }

    #[test]
    fn the_status_choice_decides_which_orders_count_everywhere() {
        let mut orders = two_months_with_channels();
        let mut labels = crate::engine::data::Labels::default();
        for status in ["paid", "pending", "paid", "pending"] {
            labels.push(Some(status));
        }
        orders.status = Some(crate::engine::data::StatusColumn {
            name: "Status".into(),
            labels,
            counted: vec![true, false],
        });
        let as_imported = orders_report(&orders, &OrdersConfig::default());
        let paid = orders.filtered(&OrdersFilter {
            statuses: Some(0b01),
            ..OrdersFilter::default()
        });
        assert_eq!(paid.len(), 2);
        assert_eq!(as_imported, orders_report(&paid, &OrdersConfig::default()));
        assert_eq!(as_imported.orders, 2);
        // Counting pending too is the whole table, as if every order were paid.
        let everything = OrdersConfig {
            filter: OrdersFilter {
                statuses: Some(0b11),
                ..OrdersFilter::default()
            },
            ..OrdersConfig::default()
        };
        let mut all_paid = orders.clone();
        all_paid.status = None;
        let counted = orders_report(&orders, &everything);
        assert_eq!(counted, orders_report(&all_paid, &OrdersConfig::default()));
        assert_eq!(counted.orders, 4);
        // The breakdown counts the same orders.
        let rows = |report: &OrdersReport| {
            let breakdown = report.breakdown.as_ref().unwrap();
            breakdown.rows.iter().map(|row| row.orders).sum::<u32>()
        };
        assert_eq!((rows(&as_imported), rows(&counted)), (2, 4));
        // Counting nothing leaves no order.
        let nothing = OrdersConfig {
            filter: OrdersFilter {
                statuses: Some(0),
                ..OrdersFilter::default()
            },
            ..OrdersConfig::default()
        };
        assert_eq!(orders_report(&orders, &nothing).orders, 0);
    }

    #[test]
    fn a_segment_filter_counts_only_that_segments_orders() {
        let config = OrdersConfig {
            filter: OrdersFilter {
                segment: Some(1),
                ..OrdersFilter::default()
            },
            ..OrdersConfig::default()
        };
        let report = orders_report(&two_months_with_channels(), &config);
        // "shop": b Jan 20 (20.00), a Feb 5 (30.00): two customers, each with one order here,
        // so a's Feb 5 order is their first in this segment.
        assert_eq!(
            (report.customers, report.orders, report.revenue),
            (2, 2, 50.0)
        );
        assert_eq!(report.repeat_purchase_rate, Some(0.0));
        assert_eq!(report.filter.segment.as_deref(), Some("shop"));
        assert_eq!(report.cohorts.sizes, vec![1, 1]);
    }

    #[test]
    fn a_date_range_counts_only_its_orders_and_its_end_ends_the_observation() {
        let config = OrdersConfig {
            filter: OrdersFilter {
                from: Some(day(2024, 1, 15)),
                to: Some(day(2024, 2, 10)),
                segment: None,
                ..OrdersFilter::default()
            },
            ..OrdersConfig::default()
        };
        let report = orders_report(&two_months(), &config);
        // Left: b Jan 20 (20.00) and a Feb 5 (30.00); c's Feb 29 is after the range.
        assert_eq!(
            (report.customers, report.orders, report.revenue),
            (2, 2, 50.0)
        );
        assert_eq!(report.first_day.as_deref(), Some("2024-01-20"));
        assert_eq!(report.as_of.as_deref(), Some("2024-02-10"));
        assert_eq!(report.crr.last().map(|r| r.is_partial), Some(true));
        assert_eq!(
            (report.filter.from.as_deref(), report.filter.to.as_deref()),
            (Some("2024-01-15"), Some("2024-02-10"))
        );
        // An earlier as_of wins over the range's end.
        let earlier = OrdersConfig {
            as_of: Some(day(2024, 1, 31)),
            ..config
        };
        assert_eq!(orders_report(&two_months(), &earlier).orders, 1);
    }

    #[test]
    fn the_breakdown_summarises_each_segment_of_the_date_range() {
        let report = orders_report(&two_months_with_channels(), &OrdersConfig::default());
        let breakdown = report
            .breakdown
            .expect("a segment column gives a breakdown");
        assert_eq!(breakdown.column, "Channel");
        let rows: Vec<_> = breakdown
            .rows
            .iter()
            .map(|r| (r.name.as_deref(), r.index, r.customers, r.orders, r.revenue))
            .collect();
        // shop: b 20.00 + a 30.00 (2 orders, most first); web: a 10.00; no segment: c 40.00.
        assert_eq!(
            rows,
            vec![
                (Some("shop"), Some(1), 2, 2, 50.0),
                (Some("web"), Some(0), 1, 1, 10.0),
                (None, None, 1, 1, 40.0),
            ]
        );
        assert_eq!(breakdown.rows[0].revenue_share, Some(0.5));
        assert_eq!(breakdown.rows[0].aov, Some(25.0));
        // The breakdown ignores the segment filter but keeps the date range.
        let config = OrdersConfig {
            filter: OrdersFilter {
                from: Some(day(2024, 2, 1)),
                to: None,
                segment: Some(0),
                ..OrdersFilter::default()
            },
            ..OrdersConfig::default()
        };
        let report = orders_report(&two_months_with_channels(), &config);
        assert_eq!(report.orders, 0);
        let names: Vec<_> = report
            .breakdown
            .unwrap()
            .rows
            .iter()
            .map(|r| (r.name.clone(), r.orders))
            .collect();
        assert_eq!(names, vec![(Some("shop".to_owned()), 1), (None, 1)]);
        assert_eq!(
            orders_report(&two_months(), &OrdersConfig::default()).breakdown,
            None
        );
    }

    #[test]
    fn empty_orders_give_nulls_not_zeros() {
        let report = orders_report(&Orders::default(), &OrdersConfig::default());
        let json = serde_json::to_value(&report).unwrap();
        for key in [
            "repeat_purchase_rate",
            "purchase_frequency",
            "aov",
            "aov_first",
            "aov_repeat",
        ] {
            assert_eq!(json.get(key), Some(&serde_json::Value::Null), "{key}");
        }
        assert_eq!(
            json.get("repeat_revenue_share"),
            Some(&serde_json::Value::Null)
        );
        assert_eq!(json.get("crr"), Some(&serde_json::json!([])));
        assert_eq!(
            json.pointer("/cohorts/labels"),
            Some(&serde_json::json!([]))
        );
    }

    #[test]
    fn json_has_every_key_of_design_report_json() {
        let report = Report {
            orders: Some(orders_report(&two_months(), &OrdersConfig::default())),
            responses: None,
            import: vec![import_summary(
                "orders.csv",
                "orders",
                &Imported {
                    table: two_months(),
                    issues: Vec::new(),
                    rows: 4,
                    layout: None,
                    statuses: Vec::new(),
                    date_order: None,
                },
            )],
        };
        let json = serde_json::to_value(&report).unwrap();
        let orders = ["customers", "orders", "revenue", "repeat_purchase_rate"]
            .into_iter()
            .chain(["purchase_frequency", "aov", "aov_first", "aov_repeat"])
            .chain(["repeat_revenue_share", "crr", "cohorts"]);
        for key in orders {
            assert!(
                json.pointer(&format!("/orders/{key}")).is_some(),
                "orders.{key}"
            );
        }
        for key in [
            "period",
            "s",
            "e",
            "n",
            "crr_pct",
            "retained_pct",
            "reactivated",
        ] {
            assert!(
                json.pointer(&format!("/orders/crr/0/{key}")).is_some(),
                "crr[].{key}"
            );
        }
        let cohorts = ["period", "labels", "sizes", "on", "on_or_after", "revenue"]
            .into_iter()
            .chain(["cumulative_revenue_per_customer"]);
        for key in cohorts {
            assert!(
                json.pointer(&format!("/orders/cohorts/{key}")).is_some(),
                "cohorts.{key}"
            );
        }
        for key in ["file", "kind", "rows", "imported", "issues"] {
            assert!(
                json.pointer(&format!("/import/0/{key}")).is_some(),
                "import[].{key}"
            );
        }
        assert_eq!(
            json.pointer("/import/0/imported"),
            Some(&serde_json::json!(4))
        );
    }
}
