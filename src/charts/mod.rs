//! Chart drawing with plotters, generic over `DrawingBackend`: the browser draws on a canvas
//! (`canvas.rs`), native tests draw the same charts to SVG strings. Each chart is a pure
//! `draw(root, &data)` plus, where it is interactive, a layout that maps pixels back to data.

pub mod band_line;
pub mod bars;
pub mod crr_line;
pub mod heatmap;
pub mod legend;
pub mod nps_bars;
pub mod palette;
pub mod table;

#[cfg(target_arch = "wasm32")]
pub mod canvas;

use plotters::coord::Shift;
use plotters::prelude::{ChartBuilder, DrawingArea, DrawingAreaErrorKind, DrawingBackend};

/// The left and right pixel of a plot on a canvas `width_px` wide, 12 px in from each edge and
/// clear of the y axis' labels (`y_labels_px`), which are on the left, or on the right when the
/// chart runs right to left (`mirrored`).
pub fn plot_span(width_px: i32, y_labels_px: i32, mirrored: bool) -> (i32, i32) {
    if mirrored {
        (12, width_px - 12 - y_labels_px)
    } else {
        (12 + y_labels_px, width_px - 12)
    }
}

/// The builder of a line chart over periods: `top_px` above the plot (its legend), the x labels
/// below it, the y labels (44 px) left of it, or right of it `mirrored`; the edge where the last
/// period's label is centred keeps room for half of the widest label (`widest_px`).
pub fn line_chart<'a, 'b, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    top_px: i32,
    widest_px: i32,
    mirrored: bool,
) -> ChartBuilder<'a, 'b, DB> {
    let mut builder = ChartBuilder::on(root);
    builder.margin(12).margin_top(top_px).x_label_area_size(28);
    let half_label = (widest_px / 2 + 2).max(12);
    if mirrored {
        builder.margin_left(half_label).right_y_label_area_size(44);
    } else {
        builder.margin_right(half_label).y_label_area_size(44);
    }
    builder
}

/// The x axis' label at `x` of a line chart over `labels` whose period i is drawn at `x_of(i)`
/// (its own inverse): none between periods or past them.
pub fn period_label(labels: &[String], x: f64, x_of: impl Fn(f64) -> f64) -> String {
    let i = x_of(x.round());
    if (x - x.round()).abs() > 1e-6 || i < 0.0 {
        return String::new();
    }
    labels.get(i as usize).cloned().unwrap_or_default()
}

/// A failed draw, as text for a caption or a log line.
pub type DrawError<DB> = DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>;

/// The x of the first `<text>` of an SVG drawing that reads `label`, for tests of where a chart
/// puts its labels.
#[cfg(test)]
pub(crate) fn text_x(svg: &str, label: &str) -> Option<f64> {
    let end = svg.find(&format!(">\n{label}\n<"))?;
    let tag = &svg[svg[..end].rfind("<text")?..end];
    tag.split("x=\"").nth(1)?.split('"').next()?.parse().ok()
}
