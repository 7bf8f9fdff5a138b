//! Datelines, matched by hand: the two patterns below, read exactly as the
//! `regex` crate reads them, without compiling them.
//!
//! The patterns hold counted repetitions of Unicode classes, which made their
//! compilation the largest start-up cost of the program, and their lazy DFA
//! one of the larger costs of the layout stage. Here each pattern is a small
//! backtracking matcher: every part tries its choices in the order the regex
//! crate prefers them (greedy counts from the most, lazy from the fewest,
//! alternatives left to right) and hands each to the rest of the pattern, so
//! the first match found is the match the regex crate reports. Classes come
//! from [`crate::unicode`], which agrees with the regex crate character for
//! character. Nearly every line fails on its first characters.
//!
//! - [`prefix_len`]: a dateline that opens a paragraph, "WASHINGTON --",
//!   "SEOUL, Nov 23 (Reuters) -", "MOSCOW (AP) —":
//!   `^(\p{Lu}[\p{Lu}.'’ -]{1,40}\p{Lu}\.?(?:,\s*[\p{L}. ]{2,30}?)?(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([\p{L}. ]{2,30}\))?\s*(?:--|—|–|-)\s+)\S`
//! - [`is_line`]: a line that is only a dateline, "Friday, July 21, 2017",
//!   "July 21, 2017", "LONDON 1996-08-30":
//!   `^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:MONTH\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+MONTH,?\s+\d{4})(?:,?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$`
//!   or `^\p{Lu}[\p{Lu}\p{L}.'’ ,-]{1,60}\s+\d{4}-\d{2}-\d{2}$`, where MONTH is
//!   a full month name.

use crate::unicode::{DIGIT, LETTER, SPACE, UPPER};

/// What the rest of a pattern makes of a position: the match's end, if any.
type Rest<'k> = &'k dyn Fn(usize) -> Option<usize>;

const WEEKDAYS: &[&str] = &["Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..)?.chars().next()
}

/// `class{min,max}` at `at`, then `rest`: greedy tries the most characters
/// first, lazy the fewest.
fn repeat(
    s: &str,
    at: usize,
    class: impl Fn(char) -> bool,
    (min, max): (usize, usize),
    greedy: bool,
    rest: Rest,
) -> Option<usize> {
    let step = |p: usize| char_at(s, p).filter(|&c| class(c)).map(char::len_utf8);
    // Past the fewest characters, then as far as the class and count allow.
    let mut p = at;
    for _ in 0..min {
        p += step(p)?;
    }
    let mut n = min;
    if !greedy {
        loop {
            if let Some(end) = rest(p) {
                return Some(end);
            }
            match step(p) {
                Some(w) if n < max => (p, n) = (p + w, n + 1),
                _ => return None,
            }
        }
    }
    let least = p;
    while n < max {
        let Some(w) = step(p) else { break };
        (p, n) = (p + w, n + 1);
    }
    // Then back, one character at a time.
    loop {
        if let Some(end) = rest(p) {
            return Some(end);
        }
        if p == least {
            return None;
        }
        p -= s[..p].chars().next_back().map_or(1, char::len_utf8);
    }
}

/// `\s*` (greedy) at `at`, then `rest`.
fn spaces(s: &str, at: usize, rest: Rest) -> Option<usize> {
    repeat(s, at, is_space, (0, usize::MAX), true, rest)
}

/// The literal `lit` at `at`, then `rest`.
fn lit(s: &str, at: usize, lit: &str, rest: Rest) -> Option<usize> {
    s.get(at..)?
        .starts_with(lit)
        .then(|| rest(at + lit.len()))?
}

/// `(?:lit)?` (greedy) at `at`, then `rest`.
fn opt_lit(s: &str, at: usize, l: &str, rest: Rest) -> Option<usize> {
    lit(s, at, l, rest).or_else(|| rest(at))
}

/// One character of `class` at `at`, then `rest`.
fn one(s: &str, at: usize, class: impl Fn(char) -> bool, rest: Rest) -> Option<usize> {
    let c = char_at(s, at).filter(|&c| class(c))?;
    rest(at + c.len_utf8())
}

fn is_space(c: char) -> bool {
    SPACE.contains(c)
}

fn is_digit(c: char) -> bool {
    DIGIT.contains(c)
}

fn is_upper(c: char) -> bool {
    UPPER.contains(c)
}

/// `[\p{Lu}.'’ -]`: the characters of a place name in capitals.
fn is_place_char(c: char) -> bool {
    matches!(c, '.' | '\'' | '’' | ' ' | '-') || UPPER.contains(c)
}

/// `[\p{L}. ]`: the characters of a region or agency name.
fn is_name_char(c: char) -> bool {
    matches!(c, '.' | ' ') || LETTER.contains(c)
}

/// The length of the dateline that opens `s`, up to and including the space
/// after its dash, when a non-space character follows.
pub fn prefix_len(s: &str) -> Option<usize> {
    // `\p{Lu}[\p{Lu}.'’ -]`: most lines fail here.
    let mut chars = s.chars();
    let first = chars.next().filter(|&c| is_upper(c))?;
    chars.next().filter(|&c| is_place_char(c))?;
    repeat(s, first.len_utf8(), is_place_char, (1, 40), true, &|p| {
        one(s, p, is_upper, &|p| opt_lit(s, p, ".", &|p| region(s, p)))
    })
}

/// `(?:,\s*[\p{L}. ]{2,30}?)?` then the rest of the prefix.
fn region(s: &str, at: usize) -> Option<usize> {
    let with = lit(s, at, ",", &|p| {
        spaces(s, p, &|p| {
            repeat(s, p, is_name_char, (2, 30), false, &|p| month_day(s, p))
        })
    });
    with.or_else(|| month_day(s, at))
}

/// `(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?` then the rest of the prefix.
fn month_day(s: &str, at: usize) -> Option<usize> {
    let with = opt_lit(s, at, ",", &|p| {
        spaces(s, p, &|p| {
            one(s, p, |c| c.is_ascii_uppercase(), &|p| {
                repeat(s, p, |c| c.is_ascii_lowercase(), (2, 8), true, &|p| {
                    opt_lit(s, p, ".", &|p| {
                        lit(s, p, " ", &|p| {
                            repeat(s, p, is_digit, (1, 2), true, &|p| agency(s, p))
                        })
                    })
                })
            })
        })
    });
    with.or_else(|| agency(s, at))
}

/// `\s*(?:\([\p{L}. ]{2,30}\))?\s*(?:--|—|–|-)\s+` then `\S`: the end of the
/// prefix (before the `\S`).
fn agency(s: &str, at: usize) -> Option<usize> {
    let dash = |p: usize| {
        spaces(s, p, &|p| {
            ["--", "—", "–", "-"].iter().find_map(|d| {
                lit(s, p, d, &|p| {
                    repeat(s, p, is_space, (1, usize::MAX), true, &|p| {
                        one(s, p, |c| !is_space(c), &|_| Some(p))
                    })
                })
            })
        })
    };
    spaces(s, at, &|p| {
        let with = lit(s, p, "(", &|p| {
            repeat(s, p, is_name_char, (2, 30), true, &|p| {
                lit(s, p, ")", &dash)
            })
        });
        with.or_else(|| dash(p))
    })
}

/// Whether `s` is a line that is only a dateline.
pub fn is_line(s: &str) -> bool {
    // Both alternatives open with a digit or a capital, in ASCII or not.
    let opens = s
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_digit() || b.is_ascii_uppercase() || !b.is_ascii());
    opens && (written_date(s) || numeric_date(s))
}

/// The end of `s`, if `at` is it: the pattern's `$`.
fn end(s: &str, at: usize) -> Option<usize> {
    (at == s.len()).then_some(at)
}

/// The first alternative of [`is_line`]: a written date with an optional
/// weekday before it and an optional time after it.
fn written_date(s: &str) -> bool {
    let weekday = WEEKDAYS.iter().find_map(|w| {
        lit(s, 0, w, &|p| {
            lit(s, p, "day", &|p| {
                opt_lit(s, p, ",", &|p| {
                    repeat(s, p, is_space, (1, usize::MAX), true, &|p| date(s, p))
                })
            })
        })
    });
    weekday.or_else(|| date(s, 0)).is_some()
}

/// `MONTH\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+MONTH,?\s+\d{4}` then the time.
fn date(s: &str, at: usize) -> Option<usize> {
    let space1 = |p, rest: Rest| repeat(s, p, is_space, (1, usize::MAX), true, rest);
    let month = |p, rest: Rest| MONTHS.iter().find_map(|m| lit(s, p, m, rest));
    let year = |p| {
        opt_lit(s, p, ",", &|p| {
            space1(p, &|p| {
                repeat(s, p, is_digit, (4, 4), true, &|p| time(s, p))
            })
        })
    };
    let month_first = month(at, &|p| {
        space1(p, &|p| repeat(s, p, is_digit, (1, 2), true, &year))
    });
    month_first.or_else(|| {
        repeat(s, at, is_digit, (1, 2), true, &|p| {
            space1(p, &|p| month(p, &year))
        })
    })
}

/// `(?:,?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$`
fn time(s: &str, at: usize) -> Option<usize> {
    let zone = |p| {
        let with = repeat(s, p, is_space, (1, usize::MAX), true, &|p| {
            repeat(s, p, |c| c.is_ascii_uppercase(), (2, 4), true, &|p| {
                end(s, p)
            })
        });
        with.or_else(|| end(s, p))
    };
    let meridiem = |p| {
        let with = one(s, p, |c| matches!(c, 'A' | 'a' | 'P' | 'p'), &|p| {
            opt_lit(s, p, ".", &|p| {
                one(s, p, |c| matches!(c, 'M' | 'm'), &|p| {
                    opt_lit(s, p, ".", &zone)
                })
            })
        });
        with.or_else(|| zone(p))
    };
    let with = opt_lit(s, at, ",", &|p| {
        repeat(s, p, is_space, (1, usize::MAX), true, &|p| {
            repeat(s, p, is_digit, (1, 2), true, &|p| {
                lit(s, p, ":", &|p| {
                    repeat(s, p, is_digit, (2, 2), true, &|p| spaces(s, p, &meridiem))
                })
            })
        })
    });
    with.or_else(|| end(s, at))
}

/// The second alternative of [`is_line`]: a place in capitals and an ISO
/// date, "LONDON 1996-08-30".
fn numeric_date(s: &str) -> bool {
    // The line ends "-dd": without that, no backtracking over the place.
    if s.chars().nth_back(2) != Some('-') {
        return false;
    }
    let class = |c: char| matches!(c, '.' | '\'' | '’' | ' ' | ',' | '-') || LETTER.contains(c);
    let digits = |p, n, rest: Rest| repeat(s, p, is_digit, (n, n), true, rest);
    one(s, 0, is_upper, &|p| {
        repeat(s, p, class, (1, 60), true, &|p| {
            repeat(s, p, is_space, (1, usize::MAX), true, &|p| {
                digits(p, 4, &|p| {
                    lit(s, p, "-", &|p| {
                        digits(p, 2, &|p| lit(s, p, "-", &|p| digits(p, 2, &|p| end(s, p))))
                    })
                })
            })
        })
    })
    .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::{Regex, RegexBuilder};

    const PREFIX: &str = r"^(\p{Lu}[\p{Lu}.'’ -]{1,40}\p{Lu}\.?(?:,\s*[\p{L}. ]{2,30}?)?(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\((?P<agency>[\p{L}. ]{2,30})\))?\s*(?:--|—|–|-)\s+)\S";

    const LINE: &str = concat!(
        r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?",
        r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}",
        r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4})",
        r"(?:,?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$",
        r"|^\p{Lu}[\p{Lu}\p{L}.'’ ,-]{1,60}\s+\d{4}-\d{2}-\d{2}$",
    );

    fn regexes() -> (Regex, Regex) {
        let build = |p: &str| RegexBuilder::new(p).dfa_size_limit(8 << 20).build();
        (build(PREFIX).unwrap(), build(LINE).unwrap())
    }

    /// Compares both matchers with the regexes on `s`.
    fn check(prefix: &Regex, line: &Regex, s: &str) {
        let want = prefix.find(s).map(|m| {
            let last = m.as_str().chars().next_back().map_or(0, char::len_utf8);
            m.end() - last
        });
        assert_eq!(prefix_len(s), want, "prefix {s:?}");
        assert_eq!(is_line(s), line.is_match(s), "line {s:?}");
    }

    #[test]
    fn examples() {
        assert_eq!(prefix_len("WASHINGTON -- Officials said"), Some(14));
        assert_eq!(
            prefix_len("SEOUL, Nov 23 (Reuters) - North Korea"),
            Some(26)
        );
        assert_eq!(prefix_len("MOSCOW (AP) — The"), Some(16));
        assert_eq!(prefix_len("The minister said"), None);
        assert!(is_line("Friday, July 21, 2017"));
        assert!(is_line("July 21, 2017, 3:30 p.m. EST"));
        assert!(is_line("21 July 2017"));
        assert!(is_line("LONDON 1996-08-30"));
        assert!(!is_line("July 21, 2017 was a Friday"));
    }

    /// Random lines built from the pieces datelines are made of agree with
    /// the regexes.
    #[test]
    fn agrees_with_the_regexes() {
        const PIECES: &[&str] = &[
            "WASHINGTON",
            "SÃO PAULO",
            "N.Y.",
            "O'HARE",
            "D’OR",
            "A",
            "É",
            "Ⓐ",
            "x",
            "ab",
            "Reuters",
            "Nov",
            "Sept.",
            "Jan",
            "Friday",
            "Tuesday",
            "July",
            "May",
            "March",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            ",",
            ".",
            "(",
            ")",
            "-",
            "--",
            "—",
            "–",
            ":",
            "'",
            "1",
            "23",
            "2017",
            "٣",
            "1996-08-30",
            "3:30",
            "pm",
            "P.M.",
            "EST",
            "GMT",
        ];
        let (prefix, line) = regexes();
        let mut random = crate::testing::Xorshift::new();
        let mut next = |n: usize| random.below(n);
        for _ in 0..60_000 {
            let len = 1 + next(12);
            let s: String = (0..len).map(|_| PIECES[next(PIECES.len())]).collect();
            check(&prefix, &line, &s);
        }
        for s in [
            "WASHINGTON -- Officials",
            "SEOUL, Nov 23 (Reuters) - North",
            "LONDON, England, Nov. 3 (AP) —  The",
            "AB - - x",
            "AB -",
            "AB - ",
            "Friday, July 21, 2017",
            "Friday July 21 2017, 11:05 am GMT",
            "3 March, 2019 4:00PM",
            "SÃO PAULO, Brazil 2020-01-02",
            "",
        ] {
            check(&prefix, &line, s);
        }
    }
}
