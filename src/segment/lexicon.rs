//! Word lists the segmenter consults at a candidate boundary.
//!
//! A full stop after an abbreviation is the main source of false sentence
//! breaks, and a capitalised word after one is the main cue that a sentence
//! did end there anyway. These tables hold that knowledge as data: each is
//! sorted (lookups are binary searches, and a unit test keeps them sorted)
//! and written from general knowledge of English news style.
//!
//! Matching rule (see [`lookup`]): an entry written in lower case matches the
//! word in any case ("co" matches "co", "Co", "CO"); an entry with capitals
//! matches exactly or in all capitals ("No" matches "No" and "NO", never the
//! word "no").

/// Titles and honorifics that stand before a name: a full stop after one
/// never ends a sentence ("Gen. Smith", "Mr. Lee").
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "Adm", "Amb", "Atty", "Brig", "Capt", "Cdr", "Cmdr", "Col", "Cpl", "Det", "Dr", "Drs", "Fr",
    "Gen", "Gov", "Hon", "Insp", "Lt", "Maj", "Messrs", "Miss", "Mlle", "Mme", "Mr", "Mrs", "Ms",
    "Msgr", "Mt", "Pfc", "Pres", "Prof", "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Supt",
];

/// Abbreviations that usually sit inside a sentence but may also end one
/// ("Pitt, Briggs & Co." then "It closed"): a full stop after one ends the
/// sentence only when a typical sentence opener follows.
pub const ABBREVIATIONS: &[&str] = &[
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
];

/// Words that typically open an English sentence and seldom follow an
/// abbreviation inside one: after "U.S." a capitalised "The" or "How"
/// signals a new sentence, while "Government" or "Army" does not.
#[rustfmt::skip]
pub const STARTERS: &[&str] = &[
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
];

/// Month and weekday names, full and abbreviated, for datelines glued to
/// the first sentence of a paragraph ("Thursday, May 7, 2015 On Tuesday").
#[rustfmt::skip]
pub const DATE_WORDS: &[&str] = &[
    "April", "Aug", "August", "Dec", "December", "Feb", "February", "Friday", "Jan", "January",
    "July", "June", "March", "May", "Monday", "Nov", "November", "Oct", "October", "Saturday",
    "Sept", "September", "Sunday", "Thursday", "Tuesday", "Wednesday",
];

/// Prepositions that open a sentence with a scene-setting phrase ("In the
/// ...", "During the ..."). Title case keeps short prepositions in lower
/// case, so a capitalised one before a lower-case word, after a word with
/// no final punctuation, marks a sentence glued to an unpunctuated caption.
pub const CLAUSE_OPENERS: &[&str] = &["According", "After", "During", "In", "On"];

/// Verbs that tag a quotation with its speaker: after `"Why?" Lee asked`
/// the question belongs to the sentence that names who asked it.
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "added", "admitted", "announced", "answered", "argued", "asked", "asks", "claimed", "cried",
    "declared", "demanded", "exclaimed", "explained", "insisted", "replied", "said", "says",
    "screamed", "shouted", "tweeted", "wondered", "wrote", "yelled",
];

/// Whether `word` is in `table` under the matching rule of this module.
pub fn lookup(table: &[&str], word: &str) -> bool {
    if word.is_empty() || word.len() > 12 {
        return false;
    }
    if table.binary_search_by(|e| cmp_entry(e, word)).is_ok() {
        return true;
    }
    // Lower-case entries match any case; capitalised ones also in all caps.
    let mut buf = [0u8; 12];
    let lower = ascii_lower(word, &mut buf);
    if let Some(lower) = lower
        && lower != word
        && let Ok(i) = table.binary_search_by(|e| cmp_entry(e, lower))
        && table[i].bytes().all(|b| !b.is_ascii_uppercase())
    {
        return true;
    }
    // A word without ASCII letters ("2018") equals an entry in any case
    // only if exactly, which the first search ruled out.
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

fn cmp_entry(entry: &str, word: &str) -> std::cmp::Ordering {
    entry.cmp(word)
}

/// `word` in ASCII lower case, in `buf`; `None` when it is not ASCII.
fn ascii_lower<'a>(word: &str, buf: &'a mut [u8; 12]) -> Option<&'a str> {
    let bytes = word.as_bytes();
    let dst = buf.get_mut(..bytes.len())?;
    for (d, s) in dst.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(dst).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [
            TITLES,
            ABBREVIATIONS,
            STARTERS,
            DATE_WORDS,
            CLAUSE_OPENERS,
            SPEECH_VERBS,
        ] {
            for pair in table.windows(2) {
                assert!(pair[0] < pair[1], "{:?} before {:?}", pair[0], pair[1]);
            }
        }
    }

    #[test]
    fn lower_case_entries_match_any_case() {
        assert!(lookup(ABBREVIATIONS, "co"));
        assert!(lookup(ABBREVIATIONS, "Co"));
        assert!(lookup(ABBREVIATIONS, "INC"));
    }

    #[test]
    fn capitalised_entries_match_exactly_or_in_capitals() {
        assert!(lookup(ABBREVIATIONS, "No"));
        assert!(lookup(ABBREVIATIONS, "NO"));
        assert!(!lookup(ABBREVIATIONS, "no"));
        assert!(!lookup(ABBREVIATIONS, "ill"));
        assert!(lookup(TITLES, "Mr"));
        assert!(!lookup(TITLES, "mr "));
        assert!(!lookup(STARTERS, "the"));
        assert!(lookup(STARTERS, "The"));
    }
}
