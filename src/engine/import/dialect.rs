//! How a CSV text is written: which delimiter separates fields and where the table starts. Excel
//! may write a first line `sep=;` naming the delimiter; otherwise the delimiter is sniffed among
//! `,` `;` TAB `|` by counting each outside quotes on the first records and taking the one that
//! splits the header and most records into the same number of fields. A first record whose cells
//! are all dates or amounts is data, not a header.

/// The delimiters Vafa recognises, in order of preference when the counts tie.
pub const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// How many records the sniffer looks at, and how far into the text at most.
const SNIFF_RECORDS: usize = 50;
const SNIFF_BYTES: usize = 64 * 1024;

/// A text's CSV dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    /// The field delimiter, one ASCII byte.
    pub delimiter: u8,
    /// Byte offset in the text where the table begins: after a `sep=` line, else 0.
    pub body_start: usize,
    /// Whether the text opened with Excel's `sep=` line.
    pub has_sep_line: bool,
}

impl Dialect {
    /// The delimiter as a character, e.g. `;`.
    pub fn delimiter_char(&self) -> char {
        char::from(self.delimiter)
    }
}

/// The dialect of `text`: the `sep=` line when there is one, else the sniffed delimiter (`,` when
/// nothing else fits, e.g. a one-column file).
pub fn sniff(text: &str) -> Dialect {
    if let Some((delimiter, body_start)) = sep_line(text) {
        return Dialect {
            delimiter,
            body_start,
            has_sep_line: true,
        };
    }
    let delimiter = sniff_delimiter(text).unwrap_or(b',');
    Dialect {
        delimiter,
        body_start: 0,
        has_sep_line: false,
    }
}

/// Excel's `sep=X` first line: the delimiter and where the next line starts.
fn sep_line(text: &str) -> Option<(u8, usize)> {
    let end = text.find(['\r', '\n']).unwrap_or(text.len());
    let line = text.get(..end)?;
    let prefix = line.get(..4)?;
    if !prefix.eq_ignore_ascii_case("sep=") {
        return None;
    }
    let &[delimiter] = line.get(4..)?.as_bytes() else {
        return None;
    };
    if !delimiter.is_ascii() || delimiter.is_ascii_alphanumeric() || delimiter == b'"' {
        return None;
    }
    let rest = text.get(end..)?;
    let break_len = if rest.starts_with("\r\n") {
        2
    } else {
        usize::from(!rest.is_empty())
    };
    Some((delimiter, end + break_len))
}

/// The delimiter whose count per record is the same on the header and the most other records.
fn sniff_delimiter(text: &str) -> Option<u8> {
    let counts = record_counts(text);
    let header = counts.first()?;
    let mut best: Option<(usize, usize, u8)> = None;
    for (idx, &delimiter) in DELIMITERS.iter().enumerate() {
        let Some(&in_header) = header.get(idx) else {
            continue;
        };
        if in_header == 0 {
            continue;
        }
        let agreeing = counts
            .iter()
            .filter(|record| record.get(idx) == Some(&in_header))
            .count();
        let candidate = (agreeing, in_header, delimiter);
        // Strictly better only, so earlier delimiters win ties.
        if best.is_none_or(|(a, h, _)| (agreeing, in_header) > (a, h)) {
            best = Some(candidate);
        }
    }
    best.map(|(_, _, delimiter)| delimiter)
}

/// For each of the first non-blank records, how often each of `DELIMITERS` occurs outside quotes.
/// Quotes are tracked by toggling on every `"`, which also handles doubled `""` inside a quoted
/// field; a record still open when the sniffing window ends is not counted.
fn record_counts(text: &str) -> Vec<[usize; 4]> {
    let mut records = Vec::new();
    let mut counts = [0usize; 4];
    let mut in_quotes = false;
    let mut is_blank = true;
    for &b in text.as_bytes().iter().take(SNIFF_BYTES) {
        if b == b'"' {
            in_quotes = !in_quotes;
        } else if !in_quotes && (b == b'\n' || b == b'\r') {
            if !is_blank {
                records.push(counts);
                if records.len() == SNIFF_RECORDS {
                    return records;
                }
            }
            counts = [0; 4];
            is_blank = true;
            continue;
        } else if !in_quotes && let Some(idx) = DELIMITERS.iter().position(|&d| d == b) {
            if let Some(count) = counts.get_mut(idx) {
                *count += 1;
            }
            continue;
        }
        is_blank &= b.is_ascii_whitespace();
    }
    if !is_blank && !in_quotes && text.len() <= SNIFF_BYTES {
        records.push(counts);
    }
    records
}

/// Whether a first record is data rather than a header: one of its cells reads as a date (no
/// column is named like one, and every dataset has a date column), or every non-empty cell reads
/// as a date or an amount. A file without a header starts with its first row.
pub(crate) fn is_data_row(cells: &[String]) -> bool {
    let is_date = |cell: &&String| {
        super::cells::parse_date(cell, super::cells::DateColumn::default).is_some()
    };
    let mut filled = cells.iter().filter(|cell| !cell.is_empty()).peekable();
    filled.peek().is_some()
        && (cells.iter().any(|cell| is_date(&cell))
            || filled.all(|cell| is_date(&cell) || super::cells::parse_money(cell).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_row_with_a_date_is_data_and_names_are_a_header() {
        let row = |cells: &[&str]| cells.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
        assert!(is_data_row(&row(&["a@x.com", "2024-05-01", "12.00"])));
        assert!(is_data_row(&row(&["12.00", "", "7"])));
        assert!(!is_data_row(&row(&["email", "order date", "total"])));
        assert!(!is_data_row(&row(&["Name", "Email", "2024"])));
        assert!(!is_data_row(&row(&["", ""])));
    }

    fn delimiter_of(text: &str) -> char {
        sniff(text).delimiter_char()
    }

    #[test]
    fn excel_sep_line_names_the_delimiter_and_is_skipped() {
        let text = "sep=;\r\nName;Total\r\nA;1,50\r\n";
        assert_eq!(
            sniff(text),
            Dialect {
                delimiter: b';',
                body_start: 7,
                has_sep_line: true
            }
        );
        assert_eq!(text.get(7..), Some("Name;Total\r\nA;1,50\r\n"));
        assert_eq!(delimiter_of("SEP=|\nA|B\n"), '|');
    }

    #[test]
    fn common_delimiters_are_sniffed() {
        assert_eq!(delimiter_of("a,b,c\n1,2,3\n"), ',');
        assert_eq!(delimiter_of("a;b;c\n1,5;2,5;3\n"), ';');
        assert_eq!(delimiter_of("a\tb\n1,5\t2\n"), '\t');
        assert_eq!(delimiter_of("a|b\n1|2\n"), '|');
    }

    #[test]
    fn delimiters_inside_quotes_do_not_count() {
        // The quoted note holds more semicolons than the row has commas.
        let text = "id,note,total\n1,\"a;b;c;d;e\",2\n2,\"x;y;z;w;v\",3\n";
        assert_eq!(delimiter_of(text), ',');
    }

    #[test]
    fn a_one_column_file_falls_back_to_comma() {
        assert_eq!(delimiter_of("email\na@example.com\n"), ',');
    }

    #[test]
    fn the_woocommerce_fixture_is_semicolon_with_a_sep_line() {
        let bytes = include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/woocommerce_orders_eu_semicolon.csv"
        ));
        let text = std::str::from_utf8(bytes)
            .unwrap()
            .trim_start_matches('\u{FEFF}');
        let dialect = sniff(text);
        assert_eq!(
            (dialect.delimiter_char(), dialect.has_sep_line),
            (';', true)
        );
        assert!(
            text.get(dialect.body_start..)
                .unwrap()
                .starts_with("Order Number;")
        );
    }
}
