//! Customer identities: the text that identifies a customer in a file (an e-mail, a mobile
//! number, a shop id) interned once into a dense `CustomerId`, so metrics work on `u32`s.

use std::collections::HashMap;

/// A customer, as an index into `CustomerIds`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CustomerId(pub u32);

/// The interner: id → key text and key text → id. Keys are stored already normalised.
///
/// The keys lie one after another in one `String`, in id order, with where each ends: a million
/// customers cost two allocations, not a million (the importer hands over its key arena whole,
/// `from_arena`). The key → id index is built lazily: the importer dedupes keys in its own faster
/// table, and the next `intern` first indexes what was added since.
#[derive(Debug, Clone, Default)]
pub struct CustomerIds {
    /// Every key, in id order.
    text: String,
    /// Where each key ends in `text`: key `i` is `text[ends[i - 1]..ends[i]]` (from 0 for `i = 0`).
    ends: Vec<usize>,
    index: HashMap<String, CustomerId>,
    /// How many of the keys are in `index`.
    n_indexed: usize,
}

impl PartialEq for CustomerIds {
    /// Two interners are equal when they hold the same keys in the same id order.
    fn eq(&self, other: &CustomerIds) -> bool {
        self.text == other.text && self.ends == other.ends
    }
}

impl Eq for CustomerIds {}

fn id_of_index(i: usize) -> CustomerId {
    CustomerId(u32::try_from(i).unwrap_or(u32::MAX))
}

impl CustomerIds {
    /// The interner of keys written one after another in `text`, key `i` ending at `ends[i]`:
    /// distinct keys, in id order. Ends that do not fall in order on character boundaries of
    /// `text` give keys that `key` does not find (never a panic).
    pub fn from_arena(text: String, ends: Vec<usize>) -> CustomerIds {
        CustomerIds {
            text,
            ends,
            index: HashMap::new(),
            n_indexed: 0,
        }
    }

    /// The id of `key`, adding it when new.
    pub fn intern(&mut self, key: &str) -> CustomerId {
        self.catch_up();
        if let Some(&id) = self.index.get(key) {
            return id;
        }
        let id = self.push_unique(key);
        self.index.insert(key.to_owned(), id);
        self.n_indexed = self.ends.len();
        id
    }

    /// Adds `key`, which the caller knows is not here yet, without indexing it now.
    pub fn push_unique(&mut self, key: &str) -> CustomerId {
        let id = id_of_index(self.ends.len());
        self.text.push_str(key);
        self.ends.push(self.text.len());
        id
    }

    /// Indexes the keys added by `push_unique` or `from_arena` since the last `intern`.
    fn catch_up(&mut self) {
        for i in self.n_indexed..self.ends.len() {
            if let Some(key) = self.key_at(i) {
                self.index.entry(key.to_owned()).or_insert(id_of_index(i));
            }
        }
        self.n_indexed = self.ends.len();
    }

    /// Key number `i`.
    fn key_at(&self, i: usize) -> Option<&str> {
        let start = match i.checked_sub(1) {
            Some(before) => *self.ends.get(before)?,
            None => 0,
        };
        self.text.get(start..*self.ends.get(i)?)
    }

    /// The key text of `id`, if it was interned here.
    pub fn key(&self, id: CustomerId) -> Option<&str> {
        self.key_at(id.0 as usize)
    }

    /// How many distinct customers were interned.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether no customer was interned.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// All keys in id order, borrowed.
    pub fn keys(&self) -> Vec<&str> {
        (0..self.ends.len())
            .map(|i| self.key_at(i).unwrap_or_default())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_is_stable() {
        let mut ids = CustomerIds::default();
        let a = ids.intern("a@example.com");
        let b = ids.intern("b@example.com");
        assert_eq!(ids.intern("a@example.com"), a);
        assert_ne!(a, b);
        assert_eq!(ids.len(), 2);
        assert_eq!(ids.key(b), Some("b@example.com"));
        assert_eq!(ids.key(CustomerId(9)), None);
    }

    #[test]
    fn keys_pushed_unindexed_are_found_by_intern() {
        let mut ids = CustomerIds::default();
        let a = ids.push_unique("a");
        let b = ids.push_unique("b");
        assert_eq!(ids.intern("b"), b);
        assert_eq!(ids.intern("a"), a);
        assert_eq!(ids.intern("c"), CustomerId(2));
        let mut same = CustomerIds::default();
        for key in ["a", "b", "c"] {
            same.intern(key);
        }
        assert_eq!(ids, same);
    }

    #[test]
    fn an_arena_of_keys_is_the_interner_of_those_keys() {
        let mut ids = CustomerIds::from_arena("abcc@x".to_owned(), vec![1, 3, 6]);
        assert_eq!(ids.keys(), ["a", "bc", "c@x"]);
        assert_eq!(ids.key(CustomerId(1)), Some("bc"));
        assert_eq!(ids.intern("c@x"), CustomerId(2));
        assert_eq!(ids.intern("d"), CustomerId(3));
        let mut same = CustomerIds::default();
        for key in ["a", "bc", "c@x", "d"] {
            same.intern(key);
        }
        assert_eq!(ids, same);
        // Ends out of order or past the text name no key.
        let broken = CustomerIds::from_arena("ab".to_owned(), vec![2, 1, 9]);
        assert_eq!(broken.keys(), ["ab", "", ""]);
        assert_eq!(broken.key(CustomerId(2)), None);
    }
}
