//! Checks: every internal link of the built site resolves ([`links`]), and the authoring warnings of
//! `dossier check` ([`warnings`]).

mod attributes;
pub mod links;
pub mod warnings;

pub use warnings::check;

use crate::briefing::Briefing;
use crate::diag::{Diagnostic, Error};
use crate::project;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What the link check counts as existing besides the pages: the files of `site/static` (see
/// [`static_files`]), under `static/` of the site.
pub fn known_statics(statics: &[PathBuf]) -> BTreeSet<PathBuf> {
    statics.iter().map(|p| Path::new(dossier_core::routes::STATIC_DIR).join(p)).collect()
}

/// Every internal link of the rendered pages (as [`links::Recorder`] noted them) that does not
/// resolve, as diagnostics (files under `static/` count as existing when `site/static` has them).
pub fn broken_links(
    files: &BTreeMap<PathBuf, Option<links::PageLinks>>,
    statics: &[PathBuf],
) -> Vec<Diagnostic> {
    diagnostics(links::check_recorded(files, &known_statics(statics)))
}

/// [`broken_links`] of a site with pages carried over from a site `before` whose links all resolved
/// (see [`links::check_since`]); `known` is [`known_statics`] of this site.
pub fn broken_links_since(
    files: &BTreeMap<PathBuf, Option<links::PageLinks>>,
    known: &BTreeSet<PathBuf>,
    before: links::Before<'_>,
) -> Vec<Diagnostic> {
    diagnostics(links::check_since(files, known, before))
}

fn diagnostics(broken: Vec<links::Broken>) -> Vec<Diagnostic> {
    broken
        .into_iter()
        .map(|b| {
            let page = Path::new(project::PUBLIC).join(&b.page);
            if b.reason == links::DUPLICATE_ID {
                return Diagnostic::error(page, format!("duplicate id `{}`: {}", &b.href[1..], b.reason)).help(
                    "a heading id written in the briefing (`{#…}`) may clash with the ids dossier gives notes \
                     and references (`note-3`, `ref-3-1`); choose another",
                );
            }
            Diagnostic::error(page, format!("broken link `{}`: {}", b.href, b.reason))
                .help("the link comes from a template in site/templates (links in the briefing are checked at their line)")
        })
        .collect()
}

/// The briefing's images, at their line in the briefing: each must be a file of `site/static` whose
/// first bytes are an image's (a page of the site, a missing file or an HTML file renamed `.png` is an
/// error, not a broken link blamed on the templates).
pub fn briefing_images(briefing: &Briefing, root: &Path, statics: &[PathBuf]) -> Vec<Diagnostic> {
    let statics: BTreeSet<&Path> = statics.iter().map(PathBuf::as_path).collect();
    let mut out = Vec::new();
    for image in &briefing.images {
        let path = image.url.split(['#', '?']).next().unwrap_or("").trim_start_matches("./");
        let file = path.strip_prefix(dossier_core::routes::STATIC_DIR).and_then(|p| p.strip_prefix('/'));
        let problem = match file.filter(|f| statics.contains(Path::new(f))) {
            Some(f) => match image_kind(&root.join(project::STATIC).join(f)) {
                Ok(true) => continue,
                Ok(false) => format!("image `{}` is not an image file", image.url),
                Err(e) => format!("image `{}` could not be read: {e}", image.url),
            },
            None if path.is_empty() || path.ends_with('/') || path.ends_with(".html") => {
                format!("image `{}` is a page, not an image", image.url)
            }
            None => format!("image `{}`: no such file in site/static", image.url),
        };
        out.push(
            Diagnostic::error(&briefing.path, problem)
                .at(&briefing.text, image.span.clone())
                .label("image")
                .help(format!(
                    "put the image in site/static/ and write its path as `{}/<file>`",
                    dossier_core::routes::STATIC_DIR
                )),
        );
    }
    out
}

/// Whether a file starts as an image does: PNG, JPEG, GIF, WebP, AVIF/HEIF, ICO, BMP, or SVG markup.
fn image_kind(path: &Path) -> std::io::Result<bool> {
    use std::io::Read;
    let mut head = Vec::with_capacity(1024);
    std::fs::File::open(path)?.take(1024).read_to_end(&mut head)?;
    let starts = |magic: &[u8]| head.starts_with(magic);
    if starts(b"\x89PNG\r\n\x1a\n")
        || starts(b"\xff\xd8\xff")
        || starts(b"GIF87a")
        || starts(b"GIF89a")
        || (starts(b"RIFF") && head.get(8..12) == Some(b"WEBP"))
        || head.get(4..8) == Some(b"ftyp")
        || starts(b"\x00\x00\x01\x00")
        || starts(b"BM")
    {
        return Ok(true);
    }
    let text = String::from_utf8_lossy(&head).to_ascii_lowercase();
    let text = text.trim_start_matches('\u{feff}').trim_start();
    Ok((text.starts_with("<svg") || text.starts_with("<?xml"))
        && text.contains("<svg")
        && !text.contains("<html"))
}

/// The files of `site/static`, checked (no symbolic link out of the project, no loop): what the link
/// check counts as existing under `static/` and what emit copies.
pub fn static_files(root: &Path) -> Result<Vec<PathBuf>, Error> {
    project::walk(root, Path::new(project::STATIC)).map_err(|d| Error::Content(vec![d]))
}
