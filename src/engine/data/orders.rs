//! The orders table: one entry per purchase (line items already merged, non-purchases such as
//! cancelled or voided orders already left out by the importer), stored as parallel columns.

use super::{CustomerId, CustomerIds, Day, Labels, Money};

/// Purchases as columns of equal length; entry `i` of each column is order `i`.
/// Order of entries is the file's order: metrics must not assume it is sorted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Orders {
    pub customer: Vec<CustomerId>,
    pub day: Vec<Day>,
    pub amount: Vec<Money>,
    pub customers: CustomerIds,
    /// The segment of each order (channel, city, product category) when the file has a column
    /// mapped to that role; `None` when it has none.
    pub segment: Option<SegmentColumn>,
}

/// The column an orders table is broken down by: its header name and each order's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SegmentColumn {
    /// The column's name as the file wrote it (`Source`, `شهر`).
    pub name: String,
    /// One entry per order; an empty cell has no segment.
    pub labels: Labels,
}

/// Which orders a report counts: those dated in `from..=to` and, when `segment` is given, those
/// of that segment (an index into the segment column's names); then, when `cohort` is given, only
/// the customers whose first order among those is dated in that range (inclusive): one row of
/// the cohort heatmap. The default keeps every order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OrdersFilter {
    pub from: Option<Day>,
    pub to: Option<Day>,
    pub segment: Option<u32>,
    pub cohort: Option<(Day, Day)>,
}

impl OrdersFilter {
    /// Whether the filter keeps every order.
    pub fn is_everything(&self) -> bool {
        *self == OrdersFilter::default()
    }
}

impl Orders {
    /// Adds one order for the customer keyed `customer_key`.
    pub fn push(&mut self, customer_key: &str, day: Day, amount: Money) {
        let id = self.customers.intern(customer_key);
        self.customer.push(id);
        self.day.push(day);
        self.amount.push(amount);
    }

    /// Number of orders.
    pub fn len(&self) -> usize {
        self.day.len()
    }

    /// Whether there are no orders.
    pub fn is_empty(&self) -> bool {
        self.day.is_empty()
    }

    /// The orders `filter` keeps, as a table of their own that shares the customer ids (keys are
    /// cloned, so ids stay valid). A segment index with no segment column keeps no order.
    pub fn filtered(&self, filter: &OrdersFilter) -> Orders {
        let segment_of = |i: usize| self.segment_at(i);
        let kept = self.rows_where(|i, _, day| {
            filter.from.is_none_or(|from| day >= from)
                && filter.to.is_none_or(|to| day <= to)
                && filter
                    .segment
                    .is_none_or(|wanted| segment_of(i) == Some(wanted))
        });
        match filter.cohort {
            Some(span) => kept.of_cohort(span),
            None => kept,
        }
    }

    /// The segment of order `i`, if it has one.
    fn segment_at(&self, i: usize) -> Option<u32> {
        self.segment
            .as_ref()
            .and_then(|column| column.labels.index.get(i).copied().flatten())
    }

    /// The orders `keep(i, customer, day)` keeps, as a table of their own that shares the customer
    /// ids and the segment names.
    fn rows_where(&self, keep: impl Fn(usize, CustomerId, Day) -> bool) -> Orders {
        let mut kept = Orders {
            customers: self.customers.clone(),
            segment: self.segment.as_ref().map(|column| SegmentColumn {
                name: column.name.clone(),
                labels: Labels::with_names(column.labels.names.clone()),
            }),
            ..Orders::default()
        };
        let rows = self.customer.iter().zip(&self.day).zip(&self.amount);
        for (i, ((&customer, &day), &amount)) in rows.enumerate() {
            if !keep(i, customer, day) {
                continue;
            }
            kept.customer.push(customer);
            kept.day.push(day);
            kept.amount.push(amount);
            let segment = self.segment_at(i);
            if let Some(column) = kept.segment.as_mut() {
                column.labels.index.push(segment);
            }
        }
        kept
    }

    /// The orders of the customers whose first order is dated in `first..=last`.
    fn of_cohort(&self, (first, last): (Day, Day)) -> Orders {
        let mut first_day: Vec<Option<Day>> = vec![None; self.customers.len()];
        for (&customer, &day) in self.customer.iter().zip(&self.day) {
            if let Some(slot) = first_day.get_mut(customer.0 as usize) {
                *slot = Some(slot.map_or(day, |seen| seen.min(day)));
            }
        }
        self.rows_where(|_, customer, _| {
            first_day
                .get(customer.0 as usize)
                .copied()
                .flatten()
                .is_some_and(|day| (first..=last).contains(&day))
        })
    }

    /// Each segment's name with its number of orders, in order of first appearance; empty without
    /// a segment column.
    pub fn segment_counts(&self) -> Vec<(&str, u32)> {
        self.segment
            .as_ref()
            .map(|column| column.labels.counts())
            .unwrap_or_default()
    }

    /// Earliest and latest order day, `None` when empty.
    pub fn day_range(&self) -> Option<(Day, Day)> {
        let first = self.day.iter().min()?;
        let last = self.day.iter().max()?;
        Some((*first, *last))
    }
}
