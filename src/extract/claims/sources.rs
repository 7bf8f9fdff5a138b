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
use super::lexicon;
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
}

impl Memory {
    /// The canonical name and kind of the source written at `m`.
    pub fn resolve(&mut self, text: &str, m: &Mention, entities: &[Entity]) -> Resolved {
        match m.form {
            Form::Impersonal => Resolved {
                name: Some(UNATTRIBUTED.into()),
                kind: SourceKind::Anonymous,
                title: None,
            },
            Form::Name => self.name(text, m.span, entities),
            Form::Group => match self.definite_person(m.span.of(text)) {
                Some(r) => r,
                None => self.group(m.span.of(text)),
            },
            Form::Pronoun => self.pronoun(text, m, entities),
        }
    }

    /// "The four-term congressman said", "the minister added": a definite
    /// singular description of a person refers back, as "he" does, to the
    /// last person named; before any, it is an anonymous source.
    fn definite_person(&self, written: &str) -> Option<Resolved> {
        let words: Vec<String> = written.split_whitespace().map(str::to_lowercase).collect();
        let (first, head) = (words.first()?, words.last()?);
        let definite = matches!(first.as_str(), "the" | "this") && words.len() >= 2;
        let person_noun = lexicon::has(lexicon::TITLES, head)
            || (lexicon::has(lexicon::PEOPLE_NOUNS, head) && !head.ends_with('s'));
        let last = self.last_person.clone()?;
        (definite && person_noun).then_some(Resolved {
            name: Some(last),
            kind: SourceKind::Person,
            title: None,
        })
    }

    fn pronoun(&mut self, text: &str, m: &Mention, entities: &[Entity]) -> Resolved {
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
                    return self.resolve(text, &inner, entities);
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
                let l = w.to_lowercase();
                lexicon::has(lexicon::DETERMINERS, &l) || l.chars().all(|c| c.is_ascii_digit())
            })
            .count();
        let kept: Vec<String> = words[skip.min(words.len())..]
            .iter()
            .map(|w| {
                let l = w.to_lowercase();
                let common = lexicon::has(lexicon::PEOPLE_NOUNS, &l)
                    || lexicon::has(lexicon::ORGANIZATION_NOUNS, &l)
                    || lexicon::has(lexicon::DOCUMENT_NOUNS, &l);
                if common { l } else { w.to_string() }
            })
            .collect();
        let head = kept.last().map(|w| w.to_lowercase()).unwrap_or_default();
        let kind = if lexicon::has(lexicon::ORGANIZATION_NOUNS, &head) {
            SourceKind::Organization
        } else if lexicon::has(lexicon::DOCUMENT_NOUNS, &head) {
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

    fn name(&mut self, text: &str, span: Span, entities: &[Entity]) -> Resolved {
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
            .is_some_and(|w| lexicon::has_lower(lexicon::ORGANIZATION_SUFFIXES, w));
        let (title, rest) = if organisation {
            (None, &words[..])
        } else {
            split_title(&words)
        };
        let mut honorific = false;
        let mut rest = rest.to_vec();
        if rest.len() > 1 && lexicon::has_lower(lexicon::HONORIFICS, rest[0]) {
            rest.remove(0);
            honorific = true;
        }
        let mut name = strip_possessive(&rest.join(" ")).to_string();
        if name.is_empty() {
            name = words.join(" ");
        }
        if let Some(outlet) = canonical_outlet(&name) {
            return self.thing(outlet.to_string(), SourceKind::Outlet, title);
        }
        // The entity stage's view of the same words, when it has one.
        let entity = entities.iter().find(|e| {
            e.mentions.iter().any(|m| m.overlaps(span))
                && e.name.contains(name.as_str())
                && !e.name.starts_with("The ")
                && !e
                    .name
                    .split_whitespace()
                    .any(|w| lexicon::has_lower(lexicon::TITLES, w))
        });
        if let Some(e) = entity {
            name = e.name.clone();
        }
        // A surname alone: the full name seen before.
        if !name.contains(' ')
            && let Some(full) = self.people.iter().rev().find(|p| {
                // "O'Neill" and "O’Neill" are one surname.
                let same = |w: &str| w.replace('’', "'") == name.replace('’', "'");
                p.split_whitespace().next_back().is_some_and(same)
                    || p.split_whitespace().next().is_some_and(same)
            })
        {
            name = full.clone();
        }
        let mut kind = None;
        if let Some((canon, k)) = entities::lookup(&name) {
            name = canon.to_string();
            kind = Some(entity_kind(k));
        }
        // "House Republicans said": a group, whatever the name looked like.
        let group = name
            .split_whitespace()
            .next_back()
            .and_then(|w| w.to_lowercase().strip_suffix('s').map(str::to_string))
            .is_some_and(|w| lexicon::has(lexicon::GROUP_MEMBERS, &w));
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
        self.last_person = Some(name.to_string());
        if !self.people.iter().any(|p| p == name) {
            self.people.push(name.to_string());
        }
    }

    /// Notes the people a sentence names outside any attribution, so that a
    /// later "he said" can refer to them: entities of kind person, and runs
    /// of two or three capitalised words that look like a personal name.
    pub fn observe(&mut self, text: &str, toks: &[Tok], sentence: Span, people: &PersonMentions) {
        let mut last = people
            .last_in(sentence)
            .map(|(at, name)| (at, name.to_string()));
        let mut i = 0;
        while i < toks.len() {
            let mut j = i;
            while j < toks.len() && toks[j].capitalised() {
                j += 1;
            }
            // A single capitalised word is never a name here: it has no
            // title or honorific before it (see `personal_name`).
            if j > i + 1 {
                let words: Vec<&str> = toks[i..j].iter().map(|t| t.text(text)).collect();
                if let Some(name) = personal_name(&words)
                    && last.as_ref().is_none_or(|(at, _)| *at < toks[i].span.start)
                {
                    last = Some((toks[i].span.start, name));
                }
            }
            i = j.max(i + 1);
        }
        if let Some((_, name)) = last {
            let full = self
                .people
                .iter()
                .rev()
                .find(|p| p.ends_with(name.as_str()) && p.len() > name.len())
                .cloned();
            self.person(&full.unwrap_or(name));
        }
    }
}

/// The mentions of an article's person entities, by where they start: read
/// by [`Memory::observe`] for each sentence without going over every entity.
pub struct PersonMentions<'e> {
    /// (mention, index of its entity), by start, then by entity.
    mentions: Vec<(Span, usize)>,
    entities: &'e [Entity],
}

impl<'e> PersonMentions<'e> {
    pub fn new(entities: &'e [Entity]) -> Self {
        let mut mentions: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Person)
            .flat_map(|(k, e)| e.mentions.iter().map(move |&m| (m, k)))
            .collect();
        mentions.sort_by_key(|&(m, k)| (m.start, k));
        PersonMentions { mentions, entities }
    }

    /// The person named last within `sentence`: where the latest mention
    /// inside it starts, and the name of its entity (the first entity, when
    /// several have a mention starting there).
    fn last_in(&self, sentence: Span) -> Option<(usize, &'e str)> {
        let from = self
            .mentions
            .partition_point(|(m, _)| m.start < sentence.start);
        let mut last: Option<(usize, usize)> = None;
        for &(m, k) in &self.mentions[from..] {
            if m.start > sentence.end {
                break;
            }
            if sentence.contains(m) && last.is_none_or(|(at, _)| at < m.start) {
                last = Some((m.start, k));
            }
        }
        last.map(|(at, k)| (at, self.entities[k].name.as_str()))
    }
}

/// A run of capitalised words read as a person's name, if it looks like one:
/// an honorific or title before a name, or two or three plain words that are
/// no organisation, outlet or known place.
fn personal_name(words: &[&str]) -> Option<String> {
    let mut words = words;
    while words
        .first()
        .is_some_and(|w| lexicon::has_lower(lexicon::NOT_NAME_STARTS, w) || *w == "The")
    {
        words = &words[1..];
    }
    let (title, rest) = split_title(words);
    let honorific = rest.len() > 1 && lexicon::has_lower(lexicon::HONORIFICS, rest[0]);
    let rest = if honorific { &rest[1..] } else { rest };
    let shaped = title.is_some() || honorific || rest.len() >= 2;
    if rest.is_empty() || rest.len() > 3 || !shaped {
        return None;
    }
    let plain = rest.iter().all(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.clone().next().is_some()
            && cs.all(|c| !c.is_uppercase() || c == '-')
            && !lexicon::has_lower(lexicon::NOT_PERSON_WORDS, strip_possessive(w))
    });
    if !plain {
        return None;
    }
    let name = strip_possessive(&rest.join(" ")).to_string();
    let known = canonical_outlet(&name).is_some()
        || entities::lookup(&name).is_some_and(|(_, k)| k != EntityKind::Person)
        || rest
            .last()
            .is_some_and(|w| lexicon::has_lower(lexicon::ORGANIZATION_SUFFIXES, w));
    (!known).then_some(name)
}

/// "Defense Minister Sergei Shoigu" → (Some("Defense Minister"), ["Sergei",
/// "Shoigu"]); "Secretary of State John Kerry" keeps "of State" in the title.
fn split_title<'a, 'b>(words: &'b [&'a str]) -> (Option<String>, &'b [&'a str]) {
    let Some(t) = words
        .iter()
        .rposition(|w| lexicon::has_lower(lexicon::TITLES, w))
    else {
        return (None, words);
    };
    let mut end = t + 1;
    if end + 2 < words.len() && words[end] == "of" {
        end += 2;
    }
    if end >= words.len() {
        return (None, words);
    }
    (Some(words[..end].join(" ")), &words[end..])
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
    let words: Vec<&str> = name.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    let acronym = name.len() >= 2 && name.chars().all(|c| c.is_uppercase() || c == '.');
    if titled {
        SourceKind::Person
    } else if lexicon::has(lexicon::ORGANIZATION_SUFFIXES, &last)
        || acronym
        || words.len() > 4
        || words
            .iter()
            .any(|w| lexicon::has_lower(lexicon::NOT_PERSON_WORDS, w))
    {
        SourceKind::Organization
    } else {
        SourceKind::Person
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            &[],
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
            memory.resolve(text, &surname, &[]).name.as_deref(),
            Some("Ana Pell")
        );
        let he = memory.resolve(text, &mention(text, "He", Form::Pronoun), &[]);
        assert_eq!(he.name.as_deref(), Some("Ana Pell"));
        let service = memory.resolve(text, &mention(text, "The Harbour Service", Form::Name), &[]);
        assert_eq!(service.name.as_deref(), Some("Harbour Service"));
        assert_eq!(service.kind, SourceKind::Organization);
    }

    #[test]
    fn groups_outlets_and_impersonal() {
        let text = "Two Analysts; the AP; it";
        let mut memory = Memory::default();
        let g = memory.resolve(text, &mention(text, "Two Analysts", Form::Group), &[]);
        assert_eq!(
            (g.name.as_deref(), g.kind),
            (Some("analysts"), SourceKind::Anonymous)
        );
        let ap = memory.resolve(text, &mention(text, "the AP", Form::Name), &[]);
        assert_eq!(
            (ap.name.as_deref(), ap.kind),
            (Some("Associated Press"), SourceKind::Outlet)
        );
        let it = memory.resolve(text, &mention(text, "it", Form::Impersonal), &[]);
        assert_eq!(it.name.as_deref(), Some(UNATTRIBUTED));
    }

    #[test]
    fn organisations_keep_their_names_and_surnames_match_apostrophes() {
        let text = "Democratic Harbour Committee; Liam O’Neill; O'Neill";
        let mut memory = Memory::default();
        let org = memory.resolve(
            text,
            &mention(text, "Democratic Harbour Committee", Form::Name),
            &[],
        );
        assert_eq!(org.name.as_deref(), Some("Democratic Harbour Committee"));
        assert_eq!((org.kind, org.title), (SourceKind::Organization, None));
        memory.resolve(text, &mention(text, "Liam O’Neill", Form::Name), &[]);
        let surname = memory.resolve(text, &mention(text, "O'Neill", Form::Name), &[]);
        assert_eq!(surname.name.as_deref(), Some("Liam O’Neill"));
    }

    #[test]
    fn unresolved_pronoun_has_no_name() {
        let text = "she";
        let r = Memory::default().resolve(text, &mention(text, "she", Form::Pronoun), &[]);
        assert_eq!(r.name, None);
    }
}
