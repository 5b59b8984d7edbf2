//! Dates written in a cell → `Day`, the local calendar date as written (a time or offset after the
//! date is accepted and ignored, never converted). Digits may be ASCII, Persian or Arabic-Indic.
//!
//! Read: year first `2024-05-01`, `2024/05/01`, `2024-05-01 10:00:00 -0400`,
//! `2024-05-01T10:00:00Z`, `2024/03/15 3:45:12 PM GMT-4` (Google Forms), `20240501`; day first with
//! dots `1.5.2024`, `01.05.2024 16:18`; `a/b/2024` or `a-b-2024` with or without a time
//! (SurveyMonkey `01/23/2024 07:51:36 PM`, Arabic `١٥/٠٣/٢٠٢٤ ٣:٤٥:١٢ م`); English month names
//! (`Mar 5, 2024`, `5 Mar 2024`, `cells/date_words.rs`); Jalali dates, whose years 1300..=1500 are
//! never Gregorian (`1402/12/15`, `۱۴۰۳/۰۹/۳۰ ۱۴:۳۸`, `data/jalali.rs`); Excel serial day numbers
//! (5 digits, 20000..=80000: 45356 = 2024-03-05; serials up to 60 fall before Excel's fictitious
//! 1900-02-29 and are never read); and Unix seconds (10 digits, the UTC day).
//!
//! Some values can only be read knowing their column (`DateColumn`), which is worked out from all
//! the column's values (`DateTally`): an ambiguous `05/03/2024` is day-first when the
//! values that can be read one way only (`13/03/2024` day-first, `03/13/2024` month-first) are
//! mostly day-first (a tie too, none against none included: most of the world writes day first;
//! the import wizard then shows the guess and asks), else month-first; and a
//! bare number is a date only in a column of them, where more than half of the non-empty values
//! are serial numbers (or Unix seconds) — elsewhere `45356` is more likely an id or an amount.
//! Gregorian years outside 1900..=2199 are refused.

use super::date_shape::{Shape, shape};
use super::date_words::month_name_date;
use crate::engine::data::{Day, jalali_day};

/// How a column's ambiguous `a/b/yyyy` dates are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum SlashOrder {
    /// `03/05/2024` is 5 March (US).
    #[default]
    MonthFirst,
    /// `03/05/2024` is 3 May (most of the world).
    DayFirst,
}

/// A number a column writes its dates as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumericDate {
    /// Excel's serial day number: days since 1899-12-30 (for serials above 60).
    ExcelSerial,
    /// Seconds since 1970-01-01T00:00:00Z.
    UnixSeconds,
}

/// How a date column reads the values whose reading depends on the rest of the column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct DateColumn {
    pub slash: SlashOrder,
    /// Set when the column is one of serial numbers or of Unix seconds.
    pub numeric: Option<NumericDate>,
    /// Whether `slash` is a guess: as many values (often none) can only be read day first as
    /// month first.
    pub slash_is_guess: bool,
    /// How many `a/b/yyyy` values could be read either way, and the first of them as
    /// `(a, b, year)`.
    pub ambiguous: usize,
    pub first_ambiguous: Option<(u32, u32, u32)>,
}

#[cfg(test)]
impl DateColumn {
    /// The conventions of a column with `values` (see the module doc).
    pub(crate) fn from_values<'v>(values: impl IntoIterator<Item = &'v str>) -> DateColumn {
        let mut tally = DateTally::default();
        values.into_iter().for_each(|value| tally.add(value));
        tally.column()
    }
}

/// What a column's values say about its conventions, value by value.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct DateTally {
    day_first: usize,
    month_first: usize,
    serials: usize,
    unix: usize,
    non_empty: usize,
    ambiguous: usize,
    first_ambiguous: Option<(u32, u32, u32)>,
}

impl DateTally {
    /// Counts one value of the column.
    pub(crate) fn add(&mut self, value: &str) {
        if value.trim().is_empty() {
            return;
        }
        self.non_empty += 1;
        match shape(value) {
            Some(Shape::Slash { a, b, year }) => match slash_evidence(a, b) {
                Some(SlashOrder::DayFirst) => self.day_first += 1,
                Some(SlashOrder::MonthFirst) => self.month_first += 1,
                None => {
                    self.ambiguous += 1;
                    self.first_ambiguous.get_or_insert((a, b, year));
                }
            },
            Some(Shape::Number { value, digits }) => match numeric_kind(value, digits) {
                Some(NumericDate::ExcelSerial) => self.serials += 1,
                Some(NumericDate::UnixSeconds) => self.unix += 1,
                None => {}
            },
            _ => {}
        }
    }

    /// The column's conventions from the values counted so far.
    pub(crate) fn column(&self) -> DateColumn {
        let slash = if self.day_first >= self.month_first {
            SlashOrder::DayFirst
        } else {
            SlashOrder::MonthFirst
        };
        let numeric = if self.serials * 2 > self.non_empty {
            Some(NumericDate::ExcelSerial)
        } else if self.unix * 2 > self.non_empty {
            Some(NumericDate::UnixSeconds)
        } else {
            None
        };
        DateColumn {
            slash,
            numeric,
            slash_is_guess: self.day_first == self.month_first,
            ambiguous: self.ambiguous,
            first_ambiguous: self.first_ambiguous,
        }
    }
}

/// How a date was written; a column whose values come in more than one style mixes formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateStyle {
    YearFirst,
    Dotted,
    Slash,
    MonthName,
    Jalali,
    ExcelSerial,
    UnixSeconds,
}

impl DateStyle {
    /// Every style, for per-style tallies.
    pub(crate) const ALL: [DateStyle; 7] = [
        DateStyle::YearFirst,
        DateStyle::Dotted,
        DateStyle::Slash,
        DateStyle::MonthName,
        DateStyle::Jalali,
        DateStyle::ExcelSerial,
        DateStyle::UnixSeconds,
    ];
}

const YEARS: std::ops::RangeInclusive<u32> = 1900..=2199;
const JALALI_YEARS: std::ops::RangeInclusive<u32> = 1300..=1500;
const EXCEL_SERIALS: std::ops::RangeInclusive<u64> = 20_000..=80_000;
/// Excel serial of 1970-01-01.
const EXCEL_UNIX_EPOCH: i64 = 25_569;
const SECONDS_PER_DAY: i64 = 86_400;

/// The day written in `text` and how it was written. `column` is asked only for a value whose
/// reading depends on its column, so a column's conventions can be worked out lazily.
pub(crate) fn parse_date(
    text: &str,
    column: impl FnOnce() -> DateColumn,
) -> Option<(Day, DateStyle)> {
    let Some(shape) = shape(text) else {
        let (year, month, day) = month_name_date(text.trim())?;
        return Some((gregorian(year, month, day)?, DateStyle::MonthName));
    };
    let (year, month, day, style) = match shape {
        Shape::YearFirst { year, month, day } => (year, month, day, DateStyle::YearFirst),
        Shape::DotDayFirst { day, month, year } => (year, month, day, DateStyle::Dotted),
        Shape::Slash { a, b, year } => {
            let order = slash_evidence(a, b).unwrap_or_else(|| column().slash);
            match order {
                SlashOrder::MonthFirst => (year, a, b, DateStyle::Slash),
                SlashOrder::DayFirst => (year, b, a, DateStyle::Slash),
            }
        }
        Shape::Number { value, digits } => {
            let kind = numeric_kind(value, digits)?;
            if column().numeric != Some(kind) {
                return None;
            }
            return numeric_day(value, kind);
        }
    };
    if JALALI_YEARS.contains(&year) {
        let day = jalali_day(i32::try_from(year).ok()?, month, day)?;
        return Some((day, DateStyle::Jalali));
    }
    Some((gregorian(year, month, day)?, style))
}

/// Whether `text` is a number that would be a date in a column of such numbers (an Excel serial
/// day or Unix seconds), for telling the user why it was not read in another column.
pub(crate) fn is_date_number(text: &str) -> bool {
    matches!(shape(text), Some(Shape::Number { value, digits }) if numeric_kind(value, digits).is_some())
}

fn gregorian(year: u32, month: u32, day: u32) -> Option<Day> {
    if !YEARS.contains(&year) {
        return None;
    }
    Day::from_ymd(i32::try_from(year).ok()?, month, day)
}

/// Which kind of date number `value` could be, from its digits alone.
fn numeric_kind(value: u64, digits: usize) -> Option<NumericDate> {
    match digits {
        5 if EXCEL_SERIALS.contains(&value) => Some(NumericDate::ExcelSerial),
        10 => Some(NumericDate::UnixSeconds),
        _ => None,
    }
}

fn numeric_day(value: u64, kind: NumericDate) -> Option<(Day, DateStyle)> {
    let value = i64::try_from(value).ok()?;
    let (days, style) = match kind {
        NumericDate::ExcelSerial => (value - EXCEL_UNIX_EPOCH, DateStyle::ExcelSerial),
        NumericDate::UnixSeconds => (value.div_euclid(SECONDS_PER_DAY), DateStyle::UnixSeconds),
    };
    Some((Day(i32::try_from(days).ok()?), style))
}

/// `DayFirst` when `a` can only be a day, `MonthFirst` when `b` can only be a day.
fn slash_evidence(a: u32, b: u32) -> Option<SlashOrder> {
    match (a > 12, b > 12) {
        (true, false) => Some(SlashOrder::DayFirst),
        (false, true) => Some(SlashOrder::MonthFirst),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(text: &str, column: DateColumn) -> Option<String> {
        parse_date(text, || column).map(|(d, _)| d.to_string())
    }

    fn day(text: &str) -> Option<String> {
        read(text, DateColumn::default())
    }

    fn day_first(text: &str) -> Option<String> {
        let column = DateColumn {
            slash: SlashOrder::DayFirst,
            ..DateColumn::default()
        };
        read(text, column)
    }

    fn style(text: &str) -> Option<DateStyle> {
        parse_date(text, DateColumn::default).map(|(_, style)| style)
    }

    #[test]
    fn a_column_without_evidence_is_a_guess_that_names_its_first_ambiguous_value() {
        let column = DateColumn::from_values(["05/03/2024", "2024-01-02", "07/08/2024"]);
        assert!(column.slash_is_guess);
        assert_eq!(
            (column.ambiguous, column.first_ambiguous),
            (2, Some((5, 3, 2024)))
        );
        let decided = DateColumn::from_values(["05/03/2024", "13/03/2024"]);
        assert!(!decided.slash_is_guess);
        assert_eq!(decided.slash, SlashOrder::DayFirst);
        assert_eq!(decided.ambiguous, 1);
        assert_eq!(DateColumn::from_values(["2024-01-02"]).ambiguous, 0);
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
        // SurveyMonkey and Arabic Google Forms write a 12-hour time after the date.
        assert_eq!(day("01/23/2024 07:51:36 PM").as_deref(), Some("2024-01-23"));
        assert_eq!(day("١٥/٠٣/٢٠٢٤ ٣:٤٥:١٢ م").as_deref(), Some("2024-03-15"));
    }

    #[test]
    fn a_column_reads_ambiguous_slashes_as_most_of_its_telling_values() {
        let column = |values: &[&str]| DateColumn::from_values(values.iter().copied()).slash;
        assert_eq!(column(&["05/03/2024", "13/03/2024"]), SlashOrder::DayFirst);
        assert_eq!(
            column(&["05/03/2024", "03/13/2024"]),
            SlashOrder::MonthFirst
        );
        assert_eq!(column(&["13/03/2024", "03/13/2024"]), SlashOrder::DayFirst);
        assert_eq!(
            column(&["03/13/2024", "03/14/2024", "13/03/2024"]),
            SlashOrder::MonthFirst
        );
        // Nothing tells: day first, as most of the world writes (the wizard then asks).
        assert_eq!(column(&["05/03/2024", "2024-03-13"]), SlashOrder::DayFirst);
    }

    #[test]
    fn jalali_years_are_never_gregorian() {
        assert_eq!(day("1402/12/15").as_deref(), Some("2024-03-05"));
        assert_eq!(day("۱۴۰۲/۱۲/۱۵").as_deref(), Some("2024-03-05"));
        assert_eq!(day("۱۴۰۲-۰۵-۱۲").as_deref(), Some("2023-08-03"));
        assert_eq!(day("1403/02/15 10:22").as_deref(), Some("2024-05-04"));
        assert_eq!(day("۱۴۰۳/۰۹/۳۰ ۱۴:۳۸").as_deref(), Some("2024-12-20"));
        assert_eq!(day("٢٠/١١/١٤٠٢").as_deref(), Some("2024-02-09"));
        assert_eq!(style("1402/12/15"), Some(DateStyle::Jalali));
        // 1402 has no Esfand 30th, and 1299 is no year Vafa reads.
        assert_eq!(day("1402/12/30"), None);
        assert_eq!(day("1299/01/01"), None);
    }

    #[test]
    fn month_names_are_read() {
        assert_eq!(day("Mar 5, 2024").as_deref(), Some("2024-03-05"));
        assert_eq!(day("5 Mar 2024").as_deref(), Some("2024-03-05"));
        assert_eq!(style("Mar 5, 2024"), Some(DateStyle::MonthName));
        assert_eq!(day("Feb 30, 2024"), None);
    }

    #[test]
    fn numbers_are_dates_only_in_a_column_of_them() {
        let serials = DateColumn::from_values(["45356", "45357", "", "2024-03-05"]);
        assert_eq!(serials.numeric, Some(NumericDate::ExcelSerial));
        assert_eq!(read("45356", serials).as_deref(), Some("2024-03-05"));
        let unix = DateColumn::from_values(["1709650930", "1709650931"]);
        assert_eq!(read("1709650930", unix).as_deref(), Some("2024-03-05"));
        assert_eq!(read("45356", unix), None);
        // One number among other dates is not read.
        let mixed = DateColumn::from_values(["45356", "2024-03-05", "2024-03-06"]);
        assert_eq!(mixed.numeric, None);
        assert_eq!(read("45356", mixed), None);
        assert!(is_date_number("45356") && is_date_number("1709650930"));
        assert!(!is_date_number("123") && !is_date_number("2024-03-05"));
        // Serials outside 20000..=80000 are refused, whatever the column.
        let column = DateColumn {
            numeric: Some(NumericDate::ExcelSerial),
            ..DateColumn::default()
        };
        assert_eq!(read("60", column), None);
        assert_eq!(read("19999", column), None);
        assert_eq!(read("25569", column).as_deref(), Some("1970-01-01"));
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
            prop_assert_eq!(parse_date(&written, DateColumn::default), Some((Day(n), DateStyle::YearFirst)));
        }

        #[test]
        fn no_text_panics(text in "\\PC{0,40}") {
            let _day = parse_date(&text, DateColumn::default);
            let _column = DateColumn::from_values([text.as_str()]);
        }
    }
}
