//! Tokens for the segmenter: runs of non-space text, and the character
//! classes (terminators, openers, closers) that decide where sentences end.
//!
//! Sentences only end between tokens, so the segmenter first cuts a block at
//! white space. Two kinds of boundary have no space to cut at, so tokens are
//! also cut inside: a full stop glued to the next sentence ("reports.And",
//! a slip common in scraped text) and CJK full stops, which take no space.
//! Web addresses and e-mail addresses are never cut inside.

use super::lexicon::{self, ABBREVIATIONS, TITLES};

/// A token: the byte range `[start, end)` of a run of non-space text, with
/// what its punctuation allows (worked out once, as the segmenter asks for
/// it about every token twice).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    /// Only terminators and closers: ". . .", a stray ".".
    pub pure: bool,
    /// Ends in a terminator or a closer, so a sentence may end after it.
    pub ends_punct: bool,
    /// The first byte, which tells most tokens' opening (a capital, a
    /// quote) without making the token a string.
    pub first: u8,
}

impl Tok {
    /// The token `s[start..end]`.
    #[inline]
    pub fn new(s: &str, start: usize, end: usize) -> Tok {
        let text = s.get(start..end).unwrap_or("");
        let ends_punct = match text.as_bytes().last() {
            // A character that ends in an ASCII byte is that byte.
            Some(&b) if b.is_ascii() => CLASS[usize::from(b)] & ENDS != 0,
            _ => text
                .chars()
                .next_back()
                .is_some_and(|c| is_terminator(c) || is_closer(c)),
        };
        Tok {
            start,
            end,
            pure: ends_punct && is_pure_punct(text),
            ends_punct,
            first: text.as_bytes().first().copied().unwrap_or(0),
        }
    }

    /// A token that ends in a byte of class 0 (a letter, a digit, a comma):
    /// [`Tok::new`] of it, with no punctuation to work out; `first` is its
    /// first byte.
    #[inline]
    fn plain(start: usize, end: usize, first: u8) -> Tok {
        Tok {
            start,
            end,
            pure: false,
            ends_punct: false,
            first,
        }
    }
}

/// Characters that end a sentence; `…` counts as three full stops.
pub const fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '‽' | '。' | '！' | '？'
    )
}

/// CJK terminators end a sentence with or without a following space.
fn is_cjk_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Characters that close a quotation or parenthesis after a full stop and
/// so belong to the sentence it ends: `... he said."`.
pub const fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）'
    )
}

/// Characters that open a quotation or parenthesis before a word.
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '「' | '『' | '（' | '¿' | '¡'
    )
}

/// Bracket depth change of one character (quotes are left out: they often
/// hold several sentences, which are split like any others).
pub fn bracket(c: char) -> i32 {
    match c {
        '(' | '[' | '{' | '（' => 1,
        ')' | ']' | '}' | '）' => -1,
        _ => 0,
    }
}

/// Whether `tok` is made only of terminators and closers (". . .", "?",
/// a stray "." after tokenised text such as "orbit .").
pub fn is_pure_punct(tok: &str) -> bool {
    !tok.is_empty() && tok.chars().all(|c| is_terminator(c) || is_closer(c))
}

/// Whether `tok` ends in sentence punctuation, closing quotes aside.
pub fn ends_with_stop(tok: &str) -> bool {
    tok.trim_end_matches(is_closer)
        .chars()
        .next_back()
        .is_some_and(is_terminator)
}

/// Bits of [`CLASS`]: an ASCII white-space character (the separators
/// of `u8::is_ascii_whitespace`, not vertical tab).
const SPACE: u8 = 1;
/// A byte inside a token where a glued sentence end may be: `.`, `!`, `?`,
/// or the first byte of a character from U+3000 on (CJK full stops).
const GLUE: u8 = 2;
/// A byte that is not ASCII: the character it starts must be decoded.
const WIDE: u8 = 4;
/// An ASCII terminator or closer: a token ending in it may end a sentence.
const ENDS: u8 = 8;

/// What the tokenizer needs to know of each byte, as the bits above; 0
/// for the bytes most text is made of (letters, digits, commas).
const CLASS: [u8; 256] = {
    let mut class = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_whitespace() {
            class[b] |= SPACE;
        }
        if matches!(byte, b'.' | b'!' | b'?') || byte >= 0xE3 {
            class[b] |= GLUE;
        }
        if !byte.is_ascii() {
            class[b] |= WIDE;
        }
        if byte.is_ascii() && (is_terminator(byte as char) || is_closer(byte as char)) {
            class[b] |= ENDS;
        }
        b += 1;
    }
    class
};

/// Cuts `s` into tokens, appended to `out`.
pub fn tokenize(s: &str, out: &mut Vec<Tok>) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let class = CLASS[usize::from(bytes[i])];
        if class & SPACE != 0 {
            i += 1;
            continue;
        }
        if class & WIDE != 0 {
            let (space, width) = char_at(s, i);
            if space {
                i += width;
                continue;
            }
        }
        // A token runs to the next white space. Most are a run of bytes of
        // class 0 (letters, digits, commas) ended by an ASCII space: such a
        // token holds no glued sentence end and ends in no punctuation, so
        // it is pushed at once, and the space after it skipped.
        let start = i;
        i += plain_run(&bytes[i..]);
        if i > start
            && let Some(&b) = bytes.get(i)
            && CLASS[usize::from(b)] & SPACE != 0
        {
            out.push(Tok::plain(start, i, bytes[start]));
            i += 1;
            continue;
        }
        // Any other token: its bytes from `i` on are classed one by one;
        // only those of non-ASCII characters need decoding. `glue` is where
        // the first byte that may end a glued sentence is (none of the
        // bytes of class 0 before `i` can be).
        let mut glue = usize::MAX;
        // The width of an ASCII white-space byte that ends the token, which
        // is then skipped at once rather than looked at again.
        let mut space_after = 0;
        loop {
            // Bytes of class 0, most of a token, in a tight loop.
            while let Some(&b) = bytes.get(i)
                && CLASS[usize::from(b)] == 0
            {
                i += 1;
            }
            let Some(&b) = bytes.get(i) else {
                break;
            };
            let class = CLASS[usize::from(b)];
            if class & SPACE != 0 {
                space_after = 1;
                break;
            }
            if class & GLUE != 0 && glue == usize::MAX {
                glue = i;
            }
            if class & WIDE == 0 {
                i += 1;
                continue;
            }
            let (space, width) = char_at(s, i);
            if space {
                break;
            }
            i += width;
        }
        // A sentence can be glued only at such a byte before the last.
        let maybe_glued = glue < i - 1;
        cut_glued(s, start, i, maybe_glued, out);
        i += space_after;
    }
}

/// How many bytes of class 0 open `bytes`. A slice iterator walks them with
/// no bounds check and fewer instructions per byte than indexing.
#[inline]
fn plain_run(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|&b| CLASS[usize::from(b)] != 0)
        .unwrap_or(bytes.len())
}

/// Whether the character at byte `i` of `s` is white space, and its width.
fn char_at(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes()[i];
    if b.is_ascii() {
        return (b.is_ascii_whitespace(), 1);
    }
    match s.get(i..).and_then(|r| r.chars().next()) {
        Some(c) => (c.is_whitespace(), c.len_utf8()),
        None => (false, 1),
    }
}

/// Whether any byte of `bytes` satisfies `test`. The bytes are taken 64 at
/// a time and each group is tested whole, without stopping at the first
/// hit, which lets the compiler test many bytes per instruction: several
/// times faster than `Iterator::any` for the simple tests passed here.
#[inline]
pub fn any_byte(bytes: &[u8], test: impl Fn(u8) -> bool) -> bool {
    bytes
        .chunks(64)
        .any(|group| group.iter().fold(false, |hit, &b| hit | test(b)))
}

/// Pushes the token `s[a..b]`, cut after any glued sentence end inside it;
/// `maybe_glued` is whether any byte before its last could be the end of
/// one (a `.`, `!` or `?`, or a CJK character).
#[inline]
fn cut_glued(s: &str, a: usize, b: usize, maybe_glued: bool, out: &mut Vec<Tok>) {
    if !maybe_glued {
        // Most tokens end in a byte of class 0 (a letter, a digit, a
        // comma): no punctuation to work out.
        let plain = s
            .as_bytes()
            .get(b.wrapping_sub(1))
            .is_some_and(|&last| CLASS[usize::from(last)] == 0);
        out.push(if plain {
            Tok::plain(a, b, s.as_bytes().get(a).copied().unwrap_or(0))
        } else {
            Tok::new(s, a, b)
        });
        return;
    }
    cut_glued_inside(s, a, b, out);
}

/// [`cut_glued`] for a token that may hold a glued sentence end.
#[inline(never)]
fn cut_glued_inside(s: &str, a: usize, b: usize, out: &mut Vec<Tok>) {
    let Some(tok) = s.get(a..b) else {
        return;
    };
    if is_address(tok) {
        out.push(Tok::new(s, a, b));
        return;
    }
    let mut from = 0;
    for (i, c) in tok.char_indices() {
        if i < from || !is_terminator(c) {
            continue;
        }
        if let Some(cut) = glued_end(tok, i, c) {
            out.push(Tok::new(s, a + from, a + cut));
            from = cut;
        }
    }
    out.push(Tok::new(s, a + from, b));
}

/// Where the sentence glued at the terminator `c` at `i` of `tok` ends, if it
/// does: after the terminators and closers, when a capitalised word follows
/// a lower-case word or a number ("reports.And", "1,000.That"), or at once
/// after a CJK full stop.
fn glued_end(tok: &str, i: usize, c: char) -> Option<usize> {
    let rest = tok.get(i..)?;
    let mut end = i;
    for ch in rest.chars() {
        if is_terminator(ch) || is_closer(ch) {
            end += ch.len_utf8();
        } else {
            break;
        }
    }
    if end >= tok.len() {
        return None;
    }
    if is_cjk_terminator(c) {
        return Some(end);
    }
    let before = tok.as_bytes().get(..i)?;
    let word_before = match before {
        [.., x, y] if x.is_ascii_lowercase() && y.is_ascii_lowercase() => {
            // Not "Mrs.Smith": a glued title or abbreviation is no sentence end.
            let start = before
                .iter()
                .rposition(|b| !b.is_ascii_alphabetic())
                .map_or(0, |p| p + 1);
            let word = tok.get(start..i).unwrap_or("");
            !lexicon::lookup(&TITLES, word) && !lexicon::lookup(&ABBREVIATIONS, word)
        }
        [.., y] => y.is_ascii_digit(),
        _ => false,
    };
    let after = tok.as_bytes().get(end..)?;
    let word_after =
        matches!(after, [x, y, ..] if x.is_ascii_uppercase() && y.is_ascii_lowercase());
    (word_before && word_after).then_some(end)
}

/// Web and e-mail addresses: full stops inside them are not sentence ends.
fn is_address(tok: &str) -> bool {
    tok.contains("://") || tok.contains('@') || tok.starts_with("www.")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        tokenize(s, &mut toks);
        toks.iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn cuts_at_white_space_of_any_kind() {
        assert_eq!(words(" a\u{a0}b\tc  "), ["a", "b", "c"]);
        assert!(words("   ").is_empty());
    }

    #[test]
    fn cuts_glued_sentence_ends() {
        assert_eq!(words("reports.And then"), ["reports.", "And", "then"]);
        assert_eq!(words("bought 1,000.That"), ["bought", "1,000.", "That"]);
        assert_eq!(words("said.\u{201d}Then"), ["said.\u{201d}", "Then"]);
        assert_eq!(words("Mrs.Smith Inc.Today"), ["Mrs.Smith", "Inc.Today"]);
    }

    #[test]
    fn keeps_abbreviations_numbers_and_addresses_whole() {
        assert_eq!(words("U.S.Army 3.5 v1.2.3"), ["U.S.Army", "3.5", "v1.2.3"]);
        assert_eq!(words("Jane.Doe@example.com."), ["Jane.Doe@example.com."]);
        assert_eq!(words("https://a.b/c.Html"), ["https://a.b/c.Html"]);
        assert_eq!(words("mean...see"), ["mean...see"]);
    }

    /// The tokenizer before it classed bytes by table, kept as the
    /// reference of the test below.
    mod old {
        use super::super::*;

        pub fn tokenize(s: &str, out: &mut Vec<Tok>) {
            let mut i = 0;
            while i < s.len() {
                let (space, width) = char_at(s, i);
                if space {
                    i += width;
                    continue;
                }
                let start = i;
                i += width;
                while i < s.len() {
                    let b = s.as_bytes()[i];
                    if b.is_ascii() && !b.is_ascii_whitespace() {
                        i += 1;
                        continue;
                    }
                    let (space, width) = char_at(s, i);
                    if space {
                        break;
                    }
                    i += width;
                }
                cut_glued(s, start, i, out);
            }
        }

        fn cut_glued(s: &str, a: usize, b: usize, out: &mut Vec<Tok>) {
            let Some(tok) = s.get(a..b) else {
                return;
            };
            let bytes = tok.as_bytes();
            let maybe = any_byte(&bytes[..bytes.len().saturating_sub(1)], |c| {
                matches!(c, b'.' | b'!' | b'?') || c >= 0xE3
            });
            if !maybe {
                out.push(Tok::new(s, a, b));
                return;
            }
            // The rest is unchanged.
            cut_glued_inside(s, a, b, out);
        }

        /// `Tok::new` before it read the class of an ASCII last byte
        /// from the table.
        pub fn ends_punct(text: &str) -> bool {
            match text.as_bytes().last() {
                Some(&b) if b.is_ascii() => {
                    is_terminator(char::from(b)) || is_closer(char::from(b))
                }
                _ => text
                    .chars()
                    .next_back()
                    .is_some_and(|c| is_terminator(c) || is_closer(c)),
            }
        }
    }

    #[test]
    fn tokenizes_generated_text_as_before() {
        let pieces = [
            "a", "Bc", " ", "\t", "\u{b}", "\u{a0}", "\u{3000}", "\u{2028}", ".", "!", "?", "。",
            "”", "\"", ")", "…", "é", "北", "://", "@", "www.", "1,0", "\n",
        ];
        for s in crate::testing::strings_of(&pieces, 4) {
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            tokenize(&s, &mut ours);
            old::tokenize(&s, &mut theirs);
            assert_eq!(ours, theirs, "{s:?}");
        }
    }

    #[test]
    fn every_ascii_byte_ends_punctuation_as_before() {
        for b in 0u8..0x80 {
            let text = format!("a{}", char::from(b));
            let t = Tok::new(&text, 0, text.len());
            assert_eq!(t.ends_punct, old::ends_punct(&text), "{b:#x}");
        }
    }

    #[test]
    fn cuts_after_cjk_full_stops() {
        assert_eq!(words("你好。我是"), ["你好。", "我是"]);
        assert_eq!(words("你好。"), ["你好。"]);
    }
}
