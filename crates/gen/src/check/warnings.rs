//! `dossier check`: every validation of a build without writing `public/`, plus the warnings an author
//! wants before publishing — sources never cited, quotations without a citation, names awaiting
//! confirmation, gazetteer aliases that match nothing, fields still marked TODO.

use crate::analyse::entities::Gazetteer;
use crate::analyse::{self, Analysis};
use crate::briefing;
use crate::briefing::cite;
use crate::diag::{Diagnostic, Error};
use crate::library::Library;
use crate::load::source::Source;
use crate::load::{self, Loaded};
use dossier_core::text::tokenize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

/// Runs every check; returns errors first, then warnings. `Err` only when the check itself cannot run
/// (a file system or template failure).
pub fn check(root: &Path) -> Result<Vec<Diagnostic>, Error> {
    let Loaded { gazetteer, gazetteer_text, sources, failed, briefing, briefings, config, diags, .. } =
        load::load(root)?;
    let mut out = diags;
    let analysis = analyse::analyse(&sources, &gazetteer);
    let mut compiled = None;
    // content/briefing.md, then every briefing of content/briefings/; the first that compiles is
    // rendered for the link check.
    let texts: Vec<_> = briefing.iter().chain(&briefings).collect();
    for b in &texts {
        match briefing::compile(&b.path, Arc::clone(&b.text), &sources, &failed, Some(&analysis)) {
            Ok(c) => {
                out.extend(c.warnings.iter().cloned());
                compiled = compiled.or(Some(c));
            }
            Err(ds) => out.extend(ds),
        }
    }
    if !texts.is_empty() {
        let all: String = texts.iter().map(|b| &*b.text).collect::<Vec<_>>().join("\n");
        out.extend(uncited(&all, &sources, &failed));
    }
    out.extend(provisional(&analysis, &sources));
    out.extend(unmatched_aliases(gazetteer_text.as_ref(), &gazetteer, &analysis, &sources));
    out.extend(todo_fields(&sources));
    // The briefing's images, then the rendered site's links, when everything else allowed a render.
    if let (Some(briefing), false) = (compiled, out.has_errors()) {
        let statics = crate::check::static_files(root)?;
        let images = crate::check::briefing_images(&briefing, root, &statics);
        if images.is_empty() {
            let index = analyse::index::browser_index(&sources, &analysis);
            let library = Library {
                sources,
                briefing,
                analysis,
                index,
                config,
                editions: Vec::new(),
                warnings: Vec::new(),
            };
            let pages = crate::check::links::Recorder::default();
            crate::render::render(root, &library, true, &pages)?;
            out.extend(crate::check::broken_links(&pages.into_files(), &statics));
        }
        out.extend(images);
    }
    Ok(out.into_sorted())
}

/// Sources the briefing never cites (found by scanning its citations, so this works even when the
/// briefing has errors).
fn uncited(briefing: &str, sources: &BTreeMap<String, Source>, failed: &BTreeSet<String>) -> Vec<Diagnostic> {
    let cited: BTreeSet<String> =
        cite::scan(briefing).into_iter().flatten().flat_map(|c| c.items).map(|i| i.id).collect();
    sources
        .values()
        .filter(|s| !cited.contains(&s.id) && !failed.contains(&s.id))
        .map(|s| {
            let title_line = s.text.find("title").unwrap_or(0);
            Diagnostic::warning(&s.path, format!("source `{}` is never cited in the briefing", s.id))
                .at(&s.text, title_line..title_line)
                .help(format!("cite it with `[@{}]` where the briefing relies on it, or remove it", s.id))
        })
        .collect()
}

/// Names found in the text but not in the gazetteer, at their first mention.
fn provisional(analysis: &Analysis, sources: &BTreeMap<String, Source>) -> Vec<Diagnostic> {
    let entities = analysis.gazetteer.entities();
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (id, paragraphs) in &analysis.mentions {
        let Some(source) = sources.get(id) else { continue };
        for (i, mentions) in paragraphs.iter().enumerate() {
            for m in mentions {
                let Some(e) = entities.get(m.entity).filter(|e| e.provisional) else { continue };
                if !seen.insert(m.entity) {
                    continue;
                }
                let Some(p) = source.paragraphs.get(i) else { continue };
                let start = p.span.start + m.span.start;
                out.push(
                    Diagnostic::warning(&source.path, format!("unconfirmed name “{}” (not in the gazetteer)", e.name))
                        .at(&source.text, start..start + m.span.len())
                        .label("discovered here")
                        .help(format!(
                            "add it to content/entities.toml as a new entity, or as an alias of an existing one (id `{}`)",
                            e.id
                        )),
                );
            }
        }
    }
    out
}

/// Gazetteer aliases that occur in no source.
fn unmatched_aliases(
    gazetteer_text: Option<&Arc<str>>,
    gazetteer: &Gazetteer,
    analysis: &Analysis,
    sources: &BTreeMap<String, Source>,
) -> Vec<Diagnostic> {
    let words = |s: &str| tokenize(s).into_iter().map(|t| t.word).collect::<Vec<_>>();
    // Every form each entity was found under, as folded words.
    let mut found: BTreeMap<usize, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (id, paragraphs) in &analysis.mentions {
        let Some(source) = sources.get(id) else { continue };
        for (p, mentions) in source.paragraphs.iter().zip(paragraphs) {
            let text = source.paragraph_text(p);
            for m in mentions {
                if let Some(form) = text.get(m.span.clone()) {
                    found.entry(m.entity).or_default().insert(words(form));
                }
            }
        }
    }
    let path = Path::new(crate::project::GAZETTEER);
    let Some(text) = gazetteer_text else { return Vec::new() };
    let mut out = Vec::new();
    for (i, e) in gazetteer.entities().iter().enumerate() {
        let forms = found.get(&i);
        let unmatched: Vec<(usize, &String)> = e
            .aliases
            .iter()
            .enumerate()
            .filter(|(_, alias)| !forms.is_some_and(|f| f.contains(&words(alias))))
            .collect();
        let Some(&(first, _)) = unmatched.first() else { continue };
        // One warning per entity, pointing at its first unmatched alias (where the gazetteer found it).
        let Some(span) = e.alias_spans.get(first).cloned() else { continue };
        let unmatched: Vec<&String> = unmatched.into_iter().map(|(_, a)| a).collect();
        let list: Vec<String> = unmatched.iter().map(|a| format!("“{a}”")).collect();
        out.push(
            Diagnostic::warning(
                path,
                format!(
                    "{} alias(es) of `{}` match nothing in the sources: {}",
                    unmatched.len(),
                    e.id,
                    list.join(", ")
                ),
            )
            .at(text, span)
            .help("keep them if later articles may use them; otherwise remove them")
            .as_housekeeping(),
        );
    }
    out
}

/// Front-matter values still marked TODO (as `dossier new source` leaves them).
fn todo_fields(sources: &BTreeMap<String, Source>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for s in sources.values() {
        let front_end = s.paragraphs.first().map_or(s.text.len(), |p| p.span.start);
        for (at, _) in s.text[..front_end].match_indices("TODO") {
            out.push(
                Diagnostic::warning(&s.path, "front matter still marked TODO")
                    .at(&s.text, at..at + 4)
                    .help("fill in the field from what the article says, then delete the TODO comment"),
            );
        }
    }
    out
}
