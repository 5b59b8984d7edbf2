//! Customer Effort Score (CES): the mean answer on its scale, read with a direction, and the share
//! of answers on the good side. Forms differ (DESIGN.md § Satisfaction): the original CES asks
//! "How much effort did you personally have to put forth…?" on 1–5, where 1 = very low effort is
//! good (Dixon, Freeman & Toman, "Stop Trying to Delight Your Customers", HBR, Jul 2010); CES 2.0
//! asks to agree with "The company made it easy…" on 1–7, where 7 = strongly agree is good
//! (Gartner/CEB, *The Effortless Experience*, 2013); "How easy was it…?" also has high = good.
//!
//! The good-side share (`agree_share`) counts the answers strictly on the good side of the scale's
//! midpoint m = (min + max)/2: above m when high is good (5–7 of 1–7, 4–5 of 1–5), below m when
//! low is good (1–2 of 1–5, 1–3 of 1–7); the neutral midpoint counts for neither. On an agreement
//! form that is the "% agree"; on an effort form it is the low-effort share. The direction is
//! `CesConfig::direction` or, when unset, `direction_of` the question's text. No answers give
//! `None`.

use super::stats::{Interval, counted_values, mean_with_interval, scale_counts, wilson95};

/// Which end of the scale is the good one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Higher is better: "easy", "agree" forms.
    HighIsGood,
    /// Lower is better: "how much effort" forms.
    LowIsGood,
}

impl Direction {
    /// `high_is_good` or `low_is_good`, as the Report writes it.
    pub fn name(self) -> &'static str {
        match self {
            Direction::HighIsGood => "high_is_good",
            Direction::LowIsGood => "low_is_good",
        }
    }
}

/// How CES is read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CesConfig {
    /// `None` = decided from the question's text by `direction_of`.
    pub direction: Option<Direction>,
}

/// The direction a question's wording implies: "agree" or "easy" (and their Persian and Arabic
/// forms) → high is good; "effort", "difficult", "hard" → low is good. Agreement is checked first
/// ("I agree it took little effort" is an agreement form). A text that says neither is read by its
/// scale: 1–7 (the agreement form) high is good, else low is good (the original 1–5 effort form).
pub fn direction_of(text: &str, scale: (u8, u8)) -> Direction {
    const HIGH: [&str; 8] = [
        "agree",
        "easy",
        "easi",
        "آسان",
        "راحت",
        "موافق",
        "سهل",
        "سهول",
    ];
    const LOW: [&str; 7] = ["effort", "difficult", "hard", "تلاش", "سخت", "جهد", "صعب"];
    let text = text.to_lowercase();
    if text.contains("agree") || text.contains("موافق") {
        Direction::HighIsGood
    } else if LOW.iter().any(|word| text.contains(word)) {
        Direction::LowIsGood
    } else if HIGH.iter().any(|word| text.contains(word)) || scale == (1, 7) {
        Direction::HighIsGood
    } else {
        Direction::LowIsGood
    }
}

/// The mean and good-side share of one effort question.
#[derive(Debug, Clone, PartialEq)]
pub struct Ces {
    pub n: u32,
    pub scale: (u8, u8),
    pub direction: Direction,
    /// On the scale, as answered (not flipped).
    pub mean: f64,
    /// Student's t interval of the mean; `None` for a single answer.
    pub mean_ci95: Option<Interval>,
    /// The good-side scores: `agree_scores.0..=agree_scores.1`.
    pub agree_scores: (u8, u8),
    pub agree: u32,
    /// `agree / n`.
    pub agree_share: f64,
    pub agree_share_ci95: Interval,
    /// Answers per scale point, `scale.0` first.
    pub distribution: Vec<u32>,
}

/// The scores strictly on the good side of the midpoint of `scale`.
pub fn agree_scores(scale: (u8, u8), direction: Direction) -> (u8, u8) {
    let (low, high) = scale;
    let twice_mid = u16::from(low) + u16::from(high);
    // Scores s with 2s > low + high (above the midpoint) or 2s < low + high (below it).
    let first_above = u8::try_from(twice_mid / 2 + 1).unwrap_or(high);
    let last_below = u8::try_from(twice_mid.div_ceil(2).saturating_sub(1)).unwrap_or(low);
    match direction {
        Direction::HighIsGood => (first_above, high),
        Direction::LowIsGood => (low, last_below),
    }
}

/// CES of `scores` on `scale` read in `direction`; scores outside the scale are skipped. `None`
/// for no answers.
pub fn ces(
    scores: impl IntoIterator<Item = u8>,
    scale: (u8, u8),
    direction: Direction,
) -> Option<Ces> {
    let (low, high) = scale;
    let distribution = scale_counts(scores, scale);
    let (mean, mean_ci95) = mean_with_interval(counted_values(&distribution, low))?;
    let points = (low..=high).zip(distribution.iter().copied());
    let n: u32 = distribution.iter().sum();
    let good = agree_scores(scale, direction);
    let agree: u32 = points
        .filter(|&(score, _)| (good.0..=good.1).contains(&score))
        .map(|(_, count)| count)
        .sum();
    Some(Ces {
        n,
        scale,
        direction,
        mean,
        mean_ci95,
        agree_scores: good,
        agree,
        agree_share: f64::from(agree) / f64::from(n),
        agree_share_ci95: wilson95(agree, n)?,
        distribution,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn hand_computed_agreement_form() {
        // 1–7, high is good: 7, 6, 5, 4, 2 → mean 24/5 = 4.8; agree (5–7) 3 of 5 = 0.6.
        let result = ces([7, 6, 5, 4, 2], (1, 7), Direction::HighIsGood).unwrap();
        assert!((result.mean - 4.8).abs() < 1e-12);
        assert_eq!((result.agree_scores, result.agree), ((5, 7), 3));
        assert!((result.agree_share - 0.6).abs() < 1e-12);
    }

    #[test]
    fn hand_computed_effort_form() {
        // 1–5, low is good: 1, 2, 2, 3, 5 → mean 13/5 = 2.6; low effort (1–2) 3 of 5 = 0.6.
        let result = ces([1, 2, 2, 3, 5], (1, 5), Direction::LowIsGood).unwrap();
        assert!((result.mean - 2.6).abs() < 1e-12);
        assert_eq!((result.agree_scores, result.agree), ((1, 2), 3));
        assert_eq!(result.distribution, [1, 2, 1, 0, 1]);
    }

    #[test]
    fn good_sides_leave_the_midpoint_out() {
        assert_eq!(agree_scores((1, 7), Direction::HighIsGood), (5, 7));
        assert_eq!(agree_scores((1, 7), Direction::LowIsGood), (1, 3));
        assert_eq!(agree_scores((1, 5), Direction::HighIsGood), (4, 5));
        assert_eq!(agree_scores((1, 5), Direction::LowIsGood), (1, 2));
        // 1–10 has no middle score: 6–10 and 1–5.
        assert_eq!(agree_scores((1, 10), Direction::HighIsGood), (6, 10));
        assert_eq!(agree_scores((1, 10), Direction::LowIsGood), (1, 5));
    }

    #[test]
    fn direction_from_the_question() {
        let low = Direction::LowIsGood;
        let high = Direction::HighIsGood;
        assert_eq!(
            direction_of("How easy was it to place your order?", (1, 7)),
            high
        );
        assert_eq!(
            direction_of(
                "How much effort did you personally have to put forth?",
                (1, 5)
            ),
            low
        );
        assert_eq!(
            direction_of(
                "I agree: the company made handling my issue take little effort",
                (1, 7)
            ),
            high
        );
        assert_eq!(direction_of("Effort", (1, 7)), low);
        assert_eq!(direction_of("CES", (1, 7)), high);
        assert_eq!(direction_of("CES", (1, 5)), low);
        assert_eq!(direction_of("ثبت سفارش چقدر آسان بود؟", (1, 5)), high);
    }

    #[test]
    fn empty_answers_have_no_ces() {
        assert_eq!(ces([], (1, 5), Direction::LowIsGood), None);
    }

    proptest! {
        #[test]
        fn the_two_sides_never_overlap(low in 0..5u8, width in 1..10u8, scores in proptest::collection::vec(0..=15u8, 0..100)) {
            let scale = (low, low + width);
            let high_side = agree_scores(scale, Direction::HighIsGood);
            let low_side = agree_scores(scale, Direction::LowIsGood);
            prop_assert!(low_side.1 < high_side.0);
            prop_assert!(2 * u16::from(low_side.1) < u16::from(scale.0) + u16::from(scale.1));
            prop_assert!(2 * u16::from(high_side.0) > u16::from(scale.0) + u16::from(scale.1));
            let up = ces(scores.iter().copied(), scale, Direction::HighIsGood);
            let down = ces(scores.iter().copied(), scale, Direction::LowIsGood);
            if let (Some(up), Some(down)) = (up, down) {
                prop_assert!(up.agree + down.agree <= up.n);
                prop_assert!((0.0..=1.0).contains(&up.agree_share));
            }
        }
    }
}
