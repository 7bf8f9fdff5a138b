//! News outlets and agencies: the canonical name of a publisher as written.
//!
//! Articles cite other newsrooms ("Reuters reports", "according to the AP",
//! "NYT"); the claims stage needs to tell such a source from a person or a
//! company, and the digest should show one name per outlet whatever the
//! spelling. This is a small gazetteer written from general knowledge: the
//! surface forms, lower case, each with its canonical name.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// Surface form (lower case, without a leading "the") → canonical name.
/// Sorted by surface form, to be read and kept free of duplicates (a test
/// keeps it so); looked up through [`BY_SURFACE`].
const OUTLETS: &[(&str, &str)] = &[
    ("abc news", "ABC News"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("al jazeera", "Al Jazeera"),
    ("ap", "Associated Press"),
    ("associated press", "Associated Press"),
    ("axios", "Axios"),
    ("bbc", "BBC"),
    ("bbc news", "BBC"),
    ("bloomberg", "Bloomberg"),
    ("bloomberg news", "Bloomberg"),
    ("breitbart", "Breitbart"),
    ("breitbart news", "Breitbart"),
    ("cbs news", "CBS News"),
    ("chosun ilbo", "Chosun Ilbo"),
    ("cnbc", "CNBC"),
    ("cnn", "CNN"),
    ("daily nk", "Daily NK"),
    ("der spiegel", "Der Spiegel"),
    ("deutsche welle", "Deutsche Welle"),
    ("dpa", "dpa"),
    ("dw", "Deutsche Welle"),
    ("efe", "EFE"),
    ("financial times", "Financial Times"),
    ("fox news", "Fox News"),
    ("ft", "Financial Times"),
    ("global times", "Global Times"),
    ("huffington post", "HuffPost"),
    ("huffpost", "HuffPost"),
    ("interfax", "Interfax"),
    ("joongang ilbo", "JoongAng Ilbo"),
    ("kcna", "KCNA"),
    ("korea herald", "The Korea Herald"),
    ("korea times", "The Korea Times"),
    ("korean central news agency", "KCNA"),
    ("kyodo", "Kyodo News"),
    ("kyodo news", "Kyodo News"),
    ("le monde", "Le Monde"),
    ("los angeles times", "Los Angeles Times"),
    ("msnbc", "MSNBC"),
    ("nbc news", "NBC News"),
    ("new york times", "The New York Times"),
    ("nhk", "NHK"),
    ("nikkei", "Nikkei"),
    ("npr", "NPR"),
    ("nyt", "The New York Times"),
    ("politico", "Politico"),
    ("radio free asia", "Radio Free Asia"),
    ("reuters", "Reuters"),
    ("ria novosti", "RIA Novosti"),
    ("rodong sinmun", "Rodong Sinmun"),
    ("scmp", "South China Morning Post"),
    ("south china morning post", "South China Morning Post"),
    ("tass", "TASS"),
    ("the associated press", "Associated Press"),
    ("the guardian", "The Guardian"),
    ("the hill", "The Hill"),
    ("the times", "The Times"),
    ("ukrinform", "Ukrinform"),
    ("unn", "UNN"),
    ("usa today", "USA Today"),
    ("voice of america", "Voice of America"),
    ("wall street journal", "The Wall Street Journal"),
    ("washington post", "The Washington Post"),
    ("wsj", "The Wall Street Journal"),
    ("xinhua", "Xinhua"),
    ("yonhap", "Yonhap"),
    ("yonhap news agency", "Yonhap"),
];

/// The canonical name of a news outlet or agency written as `name` ("the
/// AP", "New York Times", "Reuters’"), or `None` when it is not a known
/// outlet.
pub fn canonical_outlet(name: &str) -> Option<&'static str> {
    // `strip_suffix` in a loop does what `trim_end_matches` does with these
    // suffixes (neither can overlap itself), without setting up a substring
    // searcher for each name.
    let mut trimmed = name.trim().trim_end_matches(['’', '\'']);
    while let Some(t) = trimmed.strip_suffix("’s") {
        trimmed = t;
    }
    while let Some(t) = trimmed.strip_suffix("'s") {
        trimmed = t;
    }
    let by_surface = &*BY_SURFACE;
    let find = |s: &str| by_surface.get(s).copied();
    // "The Guardian" and "the Hill" keep their article; elsewhere it is
    // optional ("the AP", "the Washington Post"). Short names are
    // lower-cased without allocating.
    crate::extract::entities::with_lower(trimmed, |lower| {
        find(lower).or_else(|| lower.strip_prefix("the ").and_then(find))
    })
}

/// [`OUTLETS`] as a hash map: one hash of the name instead of a binary
/// search's string comparisons, since most names asked about are not
/// outlets at all.
static BY_SURFACE: LazyLock<FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| OUTLETS.iter().copied().collect());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(OUTLETS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    /// The lookup as it was: suffixes trimmed by `trim_end_matches`, the
    /// table binary-searched.
    fn by_binary_search(name: &str) -> Option<&'static str> {
        let trimmed = name
            .trim()
            .trim_end_matches(['’', '\''])
            .trim_end_matches("’s")
            .trim_end_matches("'s");
        let find = |s: &str| {
            OUTLETS
                .binary_search_by(|(k, _)| k.cmp(&s))
                .ok()
                .map(|i| OUTLETS[i].1)
        };
        crate::extract::entities::with_lower(trimmed, |lower| {
            find(lower).or_else(|| lower.strip_prefix("the ").and_then(find))
        })
    }

    #[test]
    fn hash_map_answers_as_the_binary_search_did() {
        let pieces = [
            "the ", "The ", "AP", "ap", "’", "'", "s", " ", "Reuters", "\u{212a}", "cna", "İ",
            "\u{a0}",
        ];
        for s in crate::testing::strings_of(&pieces, 4) {
            assert_eq!(canonical_outlet(&s), by_binary_search(&s), "{s:?}");
        }
        for &(surface, name) in OUTLETS {
            assert_eq!(canonical_outlet(surface), Some(name));
        }
    }

    #[test]
    fn spellings_map_to_one_name() {
        assert_eq!(canonical_outlet("The AP"), Some("Associated Press"));
        assert_eq!(canonical_outlet("NYT"), Some("The New York Times"));
        assert_eq!(
            canonical_outlet("the New York Times"),
            Some("The New York Times")
        );
        assert_eq!(canonical_outlet("Reuters’"), Some("Reuters"));
        assert_eq!(canonical_outlet("The Guardian"), Some("The Guardian"));
        assert_eq!(canonical_outlet("Pyongyang"), None);
        assert_eq!(canonical_outlet(""), None);
    }
}
