//! A hash table of byte strings, each with a `u32` value, for the per-row look-ups of an import
//! (customer keys → `CustomerId`, order ids already seen, date texts → `Day`). Built for a
//! million rows, where the cost is cache misses and memory: a slot is 16 bytes (hash, value,
//! where the key is), the keys themselves lie one after another in an arena written in insertion
//! order, so a look-up reads one slot and one run of arena bytes, and growing moves slots without
//! reading a key. Open addressing with linear probing, at most 3/4 full. The hash is FxHash's
//! multiply-rotate over 8 bytes at a time (rustc-hash, <https://github.com/rust-lang/rustc-hash>):
//! fast and good enough for file text, where no adversary picks keys to collide. A caller with a
//! block of keys hashes them first and `touch`es their slots, so the block's cache misses
//! overlap; the arena, in insertion order, becomes `CustomerIds`' key text as it is.

/// FxHash's multiplier.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
/// Slots in a new table.
const MIN_SLOTS: usize = 1024;
/// The most slots `KeyTable::reserve` makes room for (1 GiB of them): `home` places keys in up
/// to 2^31 slots, and a wasm32 memory holds 4 GiB.
const MAX_SLOTS: usize = 1 << 26;

/// One key with its value.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    /// 0 = empty; else the key's stored hash (`stored_hash`), never 0. It also places the slot.
    hash: u32,
    value: u32,
    /// The key is `arena[start..start + len]`.
    start: u32,
    len: u32,
}

/// Byte strings with a value each.
#[derive(Debug, Clone)]
pub(crate) struct KeyTable {
    slots: Vec<Slot>,
    /// Every key, one after another.
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
    #[inline]
    pub(crate) fn get_or_insert(&mut self, key: &[u8], value: impl FnOnce() -> u32) -> (u32, bool) {
        self.get_or_insert_hashed(key, KeyTable::hash(key), value)
    }

    /// The hash `get_or_insert_hashed` takes for `key`.
    #[inline]
    pub(crate) fn hash(key: &[u8]) -> u64 {
        hash(key)
    }

    /// Reads the slot where the search for a key of hash `hash` starts, and the first bytes of
    /// the key stored there, and returns a word of them. Looking up a block of keys is faster
    /// when their slots are first read this way, all together: the reads do not depend on one
    /// another, so their cache misses overlap, and the look-ups that follow find the memory in
    /// cache (a software prefetch, which wasm lacks). The caller keeps the word so the reads are
    /// not optimised away.
    #[inline]
    pub(crate) fn touch(&self, hash: u64) -> u32 {
        let mask = self.slots.len() - 1;
        let slot = self.slots.get(home(stored_hash(hash), mask)).copied();
        let slot = slot.unwrap_or_default();
        let first = self.arena.get(slot.start as usize).copied().unwrap_or(0);
        slot.hash ^ u32::from(first)
    }

    /// The value of `key`, whose `KeyTable::hash` is `hash`, if it is here.
    #[inline]
    pub(crate) fn get_hashed(&self, key: &[u8], hash: u64) -> Option<u32> {
        let stored = stored_hash(hash);
        let mask = self.slots.len() - 1;
        let mut idx = home(stored, mask);
        while let Some(slot) = self.slots.get(idx).filter(|slot| slot.hash != 0) {
            if slot.hash == stored && same_bytes(self.key_of(slot), key) {
                return Some(slot.value);
            }
            idx = (idx + 1) & mask;
        }
        None
    }

    /// `get_or_insert` of a key whose `KeyTable::hash` is `hash`.
    #[inline]
    pub(crate) fn get_or_insert_hashed(
        &mut self,
        key: &[u8],
        hash: u64,
        value: impl FnOnce() -> u32,
    ) -> (u32, bool) {
        let stored = stored_hash(hash);
        let mask = self.slots.len() - 1;
        let mut idx = home(stored, mask);
        while let Some(slot) = self.slots.get(idx).filter(|slot| slot.hash != 0) {
            if slot.hash == stored && same_bytes(self.key_of(slot), key) {
                return (slot.value, false);
            }
            idx = (idx + 1) & mask;
        }
        let value = value();
        // Keys and the arena stay under 4 GiB: a wasm32 memory cannot hold more.
        let slot = Slot {
            hash: stored,
            value,
            start: u32::try_from(self.arena.len()).unwrap_or(u32::MAX),
            len: u32::try_from(key.len()).unwrap_or(u32::MAX),
        };
        self.arena.extend_from_slice(key);
        if let Some(free) = self.slots.get_mut(idx) {
            *free = slot;
        }
        self.len += 1;
        if self.len * 4 > self.slots.len() * 3 {
            self.grow();
        }
        (value, true)
    }

    /// Every key inserted, one after another in the order they were first inserted.
    pub(crate) fn into_arena(self) -> Vec<u8> {
        self.arena
    }

    /// Number of keys.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// How many keys the table holds before it grows.
    pub(crate) fn room(&self) -> usize {
        self.slots.len() / 4 * 3
    }

    /// Bytes of key text inserted so far.
    pub(crate) fn key_bytes(&self) -> usize {
        self.arena.len()
    }

    /// Makes room for `bytes` bytes of key text in all, so the arena is not copied as it grows.
    pub(crate) fn reserve_key_bytes(&mut self, bytes: usize) {
        self.arena.reserve(bytes.saturating_sub(self.arena.len()));
    }

    /// The key of a full slot.
    #[inline]
    fn key_of(&self, slot: &Slot) -> &[u8] {
        let start = slot.start as usize;
        self.arena
            .get(start..start.saturating_add(slot.len as usize))
            .unwrap_or_default()
    }

    /// Makes room for `keys` keys in all, so that the table does not grow until it holds
    /// them: a table that ends with a million keys is otherwise built ten times over, and each
    /// time in memory the worker has not touched yet.
    pub(crate) fn reserve(&mut self, keys: usize) {
        let slots = keys
            .saturating_add(keys / 3)
            .saturating_add(1)
            .checked_next_power_of_two()
            .unwrap_or(usize::MAX);
        if slots > self.slots.len() && slots <= MAX_SLOTS {
            self.resize(slots);
        }
    }

    /// Doubles the slots and places every key again, by its stored hash.
    fn grow(&mut self) {
        self.resize(self.slots.len() * 2);
    }

    /// Moves the keys to `slots` slots (a power of two, more than they fill), placed by their
    /// stored hash.
    fn resize(&mut self, slots: usize) {
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); slots]);
        let mask = self.slots.len() - 1;
        for slot in old.into_iter().filter(|slot| slot.hash != 0) {
            let mut idx = home(slot.hash, mask);
            while self.slots.get(idx).is_some_and(|taken| taken.hash != 0) {
                idx = (idx + 1) & mask;
            }
            if let Some(free) = self.slots.get_mut(idx) {
                *free = slot;
            }
        }
    }
}

/// The slot where the search for a key of stored hash `stored` starts in a table of `mask + 1`
/// slots (a power of two, at most 2^31).
#[inline]
fn home(stored: u32, mask: usize) -> usize {
    (stored >> 1) as usize & mask
}

/// FxHash of `bytes`, 8 at a time; the length is mixed in so zero padding cannot collide.
#[inline]
fn hash(bytes: &[u8]) -> u64 {
    hash_words(bytes, |_| {})
}

/// `KeyTable::hash` of `bytes`, handing each word it reads to `each` too (the last bytes as one
/// zero-padded word), so a caller that tests the words as well reads them once.
#[inline]
pub(crate) fn hash_words(bytes: &[u8], mut each: impl FnMut(u64)) -> u64 {
    let mut hash = (bytes.len() as u64).wrapping_mul(SEED);
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(word).unwrap_or_default());
        each(word);
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
    let rest = words.remainder();
    if !rest.is_empty() {
        let word = low_bytes(rest);
        each(word);
        hash = (hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
    hash
}

/// Whether `a` and `b` are the same bytes. Keys up to 16 bytes, most of them, are compared as
/// two words (first and last eight bytes, overlapping) or one short word, without the `memcmp`
/// call a slice comparison makes, which costs more than the comparison itself.
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    match (a.first_chunk::<8>(), b.first_chunk::<8>()) {
        (Some(a_first), Some(b_first)) => {
            a_first == b_first
                && a.last_chunk::<8>() == b.last_chunk::<8>()
                && (a.len() <= 16 || a.get(8..) == b.get(8..))
        }
        _ => low_bytes(a) == low_bytes(b),
    }
}

/// The word whose low bytes are `bytes` (at most 8), little-endian, the rest zero: four, two and
/// one bytes read at a time rather than copied into a buffer byte by byte.
#[inline]
pub(crate) fn low_bytes(bytes: &[u8]) -> u64 {
    let (mut word, mut shift, mut rest) = (0u64, 0, bytes);
    if let Some((four, tail)) = rest.split_first_chunk::<4>() {
        word = u64::from(u32::from_le_bytes(*four));
        (shift, rest) = (32, tail);
    }
    if let Some((two, tail)) = rest.split_first_chunk::<2>() {
        word |= u64::from(u16::from_le_bytes(*two)) << shift;
        shift += 16;
        rest = tail;
    }
    if let Some(&one) = rest.first() {
        word |= u64::from(one) << shift;
    }
    word
}

/// The 32 bits of `hash` kept in a slot, never 0: its top half, where FxHash's last multiply
/// mixes best.
#[inline]
fn stored_hash(hash: u64) -> u32 {
    ((hash >> 32) as u32) | 1
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
    fn low_bytes_are_the_bytes_zero_padded() {
        for len in 0..=7 {
            let bytes: Vec<u8> = (1..=len).map(|b| b * 17).collect();
            let mut padded = [0u8; 8];
            padded
                .iter_mut()
                .zip(&bytes)
                .for_each(|(to, from)| *to = *from);
            assert_eq!(low_bytes(&bytes), u64::from_le_bytes(padded), "{len} bytes");
        }
    }

    #[test]
    fn same_bytes_is_slice_equality() {
        let texts: [&[u8]; 8] = [
            b"",
            b"a",
            b"a\0",
            b"c23269@shop.io",
            b"c23269@shop.ia",
            b"d23269@shop.io",
            b"a.very.long.customer.name@example.com",
            b"a.very.long.customer.name@example.con",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(same_bytes(a, b), a == b, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn keys_that_differ_only_in_padding_are_different() {
        let mut table = KeyTable::default();
        assert_eq!(table.get_or_insert(b"a", || 1), (1, true));
        assert_eq!(table.get_or_insert(b"a\0", || 2), (2, true));
        assert_eq!(table.get_or_insert(b"a\0\0\0\0\0\0\0", || 3), (3, true));
    }

    #[test]
    fn long_and_short_keys_are_told_apart() {
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

    #[test]
    fn room_for_a_hundred_thousand_keys_is_made_once() {
        let mut table = KeyTable::default();
        table.reserve(100_000);
        let slots = table.slots.len();
        assert_eq!(slots, 1 << 18, "100k keys fill at most 3/4 of 2^18 slots");
        for n in 0..100_000u32 {
            let key = format!("#{}", n.wrapping_mul(2_654_435_761));
            assert_eq!(table.get_or_insert(key.as_bytes(), || n), (n, true));
        }
        assert_eq!(table.slots.len(), slots);
        table.reserve(10);
        assert_eq!(table.slots.len(), slots, "reserving less never shrinks");
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

        #[test]
        fn a_table_with_room_reserved_behaves_like_a_hash_map(
            keys in vec(vec(0u8..4, 0..12), 0..600),
            at in 0usize..600,
            room in 0usize..5000,
        ) {
            // Room for `room` keys is made before the `at`-th key, when there is one.
            let (mut table, mut map) = (KeyTable::default(), HashMap::new());
            for (n, key) in keys.iter().enumerate() {
                if n == at {
                    table.reserve(room);
                }
                let n = n as u32;
                let expected = *map.entry(key.clone()).or_insert(n);
                prop_assert_eq!(table.get_or_insert(key, || n), (expected, expected == n));
            }
            for (key, &value) in &map {
                prop_assert_eq!(table.get_hashed(key, KeyTable::hash(key)), Some(value));
            }
            prop_assert_eq!(table.len(), map.len());
        }

        #[test]
        fn hashed_and_touched_look_ups_are_plain_ones(keys in vec(vec(0u8..4, 0..12), 0..600)) {
            let (mut plain, mut hashed) = (KeyTable::default(), KeyTable::default());
            for (n, block) in keys.chunks(7).enumerate() {
                let hashes: Vec<u64> = block.iter().map(|key| KeyTable::hash(key)).collect();
                for &hash in &hashes {
                    std::hint::black_box(hashed.touch(hash));
                }
                for (i, (key, &hash)) in block.iter().zip(&hashes).enumerate() {
                    let value = (n * 7 + i) as u32;
                    let found = hashed.get_hashed(key, hash);
                    let expected = plain.get_or_insert(key, || value);
                    prop_assert_eq!(found.is_none(), expected.1);
                    prop_assert_eq!(hashed.get_or_insert_hashed(key, hash, || value), expected);
                }
            }
            prop_assert_eq!(plain.into_arena(), hashed.into_arena());
        }
    }
}
