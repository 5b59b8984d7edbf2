//! A date column: the order date of an orders file, and the dates of the other kinds. Each value is read with the column's conventions
//! (`cells::DateColumn`: day/month order of ambiguous slash dates, serial numbers, Unix seconds),
//! which are worked out from every value of the column the first time a value needs them — by a
//! second pass over the file that reads that column only, so a file whose dates are all
//! unambiguous is read once. The styles the values are written in are tallied too: a column that
//! mixes formats gets one issue on its header, besides the issues of its unreadable values.

use crate::engine::data::Day;
use crate::engine::import::cells::{self, DateColumn, DateStyle, DateTally, SlashOrder};
use crate::engine::import::dialect::Dialect;
use crate::engine::import::issue::{Issue, Reason, shorten};
use crate::engine::import::keys::{KeyTable, low_bytes};
use crate::engine::import::records::{Next, Table};
use crate::engine::import::{DateOrder, DateOrderSource};

/// Distinct values remembered by `DateReader`: a column holds a few hundred distinct dates among
/// a million rows, so most values are read once and then found in the memo.
const MEMO_VALUES: usize = 4096;
/// The longest value remembered; ISO date-times with a zone (`2024-05-01 10:00:00 -0400`) fit.
const MEMO_LEN: usize = 32;
/// Slots of `DateReader::recent` (a power of two): some thousand dates spread over them collide
/// rarely.
const RECENT_SLOTS: usize = 4096;
/// The longest value `DateReader::recent` holds: dates without a time (`2024-05-01`) fit.
const RECENT_LEN: usize = 16;

/// Reads the values of one date column.
pub(in crate::engine::import) struct DateReader<'t> {
    column: usize,
    text: &'t str,
    dialect: Dialect,
    conventions: Option<DateColumn>,
    /// The first value read in each style, by the style's index in `DateStyle::ALL`.
    examples: [Option<String>; DateStyle::ALL.len()],
    /// Values read already → their day (`Day::0` as bits). A value's day never changes once
    /// read: the column's conventions are worked out once, before the first value that needs
    /// them. A hash table, not a cache that forgets: no two values can evict each other.
    memo: KeyTable,
    /// Short values read already, each in the slot its bytes pick, as the memo has them: a
    /// look-up in front of the memo's that compares two words and hashes none. A later value
    /// that picks the same slot takes it (the memo still has both). Empty until the first
    /// short value.
    recent: Vec<Recent>,
    /// The user's answer to "is 05/03/2024 the 5th of March?" (`ImportOptions::day_first`).
    day_first: Option<bool>,
}

impl<'t> DateReader<'t> {
    /// A reader of column `column` of the table in `text`.
    pub(in crate::engine::import) fn new(
        column: usize,
        text: &'t str,
        dialect: Dialect,
    ) -> DateReader<'t> {
        DateReader {
            column,
            text,
            dialect,
            conventions: None,
            examples: Default::default(),
            memo: KeyTable::default(),
            recent: Vec::new(),
            day_first: None,
        }
    }

    /// Takes the user's answer for dates that read either way; before the first `read`.
    pub(in crate::engine::import) fn set_day_first(&mut self, day_first: Option<bool>) {
        self.day_first = day_first;
    }

    /// The day written in `value`, a cell of the column.
    #[inline]
    pub(in crate::engine::import) fn read(&mut self, value: &str) -> Option<Day> {
        let bytes = value.as_bytes();
        if bytes.len() > RECENT_LEN || bytes.is_empty() {
            return self.read_long(value);
        }
        let words = short_words(bytes);
        let slot = recent_slot(words);
        let len = bytes.len() as u32;
        let hit = self
            .recent
            .get(slot)
            .filter(|r| r.words == words && r.len == len);
        match hit {
            Some(recent) => Some(Day(recent.day)),
            None => self.read_missed(value, slot, words),
        }
    }

    /// `read` of a value that is empty or longer than `RECENT_LEN`. Never inlined, as the
    /// following: `read` stays small enough to inline without them.
    #[inline(never)]
    fn read_long(&mut self, value: &str) -> Option<Day> {
        if value.len() > MEMO_LEN || value.is_empty() {
            return self.parse(value);
        }
        self.remembered(value)
    }

    /// `read` of a short value not in `recent` at `slot`, whose `short_words` are `words`: read
    /// through the memo, then kept in `recent`.
    #[inline(never)]
    fn read_missed(&mut self, value: &str, slot: usize, words: [u64; 2]) -> Option<Day> {
        let day = self.remembered(value)?;
        if self.recent.is_empty() {
            self.recent = vec![Recent::default(); RECENT_SLOTS];
        }
        if let Some(recent) = self.recent.get_mut(slot) {
            *recent = Recent {
                words,
                len: value.len() as u32,
                day: day.0,
            };
        }
        Some(day)
    }

    /// `read` of a value of 1 to `MEMO_LEN` bytes through the memo.
    fn remembered(&mut self, value: &str) -> Option<Day> {
        let bytes = value.as_bytes();
        let hash = KeyTable::hash(bytes);
        if let Some(bits) = self.memo.get_hashed(bytes, hash) {
            return Some(Day(i32::from_ne_bytes(bits.to_ne_bytes())));
        }
        let day = self.parse(value)?;
        if self.memo.len() < MEMO_VALUES {
            let bits = u32::from_ne_bytes(day.0.to_ne_bytes());
            self.memo.get_or_insert_hashed(bytes, hash, || bits);
        }
        Some(day)
    }

    /// `read` without the memo.
    fn parse(&mut self, value: &str) -> Option<Day> {
        let (text, dialect, column) = (self.text, &self.dialect, self.column);
        let (conventions, day_first) = (&mut self.conventions, self.day_first);
        let (day, style) = cells::parse_date(value, || {
            *conventions.get_or_insert_with(|| {
                let mut found = scan(text, dialect, column);
                if let Some(day_first) = day_first {
                    found.slash = if day_first {
                        SlashOrder::DayFirst
                    } else {
                        SlashOrder::MonthFirst
                    };
                }
                found
            })
        })?;
        let idx = DateStyle::ALL.iter().position(|&known| known == style);
        if let Some(slot @ None) = idx.and_then(|idx| self.examples.get_mut(idx)) {
            *slot = Some(shorten(value.trim(), 40));
        }
        Some(day)
    }

    /// How the column's dates that read either way (`05/03/2024`) were read, when it has any.
    pub(in crate::engine::import) fn date_order(&self) -> Option<DateOrder> {
        let conventions = self.conventions?;
        let (a, b, year) = conventions.first_ambiguous?;
        Some(DateOrder {
            day_first: conventions.slash == SlashOrder::DayFirst,
            source: match (self.day_first, conventions.slash_is_guess) {
                (Some(_), _) => DateOrderSource::Chosen,
                (None, true) => DateOrderSource::Guessed,
                (None, false) => DateOrderSource::FromValues,
            },
            values: u32::try_from(conventions.ambiguous).unwrap_or(u32::MAX),
            example: format!("{a:02}/{b:02}/{year}"),
            as_day_first: i32::try_from(year)
                .ok()
                .and_then(|y| Day::from_ymd(y, b, a))
                .map(|d| d.to_string()),
            as_month_first: i32::try_from(year)
                .ok()
                .and_then(|y| Day::from_ymd(y, a, b))
                .map(|d| d.to_string()),
        })
    }

    /// The issue of a column whose values were read in more than one style: one example of each.
    pub(in crate::engine::import) fn mixed_formats(
        &self,
        header_line: u32,
        name: &str,
    ) -> Option<Issue> {
        let examples: Vec<&str> = self.examples.iter().flatten().map(String::as_str).collect();
        (examples.len() > 1).then(|| Issue {
            row: header_line,
            column: name.to_owned(),
            value: examples.join(" | "),
            reason: Reason::MixedDateFormats {
                formats: u32::try_from(examples.len()).unwrap_or(u32::MAX),
            },
        })
    }
}

/// A short value with its day, in `DateReader::recent`; `len` 0 for an empty slot.
#[derive(Debug, Clone, Copy, Default)]
struct Recent {
    words: [u64; 2],
    len: u32,
    day: i32,
}

/// The bytes of a value of 1 to 16 bytes as two words: the first and the last eight bytes
/// (overlapping when fewer than 16), or the bytes zero-padded and 0 when fewer than 8. With the
/// length, they tell any two values apart.
#[inline]
fn short_words(bytes: &[u8]) -> [u64; 2] {
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(first), Some(last)) => [u64::from_le_bytes(*first), u64::from_le_bytes(*last)],
        _ => [low_bytes(bytes), 0],
    }
}

/// The slot of `DateReader::recent` for a value's `short_words`: FxHash's multiply, its top bits.
#[inline]
fn recent_slot(words: [u64; 2]) -> usize {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let [first, last] = words;
    let mixed = (first.rotate_left(5) ^ last).wrapping_mul(SEED);
    (mixed >> (64 - RECENT_SLOTS.trailing_zeros())) as usize
}

/// The conventions of the column, from all its values. Records the main pass rejects are skipped
/// here; the main pass reports them.
fn scan(text: &str, dialect: &Dialect, column: usize) -> DateColumn {
    let mut tally = DateTally::default();
    let Ok(mut table) = Table::open(text, dialect) else {
        return tally.column();
    };
    while let Ok(next) = table.advance() {
        match next {
            Next::End => break,
            Next::Rejected(_) => {}
            Next::Record => tally.add(table.field(column)),
        }
    }
    tally.column()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::dialect;

    #[test]
    fn remembered_values_read_as_when_first_read() {
        // More distinct values than the memo keeps.
        let first = Day::from_ymd(2020, 1, 1).unwrap();
        let values: Vec<String> = (0..5000)
            .map(|n| {
                let day = first.plus(n);
                if n % 3 == 0 {
                    format!("{day} 10:00:00 -0400")
                } else {
                    day.to_string()
                }
            })
            .collect();
        let text = "date\n2024-01-01\n";
        let mut reader = DateReader::new(0, text, dialect::sniff(text));
        for round in 0..3 {
            for (n, value) in values.iter().enumerate().skip(round) {
                assert_eq!(reader.read(value), Some(first.plus(n as i32)), "{value}");
            }
        }
        assert_eq!(reader.read("2024-02-30"), None);
        assert_eq!(reader.read("2024-02-30"), None);
        assert_eq!(reader.read(""), None);
    }
}
