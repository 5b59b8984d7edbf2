//! A row of toggle buttons choosing one of a few views of a chart; the chosen one is
//! `aria-pressed="true"`.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n::{Msg, text};

/// Buttons for `options` (value, label, test id); clicking one sets `selected`.
#[component]
pub fn Choice<T>(options: Vec<(T, Msg, &'static str)>, selected: RwSignal<T>) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let locale = expect_context::<AppState>().locale;
    view! {
        <div class="choice" role="group">
            {options
                .into_iter()
                .map(|(value, label, testid)| {
                    view! {
                        <button
                            type="button"
                            data-testid=testid
                            aria-pressed=move || if selected.get() == value { "true" } else { "false" }
                            on:click=move |_| selected.set(value)
                        >
                            {move || text(locale.get(), label)}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
