//! CSV exports the user downloads: the customers of one RFM segment. Written per RFC 4180 (comma,
//! CRLF, a field quoted when it holds a comma, quote or line break, quotes doubled), with one
//! guard for spreadsheets: a text field that begins with `=`, `+`, `-`, `@`, TAB or CR would be
//! run as a formula by Excel or LibreOffice (OWASP "CSV Injection"), so it gets a leading `'`.
//! Customer keys come from the user's files and are always text fields; numbers are ours.

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
