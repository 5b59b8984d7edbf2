//! The words of non-order files → what they mean: ticket statuses (Zendesk, Freshdesk, Persian and
//! Arabic help desks), subscription statuses and billing intervals (Stripe), survey response types
//! (Typeform) and checkout recovery statuses (Shopify). Words are compared in the normal form of
//! `cells::normal_words`; an unknown word is `None`, for the caller to report, never a guess.

use super::normal_words;
use crate::engine::data::{Interval, SubscriptionStatus, TicketState};

const TICKET_STATES: &[(&str, TicketState)] = &[
    ("new", TicketState::Open),
    ("open", TicketState::Open),
    ("in progress", TicketState::Open),
    ("باز", TicketState::Open),
    ("جدید", TicketState::Open),
    ("در حال بررسی", TicketState::Open),
    ("مفتوح", TicketState::Open),
    ("مفتوحة", TicketState::Open),
    ("جدیدة", TicketState::Open),
    ("قید المعالجة", TicketState::Open),
    ("pending", TicketState::Pending),
    ("waiting on customer", TicketState::Pending),
    ("awaiting customer", TicketState::Pending),
    ("answered", TicketState::Pending),
    ("پاسخ داده شده", TicketState::Pending),
    ("در انتظار پاسخ مشتری", TicketState::Pending),
    ("بانتظار العمیل", TicketState::Pending),
    ("hold", TicketState::OnHold),
    ("on hold", TicketState::OnHold),
    ("waiting on third party", TicketState::OnHold),
    ("معلق", TicketState::OnHold),
    ("معلقة", TicketState::OnHold),
    ("solved", TicketState::Resolved),
    ("closed", TicketState::Resolved),
    ("resolved", TicketState::Resolved),
    ("بسته شده", TicketState::Resolved),
    ("حل شده", TicketState::Resolved),
    ("مغلق", TicketState::Resolved),
    ("مغلقة", TicketState::Resolved),
    ("تم الحل", TicketState::Resolved),
];

const SUBSCRIPTION_STATUSES: &[(&str, SubscriptionStatus)] = &[
    ("active", SubscriptionStatus::Active),
    ("trialing", SubscriptionStatus::Trialing),
    ("trial", SubscriptionStatus::Trialing),
    ("past due", SubscriptionStatus::PastDue),
    ("unpaid", SubscriptionStatus::Unpaid),
    ("paused", SubscriptionStatus::Paused),
    ("incomplete", SubscriptionStatus::Incomplete),
    ("incomplete expired", SubscriptionStatus::Incomplete),
    ("canceled", SubscriptionStatus::Canceled),
    ("cancelled", SubscriptionStatus::Canceled),
    ("ended", SubscriptionStatus::Canceled),
    ("فعال", SubscriptionStatus::Active),
    ("لغو شده", SubscriptionStatus::Canceled),
    ("نشط", SubscriptionStatus::Active),
    ("ملغی", SubscriptionStatus::Canceled),
];

const INTERVALS: &[(&str, Interval)] = &[
    ("day", Interval::Day),
    ("daily", Interval::Day),
    ("week", Interval::Week),
    ("weekly", Interval::Week),
    ("month", Interval::Month),
    ("monthly", Interval::Month),
    ("year", Interval::Year),
    ("yearly", Interval::Year),
    ("annual", Interval::Year),
    ("annually", Interval::Year),
    ("ماهانه", Interval::Month),
    ("سالانه", Interval::Year),
    ("شهری", Interval::Month),
    ("سنوی", Interval::Year),
];

fn look_up<T: Copy>(table: &[(&str, T)], cell: &str) -> Option<T> {
    let words = normal_words(cell);
    table
        .iter()
        .find(|(word, _)| *word == words)
        .map(|&(_, value)| value)
}

/// The state a ticket status cell means.
pub(crate) fn ticket_state(cell: &str) -> Option<TicketState> {
    look_up(TICKET_STATES, cell)
}

/// The subscription status a cell means.
pub(crate) fn subscription_status(cell: &str) -> Option<SubscriptionStatus> {
    look_up(SUBSCRIPTION_STATUSES, cell)
}

/// The billing interval a cell means.
pub(crate) fn interval(cell: &str) -> Option<Interval> {
    look_up(INTERVALS, cell)
}

/// Whether a response type cell says completed (`true`) or partial (`false`).
pub(crate) fn is_complete_response(cell: &str) -> Option<bool> {
    look_up(
        &[("completed", true), ("complete", true), ("partial", false)],
        cell,
    )
}

/// Whether a recovery status cell says recovered (`true`) or not (`false`).
pub(crate) fn is_recovered(cell: &str) -> Option<bool> {
    look_up(&[("recovered", true), ("not recovered", false)], cell)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_desk_statuses_in_three_languages() {
        assert_eq!(ticket_state("Closed"), Some(TicketState::Resolved));
        assert_eq!(ticket_state("hold"), Some(TicketState::OnHold));
        // Windows-1256 writes the Arabic yeh.
        assert_eq!(ticket_state("در حال بررسي"), Some(TicketState::Open));
        assert_eq!(ticket_state("بسته شده"), Some(TicketState::Resolved));
        assert_eq!(ticket_state("teleported"), None);
    }

    #[test]
    fn stripe_words() {
        assert_eq!(
            subscription_status("past_due"),
            Some(SubscriptionStatus::PastDue)
        );
        assert_eq!(interval("year"), Some(Interval::Year));
        assert_eq!(is_recovered("not_recovered"), Some(false));
        assert_eq!(is_complete_response("partial"), Some(false));
    }
}
