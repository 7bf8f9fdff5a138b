//! Rendering: the digest for people (`text`), and JSON or JSON Lines for
//! programs. Stages compute, renderers print: every function here takes the
//! finished records and a writer, and nothing else writes to stdout.
//!
//! - [`wire`]: the JSON wire types and their conversion from the model;
//! - [`text`]: the human-readable views, with colour only when asked;
//! - `jsonl`: the JSON Lines of the per-article records, written by hand
//!   (the same bytes as serde_json, faster);
//! - this module: which records each command prints, in each format.

mod jsonl;
pub mod text;
pub mod wire;

use crate::model::Article;
use crate::xref::{ClaimDiff, ClaimRef, Cluster};
use std::cell::RefCell;
use std::io::{self, Write};
use wire::{ArticleDocument, Document, ErrorRecord, Record};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Jsonl,
}

/// Which records a command prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Summary,
    Extract,
    Sentences,
    Claims,
    Figures,
    Entities,
    Sources,
    Xref,
    Diff,
}

impl View {
    pub fn command(self) -> &'static str {
        match self {
            View::Summary => "summarize",
            View::Extract => "extract",
            View::Sentences => "sentences",
            View::Claims => "claims",
            View::Figures => "figures",
            View::Entities => "entities",
            View::Sources => "sources",
            View::Xref => "xref",
            View::Diff => "diff",
        }
    }
}

/// Everything a command computed, ready to print.
pub struct Digest<'a> {
    pub articles: &'a [Article],
    /// Clusters of shared claims (summarize, xref).
    pub clusters: &'a [Cluster],
    /// The claims of the first two articles compared (diff).
    pub diff: Option<&'a ClaimDiff>,
    pub errors: &'a [ErrorRecord],
}

impl Digest<'_> {
    /// Claims that no cluster holds, in article and text order.
    pub fn single_claims(&self) -> Vec<ClaimRef> {
        let clustered: std::collections::HashSet<ClaimRef> = self
            .clusters
            .iter()
            .flat_map(|c| c.members.iter().copied())
            .collect();
        let mut out = Vec::new();
        for (ai, a) in self.articles.iter().enumerate() {
            for ci in 0..a.claims.len() {
                let r = ClaimRef {
                    article: ai,
                    claim: ci,
                };
                if !clustered.contains(&r) {
                    out.push(r);
                }
            }
        }
        out
    }
}

/// Prints `view` of `digest` in `format`.
pub fn render(
    view: View,
    format: Format,
    digest: &Digest,
    color: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::render(view, digest, color, out),
        Format::Jsonl => jsonl(view, digest, out),
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &document(view, digest))?;
            writeln!(out)
        }
    }
}

/// Writes `record` as one line of JSON, into a buffer reused from line to
/// line and written at once (rather than in many small pieces, each a
/// dynamic call on `out`). The records of an article are written by
/// [`jsonl`], the others by serde.
fn line(out: &mut dyn Write, record: &Record) -> io::Result<()> {
    thread_local! {
        static LINE: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }
    LINE.with_borrow_mut(|buf| {
        buf.clear();
        if !jsonl::write(record, buf) {
            serde_json::to_writer(&mut *buf, record)?;
        }
        buf.push(b'\n');
        out.write_all(buf)
    })
}

fn jsonl(view: View, d: &Digest, out: &mut dyn Write) -> io::Result<()> {
    match view {
        View::Xref => {
            for c in d.clusters {
                line(out, &Record::Cluster(wire::cluster(d.articles, c)))?;
            }
        }
        View::Diff => {
            if let Some(diff) = d.diff {
                line(out, &Record::Diff(wire::diff(d.articles, diff)))?;
            }
        }
        View::Summary => {
            for a in d.articles {
                line(out, &Record::Article(wire::article(a)))?;
                for s in wire::sources(a) {
                    line(out, &Record::Source(s))?;
                }
            }
            for c in d.clusters {
                line(out, &Record::Cluster(wire::cluster(d.articles, c)))?;
            }
            for r in d.single_claims() {
                let claim = r.get(d.articles);
                line(
                    out,
                    &Record::Claim(wire::claim(&d.articles[r.article], claim)),
                )?;
            }
        }
        _ => {
            for a in d.articles {
                article_records(view, a, out)?;
            }
        }
    }
    Ok(())
}

/// Whether `view` prints records of one article at a time, so that its
/// output can stream article by article.
pub fn is_per_article(view: View) -> bool {
    matches!(
        view,
        View::Extract
            | View::Sentences
            | View::Claims
            | View::Figures
            | View::Entities
            | View::Sources
    )
}

/// Appends one article's records for a per-article view (text or JSON
/// Lines; the `json` document is written whole by [`render`]) to `out`, the
/// buffer a streaming worker hands to the writer. Articles after the first
/// are preceded by [`between_articles`].
pub fn article(
    view: View,
    format: Format,
    a: &Article,
    color: bool,
    out: &mut Vec<u8>,
) -> io::Result<()> {
    match format {
        Format::Jsonl => {
            jsonl::article_records(view, a, out);
            Ok(())
        }
        _ => text::article(view, a, text::Style::new(color), out),
    }
}

/// What separates two articles printed by [`article`]: a blank line in
/// text, nothing between JSON Lines.
pub fn between_articles(format: Format) -> &'static [u8] {
    match format {
        Format::Jsonl => b"",
        _ => b"\n",
    }
}

/// The JSON Lines records of one article for a per-article view, written to
/// a writer ([`render`]'s output; [`article`] appends to a buffer itself).
///
/// The records are written by [`jsonl`] straight from the model, one at a
/// time (no list of records is built), into a buffer kept from article to
/// article, which goes to `out` in one piece: `out` is written once per
/// article rather than once per line.
fn article_records(view: View, a: &Article, out: &mut dyn Write) -> io::Result<()> {
    thread_local! {
        static ARTICLE: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }
    ARTICLE.with_borrow_mut(|buf| {
        buf.clear();
        jsonl::article_records(view, a, buf);
        out.write_all(buf)
    })
}

fn document<'a>(view: View, d: &Digest<'a>) -> Document<'a> {
    let want = |v: View| view == v || view == View::Extract;
    let articles = d
        .articles
        .iter()
        .map(|a| ArticleDocument {
            article: wire::article(a),
            sentences: want(View::Sentences).then(|| wire::sentences(a)),
            figures: (want(View::Figures) || view == View::Summary).then(|| wire::figures(a)),
            entities: (want(View::Entities) || view == View::Summary).then(|| wire::entities(a)),
            claims: want(View::Claims).then(|| wire::claims(a)),
            sources: (want(View::Sources) || view == View::Summary).then(|| wire::sources(a)),
        })
        .collect();
    let clusters = matches!(view, View::Xref | View::Summary).then(|| {
        d.clusters
            .iter()
            .map(|c| wire::cluster(d.articles, c))
            .collect()
    });
    let single = (view == View::Summary).then(|| {
        d.single_claims()
            .into_iter()
            .map(|r| wire::claim_ref(d.articles, r))
            .collect()
    });
    Document {
        schema_version: wire::SCHEMA_VERSION.to_string(),
        command: view.command().to_string(),
        articles,
        clusters,
        single,
        diff: d.diff.map(|diff| wire::diff(d.articles, diff)),
        matches: None,
        errors: d.errors.to_vec(),
    }
}

/// The JSON Schema of the output, for `rason-digest schema`.
pub fn schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(wire::Output<'static>)).unwrap_or_default()
}
