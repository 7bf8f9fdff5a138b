//! Sentence segmentation: splits one layout block into sentence spans.
//!
//! A rule-based segmenter for English news, in one pass over the block:
//! the block is cut into tokens at white space ([`token`]), and the gap after
//! each token that ends in sentence punctuation is judged by what precedes
//! it (an abbreviation, a title, an initial, a number, an ellipsis, a list
//! marker) and by what follows (lower case, a capital, a typical sentence
//! opener). The word knowledge sits in [`lexicon`]; the judgement is in
//! [`rules`], [`list`] (items on one line) and [`glue`] (datelines and
//! captions run into the text without punctuation). No regular expression
//! runs per sentence, so the stage keeps pace with reading the input
//! (`cargo run --release --example segment_throughput`).
//!
//! The conventions follow the Golden Rules of sentence boundary detection
//! and GUM's news treebank: a closing quote or bracket after the full stop
//! belongs to the sentence; a quotation of several sentences is split like
//! any text, unless it is the object of a verb of saying with no comma
//! before it (`said "..."`, `wrote that "..."`), when it is one sentence with
//! its verb; a spaced ellipsis (". . .") stays inside a sentence.

mod glue;
mod lexicon;
mod list;
mod rules;
mod token;

use crate::model::Span;
use std::cell::RefCell;
use token::Tok;

/// Sentence spans within `block` (a byte range of `text`), in order, each
/// trimmed of surrounding white space, never empty. Together they cover
/// every non-space character of the block.
pub fn split(text: &str, block: Span) -> Vec<Span> {
    let Some(body) = text.get(block.start..block.end) else {
        return Vec::new();
    };
    // The tokens of a block, in a buffer kept from block to block.
    thread_local! {
        static TOKS: RefCell<Vec<Tok>> = const { RefCell::new(Vec::new()) };
    }
    TOKS.with_borrow_mut(|toks| {
        toks.clear();
        token::tokenize(body, toks);
        sentences(body, toks, block.start)
    })
}

/// The sentences of `s` as spans of the text that holds `s` at `offset`,
/// from its tokens.
fn sentences(s: &str, toks: &[Tok], offset: usize) -> Vec<Span> {
    let span = |a: usize, b: usize| Span::new(offset + a, offset + b);
    let mut out = Vec::new();
    let Some(last) = toks.len().checked_sub(1) else {
        return out;
    };
    let mut depth = rules::Depth::new(s);
    let mut first = 0; // the first token of the current sentence
    let mut lead = list::Lead::of(s, toks, first);
    // Whether the sentence opens a list item, which few do: the list
    // questions of `lead` are asked at a token only then.
    let mut in_list = lead.is_list_item();
    // The token that carries the words before a run of pure punctuation
    // tokens (". . ." after "weakened").
    let mut anchor = 0;
    // Whether the last sentence ended at punctuation (not at a list marker
    // or a glued dateline or caption).
    let mut last_cut_at_stop = false;
    for j in 0..last {
        if !toks[j].pure || j == first {
            anchor = j;
        }
        depth.feed(toks, j);
        let mut at_stop = false;
        let ends = if toks[j + 1].pure {
            // Decide after the whole run of punctuation.
            false
        } else if in_list && lead.continues_at(s, toks, j + 1) {
            true
        } else if in_list && lead.is_marker_at(j) {
            false
        } else if !toks[j].ends_punct {
            glue::ends_unpunctuated(s, toks, first, j)
        } else {
            match ends_at_stop(s, toks, first, anchor..=j, depth.current()) {
                Some(ends) => {
                    at_stop = true;
                    ends
                }
                None => glue::ends_unpunctuated(s, toks, first, j),
            }
        };
        if ends {
            last_cut_at_stop = at_stop;
            out.push(span(toks[first].start, toks[j].end));
            first = j + 1;
            lead = list::Lead::of(s, toks, first);
            in_list = lead.is_list_item();
        }
    }
    // A name, perhaps after a dash: capitalised words ending in a letter
    // (not "Rathbun stated," which leads into a quotation).
    let tail_is_source = last_cut_at_stop
        && last - first < MAX_SOURCE_TOKENS
        && text_of(s, toks[last]).ends_with(char::is_alphanumeric)
        && toks[first..=last].iter().all(|&t| {
            let w = text_of(s, t);
            w.starts_with(char::is_uppercase) || matches!(w, "-" | "--" | "–" | "—")
        })
        && !in_list;
    match out.last_mut() {
        // "... she was suppressive. Valeska Paris": a short unpunctuated
        // tail after a sentence names its source (a pull quote's speaker,
        // "- Jane Roe"), and stays with it.
        Some(prev) if tail_is_source => prev.end = offset + toks[last].end,
        _ => out.push(span(toks[first].start, toks[last].end)),
    }
    if out.len() > 1 && glue::is_pull_quote(s, toks) {
        out = vec![span(toks[0].start, toks[last].end)];
    }
    out
}

/// Whether the sentence that opened at token `first` ends after the group
/// of tokens `group` (a word and the punctuation tokens after it, the last
/// ending in punctuation), at bracket depth `depth`; `None` if the group
/// holds no sentence punctuation (only closers). Kept out of the loop over
/// the tokens, which most tokens pass through without punctuation.
#[inline(never)]
fn ends_at_stop(
    s: &str,
    toks: &[Tok],
    first: usize,
    group: std::ops::RangeInclusive<usize>,
    depth: i32,
) -> Option<bool> {
    let j = *group.end();
    let group = rules::Group::new(s, &toks[group], depth);
    if !group.has_stop() {
        return None;
    }
    let mut after = [""; 4];
    for (slot, &t) in after.iter_mut().zip(&toks[j + 1..]) {
        *slot = text_of(s, t);
    }
    Some(
        !rules::citation_at(s, toks[j + 1].start)
            && group.ends_sentence(after[0], &after, j + 1 - first),
    )
}

/// The most tokens of an unpunctuated tail kept with the sentence before it.
const MAX_SOURCE_TOKENS: usize = 6;

fn text_of(s: &str, t: Tok) -> &str {
    s.get(t.start..t.end).unwrap_or("")
}

#[cfg(test)]
mod tests;
