//! CSV exports the user downloads: any table of the page as its header and rows of text
//! (`table_csv`), and the customers of one RFM segment. Written per RFC 4180 (comma, CRLF, a
//! field quoted when it holds a comma, quote or line break, quotes doubled), with one guard for
//! spreadsheets: a text field that begins with `=`, `+`, `-`, `@`, TAB or CR would be run as a
//! formula by Excel or LibreOffice (OWASP "CSV Injection"), so it gets a leading `'`. Customer
//! keys, segment names and question texts come from the user's files and are always guarded;
//! a table cell that is only a number (`-12.05`, `+7.7`, `-1,234`, `33.1%`) is ours and left as
//! it is, so a spreadsheet still reads it as a number.

use super::data::{Money, Orders};
use super::metrics::rfm::{Rfm, Segment};

/// The header of `rfm_segment_csv`.
pub const RFM_HEADER: &str = "customer,recency_days,orders,revenue,r,f,m,segment";

/// A text field, guarded against formulas and quoted when needed.
pub fn text_field(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The bidirectional isolates (U+2066–U+2069) the page puts around numbers and periods inside
/// Persian and Arabic sentences: a spreadsheet would show them as stray characters.
const ISOLATES: [char; 4] = ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

/// Whether `value` is a plain number as the page writes one: an optional sign, digits with
/// optional `,` grouping, optional decimals and an optional `%`. Such a cell is no formula.
fn is_number(value: &str) -> bool {
    let unsigned = value.strip_prefix(['-', '+']).unwrap_or(value);
    let unsigned = unsigned.strip_suffix('%').unwrap_or(unsigned);
    let (whole, decimals) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    whole.starts_with(|c: char| c.is_ascii_digit())
        && whole.chars().all(|c| c.is_ascii_digit() || c == ',')
        && !decimals.is_empty()
        && decimals.chars().all(|c| c.is_ascii_digit())
}

/// One cell of a table the page shows: isolates dropped, a plain number left as it is, any other
/// text guarded and quoted like `text_field`.
pub fn table_field(value: &str) -> String {
    let plain: String = value.chars().filter(|c| !ISOLATES.contains(c)).collect();
    if is_number(&plain) {
        // A grouped number (`-1,234`) holds a comma and still needs its quotes.
        if plain.contains(',') {
            format!("\"{plain}\"")
        } else {
            plain
        }
    } else {
        text_field(&plain)
    }
}

/// A table as CSV: the `header` line, then one line per row, each CRLF-ended; every field goes
/// through `table_field`. Rows shorter or longer than the header are written as they are.
pub fn table_csv<S: AsRef<str>>(header: &[S], rows: &[Vec<S>]) -> String {
    let line = |cells: &[S]| {
        let fields: Vec<String> = cells.iter().map(|c| table_field(c.as_ref())).collect();
        fields.join(",") + "\r\n"
    };
    let mut csv = line(header);
    for row in rows {
        csv.push_str(&line(row));
    }
    csv
}

/// An amount in major units with two decimals and no grouping: `Money(-1205)` → `-12.05`.
pub fn money_field(amount: Money) -> String {
    let sign = if amount.0 < 0 { "-" } else { "" };
    let cents = amount.0.unsigned_abs();
    format!("{sign}{}.{:02}", cents / 100, cents % 100)
}

/// The customers of `segment` in `rfm` (customer-id order) as CSV with `RFM_HEADER`, one CRLF-ended
/// line per customer; keys are looked up in `orders`. A customer whose key is missing (not possible
/// for an `Rfm` of these orders) is written with an empty key rather than left out.
pub fn rfm_segment_csv(orders: &Orders, rfm: &Rfm, segment: Segment) -> String {
    let mut csv = String::with_capacity(64 * (rfm.customers.len() / 4 + 1));
    csv.push_str(RFM_HEADER);
    csv.push_str("\r\n");
    for c in rfm.customers.iter().filter(|c| c.segment == segment) {
        let key = orders.customers.key(c.customer).unwrap_or_default();
        csv.push_str(&format!(
            "{},{},{},{},{},{},{},{}\r\n",
            text_field(key),
            c.recency,
            c.frequency,
            money_field(c.monetary),
            c.r,
            c.f,
            c.m,
            text_field(segment.name()),
        ));
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::Day;
    use crate::engine::metrics::history::History;
    use crate::engine::metrics::rfm::rfm_of;

    #[test]
    fn plain_text_is_left_alone() {
        assert_eq!(text_field("ann@example.com"), "ann@example.com");
        assert_eq!(text_field("مشتری ۱۲"), "مشتری ۱۲");
        assert_eq!(text_field(""), "");
    }

    #[test]
    fn formula_like_text_gets_a_leading_apostrophe() {
        assert_eq!(
            text_field("=HYPERLINK(\"x\")"),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(text_field("+98912"), "'+98912");
        assert_eq!(text_field("-1"), "'-1");
        assert_eq!(text_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_field("\tx"), "'\tx");
        // A CR also needs quoting.
        assert_eq!(text_field("\rx"), "\"'\rx\"");
        // Only the first character counts.
        assert_eq!(text_field("a=b"), "a=b");
    }

    #[test]
    fn separators_quotes_and_line_breaks_are_quoted() {
        assert_eq!(text_field("Smith, Ann"), "\"Smith, Ann\"");
        assert_eq!(text_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(text_field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn a_table_is_its_header_then_its_rows() {
        let header = ["Segment", "Customers", "Revenue"];
        let rows = vec![
            vec!["web", "1,234", "89,641.94"],
            vec!["=HYPERLINK(\"x\")", "-3", "-12.05"],
            vec!["تهران، ونک", "۱۲", "33.1%"],
        ];
        assert_eq!(
            table_csv(&header, &rows),
            "Segment,Customers,Revenue\r\n\
             web,\"1,234\",\"89,641.94\"\r\n\
             \"'=HYPERLINK(\"\"x\"\")\",-3,-12.05\r\n\
             تهران، ونک,۱۲,33.1%\r\n"
        );
        assert_eq!(table_csv::<&str>(&[], &[]), "\r\n");
    }

    #[test]
    fn only_plain_numbers_escape_the_formula_guard() {
        assert_eq!(table_field("+7.7"), "+7.7");
        assert_eq!(table_field("-0.50"), "-0.50");
        assert_eq!(table_field("-1+1"), "'-1+1");
        assert_eq!(table_field("-"), "'-");
        assert_eq!(table_field("-.5"), "'-.5");
        assert_eq!(table_field("+98912 ext"), "'+98912 ext");
        assert_eq!(table_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(table_field("=1"), "'=1");
        assert_eq!(table_field("—"), "—");
    }

    #[test]
    fn persian_text_keeps_its_letters_and_loses_its_isolates() {
        // "+7.7 points (p = 0.03)" in Persian, numbers isolated left to right as the page shows it.
        let cell = "\u{2066}+7.7\u{2069} امتیاز (\u{2066}p = 0.03\u{2069})";
        assert_eq!(table_field(cell), "'+7.7 امتیاز (p = 0.03)");
        assert_eq!(table_field("\u{2066}-33.3\u{2069}"), "-33.3");
        assert_eq!(table_field("خیلی راضی"), "خیلی راضی");
    }

    #[test]
    fn money_has_two_decimals_and_keeps_its_sign() {
        assert_eq!(money_field(Money(8_964_194)), "89641.94");
        assert_eq!(money_field(Money(5)), "0.05");
        assert_eq!(money_field(Money(-1205)), "-12.05");
        assert_eq!(money_field(Money(0)), "0.00");
    }

    #[test]
    fn a_segment_export_lists_exactly_its_customers() {
        let day = |d: &str| {
            let n = |r: std::ops::Range<usize>| -> u32 { d[r].parse().unwrap() };
            Day::from_ymd(n(0..4) as i32, n(5..7), n(8..10)).unwrap()
        };
        let mut orders = Orders::default();
        // Ann buys often and recently; "=cmd" once, long ago; "Lee, Bo" twice, in between.
        for d in [
            "2024-01-02",
            "2024-03-01",
            "2024-05-01",
            "2024-06-01",
            "2024-06-20",
        ] {
            orders.push("ann@example.com", day(d), Money(1000));
        }
        orders.push("=cmd", day("2023-01-01"), Money(250));
        orders.push("Lee, Bo", day("2023-06-01"), Money(300));
        orders.push("Lee, Bo", day("2024-02-01"), Money(300));
        let rfm = rfm_of(&History::new(&orders, None));
        let mut lines_total = 0;
        for segment in Segment::ALL {
            let csv = rfm_segment_csv(&orders, &rfm, segment);
            let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
            assert_eq!(lines.first(), Some(&RFM_HEADER));
            let expected = rfm
                .customers
                .iter()
                .filter(|c| c.segment == segment)
                .count();
            assert_eq!(lines.len(), expected + 1, "{segment:?}");
            lines_total += lines.len() - 1;
        }
        assert_eq!(lines_total, 3);
        let ann = rfm.customers.iter().find(|c| c.frequency == 5).unwrap();
        let csv = rfm_segment_csv(&orders, &rfm, ann.segment);
        assert!(csv.contains(&format!(
            "ann@example.com,0,5,50.00,{},{},{},{}",
            ann.r,
            ann.f,
            ann.m,
            ann.segment.name()
        )));
        let all: String = Segment::ALL
            .iter()
            .map(|s| rfm_segment_csv(&orders, &rfm, *s))
            .collect();
        assert!(all.contains("'=cmd,"));
        assert!(all.contains("\"Lee, Bo\","));
    }
}
