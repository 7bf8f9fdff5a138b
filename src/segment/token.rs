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
}

impl Tok {
    /// The token `s[start..end]`.
    pub fn new(s: &str, start: usize, end: usize) -> Tok {
        let text = s.get(start..end).unwrap_or("");
        let ends_punct = match text.as_bytes().last() {
            // A character that ends in an ASCII byte is that byte.
            Some(&b) if b.is_ascii() => is_terminator(char::from(b)) || is_closer(char::from(b)),
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
        }
    }
}

/// Characters that end a sentence; `…` counts as three full stops.
pub fn is_terminator(c: char) -> bool {
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
pub fn is_closer(c: char) -> bool {
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

/// Cuts `s` into tokens, appended to `out`.
pub fn tokenize(s: &str, out: &mut Vec<Tok>) {
    let mut i = 0;
    while i < s.len() {
        let (space, width) = char_at(s, i);
        if space {
            i += width;
            continue;
        }
        // A token runs to the next white space; ASCII bytes that are not
        // white space are passed over without decoding.
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

/// Pushes the token `s[a..b]`, cut after any glued sentence end inside it.
fn cut_glued(s: &str, a: usize, b: usize, out: &mut Vec<Tok>) {
    let Some(tok) = s.get(a..b) else {
        return;
    };
    let bytes = tok.as_bytes();
    // Fast path: nothing that could end a sentence inside the token.
    let maybe = any_byte(&bytes[..bytes.len().saturating_sub(1)], |c| {
        matches!(c, b'.' | b'!' | b'?') || c >= 0xE3
    });
    if !maybe || is_address(tok) {
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
            !lexicon::lookup(TITLES, word) && !lexicon::lookup(ABBREVIATIONS, word)
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

    #[test]
    fn cuts_after_cjk_full_stops() {
        assert_eq!(words("你好。我是"), ["你好。", "我是"]);
        assert_eq!(words("你好。"), ["你好。"]);
    }
}
