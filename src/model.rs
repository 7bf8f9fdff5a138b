//! The records every stage produces and consumes.
//!
//! These are the pipeline's internal types: plain data with byte spans into
//! the original input. The JSON wire types that users see live apart, in
//! `render::wire`, so that the model can change without breaking the schema.
//!
//! A span is always a byte range `[start, end)` into the article's original
//! text (BOM and CRLF included), so `&text[span.start..span.end]` is the text
//! the record was read from.

use std::fmt;

/// A byte range `[start, end)` into an article's original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// This span narrowed so that it neither starts nor ends with white space.
    pub fn trim(self, text: &str) -> Span {
        let s = self.of(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

/// What a line of the page is: the layout stage's verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Headline,
    /// Summary bullets or the deck under the headline.
    Standfirst,
    /// "WASHINGTON --", "Friday, July 21, 2017": place and date lines.
    Dateline,
    Body,
    /// A photo caption: what the picture shows.
    Caption,
    /// The photo credit after a caption ("Photo: Sputnik via AP").
    Credit,
    /// "Details", "For reference": short headers between body paragraphs.
    SectionHeader,
    /// "SEE ALSO: ...", "Read more: ...": links to other articles.
    Related,
    /// Ads, reading times, trust badges, comment counts, repeated lines.
    Boilerplate,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Headline => "headline",
            Role::Standfirst => "standfirst",
            Role::Dateline => "dateline",
            Role::Body => "body",
            Role::Caption => "caption",
            Role::Credit => "credit",
            Role::SectionHeader => "section_header",
            Role::Related => "related",
            Role::Boilerplate => "boilerplate",
        }
    }

    /// Whether text in this role is the article's own content (as opposed to
    /// page furniture), and so may yield claims, figures and entities.
    pub fn is_content(self) -> bool {
        matches!(
            self,
            Role::Headline | Role::Standfirst | Role::Body | Role::Caption
        )
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One line (paragraph) of the input with its layout role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub span: Span,
    pub role: Role,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FigureKind {
    Count,
    Percent,
    Money,
    Quantity,
    Year,
    Decade,
    Date,
    Duration,
    Ordinal,
    Range,
}

impl FigureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Count => "count",
            FigureKind::Percent => "percent",
            FigureKind::Money => "money",
            FigureKind::Quantity => "quantity",
            FigureKind::Year => "year",
            FigureKind::Decade => "decade",
            FigureKind::Date => "date",
            FigureKind::Duration => "duration",
            FigureKind::Ordinal => "ordinal",
            FigureKind::Range => "range",
        }
    }
}

/// A number as written in the text, normalised.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// "f1", "f2", ... in text order within the article.
    pub id: String,
    pub span: Span,
    pub kind: FigureKind,
    /// The normalised value; a year or decade as its first year; `None` where
    /// the figure has no single value (an unresolved date).
    pub value: Option<f64>,
    /// Singular, lower case: "container", "barrel", "usd", "km", "percent".
    pub unit: Option<String>,
    pub approximate: bool,
    /// The bound or hedge as written, lower case: "about", "an estimated",
    /// "more than".
    pub qualifier: Option<String>,
    /// For dates: ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY` when resolvable.
    pub date: Option<String>,
    /// For dates: whether the date needed a reference date that was not given
    /// ("last year" without `--date`).
    pub unresolved: bool,
    /// For ranges: the bounds.
    pub low: Option<f64>,
    pub high: Option<f64>,
}

impl Figure {
    /// A figure of `kind` over `span` with every optional field empty.
    pub fn new(kind: FigureKind, span: Span, value: Option<f64>) -> Self {
        Figure {
            id: String::new(),
            span,
            kind,
            value,
            unit: None,
            approximate: false,
            qualifier: None,
            date: None,
            unresolved: false,
            low: None,
            high: None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

/// A person, organisation or place named in an article, with every mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The canonical name: "North Korea" for "DPRK", "North Korean", ...
    pub name: String,
    pub kind: EntityKind,
    /// The other surface forms seen in this article, sorted, deduplicated.
    pub aliases: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    Person,
    Organization,
    Outlet,
    /// "experts", "analysts", "observers", "it is believed".
    Anonymous,
    /// A report, a statement, government publications.
    Document,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Organization => "organization",
            SourceKind::Outlet => "outlet",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Document => "document",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuoteKind {
    /// The source's words in quotation marks.
    Direct,
    /// Reported speech: "X said that ...", "according to X".
    Indirect,
    /// Attributed without speech: "experts are convinced", "it is believed".
    None,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::None => "none",
        }
    }
}

/// Who a claim comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// Canonical name of the source ("Jeong Eunlee", "Reuters", "experts");
    /// `None` when it could not be resolved (an unresolved pronoun).
    pub source: Option<String>,
    pub kind: SourceKind,
    /// The source as written here: "he", "Jeong", "experts".
    pub mention: Option<Span>,
    /// The cue, lower case as written: "said", "according to", "notes".
    pub verb: Option<String>,
    pub quote: QuoteKind,
}

/// An assertion made in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// "c1", "c2", ... in text order within the article.
    pub id: String,
    /// What is asserted (the content, without the attribution frame where the
    /// two can be told apart; otherwise the whole sentence).
    pub span: Span,
    /// Index of the sentence the claim is in.
    pub sentence: usize,
    /// `None` when the article asserts it in its own voice.
    pub attribution: Option<Attribution>,
    /// The hedge cues as written, lower case ("might", "suspected").
    pub hedges: Vec<String>,
    /// The part of `hedges` that is the source's caution (inside what the
    /// source is reported or quoted to say); the rest is the writer's.
    pub source_hedges: Vec<String>,
    /// Canonical names of the entities mentioned in the claim.
    pub entities: Vec<String>,
    /// Ids of the figures within the claim.
    pub figures: Vec<String>,
}

impl Claim {
    pub fn hedged(&self) -> bool {
        !self.hedges.is_empty()
    }

    /// The hedges that are the writer's own, not the source's.
    pub fn writer_hedges(&self) -> Vec<String> {
        self.hedges
            .iter()
            .filter(|h| !self.source_hedges.contains(h))
            .cloned()
            .collect()
    }
}

/// Someone an article cites.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub name: String,
    pub kind: SourceKind,
    /// "a North Korea economy expert at South Korea's government-run Korea
    /// Institute for National Unification".
    pub role: Option<String>,
    /// Ids of the claims attributed to this source.
    pub claims: Vec<String>,
}

/// One input article after every per-article stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    /// File name without extension; `-` for standard input.
    pub id: String,
    pub path: String,
    pub text: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub relays: Vec<String>,
    pub blocks: Vec<Block>,
    pub sentences: Vec<Sentence>,
    pub figures: Vec<Figure>,
    pub entities: Vec<Entity>,
    pub claims: Vec<Claim>,
    pub sources: Vec<Source>,
}

impl Article {
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.of(&self.text)
    }

    /// Frees the spare capacity of the article's lists, for a command that
    /// keeps every article of a corpus (`xref`, `summarize`): the stages
    /// grow them as they go.
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.blocks.shrink_to_fit();
        self.sentences.shrink_to_fit();
        self.figures.shrink_to_fit();
        self.entities.shrink_to_fit();
        for e in &mut self.entities {
            e.mentions.shrink_to_fit();
        }
        self.claims.shrink_to_fit();
        self.sources.shrink_to_fit();
    }
}

/// A calendar date, for resolving relative dates ("last year").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.splitn(3, '-');
        let year: i32 = it.next()?.parse().ok()?;
        let month: u32 = it.next()?.parse().ok()?;
        let day: u32 = it.next()?.parse().ok()?;
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// What the per-article stages need besides the text.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The reference date for relative dates; `None` leaves them unresolved.
    pub reference_date: Option<Date>,
}

/// The id of the record at `at` (from 0) among those of its kind, in text
/// order: `prefix` and the record's number from 1 ("c1", "f12"). Every claim
/// and figure gets one, and `format!` costs several times as much.
pub fn numbered_id(prefix: char, at: usize) -> String {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(at + 1);
    let mut id = String::with_capacity(prefix.len_utf8() + digits.len());
    id.push(prefix);
    id.push_str(digits);
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_narrows_to_non_space() {
        let text = "  ab c \n";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(s.of(text), "ab c");
        assert!(Span::new(0, 2).trim(text).is_empty());
    }

    #[test]
    fn dates_parse_only_when_valid() {
        assert_eq!(
            Date::parse("2024-02-29"),
            Some(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-13-01"), None);
        assert_eq!(Date::parse("soon"), None);
    }
}
