//! The RFM card: the 5 × 5 grid of customers by recency score (rows, 5 at the top) and frequency
//! score (columns), coloured by count, with count and share on hover; and the segment table in the
//! report's order, each row with a button that downloads that segment's customers as CSV.

use leptos::prelude::*;

use super::chart::{ChartState, tooltip_at};
use super::download::download_text;
use super::export::{ExportCsv, TableText};
use super::state::AppState;
use super::table::ChartTable;
use crate::charts;
use crate::charts::heatmap::{HeatmapData, HeatmapLayout};
use crate::charts::table::{self, Table};
use crate::engine::export::rfm_segment_csv;
use crate::engine::metrics::history::History;
use crate::engine::metrics::rfm::{Segment, rfm_of};
use crate::engine::report::RfmReport;
use crate::i18n::{
    Locale, Msg, fill, group_int, money, percent_of_rate, plain, segment_name, text,
};

const WIDTH_PX: u32 = 960;
const HEIGHT_PX: u32 = 26 + 8 + 5 * 40;

/// Score of grid row `row` (drawn top to bottom): R 5 first.
fn r_of_row(row: usize) -> usize {
    5 - row.min(4)
}

/// The grid as a heatmap: rows R 5…R 1, columns F 1…F 5, colour = count / the largest count.
fn grid(rfm: &RfmReport) -> HeatmapData {
    let max = rfm.grid.iter().flatten().copied().max().unwrap_or(0).max(1);
    let rows: Vec<&Vec<u32>> = (0..5)
        .filter_map(|row| rfm.grid.get(r_of_row(row) - 1))
        .collect();
    HeatmapData {
        rows: (0..rows.len())
            .map(|row| format!("R {}", plain(r_of_row(row) as i64)))
            .collect(),
        sizes: Vec::new(),
        cols: (1..=5).map(|f| format!("F {}", plain(f))).collect(),
        cells: rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|n| Some(f64::from(*n) / f64::from(max)))
                    .collect()
            })
            .collect(),
        texts: rows
            .iter()
            .map(|r| r.iter().map(|n| group_int(i64::from(*n))).collect())
            .collect(),
        partial: Vec::new(),
    }
}

/// The segment table with its header, for the CSV export.
fn segments_text(loc: Locale, rfm: &RfmReport) -> TableText {
    let header = [
        Msg::Segment,
        Msg::Rule,
        Msg::Customers,
        Msg::CustomerShare,
        Msg::Revenue,
    ];
    let header = header.iter().map(|m| text(loc, *m).to_owned()).collect();
    let rows = rfm
        .segments
        .iter()
        .zip(Segment::ALL)
        .map(|(row, segment)| {
            vec![
                segment_name(loc, segment).to_owned(),
                row.rule.clone(),
                group_int(i64::from(row.customers)),
                percent_of_rate(row.customer_share, 1),
                money(row.revenue),
            ]
        })
        .collect();
    (header, rows)
}

/// The file name of a segment's export: `vafa-rfm-cant-lose-them.csv`.
fn file_name(segment: Segment) -> String {
    let slug: String = segment
        .name()
        .chars()
        .filter(|c| *c != '\'')
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("vafa-rfm-{slug}.csv")
}

/// RFM grid and segments.
#[component]
pub fn RfmCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (report, locale, orders) = (state.report, state.locale, state.orders);
    let download_failed = RwSignal::new(false);
    let table = RwSignal::new(Table::default());
    let chart =
        ChartState::<HeatmapLayout, (usize, usize)>::new("RFM grid", move |canvas, theme| {
            let data = report.with(|r| grid(&r.rfm));
            table.set(table::of_heatmap(&data, "R \\ F", &[]));
            charts::canvas::paint(canvas, |root| charts::heatmap::draw(root, &data, theme))
        });
    let on_move = chart.on_move(|layout, x_px, y_px| layout.cell_at(x_px, y_px));
    let tooltip = move || {
        let ((row, col), x, y) = chart.hover.get()?;
        let line = report.with(|r| {
            let r_score = r_of_row(row);
            let count = *r.rfm.grid.get(r_score - 1)?.get(col)?;
            let share = (r.customers > 0).then(|| f64::from(count) / f64::from(r.customers));
            Some(fill(
                text(locale.get(), Msg::TipRfm),
                &[
                    ("r", &r_score.to_string()),
                    ("f", &(col + 1).to_string()),
                    ("count", &group_int(i64::from(count))),
                    ("share", &percent_of_rate(share, 1)),
                ],
            ))
        })?;
        Some(tooltip_at("rfm-tooltip", x, y, line))
    };
    // The customer list is computed on click, from the same orders, filter and "as of" as the
    // report.
    let filter = state.filter;
    let download = move |segment: Segment| {
        let filter = filter.get_untracked();
        let csv = orders.with_untracked(|orders| {
            let filtered = orders.filtered(&filter);
            // The page reports as of the range's end, or of the last order day.
            let history = History::new(&filtered, filter.to);
            rfm_segment_csv(&filtered, &rfm_of(&history), segment)
        });
        // A byte-order mark, so that spreadsheet programs read the keys as UTF-8.
        let text = format!("\u{feff}{csv}");
        match download_text(&file_name(segment), "text/csv;charset=utf-8", &text) {
            Ok(()) => download_failed.set(false),
            Err(err) => {
                leptos::logging::warn!("CSV download: {err:?}");
                download_failed.set(true);
            }
        }
    };
    let header = move |msg| move || text(locale.get(), msg);
    let rows = move || {
        let loc = locale.get();
        report.with(|r| {
            r.rfm
                .segments
                .iter()
                .zip(Segment::ALL)
                .map(|(row, segment)| {
                    let (name, rule) = (segment_name(loc, segment), row.rule.clone());
                    let customers = group_int(i64::from(row.customers));
                    let share = percent_of_rate(row.customer_share, 1);
                    let revenue = money(row.revenue);
                    let is_empty = row.customers == 0;
                    view! {
                        <tr data-testid="rfm-segment">
                            <th scope="row">{name}</th>
                            <td class="start"><bdi dir="ltr">{rule}</bdi></td>
                            <td data-testid="rfm-customers">{customers}</td>
                            <td>{share}</td>
                            <td>{revenue}</td>
                            <td>
                                <button
                                    type="button"
                                    class="button secondary small"
                                    data-testid="rfm-download"
                                    disabled=is_empty
                                    on:click=move |_| download(segment)
                                >
                                    {text(loc, Msg::DownloadCsv)}
                                </button>
                            </td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let note = move || {
        report.with(|r| {
            fill(
                text(locale.get(), Msg::RfmNote),
                &[
                    ("as_of", r.as_of.as_deref().unwrap_or("—")),
                    ("n", &group_int(i64::from(r.customers))),
                ],
            )
        })
    };
    view! {
        <article class="card">
            <h2>{move || text(locale.get(), Msg::RfmTitle)}</h2>
            {chart.frame(move || text(locale.get(), Msg::RfmTitle), "rfm-grid", (WIDTH_PX, HEIGHT_PX), on_move, tooltip)}
            <ChartTable name="rfm-grid" table=table />
            <p class="chart-note">{note}</p>
            <div class="table-scroll" tabindex="0">
                <table class="data-table" data-testid="rfm-table">
                    <thead>
                        <tr>
                            <th scope="col">{header(Msg::Segment)}</th>
                            <th scope="col" class="start">{header(Msg::Rule)}</th>
                            <th scope="col">{header(Msg::Customers)}</th>
                            <th scope="col">{header(Msg::CustomerShare)}</th>
                            <th scope="col">{header(Msg::Revenue)}</th>
                            <th scope="col">
                                <span class="visually-hidden">{header(Msg::DownloadCsv)}</span>
                            </th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div class="export-row">
                <ExportCsv
                    name="rfm-segments"
                    table=move || report.with(|r| segments_text(locale.get(), &r.rfm))
                />
            </div>
            <Show when=move || download_failed.get()>
                <p class="chart-error" role="alert">{move || text(locale.get(), Msg::DownloadFailed)}</p>
            </Show>
        </article>
    }
}
