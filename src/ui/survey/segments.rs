//! The segments card: per segment, its responses, NPS ± margin, CSAT and CES means, and each
//! metric against all other counted responses as its test reports it: the difference with its
//! p-value when significant, "not significant" otherwise, and "fewer than 30 answers" when a side
//! is small. Absent when the survey has no segment column.

use std::sync::Arc;

use leptos::prelude::*;

use crate::engine::report::{ComparisonRow, ResponsesReport, SegmentRow};
use crate::i18n::{
    Locale, SurveyMsg, decimal, fill, group_int, ltr, p_value, signed_decimal, survey_text,
};
use crate::ui::export::{ExportCsv, TableText};
use crate::ui::state::AppState;

/// The tested difference against the rest, in words. `share` differences (fractions) are given
/// in percentage points, NPS differences in points.
pub(super) fn vs_rest(loc: Locale, row: &ComparisonRow, share: bool) -> String {
    let p = ltr(&p_value(row.p_value));
    let mut out = if row.is_significant {
        let (msg, diff) = if share {
            (SurveyMsg::SharePointsVsRest, row.difference * 100.0)
        } else {
            (SurveyMsg::PointsVsRest, row.difference)
        };
        fill(
            survey_text(loc, msg),
            &[("diff", &ltr(&signed_decimal(Some(diff), 1))), ("p", &p)],
        )
    } else {
        fill(survey_text(loc, SurveyMsg::NotSignificant), &[("p", &p)])
    };
    if row.small_sample {
        out.push_str(" · ");
        out.push_str(survey_text(loc, SurveyMsg::FewerThan30));
    }
    out
}

/// The cells of one row after its name.
fn cells(loc: Locale, row: &SegmentRow, has_csat: bool, has_ces: bool) -> Vec<String> {
    let m = &row.metrics;
    let nps = match (m.nps, m.nps_moe95) {
        (Some(nps), Some(moe)) => format!("{} ± {}", decimal(Some(nps), 1), decimal(Some(moe), 1)),
        (nps, _) => decimal(nps, 1),
    };
    let tested = |row: &Option<ComparisonRow>, share| {
        row.as_ref()
            .map_or_else(|| "—".to_owned(), |c| vs_rest(loc, c, share))
    };
    let mut cells = vec![
        group_int(i64::from(m.n)),
        nps,
        tested(&row.nps_vs_rest, false),
    ];
    if has_csat {
        cells.push(decimal(m.csat, 2));
        cells.push(tested(&row.csat_satisfied_share_vs_rest, true));
    }
    if has_ces {
        cells.push(decimal(m.ces, 2));
        cells.push(tested(&row.ces_agree_share_vs_rest, true));
    }
    cells
}

/// The header's words: CSAT and CES columns only when the survey asks them.
fn header(has_csat: bool, has_ces: bool) -> Vec<SurveyMsg> {
    let mut msgs = vec![
        SurveyMsg::Segment,
        SurveyMsg::Responses,
        SurveyMsg::Nps,
        SurveyMsg::VsRest,
    ];
    if has_csat {
        msgs.extend([SurveyMsg::Csat, SurveyMsg::CsatVsRest]);
    }
    if has_ces {
        msgs.extend([SurveyMsg::Ces, SurveyMsg::CesVsRest]);
    }
    msgs
}

fn name_of(loc: Locale, row: &SegmentRow) -> String {
    row.name
        .clone()
        .unwrap_or_else(|| survey_text(loc, SurveyMsg::NoSegment).to_owned())
}

/// The table with its header, for the CSV export.
fn table_text(loc: Locale, r: &ResponsesReport) -> TableText {
    let (has_csat, has_ces) = (r.csat.is_some(), r.ces.is_some());
    let header = header(has_csat, has_ces)
        .into_iter()
        .map(|msg| survey_text(loc, msg).to_owned())
        .collect();
    let rows = r
        .segments
        .iter()
        .map(|row| {
            let mut line = vec![name_of(loc, row)];
            line.extend(cells(loc, row, has_csat, has_ces));
            line
        })
        .collect();
    (header, rows)
}

/// Headline numbers per segment, each tested against the rest.
#[component]
pub fn Segments(report: Signal<Arc<ResponsesReport>>) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    let headers = move || {
        let loc = locale.get();
        let (has_csat, has_ces) = report.with(|r| (r.csat.is_some(), r.ces.is_some()));
        header(has_csat, has_ces)
            .into_iter()
            .map(|msg| view! { <th scope="col">{survey_text(loc, msg)}</th> })
            .collect_view()
    };
    let rows = move || {
        let loc = locale.get();
        report.with(|r| {
            let (has_csat, has_ces) = (r.csat.is_some(), r.ces.is_some());
            r.segments
                .iter()
                .map(|row| {
                    let name = name_of(loc, row);
                    let cells = cells(loc, row, has_csat, has_ces);
                    view! {
                        <tr data-testid="survey-segment-row">
                            <th scope="row"><bdi>{name}</bdi></th>
                            {cells.into_iter().map(|c| view! { <td><bdi>{c}</bdi></td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || report.with(|r| !r.segments.is_empty())>
            <article class="card">
                <h2>{move || survey_text(locale.get(), SurveyMsg::SegmentsTitle)}</h2>
                <div class="table-scroll" tabindex="0">
                    <table class="data-table" data-testid="survey-segments">
                        <thead>
                            <tr>{headers}</tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <div class="export-row">
                    <ExportCsv
                        name="survey-segments"
                        table=move || report.with(|r| table_text(locale.get(), r))
                    />
                </div>
                <p class="chart-note" data-testid="survey-segments-note">
                    {move || survey_text(locale.get(), SurveyMsg::SegmentsNote)}
                </p>
            </article>
        </Show>
    }
}
