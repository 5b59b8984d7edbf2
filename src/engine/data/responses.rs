//! The survey responses table: one entry per response (a respondent's submission of a form), with
//! one `Question` per score column, so a form asking NPS and a 1–5 rating keeps both answers of a
//! response side by side. Answers given as labels (`Very satisfied`, `خیلی راضی`) are already
//! scores here; an unanswered question is `None`.

use super::{CustomerId, CustomerIds, Labels, Timestamp};

/// What a score column measures, from its question's wording (DESIGN.md § Satisfaction).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    /// "How likely are you to recommend us?", 0–10.
    Nps,
    /// "How satisfied are you?", 1–5 (or 1–7, 1–10).
    Csat,
    /// "How much effort …?" / "How easy was it …?"; its direction depends on the form.
    Ces,
    /// Any other rating (freshness, packaging …).
    Rating,
}

impl Measure {
    /// Every measure, in the order the import wizard lists them.
    pub const ALL: [Measure; 4] = [Measure::Nps, Measure::Csat, Measure::Ces, Measure::Rating];

    /// `nps`, `csat`, `ces` or `rating`: the name the report, the store and the wizard use.
    pub fn name(self) -> &'static str {
        match self {
            Measure::Nps => "nps",
            Measure::Csat => "csat",
            Measure::Ces => "ces",
            Measure::Rating => "rating",
        }
    }

    /// The measure `name` names, if any.
    pub fn from_name(name: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// One score column: the question as written and every response's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The column's header, e.g. `How likely are you to recommend Northwind Roasters …?`.
    pub text: String,
    pub measure: Measure,
    /// Lowest and highest score of the scale: 0–10 for NPS; else read from the answers (1–5 when
    /// none is above 5, 1–7 when none is above 7, else 0–10 or 1–10). Every score lies in it.
    pub scale: (u8, u8),
    /// Answer of response `i`; `None` when unanswered.
    pub scores: Vec<Option<u8>>,
}

impl Question {
    /// The answers given, unanswered ones skipped.
    pub fn answers(&self) -> impl Iterator<Item = u8> + '_ {
        self.scores.iter().flatten().copied()
    }
}

/// Responses as columns of equal length; entry `i` of each column (and of each question's
/// scores) is response `i`, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Responses {
    /// The respondent, when the form asks for an e-mail, mobile or id.
    pub customer: Vec<Option<CustomerId>>,
    /// When the response was submitted, as written (`Timestamp::day` is its calendar date).
    pub submitted: Vec<Option<Timestamp>>,
    /// `false` for a response its tool marks partial (Typeform `Response Type` = partial): the
    /// respondent left before submitting, so some answers may be missing.
    pub is_complete: Vec<bool>,
    pub questions: Vec<Question>,
    /// The free-text answer, kept for display.
    pub comment: Vec<Option<String>>,
    /// Segment or touchpoint (city, channel …) as written.
    pub segment: Labels,
    /// Sentiment label (Positive, منفی …) as written, when the file has such a column.
    pub sentiment: Labels,
    pub customers: CustomerIds,
}

impl Responses {
    /// Number of responses.
    pub fn len(&self) -> usize {
        self.is_complete.len()
    }

    /// Whether there are no responses.
    pub fn is_empty(&self) -> bool {
        self.is_complete.is_empty()
    }

    /// The first question that measures `measure`.
    pub fn question(&self, measure: Measure) -> Option<&Question> {
        self.questions.iter().find(|q| q.measure == measure)
    }

    /// Reads question `index` (in column order) on `scale` instead of the detected one (a 1–7
    /// form whose answers all happen to be 5 or less reads as 1–5). Refused, leaving the table as
    /// it was, when there is no such question, when it is an NPS question (always 0–10), when the
    /// scale is upside down or when an answer lies outside it.
    pub fn set_scale(&mut self, index: usize, scale: (u8, u8)) -> Result<(), ScaleRefused> {
        let question = self
            .questions
            .get_mut(index)
            .ok_or(ScaleRefused::NoQuestion)?;
        if question.measure == Measure::Nps {
            return Err(ScaleRefused::Nps);
        }
        if scale.0 > scale.1 {
            return Err(ScaleRefused::UpsideDown);
        }
        if let Some(outside) = question
            .answers()
            .find(|a| !(scale.0..=scale.1).contains(a))
        {
            return Err(ScaleRefused::AnswerOutside(outside));
        }
        question.scale = scale;
        Ok(())
    }
}

/// Why `Responses::set_scale` kept the detected scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScaleRefused {
    NoQuestion,
    /// NPS is asked on 0–10 by definition.
    Nps,
    UpsideDown,
    /// This answer lies outside the scale asked for.
    AnswerOutside(u8),
}

impl std::fmt::Display for ScaleRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScaleRefused::NoQuestion => f.write_str("there is no such question"),
            ScaleRefused::Nps => f.write_str("an NPS question is always read on 0–10"),
            ScaleRefused::UpsideDown => f.write_str("its lowest score is above its highest"),
            ScaleRefused::AnswerOutside(a) => write!(f, "an answer of {a} lies outside it"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scale_is_overridden_only_when_every_answer_fits() {
        let question = |measure, scale, scores| Question {
            text: "How satisfied are you?".into(),
            measure,
            scale,
            scores,
        };
        let mut responses = Responses {
            is_complete: vec![true; 3],
            questions: vec![
                question(Measure::Nps, (0, 10), vec![Some(9), None, Some(3)]),
                question(Measure::Csat, (1, 5), vec![Some(1), Some(5), None]),
                question(Measure::Rating, (1, 5), vec![Some(2), Some(2), Some(4)]),
            ],
            ..Responses::default()
        };
        assert_eq!(responses.set_scale(1, (1, 7)), Ok(()));
        assert_eq!(responses.questions[1].scale, (1, 7));
        assert_eq!(
            responses.set_scale(1, (2, 7)),
            Err(ScaleRefused::AnswerOutside(1))
        );
        assert_eq!(
            responses.set_scale(1, (7, 1)),
            Err(ScaleRefused::UpsideDown)
        );
        assert_eq!(
            responses.questions[1].scale,
            (1, 7),
            "refusals change nothing"
        );
        assert_eq!(responses.set_scale(0, (1, 10)), Err(ScaleRefused::Nps));
        assert_eq!(
            responses.set_scale(3, (1, 5)),
            Err(ScaleRefused::NoQuestion)
        );
        // Any rating, not only the first CSAT question.
        assert_eq!(responses.set_scale(2, (0, 10)), Ok(()));
        assert_eq!(responses.questions[2].scale, (0, 10));
    }
}
