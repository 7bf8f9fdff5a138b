//! Names across a corpus: one article's "Federal Customs Service" is
//! another's "Russian Federal Customs Service", one's "Shoigu" another's
//! "Sergei Shoigu".
//!
//! Each article names its entities as it can on its own; commands that
//! read several articles together (summarize, xref, diff) then call
//! [`unify`], which renames a name to the one longer name of the same kind
//! in the corpus that ends with it, word for word, for people and
//! organisations. A name two longer names end with ("Obama": "Barack
//! Obama", "Michelle Obama"), a place ("Korea") and a name the gazetteer
//! knows ("Republican Party") stay as they are.
//! The old name becomes an alias, and claims and sources follow.

use crate::model::{Article, Entity, EntityKind, SourceKind};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Renames entities, claim entity lists, attribution sources and source
/// records to the corpus-wide canonical names.
pub fn unify(articles: &mut [Article]) {
    let renames = canonical_names(articles);
    if renames.is_empty() {
        return;
    }
    let rename = |name: &str| renames.get(name).cloned();
    articles.par_iter_mut().for_each(|a| {
        rename_entities(&mut a.entities, &renames);
        for c in &mut a.claims {
            for e in &mut c.entities {
                if let Some(new) = rename(e) {
                    *e = new;
                }
            }
            let mut seen = BTreeSet::new();
            c.entities.retain(|e| seen.insert(e.clone()));
            if let Some(at) = c.attribution.as_mut()
                && let Some(new) = at.source.as_deref().and_then(rename)
            {
                at.source = Some(new);
            }
        }
        for s in &mut a.sources {
            if let Some(new) = rename(&s.name) {
                s.name = new;
            }
        }
        // Two source records may now share a name: one record, all claims.
        let mut merged: Vec<crate::model::Source> = Vec::new();
        for s in a.sources.drain(..) {
            match merged.iter_mut().find(|m| m.name == s.name) {
                Some(m) => {
                    m.claims.extend(s.claims);
                    m.claims
                        .sort_by_key(|id| id[1..].parse::<usize>().unwrap_or(usize::MAX));
                    m.role = m.role.take().or(s.role);
                }
                None => merged.push(s),
            }
        }
        merged.shrink_to_fit();
        a.sources = merged;
    });
}

/// name -> the one longer name of its kind that ends with it, word for word.
fn canonical_names(articles: &[Article]) -> BTreeMap<String, String> {
    let mut names: BTreeSet<(EntityKind, &str)> = BTreeSet::new();
    for a in articles {
        for e in &a.entities {
            if e.kind != EntityKind::Other {
                names.insert((e.kind, e.name.as_str()));
            }
        }
        // A source named but not found as an entity ("Shoigu said").
        for s in &a.sources {
            let kind = match s.kind {
                SourceKind::Person => EntityKind::Person,
                SourceKind::Organization => EntityKind::Organization,
                _ => continue,
            };
            names.insert((kind, s.name.as_str()));
        }
    }
    // Each name's owners: the longer names of its kind that end with it,
    // word for word, found by listing every such ending of every name
    // (comparing each name with all the others grows with their square).
    let mut owners: HashMap<(EntityKind, &str), (&str, usize)> = HashMap::new();
    for &(kind, longer) in &names {
        let endings = longer
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b' ')
            .map(|(i, _)| &longer[i + 1..]);
        for ending in endings {
            owners.entry((kind, ending)).or_insert((longer, 0)).1 += 1;
        }
    }
    let mut out = BTreeMap::new();
    for &(kind, name) in &names {
        // A place is not the longer place ending in it ("Korea", "South
        // Korea"); a name the gazetteer knows is canonical already
        // ("Republican Party" is no "County Republican Party").
        if kind == EntityKind::Place || super::lookup(name).is_some() {
            continue;
        }
        if let Some(&(owner, 1)) = owners.get(&(kind, name)) {
            out.insert(name.to_string(), owner.to_string());
        }
    }
    out
}

/// Renames an article's entities, merging two that now share a name.
fn rename_entities(entities: &mut Vec<Entity>, renames: &BTreeMap<String, String>) {
    let mut merged: Vec<Entity> = Vec::new();
    for mut e in entities.drain(..) {
        if let Some(new) = renames.get(&e.name) {
            let old = std::mem::replace(&mut e.name, new.clone());
            e.aliases.push(old);
        }
        match merged.iter_mut().find(|m| m.name == e.name) {
            Some(m) => {
                m.mentions.extend(e.mentions);
                m.aliases.extend(e.aliases);
            }
            None => merged.push(e),
        }
    }
    for e in &mut merged {
        e.mentions.sort();
        e.mentions.dedup();
        e.aliases.retain(|a| *a != e.name);
        e.aliases.sort();
        e.aliases.dedup();
    }
    merged.sort_by_key(|e| e.mentions.first().copied());
    merged.shrink_to_fit();
    *entities = merged;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Document;
    use crate::model::Options;

    fn article(id: &str, text: &str) -> Article {
        let doc = Document {
            id: id.into(),
            path: id.into(),
            text: text.into(),
        };
        crate::pipeline::analyze(doc, &Options::default())
    }

    #[test]
    fn a_shorter_name_joins_the_one_longer_name_ending_in_it() {
        let mut articles = vec![
            article(
                "a",
                "The Russian Federal Customs Service said it had suspended the statistics.\nDefense Minister Sergei Shoigu visited the port.\n",
            ),
            article(
                "b",
                "The Federal Customs Service has suspended publication of trade statistics, Shoigu said.\n",
            ),
        ];
        unify(&mut articles);
        let names: Vec<&str> = articles[1]
            .entities
            .iter()
            .map(|e| e.name.as_str())
            .collect();
        assert!(
            names.contains(&"Russian Federal Customs Service"),
            "{names:?}"
        );
        let customs = articles[1]
            .entities
            .iter()
            .find(|e| e.name == "Russian Federal Customs Service")
            .unwrap();
        assert!(
            customs
                .aliases
                .contains(&"Federal Customs Service".to_string())
        );
        let sources: Vec<&str> = articles[1]
            .sources
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert!(sources.contains(&"Sergei Shoigu"), "{sources:?}");
    }

    #[test]
    fn an_ambiguous_short_name_stays() {
        let mut articles = vec![
            article("a", "Barack Obama spoke on Monday.\n"),
            article("b", "Michelle Obama spoke on Tuesday.\n"),
            article("c", "On Friday, Obama said the talks would go on.\n"),
        ];
        unify(&mut articles);
        let sources: Vec<&str> = articles[2]
            .sources
            .iter()
            .map(|s| s.name.as_str())
            .collect();
        assert_eq!(sources, ["Obama"]);
    }
}
