//! Entities: people, organisations and places, with canonical names and aliases.
//!
//! PLACEHOLDER: every run of two or more capitalised words is an `other`
//! entity. The real extractor replaces this body and keeps the signatures.

use crate::model::{Entity, EntityKind, Sentence, Span};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

static CAPS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b").unwrap());

/// Every entity named in the content sentences of `text`, sorted by first
/// mention.
pub fn extract(text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    let mut by_name: BTreeMap<String, Entity> = BTreeMap::new();
    for s in sentences.iter().filter(|s| s.role.is_content()) {
        for m in CAPS.find_iter(s.span.of(text)) {
            let span = Span::new(s.span.start + m.start(), s.span.start + m.end());
            by_name
                .entry(m.as_str().to_string())
                .or_insert_with(|| Entity {
                    name: m.as_str().to_string(),
                    kind: EntityKind::Other,
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                })
                .mentions
                .push(span);
        }
    }
    let mut out: Vec<Entity> = by_name.into_values().collect();
    out.sort_by_key(|e| e.mentions[0]);
    out
}

/// The canonical name and kind of a well-known name or alias ("DPRK",
/// "North Korean", "russia"), from the built-in gazetteer.
pub fn lookup(_surface: &str) -> Option<(&'static str, EntityKind)> {
    None
}
