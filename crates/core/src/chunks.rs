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

use crate::index::{DecodeError, Index, ParagraphEntry, QuoteEntry, Reader, SourceEntry, Writer};
use crate::search::{allowed_edits, best_alignment, Hit};
use crate::shards::Manifest;
use crate::text::{tokenize, Token};
use std::collections::BTreeMap;

/// The bytes a quotation chunk holds: its quotations' text and the rows of their sources (a source's
/// row counted once a chunk); quotations are added while they fit, and one longer has a chunk of its
/// own. By count (8 a chunk), a source of 100,000 quoted lines wrote 12,500 quotation chunks.
pub const QUOTE_CHUNK_BYTES: usize = 2048;
/// Quotation chunks begin at multiples of this many ranks (see [`crate::shards::TEXT_UNIT`]).
pub const QUOTE_UNIT: usize = 8;
/// The most wordings of one statement [`search_top`] lists (the web lists at most 50; the rest are
/// counted from [`ClusterRow::len`]).
pub const MAX_MEMBERS: usize = 64;
/// How many missing quotations one round asks for at most (their chunks are fetched together).
const BATCH: usize = 24;

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

/// The text of consecutive paragraphs (about [`crate::shards::TEXT_CHUNK_BYTES`]), with the rows of
/// their sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextChunk {
    /// The index of its first paragraph.
    pub first: u32,
    /// (source, paragraph number, text) of each, in order.
    pub paragraphs: Vec<(u32, u32, String)>,
    /// (source, row) of each source they come from, ascending.
    pub sources: Vec<(u32, SourceEntry)>,
    /// (paragraph, rank) of each quotation that lies in one of its paragraphs (the same source and
    /// paragraph number), ascending: what an answer needs to know that a passage cannot be one a
    /// statement's wording carries (see [`crate::shard_cache::ShardCache::answer`]).
    pub quoted: Vec<(u32, u32)>,
}

impl TextChunk {
    /// Writes the chunk for the build `build`.
    pub fn encode(&self, build: u32) -> Vec<u8> {
        let mut w = Writer::start(TEXT);
        w.u32(build);
        w.u32(self.first);
        w.seq(&self.paragraphs, |w, (s, n, t)| {
            w.u32(*s);
            w.u32(*n);
            w.str(t);
        });
        w.seq(&self.sources, |w, (s, row)| {
            w.u32(*s);
            write_source(w, row);
        });
        write_quoted(&mut w, &self.quoted);
        w.0
    }

    /// Writes the chunk of `paragraphs` (the index's from `first`) without copying their text;
    /// `quoted` are the (paragraph, rank) pairs of its quotations ([`TextChunk::quoted`]).
    pub(crate) fn encode_from(
        build: u32,
        index: &Index,
        first: u32,
        paragraphs: &[ParagraphEntry],
        quoted: &[(u32, u32)],
    ) -> Vec<u8> {
        let mut w = Writer::start(TEXT);
        w.u32(build);
        w.u32(first);
        w.seq(paragraphs, |w, p| {
            w.u32(p.source);
            w.u32(p.n);
            w.str(&p.text);
        });
        let mut sources: Vec<u32> = paragraphs.iter().map(|p| p.source).collect();
        sources.sort_unstable();
        sources.dedup();
        w.seq(&sources, |w, &s| {
            w.u32(s);
            if let Some(row) = index.sources.get(s as usize) {
                write_source(w, row);
            }
        });
        write_quoted(&mut w, quoted);
        w.0
    }

    /// Reads chunk `i` of the manifest's build: it holds the paragraphs the manifest gives it, every
    /// paragraph's source has its row, and its quotations lie in its paragraphs.
    pub fn decode(bytes: &[u8], manifest: &Manifest, i: usize) -> Result<TextChunk, DecodeError> {
        let mut r = Reader::start(bytes, TEXT)?;
        if r.u32()? != manifest.build {
            return Err(DecodeError::Mismatch);
        }
        let first = r.u32()?;
        let Some(span) = manifest.text_span(i).filter(|s| s.start == first) else {
            return Err(DecodeError::WrongPart);
        };
        let paragraphs = r.seq(|r| Ok((r.u32()?, r.u32()?, r.str()?)))?;
        let sources = r.seq(|r| Ok((r.u32()?, read_source(r)?)))?;
        let quoted = r.seq(|r| Ok((r.u32()?, r.u32()?)))?;
        r.end()?;
        if quoted.windows(2).any(|w| w[0] >= w[1])
            || quoted.iter().any(|&(p, q)| !span.contains(&p) || q >= manifest.quotes)
        {
            return Err(DecodeError::Inconsistent(format!(
                "chunk {i}: quotations out of order or elsewhere"
            )));
        }
        if paragraphs.len() != span.len() {
            return Err(DecodeError::Inconsistent(format!(
                "chunk {i} holds {} paragraphs where the manifest has {}",
                paragraphs.len(),
                span.len()
            )));
        }
        check_rows(&sources, manifest.sources, "source")?;
        if paragraphs.iter().any(|(s, _, _)| sources.binary_search_by_key(s, |r| r.0).is_err()) {
            return Err(DecodeError::Inconsistent(format!("chunk {i}: a paragraph's source has no row")));
        }
        Ok(TextChunk { first, paragraphs, sources, quoted })
    }

    /// The ranks of the quotations that lie in paragraph `p` (empty when none, or `p` is not here).
    pub fn quotations_in(&self, p: u32) -> impl Iterator<Item = u32> + '_ {
        let from = self.quoted.partition_point(|&(q, _)| q < p);
        self.quoted[from..].iter().take_while(move |&&(q, _)| q == p).map(|&(_, r)| r)
    }
}

fn write_quoted(w: &mut Writer, quoted: &[(u32, u32)]) {
    w.seq(quoted, |w, &(p, r)| {
        w.u32(p);
        w.u32(r);
    });
}

/// (paragraph, rank) of every quotation whose source and paragraph number are a paragraph's of the
/// index, ascending; `order` is [`cluster_order`].
pub(crate) fn quoted_paragraphs(index: &Index, order: &[u32]) -> Vec<(u32, u32)> {
    let at: std::collections::HashMap<(u32, u32), u32> =
        index.paragraphs.iter().enumerate().map(|(i, p)| ((p.source, p.n), i as u32)).collect();
    let mut out: Vec<(u32, u32)> = order
        .iter()
        .enumerate()
        .filter_map(|(r, &q)| {
            let q = index.quotes.get(q as usize)?;
            Some((*at.get(&(q.source, q.paragraph))?, r as u32))
        })
        .collect();
    out.sort_unstable();
    out
}

/// What [`search_top`] reads of the loaded quotation chunks.
pub trait QuoteStore {
    /// The quotation of rank `rank`, with its words, if its chunk is loaded.
    fn quote(&self, rank: u32) -> Option<(&QuoteRow, &[Token])>;
    /// The statement `c`, if a chunk carrying it is loaded.
    fn cluster(&self, c: u32) -> Option<&ClusterRow>;
}

/// [`crate::search::Searcher::search_top`] over the loaded chunks: `postings[i]` are the ranks of the
/// quotations containing a word that counts as query word `i` (ascending; see the searcher's
/// postings). The hits number quotations by rank. Err: ranks still to load (at most a batch).
pub fn search_top(
    query: &[String],
    postings: &[Vec<u32>],
    store: &impl QuoteStore,
    statements: usize,
) -> Result<Vec<Hit>, Vec<u32>> {
    search_top_within(query, postings, store, statements, usize::MAX)
}

/// [`search_top`] of the statements whose best wording is at most `floor` word edits from the query
/// (0: only those with a wording matched exactly).
pub fn search_top_within(
    query: &[String],
    postings: &[Vec<u32>],
    store: &impl QuoteStore,
    statements: usize,
    floor: usize,
) -> Result<Vec<Hit>, Vec<u32>> {
    let most = floor;
    if query.is_empty() || statements == 0 {
        return Ok(Vec::new());
    }
    let (n, budget) = (query.len(), allowed_edits(query.len()));
    let need = n.saturating_sub(budget).max(1);
    // How many query words each rank contains, counted in one array over the ranks the lists reach:
    // linear in the postings, with no list of (rank, count) pairs merged again for each word (a
    // common word's postings merged five times were a third of the worst keystrokes).
    let size = postings.iter().filter_map(|l| l.last()).max().map_or(0, |&m| m as usize + 1);
    let mut counts = vec![0u8; size];
    for list in postings {
        for &r in list {
            if let Some(c) = counts.get_mut(r as usize) {
                *c = c.saturating_add(1);
            }
        }
    }
    let count = |r: u32| counts.get(r as usize).map_or(0, |&c| usize::from(c));
    let mut missing: Vec<u32> = Vec::new();
    let align = |rank: u32, missing: &mut Vec<u32>| -> Option<Hit> {
        let Some((_, tokens)) = store.quote(rank) else {
            missing.push(rank);
            return None;
        };
        let (edits, range) = best_alignment(query, tokens, budget)?;
        let highlight = tokens[range.start].span.start..tokens[range.end - 1].span.end;
        Some(Hit { quote: rank as usize, edits, highlight: Some(highlight) })
    };
    // Best edits per statement, and every alignment made (by rank).
    let mut best: BTreeMap<u32, usize> = BTreeMap::new();
    let mut aligned: BTreeMap<u32, Hit> = BTreeMap::new();
    'buckets: for floor in 0..=budget.min(most) {
        let Some(want) = n.checked_sub(floor).filter(|&w| w >= need) else { break };
        let done = best.values().filter(|&&e| e < floor).count();
        if done >= statements {
            break;
        }
        let mut at_floor = 0;
        let mut current = None;
        for (rank, &m) in counts.iter().enumerate() {
            if usize::from(m) != want {
                continue;
            }
            let rank = rank as u32;
            let Some((q, _)) = store.quote(rank) else {
                missing.push(rank);
                if missing.len() >= BATCH {
                    break 'buckets;
                }
                continue;
            };
            if current != Some(q.cluster) {
                if current.is_some_and(|p| best.get(&p) == Some(&floor)) {
                    at_floor += 1;
                    if done + at_floor >= statements && missing.is_empty() {
                        break 'buckets;
                    }
                }
                current = Some(q.cluster);
            }
            if let Some(h) = align(rank, &mut missing) {
                let e = best.entry(q.cluster).or_insert(h.edits);
                *e = (*e).min(h.edits);
                aligned.insert(rank, h);
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing);
    }
    // The first `statements` by (edits, cluster).
    let mut chosen: Vec<(usize, u32)> =
        best.iter().filter(|(_, &e)| e <= most).map(|(&c, &e)| (e, c)).collect();
    chosen.sort_unstable();
    chosen.truncate(statements);
    let mut clusters: Vec<u32> = chosen.into_iter().map(|(_, c)| c).collect();
    clusters.sort_unstable();
    let mut hits: Vec<Hit> = Vec::new();
    for c in clusters {
        let Some(row) = store.cluster(c) else { continue };
        let members: Vec<u32> = (row.first..row.first + row.len.min(MAX_MEMBERS as u32)).collect();
        let own: Vec<Option<Hit>> = members
            .iter()
            .map(|&m| match aligned.get(&m) {
                Some(h) => Some(h.clone()),
                None if count(m) >= need => align(m, &mut missing),
                None => {
                    if store.quote(m).is_none() {
                        missing.push(m);
                    }
                    None
                }
            })
            .collect();
        let first = own.iter().flatten().next().map_or(0, |h| h.edits);
        hits.extend(
            own.into_iter()
                .zip(&members)
                .map(|(h, &m)| h.unwrap_or(Hit { quote: m as usize, edits: first + 1, highlight: None })),
        );
    }
    if !missing.is_empty() {
        missing.truncate(BATCH);
        return Err(missing);
    }
    hits.sort_by_key(|h| 2 * h.edits + usize::from(h.highlight.is_none()));
    Ok(hits)
}

/// The union of ascending lists without repeats, ascending: merged pairwise, so each posting is
/// copied about log2(lists) times.
pub fn union_all(lists: Vec<&[u32]>) -> Vec<u32> {
    let mut level: Vec<Vec<u32>> = match lists.as_slice() {
        [] => return Vec::new(),
        [one] => return one.to_vec(),
        _ => lists.chunks(2).map(|p| union(p[0], p.get(1).copied().unwrap_or(&[]))).collect(),
    };
    while level.len() > 1 {
        level = level.chunks(2).map(|p| union(&p[0], p.get(1).map_or(&[], Vec::as_slice))).collect();
    }
    level.pop().unwrap_or_default()
}

/// The union of two ascending lists without repeats, ascending.
pub fn union(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let next = match (a.get(i), b.get(j)) {
            (Some(&x), Some(&y)) if x == y => {
                i += 1;
                j += 1;
                x
            }
            (Some(&x), Some(&y)) if x < y => {
                i += 1;
                x
            }
            (_, Some(&y)) => {
                j += 1;
                y
            }
            (Some(&x), None) => {
                i += 1;
                x
            }
            (None, None) => break,
        };
        out.push(next);
    }
    out
}

/// The words of a quotation, for a [`QuoteStore`] that tokenizes on loading.
pub fn words(row: &QuoteRow) -> Vec<Token> {
    tokenize(&row.text)
}

#[cfg(test)]
#[path = "chunks_tests.rs"]
mod tests;
