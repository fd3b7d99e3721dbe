//! Every path of a dossier project, in one place, and the one way content files are read.
//!
//! A project is a folder with `content/` (the author's files, only ever read) and `site/` (templates
//! and static files); the build writes `public/`. Paths here are relative to the project folder, as
//! they appear in messages (`content/briefing.md:13:31: …`).

use crate::diag::Diagnostic;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The publication's settings (title, base URL …); optional.
pub const CONFIG: &str = "dossier.toml";
/// The author's files.
pub const CONTENT: &str = "content";
/// One article per file, `<id>.txt`.
pub const SOURCES: &str = "content/sources";
/// The extension of a source file.
pub const SOURCE_EXTENSION: &str = "txt";
/// The briefing.
pub const BRIEFING: &str = "content/briefing.md";
/// Several briefings, one `<slug>.md` each, published at `/briefings/<slug>/`.
pub const BRIEFINGS: &str = "content/briefings";
/// The extension of a briefing file.
pub const BRIEFING_EXTENSION: &str = "md";
/// The gazetteer.
pub const GAZETTEER: &str = "content/entities.toml";
/// The rules that drop web-page debris.
pub const BOILERPLATE: &str = "content/boilerplate.toml";
/// The site's look: templates and static files.
pub const SITE: &str = "site";
/// The minijinja templates.
pub const TEMPLATES: &str = "site/templates";
/// Files copied to `public/static/` as they are.
pub const STATIC: &str = "site/static";
/// The default output folder.
pub const PUBLIC: &str = "public";
/// Where `build.sh` leaves the dossier-web bundle; used when present.
pub const WASM_BUNDLE: &str = "target/wasm-bundle";

/// The path of source `id`'s file, relative to the project.
pub fn source_file(id: &str) -> PathBuf {
    Path::new(SOURCES).join(format!("{id}.{SOURCE_EXTENSION}"))
}

/// The largest content file dossier reads. News articles and briefings are kilobytes; a file of many
/// megabytes is a mistake (a PDF or a database dump saved as .txt), not something to analyse.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// The most text one source keeps (after its boilerplate lines are dropped). Each source is one page of
/// the site, shown again on the explore listing and indexed paragraph by paragraph: the limit bounds
/// the work and the pages one file can cause (a source of 100,000 quoted lines took 5–8 s and made an
/// 18 MB page). 512 KiB is about 85,000 words, a book; news articles are a few thousand words. A longer
/// document is split into parts, one source each.
pub const MAX_SOURCE_TEXT: usize = 512 * 1024;

/// The most paragraphs one source keeps: each adds its number, anchor and entity list to the source's
/// page and to the explore listing, so 5,000 one-line paragraphs are about as much page as
/// [`MAX_SOURCE_TEXT`] of prose.
pub const MAX_SOURCE_PARAGRAPHS: usize = 5_000;

/// What is wrong when a source keeps `paragraphs` paragraphs of `bytes` bytes of text in all, past
/// [`MAX_SOURCE_TEXT`] or [`MAX_SOURCE_PARAGRAPHS`]; `None` within both.
pub fn source_too_long(bytes: usize, paragraphs: usize) -> Option<String> {
    (bytes > MAX_SOURCE_TEXT || paragraphs > MAX_SOURCE_PARAGRAPHS).then(|| {
        format!(
            "the article keeps {:.1} MB of text in {paragraphs} paragraph{}; a source is at most {} KiB and {} paragraphs",
            bytes as f64 / 1e6,
            if paragraphs == 1 { "" } else { "s" },
            MAX_SOURCE_TEXT >> 10,
            MAX_SOURCE_PARAGRAPHS
        )
    })
}

/// The diagnostic for a file over [`MAX_FILE_BYTES`].
pub fn too_large(rel: &Path, len: u64) -> Diagnostic {
    Diagnostic::error(
        rel,
        format!("the file is {:.1} MB; the limit is {} MB", len as f64 / 1e6, MAX_FILE_BYTES >> 20),
    )
    .help("a source is one article as text; check that this is the file you meant")
}

/// Refuses a path of the project that is, or passes through, a symbolic link resolving outside the
/// project folder: dossier publishes what `content/` and `site/` hold, and a link out of them would
/// publish (or print in a message) a file the author never put there. Links that stay inside the
/// project are followed. `Ok(false)` when the path does not exist.
pub fn check_inside(root: &Path, rel: &Path) -> Result<bool, Diagnostic> {
    let path = root.join(rel);
    let Ok(resolved) = fs::canonicalize(&path) else {
        return match fs::symlink_metadata(&path) {
            // A dangling link, or a loop of links.
            Ok(meta) if meta.file_type().is_symlink() => Err(Diagnostic::error(
                rel,
                "this symbolic link leads nowhere (its target is missing, or links loop)",
            )
            .help("replace the link with the file itself")),
            _ => Ok(false),
        };
    };
    let root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    if resolved.starts_with(&root) {
        Ok(true)
    } else {
        Err(Diagnostic::error(rel, "a symbolic link out of the project; dossier does not follow it")
            .help("copy the file into the project instead of linking to it"))
    }
}

/// Every file under the project folder `rel` (relative to `root`), as paths relative to `rel`, sorted.
/// Symbolic links are followed only inside the project ([`check_inside`]); a link back to a folder
/// being walked (a loop) is an error, so the walk always ends.
pub fn walk(root: &Path, rel: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut out = Vec::new();
    if !check_inside(root, rel)? {
        return Ok(out);
    }
    let top = root.join(rel);
    // (folder relative to `rel`, canonical folders from the top down to it)
    let mut stack: Vec<(PathBuf, Vec<PathBuf>)> =
        vec![(PathBuf::new(), vec![fs::canonicalize(&top).unwrap_or_else(|_| top.clone())])];
    while let Some((dir, ancestors)) = stack.pop() {
        let full = top.join(&dir);
        let entries = fs::read_dir(&full)
            .map_err(|e| Diagnostic::error(rel.join(&dir), format!("cannot read the folder: {e}")))?;
        for entry in entries {
            let entry = entry
                .map_err(|e| Diagnostic::error(rel.join(&dir), format!("cannot read the folder: {e}")))?;
            let child = dir.join(entry.file_name());
            let kind = entry.file_type().map_err(|e| Diagnostic::error(rel.join(&child), e.to_string()))?;
            if kind.is_symlink() {
                check_inside(root, &rel.join(&child))?;
            }
            let path = top.join(&child);
            if path.is_dir() {
                let canonical = fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                if ancestors.contains(&canonical) {
                    return Err(Diagnostic::error(
                        rel.join(&child),
                        "a symbolic link loops back to a folder that holds it",
                    )
                    .help("remove the link"));
                }
                let mut below = ancestors.clone();
                below.push(canonical);
                stack.push((child, below));
            } else {
                out.push(child);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Reads the content file `rel` of the project at `root` as UTF-8 text. `Ok(None)` when it does not
/// exist; a diagnostic naming the file when it is a link out of the project, too large, unreadable or
/// not UTF-8 (with the byte offset of the first bad byte).
pub fn read_text(root: &Path, rel: &Path) -> Result<Option<Arc<str>>, Diagnostic> {
    if !check_inside(root, rel)? {
        return Ok(None);
    }
    if let Ok(meta) = fs::metadata(root.join(rel)) {
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_large(rel, meta.len()));
        }
    }
    let bytes = match read_at_most(&root.join(rel)) {
        Ok(Ok(b)) => b,
        Ok(Err(len)) => return Err(too_large(rel, len)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Diagnostic::error(rel, format!("cannot read: {e}"))),
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(Some(Arc::from(s))),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let good = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
            let text: Arc<str> = Arc::from(good);
            Err(Diagnostic::error(rel, format!("the file is not valid UTF-8 (byte {at})"))
                .at(&text, at..at)
                .help("save the file as UTF-8"))
        }
    }
}

/// Reads a file, stopping past [`MAX_FILE_BYTES`] whatever its metadata says (a device such as
/// `/dev/zero`, or a file that grows while read): `Ok(Err(bytes read))` when it is over the limit.
pub fn read_at_most(path: &Path) -> std::io::Result<Result<Vec<u8>, u64>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    fs::File::open(path)?.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Ok(Err(bytes.len() as u64));
    }
    Ok(Ok(bytes))
}

/// Reads a file an author hands to dossier (`new source --from`, `import`) within [`MAX_FILE_BYTES`]:
/// a larger file (or a device such as `/dev/zero`) is refused with the message the build gives, after
/// reading at most one byte past the limit.
pub fn read_input(path: &Path) -> Result<Vec<u8>, crate::diag::Error> {
    match read_at_most(path) {
        Ok(Ok(bytes)) => Ok(bytes),
        Ok(Err(len)) => Err(crate::diag::Error::Content(vec![too_large(path, len)])),
        Err(e) => Err(crate::diag::Error::io(path, e)),
    }
}
