//! The quotes page: each statement clustered across the sources that carry it, with the word-level
//! differences between their wordings; split into pages of whole statements when the corpus is large.

use super::html::{escape, language_name};
use super::layout::Layout;
use super::paginate::{self, Pager};
use super::Pages;
use crate::analyse::quotes::{word_diff, DiffOp};
use crate::briefing::outlet;
use crate::diag::Error;
use crate::library::Library;
use dossier_core::routes;
use minijinja::{context, Environment};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;
use std::path::PathBuf;

#[derive(Serialize)]
struct MemberView<'a> {
    source: &'a str,
    outlet: String,
    published: String,
    paragraph: usize,
    speaker: Option<&'a str>,
    text: &'a str,
    /// Word-level differences from the cluster's first wording, as HTML; `None` for the first.
    diff: Option<String>,
    translated: Option<String>,
    lang: Option<&'a str>,
}

#[derive(Serialize)]
struct ClusterView<'a> {
    id: &'a str,
    speaker: Option<&'a str>,
    sources: Vec<&'a str>,
    members: Vec<MemberView<'a>>,
}

fn diff_html(a: &str, b: &str) -> String {
    let mut out = String::new();
    for (i, op) in word_diff(a, b).into_iter().enumerate() {
        // Each step is a run of words; runs are separated by a space, as in the text.
        if i > 0 {
            out.push(' ');
        }
        let _ = match op {
            DiffOp::Same(t) => write!(out, "{}", escape(&t)),
            DiffOp::Removed(t) => write!(out, "<del>{}</del>", escape(&t)),
            DiffOp::Added(t) => write!(out, "<ins>{}</ins>", escape(&t)),
        };
    }
    out
}

/// Where each statement (cluster) is listed: the order of the quotes page, cut into pages. Explore
/// links a quotation to its statement on whichever page that is.
pub(super) struct QuotePages<'a> {
    /// The cluster of each quotation (an index into the analysis's clusters).
    pub(super) cluster_of: Vec<usize>,
    /// Cluster indices in the order the page lists them.
    order: Vec<usize>,
    /// The runs of `order` each page shows.
    pages: Vec<std::ops::Range<usize>>,
    /// The page of each cluster id, from 1.
    page_of: HashMap<&'a str, usize>,
    /// Statements carried by more than one source.
    shared: usize,
    /// How many sources carry each cluster.
    sources: Vec<usize>,
}

impl<'a> QuotePages<'a> {
    pub(super) fn new(library: &'a Library) -> Self {
        let a = &library.analysis;
        let sources = |c: &crate::analyse::quotes::Cluster| {
            c.members
                .iter()
                .filter_map(|&m| a.quotes.get(m))
                .map(|q| q.source.as_str())
                .collect::<BTreeSet<_>>()
                .len()
        };
        let counts: Vec<usize> = a.clusters.iter().map(sources).collect();
        let mut order: Vec<usize> = (0..a.clusters.len()).collect();
        // Statements carried by several outlets first: they are what this page is for.
        order.sort_by(|&x, &y| {
            counts[y].cmp(&counts[x]).then_with(|| a.clusters[x].id.cmp(&a.clusters[y].id))
        });
        // Each wording is drawn once, with its word differences marked, and a line naming its source.
        let weight = |c: usize| -> usize {
            let words: usize = a.clusters[c]
                .members
                .iter()
                .filter_map(|&m| a.quotes.get(m))
                .map(|q| q.text.len() * 2 + 400)
                .sum();
            300 + words
        };
        let pages = paginate::split(order.iter().map(|&c| weight(c)), paginate::PAGE_BUDGET);
        let mut page_of = HashMap::new();
        for (k, range) in pages.iter().enumerate() {
            for &c in &order[range.clone()] {
                page_of.insert(a.clusters[c].id.as_str(), k + 1);
            }
        }
        QuotePages {
            cluster_of: a.cluster_of(),
            order,
            pages,
            page_of,
            shared: counts.iter().filter(|&&n| n > 1).count(),
            sources: counts,
        }
    }

    /// How many sources carry the cluster of this index (1 for an unknown one).
    pub(super) fn sources(&self, cluster: usize) -> usize {
        self.sources.get(cluster).copied().unwrap_or(1)
    }

    /// The page (from 1) that lists the cluster with this id.
    pub(super) fn page_of(&self, cluster: &str) -> usize {
        self.page_of.get(cluster).copied().unwrap_or(1)
    }
}

/// One statement with every wording of it.
fn cluster_view<'a>(c: &'a crate::analyse::quotes::Cluster, library: &'a Library) -> ClusterView<'a> {
    let a = &library.analysis;
    let first = c.members.first().and_then(|&m| a.quotes.get(m));
    let members: Vec<MemberView<'_>> = c
        .members
        .iter()
        .filter_map(|&m| a.quotes.get(m))
        .enumerate()
        .filter_map(|(k, q)| {
            let s = library.sources.get(&q.source)?;
            let diff = match (k, first) {
                (0, _) | (_, None) => None,
                (_, Some(f)) => Some(diff_html(&f.text, &q.text)),
            };
            Some(MemberView {
                source: &s.id,
                outlet: outlet(s),
                published: s.meta.published.to_string(),
                paragraph: q.paragraph,
                speaker: q.speaker.as_deref(),
                text: &q.text,
                diff,
                translated: s
                    .meta
                    .translated_from
                    .as_deref()
                    .map(|l| format!("translated from {}", language_name(l))),
                lang: (s.meta.language != "en").then_some(s.meta.language.as_str()),
            })
        })
        .collect();
    let mut sources: Vec<&str> = members.iter().map(|m| m.source).collect();
    sources.sort_unstable();
    sources.dedup();
    ClusterView { id: &c.id, speaker: c.speaker.as_deref(), sources, members }
}

/// Renders the quotes page into `pages`, split into pages of whole statements when it is long.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    quote_pages: &QuotePages<'_>,
    pages: &dyn Pages,
) -> Result<(), Error> {
    let a = &library.analysis;
    let site_title = library.site_title();
    let template = env.get_template("quotes.html")?;
    let total = quote_pages.pages.len();
    quote_pages.pages.par_iter().enumerate().try_for_each(|(k, range)| -> Result<(), Error> {
        let n = k + 1;
        let route = routes::quotes_page(n);
        let clusters: Vec<ClusterView<'_>> =
            quote_pages.order[range.clone()].iter().map(|&c| cluster_view(&a.clusters[c], library)).collect();
        let title = match n {
            1 => format!("Quotes — {site_title}"),
            _ => format!("Quotes, page {n} — {site_title}"),
        };
        let page = template.render(context! {
            layout => Layout::new(&route, title, "quotes", site_title),
            pager => Pager::new(routes::quotes_page, n, total),
            statements => a.clusters.len(),
            total => a.quotes.len(),
            shared => quote_pages.shared,
            clusters => clusters,
        })?;
        pages.add(PathBuf::from(route), page.into_bytes())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn diff_keeps_the_spaces_between_words() {
        assert_eq!(
            super::diff_html("give it to the Taliban", "transfer it to the Taliban"),
            "<del>give</del> <ins>transfer</ins> it to the Taliban"
        );
    }
}
