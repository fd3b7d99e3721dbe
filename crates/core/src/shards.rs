//! The sharded text index: the term dictionary of an index cut into files by term prefix, as Pagefind
//! cuts its index, so that a reader's query fetches only the shards of its words, and the paragraphs'
//! text cut into chunks fetched only for the results shown.
//!
//! The generator calls [`Sharded::build`] and writes a small root [`Manifest`] (the schema version, the
//! checksum of the build, every shard's prefix, where each chunk starts), one [`TermShard`] per prefix
//! and one [`TextChunk`] per run of consecutive paragraphs of about [`TEXT_CHUNK_BYTES`], at the names
//! of [`crate::routes`]. A term lives in the shard of the
//! longest prefix in the manifest that it begins: terms are grouped by their first letter, and a group
//! whose shard would exceed [`SHARD_BYTES`] is split by the next letter, up to [`MAX_KEY_CHARS`].
//!
//! A shard holds of each term only the first block of its postings ([`FIRST_BLOCK`]); the rest lies in
//! the blocks of the term's [`Tail`]s, one of paragraphs and one of quotations ([`Kind`]), fetched only
//! when the first blocks cannot answer a query exactly (see [`crate::shards::Tail`] and
//! [`crate::shard_cache`]).
//!
//! What a query needs ([`Manifest::needed`]): for each word the shard holding it (its plural or
//! singular lies in the same one: keys are at most three letters), for the last word also the shards of
//! the terms it begins (or, for a dense prefix, only its own shard, which holds the union of their
//! postings: [`PrefixEntry`]), and for a word that matches nothing as typed the [`Lexicon`] of its first
//! letter (its terms and weights, no postings), where its corrections are (the first letter must
//! match; see [`crate::dictionary`]), then the shards of those corrections. The files joined by
//! [`crate::dictionary::Dictionary::from_shards`] plan and find candidates exactly as the whole
//! dictionary does.
//!
//! ```
//! use dossier_core::dictionary::Dictionary;
//! use dossier_core::index::{Index, ParagraphEntry};
//! use dossier_core::shards::{Manifest, Sharded, TermShard};
//!
//! let mut index = Index::default();
//! index.paragraphs.push(ParagraphEntry { source: 0, n: 1, entities: vec![], text: "The raid was in Kamdesh.".into() });
//! let built = Sharded::build(&index);
//! let manifest = Manifest::decode(&built.manifest).unwrap();
//! let shards: Vec<TermShard> = manifest.needed("kamdesh", None).shards.into_iter()
//!     .map(|i| TermShard::decode(&built.shards[i], &manifest, i).unwrap()).collect();
//! assert_eq!(Dictionary::from_shards(&shards, &[]).plan("kamdesh").corrected(), None);
//! ```

pub use crate::chunks::TextChunk;
use crate::chunks::{carried_sources, cluster_order, QuoteChunk, QUOTE_CHUNK_BYTES, QUOTE_UNIT};
use crate::dictionary::{Dictionary, PlanWord};
use crate::index::{text_build, DecodeError, Index, Reader, Writer};
use crate::text::tokenize;
use crate::typo::allowed_typos;
use std::collections::BTreeMap;

mod plan;
mod tail;
pub use plan::UNION_GAIN;
use plan::{prefix_unions, split, terms};
pub use tail::{Cut, Kind, Tail, FIRST_BLOCK, GROWTH};

/// A shard whose encoded terms exceed this many bytes is split by the next letter. Pagefind aims at
/// about 48 KB; at 8 KB a five-word query fetches 8 KB gzip of shards instead of about 30 KB (10,000
/// synthetic sources), which pays for the larger chunks below, for 468 shard files instead of 129.
pub const SHARD_BYTES: usize = 8 * 1024;
/// The longest shard key, in chars: a big group splits adaptively up to this deep (a larger corpus
/// splits further). A word's plural or singular and the terms a last word begins may then lie in other
/// shards; [`Manifest::needed`] asks for those too.
pub const MAX_KEY_CHARS: usize = 6;
/// The text a chunk of paragraphs holds, in bytes: paragraphs are added to a chunk while they fit, and
/// one longer than this has a chunk of its own (never cut). Placing a query's words needs the text of
/// up to [`crate::passages::MAX_PLACED`] candidates, each in its own chunk more often than not, so a
/// chunk's size is paid about that many times per query; but every chunk is a file, and files are
/// what a build on a slow disk and a deploy pay for. At 10,000 synthetic sources, 1,536 bytes wrote
/// 29,743 chunks and the worst query fetched 21 KB gzip of them; 4,096 bytes writes 9,914 and it
/// fetches 45 KB. By count (4 paragraphs a chunk) a source of 100,000 short lines wrote 25,000 files.
pub const TEXT_CHUNK_BYTES: usize = 4096;
/// Chunks of paragraphs begin at multiples of this many paragraphs (and of quotations at multiples of
/// [`crate::chunks::QUOTE_UNIT`]): the manifest lists where each chunk begins, in units, which gzip
/// makes little of: at 10,000 synthetic sources, with chunks of about 3 units, the whole manifest is
/// about 20 KB raw, 2.3 KB gzip (paragraph by paragraph the list alone was 7 KB gzip).
pub const TEXT_UNIT: usize = 4;

const MANIFEST: u32 = 3;
const TERMS: u32 = 4;
const LEXICON: u32 = 6;

/// The root of a sharded index: fetched first, it says which shard holds which terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// Ties every shard and chunk to this build: each file carries it, and one of another is refused.
    pub build: u32,
    /// The shard keys, sorted; shard `i` is the file [`crate::routes::term_shard`]`(i)`.
    pub keys: Vec<String>,
    /// The first letters of the terms, sorted; lexicon `i` is the file [`crate::routes::lexicon`]`(i)`.
    pub letters: Vec<char>,
    /// How many paragraphs the index has (postings are below this).
    pub paragraphs: u32,
    /// How many quotations it has (quote postings and chunks number them in statement order).
    pub quotes: u32,
    /// How many statements (clusters) it has.
    pub clusters: u32,
    /// How many sources it has.
    pub sources: u32,
    /// The first paragraph of each text chunk, ascending from 0 (none without paragraphs), each a
    /// multiple of [`TEXT_UNIT`]: chunk `i` holds the paragraphs from `text_chunks[i]` to the next
    /// one's first.
    pub text_chunks: Vec<u32>,
    /// The first rank of each quotation chunk, the same way (multiples of [`crate::chunks::QUOTE_UNIT`]).
    pub quote_chunks: Vec<u32>,
    /// The prefixes, sorted, whose shard ([`Manifest::shard_of`]) holds the union of the postings of
    /// every term they begin ([`PrefixEntry`]): a last word typed as one needs only that shard.
    pub unions: Vec<String>,
}

/// Where one kind of chunk is cut: the target bytes of a chunk, and the first item of each chunk given
/// each item's bytes (a new chunk begins where the next item would take it past the target).
pub(crate) fn pack(sizes: impl IntoIterator<Item = usize>, target: usize) -> Vec<u32> {
    let mut starts = Vec::new();
    let mut filled: Option<usize> = None;
    for (i, size) in sizes.into_iter().enumerate() {
        match filled {
            Some(f) if f + size <= target => filled = Some(f + size),
            _ => {
                starts.push(i as u32);
                filled = Some(size);
            }
        }
    }
    starts
}

/// [`pack`] of whole units of `unit` items: the first item of each chunk, a multiple of `unit`.
pub(crate) fn pack_units(sizes: &[usize], unit: usize, target: usize) -> Vec<u32> {
    let units = sizes.chunks(unit).map(|u| u.iter().sum());
    pack(units, target).into_iter().map(|u| u * unit as u32).collect()
}

/// Writes chunk starts (multiples of `unit`) as deltas in units.
fn write_starts(w: &mut Writer, starts: &[u32], unit: usize) {
    let units: Vec<u32> = starts.iter().map(|s| s / unit as u32).collect();
    write_postings(w, &units);
}

/// Reads chunk starts written by [`write_starts`]: ascending from 0, each below `count` (none when
/// `count` is 0).
fn read_starts(r: &mut Reader, unit: usize, count: u32) -> Result<Vec<u32>, DecodeError> {
    let units = read_postings(r, count.div_ceil(unit as u32))?;
    if units.first().copied() != (count > 0).then_some(0) {
        return Err(DecodeError::Inconsistent("chunks do not start at the first item".into()));
    }
    Ok(units.into_iter().map(|u| u * unit as u32).collect())
}

/// The targets of [`Sharded::build_packed`]: a term shard is split above `shard` bytes, text and
/// quotation chunks are packed to `text` and `quotes` bytes, first blocks hold `block` postings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Packing {
    pub(crate) shard: usize,
    pub(crate) text: usize,
    pub(crate) quotes: usize,
    /// The most postings of each kind of a term's first block ([`FIRST_BLOCK`]).
    pub(crate) block: usize,
}

impl Packing {
    /// What the generator writes.
    pub(crate) const DEFAULT: Packing =
        Packing { shard: SHARD_BYTES, text: TEXT_CHUNK_BYTES, quotes: QUOTE_CHUNK_BYTES, block: FIRST_BLOCK };
}

/// The range of items of chunk `i` given the chunks' starts and the count of items.
fn span(starts: &[u32], i: usize, count: u32) -> Option<std::ops::Range<u32>> {
    let start = *starts.get(i)?;
    Some(start..starts.get(i + 1).copied().unwrap_or(count))
}

/// The chunk holding item `item` given the chunks' starts.
fn chunk_holding(starts: &[u32], item: u32) -> usize {
    starts.partition_point(|&s| s <= item).saturating_sub(1)
}

/// One term of a shard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermEntry {
    /// The folded word.
    pub term: String,
    /// How many paragraphs and quotations contain it.
    pub weight: u32,
    /// The paragraphs containing it, ascending.
    pub paragraphs: Vec<u32>,
    /// The ranks of the quotations containing it ([`crate::chunks::cluster_order`]), ascending.
    pub quotes: Vec<u32>,
    /// Where its first block ends, when the rest of its postings lie in its [`Tail`]s (`paragraphs` and
    /// `quotes` then hold only those below the cut; a kind held whole has its count of items there). A
    /// [`crate::shard_cache::ShardCache`] moves it on as it adds the tails' blocks.
    pub more: Option<Cut>,
}

/// The terms of one prefix, sorted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermShard {
    /// The key (prefix) of the shard.
    pub key: String,
    /// Its terms, in order.
    pub entries: Vec<TermEntry>,
    /// The unions of the prefixes of the manifest's [`Manifest::unions`] that lie in this shard, by
    /// prefix.
    pub prefixes: Vec<PrefixEntry>,
}

/// Every paragraph and quotation that has a term beginning with a prefix: what a last word typed as
/// that prefix marks, without the shards of all those terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrefixEntry {
    /// The prefix (3 bytes or more).
    pub prefix: String,
    /// The paragraphs, ascending.
    pub paragraphs: Vec<u32>,
    /// The ranks of the quotations, ascending.
    pub quotes: Vec<u32>,
    /// Where its first block ends, when the rest lies in its [`Tail`] (as for [`TermEntry::more`]).
    pub more: Option<Cut>,
}

/// Every term of one first letter with its weight, without postings: where a misspelt word's
/// corrections are looked for (then only the shards of the corrections are fetched).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lexicon {
    /// The first letter.
    pub letter: char,
    /// (term, weight), sorted by term.
    pub terms: Vec<(String, u32)>,
}

/// Every file of a sharded index, encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sharded {
    /// The manifest.
    pub manifest: Vec<u8>,
    /// Term shard `i`, in key order.
    pub shards: Vec<Vec<u8>>,
    /// Text chunk `i` (paragraphs from the manifest's `text_chunks[i]`).
    pub chunks: Vec<Vec<u8>>,
    /// Quotation chunk `i` (ranks from the manifest's `quote_chunks[i]`).
    pub quotes: Vec<Vec<u8>>,
    /// Lexicon `i`, of the manifest's letter `i`.
    pub lexicons: Vec<Vec<u8>>,
    /// The blocks of the tail of the paragraphs of each (shard, slot, block) whose paragraphs go beyond
    /// a first block ([`Tail`]).
    pub tails: BTreeMap<(usize, usize, usize), Vec<u8>>,
    /// The same of quotations.
    pub quote_tails: BTreeMap<(usize, usize, usize), Vec<u8>>,
}

/// What a query needs beyond what is loaded (see [`Manifest::needed`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Needed {
    /// Term shards, ascending.
    pub shards: Vec<usize>,
    /// Lexicons, ascending.
    pub lexicons: Vec<usize>,
}

/// What a reader has loaded of a sharded index, to ask what a query needs next.
#[derive(Debug, Clone, Copy)]
pub struct Loaded<'a> {
    /// The dictionary of the loaded shards and lexicons ([`Dictionary::from_shards`]).
    pub dictionary: &'a Dictionary,
    /// The lexicons loaded.
    pub lexicons: &'a [usize],
}

/// The key of the shard holding `term` among sorted `keys`: the longest key that `term` begins.
fn shard_of(keys: &[String], term: &str) -> Option<usize> {
    (1..=MAX_KEY_CHARS).rev().find_map(|n| {
        let end = term.char_indices().nth(n).map_or(term.len(), |(i, _)| i);
        let prefix = &term[..end];
        (prefix.chars().count() == n).then(|| keys.binary_search_by(|k| k.as_str().cmp(prefix)).ok())?
    })
}

fn key_of(term: &str, chars: usize) -> &str {
    &term[..term.char_indices().nth(chars).map_or(term.len(), |(i, _)| i)]
}

/// One file of a sharded index, as [`Sharded::write`] hands it over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The manifest (written last).
    Manifest,
    /// Term shard `i`.
    Shard(usize),
    /// Text chunk `i`.
    Chunk(usize),
    /// Lexicon `i`.
    Lexicon(usize),
    /// Quotation chunk `i`.
    Quotes(usize),
    /// Block `.2` of the [`Tail`] of paragraphs of the entry in slot `.1` of term shard `.0` (its terms,
    /// then its prefix unions).
    Tail(usize, usize, usize),
    /// The same of quotations.
    QuoteTail(usize, usize, usize),
}

impl Part {
    /// The file's path in the site ([`crate::routes`]).
    pub fn file(&self) -> String {
        match *self {
            Part::Manifest => crate::routes::SHARD_MANIFEST.to_string(),
            Part::Shard(i) => crate::routes::term_shard(i),
            Part::Chunk(i) => crate::routes::text_chunk(i),
            Part::Lexicon(i) => crate::routes::lexicon(i),
            Part::Quotes(i) => crate::routes::quote_chunk(i),
            Part::Tail(i, slot, k) => crate::routes::term_tail(i, slot, k),
            Part::QuoteTail(i, slot, k) => crate::routes::quote_tail(i, slot, k),
        }
    }
}

impl Sharded {
    /// Every file by its path in the site (see [`crate::routes`]): the manifest, the term shards, the
    /// text chunks and the lexicons.
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        let mut files = BTreeMap::new();
        files.insert(Part::Manifest.file(), self.manifest);
        for (i, bytes) in self.shards.into_iter().enumerate() {
            files.insert(Part::Shard(i).file(), bytes);
        }
        for (i, bytes) in self.chunks.into_iter().enumerate() {
            files.insert(Part::Chunk(i).file(), bytes);
        }
        for (i, bytes) in self.lexicons.into_iter().enumerate() {
            files.insert(Part::Lexicon(i).file(), bytes);
        }
        for (i, bytes) in self.quotes.into_iter().enumerate() {
            files.insert(Part::Quotes(i).file(), bytes);
        }
        for ((i, slot, k), bytes) in self.tails {
            files.insert(Part::Tail(i, slot, k).file(), bytes);
        }
        for ((i, slot, k), bytes) in self.quote_tails {
            files.insert(Part::QuoteTail(i, slot, k).file(), bytes);
        }
        files
    }

    /// Cuts the index's dictionary into shards and its paragraphs into chunks, in memory (tests, tools;
    /// the generator streams them with [`Sharded::write`]).
    pub fn build(index: &Index) -> Sharded {
        Sharded::build_packed(index, Packing::DEFAULT)
    }

    /// [`Sharded::build`] with shards split above `limit` bytes (tests split small indexes).
    #[cfg(test)]
    pub(crate) fn build_with(index: &Index, limit: usize) -> Sharded {
        Sharded::build_packed(index, Packing { shard: limit, ..Packing::DEFAULT })
    }

    /// [`Sharded::build`] with other targets (tests cut small indexes into several chunks).
    pub(crate) fn build_packed(index: &Index, packing: Packing) -> Sharded {
        let mut built = Sharded {
            manifest: Vec::new(),
            shards: Vec::new(),
            chunks: Vec::new(),
            lexicons: Vec::new(),
            quotes: Vec::new(),
            tails: BTreeMap::new(),
            quote_tails: BTreeMap::new(),
        };
        let put = |list: &mut Vec<Vec<u8>>, i: usize, bytes: Vec<u8>| {
            list.resize(list.len().max(i + 1), Vec::new());
            list[i] = bytes;
        };
        let written: Result<(), std::convert::Infallible> =
            Sharded::write_with(index, packing, |part, bytes| {
                match part {
                    Part::Manifest => built.manifest = bytes,
                    Part::Shard(i) => put(&mut built.shards, i, bytes),
                    Part::Chunk(i) => put(&mut built.chunks, i, bytes),
                    Part::Lexicon(i) => put(&mut built.lexicons, i, bytes),
                    Part::Quotes(i) => put(&mut built.quotes, i, bytes),
                    Part::Tail(i, slot, k) => {
                        built.tails.insert((i, slot, k), bytes);
                    }
                    Part::QuoteTail(i, slot, k) => {
                        built.quote_tails.insert((i, slot, k), bytes);
                    }
                }
                Ok(())
            });
        match written {
            Ok(()) => built,
            Err(never) => match never {},
        }
    }

    /// Writes every file of the index's sharded text index to `sink` as soon as it is encoded, the
    /// manifest last: only the term dictionary (postings, not the words of every paragraph) is held,
    /// never the files, so a large site's build does not hold its text twice.
    pub fn write<E>(index: &Index, sink: impl FnMut(Part, Vec<u8>) -> Result<(), E>) -> Result<(), E> {
        Sharded::write_with(index, Packing::DEFAULT, sink)
    }

    fn write_with<E>(
        index: &Index,
        packing: Packing,
        mut sink: impl FnMut(Part, Vec<u8>) -> Result<(), E>,
    ) -> Result<(), E> {
        let build = text_build(index);
        let paragraphs = index.paragraphs.len() as u32;
        let sizes: Vec<usize> = index.paragraphs.iter().map(|p| p.text.len()).collect();
        let text_chunks = pack_units(&sizes, TEXT_UNIT, packing.text);
        drop(sizes);
        let order = cluster_order(index);
        let quoted = crate::chunks::quoted_paragraphs(index, &order);
        for i in 0..text_chunks.len() {
            let Some(r) = span(&text_chunks, i, paragraphs) else { continue };
            let ps = &index.paragraphs[r.start as usize..r.end as usize];
            let from = quoted.partition_point(|&(p, _)| p < r.start);
            let to = quoted.partition_point(|&(p, _)| p < r.end);
            sink(Part::Chunk(i), TextChunk::encode_from(build, index, r.start, ps, &quoted[from..to]))?;
        }
        drop(quoted);
        let mut firsts = vec![0u32; index.clusters.len()];
        for (r, &q) in order.iter().enumerate().rev() {
            if let Some(f) = index.quotes.get(q as usize).and_then(|q| firsts.get_mut(q.cluster as usize)) {
                *f = r as u32;
            }
        }
        let carried = carried_sources(index);
        let quote_chunks = crate::chunks::pack_quotes(index, &order, packing.quotes);
        for i in 0..quote_chunks.len() {
            let Some(r) = span(&quote_chunks, i, order.len() as u32) else { continue };
            sink(Part::Quotes(i), QuoteChunk::encode_from(build, index, &order, &firsts, &carried, r))?;
        }
        drop(carried);
        // The first rank of the statement of each rank: a quotation cut falls between statements.
        let statement_start = |r: u32| {
            let q = order.get(r as usize).and_then(|&q| index.quotes.get(q as usize));
            q.and_then(|q| firsts.get(q.cluster as usize)).copied().unwrap_or(r)
        };
        let entries = terms(index, &order);
        let mut letters: Vec<char> = Vec::new();
        // The lexicon of each first letter, written as the next letter starts.
        let mut lexicon_terms: Vec<(&str, u32)> = Vec::new();
        for e in &entries {
            let Some(c) = e.term.chars().next() else { continue };
            if letters.last() != Some(&c) {
                if let Some(&l) = letters.last() {
                    sink(Part::Lexicon(letters.len() - 1), Lexicon::encode_terms(build, l, &lexicon_terms))?;
                }
                lexicon_terms.clear();
                letters.push(c);
            }
            lexicon_terms.push((&e.term, e.weight));
        }
        if let Some(&l) = letters.last() {
            sink(Part::Lexicon(letters.len() - 1), Lexicon::encode_terms(build, l, &lexicon_terms))?;
        }
        drop(lexicon_terms);
        let mut groups: Vec<(String, Vec<TermEntry>)> = Vec::new();
        split(entries, 1, (packing.shard, packing.block), &mut groups);
        groups.sort_by(|a, b| a.0.cmp(&b.0));
        let keys: Vec<String> = groups.iter().map(|g| g.0.clone()).collect();
        let items = (index.paragraphs.len(), index.quotes.len());
        // (shard, union) of each dense prefix, by shard then prefix.
        let mut held: Vec<(usize, PrefixEntry)> = prefix_unions(&groups, &keys, items)
            .into_iter()
            .filter_map(|u| Some((shard_of(&keys, &u.prefix)?, u)))
            .collect();
        held.sort_by(|a, b| (a.0, &a.1.prefix).cmp(&(b.0, &b.1.prefix)));
        let mut unions: Vec<String> = held.iter().map(|(_, u)| u.prefix.clone()).collect();
        unions.sort();
        let mut held = held.into_iter().peekable();
        let totals = (paragraphs, index.quotes.len() as u32);
        for (i, (key, mut entries)) in groups.into_iter().enumerate() {
            let mut prefixes = Vec::new();
            while let Some((_, u)) = held.next_if(|(s, _)| *s == i) {
                prefixes.push(u);
            }
            let lists = entries
                .iter_mut()
                .map(|e| (&mut e.paragraphs, &mut e.quotes, &mut e.more))
                .chain(prefixes.iter_mut().map(|u| (&mut u.paragraphs, &mut u.quotes, &mut u.more)));
            for (slot, (ps, qs, more)) in lists.enumerate() {
                if let Some((c, ps, qs)) = tail::cut(ps, qs, totals, packing.block, statement_start) {
                    *more = Some(c);
                    for (k, t) in ps.iter().enumerate() {
                        sink(Part::Tail(i, slot, k), t.encode(build, &key, (slot, k), Kind::Paragraphs))?;
                    }
                    for (k, t) in qs.iter().enumerate() {
                        sink(Part::QuoteTail(i, slot, k), t.encode(build, &key, (slot, k), Kind::Quotes))?;
                    }
                }
            }
            sink(Part::Shard(i), TermShard { key, entries, prefixes }.encode(build))?;
        }
        let manifest = Manifest {
            build,
            keys,
            letters,
            paragraphs: index.paragraphs.len() as u32,
            quotes: index.quotes.len() as u32,
            clusters: index.clusters.len() as u32,
            sources: index.sources.len() as u32,
            text_chunks,
            quote_chunks,
            unions,
        };
        sink(Part::Manifest, manifest.encode())
    }
}

/// The shards (indices into sorted `keys`) of the terms that begin with `prefix`.
fn prefixed_keys(keys: &[String], prefix: &str, out: &mut Vec<usize>) {
    out.extend(shard_of(keys, prefix));
    let from = keys.partition_point(|k| k.as_str() < prefix);
    out.extend((from..keys.len()).take_while(|&i| keys[i].starts_with(prefix)));
}

impl Manifest {
    /// Writes the manifest.
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::start(MANIFEST);
        w.u32(self.build);
        w.seq(&self.keys, |w, k| w.str(k));
        w.seq(&self.letters, |w, c| w.u32(u32::from(*c)));
        w.u32(self.paragraphs);
        w.u32(self.quotes);
        w.u32(self.clusters);
        w.u32(self.sources);
        write_starts(&mut w, &self.text_chunks, TEXT_UNIT);
        write_starts(&mut w, &self.quote_chunks, QUOTE_UNIT);
        w.seq(&self.unions, |w, u| w.str(u));
        w.0
    }

    /// Reads a manifest; its keys must be sorted, distinct and of 1 to [`MAX_KEY_CHARS`] chars, and the
    /// chunks' starts ascending from 0, each below the count of its items (none for no items).
    pub fn decode(bytes: &[u8]) -> Result<Manifest, DecodeError> {
        let mut r = Reader::start(bytes, MANIFEST)?;
        let build = r.u32()?;
        let keys = r.seq(Reader::str)?;
        let letters = r.seq(|r| char::from_u32(r.u32()?).ok_or(DecodeError::Corrupt(0)))?;
        let (paragraphs, quotes, clusters, sources) = (r.u32()?, r.u32()?, r.u32()?, r.u32()?);
        let text_chunks = read_starts(&mut r, TEXT_UNIT, paragraphs)?;
        let quote_chunks = read_starts(&mut r, QUOTE_UNIT, quotes)?;
        let unions = r.seq(Reader::str)?;
        r.end()?;
        if unions.windows(2).any(|w| w[0] >= w[1])
            || unions.iter().any(|u| u.len() < 3 || shard_of(&keys, u).is_none())
        {
            return Err(DecodeError::Inconsistent("prefix unions out of order or in no shard".into()));
        }
        if keys.windows(2).any(|w| w[0] >= w[1]) {
            return Err(DecodeError::Inconsistent("shard keys out of order or repeated".into()));
        }
        if keys.iter().any(|k| k.is_empty() || k.chars().count() > MAX_KEY_CHARS) {
            return Err(DecodeError::Inconsistent("a shard key is empty or too long".into()));
        }
        if letters.windows(2).any(|w| w[0] >= w[1]) {
            return Err(DecodeError::Inconsistent("lexicon letters out of order or repeated".into()));
        }
        Ok(Manifest {
            build,
            keys,
            letters,
            paragraphs,
            quotes,
            clusters,
            sources,
            text_chunks,
            quote_chunks,
            unions,
        })
    }

    /// The shard that holds `term`, if any could.
    pub fn shard_of(&self, term: &str) -> Option<usize> {
        shard_of(&self.keys, term)
    }

    /// The shards where the terms a word counts as lie: its own, its plural's and singular's (4+
    /// letters), and for the last word (3+ letters) those of every term it begins.
    fn word_shards(&self, w: &str, last: bool, out: &mut Vec<usize>) {
        if last && w.len() >= 3 && !self.has_union(w) {
            self.prefixed(w, out);
        } else {
            out.extend(self.shard_of(w));
        }
        if w.len() > 3 {
            let base = w.strip_suffix('s').unwrap_or(w);
            out.extend(self.shard_of(base));
            out.extend(self.shard_of(&format!("{base}s")));
        }
    }

    /// The shards of the terms that begin with `prefix` (its own shard, and every longer key extending it).
    pub(crate) fn prefixed(&self, prefix: &str, out: &mut Vec<usize>) {
        prefixed_keys(&self.keys, prefix, out);
    }

    /// True when the shard of `prefix` holds the union of the postings of every term it begins.
    pub fn has_union(&self, prefix: &str) -> bool {
        self.unions.binary_search_by(|u| u.as_str().cmp(prefix)).is_ok()
    }

    /// What a query needs beyond `loaded`: the shard of each word (and, for the last word of 3 letters
    /// or more, of every term it begins); for each word that may have typos and matches nothing as typed
    /// in the loaded dictionary, the lexicon of its first letter, and once that is loaded the shards of
    /// its corrections. Ask with `None` first, then again with what is loaded until nothing new is
    /// needed (at most three rounds); the loaded files then plan the query as the whole index does.
    pub fn needed(&self, query: &str, loaded: Option<Loaded<'_>>) -> Needed {
        let words: Vec<String> =
            tokenize(query).into_iter().map(|t| t.word).take(crate::dictionary::MAX_QUERY_WORDS).collect();
        let mut out = Needed::default();
        for (i, w) in words.iter().enumerate() {
            let last = i + 1 == words.len();
            self.word_shards(w, last, &mut out.shards);
            let Some(loaded) = loaded else { continue };
            let word = PlanWord { typed: w.clone(), prefix: last, corrections: Vec::new() };
            if allowed_typos(w) == 0 || loaded.dictionary.known(&word) {
                continue;
            }
            let Some(letter) = w.chars().next().and_then(|c| self.letters.binary_search(&c).ok()) else {
                continue;
            };
            if loaded.lexicons.contains(&letter) {
                for (term, _) in loaded.dictionary.corrections(&word) {
                    self.word_shards(&term, last, &mut out.shards);
                }
            } else {
                out.lexicons.push(letter);
            }
        }
        for list in [&mut out.shards, &mut out.lexicons] {
            list.sort_unstable();
            list.dedup();
        }
        out
    }

    /// The text chunk holding paragraph `p`.
    pub fn chunk_of(&self, paragraph: u32) -> usize {
        chunk_holding(&self.text_chunks, paragraph)
    }

    /// The quotation chunk holding the quotation of rank `rank`.
    pub fn quote_chunk_of(&self, rank: u32) -> usize {
        chunk_holding(&self.quote_chunks, rank)
    }

    /// The paragraphs of text chunk `i`, if there is one.
    pub fn text_span(&self, i: usize) -> Option<std::ops::Range<u32>> {
        span(&self.text_chunks, i, self.paragraphs)
    }

    /// The ranks of quotation chunk `i`, if there is one.
    pub fn quote_span(&self, i: usize) -> Option<std::ops::Range<u32>> {
        span(&self.quote_chunks, i, self.quotes)
    }
}

fn write_postings(w: &mut Writer, list: &[u32]) {
    w.len(list.len());
    let mut last = 0;
    for (i, &p) in list.iter().enumerate() {
        w.u32(if i == 0 { p } else { p - last });
        last = p;
    }
}

fn read_postings(r: &mut Reader, below: u32) -> Result<Vec<u32>, DecodeError> {
    let mut first = true;
    let mut at = 0u32;
    let list = r.seq(|r| {
        let d = r.u32()?;
        if !first && d == 0 {
            return Err(DecodeError::Inconsistent("postings repeated or out of order".into()));
        }
        at = if first { d } else { at.checked_add(d).ok_or(DecodeError::Corrupt(0))? };
        first = false;
        Ok(at)
    })?;
    if list.last().is_some_and(|&p| p >= below) {
        return Err(DecodeError::Inconsistent(format!("a posting beyond the {below} there are")));
    }
    Ok(list)
}

impl TermShard {
    /// Writes the shard for the build `build`.
    pub fn encode(&self, build: u32) -> Vec<u8> {
        let mut w = Writer::start(TERMS);
        w.u32(build);
        w.str(&self.key);
        w.seq(&self.entries, |w, e| {
            w.str(&e.term);
            w.u32(e.weight);
            write_postings(w, &e.paragraphs);
            write_postings(w, &e.quotes);
            tail::write_cut(w, e.more);
        });
        w.seq(&self.prefixes, |w, u| {
            w.str(&u.prefix);
            write_postings(w, &u.paragraphs);
            write_postings(w, &u.quotes);
            tail::write_cut(w, u.more);
        });
        w.0
    }

    /// Reads shard `i` of the manifest's build: refuses a file of another build or shard, terms out of
    /// order or in another shard, postings out of order or beyond the index.
    pub fn decode(bytes: &[u8], manifest: &Manifest, i: usize) -> Result<TermShard, DecodeError> {
        let mut r = Reader::start(bytes, TERMS)?;
        if r.u32()? != manifest.build {
            return Err(DecodeError::Mismatch);
        }
        let key = r.str()?;
        if manifest.keys.get(i) != Some(&key) {
            return Err(DecodeError::WrongPart);
        }
        let entries = r.seq(|r| {
            let (term, weight) = (r.str()?, r.u32()?);
            let paragraphs = read_postings(r, manifest.paragraphs)?;
            let quotes = read_postings(r, manifest.quotes)?;
            let more = tail::read_cut(r, manifest, &paragraphs, &quotes)?;
            Ok(TermEntry { term, weight, paragraphs, quotes, more })
        })?;
        let prefixes = r.seq(|r| {
            let prefix = r.str()?;
            let paragraphs = read_postings(r, manifest.paragraphs)?;
            let quotes = read_postings(r, manifest.quotes)?;
            let more = tail::read_cut(r, manifest, &paragraphs, &quotes)?;
            Ok(PrefixEntry { prefix, paragraphs, quotes, more })
        })?;
        r.end()?;
        // Exactly the manifest's unions of this shard, in order.
        let own = manifest.unions.iter().filter(|u| manifest.shard_of(u) == Some(i));
        if !own.eq(prefixes.iter().map(|u| &u.prefix)) {
            return Err(DecodeError::Inconsistent(format!(
                "shard {key}: not the prefix unions of the manifest"
            )));
        }
        if entries.windows(2).any(|w| w[0].term >= w[1].term) {
            return Err(DecodeError::Inconsistent(format!("shard {key}: terms out of order")));
        }
        if let Some(e) = entries.iter().find(|e| manifest.shard_of(&e.term) != Some(i)) {
            return Err(DecodeError::Inconsistent(format!("shard {key} holds {:?} of another", e.term)));
        }
        Ok(TermShard { key, entries, prefixes })
    }
}

impl Lexicon {
    /// Writes the lexicon for the build `build`.
    pub fn encode(&self, build: u32) -> Vec<u8> {
        let terms: Vec<(&str, u32)> = self.terms.iter().map(|(t, w)| (t.as_str(), *w)).collect();
        Lexicon::encode_terms(build, self.letter, &terms)
    }

    fn encode_terms(build: u32, letter: char, terms: &[(&str, u32)]) -> Vec<u8> {
        let mut w = Writer::start(LEXICON);
        w.u32(build);
        w.u32(u32::from(letter));
        w.seq(terms, |w, (t, weight)| {
            w.str(t);
            w.u32(*weight);
        });
        w.0
    }

    /// Reads lexicon `i` of the manifest's build: its terms sorted, each of its letter.
    pub fn decode(bytes: &[u8], manifest: &Manifest, i: usize) -> Result<Lexicon, DecodeError> {
        let mut r = Reader::start(bytes, LEXICON)?;
        if r.u32()? != manifest.build {
            return Err(DecodeError::Mismatch);
        }
        let letter = char::from_u32(r.u32()?).ok_or(DecodeError::Corrupt(r.at))?;
        if manifest.letters.get(i) != Some(&letter) {
            return Err(DecodeError::WrongPart);
        }
        let terms = r.seq(|r| Ok((r.str()?, r.u32()?)))?;
        r.end()?;
        if terms.windows(2).any(|w| w[0].0 >= w[1].0) || terms.iter().any(|(t, _)| !t.starts_with(letter)) {
            return Err(DecodeError::Inconsistent(format!(
                "lexicon {letter}: terms out of order or of another letter"
            )));
        }
        Ok(Lexicon { letter, terms })
    }
}

#[cfg(test)]
#[path = "shards_tests.rs"]
mod tests;
