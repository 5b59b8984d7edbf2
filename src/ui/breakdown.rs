//! The breakdown card: the headline numbers of each segment (channel, city, category) of the
//! date range, from `OrdersReport::breakdown`, shown when the dataset has a segment column. A
//! row's button filters the whole dashboard to that segment; the chosen row is marked. Orders
//! without a segment get a row of their own, which cannot be chosen.

use leptos::prelude::*;

use super::export::{ExportCsv, TableText};
use super::state::AppState;
use crate::engine::report::BreakdownRow;
use crate::i18n::{Locale, Msg, fill, group_int, money, percent_of_rate, text};

/// Rows shown; the rest are in the segment list of the filter row.
const SHOWN: usize = 15;

/// The cells of one row after its name: customers, orders, revenue, share, repeat rate, AOV,
/// AOV of first and of repeat orders.
fn cells(row: &BreakdownRow) -> [String; 8] {
    let amount = |value: Option<f64>| value.map_or_else(|| "—".to_owned(), money);
    [
        group_int(i64::from(row.customers)),
        group_int(i64::from(row.orders)),
        money(row.revenue),
        percent_of_rate(row.revenue_share, 1),
        percent_of_rate(row.repeat_purchase_rate, 1),
        amount(row.aov),
        amount(row.aov_first),
        amount(row.aov_repeat),
    ]
}

const HEADERS: [Msg; 8] = [
    Msg::Customers,
    Msg::Orders,
    Msg::Revenue,
    Msg::RevenueShare,
    Msg::RepeatPurchaseRate,
    Msg::AovShort,
    Msg::AovFirst,
    Msg::AovRepeat,
];

fn name_of(loc: Locale, row: &BreakdownRow) -> String {
    row.name
        .clone()
        .unwrap_or_else(|| text(loc, Msg::NoSegment).to_owned())
}

/// Every row of the breakdown (not only those shown) with the header, for the CSV export.
fn table_text(loc: Locale, column: &str, rows: &[BreakdownRow]) -> TableText {
    let mut header = vec![column.to_owned()];
    header.extend(HEADERS.iter().map(|msg| text(loc, *msg).to_owned()));
    let rows = rows
        .iter()
        .map(|row| {
            let mut cells_text = vec![name_of(loc, row)];
            cells_text.extend(cells(row));
            cells_text
        })
        .collect();
    (header, rows)
}

/// Headline numbers per segment, when a segment column is mapped.
#[component]
pub fn Breakdown() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale, filter) = (state.report, state.locale, state.filter);
    let column = move || report.with(|r| r.breakdown.as_ref().map(|b| b.column.clone()));
    let rows = move || {
        let loc = locale.get();
        report.with(|r| {
            let breakdown = r.breakdown.as_ref()?;
            let shown = breakdown.rows.iter().take(SHOWN).map(|row| {
                let name = name_of(loc, row);
                let index = row.index;
                let is_chosen = filter.with(|f| f.segment.is_some() && f.segment == index);
                let share = row.revenue_share.unwrap_or(0.0).clamp(0.0, 1.0) * 100.0;
                let cells = cells(row);
                view! {
                    <tr class:chosen=is_chosen>
                        <th scope="row">
                            {match index {
                                // Orders without a segment cannot be chosen on their own.
                                None => view! { <span>{name}</span> }.into_any(),
                                Some(_) => {
                                    view! {
                                        <button
                                            type="button"
                                            class="link"
                                            data-testid="breakdown-segment"
                                            aria-pressed=if is_chosen { "true" } else { "false" }
                                            on:click=move |_| filter.update(|f| f.segment = index)
                                        >
                                            <bdi>{name}</bdi>
                                        </button>
                                    }
                                        .into_any()
                                }
                            }}
                            <span class="share-bar" style=format!("inline-size: {share:.1}%")></span>
                        </th>
                        {cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                    </tr>
                }
            });
            Some(shown.collect_view())
        })
    };
    let more = move || {
        let n = report.with(|r| r.breakdown.as_ref().map_or(0, |b| b.rows.len()));
        (n > SHOWN).then(|| {
            fill(
                text(locale.get(), Msg::BreakdownMore),
                &[("n", &group_int(i64::try_from(n - SHOWN).unwrap_or(0)))],
            )
        })
    };
    view! {
        <Show when=move || column().is_some()>
            <article class="card" data-testid="breakdown">
                <h2>
                    {move || {
                        fill(
                            text(locale.get(), Msg::BreakdownTitle),
                            &[("column", &column().unwrap_or_default())],
                        )
                    }}
                </h2>
                <div class="table-scroll" tabindex="0">
                    <table class="data-table" data-testid="breakdown-table">
                        <thead>
                            <tr>
                                <th scope="col">{move || column().unwrap_or_default()}</th>
                                {HEADERS
                                    .iter()
                                    .map(|msg| {
                                        let msg = *msg;
                                        view! { <th scope="col">{move || text(locale.get(), msg)}</th> }
                                    })
                                    .collect_view()}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <div class="export-row">
                    <ExportCsv
                        name="breakdown"
                        table=move || {
                            report
                                .with(|r| {
                                    r.breakdown
                                        .as_ref()
                                        .map(|b| table_text(locale.get(), &b.column, &b.rows))
                                })
                                .unwrap_or_default()
                        }
                    />
                </div>
                <p class="chart-note">{more}</p>
                <p class="chart-note" data-testid="breakdown-note">
                    {move || {
                        fill(
                            text(locale.get(), Msg::BreakdownNote),
                            &[("column", &column().unwrap_or_default())],
                        )
                    }}
                </p>
            </article>
        </Show>
    }
}
