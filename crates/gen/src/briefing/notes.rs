//! Note assembly: each citation and footnote reference becomes a numbered note (the same citation or
//! footnote twice is one note with two references), and every place that cites a source is recorded
//! for the source pages.

use super::footnotes::Footnotes;
use super::model::{CiteSite, Found, NoteKind, Resolved, Segment};
use crate::load::source::Source;
use std::collections::{BTreeMap, HashMap};

/// What makes two notes the same note.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum NoteKey {
    Cite(Vec<Resolved>),
    Footnote(String),
}

/// A note before its content is rendered.
pub(super) struct NoteDraft {
    /// Its number, from 1.
    pub(super) n: usize,
    /// What it is.
    pub(super) kind: NoteKind,
    /// The ids of its references, in order.
    pub(super) refs: Vec<String>,
}

/// The notes so far, and the places that cite each source.
pub(super) struct Notes<'s> {
    sources: &'s BTreeMap<String, Source>,
    /// The notes in order.
    pub(super) drafts: Vec<NoteDraft>,
    keys: HashMap<NoteKey, usize>,
    /// For each source id, the places that cite it.
    pub(super) cited: BTreeMap<String, Vec<CiteSite>>,
}

impl<'s> Notes<'s> {
    /// No notes yet.
    pub(super) fn new(sources: &'s BTreeMap<String, Source>) -> Self {
        Notes { sources, drafts: Vec::new(), keys: HashMap::new(), cited: BTreeMap::new() }
    }

    fn note_for(&mut self, key: NoteKey, kind: NoteKind) -> usize {
        match self.keys.get(&key) {
            Some(&n) => n,
            None => {
                let n = self.drafts.len() + 1;
                self.keys.insert(key, n);
                self.drafts.push(NoteDraft { n, kind, refs: Vec::new() });
                n
            }
        }
    }

    /// A reference to the footnote `label` (which is defined).
    pub(super) fn footnote_ref(&mut self, label: String, footnotes: &Footnotes<'_>) -> Segment {
        let n = self.note_for(NoteKey::Footnote(label.clone()), NoteKind::Footnote(label));
        self.noteref(n, footnotes)
    }

    /// A new reference to note `n`, with its hover preview.
    fn noteref(&mut self, n: usize, footnotes: &Footnotes<'_>) -> Segment {
        let note = &mut self.drafts[n - 1];
        let id = format!("ref-{n}-{}", note.refs.len() + 1);
        note.refs.push(id.clone());
        Segment::NoteRef { n, id, tip: self.preview(n, footnotes) }
    }

    /// A citation of `items` in section `section`: a note reference in the body, or written out in
    /// short inside footnote `in_note`; nothing when no item resolved.
    pub(super) fn cite(
        &mut self,
        items: Vec<Resolved>,
        section: &str,
        in_note: Option<usize>,
        footnotes: &Footnotes<'_>,
    ) -> Option<Segment> {
        if items.is_empty() {
            return None;
        }
        if let Some(note) = in_note {
            // Inside a footnote, a citation is written out in short rather than becoming a note of a note.
            for r in &items {
                self.cited.entry(r.id.clone()).or_default().push(CiteSite {
                    anchor: format!("note-{note}"),
                    note,
                    section: "Notes".into(),
                    paragraphs: r.paragraphs.clone(),
                });
            }
            return Some(Segment::ShortCite(items));
        }
        // Sentences citing the same paragraphs share a note, whatever words each shares with them; the
        // note lists the words of all of them.
        let key: Vec<Resolved> = items
            .iter()
            .map(|r| Resolved {
                found: r
                    .found
                    .iter()
                    .map(|f| match f {
                        Found::Wording(_) => Found::Wording(Vec::new()),
                        f => f.clone(),
                    })
                    .collect(),
                ..r.clone()
            })
            .collect();
        let n = self.note_for(NoteKey::Cite(key), NoteKind::Citation(items.clone()));
        if let NoteKind::Citation(had) = &mut self.drafts[n - 1].kind {
            for (h, r) in had.iter_mut().zip(&items) {
                for (hf, rf) in h.found.iter_mut().zip(&r.found) {
                    if let (Found::Wording(words), Found::Wording(more)) = (hf, rf) {
                        for w in more {
                            if !words.contains(w) {
                                words.push(w.clone());
                            }
                        }
                    }
                }
            }
        }
        let segment = self.noteref(n, footnotes);
        let anchor = self.drafts[n - 1].refs.last().cloned().unwrap_or_default();
        for r in &items {
            self.cited.entry(r.id.clone()).or_default().push(CiteSite {
                anchor: anchor.clone(),
                note: n,
                section: section.to_string(),
                paragraphs: r.paragraphs.clone(),
            });
        }
        Some(segment)
    }

    /// The note's plain text for its hover preview.
    fn preview(&self, n: usize, footnotes: &Footnotes<'_>) -> String {
        match &self.drafts[n - 1].kind {
            NoteKind::Citation(items) => items
                .iter()
                .filter_map(|r| {
                    let s = self.sources.get(&r.id)?;
                    let paras: Vec<String> = r
                        .paragraphs
                        .iter()
                        .zip(&r.found)
                        .map(|(p, f)| match f {
                            Found::Wording(_) => format!("¶{p} (found by wording)"),
                            _ => format!("¶{p}"),
                        })
                        .collect();
                    let mut t =
                        format!("{}, “{}”, {}", outlet(s), inner_quotes(&s.meta.title), s.meta.published);
                    if !paras.is_empty() {
                        t.push_str(&format!(", {}", paras.join(", ")));
                    }
                    Some(t)
                })
                .collect::<Vec<_>>()
                .join("; "),
            NoteKind::Footnote(label) => footnotes.preview(label),
        }
    }
}

/// The outlet as a reader should see it.
pub fn outlet(s: &Source) -> String {
    if !outlet_known(s) {
        "Unknown outlet".into()
    } else {
        s.meta.outlet.clone()
    }
}

/// Whether the source's front matter names its outlet (`outlet = "unknown"` says it does not).
pub fn outlet_known(s: &Source) -> bool {
    !s.meta.outlet.eq_ignore_ascii_case("unknown")
}

/// How a reader tells this source from the others in a list of wordings: its outlet or, when the outlet
/// is not known, the start of its title in quotation marks (two unknown outlets are not one).
pub fn source_name(s: &Source) -> String {
    if !outlet_known(s) {
        // Six words or more, not cut inside a quotation of the title's own.
        let words: Vec<&str> = s.meta.title.split_whitespace().collect();
        let mut open = 0i32;
        let mut end = words.len();
        for (i, w) in words.iter().enumerate() {
            open += w.matches('“').count() as i32 - w.matches('”').count() as i32;
            if i + 1 >= 6 && open <= 0 && i + 1 < words.len() {
                end = i + 1;
                break;
            }
        }
        let ellipsis = if end < words.len() { " …" } else { "" };
        let short = words[..end].join(" ");
        format!("“{}{ellipsis}”", inner_quotes(short.trim_end_matches([',', ':', ';'])))
    } else {
        s.meta.outlet.clone()
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

    #[test]
    fn a_source_without_an_outlet_is_named_by_its_title_not_cut_inside_a_quotation() {
        let mut s = crate::load::source::Source::for_test("a", "Text.");
        s.meta.title = "Al-Qaeda’s bond with Taliban is “now much deeper” than the world thinks".into();
        assert_eq!(super::source_name(&s), "“Al-Qaeda’s bond with Taliban is ‘now much deeper’ …”");
        s.meta.title = "Short title".into();
        assert_eq!(super::source_name(&s), "“Short title”");
        s.meta.outlet = "CNN".into();
        assert_eq!(super::source_name(&s), "CNN");
        assert!(super::outlet_known(&s));
    }
}
