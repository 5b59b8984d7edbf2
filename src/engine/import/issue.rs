//! What the user is told about bad input: an `ImportError` when the whole file cannot be used, an
//! `Issue` for one rejected row (the import goes on without it). Both name where and why; the enums
//! are the categories a UI translates, and `Display` is the English of the CLI and logs.

use super::roles::Role;

/// One rejected cell. Import keeps every row it can read and returns the rest as issues; the row
/// of an issue is left out of the table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("row {row}{}: {value:?} {reason}", column_label(.column))]
pub struct Issue {
    /// The line of the file where the record starts, line 1 being the file's first line. For a
    /// file without blank lines or line breaks inside cells this is the row number a spreadsheet
    /// shows: the header is row 1 and the first data record row 2.
    pub row: u32,
    /// The column's name as written in the header; empty when the issue is about the whole row.
    pub column: String,
    /// The cell's text (shortened to 100 characters); for a whole-row issue, the row's text.
    pub value: String,
    /// Why the cell was rejected; the UI translates it.
    pub reason: Reason,
}

/// Why a cell or row was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Reason {
    #[error("is not a date (expected e.g. 2024-03-31 or 1403/01/11)")]
    NotADate,
    #[error("is not an amount of money (expected e.g. 1234.50, 1.234,50 or $12)")]
    NotAnAmount,
    #[error("is empty, but every order needs one")]
    Empty,
    #[error("has {found} fields but the header has {expected}; the row is left out, never shifted")]
    WrongFieldCount { expected: u32, found: u32 },
    #[error(
        "opens a quote that is not closed before the line ends, so {lines} lines were read as \
         one row; the row is left out"
    )]
    UnclosedQuote { lines: u32 },
    #[error("appears twice in the header; column {used} of that name is the one used")]
    DuplicateColumn { used: u32 },
    #[error("is not an order status Vafa knows (e.g. completed, paid, cancelled)")]
    UnknownStatus,
    #[error(
        "is a number that reads as a date (an Excel serial day or Unix seconds) only in a column \
         of such numbers, and this column holds other dates"
    )]
    LoneDateNumber,
    /// On the header: the column's dates are written in `formats` styles (the value lists one
    /// example of each). Each value was read in its own style; the rows are kept.
    #[error(
        "are {formats} different date formats in one column; each date was read in its own \
         format, so check them"
    )]
    MixedDateFormats { formats: u32 },
    #[error("is empty, but every row needs one")]
    Required,
    #[error(
        "is not a score (expected a whole number such as 7, or an answer such as Very satisfied)"
    )]
    NotAScore,
    #[error("is outside the scale {min}–{max}")]
    OutOfScale { min: u8, max: u8 },
    #[error("is not a whole number (expected e.g. 3)")]
    NotACount,
    #[error("is not a duration (expected e.g. 90, 1.5 or 29:21:00)")]
    NotADuration,
    #[error("is not {what} Vafa knows")]
    UnknownWord { what: Vocabulary },
}

/// The word lists an `UnknownWord` was looked up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Vocabulary {
    #[error("a ticket status (e.g. open, pending, solved, بسته شده)")]
    TicketStatus,
    #[error("a subscription status (e.g. active, trialing, past_due, canceled)")]
    SubscriptionStatus,
    #[error("a billing interval (e.g. month, year)")]
    Interval,
    #[error("a response type (completed or partial)")]
    ResponseType,
    #[error("a recovery status (recovered or not_recovered)")]
    RecoveryStatus,
}

/// Why a whole file cannot be imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error("not a text/CSV file (it contains binary data such as NUL bytes)")]
    NotText,
    #[error("the file is an Excel workbook; open it in Excel and save it as CSV")]
    ExcelWorkbook,
    #[error(
        "the file is not valid UTF-8 text: line {line}, byte {offset} cannot be read \
         (save it as \"CSV UTF-8\")"
    )]
    NotUtf8 { line: u32, offset: usize },
    #[error("the file looks like UTF-16 text but byte {offset} breaks the encoding")]
    NotUtf16 { offset: usize },
    #[error("line {line} looks like data, not a header of column names: {cells}")]
    NoHeader { line: u32, cells: String },
    #[error("no column looks like the {role}; columns found: {}", .header.join(", "))]
    MissingRole { role: Role, header: Vec<String> },
    #[error("{} with 0 rows: the file has a header but no data", layout_label(*.layout))]
    NoRows { layout: Option<&'static str> },
    #[error("line {line}, column {column:?}: {reason}")]
    Malformed {
        line: u32,
        column: String,
        reason: Malformed,
    },
    #[error(
        "row {row}, column {column:?}: a field of {len} characters is longer than the limit of \
         {FIELD_LIMIT} (often a quote that is never closed)"
    )]
    FieldTooLong {
        row: u32,
        column: String,
        len: usize,
    },
}

/// What makes a file's CSV structure unreadable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Malformed {
    #[error("a quote opened here is never closed, so the rest of the file is one cell")]
    UnclosedQuote,
    #[error("the CSV reader could not read this line")]
    Unreadable,
}

/// The longest cell, in characters, an import accepts.
pub const FIELD_LIMIT: usize = 1_000_000;

fn column_label(column: &str) -> String {
    if column.is_empty() {
        String::new()
    } else {
        format!(", column {column:?}")
    }
}

fn layout_label(layout: Option<&'static str>) -> String {
    match layout {
        Some(name) => format!("recognised as a {name}"),
        None => "a table".to_owned(),
    }
}

/// `text` cut to at most `max` characters, with `…` when shortened: issue values stay readable.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", text.get(..cut).unwrap_or(text)),
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn issue(column: &str, value: &str, reason: Reason) -> Issue {
        Issue {
            row: 14,
            column: column.to_owned(),
            value: value.to_owned(),
            reason,
        }
    }

    #[test]
    fn an_issue_reads_as_one_english_sentence() {
        let text = issue("order_date", "31/02/2024", Reason::NotADate).to_string();
        assert_eq!(
            text,
            "row 14, column \"order_date\": \"31/02/2024\" is not a date (expected e.g. \
             2024-03-31 or 1403/01/11)"
        );
    }

    #[test]
    fn a_whole_row_issue_names_no_column() {
        let reason = Reason::WrongFieldCount {
            expected: 5,
            found: 7,
        };
        let text = issue("", "a,b,c,d,e,f,g", reason).to_string();
        assert!(
            text.starts_with("row 14: \"a,b,c,d,e,f,g\" has 7 fields"),
            "{text}"
        );
    }

    #[test]
    fn errors_say_what_and_where() {
        let missing = ImportError::MissingRole {
            role: Role::OrderDate,
            header: vec!["Order ID".into(), "Notes".into()],
        };
        assert!(
            missing
                .to_string()
                .contains("columns found: Order ID, Notes"),
            "{missing}"
        );
        let no_rows = ImportError::NoRows {
            layout: Some("Shopify orders export"),
        };
        assert_eq!(
            no_rows.to_string(),
            "recognised as a Shopify orders export with 0 rows: the file has a header but no data"
        );
        let utf8 = ImportError::NotUtf8 {
            line: 3,
            offset: 72,
        };
        assert!(utf8.to_string().contains("line 3, byte 72"), "{utf8}");
    }

    #[test]
    fn long_values_are_shortened_at_a_character_boundary() {
        assert_eq!(shorten("abc", 5), "abc");
        assert_eq!(shorten("ایمیل‌ها", 3), "ایم…");
    }
}
