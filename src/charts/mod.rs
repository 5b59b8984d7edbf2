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

use plotters::prelude::{DrawingAreaErrorKind, DrawingBackend};

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
