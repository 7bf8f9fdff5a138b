//! Entities: people, organisations and places named in an article, each with
//! its canonical name, its other surface forms and every mention.
//!
//! Names are runs of capitalised words (`runs`), typed from cue words, titles
//! and a gazetteer of well-known names (`kind`, `lexicon`), then filed per
//! article so that later short forms join the full name (`resolve`).
//! Precision comes first: a capital that may only mark the start of a
//! sentence, or a word in an ALL CAPS or Title Case headline, counts only
//! when the gazetteer or the rest of the article shows it is a name.

pub mod corpus;
mod dateline;
mod kind;
mod lexicon;
mod resolve;
mod runs;
mod shapes;
mod tokens;

use crate::model::{Entity, EntityKind, Role, Sentence, Span};
use kind::{Typed, classify};
pub(crate) use lexicon::with_lower;
use resolve::Table;
use runs::Run;
use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::ops::Range;
use tokens::{Casing, Token};

/// Words of a match report after which a lone unknown name is a team:
/// "beat Yorkshire", "Essex v Kent". Known countries never get here: they
/// stay places (national teams). "against X" was left out: in general news
/// X is as often a person or a policy.
const TEAM_BEFORE: &[&str] = &["beat", "v", "vs"];

/// Prepositions that put the lone name after them in a place.
const PLACE_BEFORE: &[&str] = &["across", "at", "in", "near", "outside", "throughout"];

/// Lower-case place names that are also common words ("china" the
/// porcelain, "turkey" the bird): never read as places in lower case.
const LOWER_CASE_WORDS: &[&str] = &[
    "bath", "chad", "china", "georgia", "guinea", "jersey", "jordan", "mobile", "nice", "niger",
    "reading", "turkey",
];

/// A run that the sentence alone cannot settle: it is resolved once the whole
/// article has been read.
struct Pending<'a> {
    words: &'a [Token<'a>],
    /// What the words around a lone word say it is, when the article does
    /// not say more.
    context: Option<EntityKind>,
    /// How many keys the table held when the run was last looked up.
    keys_when_tried: usize,
}

/// Every entity named in the content sentences of `text`, sorted by first
/// mention.
pub fn extract(text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    // The words of every unit, in one vector (about one word every six
    // bytes of text); then each unit with its words and how it is written.
    let mut words: Vec<Token> = Vec::with_capacity(text.len() / 5 + 16);
    let unit_list = units(text, sentences, &mut words);
    let tokenized: Vec<(Span, &[Token], Casing)> = unit_list
        .into_iter()
        .map(|(span, role, range)| {
            let toks = &words[range];
            (span, toks, tokens::casing(toks, role == Role::Headline))
        })
        .collect();
    let mut table = Table::default();
    let mut pending: Vec<Pending> = Vec::new();
    // The runs of one unit at a time, in a vector reused from unit to unit.
    let mut unit_runs: Vec<Run> = Vec::new();
    let lower_words = LowerWords::new(&tokenized);
    for &(span, toks, casing) in &tokenized {
        let mut toks: &[Token] = toks;
        if let Some(place) = dateline::place(text, span) {
            let surface = place.of(text);
            table.add(surface, place, EntityKind::Place, lexicon::known(surface));
            let skip = toks.iter().take_while(|t| t.span.end <= place.end).count();
            toks = &toks[skip..];
        }
        runs::runs_into(text, toks, &mut unit_runs);
        if casing == Casing::Headline {
            for run in unit_runs.drain(..) {
                pending.push(Pending {
                    words: run.words,
                    context: None,
                    keys_when_tried: 0,
                });
            }
            continue;
        }
        // Two lower-case words at most (counting stops at the third).
        let table_line = toks.iter().filter(|t| !t.cap).nth(2).is_none();
        let result_line = table_line && shapes::result_line(span.of(text));
        define_runs(text, toks, &mut unit_runs);
        for run in unit_runs.drain(..) {
            if table_line && team(text, &run, result_line, &mut table) {
                continue;
            }
            prose_run(text, run, &lower_words, &mut table, &mut pending);
        }
        lower_case_places(text, toks, &mut table);
    }
    table.link_short_forms();
    // What the article knows first; then lone words typed by the words
    // around them ("beat Wexham"); then, once more, the words left, which may
    // be those same names elsewhere ("Wexham" opening a sentence).
    pending.retain_mut(|p| {
        let filed = resolve_pending(text, p.words, &mut table);
        p.keys_when_tried = table.keys();
        !filed
    });
    pending.retain(|p| match (p.context, p.words) {
        (Some(kind), [word]) => {
            table.add(word.span.of(text), word.span, kind, None);
            false
        }
        _ => true,
    });
    // A run that found nothing finds nothing again in a table with no new
    // key (what it looks up is keys, and the entities they lead to keep
    // their kinds).
    for p in pending {
        if p.keys_when_tried != table.keys() {
            resolve_pending(text, p.words, &mut table);
        }
    }
    table.finish(text)
}

/// In a results table ("Chicago 5 Houston 3", "Leyton Orient 2 ..."), a name
/// followed by a score is a team: a club, filed apart from the city it is
/// named after. A country's name stays the country (its national team).
fn team(text: &str, run: &Run, result_line: bool, table: &mut Table) -> bool {
    let span = run.span();
    let surface = span.of(text);
    if !shapes::score_after(&text[span.end..]) || run.titled {
        return false;
    }
    // A lone name before a number is a team only when it is a known city
    // or the line reads "A 2 B 1": in a scorecard it is a player.
    let known = lexicon::known(surface);
    match known {
        Some(k) if k.country || k.kind != EntityKind::Place => return false,
        None if !result_line => return false,
        _ => {}
    }
    let first = run.words[0].word;
    let person = lexicon::is_first_name(first) || run.words[0].is_initial();
    if person || table.kind_of(surface) == Some(EntityKind::Person) {
        return false;
    }
    table.add_apart(surface, span, EntityKind::Organization);
    true
}

/// Merges the runs of a sentence that a name defined by an acronym in
/// brackets ("Organisation for Security and Cooperation in Europe (OSCE)")
/// spans into one: the acronym's letters tell where the name starts.
fn define_runs<'a>(text: &str, toks: &'a [Token<'a>], out: &mut Vec<Run<'a>>) {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return;
    };
    // A bracket right after a word comes before the next word: with none
    // between the words, only the last word can have one after it.
    let bracket = text[first.span.start..last.span.start].contains('(');
    let from = if bracket { 0 } else { toks.len() - 1 };
    for (i, t) in toks.iter().enumerate().skip(from) {
        let Some(acr) = shapes::definition(&text[t.span.end..]) else {
            continue;
        };
        let letters: Vec<char> = acr.chars().filter(|c| *c != '.').collect();
        let mut start = None;
        let mut caps = 0;
        for k in (i.saturating_sub(12)..=i).rev() {
            let w = &toks[k];
            if w.cap {
                caps += 1;
                let first = w.word.chars().next().unwrap_or(' ');
                if caps > letters.len() || letters[letters.len() - caps] != first {
                    break;
                }
                if caps == letters.len() {
                    start = Some(k);
                    break;
                }
            } else if !["and", "for", "in", "of", "on", "the", "&"].contains(&w.word) {
                break;
            }
            if k < i && !toks[k + 1].joined {
                break;
            }
        }
        let Some(start) = start.filter(|&s| s < i) else {
            continue;
        };
        let span = Span::new(toks[start].span.start, t.span.end);
        out.retain(|r| !span.contains(r.span()));
        let merged = Run {
            words: &toks[start..=i],
            titled: false,
            initial: start == 0,
            place_head: None,
        };
        let at = out.partition_point(|r| r.span().start < span.start);
        out.insert(at, merged);
    }
}

/// The spans names are read in, with their words: the content sentences,
/// where a sentence that ends in an initial or an abbreviation ("M.",
/// "Gen.", "U.S.") and the next one on the same line are read as one, since
/// a name may run across a sentence break put after such a dot ("M. |
/// Gatting"). Datelines are read too: "SEOUL --" names the place the story
/// was filed from.
///
/// The words of all units go to the end of `words`, each unit's words a
/// range of it.
fn units<'a>(
    text: &'a str,
    sentences: &[Sentence],
    words: &mut Vec<Token<'a>>,
) -> Vec<(Span, Role, Range<usize>)> {
    // A unit per sentence at most.
    let mut out: Vec<(Span, Role, Range<usize>)> = Vec::with_capacity(sentences.len());
    let mut glue = false;
    let named = |s: &&Sentence| s.role.is_content() || s.role == Role::Dateline;
    for s in sentences.iter().filter(named) {
        let joinable = out.last().is_some_and(|(last, _, _)| {
            last.end <= s.span.start && !text[last.end..s.span.start].contains('\n')
        });
        let from = words.len();
        tokens::tokenize_into(text, s.span, words);
        let last = words[from..].last().copied();
        match out.last_mut() {
            Some((unit, _, unit_words)) if glue && joinable => {
                // Rare: the joined unit is read again as a whole (its
                // words, and the sentence's after them, are the last).
                unit.end = s.span.end;
                words.truncate(unit_words.start);
                tokens::tokenize_into(text, *unit, words);
                unit_words.end = words.len();
            }
            _ => out.push((s.span, s.role, from..words.len())),
        }
        glue = last.is_some_and(|t| {
            let ends_here = t.span.end == s.span.end;
            let abbreviation = t.is_initial() || t.word.ends_with('.') && t.word.len() <= 5;
            ends_here && abbreviation
        });
    }
    out
}

/// The words the article's prose writes in lower case ("trailing" for
/// "Trailing Dynamo Moscow"). Few runs ask, so the first questions are
/// answered by scanning the prose; after [`LowerWords::SCANS`] of them the
/// words are gathered into a set, so that an article with many questions
/// (a long one) is not scanned once per question.
struct LowerWords<'u, 'a> {
    units: &'u [(Span, &'a [Token<'a>], Casing)],
    asked: Cell<usize>,
    set: OnceCell<FxHashSet<Cow<'a, str>>>,
}

impl<'u, 'a> LowerWords<'u, 'a> {
    /// Questions answered by a scan: about what gathering the set costs.
    const SCANS: usize = 4;

    fn new(units: &'u [(Span, &'a [Token<'a>], Casing)]) -> Self {
        LowerWords {
            units,
            asked: Cell::new(0),
            set: OnceCell::new(),
        }
    }

    /// The words of the prose units not written with a capital.
    fn words(&self) -> impl Iterator<Item = &'a Token<'a>> + '_ {
        self.units
            .iter()
            .filter(|(_, _, casing)| *casing == Casing::Prose)
            .flat_map(|(_, toks, _)| toks.iter().filter(|w| !w.cap))
    }

    /// Whether a prose unit writes `lower` (lower case) in lower case.
    fn contains(&self, lower: &str) -> bool {
        self.asked.set(self.asked.get() + 1);
        if self.asked.get() <= Self::SCANS {
            return self.words().any(|w| written_as(w.word, lower));
        }
        let set = self.set.get_or_init(|| {
            // Room for every word at once (an upper bound: the words of
            // the prose units), so that the set never grows and rehashes.
            let room = (self.units.iter())
                .filter(|(_, _, casing)| *casing == Casing::Prose)
                .map(|(_, toks, _)| toks.len())
                .sum();
            let mut set = FxHashSet::with_capacity_and_hasher(room, Default::default());
            set.extend(self.words().map(|w| lower_case(w.word)));
            set
        });
        set.contains(lower)
    }
}

/// Whether `word` in lower case is `lower` (itself lower case).
///
/// Inlined into the scan of every prose word: most words are told apart
/// by their first byte, with no call.
#[inline(always)]
fn written_as(word: &str, lower: &str) -> bool {
    // A word that opens with an ASCII character opens with it in lower case
    // too.
    if let (Some(a), Some(b)) = (word.as_bytes().first(), lower.as_bytes().first())
        && a.is_ascii()
        && a.to_ascii_lowercase() != *b
    {
        return false;
    }
    written_as_whole(word, lower)
}

/// [`written_as`] of a word whose first byte did not tell.
fn written_as_whole(word: &str, lower: &str) -> bool {
    // `lower` holds no ASCII capital, so an ASCII word equals it in lower
    // case exactly when the two are equal ignoring ASCII case.
    if word.is_ascii() {
        word.eq_ignore_ascii_case(lower)
    } else {
        word.to_lowercase() == lower
    }
}

/// `word` in lower case, borrowed when it is so already.
fn lower_case(word: &str) -> Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Files one run of a prose sentence, or keeps it for later.
fn prose_run<'a>(
    text: &str,
    mut run: Run<'a>,
    lower_words: &LowerWords,
    table: &mut Table,
    pending: &mut Vec<Pending<'a>>,
) {
    if run.initial && run.words.len() >= 2 && table.find(run.span().of(text)).is_none() {
        // "Trailing Dynamo Moscow": a first word that the article also uses
        // in lower case, or that is shaped like a verb or an adverb, is not
        // part of the name.
        let first = run.words[0].word;
        let lower = first.to_lowercase();
        let known = lexicon::known(first).is_some() || lexicon::is_first_name(first);
        let verb_like = ["ing", "ed", "ly"].iter().any(|s| lower.ends_with(s)) && lower.len() > 4;
        if !known && (lower_words.contains(&lower) || verb_like) {
            run.words = &run.words[1..];
            run.initial = false;
        }
    }
    let span = run.span();
    let surface = span.of(text);
    let defined = shapes::definition(&text[span.end..]);
    // One key to look the run up in the table and the gazetteer, and to
    // file it.
    let filed = lexicon::with_key(surface, |k| {
        let seen = table.kind_of_keyed(surface, k).filter(|_| !run.titled);
        let typed = seen.map_or_else(
            || classify(&run, k),
            |kind| {
                let known = lexicon::known_keyed(k);
                Some(Typed { kind, known })
            },
        );
        let single_initial = run.initial && run.words.len() == 1 && seen.is_none();
        match typed {
            Some(Typed { kind, known }) if !single_initial || known.is_some() => {
                table.add_keyed(surface, k, span, kind, known);
            }
            None if defined.is_some() => {
                table.add_keyed(surface, k, span, EntityKind::Other, None);
            }
            _ => return false,
        }
        true
    });
    if !filed {
        let lone = run.words.len() == 1 && !run.initial && !run.words[0].upper;
        let context = if lone { context_kind(text, span) } else { None };
        pending.push(Pending {
            words: run.words,
            context,
            keys_when_tried: 0,
        });
        return;
    }
    if let Some(acr) = defined {
        table.define(surface, acr);
    }
}

/// Files the parts of an undecided run that the gazetteer or the article
/// knows, longest first ("JAPAN", "Leicestershire" seen in the body).
///
/// Returns whether any part was filed.
fn resolve_pending(text: &str, words: &[Token], table: &mut Table) -> bool {
    let mut any = false;
    let mut i = 0;
    while i < words.len() {
        let mut matched = false;
        // The key of every span from word `i` starts with the key of the
        // word (the words of a run have only spaces between them, and no
        // possessive inside: `joined` breaks a run after one): a word that
        // starts no gazetteer name leaves only the table to look in.
        let may_be_known = lexicon::may_start_known(words[i].lex, words[i].apostrophe);
        for j in (i + 1..=words.len().min(i + 5)).rev() {
            let span = Span::new(words[i].span.start, words[j - 1].span.end);
            let surface = span.of(text);
            if surface.contains('\n') {
                continue;
            }
            // One key for the gazetteer, the table and the filing.
            let filed = lexicon::with_key(surface, |k| {
                let known = if may_be_known {
                    lexicon::known_keyed(k)
                } else {
                    None
                };
                let city = known.is_some_and(|k| !k.country && k.kind == EntityKind::Place);
                if city && shapes::score_after(&text[span.end..]) {
                    table.add_apart(surface, span, EntityKind::Organization);
                    return true;
                }
                let kind = known
                    .map(|k| k.kind)
                    .or_else(|| table.kind_of_keyed(surface, k));
                if let Some(kind) = kind {
                    table.add_keyed(surface, k, span, kind, known);
                }
                kind.is_some()
            });
            if filed {
                i = j;
                matched = true;
                break;
            }
        }
        any |= matched;
        if !matched {
            i += 1;
        }
    }
    any
}

/// The kind of a lone unknown capitalised word from the words around it:
/// "at X", "in X" name a place.
fn context_kind(text: &str, span: Span) -> Option<EntityKind> {
    // Look only at the last few bytes: a `$`-anchored search over the whole
    // prefix would make long texts quadratic.
    let mut from = span.start.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = shapes::word_before(&text[from..span.start]);
    if before.is_some_and(|w| PLACE_BEFORE.contains(&w)) {
        return Some(EntityKind::Place);
    }
    if before.is_some_and(|w| TEAM_BEFORE.contains(&w)) {
        return Some(EntityKind::Organization);
    }
    // "X said" was tried and hurt: the lone subject of a speech verb is as
    // often an organisation or a team as a person.
    None
}

/// "russia", "moscow's": gazetteer places written in lower case.
fn lower_case_places(text: &str, toks: &[Token], table: &mut Table) {
    for (i, t) in toks.iter().enumerate() {
        // Most words start no gazetteer name: one look-up rules out both.
        if t.cap
            || t.word.len() < 4
            || !lexicon::may_start_known(t.lex, t.apostrophe)
            || LOWER_CASE_WORDS.contains(&t.word)
        {
            continue;
        }
        let two = toks
            .get(i + 1)
            .filter(|n| n.joined && !n.cap)
            .map(|n| Span::new(t.span.start, n.span.end));
        for span in two.into_iter().chain([t.span]) {
            let surface = span.of(text);
            let place =
                lexicon::known(surface).filter(|k| !k.demonym && k.kind == EntityKind::Place);
            if let Some(k) = place {
                table.add(surface, span, k.kind, Some(k));
                break;
            }
        }
    }
}

/// The canonical name and kind of a well-known name or alias ("DPRK",
/// "North Korean", "russia"), from the built-in gazetteer.
pub fn lookup(surface: &str) -> Option<(&'static str, EntityKind)> {
    let surface = surface.trim();
    // "the UN", "The Pentagon": the article is not part of the name (but "The
    // Hague" is, and is listed whole).
    let bare = ["the ", "The "]
        .iter()
        .find_map(|p| surface.strip_prefix(p))
        .unwrap_or(surface);
    // The key is empty only when nothing but a possessive ending is left
    // (whatever else the trimmed text holds survives into it): no key need
    // be made to tell.
    if matches!(surface, "" | "'s" | "'" | "’s" | "’") {
        return None;
    }
    lexicon::known(surface)
        .or_else(|| lexicon::known(bare))
        .map(|k| (k.name, k.kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the extractor over `text`, one body sentence per line.
    fn run(text: &str) -> Vec<Entity> {
        let mut sentences = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let span = Span::new(offset, offset + line.len()).trim(text);
            offset += line.len();
            if !span.is_empty() {
                let role = if sentences.is_empty() {
                    Role::Headline
                } else {
                    Role::Body
                };
                sentences.push(Sentence {
                    index: sentences.len(),
                    span,
                    role,
                });
            }
        }
        let entities = extract(text, &sentences);
        for e in &entities {
            for m in &e.mentions {
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            }
        }
        entities
    }

    fn get<'a>(es: &'a [Entity], name: &str) -> &'a Entity {
        es.iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no {name} in {es:?}"))
    }

    /// What `resolve_pending` was before it skipped the gazetteer for a
    /// first word that starts no name in it.
    fn resolve_pending_unfiltered(text: &str, words: &[Token], table: &mut Table) -> bool {
        let mut any = false;
        let mut i = 0;
        while i < words.len() {
            let mut matched = false;
            for j in (i + 1..=words.len().min(i + 5)).rev() {
                let span = Span::new(words[i].span.start, words[j - 1].span.end);
                let surface = span.of(text);
                if surface.contains('\n') {
                    continue;
                }
                let filed = lexicon::with_key(surface, |k| {
                    let known = lexicon::known_keyed(k);
                    let city = known.is_some_and(|k| !k.country && k.kind == EntityKind::Place);
                    if city && shapes::score_after(&text[span.end..]) {
                        table.add_apart(surface, span, EntityKind::Organization);
                        return true;
                    }
                    let kind = known
                        .map(|k| k.kind)
                        .or_else(|| table.kind_of_keyed(surface, k));
                    if let Some(kind) = kind {
                        table.add_keyed(surface, k, span, kind, known);
                    }
                    kind.is_some()
                });
                if filed {
                    i = j;
                    matched = true;
                    break;
                }
            }
            any |= matched;
            if !matched {
                i += 1;
            }
        }
        any
    }

    /// Every run of up to four words, names known and not, in every case,
    /// with possessives, curly apostrophes and dots, resolves as it did
    /// when every span was looked up in the gazetteer: against a table
    /// that knows a person, an acronym and a short form, and before a score.
    #[test]
    fn pending_runs_resolve_as_without_the_first_word_filter() {
        let pieces = [
            "North ",
            "KOREA ",
            "korea ",
            "Russia's ",
            "Côte ",
            "d’Ivoire ",
            "Wexham ",
            "Blick ",
            "New ",
            "York ",
            "St. ",
            "Louis ",
            "ΟΔΥΣΣΕΥΣ ",
            "BRTZ ",
            "People's ",
            "Republic ",
        ];
        let known = "2-1; Blick Wexham; Blue River Trade Zone";
        for run in crate::testing::strings_of(&pieces, 4) {
            let text = format!("{run}{known}");
            let words = tokens::tokenize(&text, Span::new(0, run.len()));
            let mut tables = [Table::default(), Table::default()];
            for t in &mut tables {
                let at = |s: &str| {
                    let start = run.len() + known.find(s).unwrap_or(0);
                    Span::new(start, start + s.len())
                };
                t.add("Blick Wexham", at("Blick Wexham"), EntityKind::Person, None);
                let zone = "Blue River Trade Zone";
                t.add(zone, at(zone), EntityKind::Organization, None);
                t.define(zone, "BRTZ");
                t.link_short_forms();
            }
            let [mut filtered, mut plain] = tables;
            // The words as runs hold them, joined, whole and one by one.
            let runs = words.chunk_by(|_, b| b.joined);
            for w in runs.clone().chain(words.chunks(1)) {
                assert_eq!(
                    resolve_pending(&text, w, &mut filtered),
                    resolve_pending_unfiltered(&text, w, &mut plain),
                    "{run:?}"
                );
            }
            assert_eq!(filtered.finish(&text), plain.finish(&text), "{run:?}");
        }
    }

    #[test]
    fn lookup_knows_aliases() {
        assert_eq!(lookup("DPRK"), Some(("North Korea", EntityKind::Place)));
        assert_eq!(lookup("russia"), Some(("Russia", EntityKind::Place)));
        assert_eq!(
            lookup("Reuters"),
            Some(("Reuters", EntityKind::Organization))
        );
        assert_eq!(
            lookup("the UN"),
            Some(("United Nations", EntityKind::Organization))
        );
        assert_eq!(lookup("The Hague").map(|k| k.0), Some("The Hague"));
        assert_eq!(lookup("  "), None);
        assert_eq!(lookup("Blorp"), None);
    }

    #[test]
    fn names_titles_and_short_forms() {
        let text = "TRADE TIES GROW\n\
            Experts say the Rason Special Economic Zone (SEZ) is busy, said Jeong Eunlee of the Korea Institute for National Unification.\n\
            Jeong said Russian Defense Minister Sergei Shoigu visited the DPRK’s Rason SEZ and moscow's envoy met Russia's.";
        let es = run(text);
        let zone = get(&es, "Rason Special Economic Zone");
        assert_eq!(zone.kind, EntityKind::Place);
        assert_eq!(zone.aliases, ["Rason SEZ", "SEZ"]);
        let jeong = get(&es, "Jeong Eunlee");
        assert_eq!(
            (jeong.kind, jeong.aliases.clone()),
            (EntityKind::Person, vec!["Jeong".to_string()])
        );
        assert_eq!(
            get(&es, "Korea Institute for National Unification").kind,
            EntityKind::Organization
        );
        let shoigu = get(&es, "Sergei Shoigu");
        assert_eq!(shoigu.kind, EntityKind::Person);
        assert_eq!(shoigu.mentions[0].of(text), "Sergei Shoigu");
        assert_eq!(get(&es, "North Korea").aliases, ["DPRK"]);
        // The demonym is an alias, not a mention.
        let russia = get(&es, "Russia");
        assert_eq!(
            (russia.aliases.clone(), russia.mentions.len()),
            (vec!["Russian".to_string()], 1)
        );
        assert_eq!(get(&es, "Moscow").mentions.len(), 1);
        assert!(es.iter().all(|e| e.name != "Experts" && e.name != "TRADE"));
        // Sorted by first mention.
        assert!(es.windows(2).all(|w| w[0].mentions[0] < w[1].mentions[0]));
    }

    #[test]
    fn acronyms_span_the_whole_defined_name() {
        let text = "Head\nTalks under the Organisation for Security and Cooperation in Europe (OSCE) went on. The OSCE said so.";
        let es = run(text);
        let osce = get(&es, "Organisation for Security and Cooperation in Europe");
        assert_eq!(
            (osce.kind, osce.mentions.len()),
            (EntityKind::Organization, 3)
        );
        assert!(es.iter().all(|e| e.name != "Europe"), "{es:?}");
    }

    #[test]
    fn an_acronym_defined_on_a_later_mention_still_counts() {
        let es = run(
            "Head\nThe Blue River Trade Zone grew. The Blue River Trade Zone (BRTZ) is big. The BRTZ said so.",
        );
        assert_eq!(
            get(&es, "Blue River Trade Zone").mentions.len(),
            4,
            "{es:?}"
        );
    }

    #[test]
    fn a_name_first_seen_in_capitals_is_named_as_written_later() {
        let es = run("Head\nWEXHAM, Ruritania 2024-05-01\nPeople in Wexham cheered.");
        let wexham = get(&es, "Wexham");
        assert_eq!(
            (wexham.kind, wexham.aliases.clone()),
            (EntityKind::Place, vec!["WEXHAM".to_string()])
        );
    }

    #[test]
    fn headlines_only_yield_known_names() {
        let es =
            run("SOCCER - JAPAN GET LUCKY WIN AT RIVERSIDE\nFans of Riverside United cheered.");
        let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Japan"), "{names:?}");
        assert!(
            !names
                .iter()
                .any(|n| n.contains("SOCCER") || n.contains("LUCKY"))
        );
    }

    #[test]
    fn sentence_start_needs_evidence() {
        let es = run("Headline\nOfficials met.\nBrussels said Blick was late. Later Blick left.");
        let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Brussels"]);
    }

    #[test]
    fn a_lone_word_takes_its_kind_from_the_word_before() {
        let text =
            "Head\nThey played at Quorndale and Blick won.\nThen Umber beat Wexham.\nWexham lost.";
        let es = run(text);
        let names: Vec<(&str, EntityKind)> = es.iter().map(|e| (e.name.as_str(), e.kind)).collect();
        assert_eq!(
            names,
            [
                ("Quorndale", EntityKind::Place),
                ("Wexham", EntityKind::Organization)
            ]
        );
        // The sentence-initial "Wexham" is that team too, once it is known.
        assert_eq!(es[1].mentions.len(), 2);
    }

    #[test]
    fn names_survive_a_break_after_an_initial() {
        let text = "Head\nOn Monday M. Gatting scored.";
        let gap = text.find("Gatting").unwrap_or(0) - 1;
        let sentences = [
            (0, 4, Role::Headline),
            (5, gap, Role::Body),
            (gap + 1, text.len(), Role::Body),
        ]
        .iter()
        .enumerate()
        .map(|(index, &(a, b, role))| Sentence {
            index,
            span: Span::new(a, b),
            role,
        })
        .collect::<Vec<_>>();
        let es = extract(text, &sentences);
        assert_eq!(es.len(), 1, "{es:?}");
        assert_eq!(
            (es[0].name.as_str(), es[0].kind),
            ("M. Gatting", EntityKind::Person)
        );
    }

    #[test]
    fn awkward_input_does_not_panic() {
        let long = "Ünïcödé Łódź Café ".repeat(5000);
        for text in [
            "",
            "...",
            "“”‘’ — –",
            "北朝鮮 と ロシア",
            "A",
            "(X)",
            long.as_str(),
            "'s 's ’s",
            "Al-",
        ] {
            let _ = run(text);
        }
        let es = run("Headline\nThey met in Łódź with Zoë Ångström’s team.");
        assert!(es.iter().any(|e| e.name == "Zoë Ångström"), "{es:?}");
    }
}
