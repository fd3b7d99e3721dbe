//! A paragraph's inline events as pieces: adjacent text merged (so a citation split across events is
//! still found), citations and note references split out, and a map from offsets in the merged text
//! back to the briefing file, so every message points at the right column.

use super::cite::{self, Citation};
use super::footnotes::{open_label, Footnotes, Spanned};
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

/// Maps offsets in merged text back to the file: (offset in merged text, file offset, same length),
/// sorted by offset, the first at 0.
#[derive(Default, Clone)]
pub(super) struct TextMap(Vec<(usize, usize, bool)>);

#[cfg(test)]
thread_local! {
    /// Map entries [`TextMap::slice`] has copied on this thread: the work of splitting, for the tests.
    static COPIED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl TextMap {
    /// The index of the entry that covers offset `at`: the last at or before it (or the first).
    fn entry(&self, at: usize) -> usize {
        self.0.partition_point(|&(off, _, _)| off <= at).saturating_sub(1)
    }

    /// The file offset of offset `at` in the merged text.
    pub(super) fn file_offset(&self, at: usize) -> usize {
        match self.0.get(self.entry(at)) {
            Some(&(off, file, true)) => file + (at - off),
            Some(&(_, file, false)) => file,
            None => 0,
        }
    }

    /// The map of the merged text's `range`, with offsets from its start. Only the entries inside the
    /// range are copied, so splitting a paragraph into pieces costs the size of the paragraph once
    /// (copying the whole map per piece made thousands of citations in one paragraph take gigabytes).
    fn slice(&self, range: Range<usize>) -> TextMap {
        let first = self.entry(range.start);
        let end = self.0.partition_point(|&(off, _, _)| off < range.end).max(first + 1).min(self.0.len());
        let mut out = Vec::with_capacity(end.saturating_sub(first));
        if let Some(&(off, file, exact)) = self.0.get(first) {
            let file = if exact { file + (range.start.saturating_sub(off)) } else { file };
            out.push((0, file, exact));
        }
        out.extend(
            self.0
                .iter()
                .take(end)
                .skip(first + 1)
                .map(|&(off, file, exact)| (off - range.start, file, exact)),
        );
        #[cfg(test)]
        COPIED.with(|c| c.set(c.get() + out.len()));
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
            let mut c = match found {
                Ok(c) => c,
                Err(e) => {
                    let span = map.file_offset(e.span.start)..map.file_offset(e.span.start) + e.span.len();
                    self.report.error(span, e.message, "citation", Some(e.help));
                    // An unclosed citation still cites what it names, so its sentence's quotations are
                    // checked against it rather than reported as uncited too.
                    match e.recovered {
                        Some(c) if c.span.start >= last => c,
                        _ => continue,
                    }
                }
            };
            if c.span.start > last {
                self.push_text(&text[last..c.span.start], map.slice(last..c.span.start));
            }
            let file_start = map.file_offset(c.span.start);
            let shift =
                |r: &Range<usize>| file_start + (r.start - c.span.start)..file_start + (r.end - c.span.start);
            for item in &mut c.items {
                item.id_span = shift(&item.id_span);
            }
            last = c.span.end;
            c.span = shift(&c.span);
            self.pieces.push(Piece::Cite(c));
        }
        if last < text.len() {
            self.push_text(&text[last..], map.slice(last..text.len()));
        }
    }

    fn push_text(&mut self, text: &str, map: TextMap) {
        // A `[^label]` left as text is a reference to a note that has no definition; a `[^label` without
        // its `]` is a reference (or, opening a paragraph, a definition) that is not closed.
        let mut from = 0;
        while let Some(i) = text[from..].find("[^") {
            let start = from + i;
            let file_start = map.file_offset(start);
            let rest = &text[start + 2..];
            match rest.find(']') {
                Some(len) if !rest[..len].contains(char::is_whitespace) && len > 0 => {
                    let label = rest[..len].to_string();
                    self.footnotes.undefined(&label, file_start..file_start + len + 3, self.report);
                    from = start + len + 3;
                }
                // `[^two words]`: closed, but a label is one word, so Markdown left it as text.
                Some(len)
                    if len <= 80
                        && !rest[..len].contains(['[', '\n'])
                        && !open_label(rest).is_empty()
                        && !self.footnotes.is_broken_definition(file_start) =>
                {
                    let words = &rest[..len];
                    self.report.error(
                        file_start..file_start + len + 3,
                        format!("note label `[^{words}]` has a space"),
                        "reference",
                        Some(format!(
                            "note labels are one word: `[^{}]`",
                            words.split_whitespace().collect::<Vec<_>>().join("-")
                        )),
                    );
                    from = start + len + 3;
                }
                _ => {
                    let label = open_label(rest);
                    if !label.is_empty() && !self.footnotes.is_broken_definition(file_start) {
                        let span = file_start..file_start + label.len() + 2;
                        self.footnotes.unclosed(label, span, self.report);
                    }
                    from = start + 2;
                }
            }
        }
        self.pieces.push(Piece::Text { text: text.to_string(), map });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use std::sync::Arc;

    /// Splits one paragraph of `n` cited sentences and returns the map entries copied.
    fn copied_for(n: usize) -> usize {
        let body: String = (0..n).map(|i| format!("Claim “{i}” [@a]. ")).collect();
        let events: Vec<Spanned<'_>> =
            pulldown_cmark::Parser::new_ext(&body, pulldown_cmark::Options::ENABLE_SMART_PUNCTUATION)
                .into_offset_iter()
                .filter(|(e, _)| matches!(e, Event::Text(_)))
                .collect();
        let text: Arc<str> = Arc::from(body.as_str());
        let mut report = Report::new(Path::new("briefing.md"), &text, Default::default());
        COPIED.with(|c| c.set(0));
        let pieces = pieces(events, &Footnotes::default(), &mut report);
        assert_eq!(pieces.iter().filter(|p| matches!(p, Piece::Cite(_))).count(), n);
        assert!(!report.has_errors());
        COPIED.with(|c| c.get())
    }

    #[test]
    fn splitting_many_citations_in_one_paragraph_is_linear() {
        let (small, large) = (copied_for(1_000), copied_for(8_000));
        // Linear work grows 8 times; copying the map per piece grew 64 times.
        assert!(large <= small * 12, "{small} entries copied for 1,000 citations, {large} for 8,000");
    }

    #[test]
    fn a_slice_maps_offsets_as_the_whole_map_does() {
        let map = TextMap(vec![(0, 100, true), (5, 200, false), (8, 300, true)]);
        for (start, end) in [(0, 10), (3, 7), (5, 9), (6, 12)] {
            let slice = map.slice(start..end);
            for at in start..end {
                assert_eq!(slice.file_offset(at - start), map.file_offset(at), "{start}..{end} at {at}");
            }
        }
    }
}
