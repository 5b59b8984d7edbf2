//! The satisfaction summary of a set of survey responses — NPS, CSAT and CES of the form's first
//! question of each measure — for all counted responses, per period (the trend) and per segment
//! (touchpoint, city, channel …), each with its sample size and intervals (DESIGN.md
//! § Satisfaction: "every satisfaction metric: trend over time, by segment, with sample size and
//! interval"). Which responses count: completed ones, plus partial ones when
//! `SurveyConfig::include_partial` says so (a partial response is a respondent who left before
//! submitting). A response is dated by `Timestamp::day` of its submission; undated responses count
//! in the totals and segments but in no period. No responses give empty summaries (`None`
//! metrics), never zeros.

use std::collections::HashMap;

use super::ces::{Ces, CesConfig, ces, direction_of};
use super::csat::{Csat, CsatConfig, csat};
use super::nps::{Nps, NpsGroups, nps};
use crate::engine::data::{CalendarPeriod, Measure, Question, Responses};

/// How responses are read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SurveyConfig {
    /// Count partial responses (Typeform `Response Type` = partial) that carry answers too.
    pub include_partial: bool,
    pub csat: CsatConfig,
    pub ces: CesConfig,
}

/// The responses `config` counts, as row indices in file order.
pub fn counted_rows(responses: &Responses, config: &SurveyConfig) -> Vec<usize> {
    (0..responses.len())
        .filter(|&row| {
            config.include_partial || responses.is_complete.get(row).copied().unwrap_or(true)
        })
        .collect()
}

/// The answers of `question` in `rows`, unanswered ones skipped.
pub fn answers_in<'a>(question: &'a Question, rows: &'a [usize]) -> impl Iterator<Item = u8> + 'a {
    rows.iter()
        .filter_map(|&row| question.scores.get(row).copied().flatten())
}

/// NPS of `question` over `rows`.
pub fn question_nps(question: &Question, rows: &[usize]) -> Option<Nps> {
    nps(NpsGroups::of(answers_in(question, rows)))
}

/// CSAT (or any rating's mean and top box) of `question` over `rows`.
pub fn question_csat(question: &Question, rows: &[usize], config: &SurveyConfig) -> Option<Csat> {
    csat(answers_in(question, rows), question.scale, &config.csat)
}

/// CES of `question` over `rows`, in the configured direction or the one its text implies.
pub fn question_ces(question: &Question, rows: &[usize], config: &SurveyConfig) -> Option<Ces> {
    let direction = config
        .ces
        .direction
        .unwrap_or_else(|| direction_of(&question.text, question.scale));
    ces(answers_in(question, rows), question.scale, direction)
}

/// The headline metrics of some responses.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveySummary {
    /// Responses in the set (answered or not).
    pub n: u32,
    /// Of the first NPS question.
    pub nps: Option<Nps>,
    /// Of the first CSAT question.
    pub csat: Option<Csat>,
    /// Of the first CES question.
    pub ces: Option<Ces>,
}

/// The headline metrics of `rows`.
pub fn summary_of(responses: &Responses, rows: &[usize], config: &SurveyConfig) -> SurveySummary {
    SurveySummary {
        n: u32::try_from(rows.len()).unwrap_or(u32::MAX),
        nps: responses
            .question(Measure::Nps)
            .and_then(|q| question_nps(q, rows)),
        csat: responses
            .question(Measure::Csat)
            .and_then(|q| question_csat(q, rows, config)),
        ces: responses
            .question(Measure::Ces)
            .and_then(|q| question_ces(q, rows, config)),
    }
}

/// One period of the trend.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    /// `CalendarPeriod::index`.
    pub period: i32,
    /// The last period, when the last response was submitted before its last day.
    pub is_partial: bool,
    pub summary: SurveySummary,
}

/// The summary per `period` from the first to the last dated response of `rows`, periods without
/// responses included (n = 0, no metrics) so that a chart's axis has no holes.
pub fn trend_of(
    responses: &Responses,
    rows: &[usize],
    period: CalendarPeriod,
    config: &SurveyConfig,
) -> Vec<TrendPoint> {
    let dated: Vec<(i32, usize)> = rows
        .iter()
        .filter_map(|&row| {
            let day = responses.submitted.get(row).copied().flatten()?.day();
            Some((period.index(day), row))
        })
        .collect();
    let last_day = rows
        .iter()
        .filter_map(|&row| responses.submitted.get(row).copied().flatten())
        .map(|at| at.day())
        .max();
    let (Some(first), Some(last), Some(last_day)) = (
        dated.iter().map(|&(idx, _)| idx).min(),
        dated.iter().map(|&(idx, _)| idx).max(),
        last_day,
    ) else {
        return Vec::new();
    };
    let mut by_period: Vec<Vec<usize>> =
        vec![Vec::new(); usize::try_from(last - first + 1).unwrap_or(0)];
    for (idx, row) in dated {
        if let Some(bucket) = usize::try_from(idx - first)
            .ok()
            .and_then(|offset| by_period.get_mut(offset))
        {
            bucket.push(row);
        }
    }
    (first..=last)
        .zip(by_period)
        .map(|(idx, rows)| TrendPoint {
            period: idx,
            is_partial: idx == last && last_day.plus(1) < period.end(idx),
            summary: summary_of(responses, &rows, config),
        })
        .collect()
}

/// One segment's summary.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentSummary {
    /// As written; `None` for responses without a segment.
    pub name: Option<String>,
    pub summary: SurveySummary,
}

/// The summary per segment of `rows`, most responses first (ties in order of first appearance);
/// responses without a segment last. Empty when the form has no segment column.
pub fn segments_of(
    responses: &Responses,
    rows: &[usize],
    config: &SurveyConfig,
) -> Vec<SegmentSummary> {
    let segment = &responses.segment;
    if segment.names.is_empty() {
        return Vec::new();
    }
    let mut groups: HashMap<Option<u32>, Vec<usize>> = HashMap::new();
    for &row in rows {
        groups
            .entry(segment.index.get(row).copied().flatten())
            .or_default()
            .push(row);
    }
    let mut groups: Vec<(Option<u32>, Vec<usize>)> = groups.into_iter().collect();
    groups.sort_by_key(|(idx, rows)| (idx.is_none(), std::cmp::Reverse(rows.len()), *idx));
    groups
        .into_iter()
        .map(|(idx, rows)| SegmentSummary {
            name: idx.and_then(|idx| segment.names.get(idx as usize).cloned()),
            summary: summary_of(responses, &rows, config),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Calendar, Day, Labels, Period, Timestamp};
    use proptest::prelude::*;

    /// A response's NPS answer, day (y, m, d) and segment.
    type Answer = (u8, Option<(i32, u32, u32)>, Option<&'static str>);

    /// A form of one NPS question with one response per answer.
    fn survey(answers: &[Answer]) -> Responses {
        let mut segment = Labels::default();
        let mut responses = Responses::default();
        let mut scores = Vec::new();
        for &(score, date, name) in answers {
            scores.push(Some(score));
            responses.submitted.push(
                date.and_then(|(y, m, d)| Day::from_ymd(y, m, d))
                    .map(|day| Timestamp::at(day, 3600)),
            );
            responses.is_complete.push(true);
            responses.customer.push(None);
            responses.comment.push(None);
            segment.push(name);
        }
        responses.segment = segment;
        responses.questions.push(Question {
            text: "How likely are you to recommend us?".into(),
            measure: Measure::Nps,
            scale: (0, 10),
            scores,
        });
        responses
    }

    #[test]
    fn the_trend_has_every_month_and_marks_the_last_partial() {
        // January: 10, 9, 3 → NPS 100·(2 − 1)/3 = 33.33; February: none; March 15th: 8 → 0.
        let table = survey(&[
            (10, Some((2024, 1, 5)), None),
            (9, Some((2024, 1, 31)), None),
            (3, Some((2024, 1, 20)), None),
            (8, Some((2024, 3, 15)), None),
            (10, None, None),
        ]);
        let config = SurveyConfig::default();
        let rows = counted_rows(&table, &config);
        let trend = trend_of(&table, &rows, Period::Month.into(), &config);
        let labels: Vec<String> = trend
            .iter()
            .map(|p| CalendarPeriod::from(Period::Month).label(p.period))
            .collect();
        assert_eq!(labels, ["2024-01", "2024-02", "2024-03"]);
        let scores: Vec<Option<f64>> = trend
            .iter()
            .map(|p| p.summary.nps.map(|n| (n.score * 100.0).round() / 100.0))
            .collect();
        assert_eq!(scores, [Some(33.33), None, Some(0.0)]);
        assert_eq!(
            trend.iter().map(|p| p.summary.n).collect::<Vec<_>>(),
            [3, 0, 1]
        );
        assert_eq!(
            trend.iter().map(|p| p.is_partial).collect::<Vec<_>>(),
            [false, false, true]
        );
        // The undated answer counts in the total.
        assert_eq!(summary_of(&table, &rows, &config).n, 5);
    }

    #[test]
    fn partial_responses_count_only_when_asked() {
        // A completed 10 and a partial 3: NPS 100 of the completed one; with the partial, one
        // promoter and one detractor of 2 → 0.
        let mut table = survey(&[(10, None, None), (3, None, None)]);
        table.is_complete[1] = false;
        let nps_of = |include_partial| {
            let config = SurveyConfig {
                include_partial,
                ..SurveyConfig::default()
            };
            summary_of(&table, &counted_rows(&table, &config), &config)
                .nps
                .map(|n| n.score)
        };
        assert_eq!((nps_of(false), nps_of(true)), (Some(100.0), Some(0.0)));
    }

    #[test]
    fn segments_largest_first_and_unlabelled_last() {
        let table = survey(&[
            (10, None, Some("Riyadh")),
            (2, None, Some("Dubai")),
            (9, None, None),
            (7, None, Some("Dubai")),
        ]);
        let config = SurveyConfig::default();
        let segments = segments_of(&table, &counted_rows(&table, &config), &config);
        let names: Vec<(Option<&str>, u32)> = segments
            .iter()
            .map(|s| (s.name.as_deref(), s.summary.n))
            .collect();
        assert_eq!(names, [(Some("Dubai"), 2), (Some("Riyadh"), 1), (None, 1)]);
        assert_eq!(segments_of(&survey(&[(1, None, None)]), &[0], &config), []);
    }

    proptest! {
        #[test]
        fn periods_and_segments_partition_the_responses(
            answers in proptest::collection::vec((0..=10u8, proptest::option::of(0..800i32), proptest::option::of(0..3usize)), 0..120),
            period_idx in 0..4usize,
            calendar in prop_oneof![Just(Calendar::Gregorian), Just(Calendar::Jalali)],
        ) {
            let mut table = survey(&[]);
            let names = ["a", "b", "c"];
            let start = Day::from_ymd(2023, 12, 25).unwrap();
            for &(score, offset, segment) in &answers {
                table.questions[0].scores.push(Some(score));
                table.submitted.push(offset.map(|n| Timestamp::at(start.plus(n), 0)));
                table.is_complete.push(true);
                table.customer.push(None);
                table.comment.push(None);
                table.segment.push(segment.map(|i| names[i]));
            }
            let config = SurveyConfig::default();
            let rows = counted_rows(&table, &config);
            let dated = answers.iter().filter(|a| a.1.is_some()).count() as u32;
            let trend = trend_of(&table, &rows, Period::ALL[period_idx].in_calendar(calendar), &config);
            prop_assert_eq!(trend.iter().map(|p| p.summary.n).sum::<u32>(), dated);
            prop_assert!(trend.iter().filter(|p| p.is_partial).count() <= 1);
            let segments = segments_of(&table, &rows, &config);
            if !segments.is_empty() {
                prop_assert_eq!(segments.iter().map(|s| s.summary.n).sum::<u32>() as usize, answers.len());
            }
            let promoters: u32 = trend.iter().filter_map(|p| p.summary.nps).map(|n| n.groups.promoters).sum();
            let all = summary_of(&table, &rows, &config).nps.map_or(0, |n| n.groups.promoters);
            prop_assert!(promoters <= all);
        }
    }

    #[test]
    fn no_responses_no_metrics() {
        let table = Responses::default();
        let config = SurveyConfig::default();
        assert_eq!(
            summary_of(&table, &[], &config),
            SurveySummary {
                n: 0,
                nps: None,
                csat: None,
                ces: None
            }
        );
        assert!(trend_of(&table, &[], Period::Week.into(), &config).is_empty());
    }
}
