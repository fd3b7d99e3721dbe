//! Helpers the integration tests share: where the repository is, and copying a folder of it.

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
