//! `dossier search`: quotations and passages of the sources that match a query, from the terminal.

use crate::content;
use dossier::lookup;
use dossier::pipeline;
use std::path::Path;
use std::process::ExitCode;

pub(crate) fn search(
    root: &Path,
    query: &str,
    limit: usize,
    json: bool,
    color: bool,
) -> anyhow::Result<ExitCode> {
    let Some((_, _, index)) = content(pipeline::corpus(root), color)? else { return Ok(ExitCode::FAILURE) };
    let answer = lookup::search(&index, query, limit);
    if json {
        println!("{}", serde_json::to_string_pretty(&answer)?);
    } else {
        print!("{}", lookup::search_text(&answer));
    }
    Ok(if answer.matches.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
