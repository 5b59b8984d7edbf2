//! Browser glue: draw a chart onto an HTML canvas through plotters-canvas.

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Runs `draw` on the canvas; an error is returned as text for a caption, never a panic.
pub fn paint<T, E: std::fmt::Display>(
    canvas: &HtmlCanvasElement,
    draw: impl FnOnce(&DrawingArea<CanvasBackend, Shift>) -> Result<T, E>,
) -> Result<T, String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "the canvas has no 2D context".to_owned())?;
    let root = backend.into_drawing_area();
    let drawn = draw(&root).map_err(|err| err.to_string())?;
    root.present().map_err(|err| err.to_string())?;
    Ok(drawn)
}
