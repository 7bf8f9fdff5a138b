//! The entity lexicons: the gazetteer of well-known names and the word lists
//! that type a run of capitalised words (titles, organisation and place cues,
//! given names, words that are never names on their own).
//!
//! The lists are plain text files in `data/`, written from general knowledge
//! and compiled in with `include_str!`, so that they can be read and extended
//! without touching code. They are parsed once, on first use.

use crate::model::EntityKind;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::sync::LazyLock;

const COUNTRIES: &str = include_str!("data/countries.tsv");
const PLACES: &str = include_str!("data/places.tsv");
const ORGANIZATIONS: &str = include_str!("data/organizations.tsv");
const FIRST_NAMES: &str = include_str!("data/first_names.txt");
const TITLES: &str = include_str!("data/titles.txt");
const TITLE_MODIFIERS: &str = include_str!("data/title_modifiers.txt");
const ORG_CUES: &str = include_str!("data/org_cues.txt");
const PLACE_CUES: &str = include_str!("data/place_cues.txt");
const EVENT_CUES: &str = include_str!("data/event_cues.txt");
const PLACE_HEADS: &str = include_str!("data/place_heads.txt");
const COMMON_ACRONYMS: &str = include_str!("data/common_acronyms.txt");
const NOT_NAMES: &str = include_str!("data/not_names.txt");

/// One gazetteer entry as a surface form resolves to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Known {
    pub name: &'static str,
    pub kind: EntityKind,
    /// Whether the surface form is a demonym or adjective ("Russian") rather
    /// than a name of the entity ("Russia", "DPRK").
    pub demonym: bool,
    /// Whether the entry is a country (a national team keeps the country's
    /// name; a city's team is a club).
    pub country: bool,
}

/// The non-comment, non-blank lines of a data file.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// The lists are only ever asked about membership, never iterated, so a fast
/// hasher cannot leak its order into the output.
fn word_set(data: &'static str) -> FxHashSet<&'static str> {
    lines(data).map(str::trim).collect()
}

/// The key a surface form is looked up by: lower case, apostrophes unified,
/// a possessive and the dots of an abbreviation kept ("u.s.").
pub fn key(surface: &str) -> String {
    let mut out = String::new();
    key_into(surface, &mut out);
    out
}

/// [`key`] written into `out`, so that a lookup needs no allocation. Most
/// names are ASCII, where lower-casing is byte by byte; other text takes the
/// general path (whose `to_lowercase` of the whole key knows, for one, that
/// a final sigma is 'ς').
fn key_into(surface: &str, out: &mut String) {
    out.clear();
    // Most surfaces are plain words with single spaces between them:
    // nothing to trim, strip or join, only to lower-case. (A space first,
    // last or after another is not plain.)
    let mut prev = b' ';
    let plain = surface.bytes().all(|b| {
        let ok = b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'&')
            || (b == b' ' && prev != b' ');
        prev = b;
        ok
    }) && prev != b' ';
    if plain {
        out.push_str(surface);
        out.make_ascii_lowercase();
        return;
    }
    if !surface.is_ascii() {
        let s = surface.trim().replace('’', "'");
        let s = s
            .strip_suffix("'s")
            .or_else(|| s.strip_suffix('\''))
            .unwrap_or(&s);
        let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push_str(&joined.to_lowercase());
        return;
    }
    let s = surface.trim();
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix('\''))
        .unwrap_or(s);
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.make_ascii_lowercase();
}

/// Calls `f` with `word` in lower case (as `to_lowercase` writes it). Short
/// ASCII words are lower-cased on the stack: these tests run on nearly
/// every word.
pub fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 32];
    if let Some(lower) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if let Ok(w) = std::str::from_utf8(lower) {
            return f(w);
        }
    }
    f(&word.to_lowercase())
}

/// Whether the lower-case form of `word` is in `set`.
fn contains_lower(set: &FxHashSet<&'static str>, word: &str) -> bool {
    with_lower(word, |w| set.contains(w))
}

/// The plural of a demonym used as a noun ("North Koreans"); none for the
/// forms that do not take one ("Chinese", "Swiss", "British").
fn demonym_plural(d: &str) -> Option<String> {
    let bare = ["ese", "ss", "sh", "ch", "y"];
    (!bare.iter().any(|b| d.ends_with(b))).then(|| format!("{d}s"))
}

static GAZETTEER: LazyLock<FxHashMap<String, Known>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    let tables = [
        (COUNTRIES, EntityKind::Place, true),
        (PLACES, EntityKind::Place, false),
        (ORGANIZATIONS, EntityKind::Organization, false),
    ];
    for (data, kind, country) in tables {
        for line in lines(data) {
            let mut cols = line.split('\t');
            let Some(name) = cols.next().map(str::trim).filter(|n| !n.is_empty()) else {
                continue;
            };
            let aliases = cols.next().unwrap_or("");
            let demonyms = cols.next().unwrap_or("");
            let entry = |demonym| Known {
                name,
                kind,
                demonym,
                country,
            };
            map.insert(key(name), entry(false));
            for a in aliases.split('|').map(str::trim).filter(|a| !a.is_empty()) {
                map.entry(key(a)).or_insert(entry(false));
            }
            for d in demonyms.split('|').map(str::trim).filter(|d| !d.is_empty()) {
                map.entry(key(d)).or_insert(entry(true));
                if let Some(p) = demonym_plural(d) {
                    map.entry(key(&p)).or_insert(entry(true));
                }
            }
        }
    }
    map
});

/// Every word of every gazetteer key. A surface whose key would start with
/// none of them is not in the gazetteer (building the set is the only
/// place the gazetteer is iterated; the order does not matter).
static KEY_WORDS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| GAZETTEER.keys().flat_map(|k| k.split(' ')).collect());

static FIRST: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(FIRST_NAMES));
static TITLE: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(TITLES));
static MODIFIER: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(TITLE_MODIFIERS));
static ORG: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(ORG_CUES));
static PLACE: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(PLACE_CUES));
static EVENT: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(EVENT_CUES));
static HEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| lines(PLACE_HEADS).collect());
static ACRONYM: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(COMMON_ACRONYMS));
static NOT_NAME: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(NOT_NAMES));

/// The gazetteer entry of a surface form, case-insensitively.
pub fn known(surface: &str) -> Option<Known> {
    with_key(surface, |k| GAZETTEER.get(k).copied())
}

/// Whether a gazetteer name may start with the word `word` (followed by
/// more words, or not). Sure only for plain ASCII words, whose key is the
/// word in lower case: any other word may.
pub fn may_start_known(word: &str) -> bool {
    let plain = word
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'&'));
    !plain || with_lower(word, |w| KEY_WORDS.contains(w))
}

/// Calls `f` with the [`key`] of `surface`, built in a buffer reused from
/// one lookup to the next.
pub fn with_key<T>(surface: &str, f: impl FnOnce(&str) -> T) -> T {
    thread_local! {
        static KEY: RefCell<String> = const { RefCell::new(String::new()) };
    }
    KEY.with(|cell| match cell.try_borrow_mut() {
        Ok(mut k) => {
            key_into(surface, &mut k);
            f(&k)
        }
        // A lookup made from inside `f` gets a buffer of its own.
        Err(_) => f(&key(surface)),
    })
}

/// Whether `word` is a common given name (case as written: "Kim", not "kim").
pub fn is_first_name(word: &str) -> bool {
    FIRST.contains(word)
}

/// Whether `word` is a title or role that comes before a person's name.
pub fn is_title(word: &str) -> bool {
    contains_lower(&TITLE, word)
}

/// Whether `word` may qualify a title ("Defense" in "Defense Minister").
pub fn is_title_modifier(word: &str) -> bool {
    contains_lower(&MODIFIER, word)
}

pub fn is_org_cue(word: &str) -> bool {
    contains_lower(&ORG, word)
}

/// Whether `word` names a kind of event, competition or law ("Cup", "Act").
pub fn is_event_cue(word: &str) -> bool {
    contains_lower(&EVENT, word)
}

pub fn is_place_cue(word: &str) -> bool {
    contains_lower(&PLACE, word)
}

/// The lower-case place noun ("railway station") that `rest` starts with,
/// followed by a word boundary.
pub fn place_head(rest: &str) -> Option<&'static str> {
    HEADS.iter().copied().find(|h| {
        rest.strip_prefix(h)
            .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// Whether an all-capital word is a common abbreviation ("GMT", "CEO") rather
/// than an organisation's acronym.
pub fn is_common_acronym(word: &str) -> bool {
    ACRONYM.contains(word.trim_end_matches('.').replace('.', "").as_str())
}

/// Whether a capitalised word is a function word, a month or a weekday and
/// so never a name on its own. All-capital forms are not ("US" is a name).
pub fn is_not_name(word: &str) -> bool {
    let upper = word.len() > 1 && !word.chars().any(char::is_lowercase);
    !upper && contains_lower(&NOT_NAME, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gazetteer_knows_aliases_and_demonyms() {
        let dprk = known("DPRK").expect("DPRK is known");
        assert_eq!((dprk.name, dprk.demonym), ("North Korea", false));
        let nk = known("North Koreans").expect("plural demonym");
        assert_eq!((nk.name, nk.demonym), ("North Korea", true));
        assert_eq!(known("moscow's").map(|k| k.name), Some("Moscow"));
        assert_eq!(known("U.S.").map(|k| k.name), Some("United States"));
        assert_eq!(known("Chineses"), None);
        assert_eq!(known("Israelis").map(|k| k.name), Some("Israel"));
        assert_eq!(
            known("NATO").map(|k| k.kind),
            Some(EntityKind::Organization)
        );
    }

    #[test]
    fn only_words_that_open_a_known_name_may_start_one() {
        assert!(may_start_known("russia") && may_start_known("North"));
        assert!(!may_start_known("ships") && may_start_known("ships’"));
    }

    #[test]
    fn word_lists_are_case_aware() {
        assert!(is_not_name("The"));
        assert!(!is_not_name("US"));
        assert!(is_title("Gen."));
        assert!(is_org_cue("Institute"));
        assert!(is_first_name("Sergei") && !is_first_name("sergei"));
        assert_eq!(place_head("railway station in"), Some("railway station"));
        assert_eq!(place_head("stationery"), None);
    }
}
