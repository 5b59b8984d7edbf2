//! UTF-16 text, as Excel saves "Unicode Text": little- or big-endian, told by the byte-order mark
//! or, without one, by the NUL bytes mostly-ASCII text has in every other byte.

use super::{Encoding, SNIFF_LEN};
use crate::engine::import::issue::ImportError;

/// UTF-16 from its byte-order mark, or from the NUL pattern of mostly-ASCII UTF-16 text: NUL bytes
/// in only one byte position of each pair, in at least one pair in eight.
pub(super) fn utf16_encoding(bytes: &[u8]) -> Option<Encoding> {
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

pub(super) fn utf16(bytes: &[u8], encoding: Encoding) -> Result<String, ImportError> {
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
