//! The binary: parse arguments, run the pipeline, render, map the outcome to
//! an exit code (0 fine, 1 `diff` found differences, 2 an error). A closed
//! pipe (`| head`) is not an error.

mod cli;
mod progress;

use anyhow::{Context, Result};
use cli::{Config, Task};
use rason_digest::input::{self, Document, Input};
use rason_digest::render::{self, Digest, Format, View, wire};
use rason_digest::{pipeline, xref};
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

/// Every article allocates and frees tens of thousands of small records;
/// mimalloc does that in a fraction of the system allocator's time (one
/// thread: 0.291 -> 0.273 s over the benchmark corpus, `perf stat -r 10`).
/// Built without transparent huge pages, which otherwise triple the peak.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let config = match cli::parse() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("rason-digest: {e:#}");
            return ExitCode::from(2);
        }
    };
    match run(&config) {
        Ok(code) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rason-digest: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn run(config: &Config) -> Result<u8> {
    if let Some(n) = config.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context("starting the worker threads")?;
    }
    let stdout = io::stdout();
    // Short lines are gathered into few writes. A streamed article's output
    // is rendered whole first and is mostly larger than the buffer, which
    // then passes it straight to stdout instead of copying it through (with
    // a 64 KB buffer, that copy was 1.3% of `extract`'s instructions).
    let mut out = BufWriter::with_capacity(8 << 10, stdout.lock());
    let code = match &config.task {
        Task::Schema => {
            serde_json::to_writer_pretty(&mut out, &render::schema())?;
            writeln!(out)?;
            0
        }
        Task::Match { file } => run_match(file.as_deref(), config, &mut out)?,
        Task::Corpus { view, paths } => run_corpus(*view, paths, config, &mut out)?,
    };
    out.flush()?;
    Ok(code)
}

/// How far ahead of the article being written the workers may run when
/// streaming: enough to keep every core busy past a slow article, few
/// enough to keep memory flat whatever the corpus size.
const WINDOW: usize = 64;

fn run_corpus(
    view: View,
    paths: &[std::path::PathBuf],
    config: &Config,
    out: &mut dyn Write,
) -> Result<u8> {
    if render::is_per_article(view) && config.format != Format::Json {
        return stream(view, paths, config, out);
    }
    let (inputs, walk_errors) = input::walk(paths);
    let mut errors: Vec<wire::ErrorRecord> = walk_errors.iter().map(error_record).collect();
    let mut docs: Vec<Document> = Vec::new();
    for i in &inputs {
        match input::read(i) {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(error_record(&e)),
        }
    }
    for e in &errors {
        eprintln!("rason-digest: {}", e.message);
    }
    if inputs.is_empty() && !config.quiet {
        eprintln!(
            "rason-digest: note: no articles found (directories are searched for .txt, .md, .text and extension-less files)"
        );
    }
    let bar = progress::articles(docs.len(), config.quiet);
    let mut articles = pipeline::analyze_all_with(docs, &config.options, || bar.inc(1));
    bar.finish_and_clear();
    // Views of the corpus as a whole name an entity one way throughout.
    if matches!(view, View::Summary | View::Xref | View::Diff) {
        rason_digest::extract::entities::corpus::unify(&mut articles);
    }
    let clusters = if matches!(view, View::Xref | View::Summary) {
        let spinner = progress::step("cross-referencing claims", articles.len(), config.quiet);
        let clusters = xref::cluster(&articles);
        spinner.finish_and_clear();
        clusters
    } else {
        Vec::new()
    };
    let diff = if view == View::Diff {
        if articles.len() != 2 || inputs.len() != 2 {
            anyhow::ensure!(!errors.is_empty(), "diff compares exactly two articles");
            return Ok(2);
        }
        Some(xref::diff(&articles))
    } else {
        None
    };
    let digest = Digest {
        articles: &articles,
        clusters: &clusters,
        diff: diff.as_ref(),
        errors: &errors,
    };
    render::render(view, config.format, &digest, config.color, out)?;
    if !errors.is_empty() {
        return Ok(2);
    }
    let differs = diff
        .as_ref()
        .is_some_and(|d| !d.changed.is_empty() || !d.only_a.is_empty() || !d.only_b.is_empty());
    Ok(u8::from(differs))
}

/// A per-article view, printed article by article in input order while the
/// next articles are read and analysed in parallel.
fn stream(
    view: View,
    paths: &[std::path::PathBuf],
    config: &Config,
    out: &mut dyn Write,
) -> Result<u8> {
    let (inputs, walk_errors) = input::walk(paths);
    let mut failed = !walk_errors.is_empty();
    for e in &walk_errors {
        eprintln!("rason-digest: {e}");
    }
    if inputs.is_empty() && !config.quiet {
        eprintln!("rason-digest: note: no articles found");
    }
    let mut first = true;
    let bar = progress::articles(inputs.len(), config.quiet);
    let buffers = pipeline::Buffers::default();
    // Each article is read, analysed and rendered by a worker; only the
    // writing, in input order, is left to this thread.
    let work = |i: &Input| -> Result<io::Result<Vec<u8>>, input::InputError> {
        let a = pipeline::analyze(input::read(i)?, &config.options);
        let mut bytes = buffers.take();
        let rendered = render::article(view, config.format, &a, config.color, &mut bytes);
        bar.inc(1);
        Ok(rendered.map(|()| bytes))
    };
    pipeline::in_order(&inputs, WINDOW, work, |result| -> Result<()> {
        match result {
            Ok(bytes) => {
                let bytes = bytes?;
                if !first {
                    out.write_all(render::between_articles(config.format))?;
                }
                out.write_all(&bytes)?;
                buffers.give_back(bytes);
                first = false;
            }
            Err(e) => {
                bar.suspend(|| eprintln!("rason-digest: {e}"));
                failed = true;
            }
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    Ok(if failed { 2 } else { 0 })
}

fn error_record(e: &input::InputError) -> wire::ErrorRecord {
    let message = e.to_string();
    let path = match e {
        input::InputError::Io { path, .. }
        | input::InputError::InvalidUtf8 { path, .. }
        | input::InputError::Binary { path, .. }
        | input::InputError::TooLarge { path, .. }
        | input::InputError::Loop { path, .. } => path.clone(),
    };
    wire::ErrorRecord { path, message }
}

/// `match`: one verdict per input line, in input order.
fn run_match(file: Option<&std::path::Path>, config: &Config, out: &mut dyn Write) -> Result<u8> {
    let source = match file {
        Some(p) if p.as_os_str() != "-" => Input::File(p.to_path_buf()),
        _ => Input::Stdin,
    };
    let doc = input::read(&source)?;
    let mut failed = false;
    let mut records = Vec::new();
    for (n, line) in doc.text.as_bytes().lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Result<serde_json::Map<String, serde_json::Value>, String> =
            serde_json::from_str(&line).map_err(|e| e.to_string());
        let mut fields = match parsed {
            Ok(f) => f,
            Err(e) => {
                eprintln!(
                    "rason-digest: {}:{}: not a JSON object: {e}",
                    doc.path,
                    n + 1
                );
                failed = true;
                continue;
            }
        };
        let text = |k: &str| fields.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let (Some(a), Some(b)) = (text("a"), text("b")) else {
            eprintln!(
                "rason-digest: {}:{}: needs string fields \"a\" and \"b\"",
                doc.path,
                n + 1
            );
            failed = true;
            continue;
        };
        let m = xref::match_texts(&a, &b);
        fields.remove("record");
        records.push(wire::MatchRecord {
            fields,
            score: (m.score * 1e4).round() / 1e4,
            same: m.same,
            differences: wire::differences(&m.differences),
        });
    }
    match config.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &records)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for r in records {
                serde_json::to_writer(&mut *out, &wire::Record::Match(r))?;
                writeln!(out)?;
            }
        }
        Format::Text => {
            for r in records {
                let verdict = if r.same { "same" } else { "different" };
                writeln!(out, "{:.3}  {verdict}", r.score)?;
                for d in r.differences {
                    writeln!(out, "       ~ {}: {}", d.kind, d.detail)?;
                }
            }
        }
    }
    Ok(if failed { 2 } else { 0 })
}
