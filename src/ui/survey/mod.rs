//! The survey (satisfaction) dashboard: headline NPS, CSAT and CES of one survey export, every
//! score question (its scale correctable), NPS per period, the answer distributions, trends with
//! 95% bands, the segment table, the tested comparison of the last two full periods and the
//! detractors' comments. Every number comes from `ResponsesReport`; words from `i18n::survey`.
//! From `AppState` the cards read the locale; the questions card also the imported questions and
//! writes the chosen scales.

mod comments;
mod comparison;
mod distribution;
mod headline;
mod nps_trend;
mod questions;
mod segments;
mod trend;

use std::sync::Arc;

use leptos::prelude::*;

use super::state::AppState;
use crate::engine::data::Period;
use crate::engine::report::ResponsesReport;
use crate::i18n::{Locale, Msg, SurveyMsg, period_name, survey_text, text};

/// The satisfaction cards of `report`, one after another.
#[component]
pub fn SurveyDashboard(#[prop(into)] report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    view! {
        <section class="dashboard survey" data-testid="survey-dashboard">
            <h2 class="survey-title">{move || survey_text(locale.get(), SurveyMsg::Title)}</h2>
            <headline::Headline report />
            <questions::Questions report />
            <nps_trend::NpsTrend report />
            <distribution::NpsDistribution report />
            <distribution::CsatDistribution report />
            <distribution::CesDistribution report />
            <trend::SurveyTrend report />
            <segments::Segments report />
            <comparison::Comparison report />
            <comments::Comments report />
        </section>
    }
}

/// The report's period as a noun ("month"), in `loc`.
fn period_word(loc: Locale, report: &ResponsesReport) -> &'static str {
    period_name(loc, Period::from_name(&report.period).unwrap_or_default())
}

/// " (partial period: …)" after a partial period's tooltip line; empty otherwise.
fn partial_suffix(loc: Locale, is_partial: bool) -> String {
    if is_partial {
        format!(" ({})", text(loc, Msg::PartialPeriod))
    } else {
        String::new()
    }
}
