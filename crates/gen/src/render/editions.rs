//! Several briefings (`content/briefings/<slug>.md`): the list on the front page, newest first with
//! their summaries; which briefings cite a source, for its page; and the relative links of a briefing
//! published below the site root, rebased; and [`Uses`], which briefing cites or quotes which
//! paragraph, for the marks of the source, quotes, entity and explore pages.

use super::site::cited;
use crate::briefing::{Briefing, Found, NoteKind};
use crate::library::Library;
use dossier_core::routes;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::borrow::Cow;

/// One briefing in a list.
#[derive(Serialize)]
pub(super) struct EditionView<'a> {
    title: &'a str,
    summary: Option<&'a str>,
    date: String,
    date_iso: String,
    /// Its page, from the site root.
    page: String,
    /// It is the one the front page shows in full.
    front: bool,
}

/// Every briefing of `content/briefings/`, newest first (empty for a project with one briefing).
pub(super) fn list(library: &Library) -> Vec<EditionView<'_>> {
    library
        .editions
        .iter()
        .map(|e| EditionView {
            title: &e.briefing.meta.title,
            summary: e.briefing.meta.summary.as_deref(),
            date: e.briefing.meta.date.to_string(),
            date_iso: e.briefing.meta.date.iso(),
            page: routes::briefing_page(&e.slug),
            front: e.briefing.path == library.briefing.path,
        })
        .collect()
}

/// The briefings that cite source `id`, newest first: every edition, or the one briefing.
pub(super) fn citing<'a>(library: &'a Library, id: &str) -> Vec<EditionView<'a>> {
    if library.editions.is_empty() {
        let b = &library.briefing;
        return if cited(b).contains(id) {
            vec![EditionView {
                title: &b.meta.title,
                summary: b.meta.summary.as_deref(),
                date: b.meta.date.to_string(),
                date_iso: b.meta.date.iso(),
                page: routes::HOME.to_string(),
                front: true,
            }]
        } else {
            Vec::new()
        };
    }
    list(library)
        .into_iter()
        .zip(&library.editions)
        .filter(|(_, e)| cited(&e.briefing).contains(id))
        .map(|(v, _)| v)
        .collect()
}

/// A briefing named on another page: its title and its page.
#[derive(Serialize, Clone, Copy)]
pub(super) struct BriefingRef<'a> {
    pub(super) title: &'a str,
    /// Its page, from the site root.
    pub(super) page: &'a str,
}

/// Writes `refs` as links separated by "; " (the "cited in" marks of the explore page, the "Quoted
/// in" line of the quotes page), each page's address from `root`.
pub(super) fn push_links(out: &mut String, refs: &[BriefingRef<'_>], root: &str) {
    use super::html::{escape, template_escape};
    use std::fmt::Write;
    for (i, b) in refs.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        let _ = write!(
            out,
            "<a href=\"{}\">{}</a>",
            escape(&format!("{root}{}", b.page)),
            template_escape(b.title)
        );
    }
}

/// (source, paragraph) keys with the briefings using each, sorted.
pub(super) type Keyed<'a, 'm> = Vec<((&'a str, usize), &'m [usize])>;

/// Which briefings use what, gathered once: every briefing of the site, and for each paragraph of a
/// source the briefings citing it and those quoting words verified in it.
pub(super) struct Uses<'a> {
    /// Every briefing: `content/briefing.md` (the front page) when there is one, then those of
    /// `content/briefings/`, newest first, each with its page.
    briefings: Vec<(&'a Briefing, String)>,
    /// By (source, paragraph): the indices into `briefings` that cite it, in order.
    cited: FxHashMap<(&'a str, usize), Vec<usize>>,
    /// By (source, paragraph): the indices into `briefings` with a quotation verified in it.
    quoted: FxHashMap<(&'a str, usize), Vec<usize>>,
    /// The site has `content/briefings/`: the pages name the briefing each use is in (a site with one
    /// briefing says "the briefing", as before).
    pub(super) named: bool,
}

impl<'a> Uses<'a> {
    pub(super) fn new(library: &'a Library) -> Self {
        let front = &library.briefing;
        let mut briefings: Vec<(&Briefing, String)> = Vec::new();
        if !library.editions.iter().any(|e| e.briefing.path == front.path) {
            briefings.push((front, routes::HOME.to_string()));
        }
        briefings.extend(library.editions.iter().map(|e| (&e.briefing, routes::briefing_page(&e.slug))));
        let mut cited: FxHashMap<(&str, usize), Vec<usize>> = FxHashMap::default();
        let mut quoted: FxHashMap<(&str, usize), Vec<usize>> = FxHashMap::default();
        let add = |map: &mut FxHashMap<(&'a str, usize), Vec<usize>>, key: (&'a str, usize), k: usize| {
            let list = map.entry(key).or_default();
            if list.last() != Some(&k) {
                list.push(k);
            }
        };
        for (k, (b, _)) in briefings.iter().enumerate() {
            for (id, sites) in &b.cited {
                for p in sites.iter().flat_map(|c| &c.paragraphs) {
                    add(&mut cited, (id.as_str(), *p), k);
                }
            }
            for note in &b.notes {
                let NoteKind::Citation(items) = &note.kind else { continue };
                for r in items.iter().filter(|r| r.verified) {
                    for (p, found) in r.paragraphs.iter().zip(&r.found) {
                        if matches!(found, Found::Quotation) {
                            add(&mut quoted, (r.id.as_str(), *p), k);
                        }
                    }
                }
            }
        }
        Uses { briefings, cited, quoted, named: !library.editions.is_empty() }
    }

    /// The (source, paragraph) keys cited and quoted, sorted, each with the briefings using it: all
    /// that the marks of the source, explore and quotes pages read of [`Uses`] besides the briefings'
    /// titles and pages (for [`super::digests`]).
    pub(super) fn keys(&self) -> (Keyed<'a, '_>, Keyed<'a, '_>) {
        fn sorted<'m, 'a>(
            m: &'m FxHashMap<(&'a str, usize), Vec<usize>>,
        ) -> Vec<((&'a str, usize), &'m [usize])> {
            let mut v: Vec<_> = m.iter().map(|(k, ks)| (*k, ks.as_slice())).collect();
            v.sort_unstable();
            v
        }
        (sorted(&self.cited), sorted(&self.quoted))
    }

    /// Every briefing with its page, in the order of [`Uses::new`].
    pub(super) fn briefings(&self) -> impl Iterator<Item = (&'a Briefing, BriefingRef<'_>)> {
        self.briefings.iter().map(|(b, page)| (*b, BriefingRef { title: &b.meta.title, page }))
    }

    fn refs(&self, ks: Option<&Vec<usize>>) -> Vec<BriefingRef<'_>> {
        ks.into_iter()
            .flatten()
            .filter_map(|&k| self.briefings.get(k))
            .map(|(b, page)| BriefingRef { title: &b.meta.title, page })
            .collect()
    }

    /// The briefings citing paragraph `n` of source `id` (empty unless [`Uses::named`]).
    pub(super) fn citing(&self, id: &str, n: usize) -> Vec<BriefingRef<'_>> {
        if !self.named {
            return Vec::new();
        }
        self.refs(self.cited.get(&(id, n)))
    }

    /// The briefings quoting words verified in any of `places` (source, paragraph), each once, in the
    /// order of [`Uses::new`] (empty unless [`Uses::named`]).
    pub(super) fn quoting<'p>(
        &self,
        places: impl IntoIterator<Item = (&'p str, usize)>,
    ) -> Vec<BriefingRef<'_>> {
        if !self.named {
            return Vec::new();
        }
        let mut ks: Vec<usize> =
            places.into_iter().filter_map(|key| self.quoted.get(&key)).flatten().copied().collect();
        ks.sort_unstable();
        ks.dedup();
        self.refs(Some(&ks))
    }
}

/// `html` with each relative `href="…"` (not a fragment, not absolute, no scheme) prefixed with `root`
/// (`../../`): a briefing's links are written from the site root, and a briefing of several is published
/// two folders down.
pub(super) fn rebase<'a>(html: &'a str, root: &str) -> Cow<'a, str> {
    const ATTR: &str = " href=\"";
    if root.is_empty() || !html.contains(ATTR) {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + 16);
    let mut rest = html;
    while let Some(at) = rest.find(ATTR) {
        let value_at = at + ATTR.len();
        out.push_str(&rest[..value_at]);
        let value = &rest[value_at..];
        let before_slash = value.split(['/', '"']).next().unwrap_or("");
        let relative = !value.starts_with(['#', '/', '"']) && !before_slash.contains(':');
        if relative {
            out.push_str(root);
        }
        rest = value;
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::rebase;

    #[test]
    fn rebases_relative_links_only() {
        let html = r##"<a href="sources/a/index.html#p1">x</a> <a href="#note-1">n</a> <a href="https://x.org/">e</a> <a href="/abs">a</a> <a href="mailto:a@b">m</a>"##;
        assert_eq!(
            rebase(html, "../../"),
            r##"<a href="../../sources/a/index.html#p1">x</a> <a href="#note-1">n</a> <a href="https://x.org/">e</a> <a href="/abs">a</a> <a href="mailto:a@b">m</a>"##
        );
        assert_eq!(rebase(html, ""), html);
    }
}
