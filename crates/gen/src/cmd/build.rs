//! `dossier build`: every phase, then the one-line summary (or the errors).

use crate::print_diagnostics;
use dossier::diag::Error;
use dossier::pipeline::{self, Options, Progress};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

pub(crate) fn build(
    root: PathBuf,
    out: Option<PathBuf>,
    wasm: Option<PathBuf>,
    (quiet, verbose, cache): (bool, bool, bool),
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
    options.cache = cache;
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
            eprintln!("build failed: {errors} error(s); {} was not changed", options.out.display());
            Ok(ExitCode::FAILURE)
        }
        Err(e) => {
            let unchanged = format!("build failed; {} was not changed", options.out.display());
            Err(anyhow::Error::new(e).context(unchanged))
        }
    }
}
