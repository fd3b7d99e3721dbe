//! The explore page: every paragraph and quotation of every source, with its entities, for the
//! browser's filter; split into pages of whole sources when the corpus is large.

use super::editions::{self, Uses};
use super::html::{clean, escape, template_escape};
use super::layout::Layout;
use super::listing;
use super::markup::{entity_ids, mark_text};
use super::paginate::{self, Pager};
use super::quotes::QuotePages;
use super::Pages;
use crate::briefing::outlet;
use crate::diag::Error;
use crate::library::Library;
use crate::load::source::Source;
use dossier_core::routes;
use minijinja::{context, Environment};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

/// One source's section of the explore page, written in Rust (see [`section`]), with the entity ids of
/// its paragraphs and then of its quotations, in order, for the page's filter table.
struct ExploreSource {
    html: String,
    entities: Vec<String>,
    /// How many of `entities` are the paragraphs'.
    paragraphs: usize,
}

/// The estimated size of one source's section on the explore page, before it is rendered: its text,
/// the markup of each paragraph and mention, the briefings citing a paragraph, and its quotations
/// (drawn once more with their marks).
fn weight(s: &Source, library: &Library, quotes: &[usize], uses: &Uses<'_>) -> usize {
    let a = &library.analysis;
    let mentions = a.mentions.get(&s.id).map_or(0, |m| m.iter().map(Vec::len).sum::<usize>());
    // Each paragraph's text, its markup, and a link to each briefing of several that cites it.
    let text: usize = s
        .paragraphs
        .iter()
        .map(|p| {
            let cited_in: usize =
                uses.citing(&s.id, p.n).iter().map(|b| 60 + b.title.len() + b.page.len()).sum();
            s.paragraph_text(p).len() + 160 + cited_in
        })
        .sum();
    let quoted: usize = quotes.iter().filter_map(|&i| a.quotes.get(i)).map(|q| q.text.len() * 2 + 300).sum();
    400 + text + mentions * 70 + quoted
}

/// Renders the explore page into `pages`, split into pages of whole sources when it is long.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    quote_pages: &QuotePages<'_>,
    uses: &Uses<'_>,
    pages: &dyn Pages,
) -> Result<(), Error> {
    let a = &library.analysis;
    let site_title = library.site_title();
    // Each source's quotes, gathered once (filtering all quotes per source would be quadratic).
    let mut quotes_of: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, q) in a.quotes.iter().enumerate() {
        quotes_of.entry(q.source.as_str()).or_default().push(i);
    }
    let no_quotes = Vec::new();
    let quotes_of = |s: &Source| quotes_of.get(s.id.as_str()).unwrap_or(&no_quotes).as_slice();
    let sources: Vec<&Source> = library.sources.values().collect();
    let split = paginate::split(
        sources.iter().map(|s| weight(s, library, quotes_of(s), uses)),
        paginate::PAGE_BUDGET,
    );
    let total = split.len();
    let template = env.get_template("explore.html")?;
    let table = listing::Table::new(library, total);
    // Pages are rendered in parallel and handed over one by one: only a page's views are held at once.
    split.par_iter().enumerate().try_for_each(|(k, range)| -> Result<(), Error> {
        let n = k + 1;
        let route = routes::explore_page(n);
        let layout = Layout::new(&route, paginate::title("Explore", n, site_title), "explore", site_title);
        let root = escape(layout.root());
        let views: Vec<ExploreSource> = sources[range.clone()]
            .iter()
            .map(|s| section(s, library, quotes_of(s), quote_pages, uses, &root))
            .collect();
        let html: String = views.iter().map(|s| s.html.as_str()).collect();
        let page = template.render(context! {
            layout => layout.with_facets(None),
            pager => Pager::new(routes::explore_page, n, total),
            listing => table.panel(n),
            sections => minijinja::Value::from_safe_string(html),
        })?;
        // The paragraphs' ids, then the quotations', as the items stand on the page.
        let (paras, quotes): (Vec<_>, Vec<_>) = views.iter().map(ExploreSource::split).unzip();
        table.page(n, paras.into_iter().flatten().chain(quotes.into_iter().flatten()));
        pages.add(PathBuf::from(route), page.into_bytes())
    })?;
    table.write(pages)
}

impl ExploreSource {
    /// The entity ids of its paragraphs, and those of its quotations.
    fn split(&self) -> (impl Iterator<Item = &str>, impl Iterator<Item = &str>) {
        let (paras, quotes) = self.entities.split_at(self.paragraphs);
        (paras.iter().map(String::as_str), quotes.iter().map(String::as_str))
    }
}

/// One source's section: its paragraphs and quotations with their entities, one a line, written as
/// the loop of `explore.html` wrote it less its blank lines (values escaped as the templates escape
/// them, see [`template_escape`]): the explore pages hold every paragraph of the corpus, and the template loop
/// was most of their cost. `root` is the page's way to the site root, escaped.
fn section(
    s: &Source,
    library: &Library,
    quotes: &[usize],
    quote_pages: &QuotePages<'_>,
    uses: &Uses<'_>,
    root: &str,
) -> ExploreSource {
    let a = &library.analysis;
    let entities = a.gazetteer.entities();
    let mentions = a.mentions.get(&s.id);
    let id = template_escape(&s.id);
    let mut out = String::with_capacity(weight(s, library, quotes, uses));
    let mut ids = Vec::with_capacity(s.paragraphs.len() + quotes.len());
    let derived = a.relations.get(&s.id).map(|r| r.derived_from.join(", ")).unwrap_or_default();
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "<section class=\"explore-source\" aria-labelledby=\"x-{id}\">\n    <h2 id=\"x-{id}\"><a href=\"{root}sources/{id}/index.html\">{}</a></h2>\n    <p class=\"help\">{}, {}",
        template_escape(&s.meta.title),
        template_escape(&outlet(s)),
        template_escape(&s.meta.published.to_string()),
    );
    if !derived.is_empty() {
        let _ = write!(out, " · derived from {}", template_escape(&derived));
    }
    out.push_str("</p>");
    for p in &s.paragraphs {
        let ms = mentions.and_then(|m| m.get(p.n - 1)).map(Vec::as_slice).unwrap_or_default();
        let found = entity_ids(ms, entities);
        let _ = write!(
            out,
            "\n    <p class=\"para\" data-entities=\"{}\"><a class=\"pnum\" href=\"{root}sources/{id}/index.html#p{n}\" aria-label=\"Paragraph {n} of {id}\">{n}</a> {}",
            template_escape(&found),
            clean(&mark_text(s.paragraph_text(p), ms, entities)),
            n = p.n,
        );
        let cited_in = uses.citing(&s.id, p.n);
        if !cited_in.is_empty() {
            out.push_str(" <span class=\"cited-in-marks\">cited in ");
            editions::push_links(&mut out, &cited_in, root);
            out.push_str("</span>");
        }
        out.push_str("</p>");
        ids.push(found);
    }
    if !quotes.is_empty() {
        out.push_str("\n    <h3>Quotations in this source</h3>\n    <ul class=\"explore-quotes\">");
        for &i in quotes {
            let q = &a.quotes[i];
            let found = a.gazetteer.find(&q.text);
            let cluster = a.clusters.get(quote_pages.cluster_of[i]);
            let cluster_id = cluster.map_or("", |c| c.id.as_str());
            let found_ids = entity_ids(&found, entities);
            let _ = write!(
                out,
                "\n    <li data-entities=\"{}\"><q>{}</q> — {}, <a href=\"{root}sources/{id}/index.html#p{n}\">¶&#8239;{n}</a>",
                template_escape(&found_ids),
                clean(&mark_text(&q.text, &found, entities)),
                template_escape(q.speaker.as_deref().filter(|s| !s.is_empty()).unwrap_or("speaker not named")),
                n = q.paragraph,
            );
            let size = quote_pages.sources(quote_pages.cluster_of[i]);
            if size > 1 {
                let page = routes::quotes_page(quote_pages.page_of(cluster_id));
                let _ = write!(
                    out,
                    " · <a href=\"{root}{}#{}\">also in {} other source{}</a>",
                    escape(&page),
                    template_escape(cluster_id),
                    size - 1,
                    if size > 2 { "s" } else { "" },
                );
            }
            out.push_str("</li>");
            ids.push(found_ids);
        }
        out.push_str("\n    </ul>");
    }
    out.push_str("\n  </section>\n  ");
    ExploreSource { html: out, entities: ids, paragraphs: s.paragraphs.len() }
}
