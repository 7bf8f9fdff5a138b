//! Cross-referencing: which claims of different articles say the same thing,
//! and how they differ.
//!
//! PLACEHOLDER: word-set Jaccard over all pairs. The real matcher (stemmed,
//! IDF-weighted, entity- and figure-aware, with an inverted index for
//! candidates) replaces these bodies and keeps the types and signatures.

use crate::model::{Article, Claim};
use std::collections::BTreeSet;

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
    /// Detail that one side adds or drops.
    Detail,
}

impl DifferenceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DifferenceKind::Figure => "figure",
            DifferenceKind::Hedge => "hedge",
            DifferenceKind::Attribution => "attribution",
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

const SAME: f64 = 0.5;

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .map(str::to_lowercase)
        .collect()
}

fn jaccard(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

/// Whether two free texts say the same thing.
pub fn match_texts(a: &str, b: &str) -> PairMatch {
    let score = jaccard(a, b);
    PairMatch {
        score,
        same: score >= SAME,
        differences: Vec::new(),
    }
}

/// Clusters of claims shared by at least two articles of the corpus.
pub fn cluster(articles: &[Article]) -> Vec<Cluster> {
    let mut out = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        for (bi, b) in articles.iter().enumerate().skip(ai + 1) {
            for (ci, ca) in a.claims.iter().enumerate() {
                for (di, cb) in b.claims.iter().enumerate() {
                    if jaccard(a.slice(ca.span), b.slice(cb.span)) >= SAME {
                        out.push(Cluster {
                            id: String::new(),
                            members: vec![
                                ClaimRef {
                                    article: ai,
                                    claim: ci,
                                },
                                ClaimRef {
                                    article: bi,
                                    claim: di,
                                },
                            ],
                            articles: 2,
                            outlets: 2,
                            differences: Vec::new(),
                        });
                    }
                }
            }
        }
    }
    for (i, c) in out.iter_mut().enumerate() {
        c.id = format!("x{}", i + 1);
    }
    out
}

/// The claims of `articles[0]` and `articles[1]` compared.
pub fn diff(articles: &[Article]) -> ClaimDiff {
    let mut d = ClaimDiff::default();
    let pairs: Vec<(ClaimRef, ClaimRef)> = cluster(articles)
        .iter()
        .map(|c| (c.members[0], c.members[1]))
        .collect();
    for (i, _) in articles[0].claims.iter().enumerate() {
        if !pairs.iter().any(|p| p.0.claim == i) {
            d.only_a.push(ClaimRef {
                article: 0,
                claim: i,
            });
        }
    }
    for (i, _) in articles[1].claims.iter().enumerate() {
        if !pairs.iter().any(|p| p.1.claim == i) {
            d.only_b.push(ClaimRef {
                article: 1,
                claim: i,
            });
        }
    }
    d.shared = pairs;
    d
}
