//! The settings row at the top of the dashboard: the period every chart buckets by and the
//! activity window W. A window that is not a whole number of days in range shows a message and
//! leaves the last good value in use. A good window is applied once typing pauses, so that a
//! large dataset's report is not recomputed for every digit. `AppState` remembers both.

use leptos::prelude::*;

use super::state::AppState;
use crate::engine::data::Period;
use crate::i18n::{Msg, fill, parse_whole, period_choice, text};
use crate::store::format::{SETTING_PERIODS, WINDOW_DAYS};

/// Period choice and window input.
#[component]
pub fn SettingsRow() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (locale, window_days) = (state.locale, state.window_days);
    let is_invalid = RwSignal::new(false);
    let on_window =
        move |ev| match parse_whole(&event_target_value(&ev)).filter(|w| WINDOW_DAYS.contains(w)) {
            Some(w) => {
                window_days.set(w);
                is_invalid.set(false);
            }
            None => is_invalid.set(true),
        };
    let invalid_text = move || {
        let w = window_days.get().to_string();
        fill(text(locale.get(), Msg::WindowInvalid), &[("w", &w)])
    };
    view! {
        <div class="settings" data-testid="settings">
            <PeriodSelect testid="period" />
            <label>
                <span>{move || text(locale.get(), Msg::WindowLabel)}</span>
                <input
                    type="text"
                    inputmode="numeric"
                    size="6"
                    data-testid="window-days"
                    aria-invalid=move || if is_invalid.get() { "true" } else { "false" }
                    value=window_days.get_untracked().to_string()
                    on:input=on_window
                />
            </label>
            <p class="settings-note">{move || text(locale.get(), Msg::SettingsNote)}</p>
            <Show when=move || is_invalid.get()>
                <p class="settings-error" role="alert" data-testid="window-error">
                    {invalid_text}
                </p>
            </Show>
        </div>
    }
}

/// The period every chart buckets by (week, month or quarter), remembered by `AppState`.
#[component]
pub fn PeriodSelect(testid: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (locale, period) = (state.locale, state.period);
    view! {
            <label>
                <span>{move || text(locale.get(), Msg::Period)}</span>
                <select
                    data-testid=testid
                    on:change=move |ev| {
                        if let Some(p) = Period::from_name(&event_target_value(&ev)) {
                            period.set(p);
                        }
                    }
                >
                    {SETTING_PERIODS
                        .into_iter()
                        .map(|p| {
                            view! {
                                <option value=p.name() selected=move || period.get() == p>
                                    {move || period_choice(locale.get(), p)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
    }
}
