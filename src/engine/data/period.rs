//! Calendar periods (ISO week, month, quarter, year) as integer indices, so that "the period of a
//! day", "the next period" and "its label" are arithmetic. Labels follow DESIGN.md § Report
//! JSON: `YYYY-Www` (ISO week), `YYYY-MM`, `YYYY-Qn`, `YYYY`.

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

    /// The index of the period containing `day`. Consecutive periods have consecutive indices.
    pub fn index(self, day: Day) -> i32 {
        match self {
            // Weeks start on Monday; 1970-01-05 was the first Monday after the epoch.
            Period::Week => (day.0 - 4).div_euclid(7),
            Period::Month => {
                let c = day.civil();
                c.year * 12 + c.month as i32 - 1
            }
            Period::Quarter => {
                let c = day.civil();
                c.year * 4 + (c.month as i32 - 1) / 3
            }
            Period::Year => day.civil().year,
        }
    }

    /// The first day of period `index`.
    pub fn start(self, index: i32) -> Day {
        let first = match self {
            Period::Week => Some(Day(index * 7 + 4)),
            Period::Month => {
                Day::from_ymd(index.div_euclid(12), index.rem_euclid(12) as u32 + 1, 1)
            }
            Period::Quarter => {
                Day::from_ymd(index.div_euclid(4), index.rem_euclid(4) as u32 * 3 + 1, 1)
            }
            Period::Year => Day::from_ymd(index, 1, 1),
        };
        // Indices come from `index` of a valid day, so the first day exists.
        first.unwrap_or(Day(0))
    }

    /// The first day after period `index` (= start of the next one).
    pub fn end(self, index: i32) -> Day {
        self.start(index + 1)
    }

    /// The label of period `index`: `2024-W07`, `2024-03`, `2024-Q1` or `2024`.
    pub fn label(self, index: i32) -> String {
        match self {
            Period::Week => {
                // The ISO week-numbering year is the year of the week's Thursday.
                let thursday = self.start(index).plus(3);
                let year = thursday.civil().year;
                let jan4 = Day::from_ymd(year, 1, 4).unwrap_or(thursday);
                let week = index - Period::Week.index(jan4) + 1;
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
}

/// The period index of every day of a span, looked up rather than computed: metrics ask for the
/// period of each of a million orders, and a calendar conversion per ask would dominate them.
/// Days outside the span are computed as `Period::index` does.
#[derive(Debug, Clone)]
pub struct PeriodTable {
    period: Period,
    first: Day,
    indices: Vec<i32>,
}

impl PeriodTable {
    /// The longest span tabled (about 180 years); longer spans table their start only.
    const MAX_DAYS: i32 = 1 << 16;

    /// A table of `period` for the days `from..=to`.
    pub fn new(period: Period, from: Day, to: Day) -> PeriodTable {
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

    /// `Period::index` of `day`.
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
    use proptest::prelude::*;

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn a_table_gives_what_index_computes() {
        let from = Day::from_ymd(2023, 12, 20).unwrap();
        for period in Period::ALL {
            let table = PeriodTable::new(period, from, from.plus(800));
            for n in -40..900 {
                let day = from.plus(n);
                assert_eq!(table.index(day), period.index(day), "{period:?} {day}");
            }
        }
    }

    #[test]
    fn a_table_ending_in_year_9999_gives_what_index_computes() {
        // The period after December 9999 has no first day (`start` gives day 0).
        let from = Day::from_ymd(9999, 10, 1).unwrap();
        for period in Period::ALL {
            let table = PeriodTable::new(period, from, from.plus(91));
            for n in 0..92 {
                let day = from.plus(n);
                assert_eq!(table.index(day), period.index(day), "{period:?} {day}");
            }
        }
    }

    #[test]
    fn labels() {
        assert_eq!(
            Period::Month.label(Period::Month.index(day(2024, 3, 31))),
            "2024-03"
        );
        assert_eq!(
            Period::Quarter.label(Period::Quarter.index(day(2024, 5, 1))),
            "2024-Q2"
        );
        assert_eq!(
            Period::Year.label(Period::Year.index(day(2023, 12, 31))),
            "2023"
        );
        // 2024-12-30 (Monday) starts ISO week 1 of 2025; 2021-01-03 (Sunday) is in 2020-W53.
        assert_eq!(
            Period::Week.label(Period::Week.index(day(2024, 12, 30))),
            "2025-W01"
        );
        assert_eq!(
            Period::Week.label(Period::Week.index(day(2021, 1, 3))),
            "2020-W53"
        );
        assert_eq!(
            Period::Week.label(Period::Week.index(day(2024, 2, 14))),
            "2024-W07"
        );
    }

    #[test]
    fn weeks_start_on_monday() {
        let monday = day(2024, 1, 1);
        assert_eq!(
            Period::Week.start(Period::Week.index(day(2024, 1, 7))),
            monday
        );
        assert_eq!(
            Period::Week.index(day(2024, 1, 8)),
            Period::Week.index(monday) + 1
        );
    }

    proptest! {
        #[test]
        fn a_day_lies_in_its_period(n in -100_000i32..100_000) {
            for p in Period::ALL {
                let i = p.index(Day(n));
                prop_assert!(p.start(i) <= Day(n) && Day(n) < p.end(i));
                prop_assert_eq!(p.index(p.end(i)), i + 1);
            }
        }
    }
}
