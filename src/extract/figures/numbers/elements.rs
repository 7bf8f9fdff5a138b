//! The elements of the number grammar: what one token (or a short run of
//! tokens, as "twenty-first" or "10M") contributes to a number phrase.

use super::super::lexicon::{self, DOZENS, ORDINALS, SCALES, TENS, UNITS, WordMap};
use super::super::tokens::{Kind, Token};
use std::sync::LazyLock;

/// One grammatical element and the number of tokens it spans.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum El {
    Digit(f64, bool),
    /// Digits with an attached multiplier ("10M"): value and multiplier.
    Scaled(f64, f64),
    Unit(f64),
    Ten(f64),
    Hundred,
    Scale(f64),
    Dozen,
    /// An ordinal word: value, plural, usable only as a denominator
    /// ("half", "quarter"), usable as a denominator at all ("second" is not).
    Ord(f64, bool, bool, bool),
    And,
    A,
    Other,
}

/// Every word of the number grammar with its element. Most tokens are
/// words in none of the lists, and one lookup here tells so.
static WORDS: LazyLock<WordMap<El>> = LazyLock::new(|| {
    let mut words = WordMap::default();
    // The first list a word is in decides its element.
    let mut add = |w: &str, e: El| {
        if !words.contains_key(w) {
            words.insert(w.to_string(), e);
        }
    };
    for (w, v) in UNITS {
        add(w, El::Unit(*v));
    }
    for (w, v) in TENS {
        add(w, El::Ten(*v));
    }
    add("hundred", El::Hundred);
    add("hundreds", El::Hundred);
    // One- and two-letter scales ("k", "bn") only follow digits.
    for (w, v) in SCALES.iter().filter(|(w, _)| w.len() > 2) {
        add(w, El::Scale(*v));
    }
    for w in DOZENS {
        add(w, El::Dozen);
    }
    add("half", El::Ord(2.0, false, true, true));
    add("halves", El::Ord(2.0, true, true, true));
    add("quarter", El::Ord(4.0, false, true, true));
    add("quarters", El::Ord(4.0, true, true, true));
    add("and", El::And);
    add("a", El::A);
    add("an", El::A);
    for (w, v) in ORDINALS {
        add(w, El::Ord(*v, false, false, *v > 2.0));
    }
    for (w, v) in ORDINALS {
        add(&format!("{w}s"), El::Ord(*v, true, false, *v > 2.0));
    }
    words
});

/// The words of the number grammar and their elements.
pub(super) fn words() -> impl Iterator<Item = (&'static str, El)> {
    WORDS.iter().map(|(w, e)| (w, *e))
}

/// The element a lower-case word is on its own.
pub(super) fn word_el(w: &str) -> El {
    WORDS.get(w).copied().unwrap_or(El::Other)
}

/// The element at token `k`, and how many tokens it takes. Joins "twenty-
/// first" / "thirty fifths" into one ordinal; reads "29th" as an ordinal and
/// "10k", "1.2bn" as scaled digits.
pub(super) fn el(toks: &[Token], k: usize) -> (El, usize) {
    let Some(t) = toks.get(k) else {
        return (El::Other, 0);
    };
    match &t.kind {
        Kind::Num(n) => {
            if let Some(next) = toks.get(k + 1).filter(|n| !n.gap && n.kind == Kind::Word)
                && n.plain
                && matches!(next.lower.as_ref(), "st" | "nd" | "rd" | "th")
            {
                let ends = toks
                    .get(k + 2)
                    .is_none_or(|a| a.gap || a.kind != Kind::Word);
                if ends {
                    return (El::Ord(n.value, false, false, false), 2);
                }
            }
            if let Some(scale) = suffix_scale(toks, k, n.value, n.plain) {
                return (El::Scaled(n.value, scale), 2);
            }
            (El::Digit(n.value, n.fraction), 1)
        }
        Kind::Word => {
            let e = word_el(&t.lower);
            if let El::Ten(tv) = e {
                // "twenty-first", "thirty fifths".
                let mut j = k + 1;
                if toks.get(j).is_some_and(|h| h.is_sym('-')) {
                    j += 1;
                }
                if let Some(El::Ord(ov, pl, false, _)) = toks.get(j).map(|o| word_el(&o.lower))
                    && ov < 10.0
                    && toks[j].kind == Kind::Word
                {
                    return (El::Ord(tv + ov, pl, false, true), j + 1 - k);
                }
            }
            (e, 1)
        }
        _ => (El::Other, 0),
    }
}

/// A multiplier written right after digits: "10M", "1.2bn", "100k", "2mil",
/// "2.33 k", "10 bln". Upper-case letters only for the single-letter
/// multipliers that would otherwise be units ("10M" but "10m" is metres);
/// "5G" (a network generation) is not five billion.
fn suffix_scale(toks: &[Token], k: usize, value: f64, plain: bool) -> Option<f64> {
    let w = toks.get(k + 1).filter(|w| w.kind == Kind::Word)?;
    if toks
        .get(k + 2)
        .is_some_and(|a| !a.gap && a.kind == Kind::Word)
    {
        return None;
    }
    // "1,674.5 G": a spaced capital multiplier only after a decimal numeral.
    if (!w.gap || !plain && w.lower.len() == 1) && w.upper && w.lower.len() <= 2 {
        let upper = w.lower.to_uppercase();
        let v = lexicon::lookup(lexicon::SUFFIX_SCALES, &upper)?;
        if upper == "G" && plain && value < 10.0 {
            return None;
        }
        return Some(v);
    }
    // "1.5m people", "2m barrels": a glued "m" before a plural noun is
    // millions; before anything else it is metres ("1.8m tall").
    if w.lower == "m" && !w.gap && !w.upper {
        let next = toks
            .get(k + 2)
            .filter(|n| n.gap && n.kind == Kind::Word && !n.capital)?;
        let plural = next.lower == "people"
            || next.lower.len() > 3 && next.lower.ends_with('s') && !next.lower.ends_with("ss");
        return plural.then_some(1e6);
    }
    let v = lexicon::lookup(SCALES, &w.lower)?;
    // Spelled-out scales are read by the grammar; here only abbreviations.
    let abbreviation = !matches!(
        w.lower.as_ref(),
        "thousand"
            | "thousands"
            | "million"
            | "millions"
            | "billion"
            | "trillion"
            | "crore"
            | "crores"
            | "lakh"
            | "lakhs"
    );
    let spaced_ok = matches!(w.lower.as_ref(), "k" | "bn" | "bln" | "tln" | "mln");
    (abbreviation && (!w.gap || spaced_ok)).then_some(v)
}

/// Whether nothing nominal follows token `k`: the end, punctuation or a
/// function word ("a third of", "a third for the year": a fraction, where
/// "a third time" is an ordinal).
pub(super) fn ends_here(toks: &[Token], k: usize) -> bool {
    match toks.get(k) {
        None => true,
        Some(t) => match &t.kind {
            Kind::Word => lexicon::contains(lexicon::AFTER_NUMBER, &t.lower),
            Kind::Sym(c) => !c.is_alphanumeric() && *c != '-',
            _ => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn multipliers_glued_to_digits() {
        let t = tokenize("10M 5G 10G 1.2bn 10m");
        assert_eq!(el(&t, 0), (El::Scaled(10.0, 1e6), 2));
        assert_eq!(el(&t, 2), (El::Digit(5.0, false), 1));
        assert_eq!(el(&t, 4), (El::Scaled(10.0, 1e9), 2));
        assert_eq!(el(&t, 6), (El::Scaled(1.2, 1e9), 2));
        assert_eq!(el(&t, 8), (El::Digit(10.0, false), 1));
    }

    #[test]
    fn words_take_the_element_of_their_first_list() {
        assert_eq!(word_el("seven"), El::Unit(7.0));
        assert_eq!(word_el("hundreds"), El::Hundred);
        assert_eq!(word_el("million"), El::Scale(1e6));
        // Short scales ("bn", "k") only follow digits.
        assert_eq!(word_el("bn"), El::Other);
        assert_eq!(word_el("thirds"), El::Ord(3.0, true, false, true));
        assert_eq!(word_el("seconds"), El::Ord(2.0, true, false, false));
        assert_eq!(word_el("halves"), El::Ord(2.0, true, true, true));
        assert_eq!(word_el("an"), El::A);
        assert_eq!(word_el("people"), El::Other);
    }

    #[test]
    fn compound_ordinals() {
        let t = tokenize("twenty-first thirty fifths twenty-three");
        assert_eq!(el(&t, 0), (El::Ord(21.0, false, false, true), 3));
        assert_eq!(el(&t, 3), (El::Ord(35.0, true, false, true), 2));
        assert_eq!(el(&t, 5), (El::Ten(20.0), 1));
    }
}
