//! The shapes of digit numerals that [`super::tokens`] reads, one matcher
//! for each separator style: "1.234,5" (European), "12,34,567" (Indian),
//! "1,234.5", "40 000", "5,00", "192.168.1.2", "3.5", and slashed dates.
//!
//! Each matcher reads from the start of its text and returns the length in
//! bytes of what the regular expression in its doc comment matches there
//! (greedy, as the regex crate finds it), or `None`. They were regexes, and
//! building those cost more at start-up than all the numerals of a large
//! corpus; a test keeps every matcher equal to its regex on generated text.
//! As in those regexes, a digit is any Unicode decimal digit ([`is_digit`]).

/// A matcher: the length of the numeral at the start of a text, if any.
pub type Matcher = fn(&str) -> Option<usize>;

/// Whether `c` is a decimal digit, in any script.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    crate::unicode::DIGIT.contains(c)
}

/// The bytes taken by `min` to `max` digits at the start of `s`, as many
/// as there are.
fn digits(s: &str, min: usize, max: usize) -> Option<usize> {
    let (mut n, mut len) = (0, 0);
    for c in s.chars() {
        if n == max || !is_digit(c) {
            break;
        }
        n += 1;
        len += c.len_utf8();
    }
    (n >= min).then_some(len)
}

/// The end of `s[at..]` past one of `seps` and then `min` to `max` digits.
fn group(s: &str, at: usize, seps: &[char], min: usize, max: usize) -> Option<usize> {
    let rest = s.get(at..)?;
    let sep = rest.chars().next().filter(|c| seps.contains(c))?;
    let from = at + sep.len_utf8();
    Some(from + digits(s.get(from..)?, min, max)?)
}

/// `^\d{1,3}(?:\.\d{3})+,\d+`: "1.234.567,89".
pub fn european(s: &str) -> Option<usize> {
    let mut end = digits(s, 1, 3)?;
    let mut groups = 0;
    while let Some(next) = group(s, end, &['.'], 3, 3) {
        end = next;
        groups += 1;
    }
    // With fewer groups a point, not a comma, would follow.
    if groups == 0 {
        return None;
    }
    group(s, end, &[','], 1, usize::MAX)
}

/// `^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?`: "12,34,567.5".
pub fn indian(s: &str) -> Option<usize> {
    // The ends after one, two, ... groups of two digits; the last group of
    // three follows the most of them it can.
    let mut ends = Vec::new();
    let mut end = digits(s, 1, 2)?;
    while let Some(next) = group(s, end, &[','], 2, 2) {
        end = next;
        ends.push(end);
    }
    let end = ends.iter().rev().find_map(|&e| group(s, e, &[','], 3, 3))?;
    Some(decimals(s, end))
}

/// `^\d{1,3}(?:,\d{3})+(?:\.\d+)?`: "1,234,567.5".
pub fn comma(s: &str) -> Option<usize> {
    thousands(s, &[','])
}

/// `^\d{1,3}(?:[ \u{a0}\u{202f}]\d{3})+(?:\.\d+)?`: "40 000".
pub fn spaced(s: &str) -> Option<usize> {
    thousands(s, &[' ', '\u{a0}', '\u{202f}'])
}

/// One to three digits, groups of three after `seps`, then decimals.
fn thousands(s: &str, seps: &[char]) -> Option<usize> {
    let mut end = digits(s, 1, 3)?;
    let mut groups = 0;
    while let Some(next) = group(s, end, seps, 3, 3) {
        end = next;
        groups += 1;
    }
    (groups > 0).then(|| decimals(s, end))
}

/// The end of `(?:\.\d+)?` at `at`.
fn decimals(s: &str, at: usize) -> usize {
    group(s, at, &['.'], 1, usize::MAX).unwrap_or(at)
}

/// `^\d+,\d{1,2}`: "5,00".
pub fn decimal_comma(s: &str) -> Option<usize> {
    let end = digits(s, 1, usize::MAX)?;
    group(s, end, &[','], 1, 2)
}

/// `^\d+(?:\.\d+){2,}`: "192.168.1.2".
pub fn dotted(s: &str) -> Option<usize> {
    let mut end = digits(s, 1, usize::MAX)?;
    let mut groups = 0;
    while let Some(next) = group(s, end, &['.'], 1, usize::MAX) {
        end = next;
        groups += 1;
    }
    (groups >= 2).then_some(end)
}

/// `^\d*\.\d+|^\d+`: "3.5", ".5", "2018".
pub fn plain(s: &str) -> Option<usize> {
    let whole = digits(s, 0, usize::MAX)?;
    group(s, whole, &['.'], 1, usize::MAX).or((whole > 0).then_some(whole))
}

/// `^\d{1,2}/\d{1,2}/\d{4}$`: "12/25/2020", the whole of `s`.
pub fn day_month_year(s: &str) -> bool {
    let Some(end) = digits(s, 1, 2) else {
        return false;
    };
    group(s, end, &['/'], 1, 2)
        .and_then(|end| group(s, end, &['/'], 4, 4))
        .is_some_and(|end| end == s.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::Xorshift;
    use regex::Regex;

    /// A random string over the characters the numerals are made of.
    fn noise(random: &mut Xorshift, len: usize) -> String {
        const PARTS: &[&str] = &[
            "1", "2", "9", "0", "12", "345", "\u{663}", "\u{ff13}", "\u{bd}", ".", ",", " ",
            "\u{a0}", "\u{202f}", "\u{2003}", "/", "-", "e", "x", "a", "\u{e9}", ".234", ",34",
            ",567", ",5", ".5", " 000", "/7", "/2017",
        ];
        (0..len).map(|_| PARTS[random.below(PARTS.len())]).collect()
    }

    #[test]
    fn every_matcher_matches_as_its_regex() {
        let pairs: [(&str, Matcher); 7] = [
            (r"^\d{1,3}(?:\.\d{3})+,\d+", european),
            (r"^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?", indian),
            (r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?", comma),
            ("^\\d{1,3}(?:[ \u{a0}\u{202f}]\\d{3})+(?:\\.\\d+)?", spaced),
            (r"^\d+,\d{1,2}", decimal_comma),
            (r"^\d+(?:\.\d+){2,}", dotted),
            (r"^\d*\.\d+|^\d+", plain),
        ];
        let pairs: Vec<(Regex, Matcher)> = pairs
            .into_iter()
            .map(|(re, m)| (Regex::new(re).unwrap(), m))
            .collect();
        let dates = Regex::new(r"^\d{1,2}/\d{1,2}/\d{4}$").unwrap();
        let mut random = Xorshift::new();
        let mut hits = [0; 8];
        for n in 0..60_000 {
            let s = noise(&mut random, 1 + n % 14);
            for (i, (re, m)) in pairs.iter().enumerate() {
                let want = re.find(&s).map(|m| m.end());
                assert_eq!(m(&s), want, "{:?} on {s:?}", re.as_str());
                hits[i] += usize::from(want.is_some());
            }
            assert_eq!(day_month_year(&s), dates.is_match(&s), "{s:?}");
            hits[7] += usize::from(dates.is_match(&s));
        }
        let days = ["", "1", "12", "123", "\u{663}", "1a", " 1"];
        let years = ["2017", "201", "20171", "\u{663}017", "2017 ", "17"];
        for a in days {
            for b in days {
                for c in years {
                    let s = format!("{a}/{b}/{c}");
                    assert_eq!(day_month_year(&s), dates.is_match(&s), "{s:?}");
                    hits[7] += usize::from(dates.is_match(&s));
                }
            }
        }
        assert!(hits.iter().all(|&h| h > 10), "{hits:?}");
    }
}
