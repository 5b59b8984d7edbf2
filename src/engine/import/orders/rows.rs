//! One record of an orders file → one order, or issues, or nothing (a further line item, a
//! non-purchase). Per-row work is kept to look-ups that stay fast at a million rows: customer keys
//! and order ids in `KeyTable`s, each distinct status text classified once. Customer keys are
//! looked up `KEY_BLOCK` orders at a time, their table slots read together first: at hundreds of
//! thousands of customers each look-up is a cache miss, and misses that overlap cost one. Before
//! the customer table would grow, it is given room for the customers the file is expected to hold
//! (`customers::expected_customers`) when that is more than doubling gives.

use super::customers::expected_customers;
use super::dates::DateReader;
use crate::engine::data::{
    CustomerId, CustomerIds, Day, Labels, Money, Orders, SegmentColumn, StatusColumn,
};
use crate::engine::import::cells::{self, Purchase, StatusKind};
use crate::engine::import::dialect::Dialect;
use crate::engine::import::issue::{Issue, Reason, shorten};
use crate::engine::import::keys::KeyTable;
use crate::engine::import::records::Table;
use crate::engine::import::roles::{self, OrderColumns};

/// How many distinct status texts are remembered and counted; a column has a handful.
const STATUS_CACHE: usize = 64;
/// How many orders wait for their customer id before their keys are looked up together.
const KEY_BLOCK: usize = 128;
/// Customers from which a block's key slots are read together first (`KeyTable::touch`): with
/// fewer, the table's slots (16 bytes each, at most 4/3 as many as keys) fit in a core's cache.
const TOUCH_FROM_KEYS: usize = 1 << 15;

/// Turns records into orders, one at a time.
pub(super) struct Builder<'t> {
    columns: OrderColumns,
    orders: Orders,
    pub(super) issues: Vec<Issue>,
    pub(super) excluded_by_status: u32,
    /// Order ids already met: a later row with one of them is a further line item.
    seen_ids: KeyTable,
    /// Customer key → its `CustomerId`; its arena holds the keys in id order, and becomes
    /// `orders.customers` at the end (`finish`).
    customer_ids: KeyTable,
    /// Where each customer key ends in the arena of `customer_ids`, by id.
    customer_ends: Vec<usize>,
    /// The customer keys of the last orders, whose `orders.customer` is not pushed yet.
    pending: PendingKeys<'t>,
    /// Buffer for the customer key of a row whose cell is not a key as written.
    key: String,
    pub(super) dates: DateReader<'t>,
    /// Status texts met so far, what they say and how many rows carry them.
    pub(super) statuses: Vec<(String, Purchase, u32)>,
    /// The user's purchase decisions by status text.
    overrides: &'t [(String, bool)],
    /// The segment of each order, when a column plays that role.
    pub(super) segments: Option<LabelReader>,
    /// The status of each order, when a column plays that role.
    pub(super) status_labels: Option<LabelReader>,
    /// Whether the current row's status counts as a purchase: a row of one that does not is
    /// kept when it reads, and left out without an issue when it does not (it counts for
    /// nothing).
    counts: bool,
}

/// Reads a column of labels (segment, status): each order's text, stored once per distinct text.
pub(super) struct LabelReader {
    /// The column's name in the header.
    name: String,
    labels: Labels,
    /// The index of the last text read (`None`: an empty cell), when one was: exports often list
    /// a segment's orders together, and a repeat needs no hashing.
    last: Option<Option<u32>>,
}

/// Up to this many distinct texts, a text is looked for among them one by one (a status column
/// has a handful, met in any order) before it is hashed.
const FEW_LABELS: usize = 8;

impl LabelReader {
    pub(super) fn new(name: &str) -> LabelReader {
        LabelReader {
            name: name.to_owned(),
            labels: Labels::default(),
            last: None,
        }
    }

    /// Adds the label of the next order. Not inlined: `Builder::push` stays small without it.
    #[inline(never)]
    fn push(&mut self, text: &str) {
        let names = &self.labels.names;
        let text_of = |index: Option<u32>| index.and_then(|i| names.get(i as usize));
        let known = match self.last {
            Some(last) if text_of(last).map_or(text.is_empty(), |name| name == text) => Some(last),
            _ if text.is_empty() => Some(None),
            _ if names.len() <= FEW_LABELS => names
                .iter()
                .position(|name| name == text)
                .map(|i| u32::try_from(i).ok()),
            _ => None,
        };
        let index = match known {
            Some(index) => {
                self.labels.index.push(index);
                index
            }
            None => {
                self.labels.push(Some(text));
                self.labels.index.last().copied().flatten()
            }
        };
        self.last = Some(index);
    }
}

impl<'t> Builder<'t> {
    /// A builder of the orders in `columns` of the table in `text`.
    pub(super) fn new(
        columns: OrderColumns,
        text: &'t str,
        dialect: Dialect,
        overrides: &'t [(String, bool)],
    ) -> Builder<'t> {
        Builder {
            columns,
            orders: Orders::default(),
            issues: Vec::new(),
            excluded_by_status: 0,
            seen_ids: KeyTable::default(),
            customer_ids: KeyTable::default(),
            customer_ends: Vec::new(),
            pending: PendingKeys::default(),
            key: String::new(),
            dates: DateReader::new(columns.date, text, dialect),
            statuses: Vec::new(),
            overrides,
            segments: None,
            status_labels: None,
            counts: true,
        }
    }

    /// Makes room for about `orders` more orders (an eighth more, as the guess may be short), so
    /// the columns are not copied as they grow: at a million orders the copies, and the memory
    /// a browser must then provide the worker, cost more than the typing.
    pub(super) fn reserve(&mut self, orders: usize) {
        let orders = orders.saturating_add(orders / 8);
        self.orders.customer.reserve(orders);
        self.orders.day.reserve(orders);
        self.orders.amount.reserve(orders);
        // An order often has two line items or more, so a file has fewer order ids than
        // records: room for half as many spares the table most of its growing (ten doublings
        // for a million ids) without making it twice the size a file of line items needs.
        if self.columns.order_id.is_some() {
            self.seen_ids.reserve(orders / 2);
        }
        if let Some(segments) = self.segments.as_mut() {
            segments.labels.index.reserve(orders);
        }
        if let Some(statuses) = self.status_labels.as_mut() {
            statuses.labels.index.reserve(orders);
        }
    }

    /// An issue on the header for every column name that appears twice; roles use the first.
    pub(super) fn report_duplicate_columns(&mut self, table: &Table<'_>) {
        for (idx, first) in roles::duplicate_columns(table.header()) {
            let name = table.header().get(idx).cloned().unwrap_or_default();
            self.issues.push(Issue {
                row: table.header_line(),
                column: name.clone(),
                value: name,
                reason: Reason::DuplicateColumn {
                    used: u32::try_from(first + 1).unwrap_or(u32::MAX),
                },
            });
        }
    }

    /// Adds the current record of `table` as an order, or as issues, or leaves it out. The
    /// common row — no order id or status to look at, a customer key as written, a date and an
    /// amount that read — takes the short way; any other goes through `row_in_full`. Kept small:
    /// a browser runs it unoptimised until its optimising compiler is done with it, which takes
    /// longer the bigger the function.
    #[inline]
    pub(super) fn row(&mut self, table: &Table<'t>) {
        let columns = self.columns;
        let has_filters = columns.order_id.is_some()
            || columns.status.is_some()
            || columns.cancelled_at.is_some();
        if has_filters && !self.is_order(table) {
            return;
        }
        let date = cells::trim(table.field(columns.date));
        let day = if date.is_empty() {
            None
        } else {
            self.dates.read(date)
        };
        let amount = match columns.amount {
            None => Some(Money(0)),
            Some(idx) => cells::parse_money(table.field(idx)),
        };
        let customer_in_text = table.field_in_text(columns.customer).map(cells::trim);
        let as_written = customer_in_text
            .filter(|cell| !cell.is_empty())
            .and_then(|cell| Some((cell, cells::key_as_written_hash(cell, columns.key_style)?)));
        match (as_written, day, amount) {
            (Some((cell, hash)), Some(day), Some(amount)) => {
                self.pending.push_in_text(cell.as_bytes(), hash);
                self.push(table, day, amount);
            }
            _ => self.row_in_full(table, customer_in_text, day, amount),
        }
    }

    /// Whether the current record is an order to read: not a further line item of an order
    /// already read, and of a status that reads (one that counts as a purchase or not; see
    /// `is_purchase`).
    #[inline(never)]
    fn is_order(&mut self, table: &Table<'_>) -> bool {
        if let Some(idx) = self.columns.order_id {
            let id = cells::trim(table.field(idx));
            // An empty id is never "seen": each such row is an order of its own.
            if !id.is_empty() && !self.seen_ids.get_or_insert(id.as_bytes(), || 0).1 {
                return false;
            }
        }
        self.is_purchase(table)
    }

    /// `row` of a record whose customer, `day` or `amount` did not take the short way: its
    /// issues, or the order with its customer key made (lower-cased, normalised) or unquoted.
    #[inline(never)]
    fn row_in_full(
        &mut self,
        table: &Table<'t>,
        customer_in_text: Option<&'t str>,
        day: Option<Day>,
        amount: Option<Money>,
    ) {
        let columns = self.columns;
        let customer = match customer_in_text {
            Some(cell) => cell,
            None => cells::trim(table.field(columns.customer)),
        };
        let unreadable = customer.is_empty() || day.is_none() || amount.is_none();
        if unreadable && !self.counts {
            // An order that would not count anyway is left out without a word.
            return;
        }
        if customer.is_empty() {
            self.issue(table, columns.customer, Reason::Empty);
        }
        if day.is_none() {
            let date = cells::trim(table.field(columns.date));
            let reason = if date.is_empty() {
                Reason::Empty
            } else if cells::is_date_number(date) {
                Reason::LoneDateNumber
            } else {
                Reason::NotADate
            };
            self.issue(table, columns.date, reason);
        }
        if let (None, Some(idx)) = (amount, columns.amount) {
            let is_empty = cells::trim(table.field(idx)).is_empty();
            self.issue(
                table,
                idx,
                if is_empty {
                    Reason::Empty
                } else {
                    Reason::NotAnAmount
                },
            );
        }
        if let (false, Some(day), Some(amount)) = (customer.is_empty(), day, amount) {
            // A customer cell of the text itself can wait for its look-up without being copied.
            let as_written = customer_in_text.and_then(|cell| {
                Some((cell, cells::key_as_written_hash(cell, columns.key_style)?))
            });
            match as_written {
                Some((cell, hash)) => self.pending.push_in_text(cell.as_bytes(), hash),
                _ => {
                    let key = cells::customer_key(customer, columns.key_style, &mut self.key);
                    self.pending.push_copy(key.as_bytes());
                }
            }
            self.push(table, day, amount);
        }
    }

    /// Adds an order of `day` and `amount`, whose customer key was just added to `pending`.
    #[inline]
    fn push(&mut self, table: &Table<'_>, day: Day, amount: Money) {
        self.orders.day.push(day);
        self.orders.amount.push(amount);
        if let (Some(idx), Some(segments)) = (self.columns.segment, self.segments.as_mut()) {
            segments.push(cells::trim(table.field(idx)));
        }
        if let (Some((idx, _)), Some(statuses)) = (self.columns.status, self.status_labels.as_mut())
        {
            statuses.push(cells::trim(table.field(idx)));
        }
        if self.pending.hashes.len() == KEY_BLOCK {
            if self.customer_ids.len() + KEY_BLOCK > self.customer_ids.room() {
                self.make_room_for_customers(table);
            }
            self.look_up_pending();
        }
    }

    /// Before the customer table fills: makes room at once for the customers the file is
    /// expected to hold, their key text and their ends, when there are enough orders to tell.
    /// The table then grows to its final size in one step (or none) instead of doubling into
    /// it, each doubling in fresh memory and moving every key again; a guess that falls short
    /// leaves the doubling to go on as before. At most eight times the customers held, so a
    /// guess far off costs empty slots, not the memory of the whole file.
    #[inline(never)]
    fn make_room_for_customers(&mut self, table: &Table<'_>) {
        let held = self.customer_ids.len();
        let orders = self.orders.customer.len();
        let total = table.total_at_this_pace(self.orders.day.len());
        let Some(expected) = expected_customers(held, orders, total) else {
            return;
        };
        let expected = expected.min(held.saturating_mul(8));
        if expected <= self.customer_ids.room() {
            return;
        }
        self.customer_ids.reserve(expected);
        // An eighth more key text than the keys so far average, as later keys may be longer.
        let per_key = self.customer_ids.key_bytes().div_ceil(held.max(1));
        let key_bytes = expected.saturating_mul(per_key);
        self.customer_ids
            .reserve_key_bytes(key_bytes.saturating_add(key_bytes / 8));
        self.customer_ends
            .reserve(expected.saturating_sub(self.customer_ends.len()));
    }

    /// Pushes the customer id of each pending key, interning the new ones. The keys' slots are
    /// read first (`KeyTable::touch`), together, so their cache misses overlap.
    fn look_up_pending(&mut self) {
        let pending = &mut self.pending;
        // A small table stays in cache: touching its slots first would only repeat the reads.
        if self.customer_ids.len() >= TOUCH_FROM_KEYS {
            for &hash in &pending.hashes {
                pending.touched ^= self.customer_ids.touch(hash);
            }
        }
        for (&key, &hash) in pending.keys.iter().zip(&pending.hashes) {
            let key = match key {
                PendingKey::InText(key) => key,
                PendingKey::Copied { start, end } => {
                    pending.copies.get(start..end).unwrap_or_default()
                }
            };
            let next_id = u32::try_from(self.customer_ends.len()).unwrap_or(u32::MAX);
            let (id, is_new) = self
                .customer_ids
                .get_or_insert_hashed(key, hash, || next_id);
            if is_new {
                let key_start = self.customer_ends.last().copied().unwrap_or(0);
                self.customer_ends.push(key_start + key.len());
            }
            self.orders.customer.push(CustomerId(id));
        }
        pending.clear();
    }

    /// The orders built, their customers taken from the key table whole.
    pub(super) fn finish(&mut self) -> Orders {
        self.look_up_pending();
        let keys = std::mem::take(&mut self.customer_ids).into_arena();
        // Every key was a `&str`, so the arena is UTF-8: the lossy copy is never made.
        let text = String::from_utf8(keys)
            .unwrap_or_else(|err| String::from_utf8_lossy(err.as_bytes()).into_owned());
        let ends = std::mem::take(&mut self.customer_ends);
        let mut orders = std::mem::take(&mut self.orders);
        orders.customers = CustomerIds::from_arena(text, ends);
        orders.segment = self.segments.take().map(|segments| SegmentColumn {
            name: segments.name,
            labels: segments.labels,
        });
        orders.status = self.status_labels.take().and_then(|statuses| {
            let kind = self.columns.status?.1;
            let counted = statuses
                .labels
                .names
                .iter()
                .map(|status| self.decide(status, kind) == Purchase::Yes)
                .collect();
            Some(StatusColumn {
                name: statuses.name,
                labels: statuses.labels,
                counted,
            })
        });
        orders
    }

    /// Whether the current record is read: a purchase, or an order whose status says it is not
    /// one (kept with its status, not counted: `counts` is false; counted in
    /// `excluded_by_status`). A cancelled order (a cancellation date) is left out, and a status
    /// it does not know is reported and left out.
    fn is_purchase(&mut self, table: &Table<'_>) -> bool {
        self.counts = true;
        let is_cancelled = self
            .columns
            .cancelled_at
            .is_some_and(|idx| !cells::trim(table.field(idx)).is_empty());
        let purchase = match self.columns.status {
            _ if is_cancelled => Purchase::No,
            Some((idx, kind)) => self.classify(table.field(idx), kind),
            None => Purchase::Yes,
        };
        match (purchase, self.columns.status) {
            (Purchase::Yes, _) => return true,
            (Purchase::No, _) => {
                self.excluded_by_status = self.excluded_by_status.saturating_add(1);
                if !is_cancelled && self.status_labels.is_some() {
                    self.counts = false;
                    return true;
                }
            }
            (Purchase::Unknown, Some((idx, _))) => self.issue(table, idx, Reason::UnknownStatus),
            (Purchase::Unknown, None) => {}
        }
        false
    }

    /// The user's decision for `status`, else `cells::classify`; remembered and counted for the
    /// first `STATUS_CACHE` distinct texts.
    fn classify(&mut self, status: &str, kind: StatusKind) -> Purchase {
        let status = cells::trim(status);
        if let Some((_, purchase, rows)) =
            self.statuses.iter_mut().find(|(text, ..)| text == status)
        {
            *rows = rows.saturating_add(1);
            return *purchase;
        }
        let purchase = self.decide(status, kind);
        if self.statuses.len() < STATUS_CACHE {
            self.statuses.push((status.to_owned(), purchase, 1));
        }
        purchase
    }

    /// The user's decision for `status` (trimmed), else `cells::classify`.
    fn decide(&self, status: &str, kind: StatusKind) -> Purchase {
        match self.overrides.iter().find(|(text, _)| text == status) {
            Some((_, true)) => Purchase::Yes,
            Some((_, false)) => Purchase::No,
            None => cells::classify(status, kind),
        }
    }

    fn issue(&mut self, table: &Table<'_>, idx: usize, reason: Reason) {
        self.issues.push(Issue {
            row: table.line(),
            column: table.header().get(idx).cloned().unwrap_or_default(),
            value: shorten(table.field(idx), 100),
            reason,
        });
    }
}

/// Customer keys waiting to be looked up, with their hashes.
#[derive(Default)]
struct PendingKeys<'t> {
    keys: Vec<PendingKey<'t>>,
    /// The keys that are not in the text (lower-cased, normalised, unquoted), one after another.
    copies: Vec<u8>,
    hashes: Vec<u64>,
    /// What `KeyTable::touch` read, kept so the reads are made.
    touched: u32,
}

/// Where a pending key is.
#[derive(Clone, Copy)]
enum PendingKey<'t> {
    /// In the text, as written.
    InText(&'t [u8]),
    /// `copies[start..end]`.
    Copied { start: usize, end: usize },
}

impl<'t> PendingKeys<'t> {
    /// Adds `key`, a slice of the text whose `KeyTable::hash` is `hash`: it stays there until
    /// the block is looked up.
    fn push_in_text(&mut self, key: &'t [u8], hash: u64) {
        self.keys.push(PendingKey::InText(key));
        self.hashes.push(hash);
    }

    /// Adds `key`, copied: the buffer it is written in is reused by the next row.
    fn push_copy(&mut self, key: &[u8]) {
        let start = self.copies.len();
        self.copies.extend_from_slice(key);
        let end = self.copies.len();
        self.keys.push(PendingKey::Copied { start, end });
        self.hashes.push(KeyTable::hash(key));
    }

    /// Forgets the keys, keeping the allocations for the next block.
    fn clear(&mut self) {
        self.keys.clear();
        self.copies.clear();
        self.hashes.clear();
    }
}
