//! The entities of one article as they are found: each name is filed under
//! its canonical form, and the shorter forms the article uses later are
//! filed with it ("Jeong" after "Jeong Eunlee", "SEZ" after "Special Economic
//! Zone (SEZ)", "Federal Customs Service" after "Russian Federal Customs
//! Service").

use super::kind::is_acronym;
use super::lexicon::{self, Known, key, key_bytes};
use crate::model::{Entity, EntityKind, Span};
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

#[derive(Clone, Debug)]
struct Draft {
    name: String,
    kind: EntityKind,
    mentions: Vec<Span>,
    /// Set when this draft turned out to be a shorter form of another.
    merged_into: Option<usize>,
    /// Forms seen that are not mentions: demonyms ("Russian" for Russia).
    adjectives: BTreeSet<String>,
}

/// The entity table of one article.
#[derive(Debug, Default)]
pub struct Table {
    drafts: Vec<Draft>,
    /// Lower-case surface forms and canonical names (the bytes of their
    /// keys) -> draft. Looked up, never iterated (its order would depend on
    /// the hasher).
    index: FxHashMap<Vec<u8>, usize>,
    /// Acronyms defined in brackets -> the words they stand for.
    expansions: FxHashMap<String, String>,
    /// How many acronyms were defined (see [`keys`](Self::keys)).
    definitions: usize,
}

impl Table {
    /// Files a mention of `surface` at `span` as `kind`, under the gazetteer
    /// name when there is one, else under an entity already seen with that
    /// surface, else as a new entity.
    ///
    /// A demonym ("Russian", "North Koreans") is an alias of its country but
    /// not a mention of it: it qualifies people or things, it does not refer
    /// to the place, so it is listed among the aliases only.
    pub fn add(&mut self, surface: &str, span: Span, kind: EntityKind, known: Option<Known>) {
        lexicon::with_key(surface, |k| self.add_keyed(surface, k, span, kind, known));
    }

    /// [`add`](Self::add) given the [`key`] of `surface`, already made.
    pub fn add_keyed(
        &mut self,
        surface: &str,
        k: &[u8],
        span: Span,
        kind: EntityKind,
        known: Option<Known>,
    ) {
        let name = known.map_or(surface, |k| k.name);
        let idx = if surface == name {
            // The one key both to look the name up and to file it.
            let direct = self.index.get(k).copied();
            let idx = match direct {
                Some(i) => self.root(i),
                None => self
                    .find_spelt(name)
                    .unwrap_or_else(|| self.create(name, kind)),
            };
            if direct.is_none() {
                self.index.insert(k.to_vec(), idx);
            }
            idx
        } else {
            let idx = self
                .find(name)
                .or_else(|| self.find_keyed(surface, k))
                .unwrap_or_else(|| self.create(name, kind));
            // The keys are only copied into the index when they are new.
            if !lexicon::with_key(name, |n| self.index.contains_key(n)) {
                self.index.insert(key_bytes(name), idx);
            }
            if !self.index.contains_key(k) {
                self.index.insert(k.to_vec(), idx);
            }
            idx
        };
        if known.is_some_and(|k| k.demonym) {
            self.drafts[idx].adjectives.insert(surface.to_string());
        } else {
            self.drafts[idx].mentions.push(span);
        }
    }

    /// Files a mention as `kind` apart from any same-named entity of another
    /// kind: a city's sports team ("Chicago 5 Houston 3") is not the city.
    pub fn add_apart(&mut self, surface: &str, span: Span, kind: EntityKind) {
        let k = format!("{}:{}", kind.as_str(), key(surface)).into_bytes();
        let idx = match self.index.get(&k) {
            Some(&i) => self.root(i),
            None => self.create(surface, kind),
        };
        self.drafts[idx].mentions.push(span);
        self.index.insert(k, idx);
    }

    fn create(&mut self, name: &str, kind: EntityKind) -> usize {
        self.drafts.push(Draft {
            name: name.to_string(),
            kind,
            // Its first mention follows at once (room for a few, as the first
            // push would make).
            mentions: Vec::with_capacity(4),
            merged_into: None,
            adjectives: BTreeSet::new(),
        });
        self.drafts.len() - 1
    }

    /// The entity already seen under `surface`, or under the form it has
    /// once its defined acronyms are spelt out ("Rason SEZ").
    pub fn find(&self, surface: &str) -> Option<usize> {
        lexicon::with_key(surface, |k| self.find_keyed(surface, k))
    }

    /// [`find`](Self::find) given the [`key`] of `surface`, already made.
    pub fn find_keyed(&self, surface: &str, k: &[u8]) -> Option<usize> {
        if let Some(&i) = self.index.get(k) {
            return Some(self.root(i));
        }
        self.find_spelt(surface)
    }

    /// The entity filed under `surface` with its defined acronyms spelt
    /// out, when it has any.
    fn find_spelt(&self, surface: &str) -> Option<usize> {
        // With no acronym to spell out, the spelt form has the same key as
        // `surface` (keys join words with single spaces anyway): nothing new
        // to look up.
        if self.expansions.is_empty()
            || !surface
                .split_whitespace()
                .any(|w| self.expansions.contains_key(w))
        {
            return None;
        }
        let spelt: Vec<&str> = surface
            .split_whitespace()
            .map(|w| self.expansions.get(w).map_or(w, String::as_str))
            .collect();
        let spelt = spelt.join(" ");
        (spelt != surface)
            .then(|| {
                self.index
                    .get(key(&spelt).as_bytes())
                    .map(|&i| self.root(i))
            })
            .flatten()
    }

    /// The kind of the entity filed under `surface`, if any.
    pub fn kind_of(&self, surface: &str) -> Option<EntityKind> {
        self.find(surface).map(|i| self.drafts[i].kind)
    }

    /// [`kind_of`](Self::kind_of) given the [`key`] of `surface`.
    pub fn kind_of_keyed(&self, surface: &str, k: &[u8]) -> Option<EntityKind> {
        self.find_keyed(surface, k).map(|i| self.drafts[i].kind)
    }

    /// How many keys and acronyms the table has filed. It never loses a
    /// key, a key never leads to an entity of another kind, and an acronym
    /// is counted each time it is defined: an unchanged count means that
    /// every look-up answers as before.
    pub fn keys(&self) -> usize {
        self.index.len() + self.definitions
    }

    fn root(&self, mut i: usize) -> usize {
        while let Some(j) = self.drafts[i].merged_into {
            i = j;
        }
        i
    }

    /// Records that `acronym` was defined as the last words of `full`
    /// ("Rason Special Economic Zone (SEZ)"), when its letters are their
    /// initials. Returns whether it was.
    pub fn define(&mut self, full: &str, acronym: &str) -> bool {
        let letters: String = acronym.chars().filter(|c| *c != '.').collect();
        if !is_acronym(acronym) {
            return false;
        }
        let words: Vec<&str> = full
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        for k in (2..=words.len()).rev() {
            let tail = &words[words.len() - k..];
            let initials: String = tail.iter().filter_map(|w| w.chars().next()).collect();
            if initials == letters {
                self.expansions.insert(acronym.to_string(), tail.join(" "));
                self.definitions += 1;
                if let Some(i) = self.find(full) {
                    self.index.entry(key_bytes(acronym)).or_insert(i);
                    self.index.entry(key_bytes(&tail.join(" "))).or_insert(i);
                }
                return true;
            }
        }
        false
    }

    /// Files the shorter forms of the names seen so far with them: a lone
    /// surname with the person ("Jeong"), the end of an organisation's name
    /// with the organisation ("Federal Customs Service"), the first word of
    /// a club or firm named after a place ("Rotor" of "Rotor Volgograd").
    pub fn link_short_forms(&mut self) {
        // Every claim of a form by an entity, an opener or not: sorted and
        // settled once all are in ([`short_forms`]).
        let mut claims: Vec<(Vec<u8>, bool, usize)> = Vec::new();
        for (i, d) in self.drafts.iter().enumerate() {
            // Only the names of people and organisations of two words or
            // more have short forms: the others are passed over before
            // their words are listed.
            let named = matches!(d.kind, EntityKind::Person | EntityKind::Organization);
            if d.merged_into.is_some() || !named || d.name.split_whitespace().nth(1).is_none() {
                continue;
            }
            // The first and last words, with no list made.
            let mut words = d.name.split_whitespace();
            let opener = words.next().unwrap_or("");
            let last = words.last().unwrap_or(opener);
            // An initial ("M." of "M. Waugh") names no one alone.
            let long = |f: &str| f.chars().filter(|c| c.is_alphabetic()).count() >= 3;
            let mut first = None;
            match d.kind {
                // Either end: "Trump" of "Donald Trump", "Jeong" of "Jeong
                // Eunlee" (family names come first in East Asia).
                EntityKind::Person => {
                    if long(last) {
                        claims.push((key_bytes(last), false, i));
                    }
                    first = Some(opener);
                }
                // An organisation: its last words ("Federal Customs
                // Service"), or its first word.
                _ => {
                    for form in tails(&d.name) {
                        if long(form) {
                            claims.push((key_bytes(form), false, i));
                        }
                    }
                    if lexicon::known(opener).is_none() && !lexicon::is_org_cue(opener) {
                        first = Some(opener);
                    }
                }
            }
            for f in first.into_iter().filter(|f| long(f)) {
                claims.push((key_bytes(f), true, i));
            }
        }
        let short = short_forms(claims);
        // Most short forms are new to the index: room for all at once.
        self.index.reserve(short.len());
        for (k, target) in short {
            let Some(target) = target else { continue };
            let Some(i) = self.index.get(&k).map(|&i| self.root(i)) else {
                self.index.insert(k, target);
                continue;
            };
            let (d, t) = (&self.drafts[i], &self.drafts[target]);
            let shorter = d.name.split_whitespace().count() < t.name.split_whitespace().count();
            // A well-known name stays itself, except a one-word place that is
            // the surname of someone named in full ("Jordan" of "Michael
            // Jordan").
            let known = lexicon::known(&d.name).is_some();
            if i != target && shorter && (!known || t.kind == EntityKind::Person) {
                self.drafts[i].merged_into = Some(target);
                let moved = std::mem::take(&mut self.drafts[i].mentions);
                self.drafts[target].mentions.extend(moved);
            }
        }
    }
}

/// The tails of `name` of two words or more, the whole name aside, longest
/// first ("Federal Customs Service", "Customs Service" of "Russian Federal
/// Customs Service"), as slices of it: the key of a tail joins its words
/// with single spaces, as the key of its words joined would.
fn tails(name: &str) -> impl Iterator<Item = &str> {
    let mut rest = name.trim_start();
    std::iter::from_fn(move || {
        // What follows the first word of what is left, if two words or more.
        rest = rest[rest.find(char::is_whitespace)?..].trim_start();
        rest.trim_end()
            .contains(char::is_whitespace)
            .then_some(rest)
    })
}

/// The short forms that `claims` (form, whether it is an entity's first
/// word, entity) claim, in the order of their keys, each with the entity it
/// is filed with: none when two entities claim it alike.
///
/// Surnames and tails first: a word that is one person's surname and
/// another name's first word ("Warhol" of "Andy Warhol" and of "Warhol
/// Polaroids") is the surname. The order of the forms is that of their
/// keys (keys as bytes order as the keys do): the merges that follow
/// depend on it, and output must not depend on a hash seed. A sorted vector
/// rather than ordered maps: one sort of a few dozen claims costs less than
/// building the maps' nodes.
fn short_forms(mut claims: Vec<(Vec<u8>, bool, usize)>) -> Vec<(Vec<u8>, Option<usize>)> {
    // By form, then surnames and tails before first words.
    claims.sort_unstable();
    let mut forms: Vec<(Vec<u8>, bool, Option<usize>)> = Vec::with_capacity(claims.len());
    for (form, opener, i) in claims {
        match forms.last_mut() {
            // A first word's claim never outranks a surname's or a tail's,
            // sorted before it.
            Some((f, o, owner)) if *f == form => {
                if *o == opener && *owner != Some(i) {
                    *owner = None;
                }
            }
            _ => forms.push((form, opener, Some(i))),
        }
    }
    forms.into_iter().map(|(f, _, owner)| (f, owner)).collect()
}

/// The bytes of a text that the mentions kept so far cover, a bit each (a
/// byte each cost more to clear than the mentions cost to check).
struct Taken(Vec<u64>);

impl Taken {
    fn new(len: usize) -> Self {
        Taken(vec![0; len.div_ceil(64)])
    }

    /// Keeps `s` when it is not empty and overlaps no span kept before:
    /// returns whether it did.
    fn claim(&mut self, s: Span) -> bool {
        if s.is_empty() {
            return false;
        }
        let (first, last) = (s.start / 64, (s.end - 1) / 64);
        // The bits of word `w` that `s` covers.
        let mask = |w: usize| {
            let from = if w == first { s.start % 64 } else { 0 };
            let to = if w == last { (s.end - 1) % 64 } else { 63 };
            (u64::MAX << from) & (u64::MAX >> (63 - to))
        };
        if (first..=last).any(|w| self.0[w] & mask(w) != 0) {
            return false;
        }
        for w in first..=last {
            self.0[w] |= mask(w);
        }
        true
    }
}

impl Table {
    /// The finished entities: mentions in text order without overlaps,
    /// aliases sorted, entities by first mention.
    pub fn finish(self, text: &str) -> Vec<Entity> {
        let mut taken = Taken::new(text.len());
        let mut drafts: Vec<Draft> = self
            .drafts
            .into_iter()
            .filter(|d| d.merged_into.is_none())
            .collect();
        // Longer mentions claim their text first.
        let mut all: Vec<(usize, Span)> = drafts
            .iter()
            .enumerate()
            .flat_map(|(i, d)| d.mentions.iter().map(move |&s| (i, s)))
            .collect();
        // (By draft next, as a stable sort would leave them: the one way
        // two equal keys can differ.)
        all.sort_unstable_by_key(|&(i, s)| (std::cmp::Reverse(s.len()), s.start, i));
        for d in &mut drafts {
            d.mentions.clear();
        }
        for (i, s) in all {
            if taken.claim(s) {
                drafts[i].mentions.push(s);
            }
        }
        let mut out: Vec<Entity> = drafts
            .into_iter()
            .filter(|d| !d.mentions.is_empty())
            .map(|mut d| {
                d.mentions.sort();
                // A name first seen in capitals ("WIGAN" in a dateline) is
                // better named as the text writes it elsewhere ("Wigan").
                // (Nearly every name has a lower-case letter, found first.)
                let shouting = !d.name.chars().any(char::is_lowercase)
                    && d.name.chars().filter(|c| c.is_alphabetic()).count() > 4;
                if shouting {
                    // ASCII names compare case-blind in place (the same as
                    // comparing lower-case copies); others lower-case once.
                    let lower = (!d.name.is_ascii()).then(|| d.name.to_lowercase());
                    let plain = d.mentions.iter().map(|s| s.of(text)).find(|m| {
                        m.chars().any(char::is_lowercase)
                            && match &lower {
                                None if m.is_ascii() => m.eq_ignore_ascii_case(&d.name),
                                None => m.to_lowercase() == d.name.to_ascii_lowercase(),
                                Some(l) => m.to_lowercase() == *l,
                            }
                    });
                    if let Some(m) = plain {
                        d.name = m.to_string();
                    }
                }
                // Sorted and deduplicated as borrowed text: a string is made
                // only for each distinct alias kept.
                let mut aliases: Vec<&str> = d
                    .mentions
                    .iter()
                    .map(|s| s.of(text))
                    .chain(d.adjectives.iter().map(String::as_str))
                    .filter(|a| *a != d.name)
                    .collect();
                aliases.sort_unstable();
                aliases.dedup();
                let aliases = aliases.into_iter().map(str::to_string).collect();
                Entity {
                    name: d.name,
                    kind: d.kind,
                    aliases,
                    mentions: d.mentions,
                }
            })
            .collect();
        out.sort_by_key(|e| e.mentions.first().copied());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn short_forms_join_the_full_name() {
        let text = "Jeong Eunlee; Jeong; Russian Federal Customs Service; Federal Customs Service";
        let mut t = Table::default();
        let at = |s: &str| {
            let start = text.rfind(s).unwrap_or(0);
            Span::new(start, start + s.len())
        };
        t.add("Jeong Eunlee", at("Jeong Eunlee"), EntityKind::Person, None);
        t.add("Jeong", Span::new(14, 19), EntityKind::Other, None);
        let org = "Russian Federal Customs Service";
        t.add(org, at(org), EntityKind::Organization, None);
        t.add(
            "Federal Customs Service",
            at("Federal Customs Service"),
            EntityKind::Organization,
            None,
        );
        t.link_short_forms();
        let e = t.finish(text);
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(e[0].aliases, ["Jeong"]);
        assert_eq!(e[1].aliases, ["Federal Customs Service"]);
    }

    /// What `short_forms` replaced: ordered maps of the surnames and tails
    /// and of the first words, each form filed with the entity that claims
    /// it, or with none when two do; then the first words that are no
    /// surname nor tail.
    fn mapped_short_forms(claims: &[(Vec<u8>, bool, usize)]) -> Vec<(Vec<u8>, Option<usize>)> {
        fn claim(forms: &mut BTreeMap<Vec<u8>, Option<usize>>, form: Vec<u8>, i: usize) {
            forms
                .entry(form)
                .and_modify(|e| {
                    if *e != Some(i) {
                        *e = None
                    }
                })
                .or_insert(Some(i));
        }
        let mut short = BTreeMap::new();
        let mut openers = BTreeMap::new();
        for (form, opener, i) in claims {
            let map = if *opener { &mut openers } else { &mut short };
            claim(map, form.clone(), *i);
        }
        for (k, v) in openers {
            short.entry(k).or_insert(v);
        }
        short.into_iter().collect()
    }

    /// `short_forms` settles every list of claims as the ordered maps did:
    /// claims of two forms (one the other's start) by three entities, as
    /// surnames or tails and as first words, in every order.
    #[test]
    fn short_forms_are_the_mapped_ones() {
        let mut pieces = Vec::new();
        for form in ["a", "ab"] {
            for opener in [false, true] {
                for i in 0..3 {
                    pieces.push(format!("{form}{}{i},", if opener { 'o' } else { 's' }));
                }
            }
        }
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        for list in crate::testing::strings_of(&pieces, 4) {
            let claims: Vec<(Vec<u8>, bool, usize)> = list
                .split_terminator(',')
                .map(|c| {
                    let (form, tail) = c.split_at(c.len() - 2);
                    let i = usize::from(tail.as_bytes()[1] - b'0');
                    (form.as_bytes().to_vec(), tail.starts_with('o'), i)
                })
                .collect();
            assert_eq!(
                short_forms(claims.clone()),
                mapped_short_forms(&claims),
                "{list:?}"
            );
        }
    }

    /// The tails of a name key as its last words joined did.
    #[test]
    fn tails_are_the_last_words_joined() {
        let pieces = ["A", "Bé", " ", "  ", "\n", "’s", "Σ", "x.y", "\u{a0}"];
        for name in crate::testing::strings_of_two_and_random(&pieces, 3000, 3, 9) {
            let words: Vec<&str> = name.split_whitespace().collect();
            let joined: Vec<String> = (2..words.len())
                .rev()
                .map(|k| key(&words[words.len() - k..].join(" ")))
                .collect();
            let sliced: Vec<String> = tails(&name).map(key).collect();
            assert_eq!(sliced, joined, "{name:?}");
        }
    }

    /// What `Taken` replaced: the spans kept so far, disjoint, in an
    /// ordered map of start -> end. Keeps `s` and says so when it is not
    /// empty and overlaps none of them.
    fn map_claims(map: &mut BTreeMap<usize, usize>, s: Span) -> bool {
        let clash = map
            .range(..s.end)
            .next_back()
            .is_some_and(|(_, &end)| end > s.start);
        let kept = !(s.is_empty() || clash);
        if kept {
            map.insert(s.start, s.end);
        }
        kept
    }

    /// `Taken` keeps what the ordered map of spans it replaced kept.
    #[test]
    fn taken_spans_are_what_the_map_kept() {
        // Every span of a text of five bytes, one piece each.
        let spans: Vec<Span> = (0..=5)
            .flat_map(|a| (a..=5).map(move |b| Span::new(a, b)))
            .collect();
        let pieces: Vec<String> = (0..spans.len()).map(|i| format!("{i},")).collect();
        let pieces: Vec<&str> = pieces.iter().map(String::as_str).collect();
        for list in crate::testing::strings_of(&pieces, 3) {
            let list: Vec<Span> = list
                .split_terminator(',')
                .map(|i| spans[i.parse::<usize>().unwrap_or(0)])
                .collect();
            let mut taken = Taken::new(5);
            let mut map = BTreeMap::new();
            for &s in &list {
                assert_eq!(taken.claim(s), map_claims(&mut map, s), "{list:?}");
            }
        }
    }

    /// The same over a longer text, where spans cross the bits' words.
    #[test]
    fn taken_spans_across_words_are_what_the_map_kept() {
        let mut random = crate::testing::Xorshift::new();
        for _ in 0..300 {
            let len = random.below(300);
            let mut taken = Taken::new(len);
            let mut map = BTreeMap::new();
            for _ in 0..40 {
                let start = random.below(len + 1);
                let end = (start + random.below(140)).min(len);
                let s = Span::new(start, end);
                let before = format!("{map:?}");
                assert_eq!(
                    taken.claim(s),
                    map_claims(&mut map, s),
                    "{len} {s:?} {before}"
                );
            }
        }
    }

    #[test]
    fn defined_acronyms_are_aliases() {
        let mut t = Table::default();
        let full = "Rason Special Economic Zone";
        t.add(full, Span::new(0, full.len()), EntityKind::Place, None);
        assert!(t.define(full, "SEZ"));
        assert!(!t.define(full, "XYZ"));
        assert_eq!(t.find("SEZ"), Some(0));
        assert_eq!(t.find("Rason SEZ"), Some(0));
        assert_eq!(t.find("Rason"), None);
    }
}
