//! Lexicons of page furniture: the lines news sites wrap around an article
//! that are not part of it. Matched case-insensitively on a whole line (or
//! its start, for prefixes), after trimming.

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

/// Words that open a photo credit ("Photo: Sputnik via AP").
pub const CREDIT_WORDS: &[&str] = &[
    "credit",
    "graphic",
    "illustration",
    "image",
    "photo",
    "photograph",
    "picture",
];

/// Whether `line` (trimmed) is furniture on its own.
pub fn is_furniture(line: &str) -> bool {
    is_furniture_line(line)
        || PREFIXES.iter().any(|p| starts_with_lower(line, p))
        // A lone comment or share count.
        || (line.len() <= 6 && line.chars().all(|c| c.is_ascii_digit() || c == ','))
        || is_timestamp(line)
}

/// Whether `line`, lower-cased and without final points, colons and
/// exclamation marks, is one of [`LINES`].
fn is_furniture_line(line: &str) -> bool {
    // Lower-casing neither adds nor removes those marks, and gives each
    // character at least one: a line of more characters than the longest
    // entry is none of them, and most lines need no lower-casing.
    let bare = line.trim_end_matches(['.', ':', '!']);
    let longest = LINES.iter().map(|l| l.len()).max().unwrap_or(0);
    if bare.chars().nth(longest).is_some() {
        return false;
    }
    LINES.binary_search(&bare.to_lowercase().as_str()).is_ok()
}

/// Whether `line` lower-cased starts with `prefix` (lower case), without
/// lower-casing all of it.
fn starts_with_lower(line: &str, prefix: &str) -> bool {
    let mut lower = line.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lower.next() == Some(p))
}

/// "Updated: 10:42 AM", "Published 3 June 2024": a short line stamping the page.
fn is_timestamp(line: &str) -> bool {
    const STAMPS: &[&str] = &[
        "first published",
        "last updated",
        "posted",
        "published",
        "updated",
    ];
    STAMPS.iter().any(|p| starts_with_lower(line, p))
        && line.to_lowercase().len() < 60
        && line.chars().any(|c| c.is_ascii_digit())
}

/// Whether `line` links to another article ("SEE ALSO: ...").
pub fn is_related(line: &str) -> bool {
    RELATED.iter().any(|p| starts_with_lower(line, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_lookup() {
        assert!(LINES.windows(2).all(|w| w[0] < w[1]));
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
