//! The per-article pipeline: layout → sentences → figures, entities → claims.
//!
//! [`analyze`] runs every per-article stage on one document; [`analyze_all`]
//! runs it over many in parallel and returns the articles in input order, so
//! that output never depends on the thread count.

use crate::extract::{claims, entities, figures};
use crate::input::{Document, layout};
use crate::model::{Article, Options, Role, Sentence};
use crate::segment;
use rayon::prelude::*;

/// Every per-article record of one document.
pub fn analyze(doc: Document, options: &Options) -> Article {
    let text = doc.text.as_str();
    let layout = layout::analyze(text);
    let sentences = sentences(text, &layout);
    let figures = figures::extract(text, &sentences, options);
    let entities = entities::extract(text, &sentences);
    let (mut claims, mut sources) = claims::extract(text, &sentences, &entities, &figures);
    claims::credit_relayed_outlet(
        text,
        &sentences,
        &mut claims,
        &mut sources,
        layout.outlet.as_deref(),
        &layout.relays,
    );
    let title = layout.title().map(|s| s.of(text).to_string());
    Article {
        id: doc.id,
        path: doc.path,
        title,
        outlet: layout.outlet,
        relays: layout.relays,
        sentences,
        figures,
        entities,
        claims,
        sources,
        blocks: layout.blocks,
        text: doc.text,
    }
}

/// The sentences of every block: body-like blocks are segmented; a headline,
/// a section header or a line of furniture is one sentence as it stands.
pub fn sentences(text: &str, layout: &layout::Layout) -> Vec<Sentence> {
    let mut out = Vec::new();
    for block in &layout.blocks {
        let split = matches!(block.role, Role::Body | Role::Standfirst | Role::Caption);
        let spans = if split {
            segment::split(text, block.span)
        } else {
            vec![block.span]
        };
        for span in spans {
            out.push(Sentence {
                index: out.len(),
                span,
                role: block.role,
            });
        }
    }
    out
}

/// [`analyze`] over many documents, in parallel, results in input order.
pub fn analyze_all(docs: Vec<Document>, options: &Options) -> Vec<Article> {
    analyze_all_with(docs, options, || {})
}

/// [`analyze_all`], calling `done` (from any thread) as each document is
/// finished: a progress bar's tick. The articles are kept without spare
/// capacity, as all of them are held at once.
pub fn analyze_all_with(
    docs: Vec<Document>,
    options: &Options,
    done: impl Fn() + Sync,
) -> Vec<Article> {
    docs.into_par_iter()
        .map(|d| {
            let mut a = analyze(d, options);
            a.shrink_to_fit();
            done();
            a
        })
        .collect()
}
