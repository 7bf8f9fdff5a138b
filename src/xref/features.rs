//! What a claim is made of, for matching: its content words, folded so that
//! variants of one word agree, and how informative each is.
//!
//! A word is lower-cased, its possessive dropped, folded to its synonym
//! group ([`super::lexicon`]), British spelling folded to American
//! (`epicentre` → `epicenter`, `-ise` → `-ize`, `-our` → `-or`), then stemmed
//! with the Snowball English stemmer. Stop words are dropped. Numbers are
//! kept as written without thousands separators, so `2,000` and `2000` agree.
//!
//! Each folded stem is reduced to a 64-bit hash: claims are compared and
//! indexed by these ids, and the byte spans of the tokens give back the
//! words as written when a difference is explained.
//!
//! Two looser marks serve only the word alignment of `matching`: a token's
//! first bytes as written (so that "presidential" meets "president") and
//! its group of related words (`lexicon/related.txt`: "disclosed" may stand
//! for "released"). Neither changes a stem, so the index and the weights
//! that clustering uses do not see them.

use super::lexicon;
use crate::model::Span;
use crate::unicode::char_at;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::LazyLock;

static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// One content word of a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Hash of the folded stem.
    pub id: u64,
    /// Where the word is, in the text the features were made from.
    pub span: Span,
    /// A frequent word of news English (half weight without a corpus).
    pub common: bool,
    pub number: bool,
    /// Capitalised inside the text: part of a name ("Senate", "Reid").
    pub name: bool,
    /// The first bytes of the word as written, lower-cased and in American
    /// spelling, neither stemmed nor folded to a synonym, zero-padded:
    /// alignment matches words that share a long beginning ("acquired",
    /// "acquisition") when their stems differ.
    pub head: [u8; HEAD],
    /// The group of related words ([`lexicon::related`]) the stem is in,
    /// numbered from 1 in the list's order; 0 for none.
    pub kin: u32,
    /// Written in capitals ("UN", "U.S."): may stand for the words its
    /// letters begin ("United Nations").
    pub acronym: bool,
}

/// How many bytes of a folded word [`Token::head`] keeps.
pub const HEAD: usize = 8;

/// A claim reduced to what matching compares.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// Content tokens in text order.
    pub tokens: Vec<Token>,
    /// The distinct stem ids, sorted.
    pub stems: Vec<u64>,
    /// For each stem: whether some token of it is written as a name.
    pub named: Vec<bool>,
    /// Every distinct word, hashed, sorted: content words as their folded
    /// stems, stop words lower-cased as written.
    pub words: Vec<u64>,
    /// Distinct runs of four adjacent `words` (stop words included, so
    /// that word order and construction show), hashed, sorted.
    pub grams: Vec<u64>,
    /// The content words a negation governs: the first content word within
    /// [`NEGATION_REACH`] words after "not", "never", "didn't" ..., as its
    /// stem id and the span from the negation to that word ("not
    /// recommend").
    pub negated: Vec<(u64, Span)>,
    /// Whether any word negates, whatever it governs.
    pub negates: bool,
}

/// How many words after a negation its content word may come ("did not
/// immediately respond").
const NEGATION_REACH: usize = 3;

impl Features {
    /// The features of `text`; token spans are offset by `base` so that they
    /// point into the article the text was sliced from.
    pub fn of(text: &str, base: usize) -> Features {
        let mut tokens = Vec::new();
        let mut all_words = Vec::new();
        let mut negated = Vec::new();
        let mut negates_any = false;
        // The start of the last negation and the words left in its reach.
        let mut negation: Option<(usize, usize)> = None;
        for (k, (span, word)) in words(text).into_iter().enumerate() {
            let w = read_word(word);
            negates_any |= w.negates;
            // The reach of an earlier negation, counting this word.
            let open = negation.filter(|&(_, left)| left > 0);
            negation = if w.negates {
                Some((span.start, NEGATION_REACH))
            } else if word.eq_ignore_ascii_case("only") {
                // "not only ... but also" asserts both.
                None
            } else {
                open.map(|(start, left)| (start, left - 1))
            };
            all_words.push(w.id);
            if w.stop {
                continue;
            }
            if let Some((start, _)) = open.filter(|_| !w.negates) {
                negated.push((w.id, Span::new(base + start, base + span.end)));
                negation = None;
            }
            tokens.push(Token {
                id: w.id,
                span: Span::new(base + span.start, base + span.end),
                common: w.common,
                name: k > 0 && word.starts_with(char::is_uppercase),
                number: w.number,
                head: w.head,
                kin: w.kin,
                acronym: w.acronym,
            });
        }
        let mut stems: Vec<u64> = tokens.iter().map(|t| t.id).collect();
        stems.sort_unstable();
        stems.dedup();
        let mut named = vec![false; stems.len()];
        for t in tokens.iter().filter(|t| t.name) {
            if let Ok(k) = stems.binary_search(&t.id) {
                named[k] = true;
            }
        }
        let grams = runs(&all_words, 4);
        let mut words = all_words;
        words.sort_unstable();
        words.dedup();
        Features {
            tokens,
            stems,
            named,
            words,
            grams,
            negated,
            negates: negates_any,
        }
    }
}

/// What matching reads off one word as written, whatever its context.
#[derive(Clone, Copy, Debug)]
struct Word {
    /// The hash of the folded stem, or of the lower-case word for a stop word.
    id: u64,
    stop: bool,
    number: bool,
    common: bool,
    negates: bool,
    head: [u8; HEAD],
    kin: u32,
    acronym: bool,
}

/// The stem of a word as content, folded like any other (synonym group,
/// spelling, Snowball stem), hashed.
fn content_stem(canonical: &str) -> u64 {
    hash(&STEMMER.stem(&fold_spelling(canonical)))
}

/// Stem id to related group id, for [`Token::kin`]: the words of a group
/// are folded as claims' words are, so one form of each is listed.
static KIN: LazyLock<HashMap<u64, u32>> = LazyLock::new(|| {
    let mut kin = HashMap::new();
    let mut groups: Vec<&str> = Vec::new();
    for (word, group) in lexicon::related() {
        if groups.last() != Some(&group) {
            groups.push(group);
        }
        let canonical = lexicon::synonym(word).unwrap_or(word);
        kin.entry(content_stem(canonical))
            .or_insert(groups.len() as u32);
    }
    kin
});

thread_local! {
    /// Words read so far on this thread, for [`read_word`]. Cleared when it
    /// grows past [`MEMO_WORDS`], so that its memory stays bounded.
    static MEMO: std::cell::RefCell<FxHashMap<Box<str>, Word>> = Default::default();
}

/// Distinct words a thread remembers: a news corpus of millions of words
/// uses far fewer.
const MEMO_WORDS: usize = 1 << 17;

/// [`Word`] of `word`, remembered: folding and stemming cost far more than
/// a lookup, and a corpus repeats its words.
fn read_word(word: &str) -> Word {
    MEMO.with_borrow_mut(|memo| {
        if let Some(w) = memo.get(word) {
            return *w;
        }
        if memo.len() >= MEMO_WORDS {
            memo.clear();
        }
        let w = fold_word(word);
        memo.insert(word.into(), w);
        w
    })
}

fn fold_word(word: &str) -> Word {
    let lower = fold_case(word);
    // An acronym ("US", "U.S.", "IT") is a name, never a stop word.
    let acronym = word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || c == '.');
    let number = lower.starts_with(|c: char| c.is_ascii_digit());
    let canonical = lexicon::synonym(&lower).unwrap_or(&lower);
    // A synonym may fold to a stop word ("nearly" to "almost").
    let stop = !number && !acronym && (lexicon::is_stop(&lower) || lexicon::is_stop(canonical));
    let mut head = [0u8; HEAD];
    let id = if stop {
        hash(&lower)
    } else if number {
        hash(&canonical.replace(',', ""))
    } else {
        for (h, b) in head.iter_mut().zip(fold_spelling(&lower).bytes()) {
            *h = b;
        }
        content_stem(canonical)
    };
    let kin = if stop || number {
        0
    } else {
        KIN.get(&id).copied().unwrap_or(0)
    };
    Word {
        id,
        stop,
        number,
        common: lexicon::is_common(&lower),
        negates: lexicon::is_negation(word),
        head,
        kin,
        acronym: acronym && !number,
    }
}

/// The distinct runs of `n` adjacent words, hashed, sorted.
fn runs(words: &[u64], n: usize) -> Vec<u64> {
    let mut runs: Vec<u64> = words
        .windows(n)
        .map(|w| w.iter().fold(0u64, |h, x| h.rotate_left(17) ^ x))
        .collect();
    runs.sort_unstable();
    runs.dedup();
    runs
}

/// How informative a stem is.
#[derive(Clone, Copy, Debug)]
pub enum Weighting<'a> {
    /// No corpus to count: every content word weighs 1, a common one 0.5.
    Prior,
    /// The prior scaled by inverse document frequency over the corpus'
    /// claims.
    Idf(&'a Idf),
}

impl Weighting<'_> {
    pub fn weight(&self, t: &Token) -> f64 {
        let prior = if t.common { 0.5 } else { 1.0 };
        match self {
            Weighting::Prior => prior,
            Weighting::Idf(idf) => prior * idf.factor(t.id),
        }
    }

    /// The weight of each distinct stem of `f` (its first token's), in the
    /// order of `f.stems`.
    pub fn stem_weights(&self, f: &Features) -> Vec<f64> {
        let mut w: Vec<Option<f64>> = vec![None; f.stems.len()];
        for t in &f.tokens {
            if let Ok(k) = f.stems.binary_search(&t.id) {
                w[k].get_or_insert_with(|| self.weight(t));
            }
        }
        w.into_iter().map(|x| x.unwrap_or(0.0)).collect()
    }
}

/// Document frequencies of stems over a corpus of claims.
#[derive(Clone, Debug, Default)]
pub struct Idf {
    pub docs: usize,
    pub df: HashMap<u64, u32>,
}

impl Idf {
    pub fn new<'a>(claims: impl IntoIterator<Item = &'a Features>) -> Idf {
        let mut idf = Idf::default();
        for f in claims {
            idf.docs += 1;
            for s in &f.stems {
                *idf.df.entry(*s).or_insert(0) += 1;
            }
        }
        idf
    }

    pub fn df(&self, stem: u64) -> u32 {
        self.df.get(&stem).copied().unwrap_or(0)
    }

    /// `ln(1 + N / df) / ln(1 + N)`: 1 for a stem of one claim, falling
    /// towards 0 for a stem in every claim. Scaled by the corpus size so that
    /// a rare word weighs about 1 in a corpus of two articles or of
    /// thousands, and a weight threshold means "about so many rare words".
    pub fn factor(&self, stem: u64) -> f64 {
        let n = self.docs.max(1) as f64;
        let df = f64::from(self.df(stem).max(1));
        (1.0 + n / df).ln() / (1.0 + n).ln()
    }
}

/// The words of `text` with their byte spans: runs of letters and digits,
/// with an apostrophe inside a word kept ("don't") and a number's inner
/// separators kept ("2,000", "2.5").
pub fn words(text: &str) -> Vec<(Span, &str)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let numeric = c.is_ascii_digit();
        let mut end = start + c.len_utf8();
        while let Some(c) = char_at(text, end) {
            let after = &text[end + c.len_utf8()..];
            let joins = match c {
                c if c.is_alphanumeric() => true,
                // "2,000", "2.5": a separator between digits.
                ',' | '.' if numeric => after.starts_with(|d: char| d.is_ascii_digit()),
                // "don't", "Rason’s": an apostrophe between letters.
                '\'' | '’' if !numeric => after.starts_with(char::is_alphabetic),
                // "U.S.", "U.N.": a dot between single capitals.
                '.' if !numeric => {
                    let word = &text[start..end];
                    let last = word.chars().next_back();
                    last.is_some_and(char::is_uppercase)
                        && word.chars().rev().nth(1).is_none_or(|p| p == '.')
                        && after.starts_with(char::is_uppercase)
                }
                _ => false,
            };
            if !joins {
                break;
            }
            end += c.len_utf8();
        }
        out.push((Span::new(start, end), &text[start..end]));
        i = end;
    }
    out
}

/// Lower case, curly apostrophes straightened, possessive dropped.
fn fold_case(word: &str) -> String {
    let mut w = word.to_lowercase().replace('’', "'").replace('.', "");
    if w.ends_with("'s") {
        w.truncate(w.len() - 2);
    } else if let Some(i) = w.find('\'') {
        // "don't" -> "dont", "o'brien" -> "obrien": one form either way.
        w.remove(i);
    }
    w
}

/// British spellings folded to American ones, so that both sides stem alike.
/// Both sides are folded the same way, so an over-eager fold ("promise" →
/// "promize") is harmless unless it merges two different words.
fn fold_spelling(word: &str) -> String {
    let n = word.len();
    if let Some(&(_, us)) = lexicon::SPELLING
        .binary_search_by(|(uk, _)| uk.cmp(&word))
        .ok()
        .and_then(|i| lexicon::SPELLING.get(i))
    {
        return us.to_string();
    }
    // centre, epicentre, theatre, metre, litre, fibre.
    for (uk, us) in [("tre", "ter"), ("bre", "ber")] {
        if n >= 5 && word.ends_with(uk) {
            return format!("{}{us}", &word[..n - 3]);
        }
    }
    // colour, labour, honour, favourite, neighbours: "-our" in a word of six
    // letters or more ("four", "hour", "tour" and "flour" are shorter).
    if let Some(i) = word.find("our").filter(|&i| n >= 6 && i >= 2) {
        return format!("{}or{}", &word[..i], &word[i + 3..]);
    }
    // organise, organised, organising, organisation, analyse.
    for (uk, us) in [
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ysed", "yzed"),
    ] {
        if n >= uk.len() + 3 && word.ends_with(uk) {
            return format!("{}{us}", &word[..n - uk.len()]);
        }
    }
    word.to_string()
}

pub fn hash(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Vec<u64> {
        Features::of(text, 0).stems
    }

    #[test]
    fn spelling_variants_fold_together() {
        assert_eq!(stems("the epicentre"), stems("the epicenter"));
        assert_eq!(stems("organised labour"), stems("organized labor"));
        assert_eq!(stems("they analysed it"), stems("they analyzed it"));
        assert_ne!(stems("four hours"), stems("for hours"));
    }

    #[test]
    fn synonyms_and_numbers_fold_together() {
        assert_eq!(
            stems("halted nearly all trade"),
            stems("stopped almost all trade")
        );
        assert_eq!(stems("2,000 boxes"), stems("2000 boxes"));
        assert_eq!(stems("three ships"), stems("3 ships"));
        assert_ne!(stems("2,000 boxes"), stems("3,000 boxes"));
    }

    #[test]
    fn related_words_share_a_group_and_no_stem_is_in_two() {
        let kin = |w: &str| Features::of(w, 0).tokens.first().map(|t| t.kin);
        assert_eq!(kin("disclosed"), kin("released"));
        assert_eq!(kin("completed"), kin("finished"));
        assert_ne!(kin("disclosed"), kin("completed"));
        assert_eq!(kin("harbour"), Some(0));
        // Every listed word is a content word in its own group, and each
        // group has a number of its own.
        let mut groups: Vec<Option<u32>> = lexicon::related().map(|(_, g)| kin(g)).collect();
        groups.dedup();
        let mut numbers = groups.clone();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), groups.len());
        assert!(!groups.contains(&Some(0)) && !groups.contains(&None));
        let astray: Vec<&str> = lexicon::related()
            .filter(|&(word, group)| kin(word) != kin(group))
            .map(|(word, _)| word)
            .collect();
        assert!(astray.is_empty(), "{astray:?}");
    }

    #[test]
    fn stop_words_possessives_and_spans() {
        let text = "Rason’s port, it said.";
        let f = Features::of(text, 10);
        assert_eq!(f.tokens.len(), 2, "{:?}", f.tokens);
        assert_eq!(f.tokens[0].span, Span::new(10, 10 + "Rason’s".len()));
        assert_eq!(stems("Rason's port"), stems("rason port"));
    }

    /// [`words`] as first written, over `char_indices`: the reference the
    /// byte-reading version is held to.
    fn words_by_chars(text: &str) -> Vec<(Span, &str)> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if !c.is_alphanumeric() {
                continue;
            }
            let numeric = c.is_ascii_digit();
            let mut end = start + c.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                let joins = match c {
                    c if c.is_alphanumeric() => true,
                    // "2,000", "2.5": a separator between digits.
                    ',' | '.' if numeric => text[i + 1..].starts_with(|d: char| d.is_ascii_digit()),
                    // "don't", "Rason’s": an apostrophe between letters.
                    '\'' | '’' if !numeric => {
                        text[i + c.len_utf8()..].starts_with(char::is_alphabetic)
                    }
                    // "U.S.", "U.N.": a dot between single capitals.
                    '.' if !numeric => {
                        let word = &text[start..i];
                        let last = word.chars().next_back();
                        last.is_some_and(char::is_uppercase)
                            && word.chars().rev().nth(1).is_none_or(|p| p == '.')
                            && text[i + 1..].starts_with(char::is_uppercase)
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            out.push((Span::new(start, end), &text[start..end]));
        }
        out
    }

    #[test]
    fn words_read_as_the_reference_reads_them() {
        let pieces = [
            "a", "B", "1", "é", "É", "東", "’", "'", ".", ",", " ", "U", "S", "-", "2", "\u{301}",
        ];
        for text in crate::testing::strings_of(&pieces, 4) {
            assert_eq!(words(&text), words_by_chars(&text), "{text:?}");
        }
    }

    #[test]
    fn words_never_split_inside_a_character() {
        for text in ["", "…", "“”", "東京 2,0", "a’", "9.", "x,1", "é'é"] {
            for (span, w) in words(text) {
                assert_eq!(&text[span.start..span.end], w);
            }
        }
        let w: Vec<&str> = words("It cost $2.5 billion, don’t you know.")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(w, ["It", "cost", "2.5", "billion", "don’t", "you", "know"]);
        let w: Vec<&str> = words("The U.S. and U.N. met. In the US.")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(w, ["The", "U.S", "and", "U.N", "met", "In", "the", "US"]);
        // "US" is the country, not the pronoun; both spellings agree.
        assert_eq!(stems("the U.S. economy"), stems("the US economy"));
        assert!(stems("told us").is_empty());
    }

    #[test]
    fn idf_favours_rare_stems() {
        let claims: Vec<Features> = ["ships dock at the port", "ships sail", "ships sink"]
            .iter()
            .map(|t| Features::of(t, 0))
            .collect();
        let idf = Idf::new(&claims);
        let ship = Features::of("ships", 0).stems[0];
        let dock = Features::of("dock", 0).stems[0];
        assert_eq!(idf.df(ship), 3);
        assert!(idf.factor(dock) > idf.factor(ship));
        assert!((idf.factor(dock) - 1.0).abs() < 1e-9);
    }
}
