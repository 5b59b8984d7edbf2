//! Customer satisfaction (CSAT) of answers on a rating scale (1–5, 1–7, 1–10): the mean on the
//! question's own scale and the satisfied share, the "top-two box" (4–5 of 5, 6–7 of 7, 9–10 of
//! 10) unless `CsatConfig::satisfied_from` names another threshold. Both carry a 95% interval:
//! the share the Wilson score interval, the mean mean ± t(0.975, n − 1)·s/√n (Student's t with
//! the sample standard deviation; `stats` cites both). Any other rating (freshness, packaging) is
//! summarised the same way.
//! Source: DESIGN.md § Satisfaction ("mean on the detected scale and % satisfied (top-two box)");
//! ACSI / Hayes, *Measuring Customer Satisfaction and Loyalty*, 3rd ed. (2008), ch. 4 on top-box
//! scores. No answers give `None`.

use super::stats::{Interval, counted_values, mean_with_interval, scale_counts, wilson95};

/// How the satisfied share is counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsatConfig {
    /// Lowest score counted as satisfied; `None` = the top two scores of the scale.
    pub satisfied_from: Option<u8>,
}

impl CsatConfig {
    /// The lowest satisfied score on `scale`: the configured one, else the scale's maximum − 1.
    pub fn threshold(&self, scale: (u8, u8)) -> u8 {
        self.satisfied_from
            .unwrap_or_else(|| scale.1.saturating_sub(1).max(scale.0))
    }
}

/// Mean and satisfied share of one question's answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Csat {
    pub n: u32,
    /// Lowest and highest score of the scale.
    pub scale: (u8, u8),
    /// On the scale.
    pub mean: f64,
    /// Student's t interval of the mean; `None` for a single answer.
    pub mean_ci95: Option<Interval>,
    /// Answers ≥ `satisfied_from`.
    pub satisfied: u32,
    pub satisfied_from: u8,
    /// `satisfied / n`.
    pub satisfied_share: f64,
    pub satisfied_share_ci95: Interval,
    /// Answers per scale point, `scale.0` first.
    pub distribution: Vec<u32>,
}

/// CSAT of `scores` on `scale`; scores outside the scale are skipped (the importer never lets
/// one through). `None` for no answers.
pub fn csat(
    scores: impl IntoIterator<Item = u8>,
    scale: (u8, u8),
    config: &CsatConfig,
) -> Option<Csat> {
    let satisfied_from = config.threshold(scale);
    let (low, high) = scale;
    let distribution = scale_counts(scores, scale);
    let (mean, mean_ci95) = mean_with_interval(counted_values(&distribution, low))?;
    let points = (low..=high).zip(distribution.iter().copied());
    let n: u32 = distribution.iter().sum();
    let satisfied: u32 = points
        .filter(|&(score, _)| score >= satisfied_from)
        .map(|(_, count)| count)
        .sum();
    Some(Csat {
        n,
        scale,
        mean,
        mean_ci95,
        satisfied,
        satisfied_from,
        satisfied_share: f64::from(satisfied) / f64::from(n),
        satisfied_share_ci95: wilson95(satisfied, n)?,
        distribution,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hand_computed() {
        // 1–5 answers 5, 4, 4, 3, 1: mean 17/5 = 3.4; top-two box (4–5) 3 of 5 = 0.6; s² =
        // (2.56 + 0.36 + 0.36 + 0.16 + 5.76)/4 = 2.3, s/√5 = 0.678233, t(0.975, 4) = 2.776 →
        // 3.4 ± 1.882775.
        let result = csat([5, 4, 4, 3, 1], (1, 5), &CsatConfig::default()).unwrap();
        assert_eq!(
            (result.n, result.satisfied, result.satisfied_from),
            (5, 3, 4)
        );
        assert!((result.mean - 3.4).abs() < 1e-12);
        assert!((result.satisfied_share - 0.6).abs() < 1e-12);
        assert_eq!(result.distribution, [1, 0, 1, 2, 1]);
        let ci = result.mean_ci95.unwrap();
        assert!((ci.high - 3.4 - 1.882_775).abs() < 1e-5, "{ci:?}");
    }

    #[test]
    fn the_threshold_is_configurable() {
        // Top box only: 5 of 5 → 1 of 5 answers.
        let config = CsatConfig {
            satisfied_from: Some(5),
        };
        let result = csat([5, 4, 4, 3, 1], (1, 5), &config).unwrap();
        assert_eq!(result.satisfied, 1);
        // Top-two box of a 1–7 scale is 6–7, of 1–10 is 9–10.
        assert_eq!(CsatConfig::default().threshold((1, 7)), 6);
        assert_eq!(CsatConfig::default().threshold((1, 10)), 9);
    }

    #[test]
    fn empty_answers_have_no_csat() {
        assert_eq!(csat([], (1, 5), &CsatConfig::default()), None);
        // Out-of-scale answers are skipped, so only-out-of-scale is empty.
        assert_eq!(csat([0, 9], (1, 5), &CsatConfig::default()), None);
    }

    #[test]
    fn one_answer_has_a_mean_but_no_interval_of_it() {
        let result = csat([4], (1, 5), &CsatConfig::default()).unwrap();
        assert_eq!((result.mean, result.mean_ci95), (4.0, None));
    }

    proptest! {
        #[test]
        fn mean_lies_on_the_scale_and_the_share_in_zero_one(scores in proptest::collection::vec(1..=7u8, 0..200)) {
            if let Some(result) = csat(scores.iter().copied(), (1, 7), &CsatConfig::default()) {
                prop_assert!((1.0..=7.0).contains(&result.mean));
                prop_assert!((0.0..=1.0).contains(&result.satisfied_share));
                prop_assert_eq!(result.distribution.iter().sum::<u32>() as usize, scores.len());
            } else {
                prop_assert!(scores.is_empty());
            }
        }
    }
}
