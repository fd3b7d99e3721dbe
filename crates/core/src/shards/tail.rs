//! First blocks and tails of postings: a term shard carries of each term (and prefix union) only its
//! first [`FIRST_BLOCK`] paragraphs and quotations, and the rest lies in a file of its own, the term's
//! [`Tail`], fetched only when a query cannot be answered from first blocks.
//!
//! Postings are in paragraph order (and quotations in rank order), and a query's passages are the first
//! [`crate::passages::MAX_PLACED`] candidates in that order among the best (every word, fewest typos),
//! its statements the first by rank among those matched exactly: so the first blocks answer a query
//! exactly as the whole postings do when, below the lowest [`Cut`] of its words, they already find a
//! full set of the best candidates. Otherwise ([`crate::shard_cache::ShardCache`]) the tails of its
//! words are fetched. At 100,000 synthetic sources "money" is in 131,000 paragraphs and as many
//! quotations: its shard alone was about 300 KB gzip, its first block is a few KB.

use super::{read_postings, write_postings, Manifest};
use crate::index::{DecodeError, Reader, Writer};

/// The most postings of each kind (paragraphs, quotations) a term's first block holds.
pub const FIRST_BLOCK: usize = 1024;

const TAIL: u32 = 8;

/// Where the first block of a term (or prefix union) ends: it holds every posting below these bounds,
/// its [`Tail`] every posting at or above them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    /// The first paragraph not in the first block (the count of paragraphs when all are).
    pub paragraphs: u32,
    /// The first quotation rank not in the first block (the count of quotations when all are); always
    /// the first rank of a statement, so a statement's wordings are all in one block or all in the tail.
    pub quotes: u32,
}

/// One block of the postings of a term (or prefix union) beyond its first block: file
/// [`crate::routes::term_tail`]`(shard, slot, k)` for the `k`-th after the first, where `slot` numbers
/// the shard's entries, then its prefix unions. Block `k` ends where about [`GROWTH`]`^(k+1)` first
/// blocks of postings would: a query that needs more than first blocks fetches the next block of the
/// words that bound it, so it fetches a few times the postings it needs, never a common word's all
/// (at 100,000 sources "the" has 1.2 million, 2.2 MB).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tail {
    /// The paragraphs from the cut before this block to `next`, ascending.
    pub paragraphs: Vec<u32>,
    /// The quotation ranks the same way, ascending.
    pub quotes: Vec<u32>,
    /// Where this block ends when another follows (`None`: the last).
    pub next: Option<Cut>,
}

/// How much larger each block of a tail is than the postings before it (see [`Tail`]).
pub const GROWTH: usize = 4;

/// Cuts full postings to their first block of `block` postings of each kind: `None` when both fit;
/// else the first block's cut and the blocks of the tail. `statement_start(rank)` is the first rank of
/// the statement of quotation `rank`.
pub(crate) fn cut(
    paragraphs: &mut Vec<u32>,
    quotes: &mut Vec<u32>,
    totals: (u32, u32),
    block: usize,
    statement_start: impl Fn(u32) -> u32,
) -> Option<(Cut, Vec<Tail>)> {
    if paragraphs.len() <= block && quotes.len() <= block {
        return None;
    }
    let whole = Cut { paragraphs: totals.0, quotes: totals.1 };
    let mut cuts: Vec<Cut> = Vec::new();
    let mut n = block.max(1);
    loop {
        let c = Cut {
            paragraphs: paragraphs.get(n).copied().unwrap_or(totals.0),
            quotes: quotes.get(n).map_or(totals.1, |&r| statement_start(r).min(r)),
        };
        if c == whole {
            break;
        }
        if cuts.last() != Some(&c) {
            cuts.push(c);
        }
        n = n.saturating_mul(GROWTH);
    }
    let first = *cuts.first()?;
    let (mut ps, mut qs) = (paragraphs.split_off(paragraphs.partition_point(|&p| p < first.paragraphs)), {
        let at = quotes.partition_point(|&q| q < first.quotes);
        quotes.split_off(at)
    });
    let mut tails = Vec::new();
    for k in 0..cuts.len() {
        let next = cuts.get(k + 1).copied();
        let end = next.unwrap_or(whole);
        let rest_p = ps.split_off(ps.partition_point(|&p| p < end.paragraphs));
        let rest_q = qs.split_off(qs.partition_point(|&q| q < end.quotes));
        tails.push(Tail {
            paragraphs: std::mem::replace(&mut ps, rest_p),
            quotes: std::mem::replace(&mut qs, rest_q),
            next,
        });
    }
    Some((first, tails))
}

/// Writes an entry's cut (none: complete).
pub(super) fn write_cut(w: &mut Writer, cut: Option<Cut>) {
    match cut {
        None => w.u32(0),
        Some(c) => {
            w.u32(1);
            w.u32(c.paragraphs);
            w.u32(c.quotes);
        }
    }
}

/// Reads an entry's cut, checking its first block lies below it and it within the index.
pub(super) fn read_cut(
    r: &mut Reader,
    manifest: &Manifest,
    paragraphs: &[u32],
    quotes: &[u32],
) -> Result<Option<Cut>, DecodeError> {
    let cut = match r.u32()? {
        0 => return Ok(None),
        1 => Cut { paragraphs: r.u32()?, quotes: r.u32()? },
        _ => return Err(DecodeError::Corrupt(r.at)),
    };
    let below = |list: &[u32], bound: u32| list.last().is_none_or(|&p| p < bound);
    if cut.paragraphs > manifest.paragraphs
        || cut.quotes > manifest.quotes
        || !below(paragraphs, cut.paragraphs)
        || !below(quotes, cut.quotes)
    {
        return Err(DecodeError::Inconsistent("a first block beyond its cut".into()));
    }
    Ok(Some(cut))
}

impl Tail {
    /// Writes block `k` of the tail for the build `build`, of the entry in `slot` of the shard `key`.
    pub fn encode(&self, build: u32, key: &str, slot: usize, k: usize) -> Vec<u8> {
        let mut w = Writer::start(TAIL);
        w.u32(build);
        w.str(key);
        w.u32(slot as u32);
        w.u32(k as u32);
        write_postings(&mut w, &self.paragraphs);
        write_postings(&mut w, &self.quotes);
        write_cut(&mut w, self.next);
        w.0
    }

    /// Reads block `k` of the tail of the entry in `slot` of shard `shard`, whose postings so far end
    /// at `cut`: refuses a file of another build, shard, slot or block, and postings below the cut,
    /// beyond the block's end or beyond the index.
    pub fn decode(
        bytes: &[u8],
        manifest: &Manifest,
        (shard, slot, k): (usize, usize, usize),
        cut: Cut,
    ) -> Result<Tail, DecodeError> {
        let mut r = Reader::start(bytes, TAIL)?;
        if r.u32()? != manifest.build {
            return Err(DecodeError::Mismatch);
        }
        let key = r.str()?;
        if manifest.keys.get(shard) != Some(&key) || r.u32()? as usize != slot || r.u32()? as usize != k {
            return Err(DecodeError::WrongPart);
        }
        let paragraphs = read_postings(&mut r, manifest.paragraphs)?;
        let quotes = read_postings(&mut r, manifest.quotes)?;
        let next = read_cut(&mut r, manifest, &paragraphs, &quotes)?;
        r.end()?;
        if paragraphs.first().is_some_and(|&p| p < cut.paragraphs)
            || quotes.first().is_some_and(|&q| q < cut.quotes)
        {
            return Err(DecodeError::Inconsistent("a tail below its cut".into()));
        }
        if next.is_some_and(|n| n.paragraphs < cut.paragraphs || n.quotes < cut.quotes) {
            return Err(DecodeError::Inconsistent("a tail ending before it begins".into()));
        }
        Ok(Tail { paragraphs, quotes, next })
    }
}
