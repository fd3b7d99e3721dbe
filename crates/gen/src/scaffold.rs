//! `dossier init`: a new project that builds at once. It writes `dossier.toml` and a small `content/`
//! (an example briefing, two example sources, a gazetteer and the boilerplate rules), copied from the
//! example project in `crates/gen/example`, which the tests build as it is. No `site/` is written: the
//! default templates and static files are in the binary ([`crate::render::theme`]), and a `site/` the
//! author adds later overrides them file by file.

use crate::diag::Error;
use crate::project;
use std::fs;
use std::path::{Path, PathBuf};

/// The files of a new project, by path relative to it.
pub const FILES: [(&str, &str); 6] = [
    (project::CONFIG, include_str!("../example/dossier.toml")),
    (project::BRIEFING, include_str!("../example/content/briefing.md")),
    (project::GAZETTEER, include_str!("../example/content/entities.toml")),
    (project::BOILERPLATE, include_str!("../example/content/boilerplate.toml")),
    (
        "content/sources/example-gazette-ferry.txt",
        include_str!("../example/content/sources/example-gazette-ferry.txt"),
    ),
    (
        "content/sources/example-wire-retelling.txt",
        include_str!("../example/content/sources/example-wire-retelling.txt"),
    ),
];

/// Writes a new project into `dir` (created when missing) and returns the files written, relative to
/// it. Refuses, writing nothing, when `dir` already has a `dossier.toml` or a `content/` folder: init
/// never overwrites an author's work.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    for taken in [project::CONFIG, project::CONTENT] {
        if dir.join(taken).exists() {
            return Err(Error::Io {
                path: dir.join(taken),
                cause: std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    "a project is already here; dossier init writes only into a new or empty folder",
                ),
            });
        }
    }
    let mut written = Vec::new();
    for (rel, text) in FILES {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
        written.push(PathBuf::from(rel));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_example_once_and_never_over_a_project() {
        let dir = tempfile::tempdir().expect("tempdir");
        let new = dir.path().join("new");
        let files = init(&new).expect("init");
        assert_eq!(files.len(), FILES.len());
        assert!(new.join(project::BRIEFING).is_file());
        fs::write(new.join(project::BRIEFING), "mine").expect("write");
        let again = init(&new).expect_err("a project is there");
        assert!(again.to_string().contains("already"), "{again}");
        assert_eq!(fs::read_to_string(new.join(project::BRIEFING)).expect("read"), "mine");
    }
}
