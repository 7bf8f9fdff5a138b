//! Lexicons of page furniture: the lines news sites wrap around an article
//! that are not part of it. Matched case-insensitively on a whole line (or
//! its start, for prefixes), after trimming.

use crate::model::Role;

/// Lines that are furniture as they stand.
pub const LINES: &[&str] = &[
    "ad",
    "advertisement",
    "advertising",
    "all rights reserved",
    "close",
    "comments",
    "continue reading",
    "continue reading below",
    "copy link",
    "email",
    "facebook",
    "follow us",
    "join the conversation",
    "linkedin",
    "listen",
    "listen to this article",
    "loading",
    "loading...",
    "more",
    "most popular",
    "most read",
    "print",
    "read more",
    "recommended",
    "related",
    "related articles",
    "save",
    "share",
    "share this",
    "share this article",
    "show comments",
    "sign up",
    "site mobile navigation",
    "site navigation",
    "skip to content",
    "sponsored",
    "sponsored content",
    "story continues",
    "story continues below advertisement",
    "subscribe",
    "top stories",
    "trending",
    "twitter",
    "watch",
    "whatsapp",
];

/// Line starts that make the whole line furniture.
pub const PREFIXES: &[&str] = &[
    "all rights reserved",
    "click here",
    "copyright",
    "download the",
    "follow us on",
    "get our",
    "listen to this",
    "read time",
    "reading time",
    "sign up for",
    "subscribe to",
    "this article was",
    "why you can trust",
    "©",
];

/// Line starts that announce a link to another article.
pub const RELATED: &[&str] = &[
    "also read:",
    "more:",
    "read also:",
    "read more:",
    "related:",
    "see also:",
    "watch:",
    "читайте также:",
];

/// Words that open a photo credit ("Photo: Sputnik via AP"), as captions
/// write them: capitalised or in capitals.
pub const CREDIT_WORDS: &[&str] = &[
    "Credit",
    "CREDIT",
    "Graphic",
    "GRAPHIC",
    "Illustration",
    "ILLUSTRATION",
    "Image",
    "IMAGE",
    "Photo",
    "PHOTO",
    "Photograph",
    "PHOTOGRAPH",
    "Picture",
    "PICTURE",
];

/// The role `line` (trimmed) has on its own as furniture: boilerplate, a
/// link to another article, or none.
pub fn role(line: &str) -> Option<Role> {
    // Both lists are matched against the same lower-cased start.
    let lower = LowerStart::of(line);
    if furniture(line, &lower) {
        Some(Role::Boilerplate)
    } else if related(&lower) {
        Some(Role::Related)
    } else {
        None
    }
}

/// Whether `line` (trimmed) is furniture on its own.
#[cfg(test)]
pub fn is_furniture(line: &str) -> bool {
    furniture(line, &LowerStart::of(line))
}

fn furniture(line: &str, lower: &LowerStart) -> bool {
    is_furniture_line(line)
        || PREFIXES.iter().any(|p| lower.starts_with(p))
        // A lone comment or share count.
        || (line.len() <= 6 && line.chars().all(|c| c.is_ascii_digit() || c == ','))
        || is_timestamp(line, lower)
}

/// Whether `line`, lower-cased and without final points, colons and
/// exclamation marks, is one of [`LINES`].
fn is_furniture_line(line: &str) -> bool {
    // Lower-casing neither adds nor removes those marks, and gives each
    // character at least one: a line of more bytes than the longest entry
    // has more characters than it only if it has non-ASCII ones, and a line
    // of more characters is none of them; most lines need no lower-casing.
    let bare = line.trim_end_matches(['.', ':', '!']);
    const LONGEST: usize = 35;
    if bare.len() > LONGEST && bare.chars().nth(LONGEST).is_some() {
        return false;
    }
    LINES.binary_search(&bare.to_lowercase().as_str()).is_ok()
}

/// The start of a line lower-cased character by character (as
/// `char::to_lowercase` does, which is what the prefix lists are matched
/// against), long enough to decide whether the whole lower-cased line starts
/// with any entry of [`PREFIXES`], [`RELATED`] or the time stamps: computed
/// once per line instead of once per entry.
struct LowerStart {
    buf: [u8; LowerStart::CAP],
    len: usize,
}

impl LowerStart {
    /// Bytes enough for every prefix looked for (at most 27), plus the most
    /// one character can lower-case to (three characters of up to 4 bytes).
    const CAP: usize = 27 + 12;

    fn of(line: &str) -> LowerStart {
        let mut out = LowerStart {
            buf: [0; LowerStart::CAP],
            len: 0,
        };
        let want = LowerStart::CAP - 12;
        // ASCII lower-cases byte by byte; the rest goes character by
        // character from the first other byte on.
        let ascii = line.bytes().take(want).take_while(u8::is_ascii).count();
        for (to, b) in out.buf.iter_mut().zip(&line.as_bytes()[..ascii]) {
            *to = b.to_ascii_lowercase();
        }
        out.len = ascii;
        for c in line[ascii..].chars() {
            if out.len >= want {
                break;
            }
            for l in c.to_lowercase() {
                out.len += l.encode_utf8(&mut out.buf[out.len..]).len();
            }
        }
        out
    }

    /// Whether the lower-cased line starts with `prefix` (lower case, at
    /// most `CAP - 12` bytes): the stored start is either all of the
    /// lower-cased line or at least as long as `prefix`.
    fn starts_with(&self, prefix: &str) -> bool {
        let start = &self.buf[..self.len];
        // The first bytes first: most entries differ there, which spares a
        // call to `memcmp` for each.
        let first = prefix.as_bytes().first();
        first.is_none_or(|b| start.first() == Some(b)) && start.starts_with(prefix.as_bytes())
    }
}

/// "Updated: 10:42 AM", "Published 3 June 2024": a short line stamping the page.
fn is_timestamp(line: &str, lower: &LowerStart) -> bool {
    const STAMPS: &[&str] = &[
        "first published",
        "last updated",
        "posted",
        "published",
        "updated",
    ];
    STAMPS.iter().any(|p| lower.starts_with(p))
        && line.to_lowercase().len() < 60
        && line.chars().any(|c| c.is_ascii_digit())
}

/// Whether `line` links to another article ("SEE ALSO: ...").
#[cfg(test)]
pub fn is_related(line: &str) -> bool {
    related(&LowerStart::of(line))
}

fn related(lower: &LowerStart) -> bool {
    RELATED.iter().any(|p| lower.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_lookup() {
        assert!(LINES.windows(2).all(|w| w[0] < w[1]));
    }

    /// The old per-entry matcher, which [`LowerStart`] replaces.
    fn starts_with_lower(line: &str, prefix: &str) -> bool {
        let mut lower = line.chars().flat_map(char::to_lowercase);
        prefix.chars().all(|p| lower.next() == Some(p))
    }

    #[test]
    fn lower_start_fits_every_entry() {
        let longest = LINES.iter().map(|l| l.len()).max().unwrap_or(0);
        let longest_chars = LINES.iter().map(|l| l.chars().count()).max();
        assert_eq!(longest, 35);
        assert_eq!(longest_chars, Some(35));
        let prefixes = PREFIXES.iter().chain(RELATED);
        assert!(prefixes.map(|p| p.len()).max() <= Some(LowerStart::CAP - 12));
    }

    #[test]
    fn lower_start_agrees_with_lower_casing_each_entry() {
        const PIECES: &[&str] = &[
            "READ",
            "read",
            "Also",
            " ",
            "more:",
            ":",
            "İ",
            "ẞ",
            "Σ",
            "ЧИТАЙТЕ",
            "также",
            "Также:",
            "©",
            "Updated",
            "x",
            "é",
            "aaaaaaaaaaaaa",
        ];
        for s in crate::testing::strings_of(PIECES, 4) {
            let lower = LowerStart::of(&s);
            for p in PREFIXES.iter().chain(RELATED).chain(&["updated", "posted"]) {
                assert_eq!(
                    lower.starts_with(p),
                    starts_with_lower(&s, p),
                    "{s:?} {p:?}"
                );
            }
        }
    }

    #[test]
    fn furniture_lines() {
        assert!(is_furniture("Advertisement"));
        assert!(is_furniture("Reading Time:4 minutes"));
        assert!(is_furniture("Why you can trust SCMP"));
        assert!(is_furniture("12"));
        assert!(!is_furniture("Advertisers fled the platform in 2023."));
        assert!(is_related("SEE ALSO: Something else"));
        assert!(is_furniture("Updated: 10:42 AM EST, Nov 3"));
        assert!(!is_furniture(
            "Updated: The senator on Sunday tried to clarify his comment, saying it was 2012."
        ));
    }
}
