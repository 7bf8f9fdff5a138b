//! Source phrases next to a cue: the name, pronoun or noun phrase before
//! it ("two experts who study X said"), after it ("said Jeong Eunlee"), an
//! apposition giving the source's role ("X, a spokesman for Y, said").
//!
//! Names are found from the words themselves (runs of capitalised words,
//! titles, connectors such as "of the"), never from the entity stage.

use super::{Ctx, Form, Mention};
use crate::extract::claims::lexicon::Lex;
use crate::model::Span;

/// "X, a spokesman for Y," or "X -- co-editor of Y --" before a cue whose
/// preceding token `close` is the closing comma or dash: the source X and
/// the apposition as its role.
pub(super) fn apposition(cx: &Ctx, close: usize, loose: bool) -> Option<(Mention, Option<Span>)> {
    const DASHES: &[char] = &['-', '—', '–'];
    let comma = cx.punct(close, &[',']);
    let delim: &[char] = if comma { &[','] } else { DASHES };
    // "--" is two tokens: step over the whole run of dashes.
    let mut inner_end = close;
    while inner_end > 0 && cx.punct(inner_end - 1, delim) {
        inner_end -= 1;
    }
    // The apposition may hold commas of its own ("X, a developer for Y,
    // which is made of Z, said"): try each earlier delimiter in turn.
    let opens: Vec<usize> = (inner_end.saturating_sub(45)..inner_end)
        .rev()
        .filter(|&k| cx.punct(k, delim))
        .take(3)
        .collect();
    opens
        .into_iter()
        .find_map(|open| apposition_at(cx, open, inner_end, comma, loose))
}

/// The apposition between the delimiters at `open` and `inner_end`, if it
/// reads as one: after a name or a noun phrase, a description that does
/// not open with a conjunction ("Smith, a lawyer for ...,", "Smith, who
/// ...,", "Smith, 56,", "Smith, R-Ky.,"), or a name after a description
/// ("a lawyer for the outlets, David Schulz,": the name is the source).
fn apposition_at(
    cx: &Ctx,
    open: usize,
    inner_end: usize,
    comma: bool,
    loose: bool,
) -> Option<(Mention, Option<Span>)> {
    let mut before = open;
    let delim = cx.toks[open].text(cx.text).chars().next()?;
    while before > 0 && cx.punct(before - 1, &[delim]) {
        before -= 1;
    }
    let first = *cx.toks.get(open + 1)?;
    if open + 1 >= inner_end || !first.word {
        return None;
    }
    let inner = (open + 1)..inner_end;
    // "Blake Farenthold, R-Texas, said": a party and state tag describes
    // the name before it; it is no name after a description.
    let all_caps = inner.clone().all(|k| cx.toks[k].capitalised())
        && !is_party_tag(cx.span(open + 1, inner_end - 1).of(cx.text));
    if comma && all_caps && inner.len() <= 4 {
        // "A lawyer for the outlets, David Schulz, said".
        let described = phrase_before(cx, before.checked_sub(1)?, true)?;
        let name = Mention {
            span: cx.span(open + 1, inner_end - 1),
            form: Form::Name,
            antecedent: None,
        };
        return Some((name, Some(described.span)));
    }
    let w = cx.lower(open + 1);
    // "X, R-Ky.,", "X, Democrat of California,", "China, Pyongyang's ally,".
    let capital_ok = w.contains('-') || cx.has(open + 1, Lex::TITLE) || is_possessive(w);
    if comma
        && ((first.capitalised() && !capital_ok) || cx.has(open + 1, Lex::APPOSITION_CONJUNCTION))
    {
        return None;
    }
    let source = phrase_before(cx, before.checked_sub(1)?, loose)?;
    let role = (cx.has(open + 1, Lex::DETERMINER) || cx.has(open + 1, Lex::TITLE) || !comma)
        .then(|| cx.span(open + 1, inner_end - 1));
    Some((source, role))
}

/// The source phrase ending at token `j`: a pronoun, a name, a noun phrase
/// ending in a source noun, or a noun phrase before a relative clause ("two
/// experts who study X").
pub(super) fn phrase_before(cx: &Ctx, j: usize, loose: bool) -> Option<Mention> {
    // "Rep. Jane Roe (D-Ohio) said": step over the parenthesis.
    let mut j = j;
    if cx.punct(j, &[')']) {
        let open = (j.saturating_sub(12)..j)
            .rev()
            .find(|&k| cx.punct(k, &['(']))?;
        j = open.checked_sub(1)?;
    }
    // "experts who study Rason said": look back over a short relative clause.
    for k in (j.saturating_sub(6)..=j).rev() {
        if !cx.toks[k].word {
            break;
        }
        // Only a subject relative ("experts who study"): in "bills that
        // they contend" the relative clause has a subject of its own.
        let own_subject = cx.has(k + 1, Lex::PRONOUN)
            || cx.has(k + 1, Lex::DETERMINER)
            || cx.toks.get(k + 1).is_some_and(|t| t.capitalised());
        if (cx.is(k, "who") || cx.is(k, "that"))
            && k > 0
            && k < j
            && !own_subject
            && let Some(m) = noun_phrase_before(cx, k - 1, true, loose)
        {
            return Some(m);
        }
        // "Experts on North Korea said", "residents of the city say": a
        // source noun with its complement.
        if k > 0
            && k < j
            && cx.has(k, Lex::SOURCE_PREPOSITION)
            && is_source_noun(cx.lex(k - 1))
            && let Some(m) = noun_phrase_before(cx, k - 1, false, loose)
        {
            return Some(Mention {
                span: Span::new(m.span.start, cx.toks[j].span.end),
                ..m
            });
        }
    }
    let t = cx.toks[j];
    if !t.word || cx.quotes.covers(t.span) {
        return None;
    }
    if cx.has(j, Lex::PRONOUN) {
        let relative = cx.lower_is(j, "who") || cx.lower_is(j, "which");
        let antecedent = (relative && j >= 2 && cx.punct(j - 1, &[',']))
            .then(|| noun_phrase_before(cx, j - 2, false, loose).map(|m| m.span))
            .flatten();
        return Some(Mention {
            span: t.span,
            form: Form::Pronoun,
            antecedent,
        });
    }
    noun_phrase_before(cx, j, false, loose)
}

/// A name or a source-noun phrase ending at token `j`. With `any_head`
/// (before a relative "who"), any common noun heads it; with `loose` (before
/// an unambiguous speech verb), any noun after a determiner ("the mayor").
pub(super) fn noun_phrase_before(
    cx: &Ctx,
    j: usize,
    any_head: bool,
    loose: bool,
) -> Option<Mention> {
    let t = cx.toks[j];
    if !t.word {
        return None;
    }
    // "Analysts say": a source noun capitalised only because it opens the
    // sentence.
    let initial_noun = is_source_noun(t.lex) && (j == 0 || !cx.toks[j - 1].capitalised());
    if t.capitalised() && !initial_noun {
        let mut k = j;
        while k > 0 {
            let p = k - 1;
            let joins = cx.has(p, Lex::NAME_CONNECTOR)
                && p > 0
                && (cx.toks[p - 1].capitalised()
                    || (p > 1
                        && cx.has(p - 1, Lex::NAME_CONNECTOR)
                        && cx.toks[p - 2].capitalised()))
                && !cx.is(p, "and");
            if cx.toks[p].capitalised() || joins {
                k = p;
            } else {
                break;
            }
        }
        while k <= j && (cx.has(k, Lex::NOT_NAME_START) || cx.has(k, Lex::PRONOUN)) {
            k += 1;
        }
        if k > j || !plausible_name(cx, k, j) {
            return None;
        }
        // "An image released by Planet Labs shows": a name after "by" is the
        // agent of a participle, not who the cue speaks for.
        if k > 0 && cx.is(k - 1, "by") {
            return None;
        }
        // "the AP reports": the article belongs to the name as written.
        if k > 0 && cx.toks[k - 1].text(cx.text) == "the" {
            k -= 1;
        }
        return Some(Mention {
            span: cx.span(k, j),
            form: Form::Name,
            antecedent: None,
        });
    }
    let known = is_source_noun(t.lex);
    if !(known || any_head || cx.lower(j).chars().all(char::is_alphabetic)) || is_stop(t.lex) {
        return None;
    }
    // "for several years", "this week": time is no source.
    if cx.has(j, Lex::WHEN_WORD) {
        return None;
    }
    let mut k = j;
    while k > 0 && j - k < 5 {
        let p = k - 1;
        if !cx.toks[p].word {
            break;
        }
        let lex = cx.lex(p);
        if lex.has(Lex::DETERMINER) || cx.all_digits(p) {
            k = p;
            break;
        }
        if is_stop(lex) || lex.has(Lex::NOT_NAME_START) {
            break;
        }
        k = p;
    }
    // An unknown head needs a determiner to read as a noun phrase: "the
    // mayor said", but not "prices rose, traders said" read as "rose".
    let determined = loose && k < j && (cx.has(k, Lex::DETERMINER) || is_possessive(cx.lower(k)));
    if !(known || any_head || determined) {
        return None;
    }
    Some(Mention {
        span: cx.span(k, j),
        form: Form::Group,
        antecedent: None,
    })
}

/// A US party and state tag: "R-Texas", "D-Calif.", "I-Vt.".
fn is_party_tag(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some('R' | 'D' | 'I'))
        && c.next() == Some('-')
        && c.next().is_some_and(char::is_uppercase)
        && !s.contains(' ')
}

/// Whether capitalised tokens `k..=j` can name a source: not a date
/// ("Monday", "September"), nor a sentence-opening adverb ("Recently").
fn plausible_name(cx: &Ctx, k: usize, j: usize) -> bool {
    let dates = (k..=j).all(|i| cx.has(i, Lex::WHEN_WORD));
    let adverb = k == j && cx.lower_ends_with(k, "ly");
    !dates && !adverb
}

/// "Clinton’s", "the agency's": a possessive, which opens a noun phrase.
pub(super) fn is_possessive(lower: &str) -> bool {
    lower.ends_with("’s") || lower.ends_with("'s")
}

pub(super) fn is_source_noun(lex: Lex) -> bool {
    lex.has(Lex::PEOPLE_NOUN | Lex::TITLE | Lex::ORGANIZATION_NOUN | Lex::DOCUMENT_NOUN)
}

/// Words that end a noun phrase scanned backwards or forwards: the
/// stops (`lexicon::STOPS`), pronouns and cues.
pub(super) fn is_stop(lex: Lex) -> bool {
    lex.has(Lex::STOP | Lex::PRONOUN) || lex.is_cue()
}

/// The source phrase starting at token `i` ("said Jeong Eunlee", "says a
/// report", "according to experts"): its mention and last token.
pub(super) fn phrase_after(cx: &Ctx, i: usize) -> Option<(Mention, usize)> {
    let t = *cx.toks.get(i)?;
    if !t.word || cx.quotes.covers(t.span) {
        return None;
    }
    if t.lex.has(Lex::WHEN_WORD) {
        return None;
    }
    if ["he", "she", "they", "it", "we"]
        .iter()
        .any(|w| cx.lower_is(i, w))
    {
        let m = Mention {
            span: t.span,
            form: Form::Pronoun,
            antecedent: None,
        };
        return Some((m, i));
    }
    let mut k = i;
    if cx.has(k, Lex::DETERMINER) || cx.all_digits(k) {
        k += 1;
    }
    let determined = k > i;
    let mut last_cap = None;
    let mut last_noun = None;
    while k < cx.toks.len() && k - i < 10 {
        let tok = cx.toks[k];
        if !tok.word {
            break;
        }
        let lex = tok.lex;
        // (Lowering neither makes nor unmakes an ASCII digit.)
        let digits = tok.text(cx.text).bytes().any(|b| b.is_ascii_digit());
        // A name ends at the first plain word after it that is no source
        // noun ("according to the Ministry over 300 pilgrims ...").
        let after_name = k > 0 && last_cap == Some(k - 1) && !tok.capitalised();
        if digits
            || (after_name
                && !is_source_noun(lex)
                && !lex.has(Lex::NAME_CONNECTOR | Lex::PEOPLE_NOUN))
        {
            break;
        }
        if tok.capitalised() {
            last_cap = Some(k);
        } else if lex.has(Lex::NAME_CONNECTOR) && !cx.lower_is(k, "and") {
            // Only inside a name: "Bank of the West", not "weeks the Bank".
            let inside = k > i && (last_cap == Some(k - 1) || cx.has(k - 1, Lex::NAME_CONNECTOR));
            if !inside || !cx.toks.get(k + 1).is_some_and(|n| n.capitalised()) {
                break;
            }
        } else if is_stop(lex) {
            break;
        } else if is_source_noun(lex) {
            last_noun = Some(k);
        }
        k += 1;
    }
    // Prefer the longer reading: "North Korean government publications"
    // ends in a noun; "spokesman John Kirby" in a name.
    let (end, form) = match (last_cap, last_noun) {
        (Some(c), Some(n)) if n > c => (n, Form::Group),
        (Some(c), _) if plausible_name(cx, i, c) => (c, Form::Name),
        (Some(_), _) => return None,
        (None, Some(n)) => (n, Form::Group),
        // "said the ruling": a short determined phrase ending the clause.
        (None, None)
            if determined && k > i + 1 && k - i <= 4 && !cx.toks.get(k).is_some_and(|t| t.word) =>
        {
            (k - 1, Form::Group)
        }
        (None, None) => return None,
    };
    let m = Mention {
        span: cx.span(i, end),
        form,
        antecedent: None,
    };
    Some((m, end))
}

/// "the harbour master, Ole Berg": a name in apposition after a common-noun
/// source ending at `end`, closing the sentence or its clause; the name is
/// the source and the noun phrase its role.
pub(super) fn name_in_apposition(cx: &Ctx, end: usize) -> Option<(Mention, usize)> {
    if !cx.punct(end + 1, &[',']) || !cx.toks.get(end + 2)?.capitalised() {
        return None;
    }
    let mut last = end + 2;
    while cx.toks.get(last + 1).is_some_and(|t| t.capitalised()) {
        last += 1;
    }
    let closes = last + 1 >= cx.toks.len() || cx.punct(last + 1, &['.', ',', ';']);
    closes.then_some((
        Mention {
            span: cx.span(end + 2, last),
            form: Form::Name,
            antecedent: None,
        },
        last,
    ))
}

/// ", a North Korea economy expert at ..." after a source ending at `end`:
/// the description up to the sentence's end, and its last token.
pub(super) fn role_after(cx: &Ctx, end: usize) -> Option<(Span, usize)> {
    if !cx.punct(end + 1, &[',']) || !cx.has(end + 2, Lex::DETERMINER) {
        return None;
    }
    let mut last = cx.toks.len().checked_sub(1)?;
    while last > end + 2 && !cx.toks[last].word {
        last -= 1;
    }
    (last - end < 40).then(|| (cx.span(end + 2, last), last))
}
