//! `PeriodTable`: the period index of every day of a span, looked up rather than computed, since
//! metrics ask for the period of each of a million orders.

use super::day::Day;
use super::period::CalendarPeriod;

#[derive(Debug, Clone)]
pub struct PeriodTable {
    period: CalendarPeriod,
    first: Day,
    indices: Vec<i32>,
}

impl PeriodTable {
    /// The longest span tabled (about 180 years); longer spans table their start only.
    const MAX_DAYS: i32 = 1 << 16;

    /// A table of `period` for the days `from..=to`.
    pub fn new(period: CalendarPeriod, from: Day, to: Day) -> PeriodTable {
        let len = (to.0 - from.0 + 1).clamp(0, Self::MAX_DAYS);
        // Walked day by day: a day before the next period's start is in the period of the day
        // before it, so the calendar is consulted once per period, not once per day.
        let mut index = period.index(from);
        let mut next_start = period.end(index);
        let indices = (0..len)
            .map(|n| {
                let day = from.plus(n);
                if day >= next_start {
                    index = period.index(day);
                    next_start = period.end(index);
                }
                index
            })
            .collect();
        PeriodTable {
            period,
            first: from,
            indices,
        }
    }

    /// `CalendarPeriod::index` of `day`.
    #[inline(always)]
    pub fn index(&self, day: Day) -> i32 {
        usize::try_from(day.0 - self.first.0)
            .ok()
            .and_then(|offset| self.indices.get(offset))
            .copied()
            .unwrap_or_else(|| self.period.index(day))
    }

    /// How many periods after period `from` the period of `day` is; `None` before `from`.
    #[inline(always)]
    pub fn offset(&self, day: Day, from: i32) -> Option<usize> {
        usize::try_from(self.index(day) - from).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Calendar, Period};

    /// Every unit in every calendar.
    fn all() -> impl Iterator<Item = CalendarPeriod> {
        Calendar::ALL
            .into_iter()
            .flat_map(|c| Period::ALL.into_iter().map(move |p| p.in_calendar(c)))
    }

    #[test]
    fn a_table_gives_what_index_computes() {
        let from = Day::from_ymd(2023, 12, 20).unwrap();
        for period in all() {
            let table = PeriodTable::new(period, from, from.plus(800));
            for n in -40..900 {
                let day = from.plus(n);
                assert_eq!(table.index(day), period.index(day), "{period:?} {day}");
            }
        }
    }

    #[test]
    fn a_table_ending_in_year_9999_gives_what_index_computes() {
        // The period after December 9999 has no first day (`start` gives day 0); Jalali periods
        // end in 3798, so all these days are in its last period.
        let from = Day::from_ymd(9999, 10, 1).unwrap();
        for period in all() {
            let table = PeriodTable::new(period, from, from.plus(91));
            for n in 0..92 {
                let day = from.plus(n);
                assert_eq!(table.index(day), period.index(day), "{period:?} {day}");
            }
        }
    }

    #[test]
    fn a_table_across_the_end_of_the_jalali_range_gives_what_index_computes() {
        let from = Day::from_ymd(3797, 1, 1).unwrap();
        for period in Period::ALL.map(|p| p.in_calendar(Calendar::Jalali)) {
            let table = PeriodTable::new(period, from, from.plus(800));
            for n in 0..801 {
                let day = from.plus(n);
                assert_eq!(table.index(day), period.index(day), "{period:?} {day}");
            }
        }
    }
}
