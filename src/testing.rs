//! Helpers for the tests that hold a hand-written scanner to the pattern
//! or the code it replaced, on every short string of awkward pieces.

/// Every string made of at most `up_to` of `pieces` (repeats allowed), the
/// empty string first and shorter strings before longer ones.
pub fn strings_of(pieces: &[&str], up_to: usize) -> Vec<String> {
    let mut out = vec![String::new()];
    // The strings of the most pieces so far.
    let mut last = 0..1;
    for _ in 0..up_to {
        let start = out.len();
        for k in last {
            for p in pieces {
                let longer = format!("{}{p}", out[k]);
                out.push(longer);
            }
        }
        last = start..out.len();
    }
    out
}

#[test]
fn strings_of_lists_each_string_once() {
    let all = strings_of(&["a", "b"], 2);
    assert_eq!(all, ["", "a", "b", "aa", "ab", "ba", "bb"]);
}
