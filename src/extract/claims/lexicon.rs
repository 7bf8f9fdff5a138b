//! The word lists the claims stage reads: attribution cues, source nouns,
//! pronouns, titles, hedges.
//!
//! Written from general knowledge of English news style. Every table is
//! sorted so that membership is a binary search; a unit test keeps them so.

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
}

/// Attribution verbs in every inflection news prose uses, lower case.
pub const CUES: &[(&str, CueClass)] = &[
    ("acknowledge", CueClass::Speech),
    ("acknowledged", CueClass::Speech),
    ("acknowledges", CueClass::Speech),
    ("add", CueClass::Speech),
    ("added", CueClass::Speech),
    ("adding", CueClass::Speech),
    ("adds", CueClass::Speech),
    ("admit", CueClass::Speech),
    ("admits", CueClass::Speech),
    ("admitted", CueClass::Speech),
    ("agree", CueClass::Thought),
    ("agreed", CueClass::Thought),
    ("agrees", CueClass::Thought),
    ("allege", CueClass::Speech),
    ("alleged", CueClass::Speech),
    ("alleges", CueClass::Speech),
    ("announce", CueClass::Speech),
    ("announced", CueClass::Speech),
    ("announces", CueClass::Speech),
    ("argue", CueClass::Speech),
    ("argued", CueClass::Speech),
    ("argues", CueClass::Speech),
    ("arguing", CueClass::Speech),
    ("asserted", CueClass::Speech),
    ("asserts", CueClass::Speech),
    ("believe", CueClass::Thought),
    ("believed", CueClass::Thought),
    ("believes", CueClass::Thought),
    ("claim", CueClass::Speech),
    ("claimed", CueClass::Speech),
    ("claiming", CueClass::Speech),
    ("claims", CueClass::Speech),
    ("complained", CueClass::Speech),
    ("conceded", CueClass::Speech),
    ("concluded", CueClass::Thought),
    ("confirmed", CueClass::Speech),
    ("confirms", CueClass::Speech),
    ("contend", CueClass::Speech),
    ("contended", CueClass::Speech),
    ("contends", CueClass::Speech),
    ("declared", CueClass::Speech),
    ("denied", CueClass::Speech),
    ("denies", CueClass::Speech),
    ("emphasized", CueClass::Speech),
    ("estimate", CueClass::Thought),
    ("estimated", CueClass::Thought),
    ("estimates", CueClass::Thought),
    ("explained", CueClass::Speech),
    ("explains", CueClass::Speech),
    ("fear", CueClass::Thought),
    ("feared", CueClass::Thought),
    ("fears", CueClass::Thought),
    ("feel", CueClass::Thought),
    ("feels", CueClass::Thought),
    ("felt", CueClass::Thought),
    ("find", CueClass::Thought),
    ("finds", CueClass::Thought),
    ("found", CueClass::Thought),
    ("hope", CueClass::Thought),
    ("hoped", CueClass::Thought),
    ("hopes", CueClass::Thought),
    ("indicated", CueClass::Speech),
    ("indicates", CueClass::Thought),
    ("insisted", CueClass::Speech),
    ("insists", CueClass::Speech),
    ("know", CueClass::Thought),
    ("knows", CueClass::Thought),
    ("maintained", CueClass::Speech),
    ("maintains", CueClass::Speech),
    ("mentioned", CueClass::Speech),
    ("note", CueClass::Speech),
    ("noted", CueClass::Speech),
    ("notes", CueClass::Speech),
    ("noting", CueClass::Speech),
    ("observed", CueClass::Speech),
    ("pledged", CueClass::Speech),
    ("predicted", CueClass::Speech),
    ("predicts", CueClass::Speech),
    ("promised", CueClass::Speech),
    ("recalled", CueClass::Speech),
    ("recalls", CueClass::Speech),
    ("remarked", CueClass::Speech),
    ("replied", CueClass::Speech),
    ("report", CueClass::Speech),
    ("reported", CueClass::Speech),
    ("reports", CueClass::Speech),
    ("responded", CueClass::Speech),
    ("revealed", CueClass::Speech),
    ("said", CueClass::Speech),
    ("say", CueClass::Speech),
    ("saying", CueClass::Speech),
    ("says", CueClass::Speech),
    ("show", CueClass::Thought),
    ("showed", CueClass::Thought),
    ("shows", CueClass::Thought),
    ("state", CueClass::Speech),
    ("stated", CueClass::Speech),
    ("states", CueClass::Speech),
    ("stressed", CueClass::Speech),
    ("suggest", CueClass::Thought),
    ("suggested", CueClass::Speech),
    ("suggests", CueClass::Thought),
    ("suspect", CueClass::Thought),
    ("suspects", CueClass::Thought),
    ("tell", CueClass::Speech),
    ("telling", CueClass::Speech),
    ("tells", CueClass::Speech),
    ("testified", CueClass::Speech),
    ("think", CueClass::Thought),
    ("thinks", CueClass::Thought),
    ("thought", CueClass::Thought),
    ("told", CueClass::Speech),
    ("tweeted", CueClass::Speech),
    ("vowed", CueClass::Speech),
    ("warn", CueClass::Speech),
    ("warned", CueClass::Speech),
    ("warning", CueClass::Speech),
    ("warns", CueClass::Speech),
    ("worried", CueClass::Thought),
    ("worry", CueClass::Thought),
    ("writes", CueClass::Speech),
    ("wrote", CueClass::Speech),
];

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
    "had",
    "has",
    "have",
    "is",
    "later",
    "now",
    "often",
    "once",
    "previously",
    "privately",
    "publicly",
    "recently",
    "repeatedly",
    "still",
    "then",
    "was",
    "were",
    "would",
];

/// Personal pronouns that can be a source, lower case.
pub const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we", "who"];

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
    "director",
    "envoy",
    "executive",
    "gen.",
    "general",
    "gov.",
    "governor",
    "judge",
    "justice",
    "king",
    "leader",
    "lt.",
    "mayor",
    "minister",
    "officer",
    "premier",
    "president",
    "prime",
    "queen",
    "rep.",
    "representative",
    "secretary",
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
    "critic",
    "critics",
    "diplomat",
    "diplomats",
    "economist",
    "economists",
    "expert",
    "experts",
    "insider",
    "insiders",
    "investigator",
    "investigators",
    "lawmaker",
    "lawmakers",
    "lawyer",
    "lawyers",
    "observer",
    "observers",
    "official",
    "officials",
    "people",
    "researcher",
    "researchers",
    "resident",
    "residents",
    "scientist",
    "scientists",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "supporter",
    "supporters",
    "voters",
    "witness",
    "witnesses",
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
    "office",
    "party",
    "police",
    "regime",
    "service",
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

/// Words that may open a noun phrase: determiners, quantifiers, numbers.
pub const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "her", "his", "its", "many", "most", "other", "our", "several",
    "some", "the", "their", "these", "this", "those", "three", "two",
];

/// Whether `word` (lower case) is in the sorted table `table`.
pub fn has(table: &[&str], word: &str) -> bool {
    table.binary_search(&word).is_ok()
}

/// The class of an attribution cue, if `word` (lower case) is one.
pub fn cue_class(word: &str) -> Option<CueClass> {
    CUES.binary_search_by(|(w, _)| w.cmp(&word))
        .ok()
        .map(|i| CUES[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in [
            INVERTING_CUES,
            TELLING_CUES,
            IMPERSONAL,
            BETWEEN_SOURCE_AND_CUE,
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
            DETERMINERS,
        ] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
        }
        assert!(CUES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn cue_lookup() {
        assert_eq!(cue_class("said"), Some(CueClass::Speech));
        assert_eq!(cue_class("believe"), Some(CueClass::Thought));
        assert_eq!(cue_class("sailed"), None);
    }
}
