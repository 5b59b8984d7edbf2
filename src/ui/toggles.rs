//! Legend toggles: a button per series of a chart, in its colour, that hides or shows it
//! (`aria-pressed="true"` while shown). The last shown series cannot be hidden, so a chart is
//! never empty by accident.

use std::collections::BTreeSet;

use leptos::prelude::*;
use plotters::style::RGBColor;

use super::state::AppState;
use crate::i18n::{Msg, text};

/// Which series of a chart are hidden, by index.
pub type Hidden = RwSignal<BTreeSet<usize>>;

/// `hidden` with series `index` shown if it was hidden, hidden if it was shown, unless that
/// would hide all `count` series.
pub fn toggled(hidden: &BTreeSet<usize>, index: usize, count: usize) -> BTreeSet<usize> {
    let mut next = hidden.clone();
    if !next.remove(&index) && next.len() + 1 < count {
        next.insert(index);
    }
    next
}

/// A row of toggles for `series` (name and colour); `testid` names the row, each button is
/// `{testid}-{index}`.
#[component]
pub fn SeriesToggles(
    series: Signal<Vec<(String, RGBColor)>>,
    hidden: Hidden,
    testid: &'static str,
) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    view! {
        <div
            class="series-toggles"
            role="group"
            data-testid=testid
            aria-label=move || text(locale.get(), Msg::SeriesShown)
        >
            {move || {
                let series = series.get();
                let count = series.len();
                series
                    .into_iter()
                    .enumerate()
                    .map(|(index, (name, colour))| {
                        let shown = move || !hidden.with(|h| h.contains(&index));
                        view! {
                            <button
                                type="button"
                                class="series-toggle"
                                data-testid=format!("{testid}-{index}")
                                aria-pressed=move || if shown() { "true" } else { "false" }
                                on:click=move |_| hidden.update(|h| *h = toggled(h, index, count))
                            >
                                <span
                                    class="swatch"
                                    style=format!("background:rgb({},{},{})", colour.0, colour.1, colour.2)
                                ></span>
                                {name}
                            </button>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
