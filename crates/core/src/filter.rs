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

/// The match a "next" (`forward`) or "previous" control moves to among `total` matches, from `current`
/// (none yet: the first or the last). Wraps around at either end; `None` when there is no match.
pub fn step(current: Option<usize>, total: usize, forward: bool) -> Option<usize> {
    if total == 0 {
        return None;
    }
    Some(match (current.filter(|c| *c < total), forward) {
        (None, true) => 0,
        (None, false) => total - 1,
        (Some(c), true) => (c + 1) % total,
        (Some(c), false) => (c + total - 1) % total,
    })
}

/// Which groups of a page (its sections; `group_of` gives each item's group, `None` for an item in
/// none) still hold a visible item; `groups` is the number of groups. A group whose items a filter
/// all hid is hidden with them, so no heading stands over nothing.
pub fn groups_visible(group_of: &[Option<usize>], visible: &[bool], groups: usize) -> Vec<bool> {
    let mut shown = vec![false; groups];
    for (g, v) in group_of.iter().zip(visible) {
        if let (Some(g), true) = (g, v) {
            if let Some(s) = shown.get_mut(*g) {
                *s = true;
            }
        }
    }
    shown
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

    #[test]
    fn step_starts_at_an_end_and_wraps() {
        assert_eq!(step(None, 0, true), None);
        assert_eq!(step(Some(2), 0, false), None);
        assert_eq!(step(None, 3, true), Some(0));
        assert_eq!(step(None, 3, false), Some(2));
        assert_eq!(step(Some(0), 3, true), Some(1));
        assert_eq!(step(Some(2), 3, true), Some(0));
        assert_eq!(step(Some(0), 3, false), Some(2));
        // A current match beyond a shrunken list starts over.
        assert_eq!(step(Some(7), 3, true), Some(0));
    }

    #[test]
    fn a_group_shows_while_one_of_its_items_does() {
        let group_of = [Some(0), Some(0), Some(1), Some(1), Some(2), None];
        let visible = [false, true, false, false, true, true];
        assert_eq!(groups_visible(&group_of, &visible, 3), [true, false, true]);
        assert_eq!(groups_visible(&group_of, &[false; 6], 4), [false; 4]);
        // An out-of-range group index is ignored, not a panic.
        assert_eq!(groups_visible(&[Some(5)], &[true], 2), [false, false]);
    }
}
