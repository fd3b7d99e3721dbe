//! Checks: every internal link of the built site resolves ([`links`]), and the authoring warnings of
//! `dossier check` ([`warnings`]).

pub mod links;
pub mod warnings;

pub use warnings::check;

use crate::diag::{Diagnostic, Error};
use crate::project;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every internal link of the rendered pages (as [`links::Recorder`] noted them) that does not
/// resolve, as diagnostics (files under `static/` count as existing when `site/static` has them).
pub fn broken_links(
    files: &BTreeMap<PathBuf, Option<links::PageLinks>>,
    statics: &[PathBuf],
) -> Vec<Diagnostic> {
    let known: BTreeSet<PathBuf> =
        statics.iter().map(|p| Path::new(dossier_core::routes::STATIC_DIR).join(p)).collect();
    links::check_recorded(files, &known)
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

/// The files of `site/static`, checked (no symbolic link out of the project, no loop): what the link
/// check counts as existing under `static/` and what emit copies.
pub fn static_files(root: &Path) -> Result<Vec<PathBuf>, Error> {
    project::walk(root, Path::new(project::STATIC)).map_err(|d| Error::Content(vec![d]))
}
