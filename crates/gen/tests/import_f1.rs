//! Extraction quality on the saved-page set in tests/fixtures/import: for each `<name>.html`, the text
//! the importer extracts against the hand-checked `<name>.expected.txt`, scored with the
//! article-extraction-benchmark's measure (word 4-gram shingles of the normalised texts, multiset
//! precision / recall / F1), micro-averaged over the set like the benchmark.

use std::collections::HashMap;
use std::fs;

/// The set must score at least this F1 overall (measured: see README, "Importing saved pages").
const MIN_F1: f64 = 0.97;
/// And no page may fall below this.
const MIN_PAGE_F1: f64 = 0.85;

/// Lower-case words of a text, punctuation removed (the benchmark's normalisation).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Multiset of word 4-gram shingles (a text shorter than 4 words is one shingle).
fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let w = words(text);
    let mut out = HashMap::new();
    if w.len() < 4 {
        if !w.is_empty() {
            *out.entry(w).or_default() += 1;
        }
        return out;
    }
    for g in w.windows(4) {
        *out.entry(g.to_vec()).or_default() += 1;
    }
    out
}

/// (true positives, predicted count, expected count).
fn counts(predicted: &str, expected: &str) -> (usize, usize, usize) {
    let p = shingles(predicted);
    let e = shingles(expected);
    let tp = p.iter().map(|(k, n)| (*n).min(e.get(k).copied().unwrap_or(0))).sum();
    (tp, p.values().sum(), e.values().sum())
}

fn prf(tp: usize, pred: usize, exp: usize) -> (f64, f64, f64) {
    let p = if pred == 0 { 0.0 } else { tp as f64 / pred as f64 };
    let r = if exp == 0 { 0.0 } else { tp as f64 / exp as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

#[test]
fn the_measure_counts_shingles_as_a_multiset() {
    assert_eq!(counts("a b c d e", "a b c d e"), (2, 2, 2));
    assert_eq!(counts("a b c d a b c d", "a b c d"), (1, 5, 1));
    assert_eq!(counts("x y z w", "a b c d"), (0, 1, 1));
    assert_eq!(prf(1, 2, 4), (0.5, 0.25, 1.0 / 3.0));
}

#[test]
fn saved_pages_are_extracted_with_high_f1() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/import");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".expected.txt").map(str::to_string))
        .collect();
    names.sort();
    assert!(names.len() >= 15, "the set has {} pages; it needs at least 15 layouts", names.len());
    let mut rows = Vec::new();
    let (mut tp, mut pred, mut exp) = (0, 0, 0);
    for name in &names {
        let html = fs::read(dir.join(format!("{name}.html"))).expect("page");
        let expected = fs::read_to_string(dir.join(format!("{name}.expected.txt"))).expect("expected");
        let got = match dossier::load::import::extract(&html) {
            Ok(a) => a.paragraphs.join("\n"),
            Err(e) => format!("<refused: {e}>"),
        };
        let c = counts(&got, &expected);
        tp += c.0;
        pred += c.1;
        exp += c.2;
        rows.push((name.clone(), prf(c.0, c.1, c.2)));
    }
    for (name, (p, r, f)) in &rows {
        println!("{name:28} P {p:.3}  R {r:.3}  F1 {f:.3}");
    }
    let (p, r, f) = prf(tp, pred, exp);
    println!("overall ({} pages)         P {p:.3}  R {r:.3}  F1 {f:.3}", rows.len());
    rows.sort_by(|a, b| a.1 .2.total_cmp(&b.1 .2));
    println!("worst five:");
    for (name, (p, r, f)) in rows.iter().take(5) {
        println!("  {name:26} P {p:.3}  R {r:.3}  F1 {f:.3}");
    }
    assert!(f >= MIN_F1, "overall F1 {f:.3} is under {MIN_F1}");
    let (worst, (_, _, wf)) = &rows[0];
    assert!(*wf >= MIN_PAGE_F1, "{worst} scores F1 {wf:.3}, under {MIN_PAGE_F1}");
}
