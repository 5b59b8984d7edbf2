//! A chart's text alternative: its numbers as a table under it, folded until opened, with the
//! same CSV button as every other table. The chart's card fills `table` whenever it draws, from
//! the data it draws (`charts::table`).

use leptos::prelude::*;

use super::export::ExportCsv;
use super::state::AppState;
use crate::charts::table::Table;
use crate::i18n::{Msg, text};

/// The table of chart `name` (`crr` → test id `crr-table`, file `vafa-crr.csv`).
#[component]
pub fn ChartTable(name: &'static str, table: RwSignal<Table>) -> impl IntoView {
    let locale = expect_context::<AppState>().locale;
    let head = move || {
        table.with(|(header, _)| {
            header
                .iter()
                .map(|cell| view! { <th scope="col">{cell.clone()}</th> })
                .collect_view()
        })
    };
    let body = move || {
        table.with(|(_, rows)| {
            rows.iter()
                .map(|row| {
                    let mut cells = row.iter();
                    let first = cells.next().cloned().unwrap_or_default();
                    view! {
                        <tr>
                            <th scope="row"><bdi>{first}</bdi></th>
                            {cells.map(|cell| view! { <td>{cell.clone()}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <details class="chart-table" data-testid=format!("{name}-table")>
            <summary>{move || text(locale.get(), Msg::ShowTable)}</summary>
            <div class="table-scroll">
                <table class="data-table">
                    <thead><tr>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <div class="export-row">
                <ExportCsv name=name table=move |_| table.get_untracked() />
            </div>
        </details>
    }
}
