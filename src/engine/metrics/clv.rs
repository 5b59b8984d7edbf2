//! Historical customer lifetime value: what a customer spent in their first H months (H = 3, 6,
//! 12, 24), counted from the day of their first order — overall and per first-order cohort — and
//! that value over the first order's. Source: DESIGN.md § Metric definitions ("historical CLV per
//! cohort at 3/6/12/24 months; CLV ÷ first-order value").
//!
//! A customer's first H months run from their first order's day to the same day H calendar months
//! later, exclusive (Jan 31 + 1 month = Feb 29 in a leap year: the day is clamped to the month's
//! length). Only customers whose H months are fully observed (they end on or before the day after
//! the data's end) count, so a young customer never lowers the average; with none, the value is
//! `None`. A cohort's value exists only when all its customers are fully observed.
//!
//! The horizons are Gregorian months in every calendar, so a customer's CLV does not change with
//! the calendar the report is shown in; only the cohorts (rows) follow the report's period.

use super::history::History;
use crate::engine::data::{CalendarPeriod, Day, Money, days_in_month};

/// The horizons, in months.
pub const HORIZONS: [u32; 4] = [3, 6, 12, 24];

/// Historical CLV at one horizon.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClvAt {
    pub months: u32,
    /// Customers whose first `months` months are observed.
    pub customers: u32,
    /// Their mean revenue in those months (major units).
    pub clv: Option<f64>,
    /// Their mean first-order amount (major units).
    pub first_order: Option<f64>,
    /// `clv / first_order`.
    pub clv_per_first_order: Option<f64>,
}

/// Historical CLV of one first-order cohort, one value per horizon of `HORIZONS`.
#[derive(Debug, Clone, PartialEq)]
pub struct CohortClv {
    /// The cohort's period index.
    pub index: i32,
    pub size: u32,
    pub clv: Vec<Option<f64>>,
}

/// Historical CLV overall and by cohort.
#[derive(Debug, Clone, PartialEq)]
pub struct Clv {
    pub overall: Vec<ClvAt>,
    pub cohorts: Vec<CohortClv>,
}

/// The day `months` calendar months after `day`, its day of month clamped to the month's length.
pub fn plus_months(day: Day, months: u32) -> Day {
    let civil = day.civil();
    let total = civil.year * 12 + civil.month as i32 - 1 + months as i32;
    let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
    let dom = civil.day.min(days_in_month(year, month));
    // Within years 1..=9999 the date exists; outside, keep the day (nothing is observed there).
    Day::from_ymd(year, month, dom).unwrap_or(day)
}

/// Historical CLV of `history` at every horizon, with cohorts by `period` (in its calendar).
pub fn clv_of(history: &History, period: CalendarPeriod) -> Clv {
    let Some(end) = history.end() else {
        return Clv {
            overall: HORIZONS.iter().map(|&months| empty(months)).collect(),
            cohorts: Vec::new(),
        };
    };
    let observed_until = end.plus(1);
    let table = history.period_table(period);
    // The end of each horizon for each first-order day, computed once per day.
    let first_day = history.first_day().unwrap_or(end);
    let span = usize::try_from(end.0 - first_day.0 + 1).unwrap_or(0);
    let mut horizon_ends: Vec<Option<[Day; HORIZONS.len()]>> = vec![None; span];
    // Per horizon: (customers, revenue, first-order revenue).
    let mut totals = [(0u32, Money(0), Money(0)); HORIZONS.len()];
    // Per cohort, by its index's offset from the first day's: size, and per horizon (customers
    // observed, their revenue).
    let first_idx = table.index(first_day);
    let mut cohorts: Vec<(u32, [(u32, Money); HORIZONS.len()])> = Vec::new();
    for purchases in history.customers() {
        let Some(first) = purchases.first() else {
            continue;
        };
        // The first day is the earliest, so no cohort precedes its period.
        let Ok(c) = usize::try_from(table.index(first.day) - first_idx) else {
            continue;
        };
        if c >= cohorts.len() {
            cohorts.resize(c + 1, (0, [(0, Money(0)); HORIZONS.len()]));
        }
        let Some(cohort) = cohorts.get_mut(c) else {
            continue;
        };
        cohort.0 += 1;
        let offset = usize::try_from(first.day.0 - first_day.0).unwrap_or(0);
        let ends = match horizon_ends.get_mut(offset) {
            Some(Some(ends)) => *ends,
            Some(slot) => *slot.insert(HORIZONS.map(|months| plus_months(first.day, months))),
            None => HORIZONS.map(|months| plus_months(first.day, months)),
        };
        // Spent before each horizon's end: one walk over the purchases, as the ends increase
        // (a walk starts over for an end that does not, past year 9999).
        let (mut spent, mut taken, mut walked_until) = (Money(0), 0, first.day);
        for (h, &until) in ends.iter().enumerate() {
            if until > observed_until {
                continue;
            }
            if until < walked_until {
                (spent, taken) = (Money(0), 0);
            }
            walked_until = until;
            while let Some(p) = purchases.get(taken).filter(|p| p.day < until) {
                spent += p.amount;
                taken += 1;
            }
            if let Some(total) = totals.get_mut(h) {
                total.0 += 1;
                total.1 += spent;
                total.2 += first.amount;
            }
            if let Some(cell) = cohort.1.get_mut(h) {
                cell.0 += 1;
                cell.1 += spent;
            }
        }
    }
    Clv {
        overall: HORIZONS
            .iter()
            .zip(totals)
            .map(|(&months, (customers, revenue, first))| {
                let mean =
                    |money: Money| (customers > 0).then(|| money.major() / f64::from(customers));
                let clv = mean(revenue);
                let first_order = mean(first);
                ClvAt {
                    months,
                    customers,
                    clv,
                    first_order,
                    clv_per_first_order: match (clv, first_order) {
                        (Some(clv), Some(first)) if first != 0.0 => Some(clv / first),
                        _ => None,
                    },
                }
            })
            .collect(),
        cohorts: cohorts
            .into_iter()
            .zip(first_idx..)
            .filter(|((size, _), _)| *size > 0)
            .map(|((size, cells), index)| CohortClv {
                index,
                size,
                clv: cells
                    .iter()
                    .map(|&(customers, revenue)| {
                        (size > 0 && customers == size).then(|| revenue.major() / f64::from(size))
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn empty(months: u32) -> ClvAt {
    ClvAt {
        months,
        customers: 0,
        clv: None,
        first_order: None,
        clv_per_first_order: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Orders, Period};

    fn day(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn months_are_calendar_months_clamped() {
        assert_eq!(plus_months(day(2024, 1, 31), 1), day(2024, 2, 29));
        assert_eq!(plus_months(day(2023, 11, 15), 3), day(2024, 2, 15));
        assert_eq!(plus_months(day(2023, 1, 1), 24), day(2025, 1, 1));
    }

    #[test]
    fn clv_by_hand() {
        let mut orders = Orders::default();
        // a: Jan 10 $10, Mar 9 $20 (inside 3 months), Apr 10 $5 (day 3 months later: outside).
        // b: Jan 20 $40, nothing else. c: Mar 1 $10 — data ends Apr 30: its 3 months are not
        // observed (they end Jun 1).
        for (c, d, cents) in [
            ("a", day(2024, 1, 10), 1000),
            ("b", day(2024, 1, 20), 4000),
            ("a", day(2024, 3, 9), 2000),
            ("c", day(2024, 3, 1), 1000),
            ("a", day(2024, 4, 10), 500),
        ] {
            orders.push(c, d, Money(cents));
        }
        let history = History::new(&orders, Some(day(2024, 4, 30)));
        let clv = clv_of(&history, Period::Month.into());
        let three = clv.overall[0];
        assert_eq!((three.months, three.customers), (3, 2));
        // (30 + 40) / 2 = 35; first orders (10 + 40) / 2 = 25; 35 / 25 = 1.4.
        assert_eq!(three.clv, Some(35.0));
        assert_eq!(three.first_order, Some(25.0));
        assert_eq!(three.clv_per_first_order, Some(1.4));
        assert_eq!(clv.overall[1].customers, 0);
        assert_eq!(clv.overall[1].clv, None);
        // January's cohort (a, b) is observed for 3 months; March's (c) is not.
        let rows: Vec<(i32, u32, Option<f64>)> = clv
            .cohorts
            .iter()
            .map(|c| (c.index, c.size, c.clv[0]))
            .collect();
        assert_eq!(
            rows,
            [
                (
                    CalendarPeriod::from(Period::Month).index(day(2024, 1, 1)),
                    2,
                    Some(35.0)
                ),
                (
                    CalendarPeriod::from(Period::Month).index(day(2024, 3, 1)),
                    1,
                    None
                )
            ]
        );
    }

    #[test]
    fn no_orders_no_values() {
        let clv = clv_of(&History::default(), Period::Month.into());
        assert!(clv.overall.iter().all(|at| at.clv.is_none()));
        assert!(clv.cohorts.is_empty());
    }
}
