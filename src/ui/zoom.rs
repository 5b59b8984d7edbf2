//! Zooming the time charts: dragging across a chart's periods shows only those on every time
//! chart (CRR, lifecycle, a survey's trends) until "Show all". A view, not a filter: the numbers
//! of each period stay as computed over all the orders. The zoom is held as the first and last
//! period label, which sort in time order within one kind of period (`2024-03`, `2024-W07`,
//! `1403-01-04`); it is cleared when the periods change.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n::{Msg, digits, fill, text};

/// The rows of a chart whose `labels` fall inside `zoom` (first and last label, inclusive); every
/// row when not zoomed or when none falls inside.
pub fn zoomed<'a>(
    labels: impl ExactSizeIterator<Item = &'a str>,
    zoom: Option<&(String, String)>,
) -> Range<usize> {
    let all = 0..labels.len();
    let Some((first, last)) = zoom else {
        return all;
    };
    let inside: Vec<usize> = labels
        .enumerate()
        .filter(|(_, label)| *label >= first.as_str() && *label <= last.as_str())
        .map(|(i, _)| i)
        .collect();
    match (inside.first(), inside.last()) {
        (Some(&lo), Some(&hi)) => lo..hi + 1,
        _ => all,
    }
}

/// For a time chart of `report` (orders or a survey's) whose rows are labelled `labels`: the rows
/// the zoom leaves on it, and what a drag over rows `first..=last` of the chart as shown does
/// (zoom every time chart to their periods).
pub fn zoom_of<R: Send + Sync + 'static>(
    zoom: RwSignal<Option<(String, String)>>,
    report: Signal<Arc<R>>,
    labels: fn(&R) -> Vec<&str>,
) -> (
    impl Fn(&R) -> Range<usize> + Copy + 'static,
    impl Fn(usize, usize) + Copy + 'static,
) {
    let shown = move |r: &R| zoom.with(|z| zoomed(labels(r).into_iter(), z.as_ref()));
    let drag = move |first: usize, last: usize| {
        report.with_untracked(|r| {
            let (labels, start) = (labels(r), shown(r).start);
            if let (Some(a), Some(b)) = (labels.get(start + first), labels.get(start + last)) {
                zoom.set(Some(((*a).to_owned(), (*b).to_owned())));
            }
        });
    };
    (shown, drag)
}

/// Under a time chart: how to zoom, or what is shown and a button to show every period.
#[component]
pub fn ZoomNote(testid: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (locale, zoom) = (state.locale, state.zoom);
    move || {
        let loc = locale.get();
        match zoom.get() {
            None => view! { <p class="chart-note zoom-hint">{text(loc, Msg::ZoomHint)}</p> }
                .into_any(),
            Some((first, last)) => view! {
                <p class="chart-note zoom-note" role="status" data-testid=testid>
                    {fill(text(loc, Msg::ZoomedTo), &[("from", &digits(&first)), ("to", &digits(&last))])}
                    " "
                    <button
                        type="button"
                        class="link"
                        data-testid=format!("{testid}-reset")
                        on:click=move |_| zoom.set(None)
                    >
                        {text(loc, Msg::ShowAllPeriods)}
                    </button>
                </p>
            }
                .into_any(),
        }
    }
}
