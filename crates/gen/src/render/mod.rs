//! Rendering: borrowed view structs → minijinja templates from `site/templates` → HTML pages.
//!
//! Templates are loaded with autoescape on and strict undefined, so a typo in a template fails the
//! build with the template's name and line. The HTML pulldown-cmark writes for the briefing's Markdown
//! and the entity marks the generator writes are marked `|safe` in the templates; everything else is
//! escaped, and the note markup (`notes.html`) is the templates' own.
//!
//! This module sets up the environment and renders every page kind: [`layout`] (what every page's
//! layout needs), then one module per page kind — [`briefing`], [`sources`] (the list and each source),
//! [`entities`], [`quotes`], [`explore`]; [`html`] and [`markup`] hold the small helpers they share.

mod briefing;
mod editions;
mod entities;
mod explore;
pub mod html;
mod layout;
pub mod markup;
mod paginate;
mod provenance;
mod quotes;
mod search;
mod site;
mod sources;
pub mod theme;

use crate::diag::Error;
use crate::library::Library;
use minijinja::{Environment, UndefinedBehavior};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Where rendered pages go, one at a time and from several threads: written to disk as they come
/// (`emit`), or only scanned for links (`dossier check`), or kept (tests). Rendering never holds the
/// whole site.
pub trait Pages: Sync {
    /// Takes the page (or other file) at `path`, relative to the output folder.
    fn add(&self, path: PathBuf, bytes: Vec<u8>) -> Result<(), Error>;

    /// The paths taken so far, in order (the sitemap lists the pages).
    fn paths(&self) -> Vec<PathBuf>;
}

/// Pages kept in memory, by path: for tests and small sites.
#[derive(Debug, Default)]
pub struct Collected(Mutex<BTreeMap<PathBuf, Vec<u8>>>);

impl Collected {
    /// The pages, by path.
    pub fn into_pages(self) -> BTreeMap<PathBuf, Vec<u8>> {
        self.0.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Pages for Collected {
    fn add(&self, path: PathBuf, bytes: Vec<u8>) -> Result<(), Error> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(path, bytes);
        Ok(())
    }

    fn paths(&self) -> Vec<PathBuf> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).keys().cloned().collect()
    }
}

/// Renders every page of the project at `root` (its templates override the defaults of [`theme`])
/// into `pages`; paths are relative to the output folder. `search`: the pages get the quotation
/// search, the filters and their loader (the build has the wasm bundle).
pub fn render(root: &Path, library: &Library, search: bool, pages: &dyn Pages) -> Result<(), Error> {
    let mut env = Environment::new();
    env.set_loader(theme::loader(root));
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    // Control characters (a NUL in a pasted article) are not allowed in HTML: every value shows them as
    // U+FFFD, as `html::escape` does for the markup the generator writes itself.
    env.set_formatter(|out, state, value| {
        let bad = |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r');
        match value.as_str() {
            Some(s) if s.chars().any(bad) => {
                let clean: String = s.chars().map(|c| if bad(c) { '\u{FFFD}' } else { c }).collect();
                let clean = if value.is_safe() {
                    minijinja::Value::from_safe_string(clean)
                } else {
                    minijinja::Value::from(clean)
                };
                minijinja::escape_formatter(out, state, &clean)
            }
            _ => minijinja::escape_formatter(out, state, value),
        }
    });
    // The note markup (notes.html) escapes as `html::escape` does, the markup it replaces: minijinja's
    // own escape also writes `/` and `'` as entities.
    env.add_filter("esc", |s: &str| minijinja::Value::from_safe_string(crate::render::html::escape(s)));
    env.add_global("reliability_scale", minijinja::Value::from_serialize(sources::RELIABILITY));
    env.add_global("credibility_scale", minijinja::Value::from_serialize(sources::CREDIBILITY));
    env.add_global("site", minijinja::Value::from_serialize(site::SiteView::new(library, search)));
    // Which briefing cites or quotes what, gathered once for every page kind.
    let uses = editions::Uses::new(library);
    let rows = sources::rows(library, &uses);
    let quote_pages = quotes::QuotePages::new(library);
    briefing::render(&env, library, &rows, pages)?;
    sources::render(&env, library, &rows, &uses, pages)?;
    entities::render(&env, library, &uses, pages)?;
    quotes::render(&env, library, &quote_pages, &uses, pages)?;
    explore::render(&env, library, &quote_pages, &uses, pages)?;
    if search {
        // Where the header's search form leads (there is no form without the bundle).
        search::render(&env, library, pages)?;
    }
    site::render(&env, library, pages)?;
    search::write_shards(library, pages)?;
    // The default static files the project's site/static does not replace.
    let own =
        crate::project::walk(root, Path::new(crate::project::STATIC)).map_err(|d| Error::Content(vec![d]))?;
    for (path, bytes) in theme::default_statics(&own) {
        pages.add(path, bytes.to_vec())?;
    }
    Ok(())
}
