//! Pagefind side by side: dossier's search box and Pagefind's on the same built site, measured by one
//! method in headless Chromium (`tests/browser/search_compare.mjs`): bytes fetched for the first answer,
//! time to it, and time per keystroke, for typed queries with and without typos.
//!
//! Pagefind runs on a copy of the corpus's `public/` (`pagefind --site COPY`), indexing the source pages
//! only (`--glob sources/*/index.html`): the article texts dossier's search answers from, not the listing
//! pages that repeat them. `build.sh bench` installs Pagefind from npm into `target/pagefind-npm` and
//! passes its binary in `PAGEFIND`; without it the section says so and is skipped.

use anyhow::{Context, Result};
use dossier_core::routes;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The Pagefind version the bench installs (build.sh pins it too).
pub(crate) const VERSION: &str = "1.6.0";

/// What both tools are asked: misspelt and right wordings of a quotation, a misspelt word, a quotation,
/// and a place named only in an article's narration (the synthetic corpus's "In Kunsaf, …").
const QUERIES: &str = r#"["colect mony from diferent parts", "collect money from different parts", "intermarraiges", "intermarriages", "give it to the Taliban", "Kunsaf"]"#;

/// Runs the comparison on the built corpus `dir` of `n` sources, appending its tables to `out`.
pub(crate) fn section(n: usize, dir: &Path, out: &str) -> Result<()> {
    let Some(pagefind) = std::env::var_os("PAGEFIND").map(PathBuf::from) else {
        super::append(
            "### Search side by side: dossier and Pagefind\n\nSkipped: `PAGEFIND` is not set \
             (`./build.sh bench` installs Pagefind from npm and sets it).\n\n",
            false,
        )?;
        return Ok(());
    };
    let public = dir.join("public");
    let copy = dir.with_file_name(format!("pagefind-{n}"));
    crate::log(&format!("bench: {n} sources, Pagefind {VERSION} indexes a copy of public/"));
    copy_tree(&public, &copy)?;
    crate::run(Command::new(&pagefind).args(["--site"]).arg(&copy).args([
        "--glob",
        "sources/*/index.html",
        "--quiet",
    ]))?;
    crate::log(&format!("bench: {n} sources, dossier and Pagefind searched in Chromium"));
    let page = routes::source_page(&super::first_source(dir)?);
    crate::run(
        Command::new("node")
            .arg("tests/browser/search_compare.mjs")
            .env("PUBLIC", &public)
            .env("PAGEFIND", &copy)
            .env("BENCH_PAGE", page)
            .env("BENCH_QUERIES", QUERIES)
            .env("BENCH_LABEL", format!("{n} synthetic sources (Pagefind {VERSION}, source pages indexed)"))
            .env("BENCH_OUT", out),
    )
}

/// Copies the tree `from` to `to`, replacing what was there.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    if to.exists() {
        std::fs::remove_dir_all(to).with_context(|| format!("cannot remove {}", to.display()))?;
    }
    std::fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    for entry in std::fs::read_dir(from).with_context(|| format!("cannot list {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)
                .with_context(|| format!("cannot copy {} to {}", entry.path().display(), target.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_replaces_what_was_there() -> Result<()> {
        let tmp = std::env::temp_dir().join(format!("xtask-pagefind-{}", std::process::id()));
        let (from, to) = (tmp.join("from"), tmp.join("to"));
        std::fs::create_dir_all(from.join("a/b"))?;
        std::fs::write(from.join("a/b/c.html"), "page")?;
        std::fs::create_dir_all(&to)?;
        std::fs::write(to.join("stale"), "old")?;
        copy_tree(&from, &to)?;
        assert_eq!(std::fs::read_to_string(to.join("a/b/c.html"))?, "page");
        assert!(!to.join("stale").exists());
        std::fs::remove_dir_all(&tmp)?;
        Ok(())
    }
}
