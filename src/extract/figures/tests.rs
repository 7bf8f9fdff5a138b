//! Tests of the whole figure stage over small sentences written for them.

use super::*;
use crate::model::Role;

fn run(text: &str, reference: Option<&str>) -> Vec<Figure> {
    let sentences = vec![Sentence {
        index: 0,
        span: Span::new(0, text.len()),
        role: Role::Body,
    }];
    let options = Options {
        reference_date: reference.and_then(Date::parse),
    };
    extract(text, &sentences, &options)
}

fn brief(text: &str) -> Vec<(String, &'static str, Option<f64>, Option<String>)> {
    run(text, None)
        .into_iter()
        .map(|f| {
            (
                f.span.of(text).to_string(),
                f.kind.as_str(),
                f.value,
                f.unit,
            )
        })
        .collect()
}

fn one(text: &str) -> Figure {
    let mut all = run(text, Some("2023-11-25"));
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.remove(0)
}

#[test]
fn counts_take_the_head_noun_as_unit() {
    let f = one("The ship carried an estimated 3,500 steel containers.");
    assert_eq!(
        (f.value, f.unit.as_deref()),
        (Some(3500.0), Some("container"))
    );
    assert_eq!(f.qualifier.as_deref(), Some("an estimated"));
    assert!(f.approximate);
    assert_eq!(
        f.span
            .of("The ship carried an estimated 3,500 steel containers."),
        "3,500"
    );
}

#[test]
fn quantities_money_and_percent() {
    let f = one("It shipped about 12.5 thousand tonnes by sea.");
    assert_eq!(
        (f.kind, f.value, f.unit.as_deref()),
        (FigureKind::Quantity, Some(12500.0), Some("t"))
    );
    assert_eq!(f.qualifier.as_deref(), Some("about"));
    let f = one("Profits rose to $1.2bn.");
    assert_eq!(
        (f.kind, f.value, f.unit.as_deref()),
        (FigureKind::Money, Some(1.2e9), Some("usd"))
    );
    let f = one("Exports fell 5 per cent.");
    assert_eq!((f.kind, f.value), (FigureKind::Percent, Some(5.0)));
    let f = one("Rates rose three percentage points.");
    assert_eq!(f.unit.as_deref(), Some("percentage point"));
    let f = one("They paid 5 million yuan.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(5e6), Some("cny")));
}

#[test]
fn ranges_years_and_durations() {
    let f = one("Between 3 and 5 million people left.");
    assert_eq!(
        (f.kind, f.low, f.high),
        (FigureKind::Range, Some(3e6), Some(5e6))
    );
    let f = one("It has grown since 2016.");
    assert_eq!(
        (f.kind, f.value, f.qualifier.as_deref()),
        (FigureKind::Year, Some(2016.0), Some("since"))
    );
    let f = one("The talks took four years.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Duration, Some("year"))
    );
    let f = one("It was built in the late 1970s.");
    assert_eq!(
        (f.kind, f.value, f.qualifier.as_deref()),
        (FigureKind::Decade, Some(1970.0), Some("late"))
    );
}

#[test]
fn dates_resolve_against_the_reference() {
    let f = one("Trade resumed in October last year.");
    assert_eq!(f.date.as_deref(), Some("2022-10"));
    let f = one("It has grown since the end of last year.");
    assert_eq!(
        (f.date.as_deref(), f.qualifier.as_deref()),
        (Some("2022"), Some("since the end of"))
    );
}

#[test]
fn ordinals_are_not_counts() {
    let b = brief("It was the 29th meeting and the second-largest port.");
    assert_eq!(b[0], ("29th".into(), "ordinal", Some(29.0), None));
    assert_eq!(b[1], ("second".into(), "ordinal", Some(2.0), None));
}

#[test]
fn codes_and_names_are_not_figures() {
    for text in [
        "The COVID-19 pandemic hit the G7 hard.",
        "An F-16 and an A320 flew over.",
        "Kim Jong-un met a Boeing 747 crew.",
        "Under Section 2(b) of the act.",
        "Call +1-555-123-4567 at 3:30 pm.",
        "Which one do you prefer? One of the largest.",
    ] {
        assert!(brief(text).is_empty(), "{text}: {:?}", brief(text));
    }
}

#[test]
fn awkward_input_never_panics() {
    let long = "9".repeat(5000) + &" ½ — “¥”".repeat(500) + &" one and".repeat(20000);
    for text in [
        "",
        "   ",
        "...!?%$",
        "漢字 ３ 数字 二〇一八",
        "€€€ 5 € -",
        "-",
        "$",
        "1/0",
        "0/0 %",
        long.as_str(),
    ] {
        for f in run(text, Some("2024-02-29")) {
            assert!(text.get(f.span.start..f.span.end).is_some());
        }
    }
}

#[test]
fn british_millions_dozens_and_seasons() {
    let f = one("The club paid £50m for him.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(5e7), Some("gbp")));
    let f = one("A dozen were sold.");
    assert_eq!(f.value, Some(12.0));
    let f = one("In the 2018-19 season.");
    assert_eq!(
        (f.kind, f.low, f.high),
        (FigureKind::Range, Some(2018.0), Some(2019.0))
    );
}

#[test]
fn ages_and_glued_letters() {
    let f = one("The bridge is 120 years old.");
    assert_eq!(
        (f.kind, f.span.of("The bridge is 120 years old.")),
        (FigureKind::Duration, "120 years old")
    );
    // A product name, not a temperature.
    let b = brief("It sold 800,000 F-Series trucks.");
    assert_eq!(b, vec![("800,000".into(), "count", Some(800000.0), None)]);
}

#[test]
fn names_with_numbers_and_glued_millions() {
    assert!(brief("Article 5 was invoked.").is_empty());
    assert!(brief("The new iPhone 15 sold well.").is_empty());
    // A headline keeps its numbers.
    assert_eq!(
        brief("Russia Sends 40 Troops To The Border")[0]
            .3
            .as_deref(),
        Some("troop")
    );
    let f = one("Some 1.5m people fled.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(1.5e6), Some("person")));
    let f = one("He is 1.8m tall.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Quantity, Some("m"))
    );
    let f = one("Yields fell 5 basis points.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Percent, Some("basis point"))
    );
}

#[test]
fn proportions_written_in_words() {
    let f = one("One in five children is hungry.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(0.2), Some("child")));
    let f = one("Two-thirds of voters agreed.");
    assert_eq!(f.value.map(|v| (v * 1000.0).round()), Some(667.0));
}

/// Pieces for random sentences: numbers, units, signs and words that meet
/// at odd places.
const PIECES: &[&str] = &[
    " ", " ", "-", "–", ".", ",", "/", "%", "$", "€", "£", "¥", "½", "°", "'", "’", "(", ")", "1",
    "2,000", "3.5", "0", "19", "2018", "1990s", "29th", "10M", "1e9", "2^3", "3/4", "12:30", "one",
    "a", "and", "half", "third", "twenty", "hundred", "million", "dozen", "point", "minus",
    "percent", "per", "cent", "km", "m", "in", "of", "over", "between", "from", "to", "last",
    "year", "July", "May", "Friday", "barrels", "dollars", "US", "usd", "M", "the", "Boeing",
    "漢字", "é",
];

#[test]
fn random_sentences_keep_spans_on_char_boundaries() {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1);
        (state >> 33) as usize
    };
    for round in 0..400 {
        let n = 1 + round % 40;
        let text: String = (0..n)
            .map(|_| PIECES[next() % PIECES.len()])
            .collect::<Vec<_>>()
            .join(if round % 2 == 0 { " " } else { "" });
        for f in run(&text, Some("2024-06-15")) {
            assert!(
                text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end),
                "{text:?}"
            );
            assert!(
                f.span.start < f.span.end && f.span.end <= text.len(),
                "{text:?}"
            );
            assert!(f.value.is_none_or(f64::is_finite), "{text:?}: {f:?}");
        }
    }
}

#[test]
fn slashes_and_names() {
    let b = brief("Victims of 9/11 worked 24/7 near Ground Zero; 3/4 agreed on 12/25/2020.");
    let kinds: Vec<_> = b.iter().map(|x| (x.0.as_str(), x.1)).collect();
    assert_eq!(kinds, vec![("3/4", "count"), ("12/25/2020", "date")]);
    let f = one("They signed nearly two-dozen orders.");
    assert_eq!(
        (f.value, f.qualifier.as_deref()),
        (Some(24.0), Some("nearly"))
    );
}

#[test]
fn fractions_verbs_and_compound_adjectives() {
    let f = one("Taxes were cut by nearly a third for the year.");
    assert_eq!(
        (f.kind, f.qualifier.as_deref()),
        (FigureKind::Count, Some("nearly"))
    );
    let f = one("It happens when one country invades another.");
    assert_eq!(f.unit, None);
    let f = one("He built an 80-foot-long room.");
    assert_eq!(
        (f.kind, f.unit.as_deref()),
        (FigureKind::Quantity, Some("ft"))
    );
    assert!(brief("It is the last one.").is_empty());
}

#[test]
fn half_dozens_older_years_and_day_slashes() {
    let f = one("Calls to a half-dozen advisers went unanswered.");
    assert_eq!((f.value, f.unit.as_deref()), (Some(6.0), Some("adviser")));
    let f = one("They reached conclusions two-and-a-half months ago.");
    assert_eq!(
        (f.kind, f.value, f.unit.as_deref()),
        (FigureKind::Duration, Some(2.5), Some("month"))
    );
    let b = brief("The 9/12 march came after an 1898 ruling on four caucuses.");
    let got: Vec<_> = b
        .iter()
        .map(|x| (x.0.as_str(), x.1, x.3.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![("1898", "year", None), ("four", "count", Some("caucus"))]
    );
}

#[test]
fn ordinals_in_names_and_ranks() {
    let b = brief(
        "Citing the First Amendment and the 14th Amendment, the party's No. 2 \
         leader asked about the second White House meeting, which took place \
         in rooms along Second Avenue after several days of talks.",
    );
    let got: Vec<_> = b.iter().map(|x| (x.0.as_str(), x.1, x.2)).collect();
    assert_eq!(
        got,
        vec![
            ("2", "ordinal", Some(2.0)),
            ("second", "ordinal", Some(2.0))
        ]
    );
}

#[test]
fn four_chars_counts_characters_not_bytes() {
    for w in [
        "",
        "a",
        "abc",
        "abcd",
        "é",
        "éé",
        "ééé",
        "éééé",
        "ab€",
        "ab€d",
        "€€€€€",
    ] {
        assert_eq!(four_chars(w), w.chars().count() >= 4, "{w:?}");
    }
}
