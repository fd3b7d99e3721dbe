//! `dossier entity`: an entity by any of its names, and where it is mentioned.

use crate::content;
use dossier::lookup;
use dossier::pipeline;
use std::path::Path;
use std::process::ExitCode;

pub(crate) fn entity(root: &Path, name: &str, json: bool, color: bool) -> anyhow::Result<ExitCode> {
    let Some((_, analysis, index)) = content(pipeline::corpus(root), color)? else {
        return Ok(ExitCode::FAILURE);
    };
    let answer = lookup::entity(&index, &analysis, name);
    if json {
        println!("{}", serde_json::to_string_pretty(&answer)?);
    } else {
        print!("{}", lookup::entity_text(&answer));
    }
    Ok(if answer.entity.is_none() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
