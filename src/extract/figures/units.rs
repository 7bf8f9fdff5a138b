//! What a number measures: the currency before or after it, the percent sign
//! or word, the unit of measure, the unit of time, or the noun it counts.
//!
//! Each reader looks at the tokens beside a number phrase and says how far
//! the figure extends and what its unit is. Units are reported as short
//! codes where a standard one exists ("usd", "km", "t", "mph"), else as a
//! singular name ("barrel", "franc"), so that every way of writing one unit
//! compares equal.

use super::lexicon::{
    self, CURRENCIES, CURRENCY_PREFIXES, DURATIONS, IRREGULAR_PLURALS, MEASURES, WordMap,
};
use super::tokens::{Kind, Token};
use std::borrow::Cow;
use std::sync::LazyLock;

/// A currency read before an amount: its code, a multiplier ("MAUD" is
/// millions of Australian dollars) and the token where the amount starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Prefix {
    pub code: &'static str,
    pub scale: f64,
    pub next: usize,
}

/// "$", "US$", "u.s $", "c $", "EUR", "rmb", "usd$", "MAUD" at token `k`.
pub fn currency_prefix(toks: &[Token], k: usize) -> Option<Prefix> {
    let t = toks.get(k)?;
    let mut j = k;
    let mut sym = [0u8; 4];
    let key: &str;
    if t.kind == Kind::Word {
        // "u.s $": letters and points before a dollar sign.
        if let Some(prefix) = dollar_after_letters(toks, k).and_then(|i| spelt_dollar(toks, k, i)) {
            return Some(prefix);
        }
        key = &t.lower;
        j += 1;
        // "Rs. 500": an abbreviation's point.
        if toks.get(j).is_some_and(|d| d.is_sym('.') && !d.gap) {
            j += 1;
        }
    } else if let Kind::Sym(c) = t.kind {
        key = c.encode_utf8(&mut sym);
        j += 1;
    } else {
        return None;
    }
    let (code, scale) = match prefix_code(key) {
        Some(code) => (code, 1.0),
        None => {
            // "MAUD 60": a million-prefixed code.
            let rest = key.strip_prefix('m').filter(|r| r.len() == 3)?;
            if !t.capital {
                return None;
            }
            (prefix_code(rest)?, 1e6)
        }
    };
    // A code must be followed by the amount; a letter code needs a capital
    // or an attached amount so that words like "try" stay words.
    let next = toks.get(j)?;
    if !matches!(next.kind, Kind::Num(_)) && t.kind == Kind::Word {
        return None;
    }
    if t.kind == Kind::Word
        && !t.capital
        && next.gap
        && !matches!(t.lower.as_ref(), "rmb" | "usd" | "eur" | "gbp")
    {
        return None;
    }
    Some(Prefix {
        code,
        scale,
        next: j,
    })
}

/// The words and signs a percent or a currency may open with ("%",
/// "per", "$", "eur", "maud"): [`percent_after`] reads none elsewhere, nor
/// [`currency_prefix`], but for letters before a dollar sign (see
/// [`spells_dollar`]).
pub fn opening_words() -> impl Iterator<Item = String> {
    let percent = ["%", "％"].into_iter().chain(PERCENT_WORDS);
    let codes = PREFIX_CODES.keys();
    let million_codes = codes
        .clone()
        .filter(|c| c.len() == 3)
        .map(|c| format!("m{c}"));
    percent
        .into_iter()
        .map(str::to_string)
        .chain(codes.map(str::to_string))
        .chain(million_codes)
}

/// Whether the word at `k` and a few more letters and points run into a
/// dollar sign ("u.s $", "US$", "c $").
pub fn spells_dollar(toks: &[Token], k: usize) -> bool {
    toks[k].kind == Kind::Word && dollar_after_letters(toks, k).is_some()
}

/// The dollar sign after the word at `k` and a few more letters and points
/// ("u.s $", "US$", "c $"), if one follows.
fn dollar_after_letters(toks: &[Token], k: usize) -> Option<usize> {
    let mut letters_len = 0;
    for (i, w) in toks.iter().enumerate().skip(k) {
        match &w.kind {
            Kind::Word if letters_len < 4 => letters_len += w.lower.len(),
            Kind::Sym('.') if i > k => letters_len += 1,
            Kind::Sym('$') => return Some(i),
            _ => return None,
        }
    }
    None
}

/// The currency spelt by the letters at `k..dollar` and the dollar sign.
fn spelt_dollar(toks: &[Token], k: usize, dollar: usize) -> Option<Prefix> {
    let letters: String = toks[k..dollar]
        .iter()
        .map(|x| if x.kind == Kind::Word { &*x.lower } else { "." })
        .collect();
    let letters = letters.trim_end_matches('.');
    // "a $5" and "'s $5" are an article and a possessive.
    let single = letters.len() == 1 && letters != "c" && (toks[dollar].gap || !toks[k].capital);
    let key = match letters {
        "u.s" | "us" | "u.s." => "us$".to_string(),
        _ if single => return None,
        other if other.len() == 3 && CURRENCY_PREFIXES.contains(&other) => other.to_string(),
        other => format!("{other}$"),
    };
    let code = lexicon::lookup(CURRENCIES, &key)?;
    Some(Prefix {
        code,
        scale: 1.0,
        next: dollar + 1,
    })
}

/// The currency prefixes and their codes, looked up at every token.
static PREFIX_CODES: LazyLock<WordMap<&'static str>> = LazyLock::new(|| {
    CURRENCY_PREFIXES
        .iter()
        .filter_map(|p| Some((p.to_string(), lexicon::lookup(CURRENCIES, p)?)))
        .collect()
});

/// The currency code of a prefix ("us$" → "usd"), if `key` is one.
fn prefix_code(key: &str) -> Option<&'static str> {
    PREFIX_CODES.get(key).copied()
}

/// A unit read after a number: the unit code, the token after it, and a
/// multiplier for scale words written after the unit ("75 USD million").
#[derive(Clone, Debug, PartialEq)]
pub struct After {
    pub unit: String,
    pub end: usize,
    pub scale: f64,
    /// An amount of the minor unit to add ("and forty-five cents").
    pub add: f64,
}

/// The start of the unit after a phrase ending at `k`: the token itself, or
/// the one after a joining hyphen ("45-acre", "one-yen").
fn unit_start(toks: &[Token], k: usize) -> usize {
    match (toks.get(k), toks.get(k + 1)) {
        (Some(h), Some(w)) if h.is_sym('-') && !h.gap && !w.gap && w.kind == Kind::Word => k + 1,
        _ => k,
    }
}

/// [`CURRENCIES`], [`MEASURES`], [`DURATIONS`] and [`IRREGULAR_PLURALS`],
/// looked up after every number.
static CURRENCY_WORDS: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| lexicon::word_map(CURRENCIES));
static MEASURE_WORDS: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| lexicon::word_map(MEASURES));
static DURATION_WORDS: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| lexicon::word_map(DURATIONS));
static PLURALS: LazyLock<WordMap<&'static str>> =
    LazyLock::new(|| lexicon::word_map(IRREGULAR_PLURALS));
static NOT_COUNTED: LazyLock<WordMap<()>> =
    LazyLock::new(|| lexicon::word_set(lexicon::NOT_COUNTED));

/// The first words of the currencies and measures written in more than one
/// word ("us" of "us dollar", "square" of "square metres"). After any other
/// word only that word can be a unit: no longer phrase is tried, nor built.
static LONGER_UNIT_OPENERS: LazyLock<WordMap<()>> = LazyLock::new(|| {
    CURRENCIES
        .iter()
        .chain(MEASURES)
        .filter_map(|(k, _)| k.split_once(' '))
        .map(|(first, _)| (first.to_string(), ()))
        .collect()
});

/// Singular of a plural noun, simply: "containers" → "container",
/// "companies" → "company", "boxes" → "box", "people" → "person".
pub fn singular(word: &str) -> Cow<'_, str> {
    if let Some(&s) = PLURALS.get(word) {
        return Cow::Borrowed(s);
    }
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() > 1) {
        return Cow::Owned(format!("{stem}y"));
    }
    for end in ["ches", "shes", "xes", "sses", "zes"] {
        if word.ends_with(end) {
            return Cow::Borrowed(&word[..word.len() - 2]);
        }
    }
    Cow::Borrowed(word.strip_suffix('s').unwrap_or(word))
}

/// The most words a unit is written in ("miles per hour").
const MAX_UNIT_WORDS: usize = 3;

/// The lower-case words from `k` on, joined with single spaces into `out`,
/// as long as they are words with a space before each, up to
/// [`MAX_UNIT_WORDS`]; returns how many. The first `n` of them are
/// [`first_words`]`(out, n)`: one string serves every length tried.
fn words(toks: &[Token], k: usize, out: &mut String) -> usize {
    out.clear();
    let mut n = 0;
    while n < MAX_UNIT_WORDS {
        let Some(t) = toks.get(k + n) else { break };
        if t.kind != Kind::Word || (n > 0 && !t.gap) {
            break;
        }
        if n > 0 {
            out.push(' ');
        }
        out.push_str(&t.lower);
        n += 1;
    }
    n
}

/// The first `n` words of `words`, which are joined with single spaces.
fn first_words(words: &str, n: usize) -> &str {
    match words.match_indices(' ').nth(n.saturating_sub(1)) {
        Some((i, _)) => &words[..i],
        None => words,
    }
}

/// A currency after an amount: "dollars", "us dollars", "€", "USD", "30
/// MUSD", and cents after it ("thirteen dollars and forty-five cents").
pub fn currency_after(toks: &[Token], k: usize, scaled: bool) -> Option<After> {
    let k = unit_start(toks, k);
    let t = toks.get(k)?;
    let mut found: Option<(&'static str, usize, f64)> = None;
    if let Kind::Sym(c) = t.kind {
        let mut sym = [0u8; 4];
        found = CURRENCY_WORDS
            .get(c.encode_utf8(&mut sym))
            .map(|&code| (code, k + 1, 1.0));
    } else if t.kind == Kind::Word {
        let mut run = String::new();
        let most = if LONGER_UNIT_OPENERS.contains_key(&t.lower) {
            words(toks, k, &mut run)
        } else {
            1
        };
        for n in (1..=most).rev() {
            // The first word of `run` is this one.
            let w = if n == 1 {
                t.lower.as_ref()
            } else {
                first_words(&run, n)
            };
            let key = if CURRENCY_WORDS.contains_key(w) {
                Cow::Borrowed(w)
            } else {
                singular(w)
            };
            if let Some(&code) = CURRENCY_WORDS.get(&key) {
                // "pounds" is money only with a scale ("361 million pounds");
                // otherwise a weight.
                if key == "pound" && !scaled {
                    return None;
                }
                found = Some((code, k + n, 1.0));
                break;
            }
        }
        if found.is_none() && t.capital {
            let rest = t.lower.strip_prefix('m').filter(|r| r.len() == 3);
            if let Some(&code) = rest
                .filter(|r| CURRENCY_PREFIXES.contains(r))
                .and_then(|r| CURRENCY_WORDS.get(r))
            {
                found = Some((code, k + 1, 1e6));
            }
        }
    }
    let (code, mut end, mut scale) = found?;
    // "3 USD50": the code belongs to the amount glued after it.
    if toks
        .get(end)
        .is_some_and(|n| !n.gap && matches!(n.kind, Kind::Num(_)))
    {
        return None;
    }
    // "75 USD million".
    if let Some(v) = toks
        .get(end)
        .and_then(|w| lexicon::lookup(lexicon::SCALES, &w.lower))
        && toks[end].kind == Kind::Word
        && toks[end].lower.len() > 2
    {
        scale *= v;
        end += 1;
    }
    let mut after = After {
        unit: code.to_string(),
        end,
        scale,
        add: 0.0,
    };
    if !matches!(code, "cent" | "penny") && scale == 1.0 {
        minor_units(toks, &mut after);
    }
    Some(after)
}

/// "and forty-five cents", "50" after "15 dollars": the minor unit.
fn minor_units(toks: &[Token], after: &mut After) {
    let mut k = after.end;
    let and = toks.get(k).is_some_and(|t| t.is_word("and"));
    if and {
        k += 1;
    }
    let Some(p) = super::numbers::parse(toks, k) else {
        return;
    };
    if p.form != super::numbers::Form::Cardinal
        || p.value >= 100.0
        || p.value.fract() != 0.0
        || p.value < 0.0
    {
        return;
    }
    if toks.get(k).is_some_and(|t| t.is_sym('-')) {
        return;
    }
    let mut end = p.end;
    // "10 $ 30 $" is two amounts; "15 dollars 50 people" is no amount.
    if currency_after(toks, end, p.scaled).is_some() && !cents_word(toks.get(end)) {
        return;
    }
    match toks.get(end) {
        _ if cents_word(toks.get(end)) => end += 1,
        Some(t) if t.kind == Kind::Word && !t.gap => return,
        Some(t)
            if t.kind == Kind::Word
                && (!and || counted_noun(toks, end, p.value, false).is_some()) =>
        {
            return;
        }
        Some(t) if matches!(t.kind, Kind::Num(_)) => return,
        _ => {}
    }
    after.add = p.value / 100.0;
    after.end = end;
}

fn cents_word(t: Option<&Token>) -> bool {
    t.is_some_and(|t| {
        t.kind == Kind::Word && matches!(singular(&t.lower).as_ref(), "cent" | "penny" | "pence")
    })
}

/// The words a percentage may open with after its number ("per cent",
/// "basis points"): [`percent_after`] reads no other, and the figure
/// readers are tried at them (see [`opening_words`]).
const PERCENT_WORDS: [&str; 7] = [
    "basis",
    "per",
    "percent",
    "percentage",
    "percentages",
    "percents",
    "pct",
];

/// "%", "percent", "per cent", "pct", "percentage points".
pub fn percent_after(toks: &[Token], k: usize) -> Option<After> {
    let t = toks.get(k)?;
    let (unit, end) = if t.is_sym('%') || t.is_sym('％') {
        ("percent", k + 1)
    } else if t.kind != Kind::Word || !PERCENT_WORDS.contains(&t.lower.as_ref()) {
        return None;
    } else if t.lower == "basis"
        && toks
            .get(k + 1)
            .is_some_and(|c| matches!(c.lower.as_ref(), "point" | "points"))
    {
        ("basis point", k + 2)
    } else if t.lower == "per" && toks.get(k + 1).is_some_and(|c| c.is_word("cent")) {
        ("percent", k + 2)
    } else if matches!(t.lower.as_ref(), "percentage" | "percentages")
        && toks
            .get(k + 1)
            .is_some_and(|p| matches!(p.lower.as_ref(), "point" | "points"))
    {
        ("percentage point", k + 2)
    } else if matches!(
        t.lower.as_ref(),
        "percent" | "pct" | "percentage" | "percents"
    ) {
        ("percent", k + 1)
    } else {
        return None;
    };
    Some(After {
        unit: unit.to_string(),
        end,
        scale: 1.0,
        add: 0.0,
    })
}

/// A unit of measure after a number: "barrels", "km", "square metres",
/// "miles an hour", "km/h", "[kg]", "7.62mm", "24703m2", "5 feet 2 inches".
pub fn measure_after(toks: &[Token], k: usize) -> Option<After> {
    let bracket = toks
        .get(k)
        .is_some_and(|t| matches!(t.kind, Kind::Sym('[' | '{' | '(')));
    let k = if bracket { k + 1 } else { unit_start(toks, k) };
    let t = toks.get(k)?;
    let attached = !t.gap;
    // Degrees: "85°", "100° Celsius", "40 deg celsius", "98.6 degrees f".
    let (mut code, mut end) = if t.is_sym('°') {
        ("degree", k + 1)
    } else {
        let mut hit = None;
        let mut run = String::new();
        let most = if t.kind != Kind::Word {
            0
        } else if LONGER_UNIT_OPENERS.contains_key(&t.lower) {
            words(toks, k, &mut run)
        } else {
            1
        };
        for n in (1..=most).rev() {
            // The first word of `run` is this one.
            let w = if n == 1 {
                t.lower.as_ref()
            } else {
                first_words(&run, n)
            };
            if let Some(&code) = MEASURE_WORDS.get(w) {
                hit = Some((code, k + n, w));
                break;
            }
        }
        let (mut code, end, w) = hit?;
        // "Mb" and "mb" are megabits, "MB" megabytes.
        if w == "mb" && !t.upper {
            code = "mbit";
        }
        // "2 in" is inches only at the end of a phrase.
        if w == "in"
            && !attached
            && toks
                .get(end)
                .is_some_and(|n| !matches!(n.kind, Kind::Sym(c) if c != '-'))
        {
            return None;
        }
        // Abbreviations that are also words need to be attached, or to end
        // the phrase: "12m", "1 m x 1 m", not "2 in the morning".
        if lexicon::AMBIGUOUS_MEASURES.contains(&w) && !attached {
            let next = toks.get(end);
            let free =
                next.is_none_or(|n| n.kind != Kind::Word || n.lower.chars().count() == 1 || !n.gap);
            if !free || t.capital && w != "c" && w != "f" {
                return None;
            }
        }
        if matches!(w, "c" | "f") && !t.capital && !attached {
            return None;
        }
        (code, end)
    };
    if code == "degree" {
        if toks
            .get(end)
            .is_some_and(|d| d.is_sym('.') && !d.gap && toks[end - 1].lower == "deg")
        {
            end += 1;
        }
        if let Some(w) = toks.get(end).filter(|w| w.kind == Kind::Word)
            && let Some(t @ ("celsius" | "fahrenheit")) = lexicon::lookup(MEASURES, &w.lower)
        {
            code = t;
            end += 1;
        }
    }
    // "m2", "km3": square and cubic written with a digit.
    if let Some(n) = toks.get(end).filter(|n| !n.gap).and_then(|n| n.num()) {
        let power = matches!(code, "m" | "km" | "cm" | "mm" | "ft" | "mi")
            && n.plain
            && (n.value == 2.0 || n.value == 3.0);
        let clean = toks
            .get(end + 1)
            .is_none_or(|a| a.gap || a.kind != Kind::Word);
        if !(power && clean && toks[end].end - toks[end].start == 1) {
            return None;
        }
        let unit = format!("{code}{}", n.value as u8);
        return Some(measure(unit, end + 1));
    }
    // "800,000 F-Series", "14.7C/": letters glued to more.
    let glued = |a: &Token| !a.gap && (a.kind == Kind::Word || a.is_sym('-') || a.is_sym('/'));
    // "80-foot-long" ends at the unit; "800,000 F-Series" has none.
    let hyphenated =
        !toks[end - 1].gap && !lexicon::AMBIGUOUS_MEASURES.contains(&toks[end - 1].lower.as_ref());
    let compound = hyphenated && toks.get(end).is_some_and(|h| h.is_sym('-'));
    if toks.get(end).is_some_and(glued) && rate(toks, end).is_none() && !compound {
        return None;
    }
    if bracket {
        toks.get(end)
            .filter(|c| matches!(c.kind, Kind::Sym(']' | '}' | ')')))?;
        return Some(measure(code.to_string(), end + 1));
    }
    // Rates: "miles an hour", "km/h", "meters per millisecond".
    if let Some((time, after)) = rate(toks, end)
        && matches!(code, "m" | "km" | "cm" | "mm" | "mi" | "ft")
    {
        let unit = match (code, time) {
            ("mi", "h") => "mph".to_string(),
            (c, t) => format!("{c}/{t}"),
        };
        return Some(measure(unit, after));
    }
    // "5 feet 2 inches", "12 ft 2 in".
    if code == "ft" {
        let mut j = end;
        if toks.get(j).is_some_and(|t| t.is_word("and")) {
            j += 1;
        }
        if let Some(p) = super::numbers::parse(toks, j)
            && let Some(w) = toks.get(p.end).filter(|w| w.kind == Kind::Word)
            && lexicon::lookup(MEASURES, &w.lower) == Some("in")
            && p.value < 12.0
        {
            let mut a = measure(code.to_string(), p.end + 1);
            a.add = p.value / 12.0;
            return Some(a);
        }
    }
    Some(measure(code.to_string(), end))
}

fn measure(unit: String, end: usize) -> After {
    After {
        unit,
        end,
        scale: 1.0,
        add: 0.0,
    }
}

/// "per hour", "an hour", "/h", "/millisecond": the time code and the end.
fn rate(toks: &[Token], k: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(k)?;
    let by = t.is_sym('/') || t.is_word("per") || t.is_word("an") || t.is_word("a");
    if !by {
        return None;
    }
    let w = toks.get(k + 1).filter(|w| w.kind == Kind::Word)?;
    let code = lexicon::lookup(lexicon::RATE_TIMES, &w.lower)
        .or_else(|| lexicon::lookup(lexicon::RATE_TIMES, &singular(&w.lower)))?;
    Some((code, k + 2))
}

/// A unit of time after a number: "four years", "20-year-old", "three
/// months".
pub fn duration_after(toks: &[Token], k: usize) -> Option<After> {
    let k = unit_start(toks, k);
    let t = toks.get(k).filter(|t| t.kind == Kind::Word)?;
    let unit = *DURATION_WORDS.get(&t.lower)?;
    let mut end = k + 1;
    // An age: "20-year-old", "five years old", "3 years of age".
    if toks.get(end).is_some_and(|h| h.is_sym('-') && !h.gap)
        && toks
            .get(end + 1)
            .is_some_and(|o| o.is_word("old") && !o.gap)
    {
        end += 2;
    } else if toks.get(end).is_some_and(|o| o.is_word("old")) {
        end += 1;
    } else if toks.get(end).is_some_and(|o| o.is_word("of"))
        && toks.get(end + 1).is_some_and(|a| a.is_word("age"))
    {
        end += 2;
    }
    Some(measure(unit.to_string(), end))
}

/// The noun a number counts: the head of the lower-case noun group after it
/// ("2,000 containers" → "container"; "29 economic development zones" →
/// "zone"; "40 North Korean troops" → "troop"). The head is the last plural
/// noun before a function word or punctuation, within four words.
pub fn counted_noun(toks: &[Token], k: usize, value: f64, title_case: bool) -> Option<String> {
    // After "one" a word in -s is a verb ("one country invades"); singular
    // nouns are not reported.
    if value == 1.0 {
        return None;
    }
    let mut head = None;
    for i in k..k + 4 {
        let Some(t) = toks.get(i) else { break };
        if t.kind != Kind::Word || !t.gap || NOT_COUNTED.contains_key(&t.lower) {
            break;
        }
        // A capital starts a name ("15 Pro costs"), not a noun group, except
        // in a headline ("Russia Sends 40 Troops").
        if t.capital && !title_case {
            break;
        }
        let irregular = PLURALS.contains_key(&t.lower);
        let plural = irregular
            || (t.lower.ends_with('s')
                && t.lower.len() > 3
                && !["ss", "us", "is", "ous"]
                    .iter()
                    .any(|e| t.lower.ends_with(e)));
        if plural {
            head = Some(singular(&t.lower).into_owned());
        } else if head.is_some() {
            break;
        }
    }
    head
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// The word lookups before [`LONGER_UNIT_OPENERS`] and the word maps:
    /// binary searches of every phrase of up to three words.
    fn old_lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
        lexicon::lookup(table, word)
    }

    /// A currency after an amount: "dollars", "us dollars", "€", "USD", "30
    /// MUSD", and cents after it ("thirteen dollars and forty-five cents").
    fn old_currency_after(toks: &[Token], k: usize, scaled: bool) -> Option<After> {
        let k = unit_start(toks, k);
        let t = toks.get(k)?;
        let mut found: Option<(&'static str, usize, f64)> = None;
        if let Kind::Sym(c) = t.kind {
            found = old_lookup(CURRENCIES, &c.to_string()).map(|code| (code, k + 1, 1.0));
        } else if t.kind == Kind::Word {
            let mut run = String::new();
            for n in (1..=words(toks, k, &mut run)).rev() {
                let w = first_words(&run, n);
                let key = if old_lookup(CURRENCIES, w).is_some() {
                    Cow::Borrowed(w)
                } else {
                    singular(w)
                };
                if let Some(code) = old_lookup(CURRENCIES, &key) {
                    // "pounds" is money only with a scale ("361 million pounds");
                    // otherwise a weight.
                    if key == "pound" && !scaled {
                        return None;
                    }
                    found = Some((code, k + n, 1.0));
                    break;
                }
            }
            if found.is_none() && t.capital {
                let rest = t.lower.strip_prefix('m').filter(|r| r.len() == 3);
                if let Some(code) = rest
                    .filter(|r| CURRENCY_PREFIXES.contains(r))
                    .and_then(|r| old_lookup(CURRENCIES, r))
                {
                    found = Some((code, k + 1, 1e6));
                }
            }
        }
        let (code, mut end, mut scale) = found?;
        // "3 USD50": the code belongs to the amount glued after it.
        if toks
            .get(end)
            .is_some_and(|n| !n.gap && matches!(n.kind, Kind::Num(_)))
        {
            return None;
        }
        // "75 USD million".
        if let Some(v) = toks
            .get(end)
            .and_then(|w| lexicon::lookup(lexicon::SCALES, &w.lower))
            && toks[end].kind == Kind::Word
            && toks[end].lower.len() > 2
        {
            scale *= v;
            end += 1;
        }
        let mut after = After {
            unit: code.to_string(),
            end,
            scale,
            add: 0.0,
        };
        if !matches!(code, "cent" | "penny") && scale == 1.0 {
            minor_units(toks, &mut after);
        }
        Some(after)
    }

    /// A unit of measure after a number: "barrels", "km", "square metres",
    /// "miles an hour", "km/h", "[kg]", "7.62mm", "24703m2", "5 feet 2 inches".
    fn old_measure_after(toks: &[Token], k: usize) -> Option<After> {
        let bracket = toks
            .get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Sym('[' | '{' | '(')));
        let k = if bracket { k + 1 } else { unit_start(toks, k) };
        let t = toks.get(k)?;
        let attached = !t.gap;
        // Degrees: "85°", "100° Celsius", "40 deg celsius", "98.6 degrees f".
        let (mut code, mut end) = if t.is_sym('°') {
            ("degree", k + 1)
        } else {
            let mut hit = None;
            let mut run = String::new();
            for n in (1..=words(toks, k, &mut run)).rev() {
                let w = first_words(&run, n);
                if let Some(code) = old_lookup(MEASURES, w) {
                    hit = Some((code, k + n, w));
                    break;
                }
            }
            let (mut code, end, w) = hit?;
            // "Mb" and "mb" are megabits, "MB" megabytes.
            if w == "mb" && !t.upper {
                code = "mbit";
            }
            // "2 in" is inches only at the end of a phrase.
            if w == "in"
                && !attached
                && toks
                    .get(end)
                    .is_some_and(|n| !matches!(n.kind, Kind::Sym(c) if c != '-'))
            {
                return None;
            }
            // Abbreviations that are also words need to be attached, or to end
            // the phrase: "12m", "1 m x 1 m", not "2 in the morning".
            if lexicon::AMBIGUOUS_MEASURES.contains(&w) && !attached {
                let next = toks.get(end);
                let free = next
                    .is_none_or(|n| n.kind != Kind::Word || n.lower.chars().count() == 1 || !n.gap);
                if !free || t.capital && w != "c" && w != "f" {
                    return None;
                }
            }
            if matches!(w, "c" | "f") && !t.capital && !attached {
                return None;
            }
            (code, end)
        };
        if code == "degree" {
            if toks
                .get(end)
                .is_some_and(|d| d.is_sym('.') && !d.gap && toks[end - 1].lower == "deg")
            {
                end += 1;
            }
            if let Some(w) = toks.get(end).filter(|w| w.kind == Kind::Word)
                && let Some(t @ ("celsius" | "fahrenheit")) = old_lookup(MEASURES, &w.lower)
            {
                code = t;
                end += 1;
            }
        }
        // "m2", "km3": square and cubic written with a digit.
        if let Some(n) = toks.get(end).filter(|n| !n.gap).and_then(|n| n.num()) {
            let power = matches!(code, "m" | "km" | "cm" | "mm" | "ft" | "mi")
                && n.plain
                && (n.value == 2.0 || n.value == 3.0);
            let clean = toks
                .get(end + 1)
                .is_none_or(|a| a.gap || a.kind != Kind::Word);
            if !(power && clean && toks[end].end - toks[end].start == 1) {
                return None;
            }
            let unit = format!("{code}{}", n.value as u8);
            return Some(measure(unit, end + 1));
        }
        // "800,000 F-Series", "14.7C/": letters glued to more.
        let glued = |a: &Token| !a.gap && (a.kind == Kind::Word || a.is_sym('-') || a.is_sym('/'));
        // "80-foot-long" ends at the unit; "800,000 F-Series" has none.
        let hyphenated = !toks[end - 1].gap
            && !lexicon::AMBIGUOUS_MEASURES.contains(&toks[end - 1].lower.as_ref());
        let compound = hyphenated && toks.get(end).is_some_and(|h| h.is_sym('-'));
        if toks.get(end).is_some_and(glued) && rate(toks, end).is_none() && !compound {
            return None;
        }
        if bracket {
            toks.get(end)
                .filter(|c| matches!(c.kind, Kind::Sym(']' | '}' | ')')))?;
            return Some(measure(code.to_string(), end + 1));
        }
        // Rates: "miles an hour", "km/h", "meters per millisecond".
        if let Some((time, after)) = rate(toks, end)
            && matches!(code, "m" | "km" | "cm" | "mm" | "mi" | "ft")
        {
            let unit = match (code, time) {
                ("mi", "h") => "mph".to_string(),
                (c, t) => format!("{c}/{t}"),
            };
            return Some(measure(unit, after));
        }
        // "5 feet 2 inches", "12 ft 2 in".
        if code == "ft" {
            let mut j = end;
            if toks.get(j).is_some_and(|t| t.is_word("and")) {
                j += 1;
            }
            if let Some(p) = super::super::numbers::parse(toks, j)
                && let Some(w) = toks.get(p.end).filter(|w| w.kind == Kind::Word)
                && old_lookup(MEASURES, &w.lower) == Some("in")
                && p.value < 12.0
            {
                let mut a = measure(code.to_string(), p.end + 1);
                a.add = p.value / 12.0;
                return Some(a);
            }
        }
        Some(measure(code.to_string(), end))
    }

    #[test]
    fn unit_readers_read_as_before_the_word_maps() {
        let pieces = [
            " dollars",
            " us",
            " dollar",
            " australian",
            " pounds",
            " pound",
            " sterling",
            " square",
            " metres",
            " metre",
            " km",
            " miles",
            " per",
            " hour",
            " an",
            " cubic",
            " feet",
            " in",
            " m",
            " M",
            " MUSD",
            " USD",
            " \u{20ac}",
            " $",
            "-",
            " and",
            " cents",
            " fifty",
            " million",
            " new",
            " zealand",
            " hong",
            " kong",
            " light",
            " years",
            " metric",
            " tons",
            "\u{b0}",
            " deg",
            " celsius",
            " f",
            " ft",
            "2",
            " 3",
            "m",
            "/h",
            " canadian",
            " fluid",
            " ounces",
            " sq",
            " mi",
            " nautical",
            " yen",
            " swiss",
            " francs",
            " Dollars",
            " Square",
            " pence",
        ];
        let all = crate::testing::strings_of_two_and_random(&pieces, 8_000, 3, 3);
        for s in all {
            let text = format!("5{s}");
            let t = tokenize(&text);
            for k in 1..3 {
                for scaled in [false, true] {
                    assert_eq!(
                        currency_after(&t, k, scaled),
                        old_currency_after(&t, k, scaled),
                        "{text:?} {k}"
                    );
                }
                assert_eq!(
                    measure_after(&t, k),
                    old_measure_after(&t, k),
                    "{text:?} {k}"
                );
            }
        }
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("containers"), "container");
        assert_eq!(singular("companies"), "company");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("people"), "person");
    }

    #[test]
    fn currency_prefixes() {
        let t = tokenize("US$ 5 and c $ 3 and EUR 12 and try 4");
        let mut codes = Vec::new();
        let mut k = 0;
        while k < t.len() {
            match currency_prefix(&t, k) {
                Some(p) => {
                    codes.push(p.code);
                    k = p.next;
                }
                None => k += 1,
            }
        }
        assert_eq!(codes, vec!["usd", "cad", "eur"]);
    }

    #[test]
    fn measures_read_rates_and_powers() {
        let t = tokenize("188 miles an hour");
        assert_eq!(measure_after(&t, 1).map(|a| a.unit), Some("mph".into()));
        let t = tokenize("24703m2");
        assert_eq!(measure_after(&t, 1).map(|a| a.unit), Some("m2".into()));
        let t = tokenize("24703m212");
        assert_eq!(measure_after(&t, 1), None);
        let t = tokenize("2 in the box");
        assert_eq!(measure_after(&t, 1), None);
    }

    #[test]
    fn counted_nouns_take_the_head() {
        let t = tokenize("29 economic development zones were");
        assert_eq!(counted_noun(&t, 1, 2.0, false), Some("zone".into()));
        let t = tokenize("12 in six boxes");
        assert_eq!(counted_noun(&t, 1, 2.0, false), None);
    }
}
