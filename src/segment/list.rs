//! List items inside one block: "1. The first item 2. The second item",
//! "a) ... b) ...", "• 9. ... • 10. ...".
//!
//! A list written on one line has no sentence punctuation between its items,
//! so the item markers themselves are the boundaries: when a sentence opens
//! with a marker (or a bullet), the next marker in the same style and
//! sequence (or the same bullet) starts a new sentence, and the full stop
//! inside the marker ("1.") never ends one.

use super::lexicon::{self, STARTERS};
use super::token::Tok;

/// Bullets that open list items however they are followed.
const STRONG_BULLETS: &[char] = &['•', '·', '▪', '◦', '‣', '●', '■'];

/// Bullets that open list items only before a numbered marker ("- 9.");
/// elsewhere they are dashes inside the sentence.
const WEAK_BULLETS: &[char] = &['*', '-', '–'];

/// How a list item is numbered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Number {
    Digits(u32),
    Letter(u8),
}

/// How a marker is punctuated: "1.", "1.)", "1)", "(1)".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Dot,
    DotParen,
    Paren,
    Parens,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    number: Number,
    style: Style,
}

impl Marker {
    fn parse(tok: &str) -> Option<Marker> {
        let (open, body) = match tok.strip_prefix('(') {
            Some(rest) => (true, rest),
            None => (false, tok),
        };
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let (number, rest) = match digits {
            0 => {
                let c = *body.as_bytes().first()?;
                (c.is_ascii_alphabetic().then_some(Number::Letter(c))?, 1)
            }
            1..=3 => (Number::Digits(body.get(..digits)?.parse().ok()?), digits),
            _ => return None,
        };
        let style = match (open, body.get(rest..)?) {
            (false, ".") => Style::Dot,
            (false, ".)") => Style::DotParen,
            (false, ")") => Style::Paren,
            (true, ")") => Style::Parens,
            _ => return None,
        };
        Some(Marker { number, style })
    }

    /// Whether `other` is the marker right after this one.
    fn followed_by(self, other: Marker) -> bool {
        let next = match self.number {
            Number::Digits(n) => Number::Digits(n + 1),
            Number::Letter(c) => Number::Letter(c.wrapping_add(1)),
        };
        self.style == other.style && other.number == next
    }
}

/// Whether a capital-letter "marker" is rather an initial: "J. K. Rowling",
/// "A. Smith", where a name follows and no typical sentence opener.
fn is_initial(m: Marker, next: &str) -> bool {
    let upper = matches!(m.number, Number::Letter(c) if c.is_ascii_uppercase());
    upper
        && m.style == Style::Dot
        && next.starts_with(char::is_uppercase)
        && !lexicon::lookup(
            &STARTERS,
            next.trim_end_matches(|c: char| !c.is_alphabetic()),
        )
}

/// How the current sentence opens: with a bullet, a marker, both or neither.
pub struct Lead {
    bullet: Option<char>,
    marker: Option<(Marker, usize)>,
}

fn bullet_of(tok: &str) -> Option<char> {
    let mut chars = tok.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if STRONG_BULLETS.contains(&c) || WEAK_BULLETS.contains(&c) => Some(c),
        _ => None,
    }
}

fn text<'a>(s: &'a str, toks: &[Tok], i: usize) -> Option<&'a str> {
    toks.get(i).and_then(|t| s.get(t.start..t.end))
}

impl Lead {
    /// The lead of the sentence that starts at token `first`.
    pub fn of(s: &str, toks: &[Tok], first: usize) -> Lead {
        // Most sentences open with a word that is neither a bullet nor a
        // marker, and every marker ends in "." or ")": a first token that
        // is no bullet and ends otherwise opens no list item.
        let opening = text(s, toks, first).unwrap_or("");
        let bullet = bullet_of(opening);
        if bullet.is_none() && !opening.ends_with(['.', ')']) {
            return Lead {
                bullet,
                marker: None,
            };
        }
        let at = first + usize::from(bullet.is_some());
        let marker = text(s, toks, at)
            .and_then(Marker::parse)
            .filter(|m| !is_initial(*m, text(s, toks, at + 1).unwrap_or("")))
            .map(|m| (m, at));
        Lead { bullet, marker }
    }

    /// Whether token `k` opens the next item of the list this sentence
    /// opens: never for a sentence that opens none. Out of line: the caller
    /// asks [`Lead::is_list_item`] once a sentence and this only then.
    #[inline(never)]
    pub fn continues_at(&self, s: &str, toks: &[Tok], k: usize) -> bool {
        let Some(tok) = text(s, toks, k) else {
            return false;
        };
        if let Some(b) = self.bullet {
            let next_is_marker = text(s, toks, k + 1).and_then(Marker::parse).is_some();
            return bullet_of(tok) == Some(b) && (STRONG_BULLETS.contains(&b) || next_is_marker);
        }
        // The next marker, possibly behind a bullet the layout left in.
        let tok = match bullet_of(tok) {
            Some(_) => text(s, toks, k + 1).unwrap_or(""),
            None => tok,
        };
        // An item holds at least one word after its marker.
        match (self.marker, Marker::parse(tok)) {
            (Some((m, at)), Some(other)) => k >= at + 2 && m.followed_by(other),
            _ => false,
        }
    }

    /// Whether the sentence opens with a bullet or a list marker.
    #[inline]
    pub fn is_list_item(&self) -> bool {
        self.bullet.is_some() || self.marker.is_some()
    }

    /// Whether token `j` is this sentence's own marker (its "." ends nothing).
    pub fn is_marker_at(&self, j: usize) -> bool {
        self.marker.is_some_and(|(_, at)| at == j)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_markers() {
        let m = |s| Marker::parse(s);
        assert_eq!(m("1.").map(|m| m.style), Some(Style::Dot));
        assert_eq!(m("12.)").map(|m| m.style), Some(Style::DotParen));
        assert_eq!(m("b)").map(|m| m.number), Some(Number::Letter(b'b')));
        assert_eq!(m("(3)").map(|m| m.style), Some(Style::Parens));
        assert_eq!(m("1994."), None);
        assert_eq!(m("ab."), None);
        assert_eq!(m("3.5"), None);
        assert_eq!(m(""), None);
    }

    /// `Lead::of` before it turned away first tokens by their last byte.
    fn old_lead(s: &str, toks: &[Tok], first: usize) -> Lead {
        let bullet = text(s, toks, first).and_then(bullet_of);
        let at = first + usize::from(bullet.is_some());
        let marker = text(s, toks, at)
            .and_then(Marker::parse)
            .filter(|m| !is_initial(*m, text(s, toks, at + 1).unwrap_or("")))
            .map(|m| (m, at));
        Lead { bullet, marker }
    }

    #[test]
    fn leads_are_as_before_on_generated_text() {
        let pieces = [
            "1", "a", "B", ".", ")", "(", " ", "•", "-", "*", "–", "é", "The", "12",
        ];
        for s in crate::testing::strings_of(&pieces, 5) {
            let mut toks = Vec::new();
            crate::segment::token::tokenize(&s, &mut toks);
            for first in 0..=toks.len() {
                let (ours, theirs) = (Lead::of(&s, &toks, first), old_lead(&s, &toks, first));
                assert_eq!(ours.bullet, theirs.bullet, "{s:?} at {first}");
                assert_eq!(ours.marker, theirs.marker, "{s:?} at {first}");
            }
        }
    }

    #[test]
    fn a_marker_is_followed_by_the_next_in_the_same_style() {
        let one = Marker::parse("1.").unwrap();
        assert!(one.followed_by(Marker::parse("2.").unwrap()));
        assert!(!one.followed_by(Marker::parse("3.").unwrap()));
        assert!(!one.followed_by(Marker::parse("2)").unwrap()));
    }
}
