//! Bars per category (a period, a bin, a kind of order): one or more series, either stacked (the
//! positive values of a category pile up from zero, the negative ones pile down) or grouped side
//! by side. Values may be negative: the lifecycle chart draws churned customers below zero.
//! `BarLayout` maps a pointer's x back to the category under it, for the tooltip. A partial
//! category (a period the data ends inside) is drawn lighter and hatched, and the legend names it.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::DrawError;
use super::legend::{self, Entry, Swatch, hatch};
use super::palette::Theme;
use super::plot_span;

/// One series: a name for the legend, a colour and a value per category (`None` draws nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct BarSeries {
    pub name: String,
    pub colour: RGBColor,
    pub values: Vec<Option<f64>>,
}

/// How the series of one category share its slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Arrangement {
    /// Piled on one bar: positives up from zero, negatives down from zero.
    #[default]
    Stacked,
    /// One bar per series, side by side.
    Grouped,
}

/// How axis values and bar labels are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unit {
    /// Whole numbers with grouping (customers, purchases).
    #[default]
    Count,
    /// Major units with two decimals and grouping.
    Money,
}

impl Unit {
    fn format(self, value: f64) -> String {
        match self {
            // Axis ticks between whole counts (0.5 when the counts are small) get no label.
            Unit::Count if (value - value.round()).abs() > 1e-9 => String::new(),
            Unit::Count => crate::i18n::group_int(value.round() as i64),
            Unit::Money => crate::i18n::money(value),
        }
    }
}

/// What the chart shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BarData {
    /// Category labels along x.
    pub labels: Vec<String>,
    pub series: Vec<BarSeries>,
    pub arrangement: Arrangement,
    pub unit: Unit,
    /// Whether each bar carries its value as text (for a few wide bars).
    pub value_labels: ValueLabels,
    /// `partial[i]`: category i is a period only partly covered by the data (missing: complete).
    pub partial: Vec<bool>,
    /// The legend's name for a partial category, shown when one has a bar.
    pub partial_name: String,
}

impl BarData {
    fn is_partial(&self, i: usize) -> bool {
        self.partial.get(i).copied().unwrap_or(false)
    }

    /// Whether a partial category has a bar, so that the legend must explain the hatching.
    fn shows_partial(&self) -> bool {
        !self.partial_name.is_empty()
            && (0..self.labels.len()).any(|i| {
                self.is_partial(i)
                    && self.series.iter().any(|s| {
                        s.values
                            .get(i)
                            .copied()
                            .flatten()
                            .is_some_and(f64::is_finite)
                    })
            })
    }
}

/// Whether bars carry their value as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ValueLabels {
    #[default]
    Hidden,
    /// Above a positive bar, below a negative one.
    Shown,
}

/// Where the categories sit in pixels: `n` equal slots from `x0_px` to `x1_px`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BarLayout {
    pub x0_px: f64,
    pub x1_px: f64,
    pub n: usize,
    /// The first category is at the right (a page that reads right to left).
    pub mirrored: bool,
}

impl BarLayout {
    /// The category whose slot contains pixel `x_px`, if the pointer is over the plot.
    pub fn index_at(&self, x_px: f64) -> Option<usize> {
        if self.n == 0 || !(self.x0_px..self.x1_px).contains(&x_px) {
            return None;
        }
        let slot = (self.x1_px - self.x0_px) / self.n as f64;
        let index = (((x_px - self.x0_px) / slot).floor() as usize).min(self.n - 1);
        Some(self.slot(index))
    }

    /// The slot, counted from the left, of category `i` (and the category of slot `i`).
    pub fn slot(&self, i: usize) -> usize {
        if self.mirrored {
            self.n.saturating_sub(1 + i)
        } else {
            i
        }
    }
}

/// `label` split at the space nearest its middle (a label without a space stays whole).
fn two_lines(label: &str) -> Vec<String> {
    let middle = label.chars().count() / 2;
    let split = label
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(at, _)| (label[..at].chars().count().abs_diff(middle), at))
        .min();
    match split {
        Some((_, at)) => vec![label[..at].to_owned(), label[at + 1..].to_owned()],
        None => vec![label.to_owned()],
    }
}

/// Lowest and highest y the bars reach (stacks summed), zero included.
fn extent(data: &BarData) -> (f64, f64) {
    let n = data.labels.len();
    let value =
        |s: &BarSeries, i: usize| s.values.get(i).copied().flatten().filter(|v| v.is_finite());
    let (mut lo, mut hi) = (0.0_f64, 0.0_f64);
    for i in 0..n {
        match data.arrangement {
            Arrangement::Stacked => {
                let (mut up, mut down) = (0.0, 0.0);
                for v in data.series.iter().filter_map(|s| value(s, i)) {
                    if v >= 0.0 { up += v } else { down += v }
                }
                hi = hi.max(up);
                lo = lo.min(down);
            }
            Arrangement::Grouped => {
                for v in data.series.iter().filter_map(|s| value(s, i)) {
                    hi = hi.max(v);
                    lo = lo.min(v);
                }
            }
        }
    }
    (lo, hi)
}

/// Draws the bars filling `root`. Returns the layout used, for hit-testing.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: &BarData,
    theme: &Theme,
) -> Result<BarLayout, DrawError<DB>> {
    root.fill(&theme.paper)?;
    let n = data.labels.len();
    let (lo, hi) = extent(data);
    // Headroom above (and below) for value labels; an empty chart spans 0..1.
    let span = (hi - lo).max(1.0);
    let top = hi + span * 0.1;
    let bottom = if lo < 0.0 { lo - span * 0.06 } else { 0.0 };
    let unit = data.unit;
    // With several series or a partial period, legend rows sit above the plot, so that they
    // never hide a bar; they wrap on a narrow canvas.
    let mut entries: Vec<Entry> = Vec::new();
    if data.series.len() > 1 {
        entries.extend(data.series.iter().map(|s| Entry {
            swatch: Swatch::Block(s.colour),
            name: &s.name,
        }));
    }
    if data.shows_partial() {
        entries.push(Entry {
            swatch: Swatch::Hatched(RGBColor(150, 156, 166)),
            name: &data.partial_name,
        });
    }
    let y_label_px = if unit == Unit::Money { 76 } else { 56 };
    let (width_px, _) = root.dim_in_pixel();
    let right_px = i32::try_from(width_px).unwrap_or(i32::MAX) - 12;
    let (legend_at, legend_rows) = legend::positions(
        &entries,
        plot_span(right_px + 12, y_label_px, theme.mirrored),
        theme.mirrored,
    );
    let margin_top = legend::margin_top_px(&entries, legend_rows);
    // A few categories whose names are too wide for their slots (a phone) get their names on two
    // lines rather than losing every other one.
    let label_px = |l: &String| l.chars().count() as f64 * 7.0 + 10.0;
    let widest_px = data.labels.iter().map(label_px).fold(0.0, f64::max);
    let slot_estimate_px = f64::from(right_px - 12 - y_label_px) / n.max(1) as f64;
    let wraps_labels = n <= 6 && widest_px > slot_estimate_px;
    let mirrored = theme.mirrored;
    let mut builder = ChartBuilder::on(root);
    builder
        .margin(12)
        .margin_top(margin_top)
        .x_label_area_size(if wraps_labels { 40 } else { 26 });
    if mirrored {
        builder.right_y_label_area_size(y_label_px);
    } else {
        builder.y_label_area_size(y_label_px);
    }
    let mut chart = builder.build_cartesian_2d(0.0..(n.max(1) as f64), bottom..top)?;
    // Category i's slot, from the left (right to left, the first is at the right); within a
    // group, series k's place the same way.
    let slots = BarLayout {
        x0_px: 0.0,
        x1_px: 0.0,
        n,
        mirrored,
    };
    let slot = |i: usize| slots.slot(i) as f64;
    let n_series = data.series.len().max(1);
    let place = |k: usize| {
        if mirrored {
            n_series.saturating_sub(1 + k) as f64
        } else {
            k as f64
        }
    };
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
        .y_labels(6)
        .y_label_formatter(&|y| unit.format(*y))
        .label_style(("sans-serif", 12).into_font().color(&theme.ink))
        .draw()?;

    let mut hatched = Vec::new();
    for (k, series) in data.series.iter().enumerate() {
        let colour = series.colour;
        let mut rects = Vec::new();
        for (i, value) in series.values.iter().enumerate().take(n) {
            let Some(v) = value.filter(|v| v.is_finite()) else {
                continue;
            };
            let (x0, x1, base) = match data.arrangement {
                Arrangement::Stacked => {
                    // The earlier series of this category with the same sign lie beneath.
                    let base: f64 = data.series[..k]
                        .iter()
                        .filter_map(|s| s.values.get(i).copied().flatten())
                        .filter(|b| b.is_finite() && (*b >= 0.0) == (v >= 0.0))
                        .sum();
                    (slot(i) + 0.15, slot(i) + 0.85, base)
                }
                Arrangement::Grouped => {
                    let w = 0.7 / n_series as f64;
                    let x0 = slot(i) + 0.15 + w * place(k);
                    (x0, x0 + w, 0.0)
                }
            };
            let style = if data.is_partial(i) {
                hatched.push((
                    chart.backend_coord(&(x0, base + v)),
                    chart.backend_coord(&(x1, base)),
                    colour,
                ));
                colour.mix(0.4).filled()
            } else {
                colour.filled()
            };
            rects.push(Rectangle::new([(x0, base), (x1, base + v)], style));
        }
        chart.draw_series(rects)?;
    }
    for (a, b, colour) in hatched {
        let top_left = (a.0.min(b.0), a.1.min(b.1));
        let bottom_right = (a.0.max(b.0), a.1.max(b.1));
        hatch(root, top_left, bottom_right, colour.mix(0.9))?;
    }
    if lo < 0.0 {
        chart.draw_series(std::iter::once(PathElement::new(
            [(0.0, 0.0), (n.max(1) as f64, 0.0)],
            theme.ink.mix(0.6).stroke_width(1),
        )))?;
    }
    let (x_range, y_range) = chart.plotting_area().get_pixel_range();
    let layout = BarLayout {
        x0_px: f64::from(x_range.start),
        x1_px: f64::from(x_range.end),
        n,
        mirrored,
    };
    let font = ("sans-serif", 12).into_font().color(&theme.ink);
    legend::draw(root, &entries, &legend_at, theme)?;
    // Category labels under the slots, thinned so that they do not overlap, and kept inside
    // the canvas at both ends.
    let centre = font.pos(Pos::new(HPos::Center, VPos::Top));
    let slot_px = (layout.x1_px - layout.x0_px) / n.max(1) as f64;
    let step = if wraps_labels {
        1
    } else {
        (widest_px / slot_px).ceil().max(1.0) as usize
    };
    for (i, label) in data.labels.iter().enumerate().step_by(step) {
        let x = (layout.x0_px + (slot(i) + 0.5) * slot_px) as i32;
        let lines = if wraps_labels {
            two_lines(label)
        } else {
            vec![label.clone()]
        };
        for (k, line) in (0..).zip(lines) {
            root.draw(&Text::new(line, (x, y_range.end + 6 + 14 * k), &centre))?;
        }
    }
    if data.value_labels == ValueLabels::Shown {
        for (k, series) in data.series.iter().enumerate() {
            for (i, value) in series.values.iter().enumerate().take(n) {
                let Some(v) = value.filter(|v| v.is_finite()) else {
                    continue;
                };
                let centre_x = match data.arrangement {
                    Arrangement::Stacked => slot(i) + 0.5,
                    Arrangement::Grouped => {
                        let w = 0.7 / n_series as f64;
                        slot(i) + 0.15 + w * (place(k) + 0.5)
                    }
                };
                let (x_px, y_px) = chart.backend_coord(&(centre_x, v));
                let (v_pos, dy) = if v >= 0.0 {
                    (VPos::Bottom, -4)
                } else {
                    (VPos::Top, 4)
                };
                let style = font.pos(Pos::new(HPos::Center, v_pos));
                root.draw(&Text::new(unit.format(v), (x_px, y_px + dy), &style))?;
            }
        }
    }
    Ok(layout)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svg_of(data: &BarData) -> (String, BarLayout) {
        let mut svg = String::new();
        let layout;
        {
            let root = SVGBackend::with_string(&mut svg, (600, 300)).into_drawing_area();
            layout = draw(&root, data, &Theme::LIGHT).unwrap();
            root.present().unwrap();
        }
        (svg, layout)
    }

    fn lifecycle() -> BarData {
        let series = |name: &str, values: &[f64]| BarSeries {
            name: name.into(),
            colour: RGBColor(0, 114, 178),
            values: values.iter().map(|v| Some(*v)).collect(),
        };
        BarData {
            labels: vec!["2024-01".into(), "2024-02".into(), "2024-03".into()],
            series: vec![
                series("New", &[10.0, 8.0, 6.0]),
                series("Returning", &[0.0, 4.0, 5.0]),
                series("Churned", &[0.0, -3.0, -7.0]),
            ],
            arrangement: Arrangement::Stacked,
            unit: Unit::Count,
            value_labels: ValueLabels::Hidden,
            ..BarData::default()
        }
    }

    #[test]
    fn stacked_bars_draw_labels_legend_and_a_bar_per_value() {
        let (svg, _) = svg_of(&lifecycle());
        assert!(svg.contains("2024-02"));
        assert!(svg.contains("Returning"));
        assert!(svg.contains("Churned"));
        // Background, 9 bars (the zeros are empty) and 3 legend swatches.
        assert!(svg.matches("<rect").count() >= 1 + 9 + 3);
    }

    #[test]
    fn stacks_pile_positives_up_and_negatives_down() {
        // The second period reaches 8 + 4 = 12 up, the third −7 down.
        assert_eq!(extent(&lifecycle()), (-7.0, 12.0));
        let grouped = BarData {
            arrangement: Arrangement::Grouped,
            ..lifecycle()
        };
        assert_eq!(extent(&grouped), (-7.0, 10.0));
    }

    #[test]
    fn grouped_money_bars_carry_their_values() {
        let data = BarData {
            labels: vec!["All".into(), "First".into(), "Repeat".into()],
            series: vec![BarSeries {
                name: "AOV".into(),
                colour: RGBColor(0, 114, 178),
                values: vec![Some(49.42), Some(45.1), None],
            }],
            arrangement: Arrangement::Grouped,
            unit: Unit::Money,
            value_labels: ValueLabels::Shown,
            ..BarData::default()
        };
        let (svg, layout) = svg_of(&data);
        assert!(svg.contains("49.42") && svg.contains("45.10"));
        assert!(svg.contains("Repeat"));
        assert_eq!(layout.n, 3);
    }

    #[test]
    fn counts_are_whole_and_money_has_cents() {
        assert_eq!(Unit::Count.format(1814.0), "1,814");
        assert_eq!(Unit::Count.format(-3.0), "-3");
        assert_eq!(Unit::Count.format(0.5), "");
        assert_eq!(Unit::Money.format(49.5), "49.50");
    }

    #[test]
    fn pointer_maps_to_the_slot_under_it() {
        let layout = BarLayout {
            x0_px: 100.0,
            x1_px: 400.0,
            n: 3,
            mirrored: false,
        };
        let rtl = BarLayout {
            mirrored: true,
            ..layout
        };
        assert_eq!(rtl.index_at(100.0), Some(2));
        assert_eq!(rtl.index_at(399.0), Some(0));
        assert_eq!(rtl.index_at(400.0), None);
        assert_eq!(layout.index_at(100.0), Some(0));
        assert_eq!(layout.index_at(199.0), Some(0));
        assert_eq!(layout.index_at(201.0), Some(1));
        assert_eq!(layout.index_at(399.0), Some(2));
        assert_eq!(layout.index_at(400.0), None);
        assert_eq!(layout.index_at(99.0), None);
        assert_eq!(layout.index_at(f64::NAN), None);
        let empty = BarLayout { n: 0, ..layout };
        assert_eq!(empty.index_at(200.0), None);
    }

    #[test]
    fn right_to_left_the_first_category_is_at_the_right_and_the_y_axis_too() {
        let data = lifecycle();
        let (ltr, _) = svg_of(&data);
        let mut svg = String::new();
        let layout = {
            let root = SVGBackend::with_string(&mut svg, (600, 300)).into_drawing_area();
            let layout = draw(&root, &data, &Theme::LIGHT.with_direction(true)).unwrap();
            root.present().unwrap();
            layout
        };
        let text_x = |svg: &str, label: &str| crate::charts::text_x(svg, label).unwrap();
        let (first, last) = (&data.labels[0], &data.labels[2]);
        assert!(text_x(&ltr, first) < text_x(&ltr, last));
        assert!(text_x(&svg, first) > text_x(&svg, last), "{svg}");
        // The y axis' labels sit right of the plot.
        let y_label = text_x(&svg, "0");
        assert!(y_label > layout.x1_px, "{y_label} vs {}", layout.x1_px);
        let slot = (layout.x1_px - layout.x0_px) / 3.0;
        assert_eq!(layout.index_at(layout.x0_px + 0.5 * slot), Some(2));
    }

    #[test]
    fn drawn_layout_spans_the_plot() {
        let (_, layout) = svg_of(&lifecycle());
        assert_eq!(layout.n, 3);
        assert!(layout.x0_px > 40.0 && layout.x1_px < 600.0);
        let slot = (layout.x1_px - layout.x0_px) / 3.0;
        assert_eq!(layout.index_at(layout.x0_px + 1.5 * slot), Some(1));
    }

    #[test]
    fn empty_data_draws_without_error() {
        let (_, layout) = svg_of(&BarData::default());
        assert_eq!(layout.index_at(300.0), None);
    }

    /// Rectangles drawn translucent: the bars of partial periods and their legend swatch.
    fn light_rects(svg: &str) -> usize {
        svg.split("<rect")
            .skip(1)
            .filter(|r| r.split("/>").next().unwrap().contains("opacity=\"0.4\""))
            .count()
    }

    #[test]
    fn a_partial_period_is_lighter_hatched_and_named_in_the_legend() {
        let partial = BarData {
            partial: vec![false, false, true],
            partial_name: "Partial period".into(),
            ..lifecycle()
        };
        let (complete_svg, _) = svg_of(&lifecycle());
        let (partial_svg, _) = svg_of(&partial);
        assert_eq!(light_rects(&complete_svg), 0);
        assert!(!complete_svg.contains("Partial period"));
        // The third period's three bars and the legend's swatch are light …
        assert_eq!(light_rects(&partial_svg), 3 + 1);
        assert!(partial_svg.contains("Partial period"));
        // … and crossed by hatching lines.
        let lines = |svg: &str| svg.matches("<polyline").count();
        assert!(lines(&partial_svg) > lines(&complete_svg) + 6);
    }

    #[test]
    fn a_partial_period_without_bars_is_not_in_the_legend() {
        let mut data = BarData {
            partial: vec![false, false, true],
            partial_name: "Partial period".into(),
            ..lifecycle()
        };
        for series in &mut data.series {
            series.values[2] = None;
        }
        let (svg, _) = svg_of(&data);
        assert!(!svg.contains("Partial period"));
        assert_eq!(light_rects(&svg), 0);
    }

    #[test]
    fn labels_split_at_the_space_nearest_the_middle() {
        assert_eq!(two_lines("Repeat orders"), ["Repeat", "orders"]);
        assert_eq!(two_lines("همهٔ سفارش‌ها"), ["همهٔ", "سفارش‌ها"]);
        assert_eq!(two_lines("a b c d e"), ["a b", "c d e"]);
        assert_eq!(two_lines("2024-01"), ["2024-01"]);
    }

    #[test]
    fn a_few_wide_labels_on_a_narrow_canvas_all_show_on_two_lines() {
        let data = BarData {
            labels: vec![
                "All orders".into(),
                "First orders".into(),
                "Repeat orders".into(),
            ],
            series: vec![BarSeries {
                name: "AOV".into(),
                colour: RGBColor(0, 114, 178),
                values: vec![Some(43.3), Some(43.2), Some(43.4)],
            }],
            arrangement: Arrangement::Grouped,
            unit: Unit::Money,
            ..BarData::default()
        };
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (350, 260)).into_drawing_area();
            draw(&root, &data, &Theme::LIGHT).unwrap();
            root.present().unwrap();
        }
        for word in ["All", "First", "Repeat", "orders"] {
            assert!(svg.contains(&format!(">\n{word}\n<")), "{word}");
        }
        assert_eq!(svg.matches(">\norders\n<").count(), 3);
    }
}
