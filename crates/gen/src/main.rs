//! The `dossier` binary: parses the command line and prints errors with their file, line and column.

use clap::Parser;
use dossier::cli::{Cli, Command};
use dossier::diag::{Error, Severity};
use dossier::lookup;
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
        Command::Quote { fragment, json, root } => {
            let Some((_, _, index)) = corpus(&root, color)? else { return Ok(ExitCode::FAILURE) };
            let answer = lookup::quote(&index, &fragment);
            if json {
                println!("{}", serde_json::to_string_pretty(&answer)?);
            } else {
                print!("{}", lookup::quote_text(&answer));
            }
            Ok(if answer.matches.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Entity { name, json, root } => {
            let Some((_, analysis, index)) = corpus(&root, color)? else { return Ok(ExitCode::FAILURE) };
            let answer = lookup::entity(&index, &analysis, &name);
            if json {
                println!("{}", serde_json::to_string_pretty(&answer)?);
            } else {
                print!("{}", lookup::entity_text(&answer));
            }
            Ok(if answer.entity.is_none() { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
    }
}

type Corpus = (
    std::collections::BTreeMap<String, dossier::source::Source>,
    dossier::analysis::Analysis,
    dossier_core::index::Index,
);

/// Loads and analyses the sources; content errors are printed and give `None`.
fn corpus(root: &std::path::Path, color: bool) -> anyhow::Result<Option<Corpus>> {
    match site::corpus(root) {
        Ok(c) => Ok(Some(c)),
        Err(Error::Content(diags)) => {
            for d in &diags {
                eprintln!("{}\n", d.render(color));
            }
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}
