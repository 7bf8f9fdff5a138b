//! Layout: the role of every line of an article, and its outlet.
//!
//! PLACEHOLDER: a first line without final punctuation is the headline,
//! every other line is body.

use crate::model::{Block, Role, Span};

/// The layout of one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    /// Every non-blank line, in order, trimmed of white space and markers.
    pub blocks: Vec<Block>,
    /// The outlet that published the article, where the text names it.
    pub outlet: Option<String>,
    /// Outlets the article says it reports from ("Reuters reports").
    pub relays: Vec<String>,
}

impl Layout {
    /// The headline's span, if the article has one.
    pub fn title(&self) -> Option<Span> {
        self.blocks
            .iter()
            .find(|b| b.role == Role::Headline)
            .map(|b| b.span)
    }
}

pub fn analyze(text: &str) -> Layout {
    let mut blocks = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(offset, offset + line.len()).trim(text);
        offset += line.len();
        if span.is_empty() {
            continue;
        }
        let role = if blocks.is_empty() {
            Role::Headline
        } else {
            Role::Body
        };
        blocks.push(Block { span, role });
    }
    Layout {
        blocks,
        outlet: None,
        relays: Vec::new(),
    }
}
