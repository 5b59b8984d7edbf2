//! Bytes → text. Recognises what is not a CSV at all (nothing, an Excel workbook, binary data),
//! strips a byte-order mark, and reads UTF-8, UTF-16 (with a BOM, or without one when every other
//! byte is NUL) and the Windows code pages Excel writes on Persian/Arabic (Windows-1256) and
//! Western (Windows-1252) systems. Bytes that are not valid UTF-8 are read in one of those code
//! pages (`code_page.rs` tells which) and the place UTF-8 broke is kept, so the preview can say
//! so; when the user insists on UTF-8 that place is the error instead. No character is dropped
//! silently.

mod code_page;
mod utf16;

use std::borrow::Cow;

use super::issue::ImportError;
use utf16::{utf16, utf16_encoding};

/// The text encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 starting with the byte-order mark `EF BB BF` (Excel's "CSV UTF-8").
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    /// Arabic/Persian Windows code page (Excel's "CSV" on a Persian or Arabic Windows).
    Windows1256,
    /// Western European Windows code page (Latin-1 plus `€` and typographic quotes).
    Windows1252,
}

impl Encoding {
    /// Every encoding Vafa reads, in the order the import wizard offers them.
    pub const ALL: [Encoding; 6] = [
        Encoding::Utf8,
        Encoding::Utf8Bom,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1256,
        Encoding::Windows1252,
    ];

    /// The encoding's usual name, e.g. `UTF-16LE`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with BOM",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1256 => "Windows-1256",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Where bytes stopped being valid UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Utf8Break {
    /// The line of the first invalid byte (line 1 = the first line).
    pub line: u32,
    /// The byte offset of the first invalid byte in the file.
    pub offset: usize,
}

/// A file's text, borrowed from the bytes when they were UTF-8 already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text without its byte-order mark.
    pub text: Cow<'a, str>,
    /// What the bytes were read as.
    pub encoding: Encoding,
    /// When the bytes were not valid UTF-8 and were read in a code page instead: where UTF-8
    /// broke.
    pub utf8_break: Option<Utf8Break>,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
/// Office Open XML (`.xlsx`) files are zip archives; old `.xls` files are OLE2 compound files.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE2_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// How many leading bytes are inspected to tell text from binary data.
const SNIFF_LEN: usize = 8192;

/// Decodes a file's bytes into text in the encoding detected, or says why they are not a
/// readable text file.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, ImportError> {
    decode_as(bytes, None)
}

/// Decodes a file's bytes in `encoding`, or in the one detected when `None`. A forced UTF-8
/// accepts a BOM and fails on the first invalid byte; a forced UTF-16 drops a BOM.
pub fn decode_as(bytes: &[u8], encoding: Option<Encoding>) -> Result<Decoded<'_>, ImportError> {
    if bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(OLE2_MAGIC) {
        return Err(ImportError::ExcelWorkbook);
    }
    let decoded = match encoding {
        None => detect(bytes)?,
        Some(Encoding::Utf8 | Encoding::Utf8Bom) => {
            let (rest, encoding, skipped) = match bytes.strip_prefix(UTF8_BOM) {
                Some(rest) => (rest, Encoding::Utf8Bom, UTF8_BOM.len()),
                None => (bytes, Encoding::Utf8, 0),
            };
            let text = std::str::from_utf8(rest).map_err(|err| {
                let at = utf8_break(rest, err.valid_up_to(), skipped);
                ImportError::NotUtf8 {
                    line: at.line,
                    offset: at.offset,
                }
            })?;
            plain(Cow::Borrowed(text), encoding)
        }
        Some(encoding @ (Encoding::Utf16Le | Encoding::Utf16Be)) => {
            plain(Cow::Owned(utf16(bytes, encoding)?), encoding)
        }
        Some(encoding @ (Encoding::Windows1256 | Encoding::Windows1252)) => {
            // A UTF-8 BOM before code-page text (found by fuzzing, fuzz/regressions/) is a mark,
            // not text: detection drops it, so forcing the code page drops it too.
            let rest = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
            plain(code_page::decode(rest, encoding), encoding)
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

/// The detected reading: a BOM, the UTF-16 NUL pattern, UTF-8, else a code page.
fn detect(bytes: &[u8]) -> Result<Decoded<'_>, ImportError> {
    let (rest, encoding, skipped) = match bytes.strip_prefix(UTF8_BOM) {
        Some(rest) => (rest, Encoding::Utf8Bom, UTF8_BOM.len()),
        None => {
            if let Some(encoding) = utf16_encoding(bytes) {
                return Ok(plain(Cow::Owned(utf16(bytes, encoding)?), encoding));
            }
            if bytes.iter().take(SNIFF_LEN).any(|&b| b == 0) {
                return Err(ImportError::NotText);
            }
            (bytes, Encoding::Utf8, 0)
        }
    };
    match std::str::from_utf8(rest) {
        Ok(text) => Ok(plain(Cow::Borrowed(text), encoding)),
        Err(err) => {
            let at = utf8_break(rest, err.valid_up_to(), skipped);
            let encoding = code_page::guess(rest);
            Ok(Decoded {
                text: code_page::decode(rest, encoding),
                encoding,
                utf8_break: Some(at),
            })
        }
    }
}

fn plain(text: Cow<'_, str>, encoding: Encoding) -> Decoded<'_> {
    Decoded {
        text,
        encoding,
        utf8_break: None,
    }
}

/// Where UTF-8 broke: `valid` bytes of `bytes` were fine; `skipped` bytes (a BOM) came before.
fn utf8_break(bytes: &[u8], valid: usize, skipped: usize) -> Utf8Break {
    let before = bytes.get(..valid).unwrap_or_default();
    Utf8Break {
        line: count_line_breaks(before).saturating_add(1),
        offset: skipped + valid,
    }
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
    fn invalid_utf8_is_read_as_windows_1252_and_the_break_kept() {
        let bytes = fixture("bad/invalid_utf8.csv");
        let offset = bytes.iter().position(|&b| b == 0xE9).unwrap();
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, Encoding::Windows1252);
        assert_eq!(decoded.utf8_break, Some(Utf8Break { line: 3, offset }));
        assert!(decoded.text.contains("café@example.com"));
    }

    #[test]
    fn forcing_utf8_on_invalid_bytes_names_line_and_byte() {
        let bytes = fixture("bad/invalid_utf8.csv");
        let offset = bytes.iter().position(|&b| b == 0xE9).unwrap();
        assert_eq!(
            decode_as(&bytes, Some(Encoding::Utf8)),
            Err(ImportError::NotUtf8 { line: 3, offset })
        );
    }

    #[test]
    fn the_persian_excel_file_is_windows_1256() {
        let bytes = fixture("persian_tickets_cp1256.csv");
        let decoded = decode(&bytes).unwrap();
        assert_eq!(decoded.encoding, Encoding::Windows1256);
        assert!(
            decoded.text.starts_with("شماره تيکت,"),
            "{:?}",
            decoded.text.get(..40)
        );
        assert_eq!(decoded.utf8_break.map(|at| at.line), Some(1));
    }

    #[test]
    fn a_forced_encoding_is_used_as_given() {
        let decoded = decode_as("a,é\n".as_bytes(), Some(Encoding::Windows1252)).unwrap();
        assert_eq!(
            (decoded.text.as_ref(), decoded.encoding),
            ("a,Ã©\n", Encoding::Windows1252)
        );
        let bom = decode_as(b"\xEF\xBB\xBFa\n", Some(Encoding::Utf8)).unwrap();
        assert_eq!(
            (bom.text.as_ref(), bom.encoding),
            ("a\n", Encoding::Utf8Bom)
        );
        let le: Vec<u8> = "\u{FEFF}a,b\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            decode_as(&le, Some(Encoding::Utf16Le)).unwrap().text,
            "a,b\n"
        );
    }

    #[test]
    fn every_encoding_has_its_own_name() {
        let mut names: Vec<&str> = Encoding::ALL.into_iter().map(Encoding::name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Encoding::ALL.len());
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

    #[test]
    fn a_forced_code_page_drops_a_utf8_bom_as_detection_does() {
        // fuzz/regressions/decode_sniff-bom-then-cp1252.csv
        let bytes = b"\xEF\xBB\xBFemail,date,amount\ncaf\xE9@x.com,2024-01-02,1\n";
        let detected = decode(bytes).unwrap();
        assert_eq!(detected.encoding, Encoding::Windows1252);
        let forced = decode_as(bytes, Some(Encoding::Windows1252)).unwrap();
        assert_eq!(forced.text, detected.text);
        assert!(forced.text.starts_with("email,"));
    }
}
