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
    let lower = line.to_lowercase();
    let bare = lower.trim_end_matches(['.', ':', '!']);
    LINES.binary_search(&bare).is_ok()
        || PREFIXES.iter().any(|p| lower.starts_with(p))
        // A lone comment or share count.
        || (line.len() <= 6 && line.chars().all(|c| c.is_ascii_digit() || c == ','))
        || is_timestamp(&lower)
}

/// "Updated: 10:42 AM", "Published 3 June 2024": a short line stamping the page.
fn is_timestamp(lower: &str) -> bool {
    const STAMPS: &[&str] = &[
        "first published",
        "last updated",
        "posted",
        "published",
        "updated",
    ];
    lower.len() < 60
        && STAMPS.iter().any(|p| lower.starts_with(p))
        && lower.chars().any(|c| c.is_ascii_digit())
}

/// Whether `line` links to another article ("SEE ALSO: ...").
pub fn is_related(line: &str) -> bool {
    let lower = line.to_lowercase();
    RELATED.iter().any(|p| lower.starts_with(p))
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
