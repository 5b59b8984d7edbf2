//! A column of short categorical texts (a segment, a plan, a status as written, a satisfaction
//! label): each distinct text is stored once and rows hold its index, so a table keeps the words a
//! user recognises without a string per row.

use std::collections::HashMap;

/// Texts by row: `index[i]` is row `i`'s text as an index into `names`, `None` for an empty cell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Labels {
    /// Each distinct text once, in order of first appearance.
    pub names: Vec<String>,
    pub index: Vec<Option<u32>>,
    /// Text → its index in `names`, so a column of many distinct texts stays fast to build.
    positions: HashMap<String, u32>,
}

impl Labels {
    /// An empty column whose texts are `names` (distinct), for rows indexed into them.
    pub fn with_names(names: Vec<String>) -> Labels {
        let positions = names
            .iter()
            .enumerate()
            .map(|(idx, name)| (name.clone(), u32::try_from(idx).unwrap_or(u32::MAX)))
            .collect();
        Labels {
            names,
            index: Vec::new(),
            positions,
        }
    }

    /// Adds a row with `text` (`None` or empty = no label).
    pub fn push(&mut self, text: Option<&str>) {
        let idx = text.filter(|text| !text.is_empty()).map(|text| {
            if let Some(&idx) = self.positions.get(text) {
                return idx;
            }
            let idx = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
            self.names.push(text.to_owned());
            self.positions.insert(text.to_owned(), idx);
            idx
        });
        self.index.push(idx);
    }

    /// Row `row`'s text, `None` for an empty cell or a row past the end.
    pub fn get(&self, row: usize) -> Option<&str> {
        let idx = (*self.index.get(row)?)?;
        self.names.get(idx as usize).map(String::as_str)
    }

    /// Each text with the number of rows that carry it, in order of first appearance.
    pub fn counts(&self) -> Vec<(&str, u32)> {
        let mut counts = vec![0u32; self.names.len()];
        for idx in self.index.iter().flatten() {
            if let Some(count) = counts.get_mut(*idx as usize) {
                *count += 1;
            }
        }
        self.names.iter().map(String::as_str).zip(counts).collect()
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_text_is_stored_once_and_counted() {
        let mut labels = Labels::default();
        for text in [Some("gold"), None, Some("silver"), Some("gold"), Some("")] {
            labels.push(text);
        }
        assert_eq!(labels.names, ["gold", "silver"]);
        assert_eq!(labels.index, [Some(0), None, Some(1), Some(0), None]);
        assert_eq!(labels.counts(), [("gold", 2), ("silver", 1)]);
        assert_eq!(
            (labels.get(3), labels.get(4), labels.get(9)),
            (Some("gold"), None, None)
        );
    }
}
