//! Words, punctuation and quotations of the sentences, with byte spans.
//!
//! Attribution is found by looking at the words next to a cue verb, so the
//! stage needs a tokenizer that keeps abbreviations whole ("Mr.", "U.S.")
//! and knows which stretches of the text are inside quotation marks: a cue
//! inside a quotation is the quoted speaker's word, not the writer's frame,
//! and the quoted words are the content of a direct quote.
//!
//! Each word is looked up in the word lists as it is read (a
//! [`lexicon::Lex`] on the token), since the rules ask about the same
//! words many times over.

use super::lexicon::{self, Lex};
use crate::model::{Sentence, Span};
use crate::unicode::is_alphanumeric;

/// One token of a sentence: a word or a single punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub span: Span,
    pub word: bool,
    /// A word starting with an upper-case letter.
    capital: bool,
    /// What the word lists say of the word (nothing, for punctuation).
    pub lex: Lex,
    /// One of the words of the token (split at the marks inside it, as in
    /// "well-likely") is the word that marks a hedge cue
    /// ([`Lex::HEDGE_KEY`]): a sentence without such a token holds no
    /// hedge.
    pub hedge_key: bool,
    /// The token holds a character outside ASCII.
    pub wide: bool,
}

impl Tok {
    /// A punctuation token at `span`; `wide`: it is not ASCII. (Words are
    /// made in [`tokenize_into`], with what the stage asks of each.)
    fn punct(span: Span, wide: bool) -> Tok {
        Tok {
            span,
            word: false,
            capital: false,
            lex: Lex::default(),
            hedge_key: false,
            wide,
        }
    }

    /// The token `s`, at `span` of the text, as [`tokenize_into`] makes it,
    /// read the plain way: the tests' reference. `joined`: a word holding
    /// marks between its letters ("don't", "U.S."); `wide`: `s` is not
    /// ASCII.
    #[cfg(test)]
    fn new(s: &str, span: Span, word: bool, joined: bool, wide: bool) -> Tok {
        let lex = if word {
            lexicon::lex(s)
        } else {
            Lex::default()
        };
        let hedge_key = if joined {
            parts_hold_hedge_key(s)
        } else {
            lex.has(Lex::HEDGE_KEY)
        };
        Tok {
            span,
            word,
            capital: word && starts_upper(s),
            lex,
            hedge_key,
            wide,
        }
    }

    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }

    /// Whether this is a word starting with an upper-case letter.
    pub fn capitalised(self) -> bool {
        self.capital
    }
}

/// Whether one of the words of `s`, split at the marks inside it, is the
/// word that marks a hedge cue.
fn parts_hold_hedge_key(s: &str) -> bool {
    s.split(|c: char| !is_alphanumeric(c))
        .any(|w| lexicon::lex(w).has(Lex::HEDGE_KEY))
}

/// Whether `s` starts with an upper-case letter.
pub fn starts_upper(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => s.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether `c` is a double quotation mark of any style.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
}

/// Whether a punctuation token is a double quotation mark, including the
/// typewriter pairs '' and ``.
pub fn is_quote_token(s: &str) -> bool {
    s == "''" || s == "``" || (!s.is_empty() && s.chars().all(is_quote_mark))
}

/// The tokens of `span` in `text`, in a vector of their own
/// ([`tokenize_into`]), whose word on quotation marks is checked against
/// the tokens themselves, read plainly: every test of the tokenizer checks
/// it.
#[cfg(test)]
pub fn tokenize(text: &str, span: Span) -> Vec<Tok> {
    // A token, with the space after it, most often takes four bytes or more.
    let mut out = Vec::with_capacity(span.len() / 4 + 1);
    let quoted = tokenize_into(text, span, &mut out);
    let marks = out.iter().any(|t| !t.word && is_quote_token(t.text(text)));
    assert_eq!(quoted, marks, "{:?}", span.of(text));
    out
}

/// The tokens of every content sentence of an article, in one vector (one
/// allocation, not one per sentence); a sentence that is not content has
/// none.
#[derive(Debug, Default)]
pub struct SentenceTokens {
    all: Vec<Tok>,
    /// Where the tokens of each sentence end in `all`.
    ends: Vec<usize>,
    /// Whether one of the tokens of each sentence is a double quotation
    /// mark ([`is_quote_token`]): most sentences hold none, and their
    /// tokens need not be read again for them ([`quotes_by_tokens`]).
    quoted: Vec<bool>,
}

impl SentenceTokens {
    pub fn new(text: &str, sentences: &[Sentence]) -> SentenceTokens {
        // A token, with the space after it, most often takes four bytes or more.
        let mut all = Vec::with_capacity(text.len() / 4 + 1);
        let mut ends = Vec::with_capacity(sentences.len());
        let mut quoted = Vec::with_capacity(sentences.len());
        for s in sentences {
            let content = s.role.is_content() && text.get(s.span.start..s.span.end).is_some();
            quoted.push(content && tokenize_into(text, s.span, &mut all));
            ends.push(all.len());
        }
        SentenceTokens { all, ends, quoted }
    }

    /// The tokens of sentence `i`.
    pub fn of(&self, i: usize) -> &[Tok] {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p]);
        &self.all[start..self.ends[i]]
    }
}

/// The tokens of `span` in `text`, in order, pushed onto `out`; whether
/// one of them is a double quotation mark ([`is_quote_token`]), which
/// every punctuation token is told as it is made.
///
/// Nearly all the text is ASCII, so each byte is first sorted by the table
/// [`CLASS`]; only a byte outside ASCII is decoded into its character and
/// asked the Unicode questions. The result is that of [`char::is_whitespace`]
/// and [`char::is_alphanumeric`] on every character (a test holds it equal
/// to the plain character-by-character reading).
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Tok>) -> bool {
    let mut quoted = false;
    let s = span.of(text);
    let bytes = s.as_bytes();
    // The character starting at byte `i`, which is not ASCII.
    let wide = |i: usize| s.get(i..).and_then(|rest| rest.chars().next());
    // Whether the character starting at byte `i` is a letter or a digit.
    let alnum_at = |i: usize| match bytes.get(i) {
        Some(&b) if b.is_ascii() => CLASS[usize::from(b)] == ALNUM,
        Some(_) => wide(i).is_some_and(is_alphanumeric),
        None => false,
    };
    // A punctuation token (words are made below).
    let punct = |from: usize, to: usize, wide: bool| {
        Tok::punct(Span::new(span.start + from, span.start + to), wide)
    };
    let short_words = lexicon::short_words();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Where the word's first character ends; whether it is outside ASCII.
        let (mut j, mut outside_ascii) = match CLASS[usize::from(b)] {
            SPACE => {
                i += 1;
                continue;
            }
            OTHER => {
                // '' and `` are one double quotation mark.
                let doubled = matches!(b, b'\'' | b'`') && bytes.get(i + 1) == Some(&b);
                let end = i + 1 + usize::from(doubled);
                quoted |= doubled || b == b'"';
                out.push(punct(i, end, false));
                i = end;
                continue;
            }
            ALNUM => {
                // Most words are short plain words: read with one load.
                if let Some((j, key)) = short_word(bytes, i) {
                    let lex = short_words.lex(key);
                    out.push(Tok {
                        span: Span::new(span.start + i, span.start + j),
                        word: true,
                        capital: b.is_ascii_uppercase(),
                        lex,
                        hedge_key: lex.has(Lex::HEDGE_KEY),
                        wide: false,
                    });
                    i = j;
                    continue;
                }
                (i + 1, false)
            }
            _ => {
                let Some(c) = wide(i) else {
                    break;
                };
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
                if !is_alphanumeric(c) {
                    quoted |= is_quote_mark(c);
                    out.push(punct(i, i + c.len_utf8(), true));
                    i += c.len_utf8();
                    continue;
                }
                (i + c.len_utf8(), true)
            }
        };
        // A word: letters and digits, with inner apostrophes, hyphens and
        // dots kept when a letter or digit follows ("don't", "U.S", "2.5"),
        // and commas between digits ("2,000"). Whether a mark joins two
        // parts of the word:
        let mut joined = false;
        loop {
            // Runs of ASCII letters and digits, the bulk of every word, at once.
            j = alnum_run_end(bytes, j);
            let Some(&b) = bytes.get(j) else {
                break;
            };
            if b.is_ascii() {
                // Not a letter or a digit, since the run stopped here. A
                // comma needs an ASCII digit before it (`j` is past the
                // word's first character).
                let inner = matches!(b, b'\'' | b'-' | b'.' | b',')
                    && alnum_at(j + 1)
                    && (b != b',' || bytes[j - 1].is_ascii_digit());
                if !inner {
                    break;
                }
                joined = true;
                j += 1;
            } else {
                let Some(c) = wide(j) else {
                    break;
                };
                let next = j + c.len_utf8();
                if !(is_alphanumeric(c) || (c == '’' && alnum_at(next))) {
                    break;
                }
                joined |= c == '’';
                outside_ascii = true;
                j = next;
            }
        }
        // Keep the full stop of an abbreviation or initial: "Mr.", "U.S.", "J.".
        // Each of those starts with a capital (a word cannot start with the
        // '.' of a dotted one), so only capitalised words, which few words
        // before a full stop are, need the full test.
        if bytes.get(j) == Some(&b'.') && starts_upper(&s[i..j]) && is_abbreviation(&s[i..j]) {
            joined = true;
            j += 1;
        }
        // What the tests' `Tok::new` makes of the word. An ASCII word is
        // looked up from the bytes of `s` (a `str` slice checks both its
        // ends); `b` is still the word's first byte.
        let lex = if outside_ascii {
            lexicon::lex(&s[i..j])
        } else {
            lexicon::lex_ascii_within(s, i, j)
        };
        out.push(Tok {
            span: Span::new(span.start + i, span.start + j),
            word: true,
            capital: if b.is_ascii() {
                b.is_ascii_uppercase()
            } else {
                starts_upper(&s[i..j])
            },
            lex,
            hedge_key: if joined {
                parts_hold_hedge_key(&s[i..j])
            } else {
                lex.has(Lex::HEDGE_KEY)
            },
            wide: outside_ascii,
        });
        i = j;
    }
    quoted
}

/// The short plain word starting at byte `i` (an ASCII letter or digit):
/// where it ends, and its bytes packed ([`crate::packed::pack`]), if the
/// eight bytes from `i` hold the whole word, of ASCII letters and digits
/// only, and what follows cannot join it: no letter or digit after an
/// inner mark, and no full stop after a capital, which may be an
/// abbreviation's. That is the word [`tokenize_into`]'s general reading
/// makes of it (a test holds them equal), with one load and no loop;
/// nearly every word is one.
#[inline(always)]
fn short_word(bytes: &[u8], i: usize) -> Option<(usize, u64)> {
    use crate::packed::HIGH_BITS as HIGH;
    let block: [u8; 8] = bytes.get(i..i + 8)?.try_into().ok()?;
    let w = u64::from_le_bytes(block);
    let stop = !ascii_alnum_bytes(w) & HIGH;
    if stop == 0 {
        // Eight letters or more.
        return None;
    }
    // The word is `n` bytes, at least one, seven at most.
    let n = (stop.trailing_zeros() / 8) as usize;
    let next = block[n.min(7)];
    if !next.is_ascii() {
        // A letter outside ASCII, or "’", may go on with the word.
        return None;
    }
    if matches!(next, b'\'' | b'-' | b'.' | b',') {
        let joins = match bytes.get(i + n + 1) {
            Some(&after) => !after.is_ascii() || CLASS[usize::from(after)] == ALNUM,
            None => false,
        };
        if joins || (next == b'.' && block[0].is_ascii_uppercase()) {
            return None;
        }
    }
    Some((i + n, w & ((1 << (8 * n)) - 1)))
}

/// Where the run of ASCII letters and digits from byte `j` on ends: eight
/// bytes at a time ([`ascii_alnum_bytes`]) while eight remain, then byte by
/// byte.
#[inline(always)]
fn alnum_run_end(bytes: &[u8], mut j: usize) -> usize {
    use crate::packed::HIGH_BITS as HIGH;
    while let Some(block) = bytes.get(j..j + 8) {
        let w = u64::from_le_bytes(block.try_into().unwrap_or([0; 8]));
        let stop = !ascii_alnum_bytes(w) & HIGH;
        if stop != 0 {
            return j + (stop.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while bytes
        .get(j)
        .is_some_and(|&b| CLASS[usize::from(b)] == ALNUM)
    {
        j += 1;
    }
    j
}

/// The high bit of each byte of `w` (eight bytes, the first lowest) that
/// is an ASCII letter or digit, [`ALNUM`] in [`CLASS`]: the table's
/// question of eight bytes at once.
#[inline(always)]
fn ascii_alnum_bytes(w: u64) -> u64 {
    use crate::packed::{HIGH_BITS as HIGH, LOW_BITS as EACH};
    // Each byte's low seven bits: no sum below carries into the next byte.
    let low = w & !HIGH;
    // The high bit of each byte that is `k` or more.
    let at_least = |v: u64, k: u64| v + (0x80 - k) * EACH;
    let digit = at_least(low, u64::from(b'0')) & !at_least(low, u64::from(b'9') + 1);
    // Upper-case letters folded onto lower case ('A' | 0x20 is 'a').
    let folded = low | (0x20 * EACH);
    let letter = at_least(folded, u64::from(b'a')) & !at_least(folded, u64::from(b'z') + 1);
    // Not a byte outside ASCII, whose low bits may look like one.
    (digit | letter) & !w & HIGH
}

/// What [`tokenize`] makes of an ASCII byte; a byte outside ASCII is
/// [`WIDE`], part of a character to decode.
const WIDE: u8 = 0;
/// White space: what [`char::is_whitespace`] holds in ASCII.
const SPACE: u8 = 1;
/// A letter or a digit.
const ALNUM: u8 = 2;
/// Anything else in ASCII: punctuation, symbols, control characters.
const OTHER: u8 = 3;

/// The class of every byte.
const CLASS: [u8; 256] = {
    let mut class = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        class[b] = if matches!(b as u8, b'\t'..=b'\r' | b' ') {
            SPACE
        } else if (b as u8).is_ascii_alphanumeric() {
            ALNUM
        } else {
            OTHER
        };
        b += 1;
    }
    class
};

/// Words that take a full stop without ending the sentence.
fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "Capt", "Col", "Dr", "Gen", "Gov", "Jr", "Lt", "Mr", "Mrs", "Ms", "Prof", "Rep", "Sen",
        "Sgt", "Sr", "St",
    ];
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.') && word.chars().all(|c| c == '.' || c.is_uppercase());
    single_capital || dotted || ABBREVIATIONS.binary_search(&word).is_ok()
}

/// The quotations of one sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quotes {
    /// The quoted stretches, without their marks; a quotation still open at
    /// the sentence's end runs to its end, one carried in from before
    /// starts at its start.
    pub inside: Vec<Span>,
    /// The sentence begins inside a quotation opened earlier.
    pub continues: bool,
    /// A quotation is still open at the sentence's end.
    pub open_at_end: bool,
}

impl Quotes {
    /// Whether `span` lies inside one of the quoted stretches.
    pub fn covers(&self, span: Span) -> bool {
        self.inside.iter().any(|q| q.contains(span))
    }
}

/// The quotations of every sentence, carrying an open quotation from one
/// sentence to the next. Across a paragraph break a quotation continues only
/// when the new paragraph opens with a quotation mark (the convention for
/// quotes running over several paragraphs); otherwise an unclosed mark is a
/// typo and must not swallow the rest of the article.
pub fn quotes(text: &str, sentences: &[Sentence]) -> Vec<Quotes> {
    read_quotes(text, sentences, None)
}

/// [`quotes`], reading the marks of each sentence that has tokens from
/// them (every quotation mark is a token of its own) rather than from its
/// bytes again; a test holds the two equal.
pub fn quotes_by_tokens(text: &str, sentences: &[Sentence], toks: &SentenceTokens) -> Vec<Quotes> {
    read_quotes(text, sentences, Some(toks))
}

fn read_quotes(text: &str, sentences: &[Sentence], toks: Option<&SentenceTokens>) -> Vec<Quotes> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut open = false;
    let mut prev_end = 0;
    // The double quotation marks of a sentence: (byte offset in it, the
    // mark, its width), '' read as " and `` as “.
    let mut marks: Vec<(usize, char, usize)> = Vec::new();
    for (k, s) in sentences.iter().enumerate() {
        let gap_from = prev_end.min(s.span.start);
        prev_end = s.span.end;
        let body = s.span.of(text);
        let mut skip = 0;
        // Only a quotation left open asks whether a paragraph starts here
        // (few are open), and how.
        let gap = text.get(gap_from..s.span.start).unwrap_or("");
        if open && (gap.contains('\n') || !s.role.is_content()) {
            let lead_mark = if body.starts_with("''") || body.starts_with("``") {
                2
            } else {
                body.chars()
                    .next()
                    .filter(|c| matches!(c, '"' | '“' | '«'))
                    .map_or(0, char::len_utf8)
            };
            if lead_mark > 0 {
                skip = lead_mark;
            } else {
                open = false;
            }
        }
        let mut q = Quotes {
            continues: open,
            ..Quotes::default()
        };
        let mut region_start = s.span.start + skip;
        marks.clear();
        match toks.map(|t| (t.of(k), t.quoted[k])) {
            // A sentence of tokens none of which is a quotation mark has
            // none to read.
            Some((sentence_toks, quoted)) if !sentence_toks.is_empty() => {
                if quoted {
                    marks_of_tokens(text, s.span.start, sentence_toks, &mut marks);
                }
            }
            _ => marks_of_bytes(body, &mut marks),
        }
        for &(i, mark, width) in &marks {
            if i < skip {
                continue;
            }
            let at = s.span.start + i;
            let opening = match mark {
                '“' | '«' | '„' => true,
                '”' | '»' => false,
                _ => !open,
            };
            if opening {
                if open {
                    push_region(&mut q, text, region_start, at);
                }
                open = true;
                region_start = at + width;
            } else if open {
                push_region(&mut q, text, region_start, at);
                open = false;
            }
        }
        if open {
            push_region(&mut q, text, region_start, s.span.end);
        }
        q.open_at_end = open;
        out.push(q);
    }
    out
}

/// The double quotation marks of `body`, read from its bytes: (byte
/// offset, mark, width), '' read as " and `` as “.
fn marks_of_bytes(body: &str, marks: &mut Vec<(usize, char, usize)>) {
    let bytes = body.as_bytes();
    let mut next = 0;
    while let Some(i) = next_mark_start(bytes, next) {
        let Some(c) = body[i..].chars().next() else {
            break;
        };
        next = i + c.len_utf8();
        // A doubled apostrophe or backtick is a typewriter double quote:
        // `` opens, '' opens or closes like ".
        let mut mark = c;
        let mut width = c.len_utf8();
        if matches!(c, '\'' | '`') {
            if bytes.get(next) == Some(&bytes[i]) {
                next += 1;
                width = 2;
                mark = if c == '`' { '“' } else { '"' };
            } else {
                continue;
            }
        }
        if is_quote_mark(mark) {
            marks.push((i, mark, width));
        }
    }
}

/// [`marks_of_bytes`] of a sentence starting at byte `start` of `text`,
/// read from its tokens: a quotation mark is never part of a word, and
/// the tokenizer keeps '' and `` whole as the byte scan does.
fn marks_of_tokens(text: &str, start: usize, toks: &[Tok], marks: &mut Vec<(usize, char, usize)>) {
    for t in toks.iter().filter(|t| !t.word) {
        let s = t.text(text);
        let mark = match s {
            "''" => '"',
            "``" => '“',
            _ => match s.chars().next() {
                Some(c) if is_quote_mark(c) => c,
                _ => continue,
            },
        };
        marks.push((t.span.start - start, mark, s.len()));
    }
}

/// The bytes that can start a quotation mark: '"', '\'', '`', and the
/// first bytes of “ ” „ (E2) and « » (C2). A table, so that the scan for
/// them tests each byte of the text once, cheaply.
const MARK_STARTS: [bool; 256] = {
    let mut starts = [false; 256];
    let mut k = 0;
    let bytes = [b'"', b'\'', b'`', 0xC2, 0xE2];
    while k < bytes.len() {
        starts[bytes[k] as usize] = true;
        k += 1;
    }
    starts
};

/// Where the first byte at or after `from` that can start a quotation
/// mark ([`MARK_STARTS`]) is: the scan for them, eight bytes at a time.
/// A block of eight with no byte outside ASCII and none of '"', '\'' and
/// '`' holds none, and is passed over whole; any other block is read byte
/// by byte.
fn next_mark_start(bytes: &[u8], from: usize) -> Option<usize> {
    use crate::packed::{HIGH_BITS as HIGH, LOW_BITS as EACH};
    // Whether some byte of `v` is zero (exact: a borrow reaches a byte's
    // high bit only past a zero byte).
    let has_zero = |v: u64| v.wrapping_sub(EACH) & !v & HIGH != 0;
    let may_hold = |w: u64| {
        w & HIGH != 0
            || has_zero(w ^ (EACH * u64::from(b'"')))
            || has_zero(w ^ (EACH * u64::from(b'\'')))
            || has_zero(w ^ (EACH * u64::from(b'`')))
    };
    let mut i = from;
    loop {
        while let Some(block) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(block.try_into().unwrap_or([0; 8]));
            if may_hold(w) {
                break;
            }
            i += 8;
        }
        let end = (i + 8).min(bytes.len());
        if let Some(k) = bytes
            .get(i..end)?
            .iter()
            .position(|&b| MARK_STARTS[usize::from(b)])
        {
            return Some(i + k);
        }
        if end == bytes.len() {
            return None;
        }
        i = end;
    }
}

fn push_region(q: &mut Quotes, text: &str, start: usize, end: usize) {
    let span = Span::new(start, end.max(start)).trim(text);
    if !span.is_empty() {
        q.inside.push(span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .into_iter()
            .map(|t| t.text(text))
            .collect()
    }

    /// The tokenizer as it was before the byte classes: one character at a
    /// time, asking the Unicode questions of each.
    fn tokenize_by_chars(text: &str, span: Span) -> Vec<Tok> {
        let s = span.of(text);
        let bytes = s.as_bytes();
        // The character starting at byte `i`, read without decoding when ASCII.
        let at = |i: usize| match bytes.get(i) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => s[i..].chars().next(),
            None => None,
        };
        // Sized up front (a token, with the space after it, most often takes
        // four bytes or more), so that it is not grown and copied as it fills.
        let mut out = Vec::with_capacity(s.len() / 4 + 1);
        let mut push = |from: usize, to: usize, word: bool| {
            let joined = word && !s[from..to].chars().all(char::is_alphanumeric);
            out.push(Tok::new(
                &s[from..to],
                Span::new(span.start + from, span.start + to),
                word,
                joined,
                !s[from..to].is_ascii(),
            ));
        };
        let mut i = 0;
        while let Some(c) = at(i) {
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if !c.is_alphanumeric() {
                // '' and `` are one double quotation mark.
                let doubled = matches!(c, '\'' | '`') && at(i + 1) == Some(c);
                let end = i + if doubled { 2 } else { c.len_utf8() };
                push(i, end, false);
                i = end;
                continue;
            }
            // A word: letters and digits, with inner apostrophes, hyphens and
            // dots kept when a letter or digit follows ("don't", "U.S", "2.5").
            let mut j = i + c.len_utf8();
            let mut prev = c;
            loop {
                // Runs of ASCII letters and digits, the bulk of every word, at once.
                let run = bytes[j..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                if run > 0 {
                    j += run;
                    prev = char::from(bytes[j - 1]);
                }
                let Some(c) = at(j) else {
                    break;
                };
                let next = j + c.len_utf8();
                let inner = matches!(c, '\'' | '’' | '-' | '.' | ',')
                    && at(next).is_some_and(char::is_alphanumeric)
                    && (c != ',' || prev.is_ascii_digit());
                if !(c.is_alphanumeric() || inner) {
                    break;
                }
                prev = c;
                j = next;
            }
            // Keep the full stop of an abbreviation or initial: "Mr.", "U.S.", "J.".
            if at(j) == Some('.') && is_abbreviation(&s[i..j]) {
                j += 1;
            }
            push(i, j, true);
            i = j;
        }
        out
    }

    #[test]
    fn bytes_are_read_as_characters() {
        let pieces = [
            "a", "Z", "7", " ", "\u{b}", "\u{1c}", "\u{a0}", "\u{2003}", ".", ",", "'", "`", "’",
            "-", "\"", "“", "é", "É", "北", "²", "½", "\u{301}", "—", "Mr", "U",
        ];
        for s in crate::testing::strings_of(&pieces, 4) {
            let span = Span::new(0, s.len());
            assert_eq!(tokenize(&s, span), tokenize_by_chars(&s, span), "{s:?}");
        }
    }

    /// Words of every length around eight bytes, which [`short_word`] and
    /// [`alnum_run_end`] read eight bytes at a time, with what may follow
    /// them, read as character by character.
    #[test]
    fn long_and_short_words_are_read_as_characters() {
        let pieces = ["abcdefg", "Mr", "x", "9", " ", ".", ",", "'", "-", "’", "é"];
        for s in crate::testing::strings_of(&pieces, 5) {
            let span = Span::new(0, s.len());
            assert_eq!(tokenize(&s, span), tokenize_by_chars(&s, span), "{s:?}");
        }
    }

    /// [`ascii_alnum_bytes`] answers as [`CLASS`] of every byte in every
    /// place, among bytes of every class.
    #[test]
    fn alnum_bytes_are_found_as_by_the_table() {
        let fills = [
            b'a', b'Z', b'5', b' ', b'.', 0x00, 0x7f, 0x80, 0xbf, 0xe2, 0xff,
        ];
        for v in 0..=u8::MAX {
            for place in 0..8 {
                for fill in fills {
                    let mut block = [fill; 8];
                    block[place] = v;
                    let found = ascii_alnum_bytes(u64::from_le_bytes(block));
                    for (k, &b) in block.iter().enumerate() {
                        let alnum = CLASS[usize::from(b)] == ALNUM;
                        assert_eq!(found >> (8 * k + 7) & 1 == 1, alnum, "{block:?}");
                        assert_eq!(found >> (8 * k) & 0x7f, 0, "{block:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn mark_starts_are_found_as_byte_by_byte() {
        let pieces = ["a", " ", "\"", "'", "`", "é", "“", "»", "\u{7f}", "0123456"];
        for s in crate::testing::strings_of(&pieces, 4) {
            let bytes = s.as_bytes();
            for from in 0..=bytes.len() {
                let plain = bytes[from..]
                    .iter()
                    .position(|&b| MARK_STARTS[usize::from(b)])
                    .map(|k| from + k);
                assert_eq!(next_mark_start(bytes, from), plain, "{s:?} {from}");
            }
        }
    }

    #[test]
    fn abbreviations_and_inner_marks_stay_whole() {
        assert_eq!(
            words("Mr. Smith’s U.S. plan, 2,000 boxes."),
            ["Mr.", "Smith’s", "U.S.", "plan", ",", "2,000", "boxes", "."]
        );
        assert_eq!(words("“Yes,” — 北京"), ["“", "Yes", ",", "”", "—", "北京"]);
    }

    /// Sentences given as the pieces of `text`, in order.
    fn sentences(text: &str, pieces: &[&str]) -> Vec<Sentence> {
        let mut from = 0;
        let mut out = Vec::new();
        for (index, p) in pieces.iter().enumerate() {
            let start = from + text[from..].find(p).unwrap_or(0);
            from = start + p.len();
            out.push(Sentence {
                index,
                span: Span::new(start, from),
                role: Role::Body,
            });
        }
        out
    }

    /// Quotation marks read from the tokens are those read from the bytes,
    /// over sentences cut at random places, content or not.
    #[test]
    fn quotations_read_from_tokens_as_from_bytes() {
        let pieces = [
            "\"", "''", "``", "'", "`", "“", "”", "«", "»", "„", "a", "n't", " ", "\n", "é", "’",
        ];
        let mut random = crate::testing::Xorshift::new();
        for text in crate::testing::strings_of_two_and_random(&pieces, 3000, 2, 12) {
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            let mut cuts: Vec<usize> = (0..3).map(|_| bounds[random.below(bounds.len())]).collect();
            cuts.push(0);
            cuts.push(text.len());
            cuts.sort_unstable();
            let sentences: Vec<Sentence> = cuts
                .windows(2)
                .enumerate()
                .map(|(index, w)| Sentence {
                    index,
                    span: Span::new(w[0], w[1]),
                    role: if random.below(4) == 0 {
                        Role::Credit
                    } else {
                        Role::Body
                    },
                })
                .collect();
            let toks = SentenceTokens::new(&text, &sentences);
            assert_eq!(
                quotes_by_tokens(&text, &sentences, &toks),
                quotes(&text, &sentences),
                "{text:?} {cuts:?}"
            );
        }
    }

    #[test]
    fn quotations_carry_over_sentences_and_paragraphs() {
        let text = "“One. Two.\n“Three,” he said. Four.";
        let s = sentences(text, &["“One.", "Two.", "“Three,” he said.", "Four."]);
        let q = quotes(text, &s);
        assert_eq!(q[0].inside[0].of(text), "One.");
        assert!(q[1].continues && q[1].open_at_end);
        assert!(q[2].continues && !q[2].open_at_end);
        assert_eq!(q[2].inside[0].of(text), "Three,");
        assert!(!q[3].continues && q[3].inside.is_empty());
    }

    #[test]
    fn an_unclosed_mark_stops_at_the_paragraph() {
        let text = "He said \"yes.\nNo quote here.";
        let s = sentences(text, &["He said \"yes.", "No quote here."]);
        let q = quotes(text, &s);
        assert!(q[0].open_at_end);
        assert!(!q[1].continues && q[1].inside.is_empty());
    }
}
