//! Words of the survey (satisfaction) dashboard in English, Persian and Arabic: card titles, the
//! notes saying what each card counts, tooltips and the sentences that report a tested
//! difference. Kept apart from `messages.rs` (the orders dashboard) with its own `SurveyMsg`.

use super::messages::Locale;

/// A message of the survey dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SurveyMsg {
    Title,
    Nps,
    NpsMargin,
    Responses,
    Csat,
    CsatValue,
    Ces,
    CesValue,
    HeadlineNote,
    PartialNotCounted,
    PartialCounted,
    Undated,
    Detractors,
    Passives,
    Promoters,
    NpsTrendTitle,
    NpsTrendNote,
    NpsPartialNote,
    FewAnswers,
    TipNpsPeriod,
    DistributionTitle,
    DistributionNote,
    TipScore,
    /// A distribution table's first column.
    Score,
    CsatDistributionTitle,
    CsatDistributionNote,
    CesDistributionTitle,
    CesDistributionNote,
    Answers,
    TrendTitle,
    TrendNote,
    CsatTrendNote,
    Interval95,
    TipTrend,
    TipCsatTrend,
    CsatMean,
    SegmentsTitle,
    Segment,
    NoSegment,
    VsRest,
    SegmentsNote,
    PointsVsRest,
    SharePointsVsRest,
    NotSignificant,
    FewerThan30,
    ComparisonTitle,
    ComparisonNps,
    ComparisonCsat,
    ComparisonCes,
    Significant,
    NotSignificantShort,
    SmallSampleCaveat,
    NoComparison,
    CommentsTitle,
    CommentsNote,
    CommentFilter,
    CommentsShown,
    NoComments,
    HighIsGood,
    LowIsGood,
    CsatVsRest,
    CesVsRest,
    CommentsCapped,
    NpsN,
    QuestionsTitle,
    QuestionsNote,
    Question,
    Measures,
    Scale,
    MeanCi,
    Result,
    SatisfiedShare,
    AgreeShare,
    NpsResult,
    ScaleOf,
}

/// The text of `msg` in `locale`. Placeholders in braces are filled with `fill`.
pub fn text(locale: Locale, msg: SurveyMsg) -> &'static str {
    use Locale::{Ar, En, Fa};
    use SurveyMsg as M;
    match (msg, locale) {
        (M::Title, En) => "Satisfaction",
        (M::Title, Fa) => "رضایت مشتری",
        (M::Title, Ar) => "رضا العملاء",
        (M::Nps, En) => "NPS",
        (M::Nps, Fa) => "NPS",
        (M::Nps, Ar) => "NPS",
        (M::NpsMargin, En) => "± {moe} (95% margin of error)",
        (M::NpsMargin, Fa) => "± {moe} (حاشیهٔ خطای ۹۵٪)",
        (M::NpsMargin, Ar) => "± {moe} (هامش الخطأ 95%)",
        (M::Responses, En) => "Responses counted",
        (M::Responses, Fa) => "پاسخ‌های شمرده‌شده",
        (M::Responses, Ar) => "الردود المحسوبة",
        (M::Csat, En) => "CSAT",
        (M::Csat, Fa) => "CSAT",
        (M::Csat, Ar) => "CSAT",
        (M::CsatValue, En) => "on {min}–{max} · {share} satisfied · n {n}",
        (M::CsatValue, Fa) => "در مقیاس {min}–{max} · {share} راضی · n {n}",
        (M::CsatValue, Ar) => "على مقياس {min}–{max} · {share} راضون · n {n}",
        (M::Ces, En) => "CES",
        (M::Ces, Fa) => "CES",
        (M::Ces, Ar) => "CES",
        (M::CesValue, En) => "on {min}–{max} ({direction}) · {share} agree · n {n}",
        (M::CesValue, Fa) => "در مقیاس {min}–{max} ({direction}) · {share} موافق · n {n}",
        (M::CesValue, Ar) => "على مقياس {min}–{max} ({direction}) · {share} موافقون · n {n}",
        (M::HeadlineNote, En) => {
            "{counted} of {responses} responses counted. NPS = % promoters (9–10) − % detractors (0–6), with its 95% margin of error; CSAT: mean and share of satisfied answers (top-two box); CES: mean and share of answers on the good side of the scale."
        }
        (M::HeadlineNote, Fa) => {
            "{counted} از {responses} پاسخ شمرده شد. NPS = ٪ مروّجان (۹–۱۰) − ٪ منتقدان (۰–۶) با حاشیهٔ خطای ۹۵٪؛ CSAT: میانگین و سهم پاسخ‌های راضی (دو گزینهٔ بالا)؛ CES: میانگین و سهم پاسخ‌های سمتِ خوبِ مقیاس."
        }
        (M::HeadlineNote, Ar) => {
            "حُسب {counted} من {responses} ردًا. NPS = % المروّجين (9–10) − % المنتقدين (0–6) مع هامش الخطأ 95%؛ CSAT: المتوسط وحصة الإجابات الراضية (أعلى خيارين)؛ CES: المتوسط وحصة الإجابات في الجانب الجيد من المقياس."
        }
        (M::PartialNotCounted, En) => {
            "Partial responses (left before submitting) are not counted: {n}."
        }
        (M::PartialNotCounted, Fa) => "پاسخ‌های ناقص (رهاشده پیش از ارسال) شمرده نمی‌شوند: {n}.",
        (M::PartialNotCounted, Ar) => "الردود الناقصة (المتروكة قبل الإرسال) غير محسوبة: {n}.",
        (M::PartialCounted, En) => "Partial responses (left before submitting) are counted: {n}.",
        (M::PartialCounted, Fa) => "پاسخ‌های ناقص (رهاشده پیش از ارسال) شمرده می‌شوند: {n}.",
        (M::PartialCounted, Ar) => "الردود الناقصة (المتروكة قبل الإرسال) محسوبة: {n}.",
        (M::Undated, En) => {
            "Responses without a submission date: {n} (in the totals, in no period)."
        }
        (M::Undated, Fa) => "پاسخ‌های بی‌تاریخ ارسال: {n} (در جمع‌ها، در هیچ دوره‌ای).",
        (M::Undated, Ar) => "ردود بلا تاريخ إرسال: {n} (في المجاميع، وليست في أي فترة).",
        (M::Detractors, En) => "Detractors (0–6)",
        (M::Detractors, Fa) => "منتقدان (۰–۶)",
        (M::Detractors, Ar) => "المنتقدون (0–6)",
        (M::Passives, En) => "Passives (7–8)",
        (M::Passives, Fa) => "بی‌طرف‌ها (۷–۸)",
        (M::Passives, Ar) => "المحايدون (7–8)",
        (M::Promoters, En) => "Promoters (9–10)",
        (M::Promoters, Fa) => "مروّجان (۹–۱۰)",
        (M::Promoters, Ar) => "المروّجون (9–10)",
        (M::NpsTrendTitle, En) => "NPS per {period}",
        (M::NpsTrendTitle, Fa) => "NPS در هر {period}",
        (M::NpsTrendTitle, Ar) => "NPS لكل {period}",
        (M::NpsTrendNote, En) => {
            "Bars: shares (%) of detractors, passives and promoters among each {period}'s answers to the NPS question; line: that {period}'s NPS on the −100…100 axis. Counted responses only."
        }
        (M::NpsTrendNote, Fa) => {
            "ستون‌ها: سهم (٪) منتقدان، بی‌طرف‌ها و مروّجان از پاسخ‌های هر {period} به پرسش NPS؛ خط: NPS همان {period} روی محور −۱۰۰…۱۰۰. فقط پاسخ‌های شمرده‌شده."
        }
        (M::NpsTrendNote, Ar) => {
            "الأعمدة: حصص (%) المنتقدين والمحايدين والمروّجين من إجابات كل {period} عن سؤال NPS؛ الخط: NPS ذلك الـ{period} على المحور −100…100. الردود المحسوبة فقط."
        }
        (M::NpsPartialNote, En) => {
            "The last {period} is partial (the data end before it does): its bars are light and hatched, and the line reaches it dashed."
        }
        (M::NpsPartialNote, Fa) => {
            "آخرین {period} ناقص است (داده پیش از پایانش تمام می‌شود): ستون‌هایش کم‌رنگ و هاشورخورده‌اند و خط با خط‌چین به آن می‌رسد."
        }
        (M::NpsPartialNote, Ar) => {
            "آخر {period} ناقص (تنتهي البيانات قبل نهايته): أعمدته فاتحة ومظلّلة، ويصل إليه الخط متقطعًا."
        }
        (M::FewAnswers, En) => "Few answers: read with care. Fewer than 30 answers in: {periods}.",
        (M::FewAnswers, Fa) => "پاسخ کم: با احتیاط بخوانید. کمتر از ۳۰ پاسخ در: {periods}.",
        (M::FewAnswers, Ar) => "إجابات قليلة: اقرأ بحذر. أقل من 30 إجابة في: {periods}.",
        (M::TipNpsPeriod, En) => {
            "{period}: NPS {nps} · n {n} · {detractors} detractors · {passives} passives · {promoters} promoters"
        }
        (M::TipNpsPeriod, Fa) => {
            "{period}: NPS {nps} · n {n} · {detractors} منتقد · {passives} بی‌طرف · {promoters} مروّج"
        }
        (M::TipNpsPeriod, Ar) => {
            "{period}: NPS {nps} · n {n} · {detractors} منتقد · {passives} محايد · {promoters} مروّج"
        }
        (M::DistributionTitle, En) => "NPS answers, 0–10",
        (M::DistributionTitle, Fa) => "پاسخ‌های NPS، ۰–۱۰",
        (M::DistributionTitle, Ar) => "إجابات NPS، 0–10",
        (M::DistributionNote, En) => {
            "Counted responses per score of “{question}” ({n} answers), coloured by group: detractors 0–6, passives 7–8, promoters 9–10."
        }
        (M::DistributionNote, Fa) => {
            "پاسخ‌های شمرده‌شده برای هر نمرهٔ «{question}» ({n} پاسخ)، رنگ‌شده بر پایهٔ گروه: منتقدان ۰–۶، بی‌طرف‌ها ۷–۸، مروّجان ۹–۱۰."
        }
        (M::DistributionNote, Ar) => {
            "الردود المحسوبة لكل درجة من «{question}» ({n} إجابة)، ملوّنة حسب المجموعة: المنتقدون 0–6، المحايدون 7–8، المروّجون 9–10."
        }
        (M::Score, En) => "Score",
        (M::Score, Fa) => "نمره",
        (M::Score, Ar) => "الدرجة",
        (M::TipScore, En) => "Score {score}: {count} answers ({share})",
        (M::TipScore, Fa) => "نمرهٔ {score}: {count} پاسخ ({share})",
        (M::TipScore, Ar) => "الدرجة {score}: {count} إجابة ({share})",
        (M::CsatDistributionTitle, En) => "CSAT answers, {min}–{max}",
        (M::CsatDistributionTitle, Fa) => "پاسخ‌های CSAT، {min}–{max}",
        (M::CsatDistributionTitle, Ar) => "إجابات CSAT، {min}–{max}",
        (M::CsatDistributionNote, En) => {
            "Counted responses per point of “{question}” ({n} answers); satisfied = {from}–{max}: {share}."
        }
        (M::CsatDistributionNote, Fa) => {
            "پاسخ‌های شمرده‌شده برای هر نقطهٔ «{question}» ({n} پاسخ)؛ راضی = {from}–{max}: {share}."
        }
        (M::CsatDistributionNote, Ar) => {
            "الردود المحسوبة لكل نقطة من «{question}» ({n} إجابة)؛ راضٍ = {from}–{max}: {share}."
        }
        (M::CesDistributionTitle, En) => "CES answers, {min}–{max}",
        (M::CesDistributionTitle, Fa) => "پاسخ‌های CES، {min}–{max}",
        (M::CesDistributionTitle, Ar) => "إجابات CES، {min}–{max}",
        (M::CesDistributionNote, En) => {
            "Counted responses per point of “{question}” ({n} answers; {direction}); agree = {from}–{to}: {share}."
        }
        (M::CesDistributionNote, Fa) => {
            "پاسخ‌های شمرده‌شده برای هر نقطهٔ «{question}» ({n} پاسخ؛ {direction})؛ موافق = {from}–{to}: {share}."
        }
        (M::CesDistributionNote, Ar) => {
            "الردود المحسوبة لكل نقطة من «{question}» ({n} إجابة؛ {direction})؛ موافق = {from}–{to}: {share}."
        }
        (M::Answers, En) => "Answers",
        (M::Answers, Fa) => "پاسخ‌ها",
        (M::Answers, Ar) => "الإجابات",
        (M::TrendTitle, En) => "Trend per {period} with 95% intervals",
        (M::TrendTitle, Fa) => "روند در هر {period} با بازه‌های ۹۵٪",
        (M::TrendTitle, Ar) => "الاتجاه لكل {period} مع فترات 95%",
        (M::TrendNote, En) => {
            "NPS of each {period}'s counted answers; the band is NPS ± its 95% margin of error (a {period} without NPS answers leaves a gap)."
        }
        (M::TrendNote, Fa) => {
            "NPS پاسخ‌های شمرده‌شدهٔ هر {period}؛ نوار، NPS ± حاشیهٔ خطای ۹۵٪ آن است ({period}ی بی‌پاسخ NPS خالی می‌ماند)."
        }
        (M::TrendNote, Ar) => {
            "NPS للإجابات المحسوبة في كل {period}؛ الشريط هو NPS ± هامش خطئه 95% (الـ{period} بلا إجابات NPS يبقى فارغًا)."
        }
        (M::CsatTrendNote, En) => {
            "CSAT mean of each {period}'s counted answers; the band is its 95% interval (Student's t; none for a single answer)."
        }
        (M::CsatTrendNote, Fa) => {
            "میانگین CSAT پاسخ‌های شمرده‌شدهٔ هر {period}؛ نوار، بازهٔ ۹۵٪ آن است (t استیودنت؛ برای یک پاسخ، بی‌بازه)."
        }
        (M::CsatTrendNote, Ar) => {
            "متوسط CSAT للإجابات المحسوبة في كل {period}؛ الشريط فترته 95% (t ستيودنت؛ لا فترة لإجابة واحدة)."
        }
        (M::Interval95, En) => "95% interval",
        (M::Interval95, Fa) => "بازهٔ ۹۵٪",
        (M::Interval95, Ar) => "فترة 95%",
        (M::TipTrend, En) => "{period}: NPS {value}, 95% interval {low} to {high}, n {n}",
        (M::TipTrend, Fa) => "{period}: NPS {value}، بازهٔ ۹۵٪ از {low} تا {high}، n {n}",
        (M::TipTrend, Ar) => "{period}: NPS {value}، فترة 95% من {low} إلى {high}، n {n}",
        (M::TipCsatTrend, En) => "{period}: CSAT {value}, 95% interval {low} to {high}, n {n}",
        (M::TipCsatTrend, Fa) => "{period}: CSAT {value}، بازهٔ ۹۵٪ از {low} تا {high}، n {n}",
        (M::TipCsatTrend, Ar) => "{period}: CSAT {value}، فترة 95% من {low} إلى {high}، n {n}",
        (M::CsatMean, En) => "CSAT mean",
        (M::CsatMean, Fa) => "میانگین CSAT",
        (M::CsatMean, Ar) => "متوسط CSAT",
        (M::SegmentsTitle, En) => "By segment",
        (M::SegmentsTitle, Fa) => "بر پایهٔ بخش",
        (M::SegmentsTitle, Ar) => "حسب الشريحة",
        (M::Segment, En) => "Segment",
        (M::Segment, Fa) => "بخش",
        (M::Segment, Ar) => "الشريحة",
        (M::NoSegment, En) => "(no segment)",
        (M::NoSegment, Fa) => "(بی‌بخش)",
        (M::NoSegment, Ar) => "(بلا شريحة)",
        (M::VsRest, En) => "NPS vs the rest",
        (M::VsRest, Fa) => "NPS نسبت به بقیه",
        (M::VsRest, Ar) => "NPS مقارنة بالبقية",
        (M::SegmentsNote, En) => {
            "Counted responses per segment. Each segment's NPS is compared with all other counted responses: difference of NPS with its standard error, z test, significant at p < 0.05."
        }
        (M::SegmentsNote, Fa) => {
            "پاسخ‌های شمرده‌شده در هر بخش. NPS هر بخش با همهٔ پاسخ‌های شمرده‌شدهٔ دیگر مقایسه می‌شود: تفاضل NPS با خطای معیارش، آزمون z، معنادار در p < 0.05."
        }
        (M::SegmentsNote, Ar) => {
            "الردود المحسوبة لكل شريحة. يُقارن NPS كل شريحة بسائر الردود المحسوبة: فرق NPS مع خطئه المعياري، اختبار z، دالّ عند p < 0.05."
        }
        (M::PointsVsRest, En) => "{diff} points vs the rest ({p})",
        (M::PointsVsRest, Fa) => "{diff} امتیاز نسبت به بقیه ({p})",
        (M::PointsVsRest, Ar) => "{diff} نقطة مقارنة بالبقية ({p})",
        (M::SharePointsVsRest, En) => "{diff} percentage points vs the rest ({p})",
        (M::SharePointsVsRest, Fa) => "{diff} واحد درصد نسبت به بقیه ({p})",
        (M::SharePointsVsRest, Ar) => "{diff} نقطة مئوية مقارنة بالبقية ({p})",
        (M::NotSignificant, En) => "not significant ({p})",
        (M::NotSignificant, Fa) => "معنادار نیست ({p})",
        (M::NotSignificant, Ar) => "غير دالّ ({p})",
        (M::FewerThan30, En) => "fewer than 30 answers",
        (M::FewerThan30, Fa) => "کمتر از ۳۰ پاسخ",
        (M::FewerThan30, Ar) => "أقل من 30 إجابة",
        (M::ComparisonTitle, En) => "The last two full periods",
        (M::ComparisonTitle, Fa) => "دو دورهٔ کامل آخر",
        (M::ComparisonTitle, Ar) => "آخر فترتين كاملتين",
        (M::ComparisonNps, En) => {
            "NPS {from} → {to}: {diff} points (difference of NPS with its standard error, z test, {p}): {verdict}."
        }
        (M::ComparisonNps, Fa) => {
            "NPS {from} ← {to}: {diff} امتیاز (تفاضل NPS با خطای معیارش، آزمون z، {p}): {verdict}."
        }
        (M::ComparisonNps, Ar) => {
            "NPS {from} ← {to}: {diff} نقطة (فرق NPS مع خطئه المعياري، اختبار z، {p}): {verdict}."
        }
        (M::ComparisonCsat, En) => {
            "CSAT satisfied share {from} → {to}: {diff} percentage points (two-proportion z-test, {p}): {verdict}."
        }
        (M::ComparisonCsat, Fa) => {
            "سهم راضیان CSAT {from} ← {to}: {diff} واحد درصد (آزمون z دو نسبت، {p}): {verdict}."
        }
        (M::ComparisonCsat, Ar) => {
            "حصة الراضين CSAT {from} ← {to}: {diff} نقطة مئوية (اختبار z لنسبتين، {p}): {verdict}."
        }
        (M::ComparisonCes, En) => {
            "CES agree share {from} → {to}: {diff} percentage points (two-proportion z-test, {p}): {verdict}."
        }
        (M::ComparisonCes, Fa) => {
            "سهم موافقان CES {from} ← {to}: {diff} واحد درصد (آزمون z دو نسبت، {p}): {verdict}."
        }
        (M::ComparisonCes, Ar) => {
            "حصة الموافقين CES {from} ← {to}: {diff} نقطة مئوية (اختبار z لنسبتين، {p}): {verdict}."
        }
        (M::Significant, En) => "significant at p < 0.05",
        (M::Significant, Fa) => "معنادار در p < 0.05",
        (M::Significant, Ar) => "دالّ عند p < 0.05",
        (M::NotSignificantShort, En) => "not significant",
        (M::NotSignificantShort, Fa) => "معنادار نیست",
        (M::NotSignificantShort, Ar) => "غير دالّ",
        (M::SmallSampleCaveat, En) => "fewer than 30 answers on a side: read with care",
        (M::SmallSampleCaveat, Fa) => "کمتر از ۳۰ پاسخ در یک سو: با احتیاط بخوانید",
        (M::SmallSampleCaveat, Ar) => "أقل من 30 إجابة في أحد الطرفين: اقرأ بحذر",
        (M::NoComparison, En) => "Fewer than two full periods with responses: nothing to compare.",
        (M::NoComparison, Fa) => "کمتر از دو دورهٔ کامل با پاسخ: چیزی برای مقایسه نیست.",
        (M::NoComparison, Ar) => "أقل من فترتين كاملتين فيهما ردود: لا شيء للمقارنة.",
        (M::CommentsTitle, En) => "Detractors' comments",
        (M::CommentsTitle, Fa) => "نظرهای منتقدان",
        (M::CommentsTitle, Ar) => "تعليقات المنتقدين",
        (M::CommentsNote, En) => {
            "Comments of counted responses that scored 0–6 on the NPS question, newest first, as written."
        }
        (M::CommentsNote, Fa) => {
            "نظرهای پاسخ‌های شمرده‌شده با نمرهٔ ۰–۶ در پرسش NPS، تازه‌ترین نخست، همان‌گونه که نوشته شده‌اند."
        }
        (M::CommentsNote, Ar) => {
            "تعليقات الردود المحسوبة ذات الدرجة 0–6 في سؤال NPS، الأحدث أولًا، كما كُتبت."
        }
        (M::CommentFilter, En) => "Filter comments",
        (M::CommentFilter, Fa) => "پالایش نظرها",
        (M::CommentFilter, Ar) => "تصفية التعليقات",
        (M::CommentsShown, En) => "{shown} of {total} comments",
        (M::CommentsShown, Fa) => "{shown} از {total} نظر",
        (M::CommentsShown, Ar) => "{shown} من {total} تعليقًا",
        (M::NoComments, En) => "No detractor left a comment.",
        (M::NoComments, Fa) => "هیچ منتقدی نظری ننوشته است.",
        (M::NoComments, Ar) => "لم يترك أي منتقد تعليقًا.",
        (M::HighIsGood, En) => "higher is easier",
        (M::HighIsGood, Fa) => "بالاتر یعنی آسان‌تر",
        (M::HighIsGood, Ar) => "الأعلى أسهل",
        (M::LowIsGood, En) => "lower is less effort",
        (M::LowIsGood, Fa) => "پایین‌تر یعنی زحمت کمتر",
        (M::LowIsGood, Ar) => "الأدنى جهد أقل",
        (M::CsatVsRest, En) => "CSAT satisfied share vs the rest",
        (M::CsatVsRest, Fa) => "سهم راضیان CSAT نسبت به بقیه",
        (M::CsatVsRest, Ar) => "حصة الراضين CSAT مقارنة بالبقية",
        (M::CesVsRest, En) => "CES agree share vs the rest",
        (M::CesVsRest, Fa) => "سهم موافقان CES نسبت به بقیه",
        (M::CesVsRest, Ar) => "حصة الموافقين CES مقارنة بالبقية",
        (M::CommentsCapped, En) => "The first {k} are listed; narrow the filter to see the others.",
        (M::CommentsCapped, Fa) => {
            "{k} نظر نخست فهرست شده است؛ برای دیدن بقیه، پالایه را دقیق‌تر کنید."
        }
        (M::CommentsCapped, Ar) => "أُدرجت أول {k} تعليقات؛ ضيّق التصفية لرؤية البقية.",
        (M::NpsN, En) => "n {n} answers",
        (M::NpsN, Fa) => "n {n} پاسخ",
        (M::NpsN, Ar) => "n {n} إجابة",
        (M::QuestionsTitle, En) => "Questions",
        (M::QuestionsTitle, Fa) => "پرسش‌ها",
        (M::QuestionsTitle, Ar) => "الأسئلة",
        (M::QuestionsNote, En) => {
            "Every score question of the form, with the scale its answers were read on. A scale is read from the answers (a 1–7 form whose answers stop at 5 reads as 1–5): correct it here and every card follows. Scales that would leave an answer outside cannot be chosen."
        }
        (M::QuestionsNote, Fa) => {
            "همهٔ پرسش‌های امتیازی فرم، با مقیاسی که پاسخ‌ها بر آن خوانده شده‌اند. مقیاس از پاسخ‌ها خوانده می‌شود (فرمی ۱ تا ۷ که پاسخ‌هایش از ۵ بالاتر نرفته، ۱ تا ۵ خوانده می‌شود): اینجا درستش کنید تا همهٔ کارت‌ها از آن پیروی کنند. مقیاسی که پاسخی را بیرون بگذارد انتخاب‌شدنی نیست."
        }
        (M::QuestionsNote, Ar) => {
            "كل أسئلة التقييم في النموذج، مع المقياس الذي قُرئت عليه إجاباتها. يُستنتج المقياس من الإجابات (نموذج من 1 إلى 7 لم تتجاوز إجاباته 5 يُقرأ من 1 إلى 5): صحّحه هنا فتتبعه كل البطاقات. ولا يمكن اختيار مقياس يُخرج إجابةً عنه."
        }
        (M::Question, En) => "Question",
        (M::Question, Fa) => "پرسش",
        (M::Question, Ar) => "السؤال",
        (M::Measures, En) => "Measures",
        (M::Measures, Fa) => "می‌سنجد",
        (M::Measures, Ar) => "يقيس",
        (M::Scale, En) => "Scale",
        (M::Scale, Fa) => "مقیاس",
        (M::Scale, Ar) => "المقياس",
        (M::MeanCi, En) => "Mean (95% interval)",
        (M::MeanCi, Fa) => "میانگین (بازهٔ ۹۵٪)",
        (M::MeanCi, Ar) => "المتوسط (فترة 95%)",
        (M::Result, En) => "Result",
        (M::Result, Fa) => "نتیجه",
        (M::Result, Ar) => "النتيجة",
        (M::SatisfiedShare, En) => "{share} satisfied (≥ {k})",
        (M::SatisfiedShare, Fa) => "{share} راضی (≥ {k})",
        (M::SatisfiedShare, Ar) => "{share} راضون (≥ {k})",
        (M::AgreeShare, En) => "{share} agree ({low}–{high})",
        (M::AgreeShare, Fa) => "{share} موافق ({low}–{high})",
        (M::AgreeShare, Ar) => "{share} موافقون ({low}–{high})",
        (M::NpsResult, En) => "NPS {nps} ± {moe}",
        (M::NpsResult, Fa) => "NPS {nps} ± {moe}",
        (M::NpsResult, Ar) => "NPS {nps} ± {moe}",
        (M::ScaleOf, En) => "Scale of question {n}",
        (M::ScaleOf, Fa) => "مقیاس پرسش {n}",
        (M::ScaleOf, Ar) => "مقياس السؤال {n}",
    }
}

/// The CES direction of the report (`high_is_good` or `low_is_good`) in words; `None` for
/// anything else.
pub fn ces_direction(locale: Locale, direction: &str) -> Option<&'static str> {
    match direction {
        "high_is_good" => Some(text(locale, SurveyMsg::HighIsGood)),
        "low_is_good" => Some(text(locale, SurveyMsg::LowIsGood)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(t: &str) -> Vec<String> {
        let mut names: Vec<String> = t
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect();
        names.sort();
        names.dedup();
        names
    }

    #[test]
    fn every_language_fills_the_same_placeholders() {
        for msg in [
            SurveyMsg::HeadlineNote,
            SurveyMsg::TipNpsPeriod,
            SurveyMsg::ComparisonNps,
            SurveyMsg::ComparisonCsat,
            SurveyMsg::PointsVsRest,
            SurveyMsg::CesDistributionNote,
            SurveyMsg::CommentsShown,
            SurveyMsg::TipCsatTrend,
        ] {
            let en = placeholders(text(Locale::En, msg));
            assert!(!en.is_empty(), "{msg:?}");
            for locale in [Locale::Fa, Locale::Ar] {
                assert_eq!(placeholders(text(locale, msg)), en, "{msg:?} {locale:?}");
            }
        }
    }

    #[test]
    fn the_tests_are_named_as_the_brief_states_them() {
        let nps = text(Locale::En, SurveyMsg::ComparisonNps);
        assert!(nps.contains("difference of NPS with its standard error, z test"));
        assert!(text(Locale::En, SurveyMsg::ComparisonCsat).contains("two-proportion z-test"));
        assert_eq!(
            ces_direction(Locale::En, "low_is_good"),
            Some("lower is less effort")
        );
        assert_eq!(ces_direction(Locale::Fa, "sideways"), None);
    }
}
