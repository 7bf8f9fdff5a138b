//! The JSON wire types: the records users' scripts rely on.
//!
//! Kept apart from [`crate::model`] so that the model can change without the
//! schema changing. Every record carries `record` (its kind) in JSON Lines
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
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl Mention {
    pub fn new(article: &Article, span: Span) -> Self {
        Mention {
            text: article.slice(span).to_string(),
            start: span.start,
            end: span.end,
        }
    }
}

/// One line of JSON Lines output.
#[derive(Clone, Debug, Serialize, JsonSchema)]
#[serde(tag = "record", rename_all = "snake_case")]
pub enum Record {
    Article(ArticleRecord),
    Sentence(SentenceRecord),
    Claim(ClaimRecord),
    Figure(FigureRecord),
    Entity(EntityRecord),
    Source(SourceRecord),
    Cluster(ClusterRecord),
    Diff(DiffRecord),
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
pub struct SentenceRecord {
    pub article: String,
    pub index: usize,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// headline, standfirst, dateline, body, caption, section_header,
    /// related, boilerplate.
    pub role: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct AttributionRecord {
    /// Canonical name of the source; null when unresolved.
    pub source: Option<String>,
    /// person, organization, outlet, anonymous, document.
    pub source_type: String,
    /// The source as written here ("he", "Jeong", "experts").
    pub mention: Option<Mention>,
    pub verb: Option<String>,
    /// direct, indirect, none.
    pub quote: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ClaimRecord {
    pub article: String,
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Index of the sentence the claim is in.
    pub sentence: usize,
    /// Null when the article asserts it in its own voice.
    pub attribution: Option<AttributionRecord>,
    pub hedged: bool,
    /// Every hedge cue: `writer_hedges` and `source_hedges` together.
    pub hedges: Vec<String>,
    /// The article's own caution: cues in its own voice or in the frame
    /// ("it is believed", "reportedly").
    pub writer_hedges: Vec<String>,
    /// The source's caution: cues inside what the source is quoted or
    /// reported to say ("experts say it may ...").
    pub source_hedges: Vec<String>,
    /// Canonical entity names.
    pub entities: Vec<String>,
    /// Figure ids.
    pub figures: Vec<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct DateFields {
    /// ISO YYYY-MM-DD, YYYY-MM or YYYY; null when unresolved.
    pub date: Option<String>,
    /// False when a relative date had no reference date (--date).
    pub resolved: bool,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct RangeFields {
    pub low: Option<f64>,
    pub high: Option<f64>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct FigureRecord {
    pub article: String,
    pub id: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// count, percent, money, quantity, year, decade, date, duration,
    /// ordinal, range.
    pub kind: String,
    pub value: Option<f64>,
    /// Singular, lower case: container, barrel, usd, km, ...
    pub unit: Option<String>,
    pub approximate: bool,
    pub qualifier: Option<String>,
    /// Present on dates.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateFields>,
    /// Present on ranges.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub range: Option<RangeFields>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct EntityRecord {
    pub article: String,
    pub name: String,
    /// person, organization, place, other.
    #[serde(rename = "type")]
    pub kind: String,
    pub aliases: Vec<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct SourceRecord {
    pub article: String,
    pub name: String,
    /// person, organization, outlet, anonymous, document.
    #[serde(rename = "type")]
    pub kind: String,
    pub role: Option<String>,
    /// Claim ids.
    pub claims: Vec<String>,
}

/// A claim as a member of a cluster or a side of a diff.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ClaimRefRecord {
    pub article: String,
    pub claim: String,
    pub text: String,
    /// The source, when attributed.
    pub source: Option<String>,
    pub hedged: bool,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct DifferenceRecord {
    /// figure, hedge, attribution, negation (since 1.2), detail.
    pub kind: String,
    pub detail: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ClusterRecord {
    pub id: String,
    pub claims: Vec<ClaimRefRecord>,
    /// Distinct articles backing the claim.
    pub articles: usize,
    /// Independent outlets: articles relaying the same outlet count once.
    pub outlets: usize,
    pub differences: Vec<DifferenceRecord>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ClaimPairRecord {
    pub a: ClaimRefRecord,
    pub b: ClaimRefRecord,
    /// Empty for shared pairs.
    pub differences: Vec<DifferenceRecord>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct DiffRecord {
    /// Article ids.
    pub a: String,
    pub b: String,
    pub shared: Vec<ClaimPairRecord>,
    pub changed: Vec<ClaimPairRecord>,
    pub only_a: Vec<ClaimRefRecord>,
    pub only_b: Vec<ClaimRefRecord>,
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
pub struct ArticleDocument {
    #[serde(flatten)]
    pub article: ArticleRecord,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceRecord>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figures: Option<Vec<FigureRecord>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<EntityRecord>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<ClaimRecord>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<SourceRecord>>,
}

/// The whole output of one command in the `json` format.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Document {
    pub schema_version: String,
    pub command: String,
    pub articles: Vec<ArticleDocument>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<ClusterRecord>>,
    /// Claims only one article makes (summarize).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub single: Option<Vec<ClaimRefRecord>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff: Option<DiffRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matches: Option<Vec<MatchRecord>>,
    pub errors: Vec<ErrorRecord>,
}

/// What `schema` describes: a `json` document or one JSON Lines record.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub enum Output {
    Document(Document),
    Record(Record),
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

pub fn sentences(a: &Article) -> Vec<SentenceRecord> {
    a.sentences
        .iter()
        .map(|s| SentenceRecord {
            article: a.id.clone(),
            index: s.index,
            text: a.slice(s.span).to_string(),
            start: s.span.start,
            end: s.span.end,
            role: s.role.as_str().to_string(),
        })
        .collect()
}

pub fn claim(a: &Article, c: &model::Claim) -> ClaimRecord {
    ClaimRecord {
        article: a.id.clone(),
        id: c.id.clone(),
        text: a.slice(c.span).to_string(),
        start: c.span.start,
        end: c.span.end,
        sentence: c.sentence,
        attribution: c.attribution.as_ref().map(|at| AttributionRecord {
            source: at.source.clone(),
            source_type: at.kind.as_str().to_string(),
            mention: at.mention.map(|m| Mention::new(a, m)),
            verb: at.verb.clone(),
            quote: at.quote.as_str().to_string(),
        }),
        hedged: c.hedged(),
        hedges: c.hedges.clone(),
        writer_hedges: c.writer_hedges(),
        source_hedges: c.source_hedges.clone(),
        entities: c.entities.clone(),
        figures: c.figures.clone(),
    }
}

pub fn claims(a: &Article) -> Vec<ClaimRecord> {
    a.claims.iter().map(|c| claim(a, c)).collect()
}

pub fn figure(a: &Article, f: &model::Figure) -> FigureRecord {
    use model::FigureKind;
    FigureRecord {
        article: a.id.clone(),
        id: f.id.clone(),
        text: a.slice(f.span).to_string(),
        start: f.span.start,
        end: f.span.end,
        kind: f.kind.as_str().to_string(),
        value: f.value,
        unit: f.unit.clone(),
        approximate: f.approximate,
        qualifier: f.qualifier.clone(),
        date: (f.kind == FigureKind::Date).then(|| DateFields {
            date: f.date.clone(),
            resolved: !f.unresolved,
        }),
        range: (f.kind == FigureKind::Range).then_some(RangeFields {
            low: f.low,
            high: f.high,
        }),
    }
}

pub fn figures(a: &Article) -> Vec<FigureRecord> {
    a.figures.iter().map(|f| figure(a, f)).collect()
}

pub fn entities(a: &Article) -> Vec<EntityRecord> {
    a.entities
        .iter()
        .map(|e| EntityRecord {
            article: a.id.clone(),
            name: e.name.clone(),
            kind: e.kind.as_str().to_string(),
            aliases: e.aliases.clone(),
            mentions: e.mentions.iter().map(|&m| Mention::new(a, m)).collect(),
        })
        .collect()
}

pub fn sources(a: &Article) -> Vec<SourceRecord> {
    a.sources
        .iter()
        .map(|s| SourceRecord {
            article: a.id.clone(),
            name: s.name.clone(),
            kind: s.kind.as_str().to_string(),
            role: s.role.clone(),
            claims: s.claims.clone(),
        })
        .collect()
}

pub fn claim_ref(articles: &[Article], r: ClaimRef) -> ClaimRefRecord {
    let a = &articles[r.article];
    let c = r.get(articles);
    ClaimRefRecord {
        article: a.id.clone(),
        claim: c.id.clone(),
        text: a.slice(c.span).to_string(),
        source: c.attribution.as_ref().and_then(|at| at.source.clone()),
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

pub fn cluster(articles: &[Article], c: &xref::Cluster) -> ClusterRecord {
    ClusterRecord {
        id: c.id.clone(),
        claims: c.members.iter().map(|&r| claim_ref(articles, r)).collect(),
        articles: c.articles,
        outlets: c.outlets,
        differences: differences(&c.differences),
    }
}

pub fn diff(articles: &[Article], d: &xref::ClaimDiff) -> DiffRecord {
    let pair = |a: ClaimRef, b: ClaimRef, ds: &[xref::Difference]| ClaimPairRecord {
        a: claim_ref(articles, a),
        b: claim_ref(articles, b),
        differences: differences(ds),
    };
    DiffRecord {
        a: articles[0].id.clone(),
        b: articles[1].id.clone(),
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
