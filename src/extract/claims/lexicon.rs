//! The word lists the claims stage reads: attribution cues, source nouns,
//! pronouns, titles, hedges.
//!
//! Written from general knowledge of English news style. Every table is
//! sorted so that membership is a binary search; a unit test keeps them so.
//! The longest, the cue verbs, is the data file `cues.txt` beside this one,
//! sorted too and read into a hash map.
//!
//! The tokenizer asks about every word once: [`lex`] looks the word up in
//! all the tables at a time and gives a [`Lex`], one bit per table and the
//! cue class, which the attribution rules then test as often as they like.
//! A further bit marks the words that mark a hedge cue, so that the hedges
//! are looked for only in sentences that hold one.

use crate::packed;
use crate::unicode::general_punctuation;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// How a cue frames what follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Speech and writing: the content is the source's words, quoted or
    /// reported ("said", "told", "wrote").
    Speech,
    /// Belief, finding, evidence: the content is attributed without being
    /// said ("believe", "found", "shows"); it needs a clause after it
    /// ("that ...") so that "found the keys" is not an attribution.
    Thought,
    /// Stance, demand, plan, judgement: "called for", "wants", "criticized",
    /// "plans". The source must be written before the cue, and the content
    /// (what the stance is about) is what follows it.
    Stance,
}

/// Attribution verbs in every inflection news prose uses, lower case, with
/// their class: the lines of the data file `cues.txt`.
fn cue_lines() -> impl Iterator<Item = (&'static str, CueClass)> {
    include_str!("cues.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (word, class) = l.split_once(' ')?;
            let class = match class.trim() {
                "speech" => CueClass::Speech,
                "thought" => CueClass::Thought,
                "stance" => CueClass::Stance,
                _ => return None,
            };
            Some((word, class))
        })
}

/// [`cue_lines`], read once. Only looked up, never iterated.
static CUES: LazyLock<FxHashMap<&'static str, CueClass>> = LazyLock::new(|| cue_lines().collect());

/// Cues that may put their source after them, after a quote or a comma:
/// "..., said Jeong", "“...,” says the report".
pub const INVERTING_CUES: &[&str] = &[
    "added",
    "adds",
    "argued",
    "argues",
    "explained",
    "noted",
    "notes",
    "recalled",
    "said",
    "says",
    "warned",
    "wrote",
];

/// Cues that take the hearer as object before the content: "told
/// reporters (that) ...".
pub const TELLING_CUES: &[&str] = &["tell", "telling", "tells", "told"];

/// Impersonal passives: "it is believed that ...", "it is noted that ...".
/// The writer reports a view without naming whose it is.
pub const IMPERSONAL: &[&str] = &[
    "acknowledged",
    "alleged",
    "believed",
    "claimed",
    "estimated",
    "expected",
    "feared",
    "known",
    "noted",
    "reported",
    "rumored",
    "said",
    "suspected",
    "thought",
    "understood",
];

/// Words that may stand between a source and its verb: "he has said",
/// "officials also noted", "she later told".
pub const BETWEEN_SOURCE_AND_CUE: &[&str] = &[
    "again",
    "also",
    "always",
    "are",
    "been",
    "can",
    "could",
    "had",
    "has",
    "have",
    "is",
    "later",
    "may",
    "might",
    "must",
    "now",
    "often",
    "once",
    "previously",
    "privately",
    "publicly",
    "recently",
    "repeatedly",
    "should",
    "still",
    "then",
    "was",
    "were",
    "will",
    "would",
];

/// Prepositions that open the circumstances of a statement ("in an
/// interview", "at a rally"), not its content.
pub const CIRCUMSTANCE_PREPOSITIONS: &[&str] = &[
    "after", "at", "before", "during", "for", "from", "in", "on", "through", "to", "via", "while",
    "with",
];

/// Words of time that may stand between a source and its cue ("Smith on
/// Monday said", "officials last week warned"), lower case.
pub const WHEN_WORDS: &[&str] = &[
    "april",
    "august",
    "days",
    "december",
    "earlier",
    "february",
    "friday",
    "hours",
    "january",
    "july",
    "june",
    "last",
    "march",
    "minutes",
    "monday",
    "month",
    "months",
    "night",
    "november",
    "october",
    "on",
    "saturday",
    "september",
    "sunday",
    "this",
    "thursday",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "week",
    "weeks",
    "year",
    "years",
    "yesterday",
];

/// Cues that are also common nouns ("the plan", "Republican claims"): a
/// verb only when a clause or an infinitive follows.
pub const NOUN_LIKE_CUES: &[&str] = &[
    "aim",
    "aims",
    "attacks",
    "backs",
    "calls",
    "claim",
    "claims",
    "demand",
    "demands",
    "doubt",
    "doubts",
    "estimate",
    "estimates",
    "favor",
    "favors",
    "fear",
    "fears",
    "find",
    "hope",
    "hopes",
    "lied",
    "note",
    "notes",
    "plan",
    "plans",
    "pledge",
    "report",
    "reports",
    "rules",
    "show",
    "shows",
    "state",
    "states",
    "support",
    "supports",
    "thought",
    "urge",
    "vow",
    "vows",
    "want",
    "wants",
    "writing",
];

/// Personal pronouns that can be a source, lower case.
pub const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we", "which", "who"];

/// Words that are capitalised at the start of a sentence but never begin a
/// name: a run of capitals starting with one drops it.
pub const NOT_NAME_STARTS: &[&str] = &[
    "after",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "because",
    "before",
    "but",
    "by",
    "during",
    "for",
    "from",
    "his",
    "however",
    "if",
    "in",
    "instead",
    "its",
    "last",
    "meanwhile",
    "moreover",
    "now",
    "of",
    "on",
    "once",
    "or",
    "since",
    "so",
    "still",
    "that",
    "their",
    "then",
    "these",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "under",
    "when",
    "where",
    "while",
    "with",
    "yet",
];

/// Connectors allowed inside a name: "Institute for National Unification",
/// "Bank of Korea", "Ministry of Foreign Affairs".
pub const NAME_CONNECTORS: &[&str] = &["and", "de", "for", "of", "on", "the", "van", "von"];

/// Honorifics dropped from a canonical name ("Mr. Obama" → "Obama").
pub const HONORIFICS: &[&str] = &[
    "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir",
];

/// Title words that precede a name and give the source's role ("Defense
/// Minister Sergei Shoigu", "Sen. Smith"), lower case.
pub const TITLES: &[&str] = &[
    "adviser",
    "ambassador",
    "attorney",
    "candidate",
    "capt.",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "col.",
    "commander",
    "commissioner",
    "congressman",
    "congresswoman",
    "councillor",
    "democrat",
    "director",
    "envoy",
    "executive",
    "former",
    "gen.",
    "general",
    "gov",
    "gov.",
    "governor",
    "judge",
    "justice",
    "king",
    "leader",
    "lt",
    "lt.",
    "mayor",
    "minister",
    "nominee",
    "officer",
    "premier",
    "president",
    "prime",
    "queen",
    "rep",
    "rep.",
    "representative",
    "republican",
    "secretary",
    "sen",
    "sen.",
    "senator",
    "sgt.",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
];

/// Head nouns of anonymous human sources: "experts", "a senior official".
pub const PEOPLE_NOUNS: &[&str] = &[
    "activist",
    "activists",
    "adviser",
    "advisers",
    "aide",
    "aides",
    "analyst",
    "analysts",
    "author",
    "authors",
    "candidate",
    "candidates",
    "critic",
    "critics",
    "customer",
    "customers",
    "diplomat",
    "diplomats",
    "doctor",
    "doctors",
    "economist",
    "economists",
    "editor",
    "editors",
    "employee",
    "employees",
    "expert",
    "experts",
    "farmer",
    "farmers",
    "insider",
    "insiders",
    "investigator",
    "investigators",
    "journalist",
    "journalists",
    "lawmaker",
    "lawmakers",
    "lawyer",
    "lawyers",
    "leader",
    "leaders",
    "man",
    "many",
    "member",
    "members",
    "men",
    "observer",
    "observers",
    "officers",
    "official",
    "officials",
    "others",
    "owner",
    "owners",
    "parent",
    "parents",
    "people",
    "percent",
    "poster",
    "posters",
    "prosecutor",
    "prosecutors",
    "reporter",
    "reporters",
    "researcher",
    "researchers",
    "resident",
    "residents",
    "scientist",
    "scientists",
    "some",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "student",
    "students",
    "supporter",
    "supporters",
    "teacher",
    "teachers",
    "user",
    "users",
    "victim",
    "victims",
    "voters",
    "witness",
    "witnesses",
    "woman",
    "women",
    "worker",
    "workers",
    "writer",
    "writers",
];

/// Head nouns of organisations: "the ministry said", "the campaign says".
pub const ORGANIZATION_NOUNS: &[&str] = &[
    "administration",
    "agency",
    "authorities",
    "bank",
    "campaign",
    "committee",
    "company",
    "council",
    "court",
    "department",
    "firm",
    "government",
    "group",
    "military",
    "ministry",
    "network",
    "newspaper",
    "office",
    "party",
    "police",
    "regime",
    "service",
    "site",
    "university",
    "website",
];

/// Head nouns of written sources: "a report says", "government
/// publications", "the statement said".
pub const DOCUMENT_NOUNS: &[&str] = &[
    "analysis",
    "data",
    "document",
    "documents",
    "figures",
    "filing",
    "imagery",
    "images",
    "letter",
    "memo",
    "poll",
    "polls",
    "publication",
    "publications",
    "records",
    "report",
    "reports",
    "statement",
    "statistics",
    "study",
    "survey",
];

/// Last words that make a capitalised name an organisation rather than a
/// person: "Federal Customs Service", "Korea Development Institute".
pub const ORGANIZATION_SUFFIXES: &[&str] = &[
    "administration",
    "agency",
    "association",
    "bank",
    "bureau",
    "campaign",
    "center",
    "centre",
    "commission",
    "committee",
    "congress",
    "corp",
    "corp.",
    "corporation",
    "council",
    "court",
    "department",
    "foundation",
    "fund",
    "government",
    "group",
    "house",
    "inc",
    "inc.",
    "institute",
    "lab",
    "labs",
    "ministry",
    "office",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "police",
    "senate",
    "service",
    "times",
    "union",
    "university",
];

/// Words that make a capitalised run a place, a date or a thing rather than
/// a person's name: "North Korea", "Special Economic Zone", "Monday".
pub const NOT_PERSON_WORDS: &[&str] = &[
    "april",
    "august",
    "bay",
    "city",
    "county",
    "december",
    "democrats",
    "east",
    "economic",
    "february",
    "friday",
    "island",
    "islands",
    "january",
    "july",
    "june",
    "march",
    "monday",
    "national",
    "new",
    "north",
    "november",
    "october",
    "province",
    "region",
    "republic",
    "republicans",
    "river",
    "saturday",
    "sea",
    "september",
    "south",
    "special",
    "state",
    "states",
    "street",
    "sunday",
    "thursday",
    "tuesday",
    "united",
    "wednesday",
    "west",
    "zone",
];

/// Words of page furniture that open a "Label: text" line without being a
/// source: "Photo: ...", "SEE ALSO: ...", "Reading Time: ...", lower case.
pub const NOT_LABELS: &[&str] = &[
    "advertisement",
    "also",
    "analysis",
    "breaking",
    "caption",
    "correction",
    "credit",
    "details",
    "editor",
    "editor's",
    "editor’s",
    "exclusive",
    "file",
    "image",
    "more",
    "note",
    "opinion",
    "photo",
    "photos",
    "pictured",
    "read",
    "reading",
    "related",
    "see",
    "time",
    "update",
    "updated",
    "video",
    "watch",
];

/// Words that may open a noun phrase: determiners, quantifiers, numbers.
pub const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "her", "his", "its", "many", "most", "one", "other", "our",
    "several", "some", "the", "their", "these", "this", "those", "three", "two",
];

/// Conjunctions that join a further clause: "Y, X said, and Z"; they are
/// trimmed from the edges of a clause left over between frames.
pub const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "although", "and", "but", "however", "though", "whereas", "while", "yet",
];

/// Members of a party or movement, singular, lower case: a name headed by
/// their plural ("House Republicans", "Houthi rebels") is a group speaking
/// together, not a person.
pub const GROUP_MEMBERS: &[&str] = &[
    "conservative",
    "democrat",
    "insurgent",
    "liberal",
    "loyalist",
    "militant",
    "rebel",
    "republican",
    "separatist",
    "socialist",
];

/// Words a source phrase cannot run back over: verbs of being and modals,
/// conjunctions, prepositions, wh-words ("to see what changes lawmakers
/// would make" has no source "see what changes lawmakers").
pub const STOPS: &[&str] = &[
    "after", "and", "are", "as", "at", "be", "because", "been", "before", "but", "by", "can",
    "could", "did", "do", "does", "for", "from", "had", "has", "have", "how", "if", "in", "is",
    "may", "might", "must", "not", "on", "or", "see", "should", "than", "that", "to", "was",
    "were", "what", "when", "where", "whether", "which", "while", "who", "why", "will", "with",
    "would",
];

/// Prepositions that join a source noun to its complement: "experts on
/// Korea", "residents of the city", "officials at the ministry".
pub const SOURCE_PREPOSITIONS: &[&str] = &["at", "for", "from", "in", "of", "on", "with"];

/// Conjunctions that cannot open an apposition: "X, and Y said" is no
/// "X, a spokesman, said".
pub const APPOSITION_CONJUNCTIONS: &[&str] = &[
    "although", "and", "as", "because", "but", "if", "or", "since", "so", "that", "though", "when",
    "which", "while", "yet",
];

/// Which of the word lists above hold a word, and its cue class: the
/// attribution rules ask about the same words many times over, so each
/// token is looked up once, when it is read ([`lex`]), and every question
/// after that tests a bit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lex(u32);

impl Lex {
    pub const INVERTING_CUE: u32 = 1;
    pub const TELLING_CUE: u32 = 1 << 1;
    pub const IMPERSONAL: u32 = 1 << 2;
    pub const BETWEEN_SOURCE_AND_CUE: u32 = 1 << 3;
    pub const CIRCUMSTANCE_PREPOSITION: u32 = 1 << 4;
    pub const WHEN_WORD: u32 = 1 << 5;
    pub const NOUN_LIKE_CUE: u32 = 1 << 6;
    pub const PRONOUN: u32 = 1 << 7;
    pub const NOT_NAME_START: u32 = 1 << 8;
    pub const NAME_CONNECTOR: u32 = 1 << 9;
    pub const HONORIFIC: u32 = 1 << 10;
    pub const TITLE: u32 = 1 << 11;
    pub const PEOPLE_NOUN: u32 = 1 << 12;
    pub const ORGANIZATION_NOUN: u32 = 1 << 13;
    pub const DOCUMENT_NOUN: u32 = 1 << 14;
    pub const ORGANIZATION_SUFFIX: u32 = 1 << 15;
    pub const NOT_PERSON_WORD: u32 = 1 << 16;
    pub const NOT_LABEL: u32 = 1 << 17;
    pub const DETERMINER: u32 = 1 << 18;
    pub const CLAUSE_CONJUNCTION: u32 = 1 << 19;
    pub const GROUP_MEMBER: u32 = 1 << 20;
    pub const STOP: u32 = 1 << 21;
    pub const SOURCE_PREPOSITION: u32 = 1 << 22;
    pub const APPOSITION_CONJUNCTION: u32 = 1 << 23;
    const SPEECH: u32 = 1 << 24;
    const THOUGHT: u32 = 1 << 25;
    const STANCE: u32 = 1 << 26;
    /// The word that marks a hedge cue ([`hedge_key`]): the sentence may
    /// hold a hedge.
    pub const HEDGE_KEY: u32 = 1 << 27;

    /// Whether one of the lists `bits` (`Lex::TITLE | Lex::PEOPLE_NOUN`)
    /// holds the word.
    pub fn has(self, bits: u32) -> bool {
        self.0 & bits != 0
    }

    /// The bits of the three cue classes: a word with one of them is an
    /// attribution cue.
    pub const CUE: u32 = Self::SPEECH | Self::THOUGHT | Self::STANCE;

    /// Whether the word is an attribution cue (of any class).
    pub fn is_cue(self) -> bool {
        self.has(Self::CUE)
    }

    /// The class of the word as an attribution cue, if it is one.
    pub fn cue_class(self) -> Option<CueClass> {
        if !self.is_cue() {
            None
        } else if self.has(Self::SPEECH) {
            Some(CueClass::Speech)
        } else if self.has(Self::THOUGHT) {
            Some(CueClass::Thought)
        } else if self.has(Self::STANCE) {
            Some(CueClass::Stance)
        } else {
            None
        }
    }
}

/// Every table with its bit in [`Lex`].
const TABLES: &[(&[&str], u32)] = &[
    (INVERTING_CUES, Lex::INVERTING_CUE),
    (TELLING_CUES, Lex::TELLING_CUE),
    (IMPERSONAL, Lex::IMPERSONAL),
    (BETWEEN_SOURCE_AND_CUE, Lex::BETWEEN_SOURCE_AND_CUE),
    (CIRCUMSTANCE_PREPOSITIONS, Lex::CIRCUMSTANCE_PREPOSITION),
    (WHEN_WORDS, Lex::WHEN_WORD),
    (NOUN_LIKE_CUES, Lex::NOUN_LIKE_CUE),
    (PRONOUNS, Lex::PRONOUN),
    (NOT_NAME_STARTS, Lex::NOT_NAME_START),
    (NAME_CONNECTORS, Lex::NAME_CONNECTOR),
    (HONORIFICS, Lex::HONORIFIC),
    (TITLES, Lex::TITLE),
    (PEOPLE_NOUNS, Lex::PEOPLE_NOUN),
    (ORGANIZATION_NOUNS, Lex::ORGANIZATION_NOUN),
    (DOCUMENT_NOUNS, Lex::DOCUMENT_NOUN),
    (ORGANIZATION_SUFFIXES, Lex::ORGANIZATION_SUFFIX),
    (NOT_PERSON_WORDS, Lex::NOT_PERSON_WORD),
    (NOT_LABELS, Lex::NOT_LABEL),
    (DETERMINERS, Lex::DETERMINER),
    (CLAUSE_CONJUNCTIONS, Lex::CLAUSE_CONJUNCTION),
    (GROUP_MEMBERS, Lex::GROUP_MEMBER),
    (STOPS, Lex::STOP),
    (SOURCE_PREPOSITIONS, Lex::SOURCE_PREPOSITION),
    (APPOSITION_CONJUNCTIONS, Lex::APPOSITION_CONJUNCTION),
];

/// The longest word of any table, in bytes, is at most this (a unit test
/// keeps it so): a longer word is in none of them.
const LONGEST: usize = 24;

/// Every listed word with what the lists say of it. Words of up to eight
/// bytes, nearly every word read, are keyed by their bytes as a number in a
/// table of their own ([`packed`]); every word is also keyed by its bytes,
/// for the words that cannot be packed as they are.
struct Lexes {
    short: packed::Table<Lex>,
    /// The first eight bytes, packed, of every listed word longer than
    /// that: a longer word whose first eight bytes (lowered) are not here
    /// is in no list, and is answered without hashing the whole word.
    long_heads: packed::Table<bool>,
    all: FxHashMap<&'static [u8], Lex>,
}

static LEXES: LazyLock<Lexes> = LazyLock::new(|| {
    let mut all: FxHashMap<&'static [u8], Lex> = FxHashMap::default();
    let mut add = |w: &'static str, bits: u32| {
        all.entry(w.as_bytes()).or_default().0 |= bits;
    };
    for &(table, bit) in TABLES {
        for &w in table {
            add(w, bit);
        }
    }
    for (w, class) in cue_lines() {
        add(
            w,
            match class {
                CueClass::Speech => Lex::SPEECH,
                CueClass::Thought => Lex::THOUGHT,
                CueClass::Stance => Lex::STANCE,
            },
        );
    }
    for cue in super::hedges::CUES {
        add(hedge_key(cue), Lex::HEDGE_KEY);
    }
    let short: Vec<(u64, Lex)> = all
        .iter()
        .filter_map(|(w, &lex)| Some((packed::pack(w)?, lex)))
        .collect();
    let long_heads: Vec<(u64, bool)> = all
        .keys()
        .filter(|w| w.len() > 8)
        .filter_map(|w| Some((packed::pack(&w[..8])?, true)))
        .collect();
    Lexes {
        short: packed::Table::new(&short),
        long_heads: packed::Table::new(&long_heads),
        all,
    }
});

/// The word of a hedge cue that marks it: its longest ("believed" of "it
/// is believed"). Any sentence holding the cue holds the word, as a word.
fn hedge_key(cue: &'static str) -> &'static str {
    cue.split(' ').max_by_key(|w| w.len()).unwrap_or(cue)
}

/// What the word lists say of `word`, case-insensitively: of
/// `word.to_lowercase()`. Inlined where it is called (its common case is
/// a few instructions, fewer than a call costs).
#[inline(always)]
pub fn lex(word: &str) -> Lex {
    // Nearly every word is short and ASCII: lowered and packed at once.
    let bytes = word.as_bytes();
    if let Some(key) = packed::pack(bytes)
        && key & packed::HIGH_BITS == 0
        && bytes.last() != Some(&0)
    {
        return LEXES.short.get(packed::ascii_lower(key));
    }
    lex_unpacked(word)
}

/// [`lex`] of the word `s[from..to]`, which is ASCII: the tokenizer's way
/// in, since it knows which words are. The word is packed from one load of
/// the eight bytes at its start ([`pack_within`]), and `s` is not sliced
/// (a `str` slice checks both ends for character boundaries).
#[inline(always)]
pub fn lex_ascii_within(s: &str, from: usize, to: usize) -> Lex {
    let bytes = s.as_bytes();
    debug_assert!(bytes[from..to].is_ascii());
    if let Some(key) = pack_within(bytes, from, to)
        && (to == from || bytes[to - 1] != 0)
    {
        return LEXES.short.get(packed::ascii_lower(key));
    }
    lex_unpacked(&s[from..to])
}

/// The table of the listed words of up to eight bytes, held by a caller
/// that looks up many packed words in a row (the tokenizer, a sentence at
/// a time): [`lex`] reaches it through the `LazyLock` at every call.
#[derive(Clone, Copy)]
pub struct ShortWords(&'static packed::Table<Lex>);

/// The table of the listed words of up to eight bytes ([`ShortWords`]).
pub fn short_words() -> ShortWords {
    ShortWords(&LEXES.short)
}

impl ShortWords {
    /// [`lex`] of the ASCII word whose bytes `key` packs
    /// ([`packed::pack`]); the word has no NUL byte.
    #[inline(always)]
    pub fn lex(self, key: u64) -> Lex {
        self.0.get(packed::ascii_lower(key))
    }
}

/// [`packed::pack`] of `bytes[from..to]`: when eight bytes follow `from`,
/// one load of them with the bytes past `to` masked off, rather than the
/// two loads `pack` puts together.
#[inline(always)]
fn pack_within(bytes: &[u8], from: usize, to: usize) -> Option<u64> {
    let n = to - from;
    if n > 8 {
        return None;
    }
    match bytes
        .get(from..from + 8)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
    {
        // The low `n` bytes; all eight when `n` is 8 (the shift overflows).
        Some(block) => {
            let mask = 1u64.checked_shl(8 * n as u32).map_or(u64::MAX, |b| b - 1);
            Some(u64::from_le_bytes(block) & mask)
        }
        None => packed::pack(&bytes[from..to]),
    }
}

/// [`lex`] of a word that cannot be packed: longer than eight bytes, not
/// ASCII, or ending in NUL. Kept apart, so that the common case stays
/// small.
#[inline(never)]
fn lex_unpacked(word: &str) -> Lex {
    let lexes = &*LEXES;
    // Most words here are long ASCII words that no list holds: their
    // first eight bytes, lowered, start no listed word (`long_heads`).
    if let Some(head) = word.as_bytes().get(..8).and_then(packed::pack)
        && head & packed::HIGH_BITS == 0
        && !lexes.long_heads.get(packed::ascii_lower(head))
    {
        return Lex::default();
    }
    if !lowers_bytewise(word) {
        let lower = word.to_lowercase();
        return lookup(lexes, lower.as_bytes());
    }
    if word.len() > LONGEST {
        return Lex::default();
    }
    let mut buf = [0u8; LONGEST];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    lookup(lexes, lower)
}

/// Whether `word.to_lowercase()` is `word.to_ascii_lowercase()`: whether
/// every letter outside ASCII is its own lower case ("’", "é"; not "É", nor
/// the Kelvin sign, which lowers to an ASCII "k"). The General Punctuation
/// block (U+2000 to U+206F: "’", "—"), which has no letters, is answered
/// without the case tables.
pub fn lowers_bytewise(word: &str) -> bool {
    word.is_ascii()
        || word.chars().all(|c| {
            c.is_ascii() || general_punctuation(c) || {
                let mut l = c.to_lowercase();
                l.next() == Some(c) && l.next().is_none()
            }
        })
}

fn lookup(lexes: &Lexes, lower: &[u8]) -> Lex {
    lexes.all.get(lower).copied().unwrap_or_default()
}

/// The class of an attribution cue, if `word` (lower case) is one.
pub fn cue_class(word: &str) -> Option<CueClass> {
    CUES.get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `pack_within` packs as `pack` does, near the end of the bytes and
    /// away from it; `lex_ascii_within` answers as `lex`.
    #[test]
    fn words_within_a_text_read_as_alone() {
        let pieces = ["a", "Said", "\0", "x", "ACCORDING", "to", "7", "-", " "];
        for s in crate::testing::strings_of(&pieces, 3) {
            let bytes = s.as_bytes();
            for from in 0..=bytes.len() {
                for to in from..=bytes.len().min(from + 12) {
                    let word = &s[from..to];
                    assert_eq!(
                        pack_within(bytes, from, to),
                        packed::pack(word.as_bytes()),
                        "{s:?} {from}..{to}"
                    );
                    assert_eq!(
                        lex_ascii_within(&s, from, to),
                        lex(word),
                        "{s:?} {from}..{to}"
                    );
                }
            }
        }
    }

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [
            INVERTING_CUES,
            TELLING_CUES,
            IMPERSONAL,
            BETWEEN_SOURCE_AND_CUE,
            WHEN_WORDS,
            CIRCUMSTANCE_PREPOSITIONS,
            NOUN_LIKE_CUES,
            PRONOUNS,
            NOT_NAME_STARTS,
            NAME_CONNECTORS,
            HONORIFICS,
            TITLES,
            PEOPLE_NOUNS,
            ORGANIZATION_NOUNS,
            DOCUMENT_NOUNS,
            ORGANIZATION_SUFFIXES,
            NOT_PERSON_WORDS,
            NOT_LABELS,
            DETERMINERS,
            CLAUSE_CONJUNCTIONS,
            GROUP_MEMBERS,
            STOPS,
            SOURCE_PREPOSITIONS,
            APPOSITION_CONJUNCTIONS,
        ] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
        }
        // Every table has its bit, and no word is too long for `lex`.
        assert_eq!(TABLES.len(), 24);
        let words = TABLES.iter().flat_map(|(t, _)| t.iter().copied());
        assert!(
            words
                .chain(cue_lines().map(|(w, _)| w))
                .all(|w| w.len() <= LONGEST)
        );
        let cues: Vec<(&str, CueClass)> = cue_lines().collect();
        assert!(cues.windows(2).all(|w| w[0].0 < w[1].0));
        // Every non-comment line of the file parsed into the table.
        let lines = include_str!("cues.txt")
            .lines()
            .filter(|l| !l.starts_with('#'));
        assert_eq!(lines.count(), CUES.len());
    }

    #[test]
    fn lex_reads_every_list_case_insensitively() {
        for &(table, bit) in TABLES {
            for w in table {
                assert!(lex(w).has(bit), "{w}");
                assert!(lex(&w.to_uppercase()).has(bit), "{w}");
            }
        }
        assert_eq!(lex("Said").cue_class(), Some(CueClass::Speech));
        assert_eq!(lex("BELIEVE").cue_class(), Some(CueClass::Thought));
        assert_eq!(lex("Editor’s"), lex("editor’s"));
        assert!(lex("Editor’s").has(Lex::NOT_LABEL));
        // The Kelvin sign lowers to an ASCII "k".
        assert!(lex("\u{212A}ing").has(Lex::TITLE));
        assert_eq!(lex("sailed"), Lex::default());
        assert_eq!(lex("representatives-at-large"), Lex::default());
    }

    /// `lex` as documented: `word.to_lowercase()` looked up in the tables.
    fn lex_by_tables(word: &str) -> Lex {
        let lower = word.to_lowercase();
        let mut bits = 0;
        for &(table, bit) in TABLES {
            if table.contains(&lower.as_str()) {
                bits |= bit;
            }
        }
        bits |= match cue_class(&lower) {
            Some(CueClass::Speech) => Lex::SPEECH,
            Some(CueClass::Thought) => Lex::THOUGHT,
            Some(CueClass::Stance) => Lex::STANCE,
            None => 0,
        };
        if super::super::hedges::CUES
            .iter()
            .any(|c| hedge_key(c) == lower)
        {
            bits |= Lex::HEDGE_KEY;
        }
        Lex(bits)
    }

    #[test]
    fn packed_lookup_reads_as_the_tables_do() {
        let pieces = [
            "a",
            "S",
            "id",
            "SAID",
            "or",
            "ter",
            "s",
            "’",
            "é",
            "É",
            "\u{212A}",
            "-",
            "ly",
            "likely",
            "officials",
            "spokes",
            "woman",
            "\0",
        ];
        for word in crate::testing::strings_of(&pieces, 3) {
            // A word never ends in NUL; one that does is read as packed.
            if !word.ends_with('\0') {
                assert_eq!(lex(&word), lex_by_tables(&word), "{word:?}");
            }
        }
        for &(table, _) in TABLES {
            for w in table {
                let upper = w.to_uppercase();
                assert_eq!(lex(&upper), lex_by_tables(&upper), "{w}");
                let padded = format!("{w}{w}");
                assert_eq!(lex(&padded), lex_by_tables(&padded), "{w}");
                // Long words sharing their first eight bytes with a listed
                // one, or all but its last byte.
                let chars: Vec<char> = upper.chars().collect();
                for cut in 1..chars.len().min(4) {
                    for tail in ["", "s", "É", "\u{212A}"] {
                        let head: String = chars[..chars.len() - cut].iter().collect();
                        let near = format!("{head}{tail}");
                        assert_eq!(lex(&near), lex_by_tables(&near), "{near}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_hedge_has_its_key() {
        for cue in super::super::hedges::CUES {
            assert!(lex(hedge_key(cue)).has(Lex::HEDGE_KEY), "{cue}");
            assert!(cue.split(' ').any(|w| lex(w).has(Lex::HEDGE_KEY)));
        }
        assert!(!lex("is").has(Lex::HEDGE_KEY));
    }

    #[test]
    fn cue_lookup() {
        assert_eq!(cue_class("said"), Some(CueClass::Speech));
        assert_eq!(cue_class("believe"), Some(CueClass::Thought));
        assert_eq!(cue_class("sailed"), None);
    }
}
