//! Claims and their sources: what each sentence asserts, who says it, how firmly.
//!
//! PLACEHOLDER: every content sentence of the body is one unattributed,
//! unhedged claim. The real extractor replaces this body and keeps the
//! signature.

use crate::model::{Claim, Entity, Figure, Role, Sentence, Source};

/// The claims of an article and the sources they are attributed to.
pub fn extract(
    _text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    figures: &[Figure],
) -> (Vec<Claim>, Vec<Source>) {
    let mut claims = Vec::new();
    for s in sentences.iter().filter(|s| s.role == Role::Body) {
        claims.push(Claim {
            id: format!("c{}", claims.len() + 1),
            span: s.span,
            sentence: s.index,
            attribution: None,
            hedges: Vec::new(),
            entities: entities
                .iter()
                .filter(|e| e.mentions.iter().any(|m| s.span.contains(*m)))
                .map(|e| e.name.clone())
                .collect(),
            figures: figures
                .iter()
                .filter(|f| s.span.contains(f.span))
                .map(|f| f.id.clone())
                .collect(),
        });
    }
    (claims, Vec::new())
}
