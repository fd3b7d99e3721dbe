//! What every page's layout (`layout.html`) needs: the way back to the site root, the title, the
//! current navigation item and the facet panel.

use serde::Serialize;

/// What every page's layout needs.
#[derive(Serialize)]
pub(super) struct Layout<'a> {
    /// Relative path from the page to the site root ("", "../", "../../").
    root: String,
    /// The page's URL path from the site root (`sources/a/`, `` for the front page), for its
    /// canonical link.
    path: String,
    /// The `<title>`.
    title: String,
    /// Which navigation item is current.
    section: &'a str,
    /// The site's name (the briefing title).
    site_title: &'a str,
    /// Whether the page has an entity facet panel.
    facets: bool,
    /// How filtering shows on this page: "dim" on the briefing, hiding elsewhere.
    filter: Option<&'a str>,
    /// The browser index's two files, for the loader (`static/dossier.js` reads them from the page).
    index_file: &'static str,
    quotes_file: &'static str,
}

impl<'a> Layout<'a> {
    /// The layout of the page written at `page` (a path from the site root, as
    /// [`dossier_core::routes`] gives it): its root is one `../` per folder.
    pub(super) fn new(page: &str, title: String, section: &'a str, site_title: &'a str) -> Self {
        let root = "../".repeat(page.matches('/').count());
        Layout {
            root,
            path: dossier_core::routes::clean(page).to_string(),
            title,
            section,
            site_title,
            facets: false,
            filter: None,
            index_file: dossier_core::routes::INDEX_FILE,
            quotes_file: dossier_core::routes::QUOTES_FILE,
        }
    }

    /// The way from the page to the site root ("", "../", …), unescaped.
    pub(super) fn root(&self) -> &str {
        &self.root
    }

    /// Links from the site root at `root` instead of relative ones: for a page served at any address
    /// (the 404 page), given the site's base URL.
    pub(super) fn with_root(mut self, root: &str) -> Self {
        self.root = root.to_string();
        self
    }

    /// The page has an entity facet panel; `filter` says how filtering shows ("dim" or hiding).
    pub(super) fn with_facets(mut self, filter: Option<&'a str>) -> Self {
        self.facets = true;
        self.filter = filter;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::Layout;
    use dossier_core::routes;

    #[test]
    fn the_root_is_one_step_up_per_folder() {
        assert_eq!(Layout::new(routes::HOME, String::new(), "", "").root, "");
        assert_eq!(Layout::new(routes::SOURCES_INDEX, String::new(), "", "").root, "../");
        assert_eq!(Layout::new(&routes::source_page("a"), String::new(), "", "").root, "../../");
    }
}
