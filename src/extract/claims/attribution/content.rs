//! The content a frame governs: the quotation it introduces, the clause
//! after it ("X said that Y"), the clause before it ("Y, X said"), or the
//! whole sentence ("Y, experts say, Z").

use super::Ctx;
use super::phrases::is_stop;
use crate::extract::claims::lexicon::{self, CueClass, Lex};
use crate::model::{QuoteKind, Span};
use crate::unicode::is_alphanumeric;

/// The content of a frame spanning tokens `lo..=hi`, and how it is quoted.
pub(super) fn content(cx: &Ctx, lo: usize, hi: usize, class: CueClass) -> (Span, QuoteKind, bool) {
    let frame = cx.span(lo, hi);
    let whole = cx.sent;
    // A quotation next to the frame, or filling most of the sentence, is
    // what the source said.
    let adjacent = |q: Span| {
        let gap = if q.end <= frame.start {
            cx.text.get(q.end..frame.start)
        } else if frame.end <= q.start {
            cx.text.get(frame.end..q.start)
        } else {
            None
        };
        gap.is_some_and(|g| {
            let g = g.trim_start_matches(|c: char| !is_alphanumeric(c));
            let g = g.strip_prefix("that").unwrap_or(g);
            g.chars().all(|c| !is_alphanumeric(c))
        })
    };
    // A quotation before the frame is its content only when nothing is
    // said after the cue ("“...,” she said." but not "She says it ...").
    let telling = cx.has(hi, Lex::TELLING_CUE);
    let opens_clause = clause_starts(
        cx,
        if telling {
            skip_hearer(cx, hi + 1)
        } else {
            hi + 1
        },
    );
    let quoted = cx
        .quotes
        .inside
        .iter()
        .filter(|q| !q.overlaps(frame))
        .filter(|q| q.start >= frame.end || !opens_clause)
        .filter(|q| adjacent(**q) || q.len() * 5 >= whole.len() * 3)
        .max_by_key(|q| q.len());
    if let Some(q) = quoted {
        return (*q, QuoteKind::Direct, false);
    }
    let quote = match class {
        CueClass::Speech => QuoteKind::Indirect,
        CueClass::Thought | CueClass::Stance => QuoteKind::None,
    };
    if class == CueClass::Stance && hi + 1 < cx.toks.len() {
        // What a stance is about follows it, however short: "called for
        // calm", "wants talks".
        let span = Span::new(cx.toks[hi + 1].span.start, whole.end);
        return (tidy(cx, span), quote, false);
    }
    let words = |a: usize, b: usize| {
        (a..b.min(cx.toks.len()))
            .filter(|&k| cx.toks[k].word)
            .count()
    };
    let parenthetical = lo > 0 && cx.punct(lo - 1, &[',']) && cx.punct(hi + 1, &[',']);
    if parenthetical {
        // "Y, X said, and Z": the frame closes the clause before it; the
        // conjoined clause after it is the speaker's next claim (the stage
        // makes it one from what no frame covers). "Y, X said, including
        // Z" elaborates Y: the whole sentence is the content.
        let conjoined = cx.has(hi + 2, Lex::CLAUSE_CONJUNCTION);
        if conjoined && words(0, lo) >= 3 && words(hi + 3, cx.toks.len()) >= 4 {
            return (tidy(cx, Span::new(whole.start, frame.start)), quote, false);
        }
        return (whole, quote, false);
    }
    let mut start = hi + 1;
    if cx.has(hi, Lex::TELLING_CUE) {
        start = skip_hearer(cx, start);
    }
    while start < cx.toks.len() && (cx.is(start, "that") || cx.punct(start, &[',', ':', '—', '–']))
    {
        start += 1;
    }
    // "said in an interview on Monday that ...": the content starts after
    // the "that" that follows the circumstances.
    if let Some(t) = (hi + 1..(hi + 10).min(cx.toks.len()))
        .take_while(|&k| cx.toks[k].word || cx.punct(k, &[',']))
        .find(|&k| cx.is(k, "that"))
        && (hi + 1..t).all(|k| !cx.has(k, Lex::PRONOUN))
    {
        start = start.max(t + 1);
    }
    let after_clause = opens_clause;
    // "Y, X said on Monday in a statement.": a frame after a comma or a
    // quotation closes the content before it.
    let closes = lo > 0 && (cx.punct(lo - 1, &[',', '—', '–']) || cx.quote_mark(lo - 1));
    if closes && !after_clause && words(0, lo) >= 2 {
        let end = coordinated_frame_start(cx, lo).map_or(frame.start, |k| cx.toks[k].span.start);
        return (tidy(cx, Span::new(whole.start, end)), quote, false);
    }
    // "said in an interview.": circumstances, not content.
    let circumstance = start < cx.toks.len()
        && (cx.has(start, Lex::WHEN_WORD) || cx.has(start, Lex::CIRCUMSTANCE_PREPOSITION))
        && words(start, cx.toks.len()) <= 6;
    if words(start, cx.toks.len()) >= 3 && !circumstance {
        let span = Span::new(cx.toks[start].span.start, whole.end);
        return (tidy(cx, span), quote, false);
    }
    if words(0, lo) >= 3 {
        let end = coordinated_frame_start(cx, lo).map_or(frame.start, |k| cx.toks[k].span.start);
        return (tidy(cx, Span::new(whole.start, end)), quote, false);
    }
    (whole, quote, true)
}

/// Where a frame coordinated with the one at token `lo` starts: in "Y,
/// Reuters reports and UNN reports" the content Y ends before "Reuters
/// reports and". A cue glued to its conjunction by copy-paste
/// ("reportsand") still counts. `None` when no such frame precedes `lo`.
fn coordinated_frame_start(cx: &Ctx, lo: usize) -> Option<usize> {
    // The token before `lo` is a conjunction, or a cue with one glued on.
    let mut k = lo.checked_sub(1)?;
    let glued = cx.toks[k].word
        && cx
            .lower(k)
            .strip_suffix("and")
            .is_some_and(|cue| lexicon::cue_class(cue).is_some());
    if !glued {
        if !cx.is(k, "and") {
            return None;
        }
        k = k.checked_sub(1)?;
        cx.lex(k).cue_class()?;
    }
    // Before the cue, a name of capitalised words after a comma.
    let cue = k;
    while k > 0 && cx.toks[k - 1].capitalised() {
        k -= 1;
    }
    let named = k < cue && k > 0 && cx.punct(k - 1, &[',']);
    named.then_some(k)
}

/// Whether token `k` opens a clause: "that", a colon, a quotation mark, a
/// pronoun, a determiner, or a capitalised word that is not a date.
pub(super) fn clause_starts(cx: &Ctx, k: usize) -> bool {
    // "several months after", "this week": time, not a clause.
    let timed = cx.has(k, Lex::DETERMINER) && cx.has(k + 1, Lex::WHEN_WORD);
    let marked = cx.is(k, "that") || cx.punct(k, &[':']) || cx.quote_mark(k);
    let subject = cx.has(k, Lex::PRONOUN)
        || cx.has(k, Lex::DETERMINER)
        || cx.toks.get(k).is_some_and(|t| t.capitalised());
    marked || (subject && !timed && !cx.has(k, Lex::WHEN_WORD))
}

/// The token after the hearer of "told reporters (on Monday) that ...":
/// the "that" when one comes soon, else the token after a name, a pronoun
/// or a short noun phrase.
pub(super) fn skip_hearer(cx: &Ctx, start: usize) -> usize {
    if let Some(t) = (start..(start + 8).min(cx.toks.len())).find(|&k| cx.is(k, "that")) {
        return t;
    }
    let mut k = start;
    if k < cx.toks.len() && cx.toks[k].capitalised() {
        while k < cx.toks.len()
            && (cx.toks[k].capitalised()
                || (cx.has(k, Lex::NAME_CONNECTOR)
                    && cx.toks.get(k + 1).is_some_and(|n| n.capitalised())))
        {
            k += 1;
        }
        return k;
    }
    if cx.has(k, Lex::DETERMINER) {
        k += 1;
        while k < cx.toks.len() && k - start < 4 && cx.toks[k].word && !is_stop(cx.lex(k)) {
            k += 1;
        }
        return k;
    }
    if cx.toks.get(k).is_some_and(|t| t.word) {
        return k + 1;
    }
    k
}

/// A content span without the punctuation at its edges (commas, the final
/// full stop, quotation marks), unless nothing would be left.
pub(super) fn tidy(cx: &Ctx, span: Span) -> Span {
    let s = span.of(cx.text);
    let edge = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '—' | '–' | '-');
    let lead = s.len() - s.trim_start_matches(edge).len();
    let rest = &s[lead..];
    let kept = rest.trim_end_matches(edge);
    if kept.is_empty() {
        return span;
    }
    Span::new(span.start + lead, span.start + lead + kept.len())
}
