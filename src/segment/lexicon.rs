//! Word lists the segmenter consults at a candidate boundary.
//!
//! A full stop after an abbreviation is the main source of false sentence
//! breaks, and a capitalised word after one is the main cue that a sentence
//! did end there anyway. These tables hold that knowledge as data: each is
//! sorted (a unit test keeps them so) and written from general knowledge of
//! English news style. A lookup first asks two bit masks whether any entry
//! has the word's length and any opens with its first letter (most words
//! asked about are in no table, and are turned away there); then it folds the word to ASCII lower
//! case, packed into one number, and binary-searches the table's entries
//! folded alike.
//!
//! Matching rule (see [`lookup`]): an entry written in lower case matches the
//! word in any case ("co" matches "co", "Co", "CO"); an entry with capitals
//! matches exactly or in all capitals ("No" matches "No" and "NO", never the
//! word "no").

use std::sync::OnceLock;

/// Titles and honorifics that stand before a name: a full stop after one
/// never ends a sentence ("Gen. Smith", "Mr. Lee").
#[rustfmt::skip]
pub static TITLES: Lexicon = Lexicon::new(&[
    "Adm", "Amb", "Atty", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Det", "Dr", "Drs", "Fr",
    "Gen", "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs", "Miss", "Mlle", "Mme", "Mr", "Mrs", "Ms",
    "Msgr", "Mt", "Pfc", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Supt",
]);

/// Abbreviations that usually sit inside a sentence but may also end one
/// ("Pitt, Briggs & Co." then "It closed"): a full stop after one ends the
/// sentence only when a typical sentence opener follows.
pub static ABBREVIATIONS: Lexicon = Lexicon::new(&[
    // US state abbreviations in AP style (capitalised: "Ill." is not "ill.").
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans",
    "Ky", "La", "Mass", "Md", "Mich", "Minn", "Mo", "Mont", "Neb", "Nev", "No", "Nos", "N°", "Nº",
    "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    // Lower case entries match in any case: companies, addresses, months,
    // units, references, Latin. ("etc." is left out: it mostly ends a list
    // at the end of a sentence, so it is judged like any word.)
    "al", "approx", "apr", "assn", "aug", "ave", "blvd", "bros", "ca", "cf", "ch", "co", "corp",
    "dec", "dept", "dist", "ed", "eds", "esp", "esq", "est", "ext", "feb", "fig", "figs", "ft",
    "govt", "hr", "hrs", "inc", "intl", "jan", "jr", "jul", "jun", "lb", "lbs", "ltd", "mar",
    "mph", "natl", "nov", "oct", "oz", "p", "pl", "pp", "rd", "sec", "sep", "sept", "sq", "sr",
    "st", "tel", "univ", "viz", "vol", "vols", "vs", "yr", "yrs",
]);

/// Words that typically open an English sentence and seldom follow an
/// abbreviation inside one: after "U.S." a capitalised "The" or "How"
/// signals a new sentence, while "Government" or "Army" does not.
#[rustfmt::skip]
pub static STARTERS: Lexicon = Lexicon::new(&[
    "A", "About", "According", "After", "Again", "All", "Also", "Although", "Among", "An", "And",
    "Another", "Any", "Are", "As", "At", "Because", "Before", "Both", "But", "By", "Can", "Could",
    "Despite", "Did", "Do", "Does", "During", "Each", "Earlier", "Even", "Every", "For", "From",
    "Further", "Furthermore", "Had", "Has", "Have", "He", "Her", "Here", "His", "How", "However",
    "I", "If", "In", "Instead", "Is", "It", "Its", "Just", "Last", "Later", "Let", "Many",
    "Meanwhile", "Moreover", "Most", "Much", "My", "Neither", "Never", "Nevertheless", "Next",
    "No", "Nor", "Not", "Now", "Of", "On", "Once", "One", "Only", "Or", "Other", "Others", "Our",
    "Perhaps", "Since", "So", "Some", "Still", "Such", "That", "The", "Their", "Then", "There",
    "These", "They", "This", "Those", "Though", "Thus", "To", "Today", "Under", "Unlike", "Until",
    "We", "Were", "What", "When", "Where", "Whether", "Which", "While", "Who", "Why", "Will",
    "With", "Without", "Would", "Yesterday", "Yet", "You", "Your",
]);

/// Month and weekday names, full and abbreviated, for datelines glued to
/// the first sentence of a paragraph ("Thursday, May 7, 2015 On Tuesday").
#[rustfmt::skip]
pub static DATE_WORDS: Lexicon = Lexicon::new(&[
    "April", "Aug", "August", "Dec", "December", "Feb", "February", "Friday", "Jan", "January",
    "July", "June", "March", "May", "Monday", "Nov", "November", "Oct", "October", "Saturday",
    "Sept", "September", "Sunday", "Thursday", "Tuesday", "Wednesday",
]);

/// Prepositions that open a sentence with a scene-setting phrase ("In the
/// ...", "During the ..."). Title case keeps short prepositions in lower
/// case, so a capitalised one before a lower-case word, after a word with
/// no final punctuation, marks a sentence glued to an unpunctuated caption.
pub static CLAUSE_OPENERS: Lexicon = Lexicon::new(&["According", "After", "During", "In", "On"]);

/// Verbs that tag a quotation with its speaker: after `"Why?" Lee asked`
/// the question belongs to the sentence that names who asked it.
#[rustfmt::skip]
pub static SPEECH_VERBS: Lexicon = Lexicon::new(&[
    "added", "admitted", "announced", "answered", "argued", "asked", "asks", "claimed", "cried",
    "declared", "demanded", "exclaimed", "explained", "insisted", "replied", "said", "says",
    "screamed", "shouted", "tweeted", "wondered", "wrote", "yelled",
]);

/// A word list, with each word also folded to a number for lookups.
pub struct Lexicon {
    words: &'static [&'static str],
    /// The words by [`fold`], made on the first lookup: no two fold alike
    /// (a unit test checks), so the fold of a word finds the one entry it
    /// can match.
    folded: OnceLock<Vec<(u128, &'static str)>>,
    /// Bit `n` is set when an entry has `n` bytes.
    lengths: u16,
    /// Bit `b` is set when a word opening with the ASCII byte `b` may match
    /// an entry: one that opens with `b`, or with `b` in lower case when `b`
    /// is a capital. A word matches only an entry of its length, and opens
    /// with the entry's first byte or, for a lower-case entry or a word in
    /// capitals, with that byte as a capital; never with a small letter for
    /// a capital ("mr" is no "Mr"). So these two masks turn away most words
    /// before they are folded and searched for.
    firsts: u128,
}

impl Lexicon {
    const fn new(words: &'static [&'static str]) -> Self {
        let (mut lengths, mut firsts) = (0u16, 0u128);
        let mut i = 0;
        while i < words.len() {
            let word = words[i].as_bytes();
            if !word.is_empty() && word.len() <= MAX_WORD {
                lengths |= 1 << word.len();
                let first = word[0];
                if first.is_ascii() {
                    firsts |= 1 << first | 1 << first.to_ascii_uppercase();
                }
            }
            i += 1;
        }
        Lexicon {
            words,
            folded: OnceLock::new(),
            lengths,
            firsts,
        }
    }

    /// False when no entry has the length of `word`, or none may match a
    /// word opening with its first byte (see `firsts`; a non-ASCII first
    /// byte passes); true needs the lookup.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let Some(&first) = bytes.first() else {
            return false;
        };
        bytes.len() <= MAX_WORD
            && self.lengths & (1 << bytes.len()) != 0
            && (!first.is_ascii() || self.firsts & (1 << first) != 0)
    }

    /// The entry that `word` equals but for ASCII case.
    fn entry(&self, word: &str) -> Option<&'static str> {
        let key = fold(word)?;
        let folded = self.folded.get_or_init(|| {
            let mut folded: Vec<_> = self
                .words
                .iter()
                .filter_map(|&e| Some((fold(e)?, e)))
                .collect();
            folded.sort_unstable();
            folded
        });
        let i = folded.binary_search_by(|&(k, _)| k.cmp(&key)).ok()?;
        Some(folded[i].1)
    }
}

/// The longest word looked up; longer ones are in no table.
const MAX_WORD: usize = 12;
// Every length up to it has a bit in `Lexicon::lengths`.
const _: () = assert!(MAX_WORD < u16::BITS as usize);

/// `word` in ASCII lower case, packed with its length into one number,
/// so that words are compared in a few instructions; `None` for an empty
/// word or one of more than [`MAX_WORD`] bytes.
fn fold(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_WORD {
        return None;
    }
    let mut key = [0u8; 16];
    for (k, b) in key.iter_mut().zip(bytes) {
        *k = b.to_ascii_lowercase();
    }
    key[15] = bytes.len() as u8;
    Some(u128::from_le_bytes(key))
}

/// Whether `word` is in `table` under the matching rule of this module:
/// it equals an entry but for ASCII case (one entry at most), and either
/// exactly, or the entry is in lower case, or the word is in capitals (of
/// more than one letter, with at least one ASCII capital and no ASCII small
/// letter: "NO", "U.S").
#[inline]
pub fn lookup(table: &Lexicon, word: &str) -> bool {
    table.may_hold(word) && lookup_entry(table, word)
}

/// [`lookup`] for a word that [`Lexicon::may_hold`] lets through.
#[inline(never)]
fn lookup_entry(table: &Lexicon, word: &str) -> bool {
    let Some(entry) = table.entry(word) else {
        return false;
    };
    entry == word
        || !entry.bytes().any(|b| b.is_ascii_uppercase())
        || (word.len() > 1
            && !word.bytes().any(|b| b.is_ascii_lowercase())
            && word.bytes().any(|b| b.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLES: [&Lexicon; 6] = [
        &TITLES,
        &ABBREVIATIONS,
        &STARTERS,
        &DATE_WORDS,
        &CLAUSE_OPENERS,
        &SPEECH_VERBS,
    ];

    /// `lookup` as it was before the folded entries: two binary searches
    /// over the words, then a scan for a word in capitals.
    fn old_lookup(table: &[&str], word: &str) -> bool {
        if word.is_empty() || word.len() > 12 {
            return false;
        }
        if table.binary_search_by(|e| (*e).cmp(word)).is_ok() {
            return true;
        }
        let mut buf = [0u8; 12];
        let lower = ascii_lower(word, &mut buf);
        if let Some(lower) = lower
            && lower != word
            && let Ok(i) = table.binary_search_by(|e| (*e).cmp(lower))
            && table[i].bytes().all(|b| !b.is_ascii_uppercase())
        {
            return true;
        }
        if word.len() > 1
            && word.bytes().all(|b| !b.is_ascii_lowercase())
            && word.bytes().any(|b| b.is_ascii_uppercase())
        {
            return table
                .iter()
                .any(|e| e.len() > 1 && e.eq_ignore_ascii_case(word));
        }
        false
    }

    fn ascii_lower<'a>(word: &str, buf: &'a mut [u8; 12]) -> Option<&'a str> {
        let bytes = word.as_bytes();
        let dst = buf.get_mut(..bytes.len())?;
        for (d, s) in dst.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        std::str::from_utf8(dst).ok()
    }

    #[test]
    fn no_two_entries_of_a_table_fold_alike() {
        for table in TABLES {
            let mut keys: Vec<_> = table.words.iter().map(|w| fold(w)).collect();
            keys.sort_unstable();
            keys.dedup();
            assert_eq!(keys.len(), table.words.len());
            assert!(table.words.iter().all(|w| w.len() <= MAX_WORD));
        }
    }

    #[test]
    fn lookups_match_as_before() {
        // Every entry in several cases and cut short, and short strings
        // of awkward pieces.
        let mut words =
            crate::testing::strings_of(&["m", "R", "s", ".", "N", "o", "°", "é", "A"], 4);
        for table in TABLES {
            for w in table.words {
                let mut capitalised = w.to_ascii_lowercase();
                if let Some(first) = capitalised.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                words.extend([
                    w.to_string(),
                    w.to_ascii_lowercase(),
                    w.to_ascii_uppercase(),
                    capitalised,
                    format!("{w}s"),
                    format!("{w}.",),
                    format!("x{w}"),
                    format!("{w}{w}"),
                ]);
                words.extend((1..w.len()).filter_map(|n| w.get(..n)).map(String::from));
            }
        }
        for table in TABLES {
            for w in &words {
                assert_eq!(lookup(table, w), old_lookup(table.words, w), "{w:?}");
            }
        }
    }

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in TABLES {
            for pair in table.words.windows(2) {
                assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
            }
        }
    }

    #[test]
    fn lower_case_entries_match_any_case() {
        assert!(lookup(&ABBREVIATIONS, "co"));
        assert!(lookup(&ABBREVIATIONS, "Co"));
        assert!(lookup(&ABBREVIATIONS, "INC"));
    }

    #[test]
    fn capitalised_entries_match_exactly_or_in_capitals() {
        assert!(lookup(&ABBREVIATIONS, "No"));
        assert!(lookup(&ABBREVIATIONS, "NO"));
        assert!(!lookup(&ABBREVIATIONS, "no"));
        assert!(!lookup(&ABBREVIATIONS, "ill"));
        assert!(lookup(&TITLES, "Mr"));
        assert!(!lookup(&TITLES, "mr "));
        assert!(!lookup(&STARTERS, "the"));
        assert!(lookup(&STARTERS, "The"));
    }
}
