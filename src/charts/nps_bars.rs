//! NPS per period: one bar per period stacked from 0 to 100% with the shares of detractors (red),
//! passives (grey) and promoters (green), and the period's NPS as a line over the bars, all on
//! one −100…100 axis (shares in %, NPS in points). A period without NPS answers leaves a gap. A
//! partial period (one the data ends inside) gets light hatched bars, the line reaches it dashed
//! with a hollow marker, and the legend names it. The layout is `bars::BarLayout`, which maps a
//! pointer's x to the period under it.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::DrawError;
use super::bars::BarLayout;
use super::legend::{self, Entry, Swatch, hatch};
use super::palette::{SERIES, Theme};
use super::plot_span;

/// Detractors: Okabe–Ito vermillion.
pub const DETRACTOR: RGBColor = RGBColor(213, 94, 0);
/// Passives: neutral grey.
pub const PASSIVE: RGBColor = RGBColor(128, 134, 145);
/// Promoters: Okabe–Ito bluish green.
pub const PROMOTER: RGBColor = RGBColor(0, 158, 115);

/// One period: the three shares (fractions) and the NPS, `None` without NPS answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NpsPeriod {
    pub label: String,
    /// Detractors, passives and promoters as fractions of the period's NPS answers.
    pub shares: Option<[f64; 3]>,
    pub nps: Option<f64>,
    pub is_partial: bool,
}

/// What the chart shows, with the legend's names.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NpsBarsData {
    pub periods: Vec<NpsPeriod>,
    /// Detractors, passives, promoters, the NPS line.
    pub names: [String; 4],
    /// The legend's name for a partial period, shown when one has a value.
    pub partial_name: String,
    /// Which of the four (detractors, passives, promoters, the NPS line) the legend toggles hide:
    /// a hidden group is neither drawn nor named, and the shown ones stack from 0.
    pub hidden: [bool; 4],
}

/// Draws the bars and the line filling `root`. Returns the layout used, for hit-testing.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &NpsBarsData,
    theme: &Theme,
) -> Result<BarLayout, DrawError<DB>> {
    root.fill(&theme.paper)?;
    let n = data.periods.len();
    let colours = [DETRACTOR, PASSIVE, PROMOTER];
    let mut entries: Vec<Entry> = colours
        .iter()
        .zip(&data.names)
        .zip(data.hidden)
        .filter(|(_, hidden)| !hidden)
        .map(|((colour, name), _)| Entry {
            swatch: Swatch::Block(*colour),
            name,
        })
        .collect();
    let shows_line = !data.hidden[3];
    if shows_line {
        entries.push(Entry {
            swatch: Swatch::Line(SERIES[0], 3),
            name: &data.names[3],
        });
    }
    let shows_partial = data
        .periods
        .iter()
        .any(|p| p.is_partial && (p.shares.is_some() || p.nps.is_some()));
    if shows_partial && !data.partial_name.is_empty() {
        entries.push(Entry {
            swatch: Swatch::Hatched(RGBColor(150, 156, 166)),
            name: &data.partial_name,
        });
    }
    let (width_px, _) = root.dim_in_pixel();
    let right_px = i32::try_from(width_px).unwrap_or(i32::MAX) - 12;
    let (legend_at, legend_rows) = legend::positions(
        &entries,
        plot_span(right_px + 12, 44, theme.mirrored),
        theme.mirrored,
    );
    let mirrored = theme.mirrored;
    let mut builder = ChartBuilder::on(root);
    builder
        .margin(12)
        .margin_top(legend::margin_top_px(&entries, legend_rows))
        .x_label_area_size(26);
    if mirrored {
        builder.right_y_label_area_size(44);
    } else {
        builder.y_label_area_size(44);
    }
    let mut chart = builder.build_cartesian_2d(0.0..(n.max(1) as f64), -100.0..100.0)?;
    // Period i's slot, from the left (right to left, the first is at the right).
    let slots = BarLayout {
        x0_px: 0.0,
        x1_px: 0.0,
        n,
        mirrored,
    };
    let slot = |i: usize| slots.slot(i) as f64;
    let no_label = |_: &f64| String::new();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(1)
        .light_line_style(theme.faint.mix(0.5))
        .bold_line_style(theme.faint)
        .axis_style(theme.ink.mix(0.6))
        .x_labels(0)
        .x_label_formatter(&no_label)
        .y_labels(9)
        .y_label_formatter(&|y| crate::i18n::decimal(Some(*y), 0))
        .label_style(("sans-serif", 12).into_font().color(&theme.ink))
        .draw()?;
    // The zero line: NPS 0, and the base of every bar.
    chart.draw_series(std::iter::once(PathElement::new(
        [(0.0, 0.0), (n.max(1) as f64, 0.0)],
        theme.ink.mix(0.6).stroke_width(1),
    )))?;
    let mut hatched = Vec::new();
    for (i, period) in data.periods.iter().enumerate() {
        let Some(shares) = period.shares else {
            continue;
        };
        let (x0, x1) = (slot(i) + 0.15, slot(i) + 0.85);
        let mut base = 0.0;
        let shown = shares.iter().zip(colours).zip(data.hidden);
        for ((share, colour), _) in shown.filter(|(_, hidden)| !hidden) {
            let top = base + share.clamp(0.0, 1.0) * 100.0;
            let style = if period.is_partial {
                hatched.push((
                    chart.backend_coord(&(x0, top)),
                    chart.backend_coord(&(x1, base)),
                    colour,
                ));
                colour.mix(0.4).filled()
            } else {
                colour.filled()
            };
            chart.draw_series(std::iter::once(Rectangle::new(
                [(x0, base), (x1, top)],
                style,
            )))?;
            base = top;
        }
    }
    for (a, b, colour) in hatched {
        hatch(root, a, b, colour.mix(0.9))?;
    }
    // The NPS line over the bars, split at periods without answers; dashed into a partial one.
    let points: Vec<(usize, f64)> = data
        .periods
        .iter()
        .enumerate()
        .filter(|_| shows_line)
        .filter_map(|(i, p)| p.nps.filter(|v| v.is_finite()).map(|v| (i, v)))
        .collect();
    let at = |(i, v): (usize, f64)| (slot(i) + 0.5, v);
    let is_partial = |i: usize| data.periods.get(i).is_some_and(|p| p.is_partial);
    let style = SERIES[0].stroke_width(3);
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b.0 != a.0 + 1 {
            continue;
        }
        if is_partial(a.0) || is_partial(b.0) {
            chart.draw_series(DashedLineSeries::new([at(a), at(b)], 9, 6, style))?;
        } else {
            chart.draw_series(LineSeries::new([at(a), at(b)], style))?;
        }
    }
    for &point in &points {
        if is_partial(point.0) {
            chart.draw_series([
                Circle::new(at(point), 4, theme.paper.filled()),
                Circle::new(at(point), 4, SERIES[0].stroke_width(2)),
            ])?;
        } else {
            chart.draw_series(std::iter::once(Circle::new(
                at(point),
                3,
                SERIES[0].filled(),
            )))?;
        }
    }
    let (x_range, y_range) = chart.plotting_area().get_pixel_range();
    let layout = BarLayout {
        x0_px: f64::from(x_range.start),
        x1_px: f64::from(x_range.end),
        n,
        mirrored,
    };
    legend::draw(root, &entries, &legend_at, theme)?;
    // Period labels under the slots, thinned so that they do not overlap.
    let font = ("sans-serif", 12).into_font().color(&theme.ink);
    let centre = font.pos(plotters::style::text_anchor::Pos::new(
        plotters::style::text_anchor::HPos::Center,
        plotters::style::text_anchor::VPos::Top,
    ));
    let slot_px = (layout.x1_px - layout.x0_px) / n.max(1) as f64;
    let widest_px = data
        .periods
        .iter()
        .map(|p| f64::from(legend::text_width_px(&p.label)) + 10.0)
        .fold(0.0, f64::max);
    let step = (widest_px / slot_px.max(1.0)).ceil().max(1.0) as usize;
    for (i, period) in data.periods.iter().enumerate().step_by(step) {
        let x = (layout.x0_px + (slot(i) + 0.5) * slot_px) as i32;
        root.draw(&Text::new(
            period.label.clone(),
            (x, y_range.end + 6),
            &centre,
        ))?;
    }
    Ok(layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> [String; 4] {
        [
            "Detractors".into(),
            "Passives".into(),
            "Promoters".into(),
            "NPS".into(),
        ]
    }

    fn data(partial_last: bool) -> NpsBarsData {
        let period = |label: &str, shares, nps, is_partial| NpsPeriod {
            label: label.into(),
            shares,
            nps,
            is_partial,
        };
        NpsBarsData {
            periods: vec![
                period("2024-01", Some([0.2, 0.3, 0.5]), Some(30.0), false),
                period("2024-02", None, None, false),
                period("2024-03", Some([0.5, 0.25, 0.25]), Some(-25.0), false),
                period("2024-04", Some([0.1, 0.1, 0.8]), Some(70.0), partial_last),
            ],
            names: names(),
            partial_name: "Partial period".into(),
            hidden: [false; 4],
        }
    }

    fn svg_of(data: &NpsBarsData) -> (String, BarLayout) {
        let mut svg = String::new();
        let layout;
        {
            let root = SVGBackend::with_string(&mut svg, (600, 300)).into_drawing_area();
            layout = draw(&root, data, &Theme::LIGHT).unwrap();
            root.present().unwrap();
        }
        (svg, layout)
    }

    #[test]
    fn draws_three_bars_per_period_with_answers_and_the_axis_ends() {
        let (svg, layout) = svg_of(&data(false));
        assert_eq!(layout.n, 4);
        for word in ["Detractors", "Promoters", "NPS", "2024-03", "-100", "100"] {
            assert!(svg.contains(word), "{word}");
        }
        // Background, 3 periods × 3 bars, 3 legend blocks; the empty period has none.
        assert_eq!(svg.matches("<rect").count(), 1 + 9 + 3);
        // Markers on the three NPS values.
        assert_eq!(svg.matches("<circle").count(), 3);
        assert!(!svg.contains("Partial period"));
    }

    #[test]
    fn hidden_groups_and_line_are_neither_drawn_nor_named_and_the_rest_stack_from_zero() {
        let mut hidden = data(false);
        hidden.hidden = [true, true, false, true];
        let (svg, _) = svg_of(&hidden);
        assert!(svg.contains("Promoters"));
        for word in ["Detractors", "Passives", ">NPS<"] {
            assert!(!svg.contains(word), "{word}");
        }
        // Background, 3 promoter bars, 1 legend block; no NPS markers.
        assert_eq!(svg.matches("<rect").count(), 1 + 3 + 1);
        assert_eq!(svg.matches("<circle").count(), 0);
        // Promoters now start at 0, as detractors did: the same bottom edge.
        let bottoms = |svg: &str| -> Vec<String> {
            svg.split("<rect")
                .skip(2)
                .take(3)
                .map(|r| {
                    let y = r.split("y=\"").nth(1).unwrap().split('"').next().unwrap();
                    let h = r
                        .split("height=\"")
                        .nth(1)
                        .unwrap()
                        .split('"')
                        .next()
                        .unwrap();
                    (y.parse::<i64>().unwrap() + h.parse::<i64>().unwrap()).to_string()
                })
                .collect()
        };
        let (all, _) = svg_of(&data(false));
        assert_eq!(bottoms(&svg)[0], bottoms(&all)[0], "{svg}");
    }

    #[test]
    fn a_partial_period_is_hatched_hollow_and_named() {
        let (svg, _) = svg_of(&data(true));
        assert!(svg.contains("Partial period"));
        let rings = svg
            .split("<circle")
            .skip(1)
            .filter(|c| c.split("/>").next().unwrap().contains("fill=\"none\""))
            .count();
        assert_eq!(rings, 1);
    }

    #[test]
    fn the_pointer_finds_the_period_under_it() {
        let (_, layout) = svg_of(&data(false));
        let slot = (layout.x1_px - layout.x0_px) / 4.0;
        assert_eq!(layout.index_at(layout.x0_px + 2.5 * slot), Some(2));
        assert_eq!(layout.index_at(layout.x0_px - 1.0), None);
    }

    #[test]
    fn no_periods_draw_without_error() {
        let (_, layout) = svg_of(&NpsBarsData::default());
        assert_eq!(layout.index_at(300.0), None);
    }
}
