//! Sentiment shares of a label column that a survey or text-analytics tool already filled in
//! (`Positive`, `Negative`, `Neutral`; Persian مثبت/منفی/خنثی; Arabic إيجابي/سلبي/محايد):
//! share = labelled responses of a class / responses with a recognised label, and the
//! positive:negative ratio P/N. Sentiment is never guessed from comments here: no label, no
//! sentiment. Labels that name no class are counted as `unrecognised` and left out of the shares.
//! Source: DESIGN.md § Satisfaction ("sentiment shares (positive/negative/neutral) and the
//! positive:negative ratio"). No recognised label gives `None`.

use crate::engine::data::Labels;

/// A sentiment class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polarity {
    Positive,
    Negative,
    Neutral,
}

/// The class a label names, if any (case and surrounding spaces ignored).
pub fn polarity_of(label: &str) -> Option<Polarity> {
    let label = label.trim().to_lowercase();
    match label.as_str() {
        "positive" | "pos" | "+" | "مثبت" | "إيجابي" | "ايجابي" => {
            Some(Polarity::Positive)
        }
        "negative" | "neg" | "-" | "منفی" | "منفي" | "سلبي" => Some(Polarity::Negative),
        "neutral" | "neu" | "0" | "mixed" | "خنثی" | "خنثي" | "محايد" => {
            Some(Polarity::Neutral)
        }
        _ => None,
    }
}

/// Counts and shares of the three classes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sentiment {
    pub positive: u32,
    pub negative: u32,
    pub neutral: u32,
    /// Non-empty labels that name no class.
    pub unrecognised: u32,
    /// `positive + negative + neutral`.
    pub n: u32,
    pub positive_share: f64,
    pub negative_share: f64,
    pub neutral_share: f64,
    /// `positive / negative`; `None` without negatives (the ratio is unbounded, not 0).
    pub positive_to_negative: Option<f64>,
}

/// Sentiment of the rows of `labels` (every row when `rows` is `None`, else those listed).
pub fn sentiment(labels: &Labels, rows: Option<&[usize]>) -> Option<Sentiment> {
    let classes: Vec<Option<Polarity>> = labels.names.iter().map(|n| polarity_of(n)).collect();
    let (mut positive, mut negative, mut neutral, mut unrecognised) = (0u32, 0u32, 0u32, 0u32);
    let mut count = |row: usize| {
        let Some(idx) = labels.index.get(row).copied().flatten() else {
            return;
        };
        match classes.get(idx as usize).copied().flatten() {
            Some(Polarity::Positive) => positive += 1,
            Some(Polarity::Negative) => negative += 1,
            Some(Polarity::Neutral) => neutral += 1,
            None => unrecognised += 1,
        }
    };
    match rows {
        Some(rows) => rows.iter().for_each(|&row| count(row)),
        None => (0..labels.len()).for_each(&mut count),
    }
    let n = positive + negative + neutral;
    if n == 0 {
        return None;
    }
    let share = |k: u32| f64::from(k) / f64::from(n);
    Some(Sentiment {
        positive,
        negative,
        neutral,
        unrecognised,
        n,
        positive_share: share(positive),
        negative_share: share(negative),
        neutral_share: share(neutral),
        positive_to_negative: (negative > 0).then(|| f64::from(positive) / f64::from(negative)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn labels(texts: &[Option<&str>]) -> Labels {
        let mut labels = Labels::default();
        for text in texts {
            labels.push(*text);
        }
        labels
    }

    #[test]
    fn hand_computed() {
        // 3 positive, 1 negative, 1 neutral (+ an empty cell and an unknown label): shares 3/5,
        // 1/5, 1/5; ratio 3:1 = 3.
        let column = labels(&[
            Some("Positive"),
            Some("positive"),
            Some("مثبت"),
            Some("Negative"),
            Some("Neutral"),
            None,
            Some("sarcastic"),
        ]);
        let result = sentiment(&column, None).unwrap();
        assert_eq!(
            (result.positive, result.negative, result.neutral),
            (3, 1, 1)
        );
        assert_eq!((result.n, result.unrecognised), (5, 1));
        assert_eq!(result.positive_share, 0.6);
        assert_eq!(result.positive_to_negative, Some(3.0));
        let some_rows = sentiment(&column, Some(&[0, 4, 99])).unwrap();
        assert_eq!((some_rows.n, some_rows.positive_to_negative), (2, None));
    }

    #[test]
    fn no_labels_no_sentiment() {
        assert_eq!(sentiment(&labels(&[None, Some("?")]), None), None);
        assert_eq!(sentiment(&Labels::default(), None), None);
    }

    proptest! {
        #[test]
        fn shares_sum_to_one(picks in proptest::collection::vec(0..4usize, 0..100)) {
            let texts = [Some("positive"), Some("negative"), Some("neutral"), None];
            let column = labels(&picks.iter().map(|&i| texts[i]).collect::<Vec<_>>());
            if let Some(result) = sentiment(&column, None) {
                let sum = result.positive_share + result.negative_share + result.neutral_share;
                prop_assert!((sum - 1.0).abs() < 1e-9);
            }
        }
    }
}
