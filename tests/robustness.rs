//! No panics, on any input: generated texts full of the characters and
//! tokens that trip text processing (quotes, dashes, digits, abbreviations,
//! currency signs, multi-byte scripts, stray line breaks) go through every
//! stage, and every span must still slice the text on character boundaries.

use rason_digest::input::Document;
use rason_digest::model::{Date, Options};
use rason_digest::{pipeline, xref};

/// Pieces the generator strings together.
const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    ".",
    ". ",
    "!",
    "?",
    ",",
    ";",
    ":",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "(",
    ")",
    "[",
    "]",
    "–",
    "—",
    "-",
    "…",
    "...",
    "•",
    "$",
    "€",
    "£",
    "%",
    "1",
    "2,000",
    "3.5",
    "1990s",
    "19",
    "0",
    "-7",
    "½",
    "Mr.",
    "U.S.",
    "Dr.",
    "No.",
    "Jan.",
    "e.g.",
    "a.m.",
    "The",
    "said",
    "says",
    "according to",
    "experts",
    "he",
    "She",
    "might",
    "about",
    "million",
    "thousand",
    "percent",
    "per cent",
    "containers",
    "barrels",
    "twenty-one",
    "first",
    "29th",
    "last year",
    "in July",
    "November 22",
    "Kim Jong-un",
    "COVID-19",
    "North Korea",
    "DPRK",
    "Reuters reports",
    "Photo:",
    "SEE ALSO:",
    "Advertisement",
    "Reading Time:",
    "Why you can trust",
    "Details",
    "한국",
    "北朝鮮",
    "Россия",
    "é",
    "\u{feff}",
    "\u{200b}",
    "\t",
    "http://x.y/z?a=1.",
    "a@b.co",
];

/// A small deterministic generator (an LCG), so that failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

fn text(seed: u64, pieces: usize) -> String {
    let mut rng = Lcg(seed);
    (0..pieces)
        .map(|_| PIECES[rng.next() % PIECES.len()])
        .collect()
}

fn check(id: &str, text: String, options: &Options) -> rason_digest::model::Article {
    let doc = Document {
        id: id.into(),
        path: id.into(),
        text,
    };
    let a = pipeline::analyze(doc, options);
    let ok = |s: rason_digest::model::Span| {
        s.start <= s.end
            && s.end <= a.text.len()
            && a.text.is_char_boundary(s.start)
            && a.text.is_char_boundary(s.end)
    };
    for s in &a.sentences {
        assert!(ok(s.span), "{id}: sentence span {:?}", s.span);
    }
    for f in &a.figures {
        assert!(ok(f.span), "{id}: figure span {:?}", f.span);
    }
    for e in &a.entities {
        assert!(e.mentions.iter().all(|&m| ok(m)), "{id}: entity {}", e.name);
    }
    for c in &a.claims {
        assert!(ok(c.span), "{id}: claim span {:?}", c.span);
        if let Some(m) = c.attribution.as_ref().and_then(|at| at.mention) {
            assert!(ok(m), "{id}: attribution mention {m:?}");
        }
    }
    a
}

#[test]
fn generated_texts_never_panic() {
    let options = Options {
        reference_date: Date::parse("2024-06-15"),
    };
    let mut articles = Vec::new();
    for seed in 0..300 {
        articles.push(check(
            &format!("gen{seed}"),
            text(seed, 5 + seed as usize % 200),
            &options,
        ));
    }
    let clusters = xref::cluster(&articles);
    for c in &clusters {
        assert!(c.members.iter().all(|m| m.article < articles.len()));
    }
    let _ = xref::diff(&articles[..2]);
}

#[test]
fn degenerate_texts_never_panic() {
    let options = Options::default();
    let long_word = "a".repeat(100_000);
    let long_line = "word. ".repeat(20_000);
    let many_lines = "x\n".repeat(20_000);
    for (i, t) in [
        "",
        " ",
        "\n\n\n",
        ".",
        "\"",
        "“”",
        "1",
        "$",
        "%",
        "—",
        "\u{feff}",
        &long_word,
        &long_line,
        &many_lines,
    ]
    .into_iter()
    .enumerate()
    {
        check(&format!("degenerate{i}"), t.to_string(), &options);
    }
    let m = xref::match_texts("", "");
    assert!(m.score.is_finite());
}
