//! Per-stage throughput: each stage of the pipeline over a corpus, in bytes
//! of article text per second (criterion's `thrpt`).
//!
//!     cargo bench --bench stages                      # the bundled fixtures
//!     RASON_BENCH_DIR=/tmp/corpus cargo bench --bench stages
//!
//! `scripts/bench-corpus DIR` writes the shared article texts into DIR. The
//! whole-process benchmark (file reading and JSON writing included) is
//! `scripts/bench`; this one says which stage the time goes to.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rason_digest::extract::{claims, entities, figures};
use rason_digest::input::{Document, layout};
use rason_digest::model::{Article, Options};
use rason_digest::render::{self, Format, View};
use rason_digest::{pipeline, xref};
use std::hint::black_box;
use std::path::{Path, PathBuf};

/// The texts of `RASON_BENCH_DIR`, or of the bundled fixtures.
fn corpus() -> Vec<String> {
    let dirs: Vec<PathBuf> = match std::env::var_os("RASON_BENCH_DIR") {
        Some(dir) => vec![dir.into()],
        None => ["seeds", "phenomena", "relay"]
            .iter()
            .map(|d| {
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("fixtures")
                    .join(d)
            })
            .collect(),
    };
    let mut paths: Vec<PathBuf> = dirs
        .iter()
        .filter_map(|d| std::fs::read_dir(d).ok())
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn document(k: usize, text: &str) -> Document {
    Document {
        id: format!("a{k:05}"),
        path: format!("a{k:05}.txt"),
        text: text.to_string(),
    }
}

fn stages(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    assert!(bytes > 0, "no articles to measure");
    let options = Options::default();
    let layouts: Vec<_> = texts.iter().map(|t| layout::analyze(t)).collect();
    let sentences: Vec<_> = texts
        .iter()
        .zip(&layouts)
        .map(|(t, l)| pipeline::sentences(t, l))
        .collect();
    let found: Vec<_> = texts
        .iter()
        .zip(&sentences)
        .map(|(t, s)| (figures::extract(t, s, &options), entities::extract(t, s)))
        .collect();
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(k, t)| pipeline::analyze(document(k, t), &options))
        .collect();

    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("layout", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| layout::analyze(black_box(t)).blocks.len())
                .sum::<usize>()
        })
    });
    group.bench_function("sentences", |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&layouts)
                .map(|(t, l)| pipeline::sentences(black_box(t), l).len())
                .sum::<usize>()
        })
    });
    group.bench_function("figures", |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&sentences)
                .map(|(t, s)| figures::extract(black_box(t), s, &options).len())
                .sum::<usize>()
        })
    });
    group.bench_function("entities", |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&sentences)
                .map(|(t, s)| entities::extract(black_box(t), s).len())
                .sum::<usize>()
        })
    });
    group.bench_function("claims", |b| {
        b.iter(|| {
            texts
                .iter()
                .zip(&sentences)
                .zip(&found)
                .map(|((t, s), (f, e))| claims::extract(black_box(t), s, e, f).0.len())
                .sum::<usize>()
        })
    });
    group.bench_function("analyze (all of the above)", |b| {
        b.iter(|| {
            texts
                .iter()
                .enumerate()
                .map(|(k, t)| pipeline::analyze(document(k, t), &options).claims.len())
                .sum::<usize>()
        })
    });
    group.bench_function("render jsonl", |b| {
        let mut out = Vec::with_capacity(bytes * 8);
        b.iter(|| {
            out.clear();
            for a in &articles {
                render::article(View::Extract, Format::Jsonl, a, false, &mut out)
                    .expect("written to memory");
            }
            out.len()
        })
    });
    group.bench_function("xref", |b| {
        b.iter(|| xref::cluster(black_box(&articles)).len())
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = stages
}
criterion_main!(benches);
