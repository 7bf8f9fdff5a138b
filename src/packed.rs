//! Short words as numbers: a word of up to eight bytes packed into a `u64`
//! ([`pack`]), one of nine to sixteen into a `u128` ([`pack16`]), lower-cased
//! eight or sixteen bytes at once ([`ascii_lower`], [`ascii_lower16`]), and
//! looked up in a [`Table`] keyed by it.
//!
//! The claims and entities stages look every token up in their word lists,
//! and nearly every token is short and ASCII. Packed, the lookup is a
//! multiplication and a comparison or two, where a general hash map hashes
//! and compares a string. Longer words, and words a byte-wise lowering would
//! get wrong, stay with the callers' maps keyed by strings.

/// The high bit of each byte of a packed word: none is set when the word is
/// ASCII.
pub const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// [`HIGH_BITS`] in both halves of a [`pack16`] number.
pub const HIGH_BITS16: u128 = HIGH_BITS as u128 * (1 | 1 << 64);

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

/// The words of nine to sixteen bytes as numbers: the first eight bytes
/// packed low, the rest ([`pack`]) high. Two words share a number only when
/// one is the other with NUL bytes after it, as with [`pack`].
#[inline]
pub fn pack16(word: &[u8]) -> Option<u128> {
    if !(9..=16).contains(&word.len()) {
        return None;
    }
    let (head, rest) = word.split_at(8);
    Some(u128::from(pack(head)?) | u128::from(pack(rest)?) << 64)
}

/// [`ascii_lower`] of both halves of a [`pack16`] number.
#[inline]
pub fn ascii_lower16(packed: u128) -> u128 {
    let low = ascii_lower(packed as u64);
    let high = ascii_lower((packed >> 64) as u64);
    u128::from(low) | u128::from(high) << 64
}

/// A packed word as a [`Table`] keys it: 0 is the empty word.
pub trait Key: Copy + Eq + Default {
    /// Sixty-four bits to hash.
    fn fold(self) -> u64;
}

impl Key for u64 {
    #[inline]
    fn fold(self) -> u64 {
        self
    }
}

impl Key for u128 {
    #[inline]
    fn fold(self) -> u64 {
        (self as u64) ^ (self >> 64) as u64
    }
}

/// Values keyed by packed words ([`pack`], or [`pack16`] for a `u128` key).
/// Open addressing, probed linearly from the slot the key's hash picks; a
/// quarter full at most, so that nearly every lookup reads one slot. An
/// empty slot holds the key 0, that of the empty word, with the default
/// value: the empty word reads as absent.
pub struct Table<V, K = u64> {
    slots: Vec<(K, V)>,
    /// How far the hash is shifted down: 64 less the bits of a slot index.
    shift: u32,
}

impl<V: Copy + Default, K: Key> Table<V, K> {
    /// A table of `entries` (a key given twice keeps its last value).
    pub fn new(entries: &[(K, V)]) -> Self {
        let size = (entries.len() * 4).next_power_of_two().max(2);
        let mut table = Table {
            slots: vec![(K::default(), V::default()); size],
            shift: 64 - size.trailing_zeros(),
        };
        for &(key, value) in entries.iter().filter(|&&(key, _)| key != K::default()) {
            let i = table.slot(key);
            table.slots[i] = (key, value);
        }
        table
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    #[inline]
    fn slot(&self, key: K) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        while self.slots[i].0 != key && self.slots[i].0 != K::default() {
            i = (i + 1) & mask;
        }
        i
    }

    /// The slot the probe for `key` starts from. Fibonacci hashing: the top
    /// bits of the key times 2^64 / φ.
    #[inline]
    fn home(&self, key: K) -> usize {
        (key.fold().wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The value of `key`; the default when the table does not hold it.
    /// The probe of [`Table::slot`], giving the value of the slot it stops
    /// at as it reads it (one bounds check a slot, none after).
    #[inline]
    pub fn get(&self, key: K) -> V {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let (k, v) = self.slots[i];
            if k == key || k == K::default() {
                return v;
            }
            i = (i + 1) & mask;
        }
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
    fn packing_sixteen_puts_each_byte_in_its_place() {
        let bytes = *b"abcdefghijklmnopq";
        for n in 0..=17 {
            let mut buf = [0u8; 16];
            let word = &bytes[..n];
            let want = (9..=16).contains(&n).then(|| {
                buf[..n].copy_from_slice(word);
                u128::from_le_bytes(buf)
            });
            assert_eq!(pack16(word), want, "{n}");
        }
        let pieces = ["A", "z", "[", "@", "\u{7f}", "Mm", "Q9", "`{"];
        for s in strings_of(&pieces, 6) {
            if let Some(packed) = pack16(s.as_bytes()) {
                let lower = pack16(&s.as_bytes().to_ascii_lowercase());
                assert_eq!(Some(ascii_lower16(packed)), lower, "{s:?}");
                assert_eq!(packed & HIGH_BITS16, 0);
            }
        }
        assert_ne!(pack16("abcdefghé".as_bytes()).unwrap_or(0) & HIGH_BITS16, 0);
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
        // Many keys picked at random, so that probes run past their home
        // slot: `get` reads the slot `slot` finds.
        let mut random = crate::testing::Xorshift::new();
        let keys: Vec<u64> = (0..6000)
            .map(|_| random.below(1 << 40) as u64 + 1)
            .collect();
        let many: Vec<(u64, u32)> = keys
            .iter()
            .step_by(2)
            .zip(1..)
            .map(|(&k, v)| (k, v))
            .collect();
        let many_table = Table::new(&many);
        let probed = many
            .iter()
            .filter(|&&(k, _)| many_table.slot(k) != many_table.home(k));
        assert!(probed.count() > 10);
        for &k in &keys {
            let want = many
                .iter()
                .rev()
                .find(|&&(key, _)| key == k)
                .map_or(0, |&(_, v)| v);
            assert_eq!(many_table.get(k), want, "{k}");
            assert_eq!(
                many_table.get(k),
                many_table.slots[many_table.slot(k)].1,
                "{k}"
            );
        }
        let long: Vec<(u128, u32)> = held
            .iter()
            .map(|&(k, v)| (u128::from(k) << 64 | 1, v))
            .collect();
        let long_table = Table::new(&long);
        for &(k, v) in &long {
            assert_eq!(long_table.get(k), v);
            assert_eq!(long_table.get(k ^ 1), 0);
        }
        assert_eq!(table.get(0), 0);
    }
}
