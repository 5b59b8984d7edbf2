//! The subscriptions table: one entry per subscription, with when it started and ended, what it
//! is worth per billing interval, and its plan. A subscription's end is the day it actually ended
//! (Stripe `Ended At`), not the day cancellation was asked for: one cancelled "at period end"
//! stays active until then (shared/data/README.md § stripe_subscriptions.csv).

use super::{CustomerId, CustomerIds, Labels, Money, Timestamp};

/// A subscription's billing status (Stripe's words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubscriptionStatus {
    Active,
    Trialing,
    /// A payment failed; still counted as a paying subscription until it is cancelled.
    PastDue,
    Unpaid,
    Paused,
    /// Created but never paid (Stripe incomplete, incomplete_expired).
    Incomplete,
    Canceled,
}

/// How often a subscription is billed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Interval {
    Day,
    Week,
    Month,
    Year,
}

impl Interval {
    /// The number of these intervals in a month, for monthly recurring revenue: a yearly amount
    /// is divided by 12, a weekly one multiplied by 52/12.
    pub fn per_month(self) -> f64 {
        match self {
            Interval::Day => 365.0 / 12.0,
            Interval::Week => 52.0 / 12.0,
            Interval::Month => 1.0,
            Interval::Year => 1.0 / 12.0,
        }
    }
}

/// Subscriptions as columns of equal length; entry `i` of each column is subscription `i`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Subscriptions {
    pub customer: Vec<CustomerId>,
    /// When it started (Stripe writes UTC), to the second: survival counts whole 24-hour days.
    pub start: Vec<Timestamp>,
    /// When it ended; `None` while it runs (censored at the export).
    pub end: Vec<Option<Timestamp>>,
    /// When cancellation was asked for, which may precede `end` by a billing period.
    pub cancelled_at: Vec<Option<Timestamp>>,
    pub status: Vec<Option<SubscriptionStatus>>,
    /// Price of one unit per interval (0 without an amount column).
    pub amount: Vec<Money>,
    /// Units billed (1 without a quantity column).
    pub quantity: Vec<u32>,
    pub interval: Vec<Option<Interval>>,
    /// Plan or product name as written.
    pub plan: Labels,
    pub customers: CustomerIds,
}

impl Subscriptions {
    /// Number of subscriptions.
    pub fn len(&self) -> usize {
        self.start.len()
    }

    /// Whether there are no subscriptions.
    pub fn is_empty(&self) -> bool {
        self.start.is_empty()
    }

    /// What subscription `i` bills per interval: amount × quantity.
    pub fn billed(&self, i: usize) -> Option<Money> {
        let amount = self.amount.get(i)?;
        let quantity = i64::from(*self.quantity.get(i)?);
        Some(Money(amount.0.saturating_mul(quantity)))
    }
}
