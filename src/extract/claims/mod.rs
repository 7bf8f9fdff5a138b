//! Claims and their sources: what each sentence asserts, who says it, how firmly.
//!
//! Every content sentence (headline, standfirst, body, caption; never page
//! furniture) yields its claims, ids `c1`, `c2`, ... in text order: one
//! claim for a sentence the article asserts in its own voice, one per
//! attribution frame otherwise ("X attacked the plan, saying it failed" is
//! two). The stage runs in five steps:
//!
//! 1. [`tokens`]: words and quotations of every sentence, a quotation
//!    carried across sentences and across paragraphs that reopen it;
//! 2. [`attribution`]: the frames of each sentence (cue, source as written,
//!    role, content, direct or indirect);
//! 3. a sentence that is only a frame ("Moore said.", "He added:") lends it
//!    to the sentence before it (after a colon, after it) and makes no
//!    claim of its own;
//! 4. a quotation over several sentences or paragraphs is one claim, its
//!    span grown over all of them, attributed by the frame found in any of
//!    its sentences ("“A. B,” he said."); a new quotation right after a
//!    quoted speaker's sentence is that speaker's ("“A,” he said. “B.”");
//! 5. [`sources`]: each source mention resolved, in text order, to a
//!    canonical name and kind (pronouns to the last person named, surnames
//!    to full names, "it is believed" to [`sources::UNATTRIBUTED`]), and
//!    gathered into one [`Source`] per name.
//!
//! Hedges ([`hedges`]) are the cues of the claim's sentence (of its own
//! content and frame when the sentence holds several claims). Those inside
//! an attributed claim's content are the source's (`source_hedges`: "may"
//! in "experts say it may"); the rest, in the frame ("it is believed",
//! "reportedly") or in the article's own voice, are the writer's.
//! A claim's entities are those with a mention inside its span; its figures
//! those inside its span.

pub mod attribution;
pub mod hedges;
pub mod lexicon;
pub mod sources;
pub mod tokens;

use crate::model::{
    Attribution, Claim, Entity, EntityKind, Figure, QuoteKind, Sentence, Source, SourceKind, Span,
};
use crate::unicode::is_alphanumeric;
use attribution::Frame;
use lexicon::Lex;
use sources::{Memory, Mentions, Resolved};
use tokens::{Quotes, SentenceTokens};

/// The claims of an article and the sources they are attributed to.
pub fn extract(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    figures: &[Figure],
) -> (Vec<Claim>, Vec<Source>) {
    let toks = SentenceTokens::new(text, sentences);
    let quotes = tokens::quotes_by_tokens(text, sentences, &toks);
    let frames: Vec<Vec<Frame>> = sentences
        .iter()
        .zip(&quotes)
        .enumerate()
        .map(|(i, (s, q))| {
            let t = toks.of(i);
            if t.is_empty() {
                Vec::new()
            } else {
                attribution::find(text, s.span, t, q)
            }
        })
        .collect();

    let (mut frames, silent, lent_back) = lend_bare_frames(text, sentences, &toks, &quotes, frames);

    // Resolve every written source in text order, so that pronouns and
    // surnames see only what came before them.
    let mut memory = Memory::default();
    let mentions = Mentions::new(entities, |_| true);
    let people = mentions.only(|e| e.kind == EntityKind::Person);
    let mut resolved: Vec<Vec<Attributed>> = Vec::with_capacity(sentences.len());
    for (i, s) in sentences.iter().enumerate() {
        resolved.push(
            frames[i]
                .iter_mut()
                .map(|f| attribute(text, f, &mut memory, &mentions))
                .collect(),
        );
        if !toks.of(i).is_empty() {
            memory.observe(text, toks.of(i), s.span, &people);
        }
    }
    let borrowed = quotation_runs(text, sentences, &quotes, &frames, &lent_back);
    // A quotation running over several sentences is one claim: the
    // speaker's claim grows to cover the quoted words of the others.
    let mut silent = silent;
    // The span each sentence's borrowed claim grows to.
    let mut grown: Vec<Option<Span>> = vec![None; sentences.len()];
    for (k, b) in borrowed.iter().enumerate() {
        let Some(b) = b else { continue };
        let quoted = quotes[k].inside.iter().copied();
        let lo = quoted
            .clone()
            .map(|q| q.start)
            .min()
            .unwrap_or(sentences[k].span.start);
        let hi = quoted.map(|q| q.end).max().unwrap_or(sentences[k].span.end);
        let hull = |span: Span| Span::new(span.start.min(lo), span.end.max(hi));
        if let Some(h) = b.into {
            grown[h] = Some(hull(grown[h].unwrap_or(Span::new(lo, hi))));
            silent[k] = true;
        } else if b.merge
            && let Some(frame) = frames[b.from.0].get_mut(b.from.1)
        {
            frame.content = hull(frame.content);
            silent[k] = true;
        }
    }

    // The sentences whose attributions another sentence borrows.
    let mut lent = vec![false; sentences.len()];
    for b in borrowed.iter().flatten() {
        lent[b.from.0] = true;
    }
    let mut claims = Vec::with_capacity(sentences.len());
    let mut book = SourceBook::default();
    // (content, the frame's own words, attribution) of each claim of a
    // sentence; one vector for all of them.
    let mut parts: Vec<(Span, Option<Span>, Option<Attributed>)> = Vec::new();
    // The indices of the entities inside a claim, for `names_within`.
    let mut inside = Vec::new();
    let in_order = figures.is_sorted_by_key(|f| f.span.start);
    for (i, s) in sentences.iter().enumerate() {
        if toks.of(i).is_empty() || silent[i] {
            continue;
        }
        parts.clear();
        // Made before this sentence's attributions are moved into `parts`.
        let residual = residual_clauses(text, s.span, &frames[i], &resolved[i]);
        // An attribution another sentence borrows is copied; any other
        // is used only here, and moved.
        let own = if lent[i] {
            resolved[i].clone()
        } else {
            std::mem::take(&mut resolved[i])
        };
        parts.extend(
            frames[i]
                .iter()
                .zip(own)
                .map(|(f, a)| (f.content, Some(f.region), Some(a))),
        );
        if parts.is_empty() {
            parts.push(match borrowed[i] {
                Some(Borrow {
                    from: (from, j), ..
                }) => {
                    let span = quotes[i]
                        .inside
                        .iter()
                        .max_by_key(|q| q.len())
                        .copied()
                        .unwrap_or(s.span);
                    let span = grown[i].map_or(span, |g| {
                        Span::new(span.start.min(g.start), span.end.max(g.end))
                    });
                    let attr = resolved[from].get(j).cloned().map(|mut a| {
                        a.attribution.quote = QuoteKind::Direct;
                        a
                    });
                    (span, None, attr)
                }
                None => (s.span, None, None),
            });
        }
        parts.extend(residual);
        parts.sort_by_key(|p| p.0.start);
        let single = parts.len() == 1;
        // The sentence's own hedges, looked for once for all its claims.
        let mut in_sentence: Option<Vec<hedges::Hedge>> = None;
        for (span, region, attr) in parts.drain(..) {
            // A merged quotation reaches beyond its sentence.
            let merged;
            let scan = Span::new(s.span.start.min(span.start), s.span.end.max(span.end));
            let sentence_hedges: &[hedges::Hedge] = if scan == s.span {
                in_sentence.get_or_insert_with(|| hedges::find_in_sentence(text, scan, toks.of(i)))
            } else {
                merged = hedges::find(text, scan);
                &merged
            };
            if let Some(a) = &attr {
                book.add(claims.len(), a);
            }
            // With several claims in a sentence, each takes the hedges of its
            // own content and frame.
            let mut hedges: Vec<String> = Vec::new();
            let mut source_hedges: Vec<String> = Vec::new();
            for h in sentence_hedges {
                let in_frame = region.is_some_and(|r| r.contains(h.span));
                let own = single || span.contains(h.span) || in_frame;
                if own && !hedges.contains(&h.cue) {
                    hedges.push(h.cue.clone());
                }
                // The source's caution: a cue inside what the source is
                // reported to say. A cue in the frame ("it is believed",
                // "reportedly") or in the article's own voice is the writer's.
                let reported = attr.is_some() && span.contains(h.span) && !in_frame;
                if own && reported && !source_hedges.contains(&h.cue) {
                    source_hedges.push(h.cue.clone());
                }
            }
            claims.push(Claim {
                // Numbered once all are in text order (`in_text_order`).
                id: String::new(),
                span,
                sentence: s.index,
                attribution: attr.map(|a| a.attribution),
                hedges,
                source_hedges,
                entities: mentions.names_within(span, &mut inside),
                figures: figure_ids_within(figures, in_order, span),
            });
        }
    }
    in_text_order(claims, book)
}

/// The ids of the figures inside `span`, in their order. The figures stage
/// sorts its figures by where they start, so those inside start within
/// `span` and are found by where they start rather than by going over all
/// of them; `in_order` says whether they are sorted (the caller checks once),
/// and unsorted figures are all gone over.
fn figure_ids_within(figures: &[Figure], in_order: bool, span: Span) -> Vec<String> {
    let from = if in_order {
        figures.partition_point(|f| f.span.start < span.start)
    } else {
        0
    };
    figures[from..]
        .iter()
        .take_while(|f| !in_order || f.span.start <= span.end)
        .filter(|f| span.contains(f.span))
        .map(|f| f.id.clone())
        .collect()
}

/// An article that cites its own outlet ("..., Reuters reports and UNN
/// reports" in a UNN article) passes on what the outlet it relays reported:
/// such claims are credited to the relayed outlet when the article relays
/// exactly one, and the sources are regrouped to match.
pub fn credit_relayed_outlet(
    text: &str,
    sentences: &[Sentence],
    claims: &mut [Claim],
    sources: &mut Vec<Source>,
    outlet: Option<&str>,
    relays: &[String],
) {
    let (Some(outlet), [relayed]) = (outlet, relays) else {
        return;
    };
    let mut moved: Vec<String> = Vec::new();
    for c in claims.iter_mut() {
        if let Some(at) = c.attribution.as_mut()
            && at.source.as_deref() == Some(outlet)
        {
            at.source = Some(relayed.clone());
            // The mention moves to where the relayed outlet is named in the
            // claim's sentence, when it is.
            let sentence = sentences.get(c.sentence).map(|s| s.span);
            if let Some(found) = sentence.and_then(|s| find_word(text, s, relayed)) {
                at.mention = Some(found);
            }
            moved.push(c.id.clone());
        }
    }
    if moved.is_empty() {
        return;
    }
    sources.retain_mut(|s| {
        s.claims.retain(|id| !moved.contains(id));
        !(s.name == outlet && s.claims.is_empty())
    });
    match sources.iter_mut().find(|s| s.name == *relayed) {
        Some(s) => {
            s.claims.extend(moved);
            s.claims
                .sort_by_key(|id| id[1..].parse::<usize>().unwrap_or(usize::MAX));
        }
        None => sources.push(Source {
            name: relayed.clone(),
            kind: SourceKind::Outlet,
            role: None,
            claims: moved,
        }),
    }
}

/// The first whole-word occurrence of `word` within `within`.
fn find_word(text: &str, within: Span, word: &str) -> Option<Span> {
    let hay = within.of(text);
    let mut from = 0;
    while let Some(i) = hay.get(from..)?.find(word) {
        let (start, end) = (from + i, from + i + word.len());
        let before = hay[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_alphanumeric(c));
        let after = hay[end..]
            .chars()
            .next()
            .is_none_or(|c| !is_alphanumeric(c));
        if before && after {
            return Some(Span::new(within.start + start, within.start + end));
        }
        from = end;
    }
    None
}

/// The fewest words a stretch of a sentence that no frame covers needs to
/// be a claim of its own.
const RESIDUAL_MIN_WORDS: usize = 4;

/// Clauses of a framed sentence that no frame's content or words cover:
/// "Ships have docked there, and satellite imagery shows a surge" holds the
/// article's own claim before the frame. A clause right after a frame whose
/// content precedes it ("Y, Jeong said, and Z") continues that speaker's
/// report and keeps the attribution; any other is the article's own voice.
fn residual_clauses(
    text: &str,
    sentence: Span,
    frames: &[Frame],
    resolved: &[Attributed],
) -> Vec<(Span, Option<Span>, Option<Attributed>)> {
    if frames.is_empty() || frames.iter().any(|f| f.bare) {
        return Vec::new();
    }
    let mut covered: Vec<(Span, Option<usize>)> = Vec::new();
    for (k, f) in frames.iter().enumerate() {
        covered.push((f.content, None));
        // A frame that closes its content owns the clause after it.
        let closes = f.content.end <= f.region.start;
        covered.push((f.region, closes.then_some(k)));
    }
    covered.sort_by_key(|(s, _)| (s.start, s.end));
    let mut out = Vec::new();
    let mut cursor = sentence.start;
    let mut owner: Option<usize> = None;
    let mut gaps: Vec<(Span, Option<usize>)> = Vec::new();
    for &(span, closes) in &covered {
        if span.start > cursor {
            gaps.push((Span::new(cursor, span.start), owner));
        }
        if span.end > cursor {
            cursor = span.end;
            owner = closes;
        }
    }
    if sentence.end > cursor {
        gaps.push((Span::new(cursor, sentence.end), owner));
    }
    for (gap, owner) in gaps {
        // Only a coordinated clause stands on its own: one that ends in
        // ", and" or ";" before a frame, or starts so after one. A fronted
        // phrase ("In addition to commercial products, experts say ...")
        // is not a claim.
        let before_frame = gap.end < sentence.end;
        let after_frame = gap.start > sentence.start;
        let coordinated = (before_frame && ends_with_coordination(text, gap))
            || (after_frame && starts_with_conjunction(text, gap))
            || (!before_frame && !after_frame);
        if !coordinated {
            continue;
        }
        let Some(clause) = clause_of(text, gap) else {
            continue;
        };
        let attributed = owner
            .filter(|_| starts_with_conjunction(text, gap))
            .and_then(|k| resolved.get(k).cloned());
        out.push((clause, None, attributed));
    }
    out
}

/// `gap` without edge punctuation and edge conjunctions, if what is left
/// has enough words to be a clause.
fn clause_of(text: &str, gap: Span) -> Option<Span> {
    let edge = |c: char| !is_alphanumeric(c) && !matches!(c, '“' | '"' | '‘' | '(' | '[');
    let s = gap.of(text);
    let mut start = gap.start + (s.len() - s.trim_start_matches(edge).len());
    let mut end = gap.start
        + s.trim_end_matches(|c: char| {
            !is_alphanumeric(c) && !matches!(c, '”' | '"' | '’' | ')' | ']' | '%')
        })
        .len();
    loop {
        let inner = text.get(start..end)?;
        let first = inner.split_whitespace().next().unwrap_or("");
        let last = inner.split_whitespace().next_back().unwrap_or("");
        if lexicon::lex(first).has(Lex::CLAUSE_CONJUNCTION) && first.len() < inner.len() {
            start += first.len();
            start += text[start..end].len() - text[start..end].trim_start_matches(edge).len();
        } else if lexicon::lex(last).has(Lex::CLAUSE_CONJUNCTION) && last.len() < inner.len() {
            end -= last.len();
            end = start
                + text[start..end]
                    .trim_end_matches(|c: char| !is_alphanumeric(c))
                    .len();
        } else {
            break;
        }
    }
    // Enough words: the words are counted up to that many.
    let enough = text
        .get(start..end)?
        .split_whitespace()
        .filter(|w| w.chars().any(is_alphanumeric))
        .nth(RESIDUAL_MIN_WORDS - 1)
        .is_some();
    (start < end && enough).then(|| Span::new(start, end))
}

fn ends_with_coordination(text: &str, gap: Span) -> bool {
    let s = gap.of(text).trim_end();
    s.ends_with(';')
        || s.rsplit(|c: char| !is_alphanumeric(c))
            .find(|w| !w.is_empty())
            .is_some_and(|w| lexicon::lex(w).has(Lex::CLAUSE_CONJUNCTION))
}

fn starts_with_conjunction(text: &str, gap: Span) -> bool {
    if gap.of(text).trim_start().starts_with(';') {
        return true;
    }
    first_word(gap.of(text)).is_some_and(|w| lexicon::lex(w).has(Lex::CLAUSE_CONJUNCTION))
}

/// The first run of letters and digits in `s`, as splitting at every other
/// character and taking the first piece that is not empty finds it; read
/// a byte at a time while the bytes are ASCII (where a letter or digit is
/// an ASCII one), rather than through the splitter's pattern machinery.
fn first_word(s: &str) -> Option<&str> {
    let bytes = s.as_bytes();
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        let (word_char, len) = if bytes[i].is_ascii() {
            (bytes[i].is_ascii_alphanumeric(), 1)
        } else {
            let c = s[i..].chars().next()?;
            (is_alphanumeric(c), c.len_utf8())
        };
        match start {
            None if word_char => start = Some(i),
            Some(from) if !word_char => return Some(&s[from..i]),
            _ => {}
        }
        i += len;
    }
    start.map(|from| &s[from..])
}

/// Claims sorted by where they start (a quotation merged over several
/// sentences starts before its speaker's sentence), numbered `c1`, `c2`,
/// ..., and the sources with the ids of their claims, in that order.
fn in_text_order(mut claims: Vec<Claim>, book: SourceBook) -> (Vec<Claim>, Vec<Source>) {
    let key = |c: &Claim| (c.span.start, c.span.end);
    // Where each claim, by the index the source book knows it by, ends up.
    let mut place: Vec<usize> = (0..claims.len()).collect();
    // Claims are made in text order but for merged quotations: most
    // articles need no sorting, and no claim (a large value) moved.
    if !claims.is_sorted_by_key(key) {
        let mut indexed: Vec<(usize, Claim)> = claims.into_iter().enumerate().collect();
        indexed.sort_by_key(|(_, c)| key(c));
        claims = Vec::with_capacity(indexed.len());
        for (at, (k, c)) in indexed.into_iter().enumerate() {
            place[k] = at;
            claims.push(c);
        }
    }
    for (at, c) in claims.iter_mut().enumerate() {
        c.id = claim_id(at);
    }
    let sources = book
        .sources
        .into_iter()
        .zip(book.claims)
        .map(|(mut s, ks)| {
            let mut ats: Vec<usize> = ks.into_iter().map(|k| place[k]).collect();
            ats.sort_unstable();
            s.claims = ats.into_iter().map(claim_id).collect();
            s
        })
        .collect();
    (claims, sources)
}

/// The id of the claim at `at` in text order: `c1`, `c2`, ...
fn claim_id(at: usize) -> String {
    crate::model::numbered_id('c', at)
}

/// A sentence's attribution with what its [`Source`] record needs.
#[derive(Clone, Debug)]
struct Attributed {
    attribution: Attribution,
    role: Option<String>,
    /// Coordinated sources sharing the claim ("experts and publications").
    also: Vec<Resolved>,
}

/// The attribution of frame `f`, its sources resolved; the frame's verb
/// is moved into it (nothing reads it from the frame after this).
fn attribute(text: &str, f: &mut Frame, memory: &mut Memory, mentions: &Mentions) -> Attributed {
    let r = memory.resolve(text, &f.source, mentions);
    let also = f
        .also
        .iter()
        .map(|m| memory.resolve(text, m, mentions))
        .collect();
    let mention = (f.source.form != attribution::Form::Impersonal).then_some(f.source.span);
    let role = f.role.map(|s| s.of(text).to_string()).or(r.title);
    Attributed {
        attribution: Attribution {
            source: r.name,
            kind: r.kind,
            mention,
            verb: Some(std::mem::take(&mut f.verb)),
            quote: f.quote,
        },
        role,
        also,
    }
}

/// A sentence that is only a frame ("Moore said.", "He added:") attributes
/// the sentence before it (after a colon, the one after it), when that one
/// has no frame of its own; the bare sentence then makes no claim of its
/// own (the second vector marks it). A frame that opens its sentence lends
/// itself to a quotation closing the sentence before and keeps its own
/// claim (the third vector marks such lenders).
fn lend_bare_frames(
    text: &str,
    sentences: &[Sentence],
    toks: &SentenceTokens,
    quotes: &[Quotes],
    mut frames: Vec<Vec<Frame>>,
) -> (Vec<Vec<Frame>>, Vec<bool>, Vec<bool>) {
    let mut silent = vec![false; sentences.len()];
    let mut lent_back = vec![false; sentences.len()];
    for i in 0..sentences.len() {
        let Some(f) = frames[i].first().cloned() else {
            continue;
        };
        let bare = f.bare && frames[i].len() == 1;
        // "“What have you been doing?” Obama continued, calling out the
        // Speaker.": a frame that opens its sentence names the speaker of
        // the quotation that closes the sentence before it.
        let opening = !bare
            && i > 0
            && f.region.start == sentences[i].span.start
            && is_closed_quotation(text, sentences[i - 1].span)
            && !text[sentences[i - 1].span.end..sentences[i].span.start].contains('\n');
        if !bare && !opening {
            continue;
        }
        let colon = sentences[i].span.of(text).trim_end().ends_with(':');
        let target = if colon && bare {
            Some(i + 1).filter(|&t| t < sentences.len())
        } else {
            i.checked_sub(1)
        };
        let Some(t) = target.filter(|&t| !toks.of(t).is_empty() && frames[t].is_empty()) else {
            continue;
        };
        let quoted = quotes[t].inside.iter().max_by_key(|q| q.len()).copied();
        let mut lent = f;
        lent.bare = false;
        (lent.content, lent.quote) = match quoted {
            Some(q) => (q, QuoteKind::Direct),
            None => (sentences[t].span, lent.quote),
        };
        frames[t] = vec![lent];
        if bare {
            frames[i].clear();
            silent[i] = true;
        } else {
            lent_back[i] = true;
        }
    }
    (frames, silent, lent_back)
}

/// A sentence that is one quotation: it opens and closes with quote marks.
fn is_closed_quotation(text: &str, sentence: Span) -> bool {
    let s = sentence.of(text).trim();
    s.chars().count() > 2 && s.starts_with(['“', '"', '«']) && s.ends_with(['”', '"', '»'])
}

/// A sentence attributed through another's frame.
#[derive(Clone, Copy, Debug)]
struct Borrow {
    /// The sentence and frame that name the speaker.
    from: (usize, usize),
    /// Part of the same quotation as that frame's (merged into its claim),
    /// rather than a new quotation by the same speaker.
    merge: bool,
    /// Part of the same quotation as this earlier sentence's, itself
    /// attributed by borrowing: merged into that sentence's claim.
    into: Option<usize>,
}

/// For each sentence without a frame of its own that lies in a quotation
/// running over several sentences, the sentence (and frame) that
/// attributes that quotation. A quotation that opens right after a quoted
/// speaker's sentence, in the same paragraph or one that continues it, is
/// the same speaker's ("“A,” he said. “B.”").
fn quotation_runs(
    text: &str,
    sentences: &[Sentence],
    quotes: &[Quotes],
    frames: &[Vec<Frame>],
    lent_back: &[bool],
) -> Vec<Option<Borrow>> {
    let direct = |k: usize| {
        frames[k]
            .iter()
            .position(|f| f.quote == QuoteKind::Direct)
            .map(|j| (k, j))
    };
    let mut out = vec![None; quotes.len()];
    let mut i = 0;
    while i < quotes.len() {
        if !quotes[i].open_at_end {
            i += 1;
            continue;
        }
        let mut end = i;
        while end + 1 < quotes.len() && quotes[end].open_at_end && quotes[end + 1].continues {
            end += 1;
        }
        if let Some(from) = (i..=end).find_map(direct) {
            for (k, slot) in out.iter_mut().enumerate().take(end + 1).skip(i) {
                if frames[k].is_empty() {
                    *slot = Some(Borrow {
                        from,
                        merge: true,
                        into: None,
                    });
                }
            }
        }
        i = end + 1;
    }
    for i in 1..quotes.len() {
        let s = &sentences[i];
        let opens =
            s.span.of(text).starts_with(['“', '"', '«']) || s.span.of(text).starts_with("''");
        let gap = text
            .get(sentences[i - 1].span.end..s.span.start)
            .unwrap_or("\n");
        let same_paragraph = !gap.contains('\n') || quotes[i].continues;
        if out[i].is_none() && frames[i].is_empty() && opens && same_paragraph {
            // "“A?” Obama continued, calling out X. “B.”": the speaker's
            // frame was lent to the quotation before its sentence.
            let lender = (lent_back[i - 1] && i >= 2)
                .then(|| direct(i - 2))
                .flatten();
            let Some(from) = direct(i - 1).or(lender).or(out[i - 1].map(|b| b.from)) else {
                continue;
            };
            out[i] = Some(Borrow {
                from,
                merge: false,
                into: None,
            });
            // The rest of this new quotation joins its first sentence.
            let mut k = i;
            while quotes[k].open_at_end
                && k + 1 < quotes.len()
                && quotes[k + 1].continues
                && frames[k + 1].is_empty()
            {
                k += 1;
                out[k] = Some(Borrow {
                    from,
                    merge: false,
                    into: Some(i),
                });
            }
        }
    }
    out
}

/// The sources of an article, one per canonical name, in order of first
/// attribution.
#[derive(Default)]
struct SourceBook {
    /// Each source, its claims still empty.
    sources: Vec<Source>,
    /// The claims of each source, by their index in the order made.
    claims: Vec<Vec<usize>>,
}

impl SourceBook {
    fn add(&mut self, claim: usize, a: &Attributed) {
        if let Some(name) = &a.attribution.source {
            self.enter(name, a.attribution.kind, a.role.as_deref(), claim);
        }
        for r in &a.also {
            if let Some(name) = &r.name {
                self.enter(name, r.kind, r.title.as_deref(), claim);
            }
        }
    }

    fn enter(&mut self, name: &str, kind: SourceKind, role: Option<&str>, claim: usize) {
        let i = match self.sources.iter().position(|s| s.name == name) {
            Some(i) => i,
            None => {
                self.sources.push(Source {
                    name: name.to_string(),
                    kind,
                    role: None,
                    claims: Vec::new(),
                });
                self.claims.push(Vec::new());
                self.sources.len() - 1
            }
        };
        let s = &mut self.sources[i];
        if s.role.is_none() {
            s.role = role.map(str::to_string);
        }
        if !self.claims[i].contains(&claim) {
            self.claims[i].push(claim);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Role, SourceKind};

    /// Whether `span` is a valid, char-aligned range of `text`.
    fn sliceable(text: &str, span: Span) -> bool {
        text.get(span.start..span.end).is_some()
    }

    /// Sentences split at ". " within lines, lines as paragraphs.
    fn split(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let mut start = offset;
            let bytes = line.as_bytes();
            for (i, _) in line.char_indices() {
                let at_end = i + 1 == line.len()
                    || (matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' '));
                if at_end {
                    let span = Span::new(start, offset + i + 1).trim(text);
                    if !span.is_empty() {
                        out.push(Sentence {
                            index: out.len(),
                            span,
                            role: Role::Body,
                        });
                    }
                    start = offset + i + 1;
                }
            }
            offset += line.len();
        }
        out
    }

    fn run(text: &str) -> (Vec<Claim>, Vec<Source>) {
        extract(text, &split(text), &[], &[])
    }

    fn texts(text: &str, claims: &[Claim]) -> Vec<String> {
        claims.iter().map(|c| c.span.of(text).to_string()).collect()
    }

    #[test]
    fn a_coordinated_clause_outside_every_frame_is_a_claim() {
        let text = "Ships have begun docking there, and satellite imagery shows a surge in trade.";
        let (claims, _) = run(text);
        let t = texts(text, &claims);
        assert!(
            t.contains(&"Ships have begun docking there".to_string()),
            "{t:?}"
        );
        let own = claims
            .iter()
            .find(|c| c.span.of(text).starts_with("Ships"))
            .unwrap();
        assert!(own.attribution.is_none());
        // A fronted phrase is not a clause of its own.
        let text =
            "In addition to commercial products, experts are convinced that the port ships arms.";
        let (claims, _) = run(text);
        assert_eq!(claims.len(), 1, "{:?}", texts(text, &claims));
    }

    #[test]
    fn a_parenthetical_frame_before_a_conjoined_clause_splits_the_sentence() {
        let text = "Russia can also sell coal and oil through the port, Jeong said, and if workers may cross the border, they can send goods home.";
        let (claims, _) = run(text);
        let t = texts(text, &claims);
        assert_eq!(
            t[0], "Russia can also sell coal and oil through the port",
            "{t:?}"
        );
        assert!(t[1].starts_with("if workers may cross"), "{t:?}");
        for c in &claims {
            let at = c.attribution.as_ref().expect("both are Jeong's");
            assert_eq!(at.verb.as_deref(), Some("said"));
        }
    }

    #[test]
    fn a_chain_of_reports_is_not_content() {
        for text in [
            "The zone is becoming the hub of trade with Russia, Reuters reports and UNN reports.",
            "The zone is becoming the hub of trade with Russia, Reuters reportsand UNN reports.",
        ] {
            let (claims, _) = run(text);
            assert_eq!(
                texts(text, &claims),
                ["The zone is becoming the hub of trade with Russia"]
            );
        }
    }

    #[test]
    fn an_article_citing_its_own_outlet_passes_on_the_relayed_one() {
        let text =
            "The zone is becoming the hub of trade with Russia, Reuters reports and UNN reports.";
        let sentences = split(text);
        let (mut claims, mut sources) = extract(text, &sentences, &[], &[]);
        let relays = ["Reuters".to_string()];
        credit_relayed_outlet(
            text,
            &sentences,
            &mut claims,
            &mut sources,
            Some("UNN"),
            &relays,
        );
        let at = claims[0].attribution.as_ref().expect("attributed");
        assert_eq!(at.source.as_deref(), Some("Reuters"));
        assert_eq!(at.mention.map(|m| m.of(text)), Some("Reuters"));
        assert!(sources.iter().all(|s| s.name != "UNN"), "{sources:?}");
        assert!(
            sources
                .iter()
                .any(|s| s.name == "Reuters" && s.claims == ["c1"]),
            "{sources:?}"
        );
    }

    #[test]
    fn an_agent_after_by_is_not_a_source() {
        let text = "A satellite image released by Planet Labs shows a port in the north.";
        let (claims, sources) = run(text);
        assert!(claims[0].attribution.is_none(), "{claims:?}");
        assert!(sources.is_empty());
    }

    #[test]
    fn a_party_tag_describes_the_name_before_it() {
        let text = "Earlier, Blake Farenthold, R-Texas, announced he would resign on Friday.";
        let (claims, _) = run(text);
        let at = claims[0].attribution.as_ref().expect("attributed");
        assert_eq!(at.mention.map(|m| m.of(text)), Some("Blake Farenthold"));
    }

    #[test]
    fn a_participle_opening_a_quotation_is_a_frame() {
        let text = "Romney released a statement late Tuesday saying: \"His comments were offensive and wrong. He should step aside.\"\nAkin continued to hold his ground.";
        let (claims, _) = run(text);
        let at = claims[0].attribution.as_ref().expect("attributed");
        assert_eq!(at.mention.map(|m| m.of(text)), Some("Romney"));
        assert_eq!(at.quote, QuoteKind::Direct);
        assert!(
            claims[0].span.of(text).ends_with("He should step aside."),
            "{:?}",
            texts(text, &claims)
        );
        let last = claims.last().expect("a claim");
        assert!(last.attribution.is_none(), "continuing is not speaking");
    }

    #[test]
    fn hedges_are_the_writers_or_the_sources() {
        let text = "It is believed that the ships could carry shells.\nThe port reportedly reopened.\nExperts say the ban may end.";
        let (claims, _) = run(text);
        let of = |needle: &str| {
            claims
                .iter()
                .find(|c| c.span.of(text).contains(needle))
                .expect(needle)
        };
        let ships = of("ships");
        assert_eq!(ships.writer_hedges(), ["it is believed"]);
        assert_eq!(ships.source_hedges, ["could"]);
        let port = of("port");
        assert_eq!(port.writer_hedges(), ["reportedly"]);
        assert!(port.source_hedges.is_empty());
        let ban = of("ban");
        assert_eq!(ban.source_hedges, ["may"]);
        assert!(ban.writer_hedges().is_empty());
    }

    #[test]
    fn words_that_only_look_like_frames_are_not() {
        for text in [
            "The congressman was waiting to see what changes lawmakers will add to the act.",
            "They have brought up 15 bills that they contend will help create jobs.",
            "He had been accused of harassment for several years before he resigned.",
            "He visited a bridge over the river that connects their two states.",
        ] {
            let (claims, sources) = run(text);
            assert!(
                sources.iter().all(
                    |s| !["changes lawmakers", "bills", "several years", "river"]
                        .contains(&s.name.as_str())
                ),
                "{text}: {sources:?} {claims:?}"
            );
        }
    }

    #[test]
    fn a_party_plural_is_a_group() {
        let (_, sources) = run("House Republicans said they would vote on Friday.");
        assert_eq!(sources[0].name, "House Republicans");
        assert_eq!(sources[0].kind, SourceKind::Organization);
    }

    #[test]
    fn a_frame_opening_its_sentence_names_the_quotation_before() {
        // The test splitter cuts at ". ", so the question stands alone.
        let text = "Nothing happened yet. \"What have you been doing?\" Obama continued, calling out the Speaker. \"You debated a coin. That is not work.\"";
        let (claims, _) = run(text);
        let by = |needle: &str| {
            let c = claims
                .iter()
                .find(|c| c.span.of(text).contains(needle))
                .expect(needle);
            c.attribution.as_ref().map(|a| (a.source.clone(), a.quote))
        };
        assert_eq!(
            by("What have you"),
            Some((Some("Obama".into()), QuoteKind::Direct))
        );
        assert_eq!(
            by("You debated"),
            Some((Some("Obama".into()), QuoteKind::Direct))
        );
        assert_eq!(by("Nothing happened"), None);
    }

    #[test]
    fn a_definite_description_refers_to_the_last_person() {
        let text = "Blake Farenthold resigned on Friday. The four-term congressman said he had no idea how to run an office. Officials said that they had to see what changes lawmakers would make.";
        let (claims, sources) = run(text);
        let by = |needle: &str| {
            claims
                .iter()
                .find(|c| c.span.of(text).contains(needle))
                .and_then(|c| c.attribution.as_ref())
                .and_then(|a| a.source.clone())
        };
        assert_eq!(by("no idea").as_deref(), Some("Blake Farenthold"));
        assert!(
            sources.iter().all(|s| !s.name.contains("what")),
            "{sources:?}"
        );
    }

    #[test]
    fn sources_gather_their_claims() {
        let text = "“Ports will grow,” said Mira Holt, an analyst at the Harbour Institute.\n\
                    Trade may also rise, Holt said, as rail links open.\n\
                    He added that prices could fall.\n\
                    Economists say the plan is risky.\n";
        let (claims, sources) = run(text);
        assert_eq!(claims.len(), 4);
        let who: Vec<_> = claims
            .iter()
            .map(|c| c.attribution.as_ref().and_then(|a| a.source.clone()))
            .collect();
        assert!(
            who[..3].iter().all(|w| w.as_deref() == Some("Mira Holt")),
            "{who:?}"
        );
        assert_eq!(who[3].as_deref(), Some("economists"));
        assert_eq!(claims[0].span.of(text), "Ports will grow,");
        let pronoun = claims[2].attribution.as_ref().and_then(|a| a.mention);
        assert_eq!(pronoun.map(|m| m.of(text)), Some("He"));
        assert_eq!(claims[1].hedges, ["may"]);
        assert_eq!(sources[0].claims, ["c1", "c2", "c3"]);
        assert_eq!(
            sources[0].role.as_deref(),
            Some("an analyst at the Harbour Institute")
        );
        assert_eq!(sources[1].kind, SourceKind::Anonymous);
    }

    #[test]
    fn a_quotation_over_two_sentences_has_one_speaker() {
        let text = "“The port is busy. Ships come daily,” the mayor said.\nNothing else.\n";
        let (claims, _) = run(text);
        // One quotation, one claim over both of its sentences.
        assert_eq!(claims.len(), 2);
        let first = claims[0].attribution.as_ref().expect("speaker");
        assert_eq!(first.source.as_deref(), Some("mayor"));
        assert_eq!(first.quote, QuoteKind::Direct);
        assert_eq!(
            claims[0].span.of(text),
            "The port is busy. Ships come daily,"
        );
        assert!(claims[1].attribution.is_none());
    }

    /// (source, source kind, quote, content) of every attributed claim.
    fn attributed(text: &str) -> Vec<(String, SourceKind, QuoteKind, String)> {
        run(text)
            .0
            .into_iter()
            .filter_map(|c| {
                let a = c.attribution?;
                Some((a.source?, a.kind, a.quote, c.span.of(text).to_string()))
            })
            .collect()
    }

    #[test]
    fn a_bare_frame_attributes_the_sentence_before() {
        let text = "“We will reopen the line in spring.” Ada Lind said.\nTrains are late.\n";
        let (claims, sources) = run(text);
        // "Ada Lind said." makes no claim of its own.
        assert_eq!(claims.len(), 2);
        let a = claims[0].attribution.as_ref().expect("lent frame");
        assert_eq!(a.source.as_deref(), Some("Ada Lind"));
        assert_eq!(a.quote, QuoteKind::Direct);
        assert_eq!(
            claims[0].span.of(text),
            "We will reopen the line in spring."
        );
        assert_eq!(sources[0].claims, ["c1"]);
    }

    /// `names_within` finds what going over every entity finds.
    #[test]
    fn entity_mentions_are_found_by_where_they_start() {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for _ in 0..300 {
            let entities: Vec<Entity> = (0..next(6))
                .map(|k| Entity {
                    name: format!("e{k}"),
                    kind: crate::model::EntityKind::Other,
                    aliases: Vec::new(),
                    mentions: (0..next(4))
                        .map(|_| {
                            let start = next(30);
                            Span::new(start, start + next(5))
                        })
                        .collect(),
                })
                .collect();
            let index = Mentions::new(&entities, |_| true);
            let mut inside = vec![7];
            for start in 0..36 {
                for end in start..36 {
                    let span = Span::new(start, end);
                    let every: Vec<String> = entities
                        .iter()
                        .filter(|e| e.mentions.iter().any(|m| span.contains(*m)))
                        .map(|e| e.name.clone())
                        .collect();
                    assert_eq!(index.names_within(span, &mut inside), every);
                }
            }
        }
    }

    /// `first_word` finds what splitting at every character that is no
    /// letter or digit finds first.
    #[test]
    fn the_first_word_is_as_split() {
        let pieces = [
            ";", " ", "and", "And", "but", ",", "é", "—", "\u{a0}", "x1", "’", "\u{2028}",
        ];
        for s in crate::testing::strings_of(&pieces, 4) {
            let split = s
                .split(|c: char| !is_alphanumeric(c))
                .find(|w| !w.is_empty());
            assert_eq!(first_word(&s), split, "{s:?}");
        }
    }

    /// `figure_ids_within` finds what going over every figure finds, the
    /// figures in text order or not.
    #[test]
    fn figures_are_found_by_where_they_start() {
        let mut random = crate::testing::Xorshift::seeded(0x3c6e_f372_fe94_f82b);
        for _ in 0..300 {
            let mut figures: Vec<Figure> = (0..random.below(7))
                .map(|k| {
                    let start = random.below(25);
                    let span = Span::new(start, start + random.below(5));
                    let mut f = Figure::new(crate::model::FigureKind::Count, span, None);
                    f.id = format!("f{k}");
                    f
                })
                .collect();
            if random.below(3) > 0 {
                figures.sort_by_key(|f| f.span.start);
            }
            let in_order = figures.is_sorted_by_key(|f| f.span.start);
            for start in 0..32 {
                for end in start..32 {
                    let span = Span::new(start, end);
                    let every: Vec<String> = figures
                        .iter()
                        .filter(|f| span.contains(f.span))
                        .map(|f| f.id.clone())
                        .collect();
                    assert_eq!(figure_ids_within(&figures, in_order, span), every);
                }
            }
        }
    }

    #[test]
    fn claim_ids_count_from_one() {
        let ids: Vec<String> = [0, 8, 9, 99, 1233].into_iter().map(claim_id).collect();
        assert_eq!(ids, ["c1", "c9", "c10", "c100", "c1234"]);
    }

    #[test]
    fn a_merged_quotation_keeps_ids_in_text_order() {
        let text = "Prices rose.\n“Ships come daily. We need cranes,” the mayor said.\n";
        let (claims, sources) = run(text);
        let ids: Vec<_> = claims
            .iter()
            .map(|c| (c.id.as_str(), c.span.start))
            .collect();
        assert_eq!(ids.len(), 2);
        assert!(ids.windows(2).all(|w| w[0].1 < w[1].1), "{ids:?}");
        assert_eq!(claims[1].id, "c2");
        assert_eq!(sources[0].claims, ["c2"]);
    }

    #[test]
    fn a_quotation_runs_over_paragraphs() {
        let text = "“Ships come daily,” said the harbour master, Ole Berg. “We need more cranes.\n\
                    “And more workers.”\n";
        let who = attributed(text);
        // The second quotation, over two paragraphs, is one claim.
        assert_eq!(who.len(), 2, "{who:?}");
        assert!(
            who.iter()
                .all(|w| w.0 == "Ole Berg" && w.2 == QuoteKind::Direct)
        );
        assert_eq!(who[1].3, "We need more cranes.\n“And more workers.");
    }

    #[test]
    fn coordinated_sources_and_documents() {
        let text = "According to officials and customs records, exports fell by half.\n";
        let (claims, sources) = run(text);
        assert_eq!(claims[0].span.of(text), "exports fell by half");
        let kinds: Vec<_> = sources.iter().map(|s| (s.name.as_str(), s.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("officials", SourceKind::Anonymous),
                ("customs records", SourceKind::Document)
            ]
        );
        assert!(sources.iter().all(|s| s.claims == ["c1"]));
    }

    #[test]
    fn two_frames_in_one_sentence_make_two_claims() {
        let text = "The mayor criticized the budget, saying it ignores the port.\n";
        let who = attributed(text);
        assert_eq!(who.len(), 2, "{who:?}");
        assert_eq!(who[0].3, "the budget");
        assert_eq!(who[1].3, "it ignores the port");
        assert_eq!(who[1].0, "mayor");
    }

    #[test]
    fn outlets_labels_and_impersonal_views() {
        let text = "Exports doubled, the AP reports.\n\
                    BERG: We are ready for winter.\n\
                    Photo: A crane at the port.\n\
                    It is thought that the port will grow.\n";
        let who = attributed(text);
        assert_eq!(who[0].0, "Associated Press");
        assert_eq!(who[0].1, SourceKind::Outlet);
        assert_eq!(who[0].3, "Exports doubled");
        assert_eq!(
            (who[1].0.as_str(), who[1].3.as_str()),
            ("BERG", "We are ready for winter")
        );
        // A photo credit line is furniture, not a speaker.
        assert_eq!(who[2].0, sources::UNATTRIBUTED);
        assert_eq!(who[2].2, QuoteKind::None);
        assert_eq!(who.len(), 3);
    }

    #[test]
    fn relative_and_first_person_sources() {
        let text = "Ana Pell, who chairs the board, said the fund is empty.\n\
                    In a statement, the ministry praised the deal, calling it fair.\n\
                    I think the port will close.\n";
        let who = attributed(text);
        assert_eq!(who[0].0, "Ana Pell");
        assert_eq!(who[0].3, "the fund is empty");
        // The participle's source is the subject after the opening phrase.
        let calling = who
            .iter()
            .find(|w| w.3 == "it fair")
            .unwrap_or_else(|| panic!("{who:?}"));
        assert_eq!(calling.0, "ministry");
        assert_eq!(calling.1, SourceKind::Organization);
        let author = who.last().expect("first person");
        assert_eq!(
            (author.0.as_str(), author.2),
            (sources::AUTHOR, QuoteKind::None)
        );
    }

    /// Sentences made of words that trigger every frame, shuffled by a
    /// fixed pseudo-random sequence: no combination may panic or yield a
    /// span that is not a char-aligned slice.
    #[test]
    fn shuffled_frames_never_panic() {
        const WORDS: &[&str] = &[
            "said",
            "says",
            "according",
            "to",
            "It",
            "is",
            "believed",
            "that",
            "he",
            "who",
            ",",
            "“",
            "”",
            "\"",
            "''",
            "—",
            "―",
            ":",
            "(",
            ")",
            "Mr.",
            "Ana",
            "Pell",
            "experts",
            "the",
            "report",
            "saying",
            "and",
            "told",
            "reporters",
            "on",
            "Monday",
            "a",
            "é",
            "北京",
            ".",
            "plans",
            "called",
            "for",
            "--",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(seed % 23) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(WORDS[(seed % WORDS.len() as u64) as usize]);
                text.push(if seed.is_multiple_of(11) { '\n' } else { ' ' });
            }
            let (claims, _) = run(&text);
            for c in &claims {
                assert!(sliceable(&text, c.span), "{text:?}");
                let m = c.attribution.as_ref().and_then(|a| a.mention);
                assert!(m.is_none_or(|m| sliceable(&text, m)), "{text:?}");
            }
        }
    }

    #[test]
    fn awkward_input_never_panics() {
        let long = "word “quote ".repeat(5000);
        for text in [
            "",
            "...!!! ,,, “”\"",
            "北京说。“他说”， 据报道 said he.",
            "It is",
            "according to",
            "said",
            ", said ,",
            long.as_str(),
            "Ünïcödé Ärger said: «ça va» — peut-être.",
        ] {
            let (claims, sources) = run(text);
            for c in &claims {
                assert!(sliceable(text, c.span));
                if let Some(m) = c.attribution.as_ref().and_then(|a| a.mention) {
                    assert!(sliceable(text, m));
                }
            }
            assert!(sources.iter().all(|s| !s.claims.is_empty()));
        }
    }
}
