//! The event transform: block by block, each run of inline events (a paragraph, a heading, a table
//! cell) is split into pieces, its quotations verified, its citations and note references replaced by
//! note marks; headings get unique ids and fill the table of contents.

use super::footnotes::{Footnotes, Spanned};
use super::links::Links;
use super::model::{Heading, Resolved, Segment};
use super::notes::Notes;
use super::report::Report;
use super::segments::slot;
use super::support::Support;
use super::text_map::{pieces, Piece};
use super::verify::{work, CiteAt, Verifier};
use crate::analyse::prose::{self, MARKER};
use crate::render::html::slug;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::rc::Rc;

/// The briefing's headings: their ids (unique) and the table of contents.
#[derive(Default)]
pub(super) struct Headings {
    /// Every id given so far.
    pub(super) ids: BTreeSet<String>,
    /// Level 2 and 3 headings of the body.
    pub(super) toc: Vec<Heading>,
    /// For each id asked for, the next suffix to try.
    next: HashMap<String, usize>,
    /// Ids tried, for the tests.
    #[cfg(test)]
    attempts: usize,
}

impl Headings {
    /// A unique id for a heading that asks for `wanted`: `wanted`, else `wanted-2`, `wanted-3`, ….
    /// The next suffix to try is kept per wanted id (ids are never given back, so every smaller suffix
    /// is still taken): ten thousand `## Notes` try each suffix once, not each earlier one again.
    fn unique(&mut self, wanted: String) -> String {
        let k = self.next.entry(wanted.clone()).or_insert(2);
        let mut unique = wanted.clone();
        loop {
            #[cfg(test)]
            {
                self.attempts += 1;
            }
            if self.ids.insert(unique.clone()) {
                return unique;
            }
            unique = format!("{wanted}-{k}");
            *k += 1;
        }
    }
}

/// Everything the transform reads and fills, each part owned by its job.
pub(super) struct Ctx<'s, 'a> {
    /// Errors and warnings.
    pub(super) report: Report<'s>,
    /// Citations resolved, quotations verified.
    pub(super) verifier: Verifier<'s>,
    /// Paragraphs found by wording.
    pub(super) support: Support<'s>,
    /// The footnote definitions.
    pub(super) footnotes: Footnotes<'a>,
    /// The notes and the places that cite each source.
    pub(super) notes: Notes<'s>,
    /// Links to check once the whole briefing is read.
    pub(super) links: Links,
    /// Heading ids and the table of contents.
    pub(super) headings: Headings,
    /// The heading of the section being transformed.
    section: String,
    /// The file range of the table row being transformed: a cell's citation stands for the whole row.
    row: Option<Range<usize>>,
    /// The note being rendered, when transforming a footnote's content.
    pub(super) current_note: Option<usize>,
    /// Citation brackets in the text.
    pub(super) citations: usize,
    /// The note references and short citations of the events transformed so far, one per slot.
    pub(super) queued: Vec<Segment>,
}

impl<'s, 'a> Ctx<'s, 'a> {
    /// A transform with nothing found yet.
    pub(super) fn new(
        report: Report<'s>,
        verifier: Verifier<'s>,
        support: Support<'s>,
        notes: Notes<'s>,
    ) -> Self {
        Ctx {
            report,
            verifier,
            support,
            footnotes: Footnotes::default(),
            notes,
            links: Links::default(),
            headings: Headings::default(),
            section: String::new(),
            row: None,
            current_note: None,
            citations: 0,
            queued: Vec::new(),
        }
    }

    /// Transforms a block-level event stream.
    pub(super) fn transform(&mut self, events: Vec<Spanned<'a>>) -> Vec<Event<'a>> {
        let mut out: Vec<Event<'a>> = Vec::new();
        let mut run: Vec<Spanned<'a>> = Vec::new();
        let mut heading: Option<usize> = None;
        for (event, range) in events {
            if is_inline(&event) {
                if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &event {
                    let image = matches!(event, Event::Start(Tag::Image { .. }));
                    self.links.check_url(dest_url, range.clone(), image, &mut self.report);
                }
                run.push((event, range));
                continue;
            }
            let plain = self.flush(std::mem::take(&mut run), &mut out);
            match event {
                Event::Html(_) | Event::InlineHtml(_) => self.report.raw_html(range),
                Event::Start(Tag::TableRow | Tag::TableHead) => {
                    self.row = Some(range);
                    out.push(event);
                }
                Event::End(TagEnd::TableRow | TagEnd::TableHead) => {
                    self.row = None;
                    out.push(event);
                }
                Event::Start(Tag::Heading { .. }) => {
                    heading = Some(out.len());
                    out.push(event);
                }
                Event::End(TagEnd::Heading(level)) => {
                    if let Some(Event::Start(Tag::Heading { id, .. })) = heading.and_then(|i| out.get_mut(i))
                    {
                        let wanted = id.as_ref().map_or_else(|| slug(&plain), |i| i.to_string());
                        let unique = self.headings.unique(wanted);
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
                            self.headings.toc.push(Heading {
                                level,
                                id: unique,
                                text: plain.trim().to_string(),
                            });
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

    /// Transforms one run of inline events (the content of a paragraph, heading, cell …) and returns
    /// its plain text.
    fn flush(&mut self, run: Vec<Spanned<'a>>, out: &mut Vec<Event<'a>>) -> String {
        if run.is_empty() {
            return String::new();
        }
        let pieces = pieces(run, &self.footnotes, &mut self.report);
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
        // The first piece whose range holds `pos` (an empty piece holds its start). Starts and ends only
        // grow, so two binary searches find it: one lookup per quotation must not scan every piece.
        let file_offset = |pos: usize| -> usize {
            let started = at.partition_point(|r| r.start <= pos);
            let i = at[..started].partition_point(|r| r.end.max(r.start + 1) <= pos);
            pieces
                .get(i)
                .filter(|_| i < started)
                .and_then(|p| match p {
                    Piece::Text { map, .. } => Some(map.file_offset(pos - at[i].start)),
                    Piece::Cite(c) => Some(c.span.start),
                    Piece::FootnoteRef { span, .. } => Some(span.start),
                    Piece::Event(_) => None,
                })
                .unwrap_or(0)
        };

        // Which quotation does each citation vouch for: those in its sentence.
        let cites: Vec<CiteAt<'_>> = pieces
            .iter()
            .enumerate()
            .filter_map(|(i, p)| match p {
                Piece::Cite(c) => Some((i, at[i].start, c)),
                _ => None,
            })
            .collect();
        let mut resolved: HashMap<usize, Vec<Resolved>> =
            cites.iter().map(|&(i, _, c)| (i, self.verifier.resolve(c, &mut self.report))).collect();
        let in_note = self.current_note.is_some();
        self.verifier.check_quotations(
            &plain,
            &cites,
            &file_offset,
            &mut resolved,
            in_note,
            &mut self.report,
        );
        // What neither a locator nor a quotation placed is found by the wording of the citing sentence.
        let quotes = prose::quotations(&plain);
        let sentences = prose::sentences(&plain, &quotes);
        // The sentence of the last citation, copied once for all the citations it holds: a copy per
        // citation was quadratic in a sentence with thousands of them.
        let mut last: Option<(Range<usize>, Rc<str>)> = None;
        for (k, &(i, pos, c)) in cites.iter().enumerate() {
            // The text this citation closes: from the previous citation of the run (or its start).
            let after = if k == 0 { 0 } else { cites[k - 1].1 + MARKER.len_utf8() };
            let Some(items) = resolved.get_mut(&i) else { continue };
            if items.iter().all(|r| !r.paragraphs.is_empty()) {
                continue;
            }
            let (text, context) = match &self.row {
                // A table's claim is its row (`| Oct 2020 | Ghazni raid | Wire story [@id] |`).
                Some(row) => {
                    let row = without_citations(&self.report.text[row.clone()]);
                    (Rc::from(row.as_str()), row)
                }
                None => {
                    let at = sentences.partition_point(|s| s.end <= pos);
                    let s = sentences.get(at).filter(|s| s.contains(&pos)).cloned().unwrap_or(0..plain.len());
                    let sentence = match &last {
                        Some((r, text)) if *r == s => Rc::clone(text),
                        _ => {
                            work::add(s.len());
                            let text: Rc<str> = Rc::from(&plain[s.clone()]);
                            last = Some((s, Rc::clone(&text)));
                            text
                        }
                    };
                    (sentence, plain[after.min(pos)..pos].to_string())
                }
            };
            self.support.fill(&text, &context, items, c.span.clone(), &mut self.report);
        }

        let mut plain_text = String::new();
        for (i, piece) in pieces.into_iter().enumerate() {
            match piece {
                Piece::Text { text, .. } => {
                    plain_text.push_str(&text);
                    out.push(Event::Text(CowStr::from(text)));
                }
                Piece::Cite(_) => {
                    self.citations += 1;
                    // A note reference sits against the word before it, as in print.
                    if self.current_note.is_none() {
                        if let Some(Event::Text(t)) = out.last_mut() {
                            if t.ends_with(char::is_whitespace) {
                                *t = CowStr::from(t.trim_end().to_string());
                            }
                        }
                    }
                    let items = resolved.remove(&i).unwrap_or_default();
                    if let Some(cite) =
                        self.notes.cite(items, &self.section, self.current_note, &self.footnotes)
                    {
                        self.queued.push(cite);
                        out.push(slot());
                    }
                }
                Piece::FootnoteRef { label, span } => {
                    if self.footnotes.contains(&label) {
                        self.queued.push(self.notes.footnote_ref(label, &self.footnotes));
                        out.push(slot());
                    } else {
                        self.footnotes.undefined(&label, span, &mut self.report);
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
}

/// Markdown text with its citation brackets (`[@id, p4]`) taken out, so that ids do not count as words.
fn without_citations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("[@") {
        out.push_str(&rest[..at]);
        match rest[at..].find(']') {
            Some(end) => rest = &rest[at + end + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether an event belongs to a run of inline content.
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

#[cfg(test)]
mod tests {
    use super::Headings;

    #[test]
    fn heading_ids_get_the_first_free_suffix() {
        let mut h = Headings::default();
        let got: Vec<String> =
            ["h", "h", "h-2", "h", "h-3-2", "h-3", "h"].iter().map(|w| h.unique(w.to_string())).collect();
        assert_eq!(got, ["h", "h-2", "h-2-2", "h-3", "h-3-2", "h-3-3", "h-4"]);
    }

    fn attempts_for(n: usize) -> usize {
        let mut h = Headings::default();
        for _ in 0..n {
            h.unique("notes".to_string());
        }
        h.attempts
    }

    #[test]
    fn many_headings_of_one_name_take_linear_work() {
        let (small, large) = (attempts_for(1_000), attempts_for(8_000));
        // Linear work grows 8 times; trying every earlier suffix again grew 64 times.
        assert!(large <= small * 12, "{small} ids tried for 1,000 headings, {large} for 8,000");
    }
}
