//! How two matched claims differ: figures, hedging, attribution, negation,
//! detail.
//!
//! Each difference is one line that names both sides, so that a reader of
//! the digest sees what each article says without opening either.

use super::features::Token;
use super::matching::{Side, comparable, negated_against, same_value};
use super::{Difference, DifferenceKind};
use crate::model::{Attribution, Figure, SourceKind, Span};

/// At most this many phrases are listed per side in a detail difference.
const MAX_PHRASES: usize = 3;

/// A phrase only one side has is worth reporting when its words weigh this
/// much together (about two plain content words).
const NOTABLE: f64 = 1.5;

/// Every difference between two matched sides, in kind order.
pub fn between(a: &Side, b: &Side) -> Vec<Difference> {
    let mut out = Vec::new();
    figures(a, b, &mut out);
    hedges(a, b, &mut out);
    attribution(a, b, &mut out);
    negation(a, b, &mut out);
    detail(a, b, &mut out);
    out
}

fn push(out: &mut Vec<Difference>, kind: DifferenceKind, detail: String) {
    out.push(Difference { kind, detail });
}

/// The figure as written, trimmed for one line.
fn written<'t>(side: &Side<'t>, f: &Figure) -> &'t str {
    side.text
        .get(f.span.start..f.span.end)
        .unwrap_or("?")
        .trim()
}

/// A figure as a reader would quote it: its qualifier, the number as
/// written, and a counted unit the span leaves out ("an estimated 2,000
/// containers").
fn described(side: &Side, f: &Figure) -> String {
    let number = written(side, f);
    let mut s = match &f.qualifier {
        Some(q) => format!("{q} {number}"),
        None => number.to_string(),
    };
    // A count's span is its number: quote the counted noun as written after
    // it ("containers"), when the next word is the unit's.
    if let Some(unit) = &f.unit
        && f.kind == crate::model::FigureKind::Count
    {
        let next = side
            .text
            .get(f.span.end..)
            .and_then(|rest| rest.split_whitespace().next())
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| {
                let stem: String = unit.chars().take(4).collect();
                w.to_lowercase().starts_with(&stem)
            });
        if let Some(word) = next {
            s.push(' ');
            s.push_str(word);
        }
    }
    s
}

/// "an estimate", "a lower bound", or "a plain number": how firmly a
/// figure is given.
fn firmness(f: &Figure) -> &'static str {
    use crate::model::FigureKind::{Date, Decade, Year};
    let period = matches!(f.kind, Year | Decade | Date);
    match (&f.qualifier, f.approximate) {
        (_, true) => "an estimate",
        // "the early 1990s", "since 2018": part of a period, not a bound on a number.
        (Some(_), false) if period => "a part of the period",
        (Some(_), false) => "a bound",
        (None, false) if period => "the whole period",
        (None, false) => "a plain number",
    }
}

fn figures(a: &Side, b: &Side, out: &mut Vec<Difference>) {
    let mut used = vec![false; b.figures.len()];
    // Same value on both sides: an estimate against a plain number.
    for x in &a.figures {
        let Some(j) = (0..b.figures.len()).find(|&j| !used[j] && same_value(x, b.figures[j]))
        else {
            continue;
        };
        used[j] = true;
        let y = b.figures[j];
        if x.approximate != y.approximate || x.qualifier != y.qualifier {
            push(
                out,
                DifferenceKind::Figure,
                if firmness(x) == firmness(y) {
                    // Both estimates (or bounds), in other words: "about"
                    // against "nearly".
                    format!(
                        "{}: \"{}\"; {}: \"{}\"",
                        a.label,
                        described(a, x),
                        b.label,
                        described(b, y)
                    )
                } else {
                    format!(
                        "{} gives {} (\"{}\"); {} gives {} (\"{}\")",
                        a.label,
                        firmness(x),
                        described(a, x),
                        b.label,
                        firmness(y),
                        described(b, y)
                    )
                },
            );
        }
    }
    // A value without an equal: compare it with the first comparable figure
    // of the other side that has none either.
    for x in &a.figures {
        if b.figures.iter().any(|y| same_value(x, y)) {
            continue;
        }
        let free = (0..b.figures.len()).find(|&j| {
            !used[j]
                && comparable(x, b.figures[j])
                && !a.figures.iter().any(|z| same_value(z, b.figures[j]))
        });
        if let Some(j) = free {
            used[j] = true;
            push(
                out,
                DifferenceKind::Figure,
                format!(
                    "{}: {}; {}: {}",
                    a.label,
                    described(a, x),
                    b.label,
                    described(b, b.figures[j])
                ),
            );
        }
    }
}

fn hedges(a: &Side, b: &Side, out: &mut Vec<Difference>) {
    let cues = |s: &Side| {
        s.hedges
            .iter()
            .map(|h| format!("\"{h}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let line = |h: &Side, plain: &Side| {
        format!(
            "{} hedges ({}); {} states it plainly",
            h.label,
            cues(h),
            plain.label
        )
    };
    match (a.hedges.is_empty(), b.hedges.is_empty()) {
        (false, true) => push(out, DifferenceKind::Hedge, line(a, b)),
        (true, false) => push(out, DifferenceKind::Hedge, line(b, a)),
        // Both hedge, in other words: "an estimated ... suspected" is not
        // "it is believed ... could", and a reader weighing them wants both.
        (false, false) if !same_cues(a, b) => push(
            out,
            DifferenceKind::Hedge,
            format!(
                "{} hedges with {}; {} with {}",
                a.label,
                cues(a),
                b.label,
                cues(b)
            ),
        ),
        _ => {}
    }
}

/// One side negates what the other asserts: "did not recommend" against
/// "recommended".
fn negation(a: &Side, b: &Side, out: &mut Vec<Difference>) {
    for (x, y) in [(a, b), (b, a)] {
        if let Some((_, span)) = negated_against(x.features, y.features) {
            let span = x.at(*span);
            let words = x.text.get(span.start..span.end).unwrap_or("not");
            push(
                out,
                DifferenceKind::Negation,
                format!("{} negates it (\"{words}\"); {} does not", x.label, y.label),
            );
            return;
        }
    }
}

fn same_cues(a: &Side, b: &Side) -> bool {
    let set = |s: &Side| {
        let mut v: Vec<String> = s.hedges.iter().map(|h| h.to_lowercase()).collect();
        v.sort();
        v.dedup();
        v
    };
    set(a) == set(b)
}

/// Who a side's claim comes from, for one line: "Jeong Eunlee", "experts
/// (anonymous)", "its own voice".
fn voice(side: &Side) -> String {
    match side.attribution {
        None => "in its own voice".to_string(),
        Some(at) => {
            let name = at
                .source
                .clone()
                .or_else(|| {
                    at.mention
                        .and_then(|m| side.text.get(m.start..m.end))
                        .map(str::to_string)
                })
                .unwrap_or_else(|| "an unnamed source".to_string());
            match at.kind {
                SourceKind::Anonymous => format!("citing {name} (anonymous)"),
                _ => format!("citing {name}"),
            }
        }
    }
}

fn same_source(x: Option<&Attribution>, y: Option<&Attribution>) -> bool {
    match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.kind == y.kind && x.source == y.source,
        _ => false,
    }
}

fn attribution(a: &Side, b: &Side, out: &mut Vec<Difference>) {
    if !same_source(a.attribution, b.attribution) {
        push(
            out,
            DifferenceKind::Attribution,
            format!("{} {}; {} {}", a.label, voice(a), b.label, voice(b)),
        );
    }
}

/// Runs of notable words that `side` has and `other` lacks, as written.
fn extra_phrases(side: &Side, other: &Side) -> Vec<String> {
    let lacks = |t: &Token| other.features.stems.binary_search(&t.id).is_err();
    let mut runs: Vec<(usize, usize, f64)> = Vec::new();
    // The previous token's place in the text, while a run may go on.
    let mut prev: Option<Span> = None;
    for t in &side.features.tokens {
        let span = side.at(t.span);
        if !lacks(t) || t.number {
            // A number right after a phrase completes it for the reader
            // ("established in the early 1990s"), without adding weight.
            let adjacent = prev.is_some_and(|p| {
                side.text
                    .get(p.end..span.start)
                    .is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() || c == '-'))
            });
            if t.number
                && adjacent
                && let Some(run) = runs.last_mut()
            {
                run.1 = span.end;
            }
            prev = None;
            continue;
        }
        // A run goes on over stop words but not over punctuation.
        let joined = prev.is_some_and(|p| {
            side.text
                .get(p.end..span.start)
                .is_some_and(|gap| !gap.contains([',', ';', ':', '.', '(', ')', '"', '“', '”']))
        });
        let w = side
            .features
            .stems
            .binary_search(&t.id)
            .ok()
            .and_then(|k| side.weights.get(k))
            .copied()
            .unwrap_or(0.0);
        match runs.last_mut() {
            Some(run) if joined => {
                run.1 = span.end;
                run.2 += w;
            }
            _ => runs.push((name_start(side.text, span.start), span.end, w)),
        }
        prev = Some(span);
    }
    let mut notable: Vec<(usize, usize, f64)> =
        runs.into_iter().filter(|r| r.2 >= NOTABLE).collect();
    // The heaviest phrases, shown in text order.
    notable.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)));
    notable.truncate(MAX_PHRASES);
    notable.sort_by_key(|r| r.0);
    notable
        .into_iter()
        .filter_map(|(s, e, _)| side.text.get(s..e).map(str::to_string))
        .collect()
}

/// Where the name that the capitalised word at `start` ends starts: a
/// phrase opening inside "North Korean" shows the whole name.
fn name_start(text: &str, start: usize) -> usize {
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if !text.get(start..).is_some_and(capitalised) {
        return start;
    }
    let mut at = start;
    while let Some(before) = text.get(..at) {
        let trimmed = before.trim_end_matches(' ');
        if trimmed.len() + 1 != at {
            break;
        }
        let word_start = trimmed
            .rfind(|c: char| !c.is_alphanumeric() && c != '-')
            .map_or(0, |i| {
                i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &trimmed[word_start..];
        // A sentence-initial "The" is no part of the name.
        if word.is_empty() || !capitalised(word) || super::lexicon::is_stop(&word.to_lowercase()) {
            break;
        }
        at = word_start;
    }
    at
}

fn detail(a: &Side, b: &Side, out: &mut Vec<Difference>) {
    for (x, y) in [(a, b), (b, a)] {
        let phrases = extra_phrases(x, y);
        if !phrases.is_empty() {
            push(
                out,
                DifferenceKind::Detail,
                format!(
                    "{} adds: {} (not in {})",
                    x.label,
                    phrases.join(", "),
                    y.label
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FigureKind, QuoteKind, Span};
    use crate::xref::features::{Features, Weighting};

    fn figure(text: &str, written: &str, value: f64, approximate: bool) -> Figure {
        let start = text.find(written).unwrap_or(0);
        let mut f = Figure::new(
            FigureKind::Count,
            Span::new(start, start + written.len()),
            Some(value),
        );
        f.unit = Some("container".into());
        f.approximate = approximate;
        f
    }

    fn side<'a>(label: &'a str, text: &'a str, features: &'a Features) -> Side<'a> {
        // Leaked: a test's few bytes, for a `'a` slice without a holder.
        let weights = Weighting::Prior.stem_weights(features).leak();
        Side {
            label,
            text,
            base: 0,
            features,
            weights,
            figures: Vec::new(),
            entities: &[],
            hedges: &[],
            attribution: None,
        }
    }

    #[test]
    fn figures_that_disagree_or_differ_in_precision() {
        let (ta, tb) = (
            "The port shipped 2,000 containers.",
            "The port shipped 3,000 containers.",
        );
        let (fa, fb) = (Features::of(ta, 0), Features::of(tb, 0));
        let (x, y) = (
            figure(ta, "2,000 containers", 2000.0, false),
            figure(tb, "3,000 containers", 3000.0, false),
        );
        let mut a = side("A", ta, &fa);
        let mut b = side("B", tb, &fb);
        a.figures = vec![&x];
        b.figures = vec![&y];
        let d = between(&a, &b);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].kind, DifferenceKind::Figure);
        assert_eq!(d[0].detail, "A: 2,000 containers; B: 3,000 containers");

        let tc = "The port shipped an estimated 3,000 containers.";
        let fc = Features::of(tc, 0);
        let z = figure(tc, "an estimated 3,000 containers", 3000.0, true);
        let mut c = side("C", tc, &fc);
        c.figures = vec![&z];
        let d = between(&b, &c);
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].detail.contains("an estimated 3,000"), "{d:?}");
    }

    #[test]
    fn hedge_attribution_and_added_detail() {
        let (ta, tb) = (
            "The ships carried artillery shells and short-range missiles to the port.",
            "The ships carried cargo to the port.",
        );
        let (fa, fb) = (Features::of(ta, 0), Features::of(tb, 0));
        let hedges = vec!["suspected".to_string()];
        let experts = Attribution {
            source: Some("experts".into()),
            kind: SourceKind::Anonymous,
            mention: None,
            verb: Some("say".into()),
            quote: QuoteKind::Indirect,
        };
        let mut a = side("A", ta, &fa);
        a.hedges = &hedges;
        a.attribution = Some(&experts);
        let b = side("B", tb, &fb);
        let d = between(&a, &b);
        let kinds: Vec<DifferenceKind> = d.iter().map(|d| d.kind).collect();
        assert_eq!(
            kinds,
            [
                DifferenceKind::Hedge,
                DifferenceKind::Attribution,
                DifferenceKind::Detail
            ],
            "{d:?}"
        );
        assert_eq!(d[0].detail, "A hedges (\"suspected\"); B states it plainly");
        assert_eq!(
            d[1].detail,
            "A citing experts (anonymous); B in its own voice"
        );
        assert_eq!(
            d[2].detail,
            "A adds: artillery shells and short-range missiles (not in B)"
        );
        assert!(between(&b, &b).is_empty());
    }

    #[test]
    fn different_hedges_are_a_difference() {
        let (ta, tb) = ("Ships may carry shells.", "Ships could carry shells.");
        let (fa, fb) = (Features::of(ta, 0), Features::of(tb, 0));
        let (ha, hb) = (vec!["may".to_string()], vec!["could".to_string()]);
        let mut a = side("A", ta, &fa);
        let mut b = side("B", tb, &fb);
        a.hedges = &ha;
        b.hedges = &hb;
        let d = between(&a, &b);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].kind, DifferenceKind::Hedge);
        assert_eq!(d[0].detail, "A hedges with \"may\"; B with \"could\"");
        b.hedges = &ha;
        assert!(between(&a, &b).is_empty());
    }

    #[test]
    fn detail_phrases_read_whole() {
        let t = "The North Korean zone was established in the early 1990s.";
        assert_eq!(
            name_start(t, t.find("Korean").unwrap()),
            t.find("North").unwrap()
        );
        assert_eq!(
            name_start(t, t.find("zone").unwrap()),
            t.find("zone").unwrap()
        );
        let (ta, tb) = (t, "The zone opened in the 1990s.");
        let (fa, fb) = (Features::of(ta, 0), Features::of(tb, 0));
        let phrases = extra_phrases(&side("A", ta, &fa), &side("B", tb, &fb));
        assert!(
            phrases.iter().any(|p| p.ends_with("early 1990s")),
            "{phrases:?}"
        );
    }
}
