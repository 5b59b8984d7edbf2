//! The questions card: every score question of the form with what it measures, the scale its
//! answers are read on, its answers, mean with 95% interval and result (NPS ± margin, satisfied
//! share, agree share). The scale of any question but an NPS one can be corrected here (a 1–7
//! form answered only up to 5 is detected as 1–5): the choice goes to `AppState::scales` and every
//! card follows; scales that would leave an answer outside are offered disabled.

use std::sync::Arc;

use leptos::prelude::*;

use crate::engine::data::{Measure, Question};
use crate::engine::report::{QuestionReport, ResponsesReport};
use crate::i18n::{
    Locale, Msg, SurveyMsg, decimal, fill, group_int, measure_name, percent_of_rate, plain,
    survey_text, text,
};
use crate::ui::export::{ExportCsv, TableText};
use crate::ui::state::AppState;

/// The scales a rating question is offered on, besides the detected one.
const SCALES: [(u8, u8); 4] = [(1, 5), (1, 7), (0, 10), (1, 10)];

/// `low–high`.
fn span((low, high): (u8, u8)) -> String {
    format!("{}–{}", plain(i64::from(low)), plain(i64::from(high)))
}

/// The picker of question `index`'s scale. `detected` is the question as imported.
fn scale_select(state: AppState, loc: Locale, index: usize, detected: &Question) -> impl IntoView {
    let scales = state.scales;
    let (lowest, highest) = (detected.answers().min(), detected.answers().max());
    let chosen = scales
        .with(|s| s.get(&index).copied())
        .unwrap_or(detected.scale);
    let detected = detected.scale;
    let mut offered = SCALES.to_vec();
    if !offered.contains(&detected) {
        offered.insert(0, detected);
    }
    let options = offered
        .into_iter()
        .map(|scale| {
            let fits = lowest.is_none_or(|low| scale.0 <= low)
                && highest.is_none_or(|high| high <= scale.1);
            let name = if scale == detected {
                fill(text(loc, Msg::DetectedScale), &[("scale", &span(scale))])
            } else {
                span(scale)
            };
            view! {
                <option value=format!("{}-{}", scale.0, scale.1) disabled=!fits selected=chosen == scale>
                    {name}
                </option>
            }
        })
        .collect_view();
    let label = fill(
        survey_text(loc, SurveyMsg::ScaleOf),
        &[("n", &plain(index as i64 + 1))],
    );
    view! {
        <select
            data-testid=format!("scale-{index}")
            aria-label=label
            on:change=move |ev| {
                let value = event_target_value(&ev);
                let scale = value
                    .split_once('-')
                    .and_then(|(a, b)| Some((a.parse::<u8>().ok()?, b.parse::<u8>().ok()?)));
                scales.update(|s| match scale {
                    Some(scale) if scale != detected => {
                        s.insert(index, scale);
                    }
                    _ => {
                        s.remove(&index);
                    }
                });
            }
        >
            {options}
        </select>
    }
}

/// Mean (with its interval) and result of one question.
fn figures(loc: Locale, q: &QuestionReport) -> (String, String) {
    let mean = |mean: f64, ci: Option<[f64; 2]>| match ci {
        Some([low, high]) => format!(
            "{} ({}–{})",
            decimal(Some(mean), 2),
            decimal(Some(low), 2),
            decimal(Some(high), 2)
        ),
        None => decimal(Some(mean), 2),
    };
    if let Some(nps) = &q.nps {
        let result = fill(
            survey_text(loc, SurveyMsg::NpsResult),
            &[
                ("nps", &decimal(Some(nps.score), 1)),
                ("moe", &decimal(Some(nps.moe95), 1)),
            ],
        );
        let answers = nps.distribution.iter().enumerate();
        let sum: f64 = answers.map(|(score, &n)| score as f64 * f64::from(n)).sum();
        let average = (nps.n > 0).then(|| sum / f64::from(nps.n));
        (decimal(average, 2), result)
    } else if let Some(csat) = &q.csat {
        let result = fill(
            survey_text(loc, SurveyMsg::SatisfiedShare),
            &[
                ("share", &percent_of_rate(Some(csat.satisfied_share), 1)),
                ("k", &plain(i64::from(csat.satisfied_from))),
            ],
        );
        (mean(csat.mean, csat.mean_ci95), result)
    } else if let Some(ces) = &q.ces {
        let result = fill(
            survey_text(loc, SurveyMsg::AgreeShare),
            &[
                ("share", &percent_of_rate(Some(ces.agree_share), 1)),
                ("low", &plain(i64::from(ces.agree_min))),
                ("high", &plain(i64::from(ces.agree_max))),
            ],
        );
        (mean(ces.mean, ces.mean_ci95), result)
    } else {
        ("—".to_owned(), "—".to_owned())
    }
}

/// Answers counted for one question.
fn answered(q: &QuestionReport) -> u32 {
    q.nps
        .as_ref()
        .map(|n| n.n)
        .or(q.csat.as_ref().map(|c| c.n))
        .or(q.ces.as_ref().map(|c| c.n))
        .unwrap_or(0)
}

const HEADER: [SurveyMsg; 6] = [
    SurveyMsg::Question,
    SurveyMsg::Measures,
    SurveyMsg::Scale,
    SurveyMsg::Answers,
    SurveyMsg::MeanCi,
    SurveyMsg::Result,
];

/// The table with its header, for the CSV export: each question's scale as it is read now.
fn table_text(loc: Locale, r: &ResponsesReport, imported: &[Question]) -> TableText {
    let header = HEADER
        .iter()
        .map(|msg| survey_text(loc, *msg).to_owned())
        .collect();
    let rows = r
        .questions
        .iter()
        .zip(imported)
        .map(|(q, detected)| {
            let (mean, result) = figures(loc, q);
            vec![
                q.text.clone(),
                measure_name(loc, detected.measure).to_owned(),
                span((q.scale_min, q.scale_max)),
                group_int(i64::from(answered(q))),
                mean,
                result,
            ]
        })
        .collect();
    (header, rows)
}

/// Every score question of the survey, each scale correctable.
#[component]
pub fn Questions(report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = state.locale;
    let headers = move || {
        let loc = locale.get();
        HEADER
            .into_iter()
            .map(|msg| view! { <th scope="col">{survey_text(loc, msg)}</th> })
            .collect_view()
    };
    let rows = move || {
        let loc = locale.get();
        let imported = state.responses.get()?;
        let rows = report.with(|r| {
            r.questions
                .iter()
                .zip(&imported.questions)
                .enumerate()
                .map(|(index, (q, detected))| {
                    let (mean, result) = figures(loc, q);
                    let scale = if detected.measure == Measure::Nps {
                        span((q.scale_min, q.scale_max)).into_any()
                    } else {
                        scale_select(state, loc, index, detected).into_any()
                    };
                    view! {
                        <tr data-testid="question-row">
                            <th scope="row" class="wrap"><bdi>{q.text.clone()}</bdi></th>
                            <td class="wrap">{measure_name(loc, detected.measure)}</td>
                            <td>{scale}</td>
                            <td>{group_int(i64::from(answered(q)))}</td>
                            <td><bdi>{mean}</bdi></td>
                            <td class="wrap"><bdi>{result}</bdi></td>
                        </tr>
                    }
                })
                .collect_view()
        });
        Some(rows)
    };
    view! {
        <Show when=move || report.with(|r| !r.questions.is_empty())>
            <article class="card">
                <h2>{move || survey_text(locale.get(), SurveyMsg::QuestionsTitle)}</h2>
                <div class="table-scroll" tabindex="0">
                    <table class="data-table" data-testid="survey-questions">
                        <thead>
                            <tr>{headers}</tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <div class="export-row">
                    <ExportCsv
                        name="questions"
                        table=move || {
                            state
                                .responses
                                .with(|imported| {
                                    let questions = imported.as_ref().map_or(&[][..], |i| &i.questions);
                                    report.with(|r| table_text(locale.get(), r, questions))
                                })
                        }
                    />
                </div>
                <p class="chart-note">{move || survey_text(locale.get(), SurveyMsg::QuestionsNote)}</p>
            </article>
        </Show>
    }
}
