//! `dossier serve`: build, serve on 127.0.0.1, rebuild and reload on change.

use dossier::pipeline::{Options, Progress};
use std::path::PathBuf;
use std::process::ExitCode;

pub(crate) fn serve(
    root: PathBuf,
    port: u16,
    wasm: Option<PathBuf>,
    (cache, verbose): (bool, bool),
    color: bool,
) -> anyhow::Result<ExitCode> {
    let mut options = Options::new(&root);
    if wasm.is_some() {
        options.wasm = wasm;
    }
    options.progress = Progress::Quiet;
    options.cache = cache;
    options.verbose = verbose;
    dossier::serve::serve(&options, port, color, |addr| {
        println!(
            "serving {} on http://{addr}/ — watching content/ and site/ (Ctrl-C to stop)",
            options.out.display()
        );
    })?;
    Ok(ExitCode::SUCCESS)
}
