//! The header names each role is recognised by, in the normal form of `roles::normalise` (lower
//! case, spaces for `_`, Persian ی/ک for Arabic ي/ك). Exact names come first; keywords are a last
//! resort, matched inside a name, and exist only for the roles every file needs (customer, dates,
//! amount) and for telling a survey's comment from its scores.

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

// Survey responses.
pub(super) const RESPONSE_DATE: &[&str] = &[
    "submit date",
    "submitted at",
    "date submitted",
    "response timestamp",
    "timestamp",
    "end date",
    "زمان ثبت",
    "تاریخ ثبت",
    "الطابع الزمنی",
    "date",
    "تاریخ",
    "created at",
];
pub(super) const RESPONSE_DATE_KEYWORDS: &[&str] = &["date", "تاریخ", "timestamp"];
pub(super) const RESPONSE_TYPE: &[&str] = &["response type"];
/// A sentiment label column (the labels, not a score).
pub(super) const SENTIMENT: &[&str] = &[
    "sentiment",
    "sentiment label",
    "tone",
    "احساس",
    "حس",
    "المشاعر",
    "الانطباع",
];
pub(super) const COMMENT: &[&str] = &[
    "comment",
    "comments",
    "feedback",
    "توضیحات",
    "ملاحظات",
    "ملاحظات إضافیة",
];
/// A question that asks for words, not a score: its column is a comment even when it mentions
/// the score ("What's the main reason for your score?").
pub(super) const COMMENT_KEYWORDS: &[&str] = &[
    "reason",
    "comment",
    "anything",
    "why",
    "share",
    "suggest",
    "note",
    "دلیل",
    "توضیح",
    "ملاحظات",
    "سبب",
];
/// Columns an orders file is broken down by, most specific first: a named segment or channel,
/// Shopify's `Source`, a product category, then a city.
pub(super) const ORDER_SEGMENT: &[&str] = &[
    "segment",
    "channel",
    "sales channel",
    "source",
    "category",
    "product category",
    "city",
    "کانال فروش",
    "دسته بندی",
    "شهر",
    "القناة",
    "الفئة",
    "المدینة",
];
pub(super) const SEGMENT: &[&str] = &["segment", "touchpoint", "channel", "city", "شهر", "المدینة"];
pub(super) const SCORE: &[&str] = &["score", "nps", "csat", "ces", "rating", "امتیاز"];
/// Words of a question answered with a score.
pub(super) const SCORE_KEYWORDS: &[&str] = &[
    "recommend",
    "likely",
    "nps",
    "score",
    "rate",
    "rating",
    "satisf",
    "effort",
    "easy",
    "happy",
    "پیشنهاد",
    "توصیه",
    "احتمال",
    "راضی",
    "رضایت",
    "امتیاز",
    "توصی",
    "رضا",
    "تقییم",
];
/// Words of a "would you recommend us" question (0–10).
pub(super) const NPS_WORDS: &[&str] = &["recommend", "nps", "پیشنهاد", "توصیه", "توصی"];
/// Words of an effort or ease question.
pub(super) const CES_WORDS: &[&str] = &["effort", "easy", "ease", "آسان", "سهول", "جهد"];
/// Words of a satisfaction question.
pub(super) const CSAT_WORDS: &[&str] = &["satisf", "happy", "csat", "راضی", "رضایت", "رضا"];

// Support tickets.
pub(super) const TICKET_CUSTOMER: &[&str] = &["requester email", "contact email"];
pub(super) const CREATED: &[&str] = &[
    "created at",
    "created time",
    "created",
    "date created",
    "creation date",
    "تاریخ ایجاد",
    "تاریخ الإنشاء",
];
pub(super) const CREATED_KEYWORDS: &[&str] = &["created", "ایجاد"];
pub(super) const SOLVED: &[&str] = &[
    "solved at",
    "resolved time",
    "resolved at",
    "resolved",
    "closed time",
    "closed at",
    "closed",
    "تاریخ بسته شدن",
    "تاریخ حل",
    "تاریخ الإغلاق",
];
pub(super) const TICKET_STATUS: &[&str] = &["status", "ticket status", "وضعیت", "الحالة"];
pub(super) const REPLIES: &[&str] = &[
    "replies",
    "agent replies",
    "agent interactions",
    "messages",
    "number of messages",
    "تعداد پیام",
    "تعداد پیام ها",
    "عدد الرسائل",
    "عدد الردود",
];
pub(super) const CUSTOMER_REPLIES: &[&str] = &["customer interactions", "customer replies"];
pub(super) const REOPENS: &[&str] = &["reopens", "reopened", "تعداد بازگشایی"];
pub(super) const SATISFACTION: &[&str] = &[
    "satisfaction score",
    "satisfaction",
    "satisfaction rating",
    "survey results",
    "csat",
    "امتیاز رضایت",
    "رضایت",
    "التقییم",
    "تقییم الرضا",
];
pub(super) const FIRST_RESPONSE: &[&str] = &[
    "first reply time in minutes",
    "first response time in minutes",
    "first response time",
    "first reply time",
    "زمان اولین پاسخ",
];
pub(super) const RESOLUTION_TIME: &[&str] = &[
    "full resolution time in minutes",
    "resolution time in minutes",
    "resolution time",
    "زمان حل",
];
pub(super) const TAGS: &[&str] = &["tags", "tag", "برچسب ها", "برچسب", "الوسوم"];
/// A duration column whose name holds one of these counts minutes; others count hours.
pub(super) const MINUTE_WORDS: &[&str] = &["minute", "min)", "دقیقه", "دقائق"];

// Subscriptions.
pub(super) const START: &[&str] = &[
    "start date",
    "started at",
    "start",
    "subscription start",
    "created",
    "created at",
    "تاریخ شروع",
    "تاریخ البدء",
];
pub(super) const START_KEYWORDS: &[&str] = &["start", "شروع"];
pub(super) const END: &[&str] = &[
    "ended at",
    "ended",
    "end date",
    "تاریخ پایان",
    "تاریخ الانتهاء",
];
pub(super) const QUANTITY: &[&str] = &["quantity", "qty", "seats", "تعداد", "الکمیة"];
pub(super) const INTERVAL: &[&str] = &[
    "interval",
    "billing interval",
    "billing period",
    "billing cycle",
    "دوره",
    "دورة الفوترة",
];
pub(super) const PLAN: &[&str] = &[
    "product",
    "plan name",
    "plan",
    "product name",
    "طرح",
    "طرح اشتراک",
    "الخطة",
    "الباقة",
];

// Checkouts.
pub(super) const CHECKOUT_ID: &[&str] = &["id", "checkout id", "checkout token", "cart id"];
pub(super) const CHECKOUT_CREATED: &[&str] = &["created at", "created", "date", "started at"];
pub(super) const COMPLETED: &[&str] = &["completed at", "completed", "recovered at"];
pub(super) const RECOVERY_STATUS: &[&str] = &["recovery status", "recovered"];
