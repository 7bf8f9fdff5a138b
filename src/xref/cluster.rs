//! Clustering claims across a corpus: candidate pairs from an inverted index
//! over rare stems, links between pairs the matcher accepts, and groups
//! grown from the strongest links with a guard against chaining.
//!
//! Comparing every pair of claims is quadratic; instead each unit (the
//! claims with one text) is looked up by its rarest stems (at most [`KEYS`]
//! of them, each seen in 2 to [`MAX_POSTINGS`] units), and two units are
//! compared only when they share [`MIN_KEYS`] of them: two claims that say
//! the same thing share rare words, and a word in thousands of claims tells
//! nothing about which claims match.
//!
//! A link needs enough shared content (not only names, not a stock phrase)
//! and a claim link score (containment balanced against coverage) that is
//! high on its own, or high enough given how close the two articles are
//! overall (TF-IDF cosine of the whole articles): a report of the same story
//! makes a looser paraphrase credible.
//!
//! Candidates are scored in parallel; the result does not depend on the
//! thread count, as links are sorted before grouping.

use super::Corpus;
use super::matching::{SAME, Side, Similarity, shared_weight};
use crate::model::Article;
use rayon::prelude::*;
use std::collections::HashMap;

/// Stems a claim is indexed and looked up by: its rarest ones, at least
/// this many, and one for every [`KEYS_PER_STEMS`] stems of a long claim.
const KEYS: usize = 8;
const KEYS_PER_STEMS: usize = 2;

/// Articles of each unit whose context is compared for a weak link.
const CONTEXT_MEMBERS: usize = 4;

/// Keys two claims must share to be compared (fewer when either has fewer
/// keys): one shared rare word is often chance, two rarely are.
const MIN_KEYS: usize = 2;

/// A stem in more claims than this is not looked up.
const MAX_POSTINGS: usize = 400;

/// A claim link below this is not considered, however close the articles.
const LOOSE: f64 = 0.3;

/// Containment's share of the claim link; coverage has the rest.
const CONTAIN_SHARE: f64 = 0.5;

/// What a figure that disagrees with a comparable one costs a claim link.
const FIGURE_PENALTY: f64 = 0.3;

/// The final score a link needs: claim link plus article cosine times
/// [`DOC_BONUS`]. Unrelated articles (cosine near 0) need a claim link of
/// about 0.8, nearly the same content words; two reports of one story
/// (cosine 0.3 to 0.5) need 0.3 to 0.5. Chosen on the news_clusters dev
/// split: across-event links under 1%, over 6 links within an event.
pub const LINK: f64 = 0.8;
const DOC_BONUS: f64 = 1.0;

/// The content weight (about one per rare word) two claims must share to be
/// linked, and the part of it that must be words rather than names: stock
/// phrases ("Thank you so much.") and shared names ("Senate Majority Leader
/// Harry Reid") do not make two claims one.
pub const MIN_SHARED: f64 = 2.0;
const MIN_SHARED_WORDS: f64 = 1.0;

/// Two groups merge only when more than this share of their cross pairs are
/// links: a chain of pairwise matches (A~B, B~C) does not make A~C.
const MERGE_SHARE: f64 = 0.5;

/// How strongly two claims of a corpus match, before the article context:
/// containment balanced against coverage, less a penalty for figures that
/// disagree (a figure only one side gives costs nothing). `None` when they share too little to be linked at all.
pub fn claim_link(sim: &Similarity) -> Option<f64> {
    if !shares_enough(sim.shared, sim.shared_words) {
        return None;
    }
    let link = CONTAIN_SHARE * sim.contain + (1.0 - CONTAIN_SHARE) * sim.cover
        - if sim.conflict { FIGURE_PENALTY } else { 0.0 };
    (link >= LOOSE).then_some(link)
}

/// Whether two sides share the content weight any link needs.
fn shares_enough(shared: f64, shared_words: f64) -> bool {
    shared >= MIN_SHARED && shared_words >= MIN_SHARED_WORDS
}

/// [`claim_link`] of two sides, with the similarity computed only when
/// they share enough to be linked at all (most candidates do not).
fn side_link(a: &Side, b: &Side) -> Option<(Similarity, f64)> {
    let (shared, shared_words) = shared_weight(a, b);
    if !shares_enough(shared, shared_words) {
        return None;
    }
    let sim = Similarity::compute(a, b);
    claim_link(&sim).map(|l| (sim, l))
}

/// The best link between a clause of one claim and the other claim or one
/// of its clauses: "Farenthold resigned from Congress on Friday" is one
/// clause of "Farenthold, the Texas Republican who used $84,000 ..., resigned
/// from Congress on Friday". A clause link needs clauses of
/// [`CLAUSE_MIN_TOKENS`] content words, and either more shared weight than
/// a whole one ([`CLAUSE_SHARED`]) or two clauses the paraphrase model calls
/// the same ("Russia might send more tourists to North Korea" / "as well as
/// send more tourists to North Korea"), so that stock phrases do not link.
pub fn clause_link(a: &Side, a_clauses: &[Side], b: &Side, b_clauses: &[Side]) -> Option<f64> {
    // Without clauses on either side there is no clause link.
    if a_clauses.is_empty() && b_clauses.is_empty() {
        return None;
    }
    let big = |s: &&Side| s.features.tokens.len() >= CLAUSE_MIN_TOKENS;
    let xs: Vec<&Side> = std::iter::once(a).chain(a_clauses).filter(big).collect();
    let ys: Vec<&Side> = std::iter::once(b).chain(b_clauses).filter(big).collect();
    let mut best: Option<f64> = None;
    for (i, x) in xs.iter().enumerate() {
        for (j, y) in ys.iter().enumerate() {
            // Whole against whole is the claim link itself.
            let whole = i == 0 && j == 0 && !a_clauses.is_empty() && !b_clauses.is_empty();
            if whole {
                continue;
            }
            let Some((sim, l)) = side_link(x, y) else {
                continue;
            };
            if sim.shared < CLAUSE_SHARED && sim.score() < SAME {
                continue;
            }
            best = Some(best.map_or(l, |b: f64| b.max(l)));
        }
    }
    best
}

/// The shared content weight a clause link needs (see [`MIN_SHARED`]).
const CLAUSE_SHARED: f64 = 2.5 * MIN_SHARED;
/// The fewest content words a clause compared on its own has.
const CLAUSE_MIN_TOKENS: usize = 5;

/// The final link score of two claims whose articles have cosine `doc`:
/// two articles on one story share much rare vocabulary, so a claim match
/// between them is more credible than the same words in unrelated articles.
pub fn accept(link: f64, doc: f64) -> Option<f64> {
    let score = link + DOC_BONUS * doc;
    (score >= LINK).then_some(score)
}

/// Each article's content stems as an L2-normalised TF-IDF vector (IDF over
/// articles), sorted by stem.
pub fn doc_vectors(corpus: &Corpus, n_articles: usize) -> Vec<Vec<(u64, f64)>> {
    // The claims of an article are adjacent in `corpus.refs`.
    let mut claims = vec![0..0; n_articles];
    for (i, r) in corpus.refs.iter().enumerate() {
        if let Some(range) = claims.get_mut(r.article) {
            if range.start == range.end {
                *range = i..i;
            }
            range.end = i + 1;
        }
    }
    // Term counts: the runs of the article's sorted stems.
    let counts: Vec<Vec<(u64, f64)>> = claims
        .into_par_iter()
        .map(|range| {
            let mut stems: Vec<u64> = corpus.unit_of[range]
                .iter()
                .flat_map(|&u| corpus.features[u].tokens.iter().map(|t| t.id))
                .collect();
            stems.sort_unstable();
            stems
                .chunk_by(|x, y| x == y)
                .map(|run| (run[0], run.len() as f64))
                .collect()
        })
        .collect();
    let mut df: HashMap<u64, f64> = HashMap::new();
    for v in &counts {
        for (s, _) in v {
            *df.entry(*s).or_insert(0.0) += 1.0;
        }
    }
    let n = n_articles.max(1) as f64;
    counts
        .into_par_iter()
        .map(|mut v| {
            for (s, x) in &mut v {
                *x = x.sqrt() * (1.0 + n / df.get(s).copied().unwrap_or(1.0)).ln();
            }
            let norm = v.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt();
            if norm > 0.0 {
                for x in &mut v {
                    x.1 /= norm;
                }
            }
            v
        })
        .collect()
}

/// The cosine of two sorted, normalised vectors.
pub fn cosine(a: &[(u64, f64)], b: &[(u64, f64)]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Links between units (claims with one text; see `Corpus`) whose claims
/// are of different articles: (unit, unit, claim link) with the first unit
/// smaller, sorted strongest first, then by unit.
pub fn links(corpus: &Corpus, articles: &[Article]) -> Vec<(usize, usize, f64)> {
    let idf = &corpus.idf;
    let rep = |u: usize| corpus.units[u][0];
    // Each unit's keys: its rarest stems that are not too common.
    let keys: Vec<Vec<u64>> = corpus
        .features
        .par_iter()
        .map(|f| {
            let mut k: Vec<(u32, u64)> = f
                .stems
                .iter()
                .map(|s| (idf.df(*s), *s))
                // A stem of one unit finds no other; one in very many
                // finds too many.
                .filter(|(df, _)| *df >= 2 && (*df as usize) <= MAX_POSTINGS)
                .collect();
            k.sort_unstable();
            // A long claim (a quotation of several sentences) says several
            // things: it is found by the rare words of each.
            k.truncate(KEYS.max(f.stems.len() / KEYS_PER_STEMS));
            k.into_iter().map(|x| x.1).collect()
        })
        .collect();
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    for (u, ks) in keys.iter().enumerate() {
        for s in ks {
            postings.entry(*s).or_default().push(u as u32);
        }
    }
    let loose: Vec<(usize, usize, f64)> = (0..corpus.units.len())
        .into_par_iter()
        .flat_map_iter(|u| {
            let mut hits: Vec<u32> = keys[u]
                .iter()
                .filter_map(|s| postings.get(s))
                .flat_map(|p| p.iter().copied().filter(|&v| v as usize > u))
                .collect();
            hits.sort_unstable();
            // Candidates: units sharing enough keys, with claims of
            // different articles.
            let mut candidates = Vec::new();
            for run in hits.chunk_by(|x, y| x == y) {
                let v = run[0] as usize;
                let need = MIN_KEYS.min(keys[u].len()).min(keys[v].len());
                if run.len() >= need && !one_article(corpus, u, v) {
                    candidates.push(v);
                }
            }
            let a = corpus.side(articles, rep(u));
            let a_clauses = corpus.clauses_of(&a, u);
            candidates
                .into_iter()
                .filter_map(|v| {
                    let b = corpus.side(articles, rep(v));
                    let whole = side_link(&a, &b).map(|(_, l)| l);
                    let part = clause_link(&a, &a_clauses, &b, &corpus.clauses_of(&b, v));
                    whole
                        .into_iter()
                        .chain(part)
                        .reduce(f64::max)
                        .map(|l| (u, v, l))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    // A weak link needs its articles' context: the best cosine among a few
    // pairs of the two units' articles, computed once per article pair.
    let docs = doc_vectors(corpus, articles.len());
    let article_pairs = |u: usize, v: usize| {
        let arts = |u: usize| {
            corpus.units[u]
                .iter()
                .take(CONTEXT_MEMBERS)
                .map(|&i| corpus.refs[i].article)
                .collect::<Vec<_>>()
        };
        let (x, y) = (arts(u), arts(v));
        x.iter()
            .flat_map(|&p| y.iter().map(move |&q| (p.min(q), p.max(q))))
            .filter(|(p, q)| p != q)
            .collect::<Vec<_>>()
    };
    let mut pairs: Vec<(usize, usize)> = loose
        .iter()
        .filter(|l| l.2 < LINK)
        .flat_map(|&(u, v, _)| article_pairs(u, v))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let cos: HashMap<(usize, usize), f64> = pairs
        .into_par_iter()
        .map(|(x, y)| ((x, y), cosine(&docs[x], &docs[y])))
        .collect();
    let mut out: Vec<(usize, usize, f64)> = loose
        .into_iter()
        .filter(|&(u, v, l)| {
            let doc = || {
                article_pairs(u, v)
                    .iter()
                    .filter_map(|k| cos.get(k))
                    .fold(0.0f64, |m, c| m.max(*c))
            };
            l >= LINK || accept(l, doc()).is_some()
        })
        .collect();
    out.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    out
}

/// Whether a unit's text carries the weight a link needs (see
/// [`MIN_SHARED`]): what two copies of it share is all of it.
fn informative(corpus: &Corpus, u: usize) -> bool {
    let (w, f) = (&corpus.weights[u], &corpus.features[u]);
    let all: f64 = w.iter().sum();
    let words: f64 = w
        .iter()
        .zip(&f.named)
        .filter(|(_, named)| !**named)
        .map(|(w, _)| w)
        .sum();
    all >= MIN_SHARED && words >= MIN_SHARED_WORDS
}

/// Whether every claim of units `u` and `v` is of one article.
fn one_article(corpus: &Corpus, u: usize, v: usize) -> bool {
    let a = corpus.refs[corpus.units[u][0]].article;
    corpus.units[u]
        .iter()
        .chain(&corpus.units[v])
        .all(|&i| corpus.refs[i].article == a)
}

/// Groups of claims (indexes into `corpus.refs`, sorted; each group sorted
/// by its first claim) grown from the unit `links`, strongest first. A unit
/// starts as a group of its own (its claims say the same words); two groups
/// merge only when most pairs of their claims of different articles are
/// linked. Claims of one article are never linked, so only pairs of
/// different articles count.
pub fn groups(corpus: &Corpus, links: &[(usize, usize, f64)]) -> Vec<Vec<usize>> {
    let n = corpus.units.len();
    let article = |i: usize| corpus.refs[i].article;
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(u, v, _) in links {
        neighbours[u].push(v);
        neighbours[v].push(u);
    }
    let mut group: Vec<usize> = (0..n).collect();
    let mut units: Vec<Vec<usize>> = (0..n).map(|u| vec![u]).collect();
    let mut claims: Vec<Vec<usize>> = corpus.units.clone();
    for &(u, v, _) in links {
        let (gu, gv) = (group[u], group[v]);
        if gu == gv {
            continue;
        }
        let (small, large) = if claims[gu].len() <= claims[gv].len() {
            (gu, gv)
        } else {
            (gv, gu)
        };
        // Linked claim pairs across, from the smaller group's units.
        let across: usize = units[small]
            .iter()
            .flat_map(|&x| neighbours[x].iter().map(move |&y| (x, y)))
            .filter(|&(_, y)| group[y] == large)
            .map(|(x, y)| cross_pairs(&article, &corpus.units[x], &corpus.units[y]))
            .sum();
        let pairs = cross_pairs(&article, &claims[small], &claims[large]);
        if (across as f64) <= MERGE_SHARE * pairs as f64 {
            continue;
        }
        for &x in &units[small] {
            group[x] = large;
        }
        let moved = std::mem::take(&mut units[small]);
        units[large].extend(moved);
        let moved = std::mem::take(&mut claims[small]);
        claims[large].extend(moved);
    }
    // A unit may say what two groups say (one quotation holding two
    // sentences that other outlets quote apart): it joins every other group
    // where it links to more than half of the units of other articles.
    let mut also: Vec<(usize, usize)> = Vec::new();
    for u in 0..n {
        let mut theirs: Vec<usize> = neighbours[u]
            .iter()
            .map(|&v| group[v])
            .filter(|&g| g != group[u])
            .collect();
        theirs.sort_unstable();
        theirs.dedup();
        for g in theirs {
            let others = units[g]
                .iter()
                .filter(|&&v| {
                    corpus.units[v]
                        .iter()
                        .any(|&i| article(i) != article(corpus.units[u][0]))
                })
                .count();
            let linked = neighbours[u].iter().filter(|&&v| group[v] == g).count();
            if others > 0 && (linked as f64) > MERGE_SHARE * others as f64 {
                also.push((g, u));
            }
        }
    }
    for (g, u) in also {
        let extra = corpus.units[u].clone();
        claims[g].extend(extra);
    }
    // A unit alone is a group only if its text says enough (copies of
    // "Mr." or "Thank you." are not a shared claim).
    let mut out: Vec<Vec<usize>> = claims
        .into_iter()
        .zip(&units)
        .filter(|(_, us)| us.len() > 1 || us.first().is_some_and(|&u| informative(corpus, u)))
        .map(|(m, _)| m)
        .filter(|m| m.iter().any(|&i| article(i) != article(m[0])))
        .collect();
    for m in &mut out {
        m.sort_unstable();
        m.dedup();
    }
    out.sort();
    out
}

/// Pairs (one claim of each list) of different articles.
fn cross_pairs(article: &impl Fn(usize) -> usize, x: &[usize], y: &[usize]) -> usize {
    let mut per_article: HashMap<usize, usize> = HashMap::new();
    for &m in y {
        *per_article.entry(article(m)).or_insert(0) += 1;
    }
    let same: usize = x
        .iter()
        .map(|&m| per_article.get(&article(m)).copied().unwrap_or(0))
        .sum();
    x.len() * y.len() - same
}

/// Independent outlets among `articles` (indexes): articles relaying a
/// common outlet, or published by the same outlet, count once.
pub fn outlets(all: &[Article], articles: &[usize]) -> usize {
    let names = |a: &Article| -> Vec<String> {
        if a.relays.is_empty() {
            a.outlet.iter().map(|o| o.to_lowercase()).collect()
        } else {
            a.relays.iter().map(|o| o.to_lowercase()).collect()
        }
    };
    // Union-find over the articles, joined by any shared name.
    let mut parent: Vec<usize> = (0..articles.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut owner: HashMap<String, usize> = HashMap::new();
    for (k, &a) in articles.iter().enumerate() {
        let Some(article) = all.get(a) else { continue };
        for name in names(article) {
            match owner.get(&name) {
                Some(&o) => {
                    let (x, y) = (root(&mut parent, o), root(&mut parent, k));
                    parent[x.max(y)] = x.min(y);
                }
                None => {
                    owner.insert(name, k);
                }
            }
        }
    }
    (0..articles.len())
        .filter(|&k| root(&mut parent, k) == k)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xref::ClaimRef;
    use crate::xref::features::{Features, Idf};

    /// A corpus of single-claim units; `articles[i]` is claim i's article.
    fn corpus(articles: &[usize]) -> Corpus {
        let n = articles.len();
        Corpus {
            refs: articles
                .iter()
                .map(|&a| ClaimRef {
                    article: a,
                    claim: 0,
                })
                .collect(),
            features: vec![Features::default(); n],
            weights: vec![Vec::new(); n],
            idf: Idf::default(),
            units: (0..n).map(|i| vec![i]).collect(),
            clauses: vec![Vec::new(); n],
            unit_of: (0..n).collect(),
        }
    }

    #[test]
    fn chains_do_not_merge_groups() {
        // 0~1 strongly, 1~2 weakly, no 0~2: 2 stays out (one link of two).
        let c = corpus(&[0, 1, 2]);
        assert_eq!(groups(&c, &[(0, 1, 0.9), (1, 2, 0.8)]), vec![vec![0, 1]]);
        // With 0~2 as well, all three join.
        let links = [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.75)];
        assert_eq!(groups(&c, &links), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn a_claim_saying_two_things_joins_both_groups() {
        // Unit 0 (a quotation of two sentences) is in {0, 1, 4}; units 2 and
        // 3 quote its second sentence apart. The groups do not merge (two
        // links of five pairs), but 0 links to both of {2, 3} and joins it.
        let c = corpus(&[0, 1, 1, 2, 3]);
        let links = [
            (2, 3, 1.0),
            (0, 1, 0.95),
            (0, 4, 0.9),
            (1, 4, 0.9),
            (0, 2, 0.85),
            (0, 3, 0.85),
        ];
        assert_eq!(groups(&c, &links), vec![vec![0, 1, 4], vec![0, 2, 3]]);
    }

    #[test]
    fn pairs_within_one_article_do_not_count_against_a_merge() {
        // 0 and 1 are of one article; 2 matches both of them.
        let c = corpus(&[0, 0, 1]);
        assert_eq!(groups(&c, &[(0, 2, 0.9), (1, 2, 0.8)]), vec![vec![0, 1, 2]]);
        // 3 matches 2 only, not 0: one of two cross pairs, no merge.
        let c = corpus(&[0, 0, 1, 2]);
        assert_eq!(groups(&c, &[(0, 2, 0.9), (2, 3, 0.8)]), vec![vec![0, 2]]);
    }

    #[test]
    fn groups_are_sorted() {
        let c = corpus(&[0, 1, 2, 3, 4]);
        let links = [(3, 4, 0.9), (0, 1, 0.9)];
        assert_eq!(groups(&c, &links), vec![vec![0, 1], vec![3, 4]]);
    }

    #[test]
    fn relaying_one_outlet_counts_once() {
        let mut a = crate::xref::tests::article("a", "Title\n\nBody text here.\n");
        a.relays = vec!["Reuters".into()];
        let mut b = a.clone();
        b.id = "b".into();
        b.outlet = Some("Other Paper".into());
        let mut c = a.clone();
        c.id = "c".into();
        c.relays = Vec::new();
        c.outlet = Some("Third Paper".into());
        let d = c.clone();
        let all = [a, b, c, d];
        // a and b relay Reuters; c and d are one outlet.
        assert_eq!(outlets(&all, &[0, 1, 2, 3]), 2);
        assert_eq!(outlets(&all, &[0, 2]), 2);
        assert_eq!(outlets(&all, &[0, 1]), 1);
    }

    #[test]
    fn cosine_of_normalised_vectors() {
        let a = [(1, 0.6), (2, 0.8)];
        let b = [(2, 1.0)];
        assert!((cosine(&a, &b) - 0.8).abs() < 1e-12);
        assert_eq!(cosine(&a, &[]), 0.0);
    }
}
