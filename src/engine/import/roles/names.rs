//! The header names each role is recognised by, in the normal form of `roles::normalise` (lower
//! case, spaces for `_`, Persian ی/ک for Arabic ي/ك). Exact names come first; keywords are a last
//! resort, matched inside a name, and exist only for the roles every file needs.

pub(super) const CUSTOMER: &[&str] = &[
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
pub(super) const CUSTOMER_KEYWORDS: &[&str] =
    &["email", "e-mail", "ایمیل", "البرید", "موبایل", "mobile"];
/// A customer column whose name holds one of these is a phone number: its keys are normalised as
/// mobiles (README § Joining the files).
pub(super) const PHONE_KEYWORDS: &[&str] = &[
    "موبایل",
    "تلفن",
    "mobile",
    "phone",
    "الجوال",
    "هاتف",
    "جوال",
];
pub(super) const DATE: &[&str] = &[
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
pub(super) const DATE_KEYWORDS: &[&str] = &["date", "تاریخ"];
pub(super) const AMOUNT: &[&str] = &[
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
pub(super) const AMOUNT_KEYWORDS: &[&str] = &["total", "amount", "revenue", "مبلغ", "المبلغ"];
pub(super) const ORDER_ID: &[&str] = &[
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
pub(super) const SHOPIFY_ORDER_ID: &[&str] = &["name"];
pub(super) const PAYMENT_STATUS: &[&str] = &["financial status", "payment status"];
pub(super) const ORDER_STATUS: &[&str] = &[
    "order status",
    "status",
    "وضعیت سفارش",
    "وضعیت",
    "حالة الطلب",
    "الحالة",
];
pub(super) const CANCELLED_AT: &[&str] = &[
    "cancelled at",
    "canceled at",
    "cancelled date",
    "cancel date",
    "cancelled",
    "canceled",
];
