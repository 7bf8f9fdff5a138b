//! Who a source mention stands for: canonical name, kind and role.
//!
//! A source is written many ways in one article: "Jeong Eunlee", then
//! "Jeong", then "he"; "Russian Defense Minister Sergei Shoigu"; "Analysts";
//! "the AP". [`Memory`] reads the mentions in text order and gives each a
//! canonical name: titles and honorifics move to the role, a surname or a
//! pronoun resolves to the last full name that fits, outlets go through
//! [`canonical_outlet`], and names through the entity stage (an entity with
//! an overlapping mention, then [`entities::lookup`]).
//!
//! A claim the writer attributes to nobody in particular ("it is believed
//! that ...") gets the source [`UNATTRIBUTED`], of kind anonymous: the claim
//! is marked as reported, not asserted, yet no one is named.

use super::attribution::{Form, Mention};
use super::lexicon::{self, Lex};
use super::tokens::{Tok, starts_upper};
use crate::extract::entities;
use crate::extract::outlets::canonical_outlet;
use crate::model::{Entity, EntityKind, SourceKind, Span};

/// The source name of impersonal attributions ("it is believed", "it is
/// noted"): a view the article reports without saying whose it is.
pub const UNATTRIBUTED: &str = "unattributed";

/// The source name of "I" and "we" in the article's own voice (opinion
/// pieces, columns): its author.
pub const AUTHOR: &str = "the author";

/// A resolved source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// `None` for a pronoun with nothing to resolve to.
    pub name: Option<String>,
    pub kind: SourceKind,
    /// A title that preceded the name ("Defense Minister").
    pub title: Option<String>,
}

/// What the article has named so far, for surnames and pronouns.
#[derive(Debug, Default)]
pub struct Memory {
    /// Full names of people, in the order first seen.
    people: Vec<String>,
    last_person: Option<String>,
    /// The last plural group or organisation: what "they" refers to.
    last_group: Option<(String, SourceKind)>,
    /// The last organisation, outlet or document: what "it" refers to.
    last_thing: Option<(String, SourceKind)>,
    /// The names already asked of [`entities::lookup`], with its answers:
    /// a source is most often named more than once.
    looked_up: Vec<(String, Option<(&'static str, EntityKind)>)>,
}

impl Memory {
    /// The canonical name and kind of the source written at `m`.
    pub fn resolve(&mut self, text: &str, m: &Mention, mentions: &Mentions) -> Resolved {
        match m.form {
            Form::Impersonal => Resolved {
                name: Some(UNATTRIBUTED.into()),
                kind: SourceKind::Anonymous,
                title: None,
            },
            Form::Name => self.name(text, m.span, mentions),
            Form::Group => match self.definite_person(m.span.of(text)) {
                Some(r) => r,
                None => self.group(m.span.of(text)),
            },
            Form::Pronoun => self.pronoun(text, m, mentions),
        }
    }

    /// "The four-term congressman said", "the minister added": a definite
    /// singular description of a person refers back, as "he" does, to the
    /// last person named; before any, it is an anonymous source.
    fn definite_person(&self, written: &str) -> Option<Resolved> {
        let mut words = written.split_whitespace();
        let first = words.next()?;
        // Two words at least: the head is the last, after the first. (No
        // character outside ASCII lowers to a letter of "the" or "this".)
        let head = words.next_back()?;
        if !(first.eq_ignore_ascii_case("the") || first.eq_ignore_ascii_case("this")) {
            return None;
        }
        let lex = lexicon::lex(head);
        let person_noun = lex.has(Lex::TITLE)
            || (lex.has(Lex::PEOPLE_NOUN) && !head.to_lowercase().ends_with('s'));
        if !person_noun {
            return None;
        }
        Some(Resolved {
            name: Some(self.last_person.clone()?),
            kind: SourceKind::Person,
            title: None,
        })
    }

    fn pronoun(&mut self, text: &str, m: &Mention, mentions: &Mentions) -> Resolved {
        let word = m.span.of(text).to_lowercase();
        let (name, kind) = match word.as_str() {
            "he" | "she" => (self.last_person.clone(), SourceKind::Person),
            "they" => match self.last_group.clone().or_else(|| self.last_thing.clone()) {
                Some((n, k)) => (Some(n), k),
                None => (None, SourceKind::Anonymous),
            },
            "it" => match self.last_thing.clone() {
                Some((n, k)) => (Some(n), k),
                None => (None, SourceKind::Organization),
            },
            "who" | "which" => {
                if let Some(a) = m.antecedent {
                    let form = if starts_upper(a.of(text)) {
                        Form::Name
                    } else {
                        Form::Group
                    };
                    let inner = Mention {
                        span: a,
                        form,
                        antecedent: None,
                    };
                    return self.resolve(text, &inner, mentions);
                }
                if word == "which" {
                    match self.last_thing.clone() {
                        Some((n, k)) => (Some(n), k),
                        None => (None, SourceKind::Organization),
                    }
                } else {
                    (self.last_person.clone(), SourceKind::Person)
                }
            }
            // "I think", "we know" outside any quotation: the article's
            // own author speaks.
            "i" | "we" => (Some(AUTHOR.to_string()), SourceKind::Person),
            _ => (None, SourceKind::Person),
        };
        Resolved {
            name,
            kind,
            title: None,
        }
    }

    fn group(&mut self, written: &str) -> Resolved {
        let words: Vec<&str> = written.split_whitespace().collect();
        let skip = words
            .iter()
            .take_while(|w| {
                lexicon::lex(w).has(Lex::DETERMINER) || w.chars().all(|c| c.is_ascii_digit())
            })
            .count();
        let kept: Vec<String> = words[skip.min(words.len())..]
            .iter()
            .map(|w| {
                let common = Lex::PEOPLE_NOUN | Lex::ORGANIZATION_NOUN | Lex::DOCUMENT_NOUN;
                if lexicon::lex(w).has(common) {
                    w.to_lowercase()
                } else {
                    w.to_string()
                }
            })
            .collect();
        let head = kept.last().map(|w| w.to_lowercase()).unwrap_or_default();
        let lex = lexicon::lex(&head);
        let kind = if lex.has(Lex::ORGANIZATION_NOUN) {
            SourceKind::Organization
        } else if lex.has(Lex::DOCUMENT_NOUN) {
            SourceKind::Document
        } else {
            SourceKind::Anonymous
        };
        let name = if kept.is_empty() {
            written.to_string()
        } else {
            kept.join(" ")
        };
        if head.ends_with('s') || matches!(head.as_str(), "people" | "police") {
            self.last_group = Some((name.clone(), kind));
        }
        if kind != SourceKind::Anonymous {
            self.last_thing = Some((name.clone(), kind));
        }
        Resolved {
            name: Some(name),
            kind,
            title: None,
        }
    }

    fn name(&mut self, text: &str, span: Span, mentions: &Mentions) -> Resolved {
        let written = span.of(text);
        if let Some(outlet) = canonical_outlet(written) {
            return self.thing(outlet.to_string(), SourceKind::Outlet, None);
        }
        let mut words: Vec<&str> = written.split_whitespace().collect();
        if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            words.remove(0);
        }
        // "Republican National Committee" is a name, not a title and a name.
        let organisation = words
            .last()
            .is_some_and(|w| lexicon::lex(w).has(Lex::ORGANIZATION_SUFFIX));
        let (title, rest) = if organisation {
            (None, &words[..])
        } else {
            split_title(&words)
        };
        let honorific = rest.len() > 1 && lexicon::lex(rest[0]).has(Lex::HONORIFIC);
        let rest = &rest[usize::from(honorific)..];
        // The possessive cut from the joined words in place.
        let mut name = rest.join(" ");
        name.truncate(strip_possessive(&name).len());
        if name.is_empty() {
            name = words.join(" ");
        }
        // (Asked again only of a name other than the words as written.)
        if name != written
            && let Some(outlet) = canonical_outlet(&name)
        {
            return self.thing(outlet.to_string(), SourceKind::Outlet, title);
        }
        // The entity stage's view of the same words, when it has one.
        let entity = mentions.first_overlapping(span, |e| {
            e.name.contains(name.as_str())
                && !e.name.starts_with("The ")
                && !e
                    .name
                    .split_whitespace()
                    .any(|w| lexicon::lex(w).has(Lex::TITLE))
        });
        if let Some(e) = entity {
            name = e.name.clone();
        }
        // A surname alone: the full name seen before.
        if !name.contains(' ')
            && let Some(full) = self.people.iter().rev().find(|p| {
                // "O'Neill" and "O’Neill" are one surname.
                let same = |w: &str| same_surname(w, &name);
                p.split_whitespace().next_back().is_some_and(same)
                    || p.split_whitespace().next().is_some_and(same)
            })
        {
            name = full.clone();
        }
        let mut kind = None;
        if let Some((canon, k)) = self.lookup(&name) {
            name = canon.to_string();
            kind = Some(entity_kind(k));
        }
        // "House Republicans said": a group, whatever the name looked like.
        let group = name
            .split_whitespace()
            .next_back()
            .is_some_and(|w| plural_of(w, Lex::GROUP_MEMBER));
        let kind = kind
            .or_else(|| group.then_some(SourceKind::Organization))
            .or_else(|| {
                entity
                    .filter(|e| e.kind != EntityKind::Other)
                    .map(|e| entity_kind(e.kind))
            })
            .unwrap_or_else(|| guess_kind(&name, title.is_some() || honorific));
        if kind == SourceKind::Person {
            self.person(&name);
            Resolved {
                name: Some(name),
                kind,
                title,
            }
        } else {
            self.thing(name, kind, title)
        }
    }

    /// [`entities::lookup`] of `name`, asked once per name.
    fn lookup(&mut self, name: &str) -> Option<(&'static str, EntityKind)> {
        if let Some(&(_, known)) = self.looked_up.iter().find(|(n, _)| n == name) {
            return known;
        }
        let known = entities::lookup(name);
        self.looked_up.push((name.to_string(), known));
        known
    }

    fn thing(&mut self, name: String, kind: SourceKind, title: Option<String>) -> Resolved {
        self.last_thing = Some((name.clone(), kind));
        self.last_group = Some((name.clone(), kind));
        Resolved {
            name: Some(name),
            kind,
            title,
        }
    }

    fn person(&mut self, name: &str) {
        // The person named last is among the people already (the only
        // other writer of `last_person`, `observe`, takes one of them):
        // most often the same person is named again.
        if self.last_person.as_deref() == Some(name) {
            return;
        }
        set_last_person(&mut self.last_person, name);
        if !self.people.iter().any(|p| p == name) {
            self.people.push(name.to_string());
        }
    }

    /// Notes the people a sentence names outside any attribution, so that a
    /// later "he said" can refer to them: entities of kind person, and runs
    /// of two or three capitalised words that look like a personal name.
    pub fn observe(&mut self, text: &str, toks: &[Tok], sentence: Span, people: &Mentions) {
        // The person named last wins: read the runs of capitalised words
        // from the end, and stop at the first that is a name, or at one
        // that starts before the last entity mention.
        let entity = people.last_in(sentence);
        // A run that starts at or before the entity's mention stops the
        // reading, so the words up to there need not be read: a run ending
        // among them starts among them.
        let first = entity.map_or(0, |(at, _)| toks.partition_point(|t| t.span.start <= at));
        let mut named = None;
        let mut j = toks.len();
        while j > first {
            if !toks[j - 1].capitalised() {
                j -= 1;
                continue;
            }
            let mut i = j - 1;
            while i > 0 && toks[i - 1].capitalised() {
                i -= 1;
            }
            if entity.is_some_and(|(at, _)| at >= toks[i].span.start) {
                break;
            }
            // A single capitalised word is never a name here: it has no
            // title or honorific before it (see `personal_name`).
            if j > i + 1
                && let Some(name) = personal_name(text, &toks[i..j])
            {
                named = Some(name);
                break;
            }
            j = i;
        }
        let Some(name) = named.as_deref().or(entity.map(|(_, name)| name)) else {
            return;
        };
        // A full name seen before that ends with this one stands for it
        // (and, seen before, is already among the people).
        let full = self
            .people
            .iter()
            .rev()
            .find(|p| p.len() > name.len() && p.ends_with(name));
        match full {
            Some(full) => set_last_person(&mut self.last_person, full),
            None => self.person(name),
        }
    }
}

/// `*last = Some(name.to_string())`, reusing the string `last` holds:
/// most often the person named last is named again, or one of a similar
/// length.
fn set_last_person(last: &mut Option<String>, name: &str) {
    match last {
        Some(l) if l == name => {}
        Some(l) => {
            l.clear();
            l.push_str(name);
        }
        None => *last = Some(name.to_string()),
    }
}

/// The mentions of an article's entities (those `keep` keeps), by where
/// they start: what lies inside a sentence or a claim is found without
/// going over every entity. [`Memory::observe`] reads the people's; the
/// claims read all of them for their entity lists.
pub struct Mentions<'e> {
    /// (mention, index of its entity), by start, then by entity.
    mentions: Vec<(Span, usize)>,
    /// No mention is longer: the mentions that overlap a span start at
    /// most this far before it.
    longest: usize,
    entities: &'e [Entity],
}

impl<'e> Mentions<'e> {
    pub fn new(entities: &'e [Entity], keep: impl Fn(&Entity) -> bool) -> Self {
        let mut mentions: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| keep(e))
            .flat_map(|(k, e)| e.mentions.iter().map(move |&m| (m, k)))
            .collect();
        mentions.sort_unstable_by_key(|&(m, k)| (m.start, k));
        let longest = mentions.iter().map(|(m, _)| m.len()).max().unwrap_or(0);
        Mentions {
            mentions,
            longest,
            entities,
        }
    }

    /// The mentions of the entities `keep` keeps, as [`Mentions::new`]
    /// makes them, without sorting again.
    pub fn only(&self, keep: impl Fn(&Entity) -> bool) -> Self {
        Mentions {
            mentions: self
                .mentions
                .iter()
                .filter(|&&(_, k)| keep(&self.entities[k]))
                .copied()
                .collect(),
            // Still no mention is longer.
            longest: self.longest,
            entities: self.entities,
        }
    }

    /// The first entity, in the order of the entities, that has a mention
    /// overlapping `span` and passes `test`: the mentions that may overlap
    /// are those that start less than [`Mentions::longest`] before `span`,
    /// found by where they start rather than by going over every entity.
    pub fn first_overlapping(
        &self,
        span: Span,
        test: impl Fn(&Entity) -> bool,
    ) -> Option<&'e Entity> {
        let to = self.mentions.partition_point(|(m, _)| m.start < span.end);
        let from = self
            .mentions
            .partition_point(|(m, _)| m.start + self.longest <= span.start);
        let mut overlapping: Vec<usize> = self.mentions[from..to.max(from)]
            .iter()
            .filter(|(m, _)| m.overlaps(span))
            .map(|&(_, k)| k)
            .collect();
        overlapping.sort_unstable();
        overlapping.dedup();
        overlapping
            .into_iter()
            .map(|k| &self.entities[k])
            .find(|e| test(e))
    }

    /// The mentions inside `span`, by start, with the index of their entity.
    fn within(&self, span: Span) -> impl Iterator<Item = (Span, usize)> + '_ {
        let from = self.mentions.partition_point(|(m, _)| m.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(move |(m, _)| m.start <= span.end)
            .filter(move |(m, _)| span.contains(*m))
            .copied()
    }

    /// The entity named last within `sentence`: where the latest mention
    /// inside it starts, and the name of its entity (the first entity, when
    /// several have a mention starting there).
    fn last_in(&self, sentence: Span) -> Option<(usize, &'e str)> {
        let mut last: Option<(usize, usize)> = None;
        for (m, k) in self.within(sentence) {
            if last.is_none_or(|(at, _)| at < m.start) {
                last = Some((m.start, k));
            }
        }
        last.map(|(at, k)| (at, self.entities[k].name.as_str()))
    }

    /// The names of the entities with a mention inside `span`, each once, in
    /// the order of the entities. `inside` is room for their indices, kept
    /// by the caller from one span to the next rather than made each time.
    pub fn names_within(&self, span: Span, inside: &mut Vec<usize>) -> Vec<String> {
        inside.clear();
        inside.extend(self.within(span).map(|(_, k)| k));
        if inside.is_empty() {
            return Vec::new();
        }
        inside.sort_unstable();
        inside.dedup();
        let mut names = Vec::with_capacity(inside.len());
        for &k in inside.iter() {
            names.push(self.entities[k].name.clone());
        }
        names
    }
}

/// A run of capitalised words read as a person's name, if it looks like one:
/// an honorific or title before a name, or two or three plain words that are
/// no organisation, outlet or known place.
fn personal_name(text: &str, run: &[Tok]) -> Option<String> {
    let mut run = run;
    while run
        .first()
        .is_some_and(|t| t.lex.has(Lex::NOT_NAME_START) || t.text(text) == "The")
    {
        run = &run[1..];
    }
    let title = title_end(run, |t| t.lex.has(Lex::TITLE), |t| t.text(text) == "of");
    let rest = &run[title.unwrap_or(0)..];
    let honorific = rest.len() > 1 && rest[0].lex.has(Lex::HONORIFIC);
    let rest = if honorific { &rest[1..] } else { rest };
    let shaped = title.is_some() || honorific || rest.len() >= 2;
    if rest.is_empty() || rest.len() > 3 || !shaped {
        return None;
    }
    let plain = rest.iter().all(|t| {
        let w = t.text(text);
        let mut cs = w.chars();
        let bare = strip_possessive(w);
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().next().is_some()
            && cs.all(|c| !c.is_uppercase() || c == '-')
            && !if bare.len() == w.len() {
                t.lex.has(Lex::NOT_PERSON_WORD)
            } else {
                lexicon::lex(bare).has(Lex::NOT_PERSON_WORD)
            }
    });
    if !plain {
        return None;
    }
    let words: Vec<&str> = rest.iter().map(|t| t.text(text)).collect();
    let name = strip_possessive(&words.join(" ")).to_string();
    let known = canonical_outlet(&name).is_some()
        || entities::lookup(&name).is_some_and(|(_, k)| k != EntityKind::Person)
        || rest
            .last()
            .is_some_and(|t| t.lex.has(Lex::ORGANIZATION_SUFFIX));
    (!known).then_some(name)
}

/// "Defense Minister Sergei Shoigu" → (Some("Defense Minister"), ["Sergei",
/// "Shoigu"]); "Secretary of State John Kerry" keeps "of State" in the title.
fn split_title<'a, 'b>(words: &'b [&'a str]) -> (Option<String>, &'b [&'a str]) {
    let is_title = |w: &&str| lexicon::lex(w).has(Lex::TITLE);
    match title_end(words, is_title, |w| *w == "of") {
        Some(end) => (Some(words[..end].join(" ")), &words[end..]),
        None => (None, words),
    }
}

/// Where the title that opens `words` ends ([`split_title`]), if a name
/// follows it.
fn title_end<T>(
    words: &[T],
    is_title: impl Fn(&T) -> bool,
    is_of: impl Fn(&T) -> bool,
) -> Option<usize> {
    let t = words.iter().rposition(is_title)?;
    let mut end = t + 1;
    if end + 2 < words.len() && is_of(&words[end]) {
        end += 2;
    }
    (end < words.len()).then_some(end)
}

/// Whether `word`, lowered, is a word of the lists `list` with an "s" after
/// it ("Republicans"). An ASCII word lowers letter by letter, so its last
/// letter is read as written and the rest goes to [`lexicon::lex`] (which
/// lowers) without a lowered copy.
fn plural_of(word: &str, list: u32) -> bool {
    if word.is_ascii() {
        return word
            .strip_suffix(['s', 'S'])
            .is_some_and(|w| lexicon::lex(w).has(list));
    }
    word.to_lowercase()
        .strip_suffix('s')
        .is_some_and(|w| lexicon::lex(w).has(list))
}

/// Whether two spellings are one surname: "O'Neill" and "O’Neill" are.
fn same_surname(a: &str, b: &str) -> bool {
    let unified = |c: char| if c == '’' { '\'' } else { c };
    a.chars().map(unified).eq(b.chars().map(unified))
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("’s")
        .or_else(|| s.strip_suffix("'s"))
        .unwrap_or(s)
}

fn entity_kind(k: EntityKind) -> SourceKind {
    match k {
        EntityKind::Person => SourceKind::Person,
        // A country or city that "said" something speaks through its
        // government: an organisation.
        EntityKind::Organization | EntityKind::Place | EntityKind::Other => {
            SourceKind::Organization
        }
    }
}

/// The kind of a capitalised name nothing else knows.
fn guess_kind(name: &str, titled: bool) -> SourceKind {
    let words = || name.split_whitespace();
    let last = words().next_back().map_or(Lex::default(), lexicon::lex);
    let acronym = name.len() >= 2 && name.chars().all(|c| c.is_uppercase() || c == '.');
    if titled {
        SourceKind::Person
    } else if last.has(Lex::ORGANIZATION_SUFFIX)
        || acronym
        || words().nth(4).is_some()
        || words().any(|w| lexicon::lex(w).has(Lex::NOT_PERSON_WORD))
    {
        SourceKind::Organization
    } else {
        SourceKind::Person
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `only` keeps what `new` with the same test would have made.
    #[test]
    fn only_some_mentions_are_as_if_made_alone() {
        let mut random = crate::testing::Xorshift::new();
        for _ in 0..200 {
            let entities: Vec<Entity> = (0..random.below(8))
                .map(|k| Entity {
                    name: format!("e{k}"),
                    kind: if random.below(2) == 0 {
                        EntityKind::Person
                    } else {
                        EntityKind::Other
                    },
                    aliases: Vec::new(),
                    mentions: (0..random.below(4))
                        .map(|_| {
                            let start = random.below(20);
                            Span::new(start, start + random.below(4))
                        })
                        .collect(),
                })
                .collect();
            let person = |e: &Entity| e.kind == EntityKind::Person;
            let all = Mentions::new(&entities, |_| true);
            assert_eq!(
                all.only(person).mentions,
                Mentions::new(&entities, person).mentions
            );
        }
    }

    /// The mentions of no entity at all.
    fn no_entities() -> Mentions<'static> {
        Mentions::new(&[], |_| true)
    }

    /// Entities with mentions here and there, some of kind person.
    fn random_entities(random: &mut crate::testing::Xorshift) -> Vec<Entity> {
        (0..random.below(8))
            .map(|k| Entity {
                name: format!("e{k}"),
                kind: if random.below(2) == 0 {
                    EntityKind::Person
                } else {
                    EntityKind::Other
                },
                aliases: Vec::new(),
                mentions: (0..random.below(4))
                    .map(|_| {
                        let start = random.below(20);
                        Span::new(start, start + random.below(6))
                    })
                    .collect(),
            })
            .collect()
    }

    /// `first_overlapping` finds what going over every entity finds.
    #[test]
    fn overlapping_entities_are_found_by_where_they_start() {
        let mut random = crate::testing::Xorshift::seeded(0x51ed_2701_99a3_c0d5);
        for _ in 0..300 {
            let entities = random_entities(&mut random);
            let all = Mentions::new(&entities, |_| true);
            let people = all.only(|e| e.kind == EntityKind::Person);
            for start in 0..28 {
                for end in start..28 {
                    let span = Span::new(start, end);
                    for (index, test) in [
                        (&all, (|_: &Entity| true) as fn(&Entity) -> bool),
                        (&all, |e: &Entity| e.name != "e1"),
                        (&people, |_: &Entity| true),
                    ] {
                        let every = index.entities.iter().enumerate().find(|(k, e)| {
                            index
                                .mentions
                                .iter()
                                .any(|&(m, j)| j == *k && m.overlaps(span))
                                && test(e)
                        });
                        assert_eq!(
                            index.first_overlapping(span, test).map(|e| &e.name),
                            every.map(|(_, e)| &e.name),
                            "{span:?} {entities:?}"
                        );
                    }
                }
            }
        }
    }

    /// `Memory::observe` as it was, reading the runs of capitalised words
    /// back to the sentence's first.
    fn observe_as_was(
        memory: &mut Memory,
        text: &str,
        toks: &[Tok],
        sentence: Span,
        people: &Mentions,
    ) {
        let entity = people.last_in(sentence);
        let mut named = None;
        let mut j = toks.len();
        while j > 0 {
            if !toks[j - 1].capitalised() {
                j -= 1;
                continue;
            }
            let mut i = j - 1;
            while i > 0 && toks[i - 1].capitalised() {
                i -= 1;
            }
            if entity.is_some_and(|(at, _)| at >= toks[i].span.start) {
                break;
            }
            if j > i + 1
                && let Some(name) = personal_name(text, &toks[i..j])
            {
                named = Some(name);
                break;
            }
            j = i;
        }
        let Some(name) = named.as_deref().or(entity.map(|(_, name)| name)) else {
            return;
        };
        let full = memory
            .people
            .iter()
            .rev()
            .find(|p| p.ends_with(name) && p.len() > name.len());
        match full {
            Some(full) => set_last_person(&mut memory.last_person, full),
            None => memory.person(name),
        }
    }

    #[test]
    fn observing_notes_the_people_as_before() {
        use crate::model::{Role, Sentence};
        let pieces = [
            "Ann ",
            "Lee ",
            "Mr. ",
            "the ",
            "said ",
            "Reuters ",
            "O'Neill's ",
        ];
        for text in crate::testing::strings_of(&pieces, 4) {
            let sentence = Span::new(0, text.len());
            let sentences = [Sentence {
                index: 0,
                span: sentence,
                role: Role::Body,
            }];
            let toks = super::super::tokens::SentenceTokens::new(&text, &sentences);
            let toks = toks.of(0);
            // A person's mention at (or just after) the start of each word,
            // or none.
            let ats = toks.iter().flat_map(|t| [t.span.start, t.span.start + 1]);
            for at in ats.map(Some).chain([None]) {
                let entities: Vec<Entity> = at
                    .map(|at| Entity {
                        name: "Bo Ray".into(),
                        kind: EntityKind::Person,
                        aliases: Vec::new(),
                        mentions: vec![Span::new(at, at + 2)],
                    })
                    .into_iter()
                    .collect();
                let people = Mentions::new(&entities, |_| true);
                let (mut new, mut old) = (Memory::default(), Memory::default());
                for m in [&mut new, &mut old] {
                    m.person("Jo Ann Lee");
                    m.person("Kim Park");
                }
                new.observe(&text, toks, sentence, &people);
                observe_as_was(&mut old, &text, toks, sentence, &people);
                assert_eq!(
                    (&new.people, &new.last_person),
                    (&old.people, &old.last_person),
                    "{text:?} {at:?}"
                );
            }
        }
    }

    /// `person` answers as it did without asking first whether the name is
    /// the last person's, whatever `observe` made the last person.
    #[test]
    fn a_person_is_noted_as_before() {
        let person_as_was = |m: &mut Memory, name: &str| {
            set_last_person(&mut m.last_person, name);
            if !m.people.iter().any(|p| p == name) {
                m.people.push(name.to_string());
            }
        };
        let names = ["Ann Lee", "Lee", "Bo Ray", "", "Ann"];
        let mut random = crate::testing::Xorshift::new();
        for _ in 0..500 {
            let (mut new, mut old) = (Memory::default(), Memory::default());
            for _ in 0..random.below(12) {
                let name = names[random.below(names.len())];
                if random.below(3) == 0 && !old.people.is_empty() {
                    // As `observe` does with a full name seen before.
                    let full = old.people[random.below(old.people.len())].clone();
                    set_last_person(&mut new.last_person, &full);
                    set_last_person(&mut old.last_person, &full);
                } else {
                    new.person(name);
                    person_as_was(&mut old, name);
                }
                assert_eq!(
                    (&new.people, &new.last_person),
                    (&old.people, &old.last_person)
                );
            }
        }
    }

    /// `Memory::lookup` answers as `entities::lookup` does, asked again or
    /// not.
    #[test]
    fn names_are_looked_up_as_by_the_entity_stage() {
        let names = ["Reuters", "Ann Lee", "the UN", "UN", "", "Paris", "Ann Lee"];
        let mut memory = Memory::default();
        for round in 0..2 {
            for name in names {
                assert_eq!(
                    memory.lookup(name),
                    entities::lookup(name),
                    "{name} {round}"
                );
            }
        }
    }

    /// `Memory::definite_person` as it was, collecting the words and
    /// lowering the first.
    fn definite_person_as_was(memory: &Memory, written: &str) -> Option<Resolved> {
        let words: Vec<&str> = written.split_whitespace().collect();
        let (first, head) = (words.first()?, words.last()?);
        let definite = matches!(first.to_lowercase().as_str(), "the" | "this") && words.len() >= 2;
        let lex = lexicon::lex(head);
        let person_noun = lex.has(Lex::TITLE)
            || (lex.has(Lex::PEOPLE_NOUN) && !head.to_lowercase().ends_with('s'));
        let last = memory.last_person.clone()?;
        (definite && person_noun).then_some(Resolved {
            name: Some(last),
            kind: SourceKind::Person,
            title: None,
        })
    }

    #[test]
    fn definite_persons_are_read_as_before() {
        let pieces = [
            "the",
            "The ",
            "THIS",
            "thİs",
            "\u{212A}",
            "th",
            "is",
            " ",
            "minister",
            "Ministers",
            "spokesman",
            "officials",
            "people",
            "S",
            "é",
        ];
        let mut named = Memory::default();
        named.person("Ann Lee");
        for memory in [Memory::default(), named] {
            for s in crate::testing::strings_of_two_and_random(&pieces, 2000, 2, 4) {
                assert_eq!(
                    memory.definite_person(&s),
                    definite_person_as_was(&memory, &s),
                    "{s:?}"
                );
            }
        }
    }

    /// `plural_of` answers as the lowered copy it replaced did.
    #[test]
    fn plural_of_is_as_of_the_lowered_word() {
        let as_was = |w: &str, list: u32| {
            w.to_lowercase()
                .strip_suffix('s')
                .is_some_and(|w| lexicon::lex(w).has(list))
        };
        let pieces = [
            "Republican",
            "DEMOCRAT",
            "s",
            "S",
            "ſ",
            "Σ",
            "é",
            "İ",
            "minister",
            "'",
            "",
        ];
        let words = crate::testing::strings_of_two_and_random(&pieces, 2000, 2, 4);
        for w in words.iter().map(String::as_str).chain(["", "s", "S", "Ss"]) {
            for list in [Lex::GROUP_MEMBER, Lex::TITLE] {
                assert_eq!(plural_of(w, list), as_was(w, list), "{w:?}");
            }
        }
        assert!(plural_of("REPUBLICANS", Lex::GROUP_MEMBER));
    }

    #[test]
    fn the_last_person_is_set_as_by_a_new_string() {
        let names = [
            "Ann Lee",
            "Lee",
            "Bo",
            "Ann Lee",
            "",
            "Christopher Robin",
            "Bo",
        ];
        let mut last = None;
        for (k, a) in names.iter().enumerate() {
            for b in &names[k..] {
                set_last_person(&mut last, a);
                assert_eq!(last.as_deref(), Some(*a));
                set_last_person(&mut last, b);
                assert_eq!(last.as_deref(), Some(*b));
            }
        }
    }

    fn mention(text: &str, word: &str, form: Form) -> Mention {
        let start = text.find(word).unwrap_or(0);
        Mention {
            span: Span::new(start, start + word.len()),
            form,
            antecedent: None,
        }
    }

    #[test]
    fn titles_surnames_and_pronouns() {
        let text = "Deputy Minister Ana Pell said. Pell said. He said. The Harbour Service said.";
        let mut memory = Memory::default();
        let first = memory.resolve(
            text,
            &mention(text, "Deputy Minister Ana Pell", Form::Name),
            &no_entities(),
        );
        assert_eq!(first.name.as_deref(), Some("Ana Pell"));
        assert_eq!(first.title.as_deref(), Some("Deputy Minister"));
        assert_eq!(first.kind, SourceKind::Person);
        let surname = Mention {
            span: Span::new(31, 35),
            form: Form::Name,
            antecedent: None,
        };
        assert_eq!(
            memory
                .resolve(text, &surname, &no_entities())
                .name
                .as_deref(),
            Some("Ana Pell")
        );
        let he = memory.resolve(text, &mention(text, "He", Form::Pronoun), &no_entities());
        assert_eq!(he.name.as_deref(), Some("Ana Pell"));
        let service = memory.resolve(
            text,
            &mention(text, "The Harbour Service", Form::Name),
            &no_entities(),
        );
        assert_eq!(service.name.as_deref(), Some("Harbour Service"));
        assert_eq!(service.kind, SourceKind::Organization);
    }

    #[test]
    fn groups_outlets_and_impersonal() {
        let text = "Two Analysts; the AP; it";
        let mut memory = Memory::default();
        let g = memory.resolve(
            text,
            &mention(text, "Two Analysts", Form::Group),
            &no_entities(),
        );
        assert_eq!(
            (g.name.as_deref(), g.kind),
            (Some("analysts"), SourceKind::Anonymous)
        );
        let ap = memory.resolve(text, &mention(text, "the AP", Form::Name), &no_entities());
        assert_eq!(
            (ap.name.as_deref(), ap.kind),
            (Some("Associated Press"), SourceKind::Outlet)
        );
        let it = memory.resolve(text, &mention(text, "it", Form::Impersonal), &no_entities());
        assert_eq!(it.name.as_deref(), Some(UNATTRIBUTED));
    }

    #[test]
    fn organisations_keep_their_names_and_surnames_match_apostrophes() {
        let text = "Democratic Harbour Committee; Liam O’Neill; O'Neill";
        let mut memory = Memory::default();
        let org = memory.resolve(
            text,
            &mention(text, "Democratic Harbour Committee", Form::Name),
            &no_entities(),
        );
        assert_eq!(org.name.as_deref(), Some("Democratic Harbour Committee"));
        assert_eq!((org.kind, org.title), (SourceKind::Organization, None));
        memory.resolve(
            text,
            &mention(text, "Liam O’Neill", Form::Name),
            &no_entities(),
        );
        let surname = memory.resolve(text, &mention(text, "O'Neill", Form::Name), &no_entities());
        assert_eq!(surname.name.as_deref(), Some("Liam O’Neill"));
    }

    #[test]
    fn unresolved_pronoun_has_no_name() {
        let text = "she";
        let r =
            Memory::default().resolve(text, &mention(text, "she", Form::Pronoun), &no_entities());
        assert_eq!(r.name, None);
    }
}
