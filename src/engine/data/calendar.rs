//! The calendar a report is counted and labelled in: Gregorian (ISO 8601, the default) or Jalali
//! (Solar Hijri, Iran's civil calendar; conversions in `jalali.rs`). A `Day` belongs to no
//! calendar: the calendar only decides which days make a month, quarter, year or week
//! (`CalendarPeriod`) and how a day is written (`Calendar::format_day`). Text is ASCII; the page
//! localises the digits.

use super::day::Day;
use super::jalali::{jalali_day, jalali_of};

/// How days are grouped into periods and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Calendar {
    /// Weeks start on Monday (ISO 8601).
    #[default]
    Gregorian,
    /// Months from Farvardin (1) to Esfand (12), quarters are the seasons, weeks start on
    /// Saturday.
    Jalali,
}

/// The first day counted in Jalali: 1 Farvardin −61 (560-03-20), where the conversion starts.
pub(super) const JALALI_FIRST: Day = Day(-514_913);
/// The last day counted in Jalali: 29 Esfand 3176 (3798-03-19); 3177 is the conversion's last
/// year, and `jalali_of` cannot name all of it.
pub(super) const JALALI_LAST: Day = Day(667_741);
const JALALI_FIRST_YEAR: i32 = -61;
const JALALI_LAST_YEAR: i32 = 3176;

impl Calendar {
    /// Every calendar, the default first.
    pub const ALL: [Calendar; 2] = [Calendar::Gregorian, Calendar::Jalali];

    /// The name used in the CLI, the Report and the page's address: `gregorian`, `jalali`.
    pub fn name(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Jalali => "jalali",
        }
    }

    /// The calendar named `gregorian` or `jalali`.
    pub fn from_name(name: &str) -> Option<Calendar> {
        Calendar::ALL.into_iter().find(|c| c.name() == name)
    }

    /// `day` written `YYYY-MM-DD` in this calendar: 2024-03-20 is `2024-03-20` in Gregorian and
    /// `1403-01-01` in Jalali. Days outside the Jalali conversion's range (before 560 or after
    /// 3797, which no import yields) are written in Gregorian.
    pub fn format_day(self, day: Day) -> String {
        match self {
            Calendar::Jalali if (JALALI_FIRST..=JALALI_LAST).contains(&day) => {
                let (year, month, day) = jalali_date(day);
                format!("{year:04}-{month:02}-{day:02}")
            }
            _ => day.to_string(),
        }
    }
}

/// The Jalali date of `day`, days outside the conversion's range taken as its first or last day,
/// so that they fall in its first or last period (which `jalali_month_start` extends without
/// limit).
pub(super) fn jalali_date(day: Day) -> (i32, u32, u32) {
    // Within the range the conversion always answers.
    jalali_of(day.clamp(JALALI_FIRST, JALALI_LAST)).unwrap_or((JALALI_FIRST_YEAR, 1, 1))
}

/// The first day of Jalali `month` (1..=12) of `year`, where a month, season or year begins.
/// Periods that start at or before 1 Farvardin −61 start at the first `Day`, and those after
/// 3176 at the last, so that the first and last periods hold every day outside the range (and
/// each day still lies in the period `jalali_date` puts it in).
pub(super) fn jalali_month_start(year: i32, month: u32) -> Day {
    if year < JALALI_FIRST_YEAR || (year == JALALI_FIRST_YEAR && month <= 1) {
        Day(i32::MIN)
    } else if year > JALALI_LAST_YEAR {
        Day(i32::MAX)
    } else {
        // Every month of a year in the range has a first day.
        jalali_day(year, month, 1).unwrap_or(JALALI_FIRST)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn names_round_trip() {
        for calendar in Calendar::ALL {
            assert_eq!(Calendar::from_name(calendar.name()), Some(calendar));
        }
        assert_eq!(Calendar::from_name("hijri"), None);
        assert_eq!(Calendar::default(), Calendar::Gregorian);
    }

    #[test]
    fn a_day_is_written_in_its_calendar() {
        let nowruz = day(2024, 3, 20);
        assert_eq!(Calendar::Gregorian.format_day(nowruz), "2024-03-20");
        assert_eq!(Calendar::Jalali.format_day(nowruz), "1403-01-01");
        assert_eq!(Calendar::Jalali.format_day(day(2024, 3, 19)), "1402-12-29");
        assert_eq!(Calendar::Jalali.format_day(day(2025, 3, 20)), "1403-12-30");
        assert_eq!(Calendar::Jalali.format_day(day(2024, 12, 25)), "1403-10-05");
        // Outside the conversion: Gregorian, never a wrong Jalali date.
        assert_eq!(Calendar::Jalali.format_day(day(1, 1, 1)), "0001-01-01");
    }

    #[test]
    fn the_jalali_range_is_where_the_conversion_answers() {
        assert_eq!(jalali_day(JALALI_FIRST_YEAR, 1, 1), Some(JALALI_FIRST));
        assert_eq!(
            jalali_day(JALALI_LAST_YEAR + 1, 1, 1),
            Some(JALALI_LAST.plus(1))
        );
        assert_eq!(jalali_of(JALALI_LAST), Some((JALALI_LAST_YEAR, 12, 29)));
        assert_eq!(
            jalali_month_start(JALALI_FIRST_YEAR, 2),
            JALALI_FIRST.plus(31)
        );
        assert_eq!(
            jalali_month_start(JALALI_LAST_YEAR, 12),
            JALALI_LAST.plus(-28)
        );
        assert_eq!(jalali_date(Day(i32::MIN)), (JALALI_FIRST_YEAR, 1, 1));
        assert_eq!(jalali_date(Day(i32::MAX)), (JALALI_LAST_YEAR, 12, 29));
    }
}
