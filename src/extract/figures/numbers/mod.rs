//! The grammar of a written number: digits, words and their mixtures.
//!
//! [`parse`] reads the longest number phrase that starts at a token:
//! "twenty-one", "one hundred and five", "3.5 million", "4 thousand 3 hundred
//! and 21", "a dozen", "half a dozen", "two thirds", "five and a half
//! million", "one over three", "two hundred point zero three", "29th",
//! "twenty-fifth". Values build up the usual way (a running total of scale
//! groups plus the group in progress); a word that cannot continue the phrase
//! ends it, so "4000 3 hundred" is two numbers and "3 hundred and 2 hundred"
//! is two numbers.
//!
//! Fractions: a plural ordinal is a denominator ("three fifths"); a singular
//! ordinal after "a" or "one" is one too ("a third", "one twenty-fifth") when
//! nothing nominal follows it ("a third time" is an ordinal). A fraction after
//! "and" is added to the whole, in units of the last large scale ("three
//! million and a half" is 3.5 million), unless it is a whole fraction
//! itself ("one hundred and thirty-two fifths" is 132/5). Ratios in words
//! ("one over three", "1 in 4 people", "two out of five") are fractions too.
//!
//! A few readings depend on the neighbours: a glued "m" is millions before
//! a plural noun ("1.5m people"), a glued "G" is billions only from 10 up
//! ("5G" is a network), and a minus sign needs a gap before it ("75 -300"
//! is two numbers).

mod elements;

use super::lexicon;
use super::tokens::{Kind, Token};
use elements::{El, el, ends_here, word_el};

/// What a phrase denotes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Form {
    Cardinal,
    Ordinal,
}

/// A number phrase over tokens `start..end`.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub form: Form,
    /// Written (at least partly) in words.
    pub words: bool,
    /// The only token is a plain digit numeral ("2018", not "2,018").
    pub plain: bool,
    /// Carries a scale word or suffix ("million", "bn", "k").
    pub scaled: bool,
    /// The largest scale applied (1 when none).
    pub scale: f64,
    /// Is a fraction (or a mixed number).
    pub fraction: bool,
    /// Is a plain fraction ("thirty-two fifths"), not a mixed number.
    pub pure: bool,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    Start,
    A,
    Digit,
    Unit,
    Ten,
    Hundred,
    Scale,
}

/// Parser state: the value so far and where it ends.
#[derive(Clone, Copy, Debug)]
struct State {
    total: f64,
    cur: f64,
    /// The value added since the last hundred or scale ("two" in "three
    /// hundred and two dozens").
    seg: f64,
    last: Last,
    /// The largest scale applied so far.
    big: f64,
    end: usize,
    words: bool,
    scaled: bool,
    fraction: bool,
    /// The phrase so far is the lone word "one" or "a".
    lone_one: bool,
    /// The phrase is a plain fraction ("thirty-two fifths"), not a mixed
    /// number.
    pure: bool,
}

impl State {
    fn value(&self) -> f64 {
        self.total + self.cur
    }
}

/// The words and signs a number phrase may start with besides a numeral
/// ("twenty", "a", "half", "minus", "-"): [`parse`] reads none elsewhere.
pub fn opening_words() -> impl Iterator<Item = &'static str> {
    elements::words()
        .filter(|(_, e)| {
            !matches!(
                e,
                El::Other | El::And | El::Hundred | El::Scale(_) | El::Dozen
            )
        })
        .map(|(w, _)| w)
        .chain(["minus", "negative", "-", "−"])
}

/// The words of the number grammar that carry a number ("two", "third",
/// "million", "dozen"): all but "a", "an" and "and", which lead one only
/// before another number word ("a dozen"). Every phrase [`parse`] reads
/// holds a numeral or one of these.
pub fn value_words() -> impl Iterator<Item = &'static str> {
    elements::words()
        .filter(|(_, e)| !matches!(e, El::A | El::And | El::Other))
        .map(|(w, _)| w)
}

/// The longest number phrase starting at token `start`, if any.
pub fn parse(toks: &[Token], start: usize) -> Option<Phrase> {
    let (sign, first) = sign(toks, start)?;
    let mut p = phrase(toks, first)?;
    ratio(toks, &mut p);
    if sign < 0.0 {
        p.start = start;
        p.value = -p.value;
    }
    Some(p)
}

/// Ratios written with words between two numbers: "one over three", "1 in
/// twenty-one", "two out of five hundred", and "one one hundred fifth"
/// (one over a hundred and fifth). The second number must end the phrase
/// ("1 in 5 years" is two figures).
fn ratio(toks: &[Token], p: &mut Phrase) {
    if p.form != Form::Cardinal || p.fraction {
        return;
    }
    let lone_one = p.value == 1.0 && p.end == p.start + 1 && toks[p.start].kind == Kind::Word;
    let (skip, rule): (usize, fn(f64, f64) -> bool) = match toks.get(p.end) {
        Some(t) if t.is_word("over") => (1, |_, _| true),
        Some(t) if t.is_word("in") => (1, |a, _| a == 1.0),
        Some(t) if t.is_word("out") && toks.get(p.end + 1).is_some_and(|o| o.is_word("of")) => {
            (2, |a, b| a < b)
        }
        Some(_) if lone_one => (0, |_, _| true),
        _ => return,
    };
    let Some(den) = phrase(toks, p.end + skip) else {
        return;
    };
    if skip == 0 && den.form != Form::Ordinal {
        return;
    }
    // "one over three" must end there ("$2000 over 3 years" is no ratio);
    // "1 in 4 people" is a proportion unless time follows ("1 in 5 years").
    let is_in = toks.get(p.end).is_some_and(|t| t.is_word("in"));
    let timed = toks
        .get(den.end)
        .is_some_and(|t| lexicon::lookup(lexicon::DURATIONS, &t.lower).is_some());
    let must_end = skip == 1 && !is_in || is_in && timed;
    if skip > 0 && (den.form != Form::Cardinal || must_end && !ends_here(toks, den.end)) {
        return;
    }
    if den.value == 0.0 || !rule(p.value, den.value) {
        return;
    }
    p.value /= den.value;
    p.end = den.end;
    p.fraction = true;
    p.words = true;
    p.plain = false;
}

/// "-3", "minus five", "negative one": the sign and where the number starts.
fn sign(toks: &[Token], k: usize) -> Option<(f64, usize)> {
    let t = toks.get(k)?;
    let next = toks.get(k + 1);
    if t.is_word("minus") || t.is_word("negative") {
        if next.is_some_and(|_n| !matches!(el(toks, k + 1).0, El::Other | El::And)) {
            return Some((-1.0, k + 1));
        }
        return None;
    }
    if t.is_sym('-') || t.is_sym('−') {
        let prev_is_number = k > 0 && matches!(toks[k - 1].kind, Kind::Num(_));
        let prev_is_word = k > 0 && toks[k - 1].kind == Kind::Word && !t.gap;
        let attached = next.is_some_and(|n| !n.gap && matches!(n.kind, Kind::Num(_)));
        if attached && !prev_is_number && !prev_is_word {
            return Some((-1.0, k + 1));
        }
        return None;
    }
    Some((1.0, k))
}

fn phrase(toks: &[Token], start: usize) -> Option<Phrase> {
    let mut s = State {
        total: 0.0,
        cur: 0.0,
        seg: 0.0,
        last: Last::Start,
        big: 0.0,
        end: start,
        words: false,
        scaled: false,
        fraction: false,
        lone_one: false,
        pure: false,
    };
    let mut k = start;
    loop {
        let (mut e, mut n) = el(toks, k);
        if n == 0 {
            break;
        }
        // "twenty fifths" alone is twenty over five, not a lone ordinal.
        if s.last == Last::Start && n > 1 && matches!(e, El::Ord(_, true, ..)) {
            (e, n) = (word_el(&toks[k].lower), 1);
        }
        let is_word = toks[k].kind == Kind::Word;
        // A hyphen may join tens and units ("fifty - two") only.
        match (s.last, e) {
            (Last::Start, El::A) => {
                // "a half", and "a-half" in "two-and-a-half".
                let (next, _) = el(toks, k + 1 + usize::from(glued_hyphen(toks, k + 1)));
                let leads = matches!(next, El::Hundred | El::Scale(_) | El::Dozen | El::Ord(..));
                if !leads {
                    break;
                }
                s.cur = 1.0;
                s.seg = 1.0;
                s.last = Last::A;
                s.lone_one = true;
            }
            (Last::Start, El::Scaled(v, scale)) => {
                s.total = v * scale;
                s.big = scale;
                s.scaled = true;
                s.last = Last::Scale;
                s.end = k + n;
                break;
            }
            (Last::Start, El::Digit(v, f)) => {
                s.cur = v;
                s.seg = v;
                s.last = Last::Digit;
                s.fraction = f;
            }
            (Last::Start, El::Unit(v)) => {
                s.cur = v;
                s.seg = v;
                s.last = Last::Unit;
                s.lone_one = v == 1.0;
            }
            (Last::Start | Last::Hundred | Last::Scale, El::Ten(v)) => {
                s.cur += v;
                s.seg = v;
                s.last = Last::Ten;
                s.lone_one = false;
            }
            (Last::Hundred | Last::Scale, El::Unit(v)) => {
                s.cur += v;
                s.seg = v;
                s.last = Last::Unit;
            }
            (Last::Hundred | Last::Scale, El::Digit(v, false))
                if v < 100.0 || s.last == Last::Scale && v < s.big =>
            {
                if toks[k].gap || !is_word {
                    s.cur += v;
                    s.seg = v;
                    s.last = Last::Digit;
                } else {
                    break;
                }
            }
            (Last::Ten, El::Unit(v)) if v < 10.0 && v > 0.0 => {
                s.cur += v;
                s.seg += v;
                s.last = Last::Unit;
            }
            (Last::A | Last::Unit | Last::Ten | Last::Digit, El::Hundred)
                if s.cur % 100.0 != 0.0 || s.last == Last::A || s.cur > 0.0 && s.cur < 100.0 =>
            {
                if s.cur >= 100.0 {
                    break;
                }
                s.cur *= 100.0;
                s.seg = 0.0;
                s.last = Last::Hundred;
                s.lone_one = false;
            }
            (Last::A | Last::Unit | Last::Ten | Last::Digit | Last::Hundred, El::Scale(v))
                if s.big == 0.0 || v < s.big =>
            {
                s.total += s.cur * v;
                s.cur = 0.0;
                s.seg = 0.0;
                s.big = v;
                s.last = Last::Scale;
                s.scaled = true;
                s.lone_one = false;
            }
            (Last::A | Last::Unit | Last::Ten | Last::Digit, El::Dozen) => {
                s.cur = s.cur - s.seg + s.seg * 12.0;
                s.seg = 0.0;
                s.last = Last::Hundred;
                s.lone_one = false;
                s.words |= is_word;
                s.end = k + n;
                // A dozen ends the phrase except for a following scale.
                k += n;
                continue;
            }
            (Last::Start, El::Ord(v, plural, frac_only, _)) if frac_only && !plural => {
                // "half million", "quarter million", "half a dozen".
                let (next, m) = el(toks, k + 1);
                let (after, _) = el(toks, k + 2);
                let f = 1.0 / v;
                if matches!(next, El::Scale(_)) {
                    s.cur = f;
                    s.last = Last::Digit;
                    s.fraction = true;
                } else if next == El::A && after == El::Dozen {
                    s.cur = f * 12.0;
                    s.end = k + n + m + 1;
                    s.words = true;
                    s.last = Last::Hundred;
                    k = s.end;
                    continue;
                } else if let Some(end) = dozen_after(toks, k + n) {
                    // "half-dozen", "half dozen".
                    s.cur = f * 12.0;
                    s.end = end;
                    s.words = true;
                    s.last = Last::Hundred;
                    k = s.end;
                    continue;
                } else if let (El::A, El::Scale(v)) = (next, after) {
                    // "half a million".
                    s.total = f * v;
                    s.big = v;
                    s.scaled = true;
                    s.fraction = true;
                    s.words = true;
                    s.end = k + n + m + 1;
                    break;
                } else {
                    break;
                }
            }
            (Last::Start, El::Ord(v, false, false, _)) => {
                // A lone ordinal: "first", "trillionth", "twenty-fifth", "29th".
                return Some(done(
                    toks,
                    start,
                    k + n,
                    v,
                    Form::Ordinal,
                    is_word || n > 1,
                    false,
                ));
            }
            (Last::Start, El::Ord(..)) => break,
            (_, El::Ord(v, plural, frac_only, denominator)) => {
                let lone = s.lone_one && matches!(s.last, Last::A | Last::Unit);
                if plural && denominator {
                    // "three fifths"; "one hundred thirty fifths" is 100/35
                    // because "thirty fifths" reads as one ordinal.
                    s.cur = s.value() / v;
                    s.total = 0.0;
                    s.fraction = true;
                    s.pure = true;
                } else if lone
                    && denominator
                    && (frac_only
                        || ends_here(toks, k + n)
                        || !toks.get(k + n).is_some_and(|t| t.kind == Kind::Word)
                        || matches!(el(toks, k + n).0, El::Scale(_)))
                {
                    if let Some(end) = dozen_after(toks, k + n).filter(|_| frac_only) {
                        // "a half-dozen", "a quarter dozen".
                        s.cur = 12.0 / v;
                        s.end = end;
                        s.words = true;
                        break;
                    }
                    s.cur = 1.0 / v;
                    s.fraction = true;
                } else if !plural && !lone && !s.fraction && s.last != Last::Digit {
                    // "one hundred twenty-fifth", "two hundredth".
                    let v = if v >= 100.0 {
                        s.value() * v
                    } else {
                        s.value() + v
                    };
                    return Some(done(toks, start, k + n, v, Form::Ordinal, true, false));
                } else {
                    break;
                }
                s.end = k + n;
                s.words = true;
                s.last = Last::Digit;
                // "two thirds of a million", "a quarter million".
                of_a_scale(toks, k + n, &mut s);
                break;
            }
            (Last::Digit, El::Digit(v, true)) if toks[k].gap && s.cur.fract() == 0.0 && v < 1.0 => {
                // "10 1/2".
                s.cur += v;
                s.last = Last::Digit;
                s.fraction = true;
            }
            (Last::Hundred | Last::Scale, El::And) if matches!(el(toks, k + 1), (El::Ord(v, false, false, _), _) if v < 100.0) =>
            {
                // "one hundred and fifth".
                let (El::Ord(v, ..), m) = el(toks, k + 1) else {
                    break;
                };
                let value = s.value() + v;
                return Some(done(
                    toks,
                    start,
                    k + 1 + m,
                    value,
                    Form::Ordinal,
                    true,
                    false,
                ));
            }
            (Last::Unit | Last::Ten | Last::Hundred | Last::Scale | Last::Digit, El::And) => {
                match and_part(toks, k + 1, &s) {
                    Some(next) => {
                        s = next;
                        k = s.end;
                        if let Last::Scale = s.last {
                            continue;
                        }
                        // "five and a half million".
                        if let (El::Scale(v), m) = el(toks, k)
                            && s.big == 0.0
                        {
                            s.total = s.value() * v;
                            s.cur = 0.0;
                            s.big = v;
                            s.scaled = true;
                            s.end = k + m;
                        }
                        break;
                    }
                    None => break,
                }
            }
            _ => break,
        }
        s.words |= is_word;
        k += n;
        s.end = k;
        // Skip a joining hyphen between tens and units ("fifty - two") and
        // before a denominator ("five - eighths").
        if toks.get(k).is_some_and(|t| t.is_sym('-')) {
            match el(toks, k + 1).0 {
                El::Unit(v) if s.last == Last::Ten && v > 0.0 && v < 10.0 => k += 1,
                // "two-dozen", "five-hundred".
                El::Dozen | El::Hundred if matches!(s.last, Last::Unit | Last::Ten) => k += 1,
                El::Ord(_, _, _, true)
                    if matches!(s.last, Last::A | Last::Unit | Last::Ten | Last::Hundred) =>
                {
                    k += 1
                }
                // "two-and-a-half".
                El::And
                    if matches!(s.last, Last::Unit | Last::Ten) && glued_hyphen(toks, k + 2) =>
                {
                    k += 1
                }
                _ => {}
            }
        }
    }
    if s.end == start || s.last == Last::A {
        return None;
    }
    let mut p = done(
        toks,
        start,
        s.end,
        s.value(),
        Form::Cardinal,
        s.words,
        s.scaled,
    );
    p.fraction = s.fraction;
    p.pure = s.pure;
    p.scale = if s.big > 0.0 { s.big } else { 1.0 };
    p.plain = s.end == start + 1 && toks[start].num().is_some_and(|n| n.plain);
    // "point zero three".
    if s.words
        && toks.get(s.end).is_some_and(|t| t.is_word("point"))
        && let Some((frac, end)) = spoken_decimals(toks, s.end + 1)
    {
        p.value += frac;
        p.end = end;
        // "sixty-seven point three thousand".
        if let (El::Scale(v), n) = el(toks, end)
            && !p.scaled
        {
            p.value *= v;
            p.end = end + n;
            p.scaled = true;
            p.scale = v;
        }
    }
    Some(p)
}

fn done(
    toks: &[Token],
    start: usize,
    end: usize,
    value: f64,
    form: Form,
    words: bool,
    scaled: bool,
) -> Phrase {
    let plain = end == start + 1 && toks[start].num().is_some_and(|n| n.plain);
    Phrase {
        start,
        end,
        value,
        form,
        words,
        plain,
        scaled,
        scale: 1.0,
        fraction: false,
        pure: false,
    }
}

/// After a fraction: "of a million" or a bare scale multiplies it.
fn of_a_scale(toks: &[Token], k: usize, s: &mut State) -> Option<usize> {
    let (e, n) = el(toks, k);
    let (scale, end) = match e {
        El::Scale(v) => (v, k + n),
        El::Other if toks.get(k).is_some_and(|t| t.is_word("of")) && el(toks, k + 1).0 == El::A => {
            match el(toks, k + 2) {
                (El::Scale(v), m) => (v, k + 2 + m),
                _ => return None,
            }
        }
        _ => return None,
    };
    s.cur *= scale;
    s.scaled = true;
    s.big = scale;
    s.end = end;
    Some(end)
}

/// How many tokens a fraction after "and" may span ("and three
/// twenty-fifths" is five).
const AND_WINDOW: usize = 8;

/// Whether token `k` is a hyphen with no space before it.
fn glued_hyphen(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is_sym('-') && !t.gap)
}

/// The end of "dozen" or "-dozen" at `k`, after "half" or "quarter".
fn dozen_after(toks: &[Token], k: usize) -> Option<usize> {
    let k = k + usize::from(glued_hyphen(toks, k));
    (el(toks, k).0 == El::Dozen).then_some(k + 1)
}

/// What follows "and": more of the same number ("hundred and five") or a
/// fraction added to it ("and a half", "and three quarters").
fn and_part(toks: &[Token], k: usize, s: &State) -> Option<State> {
    let k = k + usize::from(glued_hyphen(toks, k));
    let (e, _) = el(toks, k);
    match e {
        El::A | El::Unit(_) | El::Ten(_) | El::Digit(..) => {}
        _ => return None,
    }
    // A fraction: parse the rest as its own phrase and see.
    // The fraction after "and" is short; bounding the slice bounds the
    // recursion on pathological chains ("one and one and one ...").
    let window = &toks[..toks.len().min(k + AND_WINDOW)];
    if let Some(sub) = phrase(window, k)
        && sub.fraction
        && sub.words
    {
        let mut out = *s;
        let whole = s.value();
        let (num, den) = (sub.value, 1.0);
        if sub.scaled && s.big < sub.scale {
            // "five and a half million": the scale covers the whole.
            out.total = whole * sub.scale + num / den;
            out.big = sub.scale;
            out.scaled = true;
        } else if sub.value < 1.0 || sub.scaled || !sub.pure {
            let unit = if sub.scaled {
                1.0
            } else if s.big >= 1e6 {
                s.big
            } else {
                1.0
            };
            out.total = whole + num * unit / den;
        } else {
            // "one hundred and thirty-two fifths": the whole joins the
            // numerator.
            let d = denominator_of(toks, sub.start, sub.end).unwrap_or(1.0);
            out.total = (whole + sub.value * d) / d;
        }
        out.cur = 0.0;
        out.end = sub.end;
        out.fraction = true;
        out.pure = false;
        out.words = true;
        out.last = Last::Digit;
        return Some(out);
    }
    // More of the same number, only after a hundred, a scale or tens.
    if !matches!(s.last, Last::Hundred | Last::Scale | Last::Ten) {
        return None;
    }
    let mut out = *s;
    let (e, n) = el(toks, k);
    let ok = match e {
        El::Unit(v) if s.last != Last::Ten || v < 10.0 => {
            out.cur += v;
            out.seg = v;
            out.last = Last::Unit;
            true
        }
        El::Ten(v) if s.last != Last::Ten => {
            out.cur += v;
            out.seg = v;
            out.last = Last::Ten;
            true
        }
        El::Digit(v, false) if s.last != Last::Ten && (v < 100.0 || v < s.big) => {
            out.cur += v;
            out.seg = v;
            out.last = Last::Digit;
            true
        }
        _ => false,
    };
    if !ok {
        return None;
    }
    // Continue the phrase from here, as the main loop would.
    out.end = k + n;
    out.words = true;
    let rest = continue_from(toks, out)?;
    Some(rest)
}

/// Runs the remaining grammar after an "and" continuation: tens may take a
/// unit, and a hundred or smaller scale may follow ("and two thousand").
fn continue_from(toks: &[Token], mut s: State) -> Option<State> {
    let mut k = s.end;
    if s.last == Last::Ten {
        let mut j = k;
        if toks.get(j).is_some_and(|t| t.is_sym('-')) {
            j += 1;
        }
        if let (El::Unit(v), n) = el(toks, j)
            && v > 0.0
            && v < 10.0
        {
            s.cur += v;
            s.seg += v;
            k = j + n;
            s.last = Last::Unit;
        }
    }
    match el(toks, k) {
        (El::Dozen, n) => {
            s.cur = s.cur - s.seg + s.seg * 12.0;
            k += n;
        }
        (El::Hundred, n) if s.cur < 100.0 => {
            s.cur *= 100.0;
            s.last = Last::Hundred;
            k += n;
        }
        (El::Scale(v), n) if s.big == 0.0 || v < s.big => {
            s.total = (s.total + s.cur) * v;
            s.cur = 0.0;
            s.big = v;
            s.scaled = true;
            s.last = Last::Scale;
            k += n;
        }
        (El::Hundred, _) => return None,
        _ => {}
    }
    s.end = k;
    Some(s)
}

/// The denominator of a fraction phrase: its last ordinal.
fn denominator_of(toks: &[Token], start: usize, end: usize) -> Option<f64> {
    let mut k = start;
    let mut last = None;
    while k < end {
        let (e, n) = el(toks, k);
        if let El::Ord(v, ..) = e {
            last = Some(v);
        }
        k += n.max(1);
    }
    last
}

/// "zero three" after "point": 0.03.
fn spoken_decimals(toks: &[Token], k: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    let mut j = k;
    while let Some(t) = toks.get(j) {
        match el(toks, j).0 {
            El::Unit(v) if t.kind == Kind::Word => digits.push_str(&format!("{v}")),
            _ => break,
        }
        j += 1;
    }
    if digits.is_empty() {
        return None;
    }
    let v: f64 = format!("0.{digits}").parse().ok()?;
    Some((v, j))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn first(s: &str) -> Option<(String, f64, Form)> {
        let toks = tokenize(s);
        (0..toks.len()).find_map(|k| {
            parse(&toks, k).map(|p| {
                let text = s[toks[p.start].start..toks[p.end - 1].end].to_string();
                (text, p.value, p.form)
            })
        })
    }

    fn value(s: &str) -> f64 {
        first(s).map_or(f64::NAN, |x| x.1)
    }

    #[test]
    fn word_numbers_compose() {
        assert_eq!(value("twenty-one"), 21.0);
        assert_eq!(value("one hundred and five"), 105.0);
        assert_eq!(value("Three hundred  and  thirty one"), 331.0);
        assert_eq!(value("two hundred and two thousand"), 202000.0);
        assert_eq!(value("4 thousand 3 hundred and 21"), 4321.0);
        assert_eq!(value("67.3 thousand"), 67300.0);
        assert_eq!(value("half a dozen eggs"), 6.0);
        assert_eq!(value("a half-dozen advisers"), 6.0);
        assert_eq!(value("half dozen eggs"), 6.0);
        assert_eq!(value("two-and-a-half months"), 2.5);
        assert_eq!(value("fifty - two"), 52.0);
    }

    #[test]
    fn phrases_end_where_the_grammar_does() {
        assert_eq!(first("4000 3 hundred").map(|x| x.1), Some(4000.0));
        assert_eq!(
            first("3 hundred and 2 hundred").map(|x| x.0),
            Some("3 hundred".into())
        );
        assert_eq!(first("three-nought-four").map(|x| x.1), Some(3.0));
        assert_eq!(first("between 20 and 30").map(|x| x.1), Some(20.0));
    }

    #[test]
    fn fractions_and_mixed_numbers() {
        assert_eq!(value("two thirds"), 2.0 / 3.0);
        assert_eq!(value("one and a half"), 1.5);
        assert_eq!(value("five and a half million"), 5.5e6);
        assert_eq!(value("3 million and a half"), 3.5e6);
        assert_eq!(value("a quarter million"), 250000.0);
        assert_eq!(value("half a million"), 500000.0);
        assert_eq!(value("one twenty-fifth"), 0.04);
        assert_eq!(value("10 1/2 miles"), 10.5);
    }

    #[test]
    fn ordinals_are_told_from_fractions() {
        assert_eq!(
            first("the 29th"),
            Some(("29th".into(), 29.0, Form::Ordinal))
        );
        assert_eq!(first("twenty-first").map(|x| x.2), Some(Form::Ordinal));
        assert_eq!(first("one hundred twenty-fifth").map(|x| x.1), Some(125.0));
        assert_eq!(
            first("the one hundred and fifth year").map(|x| (x.1, x.2)),
            Some((105.0, Form::Ordinal))
        );
        assert_eq!(first("a third time").map(|x| x.2), Some(Form::Ordinal));
        assert_eq!(first("a third").map(|x| x.2), Some(Form::Cardinal));
    }

    #[test]
    fn signs_and_spoken_decimals() {
        assert_eq!(value("minus 5"), -5.0);
        assert_eq!(value(" -1"), -1.0);
        assert_eq!(value("two hundred point zero three"), 200.03);
        assert_eq!(first("75 -300").map(|x| x.1), Some(75.0));
    }
}
