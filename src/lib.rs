//! rason-digest: what a corpus of news articles claims, who says it, how
//! firmly, with which numbers, and where the articles agree and differ.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`input`]: walk paths, read and decode files, and tell each line's
//!    layout role (headline, body, caption, furniture) and the outlet;
//! 2. [`segment`]: split content lines into sentences;
//! 3. [`extract`]: figures, entities, claims and their sources;
//! 4. [`xref`]: match claims across articles, cluster them, diff two articles;
//! 5. [`render`]: text for people, JSON and JSON Lines for programs.
//!
//! [`pipeline`] wires the per-article stages; [`model`] holds the records
//! they pass along, every one with its byte span in the original text.
//! [`unicode`] and `packed` are the character classes and the short-word
//! lookups the stages share.
//!
//! ```
//! use rason_digest::{input::Document, model::Options, pipeline};
//!
//! let doc = Document {
//!     id: "a".into(),
//!     path: "a.txt".into(),
//!     text: "Ships dock in Rason\n\nAbout 2,000 containers left the port, experts say.\n".into(),
//! };
//! let article = pipeline::analyze(doc, &Options::default());
//! assert_eq!(article.title.as_deref(), Some("Ships dock in Rason"));
//! for s in &article.sentences {
//!     assert_eq!(article.slice(s.span), s.span.of(&article.text));
//! }
//! ```

// Module docs are maps that name their private submodules; `cargo doc
// --document-private-items` renders those links.
#![allow(rustdoc::private_intra_doc_links)]

pub mod extract;
pub mod input;
pub mod model;
mod packed;
pub mod pipeline;
pub mod render;
pub mod segment;
#[cfg(test)]
mod testing;
pub mod unicode;
pub mod xref;
