//! Survey responses files → `Responses`: one entry per response of a form export (Typeform,
//! Google Forms, SurveyMonkey, Delighted, Porsline, an Arabic Google Form …), one `Question` per
//! score column. Answers are read by `cells::parse_score` (numbers in any digits, 5-point labels
//! in English, Persian and Arabic); an NPS question takes numbers 0–10 only. An empty answer is
//! unanswered, not an error (partial responses leave questions empty). A row with any unreadable
//! cell — a score out of scale or not a score, a date, a response type — becomes issues and is
//! left out.

use super::cells::{self, Answer};
use super::issue::{ImportError, Reason, Vocabulary};
use super::roles::{self, Kind};
use super::sheet::Sheet;
use super::{ImportOptions, Imported, text_of};
use crate::engine::data::{Measure, Question, Responses};

/// Imports a survey responses export: its responses, plus an `Issue` for every row left out.
/// Fails with an `ImportError` when the file as a whole is not usable (not text, no header, no
/// rows, no score column, broken CSV structure).
pub fn import_responses(
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<Imported<Responses>, ImportError> {
    let (decoded, dialect) = text_of(bytes, options)?;
    let mut sheet = Sheet::open(&decoded.text, dialect, options, Kind::Responses)?;
    let mut columns = roles::response_columns(sheet.header(), sheet.layout, &sheet.roles)?;
    for (idx, measure) in &mut columns.scores {
        if let Some(&(_, chosen)) = options.measures.iter().find(|(col, _)| col == idx) {
            *measure = chosen;
        }
    }
    let mut dates = columns.date.map(|idx| (idx, sheet.dates(idx)));
    let mut table = Responses::default();
    let mut questions: Vec<QuestionBuilder> = columns
        .scores
        .iter()
        .map(|&(idx, measure)| QuestionBuilder::new(idx, measure))
        .collect();
    let mut key = String::new();
    let mut answers: Vec<Option<Answer>> = Vec::new();
    while sheet.next_record()? {
        let issues_before = sheet.issues.len();
        let submitted = match &mut dates {
            Some((idx, dates)) => sheet.moment(dates, *idx),
            None => None,
        };
        let is_complete = sheet.read(
            columns.response_type,
            cells::is_complete_response,
            Reason::UnknownWord {
                what: Vocabulary::ResponseType,
            },
        );
        answers.clear();
        for question in &questions {
            answers.push(question.read(&mut sheet));
        }
        if sheet.issues.len() > issues_before {
            continue;
        }
        for (question, answer) in questions.iter_mut().zip(&answers) {
            question.push(*answer);
        }
        let customer = columns.customer.and_then(|(idx, key_style)| {
            let cell = sheet.optional(Some(idx))?;
            let customer_key = cells::customer_key(cell, key_style, &mut key);
            Some(table.customers.intern(customer_key))
        });
        table.customer.push(customer);
        table.submitted.push(submitted);
        table.is_complete.push(is_complete.unwrap_or(true));
        table
            .comment
            .push(sheet.optional(columns.comment).map(str::to_owned));
        table.segment.push(sheet.optional(columns.segment));
        table.sentiment.push(sheet.optional(columns.sentiment));
    }
    if let Some((idx, dates)) = &dates {
        sheet.mixed_formats(*idx, dates);
    }
    let header = sheet.header();
    table.questions = questions
        .into_iter()
        .map(|question| question.finish(header))
        .collect();
    Ok(sheet.finish(table))
}

/// One score column being read, and whether any answer was a label.
struct QuestionBuilder {
    column: usize,
    measure: Measure,
    scores: Vec<Option<u8>>,
    has_labels: bool,
}

impl QuestionBuilder {
    fn new(column: usize, measure: Measure) -> QuestionBuilder {
        QuestionBuilder {
            column,
            measure,
            scores: Vec::new(),
            has_labels: false,
        }
    }

    /// The answer in the current record, `None` when unanswered or unreadable (an issue). An NPS
    /// question is answered with numbers: a label there is no score.
    fn read(&self, sheet: &mut Sheet<'_>) -> Option<Answer> {
        match cells::parse_score(sheet.cell(self.column)) {
            Ok(Some(Answer { is_label: true, .. })) if self.measure == Measure::Nps => {
                sheet.issue(self.column, Reason::NotAScore);
                None
            }
            Ok(answer) => answer,
            Err(reason) => {
                sheet.issue(self.column, reason);
                None
            }
        }
    }

    fn push(&mut self, answer: Option<Answer>) {
        self.has_labels |= answer.is_some_and(|answer| answer.is_label);
        self.scores.push(answer.map(|answer| answer.score));
    }

    /// The question, its scale read from the answers (see `Question::scale`): labels are 1–5.
    fn finish(self, header: &[String]) -> Question {
        let max = self.scores.iter().flatten().copied().max().unwrap_or(0);
        let min = u8::from(!self.scores.iter().flatten().any(|&score| score == 0));
        let scale = match self.measure {
            Measure::Nps => cells::SCALE,
            _ if self.has_labels || max <= 5 => (min, 5),
            _ if max <= 7 => (min, 7),
            _ => (min, 10),
        };
        Question {
            text: header.get(self.column).cloned().unwrap_or_default(),
            measure: self.measure,
            scale,
            scores: self.scores,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn responses(csv: &str) -> Imported<Responses> {
        import_responses(csv.as_bytes(), &ImportOptions::default()).unwrap()
    }

    /// Every issue as `(row, column, reason)`.
    fn issues(imported: &Imported<Responses>) -> Vec<(u32, &str, Reason)> {
        imported
            .issues
            .iter()
            .map(|i| (i.row, i.column.as_str(), i.reason.clone()))
            .collect()
    }

    #[test]
    fn a_form_with_nps_and_a_labelled_rating_keeps_both_answers() {
        let imported = responses(
            "Timestamp,Email Address,How likely are you to recommend us?,\
             How satisfied are you?,Anything else?\n\
             2024/03/15 3:45:12 PM GMT-4,A@x.com ,9,Very satisfied,Great\n\
             2024/03/16 9:00:00 AM GMT-4,b@x.com,,Dissatisfied,\n",
        );
        let table = &imported.table;
        let measures: Vec<Measure> = table.questions.iter().map(|q| q.measure).collect();
        assert_eq!(measures, [Measure::Nps, Measure::Csat]);
        assert_eq!(table.questions.first().unwrap().scores, [Some(9), None]);
        let csat = table.questions.get(1).unwrap();
        assert_eq!(
            (csat.scores.as_slice(), csat.scale),
            (&[Some(5), Some(2)][..], (1, 5))
        );
        assert_eq!(table.comment, [Some("Great".to_owned()), None]);
        assert_eq!(table.customers.keys(), ["a@x.com", "b@x.com"]);
        assert!(imported.issues.is_empty(), "{:?}", imported.issues);
    }

    #[test]
    fn an_out_of_scale_score_or_a_label_in_an_nps_column_is_an_issue() {
        let imported = responses(
            "email,nps score,comment\n\
             a@x.com,10,fine\n\
             b@x.com,11,too good\n\
             c@x.com,Very satisfied,\n\
             d@x.com,۷,\n",
        );
        assert_eq!(
            issues(&imported),
            [
                (3, "nps score", Reason::OutOfScale { min: 0, max: 10 }),
                (4, "nps score", Reason::NotAScore),
            ]
        );
        let nps = imported.table.question(Measure::Nps).unwrap();
        assert_eq!(nps.scores, [Some(10), Some(7)]);
        assert_eq!(imported.rows, 4);
    }

    #[test]
    fn a_file_without_a_score_column_says_so() {
        let err = import_responses(b"email,comment\na@x.com,hi\n", &ImportOptions::default());
        assert!(matches!(
            err,
            Err(ImportError::MissingRole {
                role: roles::Role::Score,
                ..
            })
        ));
    }
}
