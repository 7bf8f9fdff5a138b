//! Sentence segmentation: splits one layout block into sentence spans.
//!
//! PLACEHOLDER: splits after `.`, `!` or `?` followed by a space. The real
//! segmenter replaces this body and keeps the signature.

use crate::model::Span;

/// Sentence spans within `block` (a byte range of `text`), in order, each
/// trimmed of surrounding white space, never empty.
pub fn split(text: &str, block: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let body = block.of(text);
    let mut start = 0;
    let bytes = body.as_bytes();
    for i in 0..bytes.len() {
        if matches!(bytes[i], b'.' | b'!' | b'?') && bytes.get(i + 1) == Some(&b' ') {
            out.push(Span::new(block.start + start, block.start + i + 1).trim(text));
            start = i + 1;
        }
    }
    out.push(Span::new(block.start + start, block.end).trim(text));
    out.retain(|s| !s.is_empty());
    out
}
