//! Honest comparisons of two periods or two segments: a change is called significant only by a
//! stated test at the 5% level (DESIGN.md § Satisfaction), and a sample under 30 answers on either
//! side is flagged, since the normal approximation behind both tests is then rough.
//!
//! - NPS: difference d = NPS_b − NPS_a; each NPS is 100 × the mean of answers scored +1/0/−1, whose
//!   variance is v = p_P + p_D − (p_P − p_D)², so SE(d) = √(v_a/n_a + v_b/n_b)·100 and z = d/SE.
//!   Source: the variance as in DESIGN.md's margin of error; the test is the Wald test of a
//!   difference of two independent means (the same variance as B. Rocks, "Interval estimation
//!   for the 'Net Promoter Score'", The American Statistician 70(4), 2016).
//! - Shares (satisfied, agree): the pooled two-proportion z-test, p̂ = (x_a + x_b)/(n_a + n_b),
//!   SE = √(p̂(1 − p̂)(1/n_a + 1/n_b)), z = (p_b − p_a)/SE (Agresti, *Categorical Data Analysis*,
//!   3rd ed., § 3.1.4 / Fleiss et al. ch. 2).
//!
//! Both give a two-sided normal p-value (`stats::two_sided_p`). A side without answers gives
//! `None`; a zero standard error (both sides unanimous) gives `z` and `p_value` `None` and is not
//! significant.

use super::nps::{NpsGroups, nps};
use super::stats::two_sided_p;

/// Significance level of every comparison.
pub const ALPHA: f64 = 0.05;

/// Samples smaller than this are flagged as small.
pub const SMALL_SAMPLE: u32 = 30;

/// Which test a comparison used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Test {
    /// Difference of two NPS values over its standard error.
    NpsDifference,
    /// Pooled two-proportion z-test.
    TwoProportion,
}

impl Test {
    /// `nps_difference_z` or `two_proportion_z`, as the Report writes it.
    pub fn name(self) -> &'static str {
        match self {
            Test::NpsDifference => "nps_difference_z",
            Test::TwoProportion => "two_proportion_z",
        }
    }
}

/// The outcome of comparing side `a` (earlier period, or the reference) with side `b`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    pub test: Test,
    /// `b − a`, in the metric's unit (NPS points, or a fraction for shares).
    pub difference: f64,
    pub standard_error: f64,
    /// `difference / standard_error`; `None` when the standard error is 0.
    pub z: Option<f64>,
    /// Two-sided, normal; `None` when `z` is.
    pub p_value: Option<f64>,
    /// `p_value < ALPHA`.
    pub is_significant: bool,
    /// Either side has fewer than `SMALL_SAMPLE` answers.
    pub small_sample: bool,
    pub n_a: u32,
    pub n_b: u32,
}

fn comparison(test: Test, difference: f64, standard_error: f64, n_a: u32, n_b: u32) -> Comparison {
    let z = (standard_error > 0.0).then(|| difference / standard_error);
    let p_value = z.map(two_sided_p);
    Comparison {
        test,
        difference,
        standard_error,
        z,
        p_value,
        is_significant: p_value.is_some_and(|p| p < ALPHA),
        small_sample: n_a < SMALL_SAMPLE || n_b < SMALL_SAMPLE,
        n_a,
        n_b,
    }
}

/// NPS of `b` minus NPS of `a`, tested by its standard error. `None` when a side has no answers.
pub fn compare_nps(a: NpsGroups, b: NpsGroups) -> Option<Comparison> {
    let (nps_a, nps_b) = (nps(a)?, nps(b)?);
    let (var_a, var_b) = (a.variance()?, b.variance()?);
    let (n_a, n_b) = (f64::from(a.n()), f64::from(b.n()));
    let standard_error = (var_a / n_a + var_b / n_b).sqrt() * 100.0;
    Some(comparison(
        Test::NpsDifference,
        nps_b.score - nps_a.score,
        standard_error,
        a.n(),
        b.n(),
    ))
}

/// Share `hits_b / n_b` minus share `hits_a / n_a`, by the pooled two-proportion z-test. `None`
/// when a side has no answers (or more hits than answers).
pub fn compare_shares(hits_a: u32, n_a: u32, hits_b: u32, n_b: u32) -> Option<Comparison> {
    if n_a == 0 || n_b == 0 || hits_a > n_a || hits_b > n_b {
        return None;
    }
    let (na, nb) = (f64::from(n_a), f64::from(n_b));
    let pooled = (f64::from(hits_a) + f64::from(hits_b)) / (na + nb);
    let standard_error = (pooled * (1.0 - pooled) * (1.0 / na + 1.0 / nb)).sqrt();
    let difference = f64::from(hits_b) / nb - f64::from(hits_a) / na;
    Some(comparison(
        Test::TwoProportion,
        difference,
        standard_error,
        n_a,
        n_b,
    ))
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

    fn close(actual: f64, expected: f64, tolerance: f64) {
        assert!(
            (actual - expected).abs() < tolerance,
            "{actual} ≠ {expected}"
        );
    }

    #[test]
    fn hand_computed_nps_difference() {
        // a: 50/30/20 of 100 → NPS 30, v = 0.5 + 0.2 − 0.09 = 0.61;
        // b: 60/25/15 of 100 → NPS 45, v = 0.6 + 0.15 − 0.2025 = 0.5475.
        // SE = √(0.0061 + 0.005475)·100 = √0.011575·100 = 10.7587; z = 15/10.7587 = 1.39422;
        // p = 2(1 − Φ(1.39422)) = 0.16325: not significant.
        let result = compare_nps(groups(50, 30, 20), groups(60, 25, 15)).unwrap();
        close(result.difference, 15.0, 1e-9);
        close(result.standard_error, 10.7587, 1e-4);
        close(result.z.unwrap(), 1.39422, 1e-5);
        close(result.p_value.unwrap(), 0.16325, 1e-5);
        assert!(!result.is_significant && !result.small_sample);
        assert_eq!(result.test, Test::NpsDifference);
    }

    #[test]
    fn hand_computed_two_proportions() {
        // 40 of 100 vs 60 of 100: pooled 0.5, SE = √(0.25·0.02) = 0.070711; z = 0.2/0.070711 =
        // 2.82843; p = 0.004678: significant.
        let result = compare_shares(40, 100, 60, 100).unwrap();
        close(result.difference, 0.2, 1e-12);
        close(result.z.unwrap(), 2.82843, 1e-5);
        close(result.p_value.unwrap(), 0.004_678, 1e-5);
        assert!(result.is_significant);
    }

    #[test]
    fn small_and_empty_samples() {
        let result = compare_shares(5, 10, 9, 10).unwrap();
        assert!(result.small_sample);
        assert_eq!(compare_shares(0, 0, 1, 2), None);
        assert_eq!(compare_nps(NpsGroups::default(), groups(1, 0, 0)), None);
        // Unanimous on both sides: no spread, no test.
        let unanimous = compare_shares(10, 10, 40, 40).unwrap();
        assert_eq!((unanimous.z, unanimous.p_value), (None, None));
        assert!(!unanimous.is_significant);
    }

    proptest! {
        #[test]
        fn swapping_sides_flips_the_sign_only(a in 0..200u32, b in 0..200u32, c in 1..200u32, d in 0..200u32, e in 0..200u32, f in 1..200u32) {
            let one = groups(a, b, c);
            let two = groups(d, e, f);
            let forth = compare_nps(one, two).unwrap();
            let back = compare_nps(two, one).unwrap();
            prop_assert!((forth.difference + back.difference).abs() < 1e-9);
            prop_assert_eq!(forth.is_significant, back.is_significant);
            if let Some(p) = forth.p_value {
                prop_assert!((0.0..=1.0).contains(&p));
            }
        }
    }
}
