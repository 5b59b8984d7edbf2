//! Survey responses: counts, NPS groups, means and top-box shares, and the bad scores of
//! `bad/bad_values.csv`.

use vafa::engine::data::Measure;
use vafa::engine::import::{
    DELIGHTED, GOOGLE_FORMS, ImportOptions, PORSLINE, Reason, SURVEYMONKEY, TYPEFORM,
    import_responses,
};

use super::{assert_close, bytes, nps_groups, question, responses, score_mean, share};

#[test]
fn typeform_splits_completed_and_partial_responses() {
    // 270 rows: 253 completed, 17 partial; NPS of completed responses n = 253 (105/90/58), with
    // the 7 partials that carry a score n = 260 (106/93/61); freshness mean 4.0198.
    let imported = responses("typeform_post_purchase_nps.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (270, 270));
    assert_eq!(imported.layout, Some(TYPEFORM));
    let completed = table.is_complete.iter().filter(|&&c| c).count();
    assert_eq!((completed, table.len() - completed), (253, 17));
    let nps = question(table, Measure::Nps);
    assert!(nps.text.starts_with("How likely are you to recommend"));
    assert_eq!(nps.scale, (0, 10));
    let of_completed = nps
        .scores
        .iter()
        .zip(&table.is_complete)
        .filter_map(|(score, &is_complete)| score.filter(|_| is_complete));
    assert_eq!(nps_groups(of_completed), (105, 90, 58, 253));
    assert_eq!(nps_groups(nps.answers()), (106, 93, 61, 260));
    let freshness = question(table, Measure::Rating);
    assert_eq!(freshness.scale, (1, 5));
    assert_close(score_mean(freshness), 4.0198, "freshness mean");
    assert_eq!(table.customers.len(), 229);
    // The comment column is kept as text, not read as a score.
    assert_eq!(table.questions.len(), 2);
    assert!(
        table
            .comment
            .iter()
            .flatten()
            .any(|c| c.contains("subscription"))
    );
}

#[test]
fn google_forms_csat_and_ces_match_the_readme() {
    // 84 responses; CSAT mean 3.7976, 4-5 share 66.67%; CES (1-7) mean 5.4524, 5-7 share
    // 79.76%; 78 respondents once e-mails are trimmed and lower-cased.
    let imported = responses("google_forms_order_csat.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (84, 84));
    assert_eq!(imported.layout, Some(GOOGLE_FORMS));
    let csat = question(table, Measure::Csat);
    assert_eq!(csat.scale, (1, 5));
    assert_close(score_mean(csat), 3.7976, "CSAT mean");
    assert_close(share(csat, 4..=5), 0.6667, "CSAT top-two share");
    let ces = question(table, Measure::Ces);
    assert_eq!(ces.scale, (1, 7));
    assert_close(score_mean(ces), 5.4524, "CES mean");
    assert_close(share(ces, 5..=7), 0.7976, "CES 5-7 share");
    assert_eq!(table.customers.len(), 78);
    let days: Vec<String> = table
        .submitted
        .iter()
        .flatten()
        .map(|at| at.day().to_string())
        .collect();
    assert_eq!(days.iter().min().map(String::as_str), Some("2024-01-09"));
    assert_eq!(days.iter().max().map(String::as_str), Some("2025-01-05"));
}

#[test]
fn surveymonkey_labels_become_scores() {
    // 45 responses (the second header row is no response); CSAT mean 4.0444, satisfied
    // 68.89%; effort mean 2.4667, low effort (1-2) 55.56%; NPS n = 45: 23/19/3.
    let imported = responses("surveymonkey_support_csat.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (45, 45));
    assert_eq!(imported.layout, Some(SURVEYMONKEY));
    let csat = question(table, Measure::Csat);
    assert_close(score_mean(csat), 4.0444, "CSAT mean");
    assert_close(share(csat, 4..=5), 0.6889, "satisfied share");
    let effort = question(table, Measure::Ces);
    assert_eq!(effort.scale, (1, 5));
    assert_close(score_mean(effort), 2.4667, "effort mean");
    assert_close(share(effort, 1..=2), 0.5556, "low effort share");
    assert_eq!(
        nps_groups(question(table, Measure::Nps).answers()),
        (23, 19, 3, 45)
    );
}

#[test]
fn delighted_nps_matches_the_readme() {
    // 500 responses from 401 people; n = 500: 190 promoters, 196 passives, 114 detractors;
    // 203 with a comment.
    let imported = responses("delighted_nps_responses.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (500, 500));
    assert_eq!(imported.layout, Some(DELIGHTED));
    assert_eq!(table.questions.len(), 1);
    assert_eq!(
        nps_groups(question(table, Measure::Nps).answers()),
        (190, 196, 114, 500)
    );
    assert_eq!(table.customers.len(), 401);
    assert_eq!(table.comment.iter().flatten().count(), 203);
}

#[test]
fn the_arabic_survey_reads_arabic_indic_digits() {
    // 71 responses; NPS n = 71: 32/21/18; satisfaction mean 3.8451, 4-5 share 70.42%.
    let imported = responses("arabic_survey_responses_ar.csv");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (71, 71));
    assert_eq!(
        nps_groups(question(table, Measure::Nps).answers()),
        (32, 21, 18, 71)
    );
    let csat = question(table, Measure::Csat);
    assert_close(score_mean(csat), 3.8451, "satisfaction mean");
    assert_close(share(csat, 4..=5), 0.7042, "satisfied share");
    // Day-first dates: ٠٩/٠٢/٢٠٢٣ is 9 February 2023.
    assert_eq!(
        table
            .submitted
            .first()
            .copied()
            .flatten()
            .map(|at| at.day().to_string()),
        Some("2023-02-09".into())
    );
    // The city is the segment: الرياض first, دبي most often.
    assert_eq!(table.segment.counts().first(), Some(&("الرياض", 20)));
    assert!(table.segment.counts().contains(&("دبي", 29)));
}

#[test]
fn porsline_reads_utf16_persian_labels_and_mobiles() {
    // 196 responses from 162 people (mobiles normalised); NPS n = 196: 81/68/47; packaging mean
    // 3.9898, 4-5 share 70.41%.
    let imported = responses("porsline_survey_fa_utf16.txt");
    let table = &imported.table;
    assert_eq!((imported.rows, table.len()), (196, 196));
    assert_eq!(imported.layout, Some(PORSLINE));
    assert_eq!(
        nps_groups(question(table, Measure::Nps).answers()),
        (81, 68, 47, 196)
    );
    let packaging = question(table, Measure::Csat);
    assert_eq!(packaging.scale, (1, 5));
    assert_close(score_mean(packaging), 3.9898, "packaging mean");
    assert_close(share(packaging, 4..=5), 0.7041, "packaging 4-5 share");
    assert_eq!(table.customers.len(), 162);
    assert!(
        table
            .customers
            .keys()
            .iter()
            .all(|k| k.len() == 11 && k.starts_with("09"))
    );
}

#[test]
fn bad_scores_are_rejected_with_their_row_and_reason() {
    // README § bad/: valid 10, ` 9 `, `١٠`, `۷`; 11 and -1 are out of range; ten, 8.5, N/A and
    // 9/10 are no scores. The empty answer (row 7) is unanswered, not an error.
    let imported =
        import_responses(&bytes("bad/bad_values.csv"), &ImportOptions::default()).unwrap();
    let found: Vec<(u32, &str, &str, Reason)> = imported
        .issues
        .iter()
        .map(|i| (i.row, i.column.as_str(), i.value.as_str(), i.reason.clone()))
        .collect();
    let out = Reason::OutOfScale { min: 0, max: 10 };
    assert_eq!(
        found,
        [
            (3, "nps_score", "11", out.clone()),
            (4, "nps_score", "-1", out),
            (5, "nps_score", "ten", Reason::NotAScore),
            (6, "nps_score", "8.5", Reason::NotAScore),
            (9, "nps_score", "N/A", Reason::NotAScore),
            (12, "nps_score", "9/10", Reason::NotAScore),
        ]
    );
    let nps = question(&imported.table, Measure::Nps);
    assert_eq!(nps.scores, [Some(10), None, Some(9), Some(10), Some(7)]);
}

#[test]
fn nps_of_every_survey_follows_from_its_groups() {
    // NPS = 100·(P − D)/n (README § Conventions); the README prints it to 4 decimals. Every
    // answer counts, so Typeform's is the figure with partial responses (n = 260).
    for (file, expected) in [
        ("typeform_post_purchase_nps.csv", 17.3077),
        ("surveymonkey_support_csat.csv", 44.4444),
        ("delighted_nps_responses.csv", 15.2),
        ("arabic_survey_responses_ar.csv", 19.7183),
        ("porsline_survey_fa_utf16.txt", 17.3469),
    ] {
        let table = responses(file).table;
        let (promoters, _, detractors, n) = nps_groups(question(&table, Measure::Nps).answers());
        let nps = 100.0 * (f64::from(promoters) - f64::from(detractors)) / f64::from(n);
        assert_close(nps, expected, file);
    }
}
