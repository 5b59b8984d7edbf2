//! Cohort retention heatmap: one row per first-order cohort, one column per period since the
//! first order, each cell coloured by the share of the cohort that ordered in that period.
//! Empty cells (past the data's end) are left blank; partial periods are drawn hatched-light.
//! `HeatmapLayout` is the single source of cell geometry, used by both drawing and hit-testing.
//! The same drawing serves any small grid (the RFM R × F counts) through column labels and cell
//! texts of its own.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::DrawError;
use super::palette::{Theme, blend, text_on};
use crate::engine::report::CohortsReport;
use crate::i18n::{digits, group_int, percent_of_rate, plain};

/// What the heatmap shows: row labels, column count and a share per cell.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeatmapData {
    /// Cohort labels, one per row.
    pub rows: Vec<String>,
    /// Customers per cohort, drawn beside the label (none drawn when empty).
    pub sizes: Vec<u32>,
    /// Column headers; empty means 0, 1, 2, … (periods since the first order).
    pub cols: Vec<String>,
    /// `cells[r][k]`: share in 0..=1 (colour), `None` for an empty cell.
    pub cells: Vec<Vec<Option<f64>>>,
    /// `texts[r][k]`: what the cell says; when missing, its share as a percent.
    pub texts: Vec<Vec<String>>,
    /// `partial[r][k]`: the cell's period is only partly covered by the data.
    pub partial: Vec<Vec<bool>>,
}

/// Which cohort table the heatmap shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Retention {
    /// Share of the cohort with ≥ 1 order in period c + k.
    #[default]
    On,
    /// Share of the cohort with ≥ 1 order in period c + k or later.
    OnOrAfter,
    /// Cohort revenue in period c + k / its revenue in period c (may pass 100%).
    Revenue,
}

impl Retention {
    pub const ALL: [Retention; 3] = [Retention::On, Retention::OnOrAfter, Retention::Revenue];

    /// `on`, `on_or_after` or `revenue`, as settings and the page's address write it.
    pub fn name(self) -> &'static str {
        match self {
            Retention::On => "on",
            Retention::OnOrAfter => "on_or_after",
            Retention::Revenue => "revenue",
        }
    }

    /// The table named `name`.
    pub fn from_name(name: &str) -> Option<Retention> {
        Retention::ALL.into_iter().find(|r| r.name() == name)
    }

    /// The variant's table of a cohort report.
    pub fn table(self, cohorts: &CohortsReport) -> &Vec<Vec<Option<f64>>> {
        match self {
            Retention::On => &cohorts.on,
            Retention::OnOrAfter => &cohorts.on_or_after,
            Retention::Revenue => &cohorts.revenue_retention,
        }
    }
}

impl HeatmapData {
    /// One retention table of a cohort report.
    pub fn from_cohorts(cohorts: &CohortsReport, variant: Retention) -> HeatmapData {
        HeatmapData {
            rows: cohorts.labels.iter().map(|label| digits(label)).collect(),
            sizes: cohorts.sizes.clone(),
            cols: Vec::new(),
            cells: variant.table(cohorts).clone(),
            texts: Vec::new(),
            partial: cohorts.is_partial.clone(),
        }
    }

    /// Number of columns: the longest row.
    pub fn n_cols(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(0)
    }
}

/// Pixel geometry of the heatmap on a canvas of a given size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeatmapLayout {
    pub left_px: f64,
    pub top_px: f64,
    pub cell_w_px: f64,
    pub cell_h_px: f64,
    pub n_rows: usize,
    pub n_cols: usize,
    /// Column 0 is at the right and the row labels right of the grid (a page that reads right
    /// to left); `left_px` is then the grid's left edge.
    pub mirrored: bool,
}

const LABEL_W_PX: f64 = 118.0;
const HEADER_H_PX: f64 = 26.0;
const PAD_PX: f64 = 8.0;

impl HeatmapLayout {
    /// The layout of `n_rows × n_cols` cells on a `width_px × height_px` canvas.
    pub fn new(width_px: u32, height_px: u32, n_rows: usize, n_cols: usize) -> HeatmapLayout {
        let usable_w = (f64::from(width_px) - LABEL_W_PX - PAD_PX).max(1.0);
        let usable_h = (f64::from(height_px) - HEADER_H_PX - PAD_PX).max(1.0);
        HeatmapLayout {
            left_px: LABEL_W_PX,
            top_px: HEADER_H_PX,
            cell_w_px: usable_w / n_cols.max(1) as f64,
            cell_h_px: usable_h / n_rows.max(1) as f64,
            n_rows,
            n_cols,
            mirrored: false,
        }
    }

    /// This layout right to left (`mirrored`): the labels right of the grid, column 0 at the
    /// right.
    pub fn with_direction(self, mirrored: bool) -> HeatmapLayout {
        HeatmapLayout {
            mirrored,
            left_px: if mirrored { PAD_PX } else { LABEL_W_PX },
            ..self
        }
    }

    /// The column drawn `slot` cells from the grid's left edge, and the slot of a column.
    fn slot(&self, col: usize) -> usize {
        if self.mirrored {
            self.n_cols.saturating_sub(1 + col)
        } else {
            col
        }
    }

    /// The cell `(row, col)` under pixel `(x_px, y_px)`, if any.
    pub fn cell_at(&self, x_px: f64, y_px: f64) -> Option<(usize, usize)> {
        let slot = ((x_px - self.left_px) / self.cell_w_px).floor();
        let row = ((y_px - self.top_px) / self.cell_h_px).floor();
        if !(slot >= 0.0 && row >= 0.0) {
            return None;
        }
        let (row, slot) = (row as usize, slot as usize);
        (row < self.n_rows && slot < self.n_cols).then(|| (row, self.slot(slot)))
    }

    /// The x of the middle of column `col`.
    fn col_centre_px(&self, col: usize) -> f64 {
        self.left_px + (self.slot(col) as f64 + 0.5) * self.cell_w_px
    }

    /// Top-left and bottom-right pixel of a cell (inclusive-exclusive), 1 px gap included.
    pub fn cell_rect(&self, row: usize, col: usize) -> ((i32, i32), (i32, i32)) {
        let x0 = self.left_px + self.slot(col) as f64 * self.cell_w_px;
        let y0 = self.top_px + row as f64 * self.cell_h_px;
        let x1 = x0 + self.cell_w_px - 1.0;
        let y1 = y0 + self.cell_h_px - 1.0;
        ((x0 as i32, y0 as i32), (x1 as i32, y1 as i32))
    }
}

/// Draws the heatmap filling `root`. Returns the layout used, for hit-testing.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &HeatmapData,
    theme: &Theme,
) -> Result<HeatmapLayout, DrawError<DB>> {
    let (width_px, height_px) = root.dim_in_pixel();
    let layout = HeatmapLayout::new(width_px, height_px, data.rows.len(), data.n_cols())
        .with_direction(theme.mirrored);
    root.fill(&theme.paper)?;

    let label_font = ("sans-serif", 12).into_font().color(&theme.ink);
    // Row labels end at the grid: left of it, or right of it right to left.
    let (label_x_px, label_pos) = if layout.mirrored {
        let grid_end = layout.left_px + layout.n_cols as f64 * layout.cell_w_px;
        (
            grid_end + 6.0,
            label_font.pos(Pos::new(HPos::Left, VPos::Center)),
        )
    } else {
        (
            layout.left_px - 6.0,
            label_font.pos(Pos::new(HPos::Right, VPos::Center)),
        )
    };
    let centre = label_font.pos(Pos::new(HPos::Center, VPos::Center));
    // Column headers: periods since the first order, thinned so labels do not overlap.
    let step = (28.0 / layout.cell_w_px).ceil().max(1.0) as usize;
    for col in (0..layout.n_cols).step_by(step) {
        let x = layout.col_centre_px(col);
        let header = data
            .cols
            .get(col)
            .cloned()
            .unwrap_or_else(|| plain(col as i64));
        root.draw(&Text::new(
            header,
            (x as i32, (HEADER_H_PX / 2.0) as i32),
            &centre,
        ))?;
    }
    let show_values = layout.cell_w_px >= 38.0 && layout.cell_h_px >= 16.0;
    let row_step = (13.0 / layout.cell_h_px).ceil().max(1.0) as usize;
    for (row, label) in data.rows.iter().enumerate() {
        let y = layout.top_px + (row as f64 + 0.5) * layout.cell_h_px;
        if row % row_step == 0 {
            let size = data
                .sizes
                .get(row)
                .map(|n| format!(" ({})", group_int(i64::from(*n))))
                .unwrap_or_default();
            let text = format!("{label}{size}");
            root.draw(&Text::new(text, (label_x_px as i32, y as i32), &label_pos))?;
        }
        let cells = data.cells.get(row).map(Vec::as_slice).unwrap_or_default();
        for (col, cell) in cells.iter().enumerate() {
            let (top_left, bottom_right) = layout.cell_rect(row, col);
            let Some(share) = cell else {
                continue;
            };
            let is_partial = data
                .partial
                .get(row)
                .and_then(|r| r.get(col))
                .copied()
                .unwrap_or(false);
            // A partial period's cell is lighter: its colour faded into the background.
            let full = theme.share_colour(*share);
            let fill = if is_partial {
                blend(full, 0.55, theme.paper)
            } else {
                full
            };
            let style = fill.filled();
            root.draw(&Rectangle::new([top_left, bottom_right], style))?;
            if is_partial {
                root.draw(&Rectangle::new(
                    [top_left, bottom_right],
                    theme.faint.stroke_width(1),
                ))?;
            }
            if show_values {
                let colour = text_on(fill);
                let value_font = ("sans-serif", 11).into_font().color(&colour);
                let value_style = value_font.pos(Pos::new(HPos::Center, VPos::Center));
                let cx = (top_left.0 + bottom_right.0) / 2;
                let cy = (top_left.1 + bottom_right.1) / 2;
                let text = data
                    .texts
                    .get(row)
                    .and_then(|r| r.get(col))
                    .cloned()
                    .unwrap_or_else(|| percent_of_rate(Some(*share), 0));
                root.draw(&Text::new(text, (cx, cy), &value_style))?;
            }
        }
    }
    Ok(layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> HeatmapData {
        HeatmapData {
            rows: vec!["2024-01".into(), "2024-02".into()],
            sizes: vec![37, 20],
            cols: Vec::new(),
            texts: Vec::new(),
            cells: vec![vec![Some(1.0), Some(0.19)], vec![Some(1.0), None]],
            partial: vec![vec![false, false], vec![true, false]],
        }
    }

    #[test]
    fn hit_testing_finds_the_cell_under_the_pointer() {
        let layout = HeatmapLayout::new(400, 200, 2, 2);
        // Cells are (400 − 118 − 8)/2 = 137 px wide and (200 − 26 − 8)/2 = 83 px tall.
        assert_eq!(layout.cell_at(118.0 + 10.0, 26.0 + 10.0), Some((0, 0)));
        assert_eq!(layout.cell_at(118.0 + 140.0, 26.0 + 90.0), Some((1, 1)));
        assert_eq!(layout.cell_at(100.0, 30.0), None);
        assert_eq!(layout.cell_at(399.0, 30.0), None);
        assert_eq!(layout.cell_at(f64::NAN, 30.0), None);
        // Right to left: the grid starts at 8 px, column 0 at its right, the labels after it.
        let rtl = layout.with_direction(true);
        assert_eq!(rtl.cell_at(8.0 + 10.0, 26.0 + 10.0), Some((0, 1)));
        assert_eq!(rtl.cell_at(8.0 + 140.0, 26.0 + 90.0), Some((1, 0)));
        assert_eq!(rtl.cell_at(300.0, 30.0), None);
        assert_eq!(rtl.cell_rect(0, 0).0.0, 8 + 137);
    }

    #[test]
    fn right_to_left_the_labels_are_right_of_the_grid_and_the_first_period_too() {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (400, 200)).into_drawing_area();
            draw(&root, &data(), &Theme::LIGHT.with_direction(true)).unwrap();
            root.present().unwrap();
        }
        let text_x = |label: &str| crate::charts::text_x(&svg, label).unwrap();
        // Column headers 0 and 1: 0 right of 1; the row labels right of both.
        assert!(text_x("0") > text_x("1"), "{svg}");
        assert!(text_x("2024-01 (37)") > text_x("0"));
    }

    #[test]
    fn draws_labels_and_filled_cells_only() {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (400, 200)).into_drawing_area();
            draw(&root, &data(), &Theme::LIGHT).unwrap();
            root.present().unwrap();
        }
        assert!(svg.contains("2024-01 (37)"));
        assert!(svg.contains("19%"));
        // Background + three filled cells + the partial cell's outline; the empty cell is blank.
        assert_eq!(svg.matches("<rect").count(), 5);
    }

    #[test]
    fn a_grid_draws_its_own_headers_and_texts() {
        let data = HeatmapData {
            rows: vec!["R 5".into(), "R 4".into()],
            sizes: Vec::new(),
            cols: vec!["F 1".into(), "F 2".into()],
            cells: vec![vec![Some(1.0), Some(0.5)], vec![Some(0.25), Some(0.0)]],
            texts: vec![
                vec!["40".into(), "20".into()],
                vec!["10".into(), "0".into()],
            ],
            partial: Vec::new(),
        };
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (400, 200)).into_drawing_area();
            draw(&root, &data, &Theme::LIGHT).unwrap();
            root.present().unwrap();
        }
        assert!(svg.contains("F 2") && svg.contains("R 4"));
        assert!(svg.contains("\n40\n") && svg.contains("\n10\n"));
        assert!(!svg.contains('%'));
        assert!(!svg.contains("R 5 ("));
    }

    #[test]
    fn empty_data_draws_without_error() {
        let mut svg = String::new();
        let root = SVGBackend::with_string(&mut svg, (300, 150)).into_drawing_area();
        let layout = draw(&root, &HeatmapData::default(), &Theme::LIGHT).unwrap();
        assert_eq!(layout.cell_at(200.0, 100.0), None);
    }
}
