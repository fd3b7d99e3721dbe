//! What every page knows about the publication (the `site` global of the templates, from
//! `dossier.toml`), and the machine-readable descriptions built from it: schema.org JSON-LD for a
//! briefing, the Atom feed, the sitemap and the 404 page.

use super::layout::Layout;
use crate::briefing::{outlet, Briefing, NoteKind};
use crate::diag::Error;
use crate::library::Library;
use crate::load::config::Config;
use dossier_core::routes;
use minijinja::Environment;
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// The `site` global: the same on every page.
#[derive(Serialize)]
pub(super) struct SiteView<'a> {
    /// The site's name.
    title: &'a str,
    /// `https://…/`, or `None` (no absolute URLs anywhere).
    base_url: Option<&'a str>,
    /// The pages' language tag.
    language: &'a str,
    /// The front page's description.
    description: Option<&'a str>,
    /// Who publishes the site.
    authors: &'a [String],
    /// Whether pages carry the search box, the filters and their loader.
    search: bool,
    /// The feed's absolute URL, when one is written.
    feed: Option<String>,
}

impl<'a> SiteView<'a> {
    /// `search`: the quotation search and filters can work (the config allows them and the wasm
    /// bundle is part of the build).
    pub(super) fn new(library: &'a Library, search: bool) -> Self {
        let c = &library.config;
        SiteView {
            title: library.site_title(),
            base_url: c.base_url.as_deref(),
            language: &c.language,
            description: c.description.as_deref().or(library.briefing.meta.summary.as_deref()),
            authors: &c.authors,
            search: search && c.search,
            feed: c.feed.then(|| c.absolute(routes::FEED)).flatten(),
        }
    }
}

/// The ids of the sources a briefing cites, in id order.
pub(super) fn cited(briefing: &Briefing) -> BTreeSet<&str> {
    briefing
        .notes
        .iter()
        .filter_map(|n| match &n.kind {
            NoteKind::Citation(items) => Some(items.iter().map(|r| r.id.as_str())),
            NoteKind::Footnote(_) => None,
        })
        .flatten()
        .collect()
}

/// The schema.org description of the briefing at `route`: an `AnalysisNewsArticle` whose citations
/// are the articles it cites (their own address when known, else their page on this site).
pub(super) fn briefing_ld(library: &Library, briefing: &Briefing, route: &str) -> Value {
    let m = &briefing.meta;
    let person = |name: &String| json!({"@type": "Person", "name": name});
    let citations: Vec<Value> = cited(briefing)
        .into_iter()
        .filter_map(|id| library.sources.get(id))
        .map(|s| {
            let mut c = json!({
                "@type": "NewsArticle",
                "headline": s.meta.title,
            });
            if crate::briefing::outlet_known(s) {
                c["publisher"] = json!({"@type": "Organization", "name": outlet(s)});
            }
            let url = s.meta.url.clone().or_else(|| library.config.absolute(&routes::source_page(&s.id)));
            if let Some(url) = url {
                c["url"] = json!(url);
            }
            if !s.meta.published.iso().is_empty() {
                c["datePublished"] = json!(s.meta.published.iso());
            }
            c
        })
        .collect();
    let mut ld = json!({
        "@context": "https://schema.org",
        "@type": "AnalysisNewsArticle",
        "headline": m.title,
        "datePublished": m.date.iso(),
        "inLanguage": library.config.language,
        "author": m.authors.iter().map(person).collect::<Vec<_>>(),
        "citation": citations,
    });
    if let Some(summary) = &m.summary {
        ld["description"] = json!(summary);
    }
    if let Some(url) = library.config.absolute(route) {
        ld["url"] = json!(url);
        ld["mainEntityOfPage"] = json!(url);
    }
    if !library.config.authors.is_empty() {
        ld["publisher"] = json!({"@type": "Organization", "name": library.config.authors.join(", ")});
    }
    ld
}

/// JSON-LD as markup for a `<script type="application/ld+json">`: `<`, `>` and `&` written as JSON
/// escapes, so no value can close the element.
pub(super) fn json_ld(ld: &Value) -> minijinja::Value {
    let text = ld.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026");
    minijinja::Value::from_safe_string(text)
}

/// One briefing in the feed.
#[derive(Serialize)]
struct Entry<'a> {
    title: &'a str,
    url: String,
    /// `2021-05-28T00:00:00Z`: the briefing's date (a day, or the first day of its month or year).
    updated: String,
    summary: Option<&'a str>,
    authors: &'a [String],
}

/// An RFC 3339 time for a date of a briefing, at midnight UTC (dates in content are days).
fn rfc3339(iso: &str) -> String {
    let mut parts: Vec<&str> = iso.split('-').collect();
    parts.resize(3, "01");
    format!("{}-{}-{}T00:00:00Z", parts[0], parts[1], parts[2])
}

/// `atom.xml` and `sitemap.xml` (when the site has a base URL) and `404.html`, after every other page
/// is in `pages`.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    pages: &dyn super::Pages,
) -> Result<(), Error> {
    let site_title = library.site_title();
    let mut layout = Layout::new(routes::NOT_FOUND, format!("Page not found — {site_title}"), "", site_title);
    if let Some(base) = &library.config.base_url {
        layout = layout.with_root(base);
    }
    let not_found = env.get_template("404.html")?.render(minijinja::context! { layout => layout })?;
    let config = &library.config;
    if config.base_url.is_some() {
        let locs: Vec<String> = pages
            .paths()
            .iter()
            .filter_map(|p| p.to_str())
            .filter(|p| p.ends_with(".html"))
            .filter_map(|p| config.absolute(p))
            .collect();
        let sitemap = env.get_template("sitemap.xml")?.render(minijinja::context! { urls => locs })?;
        pages.add(PathBuf::from(routes::SITEMAP), sitemap.into_bytes())?;
        if config.feed {
            fn entry<'b>(config: &Config, b: &'b Briefing, route: &str) -> Entry<'b> {
                Entry {
                    title: &b.meta.title,
                    url: config.absolute(route).unwrap_or_default(),
                    updated: rfc3339(&b.meta.date.iso()),
                    summary: b.meta.summary.as_deref(),
                    authors: &b.meta.authors,
                }
            }
            let entries: Vec<Entry<'_>> = if library.editions.is_empty() {
                vec![entry(config, &library.briefing, routes::HOME)]
            } else {
                library
                    .editions
                    .iter()
                    .map(|e| entry(config, &e.briefing, &routes::briefing_page(&e.slug)))
                    .collect()
            };
            let updated = entries.iter().map(|e| e.updated.clone()).max().unwrap_or_default();
            let feed = env.get_template("atom.xml")?.render(minijinja::context! {
                entries => entries,
                updated => updated,
                self_url => config.absolute(routes::FEED),
                home_url => config.absolute(routes::HOME),
            })?;
            pages.add(PathBuf::from(routes::FEED), feed.into_bytes())?;
        }
    }
    pages.add(PathBuf::from(routes::NOT_FOUND), not_found.into_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let ld = serde_json::json!({"headline": "</script><b>&"});
        let text = super::json_ld(&ld).to_string();
        assert_eq!(text, r#"{"headline":"\u003c/script\u003e\u003cb\u003e\u0026"}"#);
        let back: serde_json::Value = serde_json::from_str(&text).expect("still JSON");
        assert_eq!(back, ld);
    }

    #[test]
    fn dates_become_midnight_utc() {
        assert_eq!(super::rfc3339("2021-05-28"), "2021-05-28T00:00:00Z");
        assert_eq!(super::rfc3339("2021-05"), "2021-05-01T00:00:00Z");
        assert_eq!(super::rfc3339("2021"), "2021-01-01T00:00:00Z");
    }
}
