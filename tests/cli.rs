//! The command line as users meet it: subcommands, formats, exit codes,
//! errors on bad input, determinism, and the byte-span invariant.

mod util;

use serde_json::Value;
use std::collections::BTreeMap;
use util::*;

/// The article texts, by id, of every fixture.
fn fixture_texts() -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for dir in [SEEDS, PHENOMENA, RELAY] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            out.insert(id, std::fs::read(&path).unwrap());
        }
    }
    out
}

fn check_span(text: &[u8], v: &Value, what: &str) {
    let (start, end) = (
        v["start"].as_u64().unwrap() as usize,
        v["end"].as_u64().unwrap() as usize,
    );
    assert!(
        start < end && end <= text.len(),
        "{what}: bad span {start}..{end}"
    );
    let slice = std::str::from_utf8(&text[start..end])
        .unwrap_or_else(|_| panic!("{what}: span {start}..{end} splits a character"));
    assert_eq!(
        slice,
        v["text"].as_str().unwrap(),
        "{what}: input[start..end] != text"
    );
}

#[test]
fn every_span_slices_to_its_text() {
    let texts = fixture_texts();
    let out = run(&["extract", "--format", "jsonl", SEEDS, PHENOMENA, RELAY]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let recs = records(&out);
    let mut checked = 0;
    for r in &recs {
        let kind = r["record"].as_str().unwrap();
        if kind == "article" {
            continue;
        }
        let text = &texts[r["article"].as_str().unwrap()];
        match kind {
            "sentence" | "claim" | "figure" => check_span(text, r, kind),
            "entity" => {
                for m in r["mentions"].as_array().unwrap() {
                    check_span(text, m, "entity mention");
                }
            }
            _ => {}
        }
        if let Some(m) = r
            .get("attribution")
            .and_then(|a| a.get("mention"))
            .filter(|m| !m.is_null())
        {
            check_span(text, m, "attribution mention");
        }
        checked += 1;
    }
    assert!(checked > 100, "only {checked} records checked");
    for kind in ["article", "sentence", "claim", "figure", "entity", "source"] {
        assert!(!of_kind(&recs, kind).is_empty(), "no {kind} records");
    }
}

#[test]
fn furniture_yields_no_claim_figure_or_entity() {
    let out = run(&["extract", "--format", "jsonl", SEEDS, PHENOMENA, RELAY]);
    let recs = records(&out);
    let furniture: Vec<(&str, u64, u64)> = of_kind(&recs, "sentence")
        .into_iter()
        .filter(|s| {
            matches!(
                s["role"].as_str(),
                Some("boilerplate" | "related" | "credit" | "section_header")
            )
        })
        .map(|s| {
            (
                s["article"].as_str().unwrap(),
                s["start"].as_u64().unwrap(),
                s["end"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(
        furniture.len() >= 10,
        "the fixtures have furniture: {furniture:?}"
    );
    let inside = |article: &str, start: u64, end: u64| {
        furniture
            .iter()
            .any(|&(a, s, e)| a == article && start < e && s < end)
    };
    for r in &recs {
        let article = r["article"].as_str().unwrap_or("");
        match r["record"].as_str() {
            Some("claim" | "figure") => {
                let (s, e) = (r["start"].as_u64().unwrap(), r["end"].as_u64().unwrap());
                assert!(!inside(article, s, e), "furniture became a record: {r}");
            }
            Some("entity") => {
                for m in r["mentions"].as_array().unwrap() {
                    let (s, e) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
                    assert!(!inside(article, s, e), "furniture became an entity: {m}");
                }
            }
            _ => {}
        }
    }
}

#[test]
fn layout_roles_on_the_seeds() {
    let out = run(&["sentences", "--format", "jsonl", SEEDS]);
    let recs = records(&out);
    let role_of = |needle: &str| -> String {
        let s = recs
            .iter()
            .find(|s| s["text"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("no sentence has {needle:?}"));
        s["role"].as_str().unwrap().to_string()
    };
    assert_eq!(role_of("Flourishing Russia ties"), "headline");
    assert_eq!(
        role_of("an estimated 2,000 containers suspected"),
        "standfirst"
    );
    assert_eq!(role_of("Reading Time"), "boilerplate");
    assert_eq!(role_of("Why you can trust"), "boilerplate");
    assert_eq!(role_of("Photo: Sputnik"), "credit");
    assert_eq!(role_of("Vostochny cosmodrome"), "caption");
    assert_eq!(role_of("SEE ALSO: State Department"), "related");
    assert_eq!(role_of("For reference"), "section_header");
    let articles = of_kind(
        &records(&run(&["extract", "--format", "jsonl", SEEDS])),
        "article",
    )
    .into_iter()
    .cloned()
    .collect::<Vec<_>>();
    assert_eq!(articles[0]["outlet"], "South China Morning Post");
    assert_eq!(
        articles[1]["title"],
        Value::Null,
        "a first body sentence is no headline"
    );
    assert_eq!(articles[1]["outlet"], "UNN");
    assert_eq!(articles[1]["relays"], serde_json::json!(["Reuters"]));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_processed() {
    let dir = scratch("bad");
    std::fs::write(dir.join("binary.txt"), b"\x7fELF\x00\x01\x02").unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Caf\xe9 au lait.\n").unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(
        dir.join("good.txt"),
        "Ships return\n\nShips docked on Monday, officials said.\n",
    )
    .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir, dir.join("loop")).unwrap();
    let missing = dir.join("missing.txt");
    let out = run(&[
        "claims",
        "--format",
        "jsonl",
        path_str(&dir),
        path_str(&missing),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("binary.txt: binary data"), "{err}");
    assert!(err.contains("latin1.txt: not UTF-8"), "{err}");
    assert!(err.contains("missing.txt"), "{err}");
    #[cfg(unix)]
    assert!(err.contains("directory loop"), "{err}");
    let recs = records(&out);
    assert!(
        recs.iter().any(|r| r["article"] == "good"),
        "the good file is still processed"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn output_is_the_same_whatever_the_thread_count() {
    let one = run(&[
        "extract",
        "--format",
        "jsonl",
        "--threads",
        "1",
        SEEDS,
        PHENOMENA,
    ]);
    let two = run(&[
        "extract",
        "--format",
        "jsonl",
        "--threads",
        "2",
        SEEDS,
        PHENOMENA,
    ]);
    assert_eq!(one.stdout, two.stdout);
    let s1 = run(&["summarize", "--threads", "1", SEEDS]);
    let s2 = run(&["summarize", "--threads", "2", SEEDS]);
    assert_eq!(s1.stdout, s2.stdout);
}

#[test]
fn stdin_is_one_article_named_dash() {
    let text = std::fs::read(root().join(PHENOMENA).join("wire_story.txt")).unwrap();
    let out = run_with_stdin(&["extract", "--format", "jsonl", "-"], Some(&text));
    assert_eq!(out.status.code(), Some(0));
    let recs = records(&out);
    let article = of_kind(&recs, "article")[0];
    assert_eq!(article["id"], "-");
    assert_eq!(article["path"], "-");
    let from_file = records(&run(&[
        "extract",
        "--format",
        "jsonl",
        "fixtures/phenomena/wire_story.txt",
    ]));
    assert_eq!(recs.len(), from_file.len());
}

#[test]
fn json_nests_the_jsonl_records() {
    let out = run(&["extract", "--format", "json", SEEDS]);
    let doc: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["command"], "extract");
    assert!(doc["schema_version"].is_string());
    let lines = records(&run(&["extract", "--format", "jsonl", SEEDS]));
    let nested: usize = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            ["sentences", "figures", "entities", "claims", "sources"]
                .iter()
                .map(|k| a[k].as_array().unwrap().len())
                .sum::<usize>()
        })
        .sum();
    assert_eq!(
        nested + 2,
        lines.len(),
        "json holds the same records as jsonl"
    );
}

#[test]
fn diff_exits_one_on_differences_and_zero_on_the_same_article() {
    let seeds = [
        "fixtures/seeds/000_ee3571095572b683.txt",
        "fixtures/seeds/004_2d1bc5d465703750.txt",
    ];
    let out = run(&["diff", seeds[0], seeds[1]]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("--- fixtures/seeds/000"), "{text}");
    let same = run(&["diff", seeds[0], seeds[0]]);
    assert_eq!(same.status.code(), Some(0), "{}", stdout(&same));
    let json = records(&run(&["diff", "--format", "jsonl", seeds[0], seeds[1]]));
    assert_eq!(json.len(), 1);
    for k in ["shared", "changed", "only_a", "only_b"] {
        assert!(json[0][k].is_array(), "diff record has {k}");
    }
    let one = run(&["diff", seeds[0], "fixtures/does-not-exist.txt"]);
    assert_eq!(one.status.code(), Some(2));
}

#[test]
fn match_passes_fields_through() {
    let input = b"{\"a\": \"Ships docked at the port for the first time since 2018.\", \"b\": \"For the first time since 2018, ships have docked at the port.\", \"id\": \"p1\"}\n{\"a\": \"Ships docked.\", \"b\": \"The minister resigned over a scandal.\", \"id\": \"p2\"}\nnot json\n";
    let out = run_with_stdin(&["match", "--format", "jsonl", "-"], Some(input));
    assert_eq!(out.status.code(), Some(2), "a bad line is an error");
    assert!(
        stderr(&out).contains(":3:"),
        "the bad line is named: {}",
        stderr(&out)
    );
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["id"], "p1");
    assert_eq!(recs[0]["same"], true);
    assert_eq!(recs[1]["same"], false);
    assert!(recs[0]["score"].as_f64().unwrap() > recs[1]["score"].as_f64().unwrap());
}

#[test]
fn schema_is_json_schema_naming_every_record() {
    let out = run(&["schema"]);
    let schema: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(
        schema["$schema"]
            .as_str()
            .unwrap()
            .contains("json-schema.org")
    );
    let text = stdout(&out);
    for name in [
        "ArticleRecord",
        "SentenceRecord",
        "ClaimRecord",
        "FigureRecord",
        "EntityRecord",
        "SourceRecord",
        "ClusterRecord",
        "DiffRecord",
        "MatchRecord",
    ] {
        assert!(text.contains(name), "schema lacks {name}");
    }
}

#[test]
fn relative_dates_need_a_reference_date() {
    let bad = run(&["figures", "--date", "2024-02-30", SEEDS]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--date"));
}

#[test]
fn text_output_has_no_colour_when_not_a_terminal() {
    let out = run(&["summarize", SEEDS]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!stdout(&out).contains('\x1b'));
}

#[test]
fn articles_relaying_one_outlet_are_not_independent_confirmation() {
    let out = run(&["xref", "--format", "jsonl", "fixtures/relay"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let clusters = records(&out);
    let fire = clusters
        .iter()
        .find(|c| {
            c["claims"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["text"].as_str().unwrap().contains("fuel exports"))
        })
        .expect("the fire is a shared claim");
    assert_eq!(fire["articles"], 3);
    assert_eq!(fire["outlets"], 2, "two of the three relay Reuters: {fire}");
    let summary = stdout(&run(&["summarize", "fixtures/relay"]));
    assert!(
        summary.contains("independent outlets: they relay Reuters"),
        "{summary}"
    );
}

#[test]
fn a_long_run_draws_no_progress_bar_into_a_pipe() {
    // More articles than the bar's threshold; standard error is a pipe here.
    let dir = scratch("progress");
    for k in 0..300 {
        std::fs::write(
            dir.join(format!("a{k:03}.txt")),
            format!("Harbour news {k}\n\nThe pier reopened on Monday after {k} days of repairs.\n"),
        )
        .expect("written");
    }
    for view in ["extract", "xref"] {
        let o = run(&[view, "--format", "jsonl", path_str(&dir)]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(
            stderr(&o),
            "",
            "{view}: nothing but errors on standard error"
        );
    }
}
