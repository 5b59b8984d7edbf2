//! The backup file: every stored dataset (its index entry and its record as stored text, format 1
//! or 2) and the dashboard settings, as one JSON document the user downloads and can restore in
//! any browser. Restoring checks each record before anything is written: a record that does not
//! read back is named and skipped, the others are stored again as new datasets (re-encoded in
//! the current format), so a restore never overwrites what is stored.

use serde::{Deserialize, Serialize};

use super::compact::{self, Dataset};
use super::format::{DatasetMeta, SettingsRecord};

/// The version of the backup document.
pub const BACKUP_VERSION: u32 = 1;

/// A backup document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    /// Always `BACKUP_VERSION`; also tells a Vafa backup from any other JSON.
    pub vafa_backup: u32,
    #[serde(default)]
    pub settings: Option<SettingsRecord>,
    pub datasets: Vec<BackedUp>,
}

/// One dataset in a backup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackedUp {
    pub meta: DatasetMeta,
    /// The record as it was stored (`compact::to_text` or format-1 JSON).
    pub record: String,
}

/// Why a backup file cannot be restored at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    #[error("the file is not a Vafa backup ({0})")]
    NotABackup(String),
    #[error("the backup has version {0}, newer than this page reads: open it with a newer Vafa")]
    Newer(u32),
}

/// A dataset of a backup, checked: ready to store, or why it is skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct Restorable {
    pub meta: DatasetMeta,
    /// The dataset re-encoded in format 2, or why its record does not read back.
    pub bytes: Result<Vec<u8>, String>,
}

impl Backup {
    /// The document as JSON text.
    pub fn to_json(&self) -> String {
        // Strings, integers and options always serialize.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a backup document.
    pub fn parse(text: &str) -> Result<Backup, BackupError> {
        #[derive(Deserialize)]
        struct Marker {
            vafa_backup: u32,
        }
        let marker: Marker =
            serde_json::from_str(text).map_err(|err| BackupError::NotABackup(err.to_string()))?;
        if marker.vafa_backup > BACKUP_VERSION {
            return Err(BackupError::Newer(marker.vafa_backup));
        }
        serde_json::from_str(text).map_err(|err| BackupError::NotABackup(err.to_string()))
    }

    /// Each dataset checked and re-encoded, in backup order. Entries come back unplaced and
    /// without an id: storing them gives each a fresh one.
    pub fn restorable(&self) -> Vec<Restorable> {
        self.datasets
            .iter()
            .map(|item| {
                let mut meta = item.meta.clone();
                meta.id = String::new();
                meta.damaged = None;
                let bytes = compact::decode_text(&item.record, &item.meta.kind)
                    .map(|dataset| match dataset {
                        Dataset::Orders(orders) => compact::encode_orders(&orders),
                        Dataset::Responses(responses) => compact::encode_responses(&responses),
                    })
                    .map_err(|err| err.to_string());
                Restorable { meta, bytes }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::data::{Day, Money, Orders, Period};
    use crate::store::format::OrdersRecord;

    fn orders() -> Orders {
        let mut orders = Orders::default();
        orders.push("a@x.com", Day(19_000), Money(100));
        orders.push("b@x.com", Day(19_010), Money(250));
        orders
    }

    fn backup() -> Backup {
        let table = orders();
        let mut meta = DatasetMeta::new("o.csv", "orders", 2, 2);
        meta.id = "d4".into();
        let v1 = serde_json::to_string(&OrdersRecord::from_orders(&table)).unwrap();
        Backup {
            vafa_backup: BACKUP_VERSION,
            settings: Some(SettingsRecord::new(Period::Week, 90)),
            datasets: vec![
                BackedUp {
                    meta: meta.clone(),
                    record: compact::to_text(&compact::encode_orders(&table)),
                },
                BackedUp {
                    meta: meta.clone(),
                    record: v1,
                },
                BackedUp {
                    meta,
                    record: "{damaged".into(),
                },
            ],
        }
    }

    #[test]
    fn a_backup_round_trips_and_each_dataset_is_checked() {
        let original = backup();
        let back = Backup::parse(&original.to_json()).unwrap();
        assert_eq!(back, original);
        let restorable = back.restorable();
        assert_eq!(restorable.len(), 3);
        for item in &restorable[..2] {
            assert_eq!(item.meta.id, "", "a restored dataset gets a fresh id");
            let bytes = item.bytes.as_ref().unwrap();
            assert_eq!(compact::decode(bytes), Ok(Dataset::Orders(orders())));
        }
        assert!(
            restorable[2]
                .bytes
                .as_ref()
                .unwrap_err()
                .contains("decoded")
        );
    }

    #[test]
    fn other_files_and_newer_backups_are_refused() {
        assert!(matches!(
            Backup::parse("{\"version\":1}"),
            Err(BackupError::NotABackup(_))
        ));
        assert!(matches!(
            Backup::parse("customer,date\n"),
            Err(BackupError::NotABackup(_))
        ));
        assert_eq!(
            Backup::parse("{\"vafa_backup\":2,\"datasets\":[]}"),
            Err(BackupError::Newer(2))
        );
    }
}
