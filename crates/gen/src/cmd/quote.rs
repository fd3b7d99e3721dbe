//! `dossier quote`: every source that carries a quotation, from the terminal.

use crate::content;
use dossier::lookup;
use dossier::pipeline;
use std::path::Path;
use std::process::ExitCode;

pub(crate) fn quote(root: &Path, fragment: &str, json: bool, color: bool) -> anyhow::Result<ExitCode> {
    let Some((_, _, index)) = content(pipeline::corpus(root), color)? else { return Ok(ExitCode::FAILURE) };
    let answer = lookup::quote(&index, fragment);
    if json {
        println!("{}", serde_json::to_string_pretty(&answer)?);
    } else {
        print!("{}", lookup::quote_text(&answer));
    }
    Ok(if answer.matches.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
