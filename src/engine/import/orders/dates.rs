//! A date column: the order date of an orders file, and the dates of the other kinds. Each value is read with the column's conventions
//! (`cells::DateColumn`: day/month order of ambiguous slash dates, serial numbers, Unix seconds),
//! which are worked out from every value of the column the first time a value needs them — by a
//! second pass over the file that reads that column only, so a file whose dates are all
//! unambiguous is read once. The styles the values are written in are tallied too: a column that
//! mixes formats gets one issue on its header, besides the issues of its unreadable values.

use crate::engine::data::Day;
use crate::engine::import::cells::{self, DateColumn, DateStyle, DateTally};
use crate::engine::import::dialect::Dialect;
use crate::engine::import::issue::{Issue, Reason, shorten};
use crate::engine::import::records::{Next, Table};

/// Reads the values of one date column.
pub(in crate::engine::import) struct DateReader<'t> {
    column: usize,
    text: &'t str,
    dialect: Dialect,
    conventions: Option<DateColumn>,
    /// The first value read in each style, by the style's index in `DateStyle::ALL`.
    examples: [Option<String>; DateStyle::ALL.len()],
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
        }
    }

    /// The day written in `value`, a cell of the column.
    pub(in crate::engine::import) fn read(&mut self, value: &str) -> Option<Day> {
        let (text, dialect, column) = (self.text, &self.dialect, self.column);
        let conventions = &mut self.conventions;
        let (day, style) = cells::parse_date(value, || {
            *conventions.get_or_insert_with(|| scan(text, dialect, column))
        })?;
        let idx = DateStyle::ALL.iter().position(|&known| known == style);
        if let Some(slot @ None) = idx.and_then(|idx| self.examples.get_mut(idx)) {
            *slot = Some(shorten(value.trim(), 40));
        }
        Some(day)
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
