//! Entity filtering: which paragraphs stay visible for a set of selected entities, and the live counts
//! the facet panel shows.

use crate::index::Index;

/// Whether a paragraph must mention all the selected entities, or any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Every selected entity (narrows as you select).
    #[default]
    All,
    /// At least one selected entity (widens as you select).
    Any,
}

/// The result of a filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filtered {
    /// For each paragraph of the index (same order), whether it stays visible.
    pub visible: Vec<bool>,
    /// For each entity of the index, in how many visible paragraphs it is mentioned.
    pub counts: Vec<u32>,
}

/// Applies a selection (indices into [`Index::entities`]) to every paragraph of the index. An empty
/// selection shows everything.
pub fn filter(index: &Index, selected: &[usize], mode: Mode) -> Filtered {
    let sets: Vec<&[u32]> = index.paragraphs.iter().map(|p| p.entities.as_slice()).collect();
    filter_sets(&sets, index.entities.len(), selected, mode)
}

/// Applies a selection to any list of paragraphs given as sorted entity-index sets (a page's
/// paragraphs, read from their `data-entities`); `entities` is the number of entities.
pub fn filter_sets(sets: &[&[u32]], entities: usize, selected: &[usize], mode: Mode) -> Filtered {
    let visible: Vec<bool> = sets
        .iter()
        .map(|set| {
            let has = |e: &usize| u32::try_from(*e).is_ok_and(|e| set.binary_search(&e).is_ok());
            selected.is_empty()
                || match mode {
                    Mode::All => selected.iter().all(has),
                    Mode::Any => selected.iter().any(has),
                }
        })
        .collect();
    let mut counts = vec![0u32; entities];
    for (set, _) in sets.iter().zip(&visible).filter(|(_, v)| **v) {
        for &e in set.iter() {
            if let Some(c) = counts.get_mut(e as usize) {
                *c += 1;
            }
        }
    }
    Filtered { visible, counts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::sample;

    #[test]
    fn all_narrows_any_widens_and_counts_follow() {
        let index = sample();
        let none = filter(&index, &[], Mode::All);
        assert_eq!(none.visible, [true; 4]);
        assert_eq!(none.counts, [2, 3, 1]);
        let all = filter(&index, &[0, 2], Mode::All);
        assert_eq!(all.visible, [false, false, true, false]);
        assert_eq!(all.counts, [1, 1, 1]);
        let any = filter(&index, &[0, 2], Mode::Any);
        assert_eq!(any.visible, [true, false, true, false]);
        assert_eq!(any.counts, [2, 2, 1]);
    }
}
