//! Every chart's text alternative: the numbers it draws as a table (a header row, then one row
//! per category, period or cohort), written as the page writes numbers. Built from the same data
//! the chart is drawn from, so the two cannot disagree.

use super::band_line::BandData;
use super::bars::{BarData, Unit};
use super::crr_line::LineData;
use super::heatmap::HeatmapData;
use super::nps_bars::NpsBarsData;
use crate::i18n::{decimal, group_int, money, percent_of_rate, percent_value};

/// A header and rows of cells.
pub type Table = (Vec<String>, Vec<Vec<String>>);

/// Bars: `category`, then a column per series; a row per label.
pub fn of_bars(data: &BarData, category: &str) -> Table {
    let mut header = vec![category.to_owned()];
    header.extend(data.series.iter().map(|s| s.name.clone()));
    let value = |v: Option<f64>| match (v, data.unit) {
        (Some(v), Unit::Count) if v.is_finite() => group_int(v.round() as i64),
        (Some(v), Unit::Money) => money(v),
        _ => "—".to_owned(),
    };
    let rows = data
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mut row = vec![label.clone()];
            row.extend(
                data.series
                    .iter()
                    .map(|s| value(s.values.get(i).copied().flatten())),
            );
            row
        })
        .collect();
    (header, rows)
}

/// Lines: `category`, then a column per line shown in bold (faint background lines are left
/// out; hidden ones too), in percent; a row per label.
pub fn of_lines(data: &LineData, category: &str) -> Table {
    let lines: Vec<_> = data
        .lines
        .iter()
        .filter(|l| !l.faint && !l.hidden)
        .collect();
    let mut header = vec![category.to_owned()];
    header.extend(lines.iter().map(|l| l.name.clone()));
    let rows = data
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mut row = vec![label.clone()];
            row.extend(
                lines
                    .iter()
                    .map(|l| percent_value(l.values_pct.get(i).copied().flatten(), 1)),
            );
            row
        })
        .collect();
    (header, rows)
}

/// A heatmap: `corner`, then its columns (`0, 1, …` when it names none); a row per row label
/// (with its size when it has one), each cell as it is written on the chart.
pub fn of_heatmap(data: &HeatmapData, corner: &str, columns: &[String]) -> Table {
    let n_cols = data.cells.iter().map(Vec::len).max().unwrap_or(0);
    let mut header = vec![corner.to_owned()];
    if data.cols.is_empty() {
        header.extend(columns.iter().take(n_cols).cloned());
    } else {
        header.extend(data.cols.iter().cloned());
    }
    let rows = data
        .rows
        .iter()
        .enumerate()
        .map(|(r, label)| {
            let mut row = vec![match data.sizes.get(r) {
                Some(size) => format!("{label} ({})", group_int(i64::from(*size))),
                None => label.clone(),
            }];
            let cells = data.cells.get(r).map(Vec::as_slice).unwrap_or_default();
            row.extend((0..n_cols).map(|k| {
                let text = data.texts.get(r).and_then(|t| t.get(k));
                match (cells.get(k).copied().flatten(), text) {
                    (Some(_), Some(text)) => text.clone(),
                    (Some(share), None) => percent_of_rate(Some(share), 1),
                    (None, _) => "—".to_owned(),
                }
            }));
            row
        })
        .collect();
    (header, rows)
}

/// NPS per period: `category`, the three groups' shares and the NPS; a row per period.
pub fn of_nps(data: &NpsBarsData, category: &str) -> Table {
    let mut header = vec![category.to_owned()];
    header.extend(data.names.iter().cloned());
    let rows = data
        .periods
        .iter()
        .map(|p| {
            let mut row = vec![p.label.clone()];
            for k in 0..3 {
                row.push(percent_of_rate(p.shares.map(|s| s[k]), 1));
            }
            row.push(decimal(p.nps, 1));
            row
        })
        .collect();
    (header, rows)
}

/// A line with its band: `category`, the value and the band's two ends; a row per label.
pub fn of_band(data: &BandData, category: &str) -> Table {
    let places = data.y_decimals + 1;
    let header = vec![
        category.to_owned(),
        data.name.clone(),
        format!("{} ↓", data.band_name),
        format!("{} ↑", data.band_name),
    ];
    let rows = data
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let band = data.bands.get(i).copied().flatten();
            vec![
                label.clone(),
                decimal(data.values.get(i).copied().flatten(), places),
                decimal(band.map(|b| b[0]), places),
                decimal(band.map(|b| b[1]), places),
            ]
        })
        .collect();
    (header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::bars::BarSeries;
    use crate::charts::crr_line::Line;
    use crate::charts::palette::SERIES;

    #[test]
    fn bars_give_a_row_per_label_and_a_column_per_series() {
        let data = BarData {
            labels: vec!["2024-01".into(), "2024-02".into()],
            series: vec![
                BarSeries {
                    name: "New".into(),
                    colour: SERIES[0],
                    values: vec![Some(1200.0), None],
                },
                BarSeries {
                    name: "Churned".into(),
                    colour: SERIES[1],
                    values: vec![Some(-3.0), Some(4.0)],
                },
            ],
            ..BarData::default()
        };
        let (header, rows) = of_bars(&data, "Period");
        assert_eq!(header, ["Period", "New", "Churned"]);
        assert_eq!(rows[0], ["2024-01", "1,200", "-3"]);
        assert_eq!(rows[1], ["2024-02", "—", "4"]);
        let money_data = BarData {
            unit: Unit::Money,
            ..data
        };
        assert_eq!(of_bars(&money_data, "Kind").1[0][1], "1,200.00");
    }

    #[test]
    fn lines_leave_out_faint_and_hidden_ones() {
        let line = |name: &str, faint, hidden| Line {
            name: name.into(),
            values_pct: vec![Some(91.26), None],
            faint,
            hidden,
        };
        let data = LineData {
            labels: vec!["0".into(), "1".into()],
            lines: vec![
                line("2024-01", true, false),
                line("Average", false, false),
                line("Off", false, true),
            ],
            ..LineData::default()
        };
        assert_eq!(
            of_lines(&data, "k"),
            (
                vec!["k".to_owned(), "Average".to_owned()],
                vec![
                    vec!["0".to_owned(), "91.3%".to_owned()],
                    vec!["1".to_owned(), "—".to_owned()]
                ]
            )
        );
    }

    #[test]
    fn nps_and_bands_give_a_row_per_period() {
        let nps = NpsBarsData {
            periods: vec![crate::charts::nps_bars::NpsPeriod {
                label: "2024-01".into(),
                shares: Some([0.2, 0.3, 0.5]),
                nps: Some(30.0),
                is_partial: false,
            }],
            names: ["D".into(), "P".into(), "Pr".into(), "NPS".into()],
            partial_name: String::new(),
            hidden: [false; 4],
        };
        assert_eq!(
            of_nps(&nps, "Period").1[0],
            ["2024-01", "20.0%", "30.0%", "50.0%", "30.0"]
        );
        let band = BandData {
            labels: vec!["2024-01".into(), "2024-02".into()],
            values: vec![Some(4.25), None],
            bands: vec![Some([3.9, 4.6]), None],
            y_decimals: 1,
            name: "CSAT".into(),
            band_name: "95%".into(),
            ..BandData::default()
        };
        let (header, rows) = of_band(&band, "Period");
        assert_eq!(header, ["Period", "CSAT", "95% ↓", "95% ↑"]);
        assert_eq!(rows[0], ["2024-01", "4.25", "3.90", "4.60"]);
        assert_eq!(rows[1], ["2024-02", "—", "—", "—"]);
    }

    #[test]
    fn a_heatmap_gives_its_texts_or_its_shares() {
        let data = HeatmapData {
            rows: vec!["2024-01".into(), "2024-02".into()],
            sizes: vec![37, 20],
            cells: vec![vec![Some(1.0), Some(0.25)], vec![Some(1.0)]],
            ..HeatmapData::default()
        };
        let columns: Vec<String> = (0..5).map(|k| k.to_string()).collect();
        let (header, rows) = of_heatmap(&data, "Cohort", &columns);
        assert_eq!(header, ["Cohort", "0", "1"]);
        assert_eq!(rows[0], ["2024-01 (37)", "100.0%", "25.0%"]);
        assert_eq!(rows[1], ["2024-02 (20)", "100.0%", "—"]);
        let grid = HeatmapData {
            rows: vec!["R 5".into()],
            cols: vec!["F 1".into()],
            cells: vec![vec![Some(0.5)]],
            texts: vec![vec!["12".into()]],
            ..HeatmapData::default()
        };
        assert_eq!(of_heatmap(&grid, "", &[]).1[0], ["R 5", "12"]);
    }
}
