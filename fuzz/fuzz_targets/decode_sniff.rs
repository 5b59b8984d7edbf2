//! Arbitrary bytes → `decode` (and `decode_as` in every encoding) → `sniff`. Nothing may panic,
//! and what comes out must keep the promises the import wizard relies on: decoded text is never
//! blank, a UTF-8 break lies inside the file, choosing the detected encoding again reads the same
//! text, and the dialect's delimiter and body start are usable on that text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vafa::engine::import::{DELIMITERS, Decoded, Encoding, decode, decode_as, sniff};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(decoded) = decode(bytes) {
        check_decoded(bytes, &decoded);
        // The wizard offers the detected encoding as the picker's value: picking it again must
        // read the same text (a forced code page drops a UTF-8 BOM as detection does).
        let again = decode_as(bytes, Some(decoded.encoding));
        assert_eq!(
            again.as_ref().map(|d| &d.text),
            Ok(&decoded.text),
            "detected {:?}, forced it again",
            decoded.encoding
        );
    }
    for encoding in Encoding::ALL {
        if let Ok(decoded) = decode_as(bytes, Some(encoding)) {
            check_decoded(bytes, &decoded);
        }
    }
});

fn check_decoded(bytes: &[u8], decoded: &Decoded<'_>) {
    let text: &str = &decoded.text;
    assert!(!text.trim().is_empty(), "decoded text is blank");
    if let Some(at) = decoded.utf8_break {
        assert!(at.offset < bytes.len(), "UTF-8 break {at:?} past the end");
        assert!(at.line >= 1);
        assert!(matches!(
            decoded.encoding,
            Encoding::Windows1256 | Encoding::Windows1252
        ));
    }
    let dialect = sniff(text);
    assert!(dialect.body_start <= text.len(), "{dialect:?}");
    assert!(text.is_char_boundary(dialect.body_start), "{dialect:?}");
    let delimiter = dialect.delimiter;
    assert!(
        delimiter.is_ascii() && !delimiter.is_ascii_alphanumeric() && delimiter != b'"',
        "{dialect:?}"
    );
    if !dialect.has_sep_line {
        assert_eq!(dialect.body_start, 0, "{dialect:?}");
        assert!(DELIMITERS.contains(&delimiter), "{dialect:?}");
    }
}
