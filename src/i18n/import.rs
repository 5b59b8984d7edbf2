//! The importer's categories in words: column roles, dataset kinds and the reasons a cell or row
//! was rejected, in English, Persian and Arabic. The engine's `Display` stays the CLI's English.

use super::messages::Locale;
use crate::engine::import::{Kind, Reason, Role};

/// The name of a column role, e.g. "order date".
pub fn role_name(locale: Locale, role: Role) -> &'static str {
    use Locale::{Ar, En, Fa};
    match (role, locale) {
        (Role::Customer, En) => "customer",
        (Role::Customer, Fa) => "مشتری",
        (Role::Customer, Ar) => "العميل",
        (Role::OrderDate, En) => "order date",
        (Role::OrderDate, Fa) => "تاریخ سفارش",
        (Role::OrderDate, Ar) => "تاريخ الطلب",
        (Role::Amount, En) => "amount",
        (Role::Amount, Fa) => "مبلغ",
        (Role::Amount, Ar) => "المبلغ",
        (Role::OrderId, En) => "order id",
        (Role::OrderId, Fa) => "شماره سفارش",
        (Role::OrderId, Ar) => "رقم الطلب",
        (Role::Status, En) => "status",
        (Role::Status, Fa) => "وضعیت",
        (Role::Status, Ar) => "الحالة",
        (Role::CancelledAt, En) => "cancelled at",
        (Role::CancelledAt, Fa) => "زمان لغو",
        (Role::CancelledAt, Ar) => "وقت الإلغاء",
    }
}

/// The name of a kind of dataset, e.g. "orders".
pub fn kind_name(locale: Locale, kind: Kind) -> &'static str {
    use Locale::{Ar, En, Fa};
    match (kind, locale) {
        (Kind::Orders, En) => "orders",
        (Kind::Orders, Fa) => "سفارش‌ها",
        (Kind::Orders, Ar) => "الطلبات",
        (Kind::Responses, En) => "survey responses",
        (Kind::Responses, Fa) => "پاسخ‌های نظرسنجی",
        (Kind::Responses, Ar) => "ردود الاستبيان",
        (Kind::Tickets, En) => "support tickets",
        (Kind::Tickets, Fa) => "تیکت‌های پشتیبانی",
        (Kind::Tickets, Ar) => "تذاكر الدعم",
        (Kind::Subscriptions, En) => "subscriptions",
        (Kind::Subscriptions, Fa) => "اشتراک‌ها",
        (Kind::Subscriptions, Ar) => "الاشتراكات",
        (Kind::Checkouts, En) => "checkouts",
        (Kind::Checkouts, Fa) => "سبدهای خرید",
        (Kind::Checkouts, Ar) => "عمليات الدفع",
    }
}

/// Why a cell or row was rejected, as a sentence.
pub fn reason_text(locale: Locale, reason: &Reason) -> String {
    use Locale::{Ar, En, Fa};
    match (reason, locale) {
        (Reason::NotADate, En) => "is not a date (expected e.g. 2024-03-31 or 1403/01/11)".into(),
        (Reason::NotADate, Fa) => "تاریخ نیست (مثلاً 2024-03-31 یا 1403/01/11)".into(),
        (Reason::NotADate, Ar) => "ليس تاريخًا (مثل 2024-03-31 أو 1403/01/11)".into(),
        (Reason::NotAnAmount, En) => "is not an amount of money (e.g. 1234.50 or $12)".into(),
        (Reason::NotAnAmount, Fa) => "مبلغ نیست (مثلاً 1234.50 یا ۱۲٬۰۰۰)".into(),
        (Reason::NotAnAmount, Ar) => "ليس مبلغًا (مثل 1234.50 أو ١٢٫٥٠)".into(),
        (Reason::Empty, En) => "is empty, but every order needs one".into(),
        (Reason::Empty, Fa) => "خالی است، اما هر سفارش به آن نیاز دارد".into(),
        (Reason::Empty, Ar) => "فارغ، وكل طلب يحتاج إليه".into(),
        (Reason::WrongFieldCount { expected, found }, En) => {
            format!("has {found} fields but the header has {expected}; the row is left out")
        }
        (Reason::WrongFieldCount { expected, found }, Fa) => {
            format!("{found} خانه دارد ولی سرستون {expected} خانه؛ این سطر کنار گذاشته شد")
        }
        (Reason::WrongFieldCount { expected, found }, Ar) => {
            format!("فيه {found} حقول والترويسة {expected}؛ تُرك الصف")
        }
        (Reason::UnclosedQuote { lines }, En) => {
            format!("opens a quote that is not closed, so {lines} lines were read as one row")
        }
        (Reason::UnclosedQuote { lines }, Fa) => {
            format!("گیومه‌ای باز شده و بسته نشده، پس {lines} خط یک سطر خوانده شد")
        }
        (Reason::UnclosedQuote { lines }, Ar) => {
            format!("يفتح علامة اقتباس لا تُغلق، فقُرئت {lines} أسطر صفًا واحدًا")
        }
        (Reason::DuplicateColumn { used }, En) => {
            format!("appears twice in the header; column {used} is used")
        }
        (Reason::DuplicateColumn { used }, Fa) => {
            format!("دو بار در سرستون آمده؛ ستون {used} به کار رفت")
        }
        (Reason::DuplicateColumn { used }, Ar) => {
            format!("يتكرر في الترويسة؛ استُخدم العمود {used}")
        }
        (Reason::UnknownStatus, En) => "is not an order status Vafa knows".into(),
        (Reason::UnknownStatus, Fa) => "وضعیت سفارشی نیست که وفا بشناسد".into(),
        (Reason::UnknownStatus, Ar) => "ليست حالة طلب يعرفها «وفا»".into(),
        (Reason::LoneDateNumber, En) => {
            "is a number that reads as a date (an Excel serial or Unix seconds) only in a column of such numbers".into()
        }
        (Reason::LoneDateNumber, Fa) => {
            "عددی است که فقط در ستونی از همین عددها تاریخ خوانده می‌شود (شمارهٔ روز اکسل یا ثانیهٔ یونیکس)".into()
        }
        (Reason::LoneDateNumber, Ar) => {
            "رقم لا يُقرأ تاريخًا إلا في عمود من مثله (رقم يوم إكسل أو ثوانٍ يونكس)".into()
        }
        (Reason::MixedDateFormats { formats }, En) => {
            format!("are {formats} different date formats in one column; each date was read in its own format, so check them")
        }
        (Reason::MixedDateFormats { formats }, Fa) => {
            format!("{formats} قالب تاریخ در یک ستون است؛ هر تاریخ با قالب خودش خوانده شد، آن‌ها را بررسی کنید")
        }
        (Reason::MixedDateFormats { formats }, Ar) => {
            format!("في العمود {formats} صيغ تاريخ مختلفة؛ قُرئ كل تاريخ بصيغته، فراجعها")
        }
    }
}
