//! What a file is, from its header: a known vendor layout (Shopify, WooCommerce, Stripe, Typeform,
//! Google Forms, SurveyMonkey, Delighted, Porsline, Zendesk, Freshdesk, HubSpot), each recognised
//! by column names only that export writes together, and otherwise the kind of dataset (DESIGN.md
//! § Datasets) from telling words. Words are tried kind by kind, most specific first: checkout
//! words, then ticket words, subscription words, survey words, and last order words, because a
//! ticket export may carry a satisfaction score and a survey may ask for an order number.

use super::{Role, normalise};

/// The kind of dataset a file holds (DESIGN.md § Datasets and column roles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Orders,
    Responses,
    Tickets,
    Subscriptions,
    Checkouts,
}

impl Kind {
    /// Every kind, in the order of DESIGN.md.
    pub const ALL: [Kind; 5] = [
        Kind::Orders,
        Kind::Responses,
        Kind::Tickets,
        Kind::Subscriptions,
        Kind::Checkouts,
    ];

    /// The kind as the CLI's JSON names it: `orders`, `responses`, `tickets`, `subscriptions`,
    /// `checkouts`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Orders => "orders",
            Kind::Responses => "responses",
            Kind::Tickets => "tickets",
            Kind::Subscriptions => "subscriptions",
            Kind::Checkouts => "checkouts",
        }
    }

    /// The roles a file of this kind uses, in the order the import wizard lists them: required
    /// roles first (DESIGN.md § Datasets and column roles).
    pub fn roles(self) -> &'static [Role] {
        match self {
            Kind::Orders => &[
                Role::Customer,
                Role::OrderDate,
                Role::Amount,
                Role::OrderId,
                Role::Status,
                Role::CancelledAt,
                Role::Segment,
            ],
            Kind::Responses => &[
                Role::Score,
                Role::ResponseDate,
                Role::Customer,
                Role::Comment,
                Role::Segment,
                Role::ResponseType,
                Role::Sentiment,
            ],
            Kind::Tickets => &[
                Role::Customer,
                Role::Created,
                Role::Solved,
                Role::Status,
                Role::Replies,
                Role::CustomerReplies,
                Role::Reopens,
                Role::Satisfaction,
                Role::FirstResponse,
                Role::ResolutionTime,
                Role::Tags,
            ],
            Kind::Subscriptions => &[
                Role::Customer,
                Role::Start,
                Role::End,
                Role::CancelledAt,
                Role::Status,
                Role::Amount,
                Role::Quantity,
                Role::Interval,
                Role::Plan,
            ],
            Kind::Checkouts => &[
                Role::CheckoutId,
                Role::Customer,
                Role::Created,
                Role::Completed,
                Role::RecoveryStatus,
                Role::Amount,
            ],
        }
    }
}

/// The layout name of a Shopify admin orders export.
pub const SHOPIFY_ORDERS: &str = "Shopify orders export";
/// The layout name of a Shopify abandoned checkouts export.
pub const SHOPIFY_CHECKOUTS: &str = "Shopify abandoned checkouts export";
/// The layout name of a WooCommerce order export.
pub const WOOCOMMERCE_ORDERS: &str = "WooCommerce orders export";
/// The layout name of a Stripe Dashboard payments export.
pub const STRIPE_PAYMENTS: &str = "Stripe payments export";
/// The layout name of a Stripe Dashboard subscriptions export.
pub const STRIPE_SUBSCRIPTIONS: &str = "Stripe subscriptions export";
/// The layout name of a Typeform responses download.
pub const TYPEFORM: &str = "Typeform responses";
/// The layout name of a Google Forms responses sheet.
pub const GOOGLE_FORMS: &str = "Google Forms responses";
/// The layout name of a SurveyMonkey "All responses" export.
pub const SURVEYMONKEY: &str = "SurveyMonkey responses";
/// The layout name of a Delighted responses export.
pub const DELIGHTED: &str = "Delighted responses export";
/// The layout name of a Porsline results table.
pub const PORSLINE: &str = "Porsline results";
/// The layout name of a Zendesk tickets export.
pub const ZENDESK: &str = "Zendesk tickets export";
/// The layout name of a Freshdesk tickets export.
pub const FRESHDESK: &str = "Freshdesk tickets export";
/// The layout name of a HubSpot tickets export.
pub const HUBSPOT_TICKETS: &str = "HubSpot tickets export";

/// A vendor layout: its name, its kind, the first column it always starts with (if any) and
/// columns it always has.
struct Layout {
    name: &'static str,
    kind: Kind,
    first: Option<&'static str>,
    marks: &'static [&'static str],
}

const LAYOUTS: &[Layout] = &[
    Layout {
        name: SHOPIFY_ORDERS,
        kind: Kind::Orders,
        first: None,
        marks: &[
            "name",
            "email",
            "financial status",
            "created at",
            "lineitem name",
        ],
    },
    Layout {
        name: SHOPIFY_CHECKOUTS,
        kind: Kind::Checkouts,
        first: None,
        marks: &["email", "created at", "abandoned checkout url"],
    },
    Layout {
        name: WOOCOMMERCE_ORDERS,
        kind: Kind::Orders,
        first: None,
        marks: &["order number", "order status", "email (billing)"],
    },
    Layout {
        name: STRIPE_SUBSCRIPTIONS,
        kind: Kind::Subscriptions,
        first: None,
        marks: &["customer id", "plan", "interval", "status"],
    },
    Layout {
        name: STRIPE_PAYMENTS,
        kind: Kind::Orders,
        first: None,
        marks: &["customer id", "amount refunded", "seller message"],
    },
    Layout {
        name: TYPEFORM,
        kind: Kind::Responses,
        first: Some("#"),
        marks: &["response type", "network id"],
    },
    Layout {
        name: SURVEYMONKEY,
        kind: Kind::Responses,
        first: None,
        marks: &["respondent id", "collector id"],
    },
    Layout {
        name: DELIGHTED,
        kind: Kind::Responses,
        first: None,
        marks: &["response id", "score", "response timestamp"],
    },
    Layout {
        name: GOOGLE_FORMS,
        kind: Kind::Responses,
        first: Some("timestamp"),
        marks: &[],
    },
    Layout {
        name: GOOGLE_FORMS,
        kind: Kind::Responses,
        first: Some("الطابع الزمنی"),
        marks: &[],
    },
    Layout {
        name: PORSLINE,
        kind: Kind::Responses,
        first: Some("ردیف"),
        marks: &["زمان ثبت"],
    },
    Layout {
        name: ZENDESK,
        kind: Kind::Tickets,
        first: None,
        marks: &["requester", "subject", "status", "solved at"],
    },
    Layout {
        name: FRESHDESK,
        kind: Kind::Tickets,
        first: None,
        marks: &["ticket id", "subject", "agent interactions"],
    },
    Layout {
        name: HUBSPOT_TICKETS,
        kind: Kind::Tickets,
        first: None,
        marks: &["ticket id", "ticket name", "pipeline"],
    },
];

/// Words that say a file is about abandoned checkouts.
const CHECKOUT_WORDS: &[&str] = &[
    "abandoned",
    "checkout",
    "recovery status",
    "سبد رها",
    "متروکة",
];
/// Words that say tickets (Persian تیکت, Arabic تذکرة in normal form).
const TICKET_WORDS: &[&str] = &[
    "ticket",
    "تیکت",
    "تذکرة",
    "تذکره",
    "requester",
    "assignee",
    "solved at",
    "first reply",
];
const SUBSCRIPTION_WORDS: &[&str] = &[
    "subscription",
    "اشتراک",
    "interval",
    "current period",
    "cancel at period end",
    "trial end",
    "billing cycle",
    "mrr",
];
/// Whole column names that say subscriptions (as words they would be too common).
const SUBSCRIPTION_NAMES: &[&str] = &["plan", "plan name", "billing interval", "طرح اشتراک"];
/// Survey words: score and NPS/CSAT/CES questions in English, Persian and Arabic.
const RESPONSE_WORDS: &[&str] = &[
    "nps",
    "score",
    "recommend",
    "satisf",
    "csat",
    "effort",
    "survey",
    "respondent",
    "feedback",
    "how likely",
    "توصی",
    "رضاک",
    "رضایت",
    "راضی",
    "پیشنهاد",
    "امتیاز",
    "نظرسنجی",
    "استبیان",
    "تقییم",
];
const ORDER_WORDS: &[&str] = &[
    "order",
    "lineitem",
    "total",
    "amount",
    "purchase",
    "invoice",
    "payment",
    "سفارش",
    "الطلب",
    "مبلغ",
    "فاکتور",
];

/// The known export layout `header` belongs to, e.g. `Some("Shopify orders export")`.
pub(crate) fn layout(header: &[String]) -> Option<&'static str> {
    find_layout(&normalised(header)).map(|layout| layout.name)
}

/// The kind of dataset `header` belongs to: its layout's, else the first kind whose words a
/// column name contains; `None` when no name tells.
pub(crate) fn kind(header: &[String]) -> Option<Kind> {
    let names = normalised(header);
    if let Some(layout) = find_layout(&names) {
        return Some(layout.kind);
    }
    let is_named =
        |candidates: &[&str]| names.iter().any(|name| candidates.contains(&name.as_str()));
    let says = |words: &[&str]| {
        names
            .iter()
            .any(|name| words.iter().any(|word| name.contains(word)))
    };
    [
        (says(CHECKOUT_WORDS), Kind::Checkouts),
        (says(TICKET_WORDS), Kind::Tickets),
        (
            says(SUBSCRIPTION_WORDS) || is_named(SUBSCRIPTION_NAMES),
            Kind::Subscriptions,
        ),
        (says(RESPONSE_WORDS), Kind::Responses),
        (says(ORDER_WORDS), Kind::Orders),
    ]
    .into_iter()
    .find_map(|(is_said, kind)| is_said.then_some(kind))
}

/// Whether `cells`, the record after a SurveyMonkey header, is its second header row: empty under
/// the metadata columns, `Response` / `Open-Ended Response` (or `Other (please specify)`) under
/// the questions.
pub(crate) fn is_second_header(layout: Option<&'static str>, cells: &[String]) -> bool {
    const WORDS: &[&str] = &["response", "open-ended response", "other (please specify)"];
    layout == Some(SURVEYMONKEY)
        && cells.iter().any(|cell| !cell.trim().is_empty())
        && cells.iter().all(|cell| {
            let cell = normalise(cell);
            cell.is_empty() || WORDS.contains(&cell.as_str())
        })
}

fn normalised(header: &[String]) -> Vec<String> {
    header.iter().map(|name| normalise(name)).collect()
}

fn find_layout(names: &[String]) -> Option<&'static Layout> {
    LAYOUTS.iter().find(|layout| {
        let first_fits = layout
            .first
            .is_none_or(|first| names.first().is_some_and(|name| name == first));
        let has = |mark: &&str| names.iter().any(|name| name == mark);
        first_fits && layout.marks.iter().all(has)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &str) -> Vec<String> {
        names.split(',').map(str::to_owned).collect()
    }

    fn kind_of(names: &str) -> Option<Kind> {
        kind(&header(names))
    }

    #[test]
    fn vendor_layouts_are_named_with_their_kind() {
        let stripe = "id,Customer ID,Plan,Interval,Amount,Status,Canceled At (UTC)";
        assert_eq!(layout(&header(stripe)), Some(STRIPE_SUBSCRIPTIONS));
        assert_eq!(kind_of(stripe), Some(Kind::Subscriptions));
        let forms = "Timestamp,Email Address,Overall how happy are you?";
        assert_eq!(layout(&header(forms)), Some(GOOGLE_FORMS));
        // A timestamp elsewhere than first is no Google Form.
        assert_eq!(layout(&header("Email,Timestamp,Total")), None);
    }

    #[test]
    fn telling_words_give_the_kind() {
        assert_eq!(
            kind_of("order_id,email,order_date,amount"),
            Some(Kind::Orders)
        );
        assert_eq!(kind_of("email,date,NPS score"), Some(Kind::Responses));
        assert_eq!(kind_of("email,created,ticket subject"), Some(Kind::Tickets));
        assert_eq!(
            kind_of("email,Subscription start"),
            Some(Kind::Subscriptions)
        );
        assert_eq!(kind_of("Cart id,Checkout URL,email"), Some(Kind::Checkouts));
        assert_eq!(kind_of("شماره تیکت,تاریخ ایجاد"), Some(Kind::Tickets));
        // Windows-1256 writes the Arabic yeh: تيکت.
        assert_eq!(kind_of("شماره تيکت,تاريخ ايجاد"), Some(Kind::Tickets));
        assert_eq!(kind_of("a,b,c"), None);
    }

    #[test]
    fn a_ticket_with_a_satisfaction_score_is_a_ticket() {
        let names = "Ticket ID,Subject,Status,Satisfaction score,Email";
        assert_eq!(kind_of(names), Some(Kind::Tickets));
    }

    #[test]
    fn a_survey_that_asks_for_the_order_value_is_a_survey() {
        let names = "الطابع الزمني,ما مدى احتمال أن توصي بمتجرنا؟,قيمة الطلب (د.إ)";
        assert_eq!(kind_of(names), Some(Kind::Responses));
        assert_eq!(
            kind_of("Email,How likely are you to recommend us?,order_number"),
            Some(Kind::Responses)
        );
    }

    #[test]
    fn surveymonkeys_second_header_row_is_recognised() {
        let second = header(",,Response,Open-Ended Response");
        assert!(is_second_header(Some(SURVEYMONKEY), &second));
        assert!(!is_second_header(None, &second));
        assert!(!is_second_header(
            Some(SURVEYMONKEY),
            &header("1,2,Response,x")
        ));
        assert!(!is_second_header(Some(SURVEYMONKEY), &header(",,")));
    }

    #[test]
    fn every_role_belongs_to_a_kind_and_orders_list_their_roles_first() {
        for role in Role::ALL {
            assert!(
                Kind::ALL.iter().any(|kind| kind.roles().contains(&role)),
                "{role:?}"
            );
        }
        assert_eq!(Kind::Orders.roles(), Role::ALL.get(..7).unwrap());
    }

    #[test]
    fn kind_names_are_the_json_names() {
        let names: Vec<&str> = Kind::ALL.into_iter().map(Kind::name).collect();
        assert_eq!(
            names,
            [
                "orders",
                "responses",
                "tickets",
                "subscriptions",
                "checkouts"
            ]
        );
    }
}
