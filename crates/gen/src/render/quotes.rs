//! The quotes page: each statement clustered across the sources that carry it, with the word-level
//! differences between their wordings; split into pages of whole statements when the corpus is large.

use super::editions::{self, BriefingRef, Uses};
use super::html::{clean, escape, language_name, template_escape};
use super::layout::Layout;
use super::paginate::{self, Pager};
use super::Pages;
use crate::analyse::quotes::Quote;
use crate::analyse::quotes::{quotation_diff, speaker_key, DiffOp, ALIGNED_MAX_WORDS};
use crate::briefing::source_name;
use crate::diag::Error;
use crate::library::Library;
use crate::load::source::Source;
use dossier_core::routes;
use minijinja::{context, Environment};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::PathBuf;

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
struct LabelView {
    label: String,
    outlets: Vec<String>,
}

struct ClusterView<'a> {
    id: &'a str,
    speaker: Option<String>,
    /// The other labels the outlets give the speaker; empty when they all agree.
    labels: Vec<LabelView>,
    sources: Vec<&'a str>,
    members: Vec<MemberView<'a>>,
    /// Wordings not drawn because the statement has more than [`MAX_WORDINGS`]; 0 for nearly all.
    more: usize,
    /// The briefings that quote it (words verified in a paragraph carrying one of its wordings), when
    /// the site has several.
    quoted_in: Vec<BriefingRef<'a>>,
}

/// Most wordings drawn for one statement; the page says how many more there are (their source pages
/// show them). A statement can have any number of wordings — one source of 200,000 unpaired marks
/// quotes the same two words 200,000 times — and drawing each made a single page of 38 MB.
pub(crate) const MAX_WORDINGS: usize = 100;

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
    // Each label's key once, each label by its key, and the outlets each label has: a statement quoted
    // by thousands of outlets made the list search (and a key per comparison) quadratic.
    let mut of_label: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    let mut by_key: FxHashMap<Vec<String>, usize> = FxHashMap::default();
    let mut has: FxHashSet<(usize, &str)> = FxHashSet::default();
    for (outlet, label) in members {
        let Some(label) = *label else { continue };
        let at = *of_label.entry(label).or_insert_with(|| {
            let k = speaker_key(label);
            (k != key).then(|| {
                *by_key.entry(k).or_insert_with(|| {
                    labels.push(LabelView { label: label.to_string(), outlets: Vec::new() });
                    labels.len() - 1
                })
            })
        });
        if let Some(at) = at.filter(|&at| has.insert((at, outlet.as_str()))) {
            labels[at].outlets.push(outlet.clone());
        }
    }
    labels
}

/// `label` with its first letter capitalized, as it opens the statement's heading.
fn heading_case(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
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
    page_of: FxHashMap<&'a str, usize>,
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
                .take(MAX_WORDINGS)
                .filter_map(|&m| a.quotes.get(m))
                .map(|q| q.text.len() * 2 + 400)
                .sum();
            300 + words
        };
        let pages = paginate::split(order.iter().map(|&c| weight(c)), paginate::PAGE_BUDGET);
        let mut page_of = FxHashMap::default();
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

/// One statement with every wording of it: each but the first drawn with its differences from the first,
/// a fragment inside the first's words as context.
fn cluster_view<'a>(
    c: &'a crate::analyse::quotes::Cluster,
    library: &'a Library,
    uses: &'a Uses<'a>,
) -> ClusterView<'a> {
    let a = &library.analysis;
    let first = c.members.first().and_then(|&m| a.quotes.get(m));
    // Every wording counts for the sources, the labels and the briefings quoting it; the first
    // MAX_WORDINGS are drawn.
    let all: Vec<(&Quote, &Source)> = c
        .members
        .iter()
        .filter_map(|&m| a.quotes.get(m))
        .filter_map(|q| Some((q, library.sources.get(&q.source)?)))
        .collect();
    let mut labels: Vec<(String, Option<&str>)> = Vec::new();
    let mut named: BTreeSet<(&str, Option<&str>)> = BTreeSet::new();
    for &(q, s) in &all {
        // One entry per source and label: other_labels gives the same from them as from every wording.
        if named.insert((s.id.as_str(), q.speaker.as_deref())) {
            labels.push((format!("{}, {}", source_name(s), s.meta.published), q.speaker.as_deref()));
        }
    }
    let members: Vec<MemberView<'_>> = all
        .iter()
        .take(MAX_WORDINGS)
        .enumerate()
        .map(|(k, &(q, s))| {
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
            MemberView {
                outlet: source_name(s),
                source: &s.id,
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
            }
        })
        .collect();
    let mut sources: Vec<&str> = all.iter().map(|(_, s)| s.id.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    ClusterView {
        id: &c.id,
        speaker: c.speaker.as_deref().map(heading_case),
        labels: other_labels(c.speaker.as_deref(), &labels),
        quoted_in: uses.quoting(all.iter().map(|(q, s)| (s.id.as_str(), q.paragraph))),
        sources,
        more: all.len() - members.len(),
        members,
    }
}

/// The statements of a quotes page, as the loop of `quotes.html` wrote them less its blank lines
/// (values escaped as the templates escape them): the quotes pages hold every quotation of the
/// corpus, and the template loop was most of their cost. `root` is the page's way to the site root.
fn write_clusters(clusters: &[ClusterView<'_>], root: &str) -> String {
    let root = escape(root);
    let mut out = String::with_capacity(clusters.iter().map(|c| 400 + c.members.len() * 400).sum());
    let plural = |n: usize| if n != 1 { "s" } else { "" };
    for c in clusters {
        let n = c.sources.len();
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            "\n    <li id=\"{}\" class=\"cluster\" data-sources=\"{}\">\n      <p class=\"cluster-head\"><strong>{}</strong> · {n} source{}{}</p>",
            template_escape(c.id),
            template_escape(&c.sources.join(" ")),
            template_escape(c.speaker.as_deref().filter(|s| !s.is_empty()).unwrap_or("Speaker not named")),
            plural(n),
            if n > 1 { " <span class=\"tag\">same statement in several outlets</span>" } else { "" },
        );
        if !c.quoted_in.is_empty() {
            out.push_str("\n      <p class=\"quoted-in\">Quoted in ");
            editions::push_links(&mut out, &c.quoted_in, &root);
            out.push_str("</p>");
        }
        if !c.labels.is_empty() {
            out.push_str("\n      <p class=\"speaker-labels\">Also named ");
            for (i, l) in c.labels.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                let _ = write!(
                    out,
                    "“{}” in {}",
                    template_escape(&l.label),
                    template_escape(&l.outlets.join(" and "))
                );
            }
            out.push_str(".</p>");
        }
        out.push_str("\n      <ul class=\"wordings\">");
        for m in &c.members {
            out.push_str("\n        <li><blockquote");
            if let Some(lang) = m.lang.filter(|l| !l.is_empty()) {
                let _ = write!(out, " lang=\"{}\"", template_escape(lang));
            }
            let how = if m.reworded {
                "A partial quotation, worded differently from the others; in"
            } else if m.partial {
                "A partial quotation, in"
            } else {
                "In"
            };
            let _ = write!(
                out,
                ">{}</blockquote>\n        <p class=\"wording-source\">{how} <a href=\"{root}sources/{}/index.html#p{p}\">{}, {}, ¶&#8239;{p}</a>",
                clean(&m.html),
                template_escape(m.source),
                template_escape(&m.outlet),
                template_escape(&m.published),
                p = m.paragraph,
            );
            if let Some(t) = m.translated.as_deref().filter(|t| !t.is_empty()) {
                let _ = write!(out, " ({})", template_escape(t));
            }
            out.push_str("</p></li>");
        }
        out.push_str("\n      </ul>");
        if c.more > 0 {
            let _ = write!(
                out,
                "\n      <p class=\"wordings-more\">{} more wording{} of this statement are not drawn here; the source pages show them.</p>",
                c.more,
                plural(c.more),
            );
        }
        out.push_str("\n    </li>");
    }
    out
}

/// Renders the quotes page into `pages`, split into pages of whole statements when it is long.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    quote_pages: &QuotePages<'_>,
    uses: &Uses<'_>,
    pages: &dyn Pages,
) -> Result<(), Error> {
    let a = &library.analysis;
    let site_title = library.site_title();
    let template = env.get_template("quotes.html")?;
    let total = quote_pages.pages.len();
    quote_pages.pages.par_iter().enumerate().try_for_each(|(k, range)| -> Result<(), Error> {
        let n = k + 1;
        let route = routes::quotes_page(n);
        let clusters: Vec<ClusterView<'_>> = quote_pages.order[range.clone()]
            .iter()
            .map(|&c| cluster_view(&a.clusters[c], library, uses))
            .collect();
        let layout = Layout::new(&route, paginate::title("Quotes", n, site_title), "quotes", site_title);
        let html = write_clusters(&clusters, layout.root());
        let page = template.render(context! {
            layout => layout,
            pager => Pager::new(routes::quotes_page, n, total),
            statements => a.clusters.len(),
            total => a.quotes.len(),
            shared => quote_pages.shared,
            clusters => minijinja::Value::from_safe_string(html),
        })?;
        pages.add(PathBuf::from(route), page.into_bytes())
    })
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
