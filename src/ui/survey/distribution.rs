//! The answer distributions: counted answers per score 0–10 of the NPS question, coloured by
//! group (detractors, passives, promoters), and per scale point of the CSAT and CES questions;
//! each card shown when the form has that question, with a tooltip giving the score, its count
//! and its share of the answers.

use std::sync::Arc;

use leptos::prelude::*;
use plotters::style::RGBColor;

use crate::charts;
use crate::charts::bars::{Arrangement, BarData, BarLayout, BarSeries, Unit, ValueLabels};
use crate::charts::nps_bars::{DETRACTOR, PASSIVE, PROMOTER};
use crate::charts::palette::SERIES;
use crate::charts::table::{self, Table};
use crate::engine::report::ResponsesReport;
use crate::i18n::{
    Locale, SurveyMsg, ces_direction, fill, group_int, percent_of_rate, plain, survey_text,
};
use crate::ui::chart::{ChartState, tooltip_at};
use crate::ui::state::AppState;
use crate::ui::table::ChartTable;

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 280;

/// Answers per score, each score in one of a few coloured groups.
#[derive(Debug, Clone, PartialEq, Default)]
struct Scores {
    /// The lowest score; `counts[k]` answered `first + k`.
    first: u8,
    counts: Vec<u32>,
    /// `(name, colour)` of each group, and the group of each score.
    groups: Vec<(String, RGBColor)>,
    group_of: Vec<usize>,
}

impl Scores {
    fn bars(&self) -> BarData {
        BarData {
            labels: (0..self.counts.len())
                .map(|k| plain((usize::from(self.first) + k) as i64))
                .collect(),
            series: self
                .groups
                .iter()
                .enumerate()
                .map(|(g, (name, colour))| BarSeries {
                    name: name.clone(),
                    colour: *colour,
                    values: self
                        .counts
                        .iter()
                        .zip(&self.group_of)
                        .map(|(count, of)| (*of == g).then_some(f64::from(*count)))
                        .collect(),
                })
                .collect(),
            arrangement: Arrangement::Stacked,
            unit: Unit::Count,
            value_labels: ValueLabels::Shown,
            ..BarData::default()
        }
    }

    fn total(&self) -> u32 {
        self.counts.iter().sum()
    }
}

fn nps_scores(r: &ResponsesReport, loc: Locale) -> Option<Scores> {
    let nps = r.nps.as_ref()?;
    let group = |msg, colour| (survey_text(loc, msg).to_owned(), colour);
    Some(Scores {
        first: 0,
        counts: nps.distribution.clone(),
        groups: vec![
            group(SurveyMsg::Detractors, DETRACTOR),
            group(SurveyMsg::Passives, PASSIVE),
            group(SurveyMsg::Promoters, PROMOTER),
        ],
        group_of: (0..nps.distribution.len())
            .map(|score| match score {
                0..=6 => 0,
                7 | 8 => 1,
                _ => 2,
            })
            .collect(),
    })
}

fn scale_scores(first: u8, counts: &[u32], loc: Locale) -> Scores {
    Scores {
        first,
        counts: counts.to_vec(),
        groups: vec![(survey_text(loc, SurveyMsg::Answers).to_owned(), SERIES[0])],
        group_of: vec![0; counts.len()],
    }
}

/// One distribution card: the bars of `scores` (none: the card is absent), a title and a note.
#[component]
fn ScoreCard(
    #[prop(into)] scores: Signal<Option<Scores>>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] note: Signal<String>,
    testid: &'static str,
    tooltip_testid: &'static str,
) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    let table = RwSignal::new(Table::default());
    let chart = ChartState::<BarLayout, usize>::new(testid, move |canvas, theme| {
        let data = scores.with(|s| s.as_ref().map(Scores::bars).unwrap_or_default());
        table.set(table::of_bars(
            &data,
            survey_text(locale.get(), SurveyMsg::Score),
        ));
        charts::canvas::paint(canvas, |root| charts::bars::draw(root, &data, theme))
    });
    let tooltip = move || {
        let (i, x, y) = chart.hover.get()?;
        let line = scores.with(|s| {
            let s = s.as_ref()?;
            let count = *s.counts.get(i)?;
            let share = (s.total() > 0).then(|| f64::from(count) / f64::from(s.total()));
            Some(fill(
                survey_text(locale.get(), SurveyMsg::TipScore),
                &[
                    ("score", &plain((usize::from(s.first) + i) as i64)),
                    ("count", &group_int(i64::from(count))),
                    ("share", &percent_of_rate(share, 1)),
                ],
            ))
        })?;
        Some(tooltip_at(tooltip_testid, x, y, line))
    };
    view! {
        <Show when=move || scores.with(Option::is_some)>
            <article class="card">
                <h2>{title}</h2>
                {chart
                    .frame(
                        title,
                        testid,
                        (WIDTH_PX, HEIGHT_PX),
                        chart.on_move(|layout, x_px, _| layout.index_at(x_px)),
                        tooltip,
                    )}
                <p class="chart-note">{note}</p>
                <ChartTable name=testid table=table />
            </article>
        </Show>
    }
}

/// Answers per score 0–10 of the NPS question.
#[component]
pub fn NpsDistribution(report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    let scores = Signal::derive(move || report.with(|r| nps_scores(r, locale.get())));
    let title =
        Signal::derive(move || survey_text(locale.get(), SurveyMsg::DistributionTitle).to_owned());
    let note = Signal::derive(move || {
        report.with(|r| {
            r.nps.as_ref().map_or_else(String::new, |nps| {
                fill(
                    survey_text(locale.get(), SurveyMsg::DistributionNote),
                    &[
                        ("question", &nps.question),
                        ("n", &group_int(i64::from(nps.n))),
                    ],
                )
            })
        })
    });
    view! {
        <ScoreCard
            scores
            title
            note
            testid="nps-distribution-chart"
            tooltip_testid="nps-distribution-tooltip"
        />
    }
}

/// Answers per scale point of the CSAT question.
#[component]
pub fn CsatDistribution(report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    let scores = Signal::derive(move || {
        report.with(|r| {
            let c = r.csat.as_ref()?;
            Some(scale_scores(c.scale_min, &c.distribution, locale.get()))
        })
    });
    let title = Signal::derive(move || {
        report.with(|r| {
            r.csat.as_ref().map_or_else(String::new, |c| {
                fill(
                    survey_text(locale.get(), SurveyMsg::CsatDistributionTitle),
                    &[
                        ("min", &plain(i64::from(c.scale_min))),
                        ("max", &plain(i64::from(c.scale_max))),
                    ],
                )
            })
        })
    });
    let note = Signal::derive(move || {
        report.with(|r| {
            r.csat.as_ref().map_or_else(String::new, |c| {
                fill(
                    survey_text(locale.get(), SurveyMsg::CsatDistributionNote),
                    &[
                        ("question", &c.question),
                        ("n", &group_int(i64::from(c.n))),
                        ("from", &plain(i64::from(c.satisfied_from))),
                        ("max", &plain(i64::from(c.scale_max))),
                        ("share", &percent_of_rate(Some(c.satisfied_share), 1)),
                    ],
                )
            })
        })
    });
    view! {
        <ScoreCard
            scores
            title
            note
            testid="csat-distribution-chart"
            tooltip_testid="csat-distribution-tooltip"
        />
    }
}

/// Answers per scale point of the CES question.
#[component]
pub fn CesDistribution(report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    let scores = Signal::derive(move || {
        report.with(|r| {
            let c = r.ces.as_ref()?;
            Some(scale_scores(c.scale_min, &c.distribution, locale.get()))
        })
    });
    let title = Signal::derive(move || {
        report.with(|r| {
            r.ces.as_ref().map_or_else(String::new, |c| {
                fill(
                    survey_text(locale.get(), SurveyMsg::CesDistributionTitle),
                    &[
                        ("min", &plain(i64::from(c.scale_min))),
                        ("max", &plain(i64::from(c.scale_max))),
                    ],
                )
            })
        })
    });
    let note = Signal::derive(move || {
        let loc = locale.get();
        report.with(|r| {
            r.ces.as_ref().map_or_else(String::new, |c| {
                fill(
                    survey_text(loc, SurveyMsg::CesDistributionNote),
                    &[
                        ("question", &c.question),
                        ("n", &group_int(i64::from(c.n))),
                        (
                            "direction",
                            ces_direction(loc, &c.direction).unwrap_or(&c.direction),
                        ),
                        ("from", &plain(i64::from(c.agree_min))),
                        ("to", &plain(i64::from(c.agree_max))),
                        ("share", &percent_of_rate(Some(c.agree_share), 1)),
                    ],
                )
            })
        })
    });
    view! {
        <ScoreCard
            scores
            title
            note
            testid="ces-distribution-chart"
            tooltip_testid="ces-distribution-tooltip"
        />
    }
}
