//! The importer's categories in words: column roles, dataset kinds and the reasons a cell or row
//! was rejected, in English, Persian and Arabic. The engine's `Display` stays the CLI's English.

use super::messages::{Locale, Msg, text};
use crate::engine::data::Measure;
use crate::engine::import::{Kind, Reason, Role, Vocabulary};

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
        (Role::ResponseDate, En) => "response date",
        (Role::ResponseDate, Fa) => "زمان پاسخ",
        (Role::ResponseDate, Ar) => "تاريخ الرد",
        (Role::Score, En) => "score",
        (Role::Score, Fa) => "امتیاز",
        (Role::Score, Ar) => "الدرجة",
        (Role::Comment, En) => "comment",
        (Role::Comment, Fa) => "توضیح",
        (Role::Comment, Ar) => "تعليق",
        (Role::Segment, En) => "segment",
        (Role::Segment, Fa) => "بخش",
        (Role::Segment, Ar) => "الشريحة",
        (Role::ResponseType, En) => "response type",
        (Role::ResponseType, Fa) => "نوع پاسخ",
        (Role::ResponseType, Ar) => "نوع الرد",
        (Role::Sentiment, En) => "sentiment",
        (Role::Sentiment, Fa) => "احساس",
        (Role::Sentiment, Ar) => "المشاعر",
        (Role::Created, En) => "created",
        (Role::Created, Fa) => "زمان ایجاد",
        (Role::Created, Ar) => "وقت الإنشاء",
        (Role::Solved, En) => "solved at",
        (Role::Solved, Fa) => "زمان حل",
        (Role::Solved, Ar) => "وقت الحل",
        (Role::Replies, En) => "replies",
        (Role::Replies, Fa) => "تعداد پاسخ",
        (Role::Replies, Ar) => "عدد الردود",
        (Role::CustomerReplies, En) => "customer replies",
        (Role::CustomerReplies, Fa) => "پیام‌های مشتری",
        (Role::CustomerReplies, Ar) => "رسائل العميل",
        (Role::Reopens, En) => "reopens",
        (Role::Reopens, Fa) => "بازگشایی‌ها",
        (Role::Reopens, Ar) => "مرات إعادة الفتح",
        (Role::Satisfaction, En) => "satisfaction",
        (Role::Satisfaction, Fa) => "رضایت",
        (Role::Satisfaction, Ar) => "الرضا",
        (Role::FirstResponse, En) => "first response time",
        (Role::FirstResponse, Fa) => "زمان اولین پاسخ",
        (Role::FirstResponse, Ar) => "وقت الرد الأول",
        (Role::ResolutionTime, En) => "resolution time",
        (Role::ResolutionTime, Fa) => "مدت حل",
        (Role::ResolutionTime, Ar) => "مدة الحل",
        (Role::Tags, En) => "tags",
        (Role::Tags, Fa) => "برچسب‌ها",
        (Role::Tags, Ar) => "الوسوم",
        (Role::Start, En) => "start",
        (Role::Start, Fa) => "شروع",
        (Role::Start, Ar) => "البدء",
        (Role::End, En) => "ended at",
        (Role::End, Fa) => "زمان پایان",
        (Role::End, Ar) => "وقت الانتهاء",
        (Role::Quantity, En) => "quantity",
        (Role::Quantity, Fa) => "تعداد",
        (Role::Quantity, Ar) => "الكمية",
        (Role::Interval, En) => "interval",
        (Role::Interval, Fa) => "دورهٔ پرداخت",
        (Role::Interval, Ar) => "دورة الفوترة",
        (Role::Plan, En) => "plan",
        (Role::Plan, Fa) => "طرح",
        (Role::Plan, Ar) => "الخطة",
        (Role::CheckoutId, En) => "checkout id",
        (Role::CheckoutId, Fa) => "شناسهٔ سبد",
        (Role::CheckoutId, Ar) => "معرّف عملية الدفع",
        (Role::Completed, En) => "completed at",
        (Role::Completed, Fa) => "زمان تکمیل",
        (Role::Completed, Ar) => "وقت الإتمام",
        (Role::RecoveryStatus, En) => "recovery status",
        (Role::RecoveryStatus, Fa) => "وضعیت بازیابی",
        (Role::RecoveryStatus, Ar) => "حالة الاسترداد",
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

/// "is not a … Vafa knows", for each word list.
fn unknown_word(locale: Locale, what: Vocabulary) -> &'static str {
    use Locale::{Ar, En, Fa};
    match (what, locale) {
        (Vocabulary::TicketStatus, En) => "is not a ticket status Vafa knows",
        (Vocabulary::TicketStatus, Fa) => "وضعیت تیکتی نیست که وفا بشناسد",
        (Vocabulary::TicketStatus, Ar) => "ليست حالة تذكرة يعرفها «وفا»",
        (Vocabulary::SubscriptionStatus, En) => "is not a subscription status Vafa knows",
        (Vocabulary::SubscriptionStatus, Fa) => "وضعیت اشتراکی نیست که وفا بشناسد",
        (Vocabulary::SubscriptionStatus, Ar) => "ليست حالة اشتراك يعرفها «وفا»",
        (Vocabulary::Interval, En) => "is not a billing interval Vafa knows (month, year)",
        (Vocabulary::Interval, Fa) => "دورهٔ پرداختی نیست که وفا بشناسد (ماهانه، سالانه)",
        (Vocabulary::Interval, Ar) => "ليست دورة فوترة يعرفها «وفا» (شهري، سنوي)",
        (Vocabulary::ResponseType, En) => "is not a response type (completed or partial)",
        (Vocabulary::ResponseType, Fa) => "نوع پاسخ نیست (completed یا partial)",
        (Vocabulary::ResponseType, Ar) => "ليس نوع رد (completed أو partial)",
        (Vocabulary::RecoveryStatus, En) => "is not a recovery status (recovered or not_recovered)",
        (Vocabulary::RecoveryStatus, Fa) => "وضعیت بازیابی نیست (recovered یا not_recovered)",
        (Vocabulary::RecoveryStatus, Ar) => "ليست حالة استرداد (recovered أو not_recovered)",
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
        (Reason::Required, En) => "is empty, but every row needs one".into(),
        (Reason::Required, Fa) => "خالی است، اما هر سطر به آن نیاز دارد".into(),
        (Reason::Required, Ar) => "فارغ، وكل صف يحتاج إليه".into(),
        (Reason::NotAScore, En) => "is not a score (e.g. 7 or Very satisfied)".into(),
        (Reason::NotAScore, Fa) => "امتیاز نیست (مثلاً ۷ یا خیلی راضی)".into(),
        (Reason::NotAScore, Ar) => "ليس درجة (مثل ٧ أو راضٍ جدًا)".into(),
        (Reason::OutOfScale { min, max }, En) => format!("is outside the scale {min}–{max}"),
        (Reason::OutOfScale { min, max }, Fa) => format!("خارج از مقیاس {min} تا {max} است"),
        (Reason::OutOfScale { min, max }, Ar) => format!("خارج المقياس من {min} إلى {max}"),
        (Reason::NotACount, En) => "is not a whole number (e.g. 3)".into(),
        (Reason::NotACount, Fa) => "عدد صحیح نیست (مثلاً ۳)".into(),
        (Reason::NotACount, Ar) => "ليس عددًا صحيحًا (مثل ٣)".into(),
        (Reason::NotADuration, En) => "is not a duration (e.g. 90, 1.5 or 29:21:00)".into(),
        (Reason::NotADuration, Fa) => "مدت زمان نیست (مثلاً 90، 1.5 یا 29:21:00)".into(),
        (Reason::NotADuration, Ar) => "ليس مدة (مثل 90 أو 1.5 أو 29:21:00)".into(),
        (Reason::UnknownWord { what }, locale) => unknown_word(locale, *what).into(),
    }
}

/// What a score question measures, as the wizard and the questions card name it.
pub fn measure_name(locale: Locale, measure: Measure) -> &'static str {
    let msg = match measure {
        Measure::Nps => Msg::MeasureNps,
        Measure::Csat => Msg::MeasureCsat,
        Measure::Ces => Msg::MeasureCes,
        Measure::Rating => Msg::MeasureRating,
    };
    text(locale, msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_has_its_own_name_in_every_language() {
        for locale in Locale::ALL {
            let mut names: Vec<&str> = Role::ALL.iter().map(|&r| role_name(locale, r)).collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), Role::ALL.len(), "{locale:?}");
        }
        // The English names are the engine's.
        assert!(
            Role::ALL
                .iter()
                .all(|&r| role_name(Locale::En, r) == r.name())
        );
    }

    #[test]
    fn an_unknown_word_names_its_word_list() {
        let reason = Reason::UnknownWord {
            what: Vocabulary::Interval,
        };
        assert!(reason_text(Locale::En, &reason).contains("billing interval"));
        assert!(reason_text(Locale::Fa, &reason).contains("دورهٔ پرداخت"));
    }
}
