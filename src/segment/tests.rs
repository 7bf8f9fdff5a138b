//! Unit tests of the segmenter over small texts written for them.

use super::split;
use crate::model::Span;

/// The sentences of `text` taken as one block.
fn sents(text: &str) -> Vec<&str> {
    split(text, Span::new(0, text.len()))
        .into_iter()
        .map(|s| s.of(text))
        .collect()
}

#[test]
fn splits_at_full_stops_questions_and_exclamations() {
    assert_eq!(
        sents("Ships left. Did they? Yes!"),
        ["Ships left.", "Did they?", "Yes!"]
    );
}

#[test]
fn abbreviations_end_a_sentence_only_before_an_opener() {
    assert_eq!(
        sents("The firm joined Lee & Co. at dawn. It paid Lee & Co. Then it left."),
        [
            "The firm joined Lee & Co. at dawn.",
            "It paid Lee & Co.",
            "Then it left."
        ]
    );
    assert_eq!(
        sents("Exports to the U.K. rose. Officials in the U.K. They agreed."),
        [
            "Exports to the U.K. rose.",
            "Officials in the U.K.",
            "They agreed."
        ]
    );
    assert_eq!(
        sents("The U.N. Security Council met."),
        ["The U.N. Security Council met."]
    );
}

#[test]
fn titles_initials_and_numbers_do_not_end_sentences() {
    let text = "Gen. Kim met Dr. Ana B. Ortiz at 4.5 km. She paid $3.50 for No. 7.";
    assert_eq!(
        sents(text),
        [
            "Gen. Kim met Dr. Ana B. Ortiz at 4.5 km.",
            "She paid $3.50 for No. 7."
        ]
    );
    assert_eq!(
        sents("See p. 12 and fig. 3 today."),
        ["See p. 12 and fig. 3 today."]
    );
}

#[test]
fn times_end_before_a_title_once_the_sentence_is_long_enough() {
    let text = "By 9 a.m. Ms. Cho had left. She came back at 5 p.m. Ms. Cho then slept.";
    assert_eq!(
        sents(text),
        [
            "By 9 a.m. Ms. Cho had left.",
            "She came back at 5 p.m.",
            "Ms. Cho then slept."
        ]
    );
}

#[test]
fn closing_quotes_and_brackets_stay_with_their_sentence() {
    assert_eq!(
        sents("\u{201c}We will go.\u{201d} The ships left. (They sailed at night.) Good."),
        [
            "\u{201c}We will go.\u{201d}",
            "The ships left.",
            "(They sailed at night.)",
            "Good."
        ]
    );
    assert_eq!(
        sents("\"Why?\" he asked. Ports (see the map. It is old) closed (for now.) Then it ended."),
        [
            "\"Why?\" he asked.",
            "Ports (see the map. It is old) closed (for now.)",
            "Then it ended."
        ]
    );
}

#[test]
fn ellipses_spaced_and_closed_up() {
    assert_eq!(
        sents("It grew . . . slowly. . . . Then it stopped... I knew … I think."),
        [
            "It grew . . . slowly. . . .",
            "Then it stopped...",
            "I knew … I think."
        ]
    );
    assert_eq!(
        sents("\"Trade grew [...] Ports reopened [...] slowly.\""),
        ["\"Trade grew [...]", "Ports reopened [...] slowly.\""]
    );
}

#[test]
fn lists_on_one_line() {
    assert_eq!(
        sents("1. Load the ship 2. Sail north 3. Unload"),
        ["1. Load the ship", "2. Sail north", "3. Unload"]
    );
    assert_eq!(sents("a) one b) two"), ["a) one", "b) two"]);
    assert_eq!(sents("• 1. one • 2. two"), ["• 1. one", "• 2. two"]);
    assert_eq!(sents("1. One thing 3. is odd"), ["1. One thing 3. is odd"]);
    assert_eq!(
        sents("A. The port B. The ship"),
        ["A. The port", "B. The ship"]
    );
    assert_eq!(
        sents("J. K. Rowling met A. Smith."),
        ["J. K. Rowling met A. Smith."]
    );
}

#[test]
fn glued_and_spaced_punctuation() {
    assert_eq!(
        sents("Trade fell.Exports rose 2,000.The port , however , grew ."),
        [
            "Trade fell.",
            "Exports rose 2,000.",
            "The port , however , grew ."
        ]
    );
    assert_eq!(
        sents("Mail info@port.example.com. Visit www.port.example.org/a.html today."),
        [
            "Mail info@port.example.com.",
            "Visit www.port.example.org/a.html today."
        ]
    );
}

#[test]
fn question_and_exclamation_before_lower_case_continue() {
    assert_eq!(
        sents("She works at Yahoo! in Paris."),
        ["She works at Yahoo! in Paris."]
    );
    assert_eq!(
        sents("Really?! No way!! Yes."),
        ["Really?!", "No way!!", "Yes."]
    );
}

#[test]
fn a_quotation_keeps_its_dashed_source() {
    assert_eq!(
        sents("\"It is a long game.\" - Jane Roe"),
        ["\"It is a long game.\" - Jane Roe"]
    );
}

#[test]
fn awkward_input_never_panics_and_spans_cover_the_text() {
    let long = "word. ".repeat(5000) + &"x".repeat(100_000);
    let cases = [
        "",
        "   ",
        ".",
        "?!.…",
        "...",
        "\"",
        "(((",
        ")))]]",
        "é. É. ü? 東京。大阪！ok",
        "Ünïcödé “quotes” — dashes… ‘x’.",
        "1. 2. 3.",
        "• • •",
        "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.",
        "\u{feff}\u{a0}x\u{2028}y.",
        long.as_str(),
    ];
    for text in cases {
        assert_contract(text);
    }
}

/// Checks the contract of [`split`] on `text`: spans in order, trimmed,
/// on character boundaries, covering every non-space character.
fn assert_contract(text: &str) {
    let spans = split(text, Span::new(0, text.len()));
    let mut joined = String::new();
    let mut prev_end = 0;
    for s in &spans {
        assert!(!s.is_empty(), "empty sentence in {text:?}");
        assert!(s.start >= prev_end, "overlap in {text:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let piece = s.of(text);
        assert_eq!(piece, piece.trim(), "untrimmed sentence in {text:?}");
        joined.push_str(piece);
        prev_end = s.end;
    }
    let all: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let got: String = joined.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(all, got, "coverage of {text:?}");
}

#[test]
fn random_mixes_of_tricky_characters_keep_the_contract() {
    const PIECES: &[&str] = &[
        " ", ".", "!", "?", "…", "\"", "'", "“", "”", "(", ")", "[", "]", "A", "b", "1", "Mr",
        "U.S", "•", "-", "—", "é", "東", "。", "\u{a0}", "a)", "2.", "www.", "@",
    ];
    // A fixed linear congruential generator: the same texts on every run.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..3000 {
        let mut text = String::new();
        for _ in 0..(state % 40) {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            text.push_str(PIECES[(state >> 33) as usize % PIECES.len()]);
        }
        state = state.wrapping_add(0x9e37_79b9);
        assert_contract(&text);
    }
}

#[test]
fn splits_inside_a_block_offset_into_the_text() {
    let text = "Title\n\nOne. Two.\n";
    let spans = split(text, Span::new(7, 16));
    let got: Vec<&str> = spans.iter().map(|s| s.of(text)).collect();
    assert_eq!(got, ["One.", "Two."]);
    assert!(split(text, Span::new(7, 200)).is_empty());
}

#[test]
fn a_short_unpunctuated_tail_stays_with_its_sentence() {
    assert_eq!(
        sents("We will rebuild the port. Kim Jong Su"),
        ["We will rebuild the port. Kim Jong Su"]
    );
    assert_eq!(
        sents("We will rebuild the port. Kim said,"),
        ["We will rebuild the port.", "Kim said,"]
    );
    assert_eq!(
        sents("We will rebuild. Then we will sail across the sea together again"),
        [
            "We will rebuild.",
            "Then we will sail across the sea together again"
        ]
    );
}

#[test]
fn a_citation_in_parentheses_stays_with_the_quotation() {
    assert_eq!(
        sents("\"Ports grew [...] and shrank [...]\" (Lee 12). Next one."),
        [
            "\"Ports grew [...] and shrank [...]\" (Lee 12).",
            "Next one."
        ]
    );
    assert_eq!(
        sents("Ports grew. (They shrank later.) Next one."),
        ["Ports grew.", "(They shrank later.)", "Next one."]
    );
}

#[test]
fn a_question_tagged_with_its_speaker_is_one_sentence() {
    assert_eq!(
        sents("\"Why now?\" Jane Roe asked. \"Go!\" The crowd left."),
        ["\"Why now?\" Jane Roe asked.", "\"Go!\"", "The crowd left."]
    );
}

#[test]
fn etc_ends_a_sentence_before_any_capital() {
    assert_eq!(
        sents("They sell rice, tea, etc. Farmers agree."),
        ["They sell rice, tea, etc.", "Farmers agree."]
    );
}

#[test]
fn long_runs_of_punctuation_stay_linear() {
    // One group of 200,000 stray full stops is judged once, not per token.
    let text = "Word".to_string() + &" .".repeat(200_000) + " Next one.";
    let start = std::time::Instant::now();
    let got = sents(&text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1], "Next one.");
    assert!(start.elapsed().as_secs() < 10, "quadratic behaviour");
}

#[test]
fn initials_versions_and_stray_spaces() {
    assert_eq!(
        sents("J. R. R. Tolkien used v1.2.3 of it. The orbit , ignoring drag , decays ."),
        [
            "J. R. R. Tolkien used v1.2.3 of it.",
            "The orbit , ignoring drag , decays ."
        ]
    );
    assert_eq!(
        sents("Trade rose in the U.S. The port of St. Louis grew 3.5 percent."),
        [
            "Trade rose in the U.S.",
            "The port of St. Louis grew 3.5 percent."
        ]
    );
}

#[test]
fn a_pull_quote_is_one_sentence_with_its_attribution() {
    assert_eq!(
        sents("\u{201c}Ports matter. Ships too.\u{201d} - Jane Roe, harbour master"),
        ["\u{201c}Ports matter. Ships too.\u{201d} - Jane Roe, harbour master"]
    );
    // A quoted paragraph that ends in punctuation is split as usual.
    assert_eq!(
        sents("\"Ports matter. Ships too,\" Roe said."),
        ["\"Ports matter.", "Ships too,\" Roe said."]
    );
}

#[test]
fn a_quotation_that_is_the_object_of_its_verb_is_one_sentence() {
    assert_eq!(
        sents(r#"The mayor said "The roads are open. Schools stay shut." Rain fell."#),
        [
            r#"The mayor said "The roads are open. Schools stay shut.""#,
            "Rain fell."
        ]
    );
    assert_eq!(
        sents(r#"Critics wrote that “Ports are idle. Trade fell.” Few agreed."#),
        [
            r#"Critics wrote that “Ports are idle. Trade fell.”"#,
            "Few agreed."
        ]
    );
    assert_eq!(
        sents(r#"She argued the firms, "... cut wages. The rest left." He denied it."#),
        [
            r#"She argued the firms, "... cut wages. The rest left.""#,
            "He denied it."
        ]
    );
}

#[test]
fn a_quotation_set_off_by_a_comma_is_split_like_any_text() {
    assert_eq!(
        sents(r#"The coach said, "We learned a lot. The team was tired." Fans left."#),
        [
            r#"The coach said, "We learned a lot."#,
            r#"The team was tired.""#,
            "Fans left."
        ]
    );
    // An unclosed quotation holds nothing together.
    assert_eq!(
        sents(r#"He said "Ports are idle. Trade fell. Few agreed."#),
        [r#"He said "Ports are idle."#, "Trade fell.", "Few agreed."]
    );
}
