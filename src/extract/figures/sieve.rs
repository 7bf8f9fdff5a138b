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
//!   dozen" leads one only before "dozen"), a month (every named date but
//!   "last year" or "this month" holds one), or "year" and "month" (those).
//!
//! Everything else a reader looks for, currency codes and signs, percent
//! words, weekdays, "minus", "last", qualifiers, stands beside a number. The
//! characters of General Punctuation (curly quotes, dashes: most of the
//! text beyond ASCII in news) are no number and in no word.

use super::lexicon::{self, WordMap};
use super::numbers;
use super::tokens::general_punctuation;
use std::sync::LazyLock;

/// The words that make a sentence worth reading (see the module docs).
static KEYS: LazyLock<WordMap<()>> = LazyLock::new(|| {
    let months = lexicon::MONTHS.iter().map(|(w, _)| *w);
    numbers::value_words()
        .chain(months)
        .chain(["year", "month"])
        .map(|w| (w.to_string(), ()))
        .collect()
});

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

/// Whether the sentence whose ASCII lower case is `lower` may hold a
/// figure: false is sure, true needs the reading.
pub fn may_hold_figure(lower: &str) -> bool {
    let keys = &*KEYS;
    let bytes = lower.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match CLASSES[usize::from(bytes[i])] {
            LETTER => {
                // A run of ASCII letters is a word of the tokenizer, or
                // part of one with letters beyond ASCII, caught below.
                let start = i;
                i += 1;
                while i < bytes.len() && CLASSES[usize::from(bytes[i])] == LETTER {
                    i += 1;
                }
                if keys.contains_key(&lower[start..i]) {
                    return true;
                }
            }
            HIT => return true,
            WIDE => match lower[i..].chars().next() {
                Some(c) if general_punctuation(c) => i += c.len_utf8(),
                _ => return true,
            },
            _ => i += 1,
        }
    }
    false
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
        may_hold_figure(&s.to_ascii_lowercase())
    }

    #[test]
    fn plain_sentences_are_sieved_out() {
        assert!(!sieve(""));
        assert!(!sieve("The cat sat on the mat, and a dog barked."));
        assert!(!sieve("“He said — again — that it’s over,” she said."));
        assert!(!sieve(
            "Last week a percent of US dollars moved minus costs."
        ));
        for s in [
            "It cost 5 dollars.",
            "the % of increase",
            "three people",
            "a Dozen eggs",
            "In March, it rained.",
            "last year",
            "this month",
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
            "Friday", "last", "this", "next", "past", "year", "month", "minus", "about", "since",
            "between", "to", "miles", "years", "people", "No", "Boeing", "www", ":", "@", "é", "İ",
            "\u{212a}", "\u{a0}",
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
