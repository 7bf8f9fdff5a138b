//! Whether two claims say the same thing: a similarity score from their
//! content words, word order, figures and entities.
//!
//! The score is a logistic model over eight features:
//!
//! - `contain`: shared content weight over the lighter side's weight, so
//!   that a claim quoted inside a longer sentence still matches;
//! - `cover`: shared weight over the heavier side's weight, which balances
//!   containment: a short claim inside a long sentence that says much more
//!   is a weaker match than two claims of one size;
//! - `words_cover`: shared words over the larger side's words, stop words
//!   included, unweighted (function words carry the construction);
//! - `grams_contain`, `grams_cover`: shared runs of four words over the
//!   smaller and the larger side's runs (word order: "Russia sells to China"
//!   is not "China sells to Russia");
//! - `lone`: content words one side has and the other lacks, counted on the
//!   side with fewer such words (new information on both sides);
//! - `numbers_agree`: whether both sides give the same numbers;
//! - `negation_differs`: one side has a negation ("not", "never", "didn't")
//!   and the other none. A cue, not a reading: it lowers the score wherever
//!   the negation is; the difference reported to users is the narrower one
//!   of a word negated on one side and asserted on the other
//!   ([`negated_against`]).
//!
//! Entities enter through their words (a stem written as a name is flagged,
//! see `Features::named`), figures through `numbers_agree` and, for corpus
//! links, through `conflict`. The weights were fitted by logistic regression
//! on the MRPC training pairs (`scripts/fit-match-weights`, which prints
//! them); only these nine numbers come from that corpus.

use super::features::Features;
use crate::model::{Attribution, Figure};

/// One side of a comparison: a claim (or a whole text) and what the
/// per-article stages found in it.
#[derive(Clone, Debug)]
pub struct Side<'a> {
    /// How the side is named in explanations: an article id, or "a"/"b".
    pub label: &'a str,
    /// The article text the feature spans point into.
    pub text: &'a str,
    pub features: &'a Features,
    /// The weight of each of `features.stems` (see `Weighting`).
    pub weights: &'a [f64],
    pub figures: Vec<&'a Figure>,
    pub entities: &'a [String],
    pub hedges: &'a [String],
    pub attribution: Option<&'a Attribution>,
}

/// The features of one pair, before the model weighs them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Similarity {
    /// Content weight the two sides share.
    pub shared: f64,
    /// The part of `shared` that is not names: what is said, rather than
    /// who it is about.
    pub shared_words: f64,
    pub contain: f64,
    pub cover: f64,
    pub words_cover: f64,
    pub grams_contain: f64,
    pub grams_cover: f64,
    pub lone: f64,
    pub numbers_agree: bool,
    /// One side negates and the other does not.
    pub negation_differs: bool,
    /// Whether a figure of one side disagrees with a comparable figure of
    /// the other (not in the model; a corpus link needs the difference
    /// between a conflict and a figure that only one side mentions).
    pub conflict: bool,
}

/// Intercept and weights of (contain, cover, words_cover, grams_contain,
/// grams_cover, lone, numbers_agree, negation_differs). Fitted with
/// `scripts/fit-match-weights` (logistic regression, light ridge, on all
/// 4,076 MRPC training pairs, features from the prior weighting).
const MODEL: [f64; 9] = [
    -3.645, -0.101, 1.600, 6.967, -4.509, 3.345, -0.150, 0.414, -1.210,
];

/// Scores at or above this say "the same claim".
pub const SAME: f64 = 0.5;

impl Similarity {
    pub fn compute(a: &Side, b: &Side) -> Similarity {
        let (fa, fb) = (a.features, b.features);
        let (ta, tb): (f64, f64) = (a.weights.iter().sum(), b.weights.iter().sum());
        let (shared, shared_words) = shared_weight(a, b);
        let ratio = |x: f64, y: f64| if y > 0.0 { x / y } else { 0.0 };
        let lone = |x: &Features, y: &Features| {
            x.tokens
                .iter()
                .filter(|t| y.stems.binary_search(&t.id).is_err())
                .count()
        };
        let words = common_count(&fa.words, &fb.words) as f64;
        let grams = common_count(&fa.grams, &fb.grams) as f64;
        let (ga, gb) = (fa.grams.len().max(1), fb.grams.len().max(1));
        let numbers = |f: &Features| {
            let mut n: Vec<u64> = f.tokens.iter().filter(|t| t.number).map(|t| t.id).collect();
            n.sort_unstable();
            n.dedup();
            n
        };
        Similarity {
            shared,
            shared_words,
            contain: ratio(shared, ta.min(tb)),
            cover: ratio(shared, ta.max(tb)),
            words_cover: ratio(words, fa.words.len().max(fb.words.len()) as f64),
            grams_contain: grams / ga.min(gb) as f64,
            grams_cover: grams / ga.max(gb) as f64,
            lone: lone(fa, fb).min(lone(fb, fa)) as f64,
            numbers_agree: numbers(fa) == numbers(fb),
            negation_differs: fa.negates != fb.negates,
            conflict: figure_conflict(&a.figures, &b.figures),
        }
    }

    /// The feature vector the model weighs, in [`MODEL`] order.
    pub fn vector(&self) -> [f64; 8] {
        [
            self.contain,
            self.cover,
            self.words_cover,
            self.grams_contain,
            self.grams_cover,
            self.lone,
            f64::from(self.numbers_agree),
            f64::from(self.negation_differs),
        ]
    }

    /// The model's probability that the two sides say the same thing.
    pub fn score(&self) -> f64 {
        let z = self
            .vector()
            .iter()
            .zip(&MODEL[1..])
            .fold(MODEL[0], |z, (x, w)| z + x * w);
        1.0 / (1.0 + (-z).exp())
    }
}

/// The weight of the stems both sides share (a stem weighs the mean of
/// its two weights), and the part of it that neither side writes as a name.
pub fn shared_weight(a: &Side, b: &Side) -> (f64, f64) {
    let (fa, fb) = (a.features, b.features);
    let (mut i, mut j) = (0, 0);
    let (mut all, mut words) = (0.0, 0.0);
    while i < fa.stems.len() && j < fb.stems.len() {
        match fa.stems[i].cmp(&fb.stems[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let w = (a.weights.get(i).unwrap_or(&0.0) + b.weights.get(j).unwrap_or(&0.0)) / 2.0;
                all += w;
                if !fa.named.get(i).unwrap_or(&false) && !fb.named.get(j).unwrap_or(&false) {
                    words += w;
                }
                i += 1;
                j += 1;
            }
        }
    }
    (all, words)
}

/// A word `x` negates ("not recommend") that `y` has without negating it:
/// the negated stem and the span of the negation in `x`.
pub fn negated_against<'f>(x: &'f Features, y: &Features) -> Option<&'f (u64, crate::model::Span)> {
    if y.negates {
        return None;
    }
    x.negated
        .iter()
        .find(|(stem, _)| y.stems.binary_search(stem).is_ok())
}

/// How many values two sorted, deduplicated lists share.
pub fn common_count(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Whether two figures state the same value (a relative tolerance absorbs
/// rounding: "2.5 billion" and "2,500 million"): dates by their resolved
/// date, ranges by their bounds.
pub fn same_value(a: &Figure, b: &Figure) -> bool {
    let close = |x: f64, y: f64| (x - y).abs() <= 1e-6 * x.abs().max(y.abs()).max(1.0);
    match (a.value, b.value) {
        (Some(x), Some(y)) => close(x, y),
        (None, None) => match (&a.date, &b.date, a.low.zip(a.high), b.low.zip(b.high)) {
            (Some(x), Some(y), _, _) => x == y,
            (_, _, Some((al, ah)), Some((bl, bh))) => close(al, bl) && close(ah, bh),
            _ => false,
        },
        _ => false,
    }
}

/// Two figures can be compared when they measure the same thing: the same
/// unit, or, without units, the same kind. A date the text leaves
/// unresolved ("last month" without `--date`) cannot be said to disagree.
pub fn comparable(x: &Figure, y: &Figure) -> bool {
    if x.unresolved || y.unresolved {
        return false;
    }
    match (&x.unit, &y.unit) {
        (Some(u), Some(v)) => u == v,
        (None, None) => x.kind == y.kind,
        _ => false,
    }
}

/// Whether some figure without an equal on the other side is comparable
/// with one of the other side that has no equal either.
fn figure_conflict(a: &[&Figure], b: &[&Figure]) -> bool {
    let lone = |xs: &[&'_ Figure], ys: &[&'_ Figure]| -> Vec<usize> {
        (0..xs.len())
            .filter(|&i| !ys.iter().any(|y| same_value(xs[i], y)))
            .collect()
    };
    let (la, lb) = (lone(a, b), lone(b, a));
    la.iter()
        .any(|&i| lb.iter().any(|&j| comparable(a[i], b[j])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xref::features::Weighting;

    fn similarity(a: &str, b: &str) -> Similarity {
        let (fa, fb) = (Features::of(a, 0), Features::of(b, 0));
        let (wa, wb) = (
            Weighting::Prior.stem_weights(&fa),
            Weighting::Prior.stem_weights(&fb),
        );
        let side = |text, features, weights| Side {
            label: "a",
            text,
            features,
            weights,
            figures: Vec::new(),
            entities: &[],
            hedges: &[],
            attribution: None,
        };
        Similarity::compute(&side(a, &fa, &wa), &side(b, &fb, &wb))
    }

    fn score(a: &str, b: &str) -> f64 {
        similarity(a, b).score()
    }

    #[test]
    fn paraphrases_score_above_unrelated_claims() {
        let same = score(
            "Border closures choked off nearly all trade and tourism in the zone.",
            "Closing the border halted almost all trade and tourism in the zone.",
        );
        let other = score(
            "Border closures choked off nearly all trade and tourism in the zone.",
            "The central bank raised interest rates by half a point on Tuesday.",
        );
        assert!(same >= SAME, "{same}");
        assert!(other < SAME, "{other}");
    }

    #[test]
    fn a_claim_inside_a_longer_sentence_is_contained() {
        let sim = similarity(
            "The harbour welcomed cargo ships for the first time since 2018.",
            "Officials were upbeat on Monday as the harbor welcomed cargo ships for the first \
             time since 2018, a sign of recovery.",
        );
        assert!((sim.contain - 1.0).abs() < 1e-9, "{sim:?}");
        assert!(sim.cover < 0.7, "{sim:?}");
        assert!(sim.numbers_agree && !sim.conflict);
        // A corpus link weighs containment; the pair model (fitted on
        // sentence pairs judged equivalent) does not ignore the extra clause.
        assert!(crate::xref::cluster::claim_link(&sim).is_some());
    }

    #[test]
    fn word_order_shows_in_runs_of_words() {
        let a = "Farmers in the valley sell grain to the coastal towns";
        let same = similarity(a, "Farmers in the valley sell grain to the coastal towns");
        let swapped = similarity(a, "The coastal towns sell grain to farmers in the valley");
        assert_eq!(same.words_cover, swapped.words_cover);
        assert!(
            same.grams_cover > 2.0 * swapped.grams_cover,
            "{same:?} {swapped:?}"
        );
    }

    #[test]
    fn different_numbers_disagree() {
        let sim = similarity(
            "The fire destroyed 40 homes in the town.",
            "The fire destroyed 60 homes in the town.",
        );
        assert!(!sim.numbers_agree);
        assert!(
            sim.score()
                < score(
                    "The fire destroyed 40 homes in the town.",
                    "The fire destroyed 40 homes in the town."
                )
        );
    }
}

#[cfg(test)]
mod figure_tests {
    use super::*;
    use crate::model::{FigureKind, Span};

    fn date(iso: Option<&str>) -> Figure {
        let mut f = Figure::new(FigureKind::Date, Span::new(0, 4), None);
        f.date = iso.map(str::to_string);
        f.unresolved = iso.is_none();
        f
    }

    #[test]
    fn dates_compare_by_their_resolved_date() {
        assert!(same_value(&date(Some("2023-07")), &date(Some("2023-07"))));
        assert!(!same_value(&date(Some("2023-07")), &date(Some("2023-08"))));
        // Unresolved dates are neither equal nor in conflict.
        let (x, y) = (date(None), date(None));
        assert!(!comparable(&x, &y));
        assert!(!figure_conflict(&[&x], &[&y]));
        assert!(figure_conflict(
            &[&date(Some("2023-07"))],
            &[&date(Some("2023-08"))]
        ));
    }
}
