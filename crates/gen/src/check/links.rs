//! Checks that every internal link and `#fragment` of the rendered site resolves.
//!
//! Each page is scanned once, as it is rendered ([`Recorder`]), into a compact record of its ids and
//! links ([`PageLinks`]); once every page is written, the links are resolved against a hash set of the
//! site's files and the ids of each page, without the pages themselves. The scan finds `href`, `src` and `id`
//! attributes as the pattern `\s(href|src|id)="([^"]*)"` would (leftmost, not overlapping), without a
//! regex engine: at 10,000 sources the pages are half a gigabyte.

use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// The [`Broken::reason`] of an id found twice on one page (`href` is then `#id`).
pub const DUPLICATE_ID: &str = "the same id is on the page twice; links to it are ambiguous";

/// The attribute names the check reads; `id` defines a fragment, the others link.
const NAMES: [&str; 3] = ["href", "src", "id"];

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

/// The `href`, `src` and `id` attributes of a page, in order: `(name, value as written)`. A value is
/// what lies between `="` and the next `"`; the name must follow a whitespace character.
struct Attributes<'a> {
    html: &'a str,
    at: usize,
}

impl<'a> Iterator for Attributes<'a> {
    type Item = (&'static str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let eq = self.at + self.html.get(self.at..)?.find("=\"")?;
            let before = &self.html[..eq];
            let name = NAMES.into_iter().find(|n| {
                before.strip_suffix(n).is_some_and(|b| b.chars().next_back().is_some_and(char::is_whitespace))
            });
            let Some(name) = name else {
                self.at = eq + 1;
                continue;
            };
            let start = eq + 2;
            // No closing quote: no later attribute can have one either.
            let len = self.html[start..].find('"')?;
            self.at = start + len + 1;
            return Some((name, &self.html[start..start + len]));
        }
    }
}

fn attributes(html: &str) -> Attributes<'_> {
    Attributes { html, at: 0 }
}

/// An attribute value with its character references decoded, borrowed when it has none.
fn value(raw: &str) -> Cow<'_, str> {
    if raw.contains('&') {
        Cow::Owned(unescape(raw))
    } else {
        Cow::Borrowed(raw)
    }
}

/// What the link check keeps of one HTML page: its ids, the ids it has twice, and its links (each
/// distinct link once, in the order of first appearance), decoded. A few kilobytes where the page is
/// tens or hundreds, so the site can be checked after its pages are written and dropped.
#[derive(Debug, Default)]
pub struct PageLinks {
    ids: HashSet<Box<str>>,
    twice: Vec<String>,
    links: Vec<Box<str>>,
}

/// Reads a page's ids and links.
pub fn scan(html: &str) -> PageLinks {
    let mut page = PageLinks::default();
    let mut seen: HashSet<&str> = HashSet::new();
    for (name, raw) in attributes(html) {
        if name == "id" {
            let id = value(raw);
            if page.ids.contains(id.as_ref()) {
                page.twice.push(id.into_owned());
            } else {
                page.ids.insert(id.into());
            }
        } else if seen.insert(raw) {
            page.links.push(value(raw).into());
        }
    }
    page
}

/// The files of a site as they are rendered: what [`check_recorded`] reads. Each file is scanned as it
/// is added ([`Recorder::record`]), from any thread.
#[derive(Debug, Default)]
pub struct Recorder(Mutex<BTreeMap<PathBuf, Option<PageLinks>>>);

impl Recorder {
    /// Notes the file at `path` (relative to the site root); an HTML page is scanned for its links.
    pub fn record(&self, path: &Path, bytes: &[u8]) {
        let links =
            path.extension().is_some_and(|e| e == "html").then(|| scan(&String::from_utf8_lossy(bytes)));
        self.0.lock().unwrap_or_else(PoisonError::into_inner).insert(path.to_path_buf(), links);
    }

    /// Notes a file whose links were read before (a page carried over from the previous build).
    pub fn insert(&self, path: PathBuf, links: Option<PageLinks>) {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).insert(path, links);
    }

    /// The paths noted so far, in order.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).keys().cloned().collect()
    }

    /// The files noted, by path: `Some` for an HTML page.
    pub fn into_files(self) -> BTreeMap<PathBuf, Option<PageLinks>> {
        self.0.into_inner().unwrap_or_else(PoisonError::into_inner)
    }
}

impl crate::render::Pages for Recorder {
    fn add(&self, path: PathBuf, bytes: Vec<u8>) -> Result<(), crate::diag::Error> {
        self.record(&path, &bytes);
        Ok(())
    }

    fn paths(&self) -> Vec<PathBuf> {
        Recorder::paths(self)
    }
}

/// Checks the links of the HTML files among `pages` (relative paths) against all of `pages` and the
/// `other` files. Pages are parsed and links resolved in parallel; the result is in page order.
pub fn check(pages: &BTreeMap<PathBuf, Vec<u8>>, other: &BTreeSet<PathBuf>) -> Vec<Broken> {
    let files: BTreeMap<PathBuf, Option<PageLinks>> = pages
        .par_iter()
        .map(|(p, bytes)| {
            let html = p.extension().is_some_and(|e| e == "html");
            (p.clone(), html.then(|| scan(&String::from_utf8_lossy(bytes))))
        })
        .collect();
    check_recorded(&files, other)
}

/// Checks the links of the scanned pages among `files` against every path of `files` and the `other`
/// files; the result is in page order.
pub fn check_recorded(
    files: &BTreeMap<PathBuf, Option<PageLinks>>,
    other: &BTreeSet<PathBuf>,
) -> Vec<Broken> {
    let html: Vec<(&Path, &PageLinks)> =
        files.iter().filter_map(|(p, links)| links.as_ref().map(|l| (p.as_path(), l))).collect();
    // An id twice on a page makes its #fragment links ambiguous (a heading id written in the briefing
    // can clash with the ids dossier gives its notes).
    let duplicates = html.iter().flat_map(|(page, links)| {
        links.twice.iter().map(|id| Broken {
            page: page.to_path_buf(),
            href: format!("#{id}"),
            reason: DUPLICATE_ID.into(),
        })
    });
    let mut out: Vec<Broken> = duplicates.collect();
    let site = Site {
        files: files.keys().map(PathBuf::as_path).chain(other.iter().map(PathBuf::as_path)).collect(),
        ids: html.iter().map(|(page, links)| (*page, &links.ids)).collect(),
    };
    let broken: Vec<Vec<Broken>> = html
        .par_iter()
        .map(|(page, links)| links.links.iter().filter_map(|href| broken(page, href, &site)).collect())
        .collect();
    out.extend(broken.into_iter().flatten());
    out
}

/// What a link may point to: every file of the site, and the ids of each HTML page.
struct Site<'a> {
    files: HashSet<&'a Path>,
    ids: HashMap<&'a Path, &'a HashSet<Box<str>>>,
}

fn broken(page: &Path, href: &str, site: &Site<'_>) -> Option<Broken> {
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
    if !site.files.contains(target.as_path()) {
        return Some(fail("no such file"));
    }
    match fragment.filter(|f| !f.is_empty()) {
        Some(f) if site.ids.get(target.as_path()).is_none_or(|set| !set.contains(f)) => {
            Some(fail("no element with that id"))
        }
        _ => None,
    }
}

/// Resolves a relative link from a page; a folder link means its `index.html`.
fn resolve(page: &Path, href: &str) -> Option<PathBuf> {
    let mut parts: Vec<&str> = page
        .parent()
        .map_or_else(Vec::new, |p| p.components().filter_map(|c| c.as_os_str().to_str()).collect());
    if href.starts_with('/') {
        parts.clear();
    }
    for c in Path::new(href).components() {
        match c {
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::Normal(s) => parts.push(s.to_str()?),
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

    #[test]
    fn the_scanner_finds_what_the_attribute_pattern_finds() {
        let pattern = regex::Regex::new(r#"\s(href|src|id)="([^"]*)""#).expect("valid regex");
        let pages = [
            "<a href=\"a.html\" id=\"x\">t</a><img data-src=\"no\" src=\"s.png\"><p xid=\"no\"\nid=\"y\">",
            "<p title=\" id=\"inside\" href=\"after\">, <a\u{a0}href=\"nbsp\">, <a href=\"unclosed",
            r##"href="start" <b	id="tab"> ="" id=""x" id="a&amp;b" <i href="#f"id="glued">"##,
        ];
        for page in pages {
            let expected: Vec<(&str, &str)> = pattern
                .captures_iter(page)
                .map(|c| (c.get(1).map_or("", |m| m.as_str()), c.get(2).map_or("", |m| m.as_str())))
                .collect();
            assert!(expected.len() >= 3, "{page}: {expected:?}");
            assert_eq!(attributes(page).collect::<Vec<_>>(), expected, "{page}");
        }
    }
}
