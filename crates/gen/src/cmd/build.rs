//! `dossier build`, `check`, `serve` and `new source`.

use crate::{content, print_diagnostics};
use dossier::diag::{Error, Severity};
use dossier::pipeline::{self, Options, Progress};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub(crate) fn build(
    root: PathBuf,
    out: Option<PathBuf>,
    wasm: Option<PathBuf>,
    quiet: bool,
    verbose: bool,
    color: bool,
) -> anyhow::Result<ExitCode> {
    let mut options = Options::new(&root);
    if let Some(out) = out {
        options.out = out;
    }
    if wasm.is_some() {
        options.wasm = wasm;
    }
    options.verbose = verbose;
    options.progress = match (quiet, std::io::stderr().is_terminal()) {
        (true, _) => Progress::Quiet,
        (false, true) => Progress::Bar,
        (false, false) => Progress::Lines,
    };
    match pipeline::build(&options) {
        Ok(summary) => {
            if !quiet {
                print_diagnostics(&summary.warnings, color);
                println!("{summary}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(Error::Content(diags)) => {
            let errors = print_diagnostics(&diags, color);
            eprintln!("build failed: {errors} error(s); public/ was not changed");
            Ok(ExitCode::FAILURE)
        }
        Err(e) => Err(anyhow::Error::new(e).context("build failed; public/ was not changed")),
    }
}

pub(crate) fn check(root: &Path, color: bool) -> anyhow::Result<ExitCode> {
    let diags = dossier::check::check(root)?;
    let errors = print_diagnostics(&diags, color);
    let warnings = diags.iter().filter(|d| d.severity == Severity::Warning).count();
    println!("check: {errors} error(s), {warnings} warning(s)");
    Ok(if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

pub(crate) fn serve(
    root: PathBuf,
    port: u16,
    wasm: Option<PathBuf>,
    color: bool,
) -> anyhow::Result<ExitCode> {
    let mut options = Options::new(&root);
    if wasm.is_some() {
        options.wasm = wasm;
    }
    options.progress = Progress::Quiet;
    dossier::serve::serve(&options, port, color, |addr| {
        println!(
            "serving {} on http://{addr}/ — watching content/ and site/ (Ctrl-C to stop)",
            options.out.display()
        );
    })?;
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn new_source(root: &Path, id: &str, from: &Path, color: bool) -> anyhow::Result<ExitCode> {
    let Some(rel) = content(dossier::load::new_source::new_source(root, id, from), color)? else {
        return Ok(ExitCode::FAILURE);
    };
    println!("created {}: fill in the fields marked TODO, then run `dossier check`", rel.display());
    Ok(ExitCode::SUCCESS)
}
