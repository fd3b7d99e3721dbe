//! Rendering: borrowed view structs → minijinja templates from `site/templates` → HTML pages.
//!
//! Templates are loaded with autoescape on and strict undefined, so a typo in a template fails the
//! build with the template's name and line. The HTML pulldown-cmark writes for the briefing's Markdown
//! and the entity marks the generator writes are marked `|safe` in the templates; everything else is
//! escaped, and the note markup (`notes.html`) is the templates' own.
//!
//! This module sets up the environment and renders every page kind: [`layout`] (what every page's
//! layout needs), then one module per page kind — [`briefing`], [`sources`] (the list and each source),
//! [`entities`] (whose mention rows [`mentions`] writes in Rust, not in a template loop), [`quotes`],
//! [`explore`]; [`html`] and [`markup`] hold the small helpers they share.

mod briefing;
mod editions;
mod entities;
mod explore;
pub mod html;
mod layout;
mod listing;
pub mod markup;
mod mentions;
mod paginate;
mod provenance;
mod quotes;
mod search;
pub use search::write_shards;
mod site;
mod sources;
pub mod theme;

use crate::diag::Error;
use crate::library::Library;
use minijinja::{Environment, UndefinedBehavior};
use rayon::prelude::*;
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

/// The kinds of page, each rendered by its own module. Those of [`Kind::CARRIED`] depend on the
/// briefings only through what [`Digests`] hashes, so `serve` can carry them over from the previous
/// build of the same corpus when their digest did not change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// The briefings' pages.
    Briefing,
    /// The list of sources and every source page.
    Sources,
    /// The entity pages.
    Entities,
    /// The quotes pages.
    Quotes,
    /// The explore pages.
    Explore,
    /// The search page, the front list, the feed, the sitemap, the 404 page and the default statics.
    Site,
    /// The browser index files (written by the pipeline after the pages): they depend on the corpus
    /// alone.
    Index,
}

impl Kind {
    /// The kinds that can be carried over.
    pub const CARRIED: [Kind; 4] = [Kind::Sources, Kind::Entities, Kind::Quotes, Kind::Explore];
}

/// Where [`render_kinds`] sends each kind's pages, and whether it may skip a kind.
pub trait Sink: Sync {
    /// Where the pages of `kind` go.
    fn pages(&self, kind: Kind) -> &dyn Pages;

    /// Called before rendering a kind of [`Kind::CARRIED`]: `true` when the sink has put the previous
    /// build's pages of that kind in place, so that they are not rendered.
    fn carry(&self, kind: Kind) -> Result<bool, Error>;
}

/// Every kind to the same pages, nothing carried.
struct All<'a>(&'a dyn Pages);

impl Sink for All<'_> {
    fn pages(&self, _: Kind) -> &dyn Pages {
        self.0
    }

    fn carry(&self, _: Kind) -> Result<bool, Error> {
        Ok(false)
    }
}

/// A hash, per kind of [`Kind::CARRIED`], of all that its pages read of the briefings (and of the
/// site's settings): for the same corpus, equal digests mean byte-identical pages of that kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digests(BTreeMap<Kind, [u8; 32]>);

impl Digests {
    /// The digest of one kind.
    pub fn get(&self, kind: Kind) -> Option<&[u8; 32]> {
        self.0.get(&kind)
    }
}

/// The [`Digests`] of a library (`search` as for [`render`]).
pub fn digests(library: &Library, search: bool) -> Result<Digests, Error> {
    let uses = editions::Uses::new(library);
    let site = serde_json::to_string(&site::SiteView::new(library, search))
        .map_err(|e| Error::Io { path: PathBuf::from("site"), cause: std::io::Error::other(e) })?;
    let refs: Vec<_> = uses.briefings().map(|(_, r)| (r.title, r.page)).collect();
    // The front briefing, then every briefing of the site (the front one may be among them).
    let all: Vec<&crate::briefing::Briefing> =
        std::iter::once(&library.briefing).chain(uses.briefings().map(|(b, _)| b)).collect();
    let (cited, quoted) = uses.keys();
    let hash = |parts: &[&dyn std::fmt::Debug]| {
        let mut h = blake3::Hasher::new();
        let common: [&dyn std::fmt::Debug; 5] = [&site, &library.site_title(), &refs, &uses.named, &search];
        for p in common.iter().chain(parts) {
            let text = format!("{p:?}");
            h.update(&(text.len() as u64).to_le_bytes());
            h.update(text.as_bytes());
        }
        *h.finalize().as_bytes()
    };
    // Source pages: each briefing's citation sites, its notes (labels and their references), counts.
    let sources: Vec<_> = all.iter().map(|b| (&b.path, &b.meta, &b.cited, &b.notes, &b.stats)).collect();
    let mentions: Vec<_> = all.iter().map(|b| &b.mentions).collect();
    Ok(Digests(BTreeMap::from([
        (Kind::Sources, hash(&[&sources])),
        (Kind::Entities, hash(&[&mentions])),
        (Kind::Quotes, hash(&[&quoted])),
        (Kind::Explore, hash(&[&cited])),
    ])))
}

/// Renders every page of the project at `root` (its templates override the defaults of [`theme`])
/// into `pages`; paths are relative to the output folder. `search`: the pages get the quotation
/// search, the filters and their loader (the build has the wasm bundle).
pub fn render(root: &Path, library: &Library, search: bool, pages: &dyn Pages) -> Result<(), Error> {
    render_kinds(root, library, search, &All(pages))
}

/// [`render`], each kind of page into `sink`'s pages for it, skipping the kinds it carries over.
pub fn render_kinds(root: &Path, library: &Library, search: bool, sink: &dyn Sink) -> Result<(), Error> {
    let mut env = Environment::new();
    env.set_loader(theme::loader(root));
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    // Control characters (a NUL in a pasted article) are not allowed in HTML: every value shows them as
    // U+FFFD, as `html::escape` does for the markup the generator writes itself.
    env.set_formatter(|out, state, value| match value.as_str().map(html::clean) {
        Some(std::borrow::Cow::Owned(clean)) => {
            let clean = if value.is_safe() {
                minijinja::Value::from_safe_string(clean)
            } else {
                minijinja::Value::from(clean)
            };
            minijinja::escape_formatter(out, state, &clean)
        }
        _ => minijinja::escape_formatter(out, state, value),
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
    // The kinds are independent of each other: rendered concurrently (each also renders its own pages
    // in parallel). Pages go to `Pages` by path, so the order they arrive in does not show in the site.
    let env = &env;
    let (rows, uses, quote_pages) = (&rows, &uses, &quote_pages);
    let kind = |k: Kind| -> Result<(), Error> {
        match k {
            Kind::Briefing => briefing::render(env, library, rows, sink.pages(k)),
            _ if sink.carry(k)? => Ok(()),
            Kind::Sources => sources::render(env, library, rows, uses, sink.pages(k)),
            Kind::Entities => entities::render(env, library, uses, sink.pages(k)),
            Kind::Quotes => quotes::render(env, library, quote_pages, uses, sink.pages(k)),
            Kind::Explore => explore::render(env, library, quote_pages, uses, sink.pages(k)),
            Kind::Site | Kind::Index => Ok(()),
        }
    };
    let kinds = [Kind::Briefing, Kind::Sources, Kind::Entities, Kind::Quotes, Kind::Explore];
    // Every kind runs to its end; the first error in kind order is the one reported.
    let results: Vec<Result<(), Error>> = kinds.par_iter().map(|&k| kind(k)).collect();
    results.into_iter().collect::<Result<(), Error>>()?;
    let pages = sink.pages(Kind::Site);
    if search {
        // Where the header's search form leads (there is no form without the bundle).
        search::render(env, library, pages)?;
    }
    // Last: the sitemap lists every page made (or carried over) before it.
    site::render(env, library, pages)?;
    // The default static files the project's site/static does not replace.
    let own =
        crate::project::walk(root, Path::new(crate::project::STATIC)).map_err(|d| Error::Content(vec![d]))?;
    for (path, bytes) in theme::default_statics(&own) {
        pages.add(path, bytes.to_vec())?;
    }
    Ok(())
}
