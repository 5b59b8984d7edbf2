//! A hash table of byte strings, each with a `u32` value, for the per-row look-ups of an import
//! (customer keys → `CustomerId`, order ids already seen). Built for a million rows, where the
//! cost is cache misses: a key of up to 23 bytes (most e-mails, ids and phone numbers) lives in
//! its 32-byte slot beside its hash and value, so a look-up reads one cache line; longer keys are
//! kept in one arena. Open addressing with linear probing, at most 3/4 full. The hash is
//! FxHash's multiply-rotate over 8 bytes at a time (rustc-hash,
//! <https://github.com/rust-lang/rustc-hash>): fast and good enough for file text, where no
//! adversary picks keys to collide.

/// FxHash's multiplier.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
/// Slots in a new table.
const MIN_SLOTS: usize = 1024;
/// The longest key kept in its slot.
const INLINE: usize = 23;
/// `Slot::len` of a key kept in the arena.
const IN_ARENA: u8 = u8::MAX;

/// One key with its value.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(32))]
struct Slot {
    /// 0 = empty; else the key's hash, never 0.
    hash: u32,
    value: u32,
    /// The key when `len` ≤ `INLINE`; else its offset (8 bytes) and length (4) in the arena.
    key: [u8; INLINE],
    len: u8,
}

/// Byte strings with a value each.
#[derive(Debug, Clone)]
pub(crate) struct KeyTable {
    slots: Vec<Slot>,
    /// Keys longer than `INLINE`, one after another.
    arena: Vec<u8>,
    len: usize,
}

impl Default for KeyTable {
    fn default() -> KeyTable {
        KeyTable {
            slots: vec![Slot::default(); MIN_SLOTS],
            arena: Vec::new(),
            len: 0,
        }
    }
}

impl KeyTable {
    /// The value of `key`, and whether it is new: then `value()` gives its value.
    pub(crate) fn get_or_insert(&mut self, key: &[u8], value: impl FnOnce() -> u32) -> (u32, bool) {
        let hash = hash(key);
        let stored = stored_hash(hash);
        let mask = self.slots.len() - 1;
        let mut idx = self.home(hash);
        while let Some(slot) = self.slots.get(idx).filter(|slot| slot.hash != 0) {
            if slot.hash == stored && self.key_of(slot) == key {
                return (slot.value, false);
            }
            idx = (idx + 1) & mask;
        }
        let value = value();
        let mut slot = Slot {
            hash: stored,
            value,
            ..Slot::default()
        };
        match slot.key.get_mut(..key.len()) {
            Some(inline) => {
                inline.copy_from_slice(key);
                slot.len = key.len() as u8;
            }
            None => {
                let (offset, len) = (self.arena.len() as u64, key.len() as u32);
                let at = offset.to_le_bytes().into_iter().chain(len.to_le_bytes());
                slot.key
                    .iter_mut()
                    .zip(at)
                    .for_each(|(to, from)| *to = from);
                slot.len = IN_ARENA;
                self.arena.extend_from_slice(key);
            }
        }
        if let Some(free) = self.slots.get_mut(idx) {
            *free = slot;
        }
        self.len += 1;
        if self.len * 4 > self.slots.len() * 3 {
            self.grow();
        }
        (value, true)
    }

    /// Number of keys.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The slot where the search for a key of hash `hash` starts: its top bits.
    #[inline]
    fn home(&self, hash: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (hash >> (64 - bits)) as usize
    }

    /// The key of a full slot.
    #[inline]
    fn key_of<'a>(&'a self, slot: &'a Slot) -> &'a [u8] {
        if slot.len != IN_ARENA {
            return slot.key.get(..usize::from(slot.len)).unwrap_or_default();
        }
        let word = |range: std::ops::Range<usize>| {
            let mut bytes = [0u8; 8];
            let from = slot.key.get(range).unwrap_or_default();
            bytes
                .iter_mut()
                .zip(from)
                .for_each(|(to, from)| *to = *from);
            u64::from_le_bytes(bytes) as usize
        };
        let (offset, len) = (word(0..8), word(8..12));
        self.arena
            .get(offset..offset.saturating_add(len))
            .unwrap_or_default()
    }

    /// Doubles the slots and places every key again.
    fn grow(&mut self) {
        let doubled = vec![Slot::default(); self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        let mask = self.slots.len() - 1;
        for slot in old.into_iter().filter(|slot| slot.hash != 0) {
            let mut idx = self.home(hash(self.key_of(&slot)));
            while self.slots.get(idx).is_some_and(|taken| taken.hash != 0) {
                idx = (idx + 1) & mask;
            }
            if let Some(free) = self.slots.get_mut(idx) {
                *free = slot;
            }
        }
    }
}

/// FxHash of `bytes`, 8 at a time; the length is mixed in so zero padding cannot collide.
#[inline]
fn hash(bytes: &[u8]) -> u64 {
    let mut hash = (bytes.len() as u64).wrapping_mul(SEED);
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let word = <[u8; 8]>::try_from(word).unwrap_or_default();
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word.iter_mut().zip(rest).for_each(|(to, from)| *to = *from);
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
    }
    hash
}

/// The 32 bits of `hash` kept in a slot, never 0: the low half mixed with the high half, whose
/// top bits already picked the slot.
#[inline]
fn stored_hash(hash: u64) -> u32 {
    ((hash ^ (hash >> 32)) as u32) | 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;
    use std::collections::HashMap;

    #[test]
    fn a_key_keeps_its_first_value() {
        let mut table = KeyTable::default();
        assert_eq!(table.get_or_insert(b"a@x.com", || 7), (7, true));
        assert_eq!(table.get_or_insert(b"b@x.com", || 8), (8, true));
        assert_eq!(table.get_or_insert(b"a@x.com", || 9), (7, false));
        assert_eq!(table.get_or_insert(b"", || 1), (1, true));
        assert_eq!(table.get_or_insert(b"", || 2), (1, false));
        assert_eq!(table.len(), 3);
    }

    #[test]
    fn keys_that_differ_only_in_padding_are_different() {
        let mut table = KeyTable::default();
        assert_eq!(table.get_or_insert(b"a", || 1), (1, true));
        assert_eq!(table.get_or_insert(b"a\0", || 2), (2, true));
        assert_eq!(table.get_or_insert(b"a\0\0\0\0\0\0\0", || 3), (3, true));
    }

    #[test]
    fn long_keys_live_in_the_arena() {
        let mut table = KeyTable::default();
        let long = "a.very.long.customer.name@example.com";
        assert_eq!(table.get_or_insert(long.as_bytes(), || 1), (1, true));
        assert_eq!(table.get_or_insert(&[b'x'; 23], || 2), (2, true));
        assert_eq!(table.get_or_insert(&[b'x'; 24], || 3), (3, true));
        assert_eq!(table.get_or_insert(long.as_bytes(), || 4), (1, false));
        assert_eq!(table.get_or_insert(&[b'x'; 24], || 5), (3, false));
    }

    #[test]
    fn a_hundred_thousand_keys_survive_growing() {
        let mut table = KeyTable::default();
        // Every tenth key is too long for its slot.
        let key = |n: u32| {
            format!(
                "c{n}{}",
                if n.is_multiple_of(10) {
                    "@a.long.domain.example"
                } else {
                    ""
                }
            )
        };
        for n in 0..100_000u32 {
            assert_eq!(table.get_or_insert(key(n).as_bytes(), || n), (n, true));
        }
        for n in (0..100_000u32).rev() {
            assert_eq!(table.get_or_insert(key(n).as_bytes(), || 0), (n, false));
        }
    }

    proptest! {
        #[test]
        fn behaves_like_a_hash_map(keys in vec(vec(0u8..4, 0..40), 0..400)) {
            let (mut table, mut map) = (KeyTable::default(), HashMap::new());
            for (n, key) in keys.iter().enumerate() {
                let n = n as u32;
                let expected = match map.get(key) {
                    Some(&value) => (value, false),
                    None => {
                        map.insert(key.clone(), n);
                        (n, true)
                    }
                };
                prop_assert_eq!(table.get_or_insert(key, || n), expected);
            }
            prop_assert_eq!(table.len(), map.len());
        }
    }
}
