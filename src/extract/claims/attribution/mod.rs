//! The attribution frames of one sentence: the cue, the source phrase as
//! written, its role, and the content it frames.
//!
//! News prose attributes in a handful of shapes, and each is read here from
//! the words next to a cue verb (`lexicon::CUES`), never from the entity
//! stage, so that a poor entity pass cannot hide a source:
//!
//! - source before the cue: "Jeong said (that) ...", "experts say ...",
//!   "observers have also found that ...", "two experts who study X said",
//!   "Smith, a spokesman for Y, said ...";
//! - source after the cue, after a quote or a comma: "“...,” said Jeong
//!   Eunlee, a ... at ..." (the apposition is the source's role);
//! - "according to X", before or after the content, with coordinated
//!   sources ("experts and government publications");
//! - impersonal passives: "it is believed that ...", "it is noted that ...";
//! - a participle after a comma, its source the sentence's subject
//!   ("..., saying ...");
//! - labels: "PENCE: ...", "“...” ― Jane Roe" (furniture such as "Photo:"
//!   excepted).
//!
//! Cues come in three classes (`lexicon::CueClass`): speech, belief (which
//! needs a clause after it) and stance ("called for", "wants"; the source
//! must come first). A cue that is also a noun ("plans", "claims") needs a
//! clause or an infinitive after it.
//!
//! The content is the quoted words when the frame introduces a quotation,
//! else the clause the frame governs ("X said that Y" → Y, "Y, X said" → Y),
//! else the whole sentence ("Y, experts say, Z").

mod content;
mod phrases;

use super::lexicon::{self, CueClass, Lex};
use super::tokens::{Quotes, Tok, is_quote_token};
use crate::model::{QuoteKind, Span};
use crate::unicode::is_alphanumeric;
use content::{content, tidy};
use phrases::{apposition, name_in_apposition, phrase_after, phrase_before, role_after};
use std::cell::OnceCell;

/// How a source is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// "he", "she", "they", "who": to be resolved to an earlier name.
    Pronoun,
    /// A capitalised name, possibly with a title: "Defense Minister X".
    Name,
    /// A common-noun phrase: "experts", "a senior official", "the report".
    Group,
    /// "it is believed": no source is written at all.
    Impersonal,
}

/// A source as written in the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub form: Form,
    /// For a relative pronoun ("Smith, who said"): the phrase it stands for.
    pub antecedent: Option<Span>,
}

/// The attribution frame found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The cue, lower case as written: "said", "according to".
    pub verb: String,
    pub source: Mention,
    /// Further coordinated sources: "experts and government publications".
    pub also: Vec<Mention>,
    /// An apposition or trailing description of the source.
    pub role: Option<Span>,
    pub content: Span,
    pub quote: QuoteKind,
    /// The words of the frame itself: source, cue and role.
    pub region: Span,
    /// The sentence is the frame alone ("Moore said.", "He added:"): what
    /// it attributes is in the sentence before it, or after a colon.
    pub bare: bool,
}

/// The sentence being read, with its tokens and quotations.
struct Ctx<'a> {
    text: &'a str,
    sent: Span,
    toks: &'a [Tok],
    quotes: &'a Quotes,
    /// The tokens in lower case, made the first time one is asked for
    /// (most sentences never ask).
    lowered: OnceCell<Lowered>,
}

/// The text of a sentence's tokens with ASCII letters lowered, from byte
/// `base` of the article on: a token's lower case at its own offsets, made
/// with one copy for the whole sentence.
struct Lowered {
    text: String,
    base: usize,
    /// The tokens (by index, in order) whose lower case is not that: those
    /// with a letter outside ASCII that lowering changes ("É"), rare.
    odd: Vec<(usize, String)>,
}

impl Lowered {
    fn new(text: &str, toks: &[Tok]) -> Lowered {
        let base = toks.first().map_or(0, |t| t.span.start);
        let end = toks.last().map_or(0, |t| t.span.end);
        let covered = text.get(base..end).unwrap_or("");
        let mut odd = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            if t.wide && !lexicon::lowers_bytewise(t.text(text)) {
                odd.push((i, t.text(text).to_lowercase()));
            }
        }
        Lowered {
            text: covered.to_ascii_lowercase(),
            base,
            odd,
        }
    }
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str, sent: Span, toks: &'a [Tok], quotes: &'a Quotes) -> Self {
        Ctx {
            text,
            sent,
            toks,
            quotes,
            lowered: OnceCell::new(),
        }
    }

    /// Token `i` in lower case.
    fn lower(&self, i: usize) -> &str {
        // Most tokens asked about are lower case already (cue verbs).
        let t = self.toks[i];
        let w = t.text(self.text);
        if !t.wide && !w.bytes().any(|b| b.is_ascii_uppercase()) {
            return w;
        }
        let l = self
            .lowered
            .get_or_init(|| Lowered::new(self.text, self.toks));
        if !l.odd.is_empty()
            && let Ok(k) = l.odd.binary_search_by_key(&i, |(j, _)| *j)
        {
            return &l.odd[k].1;
        }
        &l.text[t.span.start - l.base..t.span.end - l.base]
    }

    /// What the word lists say of token `i` (nothing past the end).
    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::default(), |t| t.lex)
    }

    /// Whether one of the word lists `bits` holds token `i`.
    fn has(&self, i: usize, bits: u32) -> bool {
        self.lex(i).has(bits)
    }

    /// Whether token `i` is `word`, ASCII case aside.
    fn is(&self, i: usize, word: &str) -> bool {
        // The length first: it rules out nearly every token unread. Then
        // the bytes, as `str::eq_ignore_ascii_case` compares them, read
        // without slicing the `str` (which checks both ends for character
        // boundaries; a token's are).
        self.toks.get(i).is_some_and(|t| {
            t.span.len() == word.len()
                && self.text.as_bytes()[t.span.start..t.span.end]
                    .eq_ignore_ascii_case(word.as_bytes())
        })
    }

    /// Whether token `i` in lower case is `word` (itself lower case).
    fn lower_is(&self, i: usize, word: &str) -> bool {
        if self.toks[i].wide {
            self.lower(i) == word
        } else {
            // Lowering an ASCII token changes its letters only.
            self.is(i, word)
        }
    }

    /// Whether token `i` in lower case ends with `suffix` (lower case,
    /// ASCII), read without lowering an ASCII token.
    fn lower_ends_with(&self, i: usize, suffix: &str) -> bool {
        if self.toks[i].wide {
            self.lower(i).ends_with(suffix)
        } else {
            let w = self.toks[i].text(self.text).as_bytes();
            w.len() >= suffix.len()
                && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
        }
    }

    /// Whether token `i` is all ASCII digits, as it is in lower case:
    /// lowering neither makes nor unmakes an ASCII digit.
    fn all_digits(&self, i: usize) -> bool {
        self.toks[i]
            .text(self.text)
            .bytes()
            .all(|b| b.is_ascii_digit())
    }

    /// Whether token `i` is punctuation made of `chars` alone.
    ///
    /// Nearly every token asked about is a word (`label` asks of the first
    /// few of every sentence whether one is a colon), so the word test is
    /// made where it is asked, inline, and only punctuation is read.
    #[inline]
    fn punct(&self, i: usize, chars: &[char]) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| !t.word && self.punct_text(*t, chars))
    }

    /// Whether the characters of token `t` are all in `chars`.
    fn punct_text(&self, t: Tok, chars: &[char]) -> bool {
        t.text(self.text).chars().all(|c| chars.contains(&c))
    }

    fn quote_mark(&self, i: usize) -> bool {
        i < self.toks.len() && !self.toks[i].word && is_quote_token(self.toks[i].text(self.text))
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.toks[from].span.start, self.toks[to].span.end)
    }
}

/// The attribution frames of the sentence `sent`, in text order, their
/// contents cut so that they do not overlap the frames that follow them
/// ("Trump attacked the plan, saying it failed": "the plan" and "it
/// failed").
pub fn find(text: &str, sent: Span, toks: &[Tok], quotes: &Quotes) -> Vec<Frame> {
    let cx = Ctx::new(text, sent, toks, quotes);
    let Markers { it, according, cue } = markers(&cx);
    let mut frames: Vec<Frame> = Vec::new();
    // Each found frame is pushed as it is found: gathered in an array of
    // three first, they were copied twice over (large, and most are none).
    if let Some(f) = it.and_then(|from| impersonal(&cx, from)) {
        frames.push(f);
    }
    if let Some(f) = according.and_then(|from| according_to(&cx, from)) {
        frames.push(f);
    }
    if let Some(f) = label(&cx) {
        frames.push(f);
    }
    if let Some(from) = cue {
        verb_frames(&cx, from, &mut frames);
    }
    frames.sort_by_key(|f| f.region.start);
    for i in 1..frames.len() {
        let next = frames[i].region;
        let prev = &mut frames[i - 1];
        if prev.content.start < next.start && next.start < prev.content.end {
            let cut = tidy(&cx, Span::new(prev.content.start, next.start));
            if cut.of(text).chars().any(is_alphanumeric) {
                prev.content = cut;
            }
        }
    }
    frames
}

/// Where the shapes of a sentence can start, each at a word of its own.
#[derive(Debug, Default, PartialEq, Eq)]
struct Markers {
    /// The first "it".
    it: Option<usize>,
    /// The first "according".
    according: Option<usize>,
    /// The first word that may be a cue ([`may_be_cue`]).
    cue: Option<usize>,
}

/// The [`Markers`] of a sentence, from one look at every token.
///
/// "it" is a listed pronoun of two bytes; "according" has nine, and
/// "convinced" (lowered, as the rules ask) too: lowered, an ASCII word
/// keeps its length, and no character outside ASCII lowers to a piece of
/// either (see `no_wider_word_lowers_to_a_marker`). So a word that is
/// neither a pronoun, nor a cue, nor of nine bytes, which nearly every
/// word is, marks nothing, and one test passes it by (a test holds this
/// equal to [`markers_plain`], which asks each question of each word).
fn markers(cx: &Ctx) -> Markers {
    let mut m = Markers::default();
    for (i, t) in cx.toks.iter().enumerate() {
        let len = t.span.len();
        if !t.word || !(t.lex.has(Lex::PRONOUN | Lex::CUE) || len == 9) {
            continue;
        }
        if m.it.is_none() && len == 2 && t.lex.has(Lex::PRONOUN) && cx.is(i, "it") {
            m.it = Some(i);
        }
        if m.according.is_none() && len == 9 && cx.is(i, "according") {
            m.according = Some(i);
        }
        if m.cue.is_none() && may_be_cue(t) {
            m.cue = Some(i);
        }
    }
    m
}

/// [`markers`] as it was read before, every question of every word: the
/// tests' reference.
#[cfg(test)]
fn markers_plain(cx: &Ctx) -> Markers {
    let mut m = Markers::default();
    for (i, t) in cx.toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        let len = t.span.len();
        if m.it.is_none() && len == 2 && t.lex.has(Lex::PRONOUN) && cx.is(i, "it") {
            m.it = Some(i);
        }
        if m.according.is_none() && len == 9 && cx.is(i, "according") {
            m.according = Some(i);
        }
        if m.cue.is_none() && may_be_cue(t) {
            m.cue = Some(i);
        }
    }
    m
}

/// "Pence: Well, ...", "Poll: Voters ...", "Jane Roe ― “...”": a name
/// opening the sentence, then a colon or a dash, then what it says.
fn label(cx: &Ctx) -> Option<Frame> {
    if let Some(f) = trailing_label(cx) {
        return Some(f);
    }
    // A transcript line may sit inside an opening quotation mark.
    let s0 = usize::from(cx.quote_mark(0));
    let k = (s0 + 1..=(s0 + 4).min(cx.toks.len())).find(|&k| cx.punct(k, &[':', '―', '—']))?;
    // "WASHINGTON —" is a dateline, not a speaker.
    let shouted = (s0..k).all(|i| {
        let w = cx.toks[i].text(cx.text);
        w.chars().all(|c| !c.is_lowercase())
    });
    let dateline = shouted && !cx.punct(k, &[':']);
    let named = (s0..k).all(|i| cx.toks[i].capitalised())
        && !dateline
        && !cx.has(s0, Lex::NOT_NAME_START)
        && !(s0..k).any(|i| cx.has(i, Lex::NOT_LABEL));
    let rest = (k + 1..cx.toks.len()).filter(|&i| cx.toks[i].word).count();
    if !named || rest < 3 {
        return None;
    }
    let first = (k + 1..cx.toks.len()).find(|&i| cx.toks[i].word || cx.quote_mark(i))?;
    let content = tidy(cx, Span::new(cx.toks[first].span.start, cx.sent.end));
    let quoted = cx
        .quotes
        .inside
        .iter()
        .find(|q| content.contains(**q) && q.len() * 2 > content.len());
    Some(Frame {
        verb: cx.toks[k].text(cx.text).to_string(),
        source: Mention {
            span: cx.span(s0, k - 1),
            form: Form::Name,
            antecedent: None,
        },
        also: Vec::new(),
        role: None,
        content: quoted.copied().unwrap_or(content),
        quote: if quoted.is_some() {
            QuoteKind::Direct
        } else {
            QuoteKind::Indirect
        },
        region: cx.span(s0, k),
        bare: false,
    })
}

/// "“...” ― Jane Roe": a quotation signed with a dash and a name.
fn trailing_label(cx: &Ctx) -> Option<Frame> {
    let mut end = cx.toks.len().checked_sub(1)?;
    while end > 0 && !cx.toks[end].word {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && cx.toks[start - 1].capitalised() && end - start < 4 {
        start -= 1;
    }
    let dash = start.checked_sub(1)?;
    if !cx.toks[end].capitalised() || !cx.punct(dash, &['―', '—', '–']) || dash == 0 {
        return None;
    }
    let q = cx
        .quotes
        .inside
        .iter()
        .filter(|q| q.end <= cx.toks[dash].span.start)
        .max_by_key(|q| q.len())?;
    Some(Frame {
        verb: cx.toks[dash].text(cx.text).to_string(),
        source: Mention {
            span: cx.span(start, end),
            form: Form::Name,
            antecedent: None,
        },
        also: Vec::new(),
        role: None,
        content: *q,
        quote: QuoteKind::Direct,
        region: cx.span(dash, end),
        bare: false,
    })
}

/// "It is believed that ...", "it was noted that ...".
/// The first "it" is at token `from`.
fn impersonal(cx: &Ctx, from: usize) -> Option<Frame> {
    for i in from..cx.toks.len() {
        if !cx.is(i, "it") || cx.quotes.covers(cx.toks[i].span) {
            continue;
        }
        let mut j = i + 1;
        if cx.is(j, "is") || cx.is(j, "was") {
            j += 1;
        } else if (cx.is(j, "has") || cx.is(j, "had")) && cx.is(j + 1, "been") {
            j += 2;
        } else {
            continue;
        }
        if !cx.has(j, Lex::IMPERSONAL) {
            continue;
        }
        let verb = Span::new(cx.toks[i + 1].span.start, cx.toks[j].span.end);
        let (content, _, bare) = content(cx, i, j, CueClass::Thought);
        return Some(Frame {
            region: cx.span(i, j),
            bare,
            verb: verb.of(cx.text).to_lowercase(),
            source: Mention {
                span: cx.toks[i].span,
                form: Form::Impersonal,
                antecedent: None,
            },
            also: Vec::new(),
            role: None,
            content,
            quote: QuoteKind::None,
        });
    }
    None
}

/// "According to X, ..." and "..., according to X."
/// The first "according" is at token `from`.
fn according_to(cx: &Ctx, from: usize) -> Option<Frame> {
    let i = (from..cx.toks.len().saturating_sub(1)).find(|&i| {
        cx.is(i, "according") && cx.is(i + 1, "to") && !cx.quotes.covers(cx.toks[i].span)
    })?;
    let (source, end) = phrase_after(cx, i + 2)?;
    let mut also = Vec::new();
    let mut last = end;
    while cx.is(last + 1, "and") {
        match phrase_after(cx, last + 2) {
            Some((m, e)) => {
                also.push(m);
                last = e;
            }
            None => break,
        }
    }
    let (content, quote, bare) = content(cx, i, last, CueClass::Speech);
    Some(Frame {
        region: cx.span(i, last),
        bare,
        verb: "according to".into(),
        source,
        also,
        role: None,
        content,
        quote,
    })
}

/// Whether token `t` is a word that may be a cue: a listed cue, or a
/// word of nine bytes, which "convinced" ("convinced that") is in lower
/// case (see [`markers`]). The cue rules look at no other token.
fn may_be_cue(t: &Tok) -> bool {
    t.word && (t.lex.is_cue() || t.span.len() == 9)
}

/// The frames around cue verbs outside quotations that have a source next
/// to them, skipping cues inside frames already found. Token `from` is the
/// first that may be a cue ([`may_be_cue`]).
fn verb_frames(cx: &Ctx, from: usize, frames: &mut Vec<Frame>) {
    // In a title-case headline ("Minister Says Exports Rise") the cue is
    // capitalised like every other word (counted only for a capitalised cue).
    let title_case = || {
        let words = cx.toks.iter().filter(|t| t.word).count();
        let capitals = cx.toks.iter().filter(|t| t.capitalised()).count();
        words >= 4 && capitals * 10 >= words * 7
    };
    // The words that may be cues are few: each is found by a tight loop
    // over the tokens, which leaves the rules' state alone.
    let mut next = from;
    while let Some(k) = cx
        .toks
        .get(next..)
        .and_then(|rest| rest.iter().position(may_be_cue))
    {
        let c = next + k;
        next = c + 1;
        let tok = cx.toks[c];
        let class = match tok.lex.cue_class() {
            Some(class) => class,
            // The word before first: it is seldom a form of "be", and a
            // token outside ASCII would lower its whole sentence to be read
            // as "convinced".
            None if c > 0 && is_be(cx, c - 1) && cx.lower_is(c, "convinced") => CueClass::Thought,
            None => continue,
        };
        let capital_cue = tok.capitalised() && !(c > 0 && title_case());
        if capital_cue || cx.quotes.covers(tok.span) {
            continue;
        }
        if frames.iter().any(|f| f.region.contains(tok.span)) {
            continue;
        }
        let verb = cx.lower(c);
        if class == CueClass::Thought && !clause_follows(cx, c) {
            continue;
        }
        // "called for talks", "calling it fair", but not "ships calling at
        // the port".
        let call = matches!(verb, "call" | "called" | "calling" | "calls");
        if call && !(clause_follows(cx, c) || cx.is(c + 1, "for") || cx.is(c + 1, "on")) {
            continue;
        }
        // "he continued, ..." is speech; "continued to hold his ground" is
        // aspect, and "will add to the act" is no speech either.
        let aspect_or_sum = verb.starts_with("continu") || verb.starts_with("add");
        if aspect_or_sum && cx.is(c + 1, "to") {
            continue;
        }
        // "their two states", "the statements": after a determiner the cue
        // word is a noun.
        if c > 0 && cx.has(c - 1, Lex::DETERMINER) {
            continue;
        }
        if let Some(frame) = source_first(cx, c, verb, class) {
            frames.push(frame);
            continue;
        }
        if class != CueClass::Stance
            && tok.lex.has(Lex::INVERTING_CUE)
            && c > 0
            && (cx.punct(c - 1, &[',', '—', '–']) || cx.quote_mark(c - 1))
            && let Some((mut source, mut end)) = phrase_after(cx, c + 1)
        {
            let mut role = role_after(cx, end);
            if source.form == Form::Group
                && let Some((name, last)) = name_in_apposition(cx, end)
            {
                role = Some((source.span, end));
                source = name;
                end = last;
            }
            let last = role.map_or(end, |(_, e)| e).max(end);
            let (content, quote, bare) = content(cx, c, last, class);
            frames.push(Frame {
                region: cx.span(c, last),
                bare,
                verb: verb.to_string(),
                source,
                also: Vec::new(),
                role: role.map(|(s, _)| s),
                content,
                quote,
            });
            continue;
        }
        if let Some(frame) = participle(cx, c, verb, class) {
            frames.push(frame);
        }
    }
}

/// "..., saying that ...", "..., adding ...": a participle cue after a
/// comma; its source is the subject that opens the sentence.
fn participle(cx: &Ctx, c: usize, verb: &str, class: CueClass) -> Option<Frame> {
    // "..., saying ..." or "X did this and said ...".
    let after_comma = verb.ends_with("ing") && c > 0 && cx.punct(c - 1, &[',']);
    let coordinated = c > 0 && cx.is(c - 1, "and") && class != CueClass::Stance;
    // "released a statement on Tuesday saying: "..."": a participle that
    // opens a quotation needs no comma.
    let opens_quote = verb.ends_with("ing")
        && class == CueClass::Speech
        && (cx.punct(c + 1, &[':']) || cx.quote_mark(c + 1));
    if !(after_comma || coordinated || opens_quote) {
        return None;
    }
    // The subject follows an opening adverbial: "In a statement, the
    // council condemned ..., calling ...".
    let opener = cx.has(0, Lex::CIRCUMSTANCE_PREPOSITION)
        || cx.has(0, Lex::NOT_NAME_START)
        || cx.has(0, Lex::WHEN_WORD);
    let from = if opener {
        (1..c.min(15))
            .find(|&k| cx.punct(k, &[',']))
            .map_or(0, |k| k + 1)
    } else {
        0
    };
    let first = (from..c).find(|&i| cx.toks[i].word && !cx.has(i, Lex::NOT_NAME_START))?;
    let (source, _) = phrase_after(cx, first)?;
    let mut start = c + 1;
    let mut opened = false;
    while start < cx.toks.len()
        && (cx.is(start, "that") || cx.punct(start, &[',', ':']) || cx.quote_mark(start))
    {
        opened |= cx.quote_mark(start);
        start += 1;
    }
    if start >= cx.toks.len() {
        return None;
    }
    let content = tidy(cx, Span::new(cx.toks[start].span.start, cx.sent.end));
    let quoted = cx
        .quotes
        .inside
        .iter()
        .find(|q| content.contains(**q) && q.len() * 2 > content.len())
        // A quotation opened here and running on past the sentence.
        .or(opened.then_some(&content));
    Some(Frame {
        verb: verb.to_string(),
        source,
        also: Vec::new(),
        role: None,
        content: quoted.copied().unwrap_or(content),
        quote: match (quoted, class) {
            (Some(_), _) => QuoteKind::Direct,
            (None, CueClass::Speech) => QuoteKind::Indirect,
            (None, _) => QuoteKind::None,
        },
        region: cx.toks[c].span,
        bare: false,
    })
}

/// "generally", "openly": an -ly adverb between a source and its cue.
fn is_adverb(cx: &Ctx, i: usize) -> bool {
    let t = cx.toks[i];
    t.word && !t.capitalised() && t.text(cx.text).len() > 4 && t.text(cx.text).ends_with("ly")
}

fn is_be(cx: &Ctx, i: usize) -> bool {
    ["is", "are", "was", "were", "am"]
        .iter()
        .any(|w| cx.is(i, w))
}

/// Whether a clause follows a belief cue: "that ...", ": ...", a quotation.
fn clause_follows(cx: &Ctx, c: usize) -> bool {
    let mut k = c + 1;
    if cx.has(k, Lex::BETWEEN_SOURCE_AND_CUE) {
        k += 1;
    }
    let clause_start = cx.has(k, Lex::PRONOUN)
        || cx.has(k, Lex::DETERMINER)
        || cx.toks.get(k).is_some_and(|t| t.capitalised());
    cx.is(k, "that") || cx.punct(k, &[':']) || cx.quote_mark(k) || clause_start
}

/// "X said ...": the source just before the cue (auxiliaries and adverbs
/// allowed between), or before an apposition "X, a ... at Y, said".
fn source_first(cx: &Ctx, c: usize, verb: &str, class: CueClass) -> Option<Frame> {
    let mut j = c.checked_sub(1)?;
    let mut skipped = 0;
    while skipped < 4
        && (cx.has(j, Lex::BETWEEN_SOURCE_AND_CUE)
            || cx.has(j, Lex::WHEN_WORD)
            || is_adverb(cx, j)
            || (matches!(verb, "convinced" | "concerned") && is_be(cx, j))
            || cx.is(j, "not")
            || cx.is(j, "did"))
    {
        j = j.checked_sub(1)?;
        skipped += 1;
    }
    // A cue that is also a noun ("his tax plan", "Republican claims") is a
    // verb only when a clause or an infinitive follows it.
    // At the end of the sentence it may close the content: "..., Reuters
    // reports." (then only a name or a pronoun can be its source).
    let ambiguous = cx.has(c, Lex::NOUN_LIKE_CUE);
    let closing = c + 1 >= cx.toks.len() || cx.punct(c + 1, &['.', ',', ';']);
    if ambiguous && !(clause_follows(cx, c) || cx.is(c + 1, "to") || closing) {
        return None;
    }
    let loose = cx.has(c, Lex::INVERTING_CUE | Lex::TELLING_CUE);
    let mut role = None;
    // "..., calling it fair": a participle after a comma takes the subject
    // of the sentence (see `participle`), never an apposition.
    let participle_after_comma = verb.ends_with("ing") && cx.punct(j, &[',']);
    if participle_after_comma {
        return None;
    }
    let source = if cx.punct(j, &[',', '-', '—', '–']) {
        let (m, r) = apposition(cx, j, loose)?;
        role = r;
        m
    } else {
        phrase_before(cx, j, loose)?
    };
    if ambiguous && closing && !matches!(source.form, Form::Name | Form::Pronoun) {
        return None;
    }
    let first = cx
        .toks
        .iter()
        .position(|t| t.span.start == source.span.start)
        .unwrap_or(c);
    let (content, quote, bare) = content(cx, first.min(c), c, class);
    Some(Frame {
        region: cx.span(first.min(c), c),
        bare,
        verb: verb.to_string(),
        source,
        also: Vec::new(),
        role,
        content,
        quote,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{quotes, tokenize};
    use super::*;
    use crate::model::{Role, Sentence};

    /// The frame of a one-sentence text: (source, verb, content, quote).
    fn frame(text: &str) -> Option<(String, String, String, QuoteKind, Option<String>)> {
        let span = Span::new(0, text.len());
        let sentence = Sentence {
            index: 0,
            span,
            role: Role::Body,
        };
        let q = quotes(text, &[sentence]);
        let toks = tokenize(text, span);
        find(text, span, &toks, &q[0]).into_iter().next().map(|f| {
            (
                f.source.span.of(text).to_string(),
                f.verb,
                f.content.of(text).to_string(),
                f.quote,
                f.role.map(|r| r.of(text).to_string()),
            )
        })
    }

    /// `markers` finds what `markers_plain` finds, in sentences of
    /// markers, near misses and words of the same lengths, in either case.
    #[test]
    fn markers_are_found_as_by_every_question() {
        let pieces = [
            "it",
            "IT",
            "he",
            "according",
            "Convinced",
            "president",
            "said",
            "Says",
            "at",
            " ",
            ",",
            "é",
        ];
        for text in crate::testing::strings_of(&pieces, 4) {
            let span = Span::new(0, text.len());
            let toks = tokenize(&text, span);
            let q = Quotes::default();
            let cx = Ctx::new(&text, span, &toks, &q);
            assert_eq!(markers(&cx), markers_plain(&cx), "{text:?}");
        }
    }

    /// The markers `find` tells by their length in bytes ("it" by its
    /// lexicon bit as well): a word that lowers to one of them, as the
    /// rules ask, is ASCII and as long, since no character outside ASCII
    /// lowers to a piece of one.
    #[test]
    fn no_wider_word_lowers_to_a_marker() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let lower = c.to_lowercase().to_string();
            for marker in ["it", "according", "convinced"] {
                assert!(c.is_ascii() || !marker.contains(&lower), "{c:?}");
            }
        }
    }

    /// The questions read from a token as written answer as they do of
    /// its lower case.
    #[test]
    fn questions_of_the_lower_case_read_the_token() {
        let pieces = [
            "Ly", "lY", "an", "AND", "7", "É", "é", "\u{212a}", "İ", "’s", " ",
        ];
        for text in crate::testing::strings_of(&pieces, 3) {
            let span = Span::new(0, text.len());
            let toks = tokenize(&text, span);
            let q = Quotes::default();
            let cx = Ctx::new(&text, span, &toks, &q);
            for (i, t) in toks.iter().enumerate() {
                let lower = cx.lower(i).to_string();
                assert_eq!(
                    cx.lower_ends_with(i, "ly"),
                    lower.ends_with("ly"),
                    "{text:?}"
                );
                let digits = lower.chars().all(|c| c.is_ascii_digit());
                assert_eq!(cx.all_digits(i), digits, "{text:?}");
                // `phrase_after` asks whether any is, of the token as written.
                let written = t.text(&text).bytes().any(|b| b.is_ascii_digit());
                assert_eq!(written, lower.chars().any(|c| c.is_ascii_digit()));
                for w in ["and", "he", "who"] {
                    assert_eq!(cx.lower_is(i, w), lower == w, "{text:?}");
                    // `is` reads the bytes as the `str` comparison does.
                    let plain = t.text(&text).eq_ignore_ascii_case(w);
                    assert_eq!(cx.is(i, w), plain, "{text:?}");
                }
            }
        }
    }

    #[test]
    fn inverted_direct_quote_with_role() {
        let (src, verb, content, quote, role) =
            frame("“Prices will rise,” said Ada Lind, an economist at the Central Bank.").unwrap();
        assert_eq!(src, "Ada Lind");
        assert_eq!(verb, "said");
        assert_eq!(content, "Prices will rise,");
        assert_eq!(quote, QuoteKind::Direct);
        assert_eq!(role.as_deref(), Some("an economist at the Central Bank"));
    }

    #[test]
    fn reported_speech_takes_the_clause() {
        let (src, _, content, quote, _) =
            frame("Port officials noted that exports doubled last year.").unwrap();
        assert_eq!(src, "Port officials");
        assert_eq!(content, "exports doubled last year");
        assert_eq!(quote, QuoteKind::Indirect);
        let (src, _, content, _, _) =
            frame("The mine will close in May, two engineers who inspected it said.").unwrap();
        assert_eq!(src, "two engineers");
        assert_eq!(content, "The mine will close in May");
    }

    #[test]
    fn sources_with_complements_and_quotes_before_circumstances() {
        let (src, _, content, _, _) =
            frame("Experts on shipping law said the ban is weak.").unwrap();
        assert_eq!(
            (src.as_str(), content.as_str()),
            ("Experts on shipping law", "the ban is weak")
        );
        let (src, _, content, quote, _) =
            frame("“We lost everything,” she said several weeks after the flood.").unwrap();
        assert_eq!(
            (src.as_str(), content.as_str()),
            ("she", "We lost everything,")
        );
        assert_eq!(quote, QuoteKind::Direct);
    }

    #[test]
    fn according_to_and_beliefs() {
        let (src, verb, content, _, _) =
            frame("According to local officials, the bridge reopened.").unwrap();
        assert_eq!(
            (src.as_str(), verb.as_str()),
            ("local officials", "according to")
        );
        assert_eq!(content, "the bridge reopened");
        let (src, _, _, quote, _) = frame("Farmers are convinced that rain is coming.").unwrap();
        assert_eq!((src.as_str(), quote), ("Farmers", QuoteKind::None));
        let (_, verb, content, _, _) = frame("It is believed that the ship sank.").unwrap();
        assert_eq!(
            (verb.as_str(), content.as_str()),
            ("is believed", "the ship sank")
        );
        // A belief verb without a clause is not an attribution.
        assert!(frame("Divers found wreckage.").is_none());
        assert!(frame("The harbour is quiet today.").is_none());
        // Nor is a ship calling at a port, nor a noun that looks like a cue.
        assert!(frame("Warships have been calling at the port since May.").is_none());
        assert!(frame("His tax plans are vague.").is_none());
    }
}
