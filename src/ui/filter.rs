//! The filter row under the settings: a date range and, when the dataset has a segment column, a
//! segment. Every chart and table then counts only those orders (`OrdersFilter`, applied by
//! `engine::report::orders_report`), and a line says so. A start after the end shows a message
//! and keeps the last good range. The filter belongs to the dataset shown: `AppState::set_orders`
//! clears it.

use leptos::prelude::*;

use super::state::AppState;
use crate::engine::data::{Day, OrdersFilter};
use crate::i18n::{Msg, fill, filter_description, group_int, text};

/// Date range and segment choice, and what they leave counted.
#[component]
pub fn FilterRow() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (locale, filter, orders) = (state.locale, state.filter, state.orders);
    // The dataset's whole range bounds the date inputs; the segment list with purchase counts.
    let bounds = Memo::new(move |_| orders.with(|o| o.day_range()));
    let statuses = state.statuses;
    let segments = Memo::new(move |_| {
        let choice = statuses.get();
        orders.with(|o| {
            let column = o.segment.as_ref().map(|c| c.name.clone());
            let counts: Vec<(String, u32)> = o
                .segment_counts(choice)
                .into_iter()
                .map(|(name, n)| (name.to_owned(), n))
                .collect();
            (column, counts)
        })
    });
    let is_invalid = RwSignal::new(false);
    let set_day = move |is_from: bool, value: String| {
        let day = Day::from_iso(value.trim());
        let mut next = filter.get_untracked();
        if is_from {
            next.from = day;
        } else {
            next.to = day;
        }
        if let (Some(from), Some(to)) = (next.from, next.to)
            && from > to
        {
            is_invalid.set(true);
            return;
        }
        is_invalid.set(false);
        filter.set(next);
    };
    let day_text = |day: Option<Day>| day.map(|d| d.to_string()).unwrap_or_default();
    let min = move || bounds.get().map(|(first, _)| first.to_string());
    let max = move || bounds.get().map(|(_, last)| last.to_string());
    // The From (`is_from`) or To input, bounded by the dataset's range.
    let date_input = move |is_from: bool| {
        let (label, testid) = if is_from {
            (Msg::FilterFrom, "filter-from")
        } else {
            (Msg::FilterTo, "filter-to")
        };
        let value = move || filter.with(|f| day_text(if is_from { f.from } else { f.to }));
        view! {
            <label>
                <span>{move || text(locale.get(), label)}</span>
                <input
                    type="date"
                    data-testid=testid
                    min=min
                    max=max
                    prop:value=value
                    on:change=move |ev| set_day(is_from, event_target_value(&ev))
                />
            </label>
        }
    };
    let column_name = move || segments.with(|(column, _)| column.clone().unwrap_or_default());
    let segment_select = move || {
        let (column, counts) = segments.get();
        column?;
        let loc = locale.get();
        let label = fill(text(loc, Msg::SegmentLabel), &[("column", &column_name())]);
        let options = counts
            .into_iter()
            .enumerate()
            .map(|(idx, (name, n))| {
                let idx = u32::try_from(idx).unwrap_or(u32::MAX);
                let label = format!("{name} ({})", group_int(i64::from(n)));
                view! {
                    <option
                        value=idx.to_string()
                        selected=move || filter.with(|f| f.segment == Some(idx))
                    >
                        {label}
                    </option>
                }
            })
            .collect_view();
        Some(view! {
            <label>
                <span>{label}</span>
                <select
                    data-testid="segment-filter"
                    on:change=move |ev| {
                        let segment = event_target_value(&ev).parse::<u32>().ok();
                        filter.update(|f| f.segment = segment);
                    }
                >
                    <option value="" selected=move || filter.with(|f| f.segment.is_none())>
                        {text(loc, Msg::AllSegments)}
                    </option>
                    {options}
                </select>
            </label>
        })
    };
    let summary = move || {
        let current = filter.get();
        if current.is_everything() {
            return None;
        }
        let loc = locale.get();
        let segment = current.segment.and_then(|idx| {
            segments.with(|(_, counts)| counts.get(idx as usize).map(|(name, _)| name.clone()))
        });
        let what = filter_description(
            loc,
            &current,
            bounds.get(),
            &column_name(),
            segment.as_deref(),
            state.calendar.get(),
        );
        Some(view! {
            <p class="filter-note" role="status" data-testid="filter-note">
                <span>{fill(text(loc, Msg::FilteredBy), &[("filter", &what)])}</span>
                " "
                <button
                    type="button"
                    class="link"
                    data-testid="filter-clear"
                    on:click=move |_| {
                        is_invalid.set(false);
                        filter.set(OrdersFilter::default());
                    }
                >
                    {text(loc, Msg::ShowAllOrders)}
                </button>
            </p>
        })
    };
    view! {
        <div class="settings filters" data-testid="filters">
            {date_input(true)}
            {date_input(false)}
            {segment_select}
            <Show when=move || is_invalid.get()>
                <p class="settings-error" role="alert" data-testid="range-error">
                    {move || text(locale.get(), Msg::RangeInvalid)}
                </p>
            </Show>
        </div>
        {summary}
    }
}
