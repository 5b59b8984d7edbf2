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
    /// A chart's table: its summary, and the first column's name where no other message says it.
    ShowTable,
    TableOrderKind,
    TableDays,
    TablePeriodsAfter,
    /// Under the cohort heatmap: a click on a row filters to it.
    CohortClickHint,
    /// The cohort part of the filter's description.
    FilterCohort,
    /// How to zoom a time chart, what a zoomed one shows, and its reset.
    ZoomHint,
    ZoomedTo,
    ShowAllPeriods,
    /// The settings panel's title and its groups.
    Settings,
    SettingsMetrics,
    SettingsDisplay,
    /// What the panel remembers and where.
    SettingsRemembered,
    /// Legend of the statuses that count as purchases.
    StatusesCount,
    /// Under the wizard's statuses: the choice can change later.
    StatusesLater,
    /// `{counted}` of `{orders}` orders are counted as purchases.
    StatusesCounted,
    /// Back to the import's choice of statuses.
    StatusesAsImported,
    Calendar,
    Gregorian,
    Jalali,
    CohortTable,
    /// The legend toggles' group: which series a chart shows.
    SeriesShown,
    /// The digit set numbers are shown in.
    Digits,
    /// The digits option that follows the language.
    DigitsOfLanguage,
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
    ReportFailed,
    Computing,
    DateOrderGuess,
    DayFirst,
    MonthFirst,
    RowsWord,
    WindowLabel,
    WindowInvalid,
    SettingsNote,
    FilterFrom,
    FilterTo,
    SegmentLabel,
    AllSegments,
    NoSegment,
    ShowAllOrders,
    FilteredBy,
    FilterRange,
    FilterSegment,
    RangeInvalid,
    BreakdownTitle,
    BreakdownNote,
    RevenueShare,
    AovShort,
    BreakdownMore,
    ViewRetention,
    ViewChurn,
    ChurnLine,
    StrictChurnLine,
    ChurnNote,
    VariantOn,
    VariantOnOrAfter,
    VariantRevenue,
    NoteOn,
    NoteOnOrAfter,
    NoteRevenue,
    TipOn,
    TipOnOrAfter,
    TipRevenue,
    CurvesTitle,
    CurvesNote,
    AverageLine,
    TipCurves,
    LifecycleTitle,
    LifecycleNote,
    New,
    Returning,
    Churned,
    ReactivatedSeries,
    PartialPeriod,
    AovTitle,
    AovNote,
    AovAll,
    AovFirst,
    AovRepeat,
    TipAov,
    GapsTitle,
    GapsNote,
    TipGaps,
    ClvTitle,
    ClvNote,
    Months,
    CustomersObserved,
    Clv,
    FirstOrder,
    ClvPerFirstOrder,
    CohortClvCaption,
    RfmTitle,
    RfmNote,
    TipRfm,
    Segment,
    Rule,
    CustomerShare,
    DownloadCsv,
    DownloadFailed,
    ChartPng,
    ChartPngLabel,
    TableCsv,
    TableCsvLabel,
    ExportFailed,
    // ui-polish: partial periods on the CRR and lifecycle charts, published benchmarks.
    PartialPeriodLegend,
    CrrPartialNote,
    LifecyclePartialNote,
    BenchmarkLabel,
    BenchmarkSource,
    BenchmarkSpend,
    BenchmarkSell,
    BenchmarkSellCaveat,
    OwnAovDiff,
    OwnRepeatRate,
    // Survey responses datasets.
    ResponsesWillImport,
    ResponsesKept,
    ResponsesCount,
    OrdersCount,
    SurveyCounted,
    SurveyCountedAll,
    IncludePartial,
    SatisfiedFrom,
    TopTwoBox,
    SatisfiedNow,
    CesDirection,
    HighIsGood,
    LowIsGood,
    FromTheQuestion,
    QuestionsLegend,
    ScaleRead,
    MeasureNps,
    MeasureCsat,
    MeasureCes,
    MeasureRating,
    DetectedScale,
    // Dataset manager.
    DeletedDataset,
    Undo,
    ForgetEverything,
    ForgetConfirm,
    // Sentiment card.
    SentimentTitle,
    SentimentNote,
    Positive,
    Neutral,
    Negative,
    PositiveToNegative,
    NoNegatives,
    // Dataset manager.
    StoredDamaged,
    DamagedLabel,
    Rename,
    RenameLabel,
    InIndexedDb,
    InLocalStorage,
    Backup,
    Restore,
    Restored,
    RestoreFailed,
    BackupFailed,
    RestoredDetail,
    Skipped,
    StoreAs,
    StoreNew,
    StoreReplace,
    StoreAppend,
    AppendedDetail,
    LayoutRemembered,
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
        (Msg::DropHint, En) => "or drop an orders or survey export here",
        (Msg::DropHint, Fa) => "یا فایل سفارش‌ها یا نظرسنجی را اینجا رها کنید",
        (Msg::DropHint, Ar) => "أو أفلت ملف الطلبات أو الاستبيان هنا",
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
        (Msg::CrrTitle, En) => "Customer retention rate by {period}",
        (Msg::CrrTitle, Fa) => "نرخ نگهداشت مشتری در هر {period}",
        (Msg::CrrTitle, Ar) => "معدل الاحتفاظ بالعملاء لكل {period}",
        (Msg::CrrNote, En) => {
            "CRR = (E − N) / S per {period}: S customers active at the {period}'s start, E at its end, N new in the {period}; active = ordered in the last W = {w} days. E − N also counts reactivated customers (active at the end, not at the start), so CRR can pass 100%; the strict line counts only customers active at both ends (|S ∩ E| / S)."
        }
        (Msg::CrrNote, Fa) => {
            "CRR = (E − N) / S در هر {period}: S مشتریان فعال در آغاز {period}، E در پایان آن، N مشتریان تازهٔ آن؛ فعال یعنی خرید در W = {w} روز گذشته. E − N مشتریان بازگشته (فعال در پایان و نه در آغاز) را هم می‌شمارد، پس CRR می‌تواند از ۱۰۰٪ بگذرد؛ خط دقیق فقط مشتریانی را می‌شمارد که در هر دو سر فعال‌اند (|S ∩ E| / S)."
        }
        (Msg::CrrNote, Ar) => {
            "CRR = (E − N) / S لكل {period}: S العملاء النشطون في بداية الـ{period}، E في نهايته، N الجدد خلاله؛ النشط = اشترى خلال آخر W = {w} يومًا. يشمل E − N العائدين أيضًا (نشطون في النهاية لا في البداية)، لذا قد يتجاوز CRR ‏100٪؛ الخط الصارم يعدّ فقط النشطين في الطرفين (|S ∩ E| / S)."
        }
        (Msg::CrrLine, En) => "CRR",
        (Msg::CrrLine, Fa) => "CRR",
        (Msg::CrrLine, Ar) => "CRR",
        (Msg::RetainedLine, En) => "Retained (strict)",
        (Msg::RetainedLine, Fa) => "نگه‌داشته (دقیق)",
        (Msg::RetainedLine, Ar) => "المحتفَظ بهم (صارم)",
        (Msg::CohortTitle, En) => "Cohort retention by first-order {period}",
        (Msg::CohortTitle, Fa) => "نگهداشت گروه‌ها بر پایهٔ {period} نخستین سفارش",
        (Msg::CohortTitle, Ar) => "الاحتفاظ حسب {period} الطلب الأول",
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
        (Msg::PeriodsAfter, En) => "{k} {periods} after first order",
        (Msg::PeriodsAfter, Fa) => "{k} {period} پس از نخستین سفارش",
        (Msg::PeriodsAfter, Ar) => "بعد أول طلب بـ{k} {periods}",
        (Msg::Share, En) => "ordered",
        (Msg::Share, Fa) => "خرید کردند",
        (Msg::Share, Ar) => "طلبوا",
        (Msg::Period, En) => "Period",
        (Msg::Period, Fa) => "دوره",
        (Msg::Period, Ar) => "الفترة",
        (Msg::Reactivated, En) => "reactivated",
        (Msg::Reactivated, Fa) => "بازگشته",
        (Msg::Reactivated, Ar) => "عائدون",
        (Msg::PrivacyNote, En) => "Your files stay on this computer: Vafa has no server.",
        (Msg::PrivacyNote, Fa) => "فایل‌های شما روی همین رایانه می‌مانند: وفا سروری ندارد.",
        (Msg::PrivacyNote, Ar) => "تبقى ملفاتك على هذا الجهاز: ليس لـ«وفا» خادم.",
        (Msg::Language, En) => "Language",
        (Msg::Language, Fa) => "زبان",
        (Msg::Language, Ar) => "اللغة",
        (Msg::SeriesShown, En) => "Series shown (click to hide or show)",
        (Msg::SeriesShown, Fa) => "سری‌های نمایش‌داده‌شده (برای پنهان یا نمایان کردن کلیک کنید)",
        (Msg::SeriesShown, Ar) => "السلاسل المعروضة (انقر للإخفاء أو الإظهار)",
        (Msg::ZoomHint, En) => "Drag across the chart to zoom into a run of periods.",
        (Msg::ZoomHint, Fa) => "برای بزرگ‌نمایی چند دوره، روی نمودار بکشید.",
        (Msg::ZoomHint, Ar) => "اسحب عبر المخطط لتكبير سلسلة من الفترات.",
        (Msg::ZoomedTo, En) => "Showing {from} to {to} on every time chart.",
        (Msg::ZoomedTo, Fa) => "نمایش {from} تا {to} در همهٔ نمودارهای زمانی.",
        (Msg::ZoomedTo, Ar) => "عرض {from} إلى {to} في كل المخططات الزمنية.",
        (Msg::ShowAllPeriods, En) => "Show all periods",
        (Msg::ShowAllPeriods, Fa) => "نمایش همهٔ دوره‌ها",
        (Msg::ShowAllPeriods, Ar) => "عرض كل الفترات",
        (Msg::CohortClickHint, En) => {
            "Click a cohort's row to count only its customers on the whole dashboard."
        }
        (Msg::CohortClickHint, Fa) => {
            "روی سطر یک هم‌گروه کلیک کنید تا کل داشبورد فقط مشتریان آن را بشمارد."
        }
        (Msg::CohortClickHint, Ar) => "انقر صف فوج لتحسب لوحة المعلومات كلها عملاءه فقط.",
        (Msg::FilterCohort, En) => "customers whose first order was from {from} to {to}",
        (Msg::FilterCohort, Fa) => "مشتریانی که نخستین سفارششان از {from} تا {to} بوده",
        (Msg::FilterCohort, Ar) => "العملاء الذين كان أول طلب لهم من {from} إلى {to}",
        (Msg::ShowTable, En) => "The numbers as a table",
        (Msg::ShowTable, Fa) => "اعداد به صورت جدول",
        (Msg::ShowTable, Ar) => "الأرقام في جدول",
        (Msg::TableOrderKind, En) => "Orders",
        (Msg::TableOrderKind, Fa) => "سفارش‌ها",
        (Msg::TableOrderKind, Ar) => "الطلبات",
        (Msg::TableDays, En) => "Days between orders",
        (Msg::TableDays, Fa) => "روزهای میان سفارش‌ها",
        (Msg::TableDays, Ar) => "الأيام بين الطلبات",
        (Msg::TablePeriodsAfter, En) => "Periods after the first order",
        (Msg::TablePeriodsAfter, Fa) => "دوره‌ها پس از نخستین سفارش",
        (Msg::TablePeriodsAfter, Ar) => "الفترات بعد الطلب الأول",
        (Msg::Settings, En) => "Settings",
        (Msg::Settings, Fa) => "تنظیمات",
        (Msg::Settings, Ar) => "الإعدادات",
        (Msg::SettingsMetrics, En) => "How the numbers are computed",
        (Msg::SettingsMetrics, Fa) => "شیوهٔ محاسبهٔ اعداد",
        (Msg::SettingsMetrics, Ar) => "طريقة حساب الأرقام",
        (Msg::SettingsDisplay, En) => "How they are shown",
        (Msg::SettingsDisplay, Fa) => "شیوهٔ نمایش",
        (Msg::SettingsDisplay, Ar) => "طريقة العرض",
        (Msg::SettingsRemembered, En) => {
            "These choices are remembered in this browser and written in the page's address, so a bookmark opens this view (settings only, never data). Which order statuses count is remembered for each dataset."
        }
        (Msg::SettingsRemembered, Fa) => {
            "این انتخاب‌ها در همین مرورگر به خاطر سپرده می‌شوند و در نشانی صفحه نوشته می‌شوند، پس نشانک همین نما را باز می‌کند (فقط تنظیمات، هرگز داده). اینکه کدام وضعیت‌های سفارش شمرده شوند برای هر مجموعه‌داده جداگانه به خاطر سپرده می‌شود."
        }
        (Msg::SettingsRemembered, Ar) => {
            "تُحفظ هذه الاختيارات في هذا المتصفح وتُكتب في عنوان الصفحة، فتفتح الإشارة المرجعية هذا العرض (إعدادات فقط، لا بيانات أبدًا). وتُحفظ حالات الطلب المحتسبة لكل مجموعة بيانات على حدة."
        }
        (Msg::StatusesCount, En) => "Order statuses that count as purchases",
        (Msg::StatusesCount, Fa) => "وضعیت‌های سفارشی که خرید شمرده می‌شوند",
        (Msg::StatusesCount, Ar) => "حالات الطلب التي تُحتسب مشتريات",
        (Msg::StatusesCounted, En) => "{counted} of {orders} orders count.",
        (Msg::StatusesCounted, Fa) => "{counted} سفارش از {orders} سفارش شمرده می‌شوند.",
        (Msg::StatusesCounted, Ar) => "يُحتسب {counted} من أصل {orders} طلب.",
        (Msg::StatusesLater, En) => {
            "Orders of the other statuses are kept too: the settings can count them later."
        }
        (Msg::StatusesLater, Fa) => {
            "سفارش‌های وضعیت‌های دیگر هم نگه داشته می‌شوند: بعداً می‌توانید در تنظیمات آن‌ها را هم بشمارید."
        }
        (Msg::StatusesLater, Ar) => "تُحفظ طلبات الحالات الأخرى أيضًا: يمكن احتسابها لاحقًا من الإعدادات.",
        (Msg::StatusesAsImported, En) => "As imported",
        (Msg::StatusesAsImported, Fa) => "مانند هنگام وارد کردن",
        (Msg::StatusesAsImported, Ar) => "كما عند الاستيراد",
        (Msg::Calendar, En) => "Calendar",
        (Msg::Calendar, Fa) => "تقویم",
        (Msg::Calendar, Ar) => "التقويم",
        (Msg::Gregorian, En) => "Gregorian",
        (Msg::Gregorian, Fa) => "میلادی",
        (Msg::Gregorian, Ar) => "ميلادي",
        (Msg::Jalali, En) => "Jalali (Solar Hijri)",
        (Msg::Jalali, Fa) => "خورشیدی (جلالی)",
        (Msg::Jalali, Ar) => "هجري شمسي (جلالي)",
        (Msg::CohortTable, En) => "Cohort table",
        (Msg::CohortTable, Fa) => "جدول هم‌گروه‌ها",
        (Msg::CohortTable, Ar) => "جدول الأفواج",
        (Msg::Digits, En) => "Digits",
        (Msg::Digits, Fa) => "ارقام",
        (Msg::Digits, Ar) => "الأرقام",
        (Msg::DigitsOfLanguage, En) => "As the language",
        (Msg::DigitsOfLanguage, Fa) => "مانند زبان",
        (Msg::DigitsOfLanguage, Ar) => "حسب اللغة",
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
        (Msg::ReportFailed, En) => "The report could not be computed",
        (Msg::ReportFailed, Fa) => "گزارش محاسبه نشد",
        (Msg::ReportFailed, Ar) => "تعذّر حساب التقرير",
        (Msg::Computing, En) => "Computing the report…",
        (Msg::Computing, Fa) => "در حال محاسبهٔ گزارش…",
        (Msg::Computing, Ar) => "جارٍ حساب التقرير…",
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
        (Msg::WindowLabel, En) => "Activity window W (days)",
        (Msg::WindowLabel, Fa) => "بازهٔ فعالیت W (روز)",
        (Msg::WindowLabel, Ar) => "نافذة النشاط W (أيام)",
        (Msg::WindowInvalid, En) => {
            "Enter a whole number of days from 1 to 3650; the charts still use W = {w} days."
        }
        (Msg::WindowInvalid, Fa) => {
            "عددی صحیح از ۱ تا ۳۶۵۰ روز وارد کنید؛ نمودارها هنوز W = {w} روز را به کار می‌برند."
        }
        (Msg::WindowInvalid, Ar) => {
            "أدخل عددًا صحيحًا من الأيام بين 1 و3650؛ ما زالت المخططات تستخدم W = {w} يومًا."
        }
        (Msg::SettingsNote, En) => {
            "A customer is active while their last order is less than W days old. Remembered in this browser."
        }
        (Msg::SettingsNote, Fa) => {
            "مشتری تا وقتی فعال است که از آخرین سفارشش کمتر از W روز گذشته باشد. در همین مرورگر به خاطر سپرده می‌شود."
        }
        (Msg::SettingsNote, Ar) => {
            "يكون العميل نشطًا ما دام آخر طلب له أحدث من W يومًا. تُحفظ في هذا المتصفح."
        }
        (Msg::FilterFrom, En) => "From",
        (Msg::FilterFrom, Fa) => "از",
        (Msg::FilterFrom, Ar) => "من",
        (Msg::FilterTo, En) => "To",
        (Msg::FilterTo, Fa) => "تا",
        (Msg::FilterTo, Ar) => "إلى",
        (Msg::SegmentLabel, En) => "Segment ({column})",
        (Msg::SegmentLabel, Fa) => "بخش ({column})",
        (Msg::SegmentLabel, Ar) => "الشريحة ({column})",
        (Msg::AllSegments, En) => "All",
        (Msg::AllSegments, Fa) => "همه",
        (Msg::AllSegments, Ar) => "الكل",
        (Msg::NoSegment, En) => "(empty)",
        (Msg::NoSegment, Fa) => "(خالی)",
        (Msg::NoSegment, Ar) => "(فارغ)",
        (Msg::ShowAllOrders, En) => "Show all orders",
        (Msg::ShowAllOrders, Fa) => "نمایش همهٔ سفارش‌ها",
        (Msg::ShowAllOrders, Ar) => "عرض كل الطلبات",
        (Msg::FilteredBy, En) => {
            "Filtered: {filter}. Every number below counts only these orders, as if the file held no others: a customer's first order among them counts as their first."
        }
        (Msg::FilteredBy, Fa) => {
            "فیلتر: {filter}. همهٔ اعداد زیر فقط همین سفارش‌ها را می‌شمارند، انگار فایل سفارش دیگری نداشت: نخستین سفارش هر مشتری در میان آن‌ها نخستین سفارش او به حساب می‌آید."
        }
        (Msg::FilteredBy, Ar) => {
            "التصفية: {filter}. كل الأرقام أدناه تحسب هذه الطلبات وحدها كأن الملف لا يضم غيرها: أول طلب للعميل بينها يُعد طلبه الأول."
        }
        (Msg::FilterRange, En) => "orders from {from} to {to}",
        (Msg::FilterRange, Fa) => "سفارش‌های {from} تا {to}",
        (Msg::FilterRange, Ar) => "الطلبات من {from} إلى {to}",
        (Msg::FilterSegment, En) => "{column} = {segment}",
        (Msg::FilterSegment, Fa) => "{column} = {segment}",
        (Msg::FilterSegment, Ar) => "{column} = {segment}",
        (Msg::RangeInvalid, En) => {
            "The start is after the end; the charts still use the last good range."
        }
        (Msg::RangeInvalid, Fa) => {
            "تاریخ شروع بعد از تاریخ پایان است؛ نمودارها هنوز آخرین بازهٔ درست را به کار می‌برند."
        }
        (Msg::RangeInvalid, Ar) => "البداية بعد النهاية؛ ما زالت المخططات تستخدم آخر نطاق صحيح.",
        (Msg::BreakdownTitle, En) => "By {column}",
        (Msg::BreakdownTitle, Fa) => "به تفکیک {column}",
        (Msg::BreakdownTitle, Ar) => "حسب {column}",
        (Msg::BreakdownNote, En) => {
            "The orders of the date range split by {column}, each segment summarised on its own: a customer who ordered in two segments counts in both. Click a segment to show every chart for it alone."
        }
        (Msg::BreakdownNote, Fa) => {
            "سفارش‌های بازهٔ زمانی به تفکیک {column}، هر بخش جداگانه: مشتری‌ای که در دو بخش سفارش داده در هر دو شمرده می‌شود. روی یک بخش کلیک کنید تا همهٔ نمودارها فقط برای آن نشان داده شوند."
        }
        (Msg::BreakdownNote, Ar) => {
            "طلبات النطاق الزمني مقسّمة حسب {column}، وكل شريحة محسوبة وحدها: العميل الذي طلب في شريحتين يُحسب في كلتيهما. انقر شريحة لعرض كل المخططات لها وحدها."
        }
        (Msg::RevenueShare, En) => "Share of revenue",
        (Msg::RevenueShare, Fa) => "سهم از درآمد",
        (Msg::RevenueShare, Ar) => "حصة الإيرادات",
        (Msg::AovShort, En) => "AOV",
        (Msg::AovShort, Fa) => "میانگین سفارش",
        (Msg::AovShort, Ar) => "متوسط الطلب",
        (Msg::BreakdownMore, En) => "…and {n} more segments, in the segment list above.",
        (Msg::BreakdownMore, Fa) => "…و {n} بخش دیگر، در فهرست بخش‌ها در بالا.",
        (Msg::BreakdownMore, Ar) => "…و{n} شريحة أخرى، في قائمة الشرائح أعلاه.",
        (Msg::ViewRetention, En) => "Retention",
        (Msg::ViewRetention, Fa) => "نگهداشت",
        (Msg::ViewRetention, Ar) => "الاحتفاظ",
        (Msg::ViewChurn, En) => "Churn",
        (Msg::ViewChurn, Fa) => "ریزش",
        (Msg::ViewChurn, Ar) => "التسرّب",
        (Msg::ChurnLine, En) => "Churn = 100 − CRR",
        (Msg::ChurnLine, Fa) => "ریزش = ۱۰۰ − CRR",
        (Msg::ChurnLine, Ar) => "التسرّب = 100 − CRR",
        (Msg::StrictChurnLine, En) => "Lost (strict) = 100 − retained",
        (Msg::StrictChurnLine, Fa) => "ازدست‌رفته (دقیق) = ۱۰۰ − نگه‌داشته",
        (Msg::StrictChurnLine, Ar) => "المفقودون (صارم) = 100 − المحتفَظ بهم",
        (Msg::ChurnNote, En) => {
            "Churn = 100% − CRR per {period}, with active = ordered in the last W = {w} days. CRR counts reactivated customers, so churn falls below 0% when more lapsed customers come back than active ones leave; the strict line is 100% − the retained share (customers active at both ends)."
        }
        (Msg::ChurnNote, Fa) => {
            "ریزش = ۱۰۰٪ − CRR در هر {period}، با فعال = خرید در W = {w} روز گذشته. CRR مشتریان بازگشته را هم می‌شمارد، پس وقتی بازگشتگان از رفتگان بیشترند ریزش زیر ۰٪ می‌رود؛ خط دقیق ۱۰۰٪ منهای سهم نگه‌داشته (فعال در هر دو سر) است."
        }
        (Msg::ChurnNote, Ar) => {
            "التسرّب = 100٪ − CRR لكل {period}، والنشط = اشترى خلال آخر W = {w} يومًا. يشمل CRR العائدين، لذا ينزل التسرّب تحت 0٪ حين يعود من المنقطعين أكثر ممن يغادر؛ الخط الصارم هو 100٪ − حصة المحتفَظ بهم (النشطين في الطرفين)."
        }
        (Msg::VariantOn, En) => "Ordered in the period",
        (Msg::VariantOn, Fa) => "خرید در همان دوره",
        (Msg::VariantOn, Ar) => "اشترى في الفترة",
        (Msg::VariantOnOrAfter, En) => "Ordered then or later",
        (Msg::VariantOnOrAfter, Fa) => "خرید در آن دوره یا پس از آن",
        (Msg::VariantOnOrAfter, Ar) => "اشترى فيها أو بعدها",
        (Msg::VariantRevenue, En) => "Revenue retention",
        (Msg::VariantRevenue, Fa) => "نگهداشت درآمد",
        (Msg::VariantRevenue, Ar) => "الاحتفاظ بالإيراد",
        (Msg::NoteOn, En) => {
            "Each row is the customers whose first order fell in that {period}; a cell is the share of them with at least one order in the {period} k {periods} later (denominator: the cohort's size, beside its label). Paler cells are periods the data only partly covers; empty cells are still in the future."
        }
        (Msg::NoteOn, Fa) => {
            "هر سطر مشتریانی است که نخستین سفارششان در آن {period} بوده؛ هر خانه سهمی از آنان است که در {period} k ام پس از آن دست‌کم یک سفارش داده‌اند (مخرج: اندازهٔ گروه، کنار برچسب). خانه‌های کم‌رنگ دوره‌هایی‌اند که داده فقط بخشی از آن‌ها را دارد؛ خانه‌های خالی هنوز نرسیده‌اند."
        }
        (Msg::NoteOn, Ar) => {
            "كل صف هو العملاء الذين كان أول طلب لهم في ذلك الـ{period}؛ والخلية حصة من لديه طلب واحد على الأقل منهم في الـ{period} بعد k (المقام: حجم الفوج بجانب اسمه). الخلايا الباهتة فترات لا تغطيها البيانات كاملة؛ والفارغة لم تأتِ بعد."
        }
        (Msg::NoteOnOrAfter, En) => {
            "Each row is the customers whose first order fell in that {period}; a cell is the share of them with an order in the {period} k {periods} later or in any later one (denominator: the cohort's size). It can only fall from left to right. Paler cells are partly covered periods."
        }
        (Msg::NoteOnOrAfter, Fa) => {
            "هر سطر مشتریانی است که نخستین سفارششان در آن {period} بوده؛ هر خانه سهمی از آنان است که در {period} k ام پس از آن یا هر دورهٔ بعدی سفارش داده‌اند (مخرج: اندازهٔ گروه). از راست به چپ فقط کم می‌شود. خانه‌های کم‌رنگ دوره‌های ناقص‌اند."
        }
        (Msg::NoteOnOrAfter, Ar) => {
            "كل صف هو العملاء الذين كان أول طلب لهم في ذلك الـ{period}؛ والخلية حصة من طلب منهم في الـ{period} بعد k أو في أي فترة لاحقة (المقام: حجم الفوج). لا تزداد من اليمين إلى اليسار. الخلايا الباهتة فترات ناقصة."
        }
        (Msg::NoteRevenue, En) => {
            "Each row is the customers whose first order fell in that {period}; a cell is their revenue in the {period} k {periods} later divided by their revenue in their first {period} (denominator: first-{period} revenue, so cells can pass 100%). Paler cells are partly covered periods."
        }
        (Msg::NoteRevenue, Fa) => {
            "هر سطر مشتریانی است که نخستین سفارششان در آن {period} بوده؛ هر خانه درآمد آنان در {period} k ام پس از آن تقسیم بر درآمدشان در نخستین {period} است (مخرج: درآمد نخستین دوره، پس خانه‌ها می‌توانند از ۱۰۰٪ بگذرند). خانه‌های کم‌رنگ دوره‌های ناقص‌اند."
        }
        (Msg::NoteRevenue, Ar) => {
            "كل صف هو العملاء الذين كان أول طلب لهم في ذلك الـ{period}؛ والخلية إيرادهم في الـ{period} بعد k مقسومًا على إيرادهم في أول {period} (المقام: إيراد الفترة الأولى، لذا قد تتجاوز الخلايا 100٪). الخلايا الباهتة فترات ناقصة."
        }
        (Msg::TipOn, En) => "{share} ordered in it ({count} / {size} customers)",
        (Msg::TipOn, Fa) => "{share} در آن خرید کردند ({count} / {size} مشتری)",
        (Msg::TipOn, Ar) => "{share} طلبوا فيها ({count} / {size} عميلًا)",
        (Msg::TipOnOrAfter, En) => "{share} ordered then or later ({count} / {size} customers)",
        (Msg::TipOnOrAfter, Fa) => "{share} در آن یا پس از آن خرید کردند ({count} / {size} مشتری)",
        (Msg::TipOnOrAfter, Ar) => "{share} طلبوا فيها أو بعدها ({count} / {size} عميلًا)",
        (Msg::TipRevenue, En) => "revenue {share} of the first {period}'s ({revenue} / {first})",
        (Msg::TipRevenue, Fa) => "درآمد {share} درآمدِ نخستین {period} ({revenue} / {first})",
        (Msg::TipRevenue, Ar) => "الإيراد {share} من إيراد أول {period} ({revenue} / {first})",
        (Msg::CurvesTitle, En) => "Retention curves by cohort",
        (Msg::CurvesTitle, Fa) => "منحنی‌های نگهداشت هر گروه",
        (Msg::CurvesTitle, Ar) => "منحنيات الاحتفاظ لكل فوج",
        (Msg::CurvesNote, En) => {
            "One faint line per first-order cohort: the share of it with an order in the {period} k {periods} after its first (x = k). The bold line is their average weighted by cohort size: customers of every cohort that has reached k who ordered in it ÷ those cohorts' customers."
        }
        (Msg::CurvesNote, Fa) => {
            "برای هر گروه یک خط کم‌رنگ: سهمی از آن که در {period} k ام پس از نخستین خرید سفارش داده (x = k). خط پررنگ میانگین وزنی به اندازهٔ گروه‌هاست: مشتریان خریدار همهٔ گروه‌هایی که به k رسیده‌اند ÷ کل مشتریان آن گروه‌ها."
        }
        (Msg::CurvesNote, Ar) => {
            "خط باهت لكل فوج: حصة من طلب منه في الـ{period} رقم k بعد أول طلب (x = k). الخط العريض متوسطها الموزون بحجم الفوج: من طلب من كل الأفواج التي بلغت k ÷ عملاء تلك الأفواج."
        }
        (Msg::AverageLine, En) => "Average (weighted by cohort size)",
        (Msg::AverageLine, Fa) => "میانگین (وزنی به اندازهٔ گروه)",
        (Msg::AverageLine, Ar) => "المتوسط (موزون بحجم الفوج)",
        (Msg::TipCurves, En) => {
            "{k} {periods} after the first order: average {share} ({count} / {size} customers of {cohorts} cohorts)"
        }
        (Msg::TipCurves, Fa) => {
            "{k} {periods} پس از نخستین سفارش: میانگین {share} ({count} / {size} مشتری از {cohorts} گروه)"
        }
        (Msg::TipCurves, Ar) => {
            "بعد أول طلب بـ{k} {periods}: المتوسط {share} ({count} / {size} عميلًا من {cohorts} أفواج)"
        }
        (Msg::LifecycleTitle, En) => "Customers per {period}: new, returning, reactivated, churned",
        (Msg::LifecycleTitle, Fa) => "مشتریان هر {period}: تازه، بازآمده، بازگشته، ریزش‌کرده",
        (Msg::LifecycleTitle, Ar) => "العملاء في كل {period}: جدد، عائدون، مستعادون، متسرّبون",
        (Msg::LifecycleNote, En) => {
            "Customers who ordered in the {period}: new (first order ever), returning (ordered again within W = {w} days of their previous order), reactivated (after more than {w} days). Below zero: churned, customers whose {w} days without an order ran out in the {period}."
        }
        (Msg::LifecycleNote, Fa) => {
            "مشتریانی که در این {period} خرید کردند: تازه (نخستین سفارش)، بازآمده (در W = {w} روز پس از سفارش قبلی)، بازگشته (پس از بیش از {w} روز). زیر صفر: ریزش‌کرده، مشتریانی که {w} روز بی‌سفارششان در این {period} تمام شد."
        }
        (Msg::LifecycleNote, Ar) => {
            "العملاء الذين طلبوا في الـ{period}: جدد (أول طلب)، عائدون (خلال W = {w} يومًا من طلبهم السابق)، مستعادون (بعد أكثر من {w} يومًا). تحت الصفر: المتسرّبون، من انقضت أيامهم الـ{w} بلا طلب خلال الـ{period}."
        }
        (Msg::New, En) => "New",
        (Msg::New, Fa) => "تازه",
        (Msg::New, Ar) => "جدد",
        (Msg::Returning, En) => "Returning",
        (Msg::Returning, Fa) => "بازآمده",
        (Msg::Returning, Ar) => "عائدون",
        (Msg::ReactivatedSeries, En) => "Reactivated",
        (Msg::ReactivatedSeries, Fa) => "بازگشته",
        (Msg::ReactivatedSeries, Ar) => "مستعادون",
        (Msg::PartialPeriod, En) => "partial period: the data ends before it does",
        (Msg::PartialPeriod, Fa) => "دورهٔ ناقص: داده پیش از پایان آن تمام می‌شود",
        (Msg::PartialPeriod, Ar) => "فترة ناقصة: تنتهي البيانات قبل نهايتها",
        (Msg::Churned, En) => "Churned",
        (Msg::Churned, Fa) => "ریزش‌کرده",
        (Msg::Churned, Ar) => "متسرّبون",
        (Msg::AovTitle, En) => "Average order value",
        (Msg::AovTitle, Fa) => "میانگین ارزش سفارش",
        (Msg::AovTitle, Ar) => "متوسط قيمة الطلب",
        (Msg::AovNote, En) => {
            "AOV = revenue ÷ orders, for all orders, for each customer's first order, and for every later order. Repeat orders average {diff} vs first orders."
        }
        (Msg::AovNote, Fa) => {
            "AOV = درآمد ÷ تعداد سفارش، برای همهٔ سفارش‌ها، نخستین سفارش هر مشتری و سفارش‌های بعدی. سفارش‌های تکراری به‌طور میانگین {diff} نسبت به نخستین سفارش‌اند."
        }
        (Msg::AovNote, Ar) => {
            "AOV = الإيراد ÷ الطلبات، لكل الطلبات ولأول طلب لكل عميل وللطلبات اللاحقة. متوسط الطلبات المتكررة {diff} مقارنة بالطلبات الأولى."
        }
        (Msg::AovAll, En) => "All orders",
        (Msg::AovAll, Fa) => "همهٔ سفارش‌ها",
        (Msg::AovAll, Ar) => "كل الطلبات",
        (Msg::AovFirst, En) => "First orders",
        (Msg::AovFirst, Fa) => "نخستین سفارش‌ها",
        (Msg::AovFirst, Ar) => "الطلبات الأولى",
        (Msg::AovRepeat, En) => "Repeat orders",
        (Msg::AovRepeat, Fa) => "سفارش‌های تکراری",
        (Msg::AovRepeat, Ar) => "الطلبات المتكررة",
        (Msg::TipAov, En) => "{name}: AOV {aov} over {count} orders",
        (Msg::TipAov, Fa) => "{name}: AOV {aov} از {count} سفارش",
        (Msg::TipAov, Ar) => "{name}: AOV {aov} من {count} طلبًا",
        (Msg::GapsTitle, En) => "Days between purchases",
        (Msg::GapsTitle, Fa) => "فاصلهٔ روزهای میان خریدها",
        (Msg::GapsTitle, Ar) => "الأيام بين عمليات الشراء",
        (Msg::GapsNote, En) => {
            "Days between each customer's consecutive orders ({n} gaps; two orders on one day are 0 days apart). Median {median} days. Median days from the first order to the second: {median2} ({n2} repeat customers)."
        }
        (Msg::GapsNote, Fa) => {
            "روزهای میان سفارش‌های پیاپی هر مشتری ({n} فاصله؛ دو سفارش در یک روز ۰ روز فاصله دارند). میانه {median} روز. میانهٔ روزهای نخستین سفارش تا دومی: {median2} ({n2} مشتری تکراری)."
        }
        (Msg::GapsNote, Ar) => {
            "الأيام بين طلبات العميل المتتالية ({n} فاصلًا؛ طلبان في يوم واحد بينهما 0 يوم). الوسيط {median} يومًا. وسيط الأيام من الطلب الأول إلى الثاني: {median2} ({n2} عميلًا متكررًا)."
        }
        (Msg::TipGaps, En) => "{bin} days: {count} gaps ({share} of {n})",
        (Msg::TipGaps, Fa) => "{bin} روز: {count} فاصله ({share} از {n})",
        (Msg::TipGaps, Ar) => "{bin} يومًا: {count} فاصلًا ({share} من {n})",
        (Msg::ClvTitle, En) => "Historical customer lifetime value",
        (Msg::ClvTitle, Fa) => "ارزش طول عمر مشتری (تاریخی)",
        (Msg::ClvTitle, Ar) => "القيمة الدائمة للعميل (تاريخية)",
        (Msg::ClvNote, En) => {
            "CLV at H months = mean revenue of a customer in the H months from their first order, over the customers whose H months the data fully covers (so young customers never lower it). CLV ÷ first order shows how much repeat buying adds. By cohort, a value appears once every customer of the cohort is observed for H months."
        }
        (Msg::ClvNote, Fa) => {
            "CLV در H ماه = میانگین درآمد هر مشتری در H ماه از نخستین سفارشش، فقط برای مشتریانی که H ماهشان کامل در داده هست (پس مشتریان تازه آن را پایین نمی‌آورند). CLV ÷ نخستین سفارش نشان می‌دهد خرید مجدد چقدر می‌افزاید. در هر گروه، مقدار وقتی می‌آید که همهٔ مشتریان گروه H ماه دیده شده باشند."
        }
        (Msg::ClvNote, Ar) => {
            "CLV عند H شهرًا = متوسط إيراد العميل في H شهرًا من أول طلب له، لمن تغطي البيانات أشهره كاملة (فلا يخفضه العملاء الجدد). ‏CLV ÷ الطلب الأول يبيّن ما يضيفه تكرار الشراء. لكل فوج تظهر القيمة حين يُرصد كل عملائه H شهرًا."
        }
        (Msg::Months, En) => "Months",
        (Msg::Months, Fa) => "ماه",
        (Msg::Months, Ar) => "الأشهر",
        (Msg::CustomersObserved, En) => "Customers observed",
        (Msg::CustomersObserved, Fa) => "مشتریان دیده‌شده",
        (Msg::CustomersObserved, Ar) => "العملاء المرصودون",
        (Msg::Clv, En) => "CLV",
        (Msg::Clv, Fa) => "CLV",
        (Msg::Clv, Ar) => "CLV",
        (Msg::FirstOrder, En) => "First order",
        (Msg::FirstOrder, Fa) => "نخستین سفارش",
        (Msg::FirstOrder, Ar) => "الطلب الأول",
        (Msg::ClvPerFirstOrder, En) => "CLV ÷ first order",
        (Msg::ClvPerFirstOrder, Fa) => "CLV ÷ نخستین سفارش",
        (Msg::ClvPerFirstOrder, Ar) => "CLV ÷ الطلب الأول",
        (Msg::CohortClvCaption, En) => {
            "CLV by first-order {period} (customers in the cohort) at 3, 6, 12 and 24 months"
        }
        (Msg::CohortClvCaption, Fa) => {
            "CLV هر گروه بر پایهٔ {period} نخستین سفارش (تعداد مشتریان گروه) در ۳، ۶، ۱۲ و ۲۴ ماه"
        }
        (Msg::CohortClvCaption, Ar) => {
            "CLV حسب {period} الطلب الأول (عدد عملاء الفوج) عند 3 و6 و12 و24 شهرًا"
        }
        (Msg::RfmTitle, En) => "RFM segments",
        (Msg::RfmTitle, Fa) => "بخش‌بندی RFM",
        (Msg::RfmTitle, Ar) => "شرائح RFM",
        (Msg::RfmNote, En) => {
            "Recency (days since the last order, up to {as_of}), frequency (orders) and monetary value (revenue) are each scored 1–5 by quintile among all {n} customers; equal values get equal scores. The grid counts customers by R (rows) and F (columns); segments take the first rule in the table's order that holds."
        }
        (Msg::RfmNote, Fa) => {
            "تازگی (روزها از آخرین سفارش تا {as_of})، تکرار (تعداد سفارش) و ارزش پولی (درآمد) هر کدام با پنجک‌ها میان همهٔ {n} مشتری از ۱ تا ۵ نمره می‌گیرند؛ مقدارهای برابر نمرهٔ برابر دارند. جدول مشتریان را بر پایهٔ R (سطر) و F (ستون) می‌شمارد؛ هر مشتری در نخستین بخشی است که قاعده‌اش به ترتیب جدول برقرار باشد."
        }
        (Msg::RfmNote, Ar) => {
            "الحداثة (أيام منذ آخر طلب حتى {as_of}) والتكرار (عدد الطلبات) والقيمة النقدية (الإيراد) تُقيَّم كلٌّ من 1 إلى 5 بالخُمسيات بين كل العملاء الـ{n}؛ القيم المتساوية تنال الدرجة نفسها. تعدّ الشبكة العملاء حسب R (الصفوف) وF (الأعمدة)؛ وتأخذ الشريحة أول قاعدة تنطبق بترتيب الجدول."
        }
        (Msg::TipRfm, En) => "R {r} · F {f}: {count} customers ({share} of all)",
        (Msg::TipRfm, Fa) => "R {r} · F {f}: {count} مشتری ({share} از همه)",
        (Msg::TipRfm, Ar) => "R {r} · F {f}: {count} عميلًا ({share} من الكل)",
        (Msg::Segment, En) => "Segment",
        (Msg::Segment, Fa) => "بخش",
        (Msg::Segment, Ar) => "الشريحة",
        (Msg::Rule, En) => "Rule",
        (Msg::Rule, Fa) => "قاعده",
        (Msg::Rule, Ar) => "القاعدة",
        (Msg::CustomerShare, En) => "Share of customers",
        (Msg::CustomerShare, Fa) => "سهم از مشتریان",
        (Msg::CustomerShare, Ar) => "الحصة من العملاء",
        (Msg::DownloadCsv, En) => "Download CSV",
        (Msg::DownloadCsv, Fa) => "دریافت CSV",
        (Msg::DownloadCsv, Ar) => "تنزيل CSV",
        (Msg::DownloadFailed, En) => "The CSV file could not be created in this browser.",
        (Msg::DownloadFailed, Fa) => "فایل CSV در این مرورگر ساخته نشد.",
        (Msg::DownloadFailed, Ar) => "تعذّر إنشاء ملف CSV في هذا المتصفح.",
        (Msg::ChartPng, En) => "PNG",
        (Msg::ChartPng, Fa) => "تصویر PNG",
        (Msg::ChartPng, Ar) => "صورة PNG",
        (Msg::ChartPngLabel, En) => "Download this chart as a PNG image",
        (Msg::ChartPngLabel, Fa) => "دریافت این نمودار به صورت تصویر PNG",
        (Msg::ChartPngLabel, Ar) => "تنزيل هذا المخطط بصيغة صورة PNG",
        (Msg::TableCsv, En) => "CSV",
        (Msg::TableCsv, Fa) => "فایل CSV",
        (Msg::TableCsv, Ar) => "ملف CSV",
        (Msg::TableCsvLabel, En) => "Download this table as CSV",
        (Msg::TableCsvLabel, Fa) => "دریافت این جدول به صورت فایل CSV",
        (Msg::TableCsvLabel, Ar) => "تنزيل هذا الجدول في ملف CSV",
        (Msg::ExportFailed, En) => "The file could not be created in this browser.",
        (Msg::ExportFailed, Fa) => "فایل در این مرورگر ساخته نشد.",
        (Msg::ExportFailed, Ar) => "تعذّر إنشاء الملف في هذا المتصفح.",
        (Msg::PartialPeriodLegend, En) => "Partial period",
        (Msg::PartialPeriodLegend, Fa) => "دورهٔ ناقص",
        (Msg::PartialPeriodLegend, Ar) => "فترة ناقصة",
        (Msg::CrrPartialNote, En) => {
            "A partial {period} (the data ends before it does, so its numbers will still change) is reached by a dashed line and has a hollow marker."
        }
        (Msg::CrrPartialNote, Fa) => {
            "{period} ناقص (داده پیش از پایانش تمام می‌شود، پس عددهایش هنوز تغییر می‌کنند) با خط‌چین و نشانگر توخالی کشیده می‌شود."
        }
        (Msg::CrrPartialNote, Ar) => {
            "الـ{period} الناقص (تنتهي البيانات قبل نهايته، فستتغير أرقامه) يُرسم بخط متقطع وعلامة مجوّفة."
        }
        (Msg::LifecyclePartialNote, En) => {
            "A partial {period} (the data ends before it does, so its counts will still change) is drawn lighter and hatched."
        }
        (Msg::LifecyclePartialNote, Fa) => {
            "{period} ناقص (داده پیش از پایانش تمام می‌شود، پس شمارش‌هایش هنوز تغییر می‌کنند) کم‌رنگ‌تر و هاشورخورده کشیده می‌شود."
        }
        (Msg::LifecyclePartialNote, Ar) => {
            "الـ{period} الناقص (تنتهي البيانات قبل نهايته، فستتغير أعداده) يُرسم أفتح لونًا ومخطّطًا."
        }
        (Msg::BenchmarkLabel, En) => "Published benchmark, not computed from your data:",
        (Msg::BenchmarkLabel, Fa) => "معیار منتشرشده، محاسبه‌نشده از دادهٔ شما:",
        (Msg::BenchmarkLabel, Ar) => "مرجع منشور، غير محسوب من بياناتك:",
        (Msg::BenchmarkSource, En) => "Source:",
        (Msg::BenchmarkSource, Fa) => "منبع:",
        (Msg::BenchmarkSource, Ar) => "المصدر:",
        (Msg::BenchmarkSpend, En) => "loyal customers spend 31% more than new customers.",
        (Msg::BenchmarkSpend, Fa) => "مشتریان وفادار ۳۱٪ بیشتر از مشتریان تازه خرج می‌کنند.",
        (Msg::BenchmarkSpend, Ar) => "العملاء الأوفياء ينفقون أكثر بنسبة 31٪ من العملاء الجدد.",
        (Msg::BenchmarkSell, En) => {
            "the chance of selling to an existing customer is 60–70%, to a new customer 5–20%."
        }
        (Msg::BenchmarkSell, Fa) => {
            "احتمال فروش به مشتری فعلی ۶۰ تا ۷۰٪ است و به مشتری تازه ۵ تا ۲۰٪."
        }
        (Msg::BenchmarkSell, Ar) => "احتمال البيع لعميل حالي 60–70٪، ولعميل جديد 5–20٪.",
        (Msg::BenchmarkSellCaveat, En) => {
            "It is the chance of a sale, not the same measure as the share of customers who ordered twice or more."
        }
        (Msg::BenchmarkSellCaveat, Fa) => {
            "این احتمال یک فروش است، نه همان سنجهٔ سهم مشتریانی که دو بار یا بیشتر خرید کرده‌اند."
        }
        (Msg::BenchmarkSellCaveat, Ar) => {
            "هذا احتمال بيع، وليس المقياس نفسه لحصة العملاء الذين طلبوا مرتين أو أكثر."
        }
        (Msg::OwnAovDiff, En) => "Your data: repeat-order AOV vs first-order AOV",
        (Msg::OwnAovDiff, Fa) => "دادهٔ شما: AOV سفارش‌های تکراری نسبت به نخستین سفارش‌ها",
        (Msg::OwnAovDiff, Ar) => "بياناتك: AOV الطلبات المتكررة مقارنة بالطلبات الأولى",
        (Msg::OwnRepeatRate, En) => "Your data: repeat purchase rate",
        (Msg::OwnRepeatRate, Fa) => "دادهٔ شما: نرخ خرید مجدد",
        (Msg::OwnRepeatRate, Ar) => "بياناتك: معدل تكرار الشراء",
        (Msg::ResponsesWillImport, En) => "survey responses will be imported",
        (Msg::ResponsesWillImport, Fa) => "پاسخ نظرسنجی وارد می‌شود",
        (Msg::ResponsesWillImport, Ar) => "ردًّا على الاستبيان سيُستورد",
        (Msg::ResponsesKept, En) => "responses kept",
        (Msg::ResponsesKept, Fa) => "پاسخ نگه داشته شد",
        (Msg::ResponsesKept, Ar) => "ردًّا محفوظًا",
        (Msg::ResponsesCount, En) => "responses",
        (Msg::ResponsesCount, Fa) => "پاسخ",
        (Msg::ResponsesCount, Ar) => "ردًّا",
        (Msg::OrdersCount, En) => "orders",
        (Msg::OrdersCount, Fa) => "سفارش",
        (Msg::OrdersCount, Ar) => "طلبًا",
        (Msg::SurveyCounted, En) => {
            "Counting {counted} of {responses} responses ({partial} partial: the respondent left before submitting)."
        }
        (Msg::SurveyCounted, Fa) => {
            "{counted} پاسخ از {responses} پاسخ شمرده می‌شود ({partial} ناتمام: پاسخ‌دهنده پیش از ارسال رفت)."
        }
        (Msg::SurveyCounted, Ar) => {
            "يُحتسب {counted} من {responses} ردًّا ({partial} غير مكتمل: غادر المجيب قبل الإرسال)."
        }
        (Msg::SurveyCountedAll, En) => "Counting all {responses} responses.",
        (Msg::SurveyCountedAll, Fa) => "همهٔ {responses} پاسخ شمرده می‌شود.",
        (Msg::SurveyCountedAll, Ar) => "تُحتسب جميع الردود ({responses}).",
        (Msg::IncludePartial, En) => "Count partial responses",
        (Msg::IncludePartial, Fa) => "پاسخ‌های ناتمام هم شمرده شوند",
        (Msg::IncludePartial, Ar) => "احتساب الردود غير المكتملة",
        (Msg::SatisfiedFrom, En) => "CSAT: satisfied from",
        (Msg::SatisfiedFrom, Fa) => "CSAT: راضی از امتیاز",
        (Msg::SatisfiedFrom, Ar) => "CSAT: راضٍ ابتداءً من",
        (Msg::TopTwoBox, En) => "top two (≥ {k})",
        (Msg::TopTwoBox, Fa) => "دو امتیاز بالا (≥ {k})",
        (Msg::TopTwoBox, Ar) => "أعلى درجتين (≥ {k})",
        (Msg::SatisfiedNow, En) => "satisfied = {k} to {max}",
        (Msg::SatisfiedNow, Fa) => "راضی = {k} تا {max}",
        (Msg::SatisfiedNow, Ar) => "راضٍ = من {k} إلى {max}",
        (Msg::CesDirection, En) => "CES: the good end",
        (Msg::CesDirection, Fa) => "CES: سمت خوب مقیاس",
        (Msg::CesDirection, Ar) => "CES: الطرف الجيد",
        (Msg::HighIsGood, En) => "high is good (easy)",
        (Msg::HighIsGood, Fa) => "بالا خوب است (آسان)",
        (Msg::HighIsGood, Ar) => "الأعلى أفضل (سهل)",
        (Msg::LowIsGood, En) => "low is good (little effort)",
        (Msg::LowIsGood, Fa) => "پایین خوب است (تلاش کم)",
        (Msg::LowIsGood, Ar) => "الأدنى أفضل (جهد قليل)",
        (Msg::QuestionsLegend, En) => "Score questions: what each one measures",
        (Msg::QuestionsLegend, Fa) => "پرسش‌های امتیازی: هر کدام چه چیزی را می‌سنجد",
        (Msg::QuestionsLegend, Ar) => "أسئلة الدرجات: ماذا يقيس كل منها",
        (Msg::ScaleRead, En) => "scale {scale}",
        (Msg::ScaleRead, Fa) => "مقیاس {scale}",
        (Msg::ScaleRead, Ar) => "المقياس {scale}",
        (Msg::MeasureNps, En) => "NPS (0–10, would recommend)",
        (Msg::MeasureNps, Fa) => "NPS (۰ تا ۱۰، توصیه به دیگران)",
        (Msg::MeasureNps, Ar) => "NPS (من 0 إلى 10، التوصية)",
        (Msg::MeasureCsat, En) => "CSAT (satisfaction)",
        (Msg::MeasureCsat, Fa) => "CSAT (رضایت)",
        (Msg::MeasureCsat, Ar) => "CSAT (الرضا)",
        (Msg::MeasureCes, En) => "CES (effort or ease)",
        (Msg::MeasureCes, Fa) => "CES (میزان تلاش یا سهولت)",
        (Msg::MeasureCes, Ar) => "CES (الجهد أو السهولة)",
        (Msg::MeasureRating, En) => "another rating",
        (Msg::MeasureRating, Fa) => "امتیاز دیگر",
        (Msg::MeasureRating, Ar) => "تقييم آخر",
        (Msg::DetectedScale, En) => "{scale} (detected)",
        (Msg::DetectedScale, Fa) => "{scale} (تشخیص داده‌شده)",
        (Msg::DetectedScale, Ar) => "{scale} (المكتشف)",
        (Msg::FromTheQuestion, En) => "from the question: {d}",
        (Msg::FromTheQuestion, Fa) => "از متن پرسش: {d}",
        (Msg::FromTheQuestion, Ar) => "من نص السؤال: {d}",
        (Msg::SentimentTitle, En) => "Sentiment",
        (Msg::SentimentTitle, Fa) => "احساس پاسخ‌ها",
        (Msg::SentimentTitle, Ar) => "المشاعر",
        (Msg::SentimentNote, En) => {
            "Shares of the {n} counted responses whose sentiment label names a class, as the file's sentiment column gives it (never guessed from comments); {unrecognised} labels naming no class are left out."
        }
        (Msg::SentimentNote, Fa) => {
            "سهم هر دسته از {n} پاسخ شمرده‌شده‌ای که برچسب احساسشان یکی از دسته‌هاست، همان‌طور که ستون احساس فایل می‌گوید (هرگز از روی نظرها حدس زده نمی‌شود)؛ {unrecognised} برچسبی که به هیچ دسته‌ای نمی‌خورد کنار گذاشته شده است."
        }
        (Msg::SentimentNote, Ar) => {
            "حصص {n} ردًّا محتسبًا تسمّي تسمية المشاعر فيها فئة، كما يعطيها عمود المشاعر في الملف (لا تُخمَّن من التعليقات أبدًا)؛ واستُبعدت {unrecognised} تسمية لا تسمّي فئة."
        }
        (Msg::Positive, En) => "Positive",
        (Msg::Positive, Fa) => "مثبت",
        (Msg::Positive, Ar) => "إيجابي",
        (Msg::Neutral, En) => "Neutral",
        (Msg::Neutral, Fa) => "خنثی",
        (Msg::Neutral, Ar) => "محايد",
        (Msg::Negative, En) => "Negative",
        (Msg::Negative, Fa) => "منفی",
        (Msg::Negative, Ar) => "سلبي",
        (Msg::PositiveToNegative, En) => "Positive : negative",
        (Msg::PositiveToNegative, Fa) => "مثبت : منفی",
        (Msg::PositiveToNegative, Ar) => "إيجابي : سلبي",
        (Msg::NoNegatives, En) => "no negative labels",
        (Msg::NoNegatives, Fa) => "برچسب منفی ندارد",
        (Msg::NoNegatives, Ar) => "لا توجد تسميات سلبية",
        (Msg::StoredDamaged, En) => {
            "A stored dataset could not be read; it was set aside (kept, not shown)"
        }
        (Msg::StoredDamaged, Fa) => {
            "یک دادهٔ ذخیره‌شده خوانده نشد؛ کنار گذاشته شد (نگه داشته می‌شود، نمایش داده نمی‌شود)"
        }
        (Msg::StoredDamaged, Ar) => "تعذّرت قراءة مجموعة بيانات محفوظة؛ وُضعت جانبًا (محفوظة، لا تُعرض)",
        (Msg::DamagedLabel, En) => "cannot be read",
        (Msg::DamagedLabel, Fa) => "خوانده نمی‌شود",
        (Msg::DamagedLabel, Ar) => "لا تمكن قراءتها",
        (Msg::Rename, En) => "Rename",
        (Msg::Rename, Fa) => "تغییر نام",
        (Msg::Rename, Ar) => "إعادة التسمية",
        (Msg::RenameLabel, En) => "New name",
        (Msg::RenameLabel, Fa) => "نام تازه",
        (Msg::RenameLabel, Ar) => "الاسم الجديد",
        (Msg::InIndexedDb, En) => "in IndexedDB (too large for localStorage)",
        (Msg::InIndexedDb, Fa) => "در IndexedDB (برای localStorage بزرگ بود)",
        (Msg::InIndexedDb, Ar) => "في IndexedDB (أكبر من أن يسعها localStorage)",
        (Msg::InLocalStorage, En) => "in localStorage",
        (Msg::InLocalStorage, Fa) => "در localStorage",
        (Msg::InLocalStorage, Ar) => "في localStorage",
        (Msg::Backup, En) => "Back up all datasets",
        (Msg::Backup, Fa) => "پشتیبان از همهٔ داده‌ها",
        (Msg::Backup, Ar) => "نسخة احتياطية لكل البيانات",
        (Msg::Restore, En) => "Restore a backup",
        (Msg::Restore, Fa) => "بازگردانی پشتیبان",
        (Msg::Restore, Ar) => "استعادة نسخة احتياطية",
        (Msg::Restored, En) => "Backup restored",
        (Msg::Restored, Fa) => "پشتیبان بازگردانده شد",
        (Msg::Restored, Ar) => "استُعيدت النسخة الاحتياطية",
        (Msg::RestoreFailed, En) => "The backup could not be restored",
        (Msg::RestoreFailed, Fa) => "پشتیبان بازگردانده نشد",
        (Msg::RestoreFailed, Ar) => "تعذّرت استعادة النسخة الاحتياطية",
        (Msg::BackupFailed, En) => "The backup could not be made",
        (Msg::BackupFailed, Fa) => "پشتیبان ساخته نشد",
        (Msg::BackupFailed, Ar) => "تعذّر إنشاء النسخة الاحتياطية",
        (Msg::RestoredDetail, En) => "{n} datasets added",
        (Msg::RestoredDetail, Fa) => "{n} داده افزوده شد",
        (Msg::RestoredDetail, Ar) => "أُضيفت {n} من مجموعات البيانات",
        (Msg::Skipped, En) => "Skipped",
        (Msg::Skipped, Fa) => "کنار گذاشته شد",
        (Msg::Skipped, Ar) => "تم تخطيها",
        (Msg::StoreAs, En) => "Store as",
        (Msg::StoreAs, Fa) => "ذخیره به‌صورت",
        (Msg::StoreAs, Ar) => "الحفظ كـ",
        (Msg::StoreNew, En) => "a new dataset",
        (Msg::StoreNew, Fa) => "دادهٔ تازه",
        (Msg::StoreNew, Ar) => "مجموعة بيانات جديدة",
        (Msg::StoreReplace, En) => "a replacement for “{name}”",
        (Msg::StoreReplace, Fa) => "جایگزین «{name}»",
        (Msg::StoreReplace, Ar) => "بديلًا عن «{name}»",
        (Msg::StoreAppend, En) => {
            "new orders added to “{name}” (orders already stored are skipped)"
        }
        (Msg::StoreAppend, Fa) => {
            "سفارش‌های تازه افزوده به «{name}» (سفارش‌های ذخیره‌شده تکرار نمی‌شوند)"
        }
        (Msg::StoreAppend, Ar) => "طلبات جديدة تُضاف إلى «{name}» (تُتخطّى الطلبات المحفوظة)",
        (Msg::AppendedDetail, En) => {
            "{added} new orders added to “{name}”; {duplicates} already stored were skipped"
        }
        (Msg::AppendedDetail, Fa) => {
            "{added} سفارش تازه به «{name}» افزوده شد؛ {duplicates} سفارشِ از پیش ذخیره‌شده کنار گذاشته شد"
        }
        (Msg::AppendedDetail, Ar) => {
            "أُضيف {added} طلبًا جديدًا إلى «{name}»؛ وتُخطّي {duplicates} طلبًا محفوظًا من قبل"
        }
        (Msg::LayoutRemembered, En) => {
            "The choices you made for the last file laid out like this one (column roles, dates, statuses, questions) are applied; change them below if needed."
        }
        (Msg::LayoutRemembered, Fa) => {
            "انتخاب‌هایی که برای آخرین فایل با همین ساختار کردید (نقش ستون‌ها، تاریخ‌ها، وضعیت‌ها، پرسش‌ها) اعمال شد؛ در صورت نیاز پایین‌تر تغییرشان دهید."
        }
        (Msg::LayoutRemembered, Ar) => {
            "طُبّقت اختياراتك لآخر ملف بالبنية نفسها (أدوار الأعمدة، التواريخ، الحالات، الأسئلة)؛ غيّرها أدناه عند الحاجة."
        }
        (Msg::DeletedDataset, En) => "Deleted",
        (Msg::DeletedDataset, Fa) => "حذف شد",
        (Msg::DeletedDataset, Ar) => "حُذف",
        (Msg::Undo, En) => "Undo",
        (Msg::Undo, Fa) => "برگرداندن",
        (Msg::Undo, Ar) => "تراجع",
        (Msg::ForgetEverything, En) => "Forget everything",
        (Msg::ForgetEverything, Fa) => "پاک کردن همه‌چیز",
        (Msg::ForgetEverything, Ar) => "نسيان كل شيء",
        (Msg::ForgetConfirm, En) => {
            "Remove every dataset and setting Vafa keeps in this browser? This cannot be undone."
        }
        (Msg::ForgetConfirm, Fa) => {
            "همهٔ داده‌ها و تنظیماتی که وفا در این مرورگر نگه داشته پاک شود؟ این کار برگشت‌پذیر نیست."
        }
        (Msg::ForgetConfirm, Ar) => {
            "حذف كل البيانات والإعدادات التي يحفظها وفا في هذا المتصفح؟ لا يمكن التراجع عن ذلك."
        }
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
    fn an_export_buttons_accessible_name_holds_its_visible_label() {
        // WCAG 2.5.3 "Label in Name": speech users say what they see.
        for locale in Locale::ALL {
            for (label, name) in [
                (Msg::ChartPng, Msg::ChartPngLabel),
                (Msg::TableCsv, Msg::TableCsvLabel),
            ] {
                assert!(
                    text(locale, name).contains(text(locale, label)),
                    "{locale:?} {label:?}"
                );
            }
        }
    }

    #[test]
    fn templates_have_the_same_placeholders_in_every_language() {
        let placeholders = |t: &str| {
            let mut names: Vec<String> = t
                .split('{')
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
                .collect();
            names.sort();
            names.dedup();
            names
        };
        for msg in [
            Msg::CrrNote,
            Msg::ChurnNote,
            Msg::NoteRevenue,
            Msg::TipCurves,
            Msg::GapsNote,
        ] {
            let en = placeholders(text(Locale::En, msg));
            assert!(!en.is_empty(), "{msg:?}");
            for locale in [Locale::Fa, Locale::Ar] {
                let theirs = placeholders(text(locale, msg));
                // Every number is shown; a language may leave out a period word.
                let numbers = |names: &[String]| -> Vec<String> {
                    names
                        .iter()
                        .filter(|n| !n.starts_with("period"))
                        .cloned()
                        .collect()
                };
                assert_eq!(numbers(&theirs), numbers(&en), "{msg:?} {locale:?}");
                assert!(theirs.iter().all(|n| en.contains(n)), "{msg:?} {locale:?}");
            }
        }
    }

    #[test]
    fn every_message_has_text_in_every_language() {
        for locale in Locale::ALL {
            assert!(!text(locale, Msg::CrrTitle).is_empty());
            assert!(!text(locale, Msg::ImportFailed).is_empty());
        }
    }
}
