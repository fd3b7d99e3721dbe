//! `dossier new source`: a new source file with a front-matter skeleton.

use crate::content;
use std::path::Path;
use std::process::ExitCode;

pub(crate) fn new_source(root: &Path, id: &str, from: &Path, color: bool) -> anyhow::Result<ExitCode> {
    let Some(rel) = content(dossier::load::new_source::new_source(root, id, from), color)? else {
        return Ok(ExitCode::FAILURE);
    };
    println!("created {}: fill in the fields marked TODO, then run `dossier check`", rel.display());
    Ok(ExitCode::SUCCESS)
}
