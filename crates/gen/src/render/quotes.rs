//! The quotes page: each statement clustered across the sources that carry it, with the word-level
//! differences between their wordings.

use super::html::{escape, language_name};
use super::layout::Layout;
use crate::analyse::quotes::{quotation_diff, speaker_key, DiffOp, ALIGNED_MAX_WORDS};
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
    /// The wording as HTML, quotation marks included: for all but the cluster's first, its word-level
    /// differences from the first, with the first's words it does not quote shown as context.
    html: String,
    /// The wording quotes only part of the statement.
    partial: bool,
    /// The wording is short, much shorter than the first and shares no word with it: a fragment translated
    /// another way (the clustering matched it by its place among the statements quoted around it).
    reworded: bool,
    translated: Option<String>,
    lang: Option<&'a str>,
}

/// A speaker label that differs from the statement's, and the outlets that use it.
#[derive(Serialize)]
struct LabelView {
    label: String,
    outlets: Vec<String>,
}

#[derive(Serialize)]
struct ClusterView<'a> {
    id: &'a str,
    speaker: Option<String>,
    /// The other labels the outlets give the speaker; empty when they all agree.
    labels: Vec<LabelView>,
    sources: Vec<&'a str>,
    members: Vec<MemberView<'a>>,
}

/// Words of unquoted context kept next to a partial quotation; beyond them, an ellipsis.
const CONTEXT_WORDS: usize = 8;

/// The last (`leading`) or first `CONTEXT_WORDS` words of `text`, with an ellipsis where words were left out.
fn context(text: &str, leading: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= CONTEXT_WORDS {
        return words.join(" ");
    }
    if leading {
        format!("… {}", words[words.len() - CONTEXT_WORDS..].join(" "))
    } else {
        format!("{} …", words[..CONTEXT_WORDS].join(" "))
    }
}

/// One wording as HTML, quotation marks included; `true` with it when the wording is a partial quotation.
fn wording_html(ops: &[DiffOp]) -> (String, bool) {
    let mut out = String::new();
    let last = ops.len().saturating_sub(1);
    let mut partial = false;
    let mut open = false;
    for (i, op) in ops.iter().enumerate() {
        // Each step is a run of words; runs are separated by a space, as in the text.
        if i > 0 {
            out.push(' ');
        }
        if !open && !matches!(op, DiffOp::Unquoted(_)) {
            out.push('“');
            open = true;
        }
        let _ = match op {
            DiffOp::Same(t) => write!(out, "{}", escape(t)),
            DiffOp::Removed(t) => write!(out, "<del>{}</del>", escape(t)),
            DiffOp::Added(t) => write!(out, "<ins>{}</ins>", escape(t)),
            DiffOp::Unquoted(t) => {
                partial = true;
                if open {
                    out.insert(out.len() - 1, '”');
                    open = false;
                }
                write!(out, "<span class=\"unquoted\">{}</span>", escape(&context(t, i == 0)))
            }
        };
        if i == last && open {
            out.push('”');
        }
    }
    (out, partial)
}

/// The labels of `members` that differ from the statement's `speaker`, each with the outlets using it,
/// in order of first use.
fn other_labels(speaker: Option<&str>, members: &[(String, Option<&str>)]) -> Vec<LabelView> {
    let Some(speaker) = speaker else { return Vec::new() };
    let key = speaker_key(speaker);
    let mut labels: Vec<LabelView> = Vec::new();
    for (outlet, label) in members {
        let Some(label) = label.filter(|l| speaker_key(l) != key) else { continue };
        match labels.iter_mut().find(|l| speaker_key(&l.label) == speaker_key(label)) {
            Some(l) if !l.outlets.contains(outlet) => l.outlets.push(outlet.clone()),
            Some(_) => {}
            None => labels.push(LabelView { label: label.to_string(), outlets: vec![outlet.clone()] }),
        }
    }
    labels
}

/// `label` with its first letter capitalized, as it opens the statement's heading.
fn heading_case(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Renders the quotes page into `pages`.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    pages: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> Result<(), Error> {
    let a = &library.analysis;
    let site_title = library.briefing.meta.title.as_str();
    let mut clusters: Vec<ClusterView<'_>> = a
        .clusters
        .iter()
        .map(|c| {
            let first = c.members.first().and_then(|&m| a.quotes.get(m));
            let mut labels: Vec<(String, Option<&str>)> = Vec::new();
            let members: Vec<MemberView<'_>> = c
                .members
                .iter()
                .filter_map(|&m| a.quotes.get(m))
                .enumerate()
                .filter_map(|(k, q)| {
                    let s = library.sources.get(&q.source)?;
                    let ops = match (k, first) {
                        (0, _) | (_, None) => vec![DiffOp::Same(q.text.clone())],
                        (_, Some(f)) => quotation_diff(&f.text, &q.text),
                    };
                    let shares = ops.iter().any(|op| matches!(op, DiffOp::Same(_)));
                    let words = |t: &str| t.split_whitespace().count();
                    let reworded = !shares
                        && words(&q.text) <= ALIGNED_MAX_WORDS
                        && first.is_some_and(|f| words(&f.text) > 2 * words(&q.text));
                    // A wording of no words (`…`) has no steps: it is shown as it is.
                    let (html, partial) = if reworded || ops.is_empty() {
                        (format!("“{}”", escape(&q.text)), reworded)
                    } else {
                        wording_html(&ops)
                    };
                    let outlet = outlet(s);
                    labels.push((format!("{outlet}, {}", s.meta.published), q.speaker.as_deref()));
                    Some(MemberView {
                        source: &s.id,
                        outlet,
                        published: s.meta.published.to_string(),
                        paragraph: q.paragraph,
                        html,
                        partial,
                        reworded,
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
            ClusterView {
                id: &c.id,
                speaker: c.speaker.as_deref().map(heading_case),
                labels: other_labels(c.speaker.as_deref(), &labels),
                sources,
                members,
            }
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
    use super::*;

    fn html(full: &str, b: &str) -> (String, bool) {
        wording_html(&quotation_diff(full, b))
    }

    #[test]
    fn diff_keeps_the_spaces_between_words() {
        assert_eq!(
            html("give it to the Taliban", "transfer it to the Taliban"),
            ("“<del>give</del> <ins>transfer</ins> it to the Taliban”".to_string(), false)
        );
    }

    #[test]
    fn a_fragment_is_drawn_inside_its_context_with_long_context_elided() {
        let full = "We entered the war with clear objectives. We have achieved these goals. Bin Laden is \
            dead and Al Qaeda is degraded in Afghanistan. And it’s time to end the Eternal War";
        let (got, partial) = html(full, "degraded");
        assert!(partial);
        assert_eq!(
            got,
            "<span class=\"unquoted\">… Bin Laden is dead and Al Qaeda is</span> “degraded” \
             <span class=\"unquoted\">in Afghanistan. And it’s time to end the …</span>"
        );
        assert!(!got.contains("<del>"));
        let (got, partial) = html("This is now much deeper than we think", "now much deeper");
        assert!(partial);
        assert_eq!(
            got,
            "<span class=\"unquoted\">This is</span> “now much deeper” <span class=\"unquoted\">than we think</span>"
        );
    }

    #[test]
    fn labels_that_differ_from_the_statement_name_their_outlets() {
        let members = [
            ("CNN".to_string(), Some("the official")),
            ("Blog".to_string(), Some("The official")),
            ("RU".to_string(), Some("the channel’s source")),
            ("RU2".to_string(), Some("the channel’s source")),
            ("X".to_string(), None),
        ];
        let labels = other_labels(Some("The official"), &members);
        assert_eq!(labels.len(), 1);
        assert_eq!(labels[0].label, "the channel’s source");
        assert_eq!(labels[0].outlets, vec!["RU", "RU2"]);
        assert!(other_labels(None, &members).is_empty());
        assert_eq!(wording_html(&[]), (String::new(), false));
        assert_eq!(heading_case("the senior official"), "The senior official");
    }
}
