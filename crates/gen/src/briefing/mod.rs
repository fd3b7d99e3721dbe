//! The briefing: TOML front matter, then Markdown with Pandoc-style citations and footnotes.
//!
//! Parsing runs pulldown-cmark with offsets, then transforms the event stream block by block: citations
//! found in text become numbered note references, quotations in a cited sentence are verified against
//! the cited sources (see [`dossier_core::quote`]), and footnote definitions are pulled out into the
//! endnotes. Every problem becomes a [`Diagnostic`] at its position in `content/briefing.md`.

pub mod cite;

use crate::analyse::entities::Gazetteer;
use crate::analyse::prose::{self, MARKER};
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::frontmatter;
use crate::load::source::{Published, Source};
use crate::render::html::{escape, language_name, slug};
use crate::render::markup::BriefingMention;
use cite::Citation;
use dossier_core::quote::{closest, find, Quotation};
use dossier_core::text::{tokenize, Token};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
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

/// The briefing's front matter, validated.
#[derive(Debug, Clone)]
pub struct Meta {
    /// The title.
    pub title: String,
    /// A line under the title.
    pub subtitle: Option<String>,
    /// The date of the briefing (a day).
    pub date: Published,
    /// Who wrote it.
    pub authors: Vec<String>,
    /// One or two sentences for the page description.
    pub summary: Option<String>,
}

/// One cited source in a citation note, resolved.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Resolved {
    /// The source id.
    pub id: String,
    /// The paragraphs the note points to: the locator, or where quoted words were found.
    pub paragraphs: Vec<usize>,
    /// True when a quotation in the citing sentence was found in this source.
    pub verified: bool,
}

/// What a note says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteKind {
    /// A citation of one or more sources.
    Citation(Vec<Resolved>),
    /// An author's footnote, by label.
    Footnote(String),
}

/// One endnote.
#[derive(Debug, Clone)]
pub struct Note {
    /// Its number, from 1.
    pub n: usize,
    /// What it is.
    pub kind: NoteKind,
    /// The ids of the references that point to it, in order (one backlink each).
    pub refs: Vec<String>,
    /// Its content, as HTML.
    pub html: String,
}

/// A place in the briefing that cites a source.
#[derive(Debug, Clone)]
pub struct CiteSite {
    /// The element id to link to (`ref-3-1`, or `note-5` for a citation inside a footnote).
    pub anchor: String,
    /// The note number.
    pub note: usize,
    /// The heading of the section it is in.
    pub section: String,
    /// The paragraphs of the source it points to.
    pub paragraphs: Vec<usize>,
}

/// A heading, for the table of contents.
#[derive(Debug, Clone)]
pub struct Heading {
    /// 2 or 3.
    pub level: u8,
    /// Its id.
    pub id: String,
    /// Its text.
    pub text: String,
}

/// Counts for the build summary.
#[derive(Debug, Clone, Copy, Default)]
pub struct Stats {
    /// Citation brackets in the text.
    pub citations: usize,
    /// Quotations found in a cited source.
    pub verified_quotations: usize,
}

/// The compiled briefing.
#[derive(Debug, Clone)]
pub struct Briefing {
    /// `content/briefing.md`.
    pub path: PathBuf,
    /// Front matter.
    pub meta: Meta,
    /// The body as HTML, with note references.
    pub body_html: String,
    /// The endnotes in order.
    pub notes: Vec<Note>,
    /// Level 2 and 3 headings.
    pub toc: Vec<Heading>,
    /// For each source id, the places that cite it.
    pub cited: BTreeMap<String, Vec<CiteSite>>,
    /// Counts.
    pub stats: Stats,
    /// Warnings (quotations without a citation, …), for `dossier check`.
    pub warnings: Vec<Diagnostic>,
    /// Entity mentions in the body, for the entity pages.
    pub mentions: Vec<BriefingMention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum NoteKey {
    Cite(Vec<Resolved>),
    Footnote(String),
}

type Spanned<'a> = (Event<'a>, Range<usize>);

struct Def<'a> {
    events: Vec<Spanned<'a>>,
    span: Range<usize>,
}

/// Compiles the briefing against the loaded sources. Citations of the `failed` ids (sources whose files
/// exist but did not load) are skipped without a further error.
pub fn compile(
    path: &Path,
    text: Arc<str>,
    sources: &BTreeMap<String, Source>,
    failed: &BTreeSet<String>,
    gazetteer: Option<&Gazetteer>,
) -> Result<Briefing, Vec<Diagnostic>> {
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
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_STRIKETHROUGH;
    let events: Vec<Spanned<'_>> = Parser::new_ext(body, options)
        .into_offset_iter()
        .map(|(e, r)| (e, r.start + body_start..r.end + body_start))
        .collect();

    let mut ctx = Ctx {
        path,
        text: &text,
        sources,
        tokens: sources
            .iter()
            .map(|(id, s)| {
                (id.as_str(), s.paragraphs.iter().map(|p| tokenize(s.paragraph_text(p))).collect())
            })
            .collect(),
        diags,
        warnings: Vec::new(),
        notes: Vec::new(),
        keys: HashMap::new(),
        defs: BTreeMap::new(),
        section: String::new(),
        heading_ids: BTreeSet::new(),
        toc: Vec::new(),
        cited: BTreeMap::new(),
        stats: Stats::default(),
        current_note: None,
        failed,
        links: Vec::new(),
        entity_ids: gazetteer
            .map(|g| g.entities().iter().map(|e| e.id.clone()).collect())
            .unwrap_or_default(),
    };
    let main = ctx.take_definitions(events);
    let body_events = ctx.transform(main);
    let (body_events, mentions) = match gazetteer {
        Some(g) => crate::render::markup::mark_events(body_events, g),
        None => (body_events, Vec::new()),
    };
    let mut body_html = String::new();
    pulldown_cmark::html::push_html(&mut body_html, body_events.into_iter());

    // Footnotes are rendered in note order; a footnote may reference another, which is appended.
    let mut rendered: Vec<String> = Vec::new();
    let mut i = 0;
    while i < ctx.notes.len() {
        let html = match ctx.notes[i].kind.clone() {
            NoteKind::Citation(items) => ctx.citation_note_html(&items),
            NoteKind::Footnote(label) => {
                let events =
                    ctx.defs.get_mut(&label).map(|d| std::mem::take(&mut d.events)).unwrap_or_default();
                ctx.current_note = Some(i + 1);
                let out = ctx.transform(events);
                let mut html = String::new();
                pulldown_cmark::html::push_html(&mut html, out.into_iter());
                html
            }
        };
        rendered.push(html);
        i += 1;
    }
    let used: BTreeSet<String> = ctx
        .notes
        .iter()
        .filter_map(|n| match &n.kind {
            NoteKind::Footnote(l) => Some(l.clone()),
            NoteKind::Citation(_) => None,
        })
        .collect();
    for (label, def) in &ctx.defs {
        if !used.contains(label) {
            ctx.diags.push(
                Diagnostic::error(path, format!("note `[^{label}]` is defined but never used"))
                    .at(&text, def.span.clone())
                    .label("unused definition")
                    .help(format!("reference it with `[^{label}]` in the text, or delete it")),
            );
        }
    }
    ctx.check_links();
    if ctx.diags.has_errors() {
        // Warnings travel with the errors, so `dossier check` can list everything in one run.
        let mut all = ctx.diags.into_sorted();
        all.extend(ctx.warnings);
        return Err(all);
    }
    let notes = ctx
        .notes
        .into_iter()
        .zip(rendered)
        .map(|(d, html)| Note { n: d.n, kind: d.kind, refs: d.refs, html })
        .collect();
    let mut warnings = ctx.warnings;
    warnings.extend(ctx.diags.into_sorted());
    Ok(Briefing {
        path: path.to_path_buf(),
        meta,
        body_html,
        notes,
        toc: ctx.toc,
        cited: ctx.cited,
        stats: ctx.stats,
        warnings,
        mentions,
    })
}

struct NoteDraft {
    n: usize,
    kind: NoteKind,
    refs: Vec<String>,
}

struct Ctx<'s, 'a> {
    path: &'s Path,
    text: &'s Arc<str>,
    sources: &'s BTreeMap<String, Source>,
    tokens: BTreeMap<&'s str, Vec<Vec<Token>>>,
    diags: Diagnostics,
    warnings: Vec<Diagnostic>,
    notes: Vec<NoteDraft>,
    keys: HashMap<NoteKey, usize>,
    defs: BTreeMap<String, Def<'a>>,
    section: String,
    heading_ids: BTreeSet<String>,
    toc: Vec<Heading>,
    cited: BTreeMap<String, Vec<CiteSite>>,
    stats: Stats,
    /// The note being rendered, when transforming a footnote's content.
    current_note: Option<usize>,
    /// Sources that exist but failed to load.
    failed: &'s BTreeSet<String>,
    /// Links to paths in the site, checked once every heading id is known.
    links: Vec<(String, Range<usize>)>,
    /// Entity ids (for links to entity pages).
    entity_ids: BTreeSet<String>,
}

/// One piece of a paragraph's inline content after citations are found.
enum Piece<'a> {
    Event(Event<'a>),
    Text { text: String, map: TextMap },
    Cite(Citation),
    FootnoteRef { label: String, span: Range<usize> },
}

/// Maps offsets in merged text back to the file: (offset in merged text, file offset, same length).
#[derive(Default, Clone)]
struct TextMap(Vec<(usize, usize, bool)>);

impl TextMap {
    fn file_offset(&self, at: usize) -> usize {
        let seg = self.0.iter().rev().find(|(off, _, _)| *off <= at).or(self.0.first());
        match seg {
            Some(&(off, file, true)) => file + (at - off),
            Some(&(_, file, false)) => file,
            None => 0,
        }
    }

    fn shifted(&self, from: usize) -> TextMap {
        let mut out: Vec<(usize, usize, bool)> = Vec::new();
        for &(off, file, exact) in &self.0 {
            if off <= from {
                out.clear();
                let file = if exact { file + (from - off) } else { file };
                out.push((0, file, exact));
            } else {
                out.push((off - from, file, exact));
            }
        }
        TextMap(out)
    }
}

impl<'s, 'a> Ctx<'s, 'a> {
    fn error(&mut self, span: Range<usize>, message: String, label: &str, help: Option<String>) {
        let mut d = Diagnostic::error(self.path, message).at(self.text, span).label(label.to_string());
        if let Some(h) = help {
            d = d.help(h);
        }
        self.diags.push(d);
    }

    /// Removes footnote definitions from the stream, keeping them by label.
    fn take_definitions(&mut self, events: Vec<Spanned<'a>>) -> Vec<Spanned<'a>> {
        let mut main = Vec::new();
        let mut current: Option<(String, Def<'a>)> = None;
        for (event, range) in events {
            match event {
                Event::Start(Tag::FootnoteDefinition(label)) => {
                    current = Some((label.to_string(), Def { events: Vec::new(), span: range }));
                }
                Event::End(TagEnd::FootnoteDefinition) => {
                    if let Some((label, def)) = current.take() {
                        if let Some(first) = self.defs.get(&label).map(|d| d.span.clone()) {
                            let (l1, _) = crate::diag::line_col(self.text, first.start);
                            self.error(
                                def.span.clone(),
                                format!("note `[^{label}]` is defined twice"),
                                "second definition",
                                Some(format!("the first is on line {l1}; keep one")),
                            );
                        } else {
                            self.defs.insert(label, def);
                        }
                    }
                }
                e => match &mut current {
                    Some((_, def)) => def.events.push((e, range)),
                    None => main.push((e, range)),
                },
            }
        }
        main
    }

    /// Transforms a block-level event stream.
    fn transform(&mut self, events: Vec<Spanned<'a>>) -> Vec<Event<'a>> {
        let mut out: Vec<Event<'a>> = Vec::new();
        let mut run: Vec<Spanned<'a>> = Vec::new();
        let mut heading: Option<usize> = None;
        for (event, range) in events {
            if is_inline(&event) {
                if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &event {
                    self.check_url(dest_url, range.clone(), matches!(event, Event::Start(Tag::Image { .. })));
                }
                run.push((event, range));
                continue;
            }
            let plain = self.flush(std::mem::take(&mut run), &mut out);
            match event {
                Event::Html(_) | Event::InlineHtml(_) => {
                    self.error(range, "raw HTML is not allowed in the briefing".into(), "raw HTML", Some("write it in Markdown; dossier escapes HTML so that content can never run scripts".into()));
                }
                Event::Start(Tag::Heading { .. }) => {
                    heading = Some(out.len());
                    out.push(event);
                }
                Event::End(TagEnd::Heading(level)) => {
                    if let Some(Event::Start(Tag::Heading { id, .. })) = heading.and_then(|i| out.get_mut(i))
                    {
                        let wanted = id.as_ref().map_or_else(|| slug(&plain), |i| i.to_string());
                        let mut unique = wanted.clone();
                        let mut k = 2;
                        while !self.heading_ids.insert(unique.clone()) {
                            unique = format!("{wanted}-{k}");
                            k += 1;
                        }
                        *id = Some(CowStr::from(unique.clone()));
                        let level = match level {
                            HeadingLevel::H1 => 1,
                            HeadingLevel::H2 => 2,
                            HeadingLevel::H3 => 3,
                            _ => 4,
                        };
                        if level <= 3 {
                            self.section = plain.trim().to_string();
                        }
                        if (2..=3).contains(&level) && self.current_note.is_none() {
                            self.toc.push(Heading { level, id: unique, text: plain.trim().to_string() });
                        }
                    }
                    heading = None;
                    out.push(event);
                }
                e => out.push(e),
            }
        }
        self.flush(run, &mut out);
        out
    }

    /// Checks the briefing's links to pages of the site: the page must be one the build writes, and a
    /// `#fragment` on the briefing itself or on a source page must exist.
    fn check_links(&mut self) {
        let mut pages: BTreeSet<String> = [
            "index.html",
            "sources/index.html",
            "entities/index.html",
            "quotes/index.html",
            "explore/index.html",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        pages.extend(self.sources.keys().map(|id| format!("sources/{id}/index.html")));
        pages.extend(self.entity_ids.iter().map(|id| format!("entities/{id}/index.html")));
        let note_count = self.notes.len();
        for (url, span) in std::mem::take(&mut self.links) {
            let (path, fragment) = url.split_once('#').map_or((url.as_str(), None), |(p, f)| (p, Some(f)));
            let path = path.split('?').next().unwrap_or("").trim_start_matches("./");
            if path.starts_with("static/") {
                continue;
            }
            let page = match path {
                "" => "index.html".to_string(),
                p if p.ends_with('/') => format!("{p}index.html"),
                p => p.to_string(),
            };
            if !pages.contains(&page) {
                let known: Vec<String> = pages.iter().cloned().collect();
                let help = match crate::suggest(&page, &known) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => "link to a page of the site, e.g. `sources/<id>/index.html#p4`".to_string(),
                };
                self.error(
                    span,
                    format!("broken link `{url}`: no such page in the site"),
                    "broken link",
                    Some(help),
                );
                continue;
            }
            let Some(fragment) = fragment.filter(|f| !f.is_empty()) else { continue };
            let exists = if page == "index.html" {
                self.heading_ids.contains(fragment)
                    || fragment
                        .strip_prefix("note-")
                        .and_then(|n| n.parse::<usize>().ok())
                        .is_some_and(|n| (1..=note_count).contains(&n))
                    || ["notes-title", "toc-title", "main"].contains(&fragment)
                    || fragment.strip_prefix('b').is_some_and(|n| n.parse::<usize>().is_ok())
            } else if let Some(id) = page.strip_prefix("sources/").and_then(|p| p.strip_suffix("/index.html"))
            {
                let paragraphs = self.sources.get(id).map_or(0, |s| s.paragraphs.len());
                fragment
                    .strip_prefix('p')
                    .and_then(|n| n.parse::<usize>().ok())
                    .is_some_and(|n| (1..=paragraphs).contains(&n))
                    || ["cited-title", "text-title", "main"].contains(&fragment)
            } else {
                true // other pages' ids are checked on the rendered site
            };
            if !exists {
                self.error(
                    span,
                    format!("broken link `{url}`: `{page}` has no `#{fragment}`"),
                    "no such anchor",
                    Some("headings have ids from their text (or `{#id}`); source paragraphs are `#p1`, `#p2`, …".into()),
                );
            }
        }
    }

    fn check_url(&mut self, url: &str, span: Range<usize>, image: bool) {
        let lower = url.trim().to_ascii_lowercase();
        let scheme = lower
            .split_once(':')
            .map(|(s, _)| s)
            .filter(|s| s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)));
        let external = matches!(scheme, Some("http" | "https"));
        if scheme.is_none() && !lower.starts_with("//") && !image {
            self.links.push((url.to_string(), span.clone()));
        }
        let ok = match scheme {
            None => !lower.starts_with("//"),
            Some("http" | "https" | "mailto") => !image,
            Some(_) => false,
        };
        if !ok {
            let msg = if image && external {
                format!("image `{url}` is outside the site")
            } else {
                format!("link to `{url}` is not allowed")
            };
            self.error(span, msg, "here", Some("links may be http, https, mailto or a path in the site; images must be files in the site".into()));
        }
    }

    /// Transforms one run of inline events (the content of a paragraph, heading, cell …) and returns
    /// its plain text.
    fn flush(&mut self, run: Vec<Spanned<'a>>, out: &mut Vec<Event<'a>>) -> String {
        if run.is_empty() {
            return String::new();
        }
        let pieces = self.pieces(run);
        // The plain text, with a marker for each citation and note reference.
        let mut plain = String::new();
        let mut at: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
        for p in &pieces {
            let start = plain.len();
            match p {
                Piece::Text { text, .. } => plain.push_str(text),
                Piece::Cite(_) | Piece::FootnoteRef { .. } => plain.push(MARKER),
                Piece::Event(Event::Code(c)) => plain.push_str(c),
                Piece::Event(Event::SoftBreak | Event::HardBreak) => plain.push(' '),
                Piece::Event(_) => {}
            }
            at.push(start..plain.len());
        }
        let file_offset = |pos: usize| -> usize {
            pieces
                .iter()
                .zip(&at)
                .find(|(_, r)| r.start <= pos && pos < r.end.max(r.start + 1))
                .and_then(|(p, r)| match p {
                    Piece::Text { map, .. } => Some(map.file_offset(pos - r.start)),
                    Piece::Cite(c) => Some(c.span.start),
                    Piece::FootnoteRef { span, .. } => Some(span.start),
                    Piece::Event(_) => None,
                })
                .unwrap_or(0)
        };

        // Which quotation does each citation vouch for: those in its sentence.
        let cites: Vec<(usize, usize)> = pieces
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p, Piece::Cite(_)))
            .map(|(i, _)| (i, at[i].start))
            .collect();
        let mut resolved: HashMap<usize, Vec<Resolved>> = cites
            .iter()
            .filter_map(|&(i, _)| match &pieces[i] {
                Piece::Cite(c) => Some((i, self.resolve_items(c))),
                _ => None,
            })
            .collect();
        let quotes = prose::quotations(&plain);
        for sentence in prose::sentences(&plain, &quotes) {
            let here: Vec<(usize, usize)> =
                cites.iter().copied().filter(|&(_, pos)| sentence.contains(&pos)).collect();
            for q in quotes.iter().filter(|q| sentence.contains(&q.outer.start)) {
                let quotation = Quotation::parse(&plain[q.inner.clone()]);
                let span = file_offset(q.outer.start)..file_offset(q.outer.end.saturating_sub(1)) + 1;
                if quotation.is_empty() {
                    if !here.is_empty() {
                        self.warnings.push(
                            Diagnostic::warning(self.path, "quotation marks with no words inside")
                                .at(self.text, span)
                                .label("nothing to verify")
                                .help("put the quoted words between the marks, or remove them"),
                        );
                    }
                    continue;
                }
                if here.is_empty() {
                    if self.current_note.is_none() {
                        self.warnings.push(
                            Diagnostic::warning(self.path, "quotation without a citation in its sentence")
                                .at(self.text, span)
                                .label("not verified")
                                .help("cite the source it comes from, e.g. `[@source-id]`, before the sentence ends"),
                        );
                    }
                    continue;
                }
                // A cited source that failed to load cannot vouch either way: its error is reported, and
                // "not found in the others" would only mislead.
                let cites_failed = here.iter().any(|&(i, _)| {
                    matches!(&pieces[i], Piece::Cite(c) if c.items.iter().any(|it| self.failed.contains(&it.id)))
                });
                if cites_failed {
                    continue;
                }
                // Citations after the quotation first (the usual place), nearest first, then those before.
                let mut order: Vec<(usize, usize)> =
                    here.iter().copied().filter(|&(_, pos)| pos > q.outer.start).collect();
                order.extend(here.iter().copied().filter(|&(_, pos)| pos < q.outer.start).rev());
                self.verify(&quotation, &plain[q.inner.clone()], span, &order, &mut resolved);
            }
        }

        let mut plain_text = String::new();
        for (i, piece) in pieces.into_iter().enumerate() {
            match piece {
                Piece::Text { text, .. } => {
                    plain_text.push_str(&text);
                    out.push(Event::Text(CowStr::from(text)));
                }
                Piece::Cite(_) => {
                    self.stats.citations += 1;
                    // A note reference sits against the word before it, as in print.
                    if self.current_note.is_none() {
                        if let Some(Event::Text(t)) = out.last_mut() {
                            if t.ends_with(char::is_whitespace) {
                                *t = CowStr::from(t.trim_end().to_string());
                            }
                        }
                    }
                    let items = resolved.remove(&i).unwrap_or_default();
                    out.push(Event::InlineHtml(CowStr::from(self.cite_html(items))));
                }
                Piece::FootnoteRef { label, span } => {
                    if self.defs.contains_key(&label) {
                        let n = self.note_for(NoteKey::Footnote(label.clone()), NoteKind::Footnote(label));
                        out.push(Event::InlineHtml(CowStr::from(self.noteref_html(n))));
                    } else {
                        self.undefined_note(&label, span);
                    }
                }
                Piece::Event(e) => {
                    if let Event::Code(c) = &e {
                        plain_text.push_str(c);
                    }
                    if matches!(e, Event::SoftBreak | Event::HardBreak) {
                        plain_text.push(' ');
                    }
                    out.push(e);
                }
            }
        }
        plain_text
    }

    /// Merges adjacent text events and splits out citations and note references.
    fn pieces(&mut self, run: Vec<Spanned<'a>>) -> Vec<Piece<'a>> {
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut map = TextMap::default();
        let flush_text =
            |text: &mut String, map: &mut TextMap, pieces: &mut Vec<Piece<'a>>, ctx: &mut Self| {
                if text.is_empty() {
                    return;
                }
                let merged = std::mem::take(text);
                let m = std::mem::take(map);
                ctx.split_citations(merged, m, pieces);
            };
        for (event, range) in run {
            match event {
                Event::Text(t) => {
                    map.0.push((text.len(), range.start, t.len() == range.len()));
                    text.push_str(&t);
                }
                Event::FootnoteReference(label) => {
                    flush_text(&mut text, &mut map, &mut pieces, self);
                    pieces.push(Piece::FootnoteRef { label: label.to_string(), span: range });
                }
                Event::InlineHtml(_) | Event::Html(_) => {
                    flush_text(&mut text, &mut map, &mut pieces, self);
                    self.error(range, "raw HTML is not allowed in the briefing".into(), "raw HTML", Some("write it in Markdown; dossier escapes HTML so that content can never run scripts".into()));
                }
                e => {
                    flush_text(&mut text, &mut map, &mut pieces, self);
                    pieces.push(Piece::Event(e));
                }
            }
        }
        flush_text(&mut text, &mut map, &mut pieces, self);
        pieces
    }

    fn split_citations(&mut self, text: String, map: TextMap, pieces: &mut Vec<Piece<'a>>) {
        let mut last = 0;
        for found in cite::scan(&text) {
            match found {
                Ok(mut c) => {
                    if c.span.start > last {
                        self.push_text(&text[last..c.span.start], map.shifted(last), pieces);
                    }
                    let file_start = map.file_offset(c.span.start);
                    let shift = |r: &Range<usize>| {
                        file_start + (r.start - c.span.start)..file_start + (r.end - c.span.start)
                    };
                    for item in &mut c.items {
                        item.id_span = shift(&item.id_span);
                    }
                    last = c.span.end;
                    c.span = shift(&c.span);
                    pieces.push(Piece::Cite(c));
                }
                Err(e) => {
                    let span = map.file_offset(e.span.start)..map.file_offset(e.span.start) + e.span.len();
                    self.error(span, e.message, "citation", Some(e.help));
                }
            }
        }
        if last < text.len() {
            self.push_text(&text[last..], map.shifted(last), pieces);
        }
    }

    fn push_text(&mut self, text: &str, map: TextMap, pieces: &mut Vec<Piece<'a>>) {
        // A `[^label]` left as text is a reference to a note that has no definition.
        let mut from = 0;
        while let Some(i) = text[from..].find("[^") {
            let start = from + i;
            match text[start..].find(']') {
                Some(len) if !text[start + 2..start + len].contains(char::is_whitespace) && len > 2 => {
                    let label = text[start + 2..start + len].to_string();
                    let span = map.file_offset(start)..map.file_offset(start) + len + 1;
                    self.undefined_note(&label, span);
                    from = start + len + 1;
                }
                _ => from = start + 2,
            }
        }
        pieces.push(Piece::Text { text: text.to_string(), map });
    }

    fn undefined_note(&mut self, label: &str, span: Range<usize>) {
        let known: Vec<String> = self.defs.keys().cloned().collect();
        let help = match crate::suggest(label, &known) {
            Some(s) => format!("did you mean `[^{s}]`?"),
            None => format!("add a definition `[^{label}]: …` at the end of the briefing"),
        };
        self.error(span, format!("reference to undefined note `[^{label}]`"), "no definition", Some(help));
    }

    /// Checks the ids and locators of a citation; unknown ids and missing paragraphs are errors.
    fn resolve_items(&mut self, c: &Citation) -> Vec<Resolved> {
        let mut out = Vec::new();
        for item in &c.items {
            if self.failed.contains(&item.id) {
                continue;
            }
            let Some(source) = self.sources.get(&item.id) else {
                let ids: Vec<String> = self.sources.keys().cloned().collect();
                let help = match crate::suggest(&item.id, &ids) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("known sources: {}", ids.join(", ")),
                };
                self.error(
                    item.id_span.clone(),
                    format!("unknown source `{}`", item.id),
                    "no such file in content/sources/",
                    Some(help),
                );
                continue;
            };
            let mut paragraphs = Vec::new();
            if let Some(n) = item.locator {
                if source.paragraph(n).is_none() {
                    self.error(
                        c.span.clone(),
                        format!("`{}` has no paragraph p{n}", item.id),
                        "locator out of range",
                        Some(format!(
                            "it has {} paragraphs (see sources/{}/)",
                            source.paragraphs.len(),
                            item.id
                        )),
                    );
                    continue;
                }
                paragraphs.push(n);
            }
            out.push(Resolved { id: item.id.clone(), paragraphs, verified: false });
        }
        out
    }

    /// Looks for a quotation in the sources of the candidate citations; records where it was found or
    /// reports it with the closest passage.
    fn verify(
        &mut self,
        quotation: &Quotation,
        quoted: &str,
        span: Range<usize>,
        order: &[(usize, usize)],
        resolved: &mut HashMap<usize, Vec<Resolved>>,
    ) {
        for &(piece, _) in order {
            let Some(items) = resolved.get_mut(&piece) else {
                continue;
            };
            for item in items.iter_mut() {
                let Some(paras) = self.tokens.get(item.id.as_str()) else {
                    continue;
                };
                let located = item.paragraphs.first().copied().filter(|_| !item.verified);
                let hit = paras
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| located.is_none_or(|n| n == i + 1))
                    .find(|(_, tokens)| find(quotation, tokens).is_some())
                    .map(|(i, _)| i + 1);
                if let Some(n) = hit {
                    if !item.paragraphs.contains(&n) {
                        item.paragraphs.push(n);
                        item.paragraphs.sort_unstable();
                    }
                    item.verified = true;
                    self.stats.verified_quotations += 1;
                    return;
                }
            }
        }
        // Not found: say where it is instead (outside a locator) or what comes closest.
        let ids: Vec<String> = order
            .iter()
            .filter_map(|(p, _)| resolved.get(p))
            .flatten()
            .map(|r| r.id.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if ids.is_empty() {
            return; // the citation itself is broken and already reported
        }
        for id in &ids {
            if let Some(n) = self
                .tokens
                .get(id.as_str())
                .and_then(|paras| paras.iter().position(|t| find(quotation, t).is_some()))
            {
                self.error(
                    span,
                    format!("quotation is in p{} of {id}, not in the paragraph the locator gives", n + 1),
                    "wrong paragraph",
                    Some(format!("cite it as `[@{id}, p{}]`", n + 1)),
                );
                return;
            }
        }
        let mut best: Option<(usize, String, usize, Range<usize>)> = None;
        for id in &ids {
            let Some(paras) = self.tokens.get(id.as_str()) else {
                continue;
            };
            for (i, tokens) in paras.iter().enumerate() {
                if let Some((range, score)) = closest(quotation, tokens) {
                    if best.as_ref().is_none_or(|b| score > b.0) {
                        let r = tokens[range.start].span.start..tokens[range.end - 1].span.end;
                        best = Some((score, id.clone(), i + 1, r));
                    }
                }
            }
        }
        let help = best.and_then(|(score, id, n, r)| {
            let source = self.sources.get(&id)?;
            let text = &source.paragraph_text(source.paragraph(n)?)[r];
            Some(if score == 0 {
                format!("{id} has no passage that shares words with it")
            } else {
                format!("closest passage in {id}, p{n}: “{text}”")
            })
        });
        let _ = quoted;
        self.error(
            span,
            format!("quotation not found in {}", ids.join(" or ")),
            "not in the cited source",
            help,
        );
    }

    fn note_for(&mut self, key: NoteKey, kind: NoteKind) -> usize {
        let n = match self.keys.get(&key) {
            Some(&n) => n,
            None => {
                let n = self.notes.len() + 1;
                self.keys.insert(key, n);
                self.notes.push(NoteDraft { n, kind, refs: Vec::new() });
                n
            }
        };
        n
    }

    /// The reference mark for a new reference to note `n`, with its hover preview.
    fn noteref_html(&mut self, n: usize) -> String {
        let note = &mut self.notes[n - 1];
        let id = format!("ref-{n}-{}", note.refs.len() + 1);
        note.refs.push(id.clone());
        let preview = self.preview(n);
        format!(
            "<a class=\"noteref\" id=\"{id}\" href=\"#note-{n}\" role=\"doc-noteref\" aria-describedby=\"tip-{id}\">{n}</a><span class=\"note-tip\" id=\"tip-{id}\" role=\"tooltip\">{}</span>",
            escape(&preview)
        )
    }

    fn cite_html(&mut self, items: Vec<Resolved>) -> String {
        if items.is_empty() {
            return String::new();
        }
        if let Some(note) = self.current_note {
            // Inside a footnote, a citation is written out in short rather than becoming a note of a note.
            for r in &items {
                self.cited.entry(r.id.clone()).or_default().push(CiteSite {
                    anchor: format!("note-{note}"),
                    note,
                    section: "Notes".into(),
                    paragraphs: r.paragraphs.clone(),
                });
            }
            return format!("({})", self.items_html(&items, true));
        }
        let n = self.note_for(NoteKey::Cite(items.clone()), NoteKind::Citation(items.clone()));
        let html = self.noteref_html(n);
        let anchor = self.notes[n - 1].refs.last().cloned().unwrap_or_default();
        for r in &items {
            self.cited.entry(r.id.clone()).or_default().push(CiteSite {
                anchor: anchor.clone(),
                note: n,
                section: self.section.clone(),
                paragraphs: r.paragraphs.clone(),
            });
        }
        html
    }

    fn preview(&self, n: usize) -> String {
        match &self.notes[n - 1].kind {
            NoteKind::Citation(items) => items
                .iter()
                .filter_map(|r| {
                    let s = self.sources.get(&r.id)?;
                    let paras: Vec<String> = r.paragraphs.iter().map(|p| format!("¶{p}")).collect();
                    let mut t =
                        format!("{}, “{}”, {}", outlet(s), inner_quotes(&s.meta.title), s.meta.published);
                    if !paras.is_empty() {
                        t.push_str(&format!(", {}", paras.join(", ")));
                    }
                    Some(t)
                })
                .collect::<Vec<_>>()
                .join("; "),
            NoteKind::Footnote(label) => {
                let text: String = self
                    .defs
                    .get(label)
                    .map(|d| {
                        d.events
                            .iter()
                            .filter_map(|(e, _)| match e {
                                Event::Text(t) | Event::Code(t) => Some(t.to_string()),
                                Event::SoftBreak | Event::HardBreak => Some(" ".into()),
                                _ => None,
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let text = strip_citations(&text);
                let mut short: String = text.chars().take(240).collect();
                if text.chars().count() > 240 {
                    short.push('…');
                }
                short
            }
        }
    }

    fn citation_note_html(&self, items: &[Resolved]) -> String {
        format!("{}.", self.items_html(items, false))
    }

    fn items_html(&self, items: &[Resolved], short: bool) -> String {
        items
            .iter()
            .filter_map(|r| {
                let s = self.sources.get(&r.id)?;
                let page = format!("sources/{}/index.html", r.id);
                let mut h = if short {
                    format!(
                        "<a class=\"cite-short\" href=\"{page}\">{}, {}</a>",
                        escape(&outlet(s)),
                        s.meta.published
                    )
                } else {
                    let mut h = format!(
                        "<span class=\"cite-outlet\">{}</span>, “<a href=\"{page}\">{}</a>”, {}",
                        escape(&outlet(s)),
                        escape(&inner_quotes(&s.meta.title)),
                        s.meta.published
                    );
                    if let Some(from) = &s.meta.translated_from {
                        h.push_str(&format!(" (translated from {})", escape(&language_name(from))));
                    }
                    h
                };
                if !r.paragraphs.is_empty() {
                    let links: Vec<String> = r
                        .paragraphs
                        .iter()
                        .map(|p| format!("<a href=\"{page}#p{p}\">¶&#8239;{p}</a>"))
                        .collect();
                    h.push_str(&format!(", {}", links.join(", ")));
                }
                if r.verified && !short {
                    h.push_str(" <span class=\"verified\">(quotation checked)</span>");
                }
                if let (Some(url), false) = (&s.meta.url, short) {
                    h.push_str(&format!(". Original: <a class=\"url\" href=\"{0}\">{0}</a>", escape(url)));
                }
                Some(h)
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The outlet as a reader should see it.
pub fn outlet(s: &Source) -> String {
    if s.meta.outlet.eq_ignore_ascii_case("unknown") {
        "Unknown outlet".into()
    } else {
        s.meta.outlet.clone()
    }
}

fn strip_citations(text: &str) -> String {
    let mut out = String::new();
    let mut last = 0;
    for c in cite::scan(text).into_iter().flatten() {
        out.push_str(&text[last..c.span.start]);
        last = c.span.end;
    }
    out.push_str(&text[last..]);
    let joined = out.split_whitespace().collect::<Vec<_>>().join(" ");
    // A citation removed before punctuation leaves a stray space ("wording” ." → "wording”.").
    joined.replace(" .", ".").replace(" ,", ",").replace(" ;", ";")
}

fn is_inline(e: &Event<'_>) -> bool {
    match e {
        Event::Text(_)
        | Event::Code(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_)
        | Event::InlineHtml(_)
        | Event::InlineMath(_) => true,
        Event::Start(t) => matches!(
            t,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::Superscript
                | Tag::Subscript
        ),
        Event::End(t) => matches!(
            t,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image
                | TagEnd::Superscript
                | TagEnd::Subscript
        ),
        _ => false,
    }
}

/// A title set inside “…” with its own double quotes turned single (‘…’), as typography asks for a
/// quotation within a quotation: “Al Qaeda ‘is gaining strength’”. Apostrophes are left alone.
pub(crate) fn inner_quotes(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut open = true;
    for c in title.chars() {
        match c {
            '“' => out.push('‘'),
            '”' => out.push('’'),
            '"' => {
                out.push(if open { '‘' } else { '’' });
                open = !open;
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_quotation_inside_a_quoted_title_takes_single_quotes() {
        assert_eq!(
            super::inner_quotes("The US warns that Al Qaeda “is gaining strength” in Afghanistan"),
            "The US warns that Al Qaeda ‘is gaining strength’ in Afghanistan"
        );
        assert_eq!(
            super::inner_quotes(r#"Taliban set to become Al Qaeda’s "darling" again"#),
            "Taliban set to become Al Qaeda’s ‘darling’ again"
        );
    }
}
