//! Figures: counts, percentages, money, quantities, years, decades, dates,
//! durations, ordinals and ranges, read from the content sentences.
//!
//! Figures are what claims are compared on across articles ("2,000
//! containers" here, "about 2,000" there), so each carries a normalised
//! value and unit besides its span.
//!
//! How a sentence is read, if [`sieve`] finds in it what every figure
//! holds (a digit, a number word, a month):
//! 1. [`tokens`] splits it into digit numerals (their shapes are in
//!    [`numerals`]), words and symbols, masking addresses, clock times and
//!    telephone numbers (none is a figure).
//! 2. [`dates`] takes dates, months and decades.
//! 3. [`numbers`] reads each number phrase ("3.5 million", "twenty-one",
//!    "two thirds"); [`units`] reads what is beside it: a currency before or
//!    after, a percent, a unit of measure, a unit of time, a counted noun.
//! 4. Ranges join two figures ("between 3 and 5", "3-5", "from 10 to 20");
//!    qualifiers before a figure ("about", "more than") are recorded.
//!
//! Span conventions (what a reader calls the figure):
//! - money, percent, quantity, duration: the number with its currency sign or
//!   code and unit words ("$1.2bn", "5 per cent", "67.3 thousand barrels",
//!   "four years");
//! - count: the number only ("2,000" in "2,000 containers"); the counted noun
//!   is the `unit`, its head noun singular ("29 economic development zones"
//!   → "zone"), so that "2,000 containers" and "2,000 shipping containers"
//!   compare equal;
//! - range: from the first number to the last, with the joining word ("3 and
//!   5" after "between"); dates: as written, from the weekday or month
//!   ("Friday, July 21, 2017"); decades: "1990s";
//! - never the qualifier: "about", "an estimated", "since", "the early" are in
//!   `qualifier`, not in the span.
//!
//! Values and units: money in the currency's units after its scale ("$1.2bn"
//! is 1.2e9 "usd"; units are ISO codes, or the name where no single code
//! fits: "franc", "cent", "penny"); quantities in the unit as written, with
//! a short code where one is standard ("km", "t", "mph") else the singular
//! name ("barrel", "hectare"); percentages in percent ("percentage point"
//! and "basis point" kept as units); fractions as decimals ("two thirds").
//! Dates and ranges have no single value: dates carry `date`, ranges `low`
//! and `high`; years and decades have their first year as value. "Pounds"
//! is money only with a scale ("361 million pounds"), else a weight; a glued
//! "m" is millions after a currency sign or before a plural noun ("£50m",
//! "1.5m people"), else metres.
//!
//! Qualifiers: hedges ("about", "around", "nearly", "almost", "roughly", "an
//! estimated", "some") set `approximate`; bounds ("more than", "over", "at
//! least", "up to", "as many as") do not, since they state an exact limit.
//! For dates the qualifier is the bound and the part of the period ("since
//! the end of", "early").
//!
//! Not figures: codes and names with digits ("COVID-19", "G7", "F-16", "A320",
//! "Boeing 747", "Section 2(b)"), ordinals in names ("the First Amendment",
//! "83rd Street"), clock times, telephone numbers, "one" as a
//! pronoun ("one of the largest", "which one"). Times are skipped rather
//! than reported, as they rarely matter to a claim.

mod dates;
mod lexicon;
mod numbers;
mod numerals;
mod sieve;
mod tokens;
mod units;

use crate::model::{Date, Figure, FigureKind, Options, Sentence, Span};
use lexicon::WordMap;
use numbers::{Form, Phrase};
use std::sync::LazyLock;
use tokens::{Kind, Token};

/// A figure found over tokens `start..end` of a sentence, with its span in
/// sentence coordinates, and the scale its number carried ("million" is
/// 1e6), for ranges such as "between 3 and 5 million".
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub fig: Figure,
    pub scale: f64,
}

/// Every figure in the content sentences of `text`, in text order, with ids
/// `f1`, `f2`, ...
pub fn extract(text: &str, sentences: &[Sentence], options: &Options) -> Vec<Figure> {
    // Words are read in lower case: lowering the text once lets each word
    // borrow its lower case. One token buffer serves every sentence.
    let lower = text.to_ascii_lowercase();
    let mut toks = Vec::new();
    let mut used = Vec::new();
    let mut out = Vec::new();
    for s in sentences.iter().filter(|s| s.role.is_content()) {
        let range = s.span.start..s.span.end;
        let (Some(sentence), Some(lower)) = (text.get(range.clone()), lower.get(range)) else {
            continue;
        };
        if !sieve::may_hold_figure(sentence, lower) {
            continue;
        }
        tokens::tokenize_into(sentence, lower, &mut toks);
        let from = out.len();
        in_sentence(&toks, options.reference_date, &mut used, &mut out);
        for f in &mut out[from..] {
            f.span = Span::new(f.span.start + s.span.start, f.span.end + s.span.start);
        }
    }
    out.sort_by_key(|f| (f.span.start, f.span.end));
    for (i, f) in out.iter_mut().enumerate() {
        f.id = figure_id(i);
    }
    out
}

/// The id of the figure at `at` in text order: `f1`, `f2`, ...
fn figure_id(at: usize) -> String {
    crate::model::numbered_id('f', at)
}

/// Appends to `out` the figures of one sentence, from its tokens; spans
/// relative to it. `used` is scratch space, for the tokens taken by a figure.
fn in_sentence(
    toks: &[Token],
    reference: Option<Date>,
    used: &mut Vec<bool>,
    out: &mut Vec<Figure>,
) {
    used.clear();
    used.resize(toks.len(), false);
    let mut found = dates::find(toks, used, reference);
    let title = title_case(toks);
    // Letters spell a currency only before a dollar sign ("US$").
    let dollar = toks.iter().any(|t| t.is_sym('$'));
    let mut k = 0;
    while k < toks.len() {
        if used[k] {
            k += 1;
            continue;
        }
        if !may_start(toks, k, dollar) {
            debug_assert!(matches!(figure_at(toks, k, used, title), Step::None));
            k += 1;
            continue;
        }
        match figure_at(toks, k, used, title) {
            Step::Found(f) => {
                used[f.start..f.end].iter_mut().for_each(|u| *u = true);
                k = f.end.max(k + 1);
                found.push(f);
            }
            Step::Skip(end) => k = end.max(k + 1),
            Step::None => k += 1,
        }
    }
    found.sort_by_key(|f| f.start);
    let found = ranges(toks, found);
    out.extend(found.into_iter().map(|mut f| {
        qualify(toks, &mut f);
        f.fig
    }));
}

enum Step {
    Found(Found),
    /// Not a figure: skip to this token.
    Skip(usize),
    None,
}

fn span(toks: &[Token], start: usize, end: usize) -> Span {
    Span::new(toks[start].start, toks[end - 1].end)
}

/// A value rounded to twelve significant digits, so that "16.4 million" is
/// 16400000 and not 16399999.999999998.
fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    // A whole number below 10^12 has twelve digits at most, and is its own
    // rounding: most figures are, and skip the text round trip.
    if v.fract() == 0.0 && v.abs() < 1e12 {
        return v;
    }
    format!("{v:.11e}").parse().unwrap_or(v)
}

fn found(
    toks: &[Token],
    start: usize,
    end: usize,
    kind: FigureKind,
    value: Option<f64>,
    unit: Option<String>,
    scale: f64,
) -> Step {
    // "2^32018" or "1e999" overflow: no figure rather than an infinity.
    if value.is_some_and(|v| !v.is_finite()) {
        return Step::Skip(end);
    }
    let mut fig = Figure::new(kind, span(toks, start, end), value.map(tidy));
    fig.unit = unit;
    Step::Found(Found {
        start,
        end,
        fig,
        scale,
    })
}

/// The words and signs that a reader in [`figure_at`] may open with.
static OPENERS: LazyLock<WordMap<()>> = LazyLock::new(|| {
    let numbers = numbers::opening_words().map(str::to_string);
    numbers
        .chain(units::opening_words())
        .map(|w| (w, ()))
        .collect()
});

/// Whether a figure may start at token `k`: a numeral, or one of
/// [`OPENERS`], or letters before a dollar sign when the sentence has one
/// (`dollar`). Most tokens are other words, told here by one lookup.
fn may_start(toks: &[Token], k: usize, dollar: bool) -> bool {
    let t = &toks[k];
    match t.kind {
        Kind::Num(_) => true,
        Kind::Word | Kind::Sym(_) => {
            OPENERS.contains_key(t.lower.as_ref()) || dollar && units::spells_dollar(toks, k)
        }
        Kind::Masked => false,
    }
}

/// The figure starting at token `k`, if any.
fn figure_at(toks: &[Token], k: usize, used: &[bool], title: bool) -> Step {
    if let Some(step) = percent_word_first(toks, k) {
        return step;
    }
    // A currency before the amount: "$1.2bn", "US$ 10 billion", "EUR 125".
    if let Some(pre) = units::currency_prefix(toks, k)
        && let Some(p) = numbers::parse(toks, pre.next).filter(|p| p.form == Form::Cardinal)
        && !used[pre.next..p.end].contains(&true)
    {
        // "£50m", "$3bn": after a currency sign a glued "m" is millions.
        let (mut value, mut end) = (p.value * pre.scale, p.end);
        if toks.get(end).is_some_and(|m| !m.gap && m.lower == "m") && !p.scaled {
            value *= 1e6;
            end += 1;
        }
        return found(
            toks,
            k,
            end,
            FigureKind::Money,
            Some(value),
            Some(pre.code.into()),
            p.scale,
        );
    }
    let Some(p) = numbers::parse(toks, k) else {
        return Step::None;
    };
    if used[p.start..p.end].contains(&true) {
        return Step::None;
    }
    if is_code(toks, &p) {
        return Step::Skip(p.end);
    }
    if p.form == Form::Ordinal {
        if !title && is_named_ordinal(toks, &p) {
            return Step::Skip(p.end);
        }
        return ordinal(toks, &p);
    }
    let unit_at = p.end;
    if let Some(a) = units::percent_after(toks, unit_at) {
        return found(
            toks,
            p.start,
            a.end,
            FigureKind::Percent,
            Some(p.value),
            Some(a.unit),
            p.scale,
        );
    }
    if let Some(a) = units::currency_after(toks, unit_at, p.scaled) {
        let value = p.value * a.scale + a.add;
        return found(
            toks,
            p.start,
            a.end,
            FigureKind::Money,
            Some(value),
            Some(a.unit),
            p.scale * a.scale,
        );
    }
    if let Some(a) = units::measure_after(toks, unit_at) {
        let value = p.value + a.add;
        return found(
            toks,
            p.start,
            a.end,
            FigureKind::Quantity,
            Some(value),
            Some(a.unit),
            p.scale,
        );
    }
    if let Some(a) = units::duration_after(toks, unit_at) {
        return found(
            toks,
            p.start,
            a.end,
            FigureKind::Duration,
            Some(p.value),
            Some(a.unit),
            1.0,
        );
    }
    // Letters glued to the number that are no unit: "11a", "4G".
    if toks
        .get(p.end)
        .is_some_and(|t| !t.gap && t.kind == Kind::Word)
    {
        return Step::Skip(p.end + 1);
    }
    if let Some(year) = year(toks, &p) {
        return found(
            toks,
            p.start,
            p.end,
            FigureKind::Year,
            Some(year),
            None,
            1.0,
        );
    }
    if !title && (is_model_number(toks, &p) || is_named_number(toks, &p))
        || is_pronoun_one(toks, &p)
    {
        return Step::Skip(p.end);
    }
    if is_rank(toks, &p) {
        // "the No. 2 Republican": a rank, not a count.
        return ordinal(toks, &p);
    }
    let unit = units::counted_noun(toks, p.end, p.value, title);
    // "an 1898 ruling", "if it were 1825": an older four-digit number that
    // counts nothing is a year too.
    let kind = if unit.is_none() && older_year(toks, &p) {
        FigureKind::Year
    } else {
        FigureKind::Count
    };
    found(toks, p.start, p.end, kind, Some(p.value), unit, p.scale)
}

/// "percent of 10", "per cent of 210", and a bare "%" ("the % of
/// increase"), which names a percentage without a value.
fn percent_word_first(toks: &[Token], k: usize) -> Option<Step> {
    let t = &toks[k];
    let prev_is_number = k > 0 && matches!(toks[k - 1].kind, Kind::Num(_));
    if prev_is_number {
        return None;
    }
    let a = units::percent_after(toks, k)?;
    if let Some(p) = toks
        .get(a.end)
        .filter(|o| o.is_word("of"))
        .and_then(|_| numbers::parse(toks, a.end + 1))
        .filter(|p| p.form == Form::Cardinal)
    {
        return Some(found(
            toks,
            k,
            p.end,
            FigureKind::Percent,
            Some(p.value),
            Some(a.unit),
            1.0,
        ));
    }
    if t.is_sym('%') && (k == 0 || toks[k - 1].kind == Kind::Word) {
        return Some(found(
            toks,
            k,
            k + 1,
            FigureKind::Percent,
            None,
            Some(a.unit),
            1.0,
        ));
    }
    None
}

/// Whether the number belongs to a code or name: "COVID-19", "G7", "A320",
/// "F-16", "Section 2(b)".
fn is_code(toks: &[Token], p: &Phrase) -> bool {
    let Some(first) = toks.get(p.start) else {
        return false;
    };
    if !matches!(first.kind, Kind::Num(_)) {
        return false;
    }
    let prev = p.start.checked_sub(1).map(|i| &toks[i]);
    if prev.is_some_and(|w| w.kind == Kind::Word && !first.gap) {
        return true;
    }
    if let (Some(h), Some(w)) = (prev, p.start.checked_sub(2).map(|i| &toks[i])) {
        let joined = h.is_sym('-') && !first.gap && !h.gap && w.kind == Kind::Word;
        let prefix = matches!(
            w.lower.as_ref(),
            "mid" | "pre" | "post" | "early" | "late" | "over" | "under" | "about" | "some" | "non"
        );
        if joined && !prefix {
            return true;
        }
    }
    toks.get(p.end).is_some_and(|t| t.is_sym('(') && !t.gap)
}

/// "Boeing 747", "Article 5", "iPhone 15": a plain number right after a
/// capitalised word names a model or a clause, unless the word is a month
/// or a function word ("In 2018", "About 40"). Not asked of a sentence in
/// title case (a headline: "Russia Sends 40 Troops").
fn is_model_number(toks: &[Token], p: &Phrase) -> bool {
    let Some(w) = p.start.checked_sub(1).map(|i| &toks[i]) else {
        return false;
    };
    if !p.plain || w.kind != Kind::Word || !w.cased {
        return false;
    }
    if lexicon::lookup(lexicon::MONTHS, &w.lower).is_some()
        || lexicon::contains(lexicon::WEEKDAYS, &w.lower)
        || lexicon::contains(lexicon::NUMBER_LEADS, &w.lower)
        || lexicon::QUALIFIERS
            .iter()
            .any(|(q, _)| q.split(' ').next() == Some(w.lower.as_ref()))
    {
        return false;
    }
    true
}

/// "Ground Zero", "Formula One", "the Big Three": a capitalised number word
/// right after a capitalised word is part of a name.
fn is_named_number(toks: &[Token], p: &Phrase) -> bool {
    let t = &toks[p.start];
    let Some(w) = p.start.checked_sub(1).map(|i| &toks[i]) else {
        return false;
    };
    p.end == p.start + 1
        && t.kind == Kind::Word
        && t.capital
        && w.kind == Kind::Word
        && w.capital
        && !lexicon::contains(lexicon::NUMBER_LEADS, &w.lower)
}

/// The phrase `p` as an ordinal figure.
fn ordinal(toks: &[Token], p: &Phrase) -> Step {
    found(
        toks,
        p.start,
        p.end,
        FigureKind::Ordinal,
        Some(p.value),
        None,
        1.0,
    )
}

/// "the First Amendment", "Third Way", "83rd Street": an ordinal in
/// digits or capitalised, before a capitalised word, is part of a name
/// ("the second White House meeting" is not).
fn is_named_ordinal(toks: &[Token], p: &Phrase) -> bool {
    let first = &toks[p.start];
    let named_form = matches!(first.kind, Kind::Num(_)) || first.capital;
    named_form
        && toks
            .get(p.end)
            .is_some_and(|t| t.gap && t.kind == Kind::Word && t.capital)
}

/// "No. 2": a plain number after "No." is a rank.
fn is_rank(toks: &[Token], p: &Phrase) -> bool {
    let before = |back: usize| p.start.checked_sub(back).map(|i| &toks[i]);
    p.plain
        && before(1).is_some_and(|t| t.is_sym('.'))
        && before(2).is_some_and(|t| t.is_word("no") && t.capital)
}

/// Whether most longer words are capitalised, as in a headline.
fn title_case(toks: &[Token]) -> bool {
    let (mut long, mut capital) = (0, 0);
    for t in toks {
        if t.kind == Kind::Word && four_chars(&t.lower) {
            long += 1;
            capital += usize::from(t.capital);
        }
    }
    long >= 3 && capital * 10 >= long * 7
}

/// Whether `w` has at least four characters: told by its first four bytes
/// when they are ASCII, as in most words, else by counting up to four
/// (counting them all costs more).
fn four_chars(w: &str) -> bool {
    match w.as_bytes().get(..4) {
        None => false,
        Some(head) if head.is_ascii() => true,
        Some(_) => w.chars().nth(3).is_some(),
    }
}

/// "one" as a pronoun: "one of the", "which one", "the one".
fn is_pronoun_one(toks: &[Token], p: &Phrase) -> bool {
    let t = &toks[p.start];
    if !(p.end == p.start + 1 && t.is_word("one")) {
        return false;
    }
    let prev = p.start.checked_sub(1).map(|i| toks[i].lower.as_ref());
    let next = toks.get(p.end).map(|t| t.lower.as_ref());
    prev.is_some_and(|w| lexicon::contains(lexicon::ONE_PRONOUN_BEFORE, w))
        || next.is_some_and(|w| matches!(w, "of" | "another" | "who" | "that" | "which"))
}

/// A four-digit number read as a year: 1900-2100 always ("in 2018"), older
/// ones after a word of time ("in 1500").
fn year(toks: &[Token], p: &Phrase) -> Option<f64> {
    if !p.plain {
        return None;
    }
    let n = toks[p.start].num()?;
    if n.int_digits != 4 {
        return None;
    }
    let prev = p.start.checked_sub(1).map(|i| toks[i].lower.as_ref());
    let timed = prev.is_some_and(|w| lexicon::contains(lexicon::YEAR_PREPOSITIONS, w));
    let recent = (1900.0..=2100.0).contains(&n.value);
    (recent || timed && (1000.0..=2100.0).contains(&n.value)).then_some(n.value)
}

/// A plain four-digit number from 1500 to 1899, which news writes for
/// years far more often than for counts (those take a comma: "1,768").
fn older_year(toks: &[Token], p: &Phrase) -> bool {
    p.plain
        && toks[p.start]
            .num()
            .is_some_and(|n| n.int_digits == 4 && (1500.0..1900.0).contains(&n.value))
}

/// Joins figures into ranges: "between 3 and 5", "from 10 to 20", "3-5",
/// "2010–2015". The first takes the scale and unit of the second when it has
/// none ("between 3 and 5 million", "3-5%").
fn ranges(toks: &[Token], found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    let mut it = found.into_iter().peekable();
    while let Some(a) = it.next() {
        let Some(b) = it.peek() else {
            out.push(a);
            break;
        };
        let joins = range_joint(toks, &a, b);
        let numeric = |k: FigureKind| {
            matches!(
                k,
                FigureKind::Count
                    | FigureKind::Percent
                    | FigureKind::Money
                    | FigureKind::Quantity
                    | FigureKind::Year
            )
        };
        let kinds_fit = numeric(a.fig.kind)
            && numeric(b.fig.kind)
            && (a.fig.kind == b.fig.kind
                || a.fig.kind == FigureKind::Count && a.fig.unit.is_none()
                || a.fig.kind == FigureKind::Year
                    && b.fig.kind == FigureKind::Count
                    && b.fig.unit.is_none());
        let (Some(mut low), Some(high)) = (a.fig.value, b.fig.value) else {
            out.push(a);
            continue;
        };
        if !(joins && kinds_fit) {
            out.push(a);
            continue;
        }
        if a.scale == 1.0 && b.scale > 1.0 && low * b.scale <= high {
            low *= b.scale;
        }
        // "2018-19": a season or fiscal year.
        let mut high = high;
        if a.fig.kind == FigureKind::Year && high < 100.0 && b.end == b.start + 1 {
            high += (low / 100.0).floor() * 100.0;
        }
        if low >= high {
            out.push(a);
            continue;
        }
        let Some(b) = it.next() else { break };
        let mut fig = Figure::new(
            FigureKind::Range,
            Span::new(a.fig.span.start, b.fig.span.end),
            None,
        );
        fig.unit = b.fig.unit.clone().or(a.fig.unit.clone());
        fig.low = Some(tidy(low));
        fig.high = Some(tidy(high));
        out.push(Found {
            start: a.start,
            end: b.end,
            fig,
            scale: b.scale,
        });
    }
    out
}

/// Whether the tokens between two figures join them into a range.
fn range_joint(toks: &[Token], a: &Found, b: &Found) -> bool {
    let between = &toks[a.end..b.start];
    let before = a.start.checked_sub(1).map(|i| toks[i].lower.as_ref());
    match between {
        [t] if matches!(t.kind, Kind::Sym('-' | '–' | '—')) => {
            // Only digits: "nought-four" is two numbers read out.
            let digits = matches!(toks[a.end - 1].kind, Kind::Num(_))
                && matches!(toks[b.start].kind, Kind::Num(_));
            digits && ((!t.gap && !toks[b.start].gap) || matches!(t.kind, Kind::Sym('–')))
        }
        [t] if t.is_word("and") => before == Some("between"),
        [t] if t.is_word("to") => before == Some("from"),
        [t] if t.is_word("through") || t.is_sym('~') => true,
        _ => false,
    }
}

/// The last words of [`lexicon::QUALIFIERS`] and of [`lexicon::PERIOD_PARTS`].
static QUALIFIER_ENDS: LazyLock<WordMap<()>> = LazyLock::new(|| last_words(lexicon::QUALIFIERS));
static PERIOD_PART_ENDS: LazyLock<WordMap<()>> = LazyLock::new(|| {
    let parts: Vec<(&str, ())> = lexicon::PERIOD_PARTS.iter().map(|p| (*p, ())).collect();
    last_words(&parts)
});

/// The last word of each phrase of `table`.
fn last_words<T>(table: &[(&str, T)]) -> WordMap<()> {
    table
        .iter()
        .filter_map(|(phrase, _)| phrase.rsplit(' ').next())
        .map(|w| (w.to_string(), ()))
        .collect()
}

/// Records the qualifier written before a figure: "about", "an estimated",
/// "more than"; for dates the bound and the part of the period ("since the
/// end of", "early").
fn qualify(toks: &[Token], f: &mut Found) {
    if f.fig.kind == FigureKind::Ordinal {
        return;
    }
    let dated = matches!(
        f.fig.kind,
        FigureKind::Date | FigureKind::Decade | FigureKind::Year
    );
    // Every qualifier and period part ends with the word right before the
    // figure (or its hyphen): most figures have none of those words there,
    // and skip the joining of words to look up.
    let last = |at: usize| at.checked_sub(1).map(|i| toks[i].lower.as_ref());
    if !dated {
        if !last(f.start).is_some_and(|w| QUALIFIER_ENDS.contains_key(w)) {
            return;
        }
        // The words right before the figure, up to three, joined with
        // spaces; the last `n` of them are a suffix of that text.
        let first = toks[..f.start]
            .iter()
            .rev()
            .take(3)
            .take_while(|t| t.kind == Kind::Word)
            .count();
        let mut before = String::new();
        for t in &toks[f.start - first..f.start] {
            if !before.is_empty() {
                before.push(' ');
            }
            before.push_str(&t.lower);
        }
        let mut from = 0;
        for _ in 0..first {
            let q = &before[from..];
            if let Some(approx) = lexicon::lookup(lexicon::QUALIFIERS, q) {
                f.fig.qualifier = Some(q.to_string());
                f.fig.approximate = approx;
                return;
            }
            from = q.find(' ').map_or(before.len(), |i| from + i + 1);
        }
        return;
    }
    // "the early 1990s", "mid-1990s", "since the end of last year".
    let mut start = f.start;
    let hyphen = start > 0 && toks[start - 1].is_sym('-') && !toks[start].gap;
    if hyphen {
        start -= 1;
    }
    let mut taken = Vec::new();
    let parts = last(start).is_some_and(|w| PERIOD_PART_ENDS.contains_key(w));
    for n in (1..=2).rev().filter(|_| parts) {
        let Some(from) = start.checked_sub(n) else {
            continue;
        };
        let phrase: Vec<&str> = toks[from..start].iter().map(|t| t.lower.as_ref()).collect();
        if lexicon::contains(lexicon::PERIOD_PARTS, &phrase.join(" ")) {
            taken = phrase.iter().map(|s| s.to_string()).collect();
            start = from;
            if start > 0 && toks[start - 1].is_word("the") {
                start -= 1;
                taken.insert(0, "the".into());
            }
            break;
        }
    }
    if hyphen && taken.is_empty() {
        start += 1;
    }
    if start > 0 && lexicon::contains(lexicon::DATE_BOUNDS, &toks[start - 1].lower) {
        taken.insert(0, toks[start - 1].lower.to_string());
    }
    // "the early 1990s" keeps "early"; "since the end of" keeps it all.
    if taken.first().is_some_and(|w| w == "the") {
        taken.remove(0);
    }
    if !taken.is_empty() {
        f.fig.qualifier = Some(taken.join(" "));
    }
}

#[cfg(test)]
mod tests;
