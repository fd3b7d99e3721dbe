//! Word-shingle overlap between texts: each text's shingles hashed, candidate pairs proposed through an
//! inverted index of shingles, and each candidate measured exactly (see [`super`] for the method).

use crate::analyse::text::tokens;
use crate::load::source::Published;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// Hashes a shingle by its own value: shingles are already mixed hashes (see `mix`), and SipHash over
/// them was a tenth of the overlap search. Only lookups use it, never iteration order.
#[derive(Default)]
struct Own(u64);

impl Hasher for Own {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map or set keyed by shingle, hashed by [`Own`].
type ByShingle = BuildHasherDefault<Own>;

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;
/// Texts a shingle may occur in and still count as evidence of shared reporting (see the module docs).
/// A report copied by more outlets than this is still found through its less widely copied passages.
pub const STOCK_PHRASE_SOURCES: usize = 64;
/// Share of the shorter text's shingles that must occur in the longer for the pair to count as one
/// re-telling the other (a line of reporting).
pub const RETELLING_CONTAINMENT: f64 = 0.065;
/// Fewest shared shingles for a re-telling, so that two very short texts do not qualify on a phrase.
pub const MIN_SHARED_SHINGLES: usize = 10;
/// One text to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Doc<'a> {
    /// The source id.
    pub id: &'a str,
    /// The body, after boilerplate lines are dropped (footers shared by aggregators would otherwise count).
    pub text: &'a str,
    /// When it was published, as precisely as known.
    pub published: Published,
}

/// Measured overlap between two texts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overlap {
    /// The id of the text that comes first in the input.
    pub a: String,
    /// The id of the other text.
    pub b: String,
    /// Jaccard similarity of the two shingle sets, 0.0..=1.0 (measured exactly once the shingle index proposed the pair).
    pub similarity: f64,
    /// Share of the shorter text's shingles found in the longer, 0.0..=1.0.
    pub containment: f64,
    /// Number of shingles the two texts share.
    pub shared: usize,
}

/// Finds the pairs of texts that re-tell or copy one another (see the module docs for the method and the
/// thresholds), in input order. Deterministic.
pub fn overlaps(docs: &[Doc]) -> Vec<Overlap> {
    overlaps_of(docs, docs.par_iter().map(|d| shingles(d.text)).collect())
}

/// Bits of a shingle that pick its part of the index: 64 parts, built at once.
const PART_BITS: u32 = 6;

/// One part of the inverted index: the shingles whose top [`PART_BITS`] bits are its number.
struct Part {
    /// The texts of each kept shingle, one run after another, in shingle order.
    texts: Vec<u32>,
    /// Each kept shingle's run in `texts`: where it starts and how many texts it has.
    runs: Vec<(u32, u32)>,
    /// The stock phrases of this part (in more than [`STOCK_PHRASE_SOURCES`] texts).
    stock: Vec<u64>,
}

/// Part `b` of the inverted index of `sets` (each sorted): its (shingle, text) pairs sorted by shingle, so
/// that each shingle's texts are a run, of which only the runs that can propose a pair are kept (most
/// shingles occur in one text only: at 10,000 texts the index is the largest thing the build holds).
/// Each text's shingles of the part are one slice of its sorted set.
fn index_part(sets: &[Vec<u64>], b: u64) -> Part {
    let shift = 64 - PART_BITS;
    let in_part = |s: u64| s >> shift == b;
    let mut postings: Vec<(u64, u32)> = Vec::new();
    for (i, set) in sets.iter().enumerate() {
        let from = set.partition_point(|&s| s >> shift < b);
        let n = set[from..].partition_point(|&s| in_part(s));
        postings.extend(set[from..from + n].iter().map(|&s| (s, i as u32)));
    }
    postings.sort_unstable();
    let mut part = Part { texts: Vec::new(), runs: Vec::new(), stock: Vec::new() };
    let mut start = 0;
    while start < postings.len() {
        let shingle = postings[start].0;
        let end = start + postings[start..].partition_point(|p| p.0 == shingle);
        match end - start {
            n if n > STOCK_PHRASE_SOURCES => part.stock.push(shingle),
            n if n >= 2 => {
                part.runs.push((part.texts.len() as u32, n as u32));
                part.texts.extend(postings[start..end].iter().map(|p| p.1));
            }
            _ => {}
        }
        start = end;
    }
    part
}

/// [`overlaps`] of texts whose shingles are known: `sets[i]` is [`shingles`] of `docs[i].text` (kept
/// in the analysis cache, so that a build whose sources did not change does not cut them again).
pub fn overlaps_of(docs: &[Doc], sets: Vec<Vec<u64>>) -> Vec<Overlap> {
    // The inverted index, built in parts at once (see `index_part`), then numbered in shingle order.
    let parts: Vec<Part> = (0..1u64 << PART_BITS).into_par_iter().map(|b| index_part(&sets, b)).collect();
    let kept: usize = parts.iter().map(|p| p.texts.len()).sum();
    let mut texts: Vec<u32> = Vec::with_capacity(kept);
    let mut runs: Vec<(u32, u32)> = Vec::with_capacity(parts.iter().map(|p| p.runs.len()).sum());
    let mut stock: HashSet<u64, ByShingle> = HashSet::default();
    for part in parts {
        let offset = texts.len() as u32;
        runs.extend(part.runs.iter().map(|&(from, n)| (from + offset, n)));
        texts.extend_from_slice(&part.texts);
        stock.extend(part.stock);
    }
    // Each text lists the runs it is in, so that the count below walks only the shingles it shares,
    // without looking every one of its shingles up by hash.
    let mut runs_of: Vec<Vec<u32>> = vec![Vec::new(); docs.len()];
    for (run, &(from, n)) in runs.iter().enumerate() {
        for &t in &texts[from as usize..(from + n) as usize] {
            if let Some(list) = runs_of.get_mut(t as usize) {
                list.push(run as u32);
            }
        }
    }
    // The texts in run `r`, from the index.
    let sharing = |r: u32| {
        let (from, n) = runs.get(r as usize).map_or((0, 0), |&(from, n)| (from as usize, n as usize));
        texts[from..from + n].iter().map(|&t| t as usize)
    };
    // Stock phrases are left out of the measure too (numerator and denominator), so that a pair is
    // judged on the phrasing it shares beyond what every article on the topic says. Below
    // STOCK_PHRASE_SOURCES texts there are none and the measure is over every shingle.
    let mut sets = sets;
    if !stock.is_empty() {
        sets.par_iter_mut().for_each(|set| set.retain(|s| !stock.contains(s)));
    }
    // For each text, count shared shingles with every later text through the index (its runs, in
    // shingle order, as its own sorted shingles gave them); a dense counter per worker, reset through
    // the list of texts it touched.
    let candidates: Vec<(usize, usize)> = (0..docs.len())
        .into_par_iter()
        .map_init(
            || (vec![0u32; docs.len()], Vec::new()),
            |(counts, touched), i| {
                for &r in &runs_of[i] {
                    for j in sharing(r) {
                        if j > i {
                            if counts[j] == 0 {
                                touched.push(j);
                            }
                            counts[j] += 1;
                        }
                    }
                }
                let mut found: Vec<(usize, usize)> = Vec::new();
                for j in touched.drain(..) {
                    if counts[j] as usize >= MIN_SHARED_SHINGLES {
                        found.push((i, j));
                    }
                    counts[j] = 0;
                }
                found.sort_unstable();
                found
            },
        )
        .flatten()
        .collect();
    candidates
        .into_par_iter()
        .filter_map(|(i, j)| {
            let o = measure(docs[i].id, &sets[i], docs[j].id, &sets[j]);
            is_retelling(&o).then_some(o)
        })
        .collect()
}

/// Measures one pair directly, whatever its overlap; for reports and tests.
pub fn compare(a: &Doc, b: &Doc) -> Overlap {
    measure(a.id, &shingles(a.text), b.id, &shingles(b.text))
}

/// True when an overlap is high enough for one text to re-tell the other.
pub fn is_retelling(o: &Overlap) -> bool {
    o.containment >= RETELLING_CONTAINMENT && o.shared >= MIN_SHARED_SHINGLES
}

/// The sorted, distinct hashes of a text's word shingles (one shingle for a text shorter than a shingle).
/// They depend on the text's words alone: how its paragraphs are joined (one line break or two) does
/// not matter.
pub fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<String> = tokens(text).into_iter().map(|t| t.word).collect();
    shingles_of(&words)
}

/// [`shingles`] of a text whose folded words ([`dossier_core::text::tokenize`]'s) are `words`.
pub fn shingles_of<W: AsRef<str>>(words: &[W]) -> Vec<u64> {
    let mut out: Vec<u64> = if words.len() < SHINGLE_WORDS {
        if words.is_empty() {
            Vec::new()
        } else {
            vec![hash_words(words)]
        }
    } else {
        words.windows(SHINGLE_WORDS).map(hash_words).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

fn hash_words<W: AsRef<str>>(words: &[W]) -> u64 {
    // FNV-1a over the words with a separator, then mixed: stable across runs and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.as_ref().bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    mix(h)
}

fn mix(mut x: u64) -> u64 {
    // splitmix64 finalizer
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The overlap of two sorted, distinct shingle sets, measured exactly.
fn measure(a: &str, sa: &[u64], b: &str, sb: &[u64]) -> Overlap {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < sa.len() && j < sb.len() {
        match sa[i].cmp(&sb[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = sa.len() + sb.len() - shared;
    let smaller = sa.len().min(sb.len());
    Overlap {
        a: a.to_string(),
        b: b.to_string(),
        similarity: if union == 0 { 0.0 } else { shared as f64 / union as f64 },
        containment: if smaller == 0 { 0.0 } else { shared as f64 / smaller as f64 },
        shared,
    }
}
