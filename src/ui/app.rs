//! The page frame: header with the product name and language switch, the dataset panel, and the
//! dashboard of the dataset shown (orders, or a survey's satisfaction). Provides `AppState` and
//! keeps `<html lang dir>` in step with the locale.

use leptos::prelude::*;

use super::dashboard::Dashboard;
use super::datasets::DatasetPanel;
use super::import::ImportWizard;
use super::sentiment::SentimentCard;
use super::settings::SettingsPanel;
use super::state::{AppState, stored_locale};
use super::survey::SurveyDashboard;
use super::survey_settings::SurveySettings;
use super::theme::system_theme;
use crate::engine::data::Responses;
use crate::engine::report::{ResponsesConfig, responses_report};
use crate::i18n::{Locale, Msg, text};
use std::sync::Arc;

/// The browser's preferred language, English when unknown.
fn browser_locale() -> Locale {
    let tag = web_sys::window().and_then(|window| window.navigator().language());
    tag.map(|tag| Locale::from_tag(&tag)).unwrap_or_default()
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(stored_locale().unwrap_or_else(browser_locale));
    provide_context(state);
    provide_context(system_theme());
    let locale = state.locale;
    // A survey dataset is shown on the satisfaction dashboard, orders on the orders one.
    let is_survey = Memo::new(move |_| state.responses.with(Option::is_some));
    // Shown only while a survey is: an empty survey's report fills the gap until then.
    let survey_report = Signal::derive(move || {
        state.responses_report.get().unwrap_or_else(|| {
            Arc::new(responses_report(
                &Responses::default(),
                &ResponsesConfig::default(),
            ))
        })
    });

    // Push the language and writing direction out of the graph, onto <html>.
    Effect::new(move || {
        let locale = locale.get();
        let root = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.document_element());
        if let Some(root) = root {
            let dir = if locale.is_rtl() { "rtl" } else { "ltr" };
            for (name, value) in [("lang", locale.tag()), ("dir", dir)] {
                if let Err(err) = root.set_attribute(name, value) {
                    leptos::logging::warn!("cannot set <html {name}>: {err:?}");
                }
            }
        }
    });

    view! {
        <header class="app-header">
            <div class="brand">
                <h1>"Vafa" <span class="brand-native">" · وفا"</span></h1>
                <p class="tagline">{move || text(locale.get(), Msg::Tagline)}</p>
            </div>
            <label class="language">
                <span class="visually-hidden">{move || text(locale.get(), Msg::Language)}</span>
                <select
                    data-testid="language"
                    on:change=move |ev| {
                        let tag = event_target_value(&ev);
                        locale.set(Locale::from_tag(&tag));
                    }
                >
                    {Locale::ALL
                        .into_iter()
                        .map(|option| {
                            view! {
                                <option
                                    value=option.tag()
                                    selected=move || locale.get() == option
                                >
                                    {option.native_name()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </header>
        // Numbers are spelt when a view is built: a new language or digit set builds the page's
        // body again (its state lives in `AppState`), after `numbers` has set the symbols.
        {move || {
            // Read, not only tracked: a memo is computed when read, and sets the symbols then.
            state.numbers.with(|_| ());
            view! {
        <main class="layout">
            <DatasetPanel />
            {move || {
                if is_survey.get() {
                    view! {
                        <section class="dashboard">
                            <ImportWizard />
                            <SettingsPanel>
                                <SurveySettings />
                            </SettingsPanel>
                            <SurveyDashboard report=survey_report />
                            <SentimentCard />
                        </section>
                    }
                        .into_any()
                } else {
                    view! { <Dashboard /> }.into_any()
                }
            }}
        </main>
            }
        }}
        <footer class="app-footer">{move || text(locale.get(), Msg::PrivacyNote)}</footer>
    }
}
