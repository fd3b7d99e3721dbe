//! A paragraph's inline events as pieces: adjacent text merged (so a citation split across events is
//! still found), citations and note references split out, and a map from offsets in the merged text
//! back to the briefing file, so every message points at the right column.

use super::cite::{self, Citation};
use super::footnotes::{Footnotes, Spanned};
use super::report::Report;
use pulldown_cmark::Event;
use std::ops::Range;

/// One piece of a paragraph's inline content after citations are found.
pub(super) enum Piece<'a> {
    /// Any other inline event, passed through.
    Event(Event<'a>),
    /// Merged text between citations, with its offset map.
    Text { text: String, map: TextMap },
    /// A citation, its spans in file offsets.
    Cite(Citation),
    /// A reference to a footnote.
    FootnoteRef { label: String, span: Range<usize> },
}

/// Maps offsets in merged text back to the file: (offset in merged text, file offset, same length).
#[derive(Default, Clone)]
pub(super) struct TextMap(Vec<(usize, usize, bool)>);

impl TextMap {
    /// The file offset of offset `at` in the merged text.
    pub(super) fn file_offset(&self, at: usize) -> usize {
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

/// Splits a run of inline events into pieces, reporting raw HTML, malformed citations and references
/// to undefined notes.
pub(super) fn pieces<'a>(
    run: Vec<Spanned<'a>>,
    footnotes: &Footnotes<'_>,
    report: &mut Report<'_>,
) -> Vec<Piece<'a>> {
    let mut splitter = Splitter { footnotes, report, pieces: Vec::new() };
    let mut text = String::new();
    let mut map = TextMap::default();
    for (event, range) in run {
        match event {
            Event::Text(t) => {
                map.0.push((text.len(), range.start, t.len() == range.len()));
                text.push_str(&t);
            }
            Event::FootnoteReference(label) => {
                splitter.flush(&mut text, &mut map);
                splitter.pieces.push(Piece::FootnoteRef { label: label.to_string(), span: range });
            }
            Event::InlineHtml(_) | Event::Html(_) => {
                splitter.flush(&mut text, &mut map);
                splitter.report.raw_html(range);
            }
            e => {
                splitter.flush(&mut text, &mut map);
                splitter.pieces.push(Piece::Event(e));
            }
        }
    }
    splitter.flush(&mut text, &mut map);
    splitter.pieces
}

/// The pieces found so far, and where problems go.
struct Splitter<'f, 'r, 's, 'a> {
    footnotes: &'f Footnotes<'f>,
    report: &'r mut Report<'s>,
    pieces: Vec<Piece<'a>>,
}

impl<'a> Splitter<'_, '_, '_, 'a> {
    /// Splits the merged text gathered so far, if any.
    fn flush(&mut self, text: &mut String, map: &mut TextMap) {
        if text.is_empty() {
            return;
        }
        let merged = std::mem::take(text);
        let m = std::mem::take(map);
        self.split_citations(merged, m);
    }

    fn split_citations(&mut self, text: String, map: TextMap) {
        let mut last = 0;
        for found in cite::scan(&text) {
            match found {
                Ok(mut c) => {
                    if c.span.start > last {
                        self.push_text(&text[last..c.span.start], map.shifted(last));
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
                    self.pieces.push(Piece::Cite(c));
                }
                Err(e) => {
                    let span = map.file_offset(e.span.start)..map.file_offset(e.span.start) + e.span.len();
                    self.report.error(span, e.message, "citation", Some(e.help));
                }
            }
        }
        if last < text.len() {
            self.push_text(&text[last..], map.shifted(last));
        }
    }

    fn push_text(&mut self, text: &str, map: TextMap) {
        // A `[^label]` left as text is a reference to a note that has no definition.
        let mut from = 0;
        while let Some(i) = text[from..].find("[^") {
            let start = from + i;
            match text[start..].find(']') {
                Some(len) if !text[start + 2..start + len].contains(char::is_whitespace) && len > 2 => {
                    let label = text[start + 2..start + len].to_string();
                    let span = map.file_offset(start)..map.file_offset(start) + len + 1;
                    self.footnotes.undefined(&label, span, self.report);
                    from = start + len + 1;
                }
                _ => from = start + 2,
            }
        }
        self.pieces.push(Piece::Text { text: text.to_string(), map });
    }
}
