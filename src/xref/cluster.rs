//! Clustering claims across a corpus: candidate pairs from an inverted index
//! over rare stems, links between pairs the matcher accepts, and groups
//! grown from the strongest links with a guard against chaining.
//!
//! Comparing every pair of claims is quadratic; instead each claim is looked
//! up by its rarest stems (at most [`QUERY_STEMS`] of them, each seen in at
//! most [`MAX_POSTINGS`] claims): two claims that say the same thing share a
//! rare word, and a word in thousands of claims tells nothing about which
//! claims match. Candidates are scored in parallel; the result does not
//! depend on the thread count, as links are sorted before grouping.

use super::Corpus;
use super::matching::Similarity;
use crate::model::Article;
use rayon::prelude::*;
use std::collections::HashMap;

/// Stems used to look a claim up: its rarest ones.
const QUERY_STEMS: usize = 8;

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
    let link = CONTAIN_SHARE * sim.contain + (1.0 - CONTAIN_SHARE) * sim.cover
        - if sim.conflict { FIGURE_PENALTY } else { 0.0 };
    let enough = sim.shared >= MIN_SHARED && sim.shared_words >= MIN_SHARED_WORDS;
    (enough && link >= LOOSE).then_some(link)
}

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
    let mut tf: Vec<HashMap<u64, f64>> = vec![HashMap::new(); n_articles];
    for (r, f) in corpus.refs.iter().zip(&corpus.features) {
        if let Some(m) = tf.get_mut(r.article) {
            for t in &f.tokens {
                *m.entry(t.id).or_insert(0.0) += 1.0;
            }
        }
    }
    let mut df: HashMap<u64, f64> = HashMap::new();
    for m in &tf {
        for s in m.keys() {
            *df.entry(*s).or_insert(0.0) += 1.0;
        }
    }
    let n = n_articles.max(1) as f64;
    tf.into_par_iter()
        .map(|m| {
            let mut v: Vec<(u64, f64)> = m
                .into_iter()
                .map(|(s, c)| {
                    (
                        s,
                        c.sqrt() * (1.0 + n / df.get(&s).copied().unwrap_or(1.0)).ln(),
                    )
                })
                .collect();
            v.sort_unstable_by_key(|x| x.0);
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

/// Links between claims of different articles: (claim, claim, score) with
/// the first index smaller, sorted strongest first, then by index.
pub fn links(corpus: &Corpus, articles: &[Article]) -> Vec<(usize, usize, f64)> {
    let n = corpus.refs.len();
    let idf = &corpus.idf;
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, f) in corpus.features.iter().enumerate() {
        for s in &f.stems {
            if (idf.df(*s) as usize) <= MAX_POSTINGS {
                postings.entry(*s).or_default().push(i as u32);
            }
        }
    }
    let loose: Vec<(usize, usize, f64)> = (0..n)
        .into_par_iter()
        .flat_map_iter(|i| {
            let f = &corpus.features[i];
            let mut keys: Vec<(u32, u64)> = f
                .stems
                .iter()
                .map(|s| (idf.df(*s), *s))
                .filter(|(df, _)| (*df as usize) <= MAX_POSTINGS)
                .collect();
            keys.sort_unstable();
            keys.truncate(QUERY_STEMS);
            let mut candidates: Vec<u32> = keys
                .iter()
                .filter_map(|(_, s)| postings.get(s))
                .flatten()
                .copied()
                .filter(|&j| {
                    let j = j as usize;
                    j > i && corpus.refs[j].article != corpus.refs[i].article
                })
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            let a = corpus.side(articles, i);
            candidates
                .into_iter()
                .filter_map(|j| {
                    let j = j as usize;
                    let sim = Similarity::compute(&a, &corpus.side(articles, j));
                    claim_link(&sim).map(|l| (i, j, l))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    // The article context of each loose link, computed once per article pair.
    let docs = doc_vectors(corpus, articles.len());
    let mut pairs: Vec<(usize, usize)> = loose
        .iter()
        .map(|&(i, j, _)| (corpus.refs[i].article, corpus.refs[j].article))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let cos: HashMap<(usize, usize), f64> = pairs
        .into_par_iter()
        .map(|(x, y)| ((x, y), cosine(&docs[x], &docs[y])))
        .collect();
    let mut out: Vec<(usize, usize, f64)> = loose
        .into_iter()
        .filter_map(|(i, j, l)| {
            let key = (corpus.refs[i].article, corpus.refs[j].article);
            accept(l, cos.get(&key).copied().unwrap_or(0.0)).map(|s| (i, j, s))
        })
        .collect();
    out.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    out
}

/// Groups of claim indexes (each with at least two members, members sorted)
/// grown from `links`, strongest first. `article[i]` is the article of
/// claim `i`: claims of one article are never linked, so only pairs of
/// different articles count when deciding whether two groups merge.
pub fn groups(article: &[usize], links: &[(usize, usize, f64)]) -> Vec<Vec<usize>> {
    let n = article.len();
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(i, j, _) in links {
        neighbours[i].push(j);
        neighbours[j].push(i);
    }
    let mut group: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for &(i, j, _) in links {
        let (gi, gj) = (group[i], group[j]);
        if gi == gj {
            continue;
        }
        // Count links across from the smaller group.
        let (small, large) = if members[gi].len() <= members[gj].len() {
            (gi, gj)
        } else {
            (gj, gi)
        };
        let across: usize = members[small]
            .iter()
            .map(|&m| neighbours[m].iter().filter(|&&k| group[k] == large).count())
            .sum();
        let pairs = cross_pairs(article, &members[small], &members[large]);
        if (across as f64) <= MERGE_SHARE * pairs as f64 {
            continue;
        }
        let moved = std::mem::take(&mut members[small]);
        for &m in &moved {
            group[m] = large;
        }
        members[large].extend(moved);
    }
    let mut out: Vec<Vec<usize>> = members.into_iter().filter(|m| m.len() > 1).collect();
    for m in &mut out {
        m.sort_unstable();
    }
    out.sort();
    out
}

/// Pairs (one member of each group) of different articles.
fn cross_pairs(article: &[usize], x: &[usize], y: &[usize]) -> usize {
    let mut per_article: HashMap<usize, usize> = HashMap::new();
    for &m in y {
        *per_article.entry(article[m]).or_insert(0) += 1;
    }
    let same: usize = x
        .iter()
        .map(|&m| per_article.get(&article[m]).copied().unwrap_or(0))
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

    #[test]
    fn chains_do_not_merge_groups() {
        // 0~1 strongly, 1~2 weakly, no 0~2: 2 stays out (one link of two).
        let links = [(0, 1, 0.9), (1, 2, 0.8)];
        let arts = [0, 1, 2];
        assert_eq!(groups(&arts, &links), vec![vec![0, 1]]);
        // With 0~2 as well, all three join.
        let links = [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.75)];
        assert_eq!(groups(&arts, &links), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn pairs_within_one_article_do_not_count_against_a_merge() {
        // 0 and 1 are of one article; 2 matches both of them.
        let links = [(0, 2, 0.9), (1, 2, 0.8)];
        assert_eq!(groups(&[0, 0, 1], &links), vec![vec![0, 1, 2]]);
        // 3 matches 2 only, not 0: one of two cross pairs, no merge.
        let links = [(0, 2, 0.9), (2, 3, 0.8)];
        assert_eq!(groups(&[0, 0, 1, 2], &links), vec![vec![0, 2]]);
    }

    #[test]
    fn groups_are_sorted_and_independent_of_link_input_order() {
        let links = [(3, 4, 0.9), (0, 1, 0.9)];
        assert_eq!(
            groups(&[0, 1, 2, 3, 4], &links),
            vec![vec![0, 1], vec![3, 4]]
        );
    }
}
