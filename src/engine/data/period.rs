//! Calendar periods as integer indices, so that "the period of a day", "the next period" and "its
//! label" are arithmetic. A `Period` is the unit the user picks (week, month, quarter, year); a
//! `CalendarPeriod` is that unit counted in a `Calendar`, and is what metrics bucket days by.
//!
//! Gregorian labels follow DESIGN.md § Report JSON: `YYYY-Www` (ISO week, from Monday), `YYYY-MM`,
//! `YYYY-Qn`, `YYYY`. Jalali labels have the same shapes, `1403-01`, `1403-Q1` (a season: months
//! 1–3), `1403`, except weeks: Iranian weeks start on Saturday and have no standard numbering, so
//! a Jalali week is labelled by the date of its Saturday, `1403-01-04`, as a wall calendar shows
//! it (and no `YYYY-MM-DD` label can be mistaken for a month's).

use super::calendar::{Calendar, jalali_date, jalali_month_start};
use super::day::Day;

/// How time is bucketed for CRR, cohorts and trends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Period {
    Week,
    #[default]
    Month,
    Quarter,
    Year,
}

impl Period {
    /// Every kind, shortest first.
    pub const ALL: [Period; 4] = [Period::Week, Period::Month, Period::Quarter, Period::Year];

    /// The name used in the CLI and the Report: `week`, `month`, `quarter`, `year`.
    pub fn name(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }

    /// The period named `week`, `month`, `quarter` or `year`.
    pub fn from_name(name: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.name() == name)
    }

    /// This unit counted in `calendar`.
    pub fn in_calendar(self, calendar: Calendar) -> CalendarPeriod {
        CalendarPeriod {
            period: self,
            calendar,
        }
    }
}

/// A unit of time counted in a calendar: Jalali months, Gregorian ISO weeks, …
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CalendarPeriod {
    pub period: Period,
    pub calendar: Calendar,
}

impl From<Period> for CalendarPeriod {
    /// The unit in the Gregorian calendar.
    fn from(period: Period) -> CalendarPeriod {
        period.in_calendar(Calendar::Gregorian)
    }
}

impl CalendarPeriod {
    /// The index of the period containing `day`. Consecutive periods have consecutive indices.
    /// Jalali months, quarters and years count the days outside the conversion's range (before
    /// 560, after 3797) in its first or last period, which start at `Day(i32::MIN)` or end at
    /// `Day(i32::MAX)`; `jalali_month_start` says why.
    pub fn index(self, day: Day) -> i32 {
        match (self.calendar, self.period) {
            // Weeks start on Monday; 1970-01-05 was the first Monday after the epoch.
            (Calendar::Gregorian, Period::Week) => (day.0 - 4).div_euclid(7),
            // Iranian weeks start on Saturday; 1970-01-03 was the first Saturday after the epoch.
            (Calendar::Jalali, Period::Week) => (day.0 - 2).div_euclid(7),
            (Calendar::Gregorian, Period::Month) => {
                let c = day.civil();
                c.year * 12 + c.month as i32 - 1
            }
            (Calendar::Gregorian, Period::Quarter) => {
                let c = day.civil();
                c.year * 4 + (c.month as i32 - 1) / 3
            }
            (Calendar::Gregorian, Period::Year) => day.civil().year,
            (Calendar::Jalali, Period::Month) => {
                let (year, month, _) = jalali_date(day);
                year * 12 + month as i32 - 1
            }
            (Calendar::Jalali, Period::Quarter) => {
                let (year, month, _) = jalali_date(day);
                year * 4 + (month as i32 - 1) / 3
            }
            (Calendar::Jalali, Period::Year) => jalali_date(day).0,
        }
    }

    /// The first day of period `index`.
    pub fn start(self, index: i32) -> Day {
        let month_start = |year: i32, month: u32| match self.calendar {
            // Indices come from `index` of a valid day, so the first day exists.
            Calendar::Gregorian => Day::from_ymd(year, month, 1).unwrap_or(Day(0)),
            Calendar::Jalali => jalali_month_start(year, month),
        };
        match (self.calendar, self.period) {
            (Calendar::Gregorian, Period::Week) => Day(index * 7 + 4),
            (Calendar::Jalali, Period::Week) => Day(index * 7 + 2),
            (_, Period::Month) => {
                month_start(index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
            }
            (_, Period::Quarter) => {
                month_start(index.div_euclid(4), index.rem_euclid(4) as u32 * 3 + 1)
            }
            (_, Period::Year) => month_start(index, 1),
        }
    }

    /// The first day after period `index` (= start of the next one).
    pub fn end(self, index: i32) -> Day {
        self.start(index + 1)
    }

    /// The label of period `index`: `2024-W07`, `2024-03`, `2024-Q1` or `2024` in Gregorian;
    /// `1402-11-28` (the week's Saturday), `1403-01`, `1403-Q1` or `1403` in Jalali.
    pub fn label(self, index: i32) -> String {
        match self.period {
            Period::Week if self.calendar == Calendar::Jalali => {
                Calendar::Jalali.format_day(self.start(index))
            }
            Period::Week => {
                // The ISO week-numbering year is the year of the week's Thursday.
                let thursday = self.start(index).plus(3);
                let year = thursday.civil().year;
                let jan4 = Day::from_ymd(year, 1, 4).unwrap_or(thursday);
                let week = index - self.index(jan4) + 1;
                format!("{year:04}-W{week:02}")
            }
            Period::Month => format!(
                "{:04}-{:02}",
                index.div_euclid(12),
                index.rem_euclid(12) + 1
            ),
            Period::Quarter => format!("{:04}-Q{}", index.div_euclid(4), index.rem_euclid(4) + 1),
            Period::Year => format!("{index:04}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    /// The label of the period of `day`.
    fn label(period: Period, calendar: Calendar, day: Day) -> String {
        let p = period.in_calendar(calendar);
        p.label(p.index(day))
    }

    /// Every unit in every calendar.
    fn all() -> impl Iterator<Item = CalendarPeriod> {
        Calendar::ALL
            .into_iter()
            .flat_map(|c| Period::ALL.into_iter().map(move |p| p.in_calendar(c)))
    }

    #[test]
    fn gregorian_labels() {
        let g = Calendar::Gregorian;
        assert_eq!(label(Period::Month, g, day(2024, 3, 31)), "2024-03");
        assert_eq!(label(Period::Quarter, g, day(2024, 5, 1)), "2024-Q2");
        assert_eq!(label(Period::Year, g, day(2023, 12, 31)), "2023");
        // 2024-12-30 (Monday) starts ISO week 1 of 2025; 2021-01-03 (Sunday) is in 2020-W53.
        assert_eq!(label(Period::Week, g, day(2024, 12, 30)), "2025-W01");
        assert_eq!(label(Period::Week, g, day(2021, 1, 3)), "2020-W53");
        assert_eq!(label(Period::Week, g, day(2024, 2, 14)), "2024-W07");
    }

    #[test]
    fn jalali_labels() {
        let j = Calendar::Jalali;
        // 2024-03-19 is 29 Esfand 1402, 2024-03-20 is 1 Farvardin 1403 (Nowruz).
        assert_eq!(label(Period::Month, j, day(2024, 3, 19)), "1402-12");
        assert_eq!(label(Period::Month, j, day(2024, 3, 20)), "1403-01");
        assert_eq!(label(Period::Quarter, j, day(2024, 3, 19)), "1402-Q4");
        assert_eq!(label(Period::Quarter, j, day(2024, 3, 20)), "1403-Q1");
        // 2024-06-20 is 31 Khordad (month 3, spring); 2024-06-21 is 1 Tir (month 4, summer).
        assert_eq!(label(Period::Quarter, j, day(2024, 6, 20)), "1403-Q1");
        assert_eq!(label(Period::Quarter, j, day(2024, 6, 21)), "1403-Q2");
        assert_eq!(label(Period::Year, j, day(2025, 3, 20)), "1403");
        assert_eq!(label(Period::Year, j, day(2025, 3, 21)), "1404");
        // Nowruz 1403 was a Wednesday: its week began on Saturday 2024-03-16 = 26 Esfand 1402;
        // the next began on Saturday 2024-03-23 = 4 Farvardin 1403.
        assert_eq!(label(Period::Week, j, day(2024, 3, 20)), "1402-12-26");
        assert_eq!(label(Period::Week, j, day(2024, 3, 22)), "1402-12-26");
        assert_eq!(label(Period::Week, j, day(2024, 3, 23)), "1403-01-04");
    }

    #[test]
    fn weeks_start_on_monday_in_gregorian_and_saturday_in_jalali() {
        // 2024-01-06 was a Saturday, 2024-01-08 a Monday.
        let (saturday, monday) = (day(2024, 1, 6), day(2024, 1, 8));
        for (calendar, first) in [(Calendar::Gregorian, monday), (Calendar::Jalali, saturday)] {
            let week = Period::Week.in_calendar(calendar);
            let i = week.index(first);
            assert_eq!(week.start(i), first, "{calendar:?}");
            assert_eq!(week.index(first.plus(6)), i, "{calendar:?}");
            assert_eq!(week.index(first.plus(7)), i + 1, "{calendar:?}");
            assert_eq!(week.index(first.plus(-1)), i - 1, "{calendar:?}");
        }
    }

    #[test]
    fn jalali_periods_start_on_the_first_of_farvardin_and_the_seasons() {
        let j = |p: Period| p.in_calendar(Calendar::Jalali);
        let nowruz = day(2024, 3, 20);
        for p in [Period::Month, Period::Quarter, Period::Year] {
            assert_eq!(j(p).start(j(p).index(nowruz.plus(1))), nowruz, "{p:?}");
        }
        // Months 1-6 have 31 days: Mehr (7) 1403 starts on 2024-09-22; Esfand 1403 has 30 days.
        let year = j(Period::Year).index(nowruz);
        assert_eq!(j(Period::Quarter).end(year * 4 + 1), day(2024, 9, 22));
        let esfand = j(Period::Month).index(day(2025, 3, 1));
        assert_eq!(
            j(Period::Month).end(esfand).0 - j(Period::Month).start(esfand).0,
            30
        );
        assert_eq!(j(Period::Year).end(year), day(2025, 3, 21));
    }

    #[test]
    fn days_outside_the_jalali_range_fall_in_its_first_or_last_period() {
        for p in Period::ALL.map(|p| p.in_calendar(Calendar::Jalali)) {
            for n in [i32::MIN / 2, -700_000, 700_000, i32::MAX / 2] {
                let i = p.index(Day(n));
                assert!(p.start(i) <= Day(n) && Day(n) < p.end(i), "{p:?} {n}");
                assert!(!p.label(i).is_empty());
            }
        }
        let year = Period::Year.in_calendar(Calendar::Jalali);
        assert_eq!(year.label(year.index(Day(-700_000))), "-061");
        assert_eq!(year.label(year.index(Day(700_000))), "3176");
    }

    proptest! {
        #[test]
        fn a_day_lies_in_its_period(n in -100_000i32..100_000) {
            for p in all() {
                let i = p.index(Day(n));
                prop_assert!(p.start(i) <= Day(n) && Day(n) < p.end(i));
                prop_assert_eq!(p.index(p.end(i)), i + 1);
            }
        }
    }
}
