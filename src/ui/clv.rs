//! The historical-CLV card: a table of CLV at 3, 6, 12 and 24 months (customers observed, CLV,
//! first order, CLV ÷ first order), and a table of CLV by first-order cohort.

use leptos::prelude::*;

use super::export::{ExportCsv, TableText};
use super::state::AppState;
use crate::engine::report::ClvReport;
use crate::i18n::{Locale, Msg, decimal, digits, fill, group_int, money, period_name, plain, text};

const MISSING: &str = "—";

fn money_or_dash(value: Option<f64>) -> String {
    value.map(money).unwrap_or_else(|| MISSING.to_owned())
}

/// Overall rows: months, customers observed, CLV, first order, ratio.
fn horizon_rows(clv: &ClvReport) -> Vec<[String; 5]> {
    clv.horizons
        .iter()
        .map(|h| {
            [
                plain(i64::from(h.months)),
                group_int(i64::from(h.customers)),
                money_or_dash(h.clv),
                money_or_dash(h.first_order),
                h.clv_per_first_order
                    .map(|x| format!("{}×", decimal(Some(x), 2)))
                    .unwrap_or_else(|| MISSING.to_owned()),
            ]
        })
        .collect()
}

/// Cohort rows: label (size), then one CLV per horizon.
fn cohort_rows(clv: &ClvReport) -> Vec<Vec<String>> {
    clv.cohort_labels
        .iter()
        .zip(&clv.cohort_sizes)
        .zip(&clv.cohort_clv)
        .map(|((label, size), values)| {
            let mut row = vec![format!(
                "{} ({})",
                digits(label),
                group_int(i64::from(*size))
            )];
            row.extend(values.iter().map(|v| money_or_dash(*v)));
            row
        })
        .collect()
}

/// The overall table with its header, for the CSV export.
fn horizons_text(loc: Locale, clv: &ClvReport) -> TableText {
    let header = [
        Msg::Months,
        Msg::CustomersObserved,
        Msg::Clv,
        Msg::FirstOrder,
        Msg::ClvPerFirstOrder,
    ];
    let header = header.iter().map(|m| text(loc, *m).to_owned()).collect();
    let rows = horizon_rows(clv).into_iter().map(Vec::from).collect();
    (header, rows)
}

/// The cohort table with its header (cohort, then the horizons in months), for the CSV export.
fn cohorts_text(loc: Locale, clv: &ClvReport) -> TableText {
    let mut header = vec![text(loc, Msg::Cohort).to_owned()];
    header.extend(clv.horizons.iter().map(|h| plain(i64::from(h.months))));
    (header, cohort_rows(clv))
}

/// Historical CLV overall and by cohort, as tables.
#[component]
pub fn ClvTables() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale, period) = (state.report, state.locale, state.period);
    let header = move |msg| move || text(locale.get(), msg);
    let horizons =
        move || report.with(|r| r.clv.horizons.iter().map(|h| h.months).collect::<Vec<_>>());
    view! {
        <article class="card">
            <h2>{move || text(locale.get(), Msg::ClvTitle)}</h2>
            <div class="table-scroll" tabindex="0">
                <table class="data-table" data-testid="clv-table">
                    <thead>
                        <tr>
                            <th scope="col">{header(Msg::Months)}</th>
                            <th scope="col">{header(Msg::CustomersObserved)}</th>
                            <th scope="col">{header(Msg::Clv)}</th>
                            <th scope="col">{header(Msg::FirstOrder)}</th>
                            <th scope="col">{header(Msg::ClvPerFirstOrder)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            report
                                .with(|r| horizon_rows(&r.clv))
                                .into_iter()
                                .map(|cells| {
                                    view! {
                                        <tr>
                                            {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <div class="export-row">
                <ExportCsv name="clv" table=move || report.with(|r| horizons_text(locale.get(), &r.clv)) />
            </div>
            <div class="table-scroll tall" tabindex="0">
                <table class="data-table" data-testid="cohort-clv-table">
                    <caption>
                        {move || {
                            let loc = locale.get();
                            fill(
                                text(loc, Msg::CohortClvCaption),
                                &[("period", period_name(loc, period.get()))],
                            )
                        }}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{header(Msg::Cohort)}</th>
                            {move || {
                                horizons()
                                    .into_iter()
                                    .map(|m| {
                                        view! {
                                            <th scope="col">
                                                {m}
                                            </th>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            report
                                .with(|r| cohort_rows(&r.clv))
                                .into_iter()
                                .map(|cells| {
                                    let mut cells = cells.into_iter();
                                    let label = cells.next().unwrap_or_default();
                                    view! {
                                        <tr>
                                            <th scope="row">{label}</th>
                                            {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <div class="export-row">
                <ExportCsv
                    name="cohort-clv"
                    table=move || report.with(|r| cohorts_text(locale.get(), &r.clv))
                />
            </div>
            <p class="chart-note">{move || text(locale.get(), Msg::ClvNote)}</p>
        </article>
    }
}
