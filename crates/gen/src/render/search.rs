//! The search page, where the header's search form leads. With JavaScript the box answers as the reader
//! types and this page only shows the answers to its `?q=`; without JavaScript (or opened from a file)
//! it says why there are no answers and links the pages that hold the same text.
//!
//! The box answers from the sharded text index ([`dossier_core::shards`]), which [`write_shards`]
//! hands to the pages file by file as it is encoded.

use super::layout::Layout;
use crate::diag::Error;
use crate::library::Library;
use dossier_core::routes;
use minijinja::{context, Environment};
use std::path::PathBuf;

/// Renders the search page into `pages`.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    pages: &dyn super::Pages,
) -> Result<(), Error> {
    let site_title = library.site_title();
    let page = env.get_template("search.html")?.render(context! {
        layout => Layout::new(routes::SEARCH_PAGE, format!("Search — {site_title}"), "search", site_title),
        sources => library.sources.len(),
        quotes_page => routes::QUOTES_PAGE,
        explore_page => routes::EXPLORE_PAGE,
        entities_page => routes::ENTITIES_INDEX,
    })?;
    pages.add(PathBuf::from(routes::SEARCH_PAGE), page.into_bytes())
}

/// Writes the sharded text index of the library's browser index (term shards, lexicons, text chunks,
/// then the manifest) into `pages`, each file as soon as it is encoded, so that the build never holds
/// the site's text twice.
pub fn write_shards(library: &Library, pages: &dyn super::Pages) -> Result<(), Error> {
    dossier_core::shards::Sharded::write(&library.index, |part, bytes| {
        pages.add(PathBuf::from(part.file()), bytes)
    })
}
