//! The briefing: TOML front matter, then Markdown with Pandoc-style citations and footnotes.
//!
//! [`compile`] runs pulldown-cmark with offsets, then transforms the event stream block by block:
//! citations found in text become numbered note references, quotations in a cited sentence are
//! verified against the cited sources (see [`dossier_core::quote`]), and footnote definitions are
//! pulled out into the endnotes. Every problem becomes a [`Diagnostic`](crate::diag::Diagnostic) at
//! its position in `content/briefing.md`.
//!
//! By job: `compile` (the pipeline), `footnotes` (definitions by label), `text_map` (offset mapping and
//! citation splitting), `verify` (citations resolved, quotations checked), `notes` (note assembly),
//! `links` (links checked against the site's pages), `transform` (the event transform that drives
//! them), `report` (diagnostics), `segments` (the HTML with note references left as data), `support` (paragraphs found by wording), `model` (what the render phase reads) and [`cite`] (the citation
//! syntax).

pub mod cite;
mod compile;
mod footnotes;
mod links;
mod model;
mod notes;
mod report;
mod segments;
mod support;
mod text_map;
mod transform;
mod verify;

pub use compile::compile;
pub use model::{Briefing, CiteSite, Found, Heading, Image, Meta, Note, NoteKind, Resolved, Segment, Stats};
pub(crate) use notes::inner_quotes;
pub use notes::{outlet, outlet_known, source_name};
pub use support::Entities;
