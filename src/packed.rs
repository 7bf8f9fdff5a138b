//! Short words as numbers: a word of up to eight bytes packed into a `u64`
//! ([`pack`]), lower-cased eight bytes at once ([`ascii_lower`]), and looked
//! up in a [`Table`] keyed by it.
//!
//! The claims and entities stages look every token up in their word lists,
//! and nearly every token is short and ASCII. Packed, the lookup is a
//! multiplication and a comparison or two, where a general hash map hashes
//! and compares a string. Longer words, and words a byte-wise lowering would
//! get wrong, stay with the callers' maps keyed by strings.

/// The high bit of each byte of a packed word: none is set when the word is
/// ASCII.
pub const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The low bit of each byte: a byte value times this is that byte in all
/// eight places.
pub const LOW_BITS: u64 = 0x0101_0101_0101_0101;

/// The bytes of `word` as a number, the first byte lowest, if it has at
/// most eight bytes. Two words share a number only when one is the other
/// with NUL bytes after it; no listed word ends in NUL.
///
/// Read as two overlapping loads, of the first and the last four (two, one)
/// bytes, each put in its place and joined: the bytes they share are the
/// same in both. (Copying the word into a buffer first took a call to
/// `memcpy`.)
#[inline]
pub fn pack(word: &[u8]) -> Option<u64> {
    let n = word.len();
    let two = |at: usize| u64::from(u16::from_le_bytes([word[at], word[at + 1]]));
    let four = |at: usize| {
        let b = [word[at], word[at + 1], word[at + 2], word[at + 3]];
        u64::from(u32::from_le_bytes(b))
    };
    Some(match n {
        0 => 0,
        1 => u64::from(word[0]),
        2..4 => two(0) | two(n - 2) << (8 * (n - 2)),
        4..=8 => four(0) | four(n - 4) << (8 * (n - 4)),
        _ => return None,
    })
}

/// A packed ASCII word (no byte with its high bit set) in lower case, all
/// eight bytes at once: `to_ascii_lowercase` of each byte.
#[inline]
pub fn ascii_lower(packed: u64) -> u64 {
    // For a byte below 0x80, adding 0x3F sets its high bit exactly when it
    // is 'A' (0x41) or more, adding 0x25 exactly when it is past 'Z'
    // (0x5A); no sum carries into the next byte.
    let from_a = packed + 0x3F * LOW_BITS;
    let past_z = packed + 0x25 * LOW_BITS;
    let upper = from_a & !past_z & HIGH_BITS;
    // The high bit, moved to 0x20, the bit that makes a letter lower case.
    packed | (upper >> 2)
}

/// Values keyed by packed words. Open addressing, probed linearly from the
/// slot the key's hash picks; a quarter full at most, so that nearly every
/// lookup reads one slot. An empty slot holds the key 0, that of the empty
/// word, with the default value: the empty word reads as absent.
pub struct Table<V> {
    slots: Vec<(u64, V)>,
    /// How far the hash is shifted down: 64 less the bits of a slot index.
    shift: u32,
}

impl<V: Copy + Default> Table<V> {
    /// A table of `entries` (a key given twice keeps its last value).
    pub fn new(entries: &[(u64, V)]) -> Self {
        let size = (entries.len() * 4).next_power_of_two().max(2);
        let mut table = Table {
            slots: vec![(0, V::default()); size],
            shift: 64 - size.trailing_zeros(),
        };
        for &(key, value) in entries.iter().filter(|&&(key, _)| key != 0) {
            let i = table.slot(key);
            table.slots[i] = (key, value);
        }
        table
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    #[inline]
    fn slot(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        // Fibonacci hashing: the top bits of the key times 2^64 / φ.
        let mut i = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        while self.slots[i].0 != key && self.slots[i].0 != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    /// The value of `key`; the default when the table does not hold it.
    #[inline]
    pub fn get(&self, key: u64) -> V {
        self.slots[self.slot(key)].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::strings_of;

    #[test]
    fn packing_puts_each_byte_in_its_place() {
        let bytes = *b"abcdefghi";
        for n in 0..=8 {
            let mut buf = [0u8; 8];
            buf[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(pack(&bytes[..n]), Some(u64::from_le_bytes(buf)), "{n}");
        }
        assert_eq!(pack(&bytes), None);
    }

    #[test]
    fn packed_words_lower_as_their_bytes_do() {
        let pieces = [
            "@", "A", "Z", "[", "`", "a", "z", "{", "\0", "\u{7f}", "M", "9",
        ];
        for s in strings_of(&pieces, 4) {
            for word in [s.clone(), format!("{s}{s}")] {
                let bytes = word.as_bytes();
                if let Some(packed) = pack(bytes) {
                    let lower = pack(&bytes.to_ascii_lowercase());
                    assert_eq!(Some(ascii_lower(packed)), lower, "{word:?}");
                }
            }
        }
        let every: Vec<u8> = (0..0x80).collect();
        for bytes in every.chunks(8) {
            let lower: Vec<u8> = bytes.iter().map(u8::to_ascii_lowercase).collect();
            assert_eq!(pack(bytes).map(ascii_lower), pack(&lower));
        }
    }

    #[test]
    fn a_table_gives_what_it_holds_and_the_default_otherwise() {
        let mut words = strings_of(&["a", "b", "ab", "xyz"], 3);
        words.sort();
        words.dedup();
        let held: Vec<(u64, u32)> = words
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 != 0)
            .filter_map(|(i, w)| Some((pack(w.as_bytes())?, i as u32 + 1)))
            .collect();
        let table = Table::new(&held);
        for (i, w) in words.iter().enumerate() {
            let Some(key) = pack(w.as_bytes()) else {
                continue;
            };
            let want = held.iter().find(|&&(k, _)| k == key).map_or(0, |&(_, v)| v);
            assert_eq!(table.get(key), want, "{w:?} {i}");
        }
        assert_eq!(Table::<u8>::new(&[]).get(7), 0);
        assert_eq!(table.get(0), 0);
    }
}
