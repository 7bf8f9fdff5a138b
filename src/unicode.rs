//! Unicode character classes exactly as the `regex` crate reads them
//! (`\p{L}`, `\p{Lu}`, `\p{M}`, `\p{N}`, `\d`, `\w`), for the hand-written
//! scanners that replace regexes on hot paths; [`char_at`], the character
//! at a byte offset, read without decoding ASCII; and
//! [`general_punctuation`], the block that holds most of the characters
//! beyond ASCII in news text, none of them a letter, with
//! [`is_alphanumeric`], which answers it without Unicode's tables.
//!
//! A scanner that stands in for a pattern must match what the pattern
//! matched, character for character. The standard library's `char`
//! predicates are close but not the same (`is_alphabetic` is the Alphabetic
//! property, not the Letter category; `is_uppercase` adds Other_Uppercase),
//! and they follow the compiler's Unicode version rather than the regex
//! crate's. So the tables come from `regex-syntax`, the regex crate's own
//! parser: each class is parsed once into its sorted ranges. ASCII, nearly
//! all of English news, is answered from a bitmap.

use regex_syntax::hir::{Class, HirKind};
use std::sync::LazyLock;

/// A set of characters: a bitmap for ASCII and sorted ranges for the rest.
pub struct CharClass {
    ascii: u128,
    ranges: Vec<(char, char)>,
}

impl CharClass {
    /// The class of a one-class pattern such as `\p{L}` or `[\p{L}\p{N}]`.
    ///
    /// Panics when `pattern` is not a Unicode class: the patterns are
    /// constants of this crate.
    fn parse(pattern: &str) -> CharClass {
        let hir = regex_syntax::Parser::new()
            .parse(pattern)
            .expect("class pattern");
        let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
            panic!("{pattern} is not a Unicode class");
        };
        let ranges: Vec<(char, char)> = class.iter().map(|r| (r.start(), r.end())).collect();
        let mut ascii = 0u128;
        for &(a, b) in &ranges {
            for c in (a as u32)..=(b as u32).min(127) {
                ascii |= 1 << c;
            }
        }
        CharClass { ascii, ranges }
    }

    pub fn contains(&self, c: char) -> bool {
        let n = c as u32;
        if n < 128 {
            return self.ascii >> n & 1 == 1;
        }
        self.ranges
            .binary_search_by(|&(a, b)| {
                if b < c {
                    std::cmp::Ordering::Less
                } else if a > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
    }
}

/// `\p{L}`: letters.
pub static LETTER: LazyLock<CharClass> = LazyLock::new(|| CharClass::parse(r"\p{L}"));
/// `\p{Lu}`: upper-case letters.
pub static UPPER: LazyLock<CharClass> = LazyLock::new(|| CharClass::parse(r"\p{Lu}"));
/// `\p{Ll}`: lower-case letters.
pub static LOWER: LazyLock<CharClass> = LazyLock::new(|| CharClass::parse(r"\p{Ll}"));
/// `\p{M}`: combining marks.
pub static MARK: LazyLock<CharClass> = LazyLock::new(|| CharClass::parse(r"\p{M}"));
/// `\p{N}`: numbers of every kind.
pub static NUMBER: LazyLock<CharClass> = LazyLock::new(|| CharClass::parse(r"\p{N}"));
/// `\d`: decimal digits of every script.
pub static DIGIT: LazyLock<CharClass> = LazyLock::new(|| CharClass::parse(r"\d"));
/// `\w`: word characters.
pub static WORD: LazyLock<CharClass> = LazyLock::new(|| CharClass::parse(r"\w"));
/// `\s`: white space.
pub static SPACE: LazyLock<CharClass> = LazyLock::new(|| CharClass::parse(r"\s"));

/// The character at byte `i` of `text` (a character boundary), read
/// without decoding when it is ASCII, as most are; `None` at the end.
pub fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// Whether `c` is in the block of General Punctuation (U+2000 to U+206F:
/// spaces, dashes, quotation marks), where most characters beyond ASCII in
/// news text are. None of them is a letter or a number, or has a case (a
/// test checks them all), so a scanner that meets one needs no look-up in
/// Unicode's tables.
pub fn general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206f}').contains(&c)
}

/// [`char::is_alphanumeric`], answering the General Punctuation block
/// (curly quotation marks and apostrophes, dashes, wide spaces), which
/// holds no letter or digit, before the table search the standard
/// predicate makes for any character outside ASCII: news text is full of
/// those marks. A test holds the two equal.
pub fn is_alphanumeric(c: char) -> bool {
    !general_punctuation(c) && c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn general_punctuation_has_no_letters_numbers_or_case() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(general_punctuation(c));
            assert!(!c.is_alphanumeric(), "{c:?}");
            assert!(!c.is_uppercase() && !c.is_lowercase(), "{c:?}");
            assert_eq!(c.to_lowercase().to_string(), c.to_string(), "{c:?}");
        }
        assert!(!general_punctuation('\u{1fff}') && !general_punctuation('\u{2070}'));
    }

    /// Every class answers as the regex crate does, for every character.
    #[test]
    fn classes_agree_with_the_regex_crate() {
        let classes: [(&str, &CharClass); 8] = [
            (r"\p{L}", &LETTER),
            (r"\p{Lu}", &UPPER),
            (r"\p{Ll}", &LOWER),
            (r"\p{M}", &MARK),
            (r"\p{N}", &NUMBER),
            (r"\d", &DIGIT),
            (r"\w", &WORD),
            (r"\s", &SPACE),
        ];
        for (pattern, class) in classes {
            let re = Regex::new(&format!("^{pattern}$")).expect("pattern");
            let mut buf = [0u8; 4];
            for c in (0..=0x10ffff).filter_map(char::from_u32) {
                assert_eq!(
                    class.contains(c),
                    re.is_match(c.encode_utf8(&mut buf)),
                    "{pattern} {c:?}"
                );
            }
        }
    }

    #[test]
    fn alphanumeric_is_the_standard_predicate() {
        for c in (0..=0x2FFF)
            .chain(0x1_0000..0x1_0400)
            .filter_map(char::from_u32)
        {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
