//! The single-byte Windows code pages Excel saves "CSV" in, read with `encoding_rs` (WHATWG
//! Encoding Standard tables, so every byte maps to a character). Which one a file is in cannot be
//! read from the bytes with certainty; the guess reads the bytes above 0x7F as Windows-1256 and
//! asks whether they spell Arabic-script letters: a Persian or Arabic file is mostly Arabic-block
//! characters (0xC1..=0xFE and Persian پ چ ژ گ ک at 0x81..=0x98), while Western text read that way
//! gives a mix of accented Latin letters and stray Arabic. At least two Arabic-block characters
//! for each other non-ASCII character means Windows-1256; anything else is Windows-1252. The user
//! can override the guess in the import wizard.

use std::borrow::Cow;

use super::Encoding;

/// How many leading bytes the guess looks at.
const GUESS_LEN: usize = 64 * 1024;

/// Windows-1256 when the bytes read as Arabic script there, else Windows-1252.
pub(super) fn guess(bytes: &[u8]) -> Encoding {
    let head = bytes.get(..bytes.len().min(GUESS_LEN)).unwrap_or(bytes);
    let (text, _) = encoding_rs::WINDOWS_1256.decode_without_bom_handling(head);
    let (mut arabic, mut other) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        match c {
            '\u{0600}'..='\u{06FF}' => arabic += 1,
            // Joiners and direction marks go with either script.
            '\u{200C}'..='\u{200F}' => {}
            _ => other += 1,
        }
    }
    if arabic > 0 && arabic >= 2 * other {
        Encoding::Windows1256
    } else {
        Encoding::Windows1252
    }
}

/// `bytes` read in `encoding`, a single-byte code page (anything else reads as Windows-1252).
pub(super) fn decode(bytes: &[u8], encoding: Encoding) -> Cow<'_, str> {
    let table = match encoding {
        Encoding::Windows1256 => encoding_rs::WINDOWS_1256,
        _ => encoding_rs::WINDOWS_1252,
    };
    // Every byte has a character in both tables, so nothing is ever replaced.
    table.decode_without_bom_handling(bytes).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn encoded(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
        encoding.encode(text).0.into_owned()
    }

    #[test]
    fn persian_and_arabic_words_are_windows_1256() {
        let persian = encoded(
            "شماره تيکت,وضعيت\r\n4100,بسته شده\r\n",
            encoding_rs::WINDOWS_1256,
        );
        assert_eq!(guess(&persian), Encoding::Windows1256);
        let arabic = encoded("الاسم,المدينة\nمريم,دبي\n", encoding_rs::WINDOWS_1256);
        assert_eq!(guess(&arabic), Encoding::Windows1256);
        assert_eq!(
            decode(&persian, Encoding::Windows1256).get(..10),
            Some("شماره")
        );
    }

    #[test]
    fn western_accents_are_windows_1252() {
        let french = encoded(
            "nom,ville\nRené Müller,Zürich – Genève €\n",
            encoding_rs::WINDOWS_1252,
        );
        assert_eq!(guess(&french), Encoding::Windows1252);
        assert_eq!(
            decode(&french, Encoding::Windows1252),
            "nom,ville\nRené Müller,Zürich – Genève €\n"
        );
        // One accented letter and the bytes FF FE, as in bad/invalid_utf8.csv.
        assert_eq!(
            guess(b"caf\xe9@x.com,\xff\xfe@x.com"),
            Encoding::Windows1252
        );
    }

    proptest! {
        #[test]
        fn windows_1256_text_round_trips(text in "[ا-غف-ي پچژگک,0-9\n]{1,80}") {
            let bytes = encoded(&text, encoding_rs::WINDOWS_1256);
            prop_assert_eq!(decode(&bytes, Encoding::Windows1256), text.as_str());
        }
    }
}
