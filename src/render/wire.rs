//! The JSON wire types: the records users' scripts rely on.
//!
//! Kept apart from [`crate::model`] so that the model can change without the
//! schema changing. The records of articles borrow their text from the
//! model rather than copying it: they are made only to be written out. Every record carries `record` (its kind) in JSON Lines
//! and in the nested `json` document alike. Field names follow the contract
//! in the README's schema section; bump [`SCHEMA_VERSION`] on any change that
//! could break a consumer.

use crate::model::{self, Article, Span};
use crate::xref::{self, ClaimRef};
use schemars::JsonSchema;
use serde::Serialize;

/// The version of the JSON output's shape.
pub const SCHEMA_VERSION: &str = "1.2";

/// A piece of the input with its byte span: `input[start..end] == text`.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Mention<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
}

impl<'a> Mention<'a> {
    pub fn new(article: &'a Article, span: Span) -> Self {
        Mention {
            text: article.slice(span),
            start: span.start,
            end: span.end,
        }
    }
}

/// One line of JSON Lines output.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(tag = "record", rename_all = "snake_case")]
pub enum Record<'a> {
    Article(ArticleRecord),
    Sentence(SentenceRecord<'a>),
    Claim(ClaimRecord<'a>),
    Figure(FigureRecord<'a>),
    Entity(EntityRecord<'a>),
    Source(SourceRecord<'a>),
    Cluster(ClusterRecord<'a>),
    Diff(DiffRecord<'a>),
    Match(MatchRecord),
    Error(ErrorRecord),
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ArticleRecord {
    pub schema_version: String,
    pub id: String,
    pub path: String,
    /// The headline; null when the article has none.
    pub title: Option<String>,
    /// The outlet that published it, when the text names it.
    pub outlet: Option<String>,
    /// Outlets it says it reports from ("Reuters").
    pub relays: Vec<String>,
    pub bytes: usize,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct SentenceRecord<'a> {
    pub article: &'a str,
    pub index: usize,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// headline, standfirst, dateline, body, caption, section_header,
    /// related, boilerplate.
    pub role: &'static str,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct AttributionRecord<'a> {
    /// Canonical name of the source; null when unresolved.
    pub source: Option<&'a str>,
    /// person, organization, outlet, anonymous, document.
    pub source_type: &'static str,
    /// The source as written here ("he", "Jeong", "experts").
    pub mention: Option<Mention<'a>>,
    pub verb: Option<&'a str>,
    /// direct, indirect, none.
    pub quote: &'static str,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ClaimRecord<'a> {
    pub article: &'a str,
    pub id: &'a str,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// Index of the sentence the claim is in.
    pub sentence: usize,
    /// Null when the article asserts it in its own voice.
    pub attribution: Option<AttributionRecord<'a>>,
    pub hedged: bool,
    /// Every hedge cue: `writer_hedges` and `source_hedges` together.
    pub hedges: &'a [String],
    /// The article's own caution: cues in its own voice or in the frame
    /// ("it is believed", "reportedly").
    pub writer_hedges: Vec<String>,
    /// The source's caution: cues inside what the source is quoted or
    /// reported to say ("experts say it may ...").
    pub source_hedges: &'a [String],
    /// Canonical entity names.
    pub entities: &'a [String],
    /// Figure ids.
    pub figures: &'a [String],
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct DateFields<'a> {
    /// ISO YYYY-MM-DD, YYYY-MM or YYYY; null when unresolved.
    pub date: Option<&'a str>,
    /// False when a relative date had no reference date (--date).
    pub resolved: bool,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct RangeFields {
    pub low: Option<f64>,
    pub high: Option<f64>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct FigureRecord<'a> {
    pub article: &'a str,
    pub id: &'a str,
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    /// count, percent, money, quantity, year, decade, date, duration,
    /// ordinal, range.
    pub kind: &'static str,
    pub value: Option<f64>,
    /// Singular, lower case: container, barrel, usd, km, ...
    pub unit: Option<&'a str>,
    pub approximate: bool,
    pub qualifier: Option<&'a str>,
    /// Present on dates.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateFields<'a>>,
    /// Present on ranges.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub range: Option<RangeFields>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct EntityRecord<'a> {
    pub article: &'a str,
    pub name: &'a str,
    /// person, organization, place, other.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub aliases: &'a [String],
    pub mentions: Vec<Mention<'a>>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct SourceRecord<'a> {
    pub article: &'a str,
    pub name: &'a str,
    /// person, organization, outlet, anonymous, document.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub role: Option<&'a str>,
    /// Claim ids.
    pub claims: &'a [String],
}

/// A claim as a member of a cluster or a side of a diff.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ClaimRefRecord<'a> {
    pub article: &'a str,
    pub claim: &'a str,
    pub text: &'a str,
    /// The source, when attributed.
    pub source: Option<&'a str>,
    pub hedged: bool,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct DifferenceRecord {
    /// figure, hedge, attribution, negation (since 1.2), detail.
    pub kind: String,
    pub detail: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ClusterRecord<'a> {
    pub id: &'a str,
    pub claims: Vec<ClaimRefRecord<'a>>,
    /// Distinct articles backing the claim.
    pub articles: usize,
    /// Independent outlets: articles relaying the same outlet count once.
    pub outlets: usize,
    pub differences: Vec<DifferenceRecord>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ClaimPairRecord<'a> {
    pub a: ClaimRefRecord<'a>,
    pub b: ClaimRefRecord<'a>,
    /// Empty for shared pairs.
    pub differences: Vec<DifferenceRecord>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct DiffRecord<'a> {
    /// Article ids.
    pub a: &'a str,
    pub b: &'a str,
    pub shared: Vec<ClaimPairRecord<'a>>,
    pub changed: Vec<ClaimPairRecord<'a>>,
    pub only_a: Vec<ClaimRefRecord<'a>>,
    pub only_b: Vec<ClaimRefRecord<'a>>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct MatchRecord {
    /// The input object's other fields, passed through.
    #[serde(flatten)]
    pub fields: serde_json::Map<String, serde_json::Value>,
    pub score: f64,
    pub same: bool,
    pub differences: Vec<DifferenceRecord>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ErrorRecord {
    pub path: String,
    pub message: String,
}

/// One article with all its records nested (the `json` format).
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ArticleDocument<'a> {
    #[serde(flatten)]
    pub article: ArticleRecord,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceRecord<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figures: Option<Vec<FigureRecord<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityRecord<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<ClaimRecord<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<SourceRecord<'a>>>,
}

/// The whole output of one command in the `json` format.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Document<'a> {
    pub schema_version: String,
    pub command: String,
    pub articles: Vec<ArticleDocument<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<ClusterRecord<'a>>>,
    /// Claims only one article makes (summarize).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub single: Option<Vec<ClaimRefRecord<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<DiffRecord<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<MatchRecord>>,
    pub errors: Vec<ErrorRecord>,
}

/// What `schema` describes: a `json` document or one JSON Lines record.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum Output<'a> {
    Document(Document<'a>),
    Record(Record<'a>),
}

pub fn article(a: &Article) -> ArticleRecord {
    ArticleRecord {
        schema_version: SCHEMA_VERSION.to_string(),
        id: a.id.clone(),
        path: a.path.clone(),
        title: a.title.clone(),
        outlet: a.outlet.clone(),
        relays: a.relays.clone(),
        bytes: a.text.len(),
    }
}

pub fn sentence<'a>(a: &'a Article, s: &model::Sentence) -> SentenceRecord<'a> {
    SentenceRecord {
        article: &a.id,
        index: s.index,
        text: a.slice(s.span),
        start: s.span.start,
        end: s.span.end,
        role: s.role.as_str(),
    }
}

pub fn sentences(a: &Article) -> Vec<SentenceRecord<'_>> {
    a.sentences.iter().map(|s| sentence(a, s)).collect()
}

pub fn claim<'a>(a: &'a Article, c: &'a model::Claim) -> ClaimRecord<'a> {
    ClaimRecord {
        article: &a.id,
        id: &c.id,
        text: a.slice(c.span),
        start: c.span.start,
        end: c.span.end,
        sentence: c.sentence,
        attribution: c.attribution.as_ref().map(|at| AttributionRecord {
            source: at.source.as_deref(),
            source_type: at.kind.as_str(),
            mention: at.mention.map(|m| Mention::new(a, m)),
            verb: at.verb.as_deref(),
            quote: at.quote.as_str(),
        }),
        hedged: c.hedged(),
        hedges: &c.hedges,
        writer_hedges: c.writer_hedges(),
        source_hedges: &c.source_hedges,
        entities: &c.entities,
        figures: &c.figures,
    }
}

pub fn claims(a: &Article) -> Vec<ClaimRecord<'_>> {
    a.claims.iter().map(|c| claim(a, c)).collect()
}

pub fn figure<'a>(a: &'a Article, f: &'a model::Figure) -> FigureRecord<'a> {
    use model::FigureKind;
    FigureRecord {
        article: &a.id,
        id: &f.id,
        text: a.slice(f.span),
        start: f.span.start,
        end: f.span.end,
        kind: f.kind.as_str(),
        value: f.value,
        unit: f.unit.as_deref(),
        approximate: f.approximate,
        qualifier: f.qualifier.as_deref(),
        date: (f.kind == FigureKind::Date).then_some(DateFields {
            date: f.date.as_deref(),
            resolved: !f.unresolved,
        }),
        range: (f.kind == FigureKind::Range).then_some(RangeFields {
            low: f.low,
            high: f.high,
        }),
    }
}

pub fn figures(a: &Article) -> Vec<FigureRecord<'_>> {
    a.figures.iter().map(|f| figure(a, f)).collect()
}

pub fn entities(a: &Article) -> Vec<EntityRecord<'_>> {
    a.entities
        .iter()
        .map(|e| EntityRecord {
            article: &a.id,
            name: &e.name,
            kind: e.kind.as_str(),
            aliases: &e.aliases,
            mentions: e.mentions.iter().map(|&m| Mention::new(a, m)).collect(),
        })
        .collect()
}

pub fn source<'a>(a: &'a Article, s: &'a model::Source) -> SourceRecord<'a> {
    SourceRecord {
        article: &a.id,
        name: &s.name,
        kind: s.kind.as_str(),
        role: s.role.as_deref(),
        claims: &s.claims,
    }
}

pub fn sources(a: &Article) -> Vec<SourceRecord<'_>> {
    a.sources.iter().map(|s| source(a, s)).collect()
}

pub fn claim_ref(articles: &[Article], r: ClaimRef) -> ClaimRefRecord<'_> {
    let a = &articles[r.article];
    let c = r.get(articles);
    ClaimRefRecord {
        article: &a.id,
        claim: &c.id,
        text: a.slice(c.span),
        source: c.attribution.as_ref().and_then(|at| at.source.as_deref()),
        hedged: c.hedged(),
    }
}

pub fn differences(ds: &[xref::Difference]) -> Vec<DifferenceRecord> {
    ds.iter()
        .map(|d| DifferenceRecord {
            kind: d.kind.as_str().to_string(),
            detail: d.detail.clone(),
        })
        .collect()
}

pub fn cluster<'a>(articles: &'a [Article], c: &'a xref::Cluster) -> ClusterRecord<'a> {
    ClusterRecord {
        id: &c.id,
        claims: c.members.iter().map(|&r| claim_ref(articles, r)).collect(),
        articles: c.articles,
        outlets: c.outlets,
        differences: differences(&c.differences),
    }
}

pub fn diff<'a>(articles: &'a [Article], d: &'a xref::ClaimDiff) -> DiffRecord<'a> {
    let pair = |a: ClaimRef, b: ClaimRef, ds: &[xref::Difference]| ClaimPairRecord {
        a: claim_ref(articles, a),
        b: claim_ref(articles, b),
        differences: differences(ds),
    };
    DiffRecord {
        a: &articles[0].id,
        b: &articles[1].id,
        shared: d.shared.iter().map(|&(a, b)| pair(a, b, &[])).collect(),
        changed: d
            .changed
            .iter()
            .map(|(a, b, ds)| pair(*a, *b, ds))
            .collect(),
        only_a: d.only_a.iter().map(|&r| claim_ref(articles, r)).collect(),
        only_b: d.only_b.iter().map(|&r| claim_ref(articles, r)).collect(),
    }
}
