//! Hedges: the words that make a claim less than certain.
//!
//! A claim is hedged when its sentence carries a cue of possibility,
//! appearance, expectation or hearsay ("might", "appears", "is expected to",
//! "reportedly", "suspected"). The cues are listed, as written in lower case,
//! in [`CUES`]; multi-word cues are matched before their parts.
//!
//! Whose hedge it is differs: a cue inside a direct quotation is the
//! source's own caution ("“Russia might send more tourists,” said X"), while
//! a cue outside it is the writer's ("X reportedly said", "the zone appears
//! to be ..."). Claims carry every cue of the sentence; [`Voice`],
//! [`voice`] and [`by_voice`] keep the distinction available to later
//! stages (a cross-article comparison can tell "the outlet hedges" from
//! "the source hedges").

use super::tokens::{Quotes, Tok};
use crate::model::{Role, Sentence, Span};
use crate::unicode::is_alphanumeric;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::LazyLock;

/// Hedge cues, lower case, sorted. Each matches as whole words.
pub const CUES: &[&str] = &[
    "allegedly",
    "apparently",
    "appear to",
    "appeared to",
    "appears",
    "are believed to",
    "are expected to",
    "are likely to",
    "could",
    "estimated",
    "is believed to",
    "is expected to",
    "is likely to",
    "it is believed",
    "it is thought",
    "likely",
    "may",
    "might",
    "perhaps",
    "possible",
    "possibly",
    "potentially",
    "presumably",
    "probably",
    "purportedly",
    "reportedly",
    "rumored",
    "rumoured",
    "seem to",
    "seemed to",
    "seems",
    "supposedly",
    "suspected",
    "unconfirmed",
    "unlikely",
    "were expected to",
    "were likely to",
];

static MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(CUES)
        .ok()
});

/// A hedge cue found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hedge {
    pub span: Span,
    /// The cue as written, lower case.
    pub cue: String,
}

/// Every hedge cue in `span` of `text`, in order.
pub fn find(text: &str, span: Span) -> Vec<Hedge> {
    let Some(matcher) = MATCHER.as_ref() else {
        return Vec::new();
    };
    let s = span.of(text);
    let mut out = Vec::new();
    for m in matcher.find_iter(s) {
        let before = s[..m.start()].chars().next_back();
        let after = s[m.end()..].chars().next();
        let whole = !before.is_some_and(is_alphanumeric) && !after.is_some_and(is_alphanumeric);
        let written = &s[m.start()..m.end()];
        // "May" with a capital is the month far more often than the modal.
        if !whole || written == "May" {
            continue;
        }
        out.push(Hedge {
            span: Span::new(span.start + m.start(), span.start + m.end()),
            cue: written.to_lowercase(),
        });
    }
    out
}

/// Every hedge cue in the sentence `span` of `text`, whose tokens are
/// `toks` ([`tokenize_into`](super::tokens::tokenize_into)): [`find`], skipped when
/// no token holds the word that marks a cue ([`Tok::hedge_key`]), as most
/// sentences hold none.
pub fn find_in_sentence(text: &str, span: Span, toks: &[Tok]) -> Vec<Hedge> {
    if toks.iter().any(|t| t.hedge_key) {
        find(text, span)
    } else {
        Vec::new()
    }
}

/// Whose caution a hedge expresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    /// The article's own wording.
    Writer,
    /// Inside a direct quotation: the quoted source's wording.
    Source,
}

/// The voice of the hedge at `span`, given its sentence's quotations.
pub fn voice(span: Span, quotes: &Quotes) -> Voice {
    if quotes.covers(span) {
        Voice::Source
    } else {
        Voice::Writer
    }
}

/// Every hedge cue of `sentence` with its voice, reading the sentence's own
/// quotation marks: for later stages that hold a claim and its sentence
/// but not the stage's quotation state (a quotation carried in from an
/// earlier sentence is not seen here).
pub fn by_voice(text: &str, sentence: Span) -> Vec<(Hedge, Voice)> {
    let one = [Sentence {
        index: 0,
        span: sentence,
        role: Role::Body,
    }];
    let quotes = super::tokens::quotes(text, &one);
    let Some(q) = quotes.first() else {
        return Vec::new();
    };
    find(text, sentence)
        .into_iter()
        .map(|h| {
            let v = voice(h.span, q);
            (h, v)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<String> {
        find(text, Span::new(0, text.len()))
            .into_iter()
            .map(|h| h.cue)
            .collect()
    }

    #[test]
    fn table_is_sorted() {
        assert!(CUES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn cues_as_written_longest_first() {
        assert_eq!(
            cues("Output is expected to grow and Might possibly slow."),
            ["is expected to", "might", "possibly"]
        );
        // Whole words only, and the month is not a modal.
        assert!(cues("Mayors met in May; a mightier couldron.").is_empty());
    }

    /// A sentence in which `find` sees a cue has a token that marks one:
    /// skipping the others loses nothing.
    #[test]
    fn only_sentences_with_a_key_word_hold_hedges() {
        let pieces = [
            "may", "May", "xmay", " ", "-", "’", "'", ".", "é", "\u{212a}", "are", "likely", "to",
            "it", "is", "believed", "seem", "Mr", "unlikely", "“",
        ];
        for text in crate::testing::strings_of(&pieces, 4) {
            let span = Span::new(0, text.len());
            let toks = super::super::tokens::tokenize(&text, span);
            assert_eq!(
                find_in_sentence(&text, span, &toks),
                find(&text, span),
                "{text:?}"
            );
        }
        let text = "Output is expected to grow, and well-likely rains may-be late.";
        let span = Span::new(0, text.len());
        let toks = super::super::tokens::tokenize(text, span);
        assert_eq!(find_in_sentence(text, span, &toks).len(), 3);
    }

    #[test]
    fn by_voice_reads_the_quotation_marks() {
        let text = "“Prices might rise,” she reportedly said.";
        let voices: Vec<(String, Voice)> = by_voice(text, Span::new(0, text.len()))
            .into_iter()
            .map(|(h, v)| (h.cue, v))
            .collect();
        assert_eq!(
            voices,
            [
                ("might".to_string(), Voice::Source),
                ("reportedly".to_string(), Voice::Writer)
            ]
        );
    }

    #[test]
    fn voice_follows_quotations() {
        let quotes = Quotes {
            inside: vec![Span::new(1, 10)],
            ..Quotes::default()
        };
        assert_eq!(voice(Span::new(2, 5), &quotes), Voice::Source);
        assert_eq!(voice(Span::new(12, 15), &quotes), Voice::Writer);
    }
}
