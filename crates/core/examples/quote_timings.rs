//! Wall times of quotation checking on the hostile inputs of issue 18 (item 3), for the record:
//! `cargo run -p dossier-core --release --example quote_timings`. Not a test: the regression tests in
//! `quote.rs` count work instead of timing it.

use dossier_core::quote::{closest, find, Quotation};
use dossier_core::text::tokenize;
use std::time::Instant;

/// `n` words from a vocabulary of a thousand, in a fixed order.
fn varied(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("w{}", (i * 7919) % 1000)).collect()
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
}
