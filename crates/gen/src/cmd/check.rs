//! `dossier check`: every check of a build, without writing `public/`.

use crate::print_diagnostics;
use dossier::diag::Severity;
use std::path::Path;
use std::process::ExitCode;

pub(crate) fn check(root: &Path, color: bool) -> anyhow::Result<ExitCode> {
    let diags = dossier::check::check(root)?;
    let errors = print_diagnostics(&diags, color);
    let warnings = diags.iter().filter(|d| d.severity == Severity::Warning).count();
    println!("check: {errors} error(s), {warnings} warning(s)");
    Ok(if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
