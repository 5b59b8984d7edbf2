//! Messages between the page and the import worker. Engine types stay inside the worker: what
//! crosses is a `Preview` (what the wizard shows, already in the user's language) as JSON, and,
//! on Confirm, the typed columns as transferred typed arrays (see `scope`). Requests carry the
//! user's `OptionsDto`, which maps to the engine's `ImportOptions`.

use serde::{Deserialize, Serialize};

use crate::engine::data::{Measure, Orders, Responses};
use crate::engine::import::{
    DateOrderSource, Encoding, ImportError, ImportOptions, Imported, Inspection, Kind, Role,
    import_checkouts, import_orders, import_responses, import_subscriptions, import_tickets,
};
use crate::i18n::{Locale, kind_name, reason_text};

/// How many issues a preview carries; the rest are only counted.
pub const PREVIEW_ISSUES: usize = 20;
/// How many rows a preview shows.
pub const PREVIEW_ROWS: usize = 8;

/// The user's import choices, by name so they survive JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionsDto {
    /// Encoding name (`UTF-8`, `Windows-1256` …); `None` = detect.
    pub encoding: Option<String>,
    /// Delimiter byte; `None` = sniff.
    pub delimiter: Option<u8>,
    /// Role name per column (`customer`, `order date` …, `None` = ignored); `None` = detect.
    pub roles: Option<Vec<Option<String>>>,
    /// Whether each listed status text counts as a purchase; others follow the defaults.
    #[serde(default)]
    pub purchase_statuses: Vec<(String, bool)>,
    /// Whether order dates that read either way (`05/03/2024`) are day first; `None` = decide.
    #[serde(default)]
    pub day_first: Option<bool>,
    /// What each listed score column measures (`nps`, `csat`, `ces`, `rating`), by column index.
    #[serde(default)]
    pub measures: Vec<(usize, String)>,
}

impl OptionsDto {
    /// The engine's options; names that are not known are read as "detect"/"ignored".
    pub fn to_options(&self) -> ImportOptions {
        let role = |name: &str| Role::ALL.into_iter().find(|r| r.name() == name);
        ImportOptions {
            encoding: self
                .encoding
                .as_deref()
                .and_then(|name| Encoding::ALL.into_iter().find(|e| e.name() == name)),
            delimiter: self.delimiter,
            roles: self
                .roles
                .as_ref()
                .map(|roles| roles.iter().map(|r| r.as_deref().and_then(role)).collect()),
            purchase_statuses: self.purchase_statuses.clone(),
            day_first: self.day_first,
            measures: self
                .measures
                .iter()
                .filter_map(|(col, name)| Some((*col, Measure::from_name(name)?)))
                .collect(),
        }
    }
}

/// What the wizard shows about a file under some options.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Preview {
    /// The file's name.
    pub name: String,
    /// What was read of the file, or why it cannot be read at all.
    pub inspection: Result<InspectionView, String>,
    /// What Confirm would store, or why it cannot be imported as it is.
    pub outcome: Result<OutcomeView, String>,
}

/// `Inspection` for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InspectionView {
    pub encoding: String,
    pub delimiter: u8,
    pub header: Vec<String>,
    /// The kind in the user's language.
    pub kind: Option<String>,
    pub layout: Option<String>,
    /// Role name per column.
    pub roles: Vec<Option<String>>,
    /// The names of the roles a column may be given: those of the detected kind (of orders when
    /// the kind is unknown), in the order the role picker lists them.
    pub role_choices: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The result of an import for display.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeView {
    /// Data records read.
    pub rows: u32,
    /// Orders that would be stored.
    pub kept: u32,
    /// Rows left out because a cell could not be read.
    pub n_issues: u32,
    /// The first `PREVIEW_ISSUES` of them.
    pub issues: Vec<IssueView>,
    /// Status texts of the status column: rows and whether they count as purchases.
    pub statuses: Vec<StatusView>,
    /// Whether Confirm can store the table: orders and survey responses are stored; a file of
    /// another kind is previewed (counts and issues) with Confirm disabled.
    pub is_storable: bool,
    /// How order dates that read either way were read, when there are any: the wizard asks.
    #[serde(default)]
    pub date_order: Option<DateOrderView>,
    /// The table holds survey responses, not orders.
    #[serde(default)]
    pub is_responses: bool,
    /// A survey's score questions, in column order.
    #[serde(default)]
    pub questions: Vec<QuestionView>,
}

/// A survey's score question as the wizard shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    /// Its column in the header.
    pub column: usize,
    pub text: String,
    /// `nps`, `csat`, `ces` or `rating`.
    pub measure: String,
    /// `0–10`, `1–5` …
    pub scale: String,
}

/// `DateOrder` for display: the question "is 05/03/2024 the 5th of March or May 3rd?".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateOrderView {
    pub day_first: bool,
    /// Nothing in the column tells and the user has not said: the wizard warns.
    pub is_guess: bool,
    /// How many values read either way.
    pub values: u32,
    /// The first of them as written, and as `YYYY-MM-DD` read day first and month first.
    pub example: String,
    pub as_day_first: Option<String>,
    pub as_month_first: Option<String>,
}

/// One status text, for the "which statuses are purchases" setting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusView {
    pub status: String,
    pub rows: u32,
    /// `None`: a status Vafa does not know; its rows are left out as issues until decided.
    pub is_purchase: Option<bool>,
}

/// One issue for display; `reason` is in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueView {
    pub row: u32,
    pub column: String,
    pub value: String,
    pub reason: String,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl Preview {
    /// The preview of an inspection and an import of the file `name`, in `locale`.
    pub fn new(
        name: &str,
        locale: Locale,
        inspection: &Result<Inspection, ImportError>,
        imported: &Result<Imported<Orders>, ImportError>,
    ) -> Preview {
        let outcome = outcome_view(locale, imported, |orders| orders.purchase_count(None), true)
            .map(|view| {
                let statuses = imported.as_ref().map(|i| i.statuses.as_slice());
                OutcomeView {
                    statuses: statuses
                        .unwrap_or_default()
                        .iter()
                        .map(|s| StatusView {
                            status: s.status.clone(),
                            rows: s.rows,
                            is_purchase: s.is_purchase,
                        })
                        .collect(),
                    ..view
                }
            });
        Preview {
            name: name.to_owned(),
            inspection: inspection_view(locale, inspection),
            outcome,
        }
    }

    /// The preview of a survey responses file: what Confirm would store and its issues.
    pub fn of_responses(
        name: &str,
        locale: Locale,
        inspection: &Result<Inspection, ImportError>,
        imported: &Result<Imported<Responses>, ImportError>,
    ) -> Preview {
        Preview {
            name: name.to_owned(),
            inspection: inspection_view(locale, inspection),
            outcome: outcome_view(locale, imported, Responses::len, true).map(|outcome| {
                let header = inspection
                    .as_ref()
                    .map(|i| i.header.as_slice())
                    .unwrap_or_default();
                let questions = imported.as_ref().map_or(Vec::new(), |imported| {
                    imported
                        .table
                        .questions
                        .iter()
                        .filter_map(|q| {
                            Some(QuestionView {
                                column: header.iter().position(|h| h.trim() == q.text.trim())?,
                                text: q.text.clone(),
                                measure: q.measure.name().to_owned(),
                                scale: format!("{}–{}", q.scale.0, q.scale.1),
                            })
                        })
                        .collect()
                });
                OutcomeView {
                    is_responses: true,
                    questions,
                    ..outcome
                }
            }),
        }
    }

    /// The preview of a file of a kind Vafa reads but does not store yet (tickets,
    /// subscriptions, checkouts): what its import keeps and its issues, with Confirm
    /// disabled. An orders `kind` gives the orders preview.
    pub fn of_kind(
        name: &str,
        locale: Locale,
        inspection: &Result<Inspection, ImportError>,
        kind: Kind,
        bytes: &[u8],
        options: &ImportOptions,
    ) -> Preview {
        let outcome = match kind {
            Kind::Orders => {
                return Preview::new(name, locale, inspection, &import_orders(bytes, options));
            }
            Kind::Responses => {
                return Preview::of_responses(
                    name,
                    locale,
                    inspection,
                    &import_responses(bytes, options),
                );
            }
            Kind::Tickets => {
                let imported = import_tickets(bytes, options);
                outcome_view(locale, &imported, |t| t.len(), false)
            }
            Kind::Subscriptions => {
                let imported = import_subscriptions(bytes, options);
                outcome_view(locale, &imported, |t| t.len(), false)
            }
            Kind::Checkouts => {
                let imported = import_checkouts(bytes, options);
                outcome_view(locale, &imported, |t| t.len(), false)
            }
        };
        Preview {
            name: name.to_owned(),
            inspection: inspection_view(locale, inspection),
            outcome,
        }
    }
}

/// `Inspection` for display in `locale`.
fn inspection_view(
    locale: Locale,
    inspection: &Result<Inspection, ImportError>,
) -> Result<InspectionView, String> {
    match inspection {
        Ok(i) => Ok(InspectionView {
            encoding: i.encoding.name().to_owned(),
            delimiter: i.delimiter,
            header: i.header.clone(),
            kind: i.kind.map(|kind| kind_name(locale, kind).to_owned()),
            layout: i.layout.map(str::to_owned),
            roles: i
                .roles
                .iter()
                .map(|r| r.map(|r| r.name().to_owned()))
                .collect(),
            role_choices: i
                .kind
                .unwrap_or(Kind::Orders)
                .roles()
                .iter()
                .map(|r| r.name().to_owned())
                .collect(),
            rows: i.rows.clone(),
        }),
        Err(err) => Err(err.to_string()),
    }
}

/// The counts and first issues of an import whose table holds `entries` entries, in `locale`;
/// no statuses.
fn outcome_view<T>(
    locale: Locale,
    imported: &Result<Imported<T>, ImportError>,
    entries: impl Fn(&T) -> usize,
    is_storable: bool,
) -> Result<OutcomeView, String> {
    match imported {
        Ok(imported) => Ok(OutcomeView {
            rows: imported.rows,
            kept: count(entries(&imported.table)),
            n_issues: count(imported.issues.len()),
            issues: imported
                .issues
                .iter()
                .take(PREVIEW_ISSUES)
                .map(|issue| IssueView {
                    row: issue.row,
                    column: issue.column.clone(),
                    value: issue.value.clone(),
                    reason: reason_text(locale, &issue.reason),
                })
                .collect(),
            statuses: Vec::new(),
            is_storable,
            date_order: imported.date_order.as_ref().map(|order| DateOrderView {
                day_first: order.day_first,
                is_guess: order.source == DateOrderSource::Guessed,
                values: order.values,
                example: order.example.clone(),
                as_day_first: order.as_day_first.clone(),
                as_month_first: order.as_month_first.clone(),
            }),
            is_responses: false,
            questions: Vec::new(),
        }),
        Err(err) => Err(err.to_string()),
    }
}

/// The stage an import has reached, for the progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Reading the file's bytes: `done` of `total` bytes.
    Reading,
    /// Decoding, parsing and typing the rows.
    Parsing,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::{import_orders, inspect};

    #[test]
    fn options_map_by_name_and_ignore_unknown_names() {
        let dto = OptionsDto {
            encoding: Some("Windows-1256".into()),
            delimiter: Some(b';'),
            roles: Some(vec![
                Some("customer".into()),
                None,
                Some("no such role".into()),
            ]),
            purchase_statuses: vec![("Pending".into(), true)],
            day_first: None,
            measures: vec![(1, "ces".into()), (2, "mood".into())],
        };
        let options = dto.to_options();
        assert_eq!(options.encoding, Some(Encoding::Windows1256));
        assert_eq!(options.delimiter, Some(b';'));
        assert_eq!(options.roles, Some(vec![Some(Role::Customer), None, None]));
        assert_eq!(options.measures, vec![(1, Measure::Ces)]);
        assert_eq!(
            options.purchase_statuses,
            vec![("Pending".to_owned(), true)]
        );
        // Options written before the status setting existed still read.
        let old: OptionsDto =
            serde_json::from_str(r#"{"encoding":null,"delimiter":null,"roles":null}"#).unwrap();
        assert_eq!(old, OptionsDto::default());
        assert_eq!(OptionsDto::default().to_options(), ImportOptions::default());
    }

    #[test]
    fn a_preview_counts_and_translates_issues_and_survives_json() {
        let csv = b"customer,order_date,amount\na@x.com,2024-01-05,10.00\nb@x.com,31/02/2024,5\n";
        let options = ImportOptions::default();
        let preview = Preview::new(
            "x.csv",
            Locale::Fa,
            &inspect(csv, &options, PREVIEW_ROWS),
            &import_orders(csv, &options),
        );
        let outcome = preview.outcome.clone().unwrap();
        assert_eq!((outcome.rows, outcome.kept, outcome.n_issues), (2, 1, 1));
        assert_eq!(
            outcome.issues[0].reason,
            reason_text(Locale::Fa, &crate::engine::import::Reason::NotADate)
        );
        let inspection = preview.inspection.clone().unwrap();
        assert_eq!(inspection.roles[0].as_deref(), Some("customer"));
        let json = serde_json::to_string(&preview).unwrap();
        assert_eq!(serde_json::from_str::<Preview>(&json).unwrap(), preview);
    }

    #[test]
    fn the_role_picker_offers_the_roles_of_the_detected_kind() {
        let options = ImportOptions::default();
        let preview = |csv: &[u8]| {
            Preview::new(
                "x.csv",
                Locale::En,
                &inspect(csv, &options, PREVIEW_ROWS),
                &import_orders(csv, &options),
            )
            .inspection
            .unwrap()
        };
        let tickets = preview(b"Ticket ID,Email,Created at,Status\n1,a@x.com,2024-01-05,open\n");
        assert_eq!(
            tickets.role_choices.first().map(String::as_str),
            Some("customer")
        );
        assert!(tickets.role_choices.iter().any(|r| r == "solved at"));
        assert!(!tickets.role_choices.iter().any(|r| r == "order date"));
        let unknown = preview(b"a,b\nx,y\n");
        let orders: Vec<&str> = Role::ALL.iter().take(7).map(|r| r.name()).collect();
        assert_eq!(unknown.role_choices, orders);
    }

    #[test]
    fn a_file_of_another_kind_is_previewed_but_not_storable() {
        let csv = b"Ticket ID,Email,Created at,Status\n1,a@x.com,2024-01-05,open\n\
                    2,b@x.com,2024-01-06,teleported\n";
        let options = ImportOptions::default();
        let inspection = inspect(csv, &options, PREVIEW_ROWS);
        let preview = Preview::of_kind(
            "t.csv",
            Locale::En,
            &inspection,
            Kind::Tickets,
            csv,
            &options,
        );
        let outcome = preview.outcome.unwrap();
        assert_eq!((outcome.rows, outcome.kept, outcome.n_issues), (2, 1, 1));
        assert_eq!(outcome.issues[0].column, "Status");
        assert!(!outcome.is_storable);
        let orders = b"customer,order_date\na@x.com,2024-01-05\n";
        let preview = Preview::of_kind(
            "o.csv",
            Locale::En,
            &inspect(orders, &options, PREVIEW_ROWS),
            Kind::Orders,
            orders,
            &options,
        );
        assert!(preview.outcome.unwrap().is_storable);
    }

    #[test]
    fn a_survey_is_previewed_as_storable_responses() {
        let csv = "Submitted at,How likely are you to recommend us?,Comment\n\
                   2024-01-05 10:00:00,9,\n2024-01-06 11:00:00,12,too high\n";
        let options = ImportOptions::default();
        let inspection = inspect(csv.as_bytes(), &options, PREVIEW_ROWS);
        assert_eq!(
            inspection.as_ref().ok().and_then(|i| i.kind),
            Some(Kind::Responses)
        );
        let preview = Preview::of_kind(
            "s.csv",
            Locale::En,
            &inspection,
            Kind::Responses,
            csv.as_bytes(),
            &options,
        );
        let outcome = preview.outcome.unwrap();
        assert_eq!((outcome.rows, outcome.kept, outcome.n_issues), (2, 1, 1));
        assert_eq!(outcome.issues[0].value, "12");
        assert!(outcome.is_storable && outcome.is_responses);
        assert_eq!(outcome.questions.len(), 1);
        assert_eq!(
            (
                outcome.questions[0].column,
                outcome.questions[0].measure.as_str()
            ),
            (1, "nps")
        );
        // Corrected: the same column read as a 0–10 rating, so 12 is still out of scale but the
        // question is no longer an NPS question.
        let corrected = ImportOptions {
            measures: vec![(1, Measure::Rating)],
            ..ImportOptions::default()
        };
        let preview = Preview::of_kind(
            "s.csv",
            Locale::En,
            &inspection,
            Kind::Responses,
            csv.as_bytes(),
            &corrected,
        );
        let outcome = preview.outcome.unwrap();
        assert_eq!(outcome.questions[0].measure, "rating");
    }

    #[test]
    fn a_file_that_cannot_be_read_previews_as_an_error() {
        let options = ImportOptions::default();
        let preview = Preview::new(
            "e.csv",
            Locale::En,
            &inspect(b"", &options, 8),
            &import_orders(b"", &options),
        );
        assert_eq!(preview.inspection, Err("the file is empty".to_owned()));
        assert!(preview.outcome.is_err());
    }
}
