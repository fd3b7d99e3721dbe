//! The explore page: every paragraph and quotation of every source, with its entities, for the
//! browser's filter; split into pages of whole sources when the corpus is large.

use super::editions::{BriefingRef, Uses};
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
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Serialize)]
struct ExploreParagraph<'a> {
    n: usize,
    html: String,
    entities: String,
    /// The briefings citing it, when the site has several.
    cited_in: Vec<BriefingRef<'a>>,
}

#[derive(Serialize)]
struct ExploreQuote<'a> {
    html: String,
    entities: String,
    speaker: Option<&'a str>,
    paragraph: usize,
    cluster: &'a str,
    /// The quotes page the cluster is on (a path from the site root).
    cluster_page: String,
    cluster_size: usize,
}

#[derive(Serialize)]
struct ExploreSource<'a> {
    id: &'a str,
    title: &'a str,
    outlet: String,
    published: String,
    derived: String,
    paragraphs: Vec<ExploreParagraph<'a>>,
    quotes: Vec<ExploreQuote<'a>>,
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
        let views: Vec<ExploreSource<'_>> = sources[range.clone()]
            .iter()
            .map(|s| view(s, library, quotes_of(s), quote_pages, uses))
            .collect();
        let title = paginate::title("Explore", n, site_title);
        let page = template.render(context! {
            layout => Layout::new(&route, title, "explore", site_title).with_facets(None),
            pager => Pager::new(routes::explore_page, n, total),
            listing => table.panel(n),
            sources => views,
        })?;
        let items = views.iter().flat_map(|s| s.paragraphs.iter().map(|p| p.entities.as_str()));
        table.page(n, items.chain(views.iter().flat_map(|s| s.quotes.iter().map(|q| q.entities.as_str()))));
        pages.add(PathBuf::from(route), page.into_bytes())
    })?;
    table.write(pages)
}

/// One source's section: its paragraphs and quotations with their entities.
fn view<'a>(
    s: &'a Source,
    library: &'a Library,
    quotes: &[usize],
    quote_pages: &QuotePages<'_>,
    uses: &'a Uses<'a>,
) -> ExploreSource<'a> {
    let a = &library.analysis;
    let entities = a.gazetteer.entities();
    let mentions = a.mentions.get(&s.id);
    let paragraphs = s
        .paragraphs
        .iter()
        .map(|p| {
            let ms = mentions.and_then(|m| m.get(p.n - 1)).map(Vec::as_slice).unwrap_or_default();
            ExploreParagraph {
                n: p.n,
                html: mark_text(s.paragraph_text(p), ms, entities),
                entities: entity_ids(ms, entities),
                cited_in: uses.citing(&s.id, p.n),
            }
        })
        .collect();
    let quotes = quotes
        .iter()
        .map(|&i| (i, &a.quotes[i]))
        .map(|(i, q)| {
            let found = a.gazetteer.find(&q.text);
            let cluster = a.clusters.get(quote_pages.cluster_of[i]);
            let cluster_id = cluster.map_or("", |c| c.id.as_str());
            ExploreQuote {
                html: mark_text(&q.text, &found, entities),
                entities: entity_ids(&found, entities),
                speaker: q.speaker.as_deref(),
                paragraph: q.paragraph,
                cluster: cluster_id,
                cluster_page: routes::quotes_page(quote_pages.page_of(cluster_id)),
                cluster_size: quote_pages.sources(quote_pages.cluster_of[i]),
            }
        })
        .collect();
    let derived = a.relations.get(&s.id).map(|r| r.derived_from.join(", ")).unwrap_or_default();
    ExploreSource {
        id: &s.id,
        title: &s.meta.title,
        outlet: outlet(s),
        published: s.meta.published.to_string(),
        derived,
        paragraphs,
        quotes,
    }
}
