//! Repeat purchasing at a glance: customers, orders, revenue, and the ratios built from them.
//! Repeat purchase rate = customers with ≥ 2 orders / customers; purchase frequency = orders /
//! customers; AOV = revenue / orders, split into first orders (each customer's earliest order;
//! on a tie, the one earliest in the table) and repeat orders (all the others), with the %
//! difference; repeat orders' revenue share = revenue of repeat orders / revenue.
//! Source: DESIGN.md § Metric definitions; data/README.md § Conventions behind the numbers.
//! Counts and money are exact integers; ratios are `Option<f64>`, `None` when the denominator is
//! zero: empty input gives zero counts and no ratio at all.

use super::history::History;
use crate::engine::data::{Day, Money, Orders};

/// Counts and sums behind the repeat-purchase ratios (the ratios are methods).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Customers with at least one order.
    pub customers: u32,
    /// Customers with at least two orders.
    pub repeat_customers: u32,
    pub orders: u32,
    pub revenue: Money,
    /// Revenue of each customer's first order.
    pub first_orders_revenue: Money,
}

/// The summary of the orders dated on or before `as_of` (all orders when `None`).
pub fn summary(orders: &Orders, as_of: Option<Day>) -> Summary {
    summary_of(&History::new(orders, as_of))
}

/// The summary of an already grouped history.
pub fn summary_of(history: &History) -> Summary {
    let mut result = Summary::default();
    for purchases in history.customers() {
        let Some(first) = purchases.first() else {
            continue;
        };
        result.customers += 1;
        if purchases.len() >= 2 {
            result.repeat_customers += 1;
        }
        result.orders = result.orders.saturating_add(count(purchases.len()));
        result.first_orders_revenue += first.amount;
        result.revenue += purchases.iter().map(|p| p.amount).sum();
    }
    result
}

impl Summary {
    /// Orders after each customer's first.
    pub fn repeat_orders(&self) -> u32 {
        self.orders.saturating_sub(self.customers)
    }

    /// Revenue of repeat orders.
    pub fn repeat_orders_revenue(&self) -> Money {
        Money(self.revenue.0.saturating_sub(self.first_orders_revenue.0))
    }

    /// Customers with ≥ 2 orders / customers, in [0, 1]; `None` without customers.
    pub fn repeat_purchase_rate(&self) -> Option<f64> {
        ratio(f64::from(self.repeat_customers), f64::from(self.customers))
    }

    /// Orders / customers; `None` without customers.
    pub fn purchase_frequency(&self) -> Option<f64> {
        ratio(f64::from(self.orders), f64::from(self.customers))
    }

    /// Average order value, revenue / orders, major units; `None` without orders.
    pub fn aov(&self) -> Option<f64> {
        ratio(self.revenue.major(), f64::from(self.orders))
    }

    /// AOV of first orders (one per customer), major units; `None` without customers.
    pub fn aov_first(&self) -> Option<f64> {
        ratio(self.first_orders_revenue.major(), f64::from(self.customers))
    }

    /// AOV of repeat orders, major units; `None` when nobody ordered twice.
    pub fn aov_repeat(&self) -> Option<f64> {
        ratio(
            self.repeat_orders_revenue().major(),
            f64::from(self.repeat_orders()),
        )
    }

    /// (AOV repeat − AOV first) / AOV first × 100; `None` when either is missing or AOV first is 0.
    pub fn aov_repeat_vs_first_pct(&self) -> Option<f64> {
        let first = self.aov_first()?;
        let repeat = self.aov_repeat()?;
        ratio(100.0 * (repeat - first), first)
    }

    /// Revenue of repeat orders / revenue, a fraction; `None` when revenue is 0.
    pub fn repeat_revenue_share(&self) -> Option<f64> {
        ratio(self.repeat_orders_revenue().major(), self.revenue.major())
    }
}

fn ratio(numerator: f64, denominator: f64) -> Option<f64> {
    (denominator != 0.0).then(|| numerator / denominator)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn summary_of_rows(rows: &[(&str, i32, i64)]) -> Summary {
        let mut orders = Orders::default();
        for &(customer, day, cents) in rows {
            orders.push(customer, Day(day), Money(cents));
        }
        summary(&orders, None)
    }

    fn close(actual: Option<f64>, expected: f64) -> bool {
        actual.is_some_and(|x| (x - expected).abs() < 1e-9)
    }

    #[test]
    fn hand_computed_three_customers() {
        // a: 10.00 (day 1), 30.00 (day 5); b: 20.00; c: 5.00 (day 2), 15.00 (day 3), 25.00 (day 9).
        let s = summary_of_rows(&[
            ("a", 5, 3000),
            ("b", 4, 2000),
            ("c", 3, 1500),
            ("a", 1, 1000),
            ("c", 2, 500),
            ("c", 9, 2500),
        ]);
        assert_eq!((s.customers, s.repeat_customers, s.orders), (3, 2, 6));
        assert_eq!(
            (s.revenue, s.first_orders_revenue),
            (Money(10500), Money(3500))
        );
        // Repeat rate 2/3; frequency 6/3 = 2; AOV 105/6 = 17.5.
        assert!(close(s.repeat_purchase_rate(), 2.0 / 3.0));
        assert!(close(s.purchase_frequency(), 2.0));
        assert!(close(s.aov(), 17.5));
        // First orders 10 + 20 + 5 = 35 over 3; repeat 30 + 15 + 25 = 70 over 3 orders.
        assert!(close(s.aov_first(), 35.0 / 3.0));
        assert!(close(s.aov_repeat(), 70.0 / 3.0));
        // Repeat AOV is twice the first: +100%. Repeat share 70/105.
        assert!(close(s.aov_repeat_vs_first_pct(), 100.0));
        assert!(close(s.repeat_revenue_share(), 70.0 / 105.0));
    }

    #[test]
    fn a_tie_on_the_first_day_makes_the_earliest_row_the_first_order() {
        // Both orders on day 1: the table's first (7.00) is the first order, 3.00 is a repeat.
        let s = summary_of_rows(&[("a", 1, 700), ("a", 1, 300)]);
        assert_eq!(s.first_orders_revenue, Money(700));
        assert!(close(s.aov_repeat(), 3.0));
    }

    #[test]
    fn empty_orders_have_counts_of_zero_and_no_ratios() {
        let s = summary(&Orders::default(), None);
        assert_eq!(s, Summary::default());
        assert_eq!(s.repeat_purchase_rate(), None);
        assert_eq!(s.purchase_frequency(), None);
        assert_eq!(s.aov(), None);
        assert_eq!(s.aov_first(), None);
        assert_eq!(s.aov_repeat(), None);
        assert_eq!(s.repeat_revenue_share(), None);
    }

    #[test]
    fn one_customer_with_one_order_has_no_repeat_aov() {
        let s = summary_of_rows(&[("a", 1, 1234)]);
        assert!(close(s.repeat_purchase_rate(), 0.0));
        assert!(close(s.aov_first(), 12.34));
        assert_eq!(s.aov_repeat(), None);
        assert_eq!(s.aov_repeat_vs_first_pct(), None);
        assert!(close(s.repeat_revenue_share(), 0.0));
    }

    #[test]
    fn zero_revenue_has_no_repeat_revenue_share() {
        let s = summary_of_rows(&[("a", 1, 0), ("a", 2, 0)]);
        assert_eq!(s.repeat_revenue_share(), None);
        assert!(close(s.aov(), 0.0));
    }

    #[test]
    fn orders_after_as_of_are_not_counted() {
        let mut orders = Orders::default();
        orders.push("a", Day(1), Money(100));
        orders.push("a", Day(8), Money(100));
        assert_eq!(summary(&orders, Some(Day(7))).repeat_customers, 0);
    }

    proptest! {
        #[test]
        fn ratios_stay_in_their_ranges(
            rows in proptest::collection::vec((0..20u8, 0..100i32, 0..10_000i64), 0..60)
        ) {
            let mut orders = Orders::default();
            for (customer, day, cents) in &rows {
                orders.push(&customer.to_string(), Day(*day), Money(*cents));
            }
            let s = summary(&orders, None);
            prop_assert_eq!(s.orders as usize, rows.len());
            prop_assert_eq!(s.customers + s.repeat_orders(), s.orders);
            prop_assert!(s.repeat_purchase_rate().is_none_or(|r| (0.0..=1.0).contains(&r)));
            prop_assert!(s.purchase_frequency().is_none_or(|f| f >= 1.0));
            prop_assert!(s.repeat_revenue_share().is_none_or(|r| (0.0..=1.0).contains(&r)));
            // Revenue splits exactly into first and repeat orders.
            prop_assert_eq!(s.first_orders_revenue + s.repeat_orders_revenue(), s.revenue);
        }
    }
}
