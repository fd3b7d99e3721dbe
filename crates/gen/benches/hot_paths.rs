//! Criterion benchmarks of the hot paths, on a synthetic corpus of 200 sources (dossier-corpus, seed 1):
//! folding and tokenizing an article, gazetteer matching, quote extraction, clustering, provenance, and
//! a quote lookup. `cargo bench -p dossier` (or `./build.sh bench`) prints the figures.

#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion};
use dossier::analyse::entities::Gazetteer;
use dossier::analyse::provenance::{overlaps, Doc};
use dossier::analyse::quotes::{cluster, extract, Paragraph};
use dossier::load::source::Published;
use dossier_core::search::Searcher;
use dossier_core::text::{fold, tokenize};
use std::hint::black_box;
use std::path::Path;

fn hot_paths(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let gazetteer_text = std::fs::read_to_string(root.join("content/entities.toml"))
        .unwrap_or_else(|e| panic!("gazetteer: {e}"));
    let corpus = dossier_corpus::generate(&dossier_corpus::Spec { sources: 200, seed: 1 }, &gazetteer_text)
        .unwrap_or_else(|e| panic!("corpus: {e}"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    corpus.write(&root, dir.path()).unwrap_or_else(|e| panic!("write: {e}"));
    let (sources, analysis, index) = dossier::pipeline::corpus(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let gazetteer = Gazetteer::from_toml(&gazetteer_text).unwrap_or_else(|e| panic!("{e}"));

    let first = sources.values().next().unwrap_or_else(|| panic!("no source"));
    let article: String =
        first.paragraphs.iter().map(|p| first.paragraph_text(p)).collect::<Vec<_>>().join("\n");
    c.bench_function("fold one article (~600 words)", |b| b.iter(|| fold(black_box(&article))));
    c.bench_function("tokenize one article", |b| b.iter(|| tokenize(black_box(&article))));
    c.bench_function("gazetteer match, one article", |b| b.iter(|| gazetteer.find(black_box(&article))));

    let paragraphs: Vec<Paragraph<'_>> = sources
        .values()
        .flat_map(|s| {
            s.paragraphs.iter().map(|p| Paragraph { source: &s.id, index: p.n, text: s.paragraph_text(p) })
        })
        .collect();
    c.bench_function("extract quotes, 200 sources", |b| b.iter(|| extract(black_box(&paragraphs))));
    c.bench_function("cluster quotes, 200 sources", |b| b.iter(|| cluster(black_box(&analysis.quotes))));

    let bodies: Vec<(String, String)> = sources
        .values()
        .map(|s| {
            (s.id.clone(), s.paragraphs.iter().map(|p| s.paragraph_text(p)).collect::<Vec<_>>().join("\n"))
        })
        .collect();
    let docs: Vec<Doc<'_>> =
        bodies.iter().map(|(id, text)| Doc { id, text, published: Published::Unknown }).collect();
    c.bench_function("provenance overlaps, 200 sources", |b| b.iter(|| overlaps(black_box(&docs))));

    let searcher = Searcher::new(&index);
    c.bench_function("build the lookup index, 200 sources", |b| b.iter(|| Searcher::new(black_box(&index))));
    c.bench_function("quote lookup, 200 sources", |b| {
        b.iter(|| searcher.search(&index, black_box("the fighters collect money")))
    });
}

criterion_group!(benches, hot_paths);
criterion_main!(benches);
