//! `responses_report` on every survey sample against shared/data/README.md: NPS (with its groups
//! and its 95% margin), CSAT and CES means and shares, counts. The README prints NPS, means and
//! shares to 4 decimals (shares as percentages to 2) and margins to 2; each is checked to half a
//! unit of its last decimal.

use vafa::engine::data::Period;
use vafa::engine::import::{ImportOptions, import_responses};
use vafa::engine::metrics::ces::Direction;
use vafa::engine::metrics::satisfaction::SurveyConfig;
use vafa::engine::report::{ResponsesConfig, ResponsesReport, responses_report};

use crate::fixture;

fn report_with(name: &str, config: &ResponsesConfig) -> ResponsesReport {
    let bytes = std::fs::read(fixture(name)).unwrap();
    let imported = import_responses(&bytes, &ImportOptions::default()).unwrap();
    assert!(imported.issues.is_empty(), "{name}: {:?}", imported.issues);
    responses_report(&imported.table, config)
}

fn report(name: &str) -> ResponsesReport {
    report_with(name, &ResponsesConfig::default())
}

/// Equal to `expected` printed with `decimals` decimals.
fn assert_printed(actual: f64, expected: f64, decimals: i32, what: &str) {
    let half_unit = 0.5 * 10f64.powi(-decimals) + 1e-12;
    assert!(
        (actual - expected).abs() < half_unit,
        "{what}: {actual} ≠ {expected}"
    );
}

/// NPS score, groups (P, Pa, D, n) and margin as the README prints them.
fn assert_nps(report: &ResponsesReport, score: f64, groups: (u32, u32, u32, u32), moe95: f64) {
    let nps = report.nps.as_ref().expect("an NPS question");
    assert_eq!((nps.promoters, nps.passives, nps.detractors, nps.n), groups);
    assert_printed(nps.score, score, 4, "NPS");
    assert_printed(nps.moe95, moe95, 2, "NPS margin");
    assert_eq!(nps.distribution.iter().sum::<u32>(), nps.n);
}

#[test]
fn typeform_nps_of_completed_responses_and_with_partials() {
    // 270 rows, 253 completed: NPS 18.5771 (105/90/58), ±9.62; with the partials that carry a
    // score NPS 17.3077 (n = 260); freshness (a 1-5 rating) mean 4.0198 of completed responses
    // and of all.
    let completed = report("typeform_post_purchase_nps.csv");
    assert_eq!(
        (completed.responses, completed.counted, completed.partial),
        (270, 253, 17)
    );
    assert_nps(&completed, 18.5771, (105, 90, 58, 253), 9.62);
    let freshness = completed
        .questions
        .iter()
        .find(|q| q.measure == "rating")
        .and_then(|q| q.csat.as_ref())
        .unwrap();
    assert_printed(freshness.mean, 4.0198, 4, "freshness mean");
    let config = ResponsesConfig {
        survey: SurveyConfig {
            include_partial: true,
            ..SurveyConfig::default()
        },
        ..ResponsesConfig::default()
    };
    let all = report_with("typeform_post_purchase_nps.csv", &config);
    assert_eq!(all.counted, 270);
    let nps = all.nps.unwrap();
    assert_eq!(nps.n, 260);
    assert_printed(nps.score, 17.3077, 4, "NPS with partials");
}

#[test]
fn google_forms_csat_and_ces() {
    // 84 responses; CSAT mean 3.7976, satisfied (4-5) 66.67%; CES (1-7, 7 = very easy) mean
    // 5.4524, 5-7 share 79.76%; no NPS question.
    let report = report("google_forms_order_csat.csv");
    assert_eq!(report.counted, 84);
    assert!(report.nps.is_none());
    let csat = report.csat.unwrap();
    assert_eq!((csat.n, csat.scale_min, csat.scale_max), (84, 1, 5));
    assert_printed(csat.mean, 3.7976, 4, "CSAT mean");
    assert_printed(100.0 * csat.satisfied_share, 66.67, 2, "satisfied %");
    let ces = report.ces.unwrap();
    assert_eq!((ces.n, ces.scale_min, ces.scale_max), (84, 1, 7));
    assert_eq!(ces.direction, "high_is_good");
    assert_eq!((ces.agree_min, ces.agree_max), (5, 7));
    assert_printed(ces.mean, 5.4524, 4, "CES mean");
    assert_printed(100.0 * ces.agree_share, 79.76, 2, "CES 5-7 %");
    // First and last response (UTC 2024-01-09 / 2025-01-05; the file's clock is local).
    assert_eq!(report.first_day.as_deref(), Some("2024-01-09"));
    assert_eq!(report.last_day.as_deref(), Some("2025-01-05"));
}

#[test]
fn surveymonkey_effort_is_read_low_is_good() {
    // 45 responses; CSAT mean 4.0444, satisfied 68.89%; effort mean 2.4667, low effort (1-2)
    // 55.56%; NPS 44.4444 (23/19/3), ±18.02.
    let report = report("surveymonkey_support_csat.csv");
    assert_nps(&report, 44.4444, (23, 19, 3, 45), 18.02);
    let csat = report.csat.unwrap();
    assert_printed(csat.mean, 4.0444, 4, "CSAT mean");
    assert_printed(100.0 * csat.satisfied_share, 68.89, 2, "satisfied %");
    let ces = report.ces.unwrap();
    assert_eq!(ces.direction, Direction::LowIsGood.name());
    assert_eq!((ces.agree_min, ces.agree_max), (1, 2));
    assert_printed(ces.mean, 2.4667, 4, "effort mean");
    assert_printed(100.0 * ces.agree_share, 55.56, 2, "low effort %");
}

#[test]
fn delighted_nps_and_detractor_comments() {
    // 500 responses; NPS 15.2 (190/196/114), ±6.70; 203 comments in all, so at most that many
    // of detractors, each with a score 0-6.
    let report = report("delighted_nps_responses.csv");
    assert_eq!(report.counted, 500);
    assert_nps(&report, 15.2, (190, 196, 114, 500), 6.70);
    let comments = &report.detractor_comments;
    assert!(!comments.is_empty() && comments.len() <= 114);
    assert!(comments.iter().all(|c| c.score <= 6 && c.date.is_some()));
    // Newest first.
    assert!(comments.windows(2).all(|w| w[0].date >= w[1].date));
}

#[test]
fn arabic_survey_nps_csat_and_cities() {
    // 71 responses; NPS 19.7183 (32/21/18), ±18.97; satisfaction mean 3.8451, 4-5 share 70.42%;
    // the city is the segment, دبي with 29 responses.
    let report = report("arabic_survey_responses_ar.csv");
    assert_nps(&report, 19.7183, (32, 21, 18, 71), 18.97);
    let csat = report.csat.unwrap();
    assert_printed(csat.mean, 3.8451, 4, "satisfaction mean");
    assert_printed(100.0 * csat.satisfied_share, 70.42, 2, "satisfied %");
    let dubai = report
        .segments
        .iter()
        .find(|s| s.name.as_deref() == Some("دبي"))
        .unwrap();
    assert_eq!(dubai.metrics.n, 29);
    assert_eq!(report.segments.first().map(|s| s.metrics.n), Some(29));
    let n: u32 = report.segments.iter().map(|s| s.metrics.n).sum();
    assert_eq!(n, 71);
    // Each segment is tested against the other cities: دبي (29) against 42 others.
    let versus = dubai.nps_vs_rest.as_ref().unwrap();
    assert_eq!((versus.n_from, versus.n_to), (42, 29));
    assert_eq!(versus.test, "nps_difference_z");
    let satisfied = dubai.csat_satisfied_share_vs_rest.as_ref().unwrap();
    assert_eq!(
        (satisfied.n_from, satisfied.n_to, satisfied.test.as_str()),
        (42, 29, "two_proportion_z")
    );
}

#[test]
fn porsline_nps_and_packaging() {
    // 196 responses; NPS 17.3469 (81/68/47), ±11.05; packaging mean 3.9898, 4-5 share 70.41%.
    let report = report("porsline_survey_fa_utf16.txt");
    assert_nps(&report, 17.3469, (81, 68, 47, 196), 11.05);
    let csat = report.csat.unwrap();
    assert_printed(csat.mean, 3.9898, 4, "packaging mean");
    assert_printed(100.0 * csat.satisfied_share, 70.41, 2, "packaging 4-5 %");
}

#[test]
fn the_trend_adds_up_to_the_total() {
    // Every dated response falls in exactly one period, whatever the period.
    for file in [
        "delighted_nps_responses.csv",
        "google_forms_order_csat.csv",
        "arabic_survey_responses_ar.csv",
        "porsline_survey_fa_utf16.txt",
    ] {
        for period in Period::ALL {
            let config = ResponsesConfig {
                period,
                ..ResponsesConfig::default()
            };
            let report = report_with(file, &config);
            let n: u32 = report.trend.iter().map(|row| row.metrics.n).sum();
            assert_eq!(n + report.undated, report.counted, "{file} {period:?}");
            let nps_n: u32 = report.trend.iter().filter_map(|r| r.metrics.nps_n).sum();
            let total = report.nps.as_ref().map_or(0, |nps| nps.n);
            assert!(nps_n <= total, "{file} {period:?}");
        }
    }
}

#[test]
fn a_sentiment_column_gives_shares_and_the_ratio_in_three_languages() {
    // 7 labelled responses: 3 positive (Positive, مثبت, إيجابي), 2 negative (negative, منفی),
    // 1 neutral, 1 "Sarcastic" (no class: counted apart, left out of the shares); one unlabelled.
    // Shares over n = 6: 3/6, 2/6, 1/6; positive:negative = 3/2 = 1.5.
    let csv = "Submitted at,How likely are you to recommend us?,Sentiment\n\
               2024-03-01 10:00:00,9,Positive\n\
               2024-03-02 10:00:00,10,مثبت\n\
               2024-03-03 10:00:00,8,إيجابي\n\
               2024-03-04 10:00:00,3,negative\n\
               2024-03-05 10:00:00,2,منفی\n\
               2024-03-06 10:00:00,7,Neutral\n\
               2024-03-07 10:00:00,6,Sarcastic\n\
               2024-03-08 10:00:00,9,\n";
    let imported = import_responses(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    assert_eq!(
        imported.table.questions.len(),
        1,
        "the labels are not a score"
    );
    let report = responses_report(&imported.table, &ResponsesConfig::default());
    let sentiment = report.sentiment.expect("a sentiment column");
    assert_eq!(
        (
            sentiment.positive,
            sentiment.negative,
            sentiment.neutral,
            sentiment.unrecognised,
            sentiment.n
        ),
        (3, 2, 1, 1, 6)
    );
    assert_printed(sentiment.positive_share, 0.5, 12, "positive share");
    assert_printed(sentiment.negative_share, 2.0 / 6.0, 12, "negative share");
    assert_eq!(sentiment.positive_to_negative, Some(1.5));
    // The samples have no sentiment column: no numbers are made up.
    assert!(
        report_with(
            "typeform_post_purchase_nps.csv",
            &ResponsesConfig::default()
        )
        .sentiment
        .is_none()
    );
}
