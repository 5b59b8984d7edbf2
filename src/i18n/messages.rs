//! Every sentence the page shows, in English, Persian and Arabic. One `match` per message keeps
//! the three translations side by side so none is forgotten.

/// A language of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Fa,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Fa, Locale::Ar];

    /// BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fa => "fa",
            Locale::Ar => "ar",
        }
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Fa | Locale::Ar)
    }

    /// The language's own name, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fa => "فارسی",
            Locale::Ar => "العربية",
        }
    }

    /// The locale of a tag such as `fa-IR`; English for anything else.
    pub fn from_tag(tag: &str) -> Locale {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "fa" => Locale::Fa,
            "ar" => Locale::Ar,
            _ => Locale::En,
        }
    }
}

/// A message of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Msg {
    Tagline,
    Datasets,
    SampleDataset,
    ImportCsv,
    DropHint,
    Delete,
    Reading,
    Parsing,
    Customers,
    Orders,
    Revenue,
    RepeatPurchaseRate,
    CrrTitle,
    CrrNote,
    CrrLine,
    RetainedLine,
    CohortTitle,
    CohortNote,
    ImportFailed,
    Imported,
    RowsRead,
    OrdersKept,
    IssuesFound,
    StoreFailed,
    NotSaved,
    ChartFailed,
    Cohort,
    PeriodsAfter,
    Share,
    Period,
    Reactivated,
    PrivacyNote,
    Language,
    WizardTitle,
    LooksLike,
    KindLabel,
    EncodingLabel,
    DelimiterLabel,
    Tab,
    IgnoreColumn,
    RowsWillImport,
    RowsSkipped,
    LeftOutByStatus,
    Confirm,
    Cancel,
    NothingStoredYet,
    CannotImportYet,
    StoresOrdersOnly,
    RecordsRead,
    RowLabel,
    ColumnLabel,
    ValueLabel,
    ReasonLabel,
    MoreIssues,
    PreviewCaption,
    PurchaseStatuses,
    UnknownStatusMark,
    DateOrderLegend,
    DateOrderGuess,
    DayFirst,
    MonthFirst,
    RowsWord,
}

/// The text of `msg` in `locale`.
pub fn text(locale: Locale, msg: Msg) -> &'static str {
    use Locale::{Ar, En, Fa};
    match (msg, locale) {
        (Msg::Tagline, En) => {
            "Retention and satisfaction from your CSV exports — computed in your browser, never uploaded."
        }
        (Msg::Tagline, Fa) => {
            "نگهداشت و رضایت مشتری از فایل‌های CSV شما — در مرورگر خودتان محاسبه می‌شود و جایی فرستاده نمی‌شود."
        }
        (Msg::Tagline, Ar) => {
            "الاحتفاظ بالعملاء ورضاهم من ملفات CSV لديك — يُحسب في متصفحك ولا يُرفع إلى أي مكان."
        }
        (Msg::Datasets, En) => "Datasets",
        (Msg::Datasets, Fa) => "داده‌ها",
        (Msg::Datasets, Ar) => "مجموعات البيانات",
        (Msg::SampleDataset, En) => "Sample orders (generated)",
        (Msg::SampleDataset, Fa) => "سفارش‌های نمونه (ساختگی)",
        (Msg::SampleDataset, Ar) => "طلبات نموذجية (مولَّدة)",
        (Msg::ImportCsv, En) => "Import CSV",
        (Msg::ImportCsv, Fa) => "وارد کردن CSV",
        (Msg::ImportCsv, Ar) => "استيراد CSV",
        (Msg::DropHint, En) => "or drop an orders export here",
        (Msg::DropHint, Fa) => "یا فایل سفارش‌ها را اینجا رها کنید",
        (Msg::DropHint, Ar) => "أو أفلت ملف الطلبات هنا",
        (Msg::Delete, En) => "Delete",
        (Msg::Delete, Fa) => "حذف",
        (Msg::Delete, Ar) => "حذف",
        (Msg::Reading, En) => "Reading the file…",
        (Msg::Reading, Fa) => "در حال خواندن فایل…",
        (Msg::Reading, Ar) => "جارٍ قراءة الملف…",
        (Msg::Parsing, En) => "Reading the rows…",
        (Msg::Parsing, Fa) => "در حال خواندن سطرها…",
        (Msg::Parsing, Ar) => "جارٍ قراءة الصفوف…",
        (Msg::Customers, En) => "Customers",
        (Msg::Customers, Fa) => "مشتریان",
        (Msg::Customers, Ar) => "العملاء",
        (Msg::Orders, En) => "Orders",
        (Msg::Orders, Fa) => "سفارش‌ها",
        (Msg::Orders, Ar) => "الطلبات",
        (Msg::Revenue, En) => "Revenue",
        (Msg::Revenue, Fa) => "درآمد",
        (Msg::Revenue, Ar) => "الإيرادات",
        (Msg::RepeatPurchaseRate, En) => "Repeat purchase rate",
        (Msg::RepeatPurchaseRate, Fa) => "نرخ خرید مجدد",
        (Msg::RepeatPurchaseRate, Ar) => "معدل تكرار الشراء",
        (Msg::CrrTitle, En) => "Customer retention rate by month",
        (Msg::CrrTitle, Fa) => "نرخ نگهداشت مشتری در هر ماه",
        (Msg::CrrTitle, Ar) => "معدل الاحتفاظ بالعملاء شهريًا",
        (Msg::CrrNote, En) => {
            "CRR = (E − N) / S: S customers active at the month's start, E at its end, N new in the month; active = ordered in the last 365 days. E − N also counts reactivated customers, so CRR can pass 100%; the strict line counts only customers active at both ends."
        }
        (Msg::CrrNote, Fa) => {
            "CRR = (E − N) / S: S مشتریان فعال در آغاز ماه، E در پایان آن، N مشتریان تازهٔ ماه؛ فعال یعنی خرید در ۳۶۵ روز گذشته. E − N مشتریان بازگشته را هم می‌شمارد، پس CRR می‌تواند از ۱۰۰٪ بگذرد؛ خط دقیق فقط مشتریانی را می‌شمارد که در هر دو سر فعال‌اند."
        }
        (Msg::CrrNote, Ar) => {
            "CRR = (E − N) / S: S العملاء النشطون في بداية الشهر، E في نهايته، N الجدد خلاله؛ النشط = اشترى خلال آخر 365 يومًا. يشمل E − N العملاء العائدين أيضًا، لذا قد يتجاوز CRR ‏100٪؛ الخط الصارم يعدّ فقط النشطين في الطرفين."
        }
        (Msg::CrrLine, En) => "CRR",
        (Msg::CrrLine, Fa) => "CRR",
        (Msg::CrrLine, Ar) => "CRR",
        (Msg::RetainedLine, En) => "Retained (strict)",
        (Msg::RetainedLine, Fa) => "نگه‌داشته (دقیق)",
        (Msg::RetainedLine, Ar) => "المحتفَظ بهم (صارم)",
        (Msg::CohortTitle, En) => "Monthly cohort retention",
        (Msg::CohortTitle, Fa) => "نگهداشت گروه‌های ماهانه",
        (Msg::CohortTitle, Ar) => "الاحتفاظ حسب الفوج الشهري",
        (Msg::CohortNote, En) => {
            "Each row is the customers whose first order fell in that month; a cell is the share of them who ordered in the month k months later. Paler cells are months the data only partly covers; empty cells are still in the future."
        }
        (Msg::CohortNote, Fa) => {
            "هر سطر مشتریانی است که نخستین سفارششان در آن ماه بوده؛ هر خانه سهمی از آنان است که k ماه بعد خرید کرده‌اند. خانه‌های کم‌رنگ ماه‌هایی‌اند که داده فقط بخشی از آن‌ها را دارد؛ خانه‌های خالی هنوز نرسیده‌اند."
        }
        (Msg::CohortNote, Ar) => {
            "كل صف هو العملاء الذين كان أول طلب لهم في ذلك الشهر؛ والخلية حصة من طلب منهم بعد k شهرًا. الخلايا الباهتة أشهر لا تغطيها البيانات كاملة؛ والفارغة لم تأتِ بعد."
        }
        (Msg::ImportFailed, En) => "The file could not be imported",
        (Msg::ImportFailed, Fa) => "فایل وارد نشد",
        (Msg::ImportFailed, Ar) => "تعذّر استيراد الملف",
        (Msg::Imported, En) => "Imported",
        (Msg::Imported, Fa) => "وارد شد",
        (Msg::Imported, Ar) => "تم الاستيراد",
        (Msg::RowsRead, En) => "rows read",
        (Msg::RowsRead, Fa) => "سطر خوانده شد",
        (Msg::RowsRead, Ar) => "صفًا مقروءًا",
        (Msg::OrdersKept, En) => "orders kept",
        (Msg::OrdersKept, Fa) => "سفارش نگه داشته شد",
        (Msg::OrdersKept, Ar) => "طلبًا محفوظًا",
        (Msg::IssuesFound, En) => "cells could not be read",
        (Msg::IssuesFound, Fa) => "خانه خوانده نشد",
        (Msg::IssuesFound, Ar) => "خلية تعذّرت قراءتها",
        (Msg::StoreFailed, En) => "The dataset could not be saved in this browser",
        (Msg::StoreFailed, Fa) => "داده در این مرورگر ذخیره نشد",
        (Msg::StoreFailed, Ar) => "تعذّر حفظ البيانات في هذا المتصفح",
        (Msg::NotSaved, En) => {
            "Shown, but not saved in this browser: it will be gone when you close the page"
        }
        (Msg::NotSaved, Fa) => {
            "نمایش داده شد اما در این مرورگر ذخیره نشد: با بستن صفحه از بین می‌رود"
        }
        (Msg::NotSaved, Ar) => "معروضة لكنها غير محفوظة في هذا المتصفح: ستزول عند إغلاق الصفحة",
        (Msg::ChartFailed, En) => "This chart could not be drawn.",
        (Msg::ChartFailed, Fa) => "این نمودار رسم نشد.",
        (Msg::ChartFailed, Ar) => "تعذّر رسم هذا المخطط.",
        (Msg::Cohort, En) => "Cohort",
        (Msg::Cohort, Fa) => "گروه",
        (Msg::Cohort, Ar) => "الفوج",
        (Msg::PeriodsAfter, En) => "months after first order",
        (Msg::PeriodsAfter, Fa) => "ماه پس از نخستین سفارش",
        (Msg::PeriodsAfter, Ar) => "شهرًا بعد أول طلب",
        (Msg::Share, En) => "ordered",
        (Msg::Share, Fa) => "خرید کردند",
        (Msg::Share, Ar) => "طلبوا",
        (Msg::Period, En) => "Month",
        (Msg::Period, Fa) => "ماه",
        (Msg::Period, Ar) => "الشهر",
        (Msg::Reactivated, En) => "reactivated",
        (Msg::Reactivated, Fa) => "بازگشته",
        (Msg::Reactivated, Ar) => "عائدون",
        (Msg::PrivacyNote, En) => "Your files stay on this computer: Vafa has no server.",
        (Msg::PrivacyNote, Fa) => "فایل‌های شما روی همین رایانه می‌مانند: وفا سروری ندارد.",
        (Msg::PrivacyNote, Ar) => "تبقى ملفاتك على هذا الجهاز: ليس لـ«وفا» خادم.",
        (Msg::Language, En) => "Language",
        (Msg::Language, Fa) => "زبان",
        (Msg::Language, Ar) => "اللغة",
        (Msg::WizardTitle, En) => "Check the import",
        (Msg::WizardTitle, Fa) => "بررسی پیش از وارد کردن",
        (Msg::WizardTitle, Ar) => "راجع الاستيراد",
        (Msg::LooksLike, En) => "Looks like",
        (Msg::LooksLike, Fa) => "به نظر می‌رسد",
        (Msg::LooksLike, Ar) => "يبدو أنه",
        (Msg::KindLabel, En) => "Kind",
        (Msg::KindLabel, Fa) => "نوع",
        (Msg::KindLabel, Ar) => "النوع",
        (Msg::EncodingLabel, En) => "Encoding",
        (Msg::EncodingLabel, Fa) => "رمزگذاری",
        (Msg::EncodingLabel, Ar) => "الترميز",
        (Msg::DelimiterLabel, En) => "Delimiter",
        (Msg::DelimiterLabel, Fa) => "جداکننده",
        (Msg::DelimiterLabel, Ar) => "الفاصل",
        (Msg::Tab, En) => "Tab",
        (Msg::Tab, Fa) => "تب",
        (Msg::Tab, Ar) => "مسافة جدولة",
        (Msg::IgnoreColumn, En) => "— ignore —",
        (Msg::IgnoreColumn, Fa) => "— نادیده —",
        (Msg::IgnoreColumn, Ar) => "— تجاهل —",
        (Msg::RowsWillImport, En) => "orders will be imported",
        (Msg::RowsWillImport, Fa) => "سفارش وارد می‌شود",
        (Msg::RowsWillImport, Ar) => "طلبًا سيُستورد",
        (Msg::RowsSkipped, En) => "rows skipped (a cell could not be read)",
        (Msg::RowsSkipped, Fa) => "سطر کنار گذاشته می‌شود (خانه‌ای خوانده نشد)",
        (Msg::RowsSkipped, Ar) => "صفًا متروكًا (تعذّرت قراءة خلية)",
        (Msg::LeftOutByStatus, En) => {
            "rows are not purchases (cancelled, pending, voided, line items of one order…)"
        }
        (Msg::LeftOutByStatus, Fa) => "سطر خرید نیست (لغوشده، در انتظار، اقلام یک سفارش…)",
        (Msg::LeftOutByStatus, Ar) => "صفًا ليس شراءً (ملغى، معلّق، بنود الطلب نفسه…)",
        (Msg::Confirm, En) => "Import",
        (Msg::Confirm, Fa) => "وارد کن",
        (Msg::Confirm, Ar) => "استورد",
        (Msg::Cancel, En) => "Cancel",
        (Msg::Cancel, Fa) => "انصراف",
        (Msg::Cancel, Ar) => "إلغاء",
        (Msg::NothingStoredYet, En) => "Nothing is stored until you confirm.",
        (Msg::NothingStoredYet, Fa) => "تا تأیید نکنید چیزی ذخیره نمی‌شود.",
        (Msg::NothingStoredYet, Ar) => "لا يُحفظ شيء حتى تؤكّد.",
        (Msg::CannotImportYet, En) => "This file cannot be imported as it is",
        (Msg::CannotImportYet, Fa) => "این فایل به همین شکل وارد نمی‌شود",
        (Msg::CannotImportYet, Ar) => "لا يمكن استيراد هذا الملف كما هو",
        (Msg::RecordsRead, En) => "records read",
        (Msg::RecordsRead, Fa) => "رکورد خوانده شد",
        (Msg::RecordsRead, Ar) => "سجلًا قُرئ",
        (Msg::StoresOrdersOnly, En) => {
            "Vafa reads this kind of file and shows what it holds, but stores only orders for now"
        }
        (Msg::StoresOrdersOnly, Fa) => {
            "وفا این نوع فایل را می‌خواند و محتوایش را نشان می‌دهد، اما فعلاً فقط سفارش‌ها را ذخیره می‌کند"
        }
        (Msg::StoresOrdersOnly, Ar) => {
            "يقرأ «وفا» هذا النوع من الملفات ويعرض محتواه، لكنه لا يحفظ حاليًا إلا الطلبات"
        }
        (Msg::RowLabel, En) => "Row",
        (Msg::RowLabel, Fa) => "سطر",
        (Msg::RowLabel, Ar) => "الصف",
        (Msg::ColumnLabel, En) => "Column",
        (Msg::ColumnLabel, Fa) => "ستون",
        (Msg::ColumnLabel, Ar) => "العمود",
        (Msg::ValueLabel, En) => "Value",
        (Msg::ValueLabel, Fa) => "مقدار",
        (Msg::ValueLabel, Ar) => "القيمة",
        (Msg::ReasonLabel, En) => "Reason",
        (Msg::ReasonLabel, Fa) => "دلیل",
        (Msg::ReasonLabel, Ar) => "السبب",
        (Msg::MoreIssues, En) => "more issues not shown",
        (Msg::MoreIssues, Fa) => "مورد دیگر نشان داده نشده",
        (Msg::MoreIssues, Ar) => "مشكلة أخرى غير معروضة",
        (Msg::PreviewCaption, En) => "First rows of the file, with the role of each column",
        (Msg::PreviewCaption, Fa) => "نخستین سطرهای فایل، با نقش هر ستون",
        (Msg::PreviewCaption, Ar) => "الصفوف الأولى من الملف مع دور كل عمود",
        (Msg::PurchaseStatuses, En) => "Statuses that count as purchases",
        (Msg::PurchaseStatuses, Fa) => "وضعیت‌هایی که خرید شمرده می‌شوند",
        (Msg::PurchaseStatuses, Ar) => "الحالات التي تُعدّ شراءً",
        (Msg::UnknownStatusMark, En) => "unknown: its rows are skipped until you decide",
        (Msg::UnknownStatusMark, Fa) => "ناشناخته: تا تصمیم نگیرید سطرهایش کنار می‌مانند",
        (Msg::UnknownStatusMark, Ar) => "غير معروفة: تُترك صفوفها حتى تقرّر",
        (Msg::DateOrderLegend, En) => "Dates that read either way, such as",
        (Msg::DateOrderLegend, Fa) => "تاریخ‌هایی که به دو شکل خوانده می‌شوند، مانند",
        (Msg::DateOrderLegend, Ar) => "التواريخ التي تُقرأ بطريقتين، مثل",
        (Msg::DateOrderGuess, En) => {
            "Nothing in the file tells which comes first, the day or the month: please choose."
        }
        (Msg::DateOrderGuess, Fa) => {
            "در پرونده نشانه‌ای نیست که روز اول می‌آید یا ماه: لطفاً انتخاب کنید."
        }
        (Msg::DateOrderGuess, Ar) => "لا شيء في الملف يبيّن أيهما أولاً، اليوم أم الشهر: يرجى الاختيار.",
        (Msg::DayFirst, En) => "day first",
        (Msg::DayFirst, Fa) => "اول روز",
        (Msg::DayFirst, Ar) => "اليوم أولاً",
        (Msg::MonthFirst, En) => "month first",
        (Msg::MonthFirst, Fa) => "اول ماه",
        (Msg::MonthFirst, Ar) => "الشهر أولاً",
        (Msg::RowsWord, En) => "rows",
        (Msg::RowsWord, Fa) => "سطر",
        (Msg::RowsWord, Ar) => "صفًا",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_choose_the_locale() {
        assert_eq!(Locale::from_tag("fa-IR"), Locale::Fa);
        assert_eq!(Locale::from_tag("ar"), Locale::Ar);
        assert_eq!(Locale::from_tag("en-US"), Locale::En);
        assert_eq!(Locale::from_tag(""), Locale::En);
        assert!(Locale::Fa.is_rtl() && !Locale::En.is_rtl());
    }

    #[test]
    fn every_message_has_text_in_every_language() {
        for locale in Locale::ALL {
            assert!(!text(locale, Msg::CrrTitle).is_empty());
            assert!(!text(locale, Msg::ImportFailed).is_empty());
        }
    }
}
