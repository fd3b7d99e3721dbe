//! The sources pages: the list of sources (one row each, with its provenance) and one page per source,
//! its paragraphs with entity marks and the places in the briefing that cite each.

use super::editions::{BriefingRef, Uses};
use super::html::{clean, escape, language_name, template_escape};
use super::layout::Layout;
use super::markup::{entity_ids, mark_text};
use super::paginate::{self, Pager};
use super::Pages;
use crate::briefing::{outlet, source_name, Briefing};
use crate::diag::Error;
use crate::library::Library;
use crate::load::source::{Origin, Source};
use dossier_core::routes;
use minijinja::Environment;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

#[derive(Serialize)]
pub(super) struct SourceRow<'a> {
    id: &'a str,
    /// How a reader knows it in a list: its outlet, or the start of its title.
    name: String,
    title: &'a str,
    outlet: String,
    published: String,
    published_iso: String,
    language: String,
    translated_from: Option<String>,
    /// Declared origins, then the sources overlap detection found it copies or re-tells.
    derived_from: Vec<OriginView<'a>>,
    /// Sources that declare they derive from this one, with their names.
    derived_by: Vec<(&'a str, String)>,
    /// Sources overlap detection found to copy or re-tell this one.
    copied_by: Vec<OverlapView>,
    /// Near-copies where one copies the other and nothing tells which.
    undecided: Vec<OverlapView>,
    grade: Option<String>,
    reliability: Option<String>,
    credibility: Option<u8>,
    /// How many places cite it, in every briefing of the site.
    cited: usize,
    paragraphs: usize,
    dropped: usize,
    notes: Option<&'a str>,
    url: Option<&'a str>,
    author: Option<&'a str>,
    /// For an imported source: the day its text was extracted from the saved page.
    extracted: Option<&'a str>,
    /// No other source in the corpus carries the same reporting (alone in its line).
    independent: bool,
    /// The line of reporting it belongs to (an outlet name, the id of its original, or `a or b` when
    /// which of two near-copies is the original is unknown).
    line: String,
    /// The line as a reader knows it: the outlet or title of the source it is named after.
    line_name: String,
    /// How many sources share that line (1 = only this one).
    line_size: usize,
    /// Overlapping text found with other sources.
    overlaps: Vec<OverlapView>,
}

#[derive(Serialize, Clone)]
struct OverlapView {
    other: String,
    /// How a reader knows the other source: its outlet, or the start of its title.
    name: String,
    /// Share of the shorter text's three-word sequences found in the other, in percent.
    containment: u32,
}

#[derive(Serialize)]
struct OriginView<'a> {
    label: String,
    /// Set when the origin is a source in the corpus.
    id: Option<&'a str>,
    /// Set when the origin was found by text overlap rather than declared: the overlap in percent.
    detected: Option<u32>,
}

/// A paragraph of a source page, written by [`write_paragraphs`].
struct ParagraphView<'a> {
    n: usize,
    /// The paragraph as HTML, entity mentions marked up.
    html: String,
    /// Space-separated ids of the entities it mentions.
    entities: String,
    /// The places in the briefing citing it, on a site with one briefing.
    cited_by: Vec<CitedMark>,
    /// The places citing it, briefing by briefing, on a site with several.
    cited_in: Vec<Cited<'a, CitedMark>>,
}

/// What one briefing of several cites: `items` are marks (of a paragraph) or notes (of the source).
#[derive(Serialize)]
struct Cited<'a, T> {
    briefing: BriefingRef<'a>,
    items: Vec<T>,
}

/// A place in the briefing that cites a paragraph: its anchor, and its note's label (`12b` when the
/// note has several references, else `12`).
#[derive(Serialize)]
struct CitedMark {
    anchor: String,
    label: String,
}

#[derive(Serialize)]
struct DroppedView<'a> {
    line: usize,
    text: &'a str,
    reason: &'a str,
}

#[derive(Serialize)]
struct CiteView<'a> {
    /// Every reference to the note, in order.
    anchors: Vec<&'a str>,
    note: usize,
    sections: Vec<&'a str>,
    paragraphs: Vec<usize>,
}

pub(super) const RELIABILITY: [&str; 6] = [
    "completely reliable",
    "usually reliable",
    "fairly reliable",
    "not usually reliable",
    "unreliable",
    "reliability cannot be judged",
];
pub(super) const CREDIBILITY: [&str; 6] = [
    "confirmed by other sources",
    "probably true",
    "possibly true",
    "doubtful",
    "improbable",
    "truth cannot be judged",
];

/// One row per source, in id order.
pub(super) fn rows<'a>(library: &'a Library, uses: &Uses<'_>) -> Vec<SourceRow<'a>> {
    let across = Across::new(library);
    library.sources.values().map(|s| source_row(s, library, &across, uses)).collect()
}

/// Renders the list of sources and every source page into `pages`.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    rows: &[SourceRow<'_>],
    uses: &Uses<'_>,
    pages: &dyn Pages,
) -> Result<(), Error> {
    let b = &library.briefing;
    let site_title = library.site_title();
    render_index(env, library, site_title, rows, pages)?;

    // Each briefing's mark labels, once: a note may hold thousands of references.
    let labels: Vec<(&Briefing, MarkLabels<'_>)> =
        std::iter::once(b).chain(uses.briefings().map(|(b, _)| b)).map(|b| (b, MarkLabels::new(b))).collect();
    let labels_of = |b: &Briefing| labels.iter().find(|(l, _)| std::ptr::eq(*l, b)).map(|(_, m)| m);
    // Source pages are independent: rendered in parallel, inserted in id order.
    let list: Vec<(&SourceRow<'_>, &Source)> = rows.iter().zip(library.sources.values()).collect();
    list.par_iter().try_for_each(|&(row, s)| -> Result<(), Error> {
        let marks = |b: &Briefing, n: usize| -> Vec<CitedMark> {
            let labels = labels_of(b);
            sites_of(b, &s.id)
                .iter()
                .filter(|c| c.paragraphs.contains(&n))
                .map(|c| CitedMark {
                    anchor: c.anchor.clone(),
                    label: labels
                        .and_then(|l| l.get(c.note, &c.anchor))
                        .unwrap_or_else(|| c.note.to_string()),
                })
                .collect()
        };
        let mentions = library.analysis.mentions.get(&s.id);
        let entities = library.analysis.gazetteer.entities();
        let paragraphs: Vec<ParagraphView<'_>> = s
            .paragraphs
            .iter()
            .map(|p| {
                let ms = mentions.and_then(|m| m.get(p.n - 1)).map(Vec::as_slice).unwrap_or_default();
                (p, ms)
            })
            .map(|(p, ms)| ParagraphView {
                n: p.n,
                html: mark_text(s.paragraph_text(p), ms, entities),
                entities: entity_ids(ms, entities),
                cited_by: if uses.named { Vec::new() } else { marks(b, p.n) },
                cited_in: if uses.named {
                    uses.briefings()
                        .map(|(b, briefing)| Cited { briefing, items: marks(b, p.n) })
                        .filter(|c| !c.items.is_empty())
                        .collect()
                } else {
                    Vec::new()
                },
            })
            .collect();
        let dropped: Vec<DroppedView<'_>> = s
            .dropped
            .iter()
            .map(|d| DroppedView { line: d.line, text: s.text[d.span.clone()].trim(), reason: &d.reason })
            .collect();
        let (cited, notes_in) = if uses.named {
            let notes_in: Vec<Cited<'_, CiteView<'_>>> = uses
                .briefings()
                .map(|(b, briefing)| Cited { briefing, items: cite_views(sites_of(b, &s.id)) })
                .filter(|c| !c.items.is_empty())
                .collect();
            (Vec::new(), notes_in)
        } else {
            (cite_views(sites_of(b, &s.id)), Vec::new())
        };
        let layout = Layout::new(
            &routes::source_page(&s.id),
            format!("{} — {site_title}", s.meta.title),
            "sources",
            site_title,
        );
        let paragraphs = write_paragraphs(&paragraphs, layout.root());
        let page = env.get_template("source.html")?.render(minijinja::context! {
            layout => layout.with_facets(None),
            source => row,
            paragraphs => minijinja::Value::from_safe_string(paragraphs),
            dropped => dropped,
            cited => cited,
            notes_in => notes_in,
            named => uses.named,
            cited_in => super::editions::citing(library, &s.id),
        })?;
        pages.add(PathBuf::from(routes::source_page(&s.id)), page.into_bytes())
    })
}

/// The paragraphs of a source page, one a line, as the loop of `source.html` wrote them less its blank
/// lines (values escaped as the templates escape them): the source pages hold the whole corpus, and
/// the template loop was most of their cost. `root` is the page's way to the site root.
fn write_paragraphs(paragraphs: &[ParagraphView<'_>], root: &str) -> String {
    // The front page, for the marks of a site with one briefing.
    let home = escape(&format!("{root}{}", routes::HOME));
    let mut out = String::with_capacity(paragraphs.iter().map(|p| p.html.len() + 200).sum());
    for (k, p) in paragraphs.iter().enumerate() {
        if k > 0 {
            out.push_str("\n    ");
        }
        let cited = if p.cited_by.is_empty() && p.cited_in.is_empty() { "" } else { " is-cited" };
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            "<p id=\"p{n}\" class=\"para{cited}\" data-entities=\"{}\"><a class=\"pnum\" href=\"#p{n}\" aria-label=\"Paragraph {n}\">{n}</a> {}",
            template_escape(&p.entities),
            clean(&p.html),
            n = p.n,
        );
        if !p.cited_by.is_empty() {
            out.push_str(" <span class=\"cited-marks\">");
            push_marks(&mut out, &p.cited_by, &home, "the briefing");
            out.push_str("</span>");
        } else if !p.cited_in.is_empty() {
            out.push_str(" <span class=\"cited-marks\">");
            for (i, g) in p.cited_in.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                let title = template_escape(g.briefing.title);
                let page = escape(&format!("{root}{}", g.briefing.page));
                let _ = write!(out, "<span class=\"cited-in-briefing\">{title}: ");
                push_marks(&mut out, &g.items, &page, &title);
                out.push_str("</span>");
            }
            out.push_str("</span>");
        }
        out.push_str("</p>");
    }
    out
}

/// The "↩ note" marks of a paragraph, separated by spaces: each a link to its place in the briefing
/// page at `page` (escaped), whose name `whose` (escaped) its label gives.
fn push_marks(out: &mut String, marks: &[CitedMark], page: &str, whose: &str) {
    for (i, a) in marks.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let (anchor, label) = (template_escape(&a.anchor), template_escape(&a.label));
        let _ = write!(
            out,
            "<a href=\"{page}#{anchor}\" class=\"cited-mark\" aria-label=\"cited in {whose}, note {label}\">↩&#8239;{label}</a>"
        );
    }
}

/// The places in briefing `b` that cite source `id`.
fn sites_of<'b>(b: &'b Briefing, id: &str) -> &'b [crate::briefing::CiteSite] {
    b.cited.get(id).map(Vec::as_slice).unwrap_or_default()
}

/// One line per note citing the source at `sites`, with a link to each place that cites it, by note.
fn cite_views(sites: &[crate::briefing::CiteSite]) -> Vec<CiteView<'_>> {
    let mut cited: Vec<CiteView<'_>> = Vec::new();
    for c in sites {
        match cited.iter_mut().find(|v| v.note == c.note) {
            Some(v) => {
                v.anchors.push(c.anchor.as_str());
                if !v.sections.contains(&c.section.as_str()) {
                    v.sections.push(&c.section);
                }
                for p in &c.paragraphs {
                    if !v.paragraphs.contains(p) {
                        v.paragraphs.push(*p);
                    }
                }
            }
            None => cited.push(CiteView {
                anchors: vec![&c.anchor],
                note: c.note,
                sections: vec![&c.section],
                paragraphs: c.paragraphs.clone(),
            }),
        }
    }
    cited.sort_by_key(|v| v.note);
    cited
}

/// The estimated size of a source's row in the list and its entry under "Lines of reporting".
fn row_weight(row: &SourceRow<'_>) -> usize {
    let links = row.derived_from.len() + row.undecided.len() + row.overlaps.len();
    900 + 2 * row.title.len() + row.outlet.len() + row.line.len() + 90 * links
}

/// The list of sources, by date, split into pages when it is long. One page lists every line of
/// reporting with the text overlap of each source; on a split list each page lists the lines of its
/// own sources, and the overlaps are on the sources' pages.
fn render_index(
    env: &Environment<'_>,
    library: &Library,
    site_title: &str,
    rows: &[SourceRow<'_>],
    pages: &dyn Pages,
) -> Result<(), Error> {
    let mut by_date: Vec<&SourceRow<'_>> = rows.iter().collect();
    by_date.sort_by(|x, y| x.published_iso.cmp(&y.published_iso));
    let lines = rows.iter().map(|r| r.line.as_str()).collect::<std::collections::BTreeSet<_>>().len();
    let split = paginate::split(by_date.iter().map(|r| row_weight(r)), paginate::PAGE_BUDGET);
    let total = split.len();
    let template = env.get_template("sources.html")?;
    split.par_iter().enumerate().try_for_each(|(k, range)| -> Result<(), Error> {
        let n = k + 1;
        let route = routes::sources_index_page(n);
        let title = paginate::title("Sources", n, site_title);
        // From this page to the sources' folder, where each source's page is.
        let up = "../".repeat(route.matches('/').count() - routes::SOURCES_INDEX.matches('/').count());
        // The table sorts its rows by date itself; the lines of reporting list them in id order.
        let mut listed: Vec<&SourceRow<'_>> = by_date[range.clone()].to_vec();
        listed.sort_by_key(|r| r.id);
        let page = template.render(minijinja::context! {
            layout => Layout::new(&route, title, "sources", site_title),
            pager => Pager::new(routes::sources_index_page, n, total),
            up => up,
            total => rows.len(),
            lines_total => lines,
            sources => listed,
            // The picture of every line, on the first page only (its links are relative to it).
            provenance => (n == 1).then(|| super::provenance::picture(library, None, "../")),
        })?;
        pages.add(PathBuf::from(route), page.into_bytes())
    })
}

/// What a source's row needs from the other sources, gathered once for all rows (looking it up per row
/// would cost the square of the corpus).
struct Across<'a> {
    derived_by: BTreeMap<&'a str, Vec<&'a str>>,
    line_sizes: BTreeMap<&'a str, usize>,
    overlaps: BTreeMap<&'a str, Vec<OverlapView>>,
}

impl<'a> Across<'a> {
    fn new(library: &'a Library) -> Self {
        let mut derived_by: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for o in library.sources.values() {
            for d in &o.meta.derived_from {
                if let Origin::Source(id) = d {
                    let list = derived_by.entry(id.as_str()).or_default();
                    if !list.contains(&o.id.as_str()) {
                        list.push(&o.id);
                    }
                }
            }
        }
        let mut line_sizes: BTreeMap<&str, usize> = BTreeMap::new();
        for r in library.analysis.relations.values() {
            *line_sizes.entry(r.line.as_str()).or_default() += 1;
        }
        let name = |id: &str| names(library, id);
        let mut overlaps: BTreeMap<&str, Vec<OverlapView>> = BTreeMap::new();
        for o in &library.analysis.overlaps {
            let containment = (o.containment * 100.0).round() as u32;
            overlaps.entry(&o.a).or_default().push(OverlapView {
                other: o.b.clone(),
                name: name(&o.b),
                containment,
            });
            overlaps.entry(&o.b).or_default().push(OverlapView {
                other: o.a.clone(),
                name: name(&o.a),
                containment,
            });
        }
        Across { derived_by, line_sizes, overlaps }
    }
}

/// The name of source `id` for a reader (its outlet or the start of its title), or `id` as it is when
/// it names no source of the corpus (an outlet, or `a or b`).
fn names(library: &Library, id: &str) -> String {
    library.sources.get(id).map_or_else(|| id.to_string(), source_name)
}

fn source_row<'a>(
    s: &'a Source,
    library: &'a Library,
    across: &Across<'a>,
    uses: &Uses<'_>,
) -> SourceRow<'a> {
    let relation = library.analysis.relations.get(&s.id);
    let percent = |share: f64| (share * 100.0).round() as u32;
    let overlap_views = |links: &[crate::analyse::provenance::Link]| -> Vec<OverlapView> {
        links
            .iter()
            .map(|l| OverlapView {
                other: l.source.clone(),
                name: names(library, &l.source),
                containment: percent(l.containment),
            })
            .collect()
    };
    let line = relation.map_or_else(|| s.id.clone(), |r| r.line.clone());
    SourceRow {
        id: &s.id,
        name: source_name(s),
        title: &s.meta.title,
        outlet: outlet(s),
        published: s.meta.published.to_string(),
        published_iso: s.meta.published.iso(),
        language: language_name(&s.meta.language),
        translated_from: s.meta.translated_from.as_deref().map(language_name),
        derived_from: s
            .meta
            .derived_from
            .iter()
            .map(|o| match o {
                Origin::Source(id) => OriginView { label: names(library, id), id: Some(id), detected: None },
                Origin::Outlet(name) => OriginView { label: name.clone(), id: None, detected: None },
            })
            .chain(relation.into_iter().flat_map(|r| &r.detected).map(|l| OriginView {
                label: names(library, &l.source),
                id: Some(&l.source),
                detected: Some(percent(l.containment)),
            }))
            .collect(),
        derived_by: across
            .derived_by
            .get(s.id.as_str())
            .map(|ids| ids.iter().map(|&id| (id, names(library, id))).collect())
            .unwrap_or_default(),
        copied_by: relation.map(|r| overlap_views(&r.copied_by)).unwrap_or_default(),
        undecided: relation.map(|r| overlap_views(&r.undecided)).unwrap_or_default(),
        grade: match (s.meta.reliability, s.meta.credibility) {
            (Some(r), Some(c)) => Some(format!("{r}{c}")),
            (Some(r), None) => Some(r.to_string()),
            (None, Some(c)) => Some(c.to_string()),
            (None, None) => None,
        },
        reliability: s.meta.reliability.map(|r| {
            let i = (r as usize).saturating_sub('A' as usize).min(5);
            format!("{r}: {}", RELIABILITY[i])
        }),
        credibility: s.meta.credibility,
        cited: uses.briefings().map(|(b, _)| sites_of(b, &s.id).len()).sum(),
        paragraphs: s.paragraphs.len(),
        dropped: s.dropped.len(),
        notes: s.meta.notes.as_deref(),
        url: s.meta.url.as_deref(),
        author: s.meta.author.as_deref(),
        extracted: s.meta.saved_page.as_ref().map(|p| p.extracted.as_str()),
        independent: relation.is_none_or(|r| r.independent),
        // `a or b` when which of two near-copies is the original is unknown.
        line_name: line.split(" or ").map(|id| names(library, id)).collect::<Vec<_>>().join(" or "),
        line: line.clone(),
        line_size: relation.map_or(1, |r| across.line_sizes.get(r.line.as_str()).copied().unwrap_or(1)),
        overlaps: across.overlaps.get(s.id.as_str()).cloned().unwrap_or_default(),
    }
}

/// The label of a place citing a source: its note's number, with the reference's letter when the note
/// has several (`12a`, `12b` …), as on the briefing's backlinks.
/// The label of each citation mark of one briefing, by its note and anchor: the note's number, with a letter
/// (`3b`) when the note has several references. Built once per briefing, so that a note of thousands
/// of references is not searched once per reference (30,000 claims in one note: 9·10⁸ comparisons).
struct MarkLabels<'b>(FxHashMap<(usize, &'b str), String>);

impl<'b> MarkLabels<'b> {
    fn new(b: &'b Briefing) -> Self {
        let mut labels = FxHashMap::default();
        for (i, note) in b.notes.iter().enumerate() {
            let n = i + 1;
            for (k, anchor) in note.refs.iter().enumerate() {
                let label = if note.refs.len() > 1 {
                    format!("{n}{}", super::briefing::letter(k))
                } else {
                    n.to_string()
                };
                // The first reference of an anchor wins, as a search from the start would find it.
                labels.entry((n, anchor.as_str())).or_insert(label);
            }
        }
        MarkLabels(labels)
    }

    fn get(&self, note: usize, anchor: &str) -> Option<String> {
        self.0.get(&(note, anchor)).cloned()
    }
}
