//! `vafa`, the command-line face of the engine: `vafa report --orders FILE --json` imports the
//! file, computes the same `Report` the page shows and prints it as JSON (DESIGN.md § Report JSON).
//! Exit codes: 0 success; 1 input that could not be used (the message names the file and the
//! reason); 2 a usage error. Arguments are parsed by hand: there are few of them.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, anyhow};
use vafa::engine::data::{Day, Period};
use vafa::engine::import::{ImportOptions, import_orders};
use vafa::engine::report::{OrdersConfig, Report, import_summary, orders_report};

const HELP: &str = "\
vafa: customer retention metrics from CSV exports, computed locally.

Usage:
  vafa report --orders FILE [--period week|month|quarter|year] [--window-days N]
              [--as-of YYYY-MM-DD] [--json]
  vafa --help

report options:
  --orders FILE        an orders export (Shopify, WooCommerce, or any CSV with a customer and a
                       date column)
  --period P           CRR and cohort period: week, month (default), quarter or year
  --window-days N      CRR activity window W in days (default 365)
  --as-of YYYY-MM-DD   report as of this day: later orders are left out (default: last order day)
  --json               print the report as JSON (the only output format for now)

Exit status: 0 success, 1 unusable input (the message names the file), 2 usage error.
";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Report {
        orders: String,
        config: OrdersConfig,
    },
}

fn main() -> ExitCode {
    let args: Result<Vec<String>, _> = std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect();
    let command = match args {
        Ok(args) => parse(&args),
        Err(arg) => Err(format!("argument {arg:?} is not valid UTF-8")),
    };
    let outcome = match command {
        Err(usage) => {
            eprintln!("vafa: {usage}\nRun `vafa --help` for usage.");
            return ExitCode::from(2);
        }
        Ok(Command::Help) => print(HELP),
        Ok(Command::Report { orders, config }) => {
            report(&orders, &config).and_then(|json| print(&format!("{json}\n")))
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("vafa: {err:#}");
            ExitCode::from(1)
        }
    }
}

/// Reads the arguments after the program name; `Err` is a usage error.
fn parse(args: &[String]) -> Result<Command, String> {
    let mut args = args.iter();
    match args.next().map(String::as_str) {
        None => Err("no command given".to_owned()),
        Some("-h" | "--help" | "help") => Ok(Command::Help),
        Some("report") => parse_report(args),
        Some(other) => Err(format!("unknown command {other:?}")),
    }
}

fn parse_report<'a>(mut args: impl Iterator<Item = &'a String>) -> Result<Command, String> {
    let mut orders = None;
    let mut config = OrdersConfig::default();
    while let Some(arg) = args.next() {
        // Both `--name value` and `--name=value`.
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "--json" => {}
            "--orders" if orders.is_some() => return Err("--orders given twice".to_owned()),
            "--orders" => orders = Some(value()?),
            "--period" => {
                let text = value()?;
                config.period = Period::from_name(&text).ok_or_else(|| {
                    format!("--period {text:?}: expected week, month, quarter or year")
                })?;
            }
            "--window-days" => {
                let text = value()?;
                config.window_days = text
                    .parse()
                    .ok()
                    .filter(|&days: &u32| days > 0)
                    .ok_or_else(|| {
                        format!("--window-days {text:?}: expected a whole number ≥ 1")
                    })?;
            }
            "--as-of" => {
                let text = value()?;
                let day = parse_day(&text)
                    .ok_or_else(|| format!("--as-of {text:?}: expected a date YYYY-MM-DD"))?;
                config.as_of = Some(day);
            }
            _ => return Err(format!("unknown option {arg:?} for report")),
        }
    }
    let orders = orders.ok_or("report needs --orders FILE")?;
    Ok(Command::Report { orders, config })
}

/// `YYYY-MM-DD`, a date that exists.
fn parse_day(text: &str) -> Option<Day> {
    let mut parts = text.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Day::from_ymd(year, month, day)
}

/// The report of one orders file, as pretty JSON.
fn report(path: &str, config: &OrdersConfig) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {path}"))?;
    let imported =
        import_orders(&bytes, &ImportOptions::default()).map_err(|err| anyhow!("{path}: {err}"))?;
    match imported.issues.len() {
        0 => {}
        1 => eprintln!("vafa: {path}: 1 import issue; its row was left out (see import[].issues)"),
        n => eprintln!(
            "vafa: {path}: {n} import issues; their rows were left out (see import[].issues)"
        ),
    }
    let report = Report {
        orders: Some(orders_report(&imported.table, config)),
        import: vec![import_summary(path, "orders", &imported)],
    };
    serde_json::to_string_pretty(&report).context("cannot write the report as JSON")
}

/// Writes to stdout; a closed pipe is an error to report, not a panic.
fn print(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .context("cannot write to standard output")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    fn report_config(line: &str) -> OrdersConfig {
        match parse(&args(line)) {
            Ok(Command::Report { config, .. }) => config,
            other => panic!("expected a report, got {other:?}"),
        }
    }

    #[test]
    fn report_with_defaults() {
        assert_eq!(
            parse(&args("report --orders a.csv --json")),
            Ok(Command::Report {
                orders: "a.csv".to_owned(),
                config: OrdersConfig::default()
            })
        );
    }

    #[test]
    fn report_options_in_both_spellings() {
        let config = report_config(
            "report --orders=a.csv --period quarter --window-days=90 --as-of 2024-06-30",
        );
        assert_eq!(config.period, Period::Quarter);
        assert_eq!(config.window_days, 90);
        assert_eq!(config.as_of, Day::from_ymd(2024, 6, 30));
    }

    #[test]
    fn help_is_not_an_error() {
        assert_eq!(parse(&args("--help")), Ok(Command::Help));
        assert_eq!(parse(&args("report --help")), Ok(Command::Help));
    }

    #[test]
    fn usage_errors_say_what_is_wrong() {
        let error = |line: &str| parse(&args(line)).err().unwrap_or_default();
        assert!(error("").contains("no command"));
        assert!(error("inspect a.csv").contains("unknown command"));
        assert!(error("report --json").contains("--orders"));
        assert!(error("report --orders").contains("needs a value"));
        assert!(error("report --orders a --period day").contains("week, month"));
        assert!(error("report --orders a --window-days 0").contains("≥ 1"));
        assert!(error("report --orders a --as-of 2024-02-30").contains("YYYY-MM-DD"));
        assert!(error("report --orders a --orders b").contains("twice"));
        assert!(error("report --orders a --tickets t.csv").contains("unknown option"));
    }
}
