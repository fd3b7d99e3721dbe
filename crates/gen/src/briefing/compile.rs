//! The compile pipeline: front matter, then pulldown-cmark with offsets, footnote definitions taken
//! out, the body transformed, entity mentions marked, the notes rendered in order, the links checked.

use super::footnotes::Spanned;
use super::links::Site;
use super::model::{Briefing, Meta, Note, NoteKind, Segment, Stats};
use super::notes::Notes;
use super::report::Report;
use super::segments;
use super::support::{Entities, Support};
use super::transform::Ctx;
use super::verify::Verifier;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::frontmatter;
use crate::load::source::{Published, Source};
use pulldown_cmark::{Options, Parser};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    title: String,
    subtitle: Option<String>,
    date: toml::Spanned<toml::value::Datetime>,
    #[serde(default)]
    authors: Vec<String>,
    summary: Option<String>,
}

/// The Markdown extensions the briefing is written with.
const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_SMART_PUNCTUATION)
    .union(Options::ENABLE_HEADING_ATTRIBUTES)
    .union(Options::ENABLE_STRIKETHROUGH);

/// Compiles the briefing against the loaded sources. Citations of the `failed` ids (sources whose files
/// exist but did not load) are skipped without a further error. `entities` is the analysis (its
/// gazetteer and the mentions it found in the sources) or a gazetteer alone; with `None`, no entity is
/// marked and support is found by words only.
pub fn compile<'e>(
    path: &Path,
    text: Arc<str>,
    sources: &'e BTreeMap<String, Source>,
    failed: &BTreeSet<String>,
    entities: Option<impl Into<Entities<'e>>>,
) -> Result<Briefing, Vec<Diagnostic>> {
    let entities: Option<Entities<'e>> = entities.map(Into::into);
    let gazetteer = entities.map(|e| e.gazetteer);
    let split = frontmatter::split(path, &text).map_err(|d| vec![d])?;
    let raw: RawMeta = frontmatter::parse(path, &text, &split).map_err(|d| vec![d])?;
    let mut diags = Diagnostics::default();
    let date = match (raw.date.get_ref().date, raw.date.get_ref().time) {
        (Some(d), None) => Published::Day(d.year, d.month, d.day),
        _ => {
            diags.push(
                Diagnostic::error(path, "`date` must be a day")
                    .at(&text, frontmatter::file_span(&split, raw.date.span()))
                    .help("write a TOML date such as 2026-11-22"),
            );
            Published::Unknown
        }
    };
    let meta =
        Meta { title: raw.title, subtitle: raw.subtitle, date, authors: raw.authors, summary: raw.summary };

    let body_start = split.body.start;
    let body = &text[split.body.clone()];
    let events: Vec<Spanned<'_>> = Parser::new_ext(body, OPTIONS)
        .into_offset_iter()
        .map(|(e, r)| (e, r.start + body_start..r.end + body_start))
        .collect();

    let mut ctx = Ctx::new(
        Report::new(path, &text, diags),
        Verifier::new(sources, failed),
        Support::new(sources, entities),
        Notes::new(sources),
    );
    let main = ctx.footnotes.take_definitions(events, &mut ctx.report);
    let body_events = ctx.transform(main);
    let (body_events, mentions) = match gazetteer {
        Some(g) => crate::render::markup::mark_events(body_events, g),
        None => (body_events, Vec::new()),
    };
    let body = segments::write(body_events, std::mem::take(&mut ctx.queued));

    // Footnotes are rendered in note order; a footnote may reference another, which is appended.
    let mut rendered: Vec<Vec<Segment>> = Vec::new();
    let mut i = 0;
    while i < ctx.notes.drafts.len() {
        let body = match ctx.notes.drafts[i].kind.clone() {
            NoteKind::Citation(_) => Vec::new(),
            NoteKind::Footnote(label) => {
                let events = ctx.footnotes.take_events(&label);
                ctx.current_note = Some(i + 1);
                let out = ctx.transform(events);
                segments::write(out, std::mem::take(&mut ctx.queued))
            }
        };
        rendered.push(body);
        i += 1;
    }
    let used: BTreeSet<String> = ctx
        .notes
        .drafts
        .iter()
        .filter_map(|n| match &n.kind {
            NoteKind::Footnote(l) => Some(l.clone()),
            NoteKind::Citation(_) => None,
        })
        .collect();
    ctx.footnotes.report_unused(&used, &mut ctx.report);
    let entity_ids: BTreeSet<String> =
        gazetteer.map(|g| g.entities().iter().map(|e| e.id.clone()).collect()).unwrap_or_default();
    let site = Site {
        sources: sources.iter().map(|(id, s)| (id.as_str(), s.paragraphs.len())).collect(),
        entity_ids: &entity_ids,
        heading_ids: &ctx.headings.ids,
        note_count: ctx.notes.drafts.len(),
    };
    let images = std::mem::take(&mut ctx.links).check(&site, &mut ctx.report);
    if ctx.report.has_errors() {
        return Err(ctx.report.into_errors());
    }
    let stats = Stats { citations: ctx.citations, verified_quotations: ctx.verifier.verified };
    let notes = ctx
        .notes
        .drafts
        .into_iter()
        .zip(rendered)
        .map(|(d, body)| Note { n: d.n, kind: d.kind, refs: d.refs, body })
        .collect();
    Ok(Briefing {
        path: path.to_path_buf(),
        meta,
        body,
        notes,
        toc: ctx.headings.toc,
        cited: ctx.notes.cited,
        stats,
        warnings: ctx.report.into_warnings(),
        mentions,
        images,
        text: Arc::clone(&text),
    })
}
