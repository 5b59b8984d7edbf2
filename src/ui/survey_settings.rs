//! The settings row above a survey's dashboard: the trend's period, whether partial responses
//! count, the lowest satisfied CSAT score and which end of the CES scale is good — each shown with
//! what it is now (the detected default is named) and overridable. Scales are corrected on the
//! questions card. It says how many
//! responses are counted. The choices belong to the survey shown: `AppState::set_responses`
//! resets them.

use leptos::prelude::*;

use super::settings::PeriodSelect;
use super::state::AppState;
use crate::engine::data::Measure;
use crate::engine::metrics::ces::{Direction, direction_of};
use crate::engine::metrics::satisfaction::SurveyConfig;
use crate::i18n::{Msg, fill, group_int, plain, text};

/// Period, partial responses, CSAT threshold and CES direction.
#[component]
pub fn SurveySettings() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (locale, survey) = (state.locale, state.survey);
    let report = state.responses_report;
    let counted = move || {
        report.with(|report| {
            report.as_ref().map(|r| {
                let msg = if r.partial == 0 {
                    Msg::SurveyCountedAll
                } else {
                    Msg::SurveyCounted
                };
                fill(
                    text(locale.get(), msg),
                    &[
                        ("counted", &group_int(i64::from(r.counted))),
                        ("responses", &group_int(i64::from(r.responses))),
                        ("partial", &group_int(i64::from(r.partial))),
                    ],
                )
            })
        })
    };
    let csat_scale = move || {
        report.with(|r| {
            r.as_ref()
                .and_then(|r| r.csat.as_ref())
                .map(|c| (c.scale_min, c.scale_max, c.satisfied_from))
        })
    };
    // The direction the CES question's wording implies, which "auto" uses.
    let ces_detected = move || {
        state.responses.with(|shown| {
            let question = shown.as_ref()?.question(Measure::Ces)?;
            Some(direction_of(&question.text, question.scale))
        })
    };
    let set = move |change: &dyn Fn(&mut SurveyConfig)| survey.update(|config| change(config));
    view! {
        <fieldset class="settings survey-settings" data-testid="survey-settings">
            <legend>{move || text(locale.get(), Msg::SettingsMetrics)}</legend>
            <PeriodSelect testid="survey-period" />
            <label class="check" class:hidden=move || report.with(|r| r.as_ref().is_none_or(|r| r.partial == 0))>
                <input
                    type="checkbox"
                    data-testid="include-partial"
                    prop:checked=move || survey.with(|c| c.include_partial)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        set(&|c| c.include_partial = on);
                    }
                />
                <span>{move || text(locale.get(), Msg::IncludePartial)}</span>
            </label>
            {move || {
                let (low, high, from) = csat_scale()?;
                let loc = locale.get();
                let chosen = survey.with(|c| c.csat.satisfied_from);
                Some(view! {
                    <label>
                        <span>{text(loc, Msg::SatisfiedFrom)}</span>
                        <select
                            data-testid="satisfied-from"
                            on:change=move |ev| {
                                let value = event_target_value(&ev).parse::<u8>().ok();
                                set(&|c| c.csat.satisfied_from = value);
                            }
                        >
                            <option value="auto" selected=chosen.is_none()>
                                {fill(text(loc, Msg::TopTwoBox), &[("k", &plain(i64::from(high.saturating_sub(1).max(low))))])}
                            </option>
                            {(low..=high)
                                .map(|k| {
                                    view! {
                                        <option value=k.to_string() selected=chosen == Some(k)>
                                            {format!("≥ {}", plain(i64::from(k)))}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                        <span class="settings-note" data-testid="satisfied-now">
                            {fill(text(loc, Msg::SatisfiedNow), &[("k", &plain(i64::from(from))), ("max", &plain(i64::from(high)))])}
                        </span>
                    </label>
                })
            }}
            {move || {
                let detected = ces_detected()?;
                let loc = locale.get();
                let chosen = survey.with(|c| c.ces.direction);
                let name = |d: Direction| match d {
                    Direction::HighIsGood => text(loc, Msg::HighIsGood),
                    Direction::LowIsGood => text(loc, Msg::LowIsGood),
                };
                Some(view! {
                    <label>
                        <span>{text(loc, Msg::CesDirection)}</span>
                        <select
                            data-testid="ces-direction"
                            on:change=move |ev| {
                                let value = match event_target_value(&ev).as_str() {
                                    "high_is_good" => Some(Direction::HighIsGood),
                                    "low_is_good" => Some(Direction::LowIsGood),
                                    _ => None,
                                };
                                set(&|c| c.ces.direction = value);
                            }
                        >
                            <option value="auto" selected=chosen.is_none()>
                                {fill(text(loc, Msg::FromTheQuestion), &[("d", name(detected))])}
                            </option>
                            {[Direction::HighIsGood, Direction::LowIsGood]
                                .into_iter()
                                .map(|d| {
                                    view! {
                                        <option value=d.name() selected=chosen == Some(d)>
                                            {name(d)}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                })
            }}
            <p class="settings-note" data-testid="survey-counted">{counted}</p>
        </fieldset>
    }
}
