//! What happened in each period (week, month, quarter, year): orders, revenue and the share of it
//! from repeat orders, and the customer lifecycle — who ordered for the first time, who came back
//! while still active, who came back after lapsing, and who lapsed. Source: DESIGN.md § Metric
//! definitions (revenue share of repeat orders per period; retention).
//!
//! Activity follows CRR's definition with window W: a customer is active at day t when they have
//! an order in (t − W, t]. So a customer whose orders are L and then n (n > L) is inactive from
//! day L + W until n exactly when n − L > W, and a customer whose last order is L is inactive from
//! L + W on. Per period P, each customer with an order in P is one of:
//! - **new**: their first order ever is in P;
//! - **returning**: not new, and their first order in P came at most W days after the order
//!   before it (they were still active);
//! - **reactivated**: not new, and their first order in P came more than W days after the one
//!   before it (they had lapsed);
//!
//! and **churned** counts the customers who lapse in P: whose inactivity starts (L + W) on a day
//! of P that is observed (on or before the end of the data). A customer may churn, come back and
//! churn again; within one period they count once.
//! A repeat order is any order but the customer's first; revenue share = repeat revenue / revenue.

use super::history::History;
use crate::engine::data::{CalendarPeriod, Money};

/// One period's activity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PeriodActivity {
    /// The period (`CalendarPeriod::label` names it).
    pub index: i32,
    pub orders: u32,
    pub revenue: Money,
    /// Revenue of orders that were not the customer's first.
    pub repeat_revenue: Money,
    /// Customers with ≥ 1 order in the period: `new + returning + reactivated`.
    pub customers: u32,
    pub new: u32,
    pub returning: u32,
    pub reactivated: u32,
    pub churned: u32,
    /// Whether the data ends before the period does.
    pub is_partial: bool,
}

impl PeriodActivity {
    /// Repeat revenue / revenue; `None` without revenue.
    pub fn repeat_revenue_share(&self) -> Option<f64> {
        (self.revenue.0 != 0).then(|| self.repeat_revenue.0 as f64 / self.revenue.0 as f64)
    }
}

/// Activity of every period from the first order's to the end of the data, with window
/// `window_days` (W ≥ 1; 0 is read as 1). No orders give no periods.
pub fn activity_of(
    history: &History,
    period: CalendarPeriod,
    window_days: u32,
) -> Vec<PeriodActivity> {
    let (Some(first_day), Some(end)) = (history.first_day(), history.end()) else {
        return Vec::new();
    };
    let window = i32::try_from(window_days.max(1)).unwrap_or(i32::MAX);
    let first_idx = period.index(first_day);
    let last_idx = period.index(end).max(first_idx);
    let mut periods: Vec<PeriodActivity> = (first_idx..=last_idx)
        .map(|index| PeriodActivity {
            index,
            ..PeriodActivity::default()
        })
        .collect();
    if let Some(last) = periods.last_mut() {
        last.is_partial = end.plus(1) < period.end(last_idx);
    }
    let table = history.period_table(period);

    for purchases in history.customers() {
        let mut counted_in = None;
        let mut churned_in = None;
        for (j, purchase) in purchases.iter().enumerate() {
            let previous = j.checked_sub(1).and_then(|p| purchases.get(p));
            let Some(at) = table
                .offset(purchase.day, first_idx)
                .and_then(|s| periods.get_mut(s))
            else {
                continue;
            };
            at.orders += 1;
            at.revenue += purchase.amount;
            if previous.is_some() {
                at.repeat_revenue += purchase.amount;
            }
            if counted_in != Some(at.index) {
                counted_in = Some(at.index);
                at.customers += 1;
                match previous {
                    None => at.new += 1,
                    Some(before) if purchase.day.0 - before.day.0 > window => at.reactivated += 1,
                    Some(_) => at.returning += 1,
                }
            }
            // The customer lapses W days after this order unless they order again by then.
            let lapse = purchase.day.plus(window);
            let next = purchases.get(j + 1);
            if next.is_none_or(|next| next.day > lapse) && lapse <= end {
                let lapsed_in = table
                    .offset(lapse, first_idx)
                    .and_then(|s| periods.get_mut(s));
                if let Some(at) = lapsed_in.filter(|at| churned_in != Some(at.index)) {
                    churned_in = Some(at.index);
                    at.churned += 1;
                }
            }
        }
    }
    periods
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{CalendarPeriod, Day, Orders, Period};
    use proptest::collection::vec;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    fn history(orders: &[(&str, Day, i64)], as_of: Option<Day>) -> History {
        let mut table = Orders::default();
        for &(customer, day, cents) in orders {
            table.push(customer, day, Money(cents));
        }
        History::new(&table, as_of)
    }

    /// (label, orders, customers, new, returning, reactivated, churned)
    fn rows(periods: &[PeriodActivity]) -> Vec<(String, u32, u32, u32, u32, u32, u32)> {
        periods
            .iter()
            .map(|p| {
                let label = CalendarPeriod::from(Period::Month).label(p.index);
                let c = (p.customers, p.new, p.returning, p.reactivated, p.churned);
                (label, p.orders, c.0, c.1, c.2, c.3, c.4)
            })
            .collect()
    }

    #[test]
    fn lifecycle_by_hand_with_a_thirty_day_window() {
        // a: Jan 5, Jan 20, Mar 25 (gap 64 > 30: reactivated), lapses Feb 19 and Apr 24.
        // b: Jan 10 only, lapses Feb 9. c: Feb 3 and Mar 4 (gap 29 ≤ 30: returning), lapses Apr 3.
        let h = history(
            &[
                ("a", day(2024, 1, 5), 1000),
                ("b", day(2024, 1, 10), 500),
                ("a", day(2024, 1, 20), 2000),
                ("c", day(2024, 2, 3), 700),
                ("c", day(2024, 3, 4), 300),
                ("a", day(2024, 3, 25), 400),
            ],
            Some(day(2024, 4, 10)),
        );
        let periods = activity_of(&h, Period::Month.into(), 30);
        assert_eq!(
            rows(&periods),
            [
                ("2024-01".into(), 3, 2, 2, 0, 0, 0),
                ("2024-02".into(), 1, 1, 1, 0, 0, 2),
                ("2024-03".into(), 2, 2, 0, 1, 1, 0),
                // a lapses on Apr 24, after the data ends: not counted.
                ("2024-04".into(), 0, 0, 0, 0, 0, 1),
            ]
        );
        // January: a's second order (2000) is a repeat; March: both orders are repeats.
        assert_eq!(periods[0].repeat_revenue, Money(2000));
        assert_eq!(periods[0].repeat_revenue_share(), Some(2000.0 / 3500.0));
        assert_eq!(periods[2].repeat_revenue_share(), Some(1.0));
        assert_eq!(periods[3].repeat_revenue_share(), None);
        assert!(periods[3].is_partial && !periods[2].is_partial);
    }

    #[test]
    fn an_order_exactly_w_days_later_keeps_the_customer_active() {
        // Active at t = an order in (t − W, t]: with W = 10, Jan 1 then Jan 11 never lapses.
        let h = history(
            &[("a", day(2024, 1, 1), 1), ("a", day(2024, 1, 11), 1)],
            Some(day(2024, 1, 31)),
        );
        let periods = activity_of(&h, Period::Month.into(), 10);
        assert_eq!(rows(&periods), [("2024-01".into(), 2, 1, 1, 0, 0, 1)]);
        let h = history(
            &[("a", day(2024, 1, 1), 1), ("a", day(2024, 1, 12), 1)],
            Some(day(2024, 2, 29)),
        );
        let periods = activity_of(&h, Period::Month.into(), 10);
        // Lapses on Jan 11, comes back on Jan 12 (counted once in January, as new), lapses Jan 22.
        assert_eq!(periods[0].churned, 1);
        assert_eq!((periods[0].new, periods[0].reactivated), (1, 0));
    }

    #[test]
    fn no_orders_no_periods() {
        assert!(activity_of(&History::default(), Period::Month.into(), 365).is_empty());
    }

    proptest! {
        #[test]
        fn counts_add_up(
            orders in vec((0u8..6, 0i32..400, 1i64..5000), 1..60),
            window in 1u32..120,
        ) {
            let first = day(2024, 1, 1);
            let named: Vec<(String, Day, i64)> = orders
                .iter()
                .map(|&(c, d, a)| (format!("c{c}"), first.plus(d), a))
                .collect();
            let borrowed: Vec<(&str, Day, i64)> =
                named.iter().map(|(c, d, a)| (c.as_str(), *d, *a)).collect();
            let h = history(&borrowed, None);
            let periods = activity_of(&h, Period::Month.into(), window);
            let total: u32 = periods.iter().map(|p| p.orders).sum();
            prop_assert_eq!(total as usize, orders.len());
            let new: u32 = periods.iter().map(|p| p.new).sum();
            prop_assert_eq!(new as usize, h.n_customers());
            for p in &periods {
                prop_assert_eq!(p.customers, p.new + p.returning + p.reactivated);
                prop_assert!(p.repeat_revenue <= p.revenue);
                prop_assert!(p.customers <= p.orders);
            }
        }
    }
}
