//! The rows of the survey trend and segments (`PointMetrics`: n, NPS with margin and groups, CSAT
//! and CES means with intervals and shares) and the tested comparisons of the report: the last
//! two full periods, and each segment against the rest of the responses (`metrics::compare`: NPS
//! difference over its standard error, pooled two-proportion z-test; significant at p < 0.05).

use serde::{Deserialize, Serialize};

use super::pair;
use crate::engine::data::CalendarPeriod;
use crate::engine::metrics::compare::{Comparison, SMALL_SAMPLE, compare_nps, compare_shares};
use crate::engine::metrics::nps::NpsGroups;
use crate::engine::metrics::satisfaction::{SegmentSummary, SurveySummary, TrendPoint};

/// The headline numbers of a set of responses (a period or a segment).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PointMetrics {
    /// Responses in the set.
    pub n: u32,
    /// NPS score.
    pub nps: Option<f64>,
    pub nps_moe95: Option<f64>,
    pub nps_n: Option<u32>,
    pub promoters: Option<u32>,
    pub passives: Option<u32>,
    pub detractors: Option<u32>,
    /// CSAT mean.
    pub csat: Option<f64>,
    pub csat_mean_ci95: Option<[f64; 2]>,
    pub csat_satisfied_share: Option<f64>,
    pub csat_n: Option<u32>,
    /// CES mean.
    pub ces: Option<f64>,
    pub ces_mean_ci95: Option<[f64; 2]>,
    pub ces_agree_share: Option<f64>,
    pub ces_n: Option<u32>,
    /// Fewer than 30 responses: read with care.
    pub small_sample: bool,
}

/// One period of the trend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendRow {
    /// `YYYY-MM`, `YYYY-Www`, `YYYY-Qn` or `YYYY`.
    pub period: String,
    /// The last period, when the data end before its last day.
    pub is_partial: bool,
    #[serde(flatten)]
    pub metrics: PointMetrics,
}

/// One segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentRow {
    /// As written; `None` for responses without a segment.
    pub name: Option<String>,
    #[serde(flatten)]
    pub metrics: PointMetrics,
    /// The segment's NPS against all other counted responses (`from` = the rest).
    pub nps_vs_rest: Option<ComparisonRow>,
    /// Its CSAT satisfied share against the rest's.
    pub csat_satisfied_share_vs_rest: Option<ComparisonRow>,
    /// Its CES agree share against the rest's.
    pub ces_agree_share_vs_rest: Option<ComparisonRow>,
}

/// A tested difference (`to − from`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparisonRow {
    /// `nps_difference_z` or `two_proportion_z`.
    pub test: String,
    /// NPS points, or a fraction for shares.
    pub difference: f64,
    pub standard_error: f64,
    pub z: Option<f64>,
    /// Two-sided, normal.
    pub p_value: Option<f64>,
    /// `p_value < 0.05`.
    pub is_significant: bool,
    /// Either side has fewer than 30 answers.
    pub small_sample: bool,
    pub n_from: u32,
    pub n_to: u32,
}

/// The last full period against the one before it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodComparison {
    pub from: String,
    pub to: String,
    pub nps: Option<ComparisonRow>,
    pub csat_satisfied_share: Option<ComparisonRow>,
    pub ces_agree_share: Option<ComparisonRow>,
}

/// The row of a period or segment.
pub(super) fn point_metrics(summary: &SurveySummary) -> PointMetrics {
    let nps = summary.nps.as_ref();
    let csat = summary.csat.as_ref();
    let ces = summary.ces.as_ref();
    PointMetrics {
        n: summary.n,
        nps: nps.map(|nps| nps.score),
        nps_moe95: nps.map(|nps| nps.moe95),
        nps_n: nps.map(|nps| nps.n),
        promoters: nps.map(|nps| nps.groups.promoters),
        passives: nps.map(|nps| nps.groups.passives),
        detractors: nps.map(|nps| nps.groups.detractors),
        csat: csat.map(|csat| csat.mean),
        csat_mean_ci95: csat.and_then(|csat| csat.mean_ci95).map(pair),
        csat_satisfied_share: csat.map(|csat| csat.satisfied_share),
        csat_n: csat.map(|csat| csat.n),
        ces: ces.map(|ces| ces.mean),
        ces_mean_ci95: ces.and_then(|ces| ces.mean_ci95).map(pair),
        ces_agree_share: ces.map(|ces| ces.agree_share),
        ces_n: ces.map(|ces| ces.n),
        small_sample: summary.n < SMALL_SAMPLE,
    }
}

fn comparison_row(comparison: Comparison) -> ComparisonRow {
    ComparisonRow {
        test: comparison.test.name().to_owned(),
        difference: comparison.difference,
        standard_error: comparison.standard_error,
        z: comparison.z,
        p_value: comparison.p_value,
        is_significant: comparison.is_significant,
        small_sample: comparison.small_sample,
        n_from: comparison.n_a,
        n_to: comparison.n_b,
    }
}

/// One segment's row, each metric tested against the other counted responses (`all` minus the
/// segment).
pub(super) fn segment_row(segment: SegmentSummary, all: &SurveySummary) -> SegmentRow {
    let part = &segment.summary;
    let nps_vs_rest = part.nps.zip(all.nps).and_then(|(part, all)| {
        let (part, all) = (part.groups, all.groups);
        let rest = NpsGroups {
            promoters: all.promoters.saturating_sub(part.promoters),
            passives: all.passives.saturating_sub(part.passives),
            detractors: all.detractors.saturating_sub(part.detractors),
        };
        compare_nps(rest, part)
    });
    let csat = part
        .csat
        .as_ref()
        .zip(all.csat.as_ref())
        .and_then(|(part, all)| share_vs_rest((part.satisfied, part.n), (all.satisfied, all.n)));
    let ces = part
        .ces
        .as_ref()
        .zip(all.ces.as_ref())
        .and_then(|(part, all)| share_vs_rest((part.agree, part.n), (all.agree, all.n)));
    SegmentRow {
        metrics: point_metrics(part),
        name: segment.name,
        nps_vs_rest: nps_vs_rest.map(comparison_row),
        csat_satisfied_share_vs_rest: csat.map(comparison_row),
        ces_agree_share_vs_rest: ces.map(comparison_row),
    }
}

/// A part's share `(hits, n)` against the rest of `all`'s; `None` when the part is everything.
fn share_vs_rest(part: (u32, u32), all: (u32, u32)) -> Option<Comparison> {
    let rest_hits = all.0.checked_sub(part.0)?;
    let rest_n = all.1.checked_sub(part.1)?;
    compare_shares(rest_hits, rest_n, part.0, part.1)
}

/// The last two full periods with responses (the last period counts unless partial), the later
/// against the earlier: a survey sent quarterly leaves empty months between them.
pub(super) fn last_full_periods(
    trend: &[TrendPoint],
    period: CalendarPeriod,
) -> Option<PeriodComparison> {
    let full: Vec<&TrendPoint> = trend
        .iter()
        .filter(|point| !point.is_partial && point.summary.n > 0)
        .collect();
    let [.., from, to] = full.as_slice() else {
        return None;
    };
    let (a, b) = (&from.summary, &to.summary);
    let nps = a
        .nps
        .zip(b.nps)
        .and_then(|(a, b)| compare_nps(a.groups, b.groups));
    let csat = a
        .csat
        .as_ref()
        .zip(b.csat.as_ref())
        .and_then(|(a, b)| compare_shares(a.satisfied, a.n, b.satisfied, b.n));
    let ces = a
        .ces
        .as_ref()
        .zip(b.ces.as_ref())
        .and_then(|(a, b)| compare_shares(a.agree, a.n, b.agree, b.n));
    Some(PeriodComparison {
        from: period.label(from.period),
        to: period.label(to.period),
        nps: nps.map(comparison_row),
        csat_satisfied_share: csat.map(comparison_row),
        ces_agree_share: ces.map(comparison_row),
    })
}
