//! The legend of a chart as rows above its plot, so that it never hides data: swatches and names
//! left to right, wrapping to a new row where a narrow canvas (a phone) runs out of width.
//! Also the hatching that marks a partial period, shared by its bars and their legend swatch.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::DrawError;
use super::palette::Theme;

/// What an entry's swatch looks like.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Swatch {
    /// A filled square (a bar series).
    Block(RGBColor),
    /// A light hatched square (a partial period's bars).
    Hatched(RGBColor),
    /// A short line of a given width (a line series).
    Line(RGBColor, u32),
    /// A dashed line through a hollow marker (a partial period on a line).
    DashedHollow(RGBColor),
}

/// One legend entry: a swatch and its name.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry<'a> {
    pub swatch: Swatch,
    pub name: &'a str,
}

/// Height of one legend row.
pub const ROW_PX: i32 = 20;
const SWATCH_PX: i32 = 16;
const GAP_PX: i32 = 18;

/// About how wide `text` is in the 12 px sans-serif font, in pixels.
pub fn text_width_px(text: &str) -> i32 {
    i32::try_from(text.chars().count()).unwrap_or(i32::MAX / 8) * 7
}

/// Where each entry goes (its swatch's top-left), left to right from `left_px` in rows that wrap
/// before `right_px` — or, `mirrored`, right to left from `right_px`, each name left of its
/// swatch — and how many rows that takes.
pub fn positions(
    entries: &[Entry],
    (left_px, right_px): (i32, i32),
    mirrored: bool,
) -> (Vec<(i32, i32)>, i32) {
    let mut row = 0;
    let mut positions = Vec::with_capacity(entries.len());
    if mirrored {
        let mut end = right_px;
        for entry in entries {
            let width = SWATCH_PX + text_width_px(entry.name);
            if end < right_px && end - width < left_px {
                end = right_px;
                row += 1;
            }
            // The swatch (11 px) ends at `end`; the name ends 5 px left of it.
            positions.push((end - SWATCH_PX + 5, 11 + row * ROW_PX));
            end -= width + GAP_PX;
        }
        return (positions, row + 1);
    }
    let mut x = left_px;
    for entry in entries {
        let width = SWATCH_PX + text_width_px(entry.name);
        if x > left_px && x + width > right_px {
            x = left_px;
            row += 1;
        }
        positions.push((x, 11 + row * ROW_PX));
        x += width + GAP_PX;
    }
    (positions, row + 1)
}

/// The top margin a chart leaves for `rows` legend rows (12 px without a legend).
pub fn margin_top_px(entries: &[Entry], rows: i32) -> i32 {
    if entries.is_empty() {
        12
    } else {
        14 + ROW_PX * rows
    }
}

/// Draws the entries at `positions`.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    entries: &[Entry],
    positions: &[(i32, i32)],
    theme: &Theme,
) -> Result<(), DrawError<DB>> {
    let font = ("sans-serif", 12).into_font().color(&theme.ink);
    // The name follows its swatch: right of it, or left of it right to left.
    let (name_dx, name_pos) = if theme.mirrored {
        (-5, font.pos(Pos::new(HPos::Right, VPos::Center)))
    } else {
        (SWATCH_PX, font.pos(Pos::new(HPos::Left, VPos::Center)))
    };
    for (entry, &(x, y)) in entries.iter().zip(positions) {
        let mid = y + 6;
        match entry.swatch {
            Swatch::Block(colour) => {
                root.draw(&Rectangle::new([(x, y), (x + 11, y + 11)], colour.filled()))?;
            }
            Swatch::Hatched(colour) => {
                root.draw(&Rectangle::new(
                    [(x, y), (x + 11, y + 11)],
                    colour.mix(0.4).filled(),
                ))?;
                hatch(root, (x, y), (x + 11, y + 11), colour.mix(0.9))?;
            }
            Swatch::Line(colour, width) => {
                root.draw(&PathElement::new(
                    [(x - 2, mid), (x + 12, mid)],
                    colour.stroke_width(width),
                ))?;
            }
            Swatch::DashedHollow(colour) => {
                for (x0, x1) in [(x - 3, x + 1), (x + 9, x + 13)] {
                    root.draw(&PathElement::new(
                        [(x0, mid), (x1, mid)],
                        colour.stroke_width(2),
                    ))?;
                }
                root.draw(&Circle::new((x + 5, mid), 4, theme.paper.filled()))?;
                root.draw(&Circle::new((x + 5, mid), 4, colour.stroke_width(2)))?;
            }
        }
        root.draw(&Text::new(
            entry.name.to_owned(),
            (x + name_dx, mid),
            &name_pos,
        ))?;
    }
    Ok(())
}

/// Diagonal lines 6 px apart across the pixel rectangle `(left, top)–(right, bottom)`.
pub fn hatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (left, top): (i32, i32),
    (right, bottom): (i32, i32),
    colour: RGBAColor,
) -> Result<(), DrawError<DB>> {
    let (w, h) = (right - left, bottom - top);
    // A line from (left + d, bottom) rising at 45°: (left + d + s, bottom − s) for s in 0..=h,
    // cut where it leaves the rectangle's sides.
    for d in (-h..w).step_by(6) {
        let (s0, s1) = ((-d).max(0), h.min(w - d));
        if s0 < s1 {
            root.draw(&PathElement::new(
                [(left + d + s0, bottom - s0), (left + d + s1, bottom - s1)],
                colour.stroke_width(1),
            ))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str) -> Entry<'_> {
        Entry {
            swatch: Swatch::Block(RGBColor(0, 0, 0)),
            name,
        }
    }

    #[test]
    fn the_legend_wraps_on_a_narrow_canvas() {
        let entries = [
            entry("New"),
            entry("Returning"),
            entry("Reactivated"),
            entry("Churned"),
        ];
        let (wide, rows) = positions(&entries, (68, 948), false);
        assert_eq!(rows, 1);
        assert!(wide.iter().all(|&(_, y)| y == 11));
        let (narrow, rows) = positions(&entries, (68, 330), false);
        assert!(rows >= 2);
        assert_eq!(margin_top_px(&entries, rows), 14 + 20 * rows);
        // Every entry starts inside the canvas and fits before its right edge.
        for (entry, (x, _)) in entries.iter().zip(narrow) {
            assert!(
                x >= 68 && x + 16 + text_width_px(entry.name) <= 330,
                "{}",
                entry.name
            );
        }
    }

    #[test]
    fn right_to_left_the_legend_starts_at_the_right_and_wraps_there() {
        let entries = [
            entry("New"),
            entry("Returning"),
            entry("Reactivated"),
            entry("Churned"),
        ];
        let (wide, rows) = positions(&entries, (12, 892), true);
        assert_eq!(rows, 1);
        // The first entry's swatch ends at the right edge; each later one is further left.
        assert_eq!(wide[0].0 + 11, 892);
        assert!(wide.windows(2).all(|pair| pair[1].0 < pair[0].0));
        let (narrow, rows) = positions(&entries, (12, 274), true);
        assert!(rows >= 2);
        // Every name (left of its swatch) stays inside the span.
        for (entry, (x, y)) in entries.iter().zip(narrow) {
            let name_left = x - 5 - text_width_px(entry.name);
            assert!(
                name_left >= 12 && x + 11 <= 274,
                "{} at {x},{y}",
                entry.name
            );
        }
    }

    #[test]
    fn no_entries_take_no_room() {
        assert_eq!(margin_top_px(&[], 1), 12);
    }

    #[test]
    fn hatching_stays_inside_its_rectangle() {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (100, 100)).into_drawing_area();
            hatch(&root, (10, 20), (40, 80), Theme::LIGHT.ink.mix(1.0)).unwrap();
            root.present().unwrap();
        }
        let numbers: Vec<i32> = svg
            .split("points=\"")
            .skip(1)
            .flat_map(|p| {
                p.split('"')
                    .next()
                    .unwrap()
                    .split([' ', ','])
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .filter_map(|n| n.parse().ok())
            .collect();
        assert!(!numbers.is_empty());
        for xy in numbers.chunks(2) {
            assert!(
                (10..=40).contains(&xy[0]) && (20..=80).contains(&xy[1]),
                "{xy:?}"
            );
        }
    }
}
