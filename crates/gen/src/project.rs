//! Every path of a dossier project, in one place, and the one way content files are read.
//!
//! A project is a folder with `content/` (the author's files, only ever read) and `site/` (templates
//! and static files); the build writes `public/`. Paths here are relative to the project folder, as
//! they appear in messages (`content/briefing.md:13:31: …`).

use crate::diag::Diagnostic;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The author's files.
pub const CONTENT: &str = "content";
/// One article per file, `<id>.txt`.
pub const SOURCES: &str = "content/sources";
/// The extension of a source file.
pub const SOURCE_EXTENSION: &str = "txt";
/// The briefing.
pub const BRIEFING: &str = "content/briefing.md";
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

/// The diagnostic for a file over [`MAX_FILE_BYTES`].
pub fn too_large(rel: &Path, len: u64) -> Diagnostic {
    Diagnostic::error(
        rel,
        format!("the file is {:.1} MB; the limit is {} MB", len as f64 / 1e6, MAX_FILE_BYTES >> 20),
    )
    .help("a source is one article as text; check that this is the file you meant")
}

/// Reads the content file `rel` of the project at `root` as UTF-8 text. `Ok(None)` when it does not
/// exist; a diagnostic naming the file when it is too large, unreadable or not UTF-8 (with the byte
/// offset of the first bad byte).
pub fn read_text(root: &Path, rel: &Path) -> Result<Option<Arc<str>>, Diagnostic> {
    if let Ok(meta) = fs::metadata(root.join(rel)) {
        if meta.len() > MAX_FILE_BYTES {
            return Err(too_large(rel, meta.len()));
        }
    }
    let bytes = match fs::read(root.join(rel)) {
        Ok(b) => b,
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
