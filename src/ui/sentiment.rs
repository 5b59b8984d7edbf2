//! The sentiment card of a survey: the shares of positive, neutral and negative labels (as the
//! file's sentiment column gives them, never guessed from comments), their counts, and the
//! positive:negative ratio. Shown only when the survey has recognised labels.

use leptos::prelude::*;

use super::state::AppState;
use crate::engine::report::SentimentReport;
use crate::i18n::{Msg, decimal, fill, group_int, percent_of_rate, plain, text};

/// Shares bar, counts and ratio.
#[component]
pub fn SentimentCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = state.locale;
    let sentiment = move || {
        state
            .responses_report
            .with(|r| r.as_ref().and_then(|r| r.sentiment.clone()))
    };
    move || {
        let s: SentimentReport = sentiment()?;
        let loc = locale.get();
        let classes = [
            ("positive", Msg::Positive, s.positive, s.positive_share),
            ("neutral", Msg::Neutral, s.neutral, s.neutral_share),
            ("negative", Msg::Negative, s.negative, s.negative_share),
        ];
        let ratio = match s.positive_to_negative {
            Some(ratio) => format!("{} : {}", decimal(Some(ratio), 2), plain(1)),
            None => text(loc, Msg::NoNegatives).to_owned(),
        };
        let note = fill(
            text(loc, Msg::SentimentNote),
            &[
                ("n", &group_int(i64::from(s.n))),
                ("unrecognised", &group_int(i64::from(s.unrecognised))),
            ],
        );
        Some(view! {
            <section class="card" data-testid="sentiment-card">
                <h2>{text(loc, Msg::SentimentTitle)}</h2>
                <div class="share-bar" role="img" aria-label=text(loc, Msg::SentimentTitle)>
                    {classes
                        .iter()
                        .filter(|(_, _, count, _)| *count > 0)
                        .map(|&(class, _, _, share)| {
                            view! {
                                <span
                                    class=format!("share {class}")
                                    style=format!("flex-grow: {share}")
                                ></span>
                            }
                        })
                        .collect_view()}
                </div>
                <ul class="share-legend">
                    {classes
                        .into_iter()
                        .map(|(class, msg, count, share)| {
                            view! {
                                <li data-testid=format!("sentiment-{class}")>
                                    <span class=format!("swatch {class}")></span>
                                    {text(loc, msg)} ": " <strong>{percent_of_rate(Some(share), 1)}</strong>
                                    " (" {group_int(i64::from(count))} ")"
                                </li>
                            }
                        })
                        .collect_view()}
                    <li data-testid="sentiment-ratio">
                        {text(loc, Msg::PositiveToNegative)} ": " <strong>{ratio}</strong>
                    </li>
                </ul>
                <p class="chart-note">{note}</p>
            </section>
        })
    }
}
