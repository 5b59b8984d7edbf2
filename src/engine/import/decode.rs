//! Bytes → text. Recognises what is not a CSV at all (nothing, an Excel workbook, binary data),
//! strips a byte-order mark, decodes UTF-8 and UTF-16 (with a BOM, or without one when every other
//! byte is NUL) and names the exact line and byte where the text stops being valid, so no
//! character is ever dropped silently.

use std::borrow::Cow;

use super::issue::ImportError;

/// The text encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 starting with the byte-order mark `EF BB BF` (Excel's "CSV UTF-8").
    Utf8Bom,
    Utf16Le,
    Utf16Be,
}

impl Encoding {
    /// The encoding's usual name, e.g. `UTF-16LE`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with BOM",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
        }
    }
}

/// A file's text, borrowed from the bytes when they were UTF-8 already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text without its byte-order mark.
    pub text: Cow<'a, str>,
    /// What the bytes were read as.
    pub encoding: Encoding,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
/// Office Open XML (`.xlsx`) files are zip archives; old `.xls` files are OLE2 compound files.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE2_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// How many leading bytes are inspected to tell text from binary data.
const SNIFF_LEN: usize = 8192;

/// Decodes a file's bytes into text, or says why they are not a readable text file.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, ImportError> {
    if bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(OLE2_MAGIC) {
        return Err(ImportError::ExcelWorkbook);
    }
    let decoded = if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        Decoded {
            text: Cow::Borrowed(utf8(rest, UTF8_BOM.len())?),
            encoding: Encoding::Utf8Bom,
        }
    } else if let Some(encoding) = utf16_encoding(bytes) {
        Decoded {
            text: Cow::Owned(utf16(bytes, encoding)?),
            encoding,
        }
    } else if bytes.iter().take(SNIFF_LEN).any(|&b| b == 0) {
        return Err(ImportError::NotText);
    } else {
        Decoded {
            text: Cow::Borrowed(utf8(bytes, 0)?),
            encoding: Encoding::Utf8,
        }
    };
    if decoded.text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if looks_binary(&decoded.text) {
        return Err(ImportError::NotText);
    }
    Ok(decoded)
}

/// Number of line breaks in `bytes`: `\r\n`, `\n` and a lone `\r` (old Mac files) each count once.
pub(crate) fn count_line_breaks(bytes: &[u8]) -> u32 {
    let mut count = 0u32;
    let mut previous = 0u8;
    for &b in bytes {
        if b == b'\n' && previous != b'\r' || b == b'\r' {
            count = count.saturating_add(1);
        }
        previous = b;
    }
    count
}

/// `bytes` as UTF-8; `skipped` bytes (a BOM) came before them in the file, for the error offset.
fn utf8(bytes: &[u8], skipped: usize) -> Result<&str, ImportError> {
    std::str::from_utf8(bytes).map_err(|err| {
        let valid = bytes.get(..err.valid_up_to()).unwrap_or_default();
        ImportError::NotUtf8 {
            line: count_line_breaks(valid).saturating_add(1),
            offset: skipped + err.valid_up_to(),
        }
    })
}

/// UTF-16 from its byte-order mark, or from the NUL pattern of mostly-ASCII UTF-16 text: NUL bytes
/// in only one byte position of each pair, in at least one pair in eight.
fn utf16_encoding(bytes: &[u8]) -> Option<Encoding> {
    if bytes.starts_with(b"\xFF\xFE") {
        return Some(Encoding::Utf16Le);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some(Encoding::Utf16Be);
    }
    let head = bytes.get(..bytes.len().min(SNIFF_LEN)).unwrap_or(bytes);
    let pairs = head.len() / 2;
    let (mut zero_even, mut zero_odd) = (0usize, 0usize);
    for pair in head.chunks_exact(2) {
        zero_even += usize::from(pair.first() == Some(&0));
        zero_odd += usize::from(pair.get(1) == Some(&0));
    }
    let enough = |zeros: usize| pairs > 0 && zeros * 8 >= pairs;
    if zero_even == 0 && enough(zero_odd) {
        Some(Encoding::Utf16Le)
    } else if zero_odd == 0 && enough(zero_even) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

fn utf16(bytes: &[u8], encoding: Encoding) -> Result<String, ImportError> {
    let units = bytes.chunks(2).map(|pair| match (encoding, pair) {
        (Encoding::Utf16Be, [hi, lo]) => Ok(u16::from_be_bytes([*hi, *lo])),
        (_, [lo, hi]) => Ok(u16::from_le_bytes([*lo, *hi])),
        // An odd byte count leaves half a code unit at the end.
        _ => Err(()),
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut unit_idx = 0usize;
    let mut broken = false;
    let checked = units.map_while(|unit| {
        broken = unit.is_err();
        unit.ok()
    });
    for decoded in char::decode_utf16(checked) {
        match decoded {
            Ok(c) => {
                unit_idx += c.len_utf16();
                text.push(c);
            }
            Err(_) => {
                return Err(ImportError::NotUtf16 {
                    offset: unit_idx * 2,
                });
            }
        }
    }
    if broken {
        return Err(ImportError::NotUtf16 {
            offset: bytes.len().saturating_sub(1),
        });
    }
    Ok(text
        .strip_prefix('\u{FEFF}')
        .map(str::to_owned)
        .unwrap_or(text))
}

/// Valid UTF-8 can still be binary junk: more than one character in ten being a control character
/// other than TAB, CR, LF and form feed is not a CSV.
fn looks_binary(text: &str) -> bool {
    let (mut total, mut control) = (0usize, 0usize);
    for c in text.chars().take(SNIFF_LEN) {
        total += 1;
        control += usize::from(c.is_control() && !matches!(c, '\t' | '\r' | '\n' | '\x0C'));
    }
    control * 10 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(path).unwrap()
    }

    #[test]
    fn nothing_or_only_a_bom_is_an_empty_file() {
        assert_eq!(decode(b""), Err(ImportError::Empty));
        assert_eq!(
            decode(&fixture("bad/only_bom.csv")),
            Err(ImportError::Empty)
        );
        assert_eq!(decode(b"\r\n  \n"), Err(ImportError::Empty));
    }

    #[test]
    fn a_renamed_workbook_is_named_as_one() {
        assert_eq!(
            decode(&fixture("bad/xlsx_renamed.csv")),
            Err(ImportError::ExcelWorkbook)
        );
    }

    #[test]
    fn random_bytes_are_not_text() {
        assert_eq!(
            decode(&fixture("bad/binary_garbage.csv")),
            Err(ImportError::NotText)
        );
        assert_eq!(
            decode(b"a,b\n\x01\x02\x03\x04,\x05\x06\x07\x08"),
            Err(ImportError::NotText)
        );
    }

    #[test]
    fn invalid_utf8_names_its_line_and_byte() {
        let bytes = fixture("bad/invalid_utf8.csv");
        let offset = bytes.iter().position(|&b| b == 0xE9).unwrap();
        assert_eq!(
            decode(&bytes),
            Err(ImportError::NotUtf8 { line: 3, offset })
        );
    }

    #[test]
    fn a_bom_is_stripped_and_remembered() {
        let decoded = decode(b"\xEF\xBB\xBFa,b\n").unwrap();
        assert_eq!(decoded.text, "a,b\n");
        assert_eq!(decoded.encoding, Encoding::Utf8Bom);
    }

    #[test]
    fn utf16_is_read_with_or_without_a_bom() {
        let without_bom = fixture("bad/utf16le_no_bom.txt");
        let decoded = decode(&without_bom).unwrap();
        assert_eq!(decoded.encoding, Encoding::Utf16Le);
        assert!(decoded.text.starts_with("order_id\tcustomer_email\t"));
        let with_bom = fixture("porsline_survey_fa_utf16.txt");
        let decoded = decode(&with_bom).unwrap();
        assert_eq!(decoded.encoding, Encoding::Utf16Le);
        assert!(
            decoded.text.starts_with("ردیف\t"),
            "{:?}",
            decoded.text.get(..20)
        );
        let big_endian: Vec<u8> = "a,b\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&big_endian).unwrap().text, "a,b\n");
    }

    #[test]
    fn broken_utf16_names_the_byte() {
        // BOM, "a", an unpaired high surrogate (D800) at byte 4, "a"; then half a code unit.
        assert_eq!(
            decode(b"\xFF\xFEa\x00\x00\xD8a\x00"),
            Err(ImportError::NotUtf16 { offset: 4 })
        );
        assert_eq!(
            decode(b"\xFF\xFEa\x00b"),
            Err(ImportError::NotUtf16 { offset: 4 })
        );
    }

    #[test]
    fn every_kind_of_line_break_counts_once() {
        assert_eq!(count_line_breaks(b"a\r\nb\nc\rd"), 3);
        assert_eq!(count_line_breaks(b"\r\r\n\n"), 3);
    }
}
