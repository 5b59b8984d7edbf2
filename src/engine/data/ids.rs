//! Customer identities: the text that identifies a customer in a file (an e-mail, a mobile
//! number, a shop id) interned once into a dense `CustomerId`, so metrics work on `u32`s.

use std::collections::HashMap;

/// A customer, as an index into `CustomerIds`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CustomerId(pub u32);

/// The interner: id → key text and key text → id. Keys are stored already normalised.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomerIds {
    keys: Vec<String>,
    index: HashMap<String, CustomerId>,
}

impl CustomerIds {
    /// The id of `key`, adding it when new.
    pub fn intern(&mut self, key: &str) -> CustomerId {
        if let Some(&id) = self.index.get(key) {
            return id;
        }
        let id = CustomerId(u32::try_from(self.keys.len()).unwrap_or(u32::MAX));
        self.keys.push(key.to_owned());
        self.index.insert(key.to_owned(), id);
        id
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
}
