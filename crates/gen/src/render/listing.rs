//! The filter table of the paginated explore listing ([`dossier_core::listing`]): gathered from each
//! page's filterable items as the pages are rendered, and written next to them once all are made, so
//! a page's filter can count and find matches on every page without loading them.

use super::Pages;
use crate::diag::Error;
use crate::library::Library;
use dossier_core::{listing, routes};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::{Mutex, PoisonError};

/// What the facet panel of a page of a paginated listing says of it (`facets.html` writes it into
/// `data-listing-*` attributes): the table's path from the site root, this page, how many pages.
#[derive(Serialize, Debug, PartialEq, Eq)]
pub(super) struct Panel {
    table: &'static str,
    page: usize,
    pages: usize,
}

/// The items' entity sets of every page of the listing, filled in as pages are rendered (in any
/// order, from several threads).
pub(super) struct Table<'a> {
    library: &'a Library,
    /// Entity id → its position in the browser index.
    positions: FxHashMap<&'a str, u32>,
    pages: Mutex<Vec<Vec<Vec<u32>>>>,
}

impl<'a> Table<'a> {
    /// An empty table for a listing of `pages` pages.
    pub(super) fn new(library: &'a Library, pages: usize) -> Self {
        let positions = (0u32..).zip(&library.index.entities).map(|(i, e)| (e.id.as_str(), i)).collect();
        Table { library, positions, pages: Mutex::new(vec![Vec::new(); pages]) }
    }

    /// The panel of page `n` (from 1); `None` for a listing of one page, whose page holds it all.
    pub(super) fn panel(&self, n: usize) -> Option<Panel> {
        let pages = self.pages.lock().unwrap_or_else(PoisonError::into_inner).len();
        (pages > 1).then_some(Panel { table: routes::EXPLORE_FILTER, page: n, pages })
    }

    /// Notes the items of page `n` (from 1), each as its `data-entities` value (ids separated by
    /// spaces, as the page carries them), in any order.
    pub(super) fn page<'s>(&self, n: usize, items: impl Iterator<Item = &'s str>) {
        let sets: Vec<Vec<u32>> = items
            .map(|ids| ids.split_whitespace().filter_map(|id| self.positions.get(id).copied()).collect())
            .collect();
        let mut pages = self.pages.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(slot) = n.checked_sub(1).and_then(|k| pages.get_mut(k)) {
            *slot = sets;
        }
    }

    /// Writes the table (for a listing of more than one page) into `out`.
    pub(super) fn write(self, out: &dyn Pages) -> Result<(), Error> {
        let pages = self.pages.into_inner().unwrap_or_else(PoisonError::into_inner);
        if pages.len() < 2 {
            return Ok(());
        }
        let index = &self.library.index;
        let build = listing::build_id(dossier_core::index::text_build(index), &index.entities);
        out.add(PathBuf::from(routes::EXPLORE_FILTER), listing::encode(build, index.entities.len(), &pages))
    }
}
