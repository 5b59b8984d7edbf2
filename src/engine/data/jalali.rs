//! The Jalali (Solar Hijri) calendar of Iran ↔ `Day`, exactly. Months 1-6 have 31 days, 7-11
//! have 30, and Esfand (12) 29, or 30 in a leap year. Leap years and the Gregorian date of each
//! Nowruz (1 Farvardin) follow the arithmetic of Kazimierz M. Borkowski, "The Persian calendar for
//! 3000 years", Earth, Moon, and Planets 74 (1996) 223-230, as implemented in the widely used
//! jalaali-js library's `jalCal` (<https://github.com/jalaali/jalaali-js>, `index.js`): the years
//! between the "break" years of the 2820-year table have leap years every 4 years with a 5-year
//! gap closing each 33-year cycle. Valid for Jalali years -61..3177; Vafa reads 1300..=1500. The
//! importer reads Jalali dates with `jalali_day`; `Calendar::Jalali` counts periods with `jalali_of`.

use super::day::Day;

/// Jalali years in which the 33-year leap pattern restarts (jalaali-js `breaks`).
const BREAKS: [i32; 20] = [
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
    2394, 2456, 3178,
];

/// What `jal_cal` knows about a Jalali year.
struct YearInfo {
    /// The Gregorian year in which the Jalali year begins.
    gregorian_year: i32,
    /// The day of March on which it begins (1 Farvardin).
    march: i32,
    /// 0 when the year is leap, else years since the last leap year (1..=4).
    leap: i32,
}

/// jalaali-js `jalCal(jy)`. JavaScript's `~~(a / b)` truncates, as Rust's `/` and `%` do.
fn jal_cal(jy: i32) -> Option<YearInfo> {
    let (&first, &last) = (BREAKS.first()?, BREAKS.last()?);
    if jy < first || jy >= last {
        return None;
    }
    let gregorian_year = jy + 621;
    let mut leap_j = -14;
    let mut jp = first;
    let mut jump = 0;
    for &jm in BREAKS.iter().skip(1) {
        jump = jm - jp;
        if jy < jm {
            break;
        }
        leap_j += jump / 33 * 8 + jump % 33 / 4;
        jp = jm;
    }
    let mut n = jy - jp;
    leap_j += n / 33 * 8 + (n % 33 + 3) / 4;
    if jump % 33 == 4 && jump - n == 4 {
        leap_j += 1;
    }
    let leap_g = gregorian_year / 4 - (gregorian_year / 100 + 1) * 3 / 4 - 150;
    let march = 20 + leap_j - leap_g;
    if jump - n < 6 {
        n = n - jump + (jump + 4) / 33 * 33;
    }
    let mut leap = ((n + 1) % 33 - 1) % 4;
    if leap == -1 {
        leap = 4;
    }
    Some(YearInfo {
        gregorian_year,
        march,
        leap,
    })
}

/// Days in Jalali month `month` of `year`.
fn month_len(year: i32, month: u32) -> Option<u32> {
    match month {
        1..=6 => Some(31),
        7..=11 => Some(30),
        12 if jal_cal(year)?.leap == 0 => Some(30),
        12 => Some(29),
        _ => None,
    }
}

/// The day of Jalali date `year/month/day`, or `None` when it does not exist (1402/12/30, 1403/13/01).
pub fn jalali_day(year: i32, month: u32, day: u32) -> Option<Day> {
    if day == 0 || day > month_len(year, month)? {
        return None;
    }
    let info = jal_cal(year)?;
    let nowruz = Day::from_ymd(info.gregorian_year, 3, u32::try_from(info.march).ok()?)?;
    // Months before `month`: 31 days each up to 6, then 30 (jalaali-js `j2d`).
    let month = i32::try_from(month).ok()?;
    let before = (month - 1) * 31 - (month / 7) * (month - 7);
    Some(nowruz.plus(before + i32::try_from(day).ok()? - 1))
}

/// The Jalali date `(year, month, day)` of `day` (jalaali-js `d2j`), or `None` outside the
/// calendar's range.
pub fn jalali_of(day: Day) -> Option<(i32, u32, u32)> {
    let mut year = day.civil().year - 621;
    let info = jal_cal(year)?;
    let nowruz = Day::from_ymd(info.gregorian_year, 3, u32::try_from(info.march).ok()?)?;
    let mut k = day.0 - nowruz.0;
    if k >= 0 {
        if k <= 185 {
            return Some((
                year,
                u32::try_from(1 + k / 31).ok()?,
                u32::try_from(k % 31 + 1).ok()?,
            ));
        }
        k -= 186;
    } else {
        // Before Nowruz: the last months of the previous Jalali year.
        year -= 1;
        k += 179;
        if info.leap == 1 {
            k += 1;
        }
    }
    Some((
        year,
        u32::try_from(7 + k / 30).ok()?,
        u32::try_from(k % 30 + 1).ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn gregorian(year: i32, month: u32, day: u32) -> Option<String> {
        jalali_day(year, month, day).map(|d| d.to_string())
    }

    #[test]
    fn known_dates_convert_exactly() {
        // Nowruz of 1402 and 1403; the last order day of the Persian sample; the mixed-format
        // sample's 1402/12/15; the last day of the leap years 1403 and 1399.
        for (jalali, expected) in [
            ((1402, 1, 1), "2023-03-21"),
            ((1403, 1, 1), "2024-03-20"),
            ((1403, 9, 30), "2024-12-20"),
            ((1402, 12, 15), "2024-03-05"),
            ((1403, 12, 30), "2025-03-20"),
            ((1399, 12, 30), "2021-03-20"),
            ((1403, 10, 5), "2024-12-25"),
        ] {
            let (y, m, d) = jalali;
            assert_eq!(gregorian(y, m, d).as_deref(), Some(expected), "{y}/{m}/{d}");
        }
    }

    #[test]
    fn days_that_do_not_exist_are_refused() {
        // 1402 is not leap: Esfand has 29 days.
        assert_eq!(gregorian(1402, 12, 30), None);
        assert_eq!(gregorian(1402, 7, 31), None);
        assert_eq!(gregorian(1402, 13, 1), None);
        assert_eq!(gregorian(1402, 1, 0), None);
        assert_eq!(gregorian(5000, 1, 1), None);
    }

    #[test]
    fn nowruz_and_the_last_day_of_esfand() {
        for (jalali, expected) in [((1399, 1, 1), "2020-03-20"), ((1404, 1, 1), "2025-03-21")] {
            let (y, m, d) = jalali;
            assert_eq!(gregorian(y, m, d).as_deref(), Some(expected), "{y}/{m}/{d}");
        }
        // 1403 is leap: its 30 Esfand is the day before 1 Farvardin 1404.
        assert_eq!(
            jalali_of(Day::from_ymd(2025, 3, 20).unwrap()),
            Some((1403, 12, 30))
        );
        assert_eq!(
            jalali_of(Day::from_ymd(2024, 3, 19).unwrap()),
            Some((1402, 12, 29))
        );
    }

    #[test]
    fn consecutive_days_have_consecutive_jalali_dates_from_1300_to_1500() {
        let (first, last) = (
            jalali_day(1300, 1, 1).unwrap(),
            jalali_day(1500, 1, 1).unwrap(),
        );
        let mut before = jalali_of(first).unwrap();
        assert_eq!(before, (1300, 1, 1));
        for n in first.0 + 1..=last.0 {
            let (y, m, d) = before;
            let next = if Some(d) < month_len(y, m) {
                (y, m, d + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
            let now = jalali_of(Day(n)).unwrap();
            assert_eq!(now, next, "{}", Day(n));
            assert_eq!(jalali_day(now.0, now.1, now.2), Some(Day(n)));
            before = now;
        }
        assert_eq!(before, (1500, 1, 1));
    }

    #[test]
    fn leap_years_follow_the_33_year_cycle() {
        let leap: Vec<i32> = (1390..=1410)
            .filter(|&y| month_len(y, 12) == Some(30))
            .collect();
        assert_eq!(leap, [1391, 1395, 1399, 1403, 1408]);
    }

    proptest! {
        #[test]
        fn every_day_round_trips(n in -25_000i32..60_000) {
            let (y, m, d) = jalali_of(Day(n)).unwrap();
            prop_assert_eq!(jalali_day(y, m, d), Some(Day(n)));
        }

        #[test]
        fn every_jalali_date_round_trips(y in 1300i32..1500, m in 1u32..=12, d in 1u32..=31) {
            if let Some(day) = jalali_day(y, m, d) {
                prop_assert_eq!(jalali_of(day), Some((y, m, d)));
            } else {
                prop_assert!(d > 29);
            }
        }
    }
}
