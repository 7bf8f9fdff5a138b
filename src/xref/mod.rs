//! Cross-referencing: which claims of different articles say the same thing,
//! and how they differ.
//!
//! - [`features`]: a claim's content words, folded (case, synonyms, British
//!   spelling, stems) and weighted by how rare they are in the corpus;
//! - [`matching`]: the similarity of two claims (weighted containment and
//!   coverage, word overlap, runs of words for word order, a word alignment
//!   that pairs related words, numbers, names flagged) and a score from a
//!   small logistic model;
//! - [`differences`]: how two matched claims differ (figure, hedge,
//!   attribution, detail), one line each;
//! - [`cluster`](mod@cluster): candidate pairs from an inverted index over rare
//!   stems, links, and groups that resist chaining.
//!
//! Three entry points: [`match_texts`] compares two free texts (the `match`
//! command), [`cluster()`] groups the claims of any number of articles
//! (`xref`), [`diff`] compares two articles claim by claim (`diff`).
//!
//! Output order is fixed: clusters most articles first, then by first
//! member; members by (article, claim); differences in kind order
//! (figure, hedge, attribution, detail), then by the members compared.

pub(crate) mod cluster;
pub mod differences;
pub mod features;
mod lexicon;
pub mod matching;

use crate::input::Document;
use crate::model::{Article, Claim, Figure, Options};
use features::{Features, Idf, Weighting};
use matching::{Side, Similarity};
use rayon::prelude::*;
use std::collections::HashMap;

/// A claim of the corpus: indexes into `articles` and its `claims`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimRef {
    pub article: usize,
    pub claim: usize,
}

impl ClaimRef {
    pub fn get(self, articles: &[Article]) -> &Claim {
        &articles[self.article].claims[self.claim]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DifferenceKind {
    /// A figure that disagrees, or an estimate against a plain number.
    Figure,
    /// One side hedges ("could", "suspected") and the other does not, or less.
    Hedge,
    /// Different sources, or a source against the article's own voice.
    Attribution,
    /// One side negates what the other asserts.
    Negation,
    /// Detail that one side adds or drops.
    Detail,
}

impl DifferenceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DifferenceKind::Figure => "figure",
            DifferenceKind::Hedge => "hedge",
            DifferenceKind::Attribution => "attribution",
            DifferenceKind::Negation => "negation",
            DifferenceKind::Detail => "detail",
        }
    }
}

/// One way two matched claims differ, with a one-line explanation.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Difference {
    pub kind: DifferenceKind,
    pub detail: String,
}

/// Claims of several articles that say the same thing.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// "x1", "x2", ...: most articles first, then by first member.
    pub id: String,
    /// Sorted by (article, claim).
    pub members: Vec<ClaimRef>,
    /// Distinct articles.
    pub articles: usize,
    /// Independent outlets: articles that relay the same outlet count once.
    pub outlets: usize,
    pub differences: Vec<Difference>,
}

/// Two articles' claims compared, as `diff(1)` compares lines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimDiff {
    /// Matched pairs with no difference.
    pub shared: Vec<(ClaimRef, ClaimRef)>,
    /// Matched pairs that differ.
    pub changed: Vec<(ClaimRef, ClaimRef, Vec<Difference>)>,
    pub only_a: Vec<ClaimRef>,
    pub only_b: Vec<ClaimRef>,
}

/// The verdict on one pair of texts (the `match` command).
#[derive(Clone, Debug, PartialEq)]
pub struct PairMatch {
    pub score: f64,
    pub same: bool,
    pub differences: Vec<Difference>,
}

/// At most this many differences are listed per cluster.
const MAX_CLUSTER_DIFFERENCES: usize = 12;

/// Every claim of a corpus with its features and the corpus' weighting.
///
/// Claims with the same text (a wire report's sentence republished by many
/// outlets, a caption repeated) form one *unit*: they are indexed, weighed
/// and compared once, so that copies neither cost a quadratic number of
/// comparisons nor make their own words look common.
pub(crate) struct Corpus {
    pub refs: Vec<ClaimRef>,
    /// Per unit, the features of its text, spans counted from the claim's
    /// start (see [`Side::base`]).
    pub features: Vec<Features>,
    /// Per unit, the IDF weight of each of its stems.
    pub weights: Vec<Vec<f64>>,
    /// Document frequencies over units.
    pub idf: Idf,
    /// Per unit, its claims (indexes into `refs`), in order; units are
    /// numbered in the order of their first claim.
    pub units: Vec<Vec<usize>>,
    /// Per claim, its unit.
    pub unit_of: Vec<usize>,
    /// Per unit, the features and weights of each clause of a claim that
    /// has several ([`clause_spans`]); empty for a one-clause claim.
    pub clauses: Vec<Vec<(Features, Vec<f64>)>>,
}

/// `f` without spare capacity: a corpus keeps the features of every claim
/// until it is clustered.
fn compact(mut f: Features) -> Features {
    f.tokens.shrink_to_fit();
    f.stems.shrink_to_fit();
    f.named.shrink_to_fit();
    f.words.shrink_to_fit();
    f.grams.shrink_to_fit();
    f.negated.shrink_to_fit();
    f
}

/// The fewest words a piece between commas needs to count as a clause of
/// its own; shorter pieces join the piece before them.
const CLAUSE_MIN_WORDS: usize = 4;

/// The clauses of a claim's text as byte ranges: the pieces between
/// commas, semicolons, colons and dashes, short pieces joined to their
/// neighbours. Empty when the text is one clause.
pub(crate) fn clause_spans(text: &str) -> Vec<(usize, usize)> {
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, ',' | ';' | ':' | '—' | '–') {
            pieces.push((start, i));
            start = i + c.len_utf8();
        }
    }
    pieces.push((start, text.len()));
    let words = |(a, b): (usize, usize)| text[a..b].split_whitespace().count();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for p in pieces {
        match out.last_mut() {
            Some(last) if words(p) < CLAUSE_MIN_WORDS || words(*last) < CLAUSE_MIN_WORDS => {
                last.1 = p.1;
            }
            _ => out.push(p),
        }
    }
    if out.len() < 2 { Vec::new() } else { out }
}

impl Corpus {
    pub fn new(articles: &[Article]) -> Corpus {
        let refs: Vec<ClaimRef> = articles
            .iter()
            .enumerate()
            .flat_map(|(a, art)| {
                (0..art.claims.len()).map(move |c| ClaimRef {
                    article: a,
                    claim: c,
                })
            })
            .collect();
        let text = |r: &ClaimRef| {
            let article = &articles[r.article];
            let span = article.claims[r.claim].span;
            article.text.get(span.start..span.end).unwrap_or("")
        };
        let mut units: Vec<Vec<usize>> = Vec::new();
        let mut unit_of = Vec::with_capacity(refs.len());
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, r) in refs.iter().enumerate() {
            let u = *seen.entry(text(r)).or_insert_with(|| {
                units.push(Vec::new());
                units.len() - 1
            });
            units[u].push(i);
            unit_of.push(u);
        }
        let features: Vec<Features> = units
            .par_iter()
            .map(|u| compact(Features::of(text(&refs[u[0]]), 0)))
            .collect();
        let idf = Idf::new(&features);
        let weighting = Weighting::Idf(&idf);
        let weights = features
            .par_iter()
            .map(|f| weighting.stem_weights(f))
            .collect();
        let clauses = units
            .par_iter()
            .map(|u| {
                let t = text(&refs[u[0]]);
                clause_spans(t)
                    .into_iter()
                    .map(|(a, b)| {
                        let f = compact(Features::of(&t[a..b], a));
                        let w = weighting.stem_weights(&f);
                        (f, w)
                    })
                    .collect()
            })
            .collect();
        Corpus {
            refs,
            features,
            weights,
            idf,
            units,
            unit_of,
            clauses,
        }
    }

    /// The comparable sides of the clauses of unit `u`'s claim (none for a
    /// one-clause claim): words only, without figures or attribution.
    pub fn clause_sides<'a>(&'a self, articles: &'a [Article], u: usize) -> Vec<Side<'a>> {
        self.clauses_of(&self.side(articles, self.units[u][0]), u)
    }

    /// [`Corpus::clause_sides`] of unit `u`, given the side of its first
    /// claim, `whole`.
    pub fn clauses_of<'a>(&'a self, whole: &Side<'a>, u: usize) -> Vec<Side<'a>> {
        self.clauses[u]
            .iter()
            .map(|(f, w)| Side {
                label: whole.label,
                text: whole.text,
                base: whole.base,
                features: f,
                weights: w,
                figures: Vec::new(),
                entities: whole.entities,
                hedges: whole.hedges,
                attribution: whole.attribution,
            })
            .collect()
    }

    /// The comparable side of the `i`th claim.
    pub fn side<'a>(&'a self, articles: &'a [Article], i: usize) -> Side<'a> {
        let r = self.refs[i];
        let article = &articles[r.article];
        let u = self.unit_of[i];
        claim_side(
            article,
            r.get(articles),
            &self.features[u],
            &self.weights[u],
        )
    }
}

/// A claim as one side of a comparison, named by its article's id.
fn claim_side<'a>(
    article: &'a Article,
    claim: &'a Claim,
    features: &'a Features,
    weights: &'a [f64],
) -> Side<'a> {
    Side {
        label: &article.id,
        text: &article.text,
        base: claim.span.start,
        features,
        weights,
        figures: claim
            .figures
            .iter()
            .filter_map(|id| article.figure(id))
            .collect(),
        entities: &claim.entities,
        hedges: &claim.hedges,
        attribution: claim.attribution.as_ref(),
    }
}

/// A free text run through the per-article pipeline, for [`match_texts`].
struct Analyzed {
    article: Article,
    features: Features,
    weights: Vec<f64>,
    entities: Vec<String>,
    hedges: Vec<String>,
}

impl Analyzed {
    fn new(label: &str, text: &str) -> Analyzed {
        let doc = Document {
            id: label.to_string(),
            path: label.to_string(),
            text: text.to_string(),
        };
        let article = crate::pipeline::analyze(doc, &Options::default());
        let features = Features::of(&article.text, 0);
        let weights = Weighting::Prior.stem_weights(&features);
        let entities = article.entities.iter().map(|e| e.name.clone()).collect();
        // Every cue once, in text order.
        let mut hedges: Vec<String> = Vec::new();
        for h in article.claims.iter().flat_map(|c| &c.hedges) {
            if !hedges.contains(h) {
                hedges.push(h.clone());
            }
        }
        Analyzed {
            article,
            features,
            weights,
            entities,
            hedges,
        }
    }

    /// The whole text as one side: every figure and entity the pipeline
    /// found, the hedges of all its claims, the first attribution.
    fn side(&self) -> Side<'_> {
        Side {
            label: &self.article.id,
            text: &self.article.text,
            base: 0,
            features: &self.features,
            weights: &self.weights,
            figures: self.article.figures.iter().collect::<Vec<&Figure>>(),
            entities: &self.entities,
            hedges: &self.hedges,
            attribution: self
                .article
                .claims
                .iter()
                .find_map(|c| c.attribution.as_ref()),
        }
    }
}

/// Whether two free texts say the same thing.
///
/// Each text goes through the per-article pipeline (so that figures,
/// entities, hedges and attribution come from the real stages) and is
/// compared as a whole. A single pair has no corpus to count word
/// frequencies in, so content words are weighted by a built-in prior:
/// 1 for a content word, 0.5 for a frequent one (`lexicon/common.txt`).
/// Differences are listed only for texts judged the same.
pub fn match_texts(a: &str, b: &str) -> PairMatch {
    let (x, y) = (Analyzed::new("a", a), Analyzed::new("b", b));
    let (sa, sb) = (x.side(), y.side());
    let score = Similarity::compute(&sa, &sb).score();
    let same = score >= matching::SAME;
    let differences = if same {
        differences::between(&sa, &sb)
    } else {
        Vec::new()
    };
    PairMatch {
        score,
        same,
        differences,
    }
}

/// Clusters of claims shared by at least two articles of the corpus, most
/// articles first, then by first member (see the module docs for the rest
/// of the order).
pub fn cluster(articles: &[Article]) -> Vec<Cluster> {
    let corpus = Corpus::new(articles);
    let links = cluster::links(&corpus, articles);
    let groups = cluster::groups(&corpus, &links);
    let mut out: Vec<Cluster> = groups
        .into_par_iter()
        .filter_map(|g| {
            let members: Vec<ClaimRef> = g.iter().map(|&i| corpus.refs[i]).collect();
            let mut arts: Vec<usize> = members.iter().map(|m| m.article).collect();
            arts.dedup();
            if arts.len() < 2 {
                return None;
            }
            // Each member against the first member, where they are of
            // different articles; repeated lines once.
            let first = corpus.side(articles, g[0]);
            let mut differences: Vec<Difference> = Vec::new();
            for &i in &g[1..] {
                let same_text = corpus.unit_of[i] == corpus.unit_of[g[0]];
                if same_text || corpus.refs[i].article == members[0].article {
                    continue;
                }
                let other = corpus.side(articles, i);
                for d in differences::between(&first, &other) {
                    // One "adds:" line per side: against each member, the
                    // same side adds nearly the same words.
                    let side =
                        |x: &Difference| x.detail.split(" adds: ").next().map(str::to_string);
                    let repeated_detail = d.kind == DifferenceKind::Detail
                        && differences
                            .iter()
                            .any(|x| x.kind == DifferenceKind::Detail && side(x) == side(&d));
                    if !repeated_detail && !differences.contains(&d) {
                        differences.push(d);
                    }
                }
            }
            differences.sort_by_key(|d| d.kind);
            differences.truncate(MAX_CLUSTER_DIFFERENCES);
            Some(Cluster {
                id: String::new(),
                outlets: cluster::outlets(articles, &arts),
                articles: arts.len(),
                members,
                differences,
            })
        })
        .collect();
    out.sort_by(|x, y| y.articles.cmp(&x.articles).then(x.members.cmp(&y.members)));
    for (i, c) in out.iter_mut().enumerate() {
        c.id = format!("x{}", i + 1);
    }
    out
}

/// The claims of `articles[0]` and `articles[1]` compared: claims are
/// paired one to one, best pairs first; then a claim still unpaired joins
/// its best accepted partner even if that one is paired already (so a claim
/// may appear in two pairs, and "only" means the other side does not say
/// it). Pairs are listed in A's order; unmatched claims in their article's
/// order. With fewer than two articles, the claims present are all "only".
pub fn diff(articles: &[Article]) -> ClaimDiff {
    let mut d = ClaimDiff::default();
    let pair = articles.get(..2).unwrap_or(articles);
    let corpus = Corpus::new(pair);
    let (a_idx, b_idx): (Vec<usize>, Vec<usize>) =
        (0..corpus.refs.len()).partition(|&i| corpus.refs[i].article == 0);
    let docs = cluster::doc_vectors(&corpus, pair.len());
    let doc = match docs.as_slice() {
        [x, y] => cluster::cosine(x, y),
        _ => 0.0,
    };
    let mut scored: Vec<(f64, usize, usize)> = Vec::new();
    // Each claim of `b` with its clauses, built once for every claim of `a`.
    let b_sides: Vec<(usize, Side, Vec<Side>)> = b_idx
        .iter()
        .map(|&j| {
            let clauses = corpus.clause_sides(pair, corpus.unit_of[j]);
            (j, corpus.side(pair, j), clauses)
        })
        .collect();
    for &i in &a_idx {
        let x = corpus.side(pair, i);
        let x_clauses = corpus.clause_sides(pair, corpus.unit_of[i]);
        for (j, y, y_clauses) in &b_sides {
            let j = *j;
            let whole = cluster::claim_link(&Similarity::compute(&x, y));
            let part = cluster::clause_link(&x, &x_clauses, y, y_clauses);
            let link = whole.into_iter().chain(part).reduce(f64::max);
            if let Some(score) = link.and_then(|l| cluster::accept(l, doc)) {
                scored.push((score, i, j));
            }
        }
    }
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut used = vec![false; corpus.refs.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for &(_, i, j) in &scored {
        if !used[i] && !used[j] {
            used[i] = true;
            used[j] = true;
            pairs.push((i, j));
        }
    }
    // A claim left over whose best accepted match is already paired (a
    // standfirst restating the body, one sentence holding what the other
    // side says in two) is still said by the other side: pair it too, so
    // that "only in A" means that B does not say it.
    for &(_, i, j) in &scored {
        if used[i] != used[j] {
            used[i] = true;
            used[j] = true;
            pairs.push((i, j));
        }
    }
    pairs.sort_unstable();
    for (i, j) in pairs {
        let ds = differences::between(&corpus.side(pair, i), &corpus.side(pair, j));
        let (x, y) = (corpus.refs[i], corpus.refs[j]);
        if ds.is_empty() {
            d.shared.push((x, y));
        } else {
            d.changed.push((x, y, ds));
        }
    }
    for (i, r) in corpus.refs.iter().enumerate() {
        if !used[i] {
            if r.article == 0 {
                d.only_a.push(*r);
            } else {
                d.only_b.push(*r);
            }
        }
    }
    d
}

#[cfg(test)]
pub(crate) mod tests;
