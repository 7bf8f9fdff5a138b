//! The word lists the figure extractor reads: number words, multipliers,
//! ordinals, units, currencies, qualifiers and calendar words.
//!
//! They are data, kept apart from the parsing code so that adding a unit or a
//! currency is a one-line change. All entries are lower case; lookups lower-case
//! the word first unless the table says it is case-sensitive. Written from
//! general knowledge of English number usage and ISO 4217.

use rustc_hash::FxHashMap;

/// Cardinal number words below one hundred that stand alone ("seven").
/// `nought`/`naught`/`oh` are British and spoken forms of zero.
pub const UNITS: &[(&str, f64)] = &[
    ("eight", 8.0),
    ("eighteen", 18.0),
    ("eleven", 11.0),
    ("fifteen", 15.0),
    ("five", 5.0),
    ("four", 4.0),
    ("fourteen", 14.0),
    ("naught", 0.0),
    ("nine", 9.0),
    ("nineteen", 19.0),
    ("nought", 0.0),
    ("one", 1.0),
    ("seven", 7.0),
    ("seventeen", 17.0),
    ("six", 6.0),
    ("sixteen", 16.0),
    ("ten", 10.0),
    ("thirteen", 13.0),
    ("three", 3.0),
    ("twelve", 12.0),
    ("two", 2.0),
    ("zero", 0.0),
];

/// Tens words, which may be followed by a unit word ("twenty-one").
pub const TENS: &[(&str, f64)] = &[
    ("eighty", 80.0),
    ("fifty", 50.0),
    ("forty", 40.0),
    ("ninety", 90.0),
    ("seventy", 70.0),
    ("sixty", 60.0),
    ("thirty", 30.0),
    ("twenty", 20.0),
];

/// Scale words that multiply what precedes them. `lakh` and `crore` are the
/// Indian scales (10^5, 10^7); the abbreviations are common in finance news.
pub const SCALES: &[(&str, f64)] = &[
    ("b", 1e9),
    ("bil", 1e9),
    ("billion", 1e9),
    ("bln", 1e9),
    ("bn", 1e9),
    ("crore", 1e7),
    ("crores", 1e7),
    ("k", 1e3),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("mil", 1e6),
    ("million", 1e6),
    ("millions", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("thousand", 1e3),
    ("thousands", 1e3),
    ("tln", 1e12),
    ("tn", 1e12),
    ("trillion", 1e12),
];

/// Case-sensitive multiplier suffixes written right after digits ("10M",
/// "10G", "1MM"): upper case, because lower-case "m" and "g" are metres and
/// grams. "MM" is the accounting thousand-thousand.
pub const SUFFIX_SCALES: &[(&str, f64)] = &[
    ("B", 1e9),
    ("G", 1e9),
    ("K", 1e3),
    ("M", 1e6),
    ("MM", 1e6),
    ("T", 1e12),
];

/// Words that count in twelves.
pub const DOZENS: &[&str] = &["dozen", "dozens", "doz", "dozs", "dz", "dzs"];

/// Ordinal words and their value. Plurals ("fifths") are fraction
/// denominators; `quarter` and `half` act as denominators too.
pub const ORDINALS: &[(&str, f64)] = &[
    ("billionth", 1e9),
    ("eighteenth", 18.0),
    ("eighth", 8.0),
    ("eightieth", 80.0),
    ("eleventh", 11.0),
    ("fifteenth", 15.0),
    ("fifth", 5.0),
    ("fiftieth", 50.0),
    ("first", 1.0),
    ("fortieth", 40.0),
    ("fourteenth", 14.0),
    ("fourth", 4.0),
    ("hundredth", 100.0),
    ("millionth", 1e6),
    ("nineteenth", 19.0),
    ("ninetieth", 90.0),
    ("ninth", 9.0),
    ("second", 2.0),
    ("seventeenth", 17.0),
    ("seventh", 7.0),
    ("seventieth", 70.0),
    ("sixteenth", 16.0),
    ("sixth", 6.0),
    ("sixtieth", 60.0),
    ("tenth", 10.0),
    ("third", 3.0),
    ("thirteenth", 13.0),
    ("thirtieth", 30.0),
    ("thousandth", 1e3),
    ("trillionth", 1e12),
    ("twelfth", 12.0),
    ("twentieth", 20.0),
];

/// Vulgar-fraction characters.
pub const VULGAR: &[(char, f64)] = &[
    ('¼', 0.25),
    ('½', 0.5),
    ('¾', 0.75),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('⅕', 0.2),
    ('⅛', 0.125),
];

/// Qualifiers written before a figure (the longest match wins),
/// with whether they make the figure approximate. Bounds ("more than", "up
/// to") state an exact limit, so they are not approximate; hedges ("about",
/// "an estimated") are.
pub const QUALIFIERS: &[(&str, bool)] = &[
    ("about", true),
    ("above", false),
    ("almost", true),
    ("an estimated", true),
    ("approximately", true),
    ("around", true),
    ("as few as", false),
    ("as many as", false),
    ("as much as", false),
    ("at least", false),
    ("at most", false),
    ("below", false),
    ("circa", true),
    ("close to", true),
    ("estimated", true),
    ("fewer than", false),
    ("greater than", false),
    ("in excess of", false),
    ("just over", false),
    ("just under", false),
    ("less than", false),
    ("more than", false),
    ("nearly", true),
    ("no fewer than", false),
    ("no less than", false),
    ("no more than", false),
    ("not more than", false),
    ("over", false),
    ("roughly", true),
    ("some", true),
    ("under", false),
    ("up to", false),
    ("upwards of", false),
    ("well over", false),
];

/// Currency words and symbols written before or after an amount, with the
/// unit we report: the ISO 4217 code where the name is unambiguous, else the
/// currency's English name ("franc", "peseta"). Symbols and codes are matched
/// case-insensitively after lower-casing.
pub const CURRENCIES: &[(&str, &str)] = &[
    ("$", "usd"),
    ("a$", "aud"),
    ("aud", "aud"),
    ("australian dollar", "aud"),
    ("baht", "thb"),
    ("bitcoin", "btc"),
    ("brl", "brl"),
    ("btc", "btc"),
    ("c$", "cad"),
    ("cad", "cad"),
    ("canadian dollar", "cad"),
    ("cent", "cent"),
    ("chf", "chf"),
    ("chinese yuan", "cny"),
    ("cny", "cny"),
    ("dinar", "dinar"),
    ("dirham", "aed"),
    ("dkk", "dkk"),
    ("dollar", "usd"),
    ("eur", "eur"),
    ("euro", "eur"),
    ("finnish markka", "finnish markka"),
    ("forint", "huf"),
    ("franc", "franc"),
    ("gbp", "gbp"),
    ("hk$", "hkd"),
    ("hkd", "hkd"),
    ("hong kong dollar", "hkd"),
    ("hryvnia", "uah"),
    ("ils", "ils"),
    ("indian rupee", "inr"),
    ("inr", "inr"),
    ("japanese yen", "jpy"),
    ("jpy", "jpy"),
    ("koruna", "czk"),
    ("krona", "sek"),
    ("krone", "krone"),
    ("kroner", "krone"),
    ("kronor", "sek"),
    ("krw", "krw"),
    ("kuai", "cny"),
    ("lira", "lira"),
    ("lire", "lira"),
    ("mex$", "mxn"),
    ("mexican peso", "mxn"),
    ("mxn", "mxn"),
    ("naira", "ngn"),
    ("new zealand dollar", "nzd"),
    ("nok", "nok"),
    ("nt$", "twd"),
    ("nz$", "nzd"),
    ("nzd", "nzd"),
    ("pence", "penny"),
    ("penny", "penny"),
    ("peseta", "peseta"),
    ("peso", "peso"),
    ("pln", "pln"),
    ("pound", "gbp"),
    ("pound sterling", "gbp"),
    ("r$", "brl"),
    ("rand", "zar"),
    ("renminbi", "cny"),
    ("ringgit", "myr"),
    ("riyal", "sar"),
    ("rmb", "cny"),
    ("rouble", "rub"),
    ("rs", "inr"),
    ("rub", "rub"),
    ("ruble", "rub"),
    ("rupee", "rupee"),
    ("rupiah", "idr"),
    ("s$", "sgd"),
    ("satoshi", "satoshi"),
    ("sek", "sek"),
    ("sgd", "sgd"),
    ("shekel", "ils"),
    ("sterling", "gbp"),
    ("swiss franc", "chf"),
    ("turkish lira", "try"),
    ("twd", "twd"),
    ("u.s. dollar", "usd"),
    ("u.s.$", "usd"),
    ("uah", "uah"),
    ("us dollar", "usd"),
    ("us$", "usd"),
    ("usd", "usd"),
    ("usd$", "usd"),
    ("won", "krw"),
    ("yen", "jpy"),
    ("yuan", "cny"),
    ("zar", "zar"),
    ("zloty", "pln"),
    ("£", "gbp"),
    ("¥", "jpy"),
    ("ரூ", "lkr"),
    ("₡", "costa rican colón"),
    ("₩", "krw"),
    ("€", "eur"),
    ("₭", "lao kip"),
    ("₹", "inr"),
    ("₽", "rub"),
    ("₿", "btc"),
    ("元", "cny"),
];

/// Currency codes and symbols that may come before the amount ("$20",
/// "EUR 125", "rmb 10"). Names ("dollars") only come after.
pub const CURRENCY_PREFIXES: &[&str] = &[
    "$", "a$", "aud", "btc", "c$", "cad", "chf", "cny", "dkk", "eur", "gbp", "hk$", "hkd", "ils",
    "inr", "jpy", "krw", "mex$", "mxn", "nok", "nt$", "nz$", "nzd", "pln", "r$", "rmb", "rs",
    "rub", "s$", "sek", "sgd", "twd", "u.s.$", "uah", "us$", "usd", "usd$", "zar", "£", "¥", "₩",
    "€", "₹", "₽", "₿",
];

/// Units of measure: every written form (singular, plural, abbreviation) to
/// the unit we report: the usual short code where one is standard ("km",
/// "kg", "t", "mph", "ft3"), else the singular name in American spelling
/// ("barrel", "hectare", "cubic meter"), so that "kilometres" and "km"
/// compare equal.
pub const MEASURES: &[(&str, &str)] = &[
    ("acre", "acre"),
    ("acres", "acre"),
    ("barrel", "barrel"),
    ("barrels", "barrel"),
    ("bbl", "barrel"),
    ("bushel", "bushel"),
    ("bushels", "bushel"),
    ("c", "celsius"),
    ("cc", "ml"),
    ("celcius", "celsius"),
    ("celsius", "celsius"),
    ("centigrade", "celsius"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("centimetre", "cm"),
    ("centimetres", "cm"),
    ("cm", "cm"),
    ("cubic centimeter", "ml"),
    ("cubic centimeters", "ml"),
    ("cubic centimetre", "ml"),
    ("cubic centimetres", "ml"),
    ("cubic feet", "ft3"),
    ("cubic foot", "ft3"),
    ("cubic inch", "cubic inch"),
    ("cubic inches", "cubic inch"),
    ("cubic meter", "cubic meter"),
    ("cubic meters", "cubic meter"),
    ("cubic metre", "cubic meter"),
    ("cubic metres", "cubic meter"),
    ("cubic yard", "cubic yard"),
    ("cubic yards", "cubic yard"),
    ("decimeter", "dm"),
    ("decimeters", "dm"),
    ("decimetre", "dm"),
    ("decimetres", "dm"),
    ("deg", "degree"),
    ("degree", "degree"),
    ("degrees", "degree"),
    ("dm", "dm"),
    ("f", "fahrenheit"),
    ("fahrenheit", "fahrenheit"),
    ("farenheit", "fahrenheit"),
    ("feet", "ft"),
    ("fluid ounce", "fluid ounce"),
    ("fluid ounces", "fluid ounce"),
    ("foot", "ft"),
    ("ft", "ft"),
    ("g", "g"),
    ("gal", "gal"),
    ("gallon", "gal"),
    ("gallons", "gal"),
    ("gb", "gigabyte"),
    ("gigabyte", "gigabyte"),
    ("gigabytes", "gigabyte"),
    ("gigawatt", "gigawatt"),
    ("gigawatts", "gigawatt"),
    ("gram", "g"),
    ("gramme", "g"),
    ("grammes", "g"),
    ("grams", "g"),
    ("gw", "gigawatt"),
    ("hectare", "hectare"),
    ("hectares", "hectare"),
    ("in", "in"),
    ("inch", "in"),
    ("inches", "in"),
    ("kb", "kilobyte"),
    ("kg", "kg"),
    ("kilobyte", "kilobyte"),
    ("kilobytes", "kilobyte"),
    ("kilogram", "kg"),
    ("kilogramme", "kg"),
    ("kilogrammes", "kg"),
    ("kilograms", "kg"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilowatt", "kilowatt"),
    ("kilowatts", "kilowatt"),
    ("km", "km"),
    ("km2", "km2"),
    ("kmph", "km/h"),
    ("knot", "knot"),
    ("knots", "knot"),
    ("kph", "km/h"),
    ("kw", "kilowatt"),
    ("l", "l"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("light year", "light year"),
    ("light years", "light year"),
    ("liter", "l"),
    ("liters", "l"),
    ("litre", "l"),
    ("litres", "l"),
    ("m", "m"),
    ("m2", "m2"),
    ("m3", "cubic meter"),
    ("mb", "mb"),
    ("megabit", "mbit"),
    ("megabits", "mbit"),
    ("megabyte", "mb"),
    ("megabytes", "mb"),
    ("megawatt", "megawatt"),
    ("megawatts", "megawatt"),
    ("meter", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("metres", "m"),
    ("metric ton", "t"),
    ("metric tonne", "t"),
    ("metric tonnes", "t"),
    ("metric tons", "t"),
    ("mg", "mg"),
    ("mi", "mi"),
    ("microgram", "ug"),
    ("microgramme", "ug"),
    ("microgrammes", "ug"),
    ("micrograms", "ug"),
    ("mile", "mi"),
    ("miles", "mi"),
    ("milligram", "mg"),
    ("milligrams", "mg"),
    ("milliliter", "ml"),
    ("milliliters", "ml"),
    ("millilitre", "ml"),
    ("millilitres", "ml"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("millimetre", "mm"),
    ("millimetres", "mm"),
    ("ml", "ml"),
    ("mm", "mm"),
    ("mph", "mph"),
    ("mw", "megawatt"),
    ("nautical mile", "nautical mile"),
    ("nautical miles", "nautical mile"),
    ("ounce", "oz"),
    ("ounces", "oz"),
    ("oz", "oz"),
    ("picometer", "pm"),
    ("picometers", "pm"),
    ("picometre", "pm"),
    ("picometres", "pm"),
    ("pint", "pint"),
    ("pints", "pint"),
    ("pound", "lb"),
    ("pounds", "lb"),
    ("quart", "quart"),
    ("quarts", "quart"),
    ("rad", "rad"),
    ("radian", "rad"),
    ("radians", "rad"),
    ("short ton", "ton"),
    ("short tons", "ton"),
    ("sq ft", "square foot"),
    ("sq km", "km2"),
    ("sq mi", "square mile"),
    ("square feet", "square foot"),
    ("square foot", "square foot"),
    ("square inch", "square inch"),
    ("square inches", "square inch"),
    ("square kilometer", "km2"),
    ("square kilometers", "km2"),
    ("square kilometre", "km2"),
    ("square kilometres", "km2"),
    ("square meter", "m2"),
    ("square meters", "m2"),
    ("square metre", "m2"),
    ("square metres", "m2"),
    ("square mile", "square mile"),
    ("square miles", "square mile"),
    ("square yard", "square yard"),
    ("square yards", "square yard"),
    ("t", "t"),
    ("tablespoon", "tbsp"),
    ("tablespoons", "tbsp"),
    ("tb", "terabyte"),
    ("tbsp", "tbsp"),
    ("teaspoon", "tsp"),
    ("teaspoons", "tsp"),
    ("terabyte", "terabyte"),
    ("terabytes", "terabyte"),
    ("ton", "ton"),
    ("tonne", "t"),
    ("tonnes", "t"),
    ("tons", "ton"),
    ("tsp", "tsp"),
    ("turn", "turn"),
    ("turns", "turn"),
    ("ug", "ug"),
    ("watt", "watt"),
    ("watts", "watt"),
    ("yard", "yard"),
    ("yards", "yard"),
    ("yd", "yard"),
    ("μg", "ug"),
];

/// Unit abbreviations that are also ordinary words or letters ("in", "m",
/// "c", "t"): accepted only right after digits ("12m") or after a number and
/// before something that is not a word.
pub const AMBIGUOUS_MEASURES: &[&str] = &["c", "f", "g", "in", "l", "m", "mi", "t"];

/// Units of time for rates ("miles per hour") and their codes.
pub const RATE_TIMES: &[(&str, &str)] = &[
    ("h", "h"),
    ("hour", "h"),
    ("hr", "h"),
    ("millisecond", "ms"),
    ("minute", "min"),
    ("ms", "ms"),
    ("s", "s"),
    ("second", "s"),
];

/// Durations: the written unit to the singular we report.
pub const DURATIONS: &[(&str, &str)] = &[
    ("centuries", "century"),
    ("century", "century"),
    ("day", "day"),
    ("days", "day"),
    ("decade", "decade"),
    ("decades", "decade"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("month", "month"),
    ("months", "month"),
    ("seconds", "second"),
    ("week", "week"),
    ("weeks", "week"),
    ("year", "year"),
    ("years", "year"),
];

/// Month names and abbreviations. "may" and "march" are also common words,
/// so a lower-case or unanchored month needs a day or year beside it.
pub const MONTHS: &[(&str, u32)] = &[
    ("apr", 4),
    ("april", 4),
    ("aug", 8),
    ("august", 8),
    ("dec", 12),
    ("december", 12),
    ("feb", 2),
    ("february", 2),
    ("jan", 1),
    ("january", 1),
    ("jul", 7),
    ("july", 7),
    ("jun", 6),
    ("june", 6),
    ("mar", 3),
    ("march", 3),
    ("may", 5),
    ("nov", 11),
    ("november", 11),
    ("oct", 10),
    ("october", 10),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
];

/// Weekday names, which may open a full date ("Friday, July 21, 2017").
pub const WEEKDAYS: &[&str] = &[
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
];

/// Words before a bare year that mark it as a time ("since 2018").
pub const YEAR_PREPOSITIONS: &[&str] = &[
    "after", "and", "around", "before", "between", "by", "during", "early", "from", "in", "late",
    "mid", "of", "since", "through", "to", "until", "year",
];

/// Bounds written before a date, kept as its qualifier ("since", "by").
pub const DATE_BOUNDS: &[&str] = &["after", "before", "by", "from", "since", "through", "until"];

/// Parts of a period written before it ("the early 1990s", "the end of last
/// year"), kept as its qualifier.
pub const PERIOD_PARTS: &[&str] = &[
    "beginning of",
    "early",
    "end of",
    "late",
    "mid",
    "middle of",
    "start of",
];

/// Words that often stand before a number at the start of a sentence, so a
/// capital on them does not make the number a model name ("In 2018",
/// "Nearly 40", "Only 3").
pub const NUMBER_LEADS: &[&str] = &[
    "about",
    "across",
    "after",
    "against",
    "all",
    "among",
    "and",
    "another",
    "around",
    "at",
    "before",
    "behind",
    "between",
    "but",
    "by",
    "during",
    "each",
    "every",
    "exactly",
    "for",
    "from",
    "her",
    "his",
    "in",
    "including",
    "its",
    "just",
    "last",
    "my",
    "next",
    "of",
    "on",
    "only",
    "or",
    "our",
    "past",
    "since",
    "than",
    "the",
    "their",
    "these",
    "those",
    "through",
    "to",
    "top",
    "until",
    "with",
    "within",
    "your",
];

/// Function words that may follow a number phrase without being what it
/// counts or ranks.
pub const AFTER_NUMBER: &[&str] = &[
    "and", "are", "as", "at", "but", "by", "for", "from", "in", "into", "is", "of", "on", "or",
    "over", "plus", "since", "than", "that", "this", "to", "was", "were", "while", "will", "with",
    "would",
];

/// Words that, right before "one", make it a pronoun ("which one", "the one",
/// "no one") rather than a count.
pub const ONE_PRONOUN_BEFORE: &[&str] = &[
    "another", "any", "big", "each", "every", "last", "new", "next", "no", "only", "other", "same",
    "that", "the", "this", "which",
];

/// Lower-case words that are never the noun counted by a number: function
/// words, verbs that often follow a number, and vague words.
pub const NOT_COUNTED: &[&str] = &[
    "a", "ago", "all", "also", "an", "and", "are", "as", "at", "be", "been", "but", "by", "did",
    "do", "does", "each", "earlier", "for", "from", "had", "has", "have", "in", "into", "is",
    "its", "later", "less", "more", "nor", "of", "on", "or", "other", "others", "over", "per",
    "plus", "said", "says", "so", "than", "that", "the", "their", "them", "these", "they", "this",
    "those", "times", "to", "too", "under", "up", "us", "was", "we", "were", "which", "while",
    "who", "will", "with", "would",
];

/// Irregular plurals of counted nouns.
pub const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("analyses", "analysis"),
    ("bonuses", "bonus"),
    ("buses", "bus"),
    ("campuses", "campus"),
    ("caucuses", "caucus"),
    ("censuses", "census"),
    ("children", "child"),
    ("crises", "crisis"),
    ("feet", "foot"),
    ("gases", "gas"),
    ("men", "man"),
    ("mice", "mouse"),
    ("news", "news"),
    ("people", "person"),
    ("series", "series"),
    ("species", "species"),
    ("statuses", "status"),
    ("surpluses", "surplus"),
    ("teeth", "tooth"),
    ("viruses", "virus"),
    ("women", "woman"),
];

/// A table of words built from the lists above, for the lookups made at
/// every token. The keys are short words and the tables are built from these
/// lists (input text only looks words up), so a fast hash that resists no
/// crafted keys is the right one.
///
/// Most words of a sentence are in no table, and a sieve tells most of them
/// so before any hashing: for each pair of first and last byte (folded to
/// five bits each), one bit for each length (up to 15, longer ones sharing
/// the last bit) that some key has. Length tells apart the short words of
/// every sentence from the number words that share their ends ("the" from
/// "three", "to" from "two").
#[derive(Clone, Debug)]
pub struct WordMap<V> {
    map: FxHashMap<String, V>,
    sieve: Box<[u16; 1024]>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            map: FxHashMap::default(),
            sieve: Box::new([0; 1024]),
        }
    }
}

/// Where the sieve of a [`WordMap`] keeps the bit of `word`: its slot and
/// bit, or `None` for the empty word.
#[inline(always)]
fn sieve_bit(bytes: &[u8]) -> Option<(usize, u16)> {
    let (&first, &last) = (bytes.first()?, bytes.last()?);
    let slot = usize::from(first & 31) << 5 | usize::from(last & 31);
    Some((slot, 1 << bytes.len().min(15)))
}

impl<V> WordMap<V> {
    /// Sets the value of `word`.
    pub fn insert(&mut self, word: String, value: V) {
        if let Some((slot, bit)) = sieve_bit(word.as_bytes()) {
            self.sieve[slot] |= bit;
        }
        self.map.insert(word, value);
    }

    /// Whether `word` (the bytes of a word) may be a key: false is sure,
    /// true needs the lookup. Asked of bytes, a caller that holds a word as
    /// bytes needs to make it a `str` only when this holds.
    #[inline(always)]
    pub fn may_hold(&self, word: &[u8]) -> bool {
        match sieve_bit(word) {
            Some((slot, bit)) => self.sieve[slot] & bit != 0,
            // The empty word, left to the map.
            None => true,
        }
    }

    // The sieve is inlined into every caller (a call costs as much as it),
    // the rarer hashing is not.
    #[inline(always)]
    pub fn get(&self, word: &str) -> Option<&V> {
        if !self.may_hold(word.as_bytes()) {
            return None;
        }
        self.hashed(word)
    }

    /// [`WordMap::get`] without its pre-filter, for a caller that has
    /// asked [`WordMap::may_hold`] already.
    #[inline(never)]
    pub fn hashed(&self, word: &str) -> Option<&V> {
        self.map.get(word)
    }

    #[inline(always)]
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.map.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> + Clone {
        self.map.keys().map(String::as_str)
    }
}

impl<V> FromIterator<(String, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut out = WordMap::default();
        for (k, v) in iter {
            out.insert(k, v);
        }
        out
    }
}

/// `table` as a [`WordMap`], for the tables looked up at every token.
pub fn word_map<T: Copy>(table: &[(&str, T)]) -> WordMap<T> {
    table.iter().map(|(k, v)| (k.to_string(), *v)).collect()
}

/// Looks `word` up in a `(key, value)` table sorted by key (every table
/// here is: the tests check them all, and debug builds check each lookup).
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    debug_assert!(table.is_sorted_by(|a, b| a.0 < b.0));
    table
        .binary_search_by(|(k, _)| (*k).cmp(word))
        .ok()
        .map(|i| table[i].1)
}

/// `list` as a [`WordMap`], for the lists looked up at every token.
pub fn word_set(list: &[&str]) -> WordMap<()> {
    list.iter().map(|k| (k.to_string(), ())).collect()
}

/// Whether `word` is in a sorted list.
pub fn contains(list: &[&str], word: &str) -> bool {
    debug_assert!(list.is_sorted_by(|a, b| a < b));
    list.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted<T>(table: &[(&str, T)]) -> bool {
        table.windows(2).all(|w| w[0].0 < w[1].0)
    }

    #[test]
    fn tables_are_sorted_and_lower_case() {
        assert!(sorted(UNITS) && sorted(TENS) && sorted(SCALES) && sorted(ORDINALS));
        assert!(sorted(CURRENCIES) && sorted(MEASURES) && sorted(DURATIONS) && sorted(MONTHS));
        assert!(sorted(QUALIFIERS) && sorted(RATE_TIMES) && sorted(IRREGULAR_PLURALS));
        assert!(sorted(SUFFIX_SCALES));
        // The lists that `contains` binary-searches.
        for list in [
            WEEKDAYS,
            NUMBER_LEADS,
            ONE_PRONOUN_BEFORE,
            YEAR_PREPOSITIONS,
            PERIOD_PARTS,
            DATE_BOUNDS,
            NOT_COUNTED,
            AFTER_NUMBER,
            CURRENCY_PREFIXES,
            AMBIGUOUS_MEASURES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        for (k, _) in CURRENCIES.iter().chain(MEASURES.iter()) {
            assert_eq!(*k, k.to_lowercase());
        }
    }

    #[test]
    fn word_maps_find_what_the_tables_hold() {
        let words = [
            "",
            "a",
            "b",
            "the",
            "three",
            "to",
            "two",
            "ten",
            "tens",
            "dollar",
            "dollars",
            "square metre",
            "square metres",
            "per cent",
            "pct",
            "\u{e9}t\u{e9}",
            "x\u{e9}",
            "thousandths",
            "kilometres per hour",
            "z",
        ];
        let tables: [&[(&str, f64)]; 4] = [UNITS, TENS, SCALES, ORDINALS];
        for table in tables {
            let map = word_map(table);
            for w in words.iter().copied().chain(table.iter().map(|(k, _)| *k)) {
                assert_eq!(map.get(w).copied(), lookup(table, w), "{w:?}");
            }
        }
        for table in [CURRENCIES, MEASURES, DURATIONS, IRREGULAR_PLURALS] {
            let map = word_map(table);
            for w in words.iter().copied().chain(table.iter().map(|(k, _)| *k)) {
                assert_eq!(map.get(w).copied(), lookup(table, w), "{w:?}");
            }
        }
        for list in [NOT_COUNTED, WEEKDAYS] {
            let set = word_set(list);
            for w in words.iter().copied().chain(list.iter().copied()) {
                assert_eq!(set.contains_key(w), list.contains(&w), "{w:?}");
            }
        }
    }

    #[test]
    fn every_currency_prefix_is_a_currency() {
        for p in CURRENCY_PREFIXES {
            assert!(lookup(CURRENCIES, p).is_some(), "{p}");
        }
    }
}
