//! The stored shape of a survey responses table, version 1 (`kind` = `responses` in the index):
//! respondents' keys once, then one entry per response in every column, and each score question
//! with its wording, measure, scale and answers. Records are checked on the way back in: every
//! column as long as the others, every code naming a respondent or segment, every answer inside
//! its question's scale.

use serde::{Deserialize, Serialize};

use super::format::{FormatError, VERSION};
use crate::engine::data::{
    CustomerId, CustomerIds, Labels, Measure, Question, Responses, Timestamp,
};

/// A responses table as stored and as sent from the import worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponsesRecord {
    pub version: u32,
    /// Respondents' keys, in id order.
    pub customers: Vec<String>,
    /// Per response: 0 = no respondent, k = `customers[k − 1]`.
    pub customer: Vec<u32>,
    /// Per response: seconds since 1970-01-01 00:00 on the file's clock; `None` when undated.
    pub submitted: Vec<Option<i64>>,
    /// Per response: `false` when its tool marks it partial.
    pub is_complete: Vec<bool>,
    pub questions: Vec<QuestionRecord>,
    /// Per response: its free-text answer.
    pub comment: Vec<Option<String>>,
    /// The segment column's distinct texts.
    pub segment_names: Vec<String>,
    /// Per response: 0 = no segment, k = `segment_names[k − 1]`.
    pub segment: Vec<u32>,
    /// The sentiment labels' distinct texts; records without a sentiment column have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentiment_names: Vec<String>,
    /// Per response: 0 = no label, k = `sentiment_names[k − 1]`; empty when no response has one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentiment: Vec<u32>,
}

/// One score question as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionRecord {
    pub text: String,
    /// `nps`, `csat`, `ces` or `rating`.
    pub measure: String,
    pub scale: [u8; 2],
    /// Per response: its answer, `None` when unanswered.
    pub scores: Vec<Option<u8>>,
}

/// 0 for `None`, k + 1 for index k.
fn code(index: Option<u32>) -> u32 {
    index.map_or(0, |idx| idx.saturating_add(1))
}

impl ResponsesRecord {
    /// The record of `responses`.
    pub fn from_responses(responses: &Responses) -> ResponsesRecord {
        ResponsesRecord {
            version: VERSION,
            customers: responses
                .customers
                .keys()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            customer: responses
                .customer
                .iter()
                .map(|id| code(id.map(|id| id.0)))
                .collect(),
            submitted: responses
                .submitted
                .iter()
                .map(|at| at.map(|at| at.0))
                .collect(),
            is_complete: responses.is_complete.clone(),
            questions: responses
                .questions
                .iter()
                .map(|question| QuestionRecord {
                    text: question.text.clone(),
                    measure: question.measure.name().to_owned(),
                    scale: [question.scale.0, question.scale.1],
                    scores: question.scores.clone(),
                })
                .collect(),
            comment: responses.comment.clone(),
            segment_names: responses.segment.names.clone(),
            segment: responses
                .segment
                .index
                .iter()
                .map(|&idx| code(idx))
                .collect(),
            sentiment_names: responses.sentiment.names.clone(),
            sentiment: if responses.sentiment.names.is_empty() {
                Vec::new()
            } else {
                responses
                    .sentiment
                    .index
                    .iter()
                    .map(|&idx| code(idx))
                    .collect()
            },
        }
    }

    /// The responses table this record holds, checked for consistency.
    pub fn into_responses(self) -> Result<Responses, FormatError> {
        if self.version != VERSION {
            return Err(FormatError::Version {
                found: self.version,
            });
        }
        let n = self.is_complete.len();
        let lengths = [
            self.customer.len(),
            self.submitted.len(),
            self.comment.len(),
            self.segment.len(),
        ];
        if lengths.iter().any(|&len| len != n) || self.questions.iter().any(|q| q.scores.len() != n)
        {
            return Err(FormatError::Damaged("its columns differ in length"));
        }
        let mut customers = CustomerIds::default();
        for key in &self.customers {
            customers.intern(key);
        }
        if customers.len() != self.customers.len() {
            return Err(FormatError::Damaged("a customer is listed twice"));
        }
        if self
            .customer
            .iter()
            .any(|&c| c as usize > self.customers.len())
        {
            return Err(FormatError::Damaged("a response names an unknown customer"));
        }
        let segment = labels(self.segment_names, &self.segment, n)?;
        let sentiment = labels(self.sentiment_names, &self.sentiment, n)?;
        let mut questions = Vec::with_capacity(self.questions.len());
        for question in self.questions {
            let measure = Measure::from_name(&question.measure).ok_or(FormatError::Damaged(
                "a question measures something unknown",
            ))?;
            let [low, high] = question.scale;
            if low > high {
                return Err(FormatError::Damaged("a question's scale is upside down"));
            }
            if question
                .scores
                .iter()
                .flatten()
                .any(|score| !(low..=high).contains(score))
            {
                return Err(FormatError::Damaged("an answer lies outside its scale"));
            }
            questions.push(Question {
                text: question.text,
                measure,
                scale: (low, high),
                scores: question.scores,
            });
        }
        Ok(Responses {
            customer: self
                .customer
                .iter()
                .map(|&c| c.checked_sub(1).map(CustomerId))
                .collect(),
            submitted: self
                .submitted
                .into_iter()
                .map(|at| at.map(Timestamp))
                .collect(),
            is_complete: self.is_complete,
            questions,
            comment: self.comment,
            segment,
            sentiment,
            customers,
        })
    }
}

/// A label column of `n` responses from its distinct texts and codes (0 = none); no codes at all
/// means no response has a label.
fn labels(names: Vec<String>, codes: &[u32], n: usize) -> Result<Labels, FormatError> {
    let mut distinct = names.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() != names.len() {
        return Err(FormatError::Damaged("a label is listed twice"));
    }
    if codes.iter().any(|&c| c as usize > names.len()) {
        return Err(FormatError::Damaged("a response names an unknown label"));
    }
    if !codes.is_empty() && codes.len() != n {
        return Err(FormatError::Damaged("its columns differ in length"));
    }
    let mut labels = Labels::with_names(names);
    labels.index = if codes.is_empty() {
        vec![None; n]
    } else {
        codes.iter().map(|&c| c.checked_sub(1)).collect()
    };
    Ok(labels)
}

/// Decodes a responses record from stored text.
pub fn decode_responses(text: &str) -> Result<Responses, FormatError> {
    let record: ResponsesRecord =
        serde_json::from_str(text).map_err(|err| FormatError::Decode(err.to_string()))?;
    record.into_responses()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::{ImportOptions, import_responses};
    use crate::store::format::encode;
    use proptest::prelude::*;

    #[test]
    fn every_survey_fixture_round_trips() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/");
        let mut seen = 0;
        for file in [
            "typeform_post_purchase_nps.csv",
            "google_forms_order_csat.csv",
            "surveymonkey_support_csat.csv",
            "delighted_nps_responses.csv",
            "arabic_survey_responses_ar.csv",
            "porsline_survey_fa_utf16.txt",
        ] {
            let bytes = std::fs::read(format!("{dir}{file}")).unwrap();
            let imported = import_responses(&bytes, &ImportOptions::default()).unwrap();
            assert!(!imported.table.is_empty(), "{file}");
            seen += 1;
            let text = encode(&ResponsesRecord::from_responses(&imported.table)).unwrap();
            assert_eq!(decode_responses(&text).unwrap(), imported.table, "{file}");
        }
        assert_eq!(seen, 6);
    }

    fn record() -> ResponsesRecord {
        ResponsesRecord {
            version: 1,
            customers: vec!["a@x.com".into()],
            customer: vec![1, 0],
            submitted: vec![Some(86_400), None],
            is_complete: vec![true, false],
            questions: vec![QuestionRecord {
                text: "Recommend?".into(),
                measure: "nps".into(),
                scale: [0, 10],
                scores: vec![Some(10), None],
            }],
            comment: vec![Some("<b>great</b>".into()), None],
            segment_names: vec!["تهران".into()],
            segment: vec![0, 1],
            sentiment_names: vec!["Negative".into()],
            sentiment: vec![1, 0],
        }
    }

    #[test]
    fn a_record_reads_back_as_written() {
        let responses = record().into_responses().unwrap();
        assert_eq!(responses.len(), 2);
        assert_eq!(responses.customer, vec![Some(CustomerId(0)), None]);
        assert_eq!(
            responses.submitted[0].map(Timestamp::day),
            Some(crate::engine::data::Day(1))
        );
        assert_eq!(responses.segment.get(1), Some("تهران"));
        assert_eq!(responses.comment[0].as_deref(), Some("<b>great</b>"));
        assert_eq!(ResponsesRecord::from_responses(&responses), record());
    }

    #[test]
    fn damaged_records_are_rejected_with_a_reason() {
        let damaged = |change: fn(&mut ResponsesRecord)| {
            let mut r = record();
            change(&mut r);
            r.into_responses()
        };
        assert_eq!(
            damaged(|r| r.questions[0].scores[0] = Some(11)),
            Err(FormatError::Damaged("an answer lies outside its scale"))
        );
        assert_eq!(
            damaged(|r| r.questions[0].measure = "mood".into()),
            Err(FormatError::Damaged(
                "a question measures something unknown"
            ))
        );
        assert_eq!(
            damaged(|r| r.customer[1] = 2),
            Err(FormatError::Damaged("a response names an unknown customer"))
        );
        assert_eq!(
            damaged(|r| r.segment[0] = 2),
            Err(FormatError::Damaged("a response names an unknown label"))
        );
        assert_eq!(
            damaged(|r| {
                r.comment.pop();
            }),
            Err(FormatError::Damaged("its columns differ in length"))
        );
        assert_eq!(
            damaged(|r| r.version = 2),
            Err(FormatError::Version { found: 2 })
        );
        assert!(matches!(
            decode_responses("[1,2"),
            Err(FormatError::Decode(_))
        ));
    }

    proptest! {
        #[test]
        fn any_table_round_trips(rows in proptest::collection::vec((0u8..5, proptest::option::of(-10_000i64..2_000_000_000), any::<bool>(), proptest::option::of(0u8..=10), proptest::option::of(1u8..=5), 0u8..4), 0..40)) {
            let mut responses = Responses::default();
            let mut nps = Vec::new();
            let mut csat = Vec::new();
            for (customer, at, complete, a, b, segment) in rows {
                let id = (customer > 0).then(|| responses.customers.intern(&format!("c{customer}")));
                responses.customer.push(id);
                responses.submitted.push(at.map(Timestamp));
                responses.is_complete.push(complete);
                responses.comment.push((segment == 1).then(|| "\"quoted\", ok".to_owned()));
                responses.segment.push(["", "web", "شیراز", "app"].get(usize::from(segment)).copied());
                responses.sentiment.push(["", "Positive", "منفی", ""].get(usize::from(segment)).copied());
                nps.push(a);
                csat.push(b);
            }
            responses.questions = vec![
                Question { text: "NPS".into(), measure: Measure::Nps, scale: (0, 10), scores: nps },
                Question { text: "CSAT".into(), measure: Measure::Csat, scale: (1, 5), scores: csat },
            ];
            let text = encode(&ResponsesRecord::from_responses(&responses)).unwrap();
            prop_assert_eq!(decode_responses(&text).unwrap(), responses);
        }
    }
}
