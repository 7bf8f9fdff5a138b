//! Candidate names in one sentence: runs of capitalised words, joined across
//! the connectors that live inside names ("Bank of England", "da Silva"), cut
//! at titles ("Defense Minister | Sergei Shoigu") and trimmed of function
//! words ("After | Germany").
//!
//! A run is only a candidate: whether it is a name, and of what, is decided
//! with the whole article in view (`resolve`).

use super::lexicon;
use super::tokens::Token;
use crate::model::Span;

/// Connectors that join two capitalised parts into one name when the part
/// before them is an institution or a place ("Ministry of Defence",
/// "Institute for National Unification", "Gulf of Mexico").
const INSTITUTION_LINKS: &[&str] = &["for", "of", "on", "the"];

/// Name particles that join a person's or place's name parts whatever comes
/// before ("Lula da Silva", "Rio de Janeiro", "Ludwig van Beethoven").
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "der", "di", "dos", "du", "ibn", "la", "le", "van",
    "von",
];

/// Company-form suffixes, after which a name is complete.
const LEGAL_SUFFIXES: &[&str] = &[
    "ag", "co", "corp", "gmbh", "inc", "llc", "ltd", "nv", "plc", "sa",
];

/// The length in bytes of the longest legal suffix: a longer word is none.
/// (A word that lower-cases to a suffix is ASCII: the one other capital
/// whose lower case is ASCII is the Kelvin sign, and no suffix has a "k".)
const LEGAL_SUFFIX_LEN: usize = 4;

/// A run of capitalised words that may be a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run<'a> {
    /// The run's words, borrowed from its sentence's.
    pub words: &'a [Token<'a>],
    /// A title came right before ("Gen.", "captain", "Defense Minister"):
    /// the run names a person.
    pub titled: bool,
    /// The run opens its sentence, where every word is capitalised: weak
    /// evidence of a name.
    pub initial: bool,
    /// A lower-case place noun follows ("railway station"): the span is
    /// extended over it and the run names a place.
    pub place_head: Option<Span>,
}

impl Run<'_> {
    pub fn span(&self) -> Span {
        let start = self.words.first().map_or(0, |w| w.span.start);
        let end = self.words.last().map_or(start, |w| w.span.end);
        let end = self.place_head.map_or(end, |h| h.end);
        Span::new(start, end)
    }
}

/// The candidate runs of one prose sentence (in tests; the extractor
/// reuses one vector for every sentence of an article, with [`runs_into`]).
#[cfg(test)]
pub fn runs<'a>(text: &'a str, tokens: &'a [Token<'a>]) -> Vec<Run<'a>> {
    let mut out = Vec::new();
    runs_into(text, tokens, &mut out);
    out
}

/// The candidate runs of one prose sentence, in `out`, which is cleared
/// first.
pub fn runs_into<'a>(text: &'a str, tokens: &'a [Token<'a>], out: &mut Vec<Run<'a>>) {
    out.clear();
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].cap {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut institution = tokens[i].lex.can_head_of();
        while j < tokens.len() {
            let t = &tokens[j];
            if !t.joined {
                break;
            }
            if t.cap {
                // A legal suffix ends a company's name: "Acme Inc of Ohio" is
                // a company and a place.
                let bare = t.word.trim_end_matches('.');
                let legal = bare.len() <= LEGAL_SUFFIX_LEN
                    && lexicon::with_lower(bare, |w| LEGAL_SUFFIXES.contains(&w));
                if legal {
                    institution = false;
                } else {
                    institution |= t.lex.can_head_of();
                }
                j += 1;
                continue;
            }
            // A connector joins only when capitalised words follow it.
            let link = |k: usize| {
                let w = tokens[k].word;
                PARTICLES.contains(&w) || institution && INSTITUTION_LINKS.contains(&w)
            };
            let mut k = j;
            while k < tokens.len() && k < j + 2 && !tokens[k].cap && tokens[k].joined && link(k) {
                k += 1;
            }
            if k > j && k < tokens.len() && tokens[k].cap && tokens[k].joined {
                j = k;
                continue;
            }
            break;
        }
        let initial = i == 0 || opens_sentence(&text[tokens[i - 1].span.end..tokens[i].span.start]);
        let titled = i > 0 && lower_title_before(tokens, i);
        let words = &tokens[i..j];
        let mut place_head = None;
        if j == tokens.len() || !tokens[j].cap {
            let end = tokens[j - 1].span.end;
            let after = &text[end..];
            let rest = after.trim_start_matches(' ');
            if let Some(head) = lexicon::place_head(rest) {
                let start = end + (after.len() - rest.len());
                place_head = Some(Span::new(start, start + head.len()));
            }
        }
        split(out, words, titled, initial, place_head);
        i = j;
    }
}

/// Whether the text between two words ends one sentence or opens a quote,
/// so that the capital after it may be the sentence's, not a name's.
fn opens_sentence(gap: &str) -> bool {
    gap.contains(['.', '!', '?', ':', '"', '“', '•', '\n'])
}

/// A lower-case title just before word `i` ("captain Chris Lewis").
fn lower_title_before(tokens: &[Token], i: usize) -> bool {
    let prev = &tokens[i - 1];
    tokens[i].joined && !prev.cap && prev.lex.title()
}

/// Cuts the run of `words` at titles and function words, and trims
/// connectors off its ends: the runs that are left go to `out`.
fn split<'a>(
    out: &mut Vec<Run<'a>>,
    words: &'a [Token<'a>],
    titled: bool,
    initial: bool,
    place_head: Option<Span>,
) {
    let mut start = 0;
    let mut titled = titled;
    let mut initial = initial;
    let mut k = 0;
    while k < words.len() {
        let w = &words[k];
        let title_here =
            w.lex.title() && k + 1 < words.len() && !words[k + 1..].iter().any(|t| t.lex.org_cue());
        if w.cap && lexicon::is_not_name_lex(w.word, w.lex) || title_here {
            // The title's modifiers ("Defense" in "Defense Minister") go too.
            let mut cut = k;
            if title_here {
                while cut > start && words[cut - 1].lex.title_modifier() {
                    cut -= 1;
                }
            }
            push(out, &words[start..cut], titled, initial, None);
            titled = title_here;
            // What follows a cut word no longer opens the sentence.
            initial = false;
            start = k + 1;
        }
        k += 1;
    }
    push(out, &words[start..], titled, initial, place_head);
}

fn push<'a>(
    out: &mut Vec<Run<'a>>,
    words: &'a [Token<'a>],
    titled: bool,
    initial: bool,
    place_head: Option<Span>,
) {
    let is_link = |t: &Token| !t.cap;
    let mut words = words;
    while words.first().is_some_and(is_link) {
        words = &words[1..];
    }
    while words.last().is_some_and(is_link) {
        words = &words[..words.len() - 1];
    }
    // A lone title ("President said") names no one.
    if words.is_empty() || words.len() == 1 && words[0].lex.title() {
        return;
    }
    out.push(Run {
        words,
        titled,
        initial,
        place_head,
    });
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn found(text: &str) -> Vec<(String, bool, bool)> {
        let tokens = tokenize(text, Span::new(0, text.len()));
        runs(text, &tokens)
            .iter()
            .map(|r| (r.span().of(text).to_string(), r.titled, r.initial))
            .collect()
    }

    #[test]
    fn no_legal_suffix_is_longer_than_its_bound() {
        assert!(LEGAL_SUFFIXES.iter().all(|s| s.len() <= LEGAL_SUFFIX_LEN));
    }

    #[test]
    fn connectors_join_institutions_not_lists() {
        let f =
            found("He works at the Korea Institute for National Unification and Bank of England.");
        assert_eq!(f[0].0, "Korea Institute for National Unification");
        assert_eq!(f[1].0, "Bank of England");
        let f = found("He met Acme Corp. of Ohio.");
        assert_eq!((f[0].0.as_str(), f[1].0.as_str()), ("Acme Corp.", "Ohio"));
        let f = found("Trade between Russia and China grew.");
        assert_eq!(f.len(), 3, "{f:?}");
        assert_eq!((f[1].0.as_str(), f[2].0.as_str()), ("Russia", "China"));
    }

    #[test]
    fn titles_are_cut_off_and_mark_people() {
        let f = found("Russian Defense Minister Sergei Shoigu visited, said captain Chris Lewis.");
        assert_eq!(f[0], ("Russian".to_string(), false, true));
        assert_eq!(f[1], ("Sergei Shoigu".to_string(), true, false));
        assert_eq!(f[2], ("Chris Lewis".to_string(), true, false));
    }

    #[test]
    fn function_words_and_place_nouns() {
        let f = found("After Germany won, they reached Tumangan railway station.");
        assert_eq!(f[0], ("Germany".to_string(), false, false));
        assert_eq!(f[1].0, "Tumangan railway station");
    }
}
