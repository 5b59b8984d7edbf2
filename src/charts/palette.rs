//! Colours shared by every chart: one sequential scale for shares and a few series colours from
//! the Okabe–Ito colour-blind-safe palette (Okabe & Ito, "Color Universal Design", 2008).

use plotters::style::RGBColor;

/// Series colours: blue, vermillion, bluish green, orange.
pub const SERIES: [RGBColor; 4] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(230, 159, 0),
];

/// Text and axis colour.
pub const INK: RGBColor = RGBColor(40, 44, 52);
/// Grid lines and empty cells.
pub const FAINT: RGBColor = RGBColor(226, 230, 236);

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
