//! Dates written in a cell → `Day`, the local calendar date as written (a time or offset after the
//! date is accepted and ignored, never converted). Read: `2024-05-01`, `2024/05/01`,
//! `2024-05-01 10:00:00 -0400`, `2024-05-01T10:00:00Z`, `20240501`, `1.5.2024` / `01.05.2024
//! 16:18` (day first), and `a/b/2024` or `a-b-2024`, whose order is only certain when one number
//! exceeds 12: `13/03/2024` is day-first, `03/13/2024` month-first, and an ambiguous `05/03/2024`
//! follows the column (`SlashOrder`: day-first when any value of the column needs it, else
//! month-first). Years outside 1900..=2199 are refused, so a Jalali `1402/12/15` is never read as a
//! Gregorian date.

use super::digit_value;
use crate::engine::data::Day;

/// How a column's ambiguous `a/b/yyyy` dates are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum SlashOrder {
    /// `03/05/2024` is 5 March (US).
    #[default]
    MonthFirst,
    /// `03/05/2024` is 3 May (most of the world).
    DayFirst,
}

const YEARS: std::ops::RangeInclusive<u32> = 1900..=2199;

/// The longest cell read as a date; longer text is not a date.
const MAX_LEN: usize = 64;

/// The shape of a date, before calendar checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Year first: `2024-05-01`, `2024/05/01`, `20240501`.
    YearFirst { year: u32, month: u32, day: u32 },
    /// `1.5.2024`: German and most European styles, always day first.
    DotDayFirst { day: u32, month: u32, year: u32 },
    /// `a/b/2024` or `a-b-2024`: the order of `a` and `b` depends on the writer.
    Slash { a: u32, b: u32, year: u32 },
}

/// The day written in `text`. `order` is asked only for an ambiguous `a/b/yyyy` date, so a column's
/// order can be worked out lazily, the first time it matters.
pub(crate) fn parse_date(text: &str, order: impl FnOnce() -> SlashOrder) -> Option<Day> {
    let (year, month, day) = match shape(text)? {
        Shape::YearFirst { year, month, day } => (year, month, day),
        Shape::DotDayFirst { day, month, year } => (year, month, day),
        Shape::Slash { a, b, year } => match slash_evidence(a, b).unwrap_or_else(order) {
            SlashOrder::MonthFirst => (year, a, b),
            SlashOrder::DayFirst => (year, b, a),
        },
    };
    if !YEARS.contains(&year) {
        return None;
    }
    Day::from_ymd(i32::try_from(year).ok()?, month, day)
}

/// What one value says about its column's order: `Some` only for an `a/b/yyyy` date that can be
/// read one way alone.
pub(crate) fn slash_order_of(text: &str) -> Option<SlashOrder> {
    match shape(text)? {
        Shape::Slash { a, b, .. } => slash_evidence(a, b),
        _ => None,
    }
}

/// `DayFirst` when `a` can only be a day, `MonthFirst` when `b` can only be a day.
fn slash_evidence(a: u32, b: u32) -> Option<SlashOrder> {
    match (a > 12, b > 12) {
        (true, false) => Some(SlashOrder::DayFirst),
        (false, true) => Some(SlashOrder::MonthFirst),
        _ => None,
    }
}

/// Splits `text` into up to three digit runs and their separators, then matches the known shapes.
fn shape(text: &str) -> Option<Shape> {
    let text = text.trim();
    if text.len() > MAX_LEN {
        return None;
    }
    let mut chars = text.char_indices().peekable();
    let mut numbers = [(0u32, 0usize); 3];
    let mut separators = ['\0'; 2];
    for (idx, slot) in numbers.iter_mut().enumerate() {
        while let Some(value) = chars.peek().and_then(|&(_, c)| digit_value(c)) {
            slot.0 = slot.0.checked_mul(10)?.checked_add(u32::from(value))?;
            slot.1 += 1;
            chars.next();
        }
        if slot.1 == 0 {
            return None;
        }
        if let Some(separator) = separators.get_mut(idx) {
            match chars.peek() {
                Some(&(_, c @ ('-' | '/' | '.'))) => {
                    *separator = c;
                    chars.next();
                }
                _ if idx == 0 => break,
                _ => return None,
            }
        }
    }
    // After the date only a time may follow: `T` or spaces, then a digit.
    let rest = chars
        .peek()
        .map_or("", |&(at, _)| text.get(at..).unwrap_or_default());
    let time = rest.trim_start_matches(' ');
    let time = time.strip_prefix('T').unwrap_or(time);
    if !rest.is_empty() && !time.starts_with(|c: char| digit_value(c).is_some()) {
        return None;
    }
    let [(n1, len1), (n2, len2), (n3, len3)] = numbers;
    let short = |len: usize| (1..=2).contains(&len);
    match separators {
        ['\0', _] if len1 == 8 && rest.is_empty() => Some(Shape::YearFirst {
            year: n1 / 10_000,
            month: n1 / 100 % 100,
            day: n1 % 100,
        }),
        [s1, s2] if s1 == s2 && len1 == 4 && short(len2) && short(len3) => Some(Shape::YearFirst {
            year: n1,
            month: n2,
            day: n3,
        }),
        ['.', '.'] if short(len1) && short(len2) && len3 == 4 => Some(Shape::DotDayFirst {
            day: n1,
            month: n2,
            year: n3,
        }),
        [s1, s2] if s1 == s2 && s1 != '.' && short(len1) && short(len2) && len3 == 4 => {
            Some(Shape::Slash {
                a: n1,
                b: n2,
                year: n3,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(text: &str) -> Option<String> {
        parse_date(text, || SlashOrder::MonthFirst).map(|d| d.to_string())
    }

    fn day_first(text: &str) -> Option<String> {
        parse_date(text, || SlashOrder::DayFirst).map(|d| d.to_string())
    }

    #[test]
    fn iso_dates_with_or_without_time_are_the_written_day() {
        assert_eq!(day("2024-05-01").as_deref(), Some("2024-05-01"));
        assert_eq!(day(" 2024-05-01 ").as_deref(), Some("2024-05-01"));
        // Late in the evening in New York is the next day in UTC: the written day counts.
        assert_eq!(
            day("2024-12-31 23:19:31 -0500").as_deref(),
            Some("2024-12-31")
        );
        assert_eq!(day("2024-03-05T14:22:10Z").as_deref(), Some("2024-03-05"));
        assert_eq!(
            day("2024/03/15 3:45:12 PM GMT-4").as_deref(),
            Some("2024-03-15")
        );
        assert_eq!(day("20240501").as_deref(), Some("2024-05-01"));
    }

    #[test]
    fn dotted_dates_are_day_first() {
        assert_eq!(day("28.12.2024 16:18").as_deref(), Some("2024-12-28"));
        assert_eq!(day("5.3.2024").as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn slash_dates_follow_the_only_possible_reading_else_the_column() {
        assert_eq!(day("13/03/2024").as_deref(), Some("2024-03-13"));
        assert_eq!(day_first("03/13/2024").as_deref(), Some("2024-03-13"));
        assert_eq!(day("05/03/2024").as_deref(), Some("2024-05-03"));
        assert_eq!(day_first("05/03/2024").as_deref(), Some("2024-03-05"));
        assert_eq!(day_first("5-3-2024").as_deref(), Some("2024-03-05"));
        assert_eq!(slash_order_of("13/03/2024"), Some(SlashOrder::DayFirst));
        assert_eq!(slash_order_of("03/13/2024"), Some(SlashOrder::MonthFirst));
        assert_eq!(slash_order_of("05/03/2024"), None);
        assert_eq!(slash_order_of("2024-03-13"), None);
    }

    #[test]
    fn persian_digits_read_as_digits() {
        assert_eq!(day("۲۰۲۴-۰۳-۰۵").as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn impossible_or_unknown_dates_are_refused() {
        for text in [
            "2024-02-30",
            "2024-13-01",
            "N/A",
            "yesterday",
            "",
            "45356",
            "1709650930",
            "Mar 5, 2024",
            "1402/12/15",
            "۱۴۰۲/۱۲/۱۵",
            "2024-03",
            "2024-03-05x",
            "2024-03/05",
            "5.3.24",
            "31/31/2024",
            "2024-03-05 garbage",
        ] {
            assert_eq!(day(text), None, "{text}");
        }
    }

    proptest! {
        #[test]
        fn every_iso_day_round_trips(n in -25_567i32..84_000) {
            let written = Day(n).to_string();
            prop_assert_eq!(parse_date(&written, || SlashOrder::MonthFirst), Some(Day(n)));
        }

        #[test]
        fn no_text_panics(text in "\\PC{0,40}") {
            let _day = parse_date(&text, || SlashOrder::DayFirst);
            let _order = slash_order_of(&text);
        }
    }
}
