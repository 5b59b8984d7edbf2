//! The `responses` part of `Report`: NPS, CSAT and CES of a survey export (DESIGN.md § Report
//! JSON: `responses.nps`, `.csat`, `.ces`, `.trend[]`), with what the page shows beside them —
//! sample sizes, 95% intervals, score distributions, every question of the form, the trend per
//! period, the breakdown per segment, a tested comparison of the last two full periods and the
//! detractors' comments. Shares are fractions (`*_share`), intervals `[low, high]`, and anything
//! that cannot be computed is `null`, never 0. The metrics are `engine::metrics::{nps, csat, ces,
//! compare, satisfaction}`; this file only selects and names them.

mod points;
pub use points::*;

use serde::{Deserialize, Serialize};

use crate::engine::data::{Calendar, CalendarPeriod, Measure, Period, Responses};
use crate::engine::metrics::ces::Ces;
use crate::engine::metrics::csat::Csat;
use crate::engine::metrics::nps::{Nps, distribution};
use crate::engine::metrics::satisfaction::{
    SurveyConfig, answers_in, counted_rows, question_ces, question_csat, question_nps, segments_of,
    summary_of, trend_of,
};
use crate::engine::metrics::sentiment::sentiment;
use crate::engine::metrics::stats::Interval;

/// How the responses part of the report is computed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResponsesConfig {
    /// Bucket of the trend and of the comparison.
    pub period: Period,
    /// The calendar `period` is counted and labelled in.
    pub calendar: Calendar,
    /// Which responses count, the CSAT threshold and the CES direction.
    pub survey: SurveyConfig,
}

impl ResponsesConfig {
    /// `period` counted in `calendar`: what the trend buckets days by.
    pub fn calendar_period(&self) -> CalendarPeriod {
        self.period.in_calendar(self.calendar)
    }
}

/// Satisfaction from one survey export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponsesReport {
    /// Responses in the table.
    pub responses: u32,
    /// Responses counted in every number below.
    pub counted: u32,
    /// Responses the tool marks partial (left before submitting).
    pub partial: u32,
    /// Whether partial responses are counted.
    pub include_partial: bool,
    /// Counted responses without a submission date: in the totals, in no period.
    pub undated: u32,
    /// `week`, `month`, `quarter` or `year`: the trend's bucket.
    pub period: String,
    /// The calendar of the period labels: `jalali`; left out for `gregorian`, as in
    /// `OrdersReport::calendar`.
    #[serde(
        default = "super::gregorian",
        skip_serializing_if = "super::is_gregorian"
    )]
    pub calendar: String,
    /// First and last submission day of the counted responses, `YYYY-MM-DD`.
    pub first_day: Option<String>,
    pub last_day: Option<String>,
    /// The form's first NPS question.
    pub nps: Option<NpsReport>,
    /// The form's first CSAT question.
    pub csat: Option<CsatReport>,
    /// The form's first CES question.
    pub ces: Option<CesReport>,
    /// Every score question of the form, in column order (other ratings as `csat`).
    pub questions: Vec<QuestionReport>,
    /// One row per period from the first to the last dated response, oldest first.
    pub trend: Vec<TrendRow>,
    /// One row per segment, most responses first; responses without a segment last.
    pub segments: Vec<SegmentRow>,
    /// The last two full periods with responses compared; `None` with fewer than two.
    pub comparison: Option<PeriodComparison>,
    /// Comments of NPS detractors (text as written, to show as text), newest first.
    pub detractor_comments: Vec<CommentRow>,
    /// Shares of the sentiment labels of the counted responses; `None` without a sentiment
    /// column or without any recognised label.
    #[serde(default)]
    pub sentiment: Option<SentimentReport>,
}

/// Sentiment of a label column (`engine::metrics::sentiment`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentimentReport {
    pub positive: u32,
    pub negative: u32,
    pub neutral: u32,
    /// Labels that name no class, left out of the shares.
    pub unrecognised: u32,
    /// Responses with a recognised label: `positive + negative + neutral`.
    pub n: u32,
    pub positive_share: f64,
    pub negative_share: f64,
    pub neutral_share: f64,
    /// `positive / negative`; `null` without negatives.
    pub positive_to_negative: Option<f64>,
}

/// NPS of one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NpsReport {
    /// The question as written.
    pub question: String,
    /// −100 … 100.
    pub score: f64,
    pub n: u32,
    pub promoters: u32,
    pub passives: u32,
    pub detractors: u32,
    pub promoters_share: f64,
    pub passives_share: f64,
    pub detractors_share: f64,
    /// Half-width of the 95% interval, NPS points.
    pub moe95: f64,
    /// `[score − moe95, score + moe95]`, clipped to −100 … 100.
    pub score_ci95: [f64; 2],
    /// Answers per score 0 … 10.
    pub distribution: Vec<u32>,
}

/// CSAT (or another rating) of one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CsatReport {
    pub question: String,
    pub mean: f64,
    /// Student's t interval; `None` for one answer.
    pub mean_ci95: Option<[f64; 2]>,
    /// Answers ≥ `satisfied_from` / n.
    pub satisfied_share: f64,
    /// Wilson score interval.
    pub satisfied_share_ci95: [f64; 2],
    pub satisfied: u32,
    /// Lowest satisfied score (top-two box by default).
    pub satisfied_from: u8,
    pub scale_min: u8,
    pub scale_max: u8,
    pub n: u32,
    /// Answers per scale point, `scale_min` first.
    pub distribution: Vec<u32>,
}

/// CES of one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CesReport {
    pub question: String,
    /// On the scale as answered.
    pub mean: f64,
    pub mean_ci95: Option<[f64; 2]>,
    /// Answers on the good side of the midpoint (`agree_min`…`agree_max`) / n.
    pub agree_share: f64,
    pub agree_share_ci95: [f64; 2],
    pub agree: u32,
    pub agree_min: u8,
    pub agree_max: u8,
    pub scale_min: u8,
    pub scale_max: u8,
    /// `high_is_good` or `low_is_good`.
    pub direction: String,
    pub n: u32,
    pub distribution: Vec<u32>,
}

/// One score question of the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionReport {
    pub text: String,
    /// `nps`, `csat`, `ces` or `rating`.
    pub measure: String,
    pub scale_min: u8,
    pub scale_max: u8,
    /// Set for an NPS question.
    pub nps: Option<NpsReport>,
    /// Set for a CSAT question or another rating.
    pub csat: Option<CsatReport>,
    /// Set for a CES question.
    pub ces: Option<CesReport>,
}

/// A detractor's comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommentRow {
    /// As written; render as text, never as HTML.
    pub text: String,
    /// Submission day, `YYYY-MM-DD`.
    pub date: Option<String>,
    pub score: u8,
}

/// The responses part of the report.
pub fn responses_report(responses: &Responses, config: &ResponsesConfig) -> ResponsesReport {
    let survey = &config.survey;
    let rows = counted_rows(responses, survey);
    let days = || {
        rows.iter()
            .filter_map(|&row| responses.submitted.get(row).copied().flatten())
            .map(|at| at.day())
    };
    let period = config.calendar_period();
    let trend = trend_of(responses, &rows, period, survey);
    let summary = summary_of(responses, &rows, survey);
    let question_text = |measure| {
        responses
            .question(measure)
            .map(|q| q.text.clone())
            .unwrap_or_default()
    };
    let nps_answers = responses
        .question(Measure::Nps)
        .map(|q| distribution(answers_in(q, &rows)));
    ResponsesReport {
        responses: count(responses.len()),
        counted: count(rows.len()),
        partial: count(responses.is_complete.iter().filter(|&&c| !c).count()),
        include_partial: survey.include_partial,
        undated: count(rows.len()) - count(days().count()),
        period: config.period.name().to_owned(),
        calendar: config.calendar.name().to_owned(),
        first_day: days().min().map(|day| day.to_string()),
        last_day: days().max().map(|day| day.to_string()),
        nps: summary
            .nps
            .zip(nps_answers)
            .map(|(nps, answers)| nps_report(&question_text(Measure::Nps), &nps, &answers)),
        csat: summary
            .csat
            .as_ref()
            .map(|csat| csat_report(&question_text(Measure::Csat), csat)),
        ces: summary
            .ces
            .as_ref()
            .map(|ces| ces_report(&question_text(Measure::Ces), ces)),
        questions: questions_report(responses, &rows, survey),
        trend: trend
            .iter()
            .map(|point| TrendRow {
                period: period.label(point.period),
                is_partial: point.is_partial,
                metrics: point_metrics(&point.summary),
            })
            .collect(),
        segments: segments_of(responses, &rows, survey)
            .into_iter()
            .map(|segment| segment_row(segment, &summary))
            .collect(),
        comparison: last_full_periods(&trend, period),
        detractor_comments: detractor_comments(responses, &rows),
        sentiment: sentiment(&responses.sentiment, Some(&rows)).map(|s| SentimentReport {
            positive: s.positive,
            negative: s.negative,
            neutral: s.neutral,
            unrecognised: s.unrecognised,
            n: s.n,
            positive_share: s.positive_share,
            negative_share: s.negative_share,
            neutral_share: s.neutral_share,
            positive_to_negative: s.positive_to_negative,
        }),
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn pair(interval: Interval) -> [f64; 2] {
    [interval.low, interval.high]
}

fn nps_report(question: &str, nps: &Nps, answers: &[u32; 11]) -> NpsReport {
    NpsReport {
        question: question.to_owned(),
        score: nps.score,
        n: nps.n,
        promoters: nps.groups.promoters,
        passives: nps.groups.passives,
        detractors: nps.groups.detractors,
        promoters_share: nps.promoters_share,
        passives_share: nps.passives_share,
        detractors_share: nps.detractors_share,
        moe95: nps.moe95,
        score_ci95: [
            (nps.score - nps.moe95).max(-100.0),
            (nps.score + nps.moe95).min(100.0),
        ],
        distribution: answers.to_vec(),
    }
}

fn csat_report(question: &str, csat: &Csat) -> CsatReport {
    CsatReport {
        question: question.to_owned(),
        mean: csat.mean,
        mean_ci95: csat.mean_ci95.map(pair),
        satisfied_share: csat.satisfied_share,
        satisfied_share_ci95: pair(csat.satisfied_share_ci95),
        satisfied: csat.satisfied,
        satisfied_from: csat.satisfied_from,
        scale_min: csat.scale.0,
        scale_max: csat.scale.1,
        n: csat.n,
        distribution: csat.distribution.clone(),
    }
}

fn ces_report(question: &str, ces: &Ces) -> CesReport {
    CesReport {
        question: question.to_owned(),
        mean: ces.mean,
        mean_ci95: ces.mean_ci95.map(pair),
        agree_share: ces.agree_share,
        agree_share_ci95: pair(ces.agree_share_ci95),
        agree: ces.agree,
        agree_min: ces.agree_scores.0,
        agree_max: ces.agree_scores.1,
        scale_min: ces.scale.0,
        scale_max: ces.scale.1,
        direction: ces.direction.name().to_owned(),
        n: ces.n,
        distribution: ces.distribution.clone(),
    }
}

fn questions_report(
    responses: &Responses,
    rows: &[usize],
    survey: &SurveyConfig,
) -> Vec<QuestionReport> {
    responses
        .questions
        .iter()
        .map(|question| {
            let text = &question.text;
            let mut report = QuestionReport {
                text: text.clone(),
                measure: question.measure.name().to_owned(),
                scale_min: question.scale.0,
                scale_max: question.scale.1,
                nps: None,
                csat: None,
                ces: None,
            };
            match question.measure {
                Measure::Nps => {
                    let answers = distribution(answers_in(question, rows));
                    report.nps =
                        question_nps(question, rows).map(|nps| nps_report(text, &nps, &answers));
                }
                Measure::Csat | Measure::Rating => {
                    report.csat =
                        question_csat(question, rows, survey).map(|csat| csat_report(text, &csat));
                }
                Measure::Ces => {
                    report.ces =
                        question_ces(question, rows, survey).map(|ces| ces_report(text, &ces));
                }
            }
            report
        })
        .collect()
}

/// Comments of counted responses whose first NPS answer is a detractor's (0–6), newest first,
/// undated last.
fn detractor_comments(responses: &Responses, rows: &[usize]) -> Vec<CommentRow> {
    let Some(question) = responses.question(Measure::Nps) else {
        return Vec::new();
    };
    let mut comments: Vec<(Option<i64>, CommentRow)> = rows
        .iter()
        .filter_map(|&row| {
            let score = question
                .scores
                .get(row)
                .copied()
                .flatten()
                .filter(|&s| s <= 6)?;
            let text = responses.comment.get(row)?.as_ref()?;
            let at = responses.submitted.get(row).copied().flatten();
            Some((
                at.map(|at| at.0),
                CommentRow {
                    text: text.clone(),
                    date: at.map(|at| at.day().to_string()),
                    score,
                },
            ))
        })
        .collect();
    comments.sort_by_key(|(at, _)| (at.is_none(), at.map(std::cmp::Reverse)));
    comments.into_iter().map(|(_, row)| row).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Day, Question, Timestamp};
    use serde_json::Value;

    /// A form of NPS, CSAT (1–5) and CES (1–7) answers, one response a day from 2024-01-30.
    fn form(answers: &[(u8, u8, u8)]) -> Responses {
        let mut table = Responses::default();
        let start = Day::from_ymd(2024, 1, 30).unwrap();
        let mut columns = [Vec::new(), Vec::new(), Vec::new()];
        for (i, &(nps, csat, ces)) in answers.iter().enumerate() {
            table
                .submitted
                .push(Some(Timestamp::at(start.plus(i as i32), 0)));
            table.is_complete.push(true);
            table.customer.push(None);
            table.comment.push(Some(format!("comment {i}")));
            table
                .segment
                .push(Some(if i % 2 == 0 { "web" } else { "pos" }));
            for (column, score) in columns.iter_mut().zip([nps, csat, ces]) {
                column.push(Some(score));
            }
        }
        let [nps, csat, ces] = columns;
        let question = |text: &str, measure, scale, scores| Question {
            text: text.to_owned(),
            measure,
            scale,
            scores,
        };
        table.questions = vec![
            question("Recommend?", Measure::Nps, (0, 10), nps),
            question("Satisfied?", Measure::Csat, (1, 5), csat),
            question("How easy was it?", Measure::Ces, (1, 7), ces),
        ];
        table
    }

    #[test]
    fn json_has_every_key_of_design_report_json() {
        let table = form(&[(10, 5, 7), (9, 4, 6), (3, 2, 2), (8, 4, 5)]);
        let report = responses_report(&table, &ResponsesConfig::default());
        let json = serde_json::to_value(&report).unwrap();
        let keys = [
            (
                "nps",
                &["score", "n", "promoters", "passives", "detractors", "moe95"][..],
            ),
            (
                "csat",
                &["mean", "satisfied_share", "scale_min", "scale_max", "n"],
            ),
            (
                "ces",
                &[
                    "mean",
                    "agree_share",
                    "scale_min",
                    "scale_max",
                    "direction",
                    "n",
                ],
            ),
            ("trend/0", &["period", "nps", "csat", "ces", "n"]),
        ];
        for (object, keys) in keys {
            for key in keys {
                let value = json.pointer(&format!("/{object}/{key}"));
                assert!(
                    value.is_some_and(|v| !v.is_null()),
                    "responses.{object}.{key} in {json}"
                );
            }
        }
        // 2024-01-30 … 2024-02-02: January and February; February ends after the data.
        let periods: Vec<&Value> = json["trend"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| &r["period"])
            .collect();
        assert_eq!(periods, [&Value::from("2024-01"), &Value::from("2024-02")]);
        assert_eq!(json["trend"][1]["is_partial"], true);
        // Hand-computed: 2 promoters, 1 passive, 1 detractor of 4 → NPS 25; CSAT 15/4 = 3.75,
        // 3 of 4 satisfied; CES 20/4 = 5, 5–7 agree 3 of 4.
        assert_eq!(json["nps"]["score"], 25.0);
        assert_eq!(json["csat"]["mean"], 3.75);
        assert_eq!(json["csat"]["satisfied_share"], 0.75);
        assert_eq!(
            (&json["ces"]["mean"], &json["ces"]["agree_share"]),
            (&5.0.into(), &0.75.into())
        );
        assert_eq!(json["ces"]["direction"], "high_is_good");
        // The detractor's comment, and one segment row per channel.
        assert_eq!(json["detractor_comments"][0]["text"], "comment 2");
        assert_eq!(json["detractor_comments"][0]["date"], "2024-02-01");
        assert_eq!(json["segments"].as_array().map(Vec::len), Some(2));
        assert_eq!(json["questions"].as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn empty_responses_give_nulls_not_zeros() {
        let report = responses_report(&Responses::default(), &ResponsesConfig::default());
        let json = serde_json::to_value(&report).unwrap();
        for key in ["nps", "csat", "ces", "comparison", "first_day"] {
            assert_eq!(json[key], Value::Null, "{key}");
        }
        assert_eq!(json["trend"], serde_json::json!([]));
        assert_eq!(json["counted"], 0);
        // A form with a question nobody answered has no score either.
        let unanswered = form(&[]);
        let report = responses_report(&unanswered, &ResponsesConfig::default());
        assert_eq!((report.nps, report.csat, report.ces), (None, None, None));
    }

    #[test]
    fn the_last_two_full_periods_are_compared() {
        // Weekly: 2024-01-30 (Tue) … 2024-02-12 (Mon): weeks 05 and 06 full, week 07 partial.
        let answers: Vec<(u8, u8, u8)> = (0..14)
            .map(|i| (if i < 7 { 3 } else { 10 }, 4, 6))
            .collect();
        let table = form(&answers);
        let config = ResponsesConfig {
            period: Period::Week,
            ..ResponsesConfig::default()
        };
        let report = responses_report(&table, &config);
        let comparison = report.comparison.unwrap();
        assert_eq!(
            (comparison.from.as_str(), comparison.to.as_str()),
            ("2024-W05", "2024-W06")
        );
        let nps = comparison.nps.unwrap();
        assert_eq!(nps.test, "nps_difference_z");
        assert!(nps.small_sample);
        // Week 05 (Jan 30 – Feb 4): 6 detractors; week 06 (Feb 5 – 11): 1 detractor, 6
        // promoters. Both unanimous-or-nearly: NPS −100 vs 100·5/7.
        assert!((nps.difference - (100.0 + 500.0 / 7.0)).abs() < 1e-9);
    }
}
