//! The support tickets table: one entry per ticket, with how it was handled (state, times,
//! contacts, satisfaction, tags). Durations are whole seconds, read from the help desk's own
//! columns (Zendesk minutes, Freshdesk `HH:MM:SS` hours); moments are as written in the file
//! (`Timestamp`, no time zone applied).

use super::{CustomerId, CustomerIds, Labels, Timestamp};

/// Where a ticket stands, whatever the help desk calls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TicketState {
    /// New or being worked on (Zendesk new/open, `باز`, `در حال بررسی`).
    Open,
    /// Waiting for the customer (Zendesk pending, `پاسخ داده شده` answered).
    Pending,
    /// Waiting for a third party (Zendesk hold).
    OnHold,
    /// Solved or closed: the ticket counts as resolved.
    Resolved,
}

/// Tickets as columns of equal length; entry `i` of each column is ticket `i`, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tickets {
    pub customer: Vec<CustomerId>,
    /// When the ticket was opened, on the help desk's clock (`Timestamp::day` is its date).
    pub created: Vec<Timestamp>,
    /// When it was solved or closed, when the file says.
    pub solved: Vec<Option<Timestamp>>,
    /// The state the status text means; `None` without a status column or for an empty cell.
    pub state: Vec<Option<TicketState>>,
    /// The status as written (`closed`, `بسته شده` …), for counts the user recognises.
    pub status: Labels,
    /// Agent replies or messages exchanged (Zendesk `Replies`, Freshdesk `Agent interactions`).
    pub replies: Vec<Option<u32>>,
    /// Customer messages (Freshdesk `Customer interactions`).
    pub customer_replies: Vec<Option<u32>>,
    pub reopens: Vec<Option<u32>>,
    /// The satisfaction answer as written (`Good`, `Not Offered`, `Awesome`, `4` …).
    pub satisfaction: Labels,
    /// The satisfaction answer as a score, when it is one (a 1–5 rating).
    pub satisfaction_score: Vec<Option<u8>>,
    /// Time to the first agent reply, in seconds.
    pub first_response_seconds: Vec<Option<u32>>,
    /// Time from creation to resolution, in seconds.
    pub resolution_seconds: Vec<Option<u32>>,
    /// Tags as written, split on commas (or spaces when there is no comma).
    pub tags: Vec<Vec<String>>,
    pub customers: CustomerIds,
}

impl Tickets {
    /// Number of tickets.
    pub fn len(&self) -> usize {
        self.created.len()
    }

    /// Whether there are no tickets.
    pub fn is_empty(&self) -> bool {
        self.created.is_empty()
    }

    /// Whether ticket `i` is solved or closed.
    pub fn is_resolved(&self, i: usize) -> bool {
        self.state.get(i).copied().flatten() == Some(TicketState::Resolved)
    }
}
