//! Which column plays which role, from the header alone. This is the only place header names are
//! matched (the roles are in `roles/role.rs`, the names themselves in `roles/names.rs`, vendor
//! layouts and dataset kinds in `roles/kinds.rs`, the columns of kinds other than orders in
//! `roles/kind_columns.rs`). Names are normalised (trimmed, lower-cased, `_` read as a space, spaces
//! collapsed, Arabic ي/ك read as Persian ی/ک) and then matched in three tiers: exact name, name
//! without a trailing `(unit)` such as `(تومان)` or `(UTC)`, and — for customer, dates, amount
//! and a survey's comment only — a keyword inside the name. Within a tier the earlier candidate of a role's list wins,
//! then the leftmost column; a column plays one role at most. The user may give every column's
//! role instead (`ImportOptions::roles`); the same checks then apply to their choice.

mod kind_columns;
mod kinds;
mod names;
mod role;

pub(crate) use kind_columns::{
    checkout_columns, response_columns, subscription_columns, ticket_columns,
};

pub use kinds::{
    DELIGHTED, FRESHDESK, GOOGLE_FORMS, HUBSPOT_TICKETS, Kind, PORSLINE, SHOPIFY_CHECKOUTS,
    SHOPIFY_ORDERS, STRIPE_PAYMENTS, STRIPE_SUBSCRIPTIONS, SURVEYMONKEY, TYPEFORM,
    WOOCOMMERCE_ORDERS, ZENDESK,
};
pub(crate) use kinds::{is_second_header, kind, layout};
pub use role::Role;

use super::cells::{KeyStyle, StatusKind};
use super::issue::ImportError;
use names::*;

/// The columns of an orders file, by index into the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OrderColumns {
    pub customer: usize,
    /// How the customer column's cells become keys: e-mails and ids, or mobile numbers.
    pub key_style: KeyStyle,
    pub date: usize,
    pub amount: Option<usize>,
    pub order_id: Option<usize>,
    pub status: Option<(usize, StatusKind)>,
    pub cancelled_at: Option<usize>,
    /// The column orders are broken down by (channel, city, category).
    pub segment: Option<usize>,
}

/// The role of each column of `header` as detected from its name (`None` = no role).
pub(crate) fn detect(header: &[String], layout: Option<&'static str>) -> Vec<Option<Role>> {
    let names: Vec<String> = header.iter().map(|name| normalise(name)).collect();
    let mut roles = vec![None; header.len()];
    let order_ids = if layout == Some(SHOPIFY_ORDERS) {
        SHOPIFY_ORDER_ID
    } else {
        ORDER_ID
    };
    let searches: [(Role, &[&str], &[&str]); 8] = [
        (Role::Customer, CUSTOMER, CUSTOMER_KEYWORDS),
        (Role::OrderDate, DATE, DATE_KEYWORDS),
        (Role::Amount, AMOUNT, AMOUNT_KEYWORDS),
        (Role::OrderId, order_ids, &[]),
        (Role::Status, PAYMENT_STATUS, &[]),
        (Role::Status, ORDER_STATUS, &[]),
        (Role::CancelledAt, CANCELLED_AT, &[]),
        (Role::Segment, ORDER_SEGMENT, &[]),
    ];
    for (role, candidates, keywords) in searches {
        if roles.contains(&Some(role)) {
            continue;
        }
        if let Some(slot) =
            find(&names, &roles, candidates, keywords).and_then(|i| roles.get_mut(i))
        {
            *slot = Some(role);
        }
    }
    roles
}

/// The order columns of `header` whose roles are `roles` (one per column; missing ones are no
/// role). The first column of a role plays it; an error names the first required role no column
/// plays.
pub(crate) fn order_columns(
    header: &[String],
    layout: Option<&'static str>,
    roles: &[Option<Role>],
) -> Result<OrderColumns, ImportError> {
    let column = |role| roles.iter().position(|r| *r == Some(role));
    let missing = |role| ImportError::MissingRole {
        role,
        header: header.to_vec(),
    };
    let customer = column(Role::Customer).ok_or_else(|| missing(Role::Customer))?;
    let date = column(Role::OrderDate).ok_or_else(|| missing(Role::OrderDate))?;
    let name = |idx: usize| {
        header
            .get(idx)
            .map(|name| normalise(name))
            .unwrap_or_default()
    };
    let key_style = key_style(&name(customer));
    let status = column(Role::Status).map(|idx| {
        let is_payment =
            layout == Some(STRIPE_PAYMENTS) || PAYMENT_STATUS.contains(&name(idx).as_str());
        let kind = if is_payment {
            StatusKind::Payment
        } else {
            StatusKind::Order
        };
        (idx, kind)
    });
    Ok(OrderColumns {
        customer,
        key_style,
        date,
        amount: column(Role::Amount),
        order_id: column(Role::OrderId),
        status,
        cancelled_at: column(Role::CancelledAt),
        segment: column(Role::Segment),
    })
}

/// How the cells of a customer column named `name` (normalised) become keys: a phone column's as
/// mobile numbers.
fn key_style(name: &str) -> KeyStyle {
    if PHONE_KEYWORDS.iter().any(|word| name.contains(word)) {
        KeyStyle::Mobile
    } else {
        KeyStyle::Text
    }
}

/// The role of each column of `header` as detected from its name, for a file of `kind`: orders
/// (and files of unknown kind) as `detect` finds them, the other kinds with their own roles.
pub(crate) fn detect_for(
    kind: Option<Kind>,
    header: &[String],
    layout: Option<&'static str>,
) -> Vec<Option<Role>> {
    match kind {
        None | Some(Kind::Orders) => detect(header, layout),
        Some(kind) => kind_columns::detect(kind, header),
    }
}

/// Columns whose normalised name already appeared further left: (column, first column) indices.
pub(crate) fn duplicate_columns(header: &[String]) -> Vec<(usize, usize)> {
    let names: Vec<String> = header.iter().map(|name| normalise(name)).collect();
    names
        .iter()
        .enumerate()
        .filter(|(_, name)| !name.is_empty())
        .filter_map(|(idx, name)| {
            let first = names.iter().position(|other| other == name)?;
            (first < idx).then_some((idx, first))
        })
        .collect()
}

/// The first column without a role yet for a role: exact candidates, then candidates without a
/// trailing `(unit)`, then keywords contained in the name.
fn find(
    names: &[String],
    taken: &[Option<Role>],
    candidates: &[&str],
    keywords: &[&str],
) -> Option<usize> {
    let exact = |name: &str, candidate: &str| name == candidate;
    let unit_less = |name: &str, candidate: &str| without_unit(name) == candidate;
    let keyword = |name: &str, keyword: &str| name.contains(keyword);
    first_match(names, taken, candidates, exact)
        .or_else(|| first_match(names, taken, candidates, unit_less))
        .or_else(|| first_match(names, taken, keywords, keyword))
}

fn first_match(
    names: &[String],
    taken: &[Option<Role>],
    candidates: &[&str],
    hit: impl Fn(&str, &str) -> bool,
) -> Option<usize> {
    let is_free = |idx: usize| taken.get(idx).is_none_or(Option::is_none);
    candidates.iter().find_map(|candidate| {
        (0..names.len())
            .find(|&idx| is_free(idx) && names.get(idx).is_some_and(|n| hit(n, candidate)))
    })
}

/// `name` without a trailing parenthesised part: `مبلغ کل (تومان)` → `مبلغ کل`.
fn without_unit(name: &str) -> &str {
    match name.strip_suffix(')').and_then(|rest| rest.rfind('(')) {
        Some(open) => name.get(..open).unwrap_or(name).trim_end(),
        None => name,
    }
}

/// A header name in the form candidates are written in.
fn normalise(name: &str) -> String {
    let mapped = name.chars().map(|c| match c {
        '_' | '\u{200C}' | '\u{00A0}' => ' ',
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        other => other,
    });
    let lower: String = mapped
        .flat_map(char::to_lowercase)
        .filter(|&c| c != '\u{FEFF}')
        .collect();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &str) -> Vec<String> {
        names.split(',').map(str::to_owned).collect()
    }

    fn columns(names: &str) -> Result<OrderColumns, ImportError> {
        let header = header(names);
        let layout = layout(&header);
        order_columns(&header, layout, &detect(&header, layout))
    }

    #[test]
    fn generic_names_are_found_in_any_case_and_spelling() {
        let found = columns("Order_ID, Customer  Email ,ORDER_DATE,Amount").unwrap();
        assert_eq!(
            (found.customer, found.date, found.amount, found.order_id),
            (1, 2, Some(3), Some(0))
        );
        assert_eq!((found.status, found.cancelled_at), (None, None));
    }

    #[test]
    fn shopify_is_recognised_and_its_name_column_is_the_order_id() {
        let names =
            "Name,Email,Financial Status,Paid at,Total,Created at,Lineitem name,Cancelled at,Id";
        assert_eq!(layout(&header(names)), Some(SHOPIFY_ORDERS));
        let found = columns(names).unwrap();
        assert_eq!((found.customer, found.date, found.amount), (1, 5, Some(4)));
        assert_eq!(found.order_id, Some(0));
        assert_eq!(found.status, Some((2, StatusKind::Payment)));
        assert_eq!(found.cancelled_at, Some(7));
    }

    #[test]
    fn a_name_column_elsewhere_is_a_person_not_an_order() {
        assert_eq!(columns("Name,Email,Date,Total").unwrap().order_id, None);
    }

    #[test]
    fn woocommerce_is_recognised() {
        let names = "Order Number,Order Status,Order Date,Customer User Id,Email (Billing),\
                     Order Total Amount,Delivery Date";
        assert_eq!(layout(&header(names)), Some(WOOCOMMERCE_ORDERS));
        let found = columns(names).unwrap();
        assert_eq!((found.customer, found.date, found.amount), (4, 2, Some(5)));
        assert_eq!(found.status, Some((1, StatusKind::Order)));
    }

    #[test]
    fn persian_headers_prefer_the_mobile_and_drop_the_unit() {
        let names = "شماره سفارش,تاریخ سفارش,وضعیت سفارش,تلفن همراه,ایمیل,\
                     مبلغ تخفیف (تومان),مبلغ کل (تومان)";
        let found = columns(names).unwrap();
        assert_eq!(
            (found.customer, found.date, found.amount, found.order_id),
            (3, 1, Some(6), Some(0))
        );
        // Arabic yeh and kaf, as a Windows-1256 file writes them.
        assert_eq!(columns("تاريخ سفارش,موبايل").unwrap().date, 0);
    }

    #[test]
    fn arabic_headers_are_found() {
        let found = columns("الطابع الزمني,عنوان البريد الإلكتروني,تاريخ الطلب,المبلغ").unwrap();
        assert_eq!((found.customer, found.date, found.amount), (1, 2, Some(3)));
    }

    #[test]
    fn keywords_are_a_last_resort() {
        let found = columns("Buyer e-mail address,Date of purchase,Invoice total").unwrap();
        assert_eq!((found.customer, found.date, found.amount), (0, 1, Some(2)));
    }

    #[test]
    fn a_missing_required_role_names_the_header() {
        let err = columns("Order ID,Customer Email,Notes").unwrap_err();
        assert_eq!(
            err,
            ImportError::MissingRole {
                role: Role::OrderDate,
                header: header("Order ID,Customer Email,Notes")
            }
        );
        assert!(matches!(
            columns("date,total"),
            Err(ImportError::MissingRole {
                role: Role::Customer,
                ..
            })
        ));
    }

    #[test]
    fn duplicates_point_at_the_first_column_of_the_name() {
        let names = header("Email,Order Date,Total,email ,Total,Status");
        assert_eq!(duplicate_columns(&names), [(3, 0), (4, 2)]);
        assert_eq!(
            columns("Email,Order Date,Total,Email,Total")
                .unwrap()
                .amount,
            Some(2)
        );
    }
}
