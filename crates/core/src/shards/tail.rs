//! First blocks and tails of postings: a term shard carries of each term (and prefix union) only its
//! first [`FIRST_BLOCK`] paragraphs and quotations, and the rest of each kind lies in files of its own,
//! the blocks of the term's [`Tail`]s, fetched only when a query cannot be answered from first blocks.
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
const QUOTE_TAIL: u32 = 9;

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

/// Which postings of an entry a tail holds: its paragraphs (what passages need) or its quotations (what
/// statements need), each in blocks of its own. At 100,000 synthetic sources "collect money from
/// different parts" needs its words' quotations up to rank 630,000 and none of their paragraphs: in
/// blocks holding both, the paragraphs of "from" (340,000) were most of the 308 KB gzip fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Paragraph postings: file [`crate::routes::term_tail`].
    Paragraphs,
    /// Quotation postings (ranks): file [`crate::routes::quote_tail`].
    Quotes,
}

/// One block of one kind of the postings of a term (or prefix union) beyond its first block: for the
/// `k`-th after the first, file [`crate::routes::term_tail`]`(shard, slot, k)` (paragraphs) or
/// [`crate::routes::quote_tail`]`(shard, slot, k)` (quotations), where `slot` numbers the shard's
/// entries, then its prefix unions. Block `k` ends where about [`GROWTH`]`^(k+1)` first blocks of
/// postings would: a query that needs more than first blocks fetches the next block of the words that
/// bound it, so it fetches a few times the postings it needs, never a common word's all (at 100,000
/// sources "the" has 1.2 million, 2.2 MB).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tail {
    /// The postings from the cut before this block to `next`, ascending.
    pub postings: Vec<u32>,
    /// Where this block ends when another follows (`None`: the last): the first paragraph, or the
    /// first rank (of a statement), not in it.
    pub next: Option<u32>,
}

/// How much larger each block of a tail is than the postings before it (see [`Tail`]): a query fetches
/// at most about this many times the postings it needs, in a round more per doubling. At 100,000
/// synthetic sources, "collect money from different parts" fetched 150 KB gzip with 4, 140 KB with 2.
pub const GROWTH: usize = 2;

/// Cuts full postings to their first block of `block` postings of each kind: `None` when both fit;
/// else the first block's cut and the blocks of the tails of paragraphs and of quotations (either may
/// have none). `statement_start(rank)` is the first rank of the statement of quotation `rank`.
pub(crate) fn cut(
    paragraphs: &mut Vec<u32>,
    quotes: &mut Vec<u32>,
    totals: (u32, u32),
    block: usize,
    statement_start: impl Fn(u32) -> u32,
) -> Option<(Cut, Vec<Tail>, Vec<Tail>)> {
    if paragraphs.len() <= block && quotes.len() <= block {
        return None;
    }
    let (p, ps) = chain(paragraphs, totals.0, block, |p| p);
    let (q, qs) = chain(quotes, totals.1, block, |r| statement_start(r).min(r));
    Some((Cut { paragraphs: p, quotes: q }, ps, qs))
}

/// Cuts one ascending list after its first `block` postings, then after `block * GROWTH^k` (each cut
/// moved down to `align` of the posting there): the first block's end (`total` when it holds all) and
/// the blocks of the rest.
fn chain(list: &mut Vec<u32>, total: u32, block: usize, align: impl Fn(u32) -> u32) -> (u32, Vec<Tail>) {
    let mut cuts: Vec<u32> = Vec::new();
    let mut n = block.max(1);
    while let Some(&at) = list.get(n) {
        let c = align(at);
        if cuts.last() != Some(&c) {
            cuts.push(c);
        }
        n = n.saturating_mul(GROWTH);
    }
    let Some(&first) = cuts.first() else { return (total, Vec::new()) };
    let mut rest = list.split_off(list.partition_point(|&p| p < first));
    let mut tails = Vec::with_capacity(cuts.len());
    for k in 0..cuts.len() {
        let next = cuts.get(k + 1).copied();
        let after = rest.split_off(rest.partition_point(|&p| p < next.unwrap_or(total)));
        tails.push(Tail { postings: std::mem::replace(&mut rest, after), next });
    }
    (first, tails)
}

/// Writes an entry's cut (none: complete).
pub(super) fn write_cut(w: &mut Writer, cut: Option<Cut>) {
    w.opt(cut, |w, c| {
        w.u32(c.paragraphs);
        w.u32(c.quotes);
    });
}

/// Reads an entry's cut, checking its first block lies below it and it within the index.
pub(super) fn read_cut(
    r: &mut Reader,
    manifest: &Manifest,
    paragraphs: &[u32],
    quotes: &[u32],
) -> Result<Option<Cut>, DecodeError> {
    let Some(cut) = r.opt(|r| Ok(Cut { paragraphs: r.u32()?, quotes: r.u32()? }))? else { return Ok(None) };
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

impl Kind {
    fn tag(self) -> u32 {
        match self {
            Kind::Paragraphs => TAIL,
            Kind::Quotes => QUOTE_TAIL,
        }
    }
}

impl Tail {
    /// Writes block `k` of the tail of one kind for the build `build`, of the entry in `slot` of the
    /// shard `key`.
    pub fn encode(&self, build: u32, key: &str, (slot, k): (usize, usize), kind: Kind) -> Vec<u8> {
        let mut w = Writer::start(kind.tag());
        w.u32(build);
        w.str(key);
        w.u32(slot as u32);
        w.u32(k as u32);
        write_postings(&mut w, &self.postings);
        w.opt(self.next, Writer::u32);
        w.0
    }

    /// Reads block `k` of the tail of one kind of the entry in `slot` of shard `shard`, whose postings
    /// of that kind so far end at `cut`: refuses a file of another build, kind, shard, slot or block,
    /// and postings below the cut, beyond the block's end or beyond the index.
    pub fn decode(
        bytes: &[u8],
        manifest: &Manifest,
        (shard, slot, k): (usize, usize, usize),
        kind: Kind,
        cut: u32,
    ) -> Result<Tail, DecodeError> {
        let mut r = Reader::start(bytes, kind.tag())?;
        if r.u32()? != manifest.build {
            return Err(DecodeError::Mismatch);
        }
        let key = r.str()?;
        if manifest.keys.get(shard) != Some(&key) || r.u32()? as usize != slot || r.u32()? as usize != k {
            return Err(DecodeError::WrongPart);
        }
        let total = match kind {
            Kind::Paragraphs => manifest.paragraphs,
            Kind::Quotes => manifest.quotes,
        };
        let postings = read_postings(&mut r, total)?;
        let next = r.opt(Reader::u32)?;
        r.end()?;
        if postings.first().is_some_and(|&p| p < cut) {
            return Err(DecodeError::Inconsistent("a tail below its cut".into()));
        }
        if next.is_some_and(|n| n <= cut || n > total || postings.last().is_some_and(|&p| p >= n)) {
            return Err(DecodeError::Inconsistent("a tail ending before it begins or beyond its end".into()));
        }
        Ok(Tail { postings, next })
    }
}
