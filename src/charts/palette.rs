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

/// Dark text on white.
pub const INK: RGBColor = RGBColor(40, 44, 52);

/// How a chart is drawn around its data: the colours of the page (`style/main.css`), light or
/// dark as the system prefers, and the page's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Background, and the inside of hollow markers.
    pub paper: RGBColor,
    /// Text and axes.
    pub ink: RGBColor,
    /// Grid lines and empty cells.
    pub faint: RGBColor,
    /// The share scale's ends, 0% and 100%: from near the background to far from it, so that a
    /// large share stands out in either theme.
    pub scale: (RGBColor, RGBColor),
    /// Whether the page reads right to left: then charts with an x axis run right to left too
    /// (the first period or category at the right, the y axis on the right).
    pub mirrored: bool,
}

impl Theme {
    /// Dark text on white (`--paper`, `--ink`, `--line`).
    pub const LIGHT: Theme = Theme {
        paper: RGBColor(255, 255, 255),
        ink: INK,
        faint: RGBColor(226, 230, 236),
        scale: (RGBColor(0xee, 0xf4, 0xfb), RGBColor(0x08, 0x30, 0x6b)),
        mirrored: false,
    };
    /// Light text on the dark cards of the dark scheme.
    pub const DARK: Theme = Theme {
        paper: RGBColor(0x1e, 0x22, 0x29),
        ink: RGBColor(0xe6, 0xe9, 0xef),
        faint: RGBColor(0x3a, 0x40, 0x4b),
        scale: (RGBColor(0x23, 0x32, 0x44), RGBColor(0xb4, 0xdb, 0xff)),
        mirrored: false,
    };

    /// This theme for a page that reads right to left (`mirrored`) or not.
    pub const fn with_direction(self, mirrored: bool) -> Theme {
        Theme { mirrored, ..self }
    }
}

impl Theme {
    /// The colour of a share in `0.0..=1.0` on the theme's blue scale (values outside are
    /// clamped; NaN is 0). Interpolates between the ends by √share, so that the small shares
    /// typical of later cohort months stay distinguishable next to month 0's 100%.
    pub fn share_colour(&self, share: f64) -> RGBColor {
        let t = if share.is_finite() {
            share.clamp(0.0, 1.0).sqrt()
        } else {
            0.0
        };
        let (low, high) = self.scale;
        let lerp = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        RGBColor(
            lerp(low.0, high.0),
            lerp(low.1, high.1),
            lerp(low.2, high.2),
        )
    }
}

/// `colour` at `alpha` over `under`, as one opaque colour (so text on it can be chosen by its
/// contrast).
pub fn blend(colour: RGBColor, alpha: f64, under: RGBColor) -> RGBColor {
    let a = alpha.clamp(0.0, 1.0);
    let mix = |c: u8, u: u8| (f64::from(c) * a + f64::from(u) * (1.0 - a)).round() as u8;
    RGBColor(
        mix(colour.0, under.0),
        mix(colour.1, under.1),
        mix(colour.2, under.2),
    )
}

/// The text colour, black or white, that contrasts more with `fill`: one of them keeps at least
/// 4.58:1 on any colour (`INK` would not, on a mid-tone).
pub fn text_on(fill: RGBColor) -> RGBColor {
    if contrast(BLACK, fill) >= contrast(WHITE, fill) {
        BLACK
    } else {
        WHITE
    }
}

const BLACK: RGBColor = RGBColor(0, 0, 0);
const WHITE: RGBColor = RGBColor(255, 255, 255);

/// Relative luminance of a colour (WCAG 2).
fn luminance(c: RGBColor) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// WCAG 2 contrast ratio of two colours, 1 to 21.
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let light = Theme::LIGHT;
        assert_eq!(light.share_colour(0.0), RGBColor(0xee, 0xf4, 0xfb));
        assert_eq!(light.share_colour(1.0), RGBColor(0x08, 0x30, 0x6b));
        assert_eq!(light.share_colour(f64::NAN), light.share_colour(0.0));
        assert_eq!(light.share_colour(7.0), light.share_colour(1.0));
        assert_eq!(light.share_colour(-1.0), light.share_colour(0.0));
        // √0.25 = 0.5: halfway between the ends, #7b92b3 after rounding.
        assert_eq!(light.share_colour(0.25), RGBColor(0x7b, 0x92, 0xb3));
        assert_eq!(Theme::DARK.share_colour(1.0), Theme::DARK.scale.1);
        let (red, white) = (RGBColor(255, 0, 0), RGBColor(255, 255, 255));
        assert_eq!(blend(red, 1.0, white), red);
        assert_eq!(blend(red, 0.0, white), white);
        assert_eq!(blend(red, 0.5, white), RGBColor(255, 128, 128));
    }

    #[test]
    fn larger_shares_stand_further_from_the_background_and_every_value_is_readable() {
        for theme in [Theme::LIGHT, Theme::DARK] {
            let mut last = 0.0;
            for percent in 0..=100 {
                let fill = theme.share_colour(f64::from(percent) / 100.0);
                let away = contrast(fill, theme.paper);
                assert!(away >= last, "{theme:?} at {percent}%: {away} < {last}");
                last = away;
                // A cell's percentage is normal text: AA asks 4.5:1.
                let text = contrast(text_on(fill), fill);
                assert!(text >= 4.5, "{theme:?} at {percent}%: text {text}");
            }
            // The full scale spans a visible step from the background (3:1 for graphics).
            assert!(
                last >= 3.0,
                "{theme:?}: 100% is {last}:1 from the background"
            );
            // 0% is a cell, not the background: it must not vanish into it.
            assert!(theme.share_colour(0.0) != theme.paper, "{theme:?}");
        }
    }
}
