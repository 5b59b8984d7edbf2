//! Each customer's purchases in date order: the shared input of the order metrics (summary, CRR,
//! cohorts). The orders table keeps the file's order; this view sorts it once, by customer and
//! then by day, in O(n log n). Orders on the same day keep the order of the table, so "a
//! customer's first order" is the earliest by day and, among orders of that day, the one earliest
//! in the table (data/README.md § Conventions: "first orders = each customer's earliest order").
//!
//! "As of" a day D: orders dated after D are left out, and the observation ends on D (by default
//! on the last order day). Empty input (or every order after D) gives a history without
//! customers, whose `first_day` and `end` are `None`.

use crate::engine::data::{CustomerId, Day, Money, Orders};

/// One order as a metric sees it: its day and amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Purchase {
    pub day: Day,
    pub amount: Money,
}

/// The orders grouped by customer, each group sorted by day (ties in table order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    /// All kept purchases, customer after customer.
    purchases: Vec<Purchase>,
    /// Where each customer's group ends in `purchases` (exclusive), in customer-id order.
    group_ends: Vec<usize>,
    /// The customer of each group.
    ids: Vec<CustomerId>,
    first_day: Option<Day>,
    last_day: Option<Day>,
    end: Option<Day>,
}

impl History {
    /// Groups `orders` by customer, leaving out orders dated after `as_of`. A table whose columns
    /// differ in length (they should not) is read up to its shortest column.
    pub fn new(orders: &Orders, as_of: Option<Day>) -> History {
        let mut rows: Vec<(CustomerId, Purchase)> = orders
            .customer
            .iter()
            .zip(&orders.day)
            .zip(&orders.amount)
            .filter(|((_, day), _)| as_of.is_none_or(|as_of| **day <= as_of))
            .map(|((&customer, &day), &amount)| (customer, Purchase { day, amount }))
            .collect();
        // A stable sort: orders of one customer on one day stay in table order.
        rows.sort_by_key(|(customer, purchase)| (*customer, purchase.day));

        let mut group_ends = Vec::new();
        let mut ids = Vec::new();
        let mut end = 0;
        for group in rows.chunk_by(|a, b| a.0 == b.0) {
            end += group.len();
            group_ends.push(end);
            ids.extend(group.first().map(|(id, _)| *id));
        }
        let first_day = rows.iter().map(|(_, p)| p.day).min();
        let last_day = rows.iter().map(|(_, p)| p.day).max();
        History {
            purchases: rows.into_iter().map(|(_, purchase)| purchase).collect(),
            group_ends,
            ids,
            first_day,
            last_day,
            end: last_day.map(|last| as_of.unwrap_or(last)),
        }
    }

    /// Each customer's purchases, sorted by day; every slice has at least one purchase.
    pub fn customers(&self) -> impl Iterator<Item = &[Purchase]> + '_ {
        let starts = std::iter::once(0).chain(self.group_ends.iter().copied());
        starts
            .zip(&self.group_ends)
            .filter_map(|(start, &end)| self.purchases.get(start..end))
    }

    /// The customer of each group of `customers()`, in the same order.
    pub fn customer_ids(&self) -> impl Iterator<Item = CustomerId> + '_ {
        self.ids.iter().copied()
    }

    /// Customers with at least one purchase.
    pub fn n_customers(&self) -> usize {
        self.group_ends.len()
    }

    /// Purchases kept (on or before "as of").
    pub fn n_purchases(&self) -> usize {
        self.purchases.len()
    }

    /// The earliest purchase day; `None` without purchases.
    pub fn first_day(&self) -> Option<Day> {
        self.first_day
    }

    /// The latest purchase day; `None` without purchases.
    pub fn last_day(&self) -> Option<Day> {
        self.last_day
    }

    /// The last day observed: "as of" when given, else the last purchase day; `None` without
    /// purchases.
    pub fn end(&self) -> Option<Day> {
        self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn orders(rows: &[(&str, i32, i64)]) -> Orders {
        let mut orders = Orders::default();
        for &(customer, day, cents) in rows {
            orders.push(customer, Day(day), Money(cents));
        }
        orders
    }

    fn days(history: &History) -> Vec<Vec<(i32, i64)>> {
        history
            .customers()
            .map(|group| group.iter().map(|p| (p.day.0, p.amount.0)).collect())
            .collect()
    }

    #[test]
    fn purchases_are_grouped_by_customer_and_sorted_by_day() {
        let history = History::new(&orders(&[("a", 5, 1), ("b", 3, 2), ("a", 1, 3)]), None);
        assert_eq!(days(&history), vec![vec![(1, 3), (5, 1)], vec![(3, 2)]]);
        assert_eq!((history.n_customers(), history.n_purchases()), (2, 3));
        assert_eq!(
            (history.first_day(), history.end()),
            (Some(Day(1)), Some(Day(5)))
        );
    }

    #[test]
    fn orders_on_the_same_day_keep_table_order() {
        let history = History::new(&orders(&[("a", 2, 10), ("a", 1, 20), ("a", 1, 30)]), None);
        assert_eq!(days(&history), vec![vec![(1, 20), (1, 30), (2, 10)]]);
    }

    #[test]
    fn orders_after_as_of_are_left_out_and_the_observation_ends_on_as_of() {
        let table = orders(&[("a", 1, 1), ("b", 9, 1), ("a", 4, 1)]);
        let history = History::new(&table, Some(Day(6)));
        assert_eq!(days(&history), vec![vec![(1, 1), (4, 1)]]);
        assert_eq!(
            (history.last_day(), history.end()),
            (Some(Day(4)), Some(Day(6)))
        );
    }

    #[test]
    fn empty_orders_give_an_empty_history() {
        let history = History::new(&Orders::default(), None);
        assert_eq!(history.customers().count(), 0);
        assert_eq!((history.first_day(), history.end()), (None, None));
        let before_everything = History::new(&orders(&[("a", 5, 1)]), Some(Day(1)));
        assert_eq!(
            (before_everything.n_customers(), before_everything.end()),
            (0, None)
        );
    }
}
