//! The entity lexicons: the gazetteer of well-known names and the word lists
//! that type a run of capitalised words (titles, organisation and place cues,
//! given names, words that are never names on their own).
//!
//! The lists are plain text files in `data/`, written from general knowledge
//! and compiled in with `include_str!`, so that they can be read and extended
//! without touching code. They are parsed once, on first use.

use crate::model::EntityKind;
use crate::packed;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::sync::{LazyLock, OnceLock};

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

/// The bytes of a plain key besides the space: ASCII letters and digits,
/// '-', '.' and '&'. A table, since every byte of every key is tested.
const PLAIN_BYTE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'&');
        b += 1;
    }
    table
};

/// What each byte of a plain key becomes in the key: an ASCII letter its
/// lower case, a digit, '-', '.', '&' and the space themselves; 0 for any
/// byte a plain key does not hold.
const PLAIN_LOWER: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if PLAIN_BYTE[b] || c == b' ' {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// The longest surface keyed on the stack by [`plain_key`].
const STACK_KEY: usize = 48;

/// The [`key`] of a plain surface of at most [`STACK_KEY`] bytes (words of
/// ASCII letters, digits, '-', '.' and '&' with single spaces between
/// them: nothing to trim, strip or join), lower-cased into `buf` in the
/// same pass that checks it is plain; `None` for any other surface.
fn plain_key<'b>(surface: &str, buf: &'b mut [u8; STACK_KEY]) -> Option<&'b [u8]> {
    let bytes = surface.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    // A space first, last or after another is not plain.
    let mut prev = b' ';
    for (o, &b) in out.iter_mut().zip(bytes) {
        let lower = PLAIN_LOWER[usize::from(b)];
        if lower == 0 || (b == b' ' && prev == b' ') {
            return None;
        }
        *o = lower;
        prev = b;
    }
    if prev == b' ' && !bytes.is_empty() {
        return None;
    }
    Some(out)
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
        let ok = PLAIN_BYTE[usize::from(b)] || (b == b' ' && prev != b' ');
        prev = b;
        ok
    }) && prev != b' ';
    if plain {
        out.push_str(surface);
        out.make_ascii_lowercase();
        return;
    }
    // The words are joined straight into `out`, each '’' written '\''
    // as it is copied, and lower-cased as a whole once: the one string
    // made here is `to_lowercase`'s, for a key beyond ASCII (which must
    // see the whole key, for its final sigmas; a space between words is
    // no letter, so whether a sigma ends its word is the same in the key
    // as in the surface).
    let s = surface.trim();
    // A possessive with either apostrophe, as it reads once '’' is '\''.
    let s = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|p| s.strip_suffix(p))
        .unwrap_or(s);
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| if c == '’' { '\'' } else { c }));
    }
    if !out.is_ascii() {
        *out = out.to_lowercase();
    } else {
        out.make_ascii_lowercase();
    }
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

/// The plural of a demonym used as a noun ("North Koreans"); none for the
/// forms that do not take one ("Chinese", "Swiss", "British").
fn demonym_plural(d: &str) -> Option<String> {
    let bare = ["ese", "ss", "sh", "ch", "y"];
    (!bare.iter().any(|b| d.ends_with(b))).then(|| format!("{d}s"))
}

/// Keyed by the bytes of a [`key`], as [`with_key`] gives it.
static GAZETTEER: LazyLock<FxHashMap<Vec<u8>, Known>> = LazyLock::new(|| {
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
            map.insert(key(name).into_bytes(), entry(false));
            for a in aliases.split('|').map(str::trim).filter(|a| !a.is_empty()) {
                map.entry(key(a).into_bytes()).or_insert(entry(false));
            }
            for d in demonyms.split('|').map(str::trim).filter(|d| !d.is_empty()) {
                map.entry(key(d).into_bytes()).or_insert(entry(true));
                if let Some(p) = demonym_plural(d) {
                    map.entry(key(&p).into_bytes()).or_insert(entry(true));
                }
            }
        }
    }
    map
});

/// Heads that take an "of" complement inside a place's name ("Republic of
/// Korea"); organisation and place cues do too.
const OF_HEADS: &[&str] = &[
    "commonwealth",
    "emirate",
    "kingdom",
    "republic",
    "sultanate",
];

/// What the word lists say of one word (in lower case): which lists hold
/// it. A token is looked up once, when it is read ([`lex`]), and every test
/// after that reads a bit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lex(u8);

impl Lex {
    const TITLE: u8 = 1;
    const MODIFIER: u8 = 1 << 1;
    const ORG: u8 = 1 << 2;
    const PLACE: u8 = 1 << 3;
    const EVENT: u8 = 1 << 4;
    const OF_HEAD: u8 = 1 << 5;
    const NOT_NAME: u8 = 1 << 6;
    /// A word of a gazetteer key.
    const KEY_WORD: u8 = 1 << 7;

    fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }

    /// A title or role that comes before a person's name.
    pub fn title(self) -> bool {
        self.has(Self::TITLE)
    }

    /// May qualify a title ("Defense" in "Defense Minister").
    pub fn title_modifier(self) -> bool {
        self.has(Self::MODIFIER)
    }

    pub fn org_cue(self) -> bool {
        self.has(Self::ORG)
    }

    pub fn place_cue(self) -> bool {
        self.has(Self::PLACE)
    }

    /// Names a kind of event, competition or law ("Cup", "Act").
    pub fn event_cue(self) -> bool {
        self.has(Self::EVENT)
    }

    /// May head a name that goes on with "of" ("Ministry of Defence",
    /// "Republic of Korea").
    pub fn can_head_of(self) -> bool {
        self.has(Self::ORG | Self::PLACE | Self::OF_HEAD)
    }
}

/// Every word of every list, in lower case, with the lists that hold it;
/// and every word of every gazetteer key (building it is the only place the
/// gazetteer is iterated; the order does not matter). Looked up, never
/// iterated: words of up to sixteen bytes by their bytes packed into a
/// number (cheaper to hash than a string), longer ones as strings.
struct Words {
    short: packed::Table<u8>,
    /// Words of nine to sixteen bytes ([`packed::pack16`]): nearly all the
    /// words longer than eight.
    middle: packed::Table<u8, u128>,
    /// Keyed by bytes, as [`Words::get`] is asked: the packed tables read
    /// a word's bytes too.
    long: FxHashMap<&'static [u8], u8>,
}

impl Words {
    /// What the lists say of a word already in lower case, by its bytes.
    fn get(&self, lower: &[u8]) -> u8 {
        if let Some(key) = packed::pack(lower) {
            self.short.get(key)
        } else if let Some(key) = packed::pack16(lower) {
            self.middle.get(key)
        } else {
            self.long.get(lower).copied().unwrap_or(0)
        }
    }
}

/// Every word of every list and of every gazetteer key, with the bits of
/// the lists that hold it ([`Lex`]).
fn word_bits() -> FxHashMap<&'static str, u8> {
    let mut map: FxHashMap<&'static str, u8> = FxHashMap::default();
    let lists = [
        (TITLES, Lex::TITLE),
        (TITLE_MODIFIERS, Lex::MODIFIER),
        (ORG_CUES, Lex::ORG),
        (PLACE_CUES, Lex::PLACE),
        (EVENT_CUES, Lex::EVENT),
        (NOT_NAMES, Lex::NOT_NAME),
    ];
    for (data, bit) in lists {
        for w in lines(data).map(str::trim) {
            *map.entry(w).or_default() |= bit;
        }
    }
    for &w in OF_HEADS {
        *map.entry(w).or_default() |= Lex::OF_HEAD;
    }
    // (Every key is text: it is read back as such.)
    let keys = GAZETTEER.keys().filter_map(|k| std::str::from_utf8(k).ok());
    for w in keys.flat_map(|k| k.split(' ')) {
        *map.entry(w).or_default() |= Lex::KEY_WORD;
    }
    map
}

/// The [`Words`], built on first use by [`words`].
static WORDS: OnceLock<Words> = OnceLock::new();

/// The [`Words`]. Once they are built (every call but the first), a load
/// and a test: the building is out of line, so that [`lex`], on nearly
/// every word, sets up nothing for it.
#[inline]
fn words() -> &'static Words {
    match WORDS.get() {
        Some(words) => words,
        None => init_words(),
    }
}

#[cold]
#[inline(never)]
fn init_words() -> &'static Words {
    WORDS.get_or_init(build_words)
}

fn build_words() -> Words {
    let mut short: Vec<(u64, u8)> = Vec::new();
    let mut middle: Vec<(u128, u8)> = Vec::new();
    let mut long: FxHashMap<&'static [u8], u8> = FxHashMap::default();
    for (w, b) in word_bits() {
        let w = w.as_bytes();
        if let Some(key) = packed::pack(w) {
            short.push((key, b));
        } else if let Some(key) = packed::pack16(w) {
            middle.push((key, b));
        } else {
            long.insert(w, b);
        }
    }
    Words {
        short: packed::Table::new(&short),
        middle: packed::Table::new(&middle),
        long,
    }
}

/// What the word lists say of `word`, case-insensitively.
///
/// Inlined where it is called: short ASCII words, nearly all, are answered
/// here; the others in [`lex_other`].
#[inline]
pub fn lex(word: &str) -> Lex {
    if let Some(key) = packed::pack(word.as_bytes())
        && key & packed::HIGH_BITS == 0
    {
        return Lex(words().short.get(packed::ascii_lower(key)));
    }
    lex_other(word)
}

/// [`lex`] of a word longer than eight bytes or beyond ASCII: an ASCII
/// word of up to sixteen bytes packed and lowered as a short one is;
/// any other word lowered by [`with_lower`] first.
#[inline(never)]
fn lex_other(word: &str) -> Lex {
    let words = words();
    if let Some(key) = packed::pack16(word.as_bytes())
        && key & packed::HIGH_BITS16 == 0
    {
        return Lex(words.middle.get(packed::ascii_lower16(key)));
    }
    Lex(with_lower(word, |w| words.get(w.as_bytes())))
}

static FIRST: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(FIRST_NAMES));

/// The lower-case place nouns, with the bytes they start with: the text
/// after nearly every run starts with none of them, and is ruled out with
/// one look.
struct Heads {
    list: Vec<&'static str>,
    first_bytes: [bool; 256],
}

static HEADS: LazyLock<Heads> = LazyLock::new(|| {
    let list: Vec<&'static str> = lines(PLACE_HEADS).collect();
    let mut first_bytes = [false; 256];
    for h in &list {
        if let Some(&b) = h.as_bytes().first() {
            first_bytes[usize::from(b)] = true;
        }
    }
    Heads { list, first_bytes }
});
static ACRONYM: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| word_set(COMMON_ACRONYMS));

/// The gazetteer entry of a surface form, case-insensitively.
pub fn known(surface: &str) -> Option<Known> {
    with_key(surface, known_keyed)
}

/// The gazetteer entry under the [`key`] `k`.
pub fn known_keyed(k: &[u8]) -> Option<Known> {
    GAZETTEER.get(k).copied()
}

/// Whether a gazetteer name may start with a word of a sentence (followed
/// by more words, or not), whose [`lex`] is `lex` and which holds an
/// apostrophe or not. Sure only for a word without one, whose [`key`] is the
/// word in lower case, as [`lex`] looks it up (a word has no spaces to
/// trim or join): a word with one may start a name whose key writes it
/// straight.
pub fn may_start_known(lex: Lex, apostrophe: bool) -> bool {
    lex.has(Lex::KEY_WORD) || apostrophe
}

/// Calls `f` with the bytes of the [`key`] of `surface` (bytes, so that a
/// key lowered on the stack needs no check that it is still UTF-8), built
/// on the stack or in a buffer reused from one lookup to the next.
pub fn with_key<T>(surface: &str, f: impl FnOnce(&[u8]) -> T) -> T {
    // Nearly every surface is plain and short: keyed on the stack, with
    // no thread-local buffer to borrow and no surface to compare.
    let mut buf = [0u8; STACK_KEY];
    if let Some(k) = plain_key(surface, &mut buf) {
        return f(k);
    }
    thread_local! {
        /// The surface keyed last and its key. A name is often keyed several
        /// times running (looked up in the table, then in the gazetteer, then
        /// filed), and comparing it costs less than keying it again.
        static KEY: RefCell<(String, String)> =
            const { RefCell::new((String::new(), String::new())) };
    }
    KEY.with(|cell| match cell.try_borrow_mut() {
        Ok(mut last) => {
            let (keyed, k) = &mut *last;
            if keyed != surface {
                key_into(surface, k);
                keyed.clear();
                keyed.push_str(surface);
            }
            f(k.as_bytes())
        }
        // A lookup made from inside `f` gets a buffer of its own.
        Err(_) => f(key(surface).as_bytes()),
    })
}

/// The bytes of the [`key`] of `surface`, made as [`with_key`] makes them
/// (a plain surface is lowered on the stack, then copied once).
pub fn key_bytes(surface: &str) -> Vec<u8> {
    with_key(surface, <[u8]>::to_vec)
}

/// Whether `word` is a common given name (case as written: "Kim", not "kim").
pub fn is_first_name(word: &str) -> bool {
    FIRST.contains(word)
}

pub fn is_org_cue(word: &str) -> bool {
    lex(word).org_cue()
}

/// The lower-case place noun ("railway station") that `rest` starts with,
/// followed by a word boundary.
pub fn place_head(rest: &str) -> Option<&'static str> {
    // The first byte rules out nearly every text at once (no head is
    // empty, so one that starts no head is followed by none).
    let first = rest.as_bytes().first()?;
    let heads = &*HEADS;
    if !heads.first_bytes[usize::from(*first)] {
        return None;
    }
    heads.list.iter().copied().find(|h| {
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
/// so never a name on its own, given its [`lex`]. All-capital forms are not
/// ("US" is a name).
pub fn is_not_name_lex(word: &str, lex: Lex) -> bool {
    // The bit first: most words are on no list, and need no scan.
    lex.has(Lex::NOT_NAME) && (word.len() <= 1 || word.chars().any(char::is_lowercase))
}

/// [`is_not_name_lex`] of a word not looked up yet.
pub fn is_not_name(word: &str) -> bool {
    is_not_name_lex(word, lex(word))
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
        // `lookup` counts on these, and only these, having an empty key.
        for s in ["", "'s", "'", "’s", "’"] {
            assert!(key(s).is_empty(), "{s:?}");
        }
        assert!(!key("s'").is_empty() && !key("''").is_empty());
        assert_eq!(known("Israelis").map(|k| k.name), Some("Israel"));
        assert_eq!(
            known("NATO").map(|k| k.kind),
            Some(EntityKind::Organization)
        );
    }

    #[test]
    fn only_words_that_open_a_known_name_may_start_one() {
        let may = |w: &str| may_start_known(lex(w), w.contains(['\'', '’']));
        assert!(may("russia") && may("North"));
        assert!(!may("ships") && may("ships’"));
    }

    /// Every name the gazetteer knows starts with a word that may start
    /// one, however it is capitalised: the test may rule a word out before
    /// any key is made.
    #[test]
    fn every_known_name_may_start_with_its_first_word() {
        for k in GAZETTEER.keys().filter_map(|k| std::str::from_utf8(k).ok()) {
            let first = k.split(' ').next().unwrap_or(k);
            let title: String = first.chars().take(1).flat_map(char::to_uppercase).collect();
            let title = title + first.get(1..).unwrap_or("");
            for w in [first.to_string(), first.to_uppercase(), title] {
                let apostrophe = w.contains(['\'', '’']);
                assert!(may_start_known(lex(&w), apostrophe), "{w:?} of {k:?}");
            }
        }
    }

    /// Surfaces of awkward pieces: spaces first, last and doubled, capitals,
    /// apostrophes, possessives, non-ASCII letters.
    const SURFACE_PIECES: &[&str] = &[
        " ", "A", "b", "9", "-", ".", "&", "'s", "’", "É", "ς", "\t", "Ab", "  ", "x",
    ];

    /// The stack key of a plain surface is the key `key_into` makes; other
    /// surfaces are left to it.
    #[test]
    fn stack_keys_are_the_keys() {
        let mut long: Vec<String> =
            crate::testing::strings_of_two_and_random(SURFACE_PIECES, 3000, 3, 40);
        // Plain surfaces about the stack's length.
        for n in STACK_KEY - 2..=STACK_KEY + 2 {
            long.push("Ab ".repeat(n).chars().take(n).collect());
        }
        for s in crate::testing::strings_of(SURFACE_PIECES, 3)
            .into_iter()
            .chain(long)
        {
            let mut buf = [0u8; STACK_KEY];
            if let Some(k) = plain_key(&s, &mut buf) {
                assert_eq!(k, key(&s).as_bytes(), "{s:?}");
            }
            assert_eq!(key_bytes(&s), key(&s).into_bytes(), "{s:?}");
        }
    }

    /// What `key_into` wrote before it stopped making a string for each
    /// step: the apostrophes unified, a possessive stripped, the words
    /// joined, then lower case.
    fn reference_key(surface: &str) -> String {
        let s = surface.trim().replace('’', "'");
        let s = s
            .strip_suffix("'s")
            .or_else(|| s.strip_suffix('\''))
            .unwrap_or(&s);
        let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
        joined.to_lowercase()
    }

    /// Surfaces are keyed as the plain string steps keyed them: curly and
    /// straight apostrophes and possessives, final and other sigmas, spaces
    /// of every kind, in ASCII and beyond.
    #[test]
    fn keys_are_the_reference_keys() {
        let pieces = [
            " ", "A", "Σ", "ς", "É", "’", "'", "’s", "'s", "s", "\u{a0}", "\t", "İ", "x",
        ];
        let long = crate::testing::strings_of_two_and_random(&pieces, 4000, 3, 12);
        for s in crate::testing::strings_of(&pieces, 4)
            .into_iter()
            .chain(long)
        {
            assert_eq!(key(&s), reference_key(&s), "{s:?}");
        }
    }

    /// The key of a word without apostrophes (nor spaces, as every word of
    /// a sentence) is the word in lower case as `with_lower` writes it, and
    /// so as `lex` looks it up: `may_start_known` counts on it.
    #[test]
    fn a_word_without_apostrophes_is_keyed_in_lower_case() {
        let pieces = [
            "a", "Z", "9", "-", ".", "&", "é", "É", "Σ", "\u{212a}", "İ", "\u{301}", "ß", "Ab",
        ];
        let mut words = crate::testing::strings_of(&pieces, 4);
        words.push("ΟΔΥΣΣΕΥΣ".into());
        words.push("A".repeat(40));
        for w in words {
            assert_eq!(key(&w), with_lower(&w, str::to_string), "{w:?}");
        }
    }

    /// What `place_head` was before the table of first bytes: a scan of
    /// every head.
    fn place_head_scan(rest: &str) -> Option<&'static str> {
        HEADS.list.iter().copied().find(|h| {
            rest.strip_prefix(h)
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
        })
    }

    /// The table of first bytes rules out only texts that no head starts.
    #[test]
    fn place_heads_are_the_scanned_heads() {
        let mut pieces: Vec<&str> = HEADS.list.clone();
        pieces.extend([
            "", " ", "s", "station", "rail", "way", "c", "é", "ys", "x", ",", "2", "S",
        ]);
        for rest in crate::testing::strings_of(&pieces, 3) {
            assert_eq!(place_head(&rest), place_head_scan(&rest), "{rest:?}");
        }
    }

    /// What `lex` was before words of up to sixteen bytes were packed: the
    /// word lowered by `with_lower`, looked up as a string in one map.
    fn lex_reference(word: &str) -> Lex {
        static MAP: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(word_bits);
        Lex(with_lower(word, |w| MAP.get(w).copied().unwrap_or(0)))
    }

    /// Packed words of every length up to and past sixteen bytes, listed or
    /// nearly so, in every case, with non-ASCII letters, are looked up as
    /// the one map of strings looks them up.
    #[test]
    fn packed_lookups_are_the_map_lookups() {
        let mut listed: Vec<&str> = word_bits()
            .into_keys()
            .filter(|w| (7..=18).contains(&w.len()))
            .collect();
        listed.sort_unstable();
        // A sample of every length, so that the test stays quick.
        let listed: Vec<&str> = listed.into_iter().step_by(7).collect();
        let mut words: Vec<String> = Vec::new();
        for w in &listed {
            let upper = w.to_uppercase();
            let title: String = w.chars().take(1).flat_map(char::to_uppercase).collect();
            let title = title + w.get(1..).unwrap_or("");
            for v in [w.to_string(), upper, title] {
                for cut in [0, 1, 2] {
                    words.push(v[..v.floor_char_boundary(v.len() - cut)].to_string());
                }
                words.push(format!("{v}s"));
                words.push(format!("{v}É"));
            }
        }
        let pieces = ["a", "Z", "é", "\u{212a}", "-", "minister", "Ministry", "x"];
        words.extend(crate::testing::strings_of(&pieces, 3));
        for n in 6..=19 {
            words.push("Ab".repeat(n).chars().take(n).collect());
        }
        for w in &words {
            assert_eq!(lex(w), lex_reference(w), "{w:?}");
        }
        assert!(
            listed
                .iter()
                .any(|w| lex(w) != Lex::default() && w.len() > 8)
        );
    }

    #[test]
    fn word_lists_are_case_aware() {
        assert_eq!(lex("The"), lex("the"));
        assert!(lex("MINISTER").title() && lex("President").title());
        assert!(is_not_name("The"));
        assert!(!is_not_name("US"));
        assert!(lex("Gen.").title());
        assert!(is_org_cue("Institute") && lex("republic").can_head_of());
        assert!(lex("Defense").title_modifier() && lex("cup").event_cue());
        assert!(is_first_name("Sergei") && !is_first_name("sergei"));
        assert_eq!(place_head("railway station in"), Some("railway station"));
        assert_eq!(place_head("stationery"), None);
    }
}
