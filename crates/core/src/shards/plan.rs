//! Planning the term shards at build time: every term with its postings, grouped by prefix into
//! shards of about [`SHARD_BYTES`](super::SHARD_BYTES), and the unions of postings given to dense
//! prefixes ([`UNION_GAIN`]).

use super::{key_of, prefixed_keys, PrefixEntry, TermEntry, MAX_KEY_CHARS};
use crate::index::Index;
use crate::text::tokenize;
use rustc_hash::FxHashMap;

/// Every folded word of the index's paragraphs and quotations with its postings, sorted by word; the
/// weights are [`Dictionary::new`]'s (a paragraph counts once, each word of a quotation once). Built
/// paragraph by paragraph, so only the postings are held, not every paragraph's words; quotations by
/// rank (`order`, [`cluster_order`]). Terms are found by hash and sorted once at the end (a sorted map
/// compared strings a dozen times a word, and each paragraph's words were sorted to drop repeats), with
/// rustc-hash's Fx hasher (SipHash was ~1.7% of a 1k build here).
pub(super) fn terms(index: &Index, order: &[u32]) -> Vec<TermEntry> {
    fn add<'t>(
        at: &mut FxHashMap<String, usize>,
        terms: &'t mut Vec<TermEntry>,
        word: String,
    ) -> &'t mut TermEntry {
        let k = match at.get(&word) {
            Some(&k) => k,
            None => {
                let k = terms.len();
                terms.push(TermEntry {
                    term: word.clone(),
                    weight: 0,
                    paragraphs: Vec::new(),
                    quotes: Vec::new(),
                    more: None,
                });
                at.insert(word, k);
                k
            }
        };
        &mut terms[k]
    }
    let mut at: FxHashMap<String, usize> = FxHashMap::default();
    let mut terms: Vec<TermEntry> = Vec::new();
    for (i, p) in index.paragraphs.iter().enumerate() {
        for t in tokenize(&p.text) {
            let e = add(&mut at, &mut terms, t.word);
            // A word repeated in one paragraph counts once.
            if e.paragraphs.last() != Some(&(i as u32)) {
                e.weight = e.weight.saturating_add(1);
                e.paragraphs.push(i as u32);
            }
        }
    }
    for (i, q) in order.iter().filter_map(|&q| index.quotes.get(q as usize)).enumerate() {
        for t in tokenize(&q.text) {
            let e = add(&mut at, &mut terms, t.word);
            e.weight = e.weight.saturating_add(1);
            if e.quotes.last() != Some(&(i as u32)) {
                e.quotes.push(i as u32);
            }
        }
    }
    drop(at);
    terms.sort_unstable_by(|a, b| a.term.cmp(&b.term));
    terms
}

/// Groups entries (sorted) by their first `chars` chars, splitting a group too big for one shard further
/// (`limit` bytes, counting at most `block` postings of each kind of a term: its first block).
pub(super) fn split(
    entries: Vec<TermEntry>,
    chars: usize,
    (limit, block): (usize, usize),
    out: &mut Vec<(String, Vec<TermEntry>)>,
) {
    let mut group: Vec<TermEntry> = Vec::new();
    let flush = |group: &mut Vec<TermEntry>, out: &mut Vec<(String, Vec<TermEntry>)>| {
        let Some(first) = group.first() else { return };
        let key = key_of(&first.term, chars).to_string();
        let bytes: usize = group
            .iter()
            .map(|e| e.term.len() + 2 * (e.paragraphs.len().min(block) + e.quotes.len().min(block)) + 4)
            .sum();
        let taken = std::mem::take(group);
        if bytes > limit && chars < MAX_KEY_CHARS && taken.iter().any(|e| e.term.chars().count() > chars) {
            // The terms equal to the key stay under it; the longer ones split by the next letter.
            let (own, longer): (Vec<TermEntry>, Vec<TermEntry>) =
                taken.into_iter().partition(|e| e.term.chars().count() <= chars);
            if !own.is_empty() {
                out.push((key, own));
            }
            split(longer, chars + 1, (limit, block), out);
        } else {
            out.push((key, taken));
        }
    };
    for e in entries {
        if group.first().is_some_and(|g| key_of(&g.term, chars) != key_of(&e.term, chars)) {
            flush(&mut group, out);
        }
        group.push(e);
    }
    flush(&mut group, out);
}

/// A prefix that is a shard's key is given the union of the postings of every term it begins when
/// that union is expected to take at most this fraction (1/n) of the bytes of the other shards those
/// terms lie in (which a last word typed as the prefix then need not fetch). At 10,000 synthetic
/// sources, typing "the" fetched the shards of "the", "their", "them", "then", "these" and "they"
/// (68 KB gzip); the union of their postings, nearly every paragraph, gzips to a few KB. A prefix
/// whose terms are mostly one word ("acc…": "according") saves nothing and gets none.
pub const UNION_GAIN: usize = 2;

/// About the bits a gzipped posting list of `n` of `items` takes (the entropy of its gaps).
fn list_bits(n: usize, items: usize) -> f64 {
    if n == 0 || items == 0 {
        return 0.0;
    }
    let d = (n as f64 / items as f64).min(1.0);
    let h = |x: f64| if x <= 0.0 || x >= 1.0 { 0.0 } else { -x * x.log2() - (1.0 - x) * (1.0 - x).log2() };
    items as f64 * h(d) + 8.0
}

/// The unions of the prefixes that are shard keys (3 bytes or more) whose terms lie in more than one
/// shard, where a union saves most of those shards' bytes (see [`UNION_GAIN`]).
pub(super) fn prefix_unions(
    groups: &[(String, Vec<TermEntry>)],
    keys: &[String],
    items: (usize, usize),
) -> Vec<PrefixEntry> {
    let bits = |e: (usize, usize)| list_bits(e.0, items.0) + list_bits(e.1, items.1);
    let mut out = Vec::new();
    for (own, p) in keys.iter().enumerate().filter(|(_, k)| k.len() >= 3) {
        let mut shards = Vec::new();
        prefixed_keys(keys, p, &mut shards);
        shards.sort_unstable();
        shards.dedup();
        if shards.len() < 2 {
            continue;
        }
        let begun = |i: usize| {
            groups.get(i).into_iter().flat_map(|(_, es)| es.iter().filter(|e| e.term.starts_with(p.as_str())))
        };
        let saved: f64 = shards
            .iter()
            .filter(|&&i| i != own)
            .flat_map(|&i| groups.get(i).into_iter().flat_map(|(_, es)| es.iter()))
            .map(|e| bits((e.paragraphs.len(), e.quotes.len())))
            .sum();
        let all: Vec<&TermEntry> = shards.iter().flat_map(|&i| begun(i)).collect();
        let paragraphs = crate::chunks::union_all(all.iter().map(|e| e.paragraphs.as_slice()).collect());
        let quotes = crate::chunks::union_all(all.iter().map(|e| e.quotes.as_slice()).collect());
        let cost = bits((paragraphs.len(), quotes.len()));
        if cost * UNION_GAIN as f64 <= saved {
            out.push(PrefixEntry { prefix: p.clone(), paragraphs, quotes, more: None });
        }
    }
    out
}
