//! `dossier import FILES_OR_FOLDERS…`: imports many saved pages at once and prints a summary table,
//! naming for each new source the existing source it overlaps most (the build's provenance measure), so
//! that a copy is seen at import and not only after the build.

use crate::print_diagnostics;
use dossier::analyse::provenance::{self, Doc};
use dossier::diag::Error;
use dossier::load::frontmatter;
use dossier::load::new_source::{self, id_for, Imported};
use std::fs;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

pub(crate) fn import(root: &Path, paths: &[PathBuf], color: bool) -> anyhow::Result<ExitCode> {
    let mut files = Vec::new();
    for p in paths {
        collect(p, &mut files)?;
    }
    if files.is_empty() {
        eprintln!(
            "error: no .html or .htm files in {}",
            paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
        );
        return Ok(ExitCode::FAILURE);
    }
    let mut known = existing_bodies(root)?;
    let today = new_source::today();
    let mut rows: Vec<(Imported, String)> = Vec::new();
    let mut failed = 0;
    let bar = std::io::stderr().is_terminal();
    for (i, file) in files.iter().enumerate() {
        if bar {
            progress(i, files.len(), file);
        }
        let bytes = match dossier::project::read_input(file) {
            Ok(bytes) => bytes,
            Err(Error::Content(diags)) => {
                if bar {
                    eprint!("\r\x1b[2K");
                }
                print_diagnostics(&diags, color);
                failed += 1;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        // Extract once to choose the id; write_page extracts again (cheap next to the read) so the id is
        // checked against the files as they are at write time.
        let id = match dossier::load::import::extract(&bytes) {
            Ok(a) => id_for(&a, |id| {
                root.join(dossier::project::source_file(id)).exists()
                    || root.join(format!("{}/{id}.html", new_source::ARCHIVE_DIR)).exists()
            }),
            Err(_) => "page".into(),
        };
        match new_source::write_page(root, &id, file, &bytes, &today) {
            Ok(imported) => {
                let body = imported.article.paragraphs.join("\n");
                let overlap = best_overlap(&id, &body, &known);
                known.push((id, body));
                rows.push((imported, overlap));
            }
            Err(Error::Content(diags)) => {
                if bar {
                    eprint!("\r\x1b[2K");
                }
                print_diagnostics(&diags, color);
                failed += 1;
            }
            Err(e) => return Err(e.into()),
        }
    }
    if bar {
        eprint!("\r\x1b[2K");
    }
    print_table(&rows);
    println!(
        "\nimported {} of {} page{}{}; fill in the fields marked TODO, then run `dossier check`",
        rows.len(),
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        if failed > 0 { format!(" ({failed} refused, see above)") } else { String::new() }
    );
    Ok(if failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// A one-line progress bar on stderr.
fn progress(i: usize, n: usize, file: &Path) {
    let width = 24;
    let done = (i * width) / n.max(1);
    let name = file.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    eprint!("\r\x1b[2K[{}{}] {}/{} {name}", "#".repeat(done), " ".repeat(width - done), i + 1, n);
    let _ = std::io::stderr().flush();
}

/// The files to import: given files as they are, folders searched recursively for .html and .htm.
fn collect(path: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)
            .map_err(|e| Error::io(path, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            let html = e
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("html") || x.eq_ignore_ascii_case("htm"));
            if e.is_dir() || html {
                collect(&e, out)?;
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

/// The bodies of the sources already in the project, by id.
fn existing_bodies(root: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let dir = root.join("content/sources");
    let mut out = Vec::new();
    let Ok(entries) = fs::read_dir(&dir) else { return Ok(out) };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let (Some(id), Some("txt")) =
            (p.file_stem().and_then(|s| s.to_str()), p.extension().and_then(|s| s.to_str()))
        else {
            continue;
        };
        let text: Arc<str> = Arc::from(fs::read_to_string(&p).map_err(|e| Error::io(&p, e))?);
        // A source whose front matter does not parse is compared on its whole text.
        let body = match frontmatter::split(&p, &text) {
            Ok(split) => text[split.body].to_string(),
            Err(_) => text.to_string(),
        };
        out.push((id.to_string(), body));
    }
    Ok(out)
}

/// "92% the same as bond-much-deeper" for the existing source the new text overlaps most, when the
/// overlap counts as a re-telling for the build; "" otherwise.
fn best_overlap(id: &str, body: &str, known: &[(String, String)]) -> String {
    let new = Doc { id, text: body, published: dossier::load::source::Published::Unknown };
    known
        .iter()
        .map(|(other, text)| {
            provenance::compare(
                &new,
                &Doc { id: other, text, published: dossier::load::source::Published::Unknown },
            )
        })
        .filter(provenance::is_retelling)
        .max_by(|a, b| a.containment.total_cmp(&b.containment))
        .map(|o| format!("{:.0}% the same as {}", o.containment * 100.0, o.b))
        .unwrap_or_default()
}

fn print_table(rows: &[(Imported, String)]) {
    let cut = |s: &str, n: usize| -> String {
        if s.chars().count() > n {
            format!("{}…", s.chars().take(n - 1).collect::<String>())
        } else {
            s.to_string()
        }
    };
    println!("{:<44}  {:<40}  {:<20}  {:<10}  {:>5}  overlaps", "id", "title", "outlet", "date", "paras");
    for (imp, overlap) in rows {
        let m = &imp.article.meta;
        let id = imp.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        println!(
            "{:<44}  {:<40}  {:<20}  {:<10}  {:>5}  {}",
            cut(&id, 44),
            cut(m.title.as_deref().unwrap_or("TODO"), 40),
            cut(m.outlet.as_deref().unwrap_or("unknown"), 20),
            m.published.as_deref().unwrap_or("unknown"),
            imp.article.paragraphs.len(),
            overlap
        );
    }
}
