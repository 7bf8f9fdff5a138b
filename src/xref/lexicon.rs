//! The word lists behind matching: stop words, common words, synonym groups,
//! groups of related words (which may align, not fold) and British spellings
//! that the suffix rules of `features` do not cover.
//!
//! The lists are text files beside this module (`lexicon/*.txt`), one entry a
//! line, sorted, with `#` comments; they are parsed once, on first use.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// British spellings without a regular suffix rule, and their American
/// forms. Sorted by the British form (binary searched).
pub const SPELLING: &[(&str, &str)] = &[
    ("aluminium", "aluminum"),
    ("catalogue", "catalog"),
    ("cheque", "check"),
    ("defence", "defense"),
    ("dialogue", "dialog"),
    ("grey", "gray"),
    ("jewellery", "jewelry"),
    ("licence", "license"),
    ("manoeuvre", "maneuver"),
    ("offence", "offense"),
    ("practise", "practice"),
    ("pretence", "pretense"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
    ("tyre", "tire"),
    ("tyres", "tires"),
];

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

static STOP: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("lexicon/stopwords.txt")).collect());

static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| lines(include_str!("lexicon/common.txt")).collect());

static SYNONYMS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in lines(include_str!("lexicon/synonyms.txt")) {
        if let Some((canonical, variants)) = line.split_once(':') {
            for v in variants.split_whitespace() {
                map.insert(v, canonical.trim());
            }
        }
    }
    map
});

/// Every word of `related.txt` with the first word of its group, the
/// first word included: words that may align when a pair is compared.
pub fn related() -> impl Iterator<Item = (&'static str, &'static str)> {
    lines(include_str!("lexicon/related.txt")).flat_map(|line| {
        let (canonical, variants) = line.split_once(':').unwrap_or((line, ""));
        let canonical = canonical.trim();
        std::iter::once(canonical)
            .chain(variants.split_whitespace())
            .map(move |w| (w, canonical))
    })
}

/// A function word (or a speech verb, or a hedge adverb): not content.
pub fn is_stop(word: &str) -> bool {
    STOP.contains(word)
}

/// A word that negates what it qualifies: "not", "never", "didn't".
pub fn is_negation(word: &str) -> bool {
    const WORDS: [&str; 9] = [
        "not", "no", "never", "nor", "neither", "without", "cannot", "nobody", "nothing",
    ];
    WORDS.iter().any(|w| word.eq_ignore_ascii_case(w))
        || ["n't", "n’t", "N'T", "N’T"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// A frequent content word of news English.
pub fn is_common(word: &str) -> bool {
    COMMON.contains(word)
}

/// The word its synonym group is folded to, if it has one.
pub fn synonym(word: &str) -> Option<&'static str> {
    SYNONYMS.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(list: &[&str]) -> bool {
        list.windows(2).all(|w| w[0] < w[1])
    }

    #[test]
    fn lists_are_sorted_and_parsed() {
        let stop: Vec<&str> = lines(include_str!("lexicon/stopwords.txt")).collect();
        let common: Vec<&str> = lines(include_str!("lexicon/common.txt")).collect();
        let groups: Vec<&str> = lines(include_str!("lexicon/synonyms.txt")).collect();
        let related: Vec<&str> = lines(include_str!("lexicon/related.txt")).collect();
        assert!(sorted(&stop) && sorted(&common) && sorted(&groups) && sorted(&related));
        let uk: Vec<&str> = SPELLING.iter().map(|p| p.0).collect();
        assert!(sorted(&uk));
        assert!(is_stop("the") && !is_stop("port"));
        assert!(is_common("year") && !is_common("container"));
        assert_eq!(synonym("nearly"), Some("almost"));
        assert_eq!(synonym("almost"), None);
    }

    #[test]
    fn no_word_is_both_stop_and_common_or_in_two_groups() {
        for w in COMMON.iter() {
            assert!(!is_stop(w), "{w}");
        }
        let mut seen = HashSet::new();
        for line in lines(include_str!("lexicon/synonyms.txt")) {
            let (_, variants) = line.split_once(':').unwrap_or((line, ""));
            for v in variants.split_whitespace() {
                assert!(seen.insert(v), "{v} is in two groups");
                assert!(!is_stop(v), "{v} is a stop word");
            }
        }
    }
}
