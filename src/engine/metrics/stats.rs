//! The few statistical tools the satisfaction metrics share: the standard normal distribution
//! (for z-tests and their p-values), Student's t quantile (for the interval of a mean) and the
//! Wilson score interval of a share. Every level here is 95% (two-sided), the level DESIGN.md
//! § Satisfaction asks for.
//!
//! - `erfc`: the complementary error function by the Chebyshev fit of Press et al., *Numerical
//!   Recipes in C*, 2nd ed. (1992), § 6.2 (`erfcc`), fractional error below 1.2·10⁻⁷ everywhere —
//!   better than Abramowitz & Stegun 7.1.26 (absolute error 1.5·10⁻⁷), which loses all relative
//!   precision in the tail where small p-values live.
//! - `t975`: t quantiles for 1–30 degrees of freedom from the standard table (Abramowitz & Stegun,
//!   Table 26.10); beyond, the Cornish–Fisher expansion of A&S 26.7.5 (error below 10⁻⁴ there).
//! - `wilson95`: E. B. Wilson, "Probable inference, the law of succession, and statistical
//!   inference", JASA 22 (1927); recommended over the normal (Wald) interval by Newcombe, Stat.
//!   Med. 17 (1998), because it stays inside [0, 1] and keeps its coverage for small n and shares
//!   near 0 or 1.

/// The 97.5th percentile of the standard normal distribution: a 95% two-sided interval is ±Z95.
pub const Z95: f64 = 1.959_963_984_540_054;

/// A 95% interval `[low, high]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub low: f64,
    pub high: f64,
}

/// The complementary error function erfc(x) = 1 − erf(x) (Numerical Recipes § 6.2).
pub fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let poly = -z * z - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    let tail = t * poly.exp();
    if x >= 0.0 { tail } else { 2.0 - tail }
}

/// Φ(x), the standard normal cumulative distribution: Φ(x) = erfc(−x/√2)/2.
pub fn normal_cdf(x: f64) -> f64 {
    0.5 * erfc(-x / std::f64::consts::SQRT_2)
}

/// The two-sided p-value of a z statistic: P(|Z| ≥ |z|) = erfc(|z|/√2).
pub fn two_sided_p(z: f64) -> f64 {
    erfc(z.abs() / std::f64::consts::SQRT_2).clamp(0.0, 1.0)
}

/// t quantile t(0.975, df): the half-width multiplier of a 95% interval of a mean from `df + 1`
/// values. `None` for 0 degrees of freedom (one value has no spread).
pub fn t975(df: u32) -> Option<f64> {
    // Abramowitz & Stegun Table 26.10, P = 0.975, ν = 1..30.
    const TABLE: [f64; 30] = [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
        2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
        2.052, 2.048, 2.045, 2.042,
    ];
    match df {
        0 => None,
        1..=30 => TABLE.get(df as usize - 1).copied(),
        _ => {
            // A&S 26.7.5: t ≈ z + g1/ν + g2/ν² + g3/ν³ with g1 = (z³ + z)/4,
            // g2 = (5z⁵ + 16z³ + 3z)/96, g3 = (3z⁷ + 19z⁵ + 17z³ − 15z)/384.
            let z = Z95;
            let nu = f64::from(df);
            let g1 = (z.powi(3) + z) / 4.0;
            let g2 = (5.0 * z.powi(5) + 16.0 * z.powi(3) + 3.0 * z) / 96.0;
            let g3 = (3.0 * z.powi(7) + 19.0 * z.powi(5) + 17.0 * z.powi(3) - 15.0 * z) / 384.0;
            Some(z + g1 / nu + g2 / (nu * nu) + g3 / (nu * nu * nu))
        }
    }
}

/// The Wilson score 95% interval of the share `hits / n`: centre (p + z²/2n)/(1 + z²/n),
/// half-width z·√(p(1 − p)/n + z²/4n²)/(1 + z²/n). `None` when `n` is 0.
pub fn wilson95(hits: u32, n: u32) -> Option<Interval> {
    if n == 0 {
        return None;
    }
    let p = f64::from(hits.min(n)) / f64::from(n);
    let n = f64::from(n);
    let z2 = Z95 * Z95;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = Z95 * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt() / denominator;
    Some(Interval {
        low: (centre - half).max(0.0),
        high: (centre + half).min(1.0),
    })
}

/// Answers per point of `scale`, `scale.0` first; scores outside the scale are skipped.
pub fn scale_counts(scores: impl IntoIterator<Item = u8>, scale: (u8, u8)) -> Vec<u32> {
    let (low, high) = scale;
    let mut counts = vec![0u32; usize::from(high.saturating_sub(low)) + 1];
    for score in scores {
        if let Some(count) = score
            .checked_sub(low)
            .and_then(|offset| counts.get_mut(usize::from(offset)))
        {
            *count += 1;
        }
    }
    counts
}

/// The answers of `scale_counts` again, as numbers: each scale point repeated by its count.
pub fn counted_values(counts: &[u32], low: u8) -> impl Iterator<Item = f64> + '_ {
    (low..=u8::MAX)
        .zip(counts)
        .flat_map(|(score, &count)| std::iter::repeat_n(f64::from(score), count as usize))
}

/// Mean, sample standard deviation (n − 1 in the denominator) and the t-based 95% interval of the
/// mean (mean ± t(0.975, n − 1)·s/√n) of `values`. The interval is `None` for fewer than two
/// values; everything is `None` for none.
pub fn mean_with_interval(
    values: impl IntoIterator<Item = f64>,
) -> Option<(f64, Option<Interval>)> {
    let (mut n, mut sum, mut sum_sq) = (0u32, 0.0, 0.0);
    for value in values {
        n += 1;
        sum += value;
        sum_sq += value * value;
    }
    if n == 0 {
        return None;
    }
    let count = f64::from(n);
    let mean = sum / count;
    let interval = t975(n - 1).map(|t| {
        let variance = ((sum_sq - count * mean * mean) / (count - 1.0)).max(0.0);
        let half = t * (variance / count).sqrt();
        Interval {
            low: mean - half,
            high: mean + half,
        }
    });
    Some((mean, interval))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn close(actual: f64, expected: f64, tolerance: f64) {
        assert!(
            (actual - expected).abs() < tolerance,
            "{actual} ≠ {expected}"
        );
    }

    #[test]
    fn normal_tail_matches_the_table() {
        // Φ(1.96) = 0.9750021, Φ(0) = 0.5, Φ(−2.5758) = 0.005; two-sided p of 1.96 is 0.0499958.
        close(normal_cdf(1.96), 0.975_002_1, 2e-7);
        close(normal_cdf(0.0), 0.5, 2e-7);
        close(normal_cdf(-2.575_829), 0.005, 2e-8);
        close(two_sided_p(1.96), 0.049_995_8, 2e-7);
        close(two_sided_p(-1.96), 0.049_995_8, 2e-7);
        // erfc(3) = 2.209050e-5: relative precision holds in the tail.
        close(erfc(3.0) / 2.209_049_7e-5, 1.0, 1e-6);
    }

    #[test]
    fn t_quantiles_join_the_normal() {
        assert_eq!(t975(0), None);
        assert_eq!(t975(1), Some(12.706));
        assert_eq!(t975(30), Some(2.042));
        // Table values: t(0.975, 40) = 2.021, 60 → 2.000, 120 → 1.980.
        close(t975(40).unwrap(), 2.021, 1e-3);
        close(t975(60).unwrap(), 2.000, 1e-3);
        close(t975(120).unwrap(), 1.980, 1e-3);
    }

    #[test]
    fn wilson_interval_of_a_hand_computed_share() {
        // 8 of 10: p = 0.8, z² = 3.8415, 1 + z²/n = 1.38415; centre (0.8 + 0.19207)/1.38415 =
        // 0.71674; half 1.96·√(0.016 + 0.0096037)/1.38415 = 0.22658 → [0.4902, 0.9433].
        let interval = wilson95(8, 10).unwrap();
        close(interval.low, 0.4902, 1e-4);
        close(interval.high, 0.9433, 1e-4);
        assert_eq!(wilson95(0, 0), None);
        assert_eq!(wilson95(3, 3).map(|i| i.high), Some(1.0));
    }

    #[test]
    fn mean_interval_of_a_hand_computed_sample() {
        // 1, 2, 3, 4, 5: mean 3, s² = 10/4 = 2.5, s/√5 = 0.70711, t(0.975, 4) = 2.776 → ±1.96293.
        let (mean, interval) = mean_with_interval([1.0, 2.0, 3.0, 4.0, 5.0]).unwrap();
        assert_eq!(mean, 3.0);
        let interval = interval.unwrap();
        close(interval.low, 3.0 - 1.962_93, 1e-4);
        close(interval.high, 3.0 + 1.962_93, 1e-4);
        assert_eq!(mean_with_interval([4.0]), Some((4.0, None)));
        assert_eq!(mean_with_interval([]), None);
    }

    proptest! {
        #[test]
        fn wilson_stays_in_zero_one_around_the_share(hits in 0..1000u32, extra in 0..1000u32) {
            let n = hits + extra;
            if let Some(interval) = wilson95(hits, n) {
                let p = f64::from(hits) / f64::from(n);
                prop_assert!(0.0 <= interval.low && interval.low <= p + 1e-12);
                prop_assert!(p - 1e-12 <= interval.high && interval.high <= 1.0);
            }
        }

        #[test]
        fn p_values_are_probabilities(z in -40.0..40.0f64) {
            let p = two_sided_p(z);
            prop_assert!((0.0..=1.0).contains(&p));
            prop_assert!((normal_cdf(z) + normal_cdf(-z) - 1.0).abs() < 1e-9);
        }
    }
}
