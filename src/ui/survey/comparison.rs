//! The comparison card: the last full period against the one before it, one sentence per
//! metric naming its test (difference of NPS with its standard error, z test; two-proportion
//! z-test for the CSAT satisfied and CES agree shares), its p-value, and "not significant" when
//! it is not; a side with fewer than 30 answers is flagged.

use std::sync::Arc;

use leptos::prelude::*;

use crate::engine::report::{ComparisonRow, PeriodComparison, ResponsesReport};
use crate::i18n::{Locale, SurveyMsg, digits, fill, ltr, p_value, signed_decimal, survey_text};
use crate::ui::state::AppState;

/// One metric's sentence: `share` differences (fractions) in percentage points.
fn sentence(
    loc: Locale,
    msg: SurveyMsg,
    periods: &PeriodComparison,
    row: &ComparisonRow,
    share: bool,
) -> String {
    let diff = if share {
        row.difference * 100.0
    } else {
        row.difference
    };
    let verdict = if row.is_significant {
        SurveyMsg::Significant
    } else {
        SurveyMsg::NotSignificantShort
    };
    let mut out = fill(
        survey_text(loc, msg),
        &[
            ("from", &ltr(&digits(&periods.from))),
            ("to", &ltr(&digits(&periods.to))),
            ("diff", &ltr(&signed_decimal(Some(diff), 1))),
            ("p", &ltr(&p_value(row.p_value))),
            ("verdict", survey_text(loc, verdict)),
        ],
    );
    if row.small_sample {
        out.push(' ');
        out.push_str(&format!(
            "({})",
            survey_text(loc, SurveyMsg::SmallSampleCaveat)
        ));
    }
    out
}

/// The sentences of the comparison, each with its testid.
fn sentences(loc: Locale, periods: &PeriodComparison) -> Vec<(&'static str, String)> {
    let metrics = [
        (
            &periods.nps,
            SurveyMsg::ComparisonNps,
            false,
            "comparison-nps",
        ),
        (
            &periods.csat_satisfied_share,
            SurveyMsg::ComparisonCsat,
            true,
            "comparison-csat",
        ),
        (
            &periods.ces_agree_share,
            SurveyMsg::ComparisonCes,
            true,
            "comparison-ces",
        ),
    ];
    metrics
        .into_iter()
        .filter_map(|(row, msg, share, testid)| {
            row.as_ref()
                .map(|row| (testid, sentence(loc, msg, periods, row, share)))
        })
        .collect()
}

/// The last two full periods compared by a stated test.
#[component]
pub fn Comparison(report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    let body = move || {
        let loc = locale.get();
        report.with(|r| match &r.comparison {
            Some(periods) => sentences(loc, periods)
                .into_iter()
                .map(|(testid, line)| view! { <p data-testid=testid>{line}</p> })
                .collect_view()
                .into_any(),
            None => view! { <p>{survey_text(loc, SurveyMsg::NoComparison)}</p> }.into_any(),
        })
    };
    view! {
        <article class="card" data-testid="survey-comparison">
            <h2>{move || survey_text(locale.get(), SurveyMsg::ComparisonTitle)}</h2>
            <div class="survey-comparison">{body}</div>
        </article>
    }
}
