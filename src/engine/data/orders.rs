//! The orders table: one entry per order (line items already merged), stored as parallel
//! columns. When the file has a status column, the orders of every status the importer could
//! read are kept with their status, and whether each status counts as a purchase is a choice
//! (`StatusColumn::counted`, or the filter's `statuses`) that every report applies first.

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
    /// The status of each order, when the file has a status column; `None`: every order is a
    /// purchase.
    pub status: Option<StatusColumn>,
}

/// The status column: each order's status as written, and which statuses count as purchases.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatusColumn {
    /// The column's name as the file wrote it (`Financial Status`, `وضعیت`).
    pub name: String,
    /// One entry per order; an order without a status always counts.
    pub labels: Labels,
    /// Per status (an index into `labels.names`): whether it counts as a purchase, as decided at
    /// import. A status without an entry counts.
    pub counted: Vec<bool>,
}

/// How many statuses a choice (`OrdersFilter::statuses`) can name: the bits of a `u64`. A status
/// column has a handful; any status past these keeps the import's decision.
pub const CHOOSABLE_STATUSES: usize = 64;

impl StatusColumn {
    /// Whether status `idx` counts under `choice` (bit `idx` set: counts), else as imported.
    pub fn counts(&self, idx: u32, choice: Option<u64>) -> bool {
        match choice {
            Some(bits) if (idx as usize) < CHOOSABLE_STATUSES => bits & (1 << idx) != 0,
            _ => self.counted.get(idx as usize).copied().unwrap_or(true),
        }
    }

    /// The import's decision as a choice: the bits of the statuses that count.
    pub fn imported_choice(&self) -> u64 {
        (0..self.labels.names.len().min(CHOOSABLE_STATUSES))
            .filter(|&idx| self.counts(idx as u32, None))
            .fold(0, |bits, idx| bits | (1 << idx))
    }
}

/// The column an orders table is broken down by: its header name and each order's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SegmentColumn {
    /// The column's name as the file wrote it (`Source`, `شهر`).
    pub name: String,
    /// One entry per order; an empty cell has no segment.
    pub labels: Labels,
}

/// Which orders a report counts: the purchases (orders of a status that counts: those of
/// `statuses`, a bit per status, else as imported) dated in `from..=to` and, when `segment` is
/// given, those of that segment (an index into the segment column's names); then, when `cohort`
/// is given, only the customers whose first order among those is dated in that range
/// (inclusive): one row of the cohort heatmap. The default keeps every purchase.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OrdersFilter {
    pub from: Option<Day>,
    pub to: Option<Day>,
    pub segment: Option<u32>,
    pub cohort: Option<(Day, Day)>,
    pub statuses: Option<u64>,
}

impl OrdersFilter {
    /// Whether the filter narrows nothing but, perhaps, the statuses: every purchase is kept.
    pub fn is_everything(&self) -> bool {
        OrdersFilter {
            statuses: None,
            ..*self
        } == OrdersFilter::default()
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

    /// Whether `filter` keeps every order of the table: then `filtered` would copy it whole.
    pub fn keeps_all(&self, filter: &OrdersFilter) -> bool {
        // The table as it is counts its orders as imported (`metrics::History` skips the others),
        // so it serves only when every status counts both ways.
        let all_count = self.status.as_ref().is_none_or(|column| {
            (0..column.labels.names.len() as u32)
                .all(|idx| column.counts(idx, filter.statuses) && column.counts(idx, None))
        });
        all_count && filter.is_everything()
    }

    /// Whether order `i` is a purchase under the status choice `statuses` (see `OrdersFilter`), as
    /// a test for loops over the orders: whether each status counts is looked up once. An order
    /// without a status (or past the status column's end, which it never is) counts.
    pub fn purchase_test(&self, statuses: Option<u64>) -> impl Fn(usize) -> bool + '_ {
        let column = self.status.as_ref();
        let counts: Vec<bool> = column.map_or_else(Vec::new, |column| {
            (0..column.labels.names.len() as u32)
                .map(|idx| column.counts(idx, statuses))
                .collect()
        });
        move |i| {
            column
                .and_then(|column| column.labels.index.get(i).copied().flatten())
                .is_none_or(|idx| counts.get(idx as usize).copied().unwrap_or(true))
        }
    }

    /// The purchases under the status choice `statuses`: the table itself when all count.
    pub fn purchases(&self, statuses: Option<u64>) -> std::borrow::Cow<'_, Orders> {
        let filter = OrdersFilter {
            statuses,
            ..OrdersFilter::default()
        };
        if self.keeps_all(&filter) {
            std::borrow::Cow::Borrowed(self)
        } else {
            std::borrow::Cow::Owned(self.filtered(&filter))
        }
    }

    /// The orders `filter` keeps, as a table of their own that shares the customer ids (keys are
    /// cloned, so ids stay valid). A segment index with no segment column keeps no order.
    pub fn filtered(&self, filter: &OrdersFilter) -> Orders {
        let segment_of = |i: usize| self.segment_at(i);
        let is_purchase = self.purchase_test(filter.statuses);
        let kept = self.rows_where(|i, _, day| {
            is_purchase(i)
                && filter.from.is_none_or(|from| day >= from)
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
    /// ids and the segment names. It has no status column: `keep` decides which orders count,
    /// and every order kept is a purchase.
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

    /// Each segment's name with its number of purchases under the status choice `statuses` (see
    /// `OrdersFilter`), in order of first appearance; empty without a segment column.
    pub fn segment_counts(&self, statuses: Option<u64>) -> Vec<(&str, u32)> {
        let Some(column) = &self.segment else {
            return Vec::new();
        };
        let is_purchase = self.purchase_test(statuses);
        let mut counts = vec![0u32; column.labels.names.len()];
        for (i, idx) in column.labels.index.iter().enumerate() {
            if let Some(count) = idx.and_then(|idx| counts.get_mut(idx as usize))
                && is_purchase(i)
            {
                *count += 1;
            }
        }
        column
            .labels
            .names
            .iter()
            .map(String::as_str)
            .zip(counts)
            .collect()
    }

    /// Number of purchases under the status choice `statuses` (see `OrdersFilter`).
    pub fn purchase_count(&self, statuses: Option<u64>) -> usize {
        if self.status.is_none() {
            return self.len();
        }
        let is_purchase = self.purchase_test(statuses);
        (0..self.len()).filter(|&i| is_purchase(i)).count()
    }

    /// Number of distinct customers with an order in the table (the ids may name more: a
    /// filtered table shares them).
    pub fn customer_count(&self) -> usize {
        let mut seen = vec![false; self.customers.len()];
        let mut count = 0;
        for id in &self.customer {
            if let Some(slot) = seen.get_mut(id.0 as usize)
                && !*slot
            {
                *slot = true;
                count += 1;
            }
        }
        count
    }

    /// Each status with its number of orders and whether it counts under `statuses`, in order
    /// of first appearance; empty without a status column.
    pub fn status_counts(&self, statuses: Option<u64>) -> Vec<(&str, u32, bool)> {
        let Some(column) = &self.status else {
            return Vec::new();
        };
        (0u32..)
            .zip(column.labels.counts())
            .map(|(idx, (name, rows))| (name, rows, column.counts(idx, statuses)))
            .collect()
    }

    /// Earliest and latest order day, `None` when empty.
    pub fn day_range(&self) -> Option<(Day, Day)> {
        let first = self.day.iter().min()?;
        let last = self.day.iter().max()?;
        Some((*first, *last))
    }
}
