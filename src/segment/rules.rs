//! The judgement at one gap: does the sentence end after this token?
//!
//! A gap is judged on the run of punctuation before it (what ended the
//! token: `?`, `!`, one full stop, an ellipsis spaced or not), on the word
//! that run follows (an abbreviation, a title, an initial, anything else),
//! on the bracket depth (a full stop inside parentheses does not end the
//! sentence around them) and on the next token (lower case continues the
//! sentence; after an abbreviation only a typical opener starts a new one).

use super::lexicon::{self, ABBREVIATIONS, SPEECH_VERBS, STARTERS, TITLES};
use super::token::{self, Tok};

/// After an abbreviation, a sentence must have at least this many tokens to
/// end there: "At 5 a.m." is the start of a sentence, not a whole one.
const MIN_TOKENS_BEFORE_ABBREVIATION_END: usize = 4;

/// How far ahead (bytes) an opening bracket looks for its closing one;
/// an unclosed bracket does not hold sentences together.
const BRACKET_REACH: usize = 400;

/// How far ahead (bytes) a quotation that is part of its sentence looks
/// for its closing quote; beyond that it is split like any text.
const QUOTE_REACH: usize = 500;

/// Bracket depth so far in one block, counting only brackets that close,
/// plus one inside a quotation that is part of the sentence around it.
pub struct Depth<'a> {
    s: &'a str,
    depth: i32,
    /// Most blocks have no bracket at all, and then nothing is counted.
    any: bool,
    /// Where the next byte of a bracket (or of a full-width one) is, from
    /// the end of the last token whose brackets were counted: the tokens
    /// before it have none to count.
    next_bracket: usize,
    /// Inside an embedded quotation: one that is the object of a verb of
    /// saying without a comma (`said "All ... hospital. There are ..."`,
    /// `wrote that "..."`) or that opens with an ellipsis, cut from a
    /// longer sentence (`officials, "... plied ..."`). Its sentences make one sentence with
    /// the words around it, as in GUM; a quotation set off by a comma or
    /// colon (`said, "I think ... game. The team ..."`) is split like any text.
    embedded: bool,
}

impl<'a> Depth<'a> {
    pub fn new(s: &'a str) -> Self {
        let any = token::any_byte(s.as_bytes(), |b| matches!(b, b'(' | b'[' | b'{' | 0xEF));
        Depth {
            s,
            depth: 0,
            any,
            next_bracket: if any { next_bracket(s, 0) } else { s.len() },
            embedded: false,
        }
    }

    pub fn current(&self) -> i32 {
        self.depth + i32::from(self.embedded)
    }

    /// Takes in the brackets and quotation marks of `toks[j]`, the token
    /// after those fed before (`toks[j - 1]` may introduce a quotation).
    #[inline]
    pub fn feed(&mut self, toks: &[Tok], j: usize) {
        let tok = toks[j];
        // Most tokens open with neither quote ('“' opens with 0xE2), in a
        // block without brackets and outside a quotation: then there is
        // nothing to take in, and this is inlined where tokens are fed.
        let may_open_quote = matches!(tok.first, b'"' | 0xE2);
        let brackets = self.any && tok.end > self.next_bracket;
        if self.embedded || brackets || may_open_quote {
            let prev = j.checked_sub(1).and_then(|i| toks.get(i)).copied();
            self.take_in(tok, prev, brackets);
        }
    }

    /// [`Depth::feed`] for the tokens that may change something; `prev` is
    /// the token before, and `brackets` whether the token may hold
    /// brackets to count.
    #[inline(never)]
    fn take_in(&mut self, tok: Tok, prev: Option<Tok>, brackets: bool) {
        let text = self.s.get(tok.start..tok.end).unwrap_or("");
        if self.embedded {
            self.embedded = !text.contains(['"', '”']);
        } else if let Some(quoted) = text.strip_prefix(['"', '“']) {
            self.embedded = !quoted.contains(['"', '”'])
                && (prev.is_some_and(|p| introduces_quote(self.s, p))
                    || quoted.starts_with(['.', '…']))
                && quote_closes_later(self.s, tok.end);
        }
        if brackets {
            self.depth = depth_after(self.s, tok.start, tok.end, self.depth);
            self.next_bracket = next_bracket(self.s, tok.end);
        }
    }
}

/// Where the first byte from `from` on that [`depth_after`] looks for is
/// (`s.len()` if none): a bracket, or the first byte of a full-width one.
fn next_bracket(s: &str, from: usize) -> usize {
    let rest = s.as_bytes().get(from..).unwrap_or_default();
    rest.iter()
        .position(|b| matches!(b, b'(' | b')' | b'[' | b']' | b'{' | b'}' | 0xEF))
        .map_or(s.len(), |i| from + i)
}

/// Whether the token `t` leads straight into a quotation as its object:
/// a verb of saying or "that", with no punctuation after it.
fn introduces_quote(s: &str, t: Tok) -> bool {
    let word = s.get(t.start..t.end).unwrap_or("");
    word.eq_ignore_ascii_case("that") || lexicon::lookup(&SPEECH_VERBS, word)
}

/// Whether a closing quote follows `at` within reach.
fn quote_closes_later(s: &str, at: usize) -> bool {
    let end = s.floor_char_boundary(at.saturating_add(QUOTE_REACH));
    s.get(at..end).is_some_and(|w| w.contains(['"', '”']))
}

/// The depth after `s[from..to]`, starting at `depth`.
fn depth_after(s: &str, from: usize, to: usize, mut depth: i32) -> i32 {
    let Some(part) = s.get(from..to) else {
        return depth;
    };
    if !part
        .bytes()
        .any(|b| matches!(b, b'(' | b')' | b'[' | b']' | b'{' | b'}' | 0xEF))
    {
        return depth;
    }
    for (i, c) in part.char_indices() {
        match token::bracket(c) {
            1 if closes_later(s, from + i + c.len_utf8()) => depth += 1,
            -1 => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    depth
}

/// Whether a closing bracket follows `at` within reach.
fn closes_later(s: &str, at: usize) -> bool {
    let rest = s.as_bytes().get(at..).unwrap_or_default();
    let window = &rest[..rest.len().min(BRACKET_REACH)];
    window.iter().any(|b| matches!(b, b')' | b']' | b'}'))
        || s.get(at..)
            .is_some_and(|r| r.chars().take(BRACKET_REACH).any(|c| c == '）'))
}

/// How far ahead (bytes) a parenthesis after a sentence looks for its end.
const CITATION_REACH: usize = 60;

/// Whether a parenthesis opens at `at` and is closed, within reach, by
/// ")." or ")?": a citation or aside ("... stairways." (Smith 55).) that
/// belongs to the sentence before it.
pub fn citation_at(s: &str, at: usize) -> bool {
    let Some(rest) = s.as_bytes().get(at..) else {
        return false;
    };
    if rest.first() != Some(&b'(') {
        return false;
    }
    let window = &rest[..rest.len().min(CITATION_REACH)];
    match window.iter().position(|&b| b == b')') {
        Some(i) => matches!(window.get(i + 1), Some(b'.' | b'!' | b'?')),
        None => false,
    }
}

/// Whether `words` (the tokens after a quotation) open with a speech tag:
/// a capitalised name of up to three words, then a verb of saying
/// ("Lee asked", "Jane Roe said"); pronouns come in lower case anyway.
fn speech_tag(words: &[&str]) -> bool {
    for (i, w) in words.iter().enumerate().take(4) {
        let w = w.trim_end_matches([',', '.', ';', ':']);
        if i > 0 && lexicon::lookup(&SPEECH_VERBS, w) {
            return true;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// What the next token starts with, after any opening quotes or brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Lower,
    Upper,
    Digit,
    Other,
}

/// The next token: its case and its leading word ("The" of "“The").
struct Next<'a> {
    case: Case,
    word: &'a str,
}

impl<'a> Next<'a> {
    fn of(tok: &'a str) -> Self {
        let body = tok.trim_start_matches(token::is_opener);
        let word_end = body
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(body.len(), |(i, _)| i);
        let word = body.get(..word_end).unwrap_or("");
        let mut chars = body.chars();
        let case = match chars.next() {
            // "iPhone", "eBay": a capital inside the word marks a name.
            Some(c) if c.is_lowercase() => match chars.next() {
                Some(d) if d.is_uppercase() => Case::Upper,
                _ => Case::Lower,
            },
            // Caseless scripts (CJK, Arabic) give no case cue.
            Some(c) if c.is_alphabetic() => Case::Upper,
            Some(c) if c.is_ascii_digit() => Case::Digit,
            _ => Case::Other,
        };
        Next { case, word }
    }

    fn is_starter(&self) -> bool {
        lexicon::lookup(&STARTERS, self.word)
    }

    fn is_title(&self) -> bool {
        lexicon::lookup(&TITLES, self.word)
    }
}

fn is_dash(tok: &str) -> bool {
    matches!(tok, "-" | "--" | "–" | "—" | "―")
}

/// The word before a run of sentence punctuation, as the gap sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stem {
    /// "Mr", "Gen": stands before a name, never ends a sentence.
    Title,
    /// "a.m", "p.m": may end a sentence before a title ("6 P.M. Mr. Smith").
    Time,
    /// "U.S", "Co", "p", "E": ends a sentence only before a typical opener.
    Abbreviation,
    /// Any other word or number.
    Word,
}

fn classify(stem: &str) -> Stem {
    let stem = stem.trim_start_matches(|c: char| token::is_opener(c) || c == '-');
    if stem.is_empty() {
        return Stem::Word;
    }
    if lexicon::lookup(&TITLES, stem) {
        return Stem::Title;
    }
    if stem.eq_ignore_ascii_case("a.m") || stem.eq_ignore_ascii_case("p.m") {
        return Stem::Time;
    }
    let mut chars = stem.chars();
    let single_letter =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    if single_letter || is_dotted(stem) || lexicon::lookup(&ABBREVIATIONS, stem) {
        return Stem::Abbreviation;
    }
    Stem::Word
}

/// "U.S", "U.S.A", "e.g", "Ph.D": short letter groups joined by full stops.
fn is_dotted(stem: &str) -> bool {
    // The first group has one or two bytes and a full stop after it; most
    // words asked about ("said", "year") have none there, and are turned
    // away before the stem is split.
    if !matches!(stem.as_bytes(), [_, b'.', ..] | [_, _, b'.', ..]) {
        return false;
    }
    let mut parts = 0;
    for part in stem.split('.') {
        let ok = (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic());
        if !ok {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

/// A token that carries words, followed by any tokens of pure punctuation
/// (". . ." spaced out), judged as one sentence end.
pub struct Group<'a> {
    stem: &'a str,
    dots: usize,
    bangs: usize,
    /// How many tokens hold full stops: more than one is a spaced ellipsis.
    dotted_tokens: usize,
    /// Full stops attached to the word ("that..." rather than "that ...").
    head_dots: usize,
    /// Bracket depth after the group.
    depth: i32,
    /// Whether a quotation closes after the punctuation: `?"`, `!”`.
    quoted: bool,
    /// "[...]", "(…)": an ellipsis in brackets, marking words left out.
    bracketed_ellipsis: bool,
}

impl<'a> Group<'a> {
    /// The group of `toks` (the first carries the words) in `s`, where the
    /// bracket depth after the last token is `depth`: "(on foreign
    /// affairs.) Foreign" ends a sentence, "(see the map. It is old)" does not.
    pub fn new(s: &'a str, toks: &[Tok], depth: i32) -> Self {
        let mut group = Group {
            stem: "",
            dots: 0,
            bangs: 0,
            dotted_tokens: 0,
            head_dots: 0,
            depth,
            bracketed_ellipsis: false,
            quoted: false,
        };
        let Some((head, rest)) = toks.split_first() else {
            return group;
        };
        let word = s.get(head.start..head.end).unwrap_or("");
        let tail_start = word
            .char_indices()
            .rev()
            .take_while(|&(_, c)| token::is_terminator(c) || token::is_closer(c))
            .last()
            .map_or(word.len(), |(i, _)| i);
        let tail = word.get(tail_start..).unwrap_or("");
        group.stem = word.get(..tail_start).unwrap_or("");
        if tail.is_empty() && rest.is_empty() {
            // The common case: a word with no punctuation after it.
            return group;
        }
        group.count(tail);
        group.head_dots = group.dots;
        group.quoted = tail.ends_with(['"', '”', '\'', '’', '»']);
        group.bracketed_ellipsis = rest.is_empty()
            && matches!(group.stem, "[" | "(")
            && group.dots == 3
            && tail
                .trim_end_matches(['"', '\'', '”', '’'])
                .ends_with([']', ')']);
        for t in rest {
            group.count(s.get(t.start..t.end).unwrap_or(""));
        }
        group
    }

    fn count(&mut self, punct: &str) {
        let dots_before = self.dots;
        for c in punct.chars() {
            match c {
                '.' => self.dots += 1,
                '…' => self.dots += 3,
                c if token::is_terminator(c) => self.bangs += 1,
                _ => {}
            }
        }
        if self.dots > dots_before {
            self.dotted_tokens += 1;
        }
    }

    /// Whether the group holds sentence punctuation at all.
    pub fn has_stop(&self) -> bool {
        self.dots > 0 || self.bangs > 0
    }

    /// Whether the sentence ends after this group, given the next token and
    /// the tokens after it (a few suffice), and the number of tokens in the
    /// sentence so far.
    pub fn ends_sentence(&self, next_tok: &str, after: &[&str], tokens_so_far: usize) -> bool {
        let next = Next::of(next_tok);
        if self.bracketed_ellipsis {
            // Words left out, then a capital: the quoted sentence ended.
            return next.case == Case::Upper && next.word != "I";
        }
        // A dash after a sentence (a quotation) leads to its source:
        // "... a long game." - Jane Smith.
        if is_dash(next_tok)
            || self.depth > 0
            || (self.dots == 0 && self.bangs == 0)
            || next.case == Case::Lower
        {
            return false;
        }
        if self.bangs > 0 && self.quoted && speech_tag(after) {
            return false;
        }
        if self.bangs > 0 || self.dots >= 4 {
            return true;
        }
        if self.dots == 3 {
            // A spaced ". . ." or a detached "..." marks words left out
            // inside a sentence; an ellipsis closed up to its word, before a
            // capital, ends one.
            return self.dotted_tokens == 1 && self.head_dots == 3 && next.case == Case::Upper;
        }
        let long_enough = tokens_so_far >= MIN_TOKENS_BEFORE_ABBREVIATION_END;
        match classify(self.stem) {
            Stem::Title => false,
            Stem::Time => long_enough && (next.is_starter() || next.is_title()),
            Stem::Abbreviation => long_enough && next.is_starter(),
            Stem::Word => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_the_word_before_a_full_stop() {
        assert_eq!(classify("Mr"), Stem::Title);
        assert_eq!(classify("(Gen"), Stem::Title);
        assert_eq!(classify("P.M"), Stem::Time);
        assert_eq!(classify("U.S.A"), Stem::Abbreviation);
        assert_eq!(classify("E"), Stem::Abbreviation);
        assert_eq!(classify("Inc"), Stem::Abbreviation);
        assert_eq!(classify("house"), Stem::Word);
        assert_eq!(classify("100.00"), Stem::Word);
        assert_eq!(classify("example.com"), Stem::Word);
    }

    /// `is_dotted` before it looked for the first full stop: the stem
    /// split at every one.
    fn old_is_dotted(stem: &str) -> bool {
        let mut parts = 0;
        for part in stem.split('.') {
            let ok = (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic());
            if !ok {
                return false;
            }
            parts += 1;
        }
        parts >= 2
    }

    #[test]
    fn dotted_stems_are_as_before_on_generated_text() {
        let pieces = ["U", "s", ".", "Ph", "é", "1", "-"];
        for s in crate::testing::strings_of(&pieces, 6) {
            assert_eq!(is_dotted(&s), old_is_dotted(&s), "{s:?}");
        }
    }

    #[test]
    fn next_token_case_skips_openers() {
        assert_eq!(Next::of("“The").case, Case::Upper);
        assert_eq!(Next::of("“The").word, "The");
        assert_eq!(Next::of("(he").case, Case::Lower);
        assert_eq!(Next::of("iPhone").case, Case::Upper);
        assert_eq!(Next::of("55").case, Case::Digit);
        assert_eq!(Next::of("—").case, Case::Other);
        assert_eq!(Next::of("東京").case, Case::Upper);
    }

    /// `Depth::feed` before it skipped the tokens before the next bracket:
    /// in a block with brackets, every token was taken in.
    fn old_feed(d: &mut Depth, tok: Tok, prev: Option<Tok>) {
        let may_open_quote = matches!(d.s.as_bytes().get(tok.start), Some(b'"' | 0xE2));
        if d.embedded || d.any || may_open_quote {
            d.take_in(tok, prev, d.any);
        }
    }

    #[test]
    fn depth_is_as_before_on_generated_text() {
        let pieces = [
            "a", " ", "(", ")", "]", "[x", "{", "}", "（", "）", "\"", "“", "”", "said", ".",
        ];
        for s in crate::testing::strings_of(&pieces, 5) {
            let mut toks = Vec::new();
            token::tokenize(&s, &mut toks);
            let (mut ours, mut theirs) = (Depth::new(&s), Depth::new(&s));
            let mut prev = None;
            for (j, &t) in toks.iter().enumerate() {
                ours.feed(&toks, j);
                old_feed(&mut theirs, t, prev);
                prev = Some(t);
                assert_eq!(ours.current(), theirs.current(), "{s:?} at {t:?}");
            }
        }
    }

    #[test]
    fn depth_counts_only_brackets_that_close() {
        let s = "a (b) (c d";
        let t = Tok::new(s, 0, s.len());
        let mut d = Depth::new(s);
        d.feed(&[t], 0);
        assert_eq!(d.current(), 0);
        assert_eq!(depth_after(s, 0, 3, 0), 1);
    }
}
