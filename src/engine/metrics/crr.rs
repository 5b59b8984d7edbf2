//! Customer retention rate (CRR) per period, for non-contractual (order) data.
//! A customer is *active at t* when they ordered in the window (t − W, t] and first ordered
//! before t. For a period P = [t0, t1): S = active at t0, E = active at t1, N = customers whose
//! first order falls in P; CRR = (E − N) / S × 100 and churn = 100 − CRR. Because E − N also
//! counts customers who come back after a lapse, CRR can exceed 100 %, so each row also carries
//! the strict retained share |S ∩ E| / S × 100 and the number reactivated (in E, not in S, first
//! order before t0). Source: DESIGN.md § Metric definitions (example: S = 100, N = 20, E = 110 →
//! 90 %); data/README.md § Conventions behind the numbers.
//!
//! Reading of the window on whole days: t is a day, and an order on day d is in (t − W, t] when
//! t − W < d ≤ t, i.e. the W days ending with t itself, while "first ordered before t" means
//! first day < t. So a customer whose first order is on t is new, not active at t; one who ordered
//! before t and again on t is active at t. Reading t instead as the instant at the start of day t
//! (t − W ≤ d < t) gives S = 438, E = 603, CRR = 13.6986 % for 2024 on the Shopify sample; the
//! ground truth there is S = 436, E = 601, N = 543, CRR = 13.3028 %, which only the reading above
//! reproduces, so that is the one implemented (tests/it/ground_truth.rs checks it).
//!
//! Rows run from the period of the first order to the period of the last order (or of "as of");
//! a row is partial when t1 is later than the last observed day + 1 (E also counts orders on t1
//! itself, which the data cannot hold when t1 = last day + 1; such a row is still complete, as the
//! ground truth's 2024 row is). No orders give no rows;
//! S = 0 gives `None` for both percentages. Cost: one sort of the orders plus, per order day, a
//! look-up of the period boundaries its window covers (tabled per day of the data; a binary
//! search past about 180 years), O(n log n + periods).

use super::history::{History, Purchase};
use crate::engine::data::{CalendarPeriod, Day, Orders};

/// How CRR is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrrConfig {
    /// The activity window W, days.
    pub window_days: u32,
    /// Orders after this day are left out and the last period ends here; `None` = last order day.
    pub as_of: Option<Day>,
}

impl Default for CrrConfig {
    fn default() -> Self {
        CrrConfig {
            window_days: 365,
            as_of: None,
        }
    }
}

/// CRR of one period P = [start, end) with the counts behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Crr {
    /// The period's index (`CalendarPeriod::label` names it).
    pub index: i32,
    /// t0, the first day of the period.
    pub start: Day,
    /// t1, the first day after the period.
    pub end: Day,
    /// Active at t0.
    pub s: u32,
    /// Active at t1.
    pub e: u32,
    /// First order in P.
    pub n: u32,
    /// Active at both t0 and t1: |S ∩ E|.
    pub retained: u32,
    /// Active at t1, not at t0, first order before t0.
    pub reactivated: u32,
    /// Whether t1 lies past the last observed day + 1, so the counts may still change.
    pub is_partial: bool,
}

impl Crr {
    /// (E − N) / S × 100; `None` when S = 0.
    pub fn crr_pct(&self) -> Option<f64> {
        crr_pct(self.s, self.e, self.n)
    }

    /// 100 − CRR; `None` when S = 0.
    pub fn churn_pct(&self) -> Option<f64> {
        self.crr_pct().map(|crr| 100.0 - crr)
    }

    /// |S ∩ E| / S × 100, in [0, 100]; `None` when S = 0.
    pub fn retained_pct(&self) -> Option<f64> {
        (self.s > 0).then(|| 100.0 * f64::from(self.retained) / f64::from(self.s))
    }
}

/// CRR = (E − N) / S × 100 (may be negative or above 100); `None` when S = 0.
pub fn crr_pct(s: u32, e: u32, n: u32) -> Option<f64> {
    (s > 0).then(|| 100.0 * (f64::from(e) - f64::from(n)) / f64::from(s))
}

/// CRR for every `period` from the first order's to the last order's (or "as of"'s), oldest first.
pub fn crr(orders: &Orders, period: CalendarPeriod, config: &CrrConfig) -> Vec<Crr> {
    crr_of(
        &History::new(orders, config.as_of),
        period,
        config.window_days,
    )
}

/// CRR rows of an already grouped history, with window `window_days`.
pub fn crr_of(history: &History, period: CalendarPeriod, window_days: u32) -> Vec<Crr> {
    let (Some(first_day), Some(end)) = (history.first_day(), history.end()) else {
        return Vec::new();
    };
    let first_idx = period.index(first_day);
    let last_idx = period.index(end).max(first_idx);
    // boundaries[k] = start of row k; the last one is the end of the last row.
    let boundaries = Boundaries::new(
        (first_idx..=last_idx + 1)
            .map(|idx| i64::from(period.start(idx).0))
            .collect(),
    );
    let n_rows = boundaries.days.len().saturating_sub(1);

    let windows = Windows::new(boundaries, first_day, end, i64::from(window_days));
    let mut counts = Counts::new(n_rows);
    let mut runs = Vec::new();
    for purchases in history.customers() {
        runs.clear();
        count_customer(purchases, &windows, &mut counts, &mut runs);
    }

    let mut active_now = 0i64;
    let mut retained_now = 0i64;
    let mut rows = Vec::with_capacity(n_rows);
    for (k, idx) in (first_idx..=last_idx).enumerate() {
        active_now += counts.active.get(k).copied().unwrap_or(0);
        retained_now += counts.retained.get(k).copied().unwrap_or(0);
        let active_next = active_now + counts.active.get(k + 1).copied().unwrap_or(0);
        let end_of_row = period.end(idx);
        rows.push(Crr {
            index: idx,
            start: period.start(idx),
            end: end_of_row,
            s: to_u32(active_now),
            e: to_u32(active_next),
            n: to_u32(counts.new.get(k).copied().unwrap_or(0)),
            retained: to_u32(retained_now),
            reactivated: to_u32(counts.reactivated.get(k).copied().unwrap_or(0)),
            is_partial: end_of_row > end.plus(1),
        });
    }
    rows
}

/// The period boundaries (row k starts on day `days[k]`, the last is the end of the last row) and,
/// for each day of their span (up to `MAX_DAYS`), how many fall on or before it: a look-up per
/// order day instead of a binary search. Days outside the span are searched.
struct Boundaries {
    days: Vec<i64>,
    at_or_before: Vec<u32>,
}

impl Boundaries {
    const MAX_DAYS: usize = 1 << 16;

    fn new(days: Vec<i64>) -> Boundaries {
        let (first, last) = (days.first().copied(), days.last().copied());
        let span = first.zip(last).map_or(0, |(first, last)| {
            usize::try_from(last - first)
                .unwrap_or(0)
                .min(Self::MAX_DAYS)
        });
        let mut at_or_before = Vec::with_capacity(span);
        let mut count = 0;
        for day in (first.unwrap_or(0)..).take(span) {
            while days.get(count).is_some_and(|&t| t <= day) {
                count += 1;
            }
            at_or_before.push(u32::try_from(count).unwrap_or(u32::MAX));
        }
        Boundaries { days, at_or_before }
    }

    /// How many boundaries fall on or before `day`.
    #[inline(always)]
    fn count_at_or_before(&self, day: i64) -> usize {
        let (Some(&first), Some(&last)) = (self.days.first(), self.days.last()) else {
            return 0;
        };
        if day >= last {
            return self.days.len();
        }
        match usize::try_from(day - first)
            .ok()
            .and_then(|offset| self.at_or_before.get(offset))
        {
            Some(&count) => count as usize,
            None => self.days.partition_point(|&t| t <= day),
        }
    }
}

/// The boundaries an order's window covers, per order day of the history (up to
/// `Boundaries::MAX_DAYS`): an order on day d (after the customer's first) makes them active on
/// the days d..=d + W − 1, which hold boundaries lo..hi, with lo = boundaries before d and hi =
/// boundaries on or before d + W − 1.
struct Windows {
    boundaries: Boundaries,
    window_days: i64,
    first_day: i64,
    spans: Vec<(u32, u32)>,
}

impl Windows {
    fn new(boundaries: Boundaries, first_day: Day, end: Day, window_days: i64) -> Windows {
        let first_day = i64::from(first_day.0);
        let days = usize::try_from(i64::from(end.0) - first_day + 1)
            .unwrap_or(0)
            .min(Boundaries::MAX_DAYS);
        let spans = (first_day..)
            .take(days)
            .map(|day| {
                let lo = boundaries.count_at_or_before(day - 1);
                let hi = boundaries.count_at_or_before(day + window_days - 1);
                (
                    u32::try_from(lo).unwrap_or(u32::MAX),
                    u32::try_from(hi).unwrap_or(u32::MAX),
                )
            })
            .collect();
        Windows {
            boundaries,
            window_days,
            first_day,
            spans,
        }
    }

    /// (lo, hi) of an order on `day`: boundaries before it, and on or before day + W − 1.
    #[inline(always)]
    fn span(&self, day: i64) -> (usize, usize) {
        match usize::try_from(day - self.first_day)
            .ok()
            .and_then(|offset| self.spans.get(offset))
        {
            Some(&(lo, hi)) => (lo as usize, hi as usize),
            None => (
                self.boundaries.count_at_or_before(day - 1),
                self.boundaries
                    .count_at_or_before(day + self.window_days - 1),
            ),
        }
    }
}

/// Per-boundary and per-row tallies. `active` and `retained` are difference arrays: the count at
/// k is the sum of entries 0..=k.
struct Counts {
    /// Active at boundary k.
    active: Vec<i64>,
    /// Active at boundaries k and k + 1.
    retained: Vec<i64>,
    /// Reactivated in row k.
    reactivated: Vec<i64>,
    /// First order in row k.
    new: Vec<i64>,
}

impl Counts {
    fn new(n_rows: usize) -> Counts {
        Counts {
            active: vec![0; n_rows + 2],
            retained: vec![0; n_rows + 2],
            reactivated: vec![0; n_rows + 1],
            new: vec![0; n_rows + 1],
        }
    }
}

fn add(tally: &mut [i64], k: usize, delta: i64) {
    if let Some(cell) = tally.get_mut(k) {
        *cell += delta;
    }
}

/// Adds one customer's activity at the boundaries. Each order day d makes the customer active on
/// the days t with d ≤ t ≤ d + W − 1 and t > first day; the boundaries inside that span form a run
/// of consecutive indices, and overlapping or touching runs merge into one stretch of activity.
fn count_customer(
    purchases: &[Purchase],
    windows: &Windows,
    counts: &mut Counts,
    runs: &mut Vec<(usize, usize)>,
) {
    let boundaries = &windows.boundaries;
    let Some(first) = purchases.first().map(|p| i64::from(p.day.0)) else {
        return;
    };
    let at_or_before_first = boundaries.count_at_or_before(first);
    add(&mut counts.new, at_or_before_first.saturating_sub(1), 1);

    let mut previous_day = None;
    for purchase in purchases {
        let day = i64::from(purchase.day.0);
        if previous_day == Some(day) {
            continue;
        }
        previous_day = Some(day);
        // Boundaries t with max(d, first + 1) ≤ t ≤ d + W − 1: on the first day, those after it.
        let (lo, hi) = match windows.span(day) {
            (_, hi) if day == first => (at_or_before_first, hi),
            span => span,
        };
        if lo >= hi {
            continue;
        }
        match runs.last_mut() {
            Some(run) if lo <= run.1 + 1 => run.1 = run.1.max(hi - 1),
            _ => runs.push((lo, hi - 1)),
        }
    }

    for &(lo, hi) in runs.iter() {
        add(&mut counts.active, lo, 1);
        add(&mut counts.active, hi + 1, -1);
        if hi > lo {
            add(&mut counts.retained, lo, 1);
            add(&mut counts.retained, hi, -1);
        }
        // Active at `lo` but not at `lo − 1` (runs are maximal): a return, unless the first order
        // falls in row lo − 1, which makes the customer new there instead.
        if let Some(row) = lo.checked_sub(1)
            && boundaries.days.get(row).is_some_and(|&t0| first < t0)
        {
            add(&mut counts.reactivated, row, 1);
        }
    }
}

fn to_u32(count: i64) -> u32 {
    u32::try_from(count.max(0)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Calendar, Money, Period};
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    fn orders(rows: &[(&str, Day)]) -> Orders {
        let mut orders = Orders::default();
        for &(customer, day) in rows {
            orders.push(customer, day, Money(100));
        }
        orders
    }

    fn config(window_days: u32) -> CrrConfig {
        CrrConfig {
            window_days,
            as_of: None,
        }
    }

    /// (label, [S, E, N, retained, reactivated], partial) of each row.
    fn table(rows: &[Crr], period: CalendarPeriod) -> Vec<(String, [u32; 5], bool)> {
        let counts = |r: &Crr| [r.s, r.e, r.n, r.retained, r.reactivated];
        rows.iter()
            .map(|r| (period.label(r.index), counts(r), r.is_partial))
            .collect()
    }

    fn row(label: &str, counts: [u32; 5], is_partial: bool) -> (String, [u32; 5], bool) {
        (label.to_owned(), counts, is_partial)
    }

    #[test]
    fn source_example_is_90_percent() {
        // S = 100, N = 20, E = 110: (110 − 20) / 100 × 100 = 90.
        assert_eq!(crr_pct(100, 110, 20), Some(90.0));
    }

    #[test]
    fn no_one_active_at_the_start_gives_no_crr() {
        assert_eq!(crr_pct(0, 5, 5), None);
        let row = Crr {
            index: 0,
            start: Day(0),
            end: Day(31),
            s: 0,
            e: 3,
            n: 3,
            retained: 0,
            reactivated: 0,
            is_partial: false,
        };
        assert_eq!(
            (row.crr_pct(), row.retained_pct(), row.churn_pct()),
            (None, None, None)
        );
    }

    #[test]
    fn hand_computed_months_with_a_30_day_window() {
        // Active at t: an order on a day in t−29..=t and a first order before t.
        // a: Jan 5, Feb 10. b: Jan 20, Mar 15. c: Feb 1. d: Jan 31, Mar 1.
        // Feb 1 (window Jan 3..Feb 1): a, b, d (c's first order is on Feb 1, not before).
        // Mar 1 (window Feb 1..Mar 1, 2024 is leap): a (Feb 10), c (Feb 1), d (Mar 1 itself).
        // Apr 1 (window Mar 3..Apr 1): b (Mar 15), who was not active on Mar 1: reactivated.
        let rows = crr(
            &orders(&[
                ("a", day(2024, 1, 5)),
                ("a", day(2024, 2, 10)),
                ("b", day(2024, 1, 20)),
                ("b", day(2024, 3, 15)),
                ("c", day(2024, 2, 1)),
                ("d", day(2024, 1, 31)),
                ("d", day(2024, 3, 1)),
            ]),
            Period::Month.into(),
            &config(30),
        );
        let expected = vec![
            // Jan: S = 0 (no one ordered before Jan 1); E = {a, b, d}, all new.
            row("2024-01", [0, 3, 3, 0, 0], false),
            // Feb: S = {a, b, d}, E = {a, c, d}, N = {c}; CRR (3 − 1)/3 = 66.7 %, retained 2/3.
            row("2024-02", [3, 3, 1, 2, 0], false),
            // Mar: S = {a, c, d}, E = {b}; CRR 1/3 = 33.3 %, retained 0; data end Mar 15: partial.
            row("2024-03", [3, 1, 0, 0, 1], true),
        ];
        assert_eq!(table(&rows, Period::Month.into()), expected);
        assert_eq!(rows.first().and_then(Crr::crr_pct), None);
        let feb = rows.get(1).unwrap();
        assert!((feb.crr_pct().unwrap() - 200.0 / 3.0).abs() < 1e-9);
        assert!((feb.retained_pct().unwrap() - 200.0 / 3.0).abs() < 1e-9);
        let mar = rows.get(2).unwrap();
        assert!((mar.crr_pct().unwrap() - 100.0 / 3.0).abs() < 1e-9);
        assert_eq!(mar.retained_pct(), Some(0.0));
    }

    #[test]
    fn an_order_on_t_counts_at_t_and_one_on_t_minus_w_does_not() {
        // W = 10, orders on days 0 and 10 (1970-01-01, 1970-01-11); weekly boundaries fall on
        // Mondays, so check with the naive definition at exactly those days instead.
        let purchases = [Day(0), Day(10)];
        assert!(naive_active(&purchases, 10, 10)); // day 10 is in (0, 10]
        assert!(!naive_active(&purchases, 20, 10)); // day 10 is not in (10, 20]
        assert!(!naive_active(&purchases, 0, 10)); // first order on t: not before t
        // The same through `crr`: a first order on 2024-01-01 and another on 2025-01-01 (t1),
        // W = 365. At t1 the window is 2024-01-02..=2025-01-01, so the second order keeps the
        // customer active; at t1 of 2025 they are not.
        let rows = crr(
            &orders(&[("a", day(2024, 1, 1)), ("a", day(2025, 1, 1))]),
            Period::Year.into(),
            &config(365),
        );
        let expected = vec![
            row("2024", [0, 1, 1, 0, 0], false),
            row("2025", [1, 0, 0, 0, 0], true),
        ];
        assert_eq!(table(&rows, Period::Year.into()), expected);
    }

    #[test]
    fn a_new_customer_of_a_leap_year_can_fall_out_of_e() {
        // 2024 has 366 days: an only order on 2024-01-01 is outside (2024-01-01, 2025-01-01].
        let as_of = CrrConfig {
            window_days: 365,
            as_of: Some(day(2024, 12, 31)),
        };
        let rows = crr(
            &orders(&[("a", day(2024, 1, 1))]),
            Period::Year.into(),
            &as_of,
        );
        assert_eq!(
            table(&rows, Period::Year.into()),
            vec![row("2024", [0, 0, 1, 0, 0], false)]
        );
    }

    #[test]
    fn as_of_extends_the_rows_and_marks_the_last_partial() {
        let config = CrrConfig {
            window_days: 365,
            as_of: Some(day(2024, 3, 10)),
        };
        let rows = crr(
            &orders(&[("a", day(2024, 1, 5)), ("a", day(2024, 4, 1))]),
            Period::Month.into(),
            &config,
        );
        let expected = vec![
            row("2024-01", [0, 1, 1, 0, 0], false),
            row("2024-02", [1, 1, 0, 1, 0], false),
            row("2024-03", [1, 1, 0, 1, 0], true),
        ];
        assert_eq!(table(&rows, Period::Month.into()), expected);
    }

    #[test]
    fn a_period_ending_the_day_after_the_data_is_complete() {
        let rows = crr(
            &orders(&[("a", day(2024, 1, 5)), ("a", day(2024, 2, 29))]),
            Period::Month.into(),
            &config(365),
        );
        assert_eq!(
            rows.iter().map(|r| r.is_partial).collect::<Vec<_>>(),
            vec![false, false]
        );
    }

    #[test]
    fn boundaries_are_counted_as_a_binary_search_counts_them_inside_and_past_the_table() {
        let days = vec![-5, 0, 31, 59, 70_000, 70_001];
        let boundaries = Boundaries::new(days.clone());
        for day in (-10..100).chain(65_500..65_600).chain(69_990..70_010) {
            assert_eq!(
                boundaries.count_at_or_before(day),
                days.partition_point(|&t| t <= day),
                "{day}"
            );
        }
    }

    #[test]
    fn window_spans_are_counted_as_the_boundaries_count_them_inside_and_past_the_table() {
        let days = vec![-5, 0, 31, 59, 70_000, 70_001];
        let boundaries = Boundaries::new(days.clone());
        let windows = Windows::new(Boundaries::new(days), Day(-10), Day(70_005), 30);
        for day in (-10..100).chain(65_500..65_600).chain(69_960..70_005) {
            let expected = (
                boundaries.count_at_or_before(day - 1),
                boundaries.count_at_or_before(day + 29),
            );
            assert_eq!(windows.span(day), expected, "{day}");
        }
    }

    #[test]
    fn no_orders_give_no_rows() {
        assert_eq!(
            crr(
                &Orders::default(),
                Period::Month.into(),
                &CrrConfig::default()
            ),
            Vec::new()
        );
    }

    #[test]
    fn one_customer_with_one_order_is_new_then_active() {
        let rows = crr(
            &orders(&[("a", day(2024, 1, 15))]),
            Period::Month.into(),
            &config(365),
        );
        assert_eq!(
            table(&rows, Period::Month.into()),
            vec![row("2024-01", [0, 1, 1, 0, 0], true)]
        );
    }

    /// Active at t, straight from the definition: an order day d with t − W < d ≤ t, and the
    /// first order day before t.
    fn naive_active(days: &[Day], t: i32, window_days: i32) -> bool {
        let first = days.iter().min().map_or(i32::MAX, |d| d.0);
        first < t && days.iter().any(|d| t - window_days < d.0 && d.0 <= t)
    }

    /// CRR rows straight from the definition, O(periods × customers × orders).
    fn naive_crr(rows: &[(u8, i32)], period: CalendarPeriod, window_days: i32) -> Vec<[u32; 5]> {
        let mut by_customer = std::collections::BTreeMap::<u8, Vec<Day>>::new();
        for &(customer, d) in rows {
            by_customer.entry(customer).or_default().push(Day(d));
        }
        let (Some(first), Some(last)) = (
            rows.iter().map(|r| r.1).min(),
            rows.iter().map(|r| r.1).max(),
        ) else {
            return Vec::new();
        };
        (period.index(Day(first))..=period.index(Day(last)))
            .map(|idx| {
                let (t0, t1) = (period.start(idx).0, period.end(idx).0);
                let (mut s, mut e, mut n, mut retained, mut reactivated) = (0, 0, 0, 0, 0);
                for days in by_customer.values() {
                    let first = days.iter().min().unwrap().0;
                    let in_s = naive_active(days, t0, window_days);
                    let in_e = naive_active(days, t1, window_days);
                    s += u32::from(in_s);
                    e += u32::from(in_e);
                    n += u32::from(t0 <= first && first < t1);
                    retained += u32::from(in_s && in_e);
                    reactivated += u32::from(in_e && !in_s && first < t0);
                }
                [s, e, n, retained, reactivated]
            })
            .collect()
    }

    /// Every unit, in either calendar.
    fn period_strategy() -> impl Strategy<Value = CalendarPeriod> {
        (0..Period::ALL.len(), 0..Calendar::ALL.len())
            .prop_map(|(p, c)| Period::ALL[p].in_calendar(Calendar::ALL[c]))
    }

    proptest! {
        #[test]
        fn agrees_with_the_definition_and_its_bounds(
            rows in proptest::collection::vec((0..12u8, 19_700..20_500i32), 0..40),
            period in period_strategy(),
            window_days in 1..500u32,
        ) {
            let mut input = Orders::default();
            for (customer, d) in &rows {
                input.push(&customer.to_string(), Day(*d), Money(1));
            }
            let fast = crr(&input, period, &config(window_days));
            let counts: Vec<_> = table(&fast, period).into_iter().map(|(_, counts, _)| counts).collect();
            prop_assert_eq!(counts, naive_crr(&rows, period, window_days as i32));
            for row in &fast {
                prop_assert!(row.retained_pct().is_none_or(|pct| (0.0..=100.0).contains(&pct)));
                prop_assert!(row.retained <= row.s.min(row.e));
                // E = retained + reactivated + (new customers still active at t1).
                prop_assert!(row.e <= row.retained + row.reactivated + row.n);
                prop_assert!(i64::from(row.e) - i64::from(row.n) <= i64::from(row.retained + row.reactivated));
                prop_assert_eq!(row.crr_pct().is_none(), row.s == 0);
            }
            // Every customer is new in exactly one row.
            let customers = rows.iter().map(|r| r.0).collect::<std::collections::BTreeSet<_>>().len();
            prop_assert_eq!(fast.iter().map(|r| r.n as usize).sum::<usize>(), customers);
        }
    }
}
