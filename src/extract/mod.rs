//! The extractors: figures, entities, and claims with their sources.
//!
//! Each works on one article's text and its sentences, and reads only
//! content sentences (`Role::is_content`; entities also read datelines,
//! for the place a story was filed from): page furniture never yields a
//! figure, an entity or a claim.
//!
//! - [`figures`]: numbers with value, unit, approximation, dates;
//! - [`entities`]: people, organisations, places, with aliases; its
//!   `corpus` module names them one way across articles;
//! - [`claims`]: what is asserted, attribution, hedges, and the sources;
//! - [`outlets`]: the news-outlet lexicon the layout and claims share.

pub mod claims;
pub mod entities;
pub mod figures;
pub mod outlets;
