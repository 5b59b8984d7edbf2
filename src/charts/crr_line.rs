//! Customer retention rate per period as lines: CRR = (E − N)/S (which counts reactivated
//! customers and can pass 100%) and the strict retained share |S ∩ E|/S beside it, as DESIGN.md
//! asks. Periods with S = 0 have no value and leave a gap. `LineLayout` maps a pointer's x back
//! to the nearest period for the tooltip. The same chart draws cohort retention curves: many
//! `faint` lines (thin, light, no marker, no legend entry) under a bold average. A partial
//! period (one the data ends inside, whose numbers will still change) is drawn apart: the bold
//! lines reach it dashed, its marker is hollow, and the legend names it.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::DrawError;
use super::legend::{self, Entry, Swatch, text_width_px};
use super::palette::{SERIES, Theme};
use super::plot_span;

/// One line: a name for the legend and a value (percent) per period.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub name: String,
    pub values_pct: Vec<Option<f64>>,
    /// Drawn thin and light, without markers or a legend entry (one of many background lines).
    pub faint: bool,
    /// Turned off by the user: not drawn and not in the legend, but it keeps its colour slot so
    /// the other lines keep theirs.
    pub hidden: bool,
}

/// What the chart shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineData {
    /// Period labels along x.
    pub labels: Vec<String>,
    pub lines: Vec<Line>,
    pub y_axis: YAxis,
    /// `partial[i]`: period i is only partly covered by the data (missing means complete).
    pub partial: Vec<bool>,
    /// The legend's name for a partial period, shown when a bold line has a value in one.
    pub partial_name: String,
}

impl LineData {
    fn is_partial(&self, i: usize) -> bool {
        self.partial.get(i).copied().unwrap_or(false)
    }
}

/// Which reference the y axis always shows besides the values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum YAxis {
    /// 100% (retention: how far below full retention), starting near the lowest value.
    #[default]
    WithHundred,
    /// 0% (churn: small values), up to the highest value.
    WithZero,
}

/// Where the periods sit in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineLayout {
    pub x0_px: f64,
    pub x1_px: f64,
    pub n_points: usize,
    /// The first period is at the right (a page that reads right to left).
    pub mirrored: bool,
}

impl LineLayout {
    /// The period nearest to pixel `x_px`, if the pointer is over the plot.
    pub fn index_at(&self, x_px: f64) -> Option<usize> {
        let at = self.point_at(x_px)?;
        Some(if self.mirrored {
            self.n_points - 1 - at
        } else {
            at
        })
    }

    /// The point nearest to pixel `x_px`, counted from the left.
    fn point_at(&self, x_px: f64) -> Option<usize> {
        if self.n_points == 0 || !(self.x0_px - 6.0..=self.x1_px + 6.0).contains(&x_px) {
            return None;
        }
        if self.n_points == 1 {
            return Some(0);
        }
        let step = (self.x1_px - self.x0_px) / (self.n_points - 1) as f64;
        let index = ((x_px - self.x0_px) / step)
            .round()
            .clamp(0.0, (self.n_points - 1) as f64);
        Some(index as usize)
    }
}

/// Draws the lines filling `root`. The y axis spans the values, widened to whole tens and to
/// include 100% (and 0% when a value is negative, as churn is when CRR passes 100%), so that
/// month-to-month movement is visible.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &LineData,
    theme: &Theme,
) -> Result<LineLayout, DrawError<DB>> {
    root.fill(&theme.paper)?;
    let n = data.labels.len();
    let values = || {
        data.lines
            .iter()
            .filter(|line| !line.hidden)
            .flat_map(|line| line.values_pct.iter().flatten())
            .copied()
            .filter(|v| v.is_finite())
    };
    let highest = values().fold(f64::NEG_INFINITY, f64::max);
    let lowest = values().fold(f64::INFINITY, f64::min);
    let (y_min, y_max) = match data.y_axis {
        YAxis::WithHundred => {
            let y_max = (highest.max(100.0) / 10.0).ceil() * 10.0;
            let y_min = if lowest < 0.0 {
                (lowest / 10.0).floor() * 10.0 - 10.0
            } else {
                ((lowest / 10.0).floor() * 10.0 - 10.0).clamp(0.0, y_max - 10.0)
            };
            (y_min, y_max)
        }
        // Whole fives, at least 0–10%.
        YAxis::WithZero => (
            (lowest.min(0.0) / 5.0).floor() * 5.0,
            (highest.max(10.0) / 5.0).ceil() * 5.0,
        ),
    };
    let x_max = n.saturating_sub(1).max(1) as f64;
    // Right to left, period i is drawn at x_max − i (its own inverse).
    let mirrored = theme.mirrored;
    let x_of = move |x: f64| if mirrored { x_max - x } else { x };
    // Bold lines: the first widest, each later one narrower, in the series colours.
    let bold: Vec<(&Line, RGBColor, u32)> = data
        .lines
        .iter()
        .filter(|line| !line.faint)
        .zip(SERIES.iter().cycle())
        .enumerate()
        .map(|(k, (line, colour))| (line, *colour, 5_u32.saturating_sub(2 * k as u32).max(1)))
        .filter(|(line, _, _)| !line.hidden)
        .collect();
    let has_partial_point = bold.iter().any(|(line, _, _)| {
        line.values_pct
            .iter()
            .enumerate()
            .any(|(i, v)| data.is_partial(i) && v.is_some_and(f64::is_finite))
    });
    // The legend sits in rows above the plot, so that it never hides the lines' latest periods.
    let mut entries: Vec<Entry> = bold
        .iter()
        .map(|(line, colour, width)| Entry {
            swatch: Swatch::Line(*colour, *width),
            name: &line.name,
        })
        .collect();
    if has_partial_point && !data.partial_name.is_empty() {
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
    // As many x labels as fit side by side (at most 8).
    let widest = data
        .labels
        .iter()
        .map(|l| text_width_px(l))
        .max()
        .unwrap_or(0);
    let n_x_labels = usize::try_from((width_px - 24 - 44) / (widest + 16).max(1))
        .unwrap_or(0)
        .clamp(2, 8);
    let mut chart = super::line_chart(
        root,
        legend::margin_top_px(&entries, legend_rows),
        widest,
        mirrored,
    )
    .build_cartesian_2d(0.0..x_max, y_min..y_max)?;
    let label_of = |x: &f64| super::period_label(&data.labels, *x, x_of);
    chart
        .configure_mesh()
        .light_line_style(theme.faint.mix(0.5))
        .bold_line_style(theme.faint)
        .axis_style(theme.ink.mix(0.6))
        .x_labels(n.clamp(2, n_x_labels))
        .x_label_formatter(&label_of)
        .y_label_formatter(&|y| crate::i18n::percent_value(Some(*y), 0))
        .label_style(("sans-serif", 12).into_font().color(&theme.ink))
        .draw()?;

    // Faint lines first, underneath. Of the others the first is drawn widest and each later one
    // narrower on top of it, so lines that coincide (CRR equals the strict share when nobody is
    // reactivated) both stay visible.
    let faint = data.lines.iter().filter(|line| line.faint && !line.hidden);
    for line in faint {
        for points in segments(line, x_of) {
            let style = SERIES[0].mix(0.22).stroke_width(1);
            chart.draw_series(LineSeries::new(points, style))?;
        }
    }
    // A step is dashed when either of its ends is a partial period; its marker is hollow.
    let partial_at = |p: &(f64, f64)| data.is_partial(x_of(p.0).round() as usize);
    for (line, colour, width) in bold {
        for points in segments(line, x_of) {
            let style = colour.stroke_width(width);
            let mut runs: Vec<(bool, Vec<(f64, f64)>)> = Vec::new();
            for pair in points.windows(2) {
                let dashed = pair.iter().any(partial_at);
                match runs.last_mut() {
                    Some((was_dashed, run)) if *was_dashed == dashed => run.push(pair[1]),
                    _ => runs.push((dashed, pair.to_vec())),
                }
            }
            for (dashed, run) in runs {
                if dashed {
                    chart.draw_series(DashedLineSeries::new(run, 9, 6, style))?;
                } else {
                    chart.draw_series(LineSeries::new(run, style))?;
                }
            }
            let (hollow, solid): (Vec<_>, Vec<_>) = points.into_iter().partition(partial_at);
            chart.draw_series(
                solid
                    .into_iter()
                    .map(|p| Circle::new(p, width.min(3), colour.filled())),
            )?;
            for p in hollow {
                chart.draw_series([
                    Circle::new(p, 4, theme.paper.filled()),
                    Circle::new(p, 4, colour.stroke_width(2)),
                ])?;
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

/// The line's points, period i at `x_of(i)`, split at gaps, so that a period without a value is
/// not bridged.
fn segments(line: &Line, x_of: impl Fn(f64) -> f64) -> Vec<Vec<(f64, f64)>> {
    let mut segment: Vec<(f64, f64)> = Vec::new();
    let mut segments = Vec::new();
    for (i, value) in line.values_pct.iter().enumerate() {
        match value {
            Some(v) if v.is_finite() => segment.push((x_of(i as f64), *v)),
            _ => segments.push(std::mem::take(&mut segment)),
        }
    }
    segments.push(segment);
    segments.retain(|s| !s.is_empty());
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> LineData {
        LineData {
            labels: vec!["2024-01".into(), "2024-02".into(), "2024-03".into()],
            lines: vec![
                Line {
                    name: "CRR".into(),
                    values_pct: vec![None, Some(90.0), Some(120.0)],
                    faint: false,
                    hidden: false,
                },
                Line {
                    name: "Retained".into(),
                    values_pct: vec![None, Some(80.0), Some(70.0)],
                    faint: false,
                    hidden: false,
                },
            ],
            y_axis: YAxis::WithHundred,
            ..LineData::default()
        }
    }

    #[test]
    fn draws_lines_legend_and_labels() {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (500, 300)).into_drawing_area();
            draw(&root, &data(), &Theme::LIGHT).unwrap();
            root.present().unwrap();
        }
        assert!(svg.contains("2024-02"));
        assert!(svg.contains("Retained"));
        // The y axis reaches past the highest value, 120%.
        assert!(svg.contains("120%"));
        assert!(svg.contains("<polyline"));
    }

    fn svg_of(data: &LineData) -> String {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (500, 300)).into_drawing_area();
            draw(&root, data, &Theme::LIGHT).unwrap();
            root.present().unwrap();
        }
        svg
    }

    #[test]
    fn faint_lines_have_no_legend_entry_or_markers() {
        let line = |name: &str, values: &[f64], faint| Line {
            name: name.into(),
            values_pct: values.iter().map(|v| Some(*v)).collect(),
            faint,
            hidden: false,
        };
        let data = LineData {
            labels: vec!["0".into(), "1".into(), "2".into()],
            lines: vec![
                line("2024-01", &[100.0, 20.0, 10.0], true),
                line("2024-02", &[100.0, 30.0], true),
                line("Average", &[100.0, 24.0, 10.0], false),
            ],
            y_axis: YAxis::WithHundred,
            ..LineData::default()
        };
        let svg = svg_of(&data);
        assert!(svg.contains("Average"));
        assert!(!svg.contains("2024-01") && !svg.contains("2024-02"));
        // Markers only on the average's three points.
        assert_eq!(svg.matches("<circle").count(), 3);
        // Two more polylines than the average alone draws (with the mesh and its legend).
        let average_only = LineData {
            lines: data.lines[2..].to_vec(),
            ..data.clone()
        };
        let polylines = |svg: &str| svg.matches("<polyline").count();
        assert_eq!(polylines(&svg), polylines(&svg_of(&average_only)) + 2);
    }

    #[test]
    fn a_hidden_line_is_neither_drawn_nor_named_and_the_others_keep_their_colours() {
        let shown = svg_of(&data());
        let mut one_hidden = data();
        one_hidden.lines[0].hidden = true;
        let svg = svg_of(&one_hidden);
        assert!(!svg.contains(">\nCRR\n<") && svg.contains("Retained"));
        // The second line keeps the second series colour.
        let second = format!("{:02X}{:02X}{:02X}", SERIES[1].0, SERIES[1].1, SERIES[1].2);
        assert!(shown.contains(&second) && svg.contains(&second));
        let first = format!("{:02X}{:02X}{:02X}", SERIES[0].0, SERIES[0].1, SERIES[0].2);
        assert!(shown.contains(&first) && !svg.contains(&first));
    }

    #[test]
    fn negative_values_widen_the_axis_below_zero() {
        let data = LineData {
            labels: vec!["2024-01".into(), "2024-02".into()],
            lines: vec![Line {
                name: "Churn".into(),
                values_pct: vec![Some(-15.0), Some(20.0)],
                faint: false,
                hidden: false,
            }],
            y_axis: YAxis::WithHundred,
            ..LineData::default()
        };
        assert!(svg_of(&data).contains("-20%"));
        // Churn's own axis starts at the lowest value's five and stops short of 100%.
        let churn = svg_of(&LineData {
            y_axis: YAxis::WithZero,
            ..data
        });
        assert!(churn.contains("-15%") && churn.contains("20%") && !churn.contains("100%"));
    }

    #[test]
    fn right_to_left_time_runs_from_the_right_and_the_y_axis_is_on_the_right() {
        let text_x = |svg: &str, label: &str| crate::charts::text_x(svg, label).unwrap();
        let ltr = svg_of(&data());
        let mut svg = String::new();
        let layout = {
            let root = SVGBackend::with_string(&mut svg, (500, 300)).into_drawing_area();
            let layout = draw(&root, &data(), &Theme::LIGHT.with_direction(true)).unwrap();
            root.present().unwrap();
            layout
        };
        assert!(text_x(&ltr, "2024-01") < text_x(&ltr, "2024-03"));
        assert!(text_x(&svg, "2024-01") > text_x(&svg, "2024-03"), "{svg}");
        assert!(text_x(&svg, "100%") > layout.x1_px, "{svg}");
        // The pointer at the left edge is over the last period.
        assert_eq!(layout.index_at(layout.x0_px), Some(2));
    }

    #[test]
    fn pointer_maps_to_the_nearest_period() {
        let layout = LineLayout {
            x0_px: 50.0,
            x1_px: 250.0,
            n_points: 3,
            mirrored: false,
        };
        let rtl = LineLayout {
            mirrored: true,
            ..layout
        };
        assert_eq!(rtl.index_at(52.0), Some(2));
        assert_eq!(rtl.index_at(251.0), Some(0));
        assert_eq!(rtl.index_at(10.0), None);
        assert_eq!(layout.index_at(52.0), Some(0));
        assert_eq!(layout.index_at(140.0), Some(1));
        assert_eq!(layout.index_at(251.0), Some(2));
        assert_eq!(layout.index_at(10.0), None);
        let empty = LineLayout {
            x0_px: 50.0,
            x1_px: 250.0,
            n_points: 0,
            mirrored: true,
        };
        assert_eq!(empty.index_at(100.0), None);
    }

    fn with_partial_last(partial_name: &str) -> LineData {
        LineData {
            partial: vec![false, false, true],
            partial_name: partial_name.into(),
            ..data()
        }
    }

    #[test]
    fn a_partial_period_is_reached_dashed_with_a_hollow_marker_and_named_in_the_legend() {
        let complete = svg_of(&data());
        let partial = svg_of(&with_partial_last("Partial period"));
        let rings = |svg: &str| {
            svg.split("<circle")
                .skip(1)
                .filter(|c| c.split("/>").next().unwrap().contains("fill=\"none\""))
                .count()
        };
        // Complete periods: filled markers only, no legend entry.
        assert_eq!(rings(&complete), 0);
        assert!(!complete.contains("Partial period"));
        // The last period of both lines gets a ring, and the legend one more.
        assert_eq!(rings(&partial), 2 + 1);
        assert!(partial.contains("Partial period"));
        // The step into the partial period is drawn as dashes: more, shorter paths.
        let paths = |svg: &str| svg.matches("<polyline").count();
        assert!(
            paths(&partial) > paths(&complete) + 4,
            "{} vs {}",
            paths(&partial),
            paths(&complete)
        );
    }

    #[test]
    fn a_partial_period_without_a_value_or_a_name_adds_nothing_to_the_legend() {
        let first_partial = LineData {
            partial: vec![true, false, false],
            partial_name: "Partial period".into(),
            ..data()
        };
        // The first period has no value (S = 0), so no line reaches it.
        assert!(!svg_of(&first_partial).contains("Partial period"));
        let unnamed = svg_of(&with_partial_last(""));
        assert!(!unnamed.contains("Partial period"));
    }

    #[test]
    fn the_last_label_has_room_inside_the_canvas() {
        let mut svg = String::new();
        let layout;
        {
            let root = SVGBackend::with_string(&mut svg, (500, 300)).into_drawing_area();
            layout = draw(&root, &data(), &Theme::LIGHT).unwrap();
            root.present().unwrap();
        }
        // "2024-03" is about 7 × 7 = 49 px wide, centred on the last period.
        assert!(layout.x1_px + 49.0 / 2.0 <= 500.0, "{}", layout.x1_px);
    }
}
