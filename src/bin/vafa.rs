//! `vafa`, the command-line face of the engine: `vafa report --orders FILE --responses FILE
//! --json` imports the files (either or both), computes the same `Report` the page shows and prints it as JSON (DESIGN.md § Report JSON);
//! `vafa inspect FILE --json` prints what the import wizard previews: encoding, delimiter, header,
//! kind, layout, column roles, the first rows and the import's issues.
//! Exit codes: 0 success; 1 input that could not be used (the message names the file and the
//! reason); 2 a usage error. Arguments are parsed by hand: there are few of them.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, anyhow, bail};
use serde_json::{Map, Value, json};
use vafa::engine::data::{CHOOSABLE_STATUSES, Calendar, Day, Measure, Orders, Period, Responses};
use vafa::engine::import::{
    Encoding, ImportOptions, Kind, import_checkouts, import_orders, import_responses,
    import_subscriptions, import_tickets, inspect,
};
use vafa::engine::metrics::ces::Direction;
use vafa::engine::report::{
    ImportSummary, OrdersConfig, OrdersReport, Report, ResponsesConfig, import_summary,
    import_summary_of, orders_report, responses_report,
};

/// Data rows `inspect` prints.
const INSPECT_ROWS: usize = 20;

const HELP: &str = "\
vafa: customer retention metrics from CSV exports, computed locally.

Usage:
  vafa report [--orders FILE] [--responses FILE] [--period week|month|quarter|year]
              [--calendar gregorian|jalali] [--window-days N] [--as-of YYYY-MM-DD] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
              [--segment TEXT] [--statuses S1,S2…] [--include-partial] [--satisfied-from N]
              [--ces-direction high|low] [--scale QUESTION=LOW-HIGH]… [--json]
  vafa inspect FILE [--encoding NAME] [--delimiter C] [--json]
  vafa --help

report options (at least one of --orders and --responses):
  --orders FILE        an orders export (Shopify, WooCommerce, or any CSV with a customer and a
                       date column)
  --responses FILE     a survey export (Typeform, Google Forms, SurveyMonkey, Delighted, Porsline,
                       or any CSV with a score column): NPS, CSAT, CES, trend and segments
  --period P           CRR, cohort and survey trend period: week, month (default), quarter or year
  --calendar C         the periods' calendar: gregorian (default; weeks from Monday, labelled
                       2024-W07) or jalali (Farvardin = 01, quarters the seasons, weeks from
                       Saturday labelled by its date 1403-01-04); dates given and written as
                       days (--as-of, first_day …) stay Gregorian YYYY-MM-DD
  --window-days N      CRR activity window W in days (default 365)
  --as-of YYYY-MM-DD   report as of this day: later orders are left out (default: last order day)
  --from YYYY-MM-DD    count only orders on or after this day, as if the file held no others
  --to YYYY-MM-DD      count only orders on or before this day (it ends the observation too)
  --segment TEXT       count only orders whose segment column (Source, channel, city …) is TEXT
  --statuses S1,S2…    the order statuses that count as purchases, as the file writes them
                       (default: as the import decides: paid, completed … but not pending,
                       cancelled …); the page's settings make the same choice
  --include-partial    count survey responses the tool marks partial (default: completed only)
  --satisfied-from N   lowest CSAT score counted as satisfied (default: the top two of the scale)
  --ces-direction D    high (7 = easy is good) or low (1 = low effort is good); default: from
                       the question's wording
  --scale Q=LOW-HIGH   read survey question Q on this scale instead of the detected one (a 1–7
                       form whose answers stop at 5 is detected as 1–5). Q is csat, ces or rating
                       (the first such question) or a question's number in responses.questions,
                       from 1; scales: 1-5, 1-7, 0-10, 1-10 or any LOW-HIGH. May be repeated
  --json               print the report as JSON (the only output format for now)

inspect options:
  --encoding NAME      read the file as UTF-8, UTF-16LE, UTF-16BE, Windows-1256 or Windows-1252
                       instead of the detected encoding
  --delimiter C        the field delimiter: , ; | or tab (default: sniffed)
  --json               print as JSON (the only output format for now)

Exit status: 0 success, 1 unusable input (the message names the file), 2 usage error.
";

/// `--scale QUESTION=LOW-HIGH`.
#[derive(Debug, PartialEq)]
struct ScaleOption {
    question: Which,
    scale: (u8, u8),
}

/// A survey question named on the command line.
#[derive(Debug, PartialEq)]
enum Which {
    /// The first question measuring this.
    First(Measure),
    /// Question number `n` (from 1) in `responses.questions`.
    Number(usize),
}

impl ScaleOption {
    fn parse(text: &str) -> Result<ScaleOption, String> {
        let usage =
            || format!("--scale {text:?}: expected QUESTION=LOW-HIGH, e.g. csat=1-7 or 3=0-10");
        let (which, scale) = text.split_once('=').ok_or_else(usage)?;
        let question = match Measure::from_name(which) {
            Some(Measure::Nps) => {
                return Err(format!("--scale {text:?}: NPS is always read on 0–10"));
            }
            Some(measure) => Which::First(measure),
            None => Which::Number(which.parse().ok().filter(|&n| n > 0).ok_or_else(usage)?),
        };
        let (low, high) = scale.split_once('-').ok_or_else(usage)?;
        let scale = (
            low.parse().map_err(|_| usage())?,
            high.parse().map_err(|_| usage())?,
        );
        if scale.0 >= scale.1 || scale.1 > 10 {
            return Err(format!(
                "--scale {text:?}: a scale runs from a lower to a higher score, at most 10"
            ));
        }
        Ok(ScaleOption { question, scale })
    }

    /// Reads the question it names on its scale; the error says which question and why not.
    fn apply(&self, responses: &mut Responses) -> anyhow::Result<()> {
        let index = match self.question {
            Which::First(measure) => responses
                .questions
                .iter()
                .position(|q| q.measure == measure)
                .ok_or_else(|| anyhow!("--scale: the survey has no {} question", measure.name()))?,
            Which::Number(n) => n - 1,
        };
        let (low, high) = self.scale;
        responses.set_scale(index, self.scale).map_err(|why| {
            let text = responses
                .questions
                .get(index)
                .map_or_else(String::new, |q| format!(" ({:?})", q.text));
            anyhow!(
                "--scale: question {}{text} cannot be read on {low}–{high}: {why}",
                index + 1
            )
        })
    }
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
enum Command {
    Help,
    Report {
        orders: Option<String>,
        responses: Option<String>,
        config: OrdersConfig,
        responses_config: ResponsesConfig,
        /// The segment and statuses asked for by name.
        named: NamedFilter,
        /// Scales the survey's questions are read on instead of the detected ones.
        scales: Vec<ScaleOption>,
    },
    Inspect {
        file: String,
        options: ImportOptions,
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
        Ok(Command::Report {
            orders,
            responses,
            config,
            responses_config,
            named,
            scales,
        }) => report(
            orders.as_deref(),
            responses.as_deref(),
            &config,
            &responses_config,
            &named,
            &scales,
        )
        .and_then(|json| print(&format!("{json}\n"))),
        Ok(Command::Inspect { file, options }) => {
            inspect_file(&file, &options).and_then(|json| print(&format!("{json}\n")))
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
        Some("inspect") => parse_inspect(args),
        Some(other) => Err(format!("unknown command {other:?}")),
    }
}

/// An argument as option name and inline value: both `--name value` and `--name=value` work.
fn split_option(arg: &str) -> (&str, Option<String>) {
    match arg.split_once('=') {
        Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
        _ => (arg, None),
    }
}

fn parse_inspect<'a>(mut args: impl Iterator<Item = &'a String>) -> Result<Command, String> {
    let mut file = None;
    let mut options = ImportOptions::default();
    while let Some(arg) = args.next() {
        let (name, inline) = split_option(arg);
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next().cloned())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "--json" => {}
            "--encoding" => {
                let text = value()?;
                let encoding = Encoding::ALL
                    .into_iter()
                    .find(|encoding| encoding.name().eq_ignore_ascii_case(&text));
                options.encoding = Some(encoding.ok_or_else(|| {
                    let names: Vec<&str> = Encoding::ALL.into_iter().map(Encoding::name).collect();
                    format!("--encoding {text:?}: expected one of {}", names.join(", "))
                })?);
            }
            "--delimiter" => {
                let text = value()?;
                options.delimiter = Some(match text.as_str() {
                    "," | ";" | "|" => text.as_bytes().first().copied().unwrap_or(b','),
                    "\t" | "tab" | "\\t" => b'\t',
                    _ => return Err(format!("--delimiter {text:?}: expected , ; | or tab")),
                });
            }
            _ if name.starts_with('-') && name.len() > 1 => {
                return Err(format!("unknown option {arg:?} for inspect"));
            }
            _ if file.is_some() => return Err("inspect takes one FILE".to_owned()),
            _ => file = Some(arg.clone()),
        }
    }
    let file = file.ok_or("inspect needs a FILE")?;
    Ok(Command::Inspect { file, options })
}

fn parse_report<'a>(mut args: impl Iterator<Item = &'a String>) -> Result<Command, String> {
    let mut orders = None;
    let mut responses = None;
    let mut config = OrdersConfig::default();
    let mut responses_config = ResponsesConfig::default();
    let mut named = NamedFilter::default();
    let mut scales = Vec::new();
    while let Some(arg) = args.next() {
        let (name, inline) = split_option(arg);
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
            "--responses" if responses.is_some() => {
                return Err("--responses given twice".to_owned());
            }
            "--responses" => responses = Some(value()?),
            "--include-partial" => responses_config.survey.include_partial = true,
            "--satisfied-from" => {
                let text = value()?;
                let score = text
                    .parse()
                    .ok()
                    .filter(|&score: &u8| score <= 10)
                    .ok_or_else(|| format!("--satisfied-from {text:?}: expected a score 0–10"))?;
                responses_config.survey.csat.satisfied_from = Some(score);
            }
            "--ces-direction" => {
                let text = value()?;
                responses_config.survey.ces.direction = Some(match text.as_str() {
                    "high" => Direction::HighIsGood,
                    "low" => Direction::LowIsGood,
                    _ => return Err(format!("--ces-direction {text:?}: expected high or low")),
                });
            }
            "--period" => {
                let text = value()?;
                config.period = Period::from_name(&text).ok_or_else(|| {
                    format!("--period {text:?}: expected week, month, quarter or year")
                })?;
            }
            "--calendar" => {
                let text = value()?;
                config.calendar = Calendar::from_name(&text)
                    .ok_or_else(|| format!("--calendar {text:?}: expected gregorian or jalali"))?;
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
            "--from" | "--to" => {
                let text = value()?;
                let day = parse_day(&text)
                    .ok_or_else(|| format!("{name} {text:?}: expected a date YYYY-MM-DD"))?;
                if name == "--from" {
                    config.filter.from = Some(day);
                } else {
                    config.filter.to = Some(day);
                }
            }
            "--segment" => named.segment = Some(value()?),
            "--statuses" => {
                let text = value()?;
                named.statuses = Some(
                    text.split(',')
                        .map(str::trim)
                        .filter(|status| !status.is_empty())
                        .map(str::to_owned)
                        .collect(),
                );
            }
            "--scale" => scales.push(ScaleOption::parse(&value()?)?),
            _ => return Err(format!("unknown option {arg:?} for report")),
        }
    }
    if orders.is_none() && responses.is_none() {
        return Err("report needs --orders FILE or --responses FILE (or both)".to_owned());
    }
    if orders.is_none() && named.segment.is_some() {
        return Err("--segment filters orders: it needs --orders FILE".to_owned());
    }
    if orders.is_none() && named.statuses.is_some() {
        return Err("--statuses chooses the orders that count: it needs --orders FILE".to_owned());
    }
    if responses.is_none() && !scales.is_empty() {
        return Err("--scale reads a survey question: it needs --responses FILE".to_owned());
    }
    responses_config.period = config.period;
    responses_config.calendar = config.calendar;
    if let (Some(from), Some(to)) = (config.filter.from, config.filter.to)
        && from > to
    {
        return Err(format!("--from {from} is after --to {to}"));
    }
    Ok(Command::Report {
        orders,
        responses,
        config,
        responses_config,
        named,
        scales,
    })
}

/// What the orders filter names in the file's own words (a segment, the statuses that count);
/// their indices are known once the file is read.
#[derive(Debug, Default, PartialEq)]
struct NamedFilter {
    segment: Option<String>,
    statuses: Option<Vec<String>>,
}

/// `YYYY-MM-DD`, a date that exists.
fn parse_day(text: &str) -> Option<Day> {
    let mut parts = text.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    Day::from_ymd(year, month, day)
}

/// The report of an orders file, a survey file or both, as pretty JSON.
fn report(
    orders: Option<&str>,
    responses: Option<&str>,
    config: &OrdersConfig,
    responses_config: &ResponsesConfig,
    named: &NamedFilter,
    scales: &[ScaleOption],
) -> anyhow::Result<String> {
    let mut report = Report::default();
    if let Some(path) = orders {
        let (orders, import) = orders_part(path, config, named)?;
        report.orders = Some(orders);
        report.import.push(import);
    }
    if let Some(path) = responses {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {path}"))?;
        let mut imported = import_responses(&bytes, &ImportOptions::default())
            .map_err(|err| anyhow!("{path}: {err}"))?;
        for scale in scales {
            scale
                .apply(&mut imported.table)
                .map_err(|err| anyhow!("{path}: {err:#}"))?;
        }
        warn_issues(path, imported.issues.len());
        report.responses = Some(responses_report(&imported.table, responses_config));
        report.import.push(import_summary_of(
            path,
            Kind::Responses.name(),
            &imported,
            imported.table.len(),
        ));
    }
    serde_json::to_string_pretty(&report).context("cannot write the report as JSON")
}

/// Says on stderr how many rows of `path` were left out.
fn warn_issues(path: &str, issues: usize) {
    match issues {
        0 => {}
        1 => eprintln!("vafa: {path}: 1 import issue; its row was left out (see import[].issues)"),
        n => eprintln!(
            "vafa: {path}: {n} import issues; their rows were left out (see import[].issues)"
        ),
    }
}

/// The orders part of one orders file and its `import` entry; `named` names the only segment to
/// count and the statuses that count.
fn orders_part(
    path: &str,
    config: &OrdersConfig,
    named: &NamedFilter,
) -> anyhow::Result<(OrdersReport, ImportSummary)> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {path}"))?;
    let imported =
        import_orders(&bytes, &ImportOptions::default()).map_err(|err| anyhow!("{path}: {err}"))?;
    warn_issues(path, imported.issues.len());
    let mut config = *config;
    if let Some(wanted) = &named.statuses {
        config.filter.statuses = Some(status_bits(path, &imported.table, wanted)?);
    }
    if let Some(wanted) = &named.segment {
        let Some(column) = &imported.table.segment else {
            bail!(
                "{path}: --segment {wanted:?}: the file has no segment column (Source, channel, city …)"
            );
        };
        let names = &column.labels.names;
        let index = names
            .iter()
            .position(|name| name == wanted)
            .ok_or_else(|| {
                anyhow!(
                    "{path}: --segment {wanted:?}: column {:?} has no such segment; it has {}",
                    column.name,
                    names
                        .iter()
                        .map(|n| format!("{n:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
        config.filter.segment = Some(u32::try_from(index).unwrap_or(u32::MAX));
    }
    Ok((
        orders_report(&imported.table, &config),
        import_summary(path, "orders", &imported),
    ))
}

/// The choice of statuses `wanted` (names) among those of `orders`, a bit per status; a name the
/// file does not have is an error listing the ones it has.
fn status_bits(path: &str, orders: &Orders, wanted: &[String]) -> anyhow::Result<u64> {
    let Some(column) = &orders.status else {
        bail!("{path}: --statuses: the file has no status column");
    };
    let names = &column.labels.names;
    let mut bits = 0u64;
    for status in wanted {
        let index = names
            .iter()
            .position(|name| name == status)
            .filter(|&index| index < CHOOSABLE_STATUSES)
            .ok_or_else(|| {
                anyhow!(
                    "{path}: --statuses: column {:?} has no status {status:?}; it has {}",
                    column.name,
                    names
                        .iter()
                        .take(CHOOSABLE_STATUSES)
                        .map(|n| format!("{n:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?;
        bits |= 1 << index;
    }
    Ok(bits)
}

/// What `inspect` sees in one file, as pretty JSON (DESIGN.md § Report JSON: `vafa inspect`).
/// The issues are those of a full import as the detected kind; its failure is `import_error`. A
/// role several columns play (a survey's score columns) maps to the list of their names.
fn inspect_file(path: &str, options: &ImportOptions) -> anyhow::Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {path}"))?;
    let inspection =
        inspect(&bytes, options, INSPECT_ROWS).map_err(|err| anyhow!("{path}: {err}"))?;
    let mut roles = Map::new();
    for (role, name) in inspection.roles.iter().zip(&inspection.header) {
        if let Some(role) = role {
            // A role several columns play (a survey's scores) lists them all.
            let name = Value::String(name.clone());
            match roles.get_mut(role.name()) {
                Some(Value::Array(names)) => names.push(name),
                Some(first) => *first = Value::Array(vec![first.take(), name]),
                None => {
                    roles.insert(role.name().to_owned(), name);
                }
            }
        }
    }
    let summary = |kind: Kind| match kind {
        Kind::Orders => import_orders(&bytes, options).map(|i| import_summary(path, "orders", &i)),
        Kind::Responses => import_responses(&bytes, options)
            .map(|i| import_summary_of(path, kind.name(), &i, i.table.len())),
        Kind::Tickets => import_tickets(&bytes, options)
            .map(|i| import_summary_of(path, kind.name(), &i, i.table.len())),
        Kind::Subscriptions => import_subscriptions(&bytes, options)
            .map(|i| import_summary_of(path, kind.name(), &i, i.table.len())),
        Kind::Checkouts => import_checkouts(&bytes, options)
            .map(|i| import_summary_of(path, kind.name(), &i, i.table.len())),
    };
    let (issues, import_error) = match inspection.kind.map(summary) {
        Some(Ok(summary)) => (summary.issues, None),
        Some(Err(err)) => (Vec::new(), Some(err.to_string())),
        None => (Vec::new(), None),
    };
    let utf8_break = inspection
        .utf8_break
        .map(|at| json!({"line": at.line, "offset": at.offset}));
    let json = json!({
        "file": path,
        "encoding": inspection.encoding.name(),
        "utf8_break": utf8_break,
        "delimiter": char::from(inspection.delimiter).to_string(),
        "has_header": inspection.has_header,
        "header": inspection.header,
        "kind": inspection.kind.map(Kind::name),
        "layout": inspection.layout,
        "roles": roles,
        "rows": inspection.rows,
        "issues": issues,
        "import_error": import_error,
    });
    serde_json::to_string_pretty(&json).context("cannot write the inspection as JSON")
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
                orders: Some("a.csv".to_owned()),
                responses: None,
                config: OrdersConfig::default(),
                responses_config: ResponsesConfig::default(),
                named: NamedFilter::default(),
                scales: Vec::new(),
            })
        );
    }

    #[test]
    fn report_options_in_both_spellings() {
        let config = report_config(
            "report --orders=a.csv --period quarter --window-days=90 --as-of 2024-06-30",
        );
        assert_eq!(config.period, Period::Quarter);
        assert_eq!(config.calendar, Calendar::Gregorian);
        assert_eq!(config.window_days, 90);
        assert_eq!(config.as_of, Day::from_ymd(2024, 6, 30));
        let filtered = report_config("report --orders a --from 2024-01-01 --to=2024-03-31");
        assert_eq!(filtered.filter.from, Day::from_ymd(2024, 1, 1));
        assert_eq!(filtered.filter.to, Day::from_ymd(2024, 3, 31));
        match parse(&args("report --orders a --segment web")) {
            Ok(Command::Report { named, .. }) => {
                assert_eq!(named.segment.as_deref(), Some("web"));
            }
            other => panic!("expected a report, got {other:?}"),
        }
        match parse(&args("report --orders a --statuses paid,,pending ")) {
            Ok(Command::Report { named, .. }) => {
                assert_eq!(named.statuses, Some(vec!["paid".into(), "pending".into()]));
            }
            other => panic!("expected a report, got {other:?}"),
        }
    }

    #[test]
    fn the_calendar_is_named_in_both_spellings_and_serves_orders_and_responses() {
        for line in [
            "report --orders a.csv --responses r.csv --calendar jalali",
            "report --orders a.csv --responses r.csv --calendar=jalali",
        ] {
            match parse(&args(line)) {
                Ok(Command::Report {
                    config,
                    responses_config,
                    ..
                }) => {
                    assert_eq!(config.calendar, Calendar::Jalali, "{line}");
                    assert_eq!(responses_config.calendar, Calendar::Jalali, "{line}");
                }
                other => panic!("expected a report, got {other:?}"),
            }
        }
        let config = report_config("report --orders a.csv --calendar gregorian --period week");
        assert_eq!(config.calendar, Calendar::Gregorian);
        assert_eq!(config.period, Period::Week);
    }

    #[test]
    fn report_of_responses_alone_takes_the_period() {
        match parse(&args(
            "report --responses r.csv --period quarter --include-partial --satisfied-from 5 \
             --ces-direction=low --json",
        )) {
            Ok(Command::Report {
                orders,
                responses,
                responses_config,
                ..
            }) => {
                assert_eq!((orders, responses.as_deref()), (None, Some("r.csv")));
                assert_eq!(responses_config.period, Period::Quarter);
                assert!(responses_config.survey.include_partial);
                assert_eq!(responses_config.survey.csat.satisfied_from, Some(5));
                assert_eq!(
                    responses_config.survey.ces.direction,
                    Some(Direction::LowIsGood)
                );
            }
            other => panic!("expected a report, got {other:?}"),
        }
    }

    #[test]
    fn scales_name_a_measure_or_a_question_number() {
        match parse(&args(
            "report --responses r.csv --scale csat=1-7 --scale=3=0-10",
        )) {
            Ok(Command::Report { scales, .. }) => assert_eq!(
                scales,
                [
                    ScaleOption {
                        question: Which::First(Measure::Csat),
                        scale: (1, 7)
                    },
                    ScaleOption {
                        question: Which::Number(3),
                        scale: (0, 10)
                    }
                ]
            ),
            other => panic!("expected a report, got {other:?}"),
        }
        for bad in [
            "nps=0-10",
            "csat=7-1",
            "csat=1-11",
            "0=1-5",
            "csat",
            "csat=1",
            "x=1-5",
        ] {
            let line = format!("report --responses r.csv --scale {bad}");
            let err = parse(&args(&line)).expect_err(bad);
            assert!(err.starts_with("--scale"), "{bad}: {err}");
        }
        assert!(parse(&args("report --orders o.csv --scale csat=1-7")).is_err());
    }

    #[test]
    fn inspect_options_name_encoding_and_delimiter() {
        let expected = ImportOptions {
            encoding: Some(Encoding::Windows1256),
            delimiter: Some(b'\t'),
            roles: None,
            ..ImportOptions::default()
        };
        assert_eq!(
            parse(&args(
                "inspect t.csv --encoding windows-1256 --delimiter=tab --json"
            )),
            Ok(Command::Inspect {
                file: "t.csv".to_owned(),
                options: expected
            })
        );
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
        assert!(error("inspect").contains("needs a FILE"));
        assert!(error("inspect a.csv b.csv").contains("one FILE"));
        assert!(error("inspect a.csv --encoding latin9").contains("Windows-1256"));
        assert!(error("inspect a.csv --delimiter :").contains("tab"));
        assert!(error("frobnicate").contains("unknown command"));
        assert!(error("report --json").contains("--orders FILE or --responses FILE"));
        assert!(error("report --responses r.csv --segment web").contains("needs --orders"));
        assert!(error("report --responses r.csv --statuses paid").contains("needs --orders"));
        assert!(error("report --responses a --responses b").contains("twice"));
        assert!(error("report --responses a --satisfied-from 11").contains("0–10"));
        assert!(error("report --responses a --satisfied-from x").contains("0–10"));
        assert!(error("report --responses a --ces-direction up").contains("high or low"));
        assert!(error("report --orders").contains("needs a value"));
        assert!(error("report --orders a --period day").contains("week, month"));
        assert!(error("report --orders a --calendar persian").contains("gregorian or jalali"));
        assert!(error("report --orders a --calendar").contains("needs a value"));
        assert!(error("report --orders a --window-days 0").contains("≥ 1"));
        assert!(error("report --orders a --as-of 2024-02-30").contains("YYYY-MM-DD"));
        assert!(error("report --orders a --orders b").contains("twice"));
        assert!(error("report --orders a --tickets t.csv").contains("unknown option"));
    }
}
