//! The records of a decoded CSV text, read one at a time (`records/fields.rs` splits one record
//! into fields, by the `csv` crate's rules): finds the header (skipping blank lines), numbers
//! every record by the line where it starts, skips blank records, and rejects what cannot be
//! trusted cell by cell — rows with the wrong number of fields (never shifted into other columns),
//! quotes that swallowed the following lines, cells too long to be real, and a quote left open at
//! the end of the file.

mod fields;

use super::cells::trim;
use super::decode::count_line_breaks;
use super::dialect::Dialect;
use super::issue::{FIELD_LIMIT, ImportError, Issue, Malformed, Reason, shorten};
use fields::{Fields, open_quote_at_end};

/// The shortest record `Table::records_left_guess` assumes, in bytes: an order takes at least a
/// customer, a date and their delimiters (`a@x.io,2024-05-01,5`), so a short first record does
/// not make it reserve room for several times the orders the file holds.
const MIN_RECORD_GUESS: usize = 16;

/// What `Table::advance` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Next {
    /// A record with the header's fields, readable with `Table::field`.
    Record,
    /// A record left out, and why.
    Rejected(Issue),
    End,
}

/// A CSV table being read: its header and the current record.
pub(crate) struct Table<'t> {
    text: &'t str,
    delimiter: u8,
    fields: Fields,
    /// Where the current record ends (its line break, or the end of the text).
    end: usize,
    /// Whether the current record is known to hold no line break (it had no quotes).
    is_one_line: bool,
    header: Vec<String>,
    header_line: u32,
    /// Header cells up to the last non-empty one: trailing empty columns are ignored.
    width: usize,
    lines: LineCounter<'t>,
    line: u32,
    start: usize,
    rows: u32,
}

impl<'t> Table<'t> {
    /// Opens the table of `text` and reads its header: the first record that is not blank.
    pub(crate) fn open(text: &'t str, dialect: &Dialect) -> Result<Table<'t>, ImportError> {
        let body_start = dialect.body_start.min(text.len());
        let mut table = Table {
            text,
            delimiter: dialect.delimiter,
            fields: Fields::default(),
            end: body_start,
            is_one_line: false,
            header: Vec::new(),
            header_line: 0,
            width: 0,
            lines: LineCounter {
                text: text.as_bytes(),
                pos: 0,
                line: 1,
            },
            line: 0,
            start: 0,
            rows: 0,
        };
        if !table.read_non_blank() {
            return Err(ImportError::Empty);
        }
        if let Some(len) = table.cells_as_read().find_map(too_long) {
            return Err(ImportError::FieldTooLong {
                row: table.line,
                column: String::new(),
                len,
            });
        }
        table.header = table
            .cells_as_read()
            .map(|cell| cell.trim().to_owned())
            .collect();
        table.header_line = table.line;
        table.width = table
            .header
            .iter()
            .rposition(|cell| !cell.is_empty())
            .map_or(0, |i| i + 1);
        table.header.truncate(table.width);
        Ok(table)
    }

    /// Reads the table as one without a header: the record read as the header becomes the first
    /// data record, and the columns are named `column 1`, `column 2`, … (as many as it has
    /// cells up to its last non-empty one).
    pub(crate) fn without_header(&mut self) {
        self.header = (1..=self.width).map(|n| format!("column {n}")).collect();
        self.header_line = 0;
        self.end = self.start;
        self.is_one_line = false;
        self.lines = LineCounter {
            text: self.text.as_bytes(),
            pos: 0,
            line: 1,
        };
    }

    /// Column names as written (trimmed), without trailing empty columns.
    pub(crate) fn header(&self) -> &[String] {
        &self.header
    }

    /// The line the header is on.
    pub(crate) fn header_line(&self) -> u32 {
        self.header_line
    }

    /// The line where the current record starts.
    pub(crate) fn line(&self) -> u32 {
        self.line
    }

    /// A guess of how many records follow the current one: as many as its length (a line break
    /// included, and at least `MIN_RECORD_GUESS` bytes) fits in the rest of the text. For
    /// reserving room for them at once, never a bound.
    pub(crate) fn records_left_guess(&self) -> usize {
        let record = self.end.saturating_sub(self.start).saturating_add(1);
        let rest = self.text.len().saturating_sub(self.end);
        rest / record.max(MIN_RECORD_GUESS)
    }

    /// The orders expected in the whole text when `so_far` came from the text read up to the
    /// end of the current record: as many more at the same pace. For sizing tables, never a bound.
    pub(crate) fn total_at_this_pace(&self, so_far: usize) -> usize {
        let read = self.end.max(1) as f64;
        (so_far as f64 * self.text.len() as f64 / read) as usize
    }

    /// Data records read so far, blank ones not counted.
    pub(crate) fn rows(&self) -> u32 {
        self.rows
    }

    /// Cell `idx` of the current record, `""` past its end.
    #[inline]
    pub(crate) fn field(&self, idx: usize) -> &str {
        self.fields.get(self.text, idx).unwrap_or_default()
    }

    /// Cell `idx` of the current record as a slice of the text, which outlives the record;
    /// `None` past its end or when the record had quotes (its cells are copies without them).
    #[inline]
    pub(crate) fn field_in_text(&self, idx: usize) -> Option<&'t str> {
        self.fields.get_in_text(self.text, idx)
    }

    /// The cells of the current record as text, without empty cells past the header's width.
    pub(crate) fn cells(&self) -> Vec<String> {
        let kept = (0..self.fields.len())
            .rposition(|idx| idx < self.width || !self.field(idx).trim().is_empty())
            .map_or(0, |idx| idx + 1);
        self.cells_as_read().take(kept).map(str::to_owned).collect()
    }

    /// Every cell of the current record.
    #[inline]
    fn cells_as_read(&self) -> impl Iterator<Item = &str> {
        (0..self.fields.len()).map(|idx| self.field(idx))
    }

    /// Moves to the next data record that is not blank.
    #[inline]
    pub(crate) fn advance(&mut self) -> Result<Next, ImportError> {
        if !self.read_non_blank() {
            return self.at_end();
        }
        self.rows = self.rows.saturating_add(1);
        // Most records: the header's width, and too short for any cell to be too long.
        if self.fields.len() == self.width && self.end.saturating_sub(self.start) <= FIELD_LIMIT {
            return Ok(Next::Record);
        }
        self.check_record()
    }

    /// `advance` at the end of the text: the end, or a quote left open.
    #[inline(never)]
    fn at_end(&self) -> Result<Next, ImportError> {
        match self.unclosed_quote_at_end() {
            Some(err) => Err(err),
            None => Ok(Next::End),
        }
    }

    /// `advance` of a record that is long or not of the header's width: an error for a cell too
    /// long, the record when its extra cells are blank, else its rejection.
    #[inline(never)]
    fn check_record(&self) -> Result<Next, ImportError> {
        // No cell of a record is longer than the record's text (its quotes removed).
        let long = (self.end.saturating_sub(self.start) > FIELD_LIMIT)
            .then(|| {
                self.cells_as_read()
                    .enumerate()
                    .find_map(|(i, cell)| Some((i, too_long(cell)?)))
            })
            .flatten();
        if let Some((idx, len)) = long {
            return Err(ImportError::FieldTooLong {
                row: self.line,
                column: self.name(idx),
                len,
            });
        }
        let found = self.fields.len();
        if found == self.width {
            return Ok(Next::Record);
        }
        let extra_is_blank = self
            .cells_as_read()
            .skip(self.width)
            .all(|cell| trim(cell).is_empty());
        if found >= self.width && extra_is_blank {
            return Ok(Next::Record);
        }
        Ok(Next::Rejected(self.wrong_field_count(found)))
    }

    /// The issue for a record with `found` fields: a swallowed line break means an unclosed quote.
    fn wrong_field_count(&self, found: usize) -> Issue {
        let multi_line = self
            .cells_as_read()
            .position(|cell| cell.contains(['\n', '\r']));
        if let Some(idx) = multi_line {
            let breaks: u32 = self
                .cells_as_read()
                .map(|cell| count_line_breaks(cell.as_bytes()))
                .sum();
            return Issue {
                row: self.line,
                column: self.name(idx),
                value: shorten(self.field(idx), 100),
                reason: Reason::UnclosedQuote {
                    lines: breaks.saturating_add(1),
                },
            };
        }
        let delimiter = char::from(self.delimiter).to_string();
        let joined = self.cells_as_read().collect::<Vec<_>>().join(&delimiter);
        Issue {
            // A short row names the first missing column; a long one is about the whole row.
            row: self.line,
            column: if found < self.width {
                self.name(found)
            } else {
                String::new()
            },
            value: shorten(&joined, 100),
            reason: Reason::WrongFieldCount {
                expected: u32::try_from(self.width).unwrap_or(u32::MAX),
                found: u32::try_from(found).unwrap_or(u32::MAX),
            },
        }
    }

    /// The header name of column `idx`, or `column N` past the header.
    fn name(&self, idx: usize) -> String {
        match self.header.get(idx) {
            Some(name) if !name.is_empty() => name.clone(),
            _ => format!("column {}", idx + 1),
        }
    }

    /// Reads records until one has a non-blank cell; `false` at the end of the text.
    fn read_non_blank(&mut self) -> bool {
        loop {
            match self.text.as_bytes().get(self.end..) {
                // Most records: one LF after a record without quotes, the next record right after.
                Some([b'\n', next, ..]) if self.is_one_line && !matches!(next, b'\r' | b'\n') => {
                    self.start = self.end + 1;
                    self.line = self.lines.after_one_break(self.start);
                }
                rest => {
                    // A record without quotes lies on one line: its bytes need no counting.
                    if self.is_one_line {
                        self.lines.skip_to(self.end);
                    }
                    let rest = rest.unwrap_or_default();
                    let breaks = rest
                        .iter()
                        .take_while(|b| matches!(b, b'\r' | b'\n'))
                        .count();
                    if breaks == rest.len() {
                        return false;
                    }
                    self.start = self.end + breaks;
                    self.line = self.lines.line_at(self.start);
                }
            }
            self.end = self.fields.read(self.text, self.start, self.delimiter);
            self.is_one_line = !self.fields.had_quotes();
            // A record that starts with visible text (not a delimiter or quote) is not blank: its
            // first cell starts with that character. Most records do, and are not looked at again.
            let first = self
                .text
                .as_bytes()
                .get(self.start)
                .copied()
                .unwrap_or(b' ');
            let starts_with_text =
                first.is_ascii_graphic() && first != self.delimiter && first != b'"';
            if starts_with_text || self.has_text() {
                return true;
            }
        }
    }

    /// Whether a cell of the current record is not blank.
    #[inline(never)]
    fn has_text(&self) -> bool {
        self.cells_as_read().any(|cell| !trim(cell).is_empty())
    }

    /// At the end of the text: a quote opened in the last record and never closed.
    fn unclosed_quote_at_end(&self) -> Option<ImportError> {
        let last = self.text.as_bytes().get(self.start..)?;
        let (open, idx) = open_quote_at_end(last, self.delimiter)?;
        let before = last.get(..open).unwrap_or_default();
        Some(ImportError::Malformed {
            line: self.line.saturating_add(count_line_breaks(before)),
            column: self.name(idx),
            reason: Malformed::UnclosedQuote,
        })
    }
}

/// The length in characters of a cell longer than `FIELD_LIMIT`; counted only for cells whose
/// byte length already exceeds it, so ordinary cells cost one comparison.
fn too_long(cell: &str) -> Option<usize> {
    if cell.len() <= FIELD_LIMIT {
        return None;
    }
    let len = cell.chars().count();
    (len > FIELD_LIMIT).then_some(len)
}

/// Turns byte offsets into line numbers, counting forward from the last offset asked for, so
/// numbering every record of a file is linear.
struct LineCounter<'t> {
    text: &'t [u8],
    pos: usize,
    line: u32,
}

impl LineCounter<'_> {
    /// The line of byte `offset`; offsets must not decrease between calls.
    #[inline]
    fn line_at(&mut self, offset: usize) -> u32 {
        if offset > self.pos {
            let skipped = self.text.get(self.pos..offset).unwrap_or_default();
            // Between two one-line records lies one line break, as a rule: it needs no loop.
            let breaks = match skipped {
                [b'\n' | b'\r'] => 1,
                _ => count_line_breaks(skipped),
            };
            self.line = self.line.saturating_add(breaks);
            self.pos = offset;
        }
        self.line
    }

    /// The line of byte `offset`, which is just past a line break, with no other line break
    /// since the last offset asked for: `line_at` without the counting.
    #[inline]
    fn after_one_break(&mut self, offset: usize) -> u32 {
        self.line = self.line.saturating_add(1);
        self.pos = offset;
        self.line
    }

    /// Moves to `offset` without counting: the caller knows there is no line break before it.
    #[inline]
    fn skip_to(&mut self, offset: usize) {
        self.pos = self.pos.max(offset);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::dialect;

    /// Every data record of `text` as line and outcome.
    fn read(text: &str) -> Result<Vec<(u32, Next)>, ImportError> {
        let mut table = Table::open(text, &dialect::sniff(text))?;
        let mut seen = Vec::new();
        loop {
            match table.advance()? {
                Next::End => return Ok(seen),
                next => seen.push((table.line(), next)),
            }
        }
    }

    fn fixture(name: &str) -> String {
        let path = format!("{}/tests/fixtures/bad/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).unwrap()
    }

    #[test]
    fn blank_lines_are_skipped_and_lines_counted_physically() {
        let text = fixture("blank_lines.csv");
        let table = Table::open(&text, &dialect::sniff(&text)).unwrap();
        assert_eq!(table.header_line(), 3);
        let lines: Vec<u32> = read(&text)
            .unwrap()
            .into_iter()
            .map(|(line, _)| line)
            .collect();
        assert_eq!(lines, [4, 5, 6, 7, 9, 10, 11, 13, 14, 16]);
    }

    #[test]
    fn crlf_lf_and_lone_cr_all_end_a_line() {
        let text = fixture("mixed_line_endings.csv");
        let lines: Vec<u32> = read(&text)
            .unwrap()
            .into_iter()
            .map(|(line, _)| line)
            .collect();
        assert_eq!(lines, [2, 3, 4, 5]);
    }

    #[test]
    fn ragged_rows_are_rejected_with_their_field_count() {
        let rejected: Vec<(u32, String, Reason)> = read(&fixture("ragged_rows.csv"))
            .unwrap()
            .into_iter()
            .filter_map(|(_, next)| match next {
                Next::Rejected(issue) => Some((issue.row, issue.column, issue.reason)),
                _ => None,
            })
            .collect();
        let count = |found| Reason::WrongFieldCount { expected: 5, found };
        assert_eq!(
            rejected,
            [
                (4, "amount".to_owned(), count(3)),
                (8, String::new(), count(7)),
                (12, "status".to_owned(), count(4)),
                (16, String::new(), count(6)),
            ]
        );
    }

    #[test]
    fn trailing_empty_columns_are_ignored() {
        let outcomes = read("a;b;;\n1;2;;\n3;4\n5;6;x\n").unwrap();
        assert_eq!(outcomes.first(), Some(&(2, Next::Record)));
        assert_eq!(outcomes.get(1), Some(&(3, Next::Record)));
        assert!(matches!(outcomes.get(2), Some((4, Next::Rejected(_)))));
    }

    #[test]
    fn a_quote_that_swallows_the_next_line_is_named_where_it_opens() {
        let outcomes = read(&fixture("unbalanced_quote.csv")).unwrap();
        let rejected: Vec<&Issue> = outcomes
            .iter()
            .filter_map(|(_, next)| match next {
                Next::Rejected(issue) => Some(issue),
                _ => None,
            })
            .collect();
        assert_eq!(rejected.len(), 1);
        let issue = rejected.first().unwrap();
        assert_eq!((issue.row, issue.column.as_str()), (8, "Lineitem name"));
        assert_eq!(issue.reason, Reason::UnclosedQuote { lines: 2 });
        // Lines 2-7 before it and 10-13 after it are read normally.
        assert_eq!(outcomes.len(), 11);
    }

    #[test]
    fn a_quote_open_at_the_end_of_the_file_is_malformed() {
        let text = "id,note\n1,ok\n2,\"never\nclosed, at all\n";
        assert_eq!(
            read(text),
            Err(ImportError::Malformed {
                line: 3,
                column: "note".into(),
                reason: Malformed::UnclosedQuote
            })
        );
    }

    #[test]
    fn a_cell_past_the_limit_stops_the_import_with_its_row_and_column() {
        let text = fixture("huge_single_field.csv");
        let err = read(&text).unwrap_err();
        let expected = ImportError::FieldTooLong {
            row: 2,
            column: "Notes".into(),
            len: 1_999_900,
        };
        assert_eq!(err, expected);
    }
}
