//! The compact stored encoding of a dataset, format 2: a small header, then the dataset's typed
//! columns packed as variable-length integers and compressed with zlib (whose Adler-32 checksum
//! catches damaged bytes). For localStorage, which holds text, the bytes are packed 15 bits to a
//! character (`to_text`); IndexedDB keeps the bytes as they are.
//!
//! ```text
//! "VAFA" · format (u8, 2) · kind (u8: 1 orders, 2 responses) · zlib(body)
//! orders body:    customers: n, then n × (len, UTF-8 key)   — the dictionary, in id order
//!                 orders: m; m × customer id; m × day as the zig-zag difference from the previous
//!                 order's day (the first from 0); m × amount in hundredths, zig-zag
//!                 segment: 0, or 1 · name · k names · m × code (0 = none, j = names[j − 1])
//!                 status (absent in records written before statuses were kept: none):
//!                 0, or 1 · name · k names · k × counted (0 or 1) · m × code (as a segment's)
//! responses body: the JSON of `ResponsesRecord` (surveys are small; zlib does well on JSON)
//! ```
//! Every integer is LEB128 (7 bits a byte). Decoding checks every length and code against what it
//! has read, so bytes that do not hold together are rejected with a reason, never a panic.
//! Format 1 (JSON text, `format::OrdersRecord` / `ResponsesRecord`) is still read.

use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::decompress_to_vec_zlib_with_limit;

use super::format::{
    FormatError, OrdersRecord, segment_codes, segment_column, status_codes, status_column,
};
use super::responses::ResponsesRecord;
use crate::engine::data::{CustomerId, CustomerIds, Day, Money, Orders, Responses, StatusColumn};

/// The format this module writes.
pub const FORMAT: u8 = 2;

const MAGIC: &[u8; 4] = b"VAFA";
const KIND_ORDERS: u8 = 1;
const KIND_RESPONSES: u8 = 2;

/// The most bytes a body may inflate to: far above a million-order dataset (about 30 MB of
/// columns), low enough that a forged header cannot exhaust memory.
const MAX_BODY: usize = 512 * 1024 * 1024;

/// zlib's level: 6 packs the columns about 10% smaller than 1 and still writes a million orders
/// in well under a second.
const LEVEL: u8 = 6;

/// A stored dataset, read back.
#[derive(Debug, Clone, PartialEq)]
pub enum Dataset {
    Orders(Orders),
    Responses(Responses),
}

impl Dataset {
    /// Orders or responses it holds.
    pub fn len(&self) -> usize {
        match self {
            Dataset::Orders(orders) => orders.len(),
            Dataset::Responses(responses) => responses.len(),
        }
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `orders` or `responses`, as the index names kinds.
    pub fn kind(&self) -> &'static str {
        match self {
            Dataset::Orders(_) => "orders",
            Dataset::Responses(_) => "responses",
        }
    }
}

/// The format-2 bytes of `orders`.
pub fn encode_orders(orders: &Orders) -> Vec<u8> {
    let mut body = Vec::with_capacity(orders.len() * 6 + orders.customers.len() * 24);
    let keys = orders.customers.keys();
    put_texts(&mut body, &keys);
    put(&mut body, orders.len() as u64);
    for id in &orders.customer {
        put(&mut body, u64::from(id.0));
    }
    let mut previous = 0i64;
    for day in &orders.day {
        let day = i64::from(day.0);
        put(&mut body, zigzag(day - previous));
        previous = day;
    }
    for amount in &orders.amount {
        put(&mut body, zigzag(amount.0));
    }
    match segment_codes(orders) {
        (Some(name), names, codes) => {
            body.push(1);
            put_str(&mut body, &name);
            put_texts(&mut body, &names);
            put_codes(&mut body, &codes);
        }
        (None, _, _) => body.push(0),
    }
    // A table without statuses is stored as before they were kept: nothing follows.
    if let (Some(name), names, counted, codes) = status_codes(orders) {
        body.push(1);
        put_str(&mut body, &name);
        put_texts(&mut body, &names);
        body.extend(counted.iter().map(|&counts| u8::from(counts)));
        put_codes(&mut body, &codes);
    }
    frame(KIND_ORDERS, &body)
}

/// A count, then each text.
fn put_texts<S: AsRef<str>>(body: &mut Vec<u8>, texts: &[S]) {
    put(body, texts.len() as u64);
    for text in texts {
        put_str(body, text.as_ref());
    }
}

/// One code per order (its count is the orders').
fn put_codes(body: &mut Vec<u8>, codes: &[u32]) {
    for &code in codes {
        put(body, u64::from(code));
    }
}

/// The format-2 bytes of survey `responses`.
pub fn encode_responses(responses: &Responses) -> Vec<u8> {
    let record = ResponsesRecord::from_responses(responses);
    // A record of strings, integers and booleans always serializes.
    let body = serde_json::to_vec(&record).unwrap_or_default();
    frame(KIND_RESPONSES, &body)
}

fn frame(kind: u8, body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() / 3 + 16);
    out.extend_from_slice(MAGIC);
    out.push(FORMAT);
    out.push(kind);
    out.extend_from_slice(&compress_to_vec_zlib(body, LEVEL));
    out
}

/// The dataset format-2 `bytes` hold, checked.
pub fn decode(bytes: &[u8]) -> Result<Dataset, FormatError> {
    let header = bytes
        .get(..6)
        .ok_or(FormatError::Damaged("it is cut short"))?;
    if &header[..4] != MAGIC {
        return Err(FormatError::Damaged("it is not a Vafa dataset"));
    }
    if header[4] != FORMAT {
        return Err(FormatError::Version {
            found: u32::from(header[4]),
        });
    }
    let body = decompress_to_vec_zlib_with_limit(&bytes[6..], MAX_BODY)
        .map_err(|_| FormatError::Damaged("its compressed bytes are damaged"))?;
    match header[5] {
        KIND_ORDERS => decode_orders(&body).map(Dataset::Orders),
        KIND_RESPONSES => {
            let record: ResponsesRecord = serde_json::from_slice(&body)
                .map_err(|err| FormatError::Decode(err.to_string()))?;
            record.into_responses().map(Dataset::Responses)
        }
        _ => Err(FormatError::Damaged("its kind is unknown")),
    }
}

fn decode_orders(body: &[u8]) -> Result<Orders, FormatError> {
    let mut r = Reader { bytes: body, at: 0 };
    let n_keys = r.count()?;
    let mut customers = CustomerIds::default();
    for _ in 0..n_keys {
        customers.intern(r.str()?);
    }
    if customers.len() != n_keys {
        return Err(FormatError::Damaged("a customer is listed twice"));
    }
    let n = r.count()?;
    let mut customer = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.int()?;
        if id >= n_keys as u64 {
            return Err(FormatError::Damaged("an order names an unknown customer"));
        }
        customer.push(CustomerId(id as u32));
    }
    let mut day = Vec::with_capacity(n);
    let mut previous = 0i64;
    for _ in 0..n {
        previous = previous
            .checked_add(unzigzag(r.int()?))
            .ok_or(FormatError::Damaged("a day is out of range"))?;
        let d =
            i32::try_from(previous).map_err(|_| FormatError::Damaged("a day is out of range"))?;
        day.push(Day(d));
    }
    let mut amount = Vec::with_capacity(n);
    for _ in 0..n {
        amount.push(Money(unzigzag(r.int()?)));
    }
    let segment = match r.byte()? {
        0 => None,
        1 => {
            let name = r.str()?.to_owned();
            let names = r.texts()?;
            let codes = r.codes(n, "an order names an unknown segment")?;
            segment_column(Some(name), names, &codes, n)?
        }
        _ => return Err(FormatError::Damaged("its segment flag is unknown")),
    };
    let status = if r.at == body.len() {
        None
    } else {
        read_status(&mut r, n)?
    };
    if r.at != body.len() {
        return Err(FormatError::Damaged("it has bytes after its last column"));
    }
    Ok(Orders {
        customer,
        day,
        amount,
        customers,
        segment,
        status,
    })
}

/// The status block of `n` orders.
fn read_status(r: &mut Reader<'_>, n: usize) -> Result<Option<StatusColumn>, FormatError> {
    match r.byte()? {
        0 => Ok(None),
        1 => {
            let name = r.str()?.to_owned();
            let names = r.texts()?;
            let mut counted = Vec::with_capacity(names.len());
            for _ in 0..names.len() {
                counted.push(match r.byte()? {
                    0 => false,
                    1 => true,
                    _ => return Err(FormatError::Damaged("a status is neither counted nor not")),
                });
            }
            let codes = r.codes(n, "an order names an unknown status")?;
            status_column(Some(name), names, counted, &codes, n)
        }
        _ => Err(FormatError::Damaged("its status flag is unknown")),
    }
}

/// Reads LEB128 integers and strings off a body, refusing to read past its end.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, FormatError> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or(FormatError::Damaged("it is cut short"))?;
        self.at += 1;
        Ok(b)
    }

    fn int(&mut self) -> Result<u64, FormatError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(FormatError::Damaged("a number is too long"))
    }

    /// A count of items that follow, each at least one byte: more than the bytes left is damage
    /// (and would otherwise reserve memory for a forged count).
    fn count(&mut self) -> Result<usize, FormatError> {
        let n = self.int()?;
        let left = self.bytes.len() - self.at;
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= left)
            .ok_or(FormatError::Damaged("a count is larger than the data"))
    }

    fn str(&mut self) -> Result<&'a str, FormatError> {
        let len = self.count()?;
        let bytes = &self.bytes[self.at..self.at + len];
        self.at += len;
        std::str::from_utf8(bytes).map_err(|_| FormatError::Damaged("a text is not UTF-8"))
    }

    /// A count, then that many texts.
    fn texts(&mut self) -> Result<Vec<String>, FormatError> {
        let k = self.count()?;
        let mut texts = Vec::with_capacity(k);
        for _ in 0..k {
            texts.push(self.str()?.to_owned());
        }
        Ok(texts)
    }

    /// `n` codes; one past `u32` is damage, said as `unknown`.
    fn codes(&mut self, n: usize, unknown: &'static str) -> Result<Vec<u32>, FormatError> {
        let mut codes = Vec::with_capacity(n);
        for _ in 0..n {
            codes.push(u32::try_from(self.int()?).map_err(|_| FormatError::Damaged(unknown))?);
        }
        Ok(codes)
    }
}

fn put(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn put_str(out: &mut Vec<u8>, text: &str) {
    put(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

fn unzigzag(n: u64) -> i64 {
    ((n >> 1) as i64) ^ -((n & 1) as i64)
}

/// The first character of a format-2 text; format-1 texts are JSON and begin with `{`.
pub const TEXT_MARK: char = '\u{2}';

/// The lowest character a packed text uses: 15-bit groups map to U+0800..=U+87FF, which are
/// neither surrogates nor controls, so the text survives any UTF-16 store unchanged and costs
/// one UTF-16 code unit per 15 bits (base64 would cost one per 6).
const TEXT_BASE: u32 = 0x0800;

/// `bytes` as text: the mark, the byte count as three 15-bit characters, then the bytes 15 bits
/// to a character.
pub fn to_text(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(3 + bytes.len() * 3 * 8 / 15 + 12);
    out.push(TEXT_MARK);
    let len = bytes.len() as u64;
    for shift in [30, 15, 0] {
        out.push(char15(((len >> shift) & 0x7fff) as u32));
    }
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            out.push(char15((acc >> bits) & 0x7fff));
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        out.push(char15((acc << (15 - bits)) & 0x7fff));
    }
    out
}

fn char15(v: u32) -> char {
    // v < 2^15, so TEXT_BASE + v ≤ U+87FF: always a scalar value.
    char::from_u32(TEXT_BASE + v).unwrap_or('\u{800}')
}

/// The bytes a `to_text` text holds.
pub fn from_text(text: &str) -> Result<Vec<u8>, FormatError> {
    let mut chars = text.chars();
    if chars.next() != Some(TEXT_MARK) {
        return Err(FormatError::Damaged("it is not a Vafa dataset"));
    }
    let mut value = || -> Result<u32, FormatError> {
        let c = chars
            .next()
            .ok_or(FormatError::Damaged("it is cut short"))? as u32;
        c.checked_sub(TEXT_BASE)
            .filter(|&v| v < 0x8000)
            .ok_or(FormatError::Damaged("it holds a character it cannot"))
    };
    let len = (u64::from(value()?) << 30) | (u64::from(value()?) << 15) | u64::from(value()?);
    let len = usize::try_from(len).map_err(|_| FormatError::Damaged("it is cut short"))?;
    let mut out = Vec::with_capacity(len.min(text.len() * 2));
    let (mut acc, mut bits) = (0u32, 0u32);
    while out.len() < len {
        acc = (acc << 15) | value()?;
        bits += 15;
        while bits >= 8 && out.len() < len {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if chars.next().is_some() {
        return Err(FormatError::Damaged("it has characters after its end"));
    }
    Ok(out)
}

/// A stored text of either format: format 2 (`to_text`), or format 1 JSON, whose kind is not in
/// the text and comes from the index (`kind`).
pub fn decode_text(text: &str, kind: &str) -> Result<Dataset, FormatError> {
    if text.starts_with(TEXT_MARK) {
        return decode(&from_text(text)?);
    }
    if kind == "responses" {
        let record: ResponsesRecord =
            serde_json::from_str(text).map_err(|err| FormatError::Decode(err.to_string()))?;
        record.into_responses().map(Dataset::Responses)
    } else {
        let record: OrdersRecord =
            serde_json::from_str(text).map_err(|err| FormatError::Decode(err.to_string()))?;
        record.into_orders().map(Dataset::Orders)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::engine::data::{Labels, SegmentColumn};

    /// A table of `rows`; with `segmented`, its segment column; then, with `statused`, a status
    /// column of the segment texts as statuses, of which "web" does not count.
    fn orders(rows: &[(String, i32, i64, Option<String>)], segmented: bool) -> Orders {
        let mut orders = Orders::default();
        let mut labels = Labels::default();
        for (customer, day, amount, segment) in rows {
            orders.push(customer, Day(*day), Money(*amount));
            labels.push(segment.as_deref());
        }
        if segmented {
            orders.segment = Some(SegmentColumn {
                name: "Source".into(),
                labels,
            });
        }
        orders
    }

    fn with_status(mut orders: Orders) -> Orders {
        let labels = orders
            .segment
            .as_ref()
            .map(|s| s.labels.clone())
            .unwrap_or_default();
        let counted = labels.names.iter().map(|name| name != "web").collect();
        orders.status = Some(StatusColumn {
            name: "وضعیت".into(),
            labels,
            counted,
        });
        orders
    }

    fn row() -> impl Strategy<Value = (String, i32, i64, Option<String>)> {
        (
            prop_oneof!["[a-c]{1,3}@x\\.com", "۰۹[۰-۹]{2}", "[^\\u{0}]{0,4}"],
            -800_000..3_000_000i32,
            prop_oneof![-1_000_000i64..1_000_000, any::<i64>()],
            proptest::option::of(prop_oneof!["web", "pos", "شیراز", ""]),
        )
    }

    proptest! {
        #[test]
        fn orders_round_trip(
            rows in proptest::collection::vec(row(), 0..200),
            segmented: bool,
            statused: bool,
        ) {
            let mut table = orders(&rows, segmented || statused);
            if statused {
                table = with_status(table);
            }
            let bytes = encode_orders(&table);
            prop_assert_eq!(decode(&bytes), Ok(Dataset::Orders(table.clone())));
            let text = to_text(&bytes);
            prop_assert_eq!(from_text(&text), Ok(bytes.clone()));
            prop_assert_eq!(decode_text(&text, "orders"), Ok(Dataset::Orders(table)));
        }

        #[test]
        fn text_packing_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let text = to_text(&bytes);
            let packed = |c: char| ('\u{800}'..='\u{87ff}').contains(&c);
            prop_assert!(text.chars().skip(1).all(packed), "a character outside U+0800–U+87FF");
            prop_assert_eq!(text.encode_utf16().count(), 4 + (bytes.len() * 8).div_ceil(15));
            prop_assert_eq!(from_text(&text), Ok(bytes));
        }

        #[test]
        fn damaged_bytes_are_rejected_without_a_panic(
            rows in proptest::collection::vec(row(), 1..50),
            at in any::<prop::sample::Index>(),
            flip in 1..=255u8,
        ) {
            let table = with_status(orders(&rows, true));
            let mut bytes = encode_orders(&table);
            let i = at.index(bytes.len());
            bytes[i] ^= flip;
            // The header, zlib's Adler-32 or the column checks catch a flipped byte; only the
            // unused padding bits of the last deflate byte may change without effect. Either
            // way no other dataset comes back.
            let decoded = decode(&bytes);
            prop_assert!(decoded.as_ref().map_or(true, |d| *d == Dataset::Orders(table)), "{:?}", decoded);
            let cut = at.index(bytes.len());
            prop_assert!(decode(&bytes[..cut]).is_err());
        }

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,40}") {
            let _ = decode_text(&text, "orders");
            let _ = decode_text(&format!("{TEXT_MARK}{text}"), "responses");
        }
    }

    #[test]
    fn a_newer_format_or_a_foreign_value_is_named() {
        let mut bytes = encode_orders(&Orders::default());
        bytes[4] = 3;
        assert_eq!(decode(&bytes), Err(FormatError::Version { found: 3 }));
        assert_eq!(
            decode(b"PK\x03\x04 not ours"),
            Err(FormatError::Damaged("it is not a Vafa dataset"))
        );
        assert!(decode_text("hello", "orders").is_err());
    }

    #[test]
    fn a_table_without_statuses_is_stored_as_before_and_a_status_block_is_checked() {
        let plain = orders(&[("a".into(), 1, 100, Some("web".into()))], true);
        let bytes = encode_orders(&plain);
        let body = decompress_to_vec_zlib_with_limit(&bytes[6..], MAX_BODY).unwrap();
        // …, the segment's single code, and nothing after it.
        assert_eq!(body.last(), Some(&1));
        let statused = with_status(plain);
        let column = statused.status.as_ref().unwrap();
        assert_eq!(column.counted, [false]);
        let mut body =
            decompress_to_vec_zlib_with_limit(&encode_orders(&statused)[6..], MAX_BODY).unwrap();
        // The block ends: k = 1 name, its counted flag (0), one code (1). A flag of 2 is refused.
        let flag = body.len() - 2;
        assert_eq!(body[flag], 0);
        body[flag] = 2;
        assert_eq!(
            decode(&frame(KIND_ORDERS, &body)),
            Err(FormatError::Damaged("a status is neither counted nor not"))
        );
    }

    #[test]
    fn a_forged_count_is_refused_before_memory_is_reserved() {
        // A body claiming 2^40 customers in a few bytes.
        let mut body = Vec::new();
        put(&mut body, 1 << 40);
        let bytes = frame(KIND_ORDERS, &body);
        assert_eq!(
            decode(&bytes),
            Err(FormatError::Damaged("a count is larger than the data"))
        );
    }
}
