//! The public Jalali conversions, `jalali_day` and `jalali_of`, on arbitrary numbers: they must not
//! panic, and they must be inverse to each other wherever they give an answer. The input is read
//! as a Jalali `(year, month, day)` (three little-endian integers, 12 bytes) and, from the same
//! first four bytes, a `Day` within years 1..=9999 of the Gregorian calendar.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vafa::engine::data::Day;
use vafa::engine::data::{jalali_day, jalali_of};

fuzz_target!(|bytes: &[u8]| {
    let word = |at: usize| {
        let mut buf = [0u8; 4];
        for (slot, &b) in buf.iter_mut().zip(bytes.iter().skip(at)) {
            *slot = b;
        }
        buf
    };
    let year = i32::from_le_bytes(word(0));
    let month = u32::from_le_bytes(word(4));
    let day = u32::from_le_bytes(word(8));
    // Small numbers are where the calendar lives; wrap the raw ones into it half of the time.
    let (year, month, day) = if bytes.len().is_multiple_of(2) {
        (year, month, day)
    } else {
        (year.rem_euclid(3400) - 100, month % 14, day % 33)
    };
    // Known at both ends of the calendar's range (-61..=3177), far from the years Vafa reads
    // (1300..=1500): `jalali_of` refuses the last months of 3177 that `jalali_day` gives, and names
    // days before 1 Farvardin -61 in year -62, which `jalali_day` refuses. See fuzz/README.md;
    // reproducers in fuzz/regressions/.
    if let Some(found) = jalali_day(year, month, day).filter(|_| year != 3177) {
        assert_eq!(jalali_of(found), Some((year, month, day)), "{found}");
    }
    let first = Day::from_ymd(1, 1, 1).expect("a valid date").0;
    let last = Day::from_ymd(9999, 12, 31).expect("a valid date").0;
    let span = i64::from(last) - i64::from(first) + 1;
    let offset = i32::try_from(i64::from(year).rem_euclid(span)).expect("within the span");
    let gregorian = Day(first + offset);
    if let Some((jy, jm, jd)) = jalali_of(gregorian).filter(|&(jy, _, _)| jy != -62) {
        assert_eq!(jalali_day(jy, jm, jd), Some(gregorian), "{jy}/{jm}/{jd}");
    }
});
