//! Net Promoter Score of 0–10 answers to "How likely are you to recommend us?".
//! NPS = 100·(P − D)/n with P promoters (9–10), D detractors (0–6), n all answers; passives (7–8)
//! count in n only. Its 95% margin of error treats each answer as +1 (promoter), 0 or −1
//! (detractor): the variance of one answer is p_P + p_D − (p_P − p_D)², so
//! MoE95 = 1.96·√((p_P + p_D − (p_P − p_D)²)/n)·100.
//! Source: Reichheld, "The One Number You Need to Grow", HBR, Dec 2003; the margin as in
//! DESIGN.md § Satisfaction and shared/data/README.md § Conventions. No answers give `None`.

use super::stats::Z95;

/// Answers per NPS group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NpsGroups {
    pub promoters: u32,
    pub passives: u32,
    pub detractors: u32,
}

impl NpsGroups {
    /// The groups of `scores`; a score above 10 is no NPS answer and is skipped (the importer
    /// never lets one through).
    pub fn of(scores: impl IntoIterator<Item = u8>) -> NpsGroups {
        let mut groups = NpsGroups::default();
        for score in scores {
            groups.add(score);
        }
        groups
    }

    /// Counts one answer in its group (9–10 promoter, 7–8 passive, 0–6 detractor).
    pub fn add(&mut self, score: u8) {
        match score {
            9..=10 => self.promoters += 1,
            7..=8 => self.passives += 1,
            0..=6 => self.detractors += 1,
            _ => {}
        }
    }

    /// All answers.
    pub fn n(&self) -> u32 {
        self.promoters + self.passives + self.detractors
    }

    /// The variance of one answer scored +1/0/−1, p_P + p_D − (p_P − p_D)²; `None` without
    /// answers. A difference of two NPS values is tested with it (`compare::compare_nps`).
    pub fn variance(&self) -> Option<f64> {
        let n = f64::from(self.n());
        if self.n() == 0 {
            return None;
        }
        let (p_p, p_d) = (
            f64::from(self.promoters) / n,
            f64::from(self.detractors) / n,
        );
        // Rounding can take an exact 0 a hair below zero.
        Some((p_p + p_d - (p_p - p_d).powi(2)).max(0.0))
    }
}

/// The score and what the page shows beside it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Nps {
    /// −100 … 100.
    pub score: f64,
    pub n: u32,
    pub groups: NpsGroups,
    /// Shares of n (fractions; they sum to 1).
    pub promoters_share: f64,
    pub passives_share: f64,
    pub detractors_share: f64,
    /// Half-width of the 95% interval, NPS points.
    pub moe95: f64,
}

/// `None` for no answers: an empty survey has no score, not a score of 0.
pub fn nps(groups: NpsGroups) -> Option<Nps> {
    let n = groups.n();
    let variance = groups.variance()?;
    let count = f64::from(n);
    let promoters_share = f64::from(groups.promoters) / count;
    let detractors_share = f64::from(groups.detractors) / count;
    Some(Nps {
        score: 100.0 * (promoters_share - detractors_share),
        n,
        groups,
        promoters_share,
        passives_share: f64::from(groups.passives) / count,
        detractors_share,
        moe95: Z95 * (variance / count).sqrt() * 100.0,
    })
}

/// How many answers gave each score 0, 1, …, 10; scores above 10 are skipped.
pub fn distribution(scores: impl IntoIterator<Item = u8>) -> [u32; 11] {
    let mut counts = [0u32; 11];
    for score in scores {
        if let Some(count) = counts.get_mut(usize::from(score)) {
            *count += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn groups(promoters: u32, passives: u32, detractors: u32) -> NpsGroups {
        NpsGroups {
            promoters,
            passives,
            detractors,
        }
    }

    #[test]
    fn hand_computed() {
        // 5 promoters, 3 passives, 2 detractors: 100·(5 − 2)/10 = 30. Margin: p_P = 0.5,
        // p_D = 0.2, variance 0.5 + 0.2 − 0.3² = 0.61; 1.96·√(0.61/10)·100 = 1.96·0.246982·100
        // = 48.41 (with z = 1.959964: 48.4075).
        let result = nps(groups(5, 3, 2)).unwrap();
        assert_eq!((result.score.round(), result.n), (30.0, 10));
        assert!((result.score - 30.0).abs() < 1e-9);
        assert!((result.moe95 - 48.4075).abs() < 1e-3, "{}", result.moe95);
        assert_eq!(
            (
                result.promoters_share,
                result.passives_share,
                result.detractors_share
            ),
            (0.5, 0.3, 0.2)
        );
    }

    #[test]
    fn groups_and_distribution_of_scores() {
        let scores = [0, 6, 7, 8, 9, 10, 10, 11];
        assert_eq!(NpsGroups::of(scores), groups(3, 2, 2));
        assert_eq!(distribution(scores), [1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2]);
    }

    #[test]
    fn empty_survey_has_no_score() {
        assert_eq!(nps(NpsGroups::default()), None);
    }

    #[test]
    fn unanimous_answers_have_no_margin() {
        // All promoters: variance 1 + 0 − 1 = 0.
        let result = nps(groups(7, 0, 0)).unwrap();
        assert_eq!((result.score, result.moe95), (100.0, 0.0));
    }

    #[test]
    fn the_readme_margin_of_delighted() {
        // shared/data README: n = 500 (190/196/114) → NPS 15.2, margin ±6.70.
        let result = nps(groups(190, 196, 114)).unwrap();
        assert!((result.score - 15.2).abs() < 1e-9);
        assert!((result.moe95 - 6.70).abs() < 0.005);
    }

    proptest! {
        #[test]
        fn score_in_range_and_shares_sum_to_one(promoters in 0..10_000u32, passives in 0..10_000u32, detractors in 0..10_000u32) {
            if let Some(result) = nps(groups(promoters, passives, detractors)) {
                prop_assert!((-100.0..=100.0).contains(&result.score));
                let sum = result.promoters_share + result.passives_share + result.detractors_share;
                prop_assert!((sum - 1.0).abs() < 1e-9);
                prop_assert!(result.moe95 >= 0.0 && result.moe95.is_finite());
            } else {
                prop_assert_eq!(promoters + passives + detractors, 0);
            }
        }
    }
}
