//! Sentence ends without punctuation, where a paragraph glues a line that
//! had its own (a dateline, a caption) to the text after it.
//!
//! Scraped news often loses the line break after a dateline or a photo
//! caption: "Thursday, May 7, 2015 On Tuesday, the government ...",
//! "LONDON — The minister ...". These rules look only at the start of a
//! block or at a capitalised scene-setting preposition, so that running text
//! without punctuation problems is never touched.

use super::lexicon::{self, CLAUSE_OPENERS, DATE_WORDS};
use super::token::{self, Tok};

/// A dateline is short: "Evansville, Indiana, United States -".
const MAX_DATELINE_TOKENS: usize = 7;

/// A glued caption is at least this many tokens long before the sentence.
const MIN_CAPTION_TOKENS: usize = 3;

fn text<'a>(s: &'a str, toks: &[Tok], i: usize) -> &'a str {
    toks.get(i)
        .and_then(|t| s.get(t.start..t.end))
        .unwrap_or("")
}

#[inline]
fn is_capitalised(word: &str) -> bool {
    // Most words open with an ASCII letter, and then it decides.
    if let Some(&b) = word.as_bytes().first()
        && b.is_ascii()
        && !matches!(b, b'(' | b'"')
    {
        return b.is_ascii_uppercase();
    }
    word.trim_start_matches(['(', '"', '“'])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

fn is_dash(tok: &str) -> bool {
    matches!(tok, "-" | "--" | "–" | "—" | "―")
}

fn is_year(tok: &str) -> bool {
    let y = tok.trim_end_matches([',', ':']);
    y.len() == 4
        && y.bytes().all(|b| b.is_ascii_digit())
        && (y.starts_with("19") || y.starts_with("20"))
}

/// Whether the sentence `toks[first..=j]` of `s` ends at `j` although `j`
/// has no final punctuation, given that token `j + 1` exists.
#[inline(always)]
pub fn ends_unpunctuated(s: &str, toks: &[Tok], first: usize, j: usize) -> bool {
    // Most next words are in lower case: that test is inlined where this
    // is asked, for every token, and the rest is called only after it.
    // A word that opens with an ASCII byte other than an opener is
    // capitalised if that byte is (as `is_capitalised` has it), which is
    // told from the byte without making the word a string.
    // A small letter, which most words open with, is told first.
    let first_byte = toks.get(j + 1).map(|t| t.first);
    let capitalised = match first_byte {
        Some(b) if b.is_ascii_lowercase() => false,
        Some(b) if b.is_ascii() && !matches!(b, b'(' | b'"') => b.is_ascii_uppercase(),
        _ => is_capitalised(text(s, toks, j + 1)),
    };
    capitalised && ends_before_capital(s, toks, first, j)
}

/// [`ends_unpunctuated`] once the next token is known to be capitalised.
#[inline(never)]
fn ends_before_capital(s: &str, toks: &[Tok], first: usize, j: usize) -> bool {
    let count = j + 1 - first;
    // A dateline heads a paragraph of sentences, not a one-line result
    // such as "Group F — Sweden 1 – 0 Korea".
    let block_ends_sentence = || {
        toks.len()
            .checked_sub(1)
            .is_some_and(|l| token::ends_with_stop(text(s, toks, l)))
    };
    // The block's last token is looked at only for a line that could be a
    // dateline, which few are.
    if first == 0
        && count <= MAX_DATELINE_TOKENS
        && (is_date_line(s, toks, j) || is_place_line(s, toks, j))
        && block_ends_sentence()
    {
        return true;
    }
    glued_caption(s, toks, j, count)
}

/// "Thursday, May 7, 2015": date words and numbers ending in a year.
fn is_date_line(s: &str, toks: &[Tok], j: usize) -> bool {
    is_year(text(s, toks, j))
        && (0..j).all(|i| {
            let w = text(s, toks, i).trim_end_matches(',');
            lexicon::lookup(&DATE_WORDS, w.trim_end_matches('.'))
                || (!w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// "LONDON —", "Evansville, Indiana, United States -": capitalised words
/// (a parenthesised agency allowed) closed by a dash.
fn is_place_line(s: &str, toks: &[Tok], j: usize) -> bool {
    j > 0 && is_dash(text(s, toks, j)) && (0..j).all(|i| is_capitalised(text(s, toks, i)))
}

/// "... in any geographical constituency In the New Territories ...": a
/// capitalised scene-setting preposition before a lower-case word, after a
/// word with no punctuation that is not itself a short function word.
fn glued_caption(s: &str, toks: &[Tok], j: usize, count: usize) -> bool {
    if count < MIN_CAPTION_TOKENS {
        return false;
    }
    // The preposition first: few capitalised words are one, and the lexicon
    // turns most others away at once.
    if !lexicon::lookup(&CLAUSE_OPENERS, text(s, toks, j + 1)) {
        return false;
    }
    let prev = text(s, toks, j);
    let prev_is_word = prev.chars().last().is_some_and(char::is_alphanumeric)
        && !(prev.len() <= 3 && prev.bytes().all(|b| b.is_ascii_lowercase()));
    let after = text(s, toks, j + 2);
    prev_is_word && after.chars().next().is_some_and(char::is_lowercase)
}

/// The most tokens of the attribution after a pull quote.
const MAX_ATTRIBUTION_TOKENS: usize = 12;

/// Whether the block is a pull quote: a quotation that opens the block and
/// ends in sentence punctuation, then only its unpunctuated attribution
/// (`"... a long game." - Jane Roe`, `"..." Blogger, "Post title"`). The
/// attribution covers the whole quotation, so the block is one sentence.
pub fn is_pull_quote(s: &str, toks: &[Tok]) -> bool {
    let Some(last) = toks.len().checked_sub(1) else {
        return false;
    };
    if !text(s, toks, 0).starts_with(['"', '“']) || token::ends_with_stop(text(s, toks, last)) {
        return false;
    }
    // The end of the quotation: the last token closing a quote after a stop.
    let Some(end) = (0..last).rev().find(|&i| {
        let w = text(s, toks, i);
        w.ends_with(['"', '”']) && token::ends_with_stop(w)
    }) else {
        return false;
    };
    let tail = end + 1..=last;
    tail.end() - end <= MAX_ATTRIBUTION_TOKENS
        && tail
            .clone()
            .all(|i| !token::ends_with_stop(text(s, toks, i)))
        && text(s, toks, end + 1).starts_with(|c: char| c.is_uppercase() || "-–—".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::token::tokenize;

    fn ends_at(s: &str, word: &str) -> bool {
        let mut toks = Vec::new();
        tokenize(s, &mut toks);
        let j = toks
            .iter()
            .position(|t| &s[t.start..t.end] == word)
            .unwrap();
        ends_unpunctuated(s, &toks, 0, j)
    }

    /// `ends_unpunctuated` before it told a small letter first.
    fn old_ends_unpunctuated(s: &str, toks: &[Tok], first: usize, j: usize) -> bool {
        let capitalised = match toks.get(j + 1).map(|t| t.first) {
            Some(b) if b.is_ascii() && !matches!(b, b'(' | b'"') => b.is_ascii_uppercase(),
            _ => is_capitalised(text(s, toks, j + 1)),
        };
        capitalised && ends_before_capital(s, toks, first, j)
    }

    #[test]
    fn ends_unpunctuated_as_before_on_generated_text() {
        // Whole words, so that datelines and captions are among the strings.
        let pieces = [
            "a ", "B ", "(B ", "\"B ", "“B ", "éa ", "Éa ", "1 ", "— ", "In ", "the ", "LONDON ",
            "a. ", "Ships",
        ];
        for s in crate::testing::strings_of(&pieces, 5) {
            let mut toks = Vec::new();
            tokenize(&s, &mut toks);
            for j in 0..toks.len().saturating_sub(1) {
                assert_eq!(
                    ends_unpunctuated(&s, &toks, 0, j),
                    old_ends_unpunctuated(&s, &toks, 0, j),
                    "{s:?} at {j}"
                );
            }
        }
    }

    #[test]
    fn splits_a_glued_dateline() {
        assert!(ends_at("Monday, June 3, 2019 The port reopened.", "2019"));
        assert!(ends_at("LONDON, England — The port reopened.", "—"));
        assert!(!ends_at("The port - It reopened.", "-"));
        assert!(!ends_at("Group F — Sweden 1 – 0 Korea", "—"));
        assert!(!ends_at("In 2019 The Times said so.", "2019"));
    }

    #[test]
    fn splits_a_glued_caption() {
        assert!(ends_at(
            "Ships wait near the port In the morning they left.",
            "port"
        ));
        assert!(!ends_at("He starred in On the Waterfront.", "in"));
        assert!(!ends_at("Ships wait near the port In Rason.", "port"));
    }
}
