//! Phase 1, load: read `content/` into typed, validated values — the boilerplate rules
//! ([`boilerplate`]), every source ([`source`], with its front matter: [`frontmatter`]), the gazetteer
//! file, the briefing's text and the settings of `dossier.toml` ([`config`]). Every problem becomes a [`Diagnostic`] with its file and span; loading
//! goes on after an error so that one run reports them all.

pub mod boilerplate;
pub mod config;
pub mod frontmatter;
pub mod import;
pub mod new_source;
pub mod source;

use crate::analyse::entities::Gazetteer;
use crate::diag::{Diagnostic, Diagnostics, Error};
use crate::project;
use boilerplate::Rules;
use config::Config;
use rayon::prelude::*;
use source::{is_valid_id, Origin, Source};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The briefing's text, read but not yet compiled.
#[derive(Debug)]
pub struct BriefingText {
    /// Its path in the project (`content/briefing.md`, `content/briefings/<slug>.md`).
    pub path: PathBuf,
    /// For a briefing of `content/briefings/`, its slug (the file's name): it is published at
    /// `/briefings/<slug>/`.
    pub slug: Option<String>,
    /// The whole file.
    pub text: Arc<str>,
}

/// What phase 1 read: the valid sources, the ids of those that failed, the briefing's text and every
/// problem found so far. Analysis goes on after load errors so that one run reports them all.
#[derive(Debug)]
pub struct Loaded {
    /// The gazetteer (empty when the file is missing or broken).
    pub gazetteer: Gazetteer,
    /// The text of `content/entities.toml`, when it was read (the spans of its entities point into it).
    pub gazetteer_text: Option<Arc<str>>,
    /// The sources that loaded, by id.
    pub sources: BTreeMap<String, Source>,
    /// Ids of sources whose files exist but did not load (their errors are in `diags`).
    pub failed: BTreeSet<String>,
    /// The briefing's text, when there is one.
    pub briefing: Option<BriefingText>,
    /// The briefings of `content/briefings/`, by slug.
    pub briefings: Vec<BriefingText>,
    /// The publication's settings (`dossier.toml`; the defaults when it is missing or broken).
    pub config: Config,
    /// Every problem found while loading.
    pub diags: Diagnostics,
}

/// Reads `content/` of the project at `root`. `Err` only when there is no `content/` folder at all;
/// every other problem is collected in [`Loaded::diags`].
pub fn load(root: &Path) -> Result<Loaded, Error> {
    let mut diags = Diagnostics::default();
    if !root.join(project::CONTENT).is_dir() {
        return Err(Error::Content(vec![Diagnostic::error(
            project::CONTENT,
            "no `content/` folder in the project",
        )
        .help(format!("run dossier in a project folder (looked in {})", root.display()))]));
    }
    let config = Config::load(root).unwrap_or_else(|ds| {
        diags.extend(ds);
        Config::default()
    });
    let rules_rel = Path::new(project::BOILERPLATE);
    let rules = match project::read_text(root, rules_rel) {
        Ok(Some(text)) => {
            let (rules, errors) = Rules::parse_keeping_valid(rules_rel, &text);
            diags.extend(errors);
            rules
        }
        Ok(None) => Rules::default(),
        Err(d) => {
            diags.push(d);
            Rules::default()
        }
    };
    let (sources, failed) = load_sources(root, &rules, &mut diags);
    check_derivation_cycles(&sources, &mut diags);

    let (briefing, briefings) = briefing_texts(root, &mut diags);
    let gazetteer_rel = Path::new(project::GAZETTEER);
    let gazetteer_text = project::read_text(root, gazetteer_rel);
    let gazetteer = match &gazetteer_text {
        Ok(Some(text)) => Gazetteer::parse(gazetteer_rel, text).unwrap_or_else(|ds| {
            diags.extend(ds);
            empty_gazetteer()
        }),
        Ok(None) => empty_gazetteer(),
        Err(d) => {
            diags.push(d.clone());
            empty_gazetteer()
        }
    };
    let gazetteer_text = gazetteer_text.ok().flatten();
    Ok(Loaded { gazetteer, gazetteer_text, sources, failed, briefing, briefings, config, diags })
}

/// The briefings' texts: `content/briefing.md` and those of `content/briefings/` (read on their own by
/// `serve` when only a briefing changed). A missing briefing is an error in `diags`.
pub fn briefing_texts(root: &Path, diags: &mut Diagnostics) -> (Option<BriefingText>, Vec<BriefingText>) {
    let briefings = load_briefings(root, diags);
    let briefing_rel = PathBuf::from(project::BRIEFING);
    let briefing = match project::read_text(root, &briefing_rel) {
        Ok(Some(text)) => Some(BriefingText { path: briefing_rel, slug: None, text }),
        Ok(None) if !briefings.is_empty() => None,
        Ok(None) => {
            diags.push(Diagnostic::error(&briefing_rel, "the briefing is missing").help(format!(
                "write {}, or briefings in {}/<slug>.md",
                project::BRIEFING,
                project::BRIEFINGS
            )));
            None
        }
        Err(d) => {
            diags.push(d);
            None
        }
    };
    (briefing, briefings)
}

/// Every `content/briefings/<slug>.md`, by slug; a slug that is not a valid id is an error.
fn load_briefings(root: &Path, diags: &mut Diagnostics) -> Vec<BriefingText> {
    let files = match project::walk(root, Path::new(project::BRIEFINGS)) {
        Ok(files) => files,
        Err(d) => {
            diags.push(d);
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for file in files {
        let rel = Path::new(project::BRIEFINGS).join(&file);
        if file.extension().is_none_or(|e| e != project::BRIEFING_EXTENSION) || file.components().count() > 1
        {
            diags.push(Diagnostic::warning(&rel, "not read: a briefing is `content/briefings/<slug>.md`"));
            continue;
        }
        let slug = file.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        if !is_valid_id(&slug) {
            diags.push(Diagnostic::error(&rel, format!("`{slug}` is not a valid briefing name")).help(
                "name the file with lower-case letters, digits and hyphens, e.g. `2021-05-al-qaeda.md`",
            ));
            continue;
        }
        match project::read_text(root, &rel) {
            Ok(Some(text)) => out.push(BriefingText { path: rel, slug: Some(slug), text }),
            Ok(None) => {}
            Err(d) => diags.push(d),
        }
    }
    out
}

/// Every `content/sources/<id>.txt`: ids checked (valid, not twice), then each file loaded.
fn load_sources(
    root: &Path,
    rules: &Rules,
    diags: &mut Diagnostics,
) -> (BTreeMap<String, Source>, BTreeSet<String>) {
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    match fs::read_dir(root.join(project::SOURCES)) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let path = entry.path();
                let rel = Path::new(project::SOURCES).join(entry.file_name());
                if path.extension().is_some_and(|e| e == project::SOURCE_EXTENSION) {
                    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
                    files.push((stem, rel));
                } else if let Some(d) = not_a_source(&rel, &path) {
                    diags.push(d);
                }
            }
        }
        Err(e) => {
            diags.push(Diagnostic::error(project::SOURCES, format!("cannot read the sources folder: {e}")))
        }
    }
    files.sort();
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut ids = Vec::new();
    for (id, rel) in &files {
        if !is_valid_id(id) {
            diags.push(Diagnostic::error(rel, format!("`{id}` is not a valid source id")).help(
                "name the file with lower-case letters, digits and hyphens, e.g. `cnn-raid-report.txt`",
            ));
        } else if let Some(first) = seen.insert(id.to_lowercase(), rel.clone()) {
            diags.push(
                Diagnostic::error(rel, format!("duplicate source id `{id}`"))
                    .help(format!("{} has the same id", first.display())),
            );
        } else {
            ids.push(id.clone());
        }
    }
    let mut sources = BTreeMap::new();
    let mut failed = BTreeSet::new();
    let valid: BTreeSet<&String> = ids.iter().collect();
    // Each file is read and parsed on its own (in parallel); the results are taken in file order, so
    // the sources and the diagnostics do not depend on the threads.
    let to_load: Vec<&(String, PathBuf)> = files.iter().filter(|(id, _)| valid.contains(id)).collect();
    let results: Vec<_> = to_load
        .par_iter()
        .map(|(id, rel)| match project::read_text(root, rel) {
            Ok(Some(text)) => source::load(id, rel, text, rules, &ids),
            Ok(None) => Err(Vec::new()),
            Err(d) => Err(vec![d]),
        })
        .collect();
    for ((id, _), loaded) in to_load.into_iter().zip(results) {
        match loaded {
            Ok(s) => {
                sources.insert(id.clone(), s);
            }
            Err(ds) => {
                failed.insert(id.clone());
                ds.into_iter().for_each(|d| diags.push(d));
            }
        }
    }
    if files.is_empty() {
        diags.push(Diagnostic::error(project::SOURCES, "no sources").help(format!(
            "add articles as {}/<id>.{}",
            project::SOURCES,
            project::SOURCE_EXTENSION
        )));
    }
    (sources, failed)
}

fn check_derivation_cycles(sources: &BTreeMap<String, Source>, diags: &mut Diagnostics) {
    for (id, s) in sources {
        // Follow derived_from links from each source; coming back to it is a cycle.
        let mut stack: Vec<&str> = vec![id];
        let mut seen = BTreeSet::new();
        while let Some(cur) = stack.pop() {
            let Some(src) = sources.get(cur) else {
                continue;
            };
            for o in &src.meta.derived_from {
                if let Origin::Source(next) = o {
                    if next == id {
                        diags.push(
                            Diagnostic::error(
                                &s.path,
                                format!("`derived_from` makes a cycle through `{cur}`"),
                            )
                            .help("a source cannot, through others, derive from itself; remove one link"),
                        );
                        return;
                    }
                    if seen.insert(next.as_str()) {
                        stack.push(next);
                    }
                }
            }
        }
    }
}

fn empty_gazetteer() -> Gazetteer {
    Gazetteer::from_toml("entity = []").unwrap_or_else(|_| unreachable!("an empty gazetteer is valid"))
}

/// A warning for a file in `content/sources` that is not read as a source (`NOTES.TXT`, `article`,
/// `page.html`), so that it is not ignored without a word. Hidden files, editor backups and folders
/// (such as a folder of originals) are left alone.
fn not_a_source(rel: &Path, path: &Path) -> Option<Diagnostic> {
    let name = rel.file_name()?.to_str()?;
    if name.starts_with('.') || name.ends_with('~') || path.is_dir() {
        return None;
    }
    let help = match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case(project::SOURCE_EXTENSION) => {
            format!("rename it with a lower-case `.{}`", project::SOURCE_EXTENSION)
        }
        Some("html" | "htm") => "import a saved page with `dossier new source <id> --from FILE`".to_string(),
        _ => format!(
            "a source is `<id>.{}`; rename it, or move it out of the folder",
            project::SOURCE_EXTENSION
        ),
    };
    Some(Diagnostic::warning(rel, "not read: only `.txt` files are sources").help(help))
}
