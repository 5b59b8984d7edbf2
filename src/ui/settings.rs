//! The settings panel at the top of a dashboard: what the numbers depend on (for orders the
//! period every chart buckets by, the activity window W, the cohort table and which order
//! statuses count as purchases; a survey's choices
//! come from `survey_settings`) and how they are shown (language, digits, calendar). `AppState`
//! remembers every choice and writes it in the page's address.
//!
//! A window that is not a whole number of days in range shows a message and leaves the last good
//! value in use.

use leptos::prelude::*;

use super::state::AppState;
use crate::charts::heatmap::Retention;
use crate::engine::data::{CHOOSABLE_STATUSES, Calendar, Period};
use crate::i18n::{
    Locale, Msg, Numerals, fill, group_int, parse_whole, period_choice, plain, text,
};
use crate::store::format::{SETTING_PERIODS, WINDOW_DAYS};

/// Windows narrower than this (a phone) open with the panel folded, so the numbers come first.
const FOLDED_BELOW_PX: f64 = 700.0;

/// The panel: `children` (the metrics' choices), the display choices, and what is remembered.
/// Open at first on a wide window, folded on a phone; a click on its title folds or opens it.
#[component]
pub fn SettingsPanel(children: Children) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (locale, open) = (state.locale, state.settings_open);
    if open.get_untracked().is_none() {
        let wide = web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .is_none_or(|w| w >= FOLDED_BELOW_PX);
        open.set(Some(wide));
    }
    view! {
        <details
            class="settings-panel card"
            prop:open=move || open.get().unwrap_or(true)
            on:toggle=move |ev| {
                let now = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                if open.get_untracked() != Some(now) {
                    open.set(Some(now));
                }
            }
            data-testid="settings-panel"
        >
            <summary>{move || text(locale.get(), Msg::Settings)}</summary>
            <div class="settings-groups">
                {children()}
                <DisplaySettings />
            </div>
            <p class="settings-note">{move || text(locale.get(), Msg::SettingsRemembered)}</p>
        </details>
    }
}

/// Language, digits and calendar.
#[component]
fn DisplaySettings() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (locale, numerals, calendar) = (state.locale, state.numerals, state.calendar);
    let calendar_name = move |c: Calendar| match c {
        Calendar::Gregorian => text(locale.get(), Msg::Gregorian),
        Calendar::Jalali => text(locale.get(), Msg::Jalali),
    };
    view! {
        <fieldset class="settings" data-testid="display-settings">
            <legend>{move || text(locale.get(), Msg::SettingsDisplay)}</legend>
            <label>
                <span>{move || text(locale.get(), Msg::Language)}</span>
                <select
                    data-testid="panel-language"
                    on:change=move |ev| locale.set(Locale::from_tag(&event_target_value(&ev)))
                >
                    {Locale::ALL
                        .into_iter()
                        .map(|option| {
                            view! {
                                <option value=option.tag() selected=move || locale.get() == option>
                                    {option.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span>{move || text(locale.get(), Msg::Digits)}</span>
                <select
                    data-testid="digits"
                    on:change=move |ev| {
                        numerals.set(Numerals::from_system(&event_target_value(&ev)));
                    }
                >
                    <option value="" selected=move || numerals.get().is_none()>
                        {move || text(locale.get(), Msg::DigitsOfLanguage)}
                    </option>
                    {Numerals::ALL
                        .into_iter()
                        .map(|option| {
                            view! {
                                <option
                                    value=option.system()
                                    selected=move || numerals.get() == Some(option)
                                >
                                    {option.sample()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span>{move || text(locale.get(), Msg::Calendar)}</span>
                <select
                    data-testid="calendar"
                    on:change=move |ev| {
                        if let Some(c) = Calendar::from_name(&event_target_value(&ev)) {
                            calendar.set(c);
                        }
                    }
                >
                    {Calendar::ALL
                        .into_iter()
                        .map(|c| {
                            view! {
                                <option value=c.name() selected=move || calendar.get() == c>
                                    {move || calendar_name(c)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </fieldset>
    }
}

/// The orders dashboard's choices: period, window and cohort table.
#[component]
pub fn OrdersSettings() -> impl IntoView {
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
        let w = plain(i64::from(window_days.get()));
        fill(text(locale.get(), Msg::WindowInvalid), &[("w", &w)])
    };
    let cohort_view = state.cohort_view;
    let cohort_name = move |r: Retention| {
        let msg = match r {
            Retention::On => Msg::VariantOn,
            Retention::OnOrAfter => Msg::VariantOnOrAfter,
            Retention::Revenue => Msg::VariantRevenue,
        };
        text(locale.get(), msg)
    };
    view! {
        <fieldset class="settings" data-testid="settings">
            <legend>{move || text(locale.get(), Msg::SettingsMetrics)}</legend>
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
            <label>
                <span>{move || text(locale.get(), Msg::CohortTable)}</span>
                <select
                    data-testid="cohort-table"
                    on:change=move |ev| {
                        if let Some(r) = Retention::from_name(&event_target_value(&ev)) {
                            cohort_view.set(r);
                        }
                    }
                >
                    {Retention::ALL
                        .into_iter()
                        .map(|r| {
                            view! {
                                <option value=r.name() selected=move || cohort_view.get() == r>
                                    {move || cohort_name(r)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <p class="settings-note">{move || text(locale.get(), Msg::SettingsNote)}</p>
            <Show when=move || is_invalid.get()>
                <p class="settings-error" role="alert" data-testid="window-error">
                    {invalid_text}
                </p>
            </Show>
        </fieldset>
        <StatusSettings />
    }
}

/// A checkbox per order status of the orders shown (those with a status column): checked
/// statuses count as purchases. The import decided at first; a change here is remembered for
/// the dataset and written in the page's address, and "As imported" goes back.
#[component]
fn StatusSettings() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (locale, orders, statuses) = (state.locale, state.orders, state.statuses);
    // (name, orders, counts) per status, and the purchases under the choice.
    let rows = Memo::new(move |_| {
        let choice = statuses.get();
        orders.with(|orders| {
            let counts: Vec<(String, u32, bool)> = orders
                .status_counts(choice)
                .into_iter()
                .map(|(name, n, counts)| (name.to_owned(), n, counts))
                .collect();
            (counts, orders.purchase_count(choice), orders.len())
        })
    });
    let toggle = move |idx: usize, on: bool| {
        let imported = orders.with_untracked(|o| o.status.as_ref().map(|c| c.imported_choice()));
        let Some(imported) = imported else {
            return;
        };
        let now = statuses.get_untracked().unwrap_or(imported);
        let bit = 1u64 << idx;
        let next = if on { now | bit } else { now & !bit };
        statuses.set(if next == imported { None } else { Some(next) });
    };
    move || {
        let (counts, counted, total) = rows.get();
        if counts.is_empty() {
            return None;
        }
        let loc = locale.get();
        let boxes = counts
            .into_iter()
            .enumerate()
            .map(|(idx, (name, n, counts))| {
                let choosable = idx < CHOOSABLE_STATUSES;
                view! {
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="status-counts"
                            data-status=name.clone()
                            prop:checked=counts
                            disabled=!choosable
                            on:change=move |ev| toggle(idx, event_target_checked(&ev))
                        />
                        <span>
                            <bdi>{name}</bdi>
                            {format!(" ({})", group_int(i64::from(n)))}
                        </span>
                    </label>
                }
            })
            .collect_view();
        let summary = fill(
            text(loc, Msg::StatusesCounted),
            &[
                ("counted", &group_int(counted as i64)),
                ("orders", &group_int(total as i64)),
            ],
        );
        Some(view! {
            <fieldset class="settings statuses" data-testid="status-settings">
                <legend>{text(loc, Msg::StatusesCount)}</legend>
                {boxes}
                <p class="settings-note" data-testid="statuses-counted">{summary}</p>
                <button
                    type="button"
                    class="link"
                    data-testid="statuses-as-imported"
                    disabled=move || statuses.with(Option::is_none)
                    on:click=move |_| statuses.set(None)
                >
                    {text(loc, Msg::StatusesAsImported)}
                </button>
            </fieldset>
        })
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
