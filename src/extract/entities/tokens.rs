//! Words of a sentence with their byte spans, and what a sentence looks like
//! (ordinary prose, an ALL CAPS line, a Title Case headline, a dateline).
//!
//! Names are found among capitalised words, so the tokeniser keeps what a
//! name may contain (hyphens: "Kim Jong-un", apostrophes: "O'Brien", "&":
//! "AT&T", the dots of "U.S." and of "Corp.") and drops a possessive "'s",
//! which is never part of the name.

use super::lexicon;
use crate::model::Span;
use crate::unicode::{LETTER, MARK, NUMBER, UPPER};
use regex::Regex;
use std::sync::LazyLock;

/// The words of `body` as byte ranges, as the pattern
/// `(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*`
/// finds them (the tests hold the two to each other): capitals with dots
/// ("U.S."), or a letter or digit and what follows it, joined across single
/// hyphens, apostrophes and ampersands. Written out because it runs on every
/// sentence, where the regex spent most of its time in setup.
fn word_spans(body: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let inner = |c: char| LETTER.contains(c) || MARK.contains(c) || NUMBER.contains(c);
    let mut at = 0;
    std::iter::from_fn(move || {
        let (start, _) = body[at..]
            .char_indices()
            .map(|(i, c)| (at + i, c))
            .find(|&(_, c)| LETTER.contains(c) || NUMBER.contains(c))?;
        // Capitals with dots, twice or more.
        let mut end = start;
        let mut pairs = 0;
        let mut rest = body[start..].chars();
        while let (Some(c), Some('.')) = (rest.next(), rest.next()) {
            if !UPPER.contains(c) {
                break;
            }
            pairs += 1;
            end += c.len_utf8() + 1;
        }
        if pairs < 2 {
            let mut chars = body[start..].char_indices();
            end = start + chars.next().map_or(0, |(_, c)| c.len_utf8());
            end += body[end..].find(|c| !inner(c)).unwrap_or(body.len() - end);
            // Joiners, each with at least one word character after it.
            while let Some(j) = body[end..].chars().next().filter(|c| "-'’&".contains(*c)) {
                let after = end + j.len_utf8();
                let run = body[after..]
                    .find(|c| !inner(c))
                    .unwrap_or(body.len() - after);
                if run == 0 {
                    break;
                }
                end = after + run;
            }
        }
        at = end;
        Some((start, end))
    })
}

/// "LONDON 1996-08-30", "WIGAN , England 1996-08-31", "PYONGYANG, North Korea
/// —": a place in capitals that opens a news item, before a date or a dash.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(\p{Lu}[\p{Lu}\p{M}'.-]*(?: \p{Lu}[\p{Lu}\p{M}'.-]*){0,2})\s*",
        r"(?:,\s*[\p{L} .]{2,40}?)?\s*",
        r"(?:\(\w+\)\s*)?",
        r"(?:\d{4}-\d{2}-\d{2}\s*$|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? \d{1,2}\b|--|—|–)"
    ))
    .expect("dateline pattern")
});

/// Lower-case ends of hyphenated adjectives built on a name ("Ontario-based",
/// "Soviet-era"): such a word describes something else and is no name.
const ADJECTIVE_ENDS: &[&str] = &[
    "backed",
    "based",
    "born",
    "bound",
    "controlled",
    "era",
    "funded",
    "led",
    "linked",
    "made",
    "owned",
    "registered",
    "run",
    "speaking",
    "style",
];

/// Abbreviations that keep their dot inside a name ("St. Petersburg").
const DOTTED: &[&str] = &["Ft", "Jr", "Mt", "Sr", "St"];

/// One word of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word's span, a possessive "'s" left out.
    pub span: Span,
    pub word: &'a str,
    /// Starts with a capital ("Russia", "al-Assad" counts too: its name part
    /// is capitalised).
    pub cap: bool,
    /// Every letter is a capital ("NATO", "U.S.", "LONDON").
    pub upper: bool,
    /// Only spaces lie between the previous word and this one (no comma,
    /// bracket, quote or line break), so the two may belong to one name.
    pub joined: bool,
}

impl Token<'_> {
    /// A single capital with its dot: an initial ("George W. Bush").
    pub fn is_initial(&self) -> bool {
        let mut c = self.word.chars();
        matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
    }
}

/// The words of `text[span]`, in order.
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let body = span.of(text);
    // Room for a word every four bytes: enough for nearly every sentence,
    // so that the vector is not grown (and copied) word by word.
    let mut out: Vec<Token> = Vec::with_capacity(body.len() / 4 + 1);
    let mut prev_end = 0;
    // A possessive ends a name: "Russia's Vostochny cosmodrome" is two.
    let mut prev_possessive = false;
    for (start, m_end) in word_spans(body) {
        let mut end = m_end;
        let mut word = &body[start..m_end];
        for poss in ["'s", "’s"] {
            if let Some(w) = word.strip_suffix(poss).filter(|w| !w.is_empty()) {
                word = w;
                end = start + w.len();
            }
        }
        // Keep the dot of an initial or of a title/company abbreviation.
        if body[end..].starts_with('.') && end == m_end {
            let dotted = &body[start..end + 1];
            let single = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            if single
                || DOTTED.contains(&word)
                || lexicon::is_title(dotted) && word.len() <= 4
                || lexicon::is_org_cue(dotted)
            {
                end += 1;
                word = dotted;
            }
        }
        let gap = &body[prev_end.min(start)..start];
        let joined =
            !out.is_empty() && !prev_possessive && gap.chars().all(|c| c == ' ' || c == '\t');
        prev_possessive = end < m_end;
        prev_end = end.max(m_end);
        out.push(Token {
            span: Span::new(span.start + start, span.start + end),
            word,
            cap: is_cap(word) && !is_adjective(word),
            upper: is_upper(word),
            joined,
        });
    }
    out
}

fn is_cap(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        // Arabic article prefixes before a capitalised name.
        Some(_) => ["al-", "el-", "ad-", "as-"].iter().any(|p| {
            word.strip_prefix(p)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
        }),
        None => false,
    }
}

fn is_adjective(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, end)| ADJECTIVE_ENDS.contains(&end))
}

fn is_upper(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// How a sentence is written, which decides how far its capitals can be
/// trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Casing {
    /// Ordinary prose: a capital marks a name (or the first word).
    Prose,
    /// Every word, or nearly, is capitalised: capitals say nothing.
    Headline,
}

/// Whether the sentence is an ALL CAPS line, or a Title Case one when it is
/// a headline (a body line of names only, "Peter Such and Nasser Hussain",
/// is Title Case too, and its capitals are names).
pub fn casing(tokens: &[Token], headline: bool) -> Casing {
    let mut words: Vec<&Token> = Vec::with_capacity(tokens.len());
    words.extend(
        tokens
            .iter()
            .filter(|t| t.word.chars().filter(|c| c.is_alphabetic()).count() >= 2),
    );
    if words.is_empty() {
        return Casing::Prose;
    }
    let upper = words.iter().filter(|t| t.upper).count();
    if upper * 4 >= words.len() * 3 && (words.len() >= 2 || words[0].word.len() >= 4) {
        return Casing::Headline;
    }
    if !headline {
        return Casing::Prose;
    }
    // Title Case: every word capitalised, function words aside.
    let content: Vec<&&Token> = words
        .iter()
        .filter(|t| t.cap || !capitalised_is_not_name(t.word))
        .collect();
    let cap = content.iter().filter(|t| t.cap).count();
    if content.len() >= 4 && cap == content.len() {
        return Casing::Headline;
    }
    Casing::Prose
}

/// `is_not_name(&capitalise(word))`, with ASCII words capitalised on the
/// stack: this runs on nearly every word.
fn capitalised_is_not_name(word: &str) -> bool {
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(cap @ [_, ..]) if word.is_ascii() => {
            cap.copy_from_slice(word.as_bytes());
            cap[0].make_ascii_uppercase();
            std::str::from_utf8(cap).is_ok_and(lexicon::is_not_name)
        }
        _ => lexicon::is_not_name(&capitalise(word)),
    }
}

fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The place that opens a dateline sentence, as a span of `text`.
pub fn dateline_place(text: &str, span: Span) -> Option<Span> {
    // The pattern opens with a capital, and no lower-case letter can follow
    // it: nearly every sentence is told apart here, without the regex.
    let mut chars = span.of(text).chars();
    match (chars.next(), chars.next()) {
        (Some(a), _) if a.is_ascii() && !a.is_ascii_uppercase() => return None,
        (_, Some(b)) if b.is_ascii_lowercase() => return None,
        _ => {}
    }
    let caps = DATELINE.captures(span.of(text))?;
    let m = caps.get(1)?;
    // A one-letter "place" is a stray capital, not a dateline.
    (m.as_str().chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .then(|| Span::new(span.start + m.start(), span.start + m.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.word)
            .collect()
    }

    /// The word scanner finds what its pattern finds.
    #[test]
    fn words_match_the_pattern() {
        let re = Regex::new(
            r"(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*",
        )
        .expect("pattern");
        let pieces = [
            "U", "S", ".", "A", "a", "é", "É", "\u{301}", "1", "٣", "½", "-", "'", "’", "&", " ",
            ",", "Ω", "ǅ", "_", "\n",
        ];
        // Every string of up to four pieces, and some longer ones.
        let mut texts: Vec<String> = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(longer);
        }
        texts.push("Kim Jong-un’s U.S.A. trip, said Gen. Smith of AT&T--O'Brien's 'quote'".into());
        for t in &texts {
            let want: Vec<(usize, usize)> = re.find_iter(t).map(|m| (m.start(), m.end())).collect();
            assert_eq!(word_spans(t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    #[test]
    fn tokens_keep_name_parts_and_drop_possessives() {
        assert_eq!(
            words("Kim Jong-un’s U.S. trip, said Gen. Smith of Acme Corp."),
            [
                "Kim", "Jong-un", "U.S.", "trip", "said", "Gen.", "Smith", "of", "Acme", "Corp."
            ]
        );
        let t = tokenize("Rason, Russia", Span::new(0, 13));
        assert!(!t[1].joined && t[0].cap && !t[0].upper);
        assert!(is_cap("al-Assad") && !is_cap("also"));
    }

    #[test]
    fn casing_tells_headlines_from_prose() {
        let c = |s: &str| casing(&tokenize(s, Span::new(0, s.len())), true);
        assert_eq!(c("SOCCER - JAPAN GET LUCKY WIN"), Casing::Headline);
        assert_eq!(c("Russia Ties Help Revive the Zone"), Casing::Headline);
        assert_eq!(c("NATO said Russia had moved troops."), Casing::Prose);
        let body = "Peter Such and Nasser Hussain";
        assert_eq!(
            casing(&tokenize(body, Span::new(0, body.len())), false),
            Casing::Prose
        );
    }

    #[test]
    fn datelines_yield_their_place() {
        let d = |s: &str| dateline_place(s, Span::new(0, s.len())).map(|p| p.of(s).to_string());
        assert_eq!(d("LONDON 1996-08-30").as_deref(), Some("LONDON"));
        assert_eq!(d("WIGAN , England 1996-08-31").as_deref(), Some("WIGAN"));
        assert_eq!(d("SOCCER - JAPAN WIN"), None);
    }
}
