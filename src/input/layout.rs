//! Layout: the role of every line of an article, and who published it.
//!
//! Text copied off a news site is a column of lines: furniture (ads, reading
//! times, trust badges, comment counts), a headline, standfirst bullets, body
//! paragraphs, captions with photo credits, section headers, links to other
//! articles. This stage gives each non-blank line a [`Role`], splitting a
//! line where two roles share it (a caption and its credit; a dateline and
//! the paragraph it opens). Only content roles reach the extractors.
//!
//! It works in two passes: each line alone (furniture, links, bullets,
//! credits, datelines, repeats), then each line in its place (the headline
//! is the first content line before more text; a section header is a short
//! unpunctuated line between paragraphs).
//!
//! The outlet comes from the page ("Why you can trust SCMP") or the first
//! paragraph's chain of reports ("Reuters reports and UNN reports": UNN
//! publishes, relaying Reuters); a dateline's "(Reuters)" is a relay.

use super::{dateline, furniture, scan};
use crate::extract::outlets;
use crate::model::{Block, Role, Span};
use regex::Regex;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// The layout of one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    /// Every non-blank line (or part of one), in order, trimmed of white
    /// space and list markers.
    pub blocks: Vec<Block>,
    /// The outlet that published the article, where the text names it.
    pub outlet: Option<String>,
    /// Outlets the article says it reports from ("Reuters reports").
    pub relays: Vec<String>,
}

impl Layout {
    /// The headline's span, if the article has one.
    pub fn title(&self) -> Option<Span> {
        self.blocks
            .iter()
            .find(|b| b.role == Role::Headline)
            .map(|b| b.span)
    }
}

static TRUST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^why you can trust\s+(?P<name>.+?)\s*$").expect("trust"));

/// List markers that open standfirst bullets and list items.
const BULLETS: &[char] = &['•', '●', '▪', '■', '◦', '·', '*', '-', '–', '—'];

/// The longest line read as a headline for being set off by a blank line
/// alone: a lede sentence is longer.
const SHORT_HEADLINE: usize = 110;

/// The most words a section header has ("For reference", "What happens next").
const HEADER_MAX_WORDS: usize = 6;

pub fn analyze(text: &str) -> Layout {
    let mut layout = Layout::default();
    // One line alone is not a page: no furniture around it, only what the
    // user wants read ("1", "Advertisers fled", a sentence to check).
    let mut all = lines(text);
    if let (Some(line), None) = (all.next(), all.next()) {
        classify_line(text, line, &mut layout);
        return layout;
    }
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    for line in lines(text) {
        let s = line.of(text);
        // TRUST opens with "why" in any case: other lines skip it.
        let trust = s
            .starts_with(['w', 'W'])
            .then(|| TRUST.captures(s))
            .flatten();
        if let Some(name) = trust.and_then(|c| c.name("name")) {
            layout.outlet = Some(outlet_name(name.as_str()));
        }
        if !seen.insert(s) {
            // A line repeated word for word (a caption shown twice, an ad).
            layout.blocks.push(block(line, Role::Boilerplate));
        } else if let Some(role) = furniture::role(s) {
            layout.blocks.push(block(line, role));
        } else {
            classify_line(text, line, &mut layout);
        }
    }
    place_roles(text, &mut layout.blocks);
    find_outlets(text, &mut layout);
    layout
}

fn block(span: Span, role: Role) -> Block {
    Block { span, role }
}

/// The non-blank lines of `text`, trimmed (a leading BOM counts as space).
/// Every byte of every article passes through here: line breaks are found
/// with the `memchr` crate, which tests 16 or 32 bytes at a time where the
/// standard library's search (behind `split_inclusive`) tests two words.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
    // A last line without a break ends the text.
    let last = (!text.ends_with('\n')).then_some(text.len());
    ends.chain(last).filter_map(move |end| {
        let line = Span::new(start, end);
        start = end;
        let mut span = line.trim(text);
        if span.of(text).starts_with('\u{feff}') {
            span = Span::new(span.start + '\u{feff}'.len_utf8(), span.end).trim(text);
        }
        (!span.is_empty()).then_some(span)
    })
}

/// The roles a line has on its own: bullets, captions with credits,
/// datelines; everything else is body until [`place_roles`] looks again.
fn classify_line(text: &str, line: Span, layout: &mut Layout) {
    let s = line.of(text);
    if let Some(rest) = s.strip_prefix(BULLETS).filter(|r| r.starts_with(' ')) {
        // A line of several items ("• 9. First • 10. Second") keeps its
        // markers: the segmenter splits the items at them.
        let marker = &s[..s.len() - rest.len()];
        let inline_list = rest.contains(&format!(" {marker} "));
        let start = if inline_list {
            line.start
        } else {
            line.end - rest.len()
        };
        let span = Span::new(start, line.end).trim(text);
        // Bullets before any paragraph (but a would-be headline) are the
        // standfirst; later ones are list items in the body.
        let mut seen = layout.blocks.iter().filter(|b| b.role != Role::Boilerplate);
        let headline_first = seen
            .next()
            .is_none_or(|b| b.role != Role::Body || looks_like_headline(b.span.of(text)));
        let more_body = seen.any(|b| b.role == Role::Body);
        let role = if headline_first && !more_body {
            Role::Standfirst
        } else {
            Role::Body
        };
        layout.blocks.push(block(span, role));
        return;
    }
    if dateline::is_line(s) {
        layout.blocks.push(block(line, Role::Dateline));
        return;
    }
    let credit_start = scan::credit(s).or_else(|| scan::glued_credit(s));
    if let Some(at) = credit_start {
        let credit = Span::new(line.start + at, line.end).trim(text);
        let caption = Span::new(line.start, credit.start).trim(text);
        if !caption.is_empty() {
            layout.blocks.push(block(caption, Role::Caption));
        }
        layout.blocks.push(block(credit, Role::Credit));
        return;
    }
    if let Some(prefix) = dateline::prefix_len(s) {
        // Only the agency is in parentheses: "SEOUL (Reuters) -".
        let agency = s[..prefix]
            .split_once('(')
            .and_then(|(_, rest)| rest.split_once(')'));
        if let Some((agency, _)) = agency {
            push_unique(&mut layout.relays, outlet_name(agency));
        }
        let dateline = Span::new(line.start, line.start + prefix).trim(text);
        layout.blocks.push(block(dateline, Role::Dateline));
        layout
            .blocks
            .push(block(Span::new(line.start + prefix, line.end), Role::Body));
        return;
    }
    layout.blocks.push(block(line, Role::Body));
}

/// Roles that depend on a line's place: the headline and section headers.
fn place_roles(text: &str, blocks: &mut [Block]) {
    let content = |b: &Block| matches!(b.role, Role::Body | Role::Standfirst | Role::Caption);
    let first = blocks.iter().position(|b| b.role != Role::Boilerplate);
    if let Some(i) = first {
        let more = blocks[i + 1..].iter().any(content);
        let s = blocks[i].span.of(text);
        // A short single sentence set off by a blank line is a headline
        // even with a full stop ("Judge rejects request to unseal file.").
        let set_off = blocks.get(i + 1).is_some_and(|next| {
            let gap = &text[blocks[i].span.end..next.span.start];
            gap.matches('\n').count() >= 2
        });
        let short_line =
            s.len() <= SHORT_HEADLINE && crate::segment::split(text, blocks[i].span).len() == 1;
        let headline = looks_like_headline(s) || (set_off && short_line);
        if blocks[i].role == Role::Body && more && headline {
            blocks[i].role = Role::Headline;
        }
    }
    for i in 0..blocks.len() {
        if blocks[i].role != Role::Body {
            continue;
        }
        let after_content = blocks[..i]
            .iter()
            .any(|b| content(b) || b.role == Role::Headline);
        let before_content = blocks[i + 1..].iter().any(content);
        if after_content && before_content && looks_like_header(blocks[i].span.of(text)) {
            blocks[i].role = Role::SectionHeader;
        }
    }
}

fn ends_like_sentence(s: &str) -> bool {
    s.trim_end_matches(['"', '”', '’', '\'', ')', ']'])
        .ends_with(['.', '!', '?', ':', ';', ','])
}

/// A headline has no final full stop, or is one short exclamation or
/// question, or is in Title Case; it is not long.
fn looks_like_headline(s: &str) -> bool {
    if s.len() > 300 {
        return false;
    }
    if !ends_like_sentence(s) {
        return true;
    }
    let bare = s.trim_end_matches(['"', '”', '’', '\'', ')', ']']);
    if bare.ends_with(['!', '?']) && s.len() <= 120 && !s.contains(". ") {
        return true;
    }
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.chars().count() > 3)
        .collect();
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    words.len() >= 3 && capitalised * 4 >= words.len() * 3
}

/// A section header: a few words, no digits, no sentence punctuation.
fn looks_like_header(s: &str) -> bool {
    // The length first: most lines are paragraphs, too long to count words in.
    s.len() <= 60
        && s.split_whitespace().count() <= HEADER_MAX_WORDS
        && !ends_like_sentence(s)
        && !s.contains([',', '"', '“', '”'])
        && !s.chars().any(|c| c.is_ascii_digit())
        && s.chars().next().is_some_and(char::is_uppercase)
}

/// Outlets named by "X reports" in the first body paragraph: the last of a
/// chain publishes, the earlier ones are relayed; a lone one is relayed.
fn find_outlets(text: &str, layout: &mut Layout) {
    let Some(first) = layout.blocks.iter().find(|b| b.role == Role::Body) else {
        return;
    };
    let paragraph = first.span.of(text);
    // Every match holds one of these verbs, and most paragraphs none.
    if !["report", "writes", "wrote"]
        .iter()
        .any(|verb| paragraph.contains(verb))
    {
        return;
    }
    let names: Vec<String> = scan::reports(paragraph)
        .into_iter()
        .filter_map(|name| outlets::canonical_outlet(strip_article(name)))
        .map(str::to_string)
        .collect();
    let Some((last, earlier)) = names.split_last() else {
        return;
    };
    if earlier.is_empty() {
        push_unique(&mut layout.relays, last.clone());
        return;
    }
    if layout.outlet.is_none() {
        layout.outlet = Some(last.clone());
    }
    for name in earlier {
        push_unique(&mut layout.relays, name.clone());
    }
}

fn strip_article(name: &str) -> &str {
    name.strip_prefix("The ").unwrap_or(name)
}

/// The canonical name of an outlet as written, or the name itself.
fn outlet_name(name: &str) -> String {
    let name = name.trim().trim_end_matches('.');
    outlets::canonical_outlet(strip_article(name))
        .map(str::to_string)
        .unwrap_or_else(|| name.to_string())
}

fn push_unique(list: &mut Vec<String>, name: String) {
    if !list.contains(&name) {
        list.push(name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(&str, Role)> {
        analyze(text)
            .blocks
            .iter()
            .map(|b| (b.span.of(text), b.role))
            .collect()
    }

    /// `lines` as it was written before it used `memchr`.
    fn lines_reference(text: &str) -> Vec<Span> {
        let mut offset = 0;
        text.split_inclusive('\n')
            .filter_map(|line| {
                let start = offset;
                offset += line.len();
                let mut span = Span::new(start, start + line.len()).trim(text);
                if span.of(text).starts_with('\u{feff}') {
                    span = Span::new(span.start + '\u{feff}'.len_utf8(), span.end).trim(text);
                }
                (!span.is_empty()).then_some(span)
            })
            .collect()
    }

    #[test]
    fn lines_are_what_split_inclusive_made_of_them() {
        let pieces = ["\n", "\r\n", " ", "a", "\u{feff}", "\u{2003}", "é", "\n\n"];
        for text in crate::testing::strings_of(&pieces, 5) {
            assert_eq!(
                lines(&text).collect::<Vec<_>>(),
                lines_reference(&text),
                "{text:?}"
            );
        }
        assert_eq!(lines(PAGE).collect::<Vec<_>>(), lines_reference(PAGE));
    }

    const PAGE: &str = "Advertisement\n\nPort traffic revives in a border zone\n\n  \u{2022} Ships are back after five years\n\nReading Time:3 minutes\nWhy you can trust SCMP\n4\nCranes stand at the port in May. Photo: Jane Doe via AP\nShips docked there last week, officials said.\nAdvertisement\nBackground\nThe zone opened in 1991.\nSEE ALSO: Another story\n";

    #[test]
    fn page_roles() {
        use Role::*;
        assert_eq!(
            roles(PAGE),
            vec![
                ("Advertisement", Boilerplate),
                ("Port traffic revives in a border zone", Headline),
                ("Ships are back after five years", Standfirst),
                ("Reading Time:3 minutes", Boilerplate),
                ("Why you can trust SCMP", Boilerplate),
                ("4", Boilerplate),
                ("Cranes stand at the port in May.", Caption),
                ("Photo: Jane Doe via AP", Credit),
                ("Ships docked there last week, officials said.", Body),
                ("Advertisement", Boilerplate),
                ("Background", SectionHeader),
                ("The zone opened in 1991.", Body),
                ("SEE ALSO: Another story", Related),
            ]
        );
        let layout = analyze(PAGE);
        assert_eq!(layout.outlet.as_deref(), Some("South China Morning Post"));
        assert_eq!(
            layout.title().map(|s| s.of(PAGE)),
            Some("Port traffic revives in a border zone")
        );
    }

    #[test]
    fn only_lines_repeated_whole_are_repeats() {
        // The same length and the same ends, a different middle.
        let middle = |c: char| format!("{}{c}{}", "a".repeat(20), "b".repeat(20));
        let text = format!("{}\n{}\n{}\n", middle('x'), middle('y'), middle('x'));
        let roles: Vec<Role> = analyze(&text).blocks.iter().map(|b| b.role).collect();
        assert_eq!(roles[1..], [Role::Body, Role::Boilerplate]);
    }

    #[test]
    fn a_first_body_sentence_is_no_headline() {
        let text = "The zone grows, Reuters reportsand UNN reports.\nDetails\nMore text here.\n";
        let layout = analyze(text);
        assert_eq!(layout.title(), None);
        assert_eq!(layout.outlet.as_deref(), Some("UNN"));
        assert_eq!(layout.relays, vec!["Reuters".to_string()]);
    }

    #[test]
    fn datelines_are_split_off() {
        let text = "Title here\n\nWASHINGTON -- Officials said on Monday that talks failed.\nFriday, July 21, 2017\n";
        assert_eq!(
            roles(text),
            vec![
                ("Title here", Role::Headline),
                ("WASHINGTON --", Role::Dateline),
                ("Officials said on Monday that talks failed.", Role::Body),
                ("Friday, July 21, 2017", Role::Dateline),
            ]
        );
        let agency = analyze("SEOUL (Reuters) - North Korea fired a missile.\n");
        assert_eq!(agency.relays, vec!["Reuters".to_string()]);
    }

    #[test]
    fn inline_lists_keep_their_markers() {
        let text = "\u{2022} 9. The first item \u{2022} 10. The second item";
        assert_eq!(roles(text)[0].0, text);
    }

    #[test]
    fn glued_credits_are_split_off() {
        let text = "Title\n\nThe senator at the Capitol.CreditJane Doe/Reuters\nBody text here.\n";
        assert_eq!(
            roles(text)[1],
            ("The senator at the Capitol.", Role::Caption)
        );
        assert_eq!(roles(text)[2], ("CreditJane Doe/Reuters", Role::Credit));
    }

    #[test]
    fn a_short_sentence_set_off_by_a_blank_line_is_a_headline() {
        let text = "Judge rejects request to unseal divorce file.\n\nA judge on Monday rejected a request, the court said.\n";
        assert_eq!(
            analyze(text).title().map(|s| s.of(text)),
            Some("Judge rejects request to unseal divorce file.")
        );
        // Without the blank line, or when long, a first sentence is body.
        let text = "Judge rejects request to unseal divorce file.\nA judge on Monday rejected a request.\n";
        assert_eq!(analyze(text).title(), None);
    }

    #[test]
    fn a_lone_line_is_body() {
        assert_eq!(
            roles("Hello World. My name is Jonas."),
            vec![("Hello World. My name is Jonas.", Role::Body)]
        );
        assert_eq!(roles("Details"), vec![("Details", Role::Body)]);
        assert_eq!(roles("12"), vec![("12", Role::Body)]);
    }

    #[test]
    fn spans_survive_bom_and_crlf() {
        let text = "\u{feff}Headline\r\n\r\nBody text.\r\nMore body.\r\n";
        for (s, _) in roles(text) {
            assert!(!s.contains(['\r', '\n', '\u{feff}']), "{s:?}");
        }
        assert_eq!(analyze(text).title().map(|s| s.of(text)), Some("Headline"));
    }
}
