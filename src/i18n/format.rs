//! Number formatting for display: thousands grouping, fixed decimals, percent. Values that cannot
//! be computed are shown as an em dash, never as 0.

const MISSING: &str = "—";

/// `1814` → `1,814`; negative numbers keep their sign.
pub fn group_int(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A major-unit amount with two decimals and grouping: `89641.94` → `89,641.94`.
pub fn money(value: f64) -> String {
    if !value.is_finite() {
        return MISSING.to_owned();
    }
    let cents = (value * 100.0).round() as i64;
    let sign = if cents < 0 { "-" } else { "" };
    let whole = group_int((cents / 100).abs());
    format!("{sign}{whole}.{:02}", (cents % 100).abs())
}

/// A rate in 0..=1 as a percent with `decimals` places: `0.3313` → `33.13%`.
pub fn percent_of_rate(rate: Option<f64>, decimals: usize) -> String {
    percent_value(rate.map(|r| r * 100.0), decimals)
}

/// A value already in percent: `13.3028` → `13.30%` (2 decimals).
pub fn percent_value(pct: Option<f64>, decimals: usize) -> String {
    match pct {
        Some(p) if p.is_finite() => format!("{p:.decimals$}%"),
        _ => MISSING.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(group_int(0), "0");
        assert_eq!(group_int(981), "981");
        assert_eq!(group_int(1814), "1,814");
        assert_eq!(group_int(-1_202_813_000), "-1,202,813,000");
    }

    #[test]
    fn money_and_percent() {
        assert_eq!(money(89641.94), "89,641.94");
        assert_eq!(money(-0.5), "-0.50");
        assert_eq!(money(f64::NAN), "—");
        assert_eq!(percent_of_rate(Some(0.331_294_6), 2), "33.13%");
        assert_eq!(percent_of_rate(None, 2), "—");
        assert_eq!(percent_value(Some(13.302_752), 1), "13.3%");
    }
}
