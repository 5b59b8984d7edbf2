//! What the importers of responses, tickets, subscriptions and checkouts share around their rows:
//! the file is decoded and its dialect sniffed (`text_of`), the header checked (a file of data
//! without a header, or without rows, is an `ImportError`), the roles detected for the kind (or
//! taken from `ImportOptions`), and the records read one at a time. Rejected records (wrong field
//! count, unclosed quote) and duplicate column names become issues here; each importer reports
//! its own unreadable cells with `Sheet::issue`. SurveyMonkey's second header row is skipped.

use super::cells::Clock;
use super::dialect::{self, Dialect};
use super::issue::{ImportError, Issue, Reason, shorten};
use super::orders::DateReader;
use super::records::{Next, Table};
use super::roles::{self, Kind, Role};
use super::{ImportOptions, Imported, cells, roles_of};
use crate::engine::data::Timestamp;

/// A table being imported as one kind of dataset.
pub(super) struct Sheet<'t> {
    table: Table<'t>,
    text: &'t str,
    dialect: Dialect,
    pub layout: Option<&'static str>,
    /// The role of each header column.
    pub roles: Vec<Option<Role>>,
    /// The first record, read while opening (so a file without rows says so).
    first: Option<Next>,
    /// Records that are not data (SurveyMonkey's second header row).
    skipped: u32,
    pub issues: Vec<Issue>,
}

impl<'t> Sheet<'t> {
    /// Opens the table of `text` as a file of `kind`.
    pub(super) fn open(
        text: &'t str,
        dialect: Dialect,
        options: &ImportOptions,
        kind: Kind,
    ) -> Result<Sheet<'t>, ImportError> {
        let mut table = Table::open(text, &dialect)?;
        if dialect::is_data_row(table.header()) {
            let cells = table.header().join(&dialect.delimiter_char().to_string());
            return Err(ImportError::NoHeader {
                line: table.header_line(),
                cells: shorten(&cells, 100),
            });
        }
        let layout = roles::layout(table.header());
        let mut first = table.advance()?;
        let mut skipped = 0;
        if first == Next::Record && roles::is_second_header(layout, &table.cells()) {
            skipped = 1;
            first = table.advance()?;
        }
        if first == Next::End {
            return Err(ImportError::NoRows { layout });
        }
        let roles = match &options.roles {
            Some(_) => roles_of(options, table.header(), layout),
            None => roles::detect_for(Some(kind), table.header(), layout),
        };
        let mut sheet = Sheet {
            table,
            text,
            dialect,
            layout,
            roles,
            first: Some(first),
            skipped,
            issues: Vec::new(),
        };
        sheet.report_duplicate_columns();
        Ok(sheet)
    }

    /// The column names as written.
    pub(super) fn header(&self) -> &[String] {
        self.table.header()
    }

    /// Moves to the next data record: `true` when there is one, `false` at the end. Records the
    /// reader rejects are added to the issues and passed over.
    pub(super) fn next_record(&mut self) -> Result<bool, ImportError> {
        loop {
            let next = match self.first.take() {
                Some(first) => first,
                None => self.table.advance()?,
            };
            match next {
                Next::End => return Ok(false),
                Next::Record => return Ok(true),
                Next::Rejected(issue) => self.issues.push(issue),
            }
        }
    }

    /// The import's result: `table` with the sheet's issues, record count and layout.
    pub(super) fn finish<T>(self, table: T) -> Imported<T> {
        Imported {
            table,
            rows: self.rows(),
            layout: self.layout,
            issues: self.issues,
            statuses: Vec::new(),
            date_order: None,
        }
    }

    /// Data records read, blank ones and SurveyMonkey's second header row not counted.
    pub(super) fn rows(&self) -> u32 {
        self.table.rows().saturating_sub(self.skipped)
    }

    /// Cell `idx` of the current record, trimmed; `""` past its end.
    pub(super) fn cell(&self, idx: usize) -> &str {
        cells::trim(self.table.field(idx))
    }

    /// Cell `idx` of the current record, `None` when empty or without a column.
    pub(super) fn optional(&self, idx: Option<usize>) -> Option<&str> {
        idx.map(|idx| self.cell(idx))
            .filter(|cell| !cell.is_empty())
    }

    /// An issue for cell `idx` of the current record.
    pub(super) fn issue(&mut self, idx: usize, reason: Reason) {
        self.issues.push(Issue {
            row: self.table.line(),
            column: self.table.header().get(idx).cloned().unwrap_or_default(),
            value: shorten(self.table.field(idx), 100),
            reason,
        });
    }

    /// A reader of the dates of column `idx`.
    pub(super) fn dates(&self, idx: usize) -> DateReader<'t> {
        DateReader::new(idx, self.text, self.dialect)
    }

    /// An issue on the header for every column name that appears twice; roles use the first.
    fn report_duplicate_columns(&mut self) {
        for (idx, first) in roles::duplicate_columns(self.table.header()) {
            let name = self.table.header().get(idx).cloned().unwrap_or_default();
            self.issues.push(Issue {
                row: self.table.header_line(),
                column: name.clone(),
                value: name,
                reason: Reason::DuplicateColumn {
                    used: u32::try_from(first + 1).unwrap_or(u32::MAX),
                },
            });
        }
    }

    /// The issue of a date column whose values were written in several styles, put after the
    /// header's other issues.
    pub(super) fn mixed_formats(&mut self, idx: usize, dates: &DateReader<'_>) {
        let name = self.table.header().get(idx).map_or("", String::as_str);
        if let Some(issue) = dates.mixed_formats(self.table.header_line(), name) {
            let header_line = self.table.header_line();
            let at = self
                .issues
                .iter()
                .position(|issue| issue.row > header_line)
                .unwrap_or(self.issues.len());
            self.issues.insert(at, issue);
        }
    }

    /// The moment in cell `idx` of the current record (midnight when only a date is written):
    /// `None` when empty, or unreadable (an issue).
    pub(super) fn moment(&mut self, dates: &mut DateReader<'t>, idx: usize) -> Option<Timestamp> {
        let text = self.cell(idx);
        if text.is_empty() {
            return None;
        }
        let reason = match (dates.read(text), cells::time_of_day(text)) {
            (Some(day), Clock::Absent) => return Some(Timestamp::at(day, 0)),
            (Some(day), Clock::At(seconds)) => return Some(Timestamp::at(day, seconds)),
            (Some(_), Clock::Unreadable) => Reason::NotADate,
            (None, _) if cells::is_date_number(text) => Reason::LoneDateNumber,
            (None, _) => Reason::NotADate,
        };
        self.issue(idx, reason);
        None
    }

    /// The value `parse` reads in cell `idx` of the current record: `None` without a column, for
    /// an empty cell, or when unreadable (an issue with `reason`).
    pub(super) fn read<T>(
        &mut self,
        idx: Option<usize>,
        parse: impl FnOnce(&str) -> Option<T>,
        reason: Reason,
    ) -> Option<T> {
        let idx = idx?;
        let text = self.cell(idx);
        if text.is_empty() {
            return None;
        }
        let value = parse(text);
        if value.is_none() {
            self.issue(idx, reason);
        }
        value
    }

    /// Whether cell `idx` is empty; an issue when it is, since the row needs it.
    pub(super) fn is_missing(&mut self, idx: usize) -> bool {
        let is_empty = self.cell(idx).is_empty();
        if is_empty {
            self.issue(idx, Reason::Required);
        }
        is_empty
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::import::{
        ImportError, ImportOptions, Issue, import_checkouts, import_responses,
        import_subscriptions, import_tickets,
    };
    use proptest::prelude::*;

    /// Runs every importer of this module's kinds on `bytes`; each outcome's messages, which
    /// must all say something.
    fn messages(bytes: &[u8]) -> Vec<String> {
        let options = ImportOptions::default();
        fn said<T>(outcome: Result<super::super::Imported<T>, ImportError>) -> Vec<String> {
            match outcome {
                Ok(imported) => imported.issues.iter().map(Issue::to_string).collect(),
                Err(err) => vec![err.to_string()],
            }
        }
        let mut all = said(import_responses(bytes, &options));
        all.extend(said(import_tickets(bytes, &options)));
        all.extend(said(import_subscriptions(bytes, &options)));
        all.extend(said(import_checkouts(bytes, &options)));
        all
    }

    #[test]
    fn no_fixture_panics_in_any_importer() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let bad = std::fs::read_dir(format!("{dir}/bad")).unwrap();
        for entry in std::fs::read_dir(dir).unwrap().chain(bad) {
            let path = entry.unwrap().path();
            if path.is_file() {
                let said = messages(&std::fs::read(&path).unwrap());
                assert!(said.iter().all(|message| !message.is_empty()), "{path:?}");
            }
        }
    }

    proptest! {
        #[test]
        fn arbitrary_csv_text_gives_a_result_not_a_panic(text in "[a-c0-9,;:\t\"\n\r ./-]{0,300}") {
            let csv = format!("email,created,solved at,start,score,replies,total\n{text}");
            prop_assert!(messages(csv.as_bytes()).iter().all(|m| !m.is_empty()));
        }
    }
}
