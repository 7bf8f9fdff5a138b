//! Dates, months and decades: "November 22", "Friday, July 21, 2017", "in
//! July", "December last year", "last month", "the early 1990s", "'90s",
//! "2017-07-21".
//!
//! Relative dates resolve against the reference date leaning to the past, as
//! news does: a month without a year is the most recent such month not after
//! the reference date; "last year" is the year before it. Without a reference
//! date they keep `date: None` and `unresolved: true`; an absolute date
//! resolves anyway. Bare years ("in 2018") are read by the unit classifier,
//! which sees what follows a number.

use super::Found;
use super::lexicon::{self, MONTHS, WEEKDAYS, WordMap};
use super::tokens::{Kind, Token};
use crate::model::{Date, Figure, FigureKind, Span};
use std::sync::LazyLock;

/// A date as far as the text gives it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Parts {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    /// Years relative to the reference date ("last year" is -1).
    year_offset: Option<i32>,
    /// Months relative to the reference date ("last month" is -1).
    month_offset: Option<i32>,
    /// "last December": strictly before the reference month.
    strictly_before: bool,
}

/// Every date in `toks` not yet used; marks the tokens it takes.
pub fn find(toks: &[Token], used: &mut [bool], reference: Option<Date>) -> Vec<Found> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        if used[k] || !may_open(&toks[k]) {
            k += 1;
            continue;
        }
        let hit = decade(toks, k)
            .or_else(|| numeric(toks, k))
            .or_else(|| month_date(toks, k))
            .or_else(|| relative(toks, k));
        match hit {
            Some((end, kind, parts)) => {
                let span = Span::new(toks[k].start, toks[end - 1].end);
                let fig = match kind {
                    FigureKind::Decade => Figure::new(kind, span, parts.year.map(f64::from)),
                    _ => resolve(span, parts, reference),
                };
                used[k..end].iter_mut().for_each(|u| *u = true);
                out.push(Found {
                    start: k,
                    end,
                    fig,
                    scale: 1.0,
                });
                k = end;
            }
            None => k += 1,
        }
    }
    out
}

/// [`MONTHS`], looked up at every word.
static MONTH_NUMBERS: LazyLock<WordMap<u32>> = LazyLock::new(|| lexicon::word_map(MONTHS));

/// The words a date may open with: a weekday, a month, or a word of
/// [`offset_word`] ("last December", "this year").
static OPENING_WORDS: LazyLock<WordMap<()>> = LazyLock::new(|| {
    let months = MONTHS.iter().map(|(w, _)| *w);
    let offsets = OFFSETS.iter().map(|(w, _)| *w);
    WEEKDAYS
        .iter()
        .copied()
        .chain(months)
        .chain(offsets)
        .map(|w| (w.to_string(), ()))
        .collect()
});

/// Whether a date may start at `t`: most tokens are words that open none,
/// told so by one lookup before every reader is tried.
fn may_open(t: &Token) -> bool {
    t.kind != Kind::Word || OPENING_WORDS.contains_key(&t.lower)
}

fn month_of(t: &Token) -> Option<u32> {
    if t.kind != Kind::Word {
        return None;
    }
    MONTH_NUMBERS.get(t.lower.as_ref()).copied()
}

fn day(t: &Token) -> Option<u32> {
    let n = t.num()?;
    (n.plain && (1.0..=31.0).contains(&n.value)).then_some(n.value as u32)
}

fn year(t: &Token) -> Option<i32> {
    let n = t.num()?;
    (n.plain && n.int_digits == 4 && (1000.0..=2100.0).contains(&n.value)).then_some(n.value as i32)
}

/// The token after an optional "th"/"st" suffix of a day ("July 21st").
fn after_day(toks: &[Token], k: usize) -> usize {
    match toks.get(k + 1) {
        Some(t) if !t.gap && matches!(t.lower.as_ref(), "st" | "nd" | "rd" | "th") => k + 2,
        _ => k + 1,
    }
}

/// "Friday, July 21, 2017", "July 21", "21 July 2017", "July 2017", "in
/// July", "December last year", "last December".
fn month_date(toks: &[Token], k: usize) -> Option<(usize, FigureKind, Parts)> {
    let t = &toks[k];
    let mut start_month = k;
    let mut p = Parts::default();
    // An optional weekday and comma before the month.
    if t.kind == Kind::Word && WEEKDAYS.contains(&t.lower.as_ref()) {
        let mut j = k + 1;
        if toks.get(j).is_some_and(|c| c.is_sym(',')) {
            j += 1;
        }
        toks.get(j).and_then(month_of)?;
        start_month = j;
    }
    // "21 July": a day before the month.
    if let Some(d) = day(t) {
        let m = after_day(toks, k);
        let month = toks.get(m).and_then(month_of)?;
        if !is_title(toks, m) {
            return None;
        }
        p.day = Some(d);
        p.month = Some(month);
        let mut end = m + 1;
        if let Some(y) = toks.get(end).and_then(year) {
            p.year = Some(y);
            end += 1;
        }
        return Some((end, FigureKind::Date, p));
    }
    // "last December".
    let mut relative_before = false;
    if t.is_word("last") && toks.get(k + 1).and_then(month_of).is_some() && is_title(toks, k + 1) {
        relative_before = true;
        start_month = k + 1;
    }
    let m = start_month;
    let month = toks.get(m).and_then(month_of)?;
    let abbreviated =
        toks[m].lower.len() <= 4 && !matches!(toks[m].lower.as_ref(), "may" | "june" | "july");
    let mut end = m + 1;
    if abbreviated && toks.get(end).is_some_and(|d| d.is_sym('.') && !d.gap) {
        end += 1;
    }
    p.month = Some(month);
    p.strictly_before = relative_before;
    let mut anchored = relative_before;
    if let Some(d) = toks.get(end).and_then(day) {
        let after = after_day(toks, end);
        // "July 21" but not "July 2017" nor "May 5,000".
        let next_is_number = toks.get(after).is_some_and(|n| n.num().is_some() && !n.gap);
        if !next_is_number {
            p.day = Some(d);
            end = after;
            anchored = true;
            if toks.get(end).is_some_and(|c| c.is_sym(','))
                && let Some(y) = toks.get(end + 1).and_then(year)
            {
                p.year = Some(y);
                end += 2;
            }
        }
    }
    if p.day.is_none()
        && let Some(y) = toks.get(end).and_then(year)
    {
        p.year = Some(y);
        end += 1;
        anchored = true;
    }
    // "December last year", "July this year".
    if p.year.is_none()
        && let Some(off) = year_word(toks, end)
    {
        p.year_offset = Some(off);
        end += 2;
        anchored = true;
    }
    if !is_title(toks, m) {
        // Lower-case month names only with a day beside them.
        p.day?;
    }
    if !anchored {
        // A bare month: a full, capitalised name that is not also a common
        // word at the start of a clause ("May", "March"), or that follows a
        // preposition of time.
        let prev = m.checked_sub(1).map(|i| toks[i].lower.as_ref());
        let timed = prev.is_some_and(|w| {
            matches!(
                w,
                "in" | "since"
                    | "by"
                    | "until"
                    | "from"
                    | "of"
                    | "early"
                    | "late"
                    | "mid"
                    | "through"
                    | "before"
                    | "after"
                    | "during"
            )
        });
        let ambiguous = matches!(toks[m].lower.as_ref(), "may" | "march") || abbreviated;
        if ambiguous && !timed {
            return None;
        }
    }
    Some((end, FigureKind::Date, p))
}

/// Whether the token is written with a capital (months are proper nouns).
fn is_title(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.capital)
}

/// "last year", "this year", "next year" at `k`: the offset.
fn year_word(toks: &[Token], k: usize) -> Option<i32> {
    let off = offset_word(toks.get(k)?)?;
    toks.get(k + 1)?.is_word("year").then_some(off)
}

fn offset_word(t: &Token) -> Option<i32> {
    OFFSETS
        .iter()
        .find(|(w, _)| *w == t.lower.as_ref())
        .map(|&(_, off)| off)
}

/// The words that place a date relative to now, with how many periods
/// away ("last year" is -1).
const OFFSETS: [(&str, i32); 4] = [("last", -1), ("past", -1), ("this", 0), ("next", 1)];

/// "last year", "this month", "next year".
fn relative(toks: &[Token], k: usize) -> Option<(usize, FigureKind, Parts)> {
    let off = offset_word(&toks[k])?;
    if toks[k].lower == "past" {
        return None;
    }
    let unit = toks.get(k + 1)?;
    let mut p = Parts::default();
    match unit.lower.as_ref() {
        "year" => p.year_offset = Some(off),
        "month" => p.month_offset = Some(off),
        _ => return None,
    }
    if unit.kind != Kind::Word {
        return None;
    }
    Some((k + 2, FigureKind::Date, p))
}

/// Numeric dates: "2017-07-21", "2017-07", "21/07/2017", "7/21/2017",
/// "02-02-2020". Day-first or month-first is read from the numbers where
/// one exceeds 12, else month-first, as in US wire copy.
fn numeric(toks: &[Token], k: usize) -> Option<(usize, FigureKind, Parts)> {
    let sep = |i: usize| {
        toks.get(i)
            .filter(|t| !t.gap && matches!(t.kind, Kind::Sym('-' | '/' | '.')))
            .map(|t| t.kind.clone())
    };
    let small = |i: usize, width: std::ops::RangeInclusive<usize>| {
        toks.get(i)
            .filter(|t| !t.gap && width.contains(&(t.end - t.start)))
            .and_then(|t| t.num())
            .filter(|n| n.plain)
            .map(|n| n.value as u32)
    };
    let glued_after = |i: usize| {
        toks.get(i).is_some_and(|t| {
            !t.gap
                && (matches!(t.kind, Kind::Num(_) | Kind::Word)
                    || sep(i).is_some()
                        && toks.get(i + 1).is_some_and(|n| !n.gap && n.num().is_some()))
        })
    };
    let mut p = Parts::default();
    let end;
    if let Some(y) = year(&toks[k]) {
        // "2017-07-21", "2017-07".
        if sep(k + 1) != Some(Kind::Sym('-')) {
            return None;
        }
        let m = small(k + 2, 2..=2).filter(|m| (1..=12).contains(m))?;
        p.year = Some(y);
        p.month = Some(m);
        if sep(k + 3) == Some(Kind::Sym('-')) {
            let d = small(k + 4, 2..=2)?;
            Date::parse(&format!("{y:04}-{m:02}-{d:02}"))?;
            p.day = Some(d);
            end = k + 5;
        } else {
            end = k + 3;
        }
    } else {
        // "21/07/2017": two small numbers and a year, one separator kind.
        let first = toks[k].num().filter(|n| n.plain && n.int_digits <= 2)?;
        let (a, b) = (first.value as u32, small(k + 2, 1..=2)?);
        let s1 = sep(k + 1)?;
        if sep(k + 3)? != s1 {
            return None;
        }
        let y = toks.get(k + 4).filter(|t| !t.gap).and_then(year)?;
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        Date::parse(&format!("{y:04}-{m:02}-{d:02}"))?;
        p.year = Some(y);
        p.month = Some(m);
        p.day = Some(d);
        end = k + 5;
    }
    if glued_after(end) || k > 0 && !toks[k].gap && sep(k).is_none() && toks[k - 1].num().is_some()
    {
        return None;
    }
    Some((end, FigureKind::Date, p))
}

/// "1990s", "'90s".
fn decade(toks: &[Token], k: usize) -> Option<(usize, FigureKind, Parts)> {
    let (num_at, short) = match &toks[k].kind {
        Kind::Sym('\'' | '’') => (k + 1, true),
        Kind::Num(_) => (k, false),
        _ => return None,
    };
    let n = toks.get(num_at)?.num()?;
    let suffix = toks.get(num_at + 1)?;
    if suffix.gap || suffix.lower != "s" || !n.plain || n.value % 10.0 != 0.0 {
        return None;
    }
    if toks
        .get(num_at + 2)
        .is_some_and(|t| !t.gap && t.kind == Kind::Word)
    {
        return None;
    }
    let v = n.value as i32;
    let year = match (short, n.int_digits) {
        (false, 4) => v,
        (true, 2) if v >= 30 => 1900 + v,
        (true, 2) => 2000 + v,
        _ => return None,
    };
    let p = Parts {
        year: Some(year),
        ..Parts::default()
    };
    Some((num_at + 2, FigureKind::Decade, p))
}

/// The figure for a date, resolved against `reference` where it needs one.
fn resolve(span: Span, p: Parts, reference: Option<Date>) -> Figure {
    let mut f = Figure::new(FigureKind::Date, span, None);
    let needs_reference = p.year.is_none();
    if !needs_reference {
        f.date = Some(iso_text(p.year.unwrap_or(0), p.month, p.day));
        return f;
    }
    let Some(r) = reference else {
        f.unresolved = true;
        return f;
    };
    let (year, month) = match (p.year_offset, p.month_offset, p.month) {
        (Some(off), _, m) => (r.year + off, m),
        (None, Some(off), _) => {
            let index = r.year * 12 + r.month as i32 - 1 + off;
            (index.div_euclid(12), Some(index.rem_euclid(12) as u32 + 1))
        }
        (None, None, Some(m)) => {
            let day = p.day.unwrap_or(1);
            let after = if p.strictly_before {
                m >= r.month
            } else {
                (m, day) > (r.month, r.day)
            };
            (if after { r.year - 1 } else { r.year }, Some(m))
        }
        (None, None, None) => {
            f.unresolved = true;
            return f;
        }
    };
    f.date = Some(iso_text(year, month, p.day));
    f
}

fn iso_text(year: i32, month: Option<u32>, day: Option<u32>) -> String {
    match (month, day) {
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        _ => format!("{year:04}"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn dates(s: &str, reference: Option<&str>) -> Vec<(String, Option<String>, bool)> {
        let toks = tokenize(s);
        let mut used = vec![false; toks.len()];
        let r = reference.and_then(Date::parse);
        find(&toks, &mut used, r)
            .into_iter()
            .map(|f| (f.fig.span.of(s).to_string(), f.fig.date, f.fig.unresolved))
            .collect()
    }

    #[test]
    fn absolute_dates_resolve_without_a_reference() {
        let d = dates("Friday, July 21, 2017 and 2017-07-22", None);
        assert_eq!(
            d[0],
            (
                "Friday, July 21, 2017".into(),
                Some("2017-07-21".into()),
                false
            )
        );
        assert_eq!(d[1].1.as_deref(), Some("2017-07-22"));
    }

    #[test]
    fn relative_dates_lean_to_the_past() {
        let r = Some("2023-11-25");
        assert_eq!(
            dates("On November 22, it", r)[0].1.as_deref(),
            Some("2023-11-22")
        );
        assert_eq!(
            dates("in December last year", r)[0].1.as_deref(),
            Some("2022-12")
        );
        assert_eq!(dates("by April", r)[0].1.as_deref(), Some("2023-04"));
        assert_eq!(dates("in December", r)[0].1.as_deref(), Some("2022-12"));
        assert_eq!(dates("last month", r)[0].1.as_deref(), Some("2023-10"));
        assert_eq!(
            dates("the end of last year", r)[0].1.as_deref(),
            Some("2022")
        );
        assert_eq!(
            dates("last year", None)[0],
            ("last year".into(), None, true)
        );
    }

    #[test]
    fn common_words_are_not_months() {
        assert!(dates("It may rain. March on.", None).is_empty());
        assert_eq!(dates("since May", None).len(), 1);
    }

    #[test]
    fn decades() {
        let toks = tokenize("the early 1990s and the '80s");
        let mut used = vec![false; toks.len()];
        let found = find(&toks, &mut used, None);
        let years: Vec<_> = found.iter().map(|f| f.fig.value).collect();
        assert_eq!(years, vec![Some(1990.0), Some(1980.0)]);
        assert_eq!(found[0].fig.kind, FigureKind::Decade);
    }
}
