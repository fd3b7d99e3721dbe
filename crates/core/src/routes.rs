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

/// Term shard `i` of the sharded text index.
pub fn term_shard(i: usize) -> String {
    format!("shards/t{i}.bin")
}

/// Lexicon `i` of the sharded text index (the terms of one first letter, for corrections).
pub fn lexicon(i: usize) -> String {
    format!("shards/w{i}.bin")
}

/// Text chunk `i` of the sharded text index (the paragraphs from `i * CHUNK_PARAGRAPHS`).
pub fn text_chunk(i: usize) -> String {
    format!("shards/p{i}.bin")
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

/// The longest id (of a source, an entity) dossier makes a page for: ids are folder names in the
/// site, and file systems refuse names over 255 bytes; 100 leaves room and is still far longer than
/// any name a reader types.
pub const MAX_ID_LEN: usize = 100;

/// The page of one source.
pub fn source_page(id: &str) -> String {
    format!("sources/{id}/index.html")
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
    fn shard_files_sit_beside_their_manifest() {
        let folder = SHARD_MANIFEST.rsplit_once('/').map(|(f, _)| f);
        assert_eq!(term_shard(3).rsplit_once('/').map(|(f, _)| f), folder);
        assert_eq!(text_chunk(3).rsplit_once('/').map(|(f, _)| f), folder);
        assert_eq!(lexicon(3).rsplit_once('/').map(|(f, _)| f), folder);
        assert_ne!(term_shard(3), text_chunk(3));
        assert_ne!(lexicon(3), text_chunk(3));
    }
}
