//! The command line: clap's derive types, and their translation into a plain
//! [`Config`]. This is the only module that knows clap.

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand, ValueEnum};
use rason_digest::model::{Date, Options};
use rason_digest::render::{Format, View};
use std::io::IsTerminal;
use std::path::PathBuf;

/// What a corpus of news articles claims, who says it, how firmly, with which
/// numbers, and where the articles agree and differ.
#[derive(Debug, Parser)]
#[command(name = "rason-digest", version, about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// A briefing for people: articles and sources, shared claims and how they
    /// differ, single-source claims, key figures, main entities.
    Summarize(Corpus),
    /// Every record of every article.
    Extract(Corpus),
    /// Sentence records, with their layout role.
    Sentences(Corpus),
    /// Claim records: what is asserted, by whom, how firmly.
    Claims(Corpus),
    /// Figure records: numbers, amounts, dates, normalised.
    Figures(Corpus),
    /// Entity records: people, organisations, places, with aliases.
    Entities(Corpus),
    /// Source records: who the articles cite.
    Sources(Corpus),
    /// Cluster records: claims that several articles share.
    Xref(Corpus),
    /// The claims of A and B compared: shared, changed, only in A, only in B.
    /// Exits 1 when they differ.
    Diff(DiffArgs),
    /// Reads JSON Lines of pairs {"a": "...", "b": "..."} and prints each with
    /// `score`, `same` and `differences` (other fields are passed through).
    Match(MatchArgs),
    /// Prints the JSON Schema of the `json` and `jsonl` output.
    Schema,
}

#[derive(Debug, Args)]
struct Common {
    /// Output format: text for people, json (one document), jsonl (one record
    /// per line).
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,
    /// Reference date (YYYY-MM-DD) for relative dates such as "last year".
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// Worker threads (default: all cores). Output is the same for any count.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// No progress or notes on standard error (errors are still printed).
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Debug, Args)]
struct Corpus {
    /// Files, directories (walked recursively) or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct DiffArgs {
    /// The first article (a file or `-`).
    a: PathBuf,
    /// The second article.
    b: PathBuf,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct MatchArgs {
    /// JSON Lines of pairs; standard input when absent or `-`.
    file: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FormatArg {
    Text,
    Json,
    Jsonl,
}

/// What to do, free of clap.
#[derive(Debug)]
pub enum Task {
    /// Analyse a corpus and render one view of it.
    Corpus {
        view: View,
        paths: Vec<PathBuf>,
    },
    Match {
        file: Option<PathBuf>,
    },
    Schema,
}

#[derive(Debug)]
pub struct Config {
    pub task: Task,
    pub format: Format,
    pub options: Options,
    pub threads: Option<usize>,
    pub quiet: bool,
    /// Colour in text output: on a terminal, and never with NO_COLOR.
    pub color: bool,
}

/// Parses the process's arguments into a [`Config`] (clap prints help and
/// usage errors itself and exits).
pub fn parse() -> Result<Config> {
    config(Cli::parse())
}

fn config(cli: Cli) -> Result<Config> {
    let corpus = |view, c: Corpus| {
        (
            Task::Corpus {
                view,
                paths: c.paths,
            },
            Some(c.common),
        )
    };
    let (task, common) = match cli.command {
        Command::Summarize(c) => corpus(View::Summary, c),
        Command::Extract(c) => corpus(View::Extract, c),
        Command::Sentences(c) => corpus(View::Sentences, c),
        Command::Claims(c) => corpus(View::Claims, c),
        Command::Figures(c) => corpus(View::Figures, c),
        Command::Entities(c) => corpus(View::Entities, c),
        Command::Sources(c) => corpus(View::Sources, c),
        Command::Xref(c) => corpus(View::Xref, c),
        Command::Diff(d) => (
            Task::Corpus {
                view: View::Diff,
                paths: vec![d.a, d.b],
            },
            Some(d.common),
        ),
        Command::Match(m) => (Task::Match { file: m.file }, Some(m.common)),
        Command::Schema => (Task::Schema, None),
    };
    let common = common.unwrap_or(Common {
        format: FormatArg::Json,
        date: None,
        threads: None,
        quiet: false,
    });
    let reference_date = match &common.date {
        None => None,
        Some(s) => Some(
            Date::parse(s)
                .with_context(|| format!("--date {s:?}: expected a date as YYYY-MM-DD"))?,
        ),
    };
    if common.threads == Some(0) {
        bail!("--threads must be at least 1");
    }
    let format = match common.format {
        FormatArg::Text => Format::Text,
        FormatArg::Json => Format::Json,
        FormatArg::Jsonl => Format::Jsonl,
    };
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    Ok(Config {
        task,
        format,
        options: Options { reference_date },
        threads: common.threads,
        quiet: common.quiet,
        color,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn bad_dates_are_refused() {
        let cli = Cli::parse_from(["rason-digest", "claims", "x", "--date", "2024-13-01"]);
        assert!(config(cli).is_err());
    }
}
