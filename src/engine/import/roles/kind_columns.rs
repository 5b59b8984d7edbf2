//! Roles of the files that are not orders — survey responses, tickets, subscriptions, checkouts —
//! from their headers, and the columns each importer reads. Detection follows `roles::detect`:
//! role by role in each kind's order, exact names before names without a `(unit)` before
//! keywords, a column playing one role at most. A survey's score columns are found last: every
//! column left whose name is a score name or asks for one ("How likely are you to recommend …",
//! "از … چقدر راضی بودید؟"), unless it asks for words ("What's the main reason for your score?").

use super::names::*;
use super::{DELIGHTED, Kind, Role, find, key_style, normalise, without_unit};
use crate::engine::data::Measure;
use crate::engine::import::cells::{DurationUnit, KeyStyle};
use crate::engine::import::issue::ImportError;

/// The searches for one role: candidate names, then keywords.
type Search = (Role, &'static [&'static str], &'static [&'static str]);

const RESPONSES: &[Search] = &[
    (Role::Customer, CUSTOMER, CUSTOMER_KEYWORDS),
    (Role::ResponseDate, RESPONSE_DATE, RESPONSE_DATE_KEYWORDS),
    (Role::ResponseType, RESPONSE_TYPE, &[]),
    (Role::Sentiment, SENTIMENT, &[]),
    (Role::Comment, COMMENT, COMMENT_KEYWORDS),
    (Role::Segment, SEGMENT, &[]),
];
const TICKETS: &[Search] = &[
    (Role::Customer, TICKET_CUSTOMER, &[]),
    (Role::Customer, CUSTOMER, CUSTOMER_KEYWORDS),
    (Role::Created, CREATED, CREATED_KEYWORDS),
    (Role::Solved, SOLVED, &[]),
    (Role::Status, TICKET_STATUS, &[]),
    (Role::Replies, REPLIES, &[]),
    (Role::CustomerReplies, CUSTOMER_REPLIES, &[]),
    (Role::Reopens, REOPENS, &[]),
    (Role::Satisfaction, SATISFACTION, &[]),
    (Role::FirstResponse, FIRST_RESPONSE, &[]),
    (Role::ResolutionTime, RESOLUTION_TIME, &[]),
    (Role::Tags, TAGS, &[]),
];
const SUBSCRIPTIONS: &[Search] = &[
    (Role::Customer, CUSTOMER, CUSTOMER_KEYWORDS),
    (Role::Start, START, START_KEYWORDS),
    (Role::End, END, &[]),
    (Role::CancelledAt, CANCELLED_AT, &[]),
    (Role::Status, TICKET_STATUS, &[]),
    (Role::Amount, AMOUNT, AMOUNT_KEYWORDS),
    (Role::Quantity, QUANTITY, &[]),
    (Role::Interval, INTERVAL, &[]),
    (Role::Plan, PLAN, &[]),
];
const CHECKOUTS: &[Search] = &[
    (Role::CheckoutId, CHECKOUT_ID, &[]),
    (Role::Customer, CUSTOMER, CUSTOMER_KEYWORDS),
    (Role::Created, CHECKOUT_CREATED, CREATED_KEYWORDS),
    (Role::Completed, COMPLETED, &[]),
    (Role::RecoveryStatus, RECOVERY_STATUS, &[]),
    (Role::Amount, AMOUNT, AMOUNT_KEYWORDS),
];

/// The role of each column of `header`, a file of `kind` other than orders.
pub(super) fn detect(kind: Kind, header: &[String]) -> Vec<Option<Role>> {
    let names: Vec<String> = header.iter().map(|name| normalise(name)).collect();
    let mut roles = vec![None; header.len()];
    let searches = match kind {
        Kind::Orders => &[],
        Kind::Responses => RESPONSES,
        Kind::Tickets => TICKETS,
        Kind::Subscriptions => SUBSCRIPTIONS,
        Kind::Checkouts => CHECKOUTS,
    };
    for &(role, candidates, keywords) in searches {
        if roles.contains(&Some(role)) {
            continue;
        }
        if let Some(slot) =
            find(&names, &roles, candidates, keywords).and_then(|i| roles.get_mut(i))
        {
            *slot = Some(role);
        }
    }
    if kind == Kind::Responses {
        for (name, slot) in names.iter().zip(roles.iter_mut()) {
            if slot.is_none() && asks_for_a_score(name) {
                *slot = Some(Role::Score);
            }
        }
    }
    roles
}

fn asks_for_a_score(name: &str) -> bool {
    let says = |words: &[&str]| words.iter().any(|word| name.contains(word));
    SCORE.contains(&without_unit(name)) || (says(SCORE_KEYWORDS) && !says(COMMENT_KEYWORDS))
}

/// What a score column measures, from its question; a Delighted `Score` is NPS.
fn measure(name: &str, layout: Option<&'static str>) -> Measure {
    let says = |words: &[&str]| words.iter().any(|word| name.contains(word));
    if says(NPS_WORDS) || (layout == Some(DELIGHTED) && name == "score") {
        Measure::Nps
    } else if says(CES_WORDS) {
        Measure::Ces
    } else if says(CSAT_WORDS) {
        Measure::Csat
    } else {
        Measure::Rating
    }
}

/// Finds the columns of roles in a header.
struct Columns<'h> {
    header: &'h [String],
    roles: &'h [Option<Role>],
}

impl Columns<'_> {
    /// The first column playing `role`.
    fn get(&self, role: Role) -> Option<usize> {
        self.roles.iter().position(|r| *r == Some(role))
    }

    fn required(&self, role: Role) -> Result<usize, ImportError> {
        self.get(role).ok_or_else(|| ImportError::MissingRole {
            role,
            header: self.header.to_vec(),
        })
    }

    fn name(&self, idx: usize) -> String {
        self.header
            .get(idx)
            .map(|name| normalise(name))
            .unwrap_or_default()
    }

    fn customer(&self) -> Option<(usize, KeyStyle)> {
        let idx = self.get(Role::Customer)?;
        Some((idx, key_style(&self.name(idx))))
    }

    fn duration(&self, role: Role) -> Option<(usize, DurationUnit)> {
        let idx = self.get(role)?;
        let name = self.name(idx);
        let unit = if MINUTE_WORDS.iter().any(|word| name.contains(word)) {
            DurationUnit::Minutes
        } else {
            DurationUnit::Hours
        };
        Some((idx, unit))
    }
}

/// The columns of a survey responses file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ResponseColumns {
    pub customer: Option<(usize, KeyStyle)>,
    pub date: Option<usize>,
    pub response_type: Option<usize>,
    pub comment: Option<usize>,
    pub segment: Option<usize>,
    pub sentiment: Option<usize>,
    /// Every score column, with what its question measures; at least one.
    pub scores: Vec<(usize, Measure)>,
}

/// The columns of a responses file whose roles are `roles`; an error when no column is a score.
pub(crate) fn response_columns(
    header: &[String],
    layout: Option<&'static str>,
    roles: &[Option<Role>],
) -> Result<ResponseColumns, ImportError> {
    let columns = Columns { header, roles };
    columns.required(Role::Score)?;
    let scores = roles
        .iter()
        .enumerate()
        .filter(|(_, role)| **role == Some(Role::Score))
        .map(|(idx, _)| (idx, measure(&columns.name(idx), layout)))
        .collect();
    Ok(ResponseColumns {
        customer: columns.customer(),
        date: columns.get(Role::ResponseDate),
        response_type: columns.get(Role::ResponseType),
        comment: columns.get(Role::Comment),
        segment: columns.get(Role::Segment),
        sentiment: columns.get(Role::Sentiment),
        scores,
    })
}

/// The columns of a tickets file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TicketColumns {
    pub customer: (usize, KeyStyle),
    pub created: usize,
    pub solved: Option<usize>,
    pub status: Option<usize>,
    pub replies: Option<usize>,
    pub customer_replies: Option<usize>,
    pub reopens: Option<usize>,
    pub satisfaction: Option<usize>,
    pub first_response: Option<(usize, DurationUnit)>,
    pub resolution: Option<(usize, DurationUnit)>,
    pub tags: Option<usize>,
}

/// The columns of a tickets file whose roles are `roles`; customer and created are required.
pub(crate) fn ticket_columns(
    header: &[String],
    roles: &[Option<Role>],
) -> Result<TicketColumns, ImportError> {
    let columns = Columns { header, roles };
    let customer = columns.required(Role::Customer)?;
    Ok(TicketColumns {
        customer: (customer, key_style(&columns.name(customer))),
        created: columns.required(Role::Created)?,
        solved: columns.get(Role::Solved),
        status: columns.get(Role::Status),
        replies: columns.get(Role::Replies),
        customer_replies: columns.get(Role::CustomerReplies),
        reopens: columns.get(Role::Reopens),
        satisfaction: columns.get(Role::Satisfaction),
        first_response: columns.duration(Role::FirstResponse),
        resolution: columns.duration(Role::ResolutionTime),
        tags: columns.get(Role::Tags),
    })
}

/// The columns of a subscriptions file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SubscriptionColumns {
    pub customer: (usize, KeyStyle),
    pub start: usize,
    pub end: Option<usize>,
    pub cancelled_at: Option<usize>,
    pub status: Option<usize>,
    pub amount: Option<usize>,
    pub quantity: Option<usize>,
    pub interval: Option<usize>,
    pub plan: Option<usize>,
}

/// The columns of a subscriptions file whose roles are `roles`; customer and start are required.
pub(crate) fn subscription_columns(
    header: &[String],
    roles: &[Option<Role>],
) -> Result<SubscriptionColumns, ImportError> {
    let columns = Columns { header, roles };
    let customer = columns.required(Role::Customer)?;
    Ok(SubscriptionColumns {
        customer: (customer, key_style(&columns.name(customer))),
        start: columns.required(Role::Start)?,
        end: columns.get(Role::End),
        cancelled_at: columns.get(Role::CancelledAt),
        status: columns.get(Role::Status),
        amount: columns.get(Role::Amount),
        quantity: columns.get(Role::Quantity),
        interval: columns.get(Role::Interval),
        plan: columns.get(Role::Plan),
    })
}

/// The columns of a checkouts file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CheckoutColumns {
    pub id: Option<usize>,
    pub customer: Option<(usize, KeyStyle)>,
    pub created: usize,
    pub completed: Option<usize>,
    pub recovery_status: Option<usize>,
    pub amount: Option<usize>,
}

/// The columns of a checkouts file whose roles are `roles`: created, and a checkout id or a
/// customer, are required.
pub(crate) fn checkout_columns(
    header: &[String],
    roles: &[Option<Role>],
) -> Result<CheckoutColumns, ImportError> {
    let columns = Columns { header, roles };
    let id = columns.get(Role::CheckoutId);
    let customer = columns.customer();
    if id.is_none() && customer.is_none() {
        columns.required(Role::CheckoutId)?;
    }
    Ok(CheckoutColumns {
        id,
        customer,
        created: columns.required(Role::Created)?,
        completed: columns.get(Role::Completed),
        recovery_status: columns.get(Role::RecoveryStatus),
        amount: columns.get(Role::Amount),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &str) -> Vec<String> {
        names.split(',').map(str::to_owned).collect()
    }

    /// The role of each column of `names` in a file of `kind`, as role names.
    fn roles_of(kind: Kind, names: &str) -> Vec<Option<&'static str>> {
        let roles = detect(kind, &header(names));
        roles.into_iter().map(|r| r.map(Role::name)).collect()
    }

    #[test]
    fn a_comment_that_mentions_the_score_is_no_score() {
        let names = "How likely are you to recommend us?,What's the main reason for your score?,\
                     How easy was it?,email,order_number";
        assert_eq!(
            roles_of(Kind::Responses, names),
            [
                Some("score"),
                Some("comment"),
                Some("score"),
                Some("customer"),
                None
            ]
        );
        let header = header(names);
        let roles = detect(Kind::Responses, &header);
        let columns = response_columns(&header, None, &roles).unwrap();
        assert_eq!(columns.scores, [(0, Measure::Nps), (2, Measure::Ces)]);
    }

    #[test]
    fn arabic_and_persian_ticket_headers_are_found() {
        assert_eq!(
            roles_of(
                Kind::Tickets,
                "رقم التذكرة,البريد الإلكتروني,تاريخ الإنشاء,الحالة,عدد الرسائل"
            ),
            [
                None,
                Some("customer"),
                Some("created"),
                Some("status"),
                Some("replies")
            ]
        );
        let persian = header("شماره تیکت,شماره موبایل,تاریخ ایجاد,تاریخ بسته شدن");
        let columns = ticket_columns(&persian, &detect(Kind::Tickets, &persian)).unwrap();
        assert_eq!(columns.customer, (1, KeyStyle::Mobile));
        assert_eq!((columns.created, columns.solved), (2, Some(3)));
    }

    #[test]
    fn duration_units_come_from_the_column_name() {
        let names = header("Email,Created at,First reply time in minutes,Resolution time (in hrs)");
        let columns = ticket_columns(&names, &detect(Kind::Tickets, &names)).unwrap();
        assert_eq!(columns.first_response, Some((2, DurationUnit::Minutes)));
        assert_eq!(columns.resolution, Some((3, DurationUnit::Hours)));
    }

    #[test]
    fn required_roles_are_named_when_missing() {
        let names = header("Email,Status");
        let err = ticket_columns(&names, &detect(Kind::Tickets, &names)).unwrap_err();
        assert!(matches!(
            err,
            ImportError::MissingRole {
                role: Role::Created,
                ..
            }
        ));
        let names = header("Created at,Total");
        let err = checkout_columns(&names, &detect(Kind::Checkouts, &names)).unwrap_err();
        assert!(matches!(
            err,
            ImportError::MissingRole {
                role: Role::CheckoutId,
                ..
            }
        ));
        let names = header("email,comment");
        let err = response_columns(&names, None, &detect(Kind::Responses, &names)).unwrap_err();
        assert!(matches!(
            err,
            ImportError::MissingRole {
                role: Role::Score,
                ..
            }
        ));
    }
}
