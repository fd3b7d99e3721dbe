//! The `dossier` binary: parses the command line and prints errors with their file, line and column.

use clap::Parser;
use dossier::cli::{Cli, Command};
use dossier::diag::{Error, Severity};
use dossier::site::{self, Options};
use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    match cli.command {
        Command::Build { root, out, wasm, quiet, verbose } => {
            let mut options = Options::new(&root);
            if let Some(out) = out {
                options.out = out;
            }
            if wasm.is_some() {
                options.wasm = wasm;
            }
            options.verbose = verbose;
            match site::build(&options) {
                Ok(summary) => {
                    if !quiet {
                        for w in &summary.warnings {
                            eprintln!("{}", w.render(color));
                        }
                        println!("{summary}");
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(Error::Content(diags)) => {
                    let errors = diags.iter().filter(|d| d.severity == Severity::Error).count();
                    for d in &diags {
                        eprintln!("{}\n", d.render(color));
                    }
                    eprintln!("build failed: {errors} error(s); public/ was not changed");
                    Ok(ExitCode::FAILURE)
                }
                Err(e) => Err(anyhow::Error::new(e).context("build failed; public/ was not changed")),
            }
        }
    }
}
