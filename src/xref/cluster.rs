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
use super::features::Weighting;
use super::matching::Similarity;
use crate::model::Article;
use rayon::prelude::*;
use std::collections::HashMap;

/// Stems used to look a claim up: its rarest ones.
const QUERY_STEMS: usize = 8;

/// A stem in more claims than this is not looked up.
const MAX_POSTINGS: usize = 400;

/// The matcher's score a link needs. Stricter than the `match` command's
/// threshold: in a corpus, most pairs are unrelated, so a false link is
/// far more likely than in a pair someone chose to compare.
pub const LINK: f64 = 0.7;

/// The content weight (in IDF units, about one per rare word) two claims
/// must share to be linked, so that stock phrases ("Thank you so much.")
/// do not link articles.
pub const MIN_SHARED: f64 = 2.5;

/// Two groups merge only when more than this share of their cross pairs are
/// links: a chain of pairwise matches (A~B, B~C) does not make A~C.
const MERGE_SHARE: f64 = 0.5;

/// Whether two claims of a corpus are linked, with their similarity.
pub fn accept(sim: &Similarity) -> bool {
    sim.shared >= MIN_SHARED && sim.score() >= LINK
}

/// Links between claims of different articles: (claim, claim, score) with
/// the first index smaller, sorted strongest first, then by index.
pub fn links(corpus: &Corpus, articles: &[Article]) -> Vec<(usize, usize, f64)> {
    let n = corpus.refs.len();
    let Weighting::Idf(idf) = &corpus.weighting else {
        return Vec::new();
    };
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, f) in corpus.features.iter().enumerate() {
        for s in &f.stems {
            if (idf.df(*s) as usize) <= MAX_POSTINGS {
                postings.entry(*s).or_default().push(i as u32);
            }
        }
    }
    let mut out: Vec<(usize, usize, f64)> = (0..n)
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
                    let sim = Similarity::compute(&a, &corpus.side(articles, j), &corpus.weighting);
                    accept(&sim).then(|| (i, j, sim.score()))
                })
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    out
}

/// Groups of claim indexes (each with at least two members, members sorted)
/// grown from `links`, strongest first.
pub fn groups(n: usize, links: &[(usize, usize, f64)]) -> Vec<Vec<usize>> {
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
        let pairs = members[small].len() * members[large].len();
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
        assert_eq!(groups(3, &links), vec![vec![0, 1]]);
        // With 0~2 as well, all three join.
        let links = [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.75)];
        assert_eq!(groups(3, &links), vec![vec![0, 1, 2]]);
    }

    #[test]
    fn groups_are_sorted_and_independent_of_link_input_order() {
        let links = [(3, 4, 0.9), (0, 1, 0.9)];
        assert_eq!(groups(5, &links), vec![vec![0, 1], vec![3, 4]]);
    }
}
