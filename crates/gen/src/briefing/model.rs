//! What compiling the briefing produces: the types the render phase and the link check read.

use crate::diag::Diagnostic;
use crate::load::source::Published;
use crate::render::markup::BriefingMention;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

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
    /// The paragraphs the note points to: the locator, where quoted words were found, or the one found
    /// by wording.
    pub paragraphs: Vec<usize>,
    /// How each of `paragraphs` was found, in the same order.
    pub found: Vec<Found>,
    /// True when a quotation in the citing sentence was found in this source.
    pub verified: bool,
}

/// How a paragraph a note links was found.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Found {
    /// The author wrote its locator (`[@id, p4]`).
    Locator,
    /// A quotation of the citing sentence was found in it.
    Quotation,
    /// It shares the most wording with the citing sentence (see `support`): the shared words, in
    /// sentence order, of every sentence citing it in this note.
    Wording(Vec<String>),
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
    /// A footnote's content, in order (empty for a citation note, whose sources are in `kind`).
    pub body: Vec<Segment>,
}

/// One piece of the briefing's body or of a footnote, in order; the render phase marks up the note
/// references and citations through the templates.
#[derive(Debug, Clone)]
pub enum Segment {
    /// HTML pulldown-cmark wrote for the Markdown (text escaped, entity mentions marked).
    Html(String),
    /// A reference to a note.
    NoteRef {
        /// The note's number.
        n: usize,
        /// The reference's element id (`ref-3-1`), which the note's backlink points to.
        id: String,
        /// The note's plain text, for the hover preview.
        tip: String,
    },
    /// A citation inside a footnote, written out in short (never empty).
    ShortCite(Vec<Resolved>),
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
    /// The body, with note references.
    pub body: Vec<Segment>,
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
    /// The images written in the briefing with a path in the site, checked against `site/static` once
    /// its files are known ([`crate::check::briefing_images`]).
    pub images: Vec<Image>,
    /// The briefing's whole text, for diagnostics found after it is compiled.
    pub text: Arc<str>,
}

/// An image of the briefing: `![alt](url)` with a path in the site.
#[derive(Debug, Clone)]
pub struct Image {
    /// The URL as written.
    pub url: String,
    /// Byte range of the image in the briefing's text.
    pub span: Range<usize>,
}
