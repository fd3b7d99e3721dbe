//! The site's URL scheme and the browser index's file names, in one place: the generator writes pages
//! and files at these paths, its link check and the WebAssembly adapter link to them, so the three can
//! never disagree. Paths are relative to the site root, with `/` separators.
//!
//! ```
//! use dossier_core::routes;
//! assert_eq!(routes::source_page("cnn-raid"), "sources/cnn-raid/index.html");
//! assert_eq!(routes::paragraph_link("cnn-raid", 4), "sources/cnn-raid/index.html#p4");
//! ```

/// The browser index's head: the entities, all the filters need (fetched at load).
pub const INDEX_FILE: &str = "index.bin";
/// The browser index's quotations, sources and paragraphs (fetched at the first lookup).
pub const QUOTES_FILE: &str = "quotes.bin";
/// The root of the sharded text index (see [`crate::shards`]): which shard holds which terms.
pub const SHARD_MANIFEST: &str = "shards/manifest.bin";
/// The explore listing's filter table (see [`crate::listing`]), fetched when the reader first filters.
pub const EXPLORE_FILTER: &str = "explore/filter.bin";

/// Term shard `i` of the sharded text index.
pub fn term_shard(i: usize) -> String {
    format!("shards/t{i}.bin")
}

/// Block `k` of the tail of the postings of the entry in `slot` of term shard `i` (see
/// [`crate::shards::Tail`]).
pub fn term_tail(i: usize, slot: usize, k: usize) -> String {
    format!("shards/x{i}-{slot}-{k}.bin")
}

/// Block `k` of the tail of the quotation postings of the entry in `slot` of term shard `i` (see
/// [`crate::shards::Tail`]; [`term_tail`] holds its paragraphs).
pub fn quote_tail(i: usize, slot: usize, k: usize) -> String {
    format!("shards/y{i}-{slot}-{k}.bin")
}

/// Lexicon `i` of the sharded text index (the terms of one first letter, for corrections).
pub fn lexicon(i: usize) -> String {
    format!("shards/w{i}.bin")
}

/// Text chunk `i` of the sharded text index (the paragraphs from the manifest's `text_chunks[i]`).
pub fn text_chunk(i: usize) -> String {
    format!("shards/p{i}.bin")
}

/// Quotation chunk `i` of the sharded index (the quotations of rank the manifest's `quote_chunks[i]`
/// on; see [`crate::chunks`]).
pub fn quote_chunk(i: usize) -> String {
    format!("shards/q{i}.bin")
}

/// The folder of the WebAssembly bundle.
pub const WASM_DIR: &str = "static/wasm";
/// The folder of static files (stylesheet, loader, icon).
pub const STATIC_DIR: &str = "static";
/// The file a folder URL (`sources/x/`) serves.
pub const DIRECTORY_INDEX: &str = "index.html";
/// The briefing (the front page).
pub const HOME: &str = "index.html";
/// The list of sources.
pub const SOURCES_INDEX: &str = "sources/index.html";
/// The list of entities.
pub const ENTITIES_INDEX: &str = "entities/index.html";
/// The quotes page.
pub const QUOTES_PAGE: &str = "quotes/index.html";
/// The explore page.
pub const EXPLORE_PAGE: &str = "explore/index.html";
/// The page the search form leads to: with JavaScript it shows the answers to `?q=` in the search box;
/// without, it says that search needs JavaScript and where the same text can be read.
pub const SEARCH_PAGE: &str = "search/index.html";

/// The Atom feed of the briefings (written when the site has a base URL).
pub const FEED: &str = "atom.xml";
/// The sitemap (written when the site has a base URL).
pub const SITEMAP: &str = "sitemap.xml";
/// The page a static host shows for a missing address.
pub const NOT_FOUND: &str = "404.html";

/// A route as a URL path: without its directory index (`sources/a/index.html` → `sources/a/`,
/// `index.html` → ``); other files as they are.
pub fn clean(route: &str) -> &str {
    match route.strip_suffix(DIRECTORY_INDEX) {
        Some(dir) if dir.is_empty() || dir.ends_with('/') => dir,
        _ => route,
    }
}

/// The longest id (of a source, an entity) dossier makes a page for: ids are folder names in the
/// site, and file systems refuse names over 255 bytes; 100 leaves room and is still far longer than
/// any name a reader types.
pub const MAX_ID_LEN: usize = 100;

/// The page of one source.
pub fn source_page(id: &str) -> String {
    format!("sources/{id}/index.html")
}

/// The page of one briefing of several (`content/briefings/<slug>.md`).
pub fn briefing_page(slug: &str) -> String {
    format!("briefings/{slug}/index.html")
}

/// The element id of paragraph `n` (from 1) on a source page.
pub fn paragraph_anchor(n: usize) -> String {
    format!("p{n}")
}

/// A link to paragraph `n` of a source.
pub fn paragraph_link(id: &str, n: usize) -> String {
    format!("{}#{}", source_page(id), paragraph_anchor(n))
}

/// The page of one entity.
pub fn entity_page(id: &str) -> String {
    format!("entities/{id}/index.html")
}

/// Page `n` (from 1) of a listing whose first page is `first` (a route ending in `index.html`, such
/// as [`EXPLORE_PAGE`] or [`entity_page`]): the first page itself, then `page/<n>/index.html` beside it.
/// A listing too long for one page is split so that no page grows with the corpus.
pub fn nth_page(first: &str, n: usize) -> String {
    if n <= 1 {
        return first.to_string();
    }
    let folder = first.strip_suffix(DIRECTORY_INDEX).unwrap_or(first);
    format!("{folder}page/{n}/{DIRECTORY_INDEX}")
}

/// Page `n` of the explore page.
pub fn explore_page(n: usize) -> String {
    nth_page(EXPLORE_PAGE, n)
}

/// Page `n` of the list of sources.
pub fn sources_index_page(n: usize) -> String {
    nth_page(SOURCES_INDEX, n)
}

/// Page `n` of the quotes page.
pub fn quotes_page(n: usize) -> String {
    nth_page(QUOTES_PAGE, n)
}

/// Page `n` of one entity's mentions (the first page also has its counts).
pub fn entity_mentions_page(id: &str, n: usize) -> String {
    nth_page(&entity_page(id), n)
}

/// The kinds of entity, in the order pages and filter panels list them, with their headings.
pub const ENTITY_KINDS: [(&str, &str); 6] = [
    ("person", "People"),
    ("organization", "Organizations"),
    ("place", "Places"),
    ("event", "Events"),
    ("document", "Documents"),
    ("other", "Other names"),
];

/// Where a kind is listed (its place in [`ENTITY_KINDS`]; an unknown kind goes last).
pub fn kind_rank(kind: &str) -> usize {
    ENTITY_KINDS.iter().position(|(k, _)| *k == kind).unwrap_or(ENTITY_KINDS.len())
}

/// The heading of a kind's group; an unknown kind is listed under "Other names".
pub fn kind_heading(kind: &str) -> &'static str {
    ENTITY_KINDS.iter().find(|(k, _)| *k == kind).map_or("Other names", |(_, h)| h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_ranked_in_listing_order() {
        assert_eq!(kind_rank("person"), 0);
        assert_eq!(kind_rank("other"), 5);
        assert_eq!(kind_rank("spaceship"), 6);
        assert_eq!(kind_heading("place"), "Places");
        assert_eq!(kind_heading("spaceship"), "Other names");
    }

    #[test]
    fn clean_drops_the_directory_index_only() {
        assert_eq!(clean(HOME), "");
        assert_eq!(clean(&source_page("a")), "sources/a/");
        assert_eq!(clean(FEED), "atom.xml");
        assert_eq!(clean("notindex.html"), "notindex.html");
    }

    #[test]
    fn later_pages_sit_beside_the_first() {
        assert_eq!(explore_page(1), EXPLORE_PAGE);
        assert_eq!(explore_page(2), "explore/page/2/index.html");
        assert_eq!(sources_index_page(12), "sources/page/12/index.html");
        assert_eq!(quotes_page(3), "quotes/page/3/index.html");
        assert_eq!(entity_mentions_page("taliban", 1), "entities/taliban/index.html");
        assert_eq!(entity_mentions_page("taliban", 4), "entities/taliban/page/4/index.html");
    }

    #[test]
    fn shard_files_sit_beside_their_manifest() {
        let folder = SHARD_MANIFEST.rsplit_once('/').map(|(f, _)| f);
        assert_eq!(term_shard(3).rsplit_once('/').map(|(f, _)| f), folder);
        assert_eq!(text_chunk(3).rsplit_once('/').map(|(f, _)| f), folder);
        assert_eq!(lexicon(3).rsplit_once('/').map(|(f, _)| f), folder);
        assert_ne!(term_shard(3), text_chunk(3));
        assert_ne!(lexicon(3), text_chunk(3));
        assert_eq!(quote_chunk(3).rsplit_once('/').map(|(f, _)| f), folder);
        assert_ne!(quote_chunk(3), text_chunk(3));
    }
}
