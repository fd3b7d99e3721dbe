//! Several briefings (`content/briefings/<slug>.md`): the list on the front page, newest first with
//! their summaries; which briefings cite a source, for its page; and the relative links of a briefing
//! published below the site root, rebased.

use super::site::cited;
use crate::library::Library;
use dossier_core::routes;
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
