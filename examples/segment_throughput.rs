//! Throughput of the sentence segmenter, single-threaded, in MB/s.
//!
//! Reads the news texts of the shared data sets when they are present
//! (`../shared/data/news_clusters/txt/`, the `text` fields of
//! `../shared/data/gum_news/train.jsonl` and `../shared/data/polnear/dev.jsonl`),
//! or generates a news-like text otherwise, repeats the corpus to about 50 MB
//! and times `rason_digest::segment::split` over every non-blank line.
//!
//!     cargo run --release --example segment_throughput

use rason_digest::model::Span;
use rason_digest::segment;
use std::path::Path;
use std::time::Instant;

/// The size the corpus is repeated to.
const TARGET_BYTES: usize = 50 * 1024 * 1024;

fn main() {
    let mut corpus = load_shared(Path::new("../shared/data"));
    let source = if corpus.is_empty() {
        corpus = generated();
        "generated text"
    } else {
        "shared data"
    };
    let base = corpus.len();
    while corpus.len() < TARGET_BYTES {
        corpus.extend_from_within(..base);
    }
    let lines = line_spans(&corpus);
    let cpu_start = thread_cpu_seconds();
    let start = Instant::now();
    let mut sentences = 0usize;
    for &line in &lines {
        sentences += segment::split(&corpus, line).len();
    }
    let secs = start.elapsed().as_secs_f64();
    let mb = corpus.len() as f64 / 1e6;
    println!(
        "{source}: {mb:.1} MB ({base} distinct bytes), {} lines, {sentences} sentences",
        lines.len()
    );
    println!("wall clock: {secs:.3} s, {:.1} MB/s", mb / secs);
    // On a shared machine the wall clock counts time spent waiting for a
    // core; the thread's own CPU time does not.
    if let (Some(a), Some(b)) = (cpu_start, thread_cpu_seconds()) {
        println!("thread CPU time: {:.3} s, {:.1} MB/s", b - a, mb / (b - a));
    }
}

/// This thread's CPU time so far (Linux `/proc/thread-self/schedstat`).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// The non-blank lines of `text` as spans.
fn line_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(offset, offset + line.len()).trim(text);
        offset += line.len();
        if !span.is_empty() {
            out.push(span);
        }
    }
    out
}

/// Every text of the shared data sets that exists, joined by blank lines.
fn load_shared(data: &Path) -> String {
    let mut out = String::new();
    if let Ok(entries) = std::fs::read_dir(data.join("news_clusters/txt")) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            if let Ok(text) = std::fs::read_to_string(&path) {
                out.push_str(&text);
                out.push_str("\n\n");
            }
        }
    }
    for file in ["gum_news/train.jsonl", "polnear/dev.jsonl"] {
        let Ok(jsonl) = std::fs::read_to_string(data.join(file)) else {
            continue;
        };
        for line in jsonl.lines() {
            let text = serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned));
            if let Some(text) = text {
                out.push_str(&text);
                out.push_str("\n\n");
            }
        }
    }
    out
}

/// A news-like text with the hard cases: abbreviations, initials, numbers,
/// quotations, ellipses, lists.
fn generated() -> String {
    let paragraph = "Officials in the U.S. said on Jan. 5 that Gen. J. R. Smith of Acme Corp. \
        had met the minister at 9 a.m. The talks lasted 3.5 hours. \"We are hopeful,\" he said. \
        \"It is a start... But there is more to do.\" Exports rose 12.5% to $1.2 billion (about \
        1,000 containers). 1. Ports 2. Railways 3. Roads\n\n";
    paragraph.repeat(64)
}
