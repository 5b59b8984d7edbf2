//! One value per period as a line over a shaded band (its 95% interval): NPS ± its margin of
//! error, or a mean with its t interval. The y axis is fixed by the caller (−100…100 for NPS, the
//! answer scale for a mean), so that a band never looks narrower than it is. A period without a
//! value leaves a gap; a period without an interval has a marker and no band. A partial period
//! is reached dashed with a hollow marker and named in the legend. The layout is
//! `crr_line::LineLayout`, which maps a pointer's x to the nearest period.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::DrawError;
use super::crr_line::LineLayout;
use super::legend::{self, Entry, Swatch, text_width_px};
use super::palette::Theme;
use super::plot_span;

/// What the chart shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BandData {
    /// Period labels along x.
    pub labels: Vec<String>,
    pub values: Vec<Option<f64>>,
    /// `[low, high]` per period.
    pub bands: Vec<Option<[f64; 2]>>,
    /// The y axis, lowest to highest.
    pub y_range: (f64, f64),
    /// Decimals of the y labels.
    pub y_decimals: usize,
    pub colour: RGBColor,
    /// The legend's names of the line and of the band.
    pub name: String,
    pub band_name: String,
    pub partial: Vec<bool>,
    pub partial_name: String,
    /// Whether the legend toggles hide the line and the band: neither drawn nor named.
    pub hidden: [bool; 2],
}

impl BandData {
    fn is_partial(&self, i: usize) -> bool {
        self.partial.get(i).copied().unwrap_or(false)
    }

    fn value(&self, i: usize) -> Option<f64> {
        self.values
            .get(i)
            .copied()
            .flatten()
            .filter(|v| v.is_finite())
    }

    fn band(&self, i: usize) -> Option<[f64; 2]> {
        self.bands
            .get(i)
            .copied()
            .flatten()
            .filter(|[low, high]| low.is_finite() && high.is_finite())
    }
}

/// Runs of consecutive periods for which `has` holds.
fn runs(n: usize, has: impl Fn(usize) -> bool) -> Vec<Vec<usize>> {
    let mut runs: Vec<Vec<usize>> = Vec::new();
    let mut run = Vec::new();
    for i in 0..n {
        if has(i) {
            run.push(i);
        } else if !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// The band's colour in a legend: the line's, a quarter strength on white.
pub fn band_swatch(colour: RGBColor) -> RGBColor {
    RGBColor(colour.0 / 4 + 191, colour.1 / 4 + 191, colour.2 / 4 + 191)
}

/// Draws the band and the line filling `root`. Returns the layout used, for hit-testing.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &BandData,
    theme: &Theme,
) -> Result<LineLayout, DrawError<DB>> {
    root.fill(&theme.paper)?;
    let n = data.labels.len();
    let (y_min, y_max) = data.y_range;
    let (y_min, y_max) = if y_min < y_max {
        (y_min, y_max)
    } else {
        (y_min, y_min + 1.0)
    };
    let colour = data.colour;
    let [shows_line, shows_band] = data.hidden.map(|hidden| !hidden);
    let line_entry = Entry {
        swatch: Swatch::Line(colour, 3),
        name: &data.name,
    };
    let band_entry = Entry {
        swatch: Swatch::Block(band_swatch(colour)),
        name: &data.band_name,
    };
    let mut entries: Vec<Entry> = [(shows_line, line_entry), (shows_band, band_entry)]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, entry)| entry)
        .collect();
    let has_partial = shows_line && (0..n).any(|i| data.is_partial(i) && data.value(i).is_some());
    if has_partial && !data.partial_name.is_empty() {
        entries.push(Entry {
            swatch: Swatch::DashedHollow(theme.ink),
            name: &data.partial_name,
        });
    }
    let (width_px, _) = root.dim_in_pixel();
    let width_px = i32::try_from(width_px).unwrap_or(i32::MAX);
    let (legend_at, legend_rows) = legend::positions(
        &entries,
        plot_span(width_px, 44, theme.mirrored),
        theme.mirrored,
    );
    let widest = data
        .labels
        .iter()
        .map(|l| text_width_px(l))
        .max()
        .unwrap_or(0);
    let n_x_labels = usize::try_from((width_px - 24 - 44) / (widest + 16).max(1))
        .unwrap_or(0)
        .clamp(2, 8);
    let x_max = n.saturating_sub(1).max(1) as f64;
    // Right to left, period i is drawn at x_max − i (its own inverse).
    let mirrored = theme.mirrored;
    let x_of = move |x: f64| if mirrored { x_max - x } else { x };
    let mut chart = super::line_chart(
        root,
        legend::margin_top_px(&entries, legend_rows),
        widest,
        mirrored,
    )
    .build_cartesian_2d(0.0..x_max, y_min..y_max)?;
    let label_of = |x: &f64| super::period_label(&data.labels, *x, x_of);
    let decimals = data.y_decimals;
    chart
        .configure_mesh()
        .max_light_lines(1)
        .light_line_style(theme.faint.mix(0.5))
        .bold_line_style(theme.faint)
        .axis_style(theme.ink.mix(0.6))
        .x_labels(n.clamp(2, n_x_labels))
        .x_label_formatter(&label_of)
        .y_labels(9)
        .y_label_formatter(&|y| crate::i18n::decimal(Some(*y), decimals))
        .label_style(("sans-serif", 12).into_font().color(&theme.ink))
        .draw()?;
    let clip = |v: f64| v.clamp(y_min, y_max);
    // The band: one polygon per run of periods with an interval (a lone period, a short bar).
    for run in runs(n, |i| shows_band && data.band(i).is_some()) {
        let band: Vec<(usize, [f64; 2])> = run
            .iter()
            .filter_map(|&i| data.band(i).map(|b| (i, b)))
            .collect();
        if let [(i, [low, high])] = band.as_slice() {
            let x = x_of(*i as f64);
            let (x0, x1) = ((x - 0.08).max(0.0), (x + 0.08).min(x_max));
            chart.draw_series(std::iter::once(Rectangle::new(
                [(x0, clip(*low)), (x1, clip(*high))],
                colour.mix(0.22).filled(),
            )))?;
            continue;
        }
        let upper = band
            .iter()
            .map(|(i, [_, high])| (x_of(*i as f64), clip(*high)));
        let lower = band
            .iter()
            .rev()
            .map(|(i, [low, _])| (x_of(*i as f64), clip(*low)));
        let outline: Vec<(f64, f64)> = upper.chain(lower).collect();
        chart.draw_series(std::iter::once(Polygon::new(
            outline,
            colour.mix(0.22).filled(),
        )))?;
    }
    let style = colour.stroke_width(3);
    for run in runs(n, |i| shows_line && data.value(i).is_some()) {
        for pair in run.windows(2) {
            let points: Vec<(f64, f64)> = pair
                .iter()
                .filter_map(|&i| data.value(i).map(|v| (x_of(i as f64), clip(v))))
                .collect();
            if pair.iter().any(|&i| data.is_partial(i)) {
                chart.draw_series(DashedLineSeries::new(points, 9, 6, style))?;
            } else {
                chart.draw_series(LineSeries::new(points, style))?;
            }
        }
        for &i in &run {
            let Some(v) = data.value(i) else { continue };
            let point = (x_of(i as f64), clip(v));
            if data.is_partial(i) {
                chart.draw_series([
                    Circle::new(point, 4, theme.paper.filled()),
                    Circle::new(point, 4, colour.stroke_width(2)),
                ])?;
            } else {
                chart.draw_series(std::iter::once(Circle::new(point, 3, colour.filled())))?;
            }
        }
    }
    legend::draw(root, &entries, &legend_at, theme)?;
    let (x_range, _) = chart.plotting_area().get_pixel_range();
    Ok(LineLayout {
        x0_px: f64::from(x_range.start),
        x1_px: f64::from(x_range.end),
        n_points: n,
        mirrored,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nps() -> BandData {
        BandData {
            labels: vec!["2024-01".into(), "2024-02".into(), "2024-03".into()],
            values: vec![Some(20.0), None, Some(-10.0)],
            bands: vec![Some([5.0, 35.0]), None, Some([-40.0, 20.0])],
            y_range: (-100.0, 100.0),
            y_decimals: 0,
            colour: RGBColor(0, 114, 178),
            name: "NPS".into(),
            band_name: "95% interval".into(),
            ..BandData::default()
        }
    }

    fn draw_svg(data: &BandData) -> (String, LineLayout) {
        let mut svg = String::new();
        let layout;
        {
            let root = SVGBackend::with_string(&mut svg, (500, 300)).into_drawing_area();
            layout = draw(&root, data, &Theme::LIGHT).unwrap();
            root.present().unwrap();
        }
        (svg, layout)
    }

    #[test]
    fn a_gap_splits_the_band_and_the_line() {
        assert_eq!(runs(3, |i| nps().band(i).is_some()), [vec![0], vec![2]]);
        let (svg, _) = draw_svg(&nps());
        // Two lone periods: a short band each (plus the background and legend swatch), no
        // polygon, two markers and no line between them.
        assert_eq!(svg.matches("<polygon").count(), 0);
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains("95% interval") && svg.contains("-100") && svg.contains("2024-03"));
    }

    #[test]
    fn consecutive_intervals_make_one_polygon() {
        let data = BandData {
            values: vec![Some(20.0), Some(25.0), Some(-10.0)],
            bands: vec![Some([5.0, 35.0]), Some([10.0, 40.0]), Some([-40.0, 20.0])],
            ..nps()
        };
        let (svg, _) = draw_svg(&data);
        assert_eq!(svg.matches("<polygon").count(), 1);
        assert_eq!(svg.matches("<circle").count(), 3);
    }

    #[test]
    fn the_pointer_finds_the_nearest_period() {
        let (_, layout) = draw_svg(&nps());
        assert_eq!(layout.n_points, 3);
        let step = (layout.x1_px - layout.x0_px) / 2.0;
        assert_eq!(layout.index_at(layout.x0_px + 0.9 * step), Some(1));
        assert_eq!(layout.index_at(layout.x1_px), Some(2));
        assert_eq!(layout.index_at(layout.x0_px - 40.0), None);
    }

    #[test]
    fn a_hidden_line_or_band_is_neither_drawn_nor_named() {
        let data = BandData {
            values: vec![Some(20.0), Some(25.0), Some(-10.0)],
            bands: vec![Some([5.0, 35.0]), Some([10.0, 40.0]), Some([-40.0, 20.0])],
            ..nps()
        };
        let (no_band, _) = draw_svg(&BandData {
            hidden: [false, true],
            ..data.clone()
        });
        assert_eq!(no_band.matches("<polygon").count(), 0);
        assert_eq!(no_band.matches("<circle").count(), 3);
        assert!(!no_band.contains("95% interval") && no_band.contains(">\nNPS\n<"));
        let (no_line, _) = draw_svg(&BandData {
            hidden: [true, false],
            ..data
        });
        assert_eq!(no_line.matches("<polygon").count(), 1);
        assert_eq!(no_line.matches("<circle").count(), 0);
        assert!(no_line.contains("95% interval") && !no_line.contains(">\nNPS\n<"));
    }

    #[test]
    fn a_partial_period_gets_a_hollow_marker_and_a_legend_entry() {
        let data = BandData {
            partial: vec![false, false, true],
            partial_name: "Partial period".into(),
            ..nps()
        };
        let (svg, _) = draw_svg(&data);
        assert!(svg.contains("Partial period"));
        let (plain, _) = draw_svg(&nps());
        assert!(!plain.contains("Partial period"));
    }

    #[test]
    fn empty_and_degenerate_axes_draw_without_error() {
        let (_, layout) = draw_svg(&BandData::default());
        assert_eq!(layout.index_at(100.0), None);
        let flat = BandData {
            y_range: (3.0, 3.0),
            ..nps()
        };
        draw_svg(&flat);
    }
}
