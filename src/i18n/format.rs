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

/// A value with `decimals` places: `18.577` → `18.6`; a value that rounds to zero has no sign.
pub fn decimal(value: Option<f64>, decimals: usize) -> String {
    match value {
        Some(v) if v.is_finite() => {
            let text = format!("{v:.decimals$}");
            if text
                .trim_start_matches('-')
                .chars()
                .all(|c| c == '0' || c == '.')
            {
                text.trim_start_matches('-').to_owned()
            } else {
                text
            }
        }
        _ => MISSING.to_owned(),
    }
}

/// A difference with its sign: `+7.7`, `-33.3`, `0.0`.
pub fn signed_decimal(value: Option<f64>, decimals: usize) -> String {
    let text = decimal(value, decimals);
    match value {
        Some(v) if v > 0.0 && text != decimal(Some(0.0), decimals) => format!("+{text}"),
        _ => text,
    }
}

/// A test's p-value as it is reported: `p = 0.03`, `p < 0.001`.
pub fn p_value(p: Option<f64>) -> String {
    match p {
        Some(p) if p.is_finite() && p < 0.001 => "p < 0.001".to_owned(),
        Some(p) if p.is_finite() => {
            // Two places, three below 0.01 so that a small p never reads as 0.00.
            let places = if p < 0.01 { 3 } else { 2 };
            format!("p = {p:.places$}")
        }
        _ => format!("p = {MISSING}"),
    }
}

/// `text` isolated left to right (LRI … PDI), so that a period, a signed number or `p = 0.41`
/// keeps its order inside a Persian or Arabic sentence.
pub fn ltr(text: &str) -> String {
    format!("\u{2066}{text}\u{2069}")
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

    #[test]
    fn decimals_signs_and_p_values() {
        assert_eq!(decimal(Some(18.577), 1), "18.6");
        assert_eq!(decimal(Some(-0.04), 1), "0.0");
        assert_eq!(decimal(None, 1), "—");
        assert_eq!(signed_decimal(Some(7.69), 1), "+7.7");
        assert_eq!(signed_decimal(Some(-33.33), 1), "-33.3");
        assert_eq!(signed_decimal(Some(0.01), 1), "0.0");
        assert_eq!(p_value(Some(0.8290)), "p = 0.83");
        assert_eq!(p_value(Some(0.0042)), "p = 0.004");
        assert_eq!(p_value(Some(0.0001)), "p < 0.001");
        assert_eq!(p_value(None), "p = —");
    }
}
