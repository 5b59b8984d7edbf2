//! Number formatting for display: thousands grouping, fixed decimals, percent. Values that cannot
//! be computed are shown as an em dash, never as 0.
//!
//! Numbers are written in Latin digits with `,` `.` `%` `-` and then spelt in the page's numerals
//! (`NumberSymbols`): Latin, Persian `۱۲٬۳۴۵٫۶` or Arabic-Indic `١٢٬٣٤٥٫٦`. The page reads the
//! symbols from the browser's `Intl.NumberFormat` and sets them with `set_symbols` before it
//! renders; natively (the CLI, tests) they are Latin unless set.

use std::cell::RefCell;

const MISSING: &str = "—";

/// The digit set numbers are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Numerals {
    /// `0123456789`
    #[default]
    Latin,
    /// Extended Arabic-Indic, as Persian is written: `۰۱۲۳۴۵۶۷۸۹`.
    Persian,
    /// Arabic-Indic, as Arabic is written in the Middle East: `٠١٢٣٤٥٦٧٨٩`.
    ArabicIndic,
}

impl Numerals {
    pub const ALL: [Numerals; 3] = [Numerals::Latin, Numerals::Persian, Numerals::ArabicIndic];

    /// The Unicode numbering system (`-u-nu-…` of a BCP 47 tag, `numberingSystem` of `Intl`).
    pub fn system(self) -> &'static str {
        match self {
            Numerals::Latin => "latn",
            Numerals::Persian => "arabext",
            Numerals::ArabicIndic => "arab",
        }
    }

    /// The numerals named by `system`, if it is one of ours.
    pub fn from_system(system: &str) -> Option<Numerals> {
        Numerals::ALL.into_iter().find(|n| n.system() == system)
    }

    /// How the digits look, for the choice: `123`, `۱۲۳`, `١٢٣`.
    pub fn sample(self) -> &'static str {
        match self {
            Numerals::Latin => "123",
            Numerals::Persian => "۱۲۳",
            Numerals::ArabicIndic => "١٢٣",
        }
    }

    /// The ten digits, zero first.
    pub fn digits(self) -> [char; 10] {
        let zero = match self {
            Numerals::Latin => '0',
            Numerals::Persian => '۰',
            Numerals::ArabicIndic => '٠',
        };
        std::array::from_fn(|d| char::from_u32(zero as u32 + d as u32).unwrap_or(zero))
    }
}

/// The characters a number is written with in one locale and digit set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberSymbols {
    pub digits: [char; 10],
    pub group: String,
    pub decimal: String,
    pub percent: String,
    pub minus: String,
}

impl Default for NumberSymbols {
    fn default() -> Self {
        NumberSymbols::builtin(Numerals::Latin)
    }
}

impl NumberSymbols {
    /// The symbols Unicode CLDR gives each digit set (what Chromium's `Intl` answers for
    /// `fa-u-nu-arabext` and `ar-u-nu-arab`); used where `Intl` is missing.
    pub fn builtin(numerals: Numerals) -> NumberSymbols {
        let (group, decimal, percent, minus) = match numerals {
            Numerals::Latin => (",", ".", "%", "-"),
            Numerals::Persian => ("\u{66c}", "\u{66b}", "\u{66a}", "\u{200e}\u{2212}"),
            Numerals::ArabicIndic => ("\u{66c}", "\u{66b}", "\u{66a}\u{61c}", "\u{61c}-"),
        };
        NumberSymbols {
            digits: numerals.digits(),
            group: group.to_owned(),
            decimal: decimal.to_owned(),
            percent: percent.to_owned(),
            minus: minus.to_owned(),
        }
    }

    /// `text` written with Latin digits and `,` `.` `%` `-` spelt with these symbols; any other
    /// character is kept.
    pub fn spell(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() * 2);
        for c in text.chars() {
            match c {
                '0'..='9' => out.push(self.digits[c as usize - '0' as usize]),
                ',' => out.push_str(&self.group),
                '.' => out.push_str(&self.decimal),
                '%' => out.push_str(&self.percent),
                '-' => out.push_str(&self.minus),
                other => out.push(other),
            }
        }
        out
    }

    /// `text` with its Latin digits, and only those, in these digits (dates, period labels).
    pub fn spell_digits(&self, text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '0'..='9' => self.digits[c as usize - '0' as usize],
                other => other,
            })
            .collect()
    }
}

thread_local! {
    /// The symbols numbers are shown with; the page sets them for its language and digit choice.
    static SYMBOLS: RefCell<NumberSymbols> = RefCell::new(NumberSymbols::default());
}

/// Numbers formatted from now on use `symbols`.
pub fn set_symbols(symbols: NumberSymbols) {
    SYMBOLS.with(|current| *current.borrow_mut() = symbols);
}

/// A number written in Latin digits with `,` `.` `%` `-`, in the current symbols.
fn spell(text: String) -> String {
    SYMBOLS.with(|symbols| {
        let symbols = symbols.borrow();
        if *symbols == NumberSymbols::default() {
            text
        } else {
            symbols.spell(&text)
        }
    })
}

/// A whole number without grouping (a count of days, a score, a year): `7`, `۷`.
pub fn plain(n: i64) -> String {
    spell(n.to_string())
}

/// A date, period label or range written with Latin digits (`2024-03`, `2024-W07`, `0–7`), in
/// the current digits; every other character is kept.
pub fn digits(text: &str) -> String {
    SYMBOLS.with(|symbols| symbols.borrow().spell_digits(text))
}

/// `1814` → `1,814`; negative numbers keep their sign.
pub fn group_int(n: i64) -> String {
    spell(latin_group_int(n))
}

fn latin_group_int(n: i64) -> String {
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
    let whole = latin_group_int((cents / 100).abs());
    spell(format!("{sign}{whole}.{:02}", (cents % 100).abs()))
}

/// A rate in 0..=1 as a percent with `decimals` places: `0.3313` → `33.13%`.
pub fn percent_of_rate(rate: Option<f64>, decimals: usize) -> String {
    percent_value(rate.map(|r| r * 100.0), decimals)
}

/// A value already in percent: `13.3028` → `13.30%` (2 decimals).
pub fn percent_value(pct: Option<f64>, decimals: usize) -> String {
    match pct {
        Some(p) if p.is_finite() => spell(format!("{p:.decimals$}%")),
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
                spell(text.trim_start_matches('-').to_owned())
            } else {
                spell(text)
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
        Some(p) if p.is_finite() && p < 0.001 => spell("p < 0.001".to_owned()),
        Some(p) if p.is_finite() => {
            // Two places, three below 0.01 so that a small p never reads as 0.00.
            let places = if p < 0.01 { 3 } else { 2 };
            spell(format!("p = {p:.places$}"))
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

    #[test]
    fn persian_and_arabic_numerals() {
        let persian = NumberSymbols::builtin(Numerals::Persian);
        assert_eq!(persian.spell("1,234.50"), "۱٬۲۳۴٫۵۰");
        assert_eq!(persian.spell("33.13%"), "۳۳٫۱۳٪");
        assert_eq!(persian.spell_digits("2024-W07"), "۲۰۲۴-W۰۷");
        let arabic = NumberSymbols::builtin(Numerals::ArabicIndic);
        assert_eq!(arabic.spell("-7"), "\u{61c}-٧");
        assert_eq!(Numerals::ArabicIndic.digits()[9], '٩');
        // Set for this thread only: every formatter follows.
        set_symbols(persian);
        assert_eq!(group_int(-1_202_813), "\u{200e}\u{2212}۱٬۲۰۲٬۸۱۳");
        assert_eq!(money(89641.94), "۸۹٬۶۴۱٫۹۴");
        assert_eq!(percent_of_rate(Some(0.331_294_6), 1), "۳۳٫۱٪");
        assert_eq!(decimal(Some(-0.04), 1), "۰٫۰");
        assert_eq!(p_value(Some(0.0042)), "p = ۰٫۰۰۴");
        assert_eq!(plain(180), "۱۸۰");
        assert_eq!(digits("1403-01"), "۱۴۰۳-۰۱");
        assert_eq!(percent_value(None, 1), "—");
        set_symbols(NumberSymbols::default());
        assert_eq!(group_int(1814), "1,814");
    }

    #[test]
    fn numerals_round_trip_their_system_names() {
        for numerals in Numerals::ALL {
            assert_eq!(Numerals::from_system(numerals.system()), Some(numerals));
            let spelt: String = numerals.digits().iter().collect();
            assert_eq!(NumberSymbols::builtin(numerals).spell("0123456789"), spelt);
        }
        assert_eq!(Numerals::from_system("thai"), None);
    }
}
