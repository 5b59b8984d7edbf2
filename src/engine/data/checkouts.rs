//! The checkouts table: one entry per checkout started (line items already merged), whether it
//! ended in an order, and its value. Cart abandonment compares the checkouts never completed with
//! those started (DESIGN.md § Service and loyalty).

use super::{CustomerId, CustomerIds, Money, Timestamp};

/// Checkouts as columns of equal length; entry `i` of each column is checkout `i`, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checkouts {
    /// The shopper, when the checkout got as far as an e-mail or phone.
    pub customer: Vec<Option<CustomerId>>,
    pub created: Vec<Timestamp>,
    /// Whether the checkout became an order (recovered, or completed at some time).
    pub is_completed: Vec<bool>,
    /// When it was completed, when the file says.
    pub completed: Vec<Option<Timestamp>>,
    /// The checkout's total (0 without an amount column).
    pub amount: Vec<Money>,
    pub customers: CustomerIds,
}

impl Checkouts {
    /// Number of checkouts.
    pub fn len(&self) -> usize {
        self.created.len()
    }

    /// Whether there are no checkouts.
    pub fn is_empty(&self) -> bool {
        self.created.is_empty()
    }
}
