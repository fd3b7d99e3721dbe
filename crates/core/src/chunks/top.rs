//! The quotation search over the loaded quotation chunks: [`search_top`] gives what
//! [`crate::search::Searcher::search_top`] gives over the whole index, or the ranks of the quotations
//! whose chunks it still needs; and the unions of postings it and the passages search take.

use super::{ClusterRow, QuoteRow, MAX_MEMBERS};
use crate::search::{allowed_edits, best_alignment, push_statement, Hit};
use crate::text::{tokenize, Token};
use std::collections::BTreeMap;

/// How many missing quotations one round asks for at most (their chunks are fetched together).
const BATCH: usize = 24;

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
        push_statement(&mut hits, own, &members);
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
