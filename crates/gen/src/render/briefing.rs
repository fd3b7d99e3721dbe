//! The briefing page (the site's front page): the body with its note references, the table of
//! contents and the endnotes. Note references and citations are data here; `notes.html` marks them up.

use super::html::language_name;
use super::layout::Layout;
use super::sources::SourceRow;
use crate::briefing::{inner_quotes, outlet, Found, NoteKind, Resolved, Segment};
use crate::diag::Error;
use crate::library::Library;
use dossier_core::routes;
use minijinja::Environment;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Serialize)]
struct NoteView<'a> {
    n: usize,
    /// A footnote's content (empty for a citation).
    body: Vec<SegmentView<'a>>,
    /// A citation's sources; `None` for a footnote.
    items: Option<Vec<CiteItemView<'a>>>,
    backlinks: Vec<Backlink>,
    sources: Vec<&'a str>,
    /// For a citation of several sources, whether they are independent lines of reporting.
    independence: Option<String>,
}

/// One piece of the body or of a footnote, for `notes.html`.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum SegmentView<'a> {
    /// Markdown's HTML, written out as it is (its relative links rebased for a page below the root).
    Html { html: std::borrow::Cow<'a, str> },
    /// A note reference.
    NoteRef { n: usize, id: &'a str, tip: &'a str },
    /// A citation inside a footnote, in short.
    ShortCite { items: Vec<CiteItemView<'a>> },
}

/// One cited source in a citation.
#[derive(Serialize)]
struct CiteItemView<'a> {
    /// The source's page.
    page: String,
    outlet: String,
    /// The title, its double quotes turned single.
    title: String,
    published: String,
    /// The language it was translated from, by name.
    translated_from: Option<String>,
    paragraphs: Vec<ParagraphLink>,
    /// A quotation of the citing sentence was found in it.
    verified: bool,
    url: Option<&'a str>,
}

/// A paragraph a citation links.
#[derive(Serialize)]
struct ParagraphLink {
    n: usize,
    /// When it was found by wording, the words it shares with the citing sentences.
    words: Option<String>,
}

fn cite_items<'a>(items: &'a [Resolved], library: &'a Library, root: &str) -> Vec<CiteItemView<'a>> {
    items
        .iter()
        .filter_map(|r| {
            let s = library.sources.get(&r.id)?;
            Some(CiteItemView {
                page: format!("{root}{}", routes::source_page(&r.id)),
                outlet: outlet(s),
                title: inner_quotes(&s.meta.title),
                published: s.meta.published.to_string(),
                translated_from: s.meta.translated_from.as_deref().map(language_name),
                paragraphs: r
                    .paragraphs
                    .iter()
                    .zip(&r.found)
                    .map(|(&n, f)| ParagraphLink {
                        n,
                        words: match f {
                            Found::Wording(words) => Some(words.join(", ")),
                            Found::Locator | Found::Quotation => None,
                        },
                    })
                    .collect(),
                verified: r.verified,
                url: s.meta.url.as_deref(),
            })
        })
        .collect()
}

/// Whether the sources a citation cites are independent lines of reporting, from the lines the provenance
/// analysis computes: `2 copies of one CNN report`, `3 independent lines of reporting`; `None` for fewer
/// than two sources. A line named after a source of the set reads as that source's outlet.
fn independence(ids: &[&str], library: &Library) -> Option<String> {
    let mut lines: Vec<(&str, usize)> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for &id in ids {
        if seen.contains(&id) {
            continue;
        }
        seen.push(id);
        let line = library.analysis.relations.get(id).map_or(id, |r| r.line.as_str());
        match lines.iter_mut().find(|(l, _)| *l == line) {
            Some((_, k)) => *k += 1,
            None => lines.push((line, 1)),
        }
    }
    if seen.len() < 2 {
        return None;
    }
    // A line named after a source of the set is that source's report; cited with it, the others copy it.
    let shared: Vec<String> = lines
        .iter()
        .filter(|(_, k)| *k > 1)
        .map(|&(line, k)| match library.sources.get(line) {
            Some(original) if seen.contains(&line) => {
                let copies = if k == 2 { "1 copy".to_string() } else { format!("{} copies", k - 1) };
                format!("the {} report and {copies} of it", outlet(original))
            }
            Some(original) => format!("{k} copies of one {} report", outlet(original)),
            None => format!("{k} copies of one {line} report"),
        })
        .collect();
    Some(match (shared.is_empty(), lines.len()) {
        (true, n) => format!("{n} independent lines of reporting."),
        (false, 1) => format!("Not independent: {}.", shared.join("")),
        (false, n) => {
            format!("{}: {n} independent lines of reporting among {} sources.", shared.join("; "), seen.len())
        }
    })
}

/// The ids of the sources a note cites (none for a footnote).
fn cited(kind: &NoteKind) -> Vec<&str> {
    match kind {
        NoteKind::Citation(items) => items.iter().map(|r| r.id.as_str()).collect(),
        NoteKind::Footnote(_) => Vec::new(),
    }
}

/// The preview of a note reference: the note's own, then whether its sources are independent.
type Previews = BTreeMap<usize, String>;

fn segment_views<'a>(
    segments: &'a [Segment],
    library: &'a Library,
    root: &str,
    previews: &'a Previews,
) -> Vec<SegmentView<'a>> {
    segments
        .iter()
        .map(|s| match s {
            Segment::Html(html) => SegmentView::Html { html: super::editions::rebase(html, root) },
            Segment::NoteRef { n, id, tip } => {
                SegmentView::NoteRef { n: *n, id, tip: previews.get(n).map_or(tip.as_str(), String::as_str) }
            }
            Segment::ShortCite(items) => SegmentView::ShortCite { items: cite_items(items, library, root) },
        })
        .collect()
}

#[derive(Serialize)]
struct Backlink {
    id: String,
    label: String,
}

/// Renders the front page and every briefing of `content/briefings/` into `pages`; `rows` are the
/// sources, for the byline's count.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    rows: &[SourceRow<'_>],
    pages: &dyn super::Pages,
) -> Result<(), Error> {
    render_at(env, library, &library.briefing, routes::HOME, rows, pages)?;
    for e in &library.editions {
        render_at(env, library, &e.briefing, &routes::briefing_page(&e.slug), rows, pages)?;
    }
    Ok(())
}

/// Renders briefing `b` at `route`.
fn render_at(
    env: &Environment<'_>,
    library: &Library,
    b: &crate::briefing::Briefing,
    route: &str,
    rows: &[SourceRow<'_>],
    pages: &dyn super::Pages,
) -> Result<(), Error> {
    let site_title = library.site_title();
    let layout = Layout::new(route, b.meta.title.clone(), "briefing", site_title).with_facets(Some("dim"));
    let root = "../".repeat(route.matches('/').count());
    let independent: BTreeMap<usize, String> =
        b.notes.iter().filter_map(|n| Some((n.n, independence(&cited(&n.kind), library)?))).collect();
    // The previews of the notes that cite several sources, with the independence sentence after the text.
    let mut previews: Previews = BTreeMap::new();
    for seg in b.body.iter().chain(b.notes.iter().flat_map(|n| n.body.iter())) {
        if let Segment::NoteRef { n, tip, .. } = seg {
            if let Some(line) = independent.get(n) {
                let stop = if tip.ends_with(['.', '!', '?']) { "" } else { "." };
                previews.entry(*n).or_insert_with(|| format!("{tip}{stop} {line}"));
            }
        }
    }
    let notes: Vec<NoteView<'_>> = b
        .notes
        .iter()
        .map(|n| NoteView {
            n: n.n,
            body: segment_views(&n.body, library, &root, &previews),
            items: match &n.kind {
                NoteKind::Citation(items) => Some(cite_items(items, library, &root)),
                NoteKind::Footnote(_) => None,
            },
            backlinks: n
                .refs
                .iter()
                .enumerate()
                .map(|(i, id)| Backlink {
                    id: id.clone(),
                    label: if n.refs.len() == 1 { "↩".into() } else { letter(i) },
                })
                .collect(),
            sources: cited(&n.kind),
            independence: independent.get(&n.n).cloned(),
        })
        .collect();
    let toc: Vec<BTreeMap<&str, String>> = b
        .toc
        .iter()
        .map(|h| {
            BTreeMap::from([("level", h.level.to_string()), ("id", h.id.clone()), ("text", h.text.clone())])
        })
        .collect();
    let page = env.get_template("briefing.html")?.render(minijinja::context! {
        layout => layout,
        meta => minijinja::context! {
            title => &b.meta.title,
            subtitle => &b.meta.subtitle,
            date => b.meta.date.to_string(),
            date_iso => b.meta.date.iso(),
            authors => &b.meta.authors,
            summary => &b.meta.summary,
        },
        body => segment_views(&b.body, library, &root, &previews),
        toc => toc,
        notes => notes,
        sources => rows,
        ld => super::site::json_ld(&super::site::briefing_ld(library, b, route)),
        editions => if route == routes::HOME { super::editions::list(library) } else { Vec::new() },
        provenance => super::provenance::picture(library, Some(&super::site::cited(b)), &root),
    })?;
    pages.add(PathBuf::from(route), page.into_bytes())?;

    Ok(())
}

/// The letter of the `i`th reference to a note (`a`, `b` …, then `a1`, `b1` …).
pub(super) fn letter(i: usize) -> String {
    let letters = "abcdefghijklmnopqrstuvwxyz";
    letters.get(i % 26..i % 26 + 1).map_or_else(
        || (i + 1).to_string(),
        |l| {
            if i < 26 {
                l.to_string()
            } else {
                format!("{l}{}", i / 26)
            }
        },
    )
}
