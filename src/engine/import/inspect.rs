//! What the import wizard shows before the user confirms: the encoding and delimiter read, whether
//! there is a header, the vendor layout and kind of dataset recognised, the role of every column,
//! and the first rows as text. Uses the same stages as the import itself, so the preview and the
//! import cannot disagree; the user's choices in `ImportOptions` replace what was detected.
//! SurveyMonkey's second header row (`Response` under each question) is not shown as data.

use super::decode::{Encoding, Utf8Break};
use super::dialect;
use super::issue::ImportError;
use super::records::{Next, Table};
use super::roles::{self, Kind, Role};
use super::{FileText, ImportOptions, file_text, roles_of};

/// What `inspect` saw in a file: everything the import wizard shows before the user confirms.
#[derive(Debug, Clone, PartialEq)]
pub struct Inspection {
    /// The encoding the bytes were read in (detected, or as given in options).
    pub encoding: Encoding,
    /// The field delimiter (sniffed, from a `sep=` line, or as given in options).
    pub delimiter: u8,
    /// Whether the first record is a header; without one the columns are named `column 1` …
    pub has_header: bool,
    /// Column names as written, without trailing empty columns.
    pub header: Vec<String>,
    /// The kind of dataset the header says, or `None` when it cannot tell.
    pub kind: Option<Kind>,
    /// e.g. Some("Shopify orders export")
    pub layout: Option<&'static str>,
    /// Role per header column as detected (or as given in options.roles).
    pub roles: Vec<Option<Role>>,
    /// The first data rows, cells as text after decoding and unquoting.
    pub rows: Vec<Vec<String>>,
    /// When the bytes were not valid UTF-8 and were read in a Windows code page: where UTF-8
    /// broke, so the wizard can say why it shows that encoding.
    pub utf8_break: Option<Utf8Break>,
}

/// Reads the start of a file as `options` say: its encoding, dialect, header, layout, kind, roles
/// and up to `max_rows` data rows. Fails as the import would on a file that cannot be read at all
/// (empty, binary, a workbook, broken encoding or CSV structure within those rows).
pub fn inspect(
    bytes: &[u8],
    options: &ImportOptions,
    max_rows: usize,
) -> Result<Inspection, ImportError> {
    inspect_text(&file_text(bytes, options)?, options, max_rows)
}

/// `inspect` of a file's text, read (`file_text`) with the same `options`.
pub fn inspect_text(
    text: &FileText<'_>,
    options: &ImportOptions,
    max_rows: usize,
) -> Result<Inspection, ImportError> {
    let (decoded, dialect) = (&text.decoded, text.dialect);
    let mut table = Table::open(&decoded.text, &dialect)?;
    let has_header = !dialect::is_data_row(table.header());
    let mut rows = Vec::new();
    let header = if has_header {
        table.header().to_vec()
    } else {
        if max_rows > 0 {
            rows.push(table.header().to_vec());
        }
        (1..=table.header().len())
            .map(|n| format!("column {n}"))
            .collect()
    };
    let (layout, kind) = if has_header {
        (roles::layout(&header), roles::kind(&header))
    } else {
        (None, None)
    };
    let roles = match (&options.roles, has_header) {
        (None, false) => vec![None; header.len()],
        (None, true) => roles::detect_for(kind, &header, layout),
        (Some(_), _) => roles_of(options, &header, layout),
    };
    let mut is_first = true;
    while rows.len() < max_rows {
        match table.advance()? {
            Next::End => break,
            Next::Record | Next::Rejected(_) => {
                let cells = table.cells();
                // SurveyMonkey's second header row says nothing the preview needs.
                if !(is_first && roles::is_second_header(layout, &cells)) {
                    rows.push(cells);
                }
            }
        }
        is_first = false;
    }
    Ok(Inspection {
        encoding: decoded.encoding,
        delimiter: dialect.delimiter,
        has_header,
        header,
        kind,
        layout,
        roles,
        rows,
        utf8_break: decoded.utf8_break,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::import::roles::{SHOPIFY_ORDERS, WOOCOMMERCE_ORDERS};

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
    }

    fn inspected(name: &str) -> Inspection {
        inspect(&fixture(name), &ImportOptions::default(), 5).unwrap()
    }

    /// The header name of each column that plays a role, as `(role, name)`.
    fn role_columns(inspection: &Inspection) -> Vec<(Role, &str)> {
        let named = inspection.roles.iter().zip(&inspection.header);
        named
            .filter_map(|(role, name)| Some(((*role)?, name.as_str())))
            .collect()
    }

    #[test]
    fn the_shopify_export_is_recognised_with_its_roles() {
        let inspection = inspected("shopify_orders_export.csv");
        assert_eq!(
            (
                inspection.encoding,
                inspection.delimiter,
                inspection.has_header
            ),
            (Encoding::Utf8, b',', true)
        );
        assert_eq!(
            (inspection.kind, inspection.layout),
            (Some(Kind::Orders), Some(SHOPIFY_ORDERS))
        );
        assert_eq!(inspection.header.len(), 79);
        assert_eq!(inspection.roles.len(), 79);
        assert_eq!(
            role_columns(&inspection),
            [
                (Role::OrderId, "Name"),
                (Role::Customer, "Email"),
                (Role::Status, "Financial Status"),
                (Role::Amount, "Total"),
                (Role::OrderDate, "Created at"),
                (Role::CancelledAt, "Cancelled at"),
                (Role::Segment, "Source"),
            ]
        );
        assert_eq!(inspection.rows.len(), 5);
        assert_eq!(
            inspection
                .rows
                .first()
                .and_then(|row| row.first())
                .map(String::as_str),
            Some("#3184")
        );
    }

    #[test]
    fn the_german_excel_export_shows_semicolons_and_no_empty_trailing_cells() {
        let inspection = inspected("woocommerce_orders_eu_semicolon.csv");
        assert_eq!(
            (inspection.encoding, inspection.delimiter),
            (Encoding::Utf8Bom, b';')
        );
        assert_eq!(inspection.layout, Some(WOOCOMMERCE_ORDERS));
        assert!(
            inspection
                .rows
                .iter()
                .all(|row| row.len() == inspection.header.len())
        );
    }

    #[test]
    fn options_replace_what_was_detected() {
        let options = ImportOptions {
            encoding: Some(Encoding::Windows1252),
            delimiter: Some(b';'),
            roles: Some(vec![None, Some(Role::Customer)]),
            ..ImportOptions::default()
        };
        let inspection = inspect(b"a;b;c\n1;x@y.z;3\n", &options, 10).unwrap();
        assert_eq!(
            (inspection.encoding, inspection.delimiter),
            (Encoding::Windows1252, b';')
        );
        assert_eq!(inspection.roles, [None, Some(Role::Customer), None]);
        assert_eq!(inspection.rows, [["1", "x@y.z", "3"]]);
    }

    #[test]
    fn a_file_without_header_shows_its_first_row_as_data() {
        let inspection = inspect(b"7,2024-05-01,12.00\n", &ImportOptions::default(), 10);
        let inspection = inspection.unwrap();
        assert!(!inspection.has_header);
        assert_eq!(inspection.header, ["column 1", "column 2", "column 3"]);
        assert_eq!(inspection.rows, [["7", "2024-05-01", "12.00"]]);
        assert_eq!(inspection.roles, [None, None, None]);
    }

    #[test]
    fn ragged_rows_are_shown_as_written() {
        let inspection = inspect(
            &fixture("bad/ragged_rows.csv"),
            &ImportOptions::default(),
            3,
        );
        let lengths: Vec<usize> = inspection.unwrap().rows.iter().map(Vec::len).collect();
        assert_eq!(lengths, [5, 5, 3]);
    }

    #[test]
    fn surveymonkeys_second_header_row_is_not_a_row() {
        let inspection = inspected("surveymonkey_support_csat.csv");
        let first = inspection.rows.first().and_then(|row| row.first());
        assert_eq!(first.map(String::as_str), Some("114250369303"));
        assert_eq!(inspection.rows.len(), 5);
    }

    #[test]
    fn a_file_decoded_once_is_inspected_and_imported_as_its_bytes_are() {
        let names = [
            "shopify_orders_export.csv",
            "persian_orders_fa.csv",
            "persian_tickets_cp1256.csv",
            "porsline_survey_fa_utf16.txt",
            "woocommerce_orders_eu_semicolon.csv",
            "bad/bad_values.csv",
            "bad/empty.csv",
            "bad/header_only.csv",
            "bad/invalid_utf8.csv",
            "bad/only_bom.csv",
            "bad/ragged_rows.csv",
            "bad/utf16le_no_bom.txt",
            "bad/xlsx_renamed.csv",
        ];
        let options = ImportOptions {
            delimiter: Some(b';'),
            ..ImportOptions::default()
        };
        for name in names {
            let bytes = fixture(name);
            for options in [&ImportOptions::default(), &options] {
                let text = file_text(&bytes, options);
                let (inspected, imported) = match &text {
                    Ok(text) => (
                        inspect_text(text, options, 5),
                        crate::engine::import::import_orders_text(text, options),
                    ),
                    Err(err) => (Err(err.clone()), Err(err.clone())),
                };
                assert_eq!(inspected, inspect(&bytes, options, 5), "{name}");
                let from_bytes = crate::engine::import::import_orders(&bytes, options);
                assert_eq!(imported, from_bytes, "{name}");
            }
        }
    }

    #[test]
    fn unusable_files_are_errors() {
        let inspect_file = |name| inspect(&fixture(name), &ImportOptions::default(), 5).err();
        assert_eq!(inspect_file("bad/empty.csv"), Some(ImportError::Empty));
        assert_eq!(
            inspect_file("bad/xlsx_renamed.csv"),
            Some(ImportError::ExcelWorkbook)
        );
        assert_eq!(
            inspect_file("bad/binary_garbage.csv"),
            Some(ImportError::NotText)
        );
    }
}
