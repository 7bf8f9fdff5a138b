//! The extractors: figures, entities, and claims with their sources.
//!
//! Each works on one article's text and its sentences, and reads only
//! content sentences (`Role::is_content`): page furniture never yields a
//! figure, an entity or a claim.

pub mod claims;
pub mod entities;
pub mod figures;
pub mod outlets;
