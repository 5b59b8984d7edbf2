//! Each customer's purchases in date order: the shared input of the order metrics (summary, CRR,
//! cohorts). The orders table keeps the file's order; this view sorts it once: by customer with a
//! counting sort over the interned ids, then each customer's few orders by day. Orders on the
//! same day keep the order of the table, so "a customer's first order" is the earliest by day
//! and, among orders of that day, the one earliest in the table (data/README.md § Conventions:
//! "first orders = each customer's earliest order").
//!
//! "As of" a day D: orders dated after D are left out, and the observation ends on D (by default
//! on the last order day). Empty input (or every order after D) gives a history without
//! customers, whose `first_day` and `end` are `None`.

use crate::engine::data::{
    CalendarPeriod, CustomerId, Day, Money, Orders, OrdersFilter, PeriodTable,
};

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
        History::of_purchases(orders, as_of, None)
    }

    /// `new` of the purchases under the status choice `statuses` (see `OrdersFilter::statuses`;
    /// `None`: as imported), without copying the table.
    pub fn of_purchases(orders: &Orders, as_of: Option<Day>, statuses: Option<u64>) -> History {
        let rows = Rows {
            orders,
            as_of,
            statuses,
        };
        // One pass for the kept days' range and, per customer id, the count of kept orders
        // (at counts[id + 1]). Ids come from the interner, 0, 1, 2, … below the number of
        // customers; a hand-built table with far larger ones is radix sorted instead.
        // Counts are u32 (half the cache footprint of usize) when the table fits them.
        let max_dense = 2 * orders.len() + 1024;
        let mut counts = vec![0u32; orders.customers.len() + 1];
        let mut is_dense = u32::try_from(orders.len()).is_ok();
        let mut range: Option<(Day, Day)> = None;
        let mut n_kept = 0usize;
        rows.each(|customer, day, _| {
            n_kept += 1;
            range = Some(range.map_or((day, day), |(lo, hi)| (lo.min(day), hi.max(day))));
            let at = customer.0 as usize + 1;
            if at >= counts.len() && at <= max_dense {
                counts.resize(at + 1, 0);
            }
            match counts.get_mut(at) {
                Some(count) => *count += 1,
                None => is_dense = false,
            }
        });
        let Some((first, last)) = range else {
            return History::default();
        };
        let (purchases, group_ends, ids) = if is_dense {
            group_by_counting(rows, counts, n_kept)
        } else {
            group_by_radix(rows, first, last)
        };
        History {
            purchases,
            group_ends,
            ids,
            first_day: Some(first),
            last_day: Some(last),
            end: Some(as_of.unwrap_or(last)),
        }
    }

    /// Each customer's purchases, sorted by day; every slice has at least one purchase.
    pub fn customers(&self) -> impl Iterator<Item = &[Purchase]> + '_ {
        Groups {
            purchases: &self.purchases,
            ends: self.group_ends.iter(),
            start: 0,
        }
    }

    /// The customer of each group of `customers()`, in the same order.
    pub fn customer_ids(&self) -> impl Iterator<Item = CustomerId> + '_ {
        self.ids.iter().copied()
    }

    /// Period indices of the observed days, first purchase to end, for fast
    /// `CalendarPeriod::index`.
    pub fn period_table(&self, period: CalendarPeriod) -> PeriodTable {
        let first = self.first_day.unwrap_or(Day(0));
        PeriodTable::new(period, first, self.end.unwrap_or(first))
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

/// The groups of `History::customers`: consecutive slices of `purchases` ending at `ends`.
struct Groups<'a> {
    purchases: &'a [Purchase],
    ends: std::slice::Iter<'a, usize>,
    start: usize,
}

impl<'a> Iterator for Groups<'a> {
    type Item = &'a [Purchase];

    #[inline(always)]
    fn next(&mut self) -> Option<&'a [Purchase]> {
        let end = *self.ends.next()?;
        let group = self.purchases.get(self.start..end)?;
        self.start = end;
        Some(group)
    }
}

/// The orders on or before "as of", read up to the shortest column.
#[derive(Clone, Copy)]
struct Rows<'a> {
    orders: &'a Orders,
    as_of: Option<Day>,
    statuses: Option<u64>,
}

impl Rows<'_> {
    /// Visits each purchase dated up to `as_of`: an order of a status that does not count (under
    /// `statuses`) is not one.
    fn each(self, mut visit: impl FnMut(CustomerId, Day, Money)) {
        let orders = self.orders;
        let rows = orders.customer.iter().zip(&orders.day).zip(&orders.amount);
        let filter = OrdersFilter {
            statuses: self.statuses,
            ..OrdersFilter::default()
        };
        if orders.keeps_all(&filter) {
            for ((&customer, &day), &amount) in rows {
                if self.as_of.is_none_or(|as_of| day <= as_of) {
                    visit(customer, day, amount);
                }
            }
            return;
        }
        let is_purchase = orders.purchase_test(self.statuses);
        for (i, ((&customer, &day), &amount)) in rows.enumerate() {
            if self.as_of.is_none_or(|as_of| day <= as_of) && is_purchase(i) {
                visit(customer, day, amount);
            }
        }
    }
}

/// Purchases, group ends and ids: a counting sort by customer id (stable, so each group is in
/// table order), then each group sorted by day with a stable sort (ties stay in table order).
fn group_by_counting(
    rows: Rows,
    mut next: Vec<u32>,
    n_kept: usize,
) -> (Vec<Purchase>, Vec<usize>, Vec<CustomerId>) {
    // next[id + 1] holds the count of customer id; turned into next[id]: where the next purchase
    // of customer id goes, the count of the ids before.
    let mut group_ends = Vec::new();
    let mut ids = Vec::new();
    let mut total = 0;
    for (id, count) in (0..).zip(next.iter_mut().skip(1)) {
        if *count > 0 {
            ids.push(CustomerId(id));
            group_ends.push((total + *count) as usize);
        }
        total += *count;
        *count = total;
    }
    let mut purchases = vec![
        Purchase {
            day: Day(0),
            amount: Money(0),
        };
        n_kept
    ];
    rows.each(|customer, day, amount| {
        if let Some(at) = next.get_mut(customer.0 as usize) {
            if let Some(purchase) = purchases.get_mut(*at as usize) {
                *purchase = Purchase { day, amount };
            }
            *at += 1;
        }
    });
    let mut start = 0;
    for &end in &group_ends {
        if let Some(group) = purchases.get_mut(start..end)
            && !group.is_sorted_by_key(|p| p.day)
        {
            group.sort_by_key(|p| p.day);
        }
        start = end;
    }
    (purchases, group_ends, ids)
}

/// Purchases, group ends and ids for any ids: each order as one sort key, customer id above the
/// day's offset from the first day, radix sorted, so the keys group by customer and each group is
/// ordered by day (ties in table order).
fn group_by_radix(
    rows: Rows,
    first: Day,
    last: Day,
) -> (Vec<Purchase>, Vec<usize>, Vec<CustomerId>) {
    let day_bits = bits(u64::try_from(last.0 - first.0).unwrap_or(0));
    let mut keys: Vec<(u64, Money)> = Vec::new();
    rows.each(|customer, day, amount| {
        let offset = u64::try_from(day.0 - first.0).unwrap_or(0);
        keys.push(((u64::from(customer.0) << day_bits) | offset, amount));
    });
    let max_id = keys
        .iter()
        .map(|(key, _)| key >> day_bits)
        .max()
        .unwrap_or(0);
    radix_sort(&mut keys, day_bits + bits(max_id));

    let day_mask = (1u64 << day_bits) - 1;
    let mut purchases = Vec::with_capacity(keys.len());
    let mut group_ends = Vec::new();
    let mut ids = Vec::new();
    for (i, &(key, amount)) in keys.iter().enumerate() {
        let id = CustomerId(u32::try_from(key >> day_bits).unwrap_or(u32::MAX));
        if ids.last() != Some(&id) {
            if i > 0 {
                group_ends.push(i);
            }
            ids.push(id);
        }
        let offset = i32::try_from(key & day_mask).unwrap_or(0);
        purchases.push(Purchase {
            day: first.plus(offset),
            amount,
        });
    }
    group_ends.push(keys.len());
    (purchases, group_ends, ids)
}

/// Bits needed to write `n` (0 for 0).
pub(super) fn bits(n: u64) -> u32 {
    u64::BITS - n.leading_zeros()
}

/// Sorts `rows` by their key's low `key_bits` bits (the others are 0), stably: a least
/// significant digit radix sort, 11 bits a pass, linear in the rows and friendly to caches, where
/// a comparison sort of a million orders by customer is not.
pub(super) fn radix_sort<T: Copy + Default>(rows: &mut Vec<(u64, T)>, key_bits: u32) {
    const DIGIT: u32 = 11;
    let mut other = vec![(0u64, T::default()); rows.len()];
    let mut shift = 0;
    while shift < key_bits {
        let digit = |key: u64| ((key >> shift) & ((1 << DIGIT) - 1)) as usize;
        let mut starts = vec![0usize; (1 << DIGIT) + 1];
        for &(key, _) in rows.iter() {
            if let Some(count) = starts.get_mut(digit(key) + 1) {
                *count += 1;
            }
        }
        let mut total = 0;
        for start in &mut starts {
            total += *start;
            *start = total;
        }
        for &row in rows.iter() {
            if let Some(at) = starts.get_mut(digit(row.0)) {
                if let Some(slot) = other.get_mut(*at) {
                    *slot = row;
                }
                *at += 1;
            }
        }
        std::mem::swap(rows, &mut other);
        shift += DIGIT;
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
    fn only_purchases_enter_the_history_under_the_import_or_a_choice() {
        let mut table = orders(&[("a", 1, 10), ("b", 2, 20), ("a", 3, 30)]);
        let mut labels = crate::engine::data::Labels::default();
        for status in ["paid", "pending", "pending"] {
            labels.push(Some(status));
        }
        table.status = Some(crate::engine::data::StatusColumn {
            name: "status".into(),
            labels,
            counted: vec![true, false],
        });
        let as_imported = History::new(&table, None);
        assert_eq!(days(&as_imported), vec![vec![(1, 10)]]);
        let pending_only = History::of_purchases(&table, None, Some(0b10));
        assert_eq!(days(&pending_only), vec![vec![(3, 30)], vec![(2, 20)]]);
        let everything = History::of_purchases(&table, None, Some(0b11));
        assert_eq!(everything.n_purchases(), 3);
        // A status column shorter than the table (it never is) leaves the rest counted.
        if let Some(column) = table.status.as_mut() {
            column.labels.index.truncate(1);
        }
        assert_eq!(History::new(&table, None).n_purchases(), 3);
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

    proptest::proptest! {
        #[test]
        fn far_apart_ids_group_as_dense_ones_do(
            rows in proptest::collection::vec((0u32..40, -3000i32..3000, 0i64..99), 0..300),
        ) {
            let mut dense = Orders::default();
            for &(c, day, cents) in &rows {
                dense.push(&format!("c{c}"), Day(day), Money(cents));
            }
            let mut sparse = dense.clone();
            for id in &mut sparse.customer {
                id.0 *= 100_000_000;
            }
            let (dense, sparse) = (History::new(&dense, None), History::new(&sparse, None));
            proptest::prop_assert_eq!(days(&dense), days(&sparse));
            let ids: Vec<u32> = dense.customer_ids().map(|id| id.0 * 100_000_000).collect();
            let sparse_ids: Vec<u32> = sparse.customer_ids().map(|id| id.0).collect();
            proptest::prop_assert_eq!(ids, sparse_ids);
        }

        #[test]
        fn equals_a_stable_comparison_sort(
            rows in proptest::collection::vec((0u32..40, -3000i32..3000, 0i64..99), 0..300),
            as_of in proptest::option::of(-3000i32..3000),
        ) {
            let mut table = Orders::default();
            for &(c, day, cents) in &rows {
                table.push(&format!("c{c}"), Day(day), Money(cents));
            }
            let history = History::new(&table, as_of.map(Day));
            let mut expected: Vec<(u32, i32, i64)> = table
                .customer
                .iter()
                .zip(&table.day)
                .zip(&table.amount)
                .filter(|((_, day), _)| as_of.is_none_or(|as_of| day.0 <= as_of))
                .map(|((c, d), a)| (c.0, d.0, a.0))
                .collect();
            expected.sort_by_key(|&(c, d, _)| (c, d));
            let got: Vec<(u32, i32, i64)> = history
                .customers()
                .zip(history.customer_ids())
                .flat_map(|(group, id)| group.iter().map(move |p| (id.0, p.day.0, p.amount.0)))
                .collect();
            proptest::prop_assert_eq!(got, expected);
        }
    }
}
