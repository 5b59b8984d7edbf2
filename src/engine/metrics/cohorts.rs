//! First-order cohort retention. A customer's cohort is the period (week, month, quarter, year)
//! of their first order; cell (c, k) looks at period c + k: "on" = share of the cohort with ≥ 1
//! order in that period, "on or after" = share with ≥ 1 order in it or any later period, revenue
//! = the cohort's order amounts in it, and cumulative revenue per customer = the cohort's revenue
//! in periods c..=c + k over its size. Source: DESIGN.md § Metric definitions (cohort retention);
//! data/README.md § Conventions ("share of a first-order-month cohort with ≥ 1 valid order in
//! calendar month c + k").
//!
//! Cohorts run over every period from the first order's to the last observed one (the last order
//! day, or "as of"), including periods in which nobody ordered first (size 0, rates `None`).
//! Cohort c has one cell per observed period c, c + 1, …, last, so the table is a triangle: later
//! cells are not there (the report shows them as empty, never 0). The last period is partial when
//! the observation ends before its last day. No orders give no cohorts.

use super::history::History;
use crate::engine::data::{CalendarPeriod, Day, Money, Orders};

/// One cell of a cohort's row: period c + k.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CohortCell {
    /// Customers of the cohort with ≥ 1 order in the period.
    pub customers: u32,
    /// Customers of the cohort with ≥ 1 order in the period or later.
    pub customers_on_or_after: u32,
    /// The cohort's revenue in the period.
    pub revenue: Money,
}

/// The customers whose first order falls in one period, followed over the periods since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cohort {
    /// The period of the first orders (`CalendarPeriod::label` names it).
    pub index: i32,
    /// Customers in the cohort.
    pub size: u32,
    /// Cell k is period index + k; one cell per observed period.
    pub cells: Vec<CohortCell>,
}

impl Cohort {
    /// Share of the cohort with ≥ 1 order in period c + k; `None` past the data or for size 0.
    pub fn on_rate(&self, k: usize) -> Option<f64> {
        self.share(self.cells.get(k)?.customers)
    }

    /// Share of the cohort with ≥ 1 order in period c + k or later; `None` as for `on_rate`.
    pub fn on_or_after_rate(&self, k: usize) -> Option<f64> {
        self.share(self.cells.get(k)?.customers_on_or_after)
    }

    /// The cohort's revenue in periods c..=c + k; `None` past the data.
    pub fn cumulative_revenue(&self, k: usize) -> Option<Money> {
        Some(self.cells.get(..=k)?.iter().map(|cell| cell.revenue).sum())
    }

    /// Cumulative revenue to period c + k per cohort customer, major units; `None` past the data
    /// or for size 0.
    pub fn cumulative_revenue_per_customer(&self, k: usize) -> Option<f64> {
        let revenue = self.cumulative_revenue(k)?;
        (self.size > 0).then(|| revenue.major() / f64::from(self.size))
    }

    fn share(&self, customers: u32) -> Option<f64> {
        (self.size > 0).then(|| f64::from(customers) / f64::from(self.size))
    }
}

/// All cohorts, oldest first; cohort c's row has one cell fewer than cohort c − 1's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cohorts {
    pub period: CalendarPeriod,
    pub cohorts: Vec<Cohort>,
    /// Whether the last observed period ends after the observation does.
    pub is_last_partial: bool,
}

impl Cohorts {
    /// Whether cell k of cohort c lies in the partly observed last period.
    pub fn is_partial(&self, cohort: usize, k: usize) -> bool {
        self.is_last_partial && cohort + k + 1 == self.cohorts.len()
    }
}

/// Cohorts of the orders dated on or before `as_of` (default: the last order day) by `period`.
pub fn cohorts(orders: &Orders, period: CalendarPeriod, as_of: Option<Day>) -> Cohorts {
    cohorts_of(&History::new(orders, as_of), period)
}

/// Cohorts of an already grouped history.
pub fn cohorts_of(history: &History, period: CalendarPeriod) -> Cohorts {
    let (Some(first_day), Some(end)) = (history.first_day(), history.end()) else {
        return Cohorts {
            period,
            cohorts: Vec::new(),
            is_last_partial: false,
        };
    };
    let first_idx = period.index(first_day);
    let last_idx = period.index(end).max(first_idx);
    let n_periods = usize::try_from(last_idx - first_idx + 1).unwrap_or(0);
    let mut cohorts: Vec<Cohort> = (first_idx..=last_idx)
        .zip(0..n_periods)
        .map(|(index, c)| Cohort {
            index,
            size: 0,
            cells: vec![CohortCell::default(); n_periods - c],
        })
        .collect();
    // last_seen[c][k]: customers of cohort c whose last order is in period c + k.
    let mut last_seen: Vec<Vec<u32>> = cohorts.iter().map(|c| vec![0; c.cells.len()]).collect();

    let table = history.period_table(period);
    for purchases in history.customers() {
        let Some(c) = purchases
            .first()
            .and_then(|p| table.offset(p.day, first_idx))
        else {
            continue;
        };
        let Some(cohort) = cohorts.get_mut(c) else {
            continue;
        };
        cohort.size += 1;
        let mut previous = None;
        for purchase in purchases {
            let Some(k) = table
                .offset(purchase.day, first_idx)
                .and_then(|p| p.checked_sub(c))
            else {
                continue;
            };
            let Some(cell) = cohort.cells.get_mut(k) else {
                continue;
            };
            cell.revenue += purchase.amount;
            if previous != Some(k) {
                cell.customers += 1;
                previous = Some(k);
            }
        }
        if let Some(count) = previous.and_then(|k| last_seen.get_mut(c)?.get_mut(k)) {
            *count += 1;
        }
    }

    for (cohort, last) in cohorts.iter_mut().zip(&last_seen) {
        // On or after k = last order in k or later: a suffix sum.
        let mut later = 0;
        for (cell, &count) in cohort.cells.iter_mut().zip(last).rev() {
            later += count;
            cell.customers_on_or_after = later;
        }
    }

    Cohorts {
        period,
        cohorts,
        is_last_partial: end.plus(1) < period.end(last_idx),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Calendar, Period};
    use proptest::prelude::*;

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

    fn on(cohort: &Cohort) -> Vec<Option<f64>> {
        (0..cohort.cells.len()).map(|k| cohort.on_rate(k)).collect()
    }

    fn on_or_after(cohort: &Cohort) -> Vec<Option<f64>> {
        (0..cohort.cells.len())
            .map(|k| cohort.on_or_after_rate(k))
            .collect()
    }

    fn revenue(cohort: &Cohort) -> Vec<i64> {
        cohort.cells.iter().map(|cell| cell.revenue.0).collect()
    }

    fn cumulative(cohort: &Cohort) -> Vec<Option<f64>> {
        (0..cohort.cells.len())
            .map(|k| cohort.cumulative_revenue_per_customer(k))
            .collect()
    }

    #[test]
    fn hand_computed_monthly_triangle() {
        // a: Jan 10 (10.00), Jan 20 (5.00), Mar 5 (20.00). b: Jan 31 (8.00), Feb 1 (4.00).
        // c: Feb 15 (30.00). d: Mar 1 (2.00). Data end Mar 20, so March is partial.
        let table = orders(&[
            ("a", day(2024, 3, 5), 2000),
            ("b", day(2024, 1, 31), 800),
            ("a", day(2024, 1, 10), 1000),
            ("c", day(2024, 2, 15), 3000),
            ("b", day(2024, 2, 1), 400),
            ("d", day(2024, 3, 1), 200),
            ("a", day(2024, 1, 20), 500),
        ]);
        let result = cohorts(&table, Period::Month.into(), Some(day(2024, 3, 20)));
        let [jan, feb, mar] = result.cohorts.as_slice() else {
            panic!("three cohorts")
        };
        assert_eq!((jan.size, feb.size, mar.size), (2, 1, 1));
        assert_eq!(
            CalendarPeriod::from(Period::Month).label(jan.index),
            "2024-01"
        );
        // January {a, b}: on = [2/2, b in Feb 1/2, a in Mar 1/2]; last orders in Mar (a) and Feb
        // (b), so on or after = [2/2, 2/2, 1/2]. Revenue [10 + 5 + 8, 4, 20] = [23, 4, 20];
        // per customer cumulative [23/2, 27/2, 47/2].
        assert_eq!(on(jan), vec![Some(1.0), Some(0.5), Some(0.5)]);
        assert_eq!(on_or_after(jan), vec![Some(1.0), Some(1.0), Some(0.5)]);
        assert_eq!(revenue(jan), vec![2300, 400, 2000]);
        assert_eq!(cumulative(jan), vec![Some(11.5), Some(13.5), Some(23.5)]);
        // February {c}: ordered in Feb only, so March is 0, not empty.
        assert_eq!(on(feb), vec![Some(1.0), Some(0.0)]);
        assert_eq!(on_or_after(feb), vec![Some(1.0), Some(0.0)]);
        assert_eq!(cumulative(feb), vec![Some(30.0), Some(30.0)]);
        assert_eq!(on(mar), vec![Some(1.0)]);
        // Past the data: nothing.
        assert_eq!(
            (jan.on_rate(3), feb.on_rate(2), mar.cumulative_revenue(1)),
            (None, None, None)
        );
        // March (the diagonal's last cells) is partial, nothing else.
        assert!(result.is_last_partial);
        assert!(result.is_partial(0, 2) && result.is_partial(1, 1) && result.is_partial(2, 0));
        assert!(!result.is_partial(0, 1) && !result.is_partial(1, 0));
    }

    #[test]
    fn a_last_period_observed_to_its_last_day_is_complete() {
        let table = orders(&[("a", day(2024, 1, 10), 100), ("a", day(2024, 2, 29), 100)]);
        assert!(!cohorts(&table, Period::Month.into(), None).is_last_partial);
        assert!(cohorts(&table, Period::Quarter.into(), None).is_last_partial);
    }

    #[test]
    fn a_period_without_new_customers_is_an_empty_cohort_without_rates() {
        // Weeks 2024-W01 and 2024-W03 have first orders; 2024-W02 has only a's return.
        let table = orders(&[
            ("a", day(2024, 1, 1), 100),
            ("a", day(2024, 1, 9), 100),
            ("b", day(2024, 1, 15), 100),
        ]);
        let result = cohorts(&table, Period::Week.into(), None);
        let sizes: Vec<_> = result.cohorts.iter().map(|c| c.size).collect();
        assert_eq!(sizes, vec![1, 0, 1]);
        let empty = result.cohorts.get(1).unwrap();
        assert_eq!(
            (empty.on_rate(0), empty.cumulative_revenue_per_customer(0)),
            (None, None)
        );
        assert_eq!(
            on(result.cohorts.first().unwrap()),
            vec![Some(1.0), Some(1.0), Some(0.0)]
        );
    }

    #[test]
    fn several_orders_in_one_period_count_the_customer_once() {
        let table = orders(&[("a", day(2024, 1, 1), 100), ("a", day(2024, 1, 2), 100)]);
        let result = cohorts(&table, Period::Month.into(), None);
        let cell = result
            .cohorts
            .first()
            .unwrap()
            .cells
            .first()
            .copied()
            .unwrap();
        assert_eq!(
            cell,
            CohortCell {
                customers: 1,
                customers_on_or_after: 1,
                revenue: Money(200)
            }
        );
    }

    #[test]
    fn no_orders_give_no_cohorts() {
        let result = cohorts(&Orders::default(), Period::Month.into(), None);
        assert!(result.cohorts.is_empty() && !result.is_last_partial);
    }

    proptest! {
        #[test]
        fn cells_are_consistent(
            rows in proptest::collection::vec((0..12u8, 19_700..20_500i32, 0..10_000i64), 0..40),
            period in prop_oneof![Just(Period::Week), Just(Period::Month), Just(Period::Quarter)],
            calendar in prop_oneof![Just(Calendar::Gregorian), Just(Calendar::Jalali)],
        ) {
            let mut table = Orders::default();
            for (customer, d, cents) in &rows {
                table.push(&customer.to_string(), Day(*d), Money(*cents));
            }
            let result = cohorts(&table, period.in_calendar(calendar), None);
            let n = result.cohorts.len();
            let mut customers = 0;
            let mut revenue = Money(0);
            for (c, cohort) in result.cohorts.iter().enumerate() {
                prop_assert_eq!(cohort.cells.len(), n - c);
                customers += cohort.size;
                revenue += cohort.cumulative_revenue(n - c - 1).unwrap_or_default();
                prop_assert_eq!(cohort.on_rate(0), (cohort.size > 0).then_some(1.0));
                for k in 0..cohort.cells.len() {
                    let on = cohort.on_rate(k).unwrap_or(0.0);
                    let after = cohort.on_or_after_rate(k).unwrap_or(0.0);
                    prop_assert!((0.0..=1.0).contains(&on) && on <= after && after <= 1.0);
                    let next = cohort.on_or_after_rate(k + 1).unwrap_or(0.0);
                    prop_assert!(next <= after);
                }
            }
            let distinct = rows.iter().map(|r| r.0).collect::<std::collections::BTreeSet<_>>();
            prop_assert_eq!(customers as usize, distinct.len());
            prop_assert_eq!(revenue, Money(rows.iter().map(|r| r.2).sum()));
        }
    }
}
