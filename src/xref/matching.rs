//! Whether two claims say the same thing: a similarity score from their
//! content words, word order, figures and entities.
//!
//! The score is a logistic model over nine features:
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
//! - `unaligned`: the share of content weight left without a counterpart
//!   by a word alignment ([`align`]: equal stems, then words with a long
//!   common beginning, then related words such as "disclosed" and
//!   "released", then acronyms with the names they abbreviate), on the
//!   side that leaves less: like `lone`, new information on both sides,
//!   but a paraphrase's different word for the same thing is not counted
//!   as new;
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
//! them); only these ten numbers come from that corpus.

use super::features::{Features, HEAD, Token};
use crate::model::{Attribution, Figure, Span};

/// One side of a comparison: a claim (or a whole text) and what the
/// per-article stages found in it.
#[derive(Clone, Debug)]
pub struct Side<'a> {
    /// How the side is named in explanations: an article id, or "a"/"b".
    pub label: &'a str,
    /// The article text: figure and attribution spans point into it.
    pub text: &'a str,
    /// Where the claim starts in `text`: the feature spans count from here
    /// (the features of one text serve every claim that says it word for
    /// word). [`Side::at`] places them in `text`.
    pub base: usize,
    pub features: &'a Features,
    /// The weight of each of `features.stems` (see `Weighting`).
    pub weights: &'a [f64],
    pub figures: Vec<&'a Figure>,
    pub entities: &'a [String],
    pub hedges: &'a [String],
    pub attribution: Option<&'a Attribution>,
}

impl Side<'_> {
    /// Where a span of the side's features (a word, a negation) is in
    /// `text`.
    pub fn at(&self, span: Span) -> Span {
        Span::new(self.base + span.start, self.base + span.end)
    }
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
    /// The lesser of the two sides' shares of unaligned content weight.
    pub unaligned: f64,
    pub numbers_agree: bool,
    /// One side negates and the other does not.
    pub negation_differs: bool,
    /// Whether a figure of one side disagrees with a comparable figure of
    /// the other (not in the model; a corpus link needs the difference
    /// between a conflict and a figure that only one side mentions).
    pub conflict: bool,
}

/// Intercept and weights of (contain, cover, words_cover, grams_contain,
/// grams_cover, lone, unaligned, numbers_agree, negation_differs). Fitted
/// with `scripts/fit-match-weights` (logistic regression, light ridge, on
/// all 4,076 MRPC training pairs, features from the prior weighting).
const MODEL: [f64; 10] = [
    -0.273, -3.106, 1.404, 6.776, -4.754, 3.588, -0.125, -3.730, 0.398, -1.194,
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
        let (xa, xb) = align(fa, fb);
        let unaligned =
            unaligned_share(fa, a.weights, &xa).min(unaligned_share(fb, b.weights, &xb));
        Similarity {
            shared,
            shared_words,
            contain: ratio(shared, ta.min(tb)),
            cover: ratio(shared, ta.max(tb)),
            words_cover: ratio(words, fa.words.len().max(fb.words.len()) as f64),
            grams_contain: grams / ga.min(gb) as f64,
            grams_cover: grams / ga.max(gb) as f64,
            lone: lone(fa, fb).min(lone(fb, fa)) as f64,
            unaligned,
            numbers_agree: numbers(fa) == numbers(fb),
            negation_differs: fa.negates != fb.negates,
            conflict: figure_conflict(&a.figures, &b.figures),
        }
    }

    /// The feature vector the model weighs, in [`MODEL`] order.
    pub fn vector(&self) -> [f64; 9] {
        [
            self.contain,
            self.cover,
            self.words_cover,
            self.grams_contain,
            self.grams_cover,
            self.lone,
            self.unaligned,
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

/// Bytes two words must share at their start to align when their stems
/// differ ("acquired" / "acquisition", "president" / "presidential").
pub const ALIGN_PREFIX: usize = 5;

/// Which content tokens of each side have a counterpart on the other: a
/// greedy one-to-one alignment, first of equal stems (synonyms and spelling
/// are folded into the stem), then of words sharing their first
/// [`ALIGN_PREFIX`] bytes as written, then of related words
/// ([`Token::kin`]), then of acronyms with the names they abbreviate
/// ([`spell_out`]). Numbers align only with the same number.
pub fn align(fa: &Features, fb: &Features) -> (Vec<bool>, Vec<bool>) {
    let mut xa = vec![false; fa.tokens.len()];
    let mut xb = vec![false; fb.tokens.len()];
    pair_by(fa, fb, &mut xa, &mut xb, |t| Some(t.id));
    pair_by(fa, fb, &mut xa, &mut xb, |t| {
        let h = &t.head;
        (!t.number && h[ALIGN_PREFIX - 1] != 0).then(|| {
            h[..ALIGN_PREFIX]
                .iter()
                .fold(0u64, |k, &b| k << 8 | u64::from(b))
        })
    });
    pair_by(fa, fb, &mut xa, &mut xb, |t| {
        (t.kin != 0).then_some(u64::from(t.kin))
    });
    spell_out(fa, fb, &mut xa, &mut xb);
    spell_out(fb, fa, &mut xb, &mut xa);
    (xa, xb)
}

/// Aligns each unaligned acronym of `fa` ("SEC") with a run of unaligned
/// names of `fb` whose initials spell it ("Securities and Exchange
/// Commission": stop words are not tokens), the run's tokens all to it.
fn spell_out(fa: &Features, fb: &Features, xa: &mut [bool], xb: &mut [bool]) {
    for (i, t) in fa.tokens.iter().enumerate() {
        if xa[i] || !t.acronym {
            continue;
        }
        let letters: Vec<u8> = t.head.iter().copied().take_while(|&b| b != 0).collect();
        if !(2..HEAD).contains(&letters.len()) {
            continue;
        }
        let n = letters.len();
        let spelled = (0..fb.tokens.len().saturating_sub(n - 1)).find(|&j| {
            (j..j + n).all(|k| {
                let u = &fb.tokens[k];
                !xb[k] && (u.name || k == 0) && u.head[0] == letters[k - j]
            })
        });
        if let Some(j) = spelled {
            xa[i] = true;
            xb[j..j + n].iter_mut().for_each(|x| *x = true);
        }
    }
}

/// Aligns the tokens not aligned yet whose `key`s are equal, each token of
/// `fa` in text order with the first free one of `fb`.
fn pair_by(
    fa: &Features,
    fb: &Features,
    xa: &mut [bool],
    xb: &mut [bool],
    key: impl Fn(&Token) -> Option<u64>,
) {
    let mut free: Vec<(u64, usize)> = fb
        .tokens
        .iter()
        .enumerate()
        .filter(|&(j, _)| !xb[j])
        .filter_map(|(j, t)| key(t).map(|k| (k, j)))
        .collect();
    free.sort_unstable();
    // For the first entry of each key, the next entry of that key not taken.
    let mut next: Vec<usize> = (0..free.len()).collect();
    for (i, t) in fa.tokens.iter().enumerate() {
        let Some(k) = key(t).filter(|_| !xa[i]) else {
            continue;
        };
        let g = free.partition_point(|&(x, _)| x < k);
        let p = next.get(g).copied().unwrap_or(free.len());
        if p < free.len() && free[p].0 == k {
            xa[i] = true;
            xb[free[p].1] = true;
            next[g] = p + 1;
        }
    }
}

/// The share of `f`'s content weight (`weights`, by stem) whose tokens
/// are not `aligned`; 0 for a side without content.
pub fn unaligned_share(f: &Features, weights: &[f64], aligned: &[bool]) -> f64 {
    let (mut total, mut left) = (0.0, 0.0);
    for (t, &al) in f.tokens.iter().zip(aligned) {
        let w = f
            .stems
            .binary_search(&t.id)
            .ok()
            .and_then(|k| weights.get(k))
            .copied()
            .unwrap_or(0.0);
        total += w;
        if !al {
            left += w;
        }
    }
    if total > 0.0 { left / total } else { 0.0 }
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
            base: 0,
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

    /// Which words of `a` and of `b` the alignment leaves unaligned.
    fn unaligned(a: &str, b: &str) -> (Vec<String>, Vec<String>) {
        let (fa, fb) = (Features::of(a, 0), Features::of(b, 0));
        let (xa, xb) = align(&fa, &fb);
        let left = |f: &Features, text: &str, x: &[bool]| -> Vec<String> {
            f.tokens
                .iter()
                .zip(x)
                .filter(|(_, al)| !**al)
                .map(|(t, _)| text[t.span.start..t.span.end].to_string())
                .collect()
        };
        (left(&fa, a, &xa), left(&fb, b, &xb))
    }

    #[test]
    fn alignment_pairs_spellings_forms_and_related_words() {
        // Spelling and morphology: one stem, or a long common beginning.
        assert_eq!(
            unaligned("The epicentre was offshore.", "The epicenter was offshore."),
            (vec![], vec![])
        );
        assert_eq!(
            unaligned(
                "The firm acquired the mine.",
                "The firm's acquisition of the mine."
            ),
            (vec![], vec![])
        );
        // Related words align without being folded into one stem.
        assert_eq!(
            unaligned("Terms were not disclosed.", "Terms were not released."),
            (vec![], vec![])
        );
        assert_ne!(
            Features::of("disclosed", 0).stems,
            Features::of("released", 0).stems
        );
        // What one side adds stays unaligned, and each word aligns once.
        assert_eq!(
            unaligned(
                "Rebels attacked the convoy near the border.",
                "Rebels attacked the convoy and the convoy burned."
            ),
            (
                vec!["near".into(), "border".into()],
                vec!["convoy".into(), "burned".into()]
            )
        );
        // An acronym aligns with the names its letters begin, once.
        assert_eq!(
            unaligned(
                "The SEC fined the bank.",
                "The Securities and Exchange Commission fined the bank."
            ),
            (vec![], vec![])
        );
        assert_eq!(
            unaligned(
                "Talks at the U.N. stalled.",
                "Talks at United Nations and UN stalled."
            ),
            // Equal stems align first: "U.N." with "UN".
            (vec![], vec!["United".into(), "Nations".into()])
        );
        assert_eq!(
            unaligned("The SEC fined the bank.", "The Senate fined the bank."),
            (vec!["SEC".into()], vec!["Senate".into()])
        );
        // Numbers align only when equal, however alike they are written.
        assert_eq!(
            unaligned("It cost 250,000 dollars.", "It cost 250,001 dollars."),
            (vec!["250,000".into()], vec!["250,001".into()])
        );
    }

    #[test]
    fn a_related_word_is_not_new_information() {
        let related = similarity(
            "The company disclosed its earnings on Monday.",
            "The company released its earnings on Monday.",
        );
        let other = similarity(
            "The company disclosed its earnings on Monday.",
            "The company doubled its earnings on Monday.",
        );
        assert_eq!(related.unaligned, 0.0, "{related:?}");
        assert!(other.unaligned > 0.0, "{other:?}");
        assert!(related.score() > other.score());
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
