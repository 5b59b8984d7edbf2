//! The detractors' comments card: what customers who scored 0–6 wrote, newest first, rendered
//! as text (never as HTML), with a filter box that narrows the list case-insensitively and a
//! count of the comments shown.

use std::sync::Arc;

use leptos::prelude::*;

use crate::engine::report::ResponsesReport;
use crate::i18n::{SurveyMsg, fill, group_int, plain, survey_text};
use crate::ui::numbers::show_day;
use crate::ui::state::AppState;

/// Comments listed at most; the filter reaches the others.
const LISTED: usize = 300;

/// Detractors' comments with a filter.
#[component]
pub fn Comments(report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (locale, calendar) = (state.locale, state.calendar);
    let filter = RwSignal::new(String::new());
    // Indices of the comments the filter keeps.
    let kept = Memo::new(move |_| {
        let needle = filter.with(|f| f.trim().to_lowercase());
        report.with(|r| {
            r.detractor_comments
                .iter()
                .enumerate()
                .filter(|(_, c)| needle.is_empty() || c.text.to_lowercase().contains(&needle))
                .map(|(i, _)| i)
                .collect::<Vec<usize>>()
        })
    });
    let list = move || {
        report.with(|r| {
            kept.with(|kept| {
                kept.iter()
                    .take(LISTED)
                    .filter_map(|&i| r.detractor_comments.get(i))
                    .map(|c| {
                        let (text, date, score) = (c.text.clone(), c.date.clone(), c.score);
                        view! {
                            <li class="comment" data-testid="detractor-comment">
                                <span class="comment-score">{plain(i64::from(score))}</span>
                                <bdi class="comment-text">{text}</bdi>
                                <time class="comment-date">{show_day(&date.unwrap_or_default(), calendar.get())}</time>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let shown = move || {
        let total = report.with(|r| r.detractor_comments.len());
        let matching = kept.with(Vec::len);
        let count = |n: usize| group_int(i64::try_from(n).unwrap_or(i64::MAX));
        fill(
            survey_text(locale.get(), SurveyMsg::CommentsShown),
            &[("shown", &count(matching)), ("total", &count(total))],
        )
    };
    let capped = move || {
        (kept.with(Vec::len) > LISTED).then(|| {
            fill(
                survey_text(locale.get(), SurveyMsg::CommentsCapped),
                &[("k", &plain(LISTED as i64))],
            )
        })
    };
    let label = move || survey_text(locale.get(), SurveyMsg::CommentFilter);
    view! {
        <Show when=move || report.with(|r| r.nps.is_some())>
            <article class="card">
                <h2>{move || survey_text(locale.get(), SurveyMsg::CommentsTitle)}</h2>
                <Show
                    when=move || report.with(|r| !r.detractor_comments.is_empty())
                    fallback=move || {
                        view! {
                            <p data-testid="no-detractor-comments">
                                {survey_text(locale.get(), SurveyMsg::NoComments)}
                            </p>
                        }
                    }
                >
                    <label class="comment-filter">
                        <span>{label}</span>
                        <input
                            type="search"
                            data-testid="comment-filter"
                            prop:value=move || filter.get()
                            on:input=move |ev| filter.set(event_target_value(&ev))
                        />
                    </label>
                    <p class="comment-count" data-testid="comment-count" aria-live="polite">
                        {shown}
                    </p>
                    <ul class="comments" data-testid="detractor-comments">{list}</ul>
                    <p class="chart-note">{capped}</p>
                </Show>
                <p class="chart-note" data-testid="comments-note">
                    {move || survey_text(locale.get(), SurveyMsg::CommentsNote)}
                </p>
            </article>
        </Show>
    }
}
