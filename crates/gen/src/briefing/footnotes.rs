//! Footnote definitions: taken out of the event stream by label before the body is transformed, then
//! rendered as endnotes in the order the text first references them.

use super::cite;
use super::report::Report;
use pulldown_cmark::{Event, Tag, TagEnd};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// An event with its byte range in the briefing file.
pub(super) type Spanned<'a> = (Event<'a>, Range<usize>);

/// One footnote definition: its events (taken when it is rendered) and where it is written.
struct Def<'a> {
    events: Vec<Spanned<'a>>,
    span: Range<usize>,
}

/// The footnote definitions of the briefing, by label.
#[derive(Default)]
pub(super) struct Footnotes<'a> {
    defs: BTreeMap<String, Def<'a>>,
    /// Definitions whose label is not closed (`[^label: …`), by label: where each starts. Their error is
    /// reported once, not again at every reference the definition would have served.
    broken_defs: BTreeMap<String, usize>,
    /// Labels of references that are not closed (`[^label, …`): their definition is not also unused.
    broken_refs: RefCell<BTreeSet<String>>,
    /// Each definition's hover preview, made at its first reference: a note referenced thousands of
    /// times must not have its whole text gathered and cleaned again at each (that was quadratic).
    previews: RefCell<BTreeMap<String, String>>,
}

/// The label of a note reference or definition whose `]` is missing, at the start of `text` (which starts
/// right after `[^`): the run up to a space or bracket, without punctuation that ends a clause after it.
pub(super) fn open_label(text: &str) -> &str {
    let run = text.find(|c: char| c.is_whitespace() || c == '[' || c == ']').map_or(text, |e| &text[..e]);
    run.trim_end_matches([',', '.', ';', ':', '!', '?', ')'])
}

impl<'a> Footnotes<'a> {
    /// Removes footnote definitions from the stream, keeping them by label; a second definition of a
    /// label is an error.
    pub(super) fn take_definitions(
        &mut self,
        events: Vec<Spanned<'a>>,
        report: &mut Report<'_>,
    ) -> Vec<Spanned<'a>> {
        let mut main = Vec::new();
        let mut current: Option<(String, Def<'a>)> = None;
        for (event, range) in events {
            match event {
                Event::Start(Tag::Paragraph) if current.is_none() => {
                    self.broken_definition(range.start, report);
                    main.push((event, range));
                }
                Event::Start(Tag::FootnoteDefinition(label)) => {
                    current = Some((label.to_string(), Def { events: Vec::new(), span: range }));
                }
                Event::End(TagEnd::FootnoteDefinition) => {
                    if let Some((label, def)) = current.take() {
                        if let Some(first) = self.defs.get(&label).map(|d| d.span.clone()) {
                            let (l1, _) = crate::diag::line_col(report.text, first.start);
                            report.error(
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

    /// Reports a paragraph at `start` that opens like a definition whose label is not closed:
    /// `[^label: …` (Markdown then reads it as text and the note would be published as such).
    fn broken_definition(&mut self, start: usize, report: &mut Report<'_>) {
        let Some(rest) = report.text.get(start..).and_then(|t| t.strip_prefix("[^")) else { return };
        let label = open_label(rest);
        let after = rest[label.len()..].trim_start();
        if label.is_empty() || !after.starts_with(':') {
            return;
        }
        let span = start..start + 2 + label.len();
        report.error(
            span,
            format!("note definition `[^{label}` is not closed"),
            "definition",
            Some(format!("write its label as `[^{label}]: …`")),
        );
        self.broken_defs.insert(label.to_string(), start);
    }

    /// Whether the text at file offset `at` opens a definition already reported as not closed.
    pub(super) fn is_broken_definition(&self, at: usize) -> bool {
        self.broken_defs.values().any(|&s| s == at)
    }

    /// Reports a reference whose label is not closed (`[^label, …`) at `span`.
    pub(super) fn unclosed(&self, label: &str, span: Range<usize>, report: &mut Report<'_>) {
        report.error(
            span,
            format!("note reference `[^{label}` is not closed"),
            "reference",
            Some(format!("end it with `]`: `[^{label}]`")),
        );
        self.broken_refs.borrow_mut().insert(label.to_string());
    }

    /// Whether a footnote of this label is defined.
    pub(super) fn contains(&self, label: &str) -> bool {
        self.defs.contains_key(label)
    }

    /// Takes the events of a footnote's definition, to transform them (empty the second time).
    pub(super) fn take_events(&mut self, label: &str) -> Vec<Spanned<'a>> {
        self.defs.get_mut(label).map(|d| std::mem::take(&mut d.events)).unwrap_or_default()
    }

    /// Reports a reference to a label that has no definition, suggesting a near one.
    pub(super) fn undefined(&self, label: &str, span: Range<usize>, report: &mut Report<'_>) {
        if self.broken_defs.contains_key(label) {
            return;
        }
        let known: Vec<String> = self.defs.keys().cloned().collect();
        let help = match crate::suggest(label, &known) {
            Some(s) => format!("did you mean `[^{s}]`?"),
            None => format!("add a definition `[^{label}]: …` at the end of the briefing"),
        };
        report.error(span, format!("reference to undefined note `[^{label}]`"), "no definition", Some(help));
    }

    /// Reports every definition no note uses.
    pub(super) fn report_unused(&self, used: &BTreeSet<String>, report: &mut Report<'_>) {
        let broken = self.broken_refs.borrow();
        for (label, def) in &self.defs {
            if !used.contains(label) && !broken.contains(label) {
                report.error(
                    def.span.clone(),
                    format!("note `[^{label}]` is defined but never used"),
                    "unused definition",
                    Some(format!("reference it with `[^{label}]` in the text, or delete it")),
                );
            }
        }
    }

    /// The footnote's text for its hover preview: plain, citations removed, cut at 240 characters.
    pub(super) fn preview(&self, label: &str) -> String {
        if let Some(p) = self.previews.borrow().get(label) {
            return p.clone();
        }
        let p = self.make_preview(label);
        self.previews.borrow_mut().insert(label.to_string(), p.clone());
        p
    }

    fn make_preview(&self, label: &str) -> String {
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
        super::verify::work::add(text.len());
        let text = strip_citations(&text);
        let mut short: String = text.chars().take(240).collect();
        if text.chars().count() > 240 {
            short.push('…');
        }
        short
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
