//! Words of a sentence with their byte spans, and what a sentence looks like
//! (ordinary prose, an ALL CAPS line, a Title Case headline).
//!
//! Names are found among capitalised words, so the tokeniser keeps what a
//! name may contain (hyphens: "Kim Jong-un", apostrophes: "O'Brien", "&":
//! "AT&T", the dots of "U.S." and of "Corp.") and drops a possessive "'s",
//! which is never part of the name.

use super::lexicon::{self, Lex};
use crate::model::Span;
use crate::unicode::{LETTER, MARK, NUMBER, UPPER, char_at, general_punctuation};

/// A word of a sentence as [`next_word`] finds it, with what the scan saw
/// on the way there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found {
    start: usize,
    end: usize,
    /// Only spaces and tabs lie between where the scan started and the word.
    plain_gap: bool,
    /// A joiner (`[-'’&]`) joins two parts of the word ("Jong-un",
    /// "O'Brien"): only such a word needs a second look for one.
    joiner: bool,
    /// For a plain word, what its letters say, read on the scan; `None`
    /// for any other word.
    plain: Option<Shape>,
}

/// The case of a plain word: ASCII letters and digits only, followed by
/// the end of the text or an ASCII byte that is no dot and no joiner (most
/// words of a sentence). Such a word is its token as it stands: it holds no
/// possessive "'s" (that needs an apostrophe), keeps no dot (none follows),
/// and is no hyphenated adjective; so its capital and capitals are all
/// that is left to know of it, and the scan has seen every byte of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Shape {
    /// Starts with a capital (`is_cap`: with no hyphen, the Arabic
    /// prefixes are not there to look at).
    cap: bool,
    /// Has a letter and no lower-case letter (`is_upper`).
    upper: bool,
}

/// What a byte is to the word scan: the class of every ASCII byte, and of
/// the first byte of every other character, which is decoded.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// An ASCII letter or digit.
    Word,
    /// A space or a tab.
    Blank,
    /// Any other ASCII byte (punctuation, a line break).
    Other,
    /// A byte of a character beyond ASCII.
    Wide,
}

const BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::Wide; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() {
            ByteClass::Word
        } else if c == b' ' || c == b'\t' {
            ByteClass::Blank
        } else {
            ByteClass::Other
        };
        b += 1;
    }
    table
};

/// The first word of `body` at or after byte `at`, as the pattern
/// `(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*`
/// finds it (the tests hold the two to each other): capitals with dots
/// ("U.S."), or a letter or digit and what follows it, joined across single
/// hyphens, apostrophes and ampersands. Written out because it runs on every
/// sentence, where the regex spent most of its time in setup; the gap before
/// the word and whether it has joiners are noted on the way, so that the gap
/// is not looked at again, nor most words; a plain word (see [`Shape`]) is
/// read whole on the way.
fn next_word(body: &str, mut at: usize) -> Option<Found> {
    let bytes = body.as_bytes();
    let mut plain_gap = true;
    // ASCII between words (spaces, punctuation) byte by byte.
    let start = loop {
        let b = *bytes.get(at)?;
        match BYTE_CLASS[usize::from(b)] {
            ByteClass::Word => break at,
            ByteClass::Blank => at += 1,
            ByteClass::Other => {
                plain_gap = false;
                at += 1;
            }
            ByteClass::Wide => {
                let c = char_at(body, at)?;
                if is_word_start(c) {
                    break at;
                }
                plain_gap = false;
                at += c.len_utf8();
            }
        }
    };
    // A plain word, scanned once: its letters and digits, and the byte
    // after them, which must be one that neither extends the word (a byte
    // beyond ASCII may be a letter, a mark or '’') nor changes it ('.'
    // and the joiners); anything else is left to the scan below, from the
    // start of the word.
    if let Some(&first) = bytes.get(start)
        && first.is_ascii()
    {
        let mut seen = WORD_BYTE[usize::from(first)];
        let mut end = start + 1;
        while let Some(&b) = bytes.get(end) {
            let class = WORD_BYTE[usize::from(b)];
            if class == 0 {
                break;
            }
            seen |= class;
            end += 1;
        }
        let plain_end = match bytes.get(end) {
            None => true,
            Some(&b) => b.is_ascii() && !matches!(b, b'.' | b'-' | b'\'' | b'&'),
        };
        if plain_end {
            return Some(Found {
                start,
                end,
                plain_gap,
                joiner: false,
                plain: Some(Shape {
                    cap: first.is_ascii_uppercase(),
                    upper: seen & LOWER_BIT == 0 && seen & CAPITAL_BIT != 0,
                }),
            });
        }
    }
    // Capitals with dots, twice or more. An ASCII first letter without a
    // dot after it starts none.
    let mut end = start;
    let mut pairs = 0;
    if !bytes[start].is_ascii() || bytes.get(start + 1) == Some(&b'.') {
        while let Some(c) = char_at(body, end)
            && bytes.get(end + c.len_utf8()) == Some(&b'.')
            && UPPER.contains(c)
        {
            pairs += 1;
            end += c.len_utf8() + 1;
        }
    }
    let mut joiner = false;
    if pairs < 2 {
        let first = char_at(body, start).map_or(0, char::len_utf8);
        end = inner_run(body, start + first);
        // Joiners, each with at least one word character after it.
        while let Some(len) = joiner_len(bytes, end) {
            let after = inner_run(body, end + len);
            if after == end + len {
                break;
            }
            joiner = true;
            end = after;
        }
    }
    Some(Found {
        start,
        end,
        plain_gap,
        joiner,
        plain: None,
    })
}

/// The length of the joiner (`[-'’&]`) at byte `i` of `bytes`, if one is
/// there: compared as bytes, since this is asked after every word.
fn joiner_len(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i..)? {
        [b'-' | b'\'' | b'&', ..] => Some(1),
        [0xE2, 0x80, 0x99, ..] => Some('’'.len_utf8()),
        _ => None,
    }
}

/// `[\p{L}\p{N}]`: a character a word starts with.
fn is_word_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // The curly quotes and dashes around words, answered without a search
    // of the tables (General Punctuation holds no letter, mark or number).
    !general_punctuation(c) && (LETTER.contains(c) || NUMBER.contains(c))
}

/// `[\p{L}\p{M}\p{N}]`: a character inside a word.
fn is_word_inner(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // As in `is_word_start`: the quote or dash after a word.
    !general_punctuation(c) && (LETTER.contains(c) || MARK.contains(c) || NUMBER.contains(c))
}

/// [`WORD_BYTE`]'s mark of every ASCII letter and digit.
const ALNUM_BIT: u8 = 1;
/// [`WORD_BYTE`]'s mark of an ASCII lower-case letter.
const LOWER_BIT: u8 = 1 << 1;
/// [`WORD_BYTE`]'s mark of an ASCII capital.
const CAPITAL_BIT: u8 = 1 << 2;

/// What each byte is to a word: 0 for any byte but an ASCII letter or
/// digit, which has [`ALNUM_BIT`], and [`LOWER_BIT`] or [`CAPITAL_BIT`] if
/// a letter. One load per byte in the word scan, where
/// `is_ascii_alphanumeric` takes several comparisons, and the case of a
/// plain word read on the way.
const WORD_BYTE: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_lowercase() {
            table[b] = ALNUM_BIT | LOWER_BIT;
        } else if c.is_ascii_uppercase() {
            table[b] = ALNUM_BIT | CAPITAL_BIT;
        } else if c.is_ascii_digit() {
            table[b] = ALNUM_BIT;
        }
        b += 1;
    }
    table
};

/// Where the run of word characters from byte `from` of `s` ends.
/// (Inlined: it is a call for every word, and most runs are a few bytes.)
#[inline(always)]
fn inner_run(s: &str, mut from: usize) -> usize {
    let bytes = s.as_bytes();
    // ASCII letters and digits byte by byte; anything else by character.
    while let Some(&b) = bytes.get(from) {
        if WORD_BYTE[usize::from(b)] != 0 {
            from += 1;
        } else if b.is_ascii() {
            break;
        } else {
            match s[from..].chars().next() {
                Some(c) if is_word_inner(c) => from += c.len_utf8(),
                _ => break,
            }
        }
    }
    from
}

/// Lower-case ends of hyphenated adjectives built on a name ("Ontario-based",
/// "Soviet-era"): such a word describes something else and is no name.
const ADJECTIVE_ENDS: &[&str] = &[
    "backed",
    "based",
    "born",
    "bound",
    "controlled",
    "era",
    "funded",
    "led",
    "linked",
    "made",
    "owned",
    "registered",
    "run",
    "speaking",
    "style",
];

/// Abbreviations that keep their dot inside a name ("St. Petersburg").
const DOTTED: &[&str] = &["Ft", "Jr", "Mt", "Sr", "St"];

/// One word of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word's span, a possessive "'s" left out.
    pub span: Span,
    pub word: &'a str,
    /// Starts with a capital ("Russia", "al-Assad" counts too: its name part
    /// is capitalised).
    pub cap: bool,
    /// Every letter is a capital ("NATO", "U.S.", "LONDON").
    pub upper: bool,
    /// Only spaces lie between the previous word and this one (no comma,
    /// bracket, quote or line break), so the two may belong to one name.
    pub joined: bool,
    /// What the word lists say of the word: looked up once, here.
    pub lex: Lex,
    /// An apostrophe joins two parts of the word ("O'Brien"), which the
    /// gazetteer's keys write straight: the key of any other word is the
    /// word in lower case.
    pub apostrophe: bool,
}

impl Token<'_> {
    /// A single capital with its dot: an initial ("George W. Bush").
    pub fn is_initial(&self) -> bool {
        let mut c = self.word.chars();
        matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
    }
}

/// The words of `text[span]`, in order (in tests: the extractor puts the
/// words of an article into one vector, with [`tokenize_into`]).
#[cfg(test)]
pub fn tokenize(text: &str, span: Span) -> Vec<Token<'_>> {
    let mut out: Vec<Token> = Vec::new();
    tokenize_into(text, span, &mut out);
    out
}

/// The words of `text[span]`, in order, added to the end of `out`.
pub fn tokenize_into<'a>(text: &'a str, span: Span, out: &mut Vec<Token<'a>>) {
    let body = span.of(text);
    let bytes = body.as_bytes();
    let mut first = true;
    // Where the scan for the next word starts: after the word before, its
    // dot or its possessive included.
    let mut at = 0;
    // A possessive ends a name: "Russia's Vostochny cosmodrome" is two.
    let mut prev_possessive = false;
    while let Some(found) = next_word(body, at) {
        let Found { start, .. } = found;
        let m_end = found.end;
        let joined = !first && !prev_possessive && found.plain_gap;
        first = false;
        if let Some(shape) = found.plain {
            // A plain word is its token as it stands (see `Shape`): what
            // the path below makes of it, without its looks for a
            // possessive, a kept dot or a hyphenated adjective.
            let word = &body[start..m_end];
            prev_possessive = false;
            at = m_end;
            out.push(Token {
                span: Span::new(span.start + start, span.start + m_end),
                word,
                cap: shape.cap,
                upper: shape.upper,
                joined,
                lex: lexicon::lex(word),
                apostrophe: false,
            });
            continue;
        }
        let mut end = m_end;
        let mut word = &body[start..m_end];
        // Both possessive endings end in "s": most words need no more look.
        if bytes[m_end - 1] == b's' {
            for poss in ["'s", "’s"] {
                if let Some(w) = word.strip_suffix(poss).filter(|w| !w.is_empty()) {
                    word = w;
                    end = start + w.len();
                }
            }
        }
        // Keep the dot of an initial or of a title/company abbreviation.
        let mut lex = None;
        if end == m_end && bytes.get(end) == Some(&b'.') {
            let dotted = &body[start..end + 1];
            let single = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            let dotted_lex = lexicon::lex(dotted);
            if single
                || DOTTED.contains(&word)
                || dotted_lex.title() && word.len() <= 4
                || dotted_lex.org_cue()
            {
                end += 1;
                word = dotted;
                lex = Some(dotted_lex);
            }
        }
        let apostrophe = found.joiner && word.contains(['\'', '’']);
        prev_possessive = end < m_end;
        // A dot kept is no part of the next gap ('.' starts no word, so the
        // next word is the same whether the scan starts before it or after).
        at = end.max(m_end);
        out.push(Token {
            span: Span::new(span.start + start, span.start + end),
            word,
            // Only a word with a joiner can be a hyphenated adjective.
            cap: is_cap(word) && !(found.joiner && is_adjective(word)),
            upper: is_upper(word),
            joined,
            lex: lex.unwrap_or_else(|| lexicon::lex(word)),
            apostrophe,
        });
    }
}

fn is_cap(word: &str) -> bool {
    // An ASCII first letter answers at once, save for the Arabic prefixes,
    // all of which have their hyphen third.
    match word.as_bytes() {
        [b, ..] if b.is_ascii_uppercase() => return true,
        [b, _, c, ..] if b.is_ascii() && *c == b'-' => {}
        [b, ..] if b.is_ascii() => return false,
        _ => {}
    }
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        // Arabic article prefixes before a capitalised name.
        Some(_) => ["al-", "el-", "ad-", "as-"].iter().any(|p| {
            word.strip_prefix(p)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
        }),
        None => false,
    }
}

fn is_adjective(word: &str) -> bool {
    word.rsplit_once('-')
        .is_some_and(|(_, end)| ADJECTIVE_ENDS.contains(&end))
}

fn is_upper(word: &str) -> bool {
    // One pass over ASCII, which nearly always ends at the first or second
    // byte, a lower-case letter; a lower-case letter rules out the word
    // whatever else it holds.
    let mut letter = false;
    for b in word.bytes() {
        if !b.is_ascii() {
            return is_upper_unicode(word);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        letter |= b.is_ascii_alphabetic();
    }
    letter
}

fn is_upper_unicode(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// How a sentence is written, which decides how far its capitals can be
/// trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Casing {
    /// Ordinary prose: a capital marks a name (or the first word).
    Prose,
    /// Every word, or nearly, is capitalised: capitals say nothing.
    Headline,
}

/// Whether the sentence is an ALL CAPS line, or a Title Case one when it is
/// a headline (a body line of names only, "Peter Such and Nasser Hussain",
/// is Title Case too, and its capitals are names).
pub fn casing(tokens: &[Token], headline: bool) -> Casing {
    // Words of two letters or more, counted with no list made.
    let words = || tokens.iter().filter(|t| two_letters(t.word));
    // Most lines have no such word in capitals, and are not ALL CAPS
    // whatever the count of the others: only the capitals are looked at.
    let upper = tokens
        .iter()
        .filter(|t| t.upper && two_letters(t.word))
        .count();
    if upper > 0 {
        let (mut count, mut first_len) = (0, 0);
        for t in words() {
            if count == 0 {
                first_len = t.word.len();
            }
            count += 1;
        }
        if upper * 4 >= count * 3 && (count >= 2 || first_len >= 4) {
            return Casing::Headline;
        }
    }
    if !headline {
        return Casing::Prose;
    }
    // Title Case: every word capitalised, function words aside.
    let (mut all, mut cap) = (0, 0);
    for t in words().filter(|t| t.cap || !capitalised_is_not_name(t)) {
        all += 1;
        cap += usize::from(t.cap);
    }
    if all >= 4 && cap == all {
        return Casing::Headline;
    }
    Casing::Prose
}

/// Whether `word` has at least two alphabetic characters.
#[inline]
fn two_letters(word: &str) -> bool {
    // Most words start with two ASCII letters: answered with no loop.
    let letter = |b: u8| WORD_BYTE[usize::from(b)] & (LOWER_BIT | CAPITAL_BIT) != 0;
    if let [a, b, ..] = *word.as_bytes()
        && letter(a)
        && letter(b)
    {
        return true;
    }
    // ASCII letters byte by byte; the whole word by character once a byte
    // is not ASCII.
    let mut letters = 0;
    for b in word.bytes() {
        if !b.is_ascii() {
            return word.chars().filter(|c| c.is_alphabetic()).nth(1).is_some();
        }
        letters += usize::from(b.is_ascii_alphabetic());
        if letters == 2 {
            return true;
        }
    }
    false
}

/// `is_not_name(&capitalise(word))`, with ASCII words capitalised on the
/// stack (whose lower case, and so word-list entry, is the token's own):
/// this runs on nearly every word.
fn capitalised_is_not_name(token: &Token) -> bool {
    let word = token.word;
    let mut buf = [0u8; 32];
    match buf.get_mut(..word.len()) {
        Some(cap @ [_, ..]) if word.is_ascii() => {
            cap.copy_from_slice(word.as_bytes());
            cap[0].make_ascii_uppercase();
            std::str::from_utf8(cap).is_ok_and(|c| lexicon::is_not_name_lex(c, token.lex))
        }
        _ => lexicon::is_not_name(&capitalise(word)),
    }
}

fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.word)
            .collect()
    }

    /// The word scanner finds what its pattern finds.
    #[test]
    fn words_match_the_pattern() {
        let re = Regex::new(
            r"(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*",
        )
        .expect("pattern");
        let pieces = [
            "U", "S", ".", "A", "a", "é", "É", "\u{301}", "1", "٣", "½", "-", "'", "’", "&", " ",
            ",", "Ω", "ǅ", "_", "\n", "\t",
        ];
        // Every string of up to four pieces, and some longer ones.
        let mut texts = crate::testing::strings_of(&pieces, 4);
        texts.push("Kim Jong-un’s U.S.A. trip, said Gen. Smith of AT&T--O'Brien's 'quote'".into());
        for t in &texts {
            let want: Vec<(usize, usize)> = re.find_iter(t).map(|m| (m.start(), m.end())).collect();
            let mut got = Vec::new();
            let mut at = 0;
            while let Some(w) = next_word(t, at) {
                // What the scan notes on the way, as the text says it.
                let gap = &t[at..w.start];
                assert_eq!(w.plain_gap, gap.chars().all(|c| c == ' ' || c == '\t'));
                let joiner = t[w.start..w.end].contains(['-', '\'', '’', '&']);
                assert_eq!(w.joiner, joiner, "{t:?}");
                // A plain word is one of ASCII letters and digits with no
                // '.', joiner or character beyond ASCII after it, and its
                // shape is what `is_cap` and `is_upper` say of it.
                let word = &t[w.start..w.end];
                let plain = word.bytes().all(|b| b.is_ascii_alphanumeric())
                    && t[w.end..]
                        .chars()
                        .next()
                        .is_none_or(|c| c.is_ascii() && !".-'&".contains(c));
                let shape = Shape {
                    cap: is_cap(word),
                    upper: is_upper(word),
                };
                assert_eq!(w.plain, plain.then_some(shape), "{t:?}");
                got.push((w.start, w.end));
                at = w.end;
            }
            assert_eq!(got, want, "{t:?}");
        }
    }

    /// Answering General Punctuation first changes no answer of the word
    /// classes, on any character.
    #[test]
    fn word_classes_are_their_patterns() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let start = c.is_ascii_alphanumeric() || LETTER.contains(c) || NUMBER.contains(c);
            assert_eq!(is_word_start(c), start, "{c:?}");
            let inner = start || MARK.contains(c);
            assert_eq!(is_word_inner(c), inner, "{c:?}");
        }
    }

    /// `two_letters` says what counting the letters says.
    #[test]
    fn two_letters_counts_letters() {
        let pieces = ["a", "Z", "1", ".", "-", "é", "ǅ", "\u{301}", "٣", "’"];
        for w in crate::testing::strings_of(&pieces, 4) {
            let count = w.chars().filter(|c| c.is_alphabetic()).count();
            assert_eq!(two_letters(&w), count >= 2, "{w:?}");
        }
    }

    /// `tokenize` as it was before the scan noted the gaps and joiners on
    /// its way: the words from the pattern, each gap and each word looked
    /// at again.
    fn tokenize_reference<'a>(re: &Regex, body: &'a str) -> Vec<Token<'a>> {
        let mut out: Vec<Token> = Vec::new();
        let mut prev_end = 0;
        let mut prev_possessive = false;
        for m in re.find_iter(body) {
            let (start, m_end) = (m.start(), m.end());
            let mut end = m_end;
            let mut word = &body[start..m_end];
            for poss in ["'s", "’s"] {
                if let Some(w) = word.strip_suffix(poss).filter(|w| !w.is_empty()) {
                    word = w;
                    end = start + w.len();
                }
            }
            let mut lex = None;
            if end == m_end && body[end..].starts_with('.') {
                let dotted = &body[start..end + 1];
                let single = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                let dotted_lex = lexicon::lex(dotted);
                if single
                    || DOTTED.contains(&word)
                    || dotted_lex.title() && word.len() <= 4
                    || dotted_lex.org_cue()
                {
                    end += 1;
                    word = dotted;
                    lex = Some(dotted_lex);
                }
            }
            let gap = &body[prev_end.min(start)..start];
            let joined =
                !out.is_empty() && !prev_possessive && gap.chars().all(|c| c == ' ' || c == '\t');
            prev_possessive = end < m_end;
            prev_end = end.max(m_end);
            out.push(Token {
                span: Span::new(start, end),
                word,
                cap: is_cap(word) && !is_adjective(word),
                upper: is_upper(word),
                joined,
                lex: lex.unwrap_or_else(|| lexicon::lex(word)),
                apostrophe: word.contains(['\'', '’']),
            });
        }
        out
    }

    #[test]
    fn tokens_are_what_they_were() {
        let pieces = [
            "Gen", "U", "a", "s", "'s", "’s", ".", "-", "based", "al-", " ", "\t", ",", "é", "\n",
            "1", "US", "&", "'",
        ];
        let mut texts = crate::testing::strings_of(&pieces, 4);
        texts.push("Kim Jong-un’s U.S.A. trip, said Gen. Smith of AT&T--O'Brien's 'quote'".into());
        texts.push("The Ontario-based firm met St. Petersburg’s Jr. in Acme Corp. today".into());
        let re = Regex::new(
            r"(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*",
        )
        .expect("pattern");
        for t in &texts {
            let got = tokenize(t, Span::new(0, t.len()));
            assert_eq!(got, tokenize_reference(&re, t), "{t:?}");
        }
    }

    #[test]
    fn tokens_keep_name_parts_and_drop_possessives() {
        assert_eq!(
            words("Kim Jong-un’s U.S. trip, said Gen. Smith of Acme Corp."),
            [
                "Kim", "Jong-un", "U.S.", "trip", "said", "Gen.", "Smith", "of", "Acme", "Corp."
            ]
        );
        let t = tokenize("Rason, Russia", Span::new(0, 13));
        assert!(!t[1].joined && t[0].cap && !t[0].upper);
        assert!(is_cap("al-Assad") && !is_cap("also"));
    }

    #[test]
    fn casing_tells_headlines_from_prose() {
        let c = |s: &str| casing(&tokenize(s, Span::new(0, s.len())), true);
        assert_eq!(c("SOCCER - JAPAN GET LUCKY WIN"), Casing::Headline);
        assert_eq!(c("Russia Ties Help Revive the Zone"), Casing::Headline);
        assert_eq!(c("NATO said Russia had moved troops."), Casing::Prose);
        let body = "Peter Such and Nasser Hussain";
        assert_eq!(
            casing(&tokenize(body, Span::new(0, body.len())), false),
            Casing::Prose
        );
    }
}
