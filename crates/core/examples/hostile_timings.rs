//! Wall times of core on the hostile inputs of issue 18 (items 3 and 11), for the record:
//! `cargo run -p dossier-core --release --example hostile_timings`. Not a test: the regression tests in
//! `quote.rs` count work, and the one in `search.rs` has a bound many times what it takes.

use dossier_core::index::{ClusterEntry, Index, QuoteEntry, SourceEntry};
use dossier_core::quote::{closest, find, Quotation};
use dossier_core::search::Searcher;
use dossier_core::text::tokenize;
use std::time::Instant;

/// `n` words from a vocabulary of 10,007, in a fixed order.
fn varied(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("w{}", (i * 7919) % 10_007)).collect()
}

fn main() {
    for n in [100_000, 200_000] {
        let text = "word ".repeat(n);
        let tokens = tokenize(&text);
        let q = Quotation::parse("word word … other");
        let t = Instant::now();
        let found = find(&q, &tokens);
        println!(
            "find, ellipsis, {n} repeated words ({} KB): {:?} ({found:?})",
            text.len() / 1000,
            t.elapsed()
        );
    }
    let words = varied(100_000);
    let text = words.join(" ");
    let tokens = tokenize(&text);
    // A 5,000-word near-miss: a passage of the text with every 50th word changed.
    let near: Vec<String> = words[40_000..45_000]
        .iter()
        .enumerate()
        .map(|(i, w)| if i % 50 == 0 { "changed".to_string() } else { w.clone() })
        .collect();
    let q = Quotation::parse(&near.join(" "));
    let t = Instant::now();
    let best = closest(&q, &tokens);
    println!("closest, 5,000-word near-miss, 100,000-word paragraph: {:?} ({best:?})", t.elapsed());
    let t = Instant::now();
    let found = find(&q, &tokens);
    println!("find, same near-miss: {:?} ({found:?})", t.elapsed());
    for n in [10_000u32, 20_000, 40_000] {
        let source = SourceEntry {
            id: "a".into(),
            title: "A".into(),
            outlet: "o".into(),
            published: "undated".into(),
            date: 0,
            derived_from: vec![],
        };
        let quotes = (0..n)
            .map(|i| QuoteEntry {
                source: 0,
                paragraph: 1,
                text: format!("collect money number {i}"),
                speaker: None,
                cluster: 0,
            })
            .collect();
        let cluster = ClusterEntry { id: "q".into(), speaker: None, quotes: (0..n).collect() };
        let index = Index { sources: vec![source], quotes, clusters: vec![cluster], ..Index::default() };
        let searcher = Searcher::new(&index);
        let t = Instant::now();
        let top = searcher.search_top(&index, "collect money", 12).len();
        let took = t.elapsed();
        let t = Instant::now();
        let all = searcher.search(&index, "collect money").len();
        println!(
            "one statement of {n} wordings: search_top {took:?} ({top} hits), search {:?} ({all})",
            t.elapsed()
        );
    }
}
