//! Tests of the entry points over small articles written for them.

use super::*;
use crate::pipeline;

pub(crate) fn article(id: &str, text: &str) -> Article {
    let doc = Document {
        id: id.to_string(),
        path: format!("{id}.txt"),
        text: text.to_string(),
    };
    pipeline::analyze(doc, &Options::default())
}

const HARBOUR_A: &str = "Harbour news\n\n\
    The harbour authority reopened the northern pier to cargo vessels after a decade of repairs. \
    Thank you so much. \
    Fishermen in the bay welcomed the decision on Monday.\n";
const HARBOUR_B: &str = "Pier reopens\n\n\
    Cargo vessels may use the northern pier again after the harbor authority reopened it \
    following a decade of repairs. \
    Thank you so much. \
    A new bakery opened on the high street.\n";
const ELECTION: &str = "Vote count\n\n\
    The electoral commission finished counting ballots in the mountain provinces late on Sunday. \
    Thank you so much.\n";

#[test]
fn match_texts_tells_paraphrases_from_different_claims() {
    let same = match_texts(
        "The storm knocked out power to nearly 40,000 homes across the county on Friday.",
        "Almost 40,000 homes across the county lost power when the storm hit on Friday.",
    );
    assert!(same.same, "{same:?}");
    let different = match_texts(
        "The storm knocked out power to nearly 40,000 homes across the county on Friday.",
        "The county council approved a new budget for road repairs on Friday.",
    );
    assert!(!different.same, "{different:?}");
    assert!(different.score < same.score);
}

/// The detail of a pair's negation difference, if it has one.
fn negation(m: &PairMatch) -> Option<&str> {
    m.differences
        .iter()
        .find(|d| d.kind == DifferenceKind::Negation)
        .map(|d| d.detail.as_str())
}

#[test]
fn a_negated_claim_scores_lower_and_the_negation_is_reported() {
    let plain = "Police said the driver was considered a suspect in the shooting.";
    let negated = "Police said the driver was not considered a suspect in the shooting.";
    let same = match_texts(plain, plain);
    let m = match_texts(plain, negated);
    assert!(m.score < same.score, "{m:?}");
    assert_eq!(
        negation(&m),
        Some("b negates it (\"not considered\"); a does not"),
        "{m:?}"
    );
    // "Not only ... but also" asserts both.
    let also = match_texts(
        plain,
        "Police said the driver was not only considered a suspect but also arrested.",
    );
    assert!(negation(&also).is_none(), "{also:?}");
    // Both sides negating is no difference.
    let both = match_texts(
        negated,
        "The driver was not considered a suspect, police said.",
    );
    assert!(negation(&both).is_none(), "{both:?}");
}

#[test]
fn match_texts_reports_a_figure_that_disagrees() {
    let m = match_texts(
        "The storm knocked out power to 40,000 homes across the county on Friday.",
        "The storm knocked out power to 60,000 homes across the county on Friday.",
    );
    assert!(
        m.differences
            .iter()
            .any(|d| d.kind == DifferenceKind::Figure && d.detail.contains("60,000")),
        "{m:?}"
    );
}

#[test]
fn clusters_join_the_shared_claim_and_not_stock_phrases() {
    let articles = [
        article("a", HARBOUR_A),
        article("b", HARBOUR_B),
        article("c", ELECTION),
    ];
    let clusters = cluster(&articles);
    assert_eq!(clusters.len(), 1, "{clusters:?}");
    let c = &clusters[0];
    assert_eq!(c.id, "x1");
    assert_eq!(c.articles, 2);
    assert_eq!(c.outlets, 2);
    let texts: Vec<&str> = c
        .members
        .iter()
        .map(|m| articles[m.article].slice(m.get(&articles).span))
        .collect();
    assert!(texts[0].starts_with("The harbour authority"), "{texts:?}");
    assert!(texts[1].starts_with("Cargo vessels"), "{texts:?}");
}

#[test]
fn clustering_is_deterministic_and_sorted() {
    let articles = [
        article("a", HARBOUR_A),
        article("b", HARBOUR_B),
        article("c", HARBOUR_A),
        article("d", ELECTION),
    ];
    let first = cluster(&articles);
    assert_eq!(first, cluster(&articles));
    for (i, c) in first.iter().enumerate() {
        assert_eq!(c.id, format!("x{}", i + 1));
        assert!(c.members.windows(2).all(|w| w[0] < w[1]));
    }
    assert!(first.windows(2).all(|w| w[0].articles >= w[1].articles));
    // The pier claim is in a, b and c.
    assert_eq!(first[0].articles, 3, "{first:?}");
}

#[test]
fn copies_of_a_claim_share_features_placed_in_their_own_article() {
    // One sentence in two articles, at different places: its features are
    // made once, and each claim's side finds its words in its own text.
    let articles = vec![
        article("a", HARBOUR_A),
        article(
            "b",
            &format!("Other news\n\nA much longer opening paragraph. {HARBOUR_A}"),
        ),
    ];
    let corpus = Corpus::new(&articles);
    assert!(
        corpus.features.len() < corpus.refs.len(),
        "copies share features"
    );
    for (i, r) in corpus.refs.iter().enumerate() {
        let claim = r.get(&articles);
        let written = articles[r.article].slice(claim.span);
        let side = corpus.side(&articles, i);
        for t in &side.features.tokens {
            let span = side.at(t.span);
            assert_eq!(
                side.text.get(span.start..span.end),
                written.get(t.span.start..t.span.end),
                "{written}"
            );
        }
    }
}

#[test]
fn diff_pairs_each_claim_once() {
    let articles = [article("a", HARBOUR_A), article("b", HARBOUR_B)];
    let d = diff(&articles);
    let matched: Vec<(ClaimRef, ClaimRef)> = d
        .shared
        .iter()
        .copied()
        .chain(d.changed.iter().map(|c| (c.0, c.1)))
        .collect();
    assert_eq!(matched.len(), 1, "{d:?}");
    let text = |r: ClaimRef| articles[r.article].slice(r.get(&articles).span);
    assert!(text(matched[0].0).contains("northern pier"), "{d:?}");
    assert!(text(matched[0].1).contains("northern pier"), "{d:?}");
    assert_eq!(d.only_a.len(), articles[0].claims.len() - 1);
    assert_eq!(d.only_b.len(), articles[1].claims.len() - 1);
}

#[test]
fn awkward_input_never_panics() {
    let long = "word ".repeat(20_000) + "東京 “quoted” — 2,000.5 ’s";
    let texts = [
        "",
        "...!?",
        "\n\n\n",
        "東京で会議が開かれた。北京も。",
        "Ünïcödé straße — “quotes” ’n’ dashes… 1,0,0 3.",
        long.as_str(),
    ];
    for a in texts {
        for b in texts {
            let m = match_texts(a, b);
            assert!((0.0..=1.0).contains(&m.score));
        }
    }
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| article(&i.to_string(), t))
        .collect();
    let _ = cluster(&articles);
    let _ = diff(&articles);
    let _ = diff(&articles[..1]);
    let _ = diff(&[]);
}

/// Writes the match features of labelled pairs for `scripts/fit-match-weights`:
/// reads JSON Lines with `s1`, `s2`, `label` from `$RASON_FIT_PAIRS`, writes
/// `label` and the feature vector, tab separated, to `$RASON_FIT_OUT`.
#[test]
#[ignore = "run by scripts/fit-match-weights"]
fn dump_match_features() {
    use std::io::Write;
    let (Ok(input), Ok(output)) = (
        std::env::var("RASON_FIT_PAIRS"),
        std::env::var("RASON_FIT_OUT"),
    ) else {
        return;
    };
    let text = std::fs::read_to_string(input).expect("readable pairs");
    let mut out = std::io::BufWriter::new(std::fs::File::create(output).expect("writable"));
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let get = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let label = v.get("label").and_then(|x| x.as_i64()).unwrap_or(0);
        let (x, y) = (
            Analyzed::new("a", &get("s1")),
            Analyzed::new("b", &get("s2")),
        );
        let sim = Similarity::compute(&x.side(), &y.side());
        let cols: Vec<String> = sim.vector().iter().map(|f| format!("{f:.6}")).collect();
        writeln!(out, "{label}\t{}", cols.join("\t")).expect("written");
    }
}

#[test]
fn clauses_are_the_pieces_between_commas_with_short_ones_joined() {
    let t = "Representative Blake Farenthold, the Texas Republican who used taxpayer funds, abruptly resigned from Congress on Friday.";
    let pieces: Vec<&str> = super::clause_spans(t)
        .iter()
        .map(|&(a, b)| &t[a..b])
        .collect();
    assert_eq!(
        pieces,
        [
            // Three words are too few for a clause: the name joins what follows.
            "Representative Blake Farenthold, the Texas Republican who used taxpayer funds",
            " abruptly resigned from Congress on Friday."
        ]
    );
    assert!(super::clause_spans("Ships docked on Monday.").is_empty());
    assert!(super::clause_spans("Yes, he said.").is_empty());
}

#[test]
fn a_claim_that_is_a_clause_of_a_longer_sentence_links_through_it() {
    let articles = [
        article(
            "a",
            "Farenthold used $84,000 in taxpayer funds to settle a sexual harassment lawsuit his former communications director had filed.\n",
        ),
        article(
            "b",
            "Representative Blake Farenthold, the Texas Republican who used $84,000 in taxpayer funds to settle a sexual harassment case with his former communications director, abruptly resigned from Congress on Friday afternoon.\n",
        ),
    ];
    let corpus = super::Corpus::new(&articles);
    let (x, y) = (corpus.side(&articles, 0), corpus.side(&articles, 1));
    let whole =
        super::cluster::claim_link(&super::matching::Similarity::compute(&x, &y)).unwrap_or(0.0);
    let part = super::cluster::clause_link(
        &x,
        &corpus.clause_sides(&articles, corpus.unit_of[0]),
        &y,
        &corpus.clause_sides(&articles, corpus.unit_of[1]),
    )
    .unwrap_or(0.0);
    assert!(part > whole, "clause link {part} against whole {whole}");
}

#[test]
fn a_negation_governs_the_first_content_word_within_its_reach() {
    use super::features::Features;
    let text = "Officials did not immediately respond to requests.";
    let f = Features::of(text, 0);
    let spans: Vec<&str> = f.negated.iter().map(|(_, s)| s.of(text)).collect();
    assert_eq!(spans, ["not immediately"]);
    assert!(f.negates);
    // Out of reach: four words after the negation.
    let far = Features::of("He never said that it was a crime.", 0);
    assert!(far.negated.is_empty(), "{:?}", far.negated);
    assert!(far.negates);
}
