//! Colours shared by every chart: the page's light or dark `Theme` (background, text, grid), one
//! sequential scale for shares and a few series colours from the Okabe–Ito colour-blind-safe
//! palette (Okabe & Ito, "Color Universal Design", 2008), the same in both themes: each keeps
//! 3:1 against white and against the dark background (WCAG 1.4.11). The palette's orange
//! (#e69f00, 2.2:1 on white) is replaced by its reddish purple, which keeps 3:1.

use plotters::style::RGBColor;

/// Series colours: blue, vermillion, bluish green, reddish purple.
pub const SERIES: [RGBColor; 4] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
];

/// Text on a light cell of the share scale, whatever the theme.
pub const INK: RGBColor = RGBColor(40, 44, 52);

/// The colours a chart is drawn in around its data: those of the page (`style/main.css`), light
/// or dark as the system prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Background, and the inside of hollow markers.
    pub paper: RGBColor,
    /// Text and axes.
    pub ink: RGBColor,
    /// Grid lines and empty cells.
    pub faint: RGBColor,
}

impl Theme {
    /// Dark text on white (`--paper`, `--ink`, `--line`).
    pub const LIGHT: Theme = Theme {
        paper: RGBColor(255, 255, 255),
        ink: INK,
        faint: RGBColor(226, 230, 236),
    };
    /// Light text on the dark cards of the dark scheme.
    pub const DARK: Theme = Theme {
        paper: RGBColor(0x1e, 0x22, 0x29),
        ink: RGBColor(0xe6, 0xe9, 0xef),
        faint: RGBColor(0x3a, 0x40, 0x4b),
    };
}

/// The colour of a share in `0.0..=1.0` on a light-to-dark blue scale (values outside are
/// clamped). Interpolates from #eef4fb to #08306b by √share, so that the small shares typical
/// of later cohort months stay distinguishable next to month 0's 100%.
pub fn share_colour(share: f64) -> RGBColor {
    let t = if share.is_finite() {
        share.clamp(0.0, 1.0).sqrt()
    } else {
        0.0
    };
    let lerp = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
    RGBColor(lerp(0xee, 0x08), lerp(0xf4, 0x30), lerp(0xfb, 0x6b))
}

/// Whether text drawn on `share_colour(share)` should be white for contrast.
pub fn needs_light_text(share: f64) -> bool {
    share > 0.2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2 contrast ratio of two colours.
    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let luminance = |c: RGBColor| {
            let channel = |v: u8| {
                let v = f64::from(v) / 255.0;
                if v <= 0.039_28 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
        };
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn text_and_series_are_readable_in_both_themes() {
        for theme in [Theme::LIGHT, Theme::DARK] {
            // Text: AA for normal text; series (lines and bars): 3:1 for graphics.
            assert!(contrast(theme.ink, theme.paper) >= 4.5, "{theme:?}");
            let nps_groups = [
                crate::charts::nps_bars::DETRACTOR,
                crate::charts::nps_bars::PASSIVE,
                crate::charts::nps_bars::PROMOTER,
            ];
            for colour in SERIES.iter().chain(&nps_groups) {
                assert!(
                    contrast(*colour, theme.paper) >= 3.0,
                    "{colour:?} on {theme:?}"
                );
            }
        }
    }

    #[test]
    fn scale_ends_are_the_named_colours() {
        assert_eq!(share_colour(0.0), RGBColor(0xee, 0xf4, 0xfb));
        assert_eq!(share_colour(1.0), RGBColor(0x08, 0x30, 0x6b));
        assert_eq!(share_colour(f64::NAN), share_colour(0.0));
        assert_eq!(share_colour(7.0), share_colour(1.0));
        // √0.25 = 0.5: halfway between the ends, #7b92b3 after rounding.
        assert_eq!(share_colour(0.25), RGBColor(0x7b, 0x92, 0xb3));
    }
}
