//! Figures: numbers, amounts, percentages, years, decades and dates.
//!
//! PLACEHOLDER: finds runs of digits only. The real extractor replaces this
//! body and keeps the signature.

use crate::model::{Figure, FigureKind, Options, Sentence, Span};
use regex::Regex;
use std::sync::LazyLock;

static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d[\d,]*(?:\.\d+)?\b").unwrap());

/// Every figure in the content sentences of `text`, in text order, with ids
/// `f1`, `f2`, ...
pub fn extract(text: &str, sentences: &[Sentence], _options: &Options) -> Vec<Figure> {
    let mut out = Vec::new();
    for s in sentences.iter().filter(|s| s.role.is_content()) {
        for m in DIGITS.find_iter(s.span.of(text)) {
            let span = Span::new(s.span.start + m.start(), s.span.start + m.end());
            let value = m.as_str().replace(',', "").parse().ok();
            out.push(Figure::new(FigureKind::Count, span, value));
        }
    }
    for (i, f) in out.iter_mut().enumerate() {
        f.id = format!("f{}", i + 1);
    }
    out
}
