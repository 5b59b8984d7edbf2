//! What every canvas chart on the page shares: redrawing when its data changes (a failed draw
//! becomes a caption, never a panic) or the page's width does, and mapping the pointer to the
//! hovered item for a tooltip. The chart modules supply the drawing, the hit-test and the
//! tooltip's words.

use leptos::attr::AttributeValue;
use leptos::html::Canvas;
use leptos::prelude::*;
use web_sys::{HtmlCanvasElement, MouseEvent};

use super::export::ExportPng;
use super::state::AppState;
use super::theme::SystemTheme;
use crate::charts::palette::Theme;
use crate::i18n::{Msg, text};

/// The widest a canvas is drawn, in pixels; a wider frame scales it up.
const MAX_WIDTH_PX: u32 = 960;
/// The narrowest a canvas is drawn; a narrower frame scales it down.
const MIN_WIDTH_PX: u32 = 240;

/// The width to draw `canvas` at: its frame's width in CSS pixels, so that text keeps its size on
/// a phone, within `MIN_WIDTH_PX..=MAX_WIDTH_PX`. `None` while the frame is not laid out.
fn fitting_width_px(canvas: &HtmlCanvasElement) -> Option<u32> {
    let frame_px = canvas.parent_element()?.client_width();
    let frame_px = u32::try_from(frame_px).ok().filter(|w| *w > 0)?;
    Some(frame_px.clamp(MIN_WIDTH_PX, MAX_WIDTH_PX))
}

/// How a chart zooms: the period under a pixel `x` of its layout, and what a drag from one
/// period to another does.
pub type Zoomable<L> = (fn(&L, f64) -> Option<usize>, Box<dyn Fn(usize, usize)>);

/// The pointer over a chart: in canvas pixels and in CSS pixels from the canvas's top left, with
/// the layout of the last draw.
struct Pointer<L> {
    layout: L,
    x_px: f64,
    y_px: f64,
    css_x: f64,
    css_y: f64,
}

/// A chart's canvas and what the last draw left: its pixel layout and whether it failed.
pub struct ChartState<L: Send + Sync + 'static, H: Send + Sync + 'static> {
    pub canvas: NodeRef<Canvas>,
    pub layout: RwSignal<Option<L>>,
    pub failed: RwSignal<bool>,
    /// The hovered item and the pointer's position in CSS pixels.
    pub hover: RwSignal<Option<(H, f64, f64)>>,
    /// A drag across the time axis under way: the period it started on, and where it started
    /// and where the pointer is now (CSS pixels from the canvas's left edge).
    pub drag: RwSignal<Option<(usize, f64, f64)>>,
}

impl<L: Send + Sync + 'static, H: Send + Sync + 'static> Clone for ChartState<L, H> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<L: Send + Sync + 'static, H: Send + Sync + 'static> Copy for ChartState<L, H> {}

impl<L: Clone + Send + Sync + 'static, H: Clone + Send + Sync + 'static> ChartState<L, H> {
    /// A chart that draws with `draw` in the system's theme now, and again whenever the theme or
    /// the signals `draw` reads change.
    pub fn new(
        name: &'static str,
        draw: impl Fn(&HtmlCanvasElement, &Theme) -> Result<L, String> + 'static,
    ) -> Self {
        let theme = use_context::<SystemTheme>();
        let locale = use_context::<AppState>().map(|state| state.locale);
        let chart = ChartState {
            canvas: NodeRef::new(),
            layout: RwSignal::new(None),
            failed: RwSignal::new(false),
            hover: RwSignal::new(None),
            drag: RwSignal::new(None),
        };
        // The frame's width, measured again when the window is resized.
        let frame_px = RwSignal::new(None::<u32>);
        let resize = window_event_listener(leptos::ev::resize, move |_| {
            let width = chart
                .canvas
                .get_untracked()
                .and_then(|c| fitting_width_px(&c));
            if width != frame_px.get_untracked() {
                frame_px.set(width);
            }
        });
        on_cleanup(move || resize.remove());
        // The effect pushes reactive state out of the graph: into pixels.
        Effect::new(move || {
            let Some(canvas) = chart.canvas.get() else {
                return;
            };
            frame_px.track();
            // Resizing clears the canvas, so it happens right before drawing, never in the view.
            if let Some(width) = fitting_width_px(&canvas).filter(|w| *w != canvas.width()) {
                canvas.set_width(width);
            }
            let theme = theme
                .map_or(Theme::LIGHT, |t| t.0.get())
                .with_direction(locale.is_some_and(|l| l.get().is_rtl()));
            match draw(&canvas, &theme) {
                Ok(layout) => {
                    chart.layout.set(Some(layout));
                    chart.failed.set(false);
                }
                Err(err) => {
                    leptos::logging::warn!("{name}: {err}");
                    chart.failed.set(true);
                }
            }
        });
        chart
    }

    /// A `mousemove` handler that sets `hover` to what `hit` finds under the pointer, given the
    /// layout and the pointer in canvas pixels.
    pub fn on_move(self, hit: impl Fn(&L, f64, f64) -> Option<H>) -> impl Fn(MouseEvent) {
        move |ev: MouseEvent| {
            let Some(Pointer {
                layout,
                x_px,
                y_px,
                css_x,
                css_y,
            }) = self.pointer(&ev)
            else {
                return;
            };
            self.hover
                .set(hit(&layout, x_px, y_px).map(|item| (item, css_x, css_y)));
        }
    }

    /// Where the pointer of `ev` is, with the layout drawn last.
    fn pointer(self, ev: &MouseEvent) -> Option<Pointer<L>> {
        let (canvas, layout) = (self.canvas.get_untracked()?, self.layout.get_untracked()?);
        let rect = canvas.get_bounding_client_rect();
        let css_x = f64::from(ev.client_x()) - rect.left();
        let css_y = f64::from(ev.client_y()) - rect.top();
        // The canvas is drawn at its own size and scaled by CSS to the page's width.
        Some(Pointer {
            layout,
            x_px: css_x * f64::from(canvas.width()) / rect.width().max(1.0),
            y_px: css_y * f64::from(canvas.height()) / rect.height().max(1.0),
            css_x,
            css_y,
        })
    }

    /// The chart's canvas (`size` pixels, named `label` for screen readers), with its pointer
    /// handlers, its `tooltip`, its PNG export (`vafa-crr.png` for `crr-chart`) and the caption
    /// shown when drawing fails.
    pub fn frame(
        self,
        label: impl AttributeValue,
        testid: &'static str,
        size: (u32, u32),
        on_move: impl Fn(MouseEvent) + 'static,
        tooltip: impl IntoView + 'static,
    ) -> impl IntoView {
        self.frame_zoomable(label, testid, size, on_move, tooltip, None)
    }

    /// `frame`, and a drag across the time axis (periods `index_at` finds under the pointer)
    /// calls `zoom` with the first and last period it covered.
    pub fn frame_zoomable(
        self,
        label: impl AttributeValue,
        testid: &'static str,
        size: (u32, u32),
        on_move: impl Fn(MouseEvent) + 'static,
        tooltip: impl IntoView + 'static,
        zoom: Option<Zoomable<L>>,
    ) -> impl IntoView {
        let locale = expect_context::<AppState>().locale;
        let index_at = zoom.as_ref().map(|(index_at, _)| *index_at);
        let on_down = move |ev: MouseEvent| {
            let (Some(index_at), Some(at)) = (index_at, self.pointer(&ev)) else {
                return;
            };
            if let Some(start) = index_at(&at.layout, at.x_px) {
                ev.prevent_default();
                self.drag.set(Some((start, at.css_x, at.css_x)));
            }
        };
        let on_drag = move |ev: MouseEvent| {
            if self.drag.with_untracked(Option::is_some)
                && let Some(at) = self.pointer(&ev)
            {
                self.drag
                    .update(|drag| *drag = drag.map(|(start, from, _)| (start, from, at.css_x)));
            }
            on_move(ev);
        };
        let on_up = move |ev: MouseEvent| {
            let Some((start, _, _)) = self.drag.get_untracked() else {
                return;
            };
            self.drag.set(None);
            let (Some((index_at, zoom)), Some(at)) = (&zoom, self.pointer(&ev)) else {
                return;
            };
            if let Some(end) = index_at(&at.layout, at.x_px).filter(|end| *end != start) {
                // The hovered period's index is the old chart's: the pointer finds it again.
                self.hover.set(None);
                zoom(start.min(end), start.max(end));
            }
        };
        let brush = move || {
            let (_, from, to) = self.drag.get()?;
            let style = format!("left:{}px;width:{}px", from.min(to), (to - from).abs());
            Some(
                view! { <div class="brush" data-testid=format!("{testid}-brush") style=style></div> },
            )
        };
        view! {
            <div class="chart-frame" class:zoomable=index_at.is_some()>
                <canvas
                    node_ref=self.canvas
                    role="img"
                    aria-label=label
                    width=size.0
                    height=size.1
                    data-testid=testid
                    on:mousedown=on_down
                    on:mousemove=on_drag
                    on:mouseup=on_up
                    on:mouseleave=move |_| {
                        self.hover.set(None);
                        self.drag.set(None);
                    }
                ></canvas>
                {brush}
                {tooltip}
            </div>
            <div class="export-row">
                <ExportPng canvas=self.canvas name=testid.strip_suffix("-chart").unwrap_or(testid) />
            </div>
            <Show when=move || self.failed.get()>
                <p class="chart-error">{move || text(locale.get(), Msg::ChartFailed)}</p>
            </Show>
        }
    }
}

/// The tooltip of a chart: `line` at the pointer's position (`x`, `y` in CSS pixels), moved left
/// where it would pass the chart's right edge (and widen the page on a phone).
pub fn tooltip_at(testid: &'static str, x: f64, y: f64, line: impl IntoView) -> impl IntoView {
    // `--tooltip-width` (style/main.css) is the tooltip's widest; 12 px its offset from the pointer.
    let left = format!("max(0px,min({x}px,100% - var(--tooltip-width) - 12px))");
    view! {
        <div class="tooltip" data-testid=testid style=format!("left:{left};top:{y}px")>
            {line}
        </div>
    }
}
