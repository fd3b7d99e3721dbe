//! Checks that every internal link and `#fragment` of the rendered site resolves.
//!
//! Each page is scanned once, as it is rendered ([`Recorder`]), into a compact record of its ids and
//! links ([`PageLinks`]); once every page is written, the links are resolved against a hash set of the
//! site's files and the ids of each page, without the pages themselves. The scan finds `href`, `src` and `id`
//! attributes as the pattern `\s(href|src|id)="([^"]*)"` would (leftmost, not overlapping), without a
//! regex engine: at 10,000 sources the pages are half a gigabyte.

use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use super::attributes::{attributes, value};

/// The [`Broken::reason`] of an id found twice on one page (`href` is then `#id`).
pub const DUPLICATE_ID: &str = "the same id is on the page twice; links to it are ambiguous";

/// The ids of a page.
type Ids = HashSet<Box<str>, Fast>;

/// The hasher of the check's sets of ids, links and paths: the pages hold millions of them, and
/// std's SipHash (resistant to chosen keys, which the site's own markup does not need) was a visible
/// part of the check; rustc's Fx hash is a few instructions per word.
type Fast = rustc_hash::FxBuildHasher;

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

/// What the link check keeps of one HTML page: its ids, the ids it has twice, and its links (each
/// distinct link once, in the order of first appearance), decoded. A few kilobytes where the page is
/// tens or hundreds, so the site can be checked after its pages are written and dropped.
#[derive(Debug, Default)]
pub struct PageLinks {
    ids: Ids,
    twice: Vec<String>,
    links: Vec<Box<str>>,
}

/// Reads a page's ids and links.
pub fn scan(html: &str) -> PageLinks {
    let mut page = PageLinks::default();
    let mut seen: HashSet<&str, Fast> = HashSet::default();
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
        // Pages are rendered as text, so the strict check (much faster than the lossy decoder over
        // half a gigabyte) passes; anything else is read as the lossy decoder reads it.
        let links = path.extension().is_some_and(|e| e == "html").then(|| match std::str::from_utf8(bytes) {
            Ok(text) => scan(text),
            Err(_) => scan(&String::from_utf8_lossy(bytes)),
        });
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
    check_pages(files, other, None)
}

/// What a site whose links all resolved was made of, besides the pages carried over from it into the
/// site now checked (unchanged, with the same links and ids): what [`check_since`] compares.
#[derive(Debug, Clone, Copy)]
pub struct Before<'a> {
    /// Its files that were not carried over (pages rendered again, or gone now).
    pub files: &'a BTreeMap<PathBuf, Option<PageLinks>>,
    /// Its other files (as `other` of [`check_recorded`]).
    pub other: &'a BTreeSet<PathBuf>,
    /// The pages of `files` (the site now checked) carried over from it.
    pub carried: &'a HashSet<&'a Path>,
}

/// [`check_recorded`] of a site made partly of pages carried over from a site `before` whose links all
/// resolved: each page rendered again is checked whole, and of a carried page only the links into a
/// file that is gone or, for a link with a `#fragment`, into a page whose ids changed. It finds what
/// [`check_recorded`] finds (a carried page's links resolved before, and what they lead to did not
/// change unless it is one of those), for a fraction of the time.
pub fn check_since(
    files: &BTreeMap<PathBuf, Option<PageLinks>>,
    other: &BTreeSet<PathBuf>,
    before: Before<'_>,
) -> Vec<Broken> {
    fn ids(links: &Option<PageLinks>) -> Option<&Ids> {
        links.as_ref().map(|l| &l.ids)
    }
    let mut gone: HashSet<&Path> = HashSet::new();
    let mut new_ids: HashSet<&Path> = HashSet::new();
    for (path, old) in before.files {
        match files.get(path) {
            // Ids added break nothing: only a page that lost one can break a link into it.
            Some(new) if lost_none(ids(old), ids(new)) => {}
            Some(_) => {
                new_ids.insert(path);
            }
            None if other.contains(path) => {
                if old.is_some() {
                    new_ids.insert(path);
                }
            }
            None => {
                gone.insert(path);
            }
        }
    }
    gone.extend(
        before.other.iter().map(PathBuf::as_path).filter(|p| !other.contains(*p) && !files.contains_key(*p)),
    );
    let names = gone.iter().chain(&new_ids).filter_map(|p| p.file_name()).collect();
    let changed = Changed { gone, new_ids, names, carried: before.carried };
    check_pages(files, other, Some(&changed))
}

/// True when every id of `old` is in `new` (a page that had none, or is not a page now, lost none).
fn lost_none(old: Option<&Ids>, new: Option<&Ids>) -> bool {
    match (old, new) {
        (None, _) => true,
        (Some(old), Some(new)) => old.iter().all(|id| new.contains(id)),
        (Some(old), None) => old.is_empty(),
    }
}

/// The file name a link of `page` leads to, read off the link without resolving it; `None` where it
/// cannot be read that way (a last part `.` or `..`, no part at all).
fn leads_to_name<'a>(page: &'a Path, href: &'a str) -> Option<&'a OsStr> {
    let path = href.split('#').next().unwrap_or("");
    let path = path.split('?').next().unwrap_or("");
    if path.is_empty() {
        return page.file_name();
    }
    if path.ends_with('/') {
        return Some(OsStr::new(dossier_core::routes::DIRECTORY_INDEX));
    }
    match path.rsplit('/').next() {
        Some("" | "." | "..") | None => None,
        Some(name) => Some(OsStr::new(name)),
    }
}

/// The files a carried page may link to whose links must be checked again.
struct Changed<'a> {
    gone: HashSet<&'a Path>,
    new_ids: HashSet<&'a Path>,
    /// The file names of `gone` and `new_ids`: a link whose last part is none of them leads to neither.
    names: HashSet<&'a OsStr>,
    carried: &'a HashSet<&'a Path>,
}

impl Changed<'_> {
    /// Whether a link of a carried page must be checked again: it leads to a file that is gone, or,
    /// with a fragment, to a page whose ids changed.
    fn affects(&self, page: &Path, href: &str) -> bool {
        if leads_to_name(page, href).is_some_and(|name| !self.names.contains(name)) {
            return false;
        }
        match target(page, href) {
            Target::File(t, fragment) => {
                let t = Path::new(&t);
                self.gone.contains(t) || fragment.is_some() && self.new_ids.contains(t)
            }
            // Nothing to check, or what was checked before: it did not resolve then either.
            Target::External | Target::Outside => false,
        }
    }
}

/// The check proper: every page's links, but of the pages `changed` says were carried over, only those
/// it says may no longer resolve.
fn check_pages(
    files: &BTreeMap<PathBuf, Option<PageLinks>>,
    other: &BTreeSet<PathBuf>,
    changed: Option<&Changed<'_>>,
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
    // A carried page needs no look at all when nothing it may link to is gone or has other ids.
    let skip = |page: &Path| {
        changed.is_some_and(|c| c.carried.contains(page) && c.gone.is_empty() && c.new_ids.is_empty())
    };
    let todo: Vec<&(&Path, &PageLinks)> = html.iter().filter(|(page, _)| !skip(page)).collect();
    if todo.is_empty() {
        return out;
    }
    // By the paths as text: a link resolves to a `/`-joined path, and the site's paths (routes) are
    // such text, so they compare as strings do (hashing a `Path` parses it into components each time,
    // for millions of links). A path that is not UTF-8 cannot be what a link (text) leads to.
    let mut site = Site(other.iter().filter_map(|p| Some((p.to_str()?, None))).collect());
    site.0.extend(files.iter().filter_map(|(p, links)| Some((p.to_str()?, links.as_ref().map(|l| &l.ids)))));
    let broken: Vec<Vec<Broken>> = todo
        .par_iter()
        .map(|(page, links)| {
            let carried = changed.filter(|c| c.carried.contains(page));
            let mut from = From::new(page);
            links
                .links
                .iter()
                .filter(|href| carried.is_none_or(|c| c.affects(page, href)))
                .filter_map(|href| from.broken(href, &site))
                .collect()
        })
        .collect();
    out.extend(broken.into_iter().flatten());
    out
}

/// What a link may point to: every file of the site, with the ids of each HTML page (one look-up
/// finds both).
struct Site<'a>(HashMap<&'a str, Option<&'a Ids>, Fast>);

/// Where a link leads.
enum Target<'h> {
    /// Another site (`https:`, `mailto:`, `//host`): not ours to check.
    External,
    /// Above the site's root.
    Outside,
    /// A file of the site (its path from the root, parts joined by `/`), with the fragment (not empty)
    /// when there is one.
    File(String, Option<&'h str>),
}

/// A link's path (without its `?query`) and its fragment (when not empty); `None` for a link to
/// another site (`https:`, `mailto:`, `//host`).
fn split(href: &str) -> Option<(&str, Option<&str>)> {
    if href.contains(':') && !href.starts_with('#') || href.starts_with("//") {
        return None;
    }
    let (path_part, fragment) = match href.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (href, None),
    };
    let path_part = path_part.split('?').next().unwrap_or("");
    Some((path_part, fragment.filter(|f| !f.is_empty())))
}

fn target<'h>(page: &Path, href: &'h str) -> Target<'h> {
    let Some((path_part, fragment)) = split(href) else { return Target::External };
    let target = if path_part.is_empty() {
        Some(page.to_string_lossy().into_owned())
    } else {
        resolve(page, path_part)
    };
    match target {
        Some(t) => Target::File(t, fragment),
        None => Target::Outside,
    }
}

/// The links of one page as [`check_pages`] resolves them: the page's folder is read once, and every
/// link is resolved into the same buffers (millions of links, each a few allocations before).
struct From<'a> {
    page: &'a Path,
    dir: Vec<&'a str>,
    parts: Vec<&'a str>,
    path: String,
}

impl<'a> From<'a> {
    fn new(page: &'a Path) -> Self {
        From { page, dir: dir_parts(page), parts: Vec::new(), path: String::new() }
    }

    /// Why the link `href` of the page does not resolve in `site`, if it does not.
    fn broken(&mut self, href: &'a str, site: &Site<'_>) -> Option<Broken> {
        let page = self.page;
        let fail =
            |reason: &str| Broken { page: page.to_path_buf(), href: href.to_string(), reason: reason.into() };
        let (path_part, fragment) = split(href)?;
        if path_part.is_empty() {
            self.path.clear();
            self.path.push_str(&page.to_string_lossy());
        } else if !resolve_into(&self.dir, path_part, &mut self.parts, &mut self.path) {
            return Some(fail("points outside the site"));
        }
        let Some(ids) = site.0.get(self.path.as_str()) else {
            return Some(fail("no such file"));
        };
        match fragment {
            Some(f) if ids.is_none_or(|set| !set.contains(f)) => Some(fail("no element with that id")),
            _ => None,
        }
    }
}

/// The parts of a page's folder, as [`Path::components`] reads them.
fn dir_parts(page: &Path) -> Vec<&str> {
    page.parent().map_or_else(Vec::new, |p| p.components().filter_map(|c| c.as_os_str().to_str()).collect())
}

/// Resolves a relative link from a page; a folder link means its `index.html`. The parts are read as
/// [`Path::components`] reads them: empty parts and `.` are skipped, `..` goes up (and fails above the
/// root), and the result is joined by `/`.
fn resolve(page: &Path, href: &str) -> Option<String> {
    let (mut parts, mut path) = (Vec::new(), String::new());
    resolve_into(&dir_parts(page), href, &mut parts, &mut path).then_some(path)
}

/// [`resolve`] from the parts `dir` of the page's folder, into `path` (`parts` is scratch space);
/// false when the link leads above the root.
fn resolve_into<'a>(dir: &[&'a str], href: &'a str, parts: &mut Vec<&'a str>, path: &mut String) -> bool {
    parts.clear();
    if !href.starts_with('/') {
        parts.extend_from_slice(dir);
    }
    for c in href.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return false;
                }
            }
            s => parts.push(s),
        }
    }
    path.clear();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            path.push('/');
        }
        path.push_str(part);
    }
    if href.ends_with('/') || path.is_empty() {
        if !path.is_empty() {
            path.push('/');
        }
        path.push_str(dossier_core::routes::DIRECTORY_INDEX);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Component;

    /// The resolution through `Path` that [`resolve`] replaced: the reference it must agree with.
    fn resolve_by_path(page: &Path, href: &str) -> Option<PathBuf> {
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

    #[test]
    fn resolves_links_as_paths_do() {
        let pages = ["index.html", "sources/a/index.html", "entities/x/mentions/2/index.html", "404.html"];
        let parts = ["", ".", "..", "a", "b.html", "index.html", "x y", "é"];
        let mut hrefs: Vec<String> = Vec::new();
        for a in parts {
            for b in parts {
                for c in parts {
                    hrefs.push(format!("{a}/{b}/{c}"));
                    hrefs.push(format!("{a}/{b}//{c}/"));
                    hrefs.push(format!("/{a}/{b}"));
                    hrefs.push(format!("{a}{b}/{c}"));
                }
            }
        }
        hrefs.extend(["./", "../../", "a/./b", "./a/../b/", "/"].map(String::from));
        for page in pages {
            for href in &hrefs {
                let by_path = resolve_by_path(Path::new(page), href);
                let ours = resolve(Path::new(page), href);
                assert_eq!(ours.as_deref().map(Path::new), by_path.as_deref(), "{page} {href}");
                assert_eq!(ours, by_path.map(|p| p.to_string_lossy().into_owned()), "{page} {href}");
            }
        }
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

    fn scanned(pages: &[(&str, &str)]) -> BTreeMap<PathBuf, Option<PageLinks>> {
        pages.iter().map(|(p, html)| (PathBuf::from(p), Some(scan(html)))).collect()
    }

    #[test]
    fn a_carried_page_linking_to_what_changed_is_checked_again() {
        // The site before: every link resolves.
        let carried_html = [
            (
                "a.html",
                r##"<a href="b.html#x">1</a><a href="c.html">2</a><a href="static/s.css">3</a><a href="d.html#y">4</a>"##,
            ),
            (
                "e/index.html",
                r##"<a href="../d.html#y">1</a><a href="../b.html">2</a><a href="../">3</a><a href="../?q=1#top">4</a><a href="index.html#e">5</a><p id="e"></p>"##,
            ),
        ];
        let mut before = scanned(&[
            ("b.html", r#"<p id="x"></p><a href="a.html">a</a>"#),
            ("c.html", r#"<p id="c"></p>"#),
            ("d.html", r#"<p id="y"></p>"#),
            ("index.html", r#"<a href="e/#e">e</a><p id="top"></p>"#),
        ]);
        before.extend(scanned(&carried_html));
        let before_other = BTreeSet::from([PathBuf::from("static/s.css"), PathBuf::from("static/t.css")]);
        assert_eq!(check_recorded(&before, &before_other), []);
        let carried: HashSet<&Path> = carried_html.iter().map(|(p, _)| Path::new(*p)).collect();
        let not_carried: BTreeMap<PathBuf, Option<PageLinks>> =
            scanned(&[("b.html", ""), ("c.html", ""), ("d.html", ""), ("index.html", "")])
                .into_keys()
                .filter_map(|k| before.remove_entry(&k))
                .collect();
        let before = Before { files: &not_carried, other: &before_other, carried: &carried };

        // Now: b.html lost its id, c.html and static/s.css are gone, d.html is rendered again with the
        // same ids, and a new page has a broken link of its own.
        let mut now = scanned(&[
            ("b.html", r#"<p id="z"></p><a href="a.html">a</a>"#),
            ("d.html", r#"<p id="y"></p><a href="gone.html">g</a>"#),
            ("index.html", r#"<a href="e/#e">e</a>"#),
        ]);
        now.extend(scanned(&carried_html));
        let other = BTreeSet::from([PathBuf::from("static/t.css")]);
        let found: Vec<(String, String, String)> = check_since(&now, &other, before)
            .into_iter()
            .map(|b| (b.page.display().to_string(), b.href, b.reason))
            .collect();
        let row = |p: &str, h: &str, r: &str| (p.to_string(), h.to_string(), r.to_string());
        assert_eq!(
            found,
            [
                row("a.html", "b.html#x", "no element with that id"),
                row("a.html", "c.html", "no such file"),
                row("a.html", "static/s.css", "no such file"),
                row("d.html", "gone.html", "no such file"),
                row("e/index.html", "../?q=1#top", "no element with that id"),
            ]
        );
        // What a check of the whole site finds.
        let whole: Vec<Broken> = check_recorded(&now, &other);
        assert_eq!(check_since(&now, &other, before), whole);

        // Nothing that carried pages link to is gone or lost an id (b.html gained one): they are not
        // looked at, the others are.
        let now_html = [
            ("b.html", r#"<p id="x"></p><p id="added"></p><a href="a.html">a</a>"#),
            ("c.html", r#"<p id="c"></p><a href="c.html#nope">n</a>"#),
            ("d.html", r#"<p id="y"></p>"#),
            ("index.html", r#"<a href="e/#e">e</a><p id="top"></p>"#),
        ];
        let mut now = scanned(&now_html);
        now.extend(scanned(&carried_html));
        let before = Before { files: &not_carried, other: &before_other, carried: &carried };
        let found: Vec<String> =
            check_since(&now, &before_other, before).into_iter().map(|b| b.href).collect();
        assert_eq!(found, ["c.html#nope"]);
        assert_eq!(check_since(&now, &before_other, before), check_recorded(&now, &before_other));
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
