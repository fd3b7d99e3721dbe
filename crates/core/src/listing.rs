//! The filter table of a paginated listing (the explore pages): for each page, how many filterable
//! items it has and the entity sets of those that mention any entity. The generator writes it with
//! [`encode`] while it renders the pages; a page fetches it ([`crate::routes::EXPLORE_FILTER`]) only
//! when the reader first filters, and [`Listing::whole`] answers, for a selection, how many items of
//! the whole listing match, on which pages, and the count per entity — the same filter
//! ([`crate::filter::filter_sets`]) a page runs on its own items.
//!
//! The format is the index's (magic, schema version, part), then this table's own version and the
//! build id ([`build_id`]) that ties it to the index of the same build; then the entity count, and
//! per page its item count and its non-empty sets, each a count and ascending entity positions written
//! as gaps, all LEB128 varints. An item without entities is only counted: no selection keeps it.
//!
//! ```
//! use dossier_core::filter::Mode;
//! use dossier_core::listing::{encode, Listing};
//!
//! let pages = vec![vec![vec![0, 2], vec![]], vec![vec![1], vec![2]]];
//! let table = Listing::decode(&encode(7, 3, &pages), 7).expect("table");
//! let whole = table.whole(&[2], Mode::All);
//! assert_eq!((whole.matches, whole.pages.as_slice()), (2, [1, 1].as_slice()));
//! ```

use crate::filter::Mode;
use crate::index::{checksum, DecodeError, EntityEntry, Reader, Writer};

/// The part number of a listing's filter table among the index files.
const PART: u32 = 8;
/// The version of this table's layout; bump it whenever it changes.
pub const LISTING_VERSION: u32 = 1;

/// The id that ties a listing's table to the index of its build: a checksum of the text index's build
/// id ([`crate::index::text_build`], which the head carries) and the entities' ids in index order
/// (the positions the table holds).
pub fn build_id(text_build: u32, entities: &[EntityEntry]) -> u32 {
    let mut bytes = text_build.to_le_bytes().to_vec();
    for e in entities {
        bytes.extend_from_slice(e.id.as_bytes());
        bytes.push(0);
    }
    checksum(&bytes)
}

/// Writes the table of a listing: `pages[k]` holds the entity positions of each filterable item of
/// page `k + 1` (in any order; each set is sorted and deduplicated here); `entities` is how many
/// entities the index has. Positions of `entities` or more are dropped.
pub fn encode(build: u32, entities: usize, pages: &[Vec<Vec<u32>>]) -> Vec<u8> {
    let mut w = Writer::start(PART);
    w.u32(LISTING_VERSION);
    w.u32(build);
    w.len(entities);
    w.len(pages.len());
    for items in pages {
        w.len(items.len());
        let sets: Vec<Vec<u32>> = items
            .iter()
            .map(|set| {
                let mut set: Vec<u32> = set.iter().copied().filter(|&e| (e as usize) < entities).collect();
                set.sort_unstable();
                set.dedup();
                set
            })
            .filter(|set| !set.is_empty())
            .collect();
        w.len(sets.len());
        for set in &sets {
            w.len(set.len());
            let mut last = 0;
            for (i, &e) in set.iter().enumerate() {
                w.u32(if i == 0 { e } else { e - last });
                last = e;
            }
        }
    }
    w.0
}

/// A decoded table: every page's items, flat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    /// How many entities the index has (every position is below it).
    pub entities: usize,
    /// For each page (from page 1), how many filterable items it has, with entities or without.
    pub items: Vec<u32>,
    /// For each page, the end (exclusive) of its sets in `ends`.
    page_ends: Vec<usize>,
    /// For each set, the end (exclusive) of its positions in `positions`.
    ends: Vec<usize>,
    /// Every set's ascending entity positions, one after the other.
    positions: Vec<u32>,
}

/// What a selection keeps across a whole listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Whole {
    /// How many items of the listing are kept (all of them for an empty selection).
    pub matches: u32,
    /// For each page (from page 1), how many of its items are kept.
    pub pages: Vec<u32>,
    /// For each entity, in how many kept items it is mentioned.
    pub counts: Vec<u32>,
}

impl Listing {
    /// Reads a table; one of another build than `build`, another file, a newer layout or a broken one
    /// is an error, never a panic.
    pub fn decode(bytes: &[u8], build: u32) -> Result<Listing, DecodeError> {
        let mut r = Reader::start(bytes, PART)?;
        let version = r.u32()?;
        if version != LISTING_VERSION {
            return Err(DecodeError::Version { found: version, expected: LISTING_VERSION });
        }
        if r.u32()? != build {
            return Err(DecodeError::Mismatch);
        }
        let entities = r.u32()? as usize;
        let left = |r: &Reader<'_>| bytes.len().saturating_sub(r.at);
        let pages = r.u32()? as usize;
        // Every page takes at least two bytes: a larger count is corrupt, not an allocation.
        if pages > left(&r) {
            return Err(DecodeError::Corrupt(r.at));
        }
        let mut table = Listing {
            entities,
            items: Vec::with_capacity(pages),
            page_ends: Vec::with_capacity(pages),
            ends: Vec::new(),
            positions: Vec::new(),
        };
        for _ in 0..pages {
            let items = r.u32()?;
            let sets = r.u32()? as usize;
            if sets > items as usize || sets > left(&r) {
                return Err(DecodeError::Corrupt(r.at));
            }
            for _ in 0..sets {
                let n = r.u32()? as usize;
                if n == 0 || n > left(&r) {
                    return Err(DecodeError::Corrupt(r.at));
                }
                let mut last: u32 = 0;
                for i in 0..n {
                    let gap = r.u32()?;
                    let e = if i == 0 { Some(gap) } else { last.checked_add(gap).filter(|_| gap > 0) };
                    let e = e.filter(|&e| (e as usize) < entities).ok_or(DecodeError::Corrupt(r.at))?;
                    table.positions.push(e);
                    last = e;
                }
                table.ends.push(table.positions.len());
            }
            table.items.push(items);
            table.page_ends.push(table.ends.len());
        }
        r.end()?;
        Ok(table)
    }

    /// How many pages the listing has.
    pub fn pages(&self) -> usize {
        self.items.len()
    }

    /// Applies a selection (entity positions) to every item of every page, as a page's own filter
    /// ([`crate::filter::filter_sets`]) does: counts of kept items, per page and per entity. One pass over the
    /// table, without allocating per page (at 10,000 sources it holds 126,000 sets).
    pub fn whole(&self, selected: &[usize], mode: Mode) -> Whole {
        let mut whole = Whole { matches: 0, pages: vec![0; self.pages()], counts: vec![0; self.entities] };
        // A position beyond u32 is in no set.
        let selected: Vec<u32> = selected.iter().map(|&e| u32::try_from(e).unwrap_or(u32::MAX)).collect();
        let keeps = |set: &[u32]| match mode {
            Mode::All => selected.iter().all(|e| set.binary_search(e).is_ok()),
            Mode::Any => selected.iter().any(|e| set.binary_search(e).is_ok()),
        };
        let (mut set_start, mut pos_start) = (0, 0);
        for (page, (&end, &items)) in self.page_ends.iter().zip(&self.items).enumerate() {
            let mut kept = 0u32;
            for &e in &self.ends[set_start..end] {
                let set = &self.positions[pos_start..e];
                pos_start = e;
                if selected.is_empty() || keeps(set) {
                    kept += 1;
                    for &p in set {
                        if let Some(c) = whole.counts.get_mut(p as usize) {
                            *c += 1;
                        }
                    }
                }
            }
            set_start = end;
            // Items without entities are kept only when nothing is selected.
            let kept = if selected.is_empty() { items } else { kept };
            whole.pages[page] = kept;
            whole.matches = whole.matches.saturating_add(kept);
        }
        whole
    }
}

impl Whole {
    /// The pages (from 1) that keep an item, in order.
    pub fn matching_pages(&self) -> Vec<usize> {
        (1..).zip(&self.pages).filter(|(_, n)| **n > 0).map(|(p, _)| p).collect()
    }

    /// The nearest page before `current` (from 1) that keeps an item, and the nearest after it.
    pub fn around(&self, current: usize) -> (Option<usize>, Option<usize>) {
        let pages = self.matching_pages();
        let before = pages.iter().rev().find(|&&p| p < current).copied();
        let after = pages.iter().find(|&&p| p > current).copied();
        (before, after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::sample;

    /// Three pages: {0,2} {} {1} | {0} {1,2} | {} {}.
    fn table() -> Listing {
        let pages =
            vec![vec![vec![2, 0], vec![], vec![1]], vec![vec![0], vec![1, 2, 2]], vec![vec![], vec![]]];
        Listing::decode(&encode(9, 3, &pages), 9).expect("decodes")
    }

    #[test]
    fn round_trips_and_counts_the_whole_listing() {
        let t = table();
        assert_eq!((t.pages(), t.items.as_slice()), (3, [3, 2, 2].as_slice()));
        let none = t.whole(&[], Mode::All);
        assert_eq!(
            (none.matches, none.pages.as_slice(), none.counts.as_slice()),
            (7, [3, 2, 2].as_slice(), [2, 2, 2].as_slice())
        );
        let all = t.whole(&[0, 2], Mode::All);
        assert_eq!(
            (all.matches, all.pages.as_slice(), all.counts.as_slice()),
            (1, [1, 0, 0].as_slice(), [1, 0, 1].as_slice())
        );
        let any = t.whole(&[0, 2], Mode::Any);
        assert_eq!(
            (any.matches, any.pages.as_slice(), any.counts.as_slice()),
            (3, [1, 2, 0].as_slice(), [2, 1, 2].as_slice())
        );
        assert_eq!(any.matching_pages(), [1, 2]);
        assert_eq!(any.around(1), (None, Some(2)));
        assert_eq!(any.around(3), (Some(2), None));
        assert_eq!(t.whole(&[7], Mode::All).matches, 0, "an unknown position keeps nothing");
    }

    #[test]
    fn the_whole_listing_agrees_with_each_page_filtered_alone() {
        let index = sample();
        let sets: Vec<Vec<u32>> = index.paragraphs.iter().map(|p| p.entities.clone()).collect();
        let pages = vec![sets[..2].to_vec(), sets[2..].to_vec()];
        let t = Listing::decode(&encode(1, index.entities.len(), &pages), 1).expect("decodes");
        for mode in [Mode::All, Mode::Any] {
            for selected in [vec![], vec![0], vec![1, 2], vec![0, 2]] {
                let whole = t.whole(&selected, mode);
                let one = crate::filter::filter(&index, &selected, mode);
                assert_eq!(whole.counts, one.counts, "{selected:?} {mode:?}");
                assert_eq!(whole.matches as usize, one.visible.iter().filter(|v| **v).count());
            }
        }
    }

    #[test]
    fn refuses_other_builds_files_and_broken_tables() {
        let pages = vec![vec![vec![0, 1]], vec![vec![2]]];
        let bytes = encode(5, 3, &pages);
        assert_eq!(Listing::decode(&bytes, 6), Err(DecodeError::Mismatch));
        assert_eq!(Listing::decode(&sample().encode(), 5), Err(DecodeError::WrongPart));
        for cut in 0..bytes.len() {
            assert!(Listing::decode(&bytes[..cut], 5).is_err(), "cut at {cut}");
        }
        // Garbage after a valid start: every byte flipped is an error or a table, never a panic.
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0xff;
            let _ = Listing::decode(&b, 5);
        }
        // A repeated position (a gap of 0) is refused.
        let mut w = Writer::start(PART);
        for v in [LISTING_VERSION, 5, 3, 1, 1, 1, 2, 1, 0] {
            w.u32(v);
        }
        assert!(matches!(Listing::decode(&w.0, 5), Err(DecodeError::Corrupt(_))));
    }

    #[test]
    fn the_build_id_follows_the_text_and_the_entities() {
        let index = sample();
        let a = build_id(1, &index.entities);
        assert_ne!(a, build_id(2, &index.entities));
        assert_ne!(a, build_id(1, &index.entities[1..]));
        assert_eq!(a, build_id(1, &index.entities));
    }
}
