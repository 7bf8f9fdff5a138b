//! Helpers for the tests that hold a hand-written scanner to the pattern
//! or the code it replaced, on every short string of awkward pieces and on
//! longer ones picked at random (the same on every run).

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

/// A fixed sequence of pseudo-random numbers (xorshift64): "random" test
/// inputs that are the same on every run.
pub struct Xorshift(u64);

impl Xorshift {
    pub fn new() -> Xorshift {
        Xorshift::seeded(0x2545_F491_4F6C_DD1D)
    }

    /// Another fixed sequence (`seed` is not 0).
    pub fn seeded(seed: u64) -> Xorshift {
        Xorshift(seed)
    }

    /// The next number, below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Every string of up to two of `pieces` ([`strings_of`]), then `count`
/// longer ones of pieces picked by [`Xorshift`], the `k`th made of `min + k
/// % spread` pieces.
pub fn strings_of_two_and_random(
    pieces: &[&str],
    count: usize,
    min: usize,
    spread: usize,
) -> Vec<String> {
    let mut all = strings_of(pieces, 2);
    let mut random = Xorshift::new();
    for k in 0..count {
        let s: String = (0..min + k % spread)
            .map(|_| pieces[random.below(pieces.len())])
            .collect();
        all.push(s);
    }
    all
}
