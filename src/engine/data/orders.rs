//! The orders table: one entry per purchase (line items already merged, non-purchases such as
//! cancelled or voided orders already left out by the importer), stored as parallel columns.

use super::{CustomerId, CustomerIds, Day, Money};

/// Purchases as columns of equal length; entry `i` of each column is order `i`.
/// Order of entries is the file's order: metrics must not assume it is sorted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Orders {
    pub customer: Vec<CustomerId>,
    pub day: Vec<Day>,
    pub amount: Vec<Money>,
    pub customers: CustomerIds,
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

    /// Earliest and latest order day, `None` when empty.
    pub fn day_range(&self) -> Option<(Day, Day)> {
        let first = self.day.iter().min()?;
        let last = self.day.iter().max()?;
        Some((*first, *last))
    }
}
