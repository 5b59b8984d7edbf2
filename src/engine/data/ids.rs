//! Customer identities: the text that identifies a customer in a file (an e-mail, a mobile
//! number, a shop id) interned once into a dense `CustomerId`, so metrics work on `u32`s.

use std::collections::HashMap;

/// A customer, as an index into `CustomerIds`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CustomerId(pub u32);

/// The interner: id → key text and key text → id. Keys are stored already normalised.
///
/// The key → id index is built lazily: `push_unique` (the importer, which dedupes keys in its own
/// faster table) only appends, and the next `intern` first indexes what was appended since.
/// Building a million-customer table therefore costs one `String` per customer, not a hash-map
/// insert as well.
#[derive(Debug, Clone, Default)]
pub struct CustomerIds {
    keys: Vec<String>,
    index: HashMap<String, CustomerId>,
    /// How many of `keys` are in `index`.
    n_indexed: usize,
}

impl PartialEq for CustomerIds {
    /// Two interners are equal when they hold the same keys in the same id order.
    fn eq(&self, other: &CustomerIds) -> bool {
        self.keys == other.keys
    }
}

impl Eq for CustomerIds {}

fn id_of_index(i: usize) -> CustomerId {
    CustomerId(u32::try_from(i).unwrap_or(u32::MAX))
}

impl CustomerIds {
    /// The id of `key`, adding it when new.
    pub fn intern(&mut self, key: &str) -> CustomerId {
        self.catch_up();
        if let Some(&id) = self.index.get(key) {
            return id;
        }
        let id = id_of_index(self.keys.len());
        self.keys.push(key.to_owned());
        self.index.insert(key.to_owned(), id);
        self.n_indexed = self.keys.len();
        id
    }

    /// Adds `key`, which the caller knows is not here yet, without indexing it now.
    pub fn push_unique(&mut self, key: &str) -> CustomerId {
        let id = id_of_index(self.keys.len());
        self.keys.push(key.to_owned());
        id
    }

    /// Indexes the keys added by `push_unique` since the last `intern`.
    fn catch_up(&mut self) {
        for (i, key) in self.keys.iter().enumerate().skip(self.n_indexed) {
            self.index.entry(key.clone()).or_insert(id_of_index(i));
        }
        self.n_indexed = self.keys.len();
    }

    /// The key text of `id`, if it was interned here.
    pub fn key(&self, id: CustomerId) -> Option<&str> {
        self.keys.get(id.0 as usize).map(String::as_str)
    }

    /// How many distinct customers were interned.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether no customer was interned.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// All keys in id order.
    pub fn keys(&self) -> &[String] {
        &self.keys
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
}
