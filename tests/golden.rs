//! Golden output for the seed articles: `extract` and `diff` as JSON,
//! compared byte for byte with files reviewed by eye (tests/golden/). After a
//! deliberate change, regenerate with `UPDATE_GOLDEN=1 cargo test --test
//! golden` and review the `git diff` of the golden files before committing:
//! a snapshot of wrong output is a bug frozen in place.

mod util;

use util::*;

fn check(name: &str, args: &[&str]) {
    let out = run(args);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    let got = stdout(&out);
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &got).expect("golden file written");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run UPDATE_GOLDEN=1 cargo test --test golden",
            path.display()
        )
    });
    if got != want {
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(g, w)| g != w)
            .unwrap_or(0);
        panic!(
            "{name} differs from the golden file at line {}:\n  got:  {}\n  want: {}\n(review, then UPDATE_GOLDEN=1 cargo test --test golden)",
            line + 1,
            got.lines().nth(line).unwrap_or(""),
            want.lines().nth(line).unwrap_or("")
        );
    }
}

#[test]
fn seeds_extract_json() {
    check(
        "seeds.extract.json",
        &["extract", "--format", "json", "--date", "2023-11-24", SEEDS],
    );
}

#[test]
fn seeds_diff_json() {
    check(
        "seeds.diff.json",
        &[
            "diff",
            "--format",
            "json",
            "fixtures/seeds/000_ee3571095572b683.txt",
            "fixtures/seeds/004_2d1bc5d465703750.txt",
        ],
    );
}
