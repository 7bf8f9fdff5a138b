//! Whether a sentence may hold a figure at all, told from its bytes before
//! it is tokenized: most sentences hold none, and reading one costs far
//! more than looking for what every figure holds.
//!
//! Every figure holds one of these:
//! - an ASCII digit (every digit numeral starts with one), or "%" (the bare
//!   "the % of increase");
//! - a character beyond ASCII outside General Punctuation (a vulgar
//!   fraction, "％", the minus sign "−", and every word with letters
//!   beyond ASCII, which this sieve does not look into);
//! - a word of [`KEYS`]: a number word that carries a number
//!   ([`numbers::value_words`]: a phrase in words holds one, as "a" in "a
//!   dozen" leads one only before "dozen"), or a month written with a
//!   capital (every named date but "last year" or "this month" holds one;
//!   a month in lower case makes a date only beside a day in digits, as
//!   "may" and "march" are words too);
//! - "year" or "month" right after "last", "this" or "next" (the dates
//!   of [`super::dates`] that name no month).
//!
//! Everything else a reader looks for, currency codes and signs, percent
//! words, weekdays, "minus", qualifiers, stands beside a number. The
//! characters of General Punctuation (curly quotes, dashes: most of the
//! text beyond ASCII in news) and the no-break space are no number and in
//! no word.

use super::lexicon::{self, WordMap};
use super::numbers;
use crate::packed::{HIGH_BITS, LOW_BITS};
use crate::unicode::general_punctuation;
use std::sync::LazyLock;

/// What a word of [`KEYS`] needs to make a sentence worth reading.
#[derive(Clone, Copy, PartialEq)]
enum Key {
    /// Nothing: a number word.
    Number,
    /// A capital: a month.
    Month,
    /// One of [`OFFSETS`] before it: "year", "month".
    Period,
}

/// The words that make a sentence worth reading (see the module docs).
static KEYS: LazyLock<WordMap<Key>> = LazyLock::new(|| {
    let months = lexicon::MONTHS.iter().map(|(w, _)| (*w, Key::Month));
    numbers::value_words()
        .map(|w| (w, Key::Number))
        .chain(months)
        .chain([("year", Key::Period), ("month", Key::Period)])
        .map(|(w, key)| (w.to_string(), key))
        .collect()
});

/// The words before "year" or "month" that make a date of them ("past
/// year" is none).
const OFFSETS: [&str; 3] = ["last", "next", "this"];

/// The classes of bytes the sieve tells apart: what holds a figure
/// outright (an ASCII digit, "%"), an ASCII letter, the first byte of a
/// character beyond ASCII, and everything else.
const HIT: u8 = 1;
const LETTER: u8 = 2;
const WIDE: u8 = 3;

static CLASSES: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() || c == b'%' {
            HIT
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else if c >= 0x80 {
            WIDE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Whether the sentence `s`, whose ASCII lower case is `lower`, may hold a
/// figure: false is sure, true needs the reading.
pub fn may_hold_figure(s: &str, lower: &str) -> bool {
    let keys = &*KEYS;
    let bytes = lower.as_bytes();
    // The last word, for the words that count only after an offset; any
    // word before them will do, as the sieve may err only this way.
    let mut last: &[u8] = &[];
    let mut i = 0;
    while i < bytes.len() {
        match CLASSES[usize::from(bytes[i])] {
            LETTER => {
                // A run of ASCII letters is a word of the tokenizer, or
                // part of one with letters beyond ASCII, caught below.
                let start = i;
                i += letters_len(&bytes[i..]);
                let word = &bytes[start..i];
                // Most words fail the map's own pre-filter, asked of the
                // bytes: only those that pass are made a `str` to look up.
                let key = if keys.may_hold(word) {
                    lower.get(start..i).and_then(|w| keys.hashed(w))
                } else {
                    None
                };
                let worth = match key {
                    Some(Key::Number) => true,
                    Some(Key::Month) => s.as_bytes()[start].is_ascii_uppercase(),
                    Some(Key::Period) => OFFSETS.iter().any(|o| o.as_bytes() == last),
                    None => false,
                };
                if worth {
                    return true;
                }
                last = word;
                // Most words end at a space: step over it here.
                if bytes.get(i) == Some(&b' ') {
                    i += 1;
                }
            }
            HIT => return true,
            WIDE => match lower[i..].chars().next() {
                Some(c) if general_punctuation(c) || c == '\u{a0}' => i += c.len_utf8(),
                _ => return true,
            },
            _ => i += 1,
        }
    }
    false
}

/// The length of the run of ASCII lower-case letters that `bytes` starts
/// with, told eight bytes at a time: most words fit in one step, where
/// reading them byte by byte cost most of the sieve.
fn letters_len(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let w = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let low = w & !HIGH_BITS;
        // The high bit of each byte: set from "a" (0x61) on, and from the
        // byte after "z" (0x7b) on; no sum carries into the next byte.
        let from_a = (low + LOW_BITS * 0x1f) & HIGH_BITS;
        let past_z = (low + LOW_BITS * 0x05) & HIGH_BITS;
        let letters = from_a & !past_z & !(w & HIGH_BITS);
        let others = !letters & HIGH_BITS;
        if others != 0 {
            return n + others.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .take_while(|b| b.is_ascii_lowercase())
        .count()
}

#[cfg(test)]
mod tests {
    use super::super::in_sentence;
    use super::super::tokens::tokenize;
    use super::*;
    use crate::model::Date;

    /// The number of figures in `s`, read without the sieve.
    fn figures(s: &str) -> usize {
        let toks = tokenize(s);
        let (mut used, mut out) = (Vec::new(), Vec::new());
        in_sentence(&toks, Date::parse("2023-11-25"), &mut used, &mut out);
        out.len()
    }

    fn sieve(s: &str) -> bool {
        may_hold_figure(s, &s.to_ascii_lowercase())
    }

    /// [`letters_len`] counts what a byte-by-byte count does, on every
    /// short string of letters and the bytes around them, and on random
    /// bytes.
    #[test]
    fn letters_len_counts_lower_case_letters() {
        let by_bytes = |b: &[u8]| b.iter().take_while(|b| b.is_ascii_lowercase()).count();
        let pieces = [
            "a", "z", "q", "`", "{", "A", "Z", "@", "[", " ", "0", "\u{e9}", "\u{7f}",
        ];
        for s in crate::testing::strings_of(&pieces, 4) {
            let padded = format!("{s}abcdefghijklmnopqrstuvwxy{s}");
            for b in [s.as_bytes(), padded.as_bytes()] {
                assert_eq!(letters_len(b), by_bytes(b), "{s:?}");
            }
        }
        let mut random = crate::testing::Xorshift::new();
        for _ in 0..20_000 {
            let len = random.below(20);
            let b: Vec<u8> = (0..len)
                .map(|_| match random.below(4) {
                    0 => random.below(256) as u8,
                    _ => b'a' + random.below(26) as u8,
                })
                .collect();
            assert_eq!(letters_len(&b), by_bytes(&b), "{b:?}");
        }
    }

    /// A word in two of the lists would keep only its last part in
    /// [`KEYS`]: a number word taken for a month would need a capital.
    #[test]
    fn no_key_word_is_in_two_lists() {
        let months = lexicon::MONTHS.iter().map(|(w, _)| *w);
        let all: Vec<&str> = numbers::value_words()
            .chain(months)
            .chain(["year", "month"])
            .collect();
        assert_eq!(KEYS.keys().count(), all.len());
    }

    /// [`may_hold_figure`] before it asked the map's pre-filter of a word's
    /// bytes: the reference for it.
    fn old_may_hold_figure(s: &str, lower: &str) -> bool {
        let keys = &*KEYS;
        let bytes = lower.as_bytes();
        let mut last = "";
        let mut i = 0;
        while i < bytes.len() {
            match CLASSES[usize::from(bytes[i])] {
                LETTER => {
                    let start = i;
                    i += letters_len(&bytes[i..]);
                    let word = &lower[start..i];
                    let worth = match keys.get(word) {
                        Some(Key::Number) => true,
                        Some(Key::Month) => s.as_bytes()[start].is_ascii_uppercase(),
                        Some(Key::Period) => OFFSETS.contains(&last),
                        None => false,
                    };
                    if worth {
                        return true;
                    }
                    last = word;
                    if bytes.get(i) == Some(&b' ') {
                        i += 1;
                    }
                }
                HIT => return true,
                WIDE => match lower[i..].chars().next() {
                    Some(c) if general_punctuation(c) || c == '\u{a0}' => i += c.len_utf8(),
                    _ => return true,
                },
                _ => i += 1,
            }
        }
        false
    }

    #[test]
    fn the_sieve_tells_what_the_old_sieve_told() {
        let pieces = [
            " ", "a", "one", "One", "ten", "dozen", "May", "may", "march", "March", "last", "this",
            "next", "past", "year", "month", "years", "yea", "on", "oe", "lastyear", "x", "3", "%",
            ",", "-", "\u{a0}", "\u{2019}", "\u{e9}", "\u{212a}",
        ];
        let all = crate::testing::strings_of_two_and_random(&pieces, 20_000, 2, 7);
        let mut passed = 0;
        for s in &all {
            let told = sieve(s);
            assert_eq!(
                told,
                old_may_hold_figure(s, &s.to_ascii_lowercase()),
                "{s:?}"
            );
            passed += usize::from(told);
        }
        assert!(passed > all.len() / 10 && passed < all.len(), "{passed}");
    }

    #[test]
    fn plain_sentences_are_sieved_out() {
        assert!(!sieve(""));
        assert!(!sieve("The cat sat on the mat, and a dog barked."));
        assert!(!sieve("“He said — again — that it’s over,” she said."));
        assert!(!sieve(
            "Last week a percent of US dollars moved minus costs."
        ));
        assert!(!sieve("In the past year,\u{a0}a month went by."));
        assert!(!sieve("They may march on."));
        for s in [
            "It cost 5 dollars.",
            "the % of increase",
            "three people",
            "a Dozen eggs",
            "In March, it rained.",
            "on may 5",
            "last year",
            "this month",
            "Next\u{a0}year",
            "½ of it",
            "café",
            "−",
        ] {
            assert!(sieve(s), "{s}");
            assert!(s == "café" || s == "−" || figures(s) > 0, "{s}");
        }
    }

    /// The sieve lets through every sentence that holds a figure, over
    /// sentences of the words and signs the readers look for.
    #[test]
    fn every_sentence_with_a_figure_passes() {
        let pieces = [
            " ", "a", "an", "and", "a dozen", " a third", "the", "of", "one", "two", "first",
            "third", "half", "dozen", "hundred", "million", "bn", "m", "k", "th", "s", "percent",
            "per", "cent", "pct", "basis", "points", "usd", "US", "$", "£", "€", "%", "％", "-",
            "−", "–", "’", "'", ".", ",", "/", "(", "3", "1,000", "2017", "½", "July", "May",
            "Friday", "march", "jul", "last", "this", "next", "past", "this ", "next ", "past ",
            "year", "month", "minus", "about", "since", "between", "to", "miles", "years",
            "people", "No", "Boeing", "www", ":", "@", "é", "İ", "\u{212a}", "\u{a0}",
        ];
        let all = crate::testing::strings_of_two_and_random(&pieces, 20_000, 2, 7);
        let mut sieved = 0;
        for s in &all {
            if !sieve(s) {
                sieved += 1;
                assert_eq!(figures(s), 0, "{s:?}");
            }
        }
        assert!(sieved > all.len() / 10, "{sieved} of {}", all.len());
    }
}
