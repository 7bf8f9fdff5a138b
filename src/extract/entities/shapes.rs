//! The shapes of text around a name that help type it: an acronym defined
//! in brackets after it, a score after it, a line of match results, the
//! lower-case word before it.
//!
//! Each was first a regex, given in its function's doc; they are written out
//! because building the regexes (their Unicode classes above all) cost more
//! than every search they made. The tests hold each to its pattern.

use crate::unicode::{DIGIT, LOWER, SPACE, UPPER};

/// The acronym that `after`, the text right after a name, defines in
/// brackets ("(SEZ)"), if any: `^\s*\(\s*(\p{Lu}[\p{Lu}.]{1,8})\s*\)`.
pub fn definition(after: &str) -> Option<&str> {
    // Nearly every word is followed by no bracket, told apart by the byte
    // after the spaces: an ASCII character other than a bracket or a space
    // (a letter, a comma, a full stop) opens no definition.
    let spaces = after.bytes().take_while(|&b| b == b' ').count();
    if after
        .as_bytes()
        .get(spaces)
        .is_some_and(|&b| b.is_ascii() && b != b'(' && !SPACE.contains(char::from(b)))
    {
        return None;
    }
    let inside = trim_spaces(trim_spaces(after).strip_prefix('(')?);
    let first = inside.chars().next().filter(|&c| UPPER.contains(c))?;
    let rest = &inside[first.len_utf8()..];
    let tail = rest.trim_start_matches(|c| c == '.' || UPPER.contains(c));
    // The letters and dots are followed by neither a space nor a bracket,
    // so `{1,8}` can only stop at their end.
    let letters = rest[..rest.len() - tail.len()].chars().count();
    ((1..=8).contains(&letters) && trim_spaces(tail).starts_with(')'))
        .then(|| &inside[..inside.len() - tail.len()])
}

/// Whether a score follows a name: `^[ \t]+\d` (" 5", " 2-1").
pub fn score_after(after: &str) -> bool {
    let digits = after.trim_start_matches([' ', '\t']);
    digits.len() < after.len() && digits.chars().next().is_some_and(|c| DIGIT.contains(c))
}

/// Whether `line` is a match result ("Leyton Orient 2 Crystal Palace 1"):
/// `^\p{Lu}[^\d\n]*? \d{1,3} \p{Lu}[^\d\n]*? \d{1,3}\s*$`.
pub fn result_line(line: &str) -> bool {
    // No digit comes before either score, so each score is a whole run of
    // digits: the first two runs in the line, the second ending it.
    let Some(rest) = team_and_score(line) else {
        return false;
    };
    let Some(rest) = rest.strip_prefix(' ').and_then(team_and_score) else {
        return false;
    };
    rest.chars().all(|c| SPACE.contains(c))
}

/// `\p{Lu}[^\d\n]*? \d{1,3}` at the start of `s`: what follows it.
fn team_and_score(s: &str) -> Option<&str> {
    let first = s.chars().next().filter(|&c| UPPER.contains(c))?;
    let name = &s[first.len_utf8()..];
    let at = name.find(|c| DIGIT.contains(c))?;
    if name[..at].contains('\n') || !name[..at].ends_with(' ') {
        return None;
    }
    let score = &name[at..];
    let after = score.trim_start_matches(|c| DIGIT.contains(c));
    (score[..score.len() - after.len()].chars().count() <= 3).then_some(after)
}

/// The lower-case word that `before` ends with, before spaces or tabs:
/// `(\p{Ll}+)[ \t]+$`.
pub fn word_before(before: &str) -> Option<&str> {
    let word_end = before.trim_end_matches([' ', '\t']);
    if word_end.len() == before.len() {
        return None;
    }
    let start = word_end
        .char_indices()
        .rev()
        .take_while(|&(_, c)| LOWER.contains(c))
        .last()?
        .0;
    Some(&word_end[start..])
}

/// `s` after its leading white space (`\s*`).
fn trim_spaces(s: &str) -> &str {
    s.trim_start_matches(|c| SPACE.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::strings_of as strings;
    use regex::Regex;

    fn group<'a>(re: &Regex, t: &'a str) -> Option<&'a str> {
        re.captures(t).and_then(|c| c.get(1)).map(|m| m.as_str())
    }

    #[test]
    fn definition_matches_the_pattern() {
        let re = Regex::new(r"^\s*\(\s*(\p{Lu}[\p{Lu}.]{1,8})\s*\)").expect("pattern");
        let pieces = [" ", "\t", "\u{b}", "(", ")", "A", "É", ".", "a", "1", ","];
        let mut texts = strings(&pieces, 5);
        for n in 0..11 {
            texts.push(format!(" (S{} )", "E".repeat(n)));
            texts.push(format!("(S{}) x", ".".repeat(n)));
        }
        for t in &texts {
            assert_eq!(definition(t), group(&re, t), "{t:?}");
        }
        assert_eq!(definition(" (SEZ) is"), Some("SEZ"));
    }

    #[test]
    fn score_after_matches_the_pattern() {
        let re = Regex::new(r"^[ \t]+\d").expect("pattern");
        for t in &strings(&[" ", "\t", "1", "٣", "a", "\n"], 4) {
            assert_eq!(score_after(t), re.is_match(t), "{t:?}");
        }
    }

    #[test]
    fn result_line_matches_the_pattern() {
        let re =
            Regex::new(r"^\p{Lu}[^\d\n]*? \d{1,3} \p{Lu}[^\d\n]*? \d{1,3}\s*$").expect("pattern");
        let mut texts = strings(&["A", "b", " ", "1", "٣", "\n", "É"], 6);
        for a in ["A", "A b", "Ab C", "A\nb", "a"] {
            for s in ["1", "12", "123", "1234", "1٣"] {
                for b in ["B", "B c", "b", "B\n"] {
                    for end in ["", " ", " \n", " x", "1"] {
                        texts.push(format!("{a} {s} {b} {s}{end}"));
                    }
                }
            }
        }
        let mut hits = 0;
        for t in &texts {
            let want = re.is_match(t);
            hits += usize::from(want);
            assert_eq!(result_line(t), want, "{t:?}");
        }
        assert!(hits > 50, "{hits}");
        assert!(result_line("Leyton Orient 2 Crystal Palace 1"));
    }

    #[test]
    fn word_before_matches_the_pattern() {
        let re = Regex::new(r"(\p{Ll}+)[ \t]+$").expect("pattern");
        for t in &strings(&["a", "é", "B", " ", "\t", "\n", "."], 5) {
            assert_eq!(word_before(t), group(&re, t), "{t:?}");
        }
        assert_eq!(word_before("they played at "), Some("at"));
    }
}
