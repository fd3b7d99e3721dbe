//! The chunks of a sharded index ([`crate::shards`]) that hold records rather than terms: the
//! paragraphs' text in [`TextChunk`]s, and the quotations cut into [`QuoteChunk`]s of about
//! [`QUOTE_CHUNK_BYTES`], numbered in statement order ([`cluster_order`]: by cluster, then by position in the
//! index), so that a statement's wordings lie together in one or two chunks and the term shards' quote
//! postings, ascending, list candidates statement by statement. Each chunk carries the rows of the
//! statements and sources its quotations name, so an answer needs no other file: no `quotes.bin`.
//!
//! [`search_top`] is [`crate::search::Searcher::search_top`] over what is loaded: the same hits, in
//! the same order, numbered by rank, for statements of at most [`MAX_MEMBERS`] wordings (beyond that
//! the first [`MAX_MEMBERS`] are listed and the rest counted by the statement's row); or the ranks of
//! the quotations whose chunks it still needs.
//!
//! ```
//! use dossier_core::chunks::cluster_order;
//! use dossier_core::index::{ClusterEntry, Index, QuoteEntry};
//!
//! let mut index = Index::default();
//! for (i, c) in [1u32, 0, 1].into_iter().enumerate() {
//!     index.quotes.push(QuoteEntry { source: 0, paragraph: 1, text: format!("q{i}"), speaker: None, cluster: c });
//! }
//! index.clusters = vec![ClusterEntry { id: "a".into(), speaker: None, quotes: vec![1] },
//!     ClusterEntry { id: "b".into(), speaker: None, quotes: vec![0, 2] }];
//! assert_eq!(cluster_order(&index), [1, 0, 2]);
//! ```

use crate::index::{DecodeError, Index, QuoteEntry, Reader, SourceEntry, Writer};
use crate::shards::Manifest;

/// The bytes a quotation chunk holds: its quotations' text and the rows of their sources (a source's
/// row counted once a chunk); quotations are added while they fit, and one longer has a chunk of its
/// own. At 10,000 synthetic sources 2,048 bytes wrote 14,847 chunks (the worst query fetched 42 of
/// them, 30 KB gzip); 4,096 bytes wrote 6,643 (37 fetched, 45 KB), which left the worst first query
/// typed in the browser at 150 KB gzip, the budget; 3,072 bytes writes 8,233 (38 fetched, 40 KB) and
/// that query 143 KB. By count (8 a chunk), a source of 100,000 quoted lines wrote 12,500 quotation
/// chunks.
pub const QUOTE_CHUNK_BYTES: usize = 3072;
/// Quotation chunks begin at multiples of this many ranks (see [`crate::shards::TEXT_UNIT`]).
pub const QUOTE_UNIT: usize = 8;
/// The most wordings of one statement [`search_top`] lists (the web lists at most 50; the rest are
/// counted from [`ClusterRow::len`]).
pub const MAX_MEMBERS: usize = 64;

pub(crate) const QUOTES: u32 = 7;
pub(crate) const TEXT: u32 = 5;

/// One quotation of a chunk: the index's own entry (its source's and statement's rows are in the chunk).
pub type QuoteRow = QuoteEntry;

/// One statement, as a chunk holding one of its wordings carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterRow {
    /// Stable id (`q-collect-money-from`).
    pub id: String,
    /// The speaker, when the members agree on one.
    pub speaker: Option<String>,
    /// The rank of its first wording; its wordings are the ranks `first..first + len`.
    pub first: u32,
    /// How many wordings it has (at least one).
    pub len: u32,
    /// How many different sources carry it.
    pub sources: u32,
}

/// The quotations of consecutive ranks (about [`QUOTE_CHUNK_BYTES`]), with the rows of their
/// statements and sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteChunk {
    /// The rank of its first quotation.
    pub first: u32,
    /// The quotations, in rank order.
    pub quotes: Vec<QuoteRow>,
    /// (cluster, row) of each statement they belong to, ascending.
    pub clusters: Vec<(u32, ClusterRow)>,
    /// (source, row) of each source they come from, ascending.
    pub sources: Vec<(u32, SourceEntry)>,
}

/// The quotations of the index in statement order: `order[rank]` is an index into [`Index::quotes`]. A
/// counting sort by cluster, quotations in index order within one (as the quotation search orders them).
pub fn cluster_order(index: &Index) -> Vec<u32> {
    let mut starts = vec![0usize; index.clusters.len() + 1];
    for q in &index.quotes {
        if let Some(s) = starts.get_mut(q.cluster as usize + 1) {
            *s += 1;
        }
    }
    for c in 1..starts.len() {
        starts[c] += starts[c - 1];
    }
    let mut order = vec![0u32; index.quotes.len()];
    for (i, q) in index.quotes.iter().enumerate() {
        if let Some(at) = starts.get_mut(q.cluster as usize) {
            if let Some(slot) = order.get_mut(*at) {
                *slot = i as u32;
            }
            *at += 1;
        }
    }
    order
}

/// How many sources carry each cluster of the index, counted once per build: a chunk of a statement
/// with 200,000 wordings must not look through all of them again (that made one source of 200,000
/// unpaired marks take 30 s, one chunk at a time).
pub(crate) fn carried_sources(index: &Index) -> Vec<usize> {
    index
        .clusters
        .iter()
        .map(|cluster| {
            let mut sources: Vec<u32> = cluster
                .quotes
                .iter()
                .filter_map(|&q| index.quotes.get(q as usize))
                .map(|q| q.source)
                .collect();
            sources.sort_unstable();
            sources.dedup();
            sources.len()
        })
        .collect()
}

/// The first rank of each quotation chunk of `target` bytes, the quotations in `order`
/// ([`cluster_order`]) taken [`QUOTE_UNIT`] at a time: a quotation weighs its text and speaker, and
/// the row of its source unless the quotation before it has the same source.
pub(crate) fn pack_quotes(index: &Index, order: &[u32], target: usize) -> Vec<u32> {
    let row = |s: u32| index.sources.get(s as usize).map_or(0, source_bytes);
    let mut last = None;
    let sizes: Vec<usize> = order
        .iter()
        .filter_map(|&q| index.quotes.get(q as usize))
        .map(|q| {
            let own = q.text.len() + q.speaker.as_ref().map_or(0, String::len) + 8;
            let new = last.replace(q.source) != Some(q.source);
            own + if new { row(q.source) } else { 0 }
        })
        .collect();
    crate::shards::pack_units(&sizes, QUOTE_UNIT, target)
}

/// About the bytes of a source's row in a chunk.
fn source_bytes(s: &SourceEntry) -> usize {
    s.id.len()
        + s.title.len()
        + s.outlet.len()
        + s.published.len()
        + 8
        + s.derived_from.iter().map(|d| d.len() + 1).sum::<usize>()
}

/// The inverse of [`cluster_order`]: the rank of each quotation of the index.
pub fn ranks(order: &[u32]) -> Vec<u32> {
    let mut rank = vec![0u32; order.len()];
    for (r, &q) in order.iter().enumerate() {
        if let Some(slot) = rank.get_mut(q as usize) {
            *slot = r as u32;
        }
    }
    rank
}

pub(crate) fn write_source(w: &mut Writer, s: &SourceEntry) {
    w.str(&s.id);
    w.str(&s.title);
    w.str(&s.outlet);
    w.str(&s.published);
    w.u32(s.date);
    w.seq(&s.derived_from, |w, d| w.str(d));
}

pub(crate) fn read_source(r: &mut Reader) -> Result<SourceEntry, DecodeError> {
    Ok(SourceEntry {
        id: r.str()?,
        title: r.str()?,
        outlet: r.str()?,
        published: r.str()?,
        date: r.u32()?,
        derived_from: r.seq(Reader::str)?,
    })
}

/// (index, row) pairs strictly ascending by index, each index below `below`.
pub(crate) fn check_rows<T>(rows: &[(u32, T)], below: u32, what: &str) -> Result<(), DecodeError> {
    if rows.windows(2).any(|w| w[0].0 >= w[1].0) || rows.last().is_some_and(|r| r.0 >= below) {
        return Err(DecodeError::Inconsistent(format!("{what} rows out of order or beyond the index")));
    }
    Ok(())
}

impl QuoteChunk {
    /// The chunk of ranks `span` of the index, `order` its [`cluster_order`], `firsts[c]` the
    /// first rank of cluster `c` and `carried[c]` the number of sources carrying it ([`carried_sources`]).
    pub(crate) fn encode_from(
        build: u32,
        index: &Index,
        order: &[u32],
        firsts: &[u32],
        carried: &[usize],
        span: std::ops::Range<u32>,
    ) -> Vec<u8> {
        let first = span.start;
        let ranks = order.get(span.start as usize..span.end as usize).unwrap_or(&[]);
        let quotes: Vec<&crate::index::QuoteEntry> =
            ranks.iter().filter_map(|&q| index.quotes.get(q as usize)).collect();
        let mut clusters: Vec<u32> = quotes.iter().map(|q| q.cluster).collect();
        clusters.dedup();
        let mut sources: Vec<u32> = quotes.iter().map(|q| q.source).collect();
        sources.sort_unstable();
        sources.dedup();
        let mut w = Writer::start(QUOTES);
        w.u32(build);
        w.u32(first);
        w.seq(&quotes, |w, q| QuoteEntry::write(w, q));
        w.seq(&clusters, |w, &c| {
            let Some(cluster) = index.clusters.get(c as usize) else { return };
            w.u32(c);
            w.str(&cluster.id);
            w.opt_str(cluster.speaker.as_deref());
            w.u32(firsts.get(c as usize).copied().unwrap_or(0));
            w.len(cluster.quotes.len());
            w.len(carried.get(c as usize).copied().unwrap_or(0));
        });
        w.seq(&sources, |w, &s| {
            w.u32(s);
            if let Some(source) = index.sources.get(s as usize) {
                write_source(w, source);
            }
        });
        w.0
    }

    /// Writes the chunk for the build `build`.
    pub fn encode(&self, build: u32) -> Vec<u8> {
        let mut w = Writer::start(QUOTES);
        w.u32(build);
        w.u32(self.first);
        w.seq(&self.quotes, |w, q| {
            w.u32(q.source);
            w.u32(q.paragraph);
            w.str(&q.text);
            w.opt_str(q.speaker.as_deref());
            w.u32(q.cluster);
        });
        w.seq(&self.clusters, |w, (c, row)| {
            w.u32(*c);
            w.str(&row.id);
            w.opt_str(row.speaker.as_deref());
            w.u32(row.first);
            w.u32(row.len);
            w.u32(row.sources);
        });
        w.seq(&self.sources, |w, (s, row)| {
            w.u32(*s);
            write_source(w, row);
        });
        w.0
    }

    /// Reads chunk `i` of the manifest's build: refuses one of another build or chunk, one holding
    /// other ranks than the manifest gives it, a quotation naming a statement or source without its
    /// row, a statement whose wordings do not hold this chunk's, or one beyond the index.
    pub fn decode(bytes: &[u8], manifest: &Manifest, i: usize) -> Result<QuoteChunk, DecodeError> {
        let (quotes, clusters, sources) = (manifest.quotes, manifest.clusters, manifest.sources);
        let mut r = Reader::start(bytes, QUOTES)?;
        if r.u32()? != manifest.build {
            return Err(DecodeError::Mismatch);
        }
        let first = r.u32()?;
        let Some(span) = manifest.quote_span(i).filter(|s| s.start == first) else {
            return Err(DecodeError::WrongPart);
        };
        let rows = r.seq(QuoteEntry::read)?;
        let cluster_rows = r.seq(|r| {
            Ok((
                r.u32()?,
                ClusterRow {
                    id: r.str()?,
                    speaker: r.opt_str()?,
                    first: r.u32()?,
                    len: r.u32()?,
                    sources: r.u32()?,
                },
            ))
        })?;
        let source_rows = r.seq(|r| Ok((r.u32()?, read_source(r)?)))?;
        r.end()?;
        let bad = |what: String| Err(DecodeError::Inconsistent(format!("quotation chunk {i}: {what}")));
        if rows.len() != span.len() || span.end > quotes {
            return bad(format!("{} quotations where the manifest has {}", rows.len(), span.len()));
        }
        check_rows(&cluster_rows, clusters, "statement")?;
        check_rows(&source_rows, sources, "source")?;
        for (c, row) in &cluster_rows {
            let end = u64::from(row.first) + u64::from(row.len);
            if row.len == 0 || end > u64::from(quotes) || row.sources == 0 || row.sources > row.len {
                return bad(format!("statement {c} has an impossible range"));
            }
        }
        for (k, q) in rows.iter().enumerate() {
            let rank = first + k as u32;
            let Ok(c) = cluster_rows.binary_search_by_key(&q.cluster, |r| r.0) else {
                return bad(format!("quotation {rank} names a statement without its row"));
            };
            let row = &cluster_rows[c].1;
            if rank < row.first || rank - row.first >= row.len {
                return bad(format!("quotation {rank} lies outside its statement"));
            }
            if source_rows.binary_search_by_key(&q.source, |r| r.0).is_err() {
                return bad(format!("quotation {rank} names a source without its row"));
            }
        }
        Ok(QuoteChunk { first, quotes: rows, clusters: cluster_rows, sources: source_rows })
    }
}

mod text;
mod top;
pub(crate) use text::quoted_paragraphs;
pub use text::TextChunk;
pub use top::{search_top, search_top_within, union, union_all, words, QuoteStore};

#[cfg(test)]
#[path = "chunks_tests.rs"]
mod tests;
