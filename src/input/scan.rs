//! Hand-written matchers for the layout stage's patterns: a photo credit
//! ending a caption (on its own or glued to it) and the "X reports" chain
//! that names an outlet.
//!
//! Each replaces a regex (kept in the tests, which hold the matcher equal to
//! it on every short string of awkward pieces): the regexes cost more to
//! build and to run over a line than these scans, which look only where a
//! match can be.

use super::furniture::CREDIT_WORDS;
use crate::unicode::{LETTER, SPACE, UPPER, WORD};

/// Where a photo credit ending a caption line starts: "Photo: Sputnik via
/// AP", "(AP Photo/Evan Vucci)", "(Photo by Jane Doe/Getty Images)". As the
/// start of the leftmost match of the regex
/// `(?:^|\s)(?:(?:WORDS)s?(?: by| credit)?\s*:\s*\S[^:]{0,150}|\((?:[A-Z]+ )?(?:Photo|Photograph|Image)(?: by)?[ /][^()]{1,120}\))\s*$`,
/// WORDS being [`CREDIT_WORDS`].
///
/// The pattern is anchored at the end, so a start matches when any way
/// through it reaches the end: the first start where one does is the
/// leftmost match.
pub fn credit(s: &str) -> Option<usize> {
    // The first form needs a colon, the second a closing parenthesis at the
    // end: most lines have neither. A first-form match opens before its
    // colon, so before the last one: no later byte need be looked at.
    let limit = if trim_end_space(s).ends_with(')') {
        s.len()
    } else {
        memchr::memrchr(b':', s.as_bytes())?
    };
    if credit_at(s, 0) {
        return Some(0);
    }
    // A match after `\s` opens with a credit word's capital or with `(`:
    // look only before those bytes (ASCII, so at character boundaries). A
    // later such byte has a later space before it, as the byte is no space.
    s.as_bytes()[..limit]
        .iter()
        .copied()
        .enumerate()
        .filter(|&(j, b)| j > 0 && matches!(b, b'C' | b'G' | b'I' | b'P' | b'('))
        .find_map(|(j, _)| {
            let space = s[..j].chars().next_back().filter(|&c| SPACE.contains(c))?;
            credit_at(s, j).then(|| j - space.len_utf8())
        })
}

/// Whether the credit pattern after `(?:^|\s)` matches from `at` to the end.
fn credit_at(s: &str, at: usize) -> bool {
    let rest = &s[at..];
    if let Some(inner) = rest.strip_prefix('(') {
        return credit_in_parentheses(inner);
    }
    // WORDS s? (?: by| credit)? \s* : — then the tail after the colon.
    CREDIT_WORDS
        .iter()
        .filter_map(|w| rest.strip_prefix(w))
        .flat_map(|r| [Some(r), r.strip_prefix('s')])
        .flatten()
        .flat_map(|r| ["", " by", " credit"].map(|g| r.strip_prefix(g)))
        .flatten()
        .filter_map(|r| r[spaces(r, 0)..].strip_prefix(':'))
        .any(|tail| {
            // \s*\S[^:]{0,150}\s*$: the first character after the space
            // may be anything else, then no colon and at most 150 characters
            // before the final space.
            let tail = &tail[spaces(tail, 0)..];
            let mut chars = tail.chars();
            chars.next().is_some() && {
                let body = chars.as_str();
                !body.contains(':') && trim_end_space(body).chars().count() <= 150
            }
        })
}

/// Whether `(?:[A-Z]+ )?(?:Photo|Photograph|Image)(?: by)?[ /][^()]{1,120}\)\s*$`
/// matches all of `rest` (what follows the opening parenthesis).
fn credit_in_parentheses(rest: &str) -> bool {
    let caps = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let agency = (caps > 0).then(|| rest[caps..].strip_prefix(' ')).flatten();
    [Some(rest), agency]
        .into_iter()
        .flatten()
        .flat_map(|r| ["Photo", "Photograph", "Image"].map(|w| r.strip_prefix(w)))
        .flatten()
        .flat_map(|r| [Some(r), r.strip_prefix(" by")])
        .flatten()
        .filter_map(|r| r.strip_prefix([' ', '/']))
        .any(|tail| {
            // The closing parenthesis is the first one: after it, only space.
            trim_end_space(tail).strip_suffix(')').is_some_and(|inner| {
                !inner.contains(['(', ')']) && (1..=120).contains(&inner.chars().count())
            })
        })
}

fn trim_end_space(s: &str) -> &str {
    s.trim_end_matches(|c| SPACE.contains(c))
}

/// Where a credit glued to its caption starts, if the line ends with one:
/// "... at the Capitol.CreditJoshua Roberts/Reuters". As the regex
/// `[.!?”"](?P<credit>(?:Credit|Photo|Image)\p{Lu}[^.!?]{1,100})$`, the
/// start of `credit` in its leftmost match.
pub fn glued_credit(s: &str) -> Option<usize> {
    // The credit holds no `.`, `!` or `?`: the mark before it is the last
    // of those or a quotation mark after it.
    let from = s.rfind(['.', '!', '?']).unwrap_or(0);
    s[from..]
        .char_indices()
        .filter(|&(_, c)| matches!(c, '.' | '!' | '?' | '”' | '"'))
        .map(|(i, c)| from + i + c.len_utf8())
        .find(|&at| {
            let rest = &s[at..];
            let Some(name) = ["Credit", "Photo", "Image"]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
            else {
                return false;
            };
            let mut chars = name.chars();
            if !chars.next().is_some_and(|c| UPPER.contains(c)) {
                return false;
            }
            let tail = chars.as_str();
            (1..=100).contains(&tail.chars().count()) && !tail.contains(['.', '!', '?'])
        })
}

/// The names of "X reports", "X reported", "X writes", "X wrote" in
/// `text`, in order. As the captures `name` of the regex
/// `(?P<name>\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,4})\s+(?:reports|reported|writes|wrote)(?:and|or)?\b`
/// iterated over `text` (a glued conjunction, "reportsand", is tolerated).
pub fn reports(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut at = 0;
    'search: while at < text.len() {
        for (i, c) in text[at..].char_indices() {
            if !UPPER.contains(c) {
                continue;
            }
            if let Some((name_end, end)) = report_at(text, at + i) {
                names.push(&text[at + i..name_end]);
                at = end;
                continue 'search;
            }
        }
        break;
    }
    names
}

/// The end of the name and of the match of `reports`' pattern at `start`.
///
/// Each part of the pattern has one way to match here: a word's letters
/// cannot be space, so a word and the space after it are each the longest
/// run; and a verb cannot open with a capital, so only the most words (up
/// to five) can be followed by one.
fn report_at(text: &str, start: usize) -> Option<(usize, usize)> {
    let mut name_end = word(text, start)?;
    for _ in 0..4 {
        let next = spaces(text, name_end);
        match word(text, next).filter(|_| next > name_end) {
            Some(end) => name_end = end,
            None => break,
        }
    }
    let verb_at = spaces(text, name_end);
    if verb_at == name_end {
        return None;
    }
    let rest = &text[verb_at..];
    let verb = ["reports", "reported", "writes", "wrote"]
        .into_iter()
        .find(|v| rest.starts_with(v))?;
    let after = verb_at + verb.len();
    // The verb ends in a word character: a boundary follows when the next
    // character is none (or there is none).
    let boundary = |at: usize| !text[at..].chars().next().is_some_and(|c| WORD.contains(c));
    ["and", "or", ""]
        .into_iter()
        .filter(|glued| text[after..].starts_with(glued))
        .map(|glued| after + glued.len())
        .find(|&end| boundary(end))
        .map(|end| (name_end, end))
}

/// The end of the word `\p{Lu}[\p{L}&.'-]*` at `at`, if one starts there.
fn word(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let first = rest.chars().next().filter(|&c| UPPER.contains(c))?;
    let tail = &rest[first.len_utf8()..];
    let letters = tail
        .char_indices()
        .find(|&(_, c)| !(LETTER.contains(c) || matches!(c, '&' | '.' | '\'' | '-')))
        .map_or(tail.len(), |(i, _)| i);
    Some(at + first.len_utf8() + letters)
}

/// The end of the run of white space (`\s`) at `at`.
fn spaces(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    at + rest
        .char_indices()
        .find(|&(_, c)| !SPACE.contains(c))
        .map_or(rest.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::strings_of;
    use regex::Regex;

    #[test]
    fn credit_agrees_with_the_regex() {
        let words = CREDIT_WORDS.join("|");
        let re = Regex::new(&format!(
            r"(?:^|\s)(?:(?:{words})s?(?: by| credit)?\s*:\s*\S[^:]{{0,150}}|\((?:[A-Z]+ )?(?:Photo|Photograph|Image)(?: by)?[ /][^()]{{1,120}}\))\s*$"
        ))
        .unwrap();
        let check = |s: &str| {
            assert_eq!(credit(s), re.find(s).map(|m| m.start()), "{s:?}");
        };
        let long = "a b".repeat(20);
        let pieces = [
            "Photo",
            "PHOTOGRAPH",
            "Credit",
            "s",
            " by",
            " credit",
            ":",
            " ",
            "\u{a0}",
            "(",
            ")",
            "(AP ",
            "/",
            "x",
            "É",
            &long,
        ];
        for s in strings_of(&pieces, 4) {
            check(&s);
        }
        let pieces = [
            "Photo",
            "(AP Photo",
            "(Photo by",
            "(A ",
            "Image",
            "Photos credit",
            " by",
            ":",
            " ",
            "\n",
            "(",
            ")",
            "/",
            "x",
            &long,
        ];
        for s in strings_of(&pieces, 4) {
            check(&s);
        }
        // Lengths about the limits of 120 and 150 characters.
        let runs = [60, 61, 75, 76].map(|n| format!("a{}b", " ".repeat(n - 2)));
        let pieces = [
            "(Photo/", "Photo:", &runs[0], &runs[1], &runs[2], &runs[3], ")", " ", "x",
        ];
        for s in strings_of(&pieces, 4) {
            check(&s);
        }
        for s in [
            "Cranes at the port. Photo: Jane Doe via AP",
            "Biden speaks (AP Photo/Evan Vucci) ",
            "Biden speaks (Photo by Jane Doe/Getty Images)",
            "PHOTOS BY: : x",
            " Photo: x",
        ] {
            check(s);
        }
    }

    #[test]
    fn glued_credit_agrees_with_the_regex() {
        let re =
            Regex::new(r#"[.!?”"](?P<credit>(?:Credit|Photo|Image)\p{Lu}[^.!?]{1,100})$"#).unwrap();
        let (long, longer) = ("a".repeat(50), "a".repeat(51));
        let pieces = [
            ".", "!", "?", "”", "\"", "Credit", "Photo", "Image", "J", "É", "x", " ", "ǅ",
            ".CreditJ", &long, &longer,
        ];
        for s in strings_of(&pieces, 4) {
            let want = re
                .captures(&s)
                .and_then(|c| c.name("credit"))
                .map(|m| m.start());
            assert_eq!(glued_credit(&s), want, "{s:?}");
        }
        assert_eq!(
            glued_credit("At the Capitol.CreditJane Doe/Reuters"),
            Some(15)
        );
    }

    #[test]
    fn reports_agrees_with_the_regex() {
        let re = Regex::new(r"(?P<name>\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,4})\s+(?:reports|reported|writes|wrote)(?:and|or)?\b").unwrap();
        let check = |s: &str| {
            let want: Vec<&str> = re
                .captures_iter(s)
                .filter_map(|c| c.name("name"))
                .map(|m| m.as_str())
                .collect();
            assert_eq!(reports(s), want, "{s:?}");
        };
        let pieces = [
            "Reuters", "A B C D", "É", "ǅ", "x", " ", "\u{a0}", "\n", "reports", "reported",
            "writes", "wrote", "and", "or", "&", ".'-", ",", "_", "1",
        ];
        for s in strings_of(&pieces, 4) {
            check(&s);
        }
        for s in [
            "Aaa Bbb Ccc Ddd Eee Fff reports",
            "The zone grows, Reuters reportsand UNN reports.",
            "xYZ wrote or AP writesor",
            "AP reportsandy, BBC reportedor_",
        ] {
            check(s);
        }
    }
}
