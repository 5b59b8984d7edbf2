//! The headline card: NPS with its 95% margin and n, the responses counted, CSAT (mean, satisfied
//! share) and CES (mean, agree share, direction), each shown only when the form has that
//! question; and notes on what is counted: partial and undated responses.

use std::sync::Arc;

use leptos::prelude::*;

use crate::engine::report::ResponsesReport;
use crate::i18n::{
    SurveyMsg, ces_direction, decimal, fill, group_int, percent_of_rate, plain, survey_text,
};
use crate::ui::state::AppState;

/// Headline numbers of the survey.
#[component]
pub fn Headline(report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    let label = move |msg| move || survey_text(locale.get(), msg);
    let count = |n: u32| group_int(i64::from(n));
    let nps_score = move || {
        report.with(|r| {
            r.nps
                .as_ref()
                .map(|n| decimal(Some(n.score), 1))
                .unwrap_or_default()
        })
    };
    let nps_margin = move || {
        report.with(|r| {
            r.nps.as_ref().map(|n| {
                fill(
                    survey_text(locale.get(), SurveyMsg::NpsMargin),
                    &[("moe", &decimal(Some(n.moe95), 1))],
                )
            })
        })
    };
    let nps_n = move || {
        report.with(|r| {
            r.nps.as_ref().map(|n| {
                fill(
                    survey_text(locale.get(), SurveyMsg::NpsN),
                    &[("n", &count(n.n))],
                )
            })
        })
    };
    let csat_mean = move || {
        report.with(|r| {
            r.csat
                .as_ref()
                .map(|c| decimal(Some(c.mean), 2))
                .unwrap_or_default()
        })
    };
    let csat_detail = move || {
        report.with(|r| {
            r.csat.as_ref().map(|c| {
                fill(
                    survey_text(locale.get(), SurveyMsg::CsatValue),
                    &[
                        ("min", &plain(i64::from(c.scale_min))),
                        ("max", &plain(i64::from(c.scale_max))),
                        ("share", &percent_of_rate(Some(c.satisfied_share), 1)),
                        ("n", &count(c.n)),
                    ],
                )
            })
        })
    };
    let ces_mean = move || {
        report.with(|r| {
            r.ces
                .as_ref()
                .map(|c| decimal(Some(c.mean), 2))
                .unwrap_or_default()
        })
    };
    let ces_detail = move || {
        let loc = locale.get();
        report.with(|r| {
            r.ces.as_ref().map(|c| {
                fill(
                    survey_text(loc, SurveyMsg::CesValue),
                    &[
                        ("min", &plain(i64::from(c.scale_min))),
                        ("max", &plain(i64::from(c.scale_max))),
                        (
                            "direction",
                            ces_direction(loc, &c.direction).unwrap_or(&c.direction),
                        ),
                        ("share", &percent_of_rate(Some(c.agree_share), 1)),
                        ("n", &count(c.n)),
                    ],
                )
            })
        })
    };
    let note = move || {
        report.with(|r| {
            fill(
                survey_text(locale.get(), SurveyMsg::HeadlineNote),
                &[
                    ("counted", &count(r.counted)),
                    ("responses", &count(r.responses)),
                ],
            )
        })
    };
    let partial_note = move || {
        report.with(|r| {
            let msg = if r.include_partial {
                SurveyMsg::PartialCounted
            } else {
                SurveyMsg::PartialNotCounted
            };
            fill(survey_text(locale.get(), msg), &[("n", &count(r.partial))])
        })
    };
    let undated_note = move || {
        report.with(|r| {
            (r.undated > 0).then(|| {
                fill(
                    survey_text(locale.get(), SurveyMsg::Undated),
                    &[("n", &count(r.undated))],
                )
            })
        })
    };
    view! {
        <article class="card survey-headline">
            <div class="kpis">
                <Show when=move || report.with(|r| r.nps.is_some())>
                    <div class="kpi">
                        <span class="kpi-label">{label(SurveyMsg::Nps)}</span>
                        <span class="kpi-value" data-testid="survey-nps">
                            <bdi dir="ltr">{nps_score}</bdi>
                        </span>
                        <span class="kpi-detail" data-testid="survey-nps-margin">{nps_margin}</span>
                        <span class="kpi-detail" data-testid="survey-nps-n">{nps_n}</span>
                    </div>
                </Show>
                <div class="kpi">
                    <span class="kpi-label">{label(SurveyMsg::Responses)}</span>
                    <span class="kpi-value" data-testid="survey-responses">
                        {move || report.with(|r| count(r.counted))}
                    </span>
                </div>
                <Show when=move || report.with(|r| r.csat.is_some())>
                    <div class="kpi" data-testid="survey-csat">
                        <span class="kpi-label">{label(SurveyMsg::Csat)}</span>
                        <span class="kpi-value" data-testid="survey-csat-mean">
                            <bdi dir="ltr">{csat_mean}</bdi>
                        </span>
                        <span class="kpi-detail">{csat_detail}</span>
                    </div>
                </Show>
                <Show when=move || report.with(|r| r.ces.is_some())>
                    <div class="kpi" data-testid="survey-ces">
                        <span class="kpi-label">{label(SurveyMsg::Ces)}</span>
                        <span class="kpi-value" data-testid="survey-ces-mean">
                            <bdi dir="ltr">{ces_mean}</bdi>
                        </span>
                        <span class="kpi-detail">{ces_detail}</span>
                    </div>
                </Show>
            </div>
            <p class="chart-note" data-testid="survey-headline-note">{note}</p>
            <p class="chart-note" data-testid="survey-partial-note">{partial_note}</p>
            <p class="chart-note" data-testid="survey-undated-note">{undated_note}</p>
        </article>
    }
}
