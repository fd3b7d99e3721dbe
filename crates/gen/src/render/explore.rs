//! The explore page: every paragraph and quotation of every source, with its entities, for the
//! browser's filter.

use super::layout::Layout;
use super::markup::{entity_ids, mark_text};
use crate::briefing::outlet;
use crate::diag::Error;
use crate::library::Library;
use dossier_core::routes;
use minijinja::{context, Environment};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

#[derive(Serialize)]
struct ExploreParagraph {
    n: usize,
    html: String,
    entities: String,
}

#[derive(Serialize)]
struct ExploreQuote<'a> {
    html: String,
    entities: String,
    speaker: Option<&'a str>,
    paragraph: usize,
    cluster: &'a str,
    cluster_size: usize,
}

#[derive(Serialize)]
struct ExploreSource<'a> {
    id: &'a str,
    title: &'a str,
    outlet: String,
    published: String,
    derived: String,
    paragraphs: Vec<ExploreParagraph>,
    quotes: Vec<ExploreQuote<'a>>,
}

/// Renders the explore page into `pages`.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    pages: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> Result<(), Error> {
    let a = &library.analysis;
    let entities = a.gazetteer.entities();
    let cluster_of = a.cluster_of();
    let site_title = library.briefing.meta.title.as_str();
    // Each source's quotes, gathered once (filtering all quotes per source would be quadratic).
    let mut quotes_of: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, q) in a.quotes.iter().enumerate() {
        quotes_of.entry(q.source.as_str()).or_default().push(i);
    }
    // How many sources each cluster's members come from, counted once per cluster (counting it for
    // each member was quadratic in the size of a cluster: 20,000 copies of one quote took seconds).
    let cluster_sources: Vec<usize> = a
        .clusters
        .iter()
        .map(|c| {
            c.members
                .iter()
                .filter_map(|&m| a.quotes.get(m))
                .map(|q| &q.source)
                .collect::<BTreeSet<_>>()
                .len()
        })
        .collect();
    let mut views = Vec::new();
    for s in library.sources.values() {
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
                }
            })
            .collect();
        let quotes = quotes_of
            .get(s.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|&i| (i, &a.quotes[i]))
            .map(|(i, q)| {
                let found = a.gazetteer.find(&q.text);
                let cluster = a.clusters.get(cluster_of[i]);
                let cluster_size = cluster_sources.get(cluster_of[i]).copied().unwrap_or(1);
                ExploreQuote {
                    html: mark_text(&q.text, &found, entities),
                    entities: entity_ids(&found, entities),
                    speaker: q.speaker.as_deref(),
                    paragraph: q.paragraph,
                    cluster: cluster.map_or("", |c| c.id.as_str()),
                    cluster_size,
                }
            })
            .collect();
        let derived = a.relations.get(&s.id).map(|r| r.derived_from.join(", ")).unwrap_or_default();
        views.push(ExploreSource {
            id: &s.id,
            title: &s.meta.title,
            outlet: outlet(s),
            published: s.meta.published.to_string(),
            derived,
            paragraphs,
            quotes,
        });
    }
    let page = env.get_template("explore.html")?.render(context! {
        layout => Layout::new(routes::EXPLORE_PAGE, format!("Explore — {site_title}"), "explore", site_title).with_facets(None),
        sources => views,
    })?;
    pages.insert(PathBuf::from(routes::EXPLORE_PAGE), page.into_bytes());
    Ok(())
}
