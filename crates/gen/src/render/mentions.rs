//! An entity's mentions in the sources, as its pages list them: each mention in the sentence it is
//! in (the mention marked), under the source it is in — title, outlet, date — with a link to its
//! paragraph. A reader checks a claim from the sentence and follows the link for the rest.
//!
//! The rows are written here into one string per page, not by a template loop: a corpus's entity
//! pages hold hundreds of thousands of them, and the loop was most of the cost of rendering the site.
//! Written first, the rows are cut into pages by their real size.

use super::html::{escape, escape_into};
use super::markup::context_within_into;
use crate::analyse::entities::Mention;
use crate::analyse::prose::{quotations, sentences};
use crate::briefing::outlet;
use crate::library::Library;
use crate::load::source::Source;
use dossier_core::routes;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::fmt::Write;
use std::ops::Range;

/// Characters of a long sentence kept on each side of a mention; beyond them, an ellipsis.
const WIDTH: usize = 160;

/// The sentences of each paragraph of a source (none for a paragraph without mentions).
type BySentence = Vec<Vec<Range<usize>>>;

/// The sentences of every paragraph that mentions an entity, by source id and paragraph (from 0),
/// found once for all the entities a paragraph mentions; and the heading of each source with mentions,
/// written once for every entity's rows instead of once per entity it mentions.
pub(super) struct Sentences<'a> {
    of: FxHashMap<&'a str, BySentence>,
    headings: FxHashMap<&'a str, String>,
}

impl<'a> Sentences<'a> {
    /// The sentences of the paragraphs of `library` with mentions.
    pub(super) fn new(library: &'a Library) -> Self {
        let found: Vec<(&str, BySentence, String)> = library
            .analysis
            .mentions
            .par_iter()
            .filter_map(|(id, paras)| {
                let source = library.sources.get(id)?;
                let of = paras
                    .iter()
                    .zip(&source.paragraphs)
                    .map(|(ms, p)| {
                        if ms.is_empty() {
                            return Vec::new();
                        }
                        let text = source.paragraph_text(p);
                        sentences(text, &quotations(text))
                    })
                    .collect();
                Some((id.as_str(), of, heading(source)))
            })
            .collect();
        let mut out = Sentences { of: FxHashMap::default(), headings: FxHashMap::default() };
        for (id, of, head) in found {
            out.of.insert(id, of);
            out.headings.insert(id, head);
        }
        out
    }

    /// The heading of `s`'s group of rows ([`heading`]), from those written once.
    fn heading(&self, s: &Source) -> String {
        self.headings.get(s.id.as_str()).cloned().unwrap_or_else(|| heading(s))
    }

    /// The bounds of the sentence (or sentences, for a mention across a boundary) of paragraph `n`
    /// (from 1) of `source` holding `span`; the whole paragraph when its sentences are unknown.
    fn around(&self, source: &str, n: usize, span: &Range<usize>, len: usize) -> Range<usize> {
        let Some(all) = self.of.get(source).and_then(|p| p.get(n.wrapping_sub(1))) else { return 0..len };
        // The first sentence ending after the mention's start, the last starting before its end.
        let first = all.partition_point(|s| s.end <= span.start);
        let last = all.partition_point(|s| s.start < span.end);
        match (all.get(first), last.checked_sub(1).and_then(|l| all.get(l))) {
            (Some(a), Some(b)) if a.start <= span.start && span.end <= b.end => a.start..b.end,
            _ => 0..len,
        }
    }
}

/// One mention as it is listed: its source, and its row after the link's way up to the site root
/// (which depends on the page it lands on), from `sources/…` to the end of the row.
pub(super) struct Row<'a> {
    source: &'a Source,
    /// The heading of its source, on the first row of each source.
    head: Option<String>,
    rest: String,
}

/// The start of a row, before the link's way up.
const ROW_OPEN: &str = "<li><a href=\"";

/// The rows of `list` (an entity's mentions, source by source), in order.
pub(super) fn rows<'a>(list: &[(&'a Source, usize, &Mention)], sentences: &Sentences<'_>) -> Vec<Row<'a>> {
    let mut out: Vec<Row<'a>> = Vec::with_capacity(list.len());
    for &(s, n, m) in list {
        let Some(p) = s.paragraph(n) else { continue };
        let text = s.paragraph_text(p);
        let bounds = sentences.around(&s.id, n, &m.span, text.len());
        let route = routes::source_page(&s.id);
        let mut rest = String::with_capacity(route.len() + 32);
        escape_into(&mut rest, &route);
        let _ = write!(rest, "#p{n}\">¶&#8239;{n}</a> ");
        context_within_into(&mut rest, text, bounds, &m.span, WIDTH);
        rest.push_str("</li>\n");
        let opens = out.last().is_none_or(|r| !std::ptr::eq(r.source, s));
        out.push(Row { source: s, head: opens.then(|| sentences.heading(s)), rest });
    }
    out
}

/// The heading of a source's group of rows: its title, outlet and date.
fn heading(s: &Source) -> String {
    let mut out = String::with_capacity(s.meta.title.len() + 96);
    out.push_str("<li><p class=\"src\">");
    escape_into(&mut out, &s.meta.title);
    out.push_str(" <span class=\"help\">");
    escape_into(&mut out, &outlet(s));
    out.push_str(", ");
    escape_into(&mut out, &s.meta.published.to_string());
    out.push_str("</span></p>\n<ul class=\"mentions\">\n");
    out
}

const GROUP_CLOSE: &str = "</ul></li>\n";

/// The size of each row on a page, its source's heading counted with the first row of each source.
pub(super) fn weights<'r>(rows: &'r [Row<'_>]) -> impl Iterator<Item = usize> + 'r {
    // The deepest page's way up: a little more than most rows take.
    let up = "../".len() * 4;
    rows.iter().map(move |r| {
        let head = r.head.as_ref().map_or(0, |h| h.len() + GROUP_CLOSE.len());
        ROW_OPEN.len() + up + r.rest.len() + head
    })
}

/// The rows of one page as list items of the sources they are in (a source whose rows continue from
/// the page before gets its heading again); `up` leads from the page to the site root.
pub(super) fn page_html(rows: &[Row<'_>], up: &str) -> String {
    let size: usize = rows.iter().map(|r| r.rest.len() + ROW_OPEN.len() + up.len()).sum();
    let mut out = String::with_capacity(size + size / 4);
    let up = escape(up);
    for (k, r) in rows.iter().enumerate() {
        if k == 0 || !std::ptr::eq(rows[k - 1].source, r.source) {
            if k > 0 {
                out.push_str(GROUP_CLOSE);
            }
            match &r.head {
                Some(head) => out.push_str(head),
                None => out.push_str(&heading(r.source)),
            }
        }
        out.push_str(ROW_OPEN);
        out.push_str(&up);
        out.push_str(&r.rest);
    }
    if !rows.is_empty() {
        out.push_str(GROUP_CLOSE);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_is_shown_in_its_sentence() {
        let mut s = Source::for_test("a", "One. “Two go. Three,” said the Taliban spokesman. Four.\n");
        s.meta.title = "T & U".into();
        let text = s.paragraph_text(&s.paragraphs[0]).to_string();
        let at = text.find("Taliban").expect("mention");
        let span = at..at + "Taliban".len();
        let all = sentences(&text, &quotations(&text));
        let sentences =
            Sentences { of: FxHashMap::from_iter([("a", vec![all])]), headings: FxHashMap::default() };
        let m = Mention { entity: 0, span };
        let rows = rows(&[(&s, 1, &m)], &sentences);
        assert_eq!(rows.len(), 1);
        let html = page_html(&rows, "../../");
        assert!(html.starts_with("<li><p class=\"src\">T &amp; U <span class=\"help\">"), "{html}");
        assert!(
            html.contains(
                "<li><a href=\"../../sources/a/index.html#p1\">¶&#8239;1</a> “Two go. Three,” said the <mark>Taliban</mark> spokesman.</li>\n</ul></li>\n"
            ),
            "{html}"
        );
        let w: usize = weights(&rows).sum();
        assert!(w >= html.len() && w < html.len() + 16, "{w} {}", html.len());
        // A heading written once for all entities is the one written for the row.
        let once =
            Sentences { of: sentences.of.clone(), headings: FxHashMap::from_iter([("a", "H".to_string())]) };
        assert_eq!(rows_of(&s, &m, &once), Some("H".to_string()));
        assert_eq!(rows_of(&s, &m, &sentences), Some(heading(&s)));
    }

    fn rows_of(s: &Source, m: &Mention, sentences: &Sentences<'_>) -> Option<String> {
        rows(&[(s, 1, m)], sentences).into_iter().next().and_then(|r| r.head)
    }
}
