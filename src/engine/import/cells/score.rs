//! A survey answer → a score. Numbers 0–10 in any digits (` 9 `, `١٠`, `۷`); the answer labels of
//! 5-point scales in English (`Very dissatisfied` … `Very satisfied`, SurveyMonkey's `Somewhat
//! satisfied`; `Very low effort` … `Very high effort`), Persian (`خیلی ناراضی`, `ناراضی`,
//! `نظری ندارم`, `راضی`, `خیلی راضی`) and Arabic (`غير راضٍ إطلاقًا` … `راضٍ جدًا`), each 1..5 in
//! the order the scale is written (for effort, 1 = very low effort). Fractions (`8.5`, `9/10`),
//! words (`ten`, `N/A`) are not scores; a number outside 0–10 (`11`, `-1`) is out of scale.

use super::{digit_value, normal_words};
use crate::engine::import::issue::Reason;

/// The widest scale a score may be on.
pub(crate) const SCALE: (u8, u8) = (0, 10);

/// A score read from a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Answer {
    pub score: u8,
    /// Whether it was written as a label (a 1–5 scale) rather than a number.
    pub is_label: bool,
}

const LABELS: &[(&str, u8)] = &[
    ("very dissatisfied", 1),
    ("extremely dissatisfied", 1),
    ("very unsatisfied", 1),
    ("somewhat dissatisfied", 2),
    ("dissatisfied", 2),
    ("unsatisfied", 2),
    ("neither satisfied nor dissatisfied", 3),
    ("neutral", 3),
    ("somewhat satisfied", 4),
    ("satisfied", 4),
    ("very satisfied", 5),
    ("extremely satisfied", 5),
    ("very low effort", 1),
    ("low effort", 2),
    ("neither high nor low effort", 3),
    ("moderate effort", 3),
    ("high effort", 4),
    ("very high effort", 5),
    ("خیلی ناراضی", 1),
    ("کاملا ناراضی", 1),
    ("ناراضی", 2),
    ("نظری ندارم", 3),
    ("متوسط", 3),
    ("بی نظر", 3),
    ("راضی", 4),
    ("خیلی راضی", 5),
    ("کاملا راضی", 5),
    ("غیر راض علی الإطلاق", 1),
    ("غیر راض اطلاقا", 1),
    ("غیر راض إطلاقا", 1),
    ("غیر راض تماما", 1),
    ("غیر راض", 2),
    ("غیر راضی", 2),
    ("محاید", 3),
    ("راض", 4),
    ("راضی", 4),
    ("راض جدا", 5),
    ("راض تماما", 5),
    ("راضی جدا", 5),
];

/// The score in `cell`: `Ok(None)` when empty (unanswered), `Err` with the reason otherwise.
pub(crate) fn parse_score(cell: &str) -> Result<Option<Answer>, Reason> {
    let text = cell.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (is_negative, digits) = match text.strip_prefix(['-', '+', '\u{2212}']) {
        Some(rest) => (!text.starts_with('+'), rest),
        None => (false, text),
    };
    if !digits.is_empty() && digits.chars().all(|c| digit_value(c).is_some()) {
        let value = digits
            .chars()
            .filter_map(digit_value)
            .try_fold(0u32, |acc, d| {
                acc.checked_mul(10)?.checked_add(u32::from(d))
            });
        let out_of_scale = Reason::OutOfScale {
            min: SCALE.0,
            max: SCALE.1,
        };
        return match value.map(|value| (is_negative && value > 0, u8::try_from(value))) {
            Some((false, Ok(score))) if score <= SCALE.1 => Ok(Some(Answer {
                score,
                is_label: false,
            })),
            _ => Err(out_of_scale),
        };
    }
    let words = normal_words(text);
    LABELS
        .iter()
        .find(|(label, _)| *label == words)
        .map(|&(_, score)| {
            Some(Answer {
                score,
                is_label: true,
            })
        })
        .ok_or(Reason::NotAScore)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(cell: &str) -> Result<Option<u8>, Reason> {
        parse_score(cell).map(|answer| answer.map(|a| a.score))
    }

    #[test]
    fn numbers_in_any_digits_are_scores() {
        assert_eq!(score("10"), Ok(Some(10)));
        assert_eq!(score(" 9 "), Ok(Some(9)));
        assert_eq!(score("١٠"), Ok(Some(10)));
        assert_eq!(score("۷"), Ok(Some(7)));
        assert_eq!(score("0"), Ok(Some(0)));
        assert_eq!(score(""), Ok(None));
    }

    #[test]
    fn the_bad_values_of_the_sample_are_refused_with_their_reason() {
        let out = Err(Reason::OutOfScale { min: 0, max: 10 });
        assert_eq!(score("11"), out);
        assert_eq!(score("-1"), out);
        assert_eq!(score("99999999999999999999"), out);
        for cell in ["ten", "8.5", "N/A", "9/10", "-", "+"] {
            assert_eq!(score(cell), Err(Reason::NotAScore), "{cell}");
        }
    }

    #[test]
    fn labels_in_three_languages_are_one_to_five() {
        assert_eq!(score("Very dissatisfied"), Ok(Some(1)));
        assert_eq!(score("Neither satisfied nor dissatisfied"), Ok(Some(3)));
        assert_eq!(score("Somewhat satisfied"), Ok(Some(4)));
        assert_eq!(score("Very low effort"), Ok(Some(1)));
        assert_eq!(score("High effort"), Ok(Some(4)));
        assert_eq!(score("خیلی ناراضی"), Ok(Some(1)));
        assert_eq!(score("نظری ندارم"), Ok(Some(3)));
        assert_eq!(score("خيلي راضي"), Ok(Some(5)));
        assert_eq!(score("غير راضٍ إطلاقًا"), Ok(Some(1)));
        assert_eq!(score("محايد"), Ok(Some(3)));
        assert_eq!(score("راضٍ جدًا"), Ok(Some(5)));
        assert!(parse_score("راضی").unwrap().unwrap().is_label);
    }
}
