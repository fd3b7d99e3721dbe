//! The quotes page: each statement clustered across the sources that carry it, with the word-level
//! differences between their wordings.

use super::html::{escape, language_name};
use super::layout::Layout;
use crate::analyse::quotes::{word_diff, DiffOp};
use crate::briefing::outlet;
use crate::diag::Error;
use crate::library::Library;
use dossier_core::routes;
use minijinja::{context, Environment};
use serde::Serialize;
use std::collections::BTreeMap;
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

/// Renders the quotes page into `pages`.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    pages: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> Result<(), Error> {
    let a = &library.analysis;
    let site_title = library.site_title();
    let mut clusters: Vec<ClusterView<'_>> = a
        .clusters
        .iter()
        .map(|c| {
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
        })
        .collect();
    // Statements carried by several outlets first: they are what this page is for.
    clusters.sort_by(|x, y| y.sources.len().cmp(&x.sources.len()).then_with(|| x.id.cmp(y.id)));
    let shared = clusters.iter().filter(|c| c.sources.len() > 1).count();
    let page = env.get_template("quotes.html")?.render(context! {
        layout => Layout::new(routes::QUOTES_PAGE, format!("Quotes — {site_title}"), "quotes", site_title),
        total => a.quotes.len(),
        shared => shared,
        clusters => clusters,
    })?;
    pages.insert(PathBuf::from(routes::QUOTES_PAGE), page.into_bytes());
    Ok(())
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
