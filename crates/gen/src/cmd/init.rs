//! `dossier init [DIR]`: a new project that builds at once.

use std::path::Path;
use std::process::ExitCode;

pub(crate) fn init(dir: &Path) -> anyhow::Result<ExitCode> {
    let written = dossier::scaffold::init(dir)?;
    println!("created a dossier project in {}:", dir.display());
    for rel in written {
        println!("  {}", rel.display());
    }
    let cd = if dir == Path::new(".") { String::new() } else { format!("cd {} && ", dir.display()) };
    println!("next: {cd}dossier build (or dossier serve to watch it while you write)");
    Ok(ExitCode::SUCCESS)
}
