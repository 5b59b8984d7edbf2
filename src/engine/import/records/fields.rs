//! Splits one CSV record into fields, by the rules of the `csv` crate's reader (`csv-core`,
//! quoting on, `""` an escaped quote, CR, LF and CRLF all ending a record): a quote opens a field
//! only as its first character, text after a closing quote joins the field unquoted, and a quote
//! elsewhere is a literal character. A record without any quote (the common case) is split on the
//! delimiter in one pass and its fields borrowed from the text; only a record with a quote is
//! copied, with its quotes removed.

/// The fields of the record read last.
#[derive(Debug, Default)]
pub(crate) struct Fields {
    /// Byte ranges of the fields, in the text or (`is_unquoted`) in `unquoted`.
    spans: Vec<(usize, usize)>,
    /// The fields of a record with quotes, quotes removed.
    unquoted: String,
    is_unquoted: bool,
}

impl Fields {
    /// Number of fields.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    /// Field `idx` of the record read from `text`; `None` past the last field.
    #[inline]
    pub(crate) fn get<'a>(&'a self, text: &'a str, idx: usize) -> Option<&'a str> {
        let &(start, end) = self.spans.get(idx)?;
        let source = if self.is_unquoted {
            self.unquoted.as_str()
        } else {
            text
        };
        source.get(start..end)
    }

    /// Field `idx` of the record read from `text` as a slice of `text` itself, so it lives as
    /// long as the text; `None` past the last field or when the record had quotes (its fields
    /// are copies).
    #[inline]
    pub(crate) fn get_in_text<'a>(&self, text: &'a str, idx: usize) -> Option<&'a str> {
        if self.is_unquoted {
            return None;
        }
        let &(start, end) = self.spans.get(idx)?;
        text.get(start..end)
    }

    /// Whether the record held a quote, so its fields may span lines.
    pub(crate) fn had_quotes(&self) -> bool {
        self.is_unquoted
    }

    /// Reads the record of `text` that starts at `start` (not at a line break) into `self` and
    /// returns where it ends: the offset of the line break that ends it, or the end of the text.
    pub(crate) fn read(&mut self, text: &str, start: usize, delimiter: u8) -> usize {
        // With a delimiter below `-` (a comma, a tab), every special byte is below `-` too, and
        // the bytes below a bound are found in fewer operations than the special ones; the few
        // others below it (spaces, `!`…`+`) are candidates that turn out not to be special.
        let bound = delimiter.max(b'"').saturating_add(1);
        if bound <= b'-' {
            self.read_by(text, start, delimiter, |word| bytes_below(word, bound))
        } else {
            self.read_by(text, start, delimiter, |word| {
                candidate_bytes(word, delimiter)
            })
        }
    }

    /// `read`, with `candidates` giving the bytes of a word that may be special (the high bit of
    /// each): at least the delimiter, the quotes and the line breaks. Not inlined, so that each
    /// of its two versions is a small function of its own (see `orders::read_rows`).
    #[inline(never)]
    fn read_by(
        &mut self,
        text: &str,
        start: usize,
        delimiter: u8,
        candidates: impl Fn(u64) -> u64,
    ) -> usize {
        self.spans.clear();
        self.is_unquoted = false;
        let bytes = text.as_bytes();
        let mut field_start = start;
        // Eight bytes at a time, then the rest one by one; only the special bytes are looked at,
        // taken from the word read (no second, bounds-checked read of the text).
        let mut at = start;
        while let Some(word) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
            let word = u64::from_le_bytes(*word);
            let mut candidates = candidates(word);
            while candidates != 0 {
                let bit = candidates.trailing_zeros();
                let offset = at + (bit / 8) as usize;
                let b = (word >> (bit & !7)) as u8;
                candidates &= candidates - 1;
                if b == delimiter {
                    self.spans.push((field_start, offset));
                    field_start = offset + 1;
                } else if b == b'"' {
                    return self.read_quoted(text, start, delimiter);
                } else if b == b'\n' || b == b'\r' {
                    self.spans.push((field_start, offset));
                    return offset;
                }
            }
            at += 8;
        }
        for (offset, &b) in (at..).zip(bytes.get(at..).unwrap_or_default()) {
            if b == delimiter {
                self.spans.push((field_start, offset));
                field_start = offset + 1;
            } else if b == b'\n' || b == b'\r' {
                self.spans.push((field_start, offset));
                return offset;
            } else if b == b'"' {
                return self.read_quoted(text, start, delimiter);
            }
        }
        self.spans.push((field_start, bytes.len()));
        bytes.len()
    }

    /// `read` for a record with a quote: the `csv-core` state machine, copying each field without
    /// its quotes into `unquoted`.
    fn read_quoted(&mut self, text: &str, start: usize, delimiter: u8) -> usize {
        #[derive(Clone, Copy, PartialEq)]
        enum State {
            FieldStart,
            Unquoted,
            Quoted,
            QuoteInQuoted,
        }
        self.spans.clear();
        self.unquoted.clear();
        self.is_unquoted = true;
        let bytes = text.as_bytes();
        let mut state = State::FieldStart;
        // The text from `run` on is copied into the field when the run ends.
        let mut run = start;
        let mut field_start = 0;
        for (offset, &b) in bytes.get(start..).unwrap_or_default().iter().enumerate() {
            let at = start + offset;
            let is_break = b == b'\n' || b == b'\r';
            let ends_field = b == delimiter || is_break;
            match state {
                State::Quoted if b == b'"' => {
                    self.copy(text, run, at);
                    state = State::QuoteInQuoted;
                    run = at + 1;
                }
                State::Quoted => {}
                // `""` inside quotes: the second quote is kept.
                State::QuoteInQuoted if b == b'"' => {
                    state = State::Quoted;
                    run = at;
                }
                State::FieldStart | State::Unquoted | State::QuoteInQuoted if ends_field => {
                    self.copy(text, run, at);
                    self.spans.push((field_start, self.unquoted.len()));
                    field_start = self.unquoted.len();
                    if is_break {
                        return at;
                    }
                    state = State::FieldStart;
                    run = at + 1;
                }
                State::FieldStart if b == b'"' => {
                    state = State::Quoted;
                    run = at + 1;
                }
                State::FieldStart | State::QuoteInQuoted => {
                    state = State::Unquoted;
                    run = at;
                }
                State::Unquoted => {}
            }
        }
        self.copy(text, run, bytes.len());
        self.spans.push((field_start, self.unquoted.len()));
        bytes.len()
    }

    /// Appends `text[from..to]` to `unquoted`; both ends are next to ASCII bytes or the text's
    /// ends, so on character boundaries.
    fn copy(&mut self, text: &str, from: usize, to: usize) {
        self.unquoted
            .push_str(text.get(from..to).unwrap_or_default());
    }
}

/// The bytes of `word` (8 bytes, byte 0 lowest) that may be special: the high bit of each byte
/// that is the delimiter, a quote or below 0x0E (line breaks, but also tabs and other control
/// bytes, which the caller tells apart). A superset of `special_bytes` in fewer operations: the
/// two line breaks are one comparison. No carry crosses from one byte into the next.
#[inline]
fn candidate_bytes(word: u64, delimiter: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW_SEVEN: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let low = word & LOW_SEVEN;
    // The high bit of each byte of these is set when that byte of `word` is not the delimiter,
    // not a quote, and at least 0x0E.
    let not_equal = |byte: u8| {
        let pattern = ONES * u64::from(byte);
        ((low ^ (pattern & LOW_SEVEN)) + LOW_SEVEN) | (word ^ pattern)
    };
    let at_least_0e = (low + ONES * (0x80 - 0x0E)) | word;
    !(not_equal(delimiter) & not_equal(b'"') & at_least_0e) & !LOW_SEVEN
}

/// The bytes of `word` (8 bytes, byte 0 lowest) below `bound` (at most 0x80): the high bit of
/// each. Exact: no sum carries from one byte into the next, and bytes from 0x80 keep their high
/// bit, so are never below.
#[inline]
fn bytes_below(word: u64, bound: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW_SEVEN: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let at_least = ((word & LOW_SEVEN) + ONES * u64::from(0x80u8.saturating_sub(bound))) | word;
    !at_least & !LOW_SEVEN
}

/// The bytes of `word` (8 bytes, byte 0 lowest) that are the delimiter, a line break or a quote:
/// the high bit of each such byte. Exact: no carry crosses from one byte into the next. The
/// reference `candidate_bytes` is tested against.
#[cfg(test)]
fn special_bytes(word: u64, delimiter: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW_SEVEN: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // The high bit of each byte of `nonzero(b)` is set when that byte of `word` is not `b`.
    let nonzero = |byte: u8| {
        let zero_where_equal = word ^ (ONES * u64::from(byte));
        ((zero_where_equal & LOW_SEVEN) + LOW_SEVEN) | zero_where_equal
    };
    !(nonzero(delimiter) & nonzero(b'\n') & nonzero(b'\r') & nonzero(b'"')) & !LOW_SEVEN
}

/// Where a quoted field still open at the end of `record` began (byte offset), and its field
/// index, by the same rules as `Fields::read`.
pub(crate) fn open_quote_at_end(record: &[u8], delimiter: u8) -> Option<(usize, usize)> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut state = State::FieldStart;
    let (mut field_idx, mut opened_at) = (0usize, 0usize);
    for (offset, &b) in record.iter().enumerate() {
        let ends_field = b == delimiter || b == b'\n' || b == b'\r';
        state = match state {
            State::Quoted if b == b'"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            State::QuoteInQuoted if b == b'"' => State::Quoted,
            _ if ends_field => {
                field_idx = if b == delimiter { field_idx + 1 } else { 0 };
                State::FieldStart
            }
            State::FieldStart if b == b'"' => {
                opened_at = offset;
                State::Quoted
            }
            _ => State::Unquoted,
        };
    }
    (state == State::Quoted).then_some((opened_at, field_idx))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Every record of `text` as (start offset, fields), skipping line breaks between records.
    fn records(text: &str, delimiter: u8) -> Vec<(usize, Vec<String>)> {
        let mut fields = Fields::default();
        let (mut records, mut pos) = (Vec::new(), 0);
        loop {
            let rest = text.as_bytes().get(pos..).unwrap_or_default();
            pos += rest
                .iter()
                .take_while(|&&b| b == b'\n' || b == b'\r')
                .count();
            if pos >= text.len() {
                return records;
            }
            let start = pos;
            pos = fields.read(text, start, delimiter);
            let cells = (0..fields.len()).map(|i| fields.get(text, i).unwrap().to_owned());
            records.push((start, cells.collect()));
        }
    }

    /// The same as read by the `csv` crate, the reference for every rule.
    fn csv_records(text: &str, delimiter: u8) -> Vec<(usize, Vec<String>)> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let mut record = csv::StringRecord::new();
        let mut records = Vec::new();
        while reader.read_record(&mut record).unwrap() {
            // The position is where the previous record ended; the record starts after breaks.
            let ended = record.position().unwrap().byte() as usize;
            let rest = text.as_bytes().get(ended..).unwrap();
            let start = ended
                + rest
                    .iter()
                    .take_while(|&&b| b == b'\n' || b == b'\r')
                    .count();
            records.push((start, record.iter().map(str::to_owned).collect()));
        }
        records
    }

    fn cells(text: &str) -> Vec<Vec<String>> {
        records(text, b',').into_iter().map(|(_, f)| f).collect()
    }

    #[test]
    fn plain_records_split_on_the_delimiter() {
        assert_eq!(
            cells("a,b,\r\n\n,c\rd"),
            [vec!["a", "b", ""], vec!["", "c"], vec!["d"]]
        );
    }

    #[test]
    fn quotes_follow_the_csv_crate() {
        assert_eq!(
            cells("\"a,b\",\"x\"\"y\",z\"q\n\"p\"q,\"\"\n\"l1\nl2\""),
            [vec!["a,b", "x\"y", "z\"q"], vec!["pq", ""], vec!["l1\nl2"]]
        );
        assert_eq!(cells("\"open,to the end\n"), [vec!["open,to the end\n"]]);
    }

    #[test]
    fn special_bytes_are_found_exactly() {
        let word = |bytes: &[u8; 8]| u64::from_le_bytes(*bytes);
        assert_eq!(
            special_bytes(word(b"ab,c\"\nxy"), b','),
            0x0000_8080_0080_0000
        );
        assert_eq!(
            special_bytes(word(b"\r\x80\xFF;,\t\x0B\x2D"), b';'),
            0x0000_0000_8000_0080
        );
    }

    #[test]
    fn candidate_bytes_are_the_specials_and_the_control_bytes() {
        let word = |bytes: &[u8; 8]| u64::from_le_bytes(*bytes);
        assert_eq!(
            candidate_bytes(word(b"ab,c\"\nxy"), b','),
            0x0000_8080_0080_0000
        );
        assert_eq!(
            candidate_bytes(word(b"\r\x80\xFF;,\t\x0B\x2D"), b';'),
            0x0080_8000_8000_0080
        );
    }

    #[test]
    fn an_open_quote_at_the_end_is_found_where_it_opens() {
        assert_eq!(open_quote_at_end(b"1,\"a\"\"b\",c", b','), None);
        assert_eq!(open_quote_at_end(b"1,x\"y,\"z", b','), Some((6, 2)));
    }

    proptest! {
        #[test]
        fn candidates_are_the_specials_and_bytes_below_0e(bytes in any::<[u8; 8]>(), delimiter in any::<u8>()) {
            let word = u64::from_le_bytes(bytes);
            let below_0e = bytes
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b < 0x0E)
                .fold(0u64, |mask, (i, _)| mask | 0x80 << (8 * i));
            prop_assert_eq!(candidate_bytes(word, delimiter), special_bytes(word, delimiter) | below_0e);
        }

        #[test]
        fn bytes_below_are_found_exactly(bytes in any::<[u8; 8]>(), bound in 0u8..=0x80) {
            let below = bytes
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b < bound)
                .fold(0u64, |mask, (i, _)| mask | 0x80 << (8 * i));
            prop_assert_eq!(bytes_below(u64::from_le_bytes(bytes), bound), below);
        }

        #[test]
        fn records_are_the_csv_crates(text in "[ab,;\t\"\r\n é!+-]{0,60}|[a,\n]{0,40}", delimiter in prop::sample::select(&b",;\t|"[..])) {
            prop_assert_eq!(records(&text, delimiter), csv_records(&text, delimiter));
        }
    }
}
