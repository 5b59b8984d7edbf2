//! Which column plays which role, from the header alone. This is the only place header names are
//! matched. Names are normalised (trimmed, lower-cased, `_` read as a space, spaces collapsed,
//! Arabic ي/ك read as Persian ی/ک) and then matched in three tiers: exact name, name without a
//! trailing `(unit)` such as `(تومان)` or `(UTC)`, and — for customer, date and amount only — a
//! keyword inside the name. Within a tier the earlier candidate of a role's list wins, then the
//! leftmost column. Candidates are written in that normal form (Persian ی/ک). Known export
//! layouts (Shopify, WooCommerce) are recognised too.

use super::cells::StatusKind;
use super::issue::ImportError;

/// A role a column can play in an orders file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Customer,
    OrderDate,
    Amount,
    OrderId,
    Status,
    CancelledAt,
}

impl Role {
    /// Typical header names, for messages.
    pub fn examples(self) -> &'static str {
        match self {
            Role::Customer => "Email, customer_id, تلفن همراه",
            Role::OrderDate => "Created at, order_date, تاریخ سفارش",
            Role::Amount => "Total, amount, مبلغ کل",
            Role::OrderId => "Name, Order Number, order_id",
            Role::Status => "Financial Status, Order Status",
            Role::CancelledAt => "Cancelled at",
        }
    }
}

impl std::fmt::Display for Role {
    /// The role in English words, e.g. `order date (e.g. Created at, …)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = match self {
            Role::Customer => "customer",
            Role::OrderDate => "order date",
            Role::Amount => "order amount",
            Role::OrderId => "order id",
            Role::Status => "order status",
            Role::CancelledAt => "cancellation date",
        };
        write!(f, "{name} (e.g. {})", self.examples())
    }
}

/// The layout name of a Shopify admin orders export.
pub const SHOPIFY_ORDERS: &str = "Shopify orders export";
/// The layout name of a WooCommerce order export.
pub const WOOCOMMERCE_ORDERS: &str = "WooCommerce orders export";

/// The columns of an orders file, by index into the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OrderColumns {
    pub customer: usize,
    pub date: usize,
    pub amount: Option<usize>,
    pub order_id: Option<usize>,
    pub status: Option<(usize, StatusKind)>,
    pub cancelled_at: Option<usize>,
}

const CUSTOMER: &[&str] = &[
    "email",
    "e-mail",
    "customer email",
    "email address",
    "email (billing)",
    "billing email",
    "customer e-mail",
    "buyer email",
    "customer",
    "customer id",
    "client",
    "client id",
    "تلفن همراه",
    "شماره موبایل",
    "موبایل",
    "شماره تلفن همراه",
    "mobile",
    "ایمیل",
    "پست الکترونیک",
    "البرید الإلکترونی",
    "عنوان البرید الإلکترونی",
    "البرید الالکترونی",
    "phone",
];
const CUSTOMER_KEYWORDS: &[&str] = &["email", "e-mail", "ایمیل", "البرید", "موبایل", "mobile"];
const DATE: &[&str] = &[
    "created at",
    "order date",
    "date",
    "order created",
    "created",
    "date created",
    "purchase date",
    "transaction date",
    "تاریخ سفارش",
    "تاریخ ثبت سفارش",
    "تاریخ",
    "تاریخ الطلب",
    "التاریخ",
    "timestamp",
    "paid at",
];
const DATE_KEYWORDS: &[&str] = &["date", "تاریخ", "تاریخ"];
const AMOUNT: &[&str] = &[
    "total",
    "order total",
    "order total amount",
    "total amount",
    "amount",
    "order amount",
    "grand total",
    "revenue",
    "total price",
    "مبلغ کل",
    "جمع کل",
    "مبلغ",
    "المبلغ",
    "المبلغ الإجمالی",
    "الإجمالی",
    "قیمة الطلب",
];
const AMOUNT_KEYWORDS: &[&str] = &["total", "amount", "revenue", "مبلغ", "المبلغ"];
const ORDER_ID: &[&str] = &[
    "order id",
    "order number",
    "order no",
    "order #",
    "order",
    "order name",
    "id",
    "شماره سفارش",
    "رقم الطلب",
];
/// Shopify's order number is the column `Name` (`#1001`); elsewhere `Name` is a person.
const SHOPIFY_ORDER_ID: &[&str] = &["name"];
const PAYMENT_STATUS: &[&str] = &["financial status", "payment status"];
const ORDER_STATUS: &[&str] = &[
    "order status",
    "status",
    "وضعیت سفارش",
    "وضعیت",
    "حالة الطلب",
    "الحالة",
];
const CANCELLED_AT: &[&str] = &[
    "cancelled at",
    "canceled at",
    "cancelled date",
    "cancel date",
    "cancelled",
    "canceled",
];

const SHOPIFY_MARKS: &[&str] = &[
    "name",
    "email",
    "financial status",
    "created at",
    "lineitem name",
];
const WOOCOMMERCE_MARKS: &[&str] = &["order number", "order status", "email (billing)"];

/// The known export layout `header` belongs to, e.g. `Some("Shopify orders export")`.
pub(crate) fn layout(header: &[String]) -> Option<&'static str> {
    let names: Vec<String> = header.iter().map(|name| normalise(name)).collect();
    let has_all = |marks: &[&str]| marks.iter().all(|mark| names.iter().any(|n| n == mark));
    if has_all(SHOPIFY_MARKS) {
        Some(SHOPIFY_ORDERS)
    } else if has_all(WOOCOMMERCE_MARKS) {
        Some(WOOCOMMERCE_ORDERS)
    } else {
        None
    }
}

/// The order columns of `header`; an error names the first required role no column plays.
pub(crate) fn order_columns(
    header: &[String],
    layout: Option<&'static str>,
) -> Result<OrderColumns, ImportError> {
    let names: Vec<String> = header.iter().map(|name| normalise(name)).collect();
    let missing = |role| ImportError::MissingRole {
        role,
        header: header.to_vec(),
    };
    let customer =
        find(&names, CUSTOMER, CUSTOMER_KEYWORDS).ok_or_else(|| missing(Role::Customer))?;
    let date = find(&names, DATE, DATE_KEYWORDS).ok_or_else(|| missing(Role::OrderDate))?;
    let order_ids = if layout == Some(SHOPIFY_ORDERS) {
        SHOPIFY_ORDER_ID
    } else {
        ORDER_ID
    };
    let status = match find(&names, PAYMENT_STATUS, &[]) {
        Some(idx) => Some((idx, StatusKind::Payment)),
        None => find(&names, ORDER_STATUS, &[]).map(|idx| (idx, StatusKind::Order)),
    };
    Ok(OrderColumns {
        customer,
        date,
        amount: find(&names, AMOUNT, AMOUNT_KEYWORDS),
        order_id: find(&names, order_ids, &[]),
        status,
        cancelled_at: find(&names, CANCELLED_AT, &[]),
    })
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

/// The column for a role: exact candidates, then candidates without a trailing `(unit)`, then
/// keywords contained in the name.
fn find(names: &[String], candidates: &[&str], keywords: &[&str]) -> Option<usize> {
    let exact = |name: &str, candidate: &str| name == candidate;
    let unit_less = |name: &str, candidate: &str| without_unit(name) == candidate;
    let keyword = |name: &str, keyword: &str| name.contains(keyword);
    first_match(names, candidates, exact)
        .or_else(|| first_match(names, candidates, unit_less))
        .or_else(|| first_match(names, keywords, keyword))
}

fn first_match(
    names: &[String],
    candidates: &[&str],
    hit: impl Fn(&str, &str) -> bool,
) -> Option<usize> {
    candidates
        .iter()
        .find_map(|candidate| names.iter().position(|name| hit(name, candidate)))
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
        order_columns(&header, layout(&header))
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
