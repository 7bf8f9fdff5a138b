//! Splits a sentence into the tokens the figure grammar reads: numerals
//! written in digits, words, and single symbols, each with its byte range.
//!
//! Digit numerals are read here, in full, because their separators are
//! ambiguous and need the characters around them: "1,234" (a thousands
//! comma), "5,00" (a decimal comma), "1.111,11" (European), "12,34,567"
//! (Indian), "40 000" (spaced groups), "1, 234" (three numbers), "192.168.1.2"
//! (four numbers, not a decimal). Stretches that contain digits but are not
//! figures (web addresses, clock times, telephone numbers) are masked: a
//! sentence is read again with its masks when the first reading saw where
//! one may start.

use super::numerals;
use crate::unicode::general_punctuation;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// What a token is.
#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    /// A numeral in digits; see [`Numeral`].
    Num(Numeral),
    /// A run of letters. "A320" is a word and an attached numeral; the
    /// grammar reads such codes as no figure.
    Word,
    /// Any other single character.
    Sym(char),
    /// A masked stretch (an address, a clock time): never part of a figure.
    Masked,
}

/// A numeral written in digits.
#[derive(Clone, Debug, PartialEq)]
pub struct Numeral {
    pub value: f64,
    /// Only ASCII digits, no separator, sign or decimal point ("2018").
    pub plain: bool,
    /// Number of digits before any decimal point.
    pub int_digits: usize,
    /// Written as a fraction ("3/4") or vulgar fraction ("½").
    pub fraction: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token<'a> {
    /// Byte range within the sentence.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The token lower-cased (empty for numerals): borrowed from the
    /// sentence when it is lower case already, as most words are, or from
    /// its lower-case copy; owned only beyond ASCII.
    pub lower: Cow<'a, str>,
    /// Whether white space separates it from the previous token.
    pub gap: bool,
    /// Whether it starts with a capital letter.
    pub capital: bool,
    /// Whether all its letters are capitals ("MB", "USD").
    pub upper: bool,
    /// Whether any of its letters is a capital ("iPhone").
    pub cased: bool,
}

impl Token<'_> {
    pub fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.lower == w
    }

    pub fn is_sym(&self, c: char) -> bool {
        self.kind == Kind::Sym(c)
    }

    pub fn num(&self) -> Option<&Numeral> {
        match &self.kind {
            Kind::Num(n) => Some(n),
            _ => None,
        }
    }
}

/// The pattern of [`MASKS`].
const MASK_PATTERN: &str = concat!(
    // Web and mail addresses.
    r"(?i)\b(?:https?://|www\.)\S+|\S+@\S+\.\w+",
    // Clock times: "3:30", "2:00 pm", "6pm", "11 p.m.".
    r"|\b\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}\s?[ap]\.?m\b\.?",
    // Telephone numbers: "+1-222-2222", "(555) 123-4567", "555-123-4567".
    r"|\+\d{1,3}(?:[\-\s/]\d{2,5}){2,}|\(\d{2,4}\)\s?\d{3,4}-\d{3,4}",
    r"|\b\d{3}-\d{3}-\d{4}\b",
);

/// Stretches that look numeric but are not figures. Not run as such: see
/// [`masks`]; the tests hold [`ASCII_MASKS`] to it.
#[cfg(test)]
static MASKS: LazyLock<Regex> = LazyLock::new(|| Regex::new(MASK_PATTERN).expect("static regex"));

/// [`MASKS`] for ASCII text, on which its classes (`\b`, `\d`, `\s`, `\S`,
/// `\w`, and the letters that match in either case) match just what their
/// ASCII forms match. Built from those (over bytes, as ASCII `\S` takes any
/// byte beyond ASCII too), it is built in some 0.8 M instructions (13 M).
static ASCII_MASKS: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(&format!("(?-u){MASK_PATTERN}")).expect("static regex")
});

/// The stretches of `s` that [`MASKS`] takes, as byte ranges: those that
/// [`ASCII_MASKS`] takes in `s`, or, when `s` goes beyond ASCII, in its
/// [`ascii_stand_in`] (building `MASKS` itself, with its Unicode classes,
/// cost some 13 M instructions, a twentieth of all the tokenizing of the
/// bench corpus).
fn masks(s: &str) -> Vec<(usize, usize)> {
    if s.is_ascii() {
        let found = ASCII_MASKS.find_iter(s.as_bytes());
        found.map(|m| (m.start(), m.end())).collect()
    } else {
        let (text, at) = ascii_stand_in(s);
        let found = ASCII_MASKS.find_iter(text.as_bytes());
        found.map(|m| (at[m.start()], at[m.end()])).collect()
    }
}

/// `s` with each character beyond ASCII replaced by one ASCII character
/// that [`MASK_PATTERN`] cannot tell from it, with the offset in `s` of
/// each byte of that text (and of its end). The pattern asks of a character
/// beyond ASCII only whether it is white space (`\s`), a digit (`\d`), a
/// word character (`\w`, which holds the digits, and around which `\b`
/// is), or a letter it names, in either case: "ſ" is "s" and "K" (the
/// Kelvin sign) is "k" (a test checks that no other character beyond ASCII
/// is any letter in either case). So white space stands for " ", a digit
/// for "0", those two letters for their ASCII letters, any other word
/// character for "x" and anything else for "!" (which the pattern names
/// nowhere either).
fn ascii_stand_in(s: &str) -> (String, Vec<usize>) {
    use crate::unicode::{DIGIT, SPACE, WORD};
    let mut text = String::with_capacity(s.len());
    let mut at = Vec::with_capacity(s.len() + 1);
    for (i, c) in s.char_indices() {
        text.push(match c {
            _ if c.is_ascii() => c,
            '\u{17f}' => 's',
            '\u{212a}' => 'k',
            _ if SPACE.contains(c) => ' ',
            _ if DIGIT.contains(c) => '0',
            _ if WORD.contains(c) => 'x',
            _ => '!',
        });
        at.push(i);
    }
    at.push(s.len());
    (text, at)
}

/// Whether a match of [`MASKS`] may take position `i` of `s`, a byte of
/// [`MASK_TRIGGERS`]: whether `s` holds there what every match holds:
/// "://" or "www."; an "@" after a non-space and before a point; a "+"
/// before a digit; "(", two to four digits, ")" and a digit (perhaps after
/// a space); or a digit before ":" and two digits, before "-", three digits
/// and "-", or before "am" or "pm" (perhaps spaced or dotted). A digit
/// beyond ASCII is any numeric character (`\d` is narrower). Every match
/// holds one of these, and nearly every sentence none, so the tokenizer
/// asks this as it reads and searches for masks ([`masks`]) only where it
/// holds: the search is far slower than this check.
fn may_mask_at(s: &str, i: usize) -> bool {
    let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
        return false;
    };
    let rest = &s[i + c.len_utf8()..];
    match c {
        '@' => {
            let after_word = s[..i]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_whitespace());
            after_word && rest.contains('.')
        }
        ':' => rest.starts_with("//"),
        'w' | 'W' => rest.get(..3).is_some_and(|r| r.eq_ignore_ascii_case("ww.")),
        '+' => rest.chars().next().is_some_and(is_digit_like),
        '(' => (2..=4).any(|n| {
            digits(rest, n)
                .and_then(|r| r.strip_prefix(')'))
                .map(|r| r.strip_prefix(char::is_whitespace).unwrap_or(r))
                .is_some_and(|r| r.starts_with(is_digit_like))
        }),
        c if is_digit_like(c) => {
            let mut after = rest.chars();
            match after.next() {
                Some(':') => digits(after.as_str(), 2).is_some(),
                Some('-') => digits(after.as_str(), 3).is_some_and(|r| r.starts_with('-')),
                Some(w) if w.is_whitespace() => am_pm(after.as_str()),
                Some(_) => am_pm(rest),
                None => false,
            }
        }
        _ => false,
    }
}

/// Whether [`may_mask_at`] holds at some byte of `s` from `from` to `to`.
fn may_mask_within(s: &str, from: usize, to: usize) -> bool {
    let bytes = s.as_bytes();
    (from..to).any(|i| MASK_TRIGGERS[usize::from(bytes[i])] && may_mask_at(s, i))
}

/// `s` after `n` digits (as [`may_mask_at`] takes them) at its start, if it
/// starts so.
fn digits(s: &str, n: usize) -> Option<&str> {
    let mut chars = s.chars();
    for _ in 0..n {
        chars.next().filter(|&c| is_digit_like(c))?;
    }
    Some(chars.as_str())
}

/// Whether `s` starts with "am" or "pm", in any case, perhaps "a.m".
fn am_pm(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['a', 'A', 'p', 'P']) else {
        return false;
    };
    rest.strip_prefix('.')
        .unwrap_or(rest)
        .starts_with(['m', 'M'])
}

/// The bytes [`may_mask_at`] looks at: those that open what it looks for, and
/// the first bytes of characters beyond ASCII.
static MASK_TRIGGERS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = b >= 0xC0
            || matches!(
                b as u8,
                b'@' | b':' | b'w' | b'W' | b'+' | b'(' | b'0'..=b'9'
            );
        b += 1;
    }
    t
};

/// A digit for [`may_mask_at`]: ASCII, or numeric beyond it.
fn is_digit_like(c: char) -> bool {
    c.is_ascii_digit() || !c.is_ascii() && !general_punctuation(c) && c.is_numeric()
}

/// `c.is_alphabetic()`, told without Unicode's tables for ASCII, Latin-1
/// (where all but "×" and "÷" are letters) and [`general_punctuation`].
fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{c0}'..='\u{ff}' => c != '\u{d7}' && c != '\u{f7}',
        _ if c.is_ascii() || general_punctuation(c) => false,
        _ => c.is_alphabetic(),
    }
}

/// Digit numerals, tried in this order at a position; the first that matches
/// and is not followed by a digit wins.
const NUMERALS: [(numerals::Matcher, Sep); 7] = [
    (numerals::european, Sep::European),
    (numerals::indian, Sep::Comma),
    (numerals::comma, Sep::Comma),
    (numerals::spaced, Sep::Space),
    (numerals::decimal_comma, Sep::DecimalComma),
    (numerals::dotted, Sep::Dotted),
    (numerals::plain, Sep::Plain),
];

/// Exponents written after a numeral: "1e10", "1.1^23", "1.3x10^6".
static EXPONENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[eE]([+-]?\d+)|\^([+-]*)(\d+(?:\.\d+)?)|x10\^([+-]?\d+))").expect("static")
});

#[derive(Clone, Copy, PartialEq)]
enum Sep {
    European,
    Comma,
    Space,
    DecimalComma,
    Dotted,
    Plain,
}

/// The tokens of `s` (a literal; tests), with a lower-case copy made for
/// the purpose and kept for the rest of the run.
#[cfg(test)]
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let lower: &'static str = Box::leak(s.to_ascii_lowercase().into_boxed_str());
    let mut out = Vec::new();
    tokenize_into(s, lower, &mut out);
    out
}

/// What the tokenizer's ASCII fast paths need to know of a byte: whether
/// it is an upper-case or a lower-case ASCII letter, or an ASCII blank
/// (white space or a control character: the bytes up to the space, and
/// DEL). Other bytes, and every byte beyond ASCII, have no class here and
/// are read as characters.
static CLASSES: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c <= b' ' || c == 0x7f {
            BLANK
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The classes of [`CLASSES`].
const UPPER: u8 = 1;
const LOWER: u8 = 2;
const LETTER: u8 = UPPER | LOWER;
const BLANK: u8 = 4;

/// Replaces the contents of `out` with the tokens of `s`. `lower` is `s` in
/// ASCII lower case (`s.to_ascii_lowercase()`, byte for byte the same
/// length): words in ASCII borrow their lower case from it rather than
/// allocating it, as most capitalised words would.
///
/// A sentence is read once as if it had no masks, noting on the way
/// whether a mask may take some position ([`may_mask_at`]); nearly none
/// may, and only those are searched for masks, and read again if any is
/// found.
pub fn tokenize_into<'a>(s: &'a str, lower: &'a str, out: &mut Vec<Token<'a>>) {
    debug_assert_eq!(s.len(), lower.len());
    if read(s, lower, &[], out) {
        let masks = masks(s);
        if !masks.is_empty() {
            read(s, lower, &masks, out);
        }
    }
}

/// Replaces the contents of `out` with the tokens of `s`, the stretches of
/// `masks` (byte ranges) masked. Returns whether [`may_mask_at`] holds at
/// some position of `s`, when `masks` is empty (else false).
///
/// ASCII blanks and runs of ASCII letters, most of any text, are told by
/// one table lookup a byte ([`CLASSES`]); everything else is read as
/// characters.
fn read<'a>(
    s: &'a str,
    lower: &'a str,
    masks: &[(usize, usize)],
    out: &mut Vec<Token<'a>>,
) -> bool {
    out.clear();
    let mut may_mask = false;
    let mut i = 0;
    let mut gap = true;
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if !masks.is_empty()
            && let Some(&(_, end)) = masks.iter().find(|(a, b)| *a <= i && i < *b)
        {
            out.push(token(s, lower, i, end, Kind::Masked, gap));
            i = end;
            gap = false;
            continue;
        }
        let class = CLASSES[usize::from(b)];
        if class & BLANK != 0 {
            gap = true;
            i += 1;
            continue;
        }
        if class & LETTER != 0 {
            // ASCII letters: one pass finds the end and the casing.
            let (mut j, mut seen) = (i + 1, class);
            while let Some(&x) = bytes.get(j) {
                let c = CLASSES[usize::from(x)];
                if c & LETTER == 0 {
                    break;
                }
                seen |= c;
                j += 1;
            }
            // Else the word may go on in letters beyond ASCII: read below.
            if bytes.get(j).is_none_or(u8::is_ascii) {
                let capital = class == UPPER;
                out.push(Token {
                    start: i,
                    end: j,
                    kind: Kind::Word,
                    // The same text as `s[i..j]` when that has no capital.
                    lower: Cow::Borrowed(lower.get(i..j).unwrap_or("")),
                    gap,
                    capital,
                    upper: capital && seen & LOWER == 0,
                    cased: seen & UPPER != 0,
                });
                // Of the letters, only a "w" may take a mask: the first of
                // "www." (this run ending in "www" before a point).
                may_mask = may_mask
                    || bytes.get(j) == Some(&b'.')
                        && j - i >= 3
                        && bytes[j - 3..j].eq_ignore_ascii_case(b"www");
                i = j;
                gap = false;
                continue;
            }
        }
        let from = i;
        let c = if b.is_ascii() {
            b as char
        } else {
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            if c.is_whitespace() || c.is_control() {
                gap = true;
                i += c.len_utf8();
                may_mask = may_mask || masks.is_empty() && may_mask_within(s, from, i);
                continue;
            }
            c
        };
        // An ASCII byte ends only an ASCII character.
        let prev_digit = i > 0 && s.as_bytes()[i - 1].is_ascii_digit();
        let starts_numeral =
            c.is_ascii_digit() || (c == '.' && !prev_digit && next_is_digit(s, i + 1));
        if starts_numeral {
            let (end, numeral) = numeral(s, i);
            // Digits joined by slashes that are no fraction ("9/11",
            // "24/7", "12/25/2020") name a day or an event, not a figure.
            let slashed = slashed_end(s, end);
            if slashed > end && numerals::day_month_year(&s[i..slashed]) {
                // Three plain numbers and two slashes, for the date finder.
                let mut j = i;
                for (n, part) in s[i..slashed].split('/').enumerate() {
                    if n > 0 {
                        out.push(token(s, lower, j, j + 1, Kind::Sym('/'), false));
                        j += 1;
                    }
                    let plain = Numeral {
                        value: part.parse().unwrap_or(0.0),
                        plain: true,
                        int_digits: part.len(),
                        fraction: false,
                    };
                    out.push(token(
                        s,
                        lower,
                        j,
                        j + part.len(),
                        Kind::Num(plain),
                        n == 0 && gap,
                    ));
                    j += part.len();
                }
                i = slashed;
            } else if !numeral.fraction && slashed > end {
                out.push(token(s, lower, i, slashed, Kind::Masked, gap));
                i = slashed;
            } else {
                out.push(token(s, lower, i, end, Kind::Num(numeral), gap));
                i = end;
            }
        } else if general_punctuation(c) {
            // No case to read or change.
            let end = i + c.len_utf8();
            out.push(Token {
                start: i,
                end,
                kind: Kind::Sym(c),
                lower: Cow::Borrowed(&s[i..end]),
                gap,
                capital: false,
                upper: false,
                cased: false,
            });
            i = end;
        } else if let Some(v) = vulgar(c) {
            let n = Numeral {
                value: v.1,
                plain: false,
                int_digits: 0,
                fraction: true,
            };
            out.push(token(s, lower, i, i + c.len_utf8(), Kind::Num(n), gap));
            i += c.len_utf8();
        } else if is_letter(c) {
            let end = letters_end(s, i);
            out.push(token(s, lower, i, end, Kind::Word, gap));
            i = end;
        } else if b.is_ascii() {
            // Neither a letter nor a digit: no case to read or change.
            out.push(Token {
                start: i,
                end: i + 1,
                kind: Kind::Sym(c),
                lower: Cow::Borrowed(&s[i..i + 1]),
                gap,
                capital: false,
                upper: false,
                cased: false,
            });
            i += 1;
        } else {
            out.push(token(s, lower, i, i + c.len_utf8(), Kind::Sym(c), gap));
            i += c.len_utf8();
        }
        may_mask = may_mask || masks.is_empty() && may_mask_within(s, from, i);
        gap = false;
    }
    may_mask
}

/// The value of a vulgar fraction ("½"); all of them are beyond ASCII.
fn vulgar(c: char) -> Option<&'static (char, f64)> {
    if c.is_ascii() {
        return None;
    }
    super::lexicon::VULGAR.iter().find(|(v, _)| *v == c)
}

fn token<'a>(
    s: &'a str,
    lower: &'a str,
    start: usize,
    end: usize,
    kind: Kind,
    gap: bool,
) -> Token<'a> {
    let text = &s[start..end];
    let ascii = text.is_ascii();
    let (capital, cased, lowered) = if ascii {
        let bytes = text.as_bytes();
        let (mut up, mut lo) = (false, false);
        for &b in bytes {
            up |= b.is_ascii_uppercase();
            lo |= b.is_ascii_lowercase();
        }
        (bytes.first().is_some_and(u8::is_ascii_uppercase), up, lo)
    } else {
        (
            text.chars().next().is_some_and(char::is_uppercase),
            text.chars().any(char::is_uppercase),
            text.chars().any(char::is_lowercase),
        )
    };
    let upper = capital && !lowered;
    let lower = match kind {
        // In ASCII, only the capitals change.
        Kind::Word | Kind::Sym(_) if ascii && !cased => Cow::Borrowed(text),
        Kind::Word | Kind::Sym(_) if ascii => Cow::Borrowed(lower.get(start..end).unwrap_or("")),
        Kind::Word | Kind::Sym(_) => Cow::Owned(text.to_lowercase()),
        _ => Cow::Borrowed(""),
    };
    Token {
        start,
        end,
        kind,
        lower,
        gap,
        capital,
        upper,
        cased,
    }
}

/// The end of the run of letters at `i`: ASCII letters read as bytes, the
/// rest as characters.
fn letters_end(s: &str, i: usize) -> usize {
    let ascii = s.as_bytes()[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    let from = i + ascii;
    s[from..]
        .char_indices()
        .find(|(_, ch)| !is_letter(*ch))
        .map_or(s.len(), |(j, _)| from + j)
}

fn next_is_digit(s: &str, i: usize) -> bool {
    s.as_bytes().get(i).is_some_and(|b| b.is_ascii_digit())
}

/// Reads the digit numeral at `i` (which starts with a digit or a point).
fn numeral(s: &str, i: usize) -> (usize, Numeral) {
    let rest = &s[i..];
    // Inside "192.168.1.2" every group is a whole number.
    let in_dotted = {
        let mut back = s[..i].chars().rev();
        back.next() == Some('.') && back.next().is_some_and(|c| c.is_ascii_digit())
    };
    // Inside "22,24,26" no comma is a decimal comma.
    let in_list = {
        let mut back = s[..i].chars().rev();
        back.next() == Some(',') && back.next().is_some_and(|c| c.is_ascii_digit())
    };
    let plain_run = only_plain(rest);
    for (matcher, sep) in NUMERALS.iter() {
        if in_dotted && *sep != Sep::Plain || in_list && *sep == Sep::DecimalComma {
            continue;
        }
        let matched = if let Some(run) = plain_run {
            (*sep == Sep::Plain).then_some(run)
        } else {
            matcher(rest)
        };
        let Some(mut end) = matched else { continue };
        let text = &rest[..end];
        // A grouping that runs into more digits ("1,2345") is not one.
        let spill = rest[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
            || (*sep == Sep::DecimalComma
                && rest[end..].starts_with(',')
                && next_is_digit(rest, end + 1));
        if spill && *sep != Sep::Plain {
            continue;
        }
        let (digits, plain) = match sep {
            Sep::European => (text.replace('.', "").replace(',', "."), false),
            Sep::Comma => (text.replace(',', ""), false),
            Sep::Space => (text.split_whitespace().collect::<String>(), false),
            Sep::DecimalComma => (text.replace(',', "."), false),
            // "192.168.1.2": only the first group here; the rest are
            // read as their own numerals after the points.
            Sep::Dotted => {
                let first = text.split('.').next().unwrap_or(text);
                end = first.len();
                (first.to_string(), true)
            }
            Sep::Plain if in_dotted => {
                let whole = text.split('.').next().unwrap_or(text);
                end = whole.len();
                (whole.to_string(), true)
            }
            Sep::Plain => (text.to_string(), !text.contains('.')),
        };
        let mut value: f64 = digits.parse().unwrap_or(0.0);
        let int_digits = digits.split('.').next().map_or(0, str::len);
        let mut plain = plain;
        let mut fraction = false;
        // Every exponent opens with one of these.
        let may_exponent = rest[end..].starts_with(['e', 'E', '^', 'x']);
        if let Some(e) = may_exponent
            .then(|| EXPONENT.captures(&rest[end..]))
            .flatten()
        {
            if let Some(x) = e.get(1).or(e.get(4)) {
                value *= 10f64.powf(x.as_str().parse().unwrap_or(0.0));
            } else if let (Some(signs), Some(p)) = (e.get(2), e.get(3)) {
                let negatives = signs.as_str().matches('-').count();
                let p: f64 = p.as_str().parse().unwrap_or(1.0);
                let p = if negatives % 2 == 1 { -p } else { p };
                value = value.powf(p);
            }
            end += e.get(0).map_or(0, |m| m.len());
            plain = false;
        } else if *sep == Sep::Plain && plain {
            // "3/4": a proper fraction; "24/7", "9/12" (a day) and
            // "12/25/2020" are not.
            if let Some((den, len)) = denominator(&rest[end..])
                && den > value
                && (den <= 10.0 || [16.0, 32.0, 64.0, 100.0].contains(&den))
            {
                value /= den;
                end += len;
                plain = false;
                fraction = true;
            }
        }
        return (
            i + end,
            Numeral {
                value,
                plain,
                int_digits,
                fraction,
            },
        );
    }
    // Unreachable in practice: the plain pattern matches any digit.
    (
        i + 1,
        Numeral {
            value: 0.0,
            plain: true,
            int_digits: 1,
            fraction: false,
        },
    )
}

/// The length of the run of ASCII digits that `rest` opens with, when of
/// [`NUMERALS`] only the plain pattern matches there (taking that run).
///
/// Every pattern but the plain one needs a separator (a point, a comma, a
/// space, or a space beyond ASCII) after some of the leading digits, and a
/// digit after it: when the run of digits ends otherwise, or at a point,
/// comma or space before no digit (the end of a clause: "in 2018, the",
/// "5 people"), the other patterns all fail. Most numerals end so, and are
/// read without trying each pattern.
fn only_plain(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let run = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let only = run > 0
        && match bytes.get(run) {
            None => true,
            // A digit beyond ASCII is a digit to the patterns: only an
            // ASCII byte other than a digit is sure to end the numeral.
            Some(b'.' | b',' | b' ') => bytes
                .get(run + 1)
                .is_none_or(|b| b.is_ascii() && !b.is_ascii_digit()),
            Some(b) => b.is_ascii(),
        };
    only.then_some(run)
}

/// The end of "/11", "/7/2020" groups after a numeral ending at `i`.
fn slashed_end(s: &str, mut i: usize) -> usize {
    while s[i..].starts_with('/') && next_is_digit(s, i + 1) {
        i += 1;
        i += s[i..].bytes().take_while(u8::is_ascii_digit).count();
    }
    i
}

/// "/4" after a numerator: the denominator and the length read, unless
/// another slash follows (a date). Only the denominators of everyday
/// fractions count ("3/4", "5/16"): "9/11" and "24/7" are names.
fn denominator(rest: &str) -> Option<(f64, usize)> {
    let after = rest.strip_prefix('/')?;
    let len = after.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0
        || after[len..].starts_with('/')
        || after[len..].starts_with(|c: char| c.is_alphanumeric() && !c.is_ascii_alphabetic())
    {
        return None;
    }
    Some((after[..len].parse().ok()?, len + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Xorshift;

    fn values(s: &str) -> Vec<f64> {
        tokenize(s)
            .iter()
            .filter_map(|t| t.num().map(|n| n.value))
            .collect()
    }

    #[test]
    fn separators_are_read_by_context() {
        assert_eq!(values("1,234,567"), vec![1234567.0]);
        assert_eq!(values("1, 234"), vec![1.0, 234.0]);
        assert_eq!(values("5,00 and 22,24,26"), vec![5.0, 22.0, 24.0, 26.0]);
        assert_eq!(values("1.111,11"), vec![1111.11]);
        assert_eq!(values("12,34,567.5"), vec![1234567.5]);
        assert_eq!(values("40 000 people"), vec![40000.0]);
        assert_eq!(values("10.0.1.2"), vec![10.0, 0.0, 1.0, 2.0]);
        assert_eq!(values(".5"), vec![0.5]);
        assert_eq!(values("3/4 and 24/7 or 9/11"), vec![0.75]);
    }

    #[test]
    fn exponents_are_part_of_the_numeral() {
        assert_eq!(values("1e3"), vec![1000.0]);
        assert_eq!(values("2^3"), vec![8.0]);
        assert_eq!(values("1.5x10^2"), vec![150.0]);
    }

    #[test]
    fn times_addresses_and_phones_are_masked() {
        assert!(values("at 3:30 pm or 6pm").is_empty());
        assert!(values("see www.example.com/2020/5 now").is_empty());
        assert!(values("call +1-222-2222 today").is_empty());
    }

    /// Whether `s` may hold a match of [`MASKS`]: whether [`may_mask_at`]
    /// holds at one of its bytes (as the tokenizer once asked before reading
    /// every sentence).
    fn may_mask(s: &str) -> bool {
        may_mask_within(s, 0, s.len())
    }

    #[test]
    fn reading_tells_whether_a_mask_may_start() {
        let pieces = [
            "w", "W", "ww", "www", "www.", ".", "a", " ", "1", "12", ":", "30", "-", "555-", "@",
            "+", "(", ")", "://", "pm", "a.m", "\u{e9}", "\u{663}", "\u{bd}", "\u{2019}", "\u{a0}",
            "\u{216b}",
        ];
        let mut all = crate::testing::strings_of(&pieces, 2);
        let mut random = Xorshift::seeded(0x9E37_79B9_7F4A_7C15);
        for n in 0..10_000 {
            all.push(noise(&mut random, 1 + n % 12));
        }
        let mut hits = 0;
        for s in all {
            let lower = s.to_ascii_lowercase();
            let mut out = Vec::new();
            let told = read(&s, &lower, &[], &mut out);
            assert_eq!(told, may_mask(&s), "{s:?}");
            hits += usize::from(told);
        }
        assert!(hits > 1_000, "{hits}");
    }

    #[test]
    fn letters_and_digits_are_told_as_the_standard_library_tells_them() {
        // General Punctuation holds no fraction (that it holds no letter,
        // number or case is the unicode module's test).
        for c in '\u{2000}'..='\u{206f}' {
            assert!(vulgar(c).is_none() && !c.is_ascii(), "{c:?}");
        }
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(
                is_digit_like(c),
                c.is_ascii_digit() || !c.is_ascii() && c.is_numeric()
            );
        }
    }

    /// A random string over the characters that matter to [`MASKS`].
    fn noise(random: &mut Xorshift, len: usize) -> String {
        const PARTS: &[&str] = &[
            "1", "2", "9", "0", "\u{663}", "\u{ff13}", "\u{bd}", ":", "-", "/", "+", "(", ")", " ",
            "\u{a0}", "\u{2003}", "\t", "a", "A", "p", "P", "m", "M", ".", "@", "w", "W", "ww",
            "www.", "://", "http", "HTTPS", "\u{17f}", "\u{212a}", "x", "_", "\u{e9}", "\u{2019}",
            "\u{2014}", ",", "555", "(55)", "-12", " 123-", "+1", "/33",
        ];
        (0..len).map(|_| PARTS[random.below(PARTS.len())]).collect()
    }

    #[test]
    fn may_mask_holds_whenever_masks_match() {
        // The regex `may_mask` replaced, kept here as a second witness.
        let old = Regex::new(concat!(
            r"(?i)(?:https?://|www\.)\S|\S@\S+\.\w",
            r"|\d(?::\d{2}){1,2}|\d\s?[ap]\.?m",
            r"|\+\d{1,3}(?:[\-\s/]\d{2,5}){2,}|\(\d{2,4}\)\s?\d{3,4}-\d{3,4}",
            r"|\d{3}-\d{3}-\d{4}",
        ))
        .unwrap();
        let mut random = Xorshift::seeded(0x9E37_79B9_7F4A_7C15);
        let mut hits = 0;
        for n in 0..100_000 {
            let s = noise(&mut random, 1 + n % 12);
            if MASKS.is_match(&s) {
                hits += 1;
                assert!(may_mask(&s), "{s:?}");
            }
            if old.is_match(&s) {
                assert!(may_mask(&s), "{s:?}");
            }
        }
        assert!(hits > 1000, "{hits}");
        for s in [
            "(555) 123-4567",
            "+1-222-2222",
            "+44 20 7946",
            "call 555-123-4567.",
            "3:30",
            "11 p.m.",
            "6PM",
            "jane@example.org",
            "WWW.example.org",
            "see http://example.org",
        ] {
            assert!(MASKS.is_match(s) && may_mask(s), "{s:?}");
        }
        // No character but the letter in either case matches "a", "m", "p"
        // or "w" under the case-insensitive matching of `MASKS`.
        use regex_syntax::hir::{Class, HirKind};
        let folds = regex_syntax::parse("(?i)[ampw]").unwrap();
        let HirKind::Class(Class::Unicode(folds)) = folds.kind() else {
            panic!("{folds:?}");
        };
        for c in folds.iter().flat_map(|r| r.start()..=r.end()) {
            assert!("aAmMpPwW".contains(c), "{c:?}");
        }
    }

    /// The tokenizer before its ASCII fast paths read a byte class table:
    /// the reference for [`tokenize_into`].
    fn old_tokenize_into<'a>(s: &'a str, lower: &'a str, out: &mut Vec<Token<'a>>) {
        debug_assert_eq!(s.len(), lower.len());
        out.clear();
        let masks: Vec<(usize, usize)> = if may_mask(s) {
            MASKS.find_iter(s).map(|m| (m.start(), m.end())).collect()
        } else {
            Vec::new()
        };
        let mut i = 0;
        let mut gap = true;
        let bytes = s.as_bytes();
        while i < s.len() {
            let b = bytes[i];
            let c = if b.is_ascii() {
                b as char
            } else {
                let Some(c) = s[i..].chars().next() else {
                    break;
                };
                c
            };
            if let Some(&(_, end)) = masks.iter().find(|(a, b)| *a <= i && i < *b) {
                out.push(token(s, lower, i, end, Kind::Masked, gap));
                i = end;
                gap = false;
                continue;
            }
            // In ASCII, white space and control characters are the bytes up to
            // the space, and DEL.
            let blank = if b.is_ascii() {
                b <= b' ' || b == 0x7f
            } else {
                c.is_whitespace() || c.is_control()
            };
            if blank {
                gap = true;
                i += c.len_utf8();
                continue;
            }
            if b.is_ascii_alphabetic() {
                // ASCII letters: one pass finds the end and the casing.
                let (mut j, mut up, mut lo) = (i, false, false);
                while let Some(&x) = bytes.get(j) {
                    if x.is_ascii_uppercase() {
                        up = true;
                    } else if x.is_ascii_lowercase() {
                        lo = true;
                    } else {
                        break;
                    }
                    j += 1;
                }
                if bytes.get(j).is_some_and(|x| !x.is_ascii()) {
                    // The word may go on in letters beyond ASCII.
                    let end = letters_end(s, i);
                    out.push(token(s, lower, i, end, Kind::Word, gap));
                    i = end;
                } else {
                    let text = &s[i..j];
                    let capital = b.is_ascii_uppercase();
                    out.push(Token {
                        start: i,
                        end: j,
                        kind: Kind::Word,
                        lower: Cow::Borrowed(if up {
                            lower.get(i..j).unwrap_or(text)
                        } else {
                            text
                        }),
                        gap,
                        capital,
                        upper: capital && !lo,
                        cased: up,
                    });
                    i = j;
                }
                gap = false;
                continue;
            }
            // An ASCII byte ends only an ASCII character.
            let prev_digit = i > 0 && s.as_bytes()[i - 1].is_ascii_digit();
            let starts_numeral =
                c.is_ascii_digit() || (c == '.' && !prev_digit && next_is_digit(s, i + 1));
            if starts_numeral {
                let (end, numeral) = numeral(s, i);
                // Digits joined by slashes that are no fraction ("9/11",
                // "24/7", "12/25/2020") name a day or an event, not a figure.
                let slashed = slashed_end(s, end);
                if slashed > end && numerals::day_month_year(&s[i..slashed]) {
                    // Three plain numbers and two slashes, for the date finder.
                    let mut j = i;
                    for (n, part) in s[i..slashed].split('/').enumerate() {
                        if n > 0 {
                            out.push(token(s, lower, j, j + 1, Kind::Sym('/'), false));
                            j += 1;
                        }
                        let plain = Numeral {
                            value: part.parse().unwrap_or(0.0),
                            plain: true,
                            int_digits: part.len(),
                            fraction: false,
                        };
                        out.push(token(
                            s,
                            lower,
                            j,
                            j + part.len(),
                            Kind::Num(plain),
                            n == 0 && gap,
                        ));
                        j += part.len();
                    }
                    i = slashed;
                } else if !numeral.fraction && slashed > end {
                    out.push(token(s, lower, i, slashed, Kind::Masked, gap));
                    i = slashed;
                } else {
                    out.push(token(s, lower, i, end, Kind::Num(numeral), gap));
                    i = end;
                }
            } else if let Some(v) = vulgar(c) {
                let n = Numeral {
                    value: v.1,
                    plain: false,
                    int_digits: 0,
                    fraction: true,
                };
                out.push(token(s, lower, i, i + c.len_utf8(), Kind::Num(n), gap));
                i += c.len_utf8();
            } else if c.is_alphabetic() {
                let end = letters_end(s, i);
                out.push(token(s, lower, i, end, Kind::Word, gap));
                i = end;
            } else if b.is_ascii() {
                // Neither a letter nor a digit: no case to read or change.
                out.push(Token {
                    start: i,
                    end: i + 1,
                    kind: Kind::Sym(c),
                    lower: Cow::Borrowed(&s[i..i + 1]),
                    gap,
                    capital: false,
                    upper: false,
                    cased: false,
                });
                i += 1;
            } else {
                out.push(token(s, lower, i, i + c.len_utf8(), Kind::Sym(c), gap));
                i += c.len_utf8();
            }
            gap = false;
        }
    }

    #[test]
    fn tokenize_into_reads_as_the_old_tokenizer() {
        let pieces = [
            "a", "Z", "wW", "ab", "Ab", "AB", " ", "\t", "\u{7f}", "\u{1}", "\u{a0}", "\u{2003}",
            "\u{85}", "1", "3", ".", ",", "/", "-", "$", "%", ":", "@", "e", "\u{e9}", "\u{c9}",
            "\u{bd}", "\u{663}", "\u{2019}", "\u{216b}", "\u{17f}", "\u{130}", "\u{df}", "www.",
            "30", "://", "+", "(", ")", "pm", "\u{2014}", "\u{d7}",
        ];
        let all = crate::testing::strings_of_two_and_random(&pieces, 4_000, 4, 9);
        for s in all {
            let (mut new, mut old) = (Vec::new(), Vec::new());
            let lower = s.to_ascii_lowercase();
            tokenize_into(&s, &lower, &mut new);
            old_tokenize_into(&s, &lower, &mut old);
            assert_eq!(new, old, "{s:?}");
        }
        for s in [
            "Call +1-222-2222 at 3:30 pm, see www.Example.com or mail Jane@Example.org.",
            "Prices rose 3.5% to \u{20ac}1,234.56 (about \u{bd} of 12,34,567) on 9/11/2001.",
            "CAF\u{c9} caf\u{e9} na\u{ef}ve \u{201c}Quoted\u{201d} \u{2014} MB Mb mB",
        ] {
            let (mut new, mut old) = (Vec::new(), Vec::new());
            let lower = s.to_ascii_lowercase();
            tokenize_into(s, &lower, &mut new);
            old_tokenize_into(s, &lower, &mut old);
            assert_eq!(new, old, "{s:?}");
        }
    }

    #[test]
    fn masks_are_found_as_masks_finds_them() {
        let find = |re: &Regex, s: &str| -> Vec<(usize, usize)> {
            re.find_iter(s).map(|m| (m.start(), m.end())).collect()
        };
        let pieces = [
            "1", "12", "555", " ", "\t", ":", "-", "/", "+", "(", ")", ".", "@", "a", "P", "m",
            "M", "w", "www.", "://", "http", "HTTPS", "x", "_", ",", "30", "-12", " 123-",
            "\u{663}", "\u{a0}", "\u{e9}", "\u{17f}", "\u{2019}", "\u{301}",
        ];
        let mut all = crate::testing::strings_of(&pieces, 2);
        let mut random = Xorshift::seeded(0x9E37_79B9_7F4A_7C15);
        for n in 0..8_000 {
            all.push(noise(&mut random, 1 + n % 12));
        }
        let mut hits = 0;
        for s in &all {
            let want = find(&MASKS, s);
            hits += usize::from(!want.is_empty());
            assert_eq!(masks(s), want, "{s:?}");
        }
        assert!(hits > 300, "{hits}");
        // The letters beyond ASCII that match one in ASCII in either case.
        use regex_syntax::hir::{Class, HirKind};
        let folds = regex_syntax::parse("(?i)[a-z]").unwrap();
        let HirKind::Class(Class::Unicode(folds)) = folds.kind() else {
            panic!("{folds:?}");
        };
        let beyond: Vec<char> = folds
            .iter()
            .flat_map(|r| r.start()..=r.end())
            .filter(|c| !c.is_ascii())
            .collect();
        assert_eq!(beyond, ['\u{17f}', '\u{212a}']);
        for (c, ascii) in [('\u{17f}', "s"), ('\u{212a}', "k")] {
            assert_eq!(ascii_stand_in(&c.to_string()).0, ascii);
        }
    }

    /// Where [`only_plain`] says that only the plain pattern matches, every
    /// other pattern fails and the plain one takes the run; and it says so
    /// wherever the plain shortcut before it (a run ending in no point,
    /// comma or space) did.
    #[test]
    fn only_plain_holds_where_the_other_patterns_fail() {
        let pieces = [
            "1", "23", ".", ",", " ", "\u{a0}", "\u{202f}", "\u{663}", "\u{e9}", "a", "/", "%",
            "-", "456", ".5", ",5",
        ];
        let mut said = 0;
        for s in crate::testing::strings_of(&pieces, 4) {
            let run = s.bytes().take_while(u8::is_ascii_digit).count();
            let old = run > 0
                && s.as_bytes()
                    .get(run)
                    .is_none_or(|&b| b.is_ascii() && !matches!(b, b'.' | b',' | b' '));
            let Some(plain) = only_plain(&s) else {
                assert!(!old, "{s:?}");
                continue;
            };
            said += 1;
            assert_eq!(plain, run, "{s:?}");
            for (matcher, sep) in NUMERALS.iter() {
                let want = (*sep == Sep::Plain).then_some(run);
                assert_eq!(matcher(&s), want, "{s:?}");
            }
        }
        assert!(said > 1_000, "{said}");
    }

    #[test]
    fn spans_are_byte_ranges() {
        let s = "€ 5 “½”";
        for t in tokenize(s) {
            assert!(s.get(t.start..t.end).is_some());
        }
    }
}
