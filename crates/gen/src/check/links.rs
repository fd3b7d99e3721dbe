//! Checks that every internal link and `#fragment` of the rendered site resolves.

use rayon::prelude::*;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::LazyLock;

static ATTR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"\s(href|src|id)="([^"]*)""#).expect("valid regex"));

/// The [`Broken::reason`] of an id found twice on one page (`href` is then `#id`).
pub const DUPLICATE_ID: &str = "the same id is on the page twice; links to it are ambiguous";

/// A link that does not resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Broken {
    /// The page that has the link, relative to the site root.
    pub page: PathBuf,
    /// The link as written.
    pub href: String,
    /// Why it fails.
    pub reason: String,
}

/// Checks the links of the HTML files among `pages` (relative paths) against all of `pages` and the
/// `other` files. Pages are parsed and links resolved in parallel; the result is in page order.
pub fn check(pages: &BTreeMap<PathBuf, Vec<u8>>, other: &BTreeSet<PathBuf>) -> Vec<Broken> {
    let html: Vec<(&PathBuf, &Vec<u8>)> =
        pages.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "html")).collect();
    // (page, its ids, its links, ids found twice)
    type Parsed<'a> = (&'a Path, BTreeSet<String>, Vec<String>, Vec<String>);
    let parsed: Vec<Parsed<'_>> = html
        .par_iter()
        .map(|&(path, bytes)| {
            let html = String::from_utf8_lossy(bytes);
            let mut ids = BTreeSet::new();
            let mut twice = Vec::new();
            let mut links = Vec::new();
            for c in ATTR.captures_iter(&html) {
                let value = unescape(&c[2]);
                match &c[1] {
                    "id" => {
                        if !ids.insert(value.clone()) {
                            twice.push(value);
                        }
                    }
                    _ => links.push(value),
                }
            }
            (path.as_path(), ids, links, twice)
        })
        .collect();
    // An id twice on a page makes its #fragment links ambiguous (a heading id written in the briefing
    // can clash with the ids dossier gives its notes).
    let duplicates = parsed.iter().flat_map(|(page, _, _, twice)| {
        twice.iter().map(|id| Broken {
            page: page.to_path_buf(),
            href: format!("#{id}"),
            reason: DUPLICATE_ID.into(),
        })
    });
    let duplicates: Vec<Broken> = duplicates.collect();
    let ids: BTreeMap<&Path, &BTreeSet<String>> = parsed.iter().map(|(p, set, _, _)| (*p, set)).collect();
    let mut out = duplicates;
    out.par_extend(parsed.par_iter().flat_map_iter(|(page, _, links, _)| {
        links.iter().filter_map(|href| broken(page, href, pages, other, &ids))
    }));
    out
}

fn broken(
    page: &Path,
    href: &str,
    pages: &BTreeMap<PathBuf, Vec<u8>>,
    other: &BTreeSet<PathBuf>,
    ids: &BTreeMap<&Path, &BTreeSet<String>>,
) -> Option<Broken> {
    if href.contains(':') && !href.starts_with('#') || href.starts_with("//") {
        return None; // http, https, mailto: external, not ours to check
    }
    let (path_part, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (href, None),
    };
    let path_part = path_part.split('?').next().unwrap_or("");
    let target = if path_part.is_empty() { Some(page.to_path_buf()) } else { resolve(page, path_part) };
    let fail =
        |reason: &str| Broken { page: page.to_path_buf(), href: href.to_string(), reason: reason.into() };
    let Some(target) = target else {
        return Some(fail("points outside the site"));
    };
    if !pages.contains_key(&target) && !other.contains(&target) {
        return Some(fail("no such file"));
    }
    match fragment.filter(|f| !f.is_empty()) {
        Some(f) if ids.get(target.as_path()).is_none_or(|set| !set.contains(f)) => {
            Some(fail("no element with that id"))
        }
        _ => None,
    }
}

/// Resolves a relative link from a page; a folder link means its `index.html`.
fn resolve(page: &Path, href: &str) -> Option<PathBuf> {
    let mut parts: Vec<String> = page.parent().map_or_else(Vec::new, |p| {
        p.components().filter_map(|c| c.as_os_str().to_str().map(String::from)).collect()
    });
    if href.starts_with('/') {
        parts.clear();
    }
    for c in Path::new(href).components() {
        match c {
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::Normal(s) => parts.push(s.to_str()?.to_string()),
            _ => {}
        }
    }
    let mut path: PathBuf = parts.iter().collect();
    if href.ends_with('/') || path.as_os_str().is_empty() {
        path.push(dossier_core::routes::DIRECTORY_INDEX);
    }
    Some(path)
}

/// Decodes the character references an attribute value may hold (`&amp;`, `&#x2f;`, `&#39;` …).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_character_references() {
        assert_eq!(unescape("..&#x2f;a&amp;b&#39;&#47;&bogus;"), "../a&b'/&bogus;");
    }

    #[test]
    fn finds_missing_pages_and_fragments() {
        let pages = BTreeMap::from([
            (PathBuf::from("index.html"), br##"<a href="sources/a/index.html#p1">x</a> <a href="#n1">y</a> <p id="n1"></p> <a href="sources/b/">z</a> <a href="https://x.org/">e</a>"##.to_vec()),
            (PathBuf::from("sources/a/index.html"), br##"<p id="p1"></p><a href="../../index.html#n2">back</a><link href="../../static/s.css">"##.to_vec()),
        ]);
        let other = BTreeSet::from([PathBuf::from("static/s.css")]);
        let broken: Vec<(String, String)> =
            check(&pages, &other).into_iter().map(|b| (b.href, b.reason)).collect();
        assert_eq!(
            broken,
            [
                ("sources/b/".to_string(), "no such file".to_string()),
                ("../../index.html#n2".to_string(), "no element with that id".to_string()),
            ]
        );
    }

    #[test]
    fn an_id_twice_on_a_page_is_reported() {
        let pages = BTreeMap::from([(
            PathBuf::from("index.html"),
            br##"<h2 id="note-1">Outlook</h2><li id="note-1">a note</li><a href="#note-1">1</a>"##.to_vec(),
        )]);
        let broken: Vec<(String, String)> =
            check(&pages, &BTreeSet::new()).into_iter().map(|b| (b.href, b.reason)).collect();
        assert_eq!(broken, [("#note-1".to_string(), DUPLICATE_ID.to_string())]);
    }
}
