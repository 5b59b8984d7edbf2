//! Published figures quoted in issue 4, shown beside the user's own number as labelled
//! benchmarks: muted, named as published, with their source, and never computed from the data
//! or mixed into a computed value. `shared/DESIGN.md` does not carry these two figures; their
//! sources are named as the figures are usually quoted (Invesp, citing Farris et al.'s
//! *Marketing Metrics* for 60–70% vs 5–20%).

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n::{Msg, percent_of_rate, text};

/// A published figure: what it says and who published it.
#[derive(Debug, Clone, Copy)]
pub struct Published {
    pub figure: Msg,
    /// A caveat said after the figure, if it is easily mistaken for the user's own measure.
    pub caveat: Option<Msg>,
    /// Author and work, as they are cited (names, not translated).
    pub source: &'static str,
}

/// "Loyal customers spend 31% more than new customers", beside repeat-vs-first AOV.
pub const LOYAL_SPEND: Published = Published {
    figure: Msg::BenchmarkSpend,
    caveat: None,
    source: "Invesp (Khalid Saleh)",
};

/// "60–70% chance of selling to an existing customer, 5–20% to a new one", beside the repeat
/// purchase rate.
pub const SELL_CHANCE: Published = Published {
    figure: Msg::BenchmarkSell,
    caveat: Some(Msg::BenchmarkSellCaveat),
    source: "Farris, Bendle, Pfeifer & Reibstein, Marketing Metrics; Invesp (Khalid Saleh)",
};

/// The user's own number (`own`, labelled `label`) and beside it, muted, the published figure.
#[component]
pub fn BenchmarkBeside(
    label: Msg,
    #[prop(into)] own: Signal<String>,
    own_testid: &'static str,
    published: Published,
    testid: &'static str,
) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    view! {
        <div class="benchmark-pair">
            <p class="own-figure">
                <span>{move || text(locale.get(), label)}</span>
                " "
                <strong data-testid=own_testid><bdi dir="ltr">{own}</bdi></strong>
            </p>
            <aside class="benchmark" data-testid=testid>
                <span class="benchmark-label" data-testid="benchmark-label">
                    {move || text(locale.get(), Msg::BenchmarkLabel)}
                </span>
                " "
                <q class="benchmark-figure">{move || text(locale.get(), published.figure)}</q>
                {published.caveat.map(|caveat| view! {
                    " "
                    <span class="benchmark-caveat">{move || text(locale.get(), caveat)}</span>
                })}
                " "
                <cite class="benchmark-source">
                    {move || text(locale.get(), Msg::BenchmarkSource)}
                    " "
                    <bdi dir="ltr">{published.source}</bdi>
                </cite>
            </aside>
        </div>
    }
}

/// The repeat purchase rate beside the published chance of selling to an existing customer.
#[component]
pub fn RepeatRateBenchmark() -> impl IntoView {
    let report = expect_context::<AppState>().report;
    view! {
        <BenchmarkBeside
            label=Msg::OwnRepeatRate
            own=Signal::derive(move || report.with(|r| percent_of_rate(r.repeat_purchase_rate, 2)))
            own_testid="own-repeat-rate"
            published=SELL_CHANCE
            testid="benchmark-repeat-rate"
        />
    }
}
