//! The text chunks of a sharded index: the text of consecutive paragraphs, the rows of their sources
//! and the quotations that lie in them, encoded and checked against the manifest of their build.

use super::{check_rows, read_source, write_source, TEXT};
use crate::index::{DecodeError, Index, ParagraphEntry, Reader, SourceEntry, Writer};
use crate::shards::Manifest;

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
