//! Words of the orders dashboard that name engine categories (periods, RFM segments) in English,
//! Persian and Arabic, and `fill`, which puts numbers into a message's `{name}` placeholders.

use super::messages::{Locale, Msg, text};
use crate::engine::data::{Calendar, Day, OrdersFilter, Period};
use crate::engine::metrics::rfm::Segment;

/// `template` with each `{name}` replaced by its value; unknown placeholders stay as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The period as a noun after "per" or "by": "month".
pub fn period_name(locale: Locale, period: Period) -> &'static str {
    use Locale::{Ar, En, Fa};
    match (period, locale) {
        (Period::Week, En) => "week",
        (Period::Week, Fa) => "هفته",
        (Period::Week, Ar) => "أسبوع",
        (Period::Month, En) => "month",
        (Period::Month, Fa) => "ماه",
        (Period::Month, Ar) => "شهر",
        (Period::Quarter, En) => "quarter",
        (Period::Quarter, Fa) => "فصل",
        (Period::Quarter, Ar) => "ربع",
        (Period::Year, En) => "year",
        (Period::Year, Fa) => "سال",
        (Period::Year, Ar) => "سنة",
    }
}

/// The period as a counted plural: "3 months".
pub fn period_plural(locale: Locale, period: Period) -> &'static str {
    use Locale::{Ar, En, Fa};
    match (period, locale) {
        (Period::Week, En) => "weeks",
        (Period::Month, En) => "months",
        (Period::Quarter, En) => "quarters",
        (Period::Year, En) => "years",
        // Persian counts with the singular noun.
        (_, Fa) => period_name(locale, period),
        (Period::Week, Ar) => "أسابيع",
        (Period::Month, Ar) => "أشهر",
        (Period::Quarter, Ar) => "أرباع",
        (Period::Year, Ar) => "سنوات",
    }
}

/// The period's noun after the count `k`: "1 month", "3 months".
pub fn periods_counted(locale: Locale, period: Period, k: usize) -> &'static str {
    if k == 1 {
        period_name(locale, period)
    } else {
        period_plural(locale, period)
    }
}

/// The setting's choice: "Week", "Month", "Quarter".
pub fn period_choice(locale: Locale, period: Period) -> &'static str {
    use Locale::{Ar, En, Fa};
    match (period, locale) {
        (Period::Week, En) => "Week",
        (Period::Month, En) => "Month",
        (Period::Quarter, En) => "Quarter",
        (Period::Year, En) => "Year",
        (Period::Week, Fa) => "هفتگی",
        (Period::Month, Fa) => "ماهانه",
        (Period::Quarter, Fa) => "فصلی",
        (Period::Year, Fa) => "سالانه",
        (_, Ar) => period_name(locale, period),
    }
}

/// The segment's name as shown in the segment table.
pub fn segment_name(locale: Locale, segment: Segment) -> &'static str {
    use Locale::{Ar, En, Fa};
    match (segment, locale) {
        (_, En) => segment.name(),
        (Segment::Champions, Fa) => "قهرمانان",
        (Segment::Champions, Ar) => "الأبطال",
        (Segment::Loyal, Fa) => "وفادار",
        (Segment::Loyal, Ar) => "الأوفياء",
        (Segment::PotentialLoyalist, Fa) => "وفادار بالقوه",
        (Segment::PotentialLoyalist, Ar) => "أوفياء محتملون",
        (Segment::New, Fa) => "تازه",
        (Segment::New, Ar) => "جدد",
        (Segment::Promising, Fa) => "امیدبخش",
        (Segment::Promising, Ar) => "واعدون",
        (Segment::NeedAttention, Fa) => "نیازمند توجه",
        (Segment::NeedAttention, Ar) => "بحاجة إلى اهتمام",
        (Segment::AboutToSleep, Fa) => "در آستانهٔ خواب",
        (Segment::AboutToSleep, Ar) => "على وشك الخمول",
        (Segment::AtRisk, Fa) => "در خطر",
        (Segment::AtRisk, Ar) => "معرّضون للخطر",
        (Segment::CantLoseThem, Fa) => "نباید از دستشان داد",
        (Segment::CantLoseThem, Ar) => "لا يمكن خسارتهم",
        (Segment::Hibernating, Fa) => "خفته",
        (Segment::Hibernating, Ar) => "خاملون",
        (Segment::Lost, Fa) => "ازدست‌رفته",
        (Segment::Lost, Ar) => "مفقودون",
    }
}

/// A whole number typed by the user, in Latin, Persian (۰–۹) or Arabic-Indic (٠–٩) digits,
/// spaces around it ignored; `None` for anything else (signs, decimals, empty, too large).
pub fn parse_whole(input: &str) -> Option<u32> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return None;
    }
    let mut value: u32 = 0;
    for c in trimmed.chars() {
        let digit = match c {
            '0'..='9' => u32::from(c) - u32::from('0'),
            '۰'..='۹' => u32::from(c) - u32::from('۰'),
            '٠'..='٩' => u32::from(c) - u32::from('٠'),
            _ => return None,
        };
        value = value.checked_mul(10)?.checked_add(digit)?;
    }
    Some(value)
}

/// The filter in words (`orders from 2024-01-01 to 2024-06-30, Source = web`; days in
/// `calendar`), empty when it keeps everything. `column` and `segment` name the segment column and the chosen segment.
pub fn filter_description(
    loc: Locale,
    filter: &OrdersFilter,
    bounds: Option<(Day, Day)>,
    column: &str,
    segment: Option<&str>,
    calendar: Calendar,
) -> String {
    let day = |d: Day| super::format::digits(&calendar.format_day(d));
    let mut parts = Vec::new();
    if filter.from.is_some() || filter.to.is_some() {
        let (first, last) = bounds.unzip();
        let from = filter.from.or(first).map(day).unwrap_or_default();
        let to = filter.to.or(last).map(day).unwrap_or_default();
        parts.push(fill(
            text(loc, Msg::FilterRange),
            &[("from", &from), ("to", &to)],
        ));
    }
    if let Some((first, last)) = filter.cohort {
        parts.push(fill(
            text(loc, Msg::FilterCohort),
            &[("from", &day(first)), ("to", &day(last))],
        ));
    }
    if filter.segment.is_some() {
        let segment = segment.unwrap_or_else(|| text(loc, Msg::NoSegment));
        parts.push(fill(
            text(loc, Msg::FilterSegment),
            &[("column", column), ("segment", segment)],
        ));
    }
    parts.join(if loc.is_rtl() { "، " } else { ", " })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_named_placeholder() {
        assert_eq!(
            fill(
                "{k} {periods} after, W = {w}, {k}",
                &[("k", "3"), ("periods", "months"), ("w", "90")]
            ),
            "3 months after, W = 90, 3"
        );
        assert_eq!(fill("no {such}", &[("w", "1")]), "no {such}");
    }

    #[test]
    fn one_period_is_singular() {
        assert_eq!(periods_counted(Locale::En, Period::Week, 1), "week");
        assert_eq!(periods_counted(Locale::En, Period::Week, 0), "weeks");
        assert_eq!(periods_counted(Locale::En, Period::Month, 12), "months");
    }

    #[test]
    fn whole_numbers_in_any_digits() {
        assert_eq!(parse_whole(" 365 "), Some(365));
        assert_eq!(parse_whole("۱۸۰"), Some(180));
        assert_eq!(parse_whole("٩٠"), Some(90));
        assert_eq!(parse_whole(""), None);
        assert_eq!(parse_whole("-5"), None);
        assert_eq!(parse_whole("1.5"), None);
        assert_eq!(parse_whole("99999999999"), None);
    }

    #[test]
    fn every_segment_has_a_name_in_every_language() {
        for segment in Segment::ALL {
            for locale in Locale::ALL {
                assert!(!segment_name(locale, segment).is_empty());
            }
        }
    }

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn the_filter_is_described_in_words() {
        let bounds = Some((day(2023, 1, 1), day(2024, 12, 31)));
        let everything = OrdersFilter::default();
        assert_eq!(
            filter_description(
                Locale::En,
                &everything,
                bounds,
                "Source",
                None,
                Calendar::Gregorian
            ),
            ""
        );
        let from = OrdersFilter {
            from: Some(day(2024, 1, 1)),
            ..OrdersFilter::default()
        };
        assert_eq!(
            filter_description(
                Locale::En,
                &from,
                bounds,
                "Source",
                None,
                Calendar::Gregorian
            ),
            "orders from 2024-01-01 to 2024-12-31"
        );
        let both = OrdersFilter {
            segment: Some(0),
            ..from
        };
        assert_eq!(
            filter_description(
                Locale::En,
                &both,
                bounds,
                "Source",
                Some("web"),
                Calendar::Gregorian
            ),
            "orders from 2024-01-01 to 2024-12-31, Source = web"
        );
        assert_eq!(
            filter_description(
                Locale::Fa,
                &both,
                bounds,
                "شهر",
                Some("تهران"),
                Calendar::Gregorian
            ),
            "سفارش‌های 2024-01-01 تا 2024-12-31، شهر = تهران"
        );
        assert_eq!(
            filter_description(
                Locale::Fa,
                &both,
                bounds,
                "شهر",
                Some("تهران"),
                Calendar::Jalali
            ),
            "سفارش‌های 1402-10-11 تا 1403-10-11، شهر = تهران"
        );
        let cohort = OrdersFilter {
            cohort: Some((day(2024, 1, 1), day(2024, 1, 31))),
            ..OrdersFilter::default()
        };
        assert_eq!(
            filter_description(
                Locale::En,
                &cohort,
                bounds,
                "Source",
                None,
                Calendar::Gregorian
            ),
            "customers whose first order was from 2024-01-01 to 2024-01-31"
        );
    }
}
