//! Datelines: "LONDON 1996-08-30", "WIGAN , England 1996-08-31",
//! "PYONGYANG, North Korea —": a place in capitals that opens a news item,
//! before a date or a dash.
//!
//! What a dateline is was first written as the pattern
//!
//! ```text
//! ^(\p{Lu}[\p{Lu}\p{M}'.-]*(?: \p{Lu}[\p{Lu}\p{M}'.-]*){0,2})\s*
//! (?:,\s*[\p{L} .]{2,40}?)?\s*
//! (?:\(\w+\)\s*)?
//! (?:\d{4}-\d{2}-\d{2}\s*$|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? \d{1,2}\b|--|—|–)
//! ```
//!
//! whose first group is the place. It is written out here because building
//! the regex (its forty copies of `\p{L}` above all) cost more than every
//! search it ever made; the tests hold the two to each other.

use crate::model::Span;
use crate::unicode::{DIGIT, LETTER, MARK, SPACE, UPPER, WORD};

/// The place that opens a dateline sentence, as a span of `text`.
pub fn place(text: &str, span: Span) -> Option<Span> {
    // The pattern opens with a capital, and no lower-case letter can follow
    // it: nearly every sentence is told apart here.
    let body = span.of(text);
    let mut chars = body.chars();
    match (chars.next(), chars.next()) {
        (Some(a), _) if !UPPER.contains(a) => return None,
        (_, Some(b)) if b.is_ascii_lowercase() => return None,
        _ => {}
    }
    // Both a date and a dash need a digit or a dash: most sentences that
    // open with a capital have neither.
    let dated = |c: char| matches!(c, '-' | '—' | '–') || DIGIT.contains(c);
    if !body.contains(dated) {
        return None;
    }
    let end = place_end(body)?;
    // A one-letter "place" is a stray capital, not a dateline.
    (body[..end].chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .then(|| Span::new(span.start, span.start + end))
}

/// Where the pattern's place (its first group, which starts at 0) ends in
/// `body`, if the pattern matches.
fn place_end(body: &str) -> Option<usize> {
    let first = body.chars().next().filter(|&c| UPPER.contains(c))?;
    part_end(body, first.len_utf8(), 2)
}

/// `[\p{Lu}\p{M}'.-]`: a character of a word of the place after its first.
fn is_place_char(c: char) -> bool {
    matches!(c, '\'' | '.' | '-') || UPPER.contains(c) || MARK.contains(c)
}

/// The end of the place, given that one of its words goes on at byte `at`
/// and `more` words may follow, tried in the order the regex tries them:
/// each word as long as it goes first, and more words before fewer.
fn part_end(body: &str, at: usize, more: usize) -> Option<usize> {
    let run = body[at..]
        .char_indices()
        .find(|&(_, c)| !is_place_char(c))
        .map_or(body.len(), |(i, _)| at + i);
    // A word cut short is followed by a character of the word, not by the
    // space another word needs: only the whole word may have one after it.
    if more > 0
        && let Some(next) = body[run..].strip_prefix(' ')
        && let Some(c) = next.chars().next().filter(|&c| UPPER.contains(c))
        && let Some(end) = part_end(body, run + 1 + c.len_utf8(), more - 1)
    {
        return Some(end);
    }
    let shorter = body[at..run].char_indices().rev().map(|(i, _)| at + i);
    [run]
        .into_iter()
        .chain(shorter)
        .find(|&end| rest_matches(body, end))
}

/// Whether the rest of the pattern matches at byte `at`: an optional place
/// after a comma, an optional word in brackets, then a date or a dash.
///
/// Every `\s*` of it is followed by something that is not white space, so
/// each may as well take the whole run of it; all but the one inside the
/// place after the comma, whose characters include the space.
fn rest_matches(body: &str, at: usize) -> bool {
    let at = skip_spaces(body, at);
    if dated_after_bracket(body, at) {
        return true;
    }
    if !body[at..].starts_with(',') {
        return false;
    }
    // `,\s*[\p{L} .]{2,40}?`: the place after the comma may start anywhere
    // in the white space after it.
    let after = at + 1;
    let starts = body[after..skip_spaces(body, after)]
        .char_indices()
        .map(|(i, _)| after + i)
        .chain([skip_spaces(body, after)]);
    for start in starts {
        let place = body[start..]
            .char_indices()
            .take(40)
            .take_while(|&(_, c)| c == ' ' || c == '.' || LETTER.contains(c));
        for (n, (i, c)) in place.enumerate() {
            let end = start + i + c.len_utf8();
            if n >= 1 && dated_after_bracket(body, skip_spaces(body, end)) {
                return true;
            }
        }
    }
    false
}

/// `(?:\(\w+\)\s*)?` and then a date or a dash, at byte `at`.
fn dated_after_bracket(body: &str, at: usize) -> bool {
    if dated(&body[at..]) {
        return true;
    }
    let Some(inner) = body[at..].strip_prefix('(') else {
        return false;
    };
    let word = inner
        .char_indices()
        .find(|&(_, c)| !WORD.contains(c))
        .map_or(inner.len(), |(i, _)| i);
    word > 0 && inner[word..].starts_with(')') && {
        let after = at + 1 + word + 1;
        dated(&body[skip_spaces(body, after)..])
    }
}

/// Months as datelines abbreviate them, and the start of their full names.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Whether `s` opens with a date or a dash: `\d{4}-\d{2}-\d{2}\s*$`,
/// `(?:Jan|...|Dec)\w*\.? \d{1,2}\b`, `--`, `—` or `–`.
fn dated(s: &str) -> bool {
    if s.starts_with("--") || s.starts_with('—') || s.starts_with('–') {
        return true;
    }
    let mut chars = s.chars();
    if digits(&mut chars, 4)
        && chars.next() == Some('-')
        && digits(&mut chars, 2)
        && chars.next() == Some('-')
        && digits(&mut chars, 2)
        && chars.all(|c| SPACE.contains(c))
    {
        return true;
    }
    let Some(rest) = MONTHS.iter().find_map(|m| s.strip_prefix(m)) else {
        return false;
    };
    // `\w*` can only stop where a dot or a space follows: at the word's end.
    let rest = rest.trim_start_matches(|c| WORD.contains(c));
    let Some(day) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(' ')) else {
        return false;
    };
    // One or two digits, then a word boundary: no word character after.
    let mut chars = day.chars();
    let not_word = |c: Option<char>| c.is_none_or(|c| !WORD.contains(c));
    if !digits(&mut chars, 1) {
        return false;
    }
    let second = chars.next();
    not_word(second) || second.is_some_and(|c| DIGIT.contains(c)) && not_word(chars.next())
}

/// Whether the next `n` characters are decimal digits (`\d`).
fn digits(chars: &mut std::str::Chars, n: usize) -> bool {
    (0..n).all(|_| chars.next().is_some_and(|c| DIGIT.contains(c)))
}

/// The byte after the run of white space at byte `at`.
fn skip_spaces(body: &str, at: usize) -> usize {
    body[at..]
        .char_indices()
        .find(|&(_, c)| !SPACE.contains(c))
        .map_or(body.len(), |(i, _)| at + i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn datelines_yield_their_place() {
        let d = |s: &str| place(s, Span::new(0, s.len())).map(|p| p.of(s).to_string());
        assert_eq!(d("LONDON 1996-08-30").as_deref(), Some("LONDON"));
        assert_eq!(d("WIGAN , England 1996-08-31").as_deref(), Some("WIGAN"));
        assert_eq!(d("SOCCER - JAPAN WIN"), None);
    }

    /// The scanner finds the place the pattern finds.
    #[test]
    fn place_matches_the_pattern() {
        let re = Regex::new(concat!(
            r"^(\p{Lu}[\p{Lu}\p{M}'.-]*(?: \p{Lu}[\p{Lu}\p{M}'.-]*){0,2})\s*",
            r"(?:,\s*[\p{L} .]{2,40}?)?\s*",
            r"(?:\(\w+\)\s*)?",
            r"(?:\d{4}-\d{2}-\d{2}\s*$|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? \d{1,2}\b|--|—|–)"
        ))
        .expect("dateline pattern");
        let want = |t: &str| re.captures(t).and_then(|c| c.get(1)).map(|m| m.end());
        // Short strings of every shape...
        let pieces = [
            "A", "É", "\u{301}", "'", ".", "-", " ", ",", "\t", "a", "1", "٣", "(", ")", "Jan",
            "—", "–", "_",
        ];
        let mut texts = crate::testing::strings_of(&pieces, 4);
        // ...and datelines, near misses among them, built from their parts.
        let heads = [
            "AB",
            "ÉCU",
            "A-",
            "AB--",
            "A.B.",
            "ABJ",
            "O'HARA",
            "AB CD",
            "AB CD EF",
            "AB CD EF GH",
            "AB C-",
            "AB c",
            "a",
            "AB  CD",
            "AB\u{301}",
        ];
        let long = format!(", {}", "b".repeat(38));
        let longer = format!(", {}", "b".repeat(39));
        let middles = [
            "",
            " ",
            "  ",
            ",",
            ", ",
            ",x",
            ", North Korea ",
            " , England ",
            ",\tAb ",
            ", \tAb ",
            long.as_str(),
            longer.as_str(),
            ", a.b c",
            ",  ab",
            "(AFP) ",
            " (Reuters)",
            "()",
            "(a b)",
            ", Ab (X) ",
            ", é\u{301} ",
        ];
        let tails = [
            "1996-08-30",
            "1996-08-30 \n",
            "1996-08-30 x",
            "1996-8-30",
            "٣٣٣٣-٣٣-٣٣",
            "Jan 5",
            "January 15, 1996",
            "Jan. 5",
            "Jan.5",
            "Jan 123",
            "Jan 12.",
            "Jan 1a",
            "Jan 1.",
            "Jan 1٣",
            "Sept. 30 -",
            "Dec_ 1",
            "--",
            "-",
            "—",
            "–",
            "x",
            "jan 5",
            "Janvier 1",
        ];
        for h in heads {
            for m in middles {
                for t in tails {
                    texts.push(format!("{h}{m}{t}"));
                }
            }
        }
        let mut found = std::collections::BTreeSet::new();
        for t in &texts {
            let end = want(t);
            assert_eq!(place_end(t), end, "{t:?}");
            found.extend(end.map(|e| t[..e].to_string()));
        }
        // The strings reach places of many shapes, not only misses.
        assert!(
            found.len() >= 100 && found.contains("AB CD EF"),
            "{found:?}"
        );
    }
}
