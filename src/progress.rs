//! The progress bar of long runs, on standard error.
//!
//! Shown only when standard error is a terminal, `--quiet` is off and the run
//! has more than [`SHOWN_FROM`] articles: short runs finish before a bar
//! would help, and a bar must never reach a file or a pipe. Whether it is
//! shown changes nothing on standard output.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Runs of at most this many articles show no bar.
pub const SHOWN_FROM: usize = 256;

/// A bar over `total` articles, or a hidden one (every call a no-op) when
/// it should not be drawn.
pub fn articles(total: usize, quiet: bool) -> ProgressBar {
    if !shown(total, quiet) {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(
        "{spinner} {pos}/{len} articles [{bar:30}] {elapsed} elapsed, {eta} left",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("=> ");
    bar.set_style(style);
    bar
}

/// A spinner naming a step that has no count (cross-referencing), under
/// the same conditions as [`articles`] for a run of `articles` articles.
pub fn step(message: &'static str, articles: usize, quiet: bool) -> ProgressBar {
    if !shown(articles, quiet) {
        return ProgressBar::hidden();
    }
    let spinner = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
        spinner.set_style(style);
    }
    spinner.set_message(message);
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    spinner
}

fn shown(articles: usize, quiet: bool) -> bool {
    !quiet && articles > SHOWN_FROM && std::io::stderr().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_or_quiet_runs_have_a_hidden_bar() {
        assert!(articles(SHOWN_FROM, false).is_hidden());
        assert!(articles(10_000, true).is_hidden());
        assert!(step("cross-referencing", 10_000, true).is_hidden());
    }
}
