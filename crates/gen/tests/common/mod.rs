//! Helpers the integration tests share: where the repository is, fixture projects in temporary
//! folders, editing a file of one, reading every file of a built site, and the errors of a build.
//! Each test file uses some of them, so the others look unused from there.
#![allow(dead_code)]

pub(crate) mod serve;

use dossier::diag::{Diagnostic, Error, Severity};
use dossier::pipeline::{build, Options, Summary};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The repository root (the real project: content/, site/, tests/fixtures/).
pub(crate) fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

/// Copies every file under `from` to the same place under `to`.
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    for rel in dossier::emit::list_files(from).expect("list") {
        let dst = to.join(&rel);
        fs::create_dir_all(dst.parent().expect("parent")).expect("mkdir");
        fs::copy(from.join(&rel), dst).expect("copy");
    }
}

/// A project in a temp dir: the content folder `content` (relative to the repository, e.g.
/// `tests/fixtures/mini/content` or `content`) and the real `site/`.
pub(crate) fn project(content: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&repo().join(content), &dir.path().join("content"));
    copy_dir(&repo().join("site"), &dir.path().join("site"));
    dir
}

/// The small fixture project (`tests/fixtures/mini`).
pub(crate) fn mini() -> tempfile::TempDir {
    project("tests/fixtures/mini/content")
}

/// A file of a project, as text.
pub(crate) fn read(dir: &Path, rel: &str) -> String {
    fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Replaces the first `from` in a file of a project with `to`; the file must contain `from`.
pub(crate) fn replace_in(dir: &Path, rel: &str, from: &str, to: &str) {
    let text = read(dir, rel);
    assert!(text.contains(from), "{rel} has {from:?}");
    fs::write(dir.join(rel), text.replacen(from, to, 1)).expect("write");
}

/// Appends `text` to a file of a project (an empty file when it does not exist yet).
pub(crate) fn append(dir: &Path, rel: &str, text: &str) {
    let mut all = fs::read_to_string(dir.join(rel)).unwrap_or_default();
    all.push_str(text);
    fs::write(dir.join(rel), all).expect("write");
}

/// The first source file of a project (by name), relative to the project: `content/sources/<id>.txt`.
pub(crate) fn first_source(dir: &Path) -> String {
    let first = dossier::emit::list_files(&dir.join("content/sources")).expect("list").remove(0);
    format!("content/sources/{}", first.display())
}

/// Every file under `dir` with its bytes (nothing when `dir` does not exist).
pub(crate) fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    if !dir.exists() {
        return BTreeMap::new();
    }
    dossier::emit::list_files(dir)
        .expect("list")
        .into_iter()
        .map(|rel| {
            let bytes = fs::read(dir.join(&rel)).expect("read");
            (rel, bytes)
        })
        .collect()
}

/// The error diagnostics of a build that must fail with content errors (panics otherwise).
pub(crate) fn content_errors(result: Result<Summary, Error>) -> Vec<Diagnostic> {
    match result {
        Err(Error::Content(diags)) => diags.into_iter().filter(|d| d.severity == Severity::Error).collect(),
        Err(e) => panic!("expected content errors, got {e}"),
        Ok(s) => panic!("expected the build to fail, it succeeded: {s}"),
    }
}

/// The errors of building the project at `dir`, each as `file:line:col: message`.
pub(crate) fn errors(dir: &Path) -> Vec<String> {
    content_errors(build(&Options::new(dir)))
        .iter()
        .map(|d| format!("{}: {}", d.location(), d.message))
        .collect()
}
