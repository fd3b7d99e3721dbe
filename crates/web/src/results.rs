//! Drawing a search answer into `#quote-results`, redrawing only what changed since the last answer.
//!
//! Typing a query prefix by prefix mostly shows the same results again: at 10,000 sources, of the
//! results drawn while the bench's queries are typed, two in three were already on screen, drawn the
//! same, and three keystrokes in five changed nothing at all. Building every `<li>`, `<mark>` and text
//! node again at each keystroke (about 600 nodes for 12 results) made garbage for the JS heap and the
//! DOM heap, and the collections it triggered (a major GC's final pause of 10–15 ms, scavenges up to
//! 6 ms) were the search box's worst keystrokes. So [`Drawn`] keeps the items on screen with the result
//! each shows; a result drawn the same as one on screen keeps its element (moved if its rank changed),
//! and only new results are built. What is on screen is exactly what a full redraw would draw.

use crate::dom::el;
use crate::{LookupResult, PassageResult, SearchAnswer, SearchResult, Wording};
use dossier_core::routes;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

/// What the result box shows, so that the next answer can reuse it.
#[derive(Default)]
pub(crate) struct Drawn {
    /// The correction note (`<p class="lookup-correction">`) and the corrected query it names.
    note: Option<(String, Element)>,
    /// The result list (`<ol class="lookup-list">`), while the box shows an answer.
    list: Option<Element>,
    /// The list's items in order, each with the result it draws.
    items: Vec<(SearchResult, Element)>,
}

impl Drawn {
    /// Empties the box (a blank query, or an answer still waiting for its files).
    pub(crate) fn clear(&mut self, box_: &Element) {
        *self = Drawn::default();
        box_.set_text_content(None);
    }

    /// Makes the box show `answer`: the correction note when a word was corrected, then the list of
    /// results in rank order. Elements that already show a result the same way are kept.
    pub(crate) fn draw(
        &mut self,
        doc: &Document,
        box_: &Element,
        root: &str,
        answer: SearchAnswer,
    ) -> Result<(), JsValue> {
        let list = match &self.list {
            Some(list) => list.clone(),
            None => {
                // Whatever the box held (nothing, normally) gives way to a fresh list.
                box_.set_text_content(None);
                self.note = None;
                self.items.clear();
                let list = el(doc, "ol", Some("lookup-list"), None)?;
                box_.append_child(&list)?;
                self.list = Some(list.clone());
                list
            }
        };
        self.draw_note(doc, box_, &list, answer.corrected)?;
        self.draw_items(doc, &list, root, answer.results)
    }

    fn draw_note(
        &mut self,
        doc: &Document,
        box_: &Element,
        list: &Element,
        corrected: Option<String>,
    ) -> Result<(), JsValue> {
        if self.note.as_ref().map(|(c, _)| c) == corrected.as_ref() {
            return Ok(());
        }
        if let Some((_, old)) = self.note.take() {
            old.remove();
        }
        if let Some(corrected) = corrected {
            let note = el(doc, "p", Some("lookup-correction"), Some("Showing results for "))?;
            note.append_child(el(doc, "q", None, Some(&corrected))?.as_ref())?;
            note.append_with_str_1(".")?;
            box_.insert_before(&note, Some(list))?;
            self.note = Some((corrected, note));
        }
        Ok(())
    }

    /// Puts the items of `results` into `list` in order: an item on screen that draws a result the same
    /// way is reused, the others are built; items no longer answered are removed.
    fn draw_items(
        &mut self,
        doc: &Document,
        list: &Element,
        root: &str,
        results: Vec<SearchResult>,
    ) -> Result<(), JsValue> {
        let mut old: Vec<Option<(SearchResult, Element)>> =
            std::mem::take(&mut self.items).into_iter().map(Some).collect();
        // For each new result: its element, and its position in the old list when reused.
        let mut wanted: Vec<(SearchResult, Element, Option<usize>)> = Vec::with_capacity(results.len());
        for r in results {
            let reused = old.iter().position(|o| o.as_ref().is_some_and(|(d, _)| same_drawing(d, &r)));
            match reused.and_then(|at| Some((at, old[at].take()?))) {
                Some((at, (_, element))) => wanted.push((r, element, Some(at))),
                None => {
                    let element = item(doc, root, &r)?;
                    wanted.push((r, element, None));
                }
            }
        }
        for (_, element) in old.into_iter().flatten() {
            element.remove();
        }
        // The list now holds the reused items in their old order: `shown` lists them by their new
        // positions. Walking the new order, each item not already in its place is inserted there.
        let mut reused: Vec<(usize, usize)> =
            wanted.iter().enumerate().filter_map(|(i, w)| Some((w.2?, i))).collect();
        reused.sort_unstable();
        let mut shown: Vec<usize> = reused.into_iter().map(|(_, i)| i).collect();
        for i in 0..wanted.len() {
            if shown.get(i) == Some(&i) {
                continue;
            }
            match shown.get(i) {
                Some(&next) => list.insert_before(&wanted[i].1, Some(&wanted[next].1))?,
                None => list.append_child(&wanted[i].1)?,
            };
            shown.retain(|&s| s != i);
            shown.insert(i, i);
        }
        self.items = wanted.into_iter().map(|(r, element, _)| (r, element)).collect();
        Ok(())
    }
}

/// Whether two results draw the same item: every field shown compared, the ranking's score and the
/// wordings' edit counts (which only order them) left out.
fn same_drawing(a: &SearchResult, b: &SearchResult) -> bool {
    match (a, b) {
        (SearchResult::Quotation(a), SearchResult::Quotation(b)) => {
            a.cluster == b.cluster
                && a.speaker == b.speaker
                && a.more == b.more
                && a.sources == b.sources
                && a.wordings.len() == b.wordings.len()
                && a.wordings.iter().zip(&b.wordings).all(|(x, y)| same_wording(x, y))
        }
        (SearchResult::Passage(a), SearchResult::Passage(b)) => {
            a.source == b.source
                && a.title == b.title
                && a.label == b.label
                && a.anchor == b.anchor
                && a.text == b.text
                && a.highlights == b.highlights
                && a.cut == b.cut
        }
        _ => false,
    }
}

fn same_wording(a: &Wording, b: &Wording) -> bool {
    a.source == b.source
        && a.label == b.label
        && a.anchor == b.anchor
        && a.text == b.text
        && a.highlight == b.highlight
}

/// "1 statement and 2 passages found.", "No quotation or passage matches.", …
pub(crate) fn count_message(answer: &SearchAnswer) -> String {
    let statements = answer.results.iter().filter(|r| matches!(r, SearchResult::Quotation(_))).count();
    let passages = answer.results.len() - statements;
    let noun = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    match (statements, passages) {
        (0, 0) => "No quotation or passage matches.".to_string(),
        (s, 0) => format!("{} found.", noun(s, "statement", "statements")),
        (0, p) => format!("{} found.", noun(p, "passage", "passages")),
        (s, p) => {
            format!("{} and {} found.", noun(s, "statement", "statements"), noun(p, "passage", "passages"))
        }
    }
}

fn item(doc: &Document, root: &str, r: &SearchResult) -> Result<Element, JsValue> {
    match r {
        SearchResult::Quotation(q) => result_item(doc, root, q),
        SearchResult::Passage(p) => passage_item(doc, root, p),
    }
}

/// Appends `text` to `parent` with the byte ranges `marks` (ascending) wrapped in `<mark>`; a range
/// that is not on character boundaries, or overlaps the one before, is drawn unmarked. Text goes in
/// with `append(string)`: one call, and no JS object for the text node.
fn marked_text(
    doc: &Document,
    parent: &Element,
    text: &str,
    marks: &[(usize, usize)],
) -> Result<(), JsValue> {
    let mut at = 0;
    for &(s, e) in marks {
        if s < at || s > e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        parent.append_with_str_1(&text[at..s])?;
        parent.append_child(el(doc, "mark", None, Some(&text[s..e]))?.as_ref())?;
        at = e;
    }
    parent.append_with_str_1(&text[at..])?;
    Ok(())
}

fn passage_item(doc: &Document, root: &str, p: &PassageResult) -> Result<Element, JsValue> {
    let li = el(doc, "li", Some("lookup-result lookup-passage"), None)?;
    li.set_attribute("data-source", &p.source)?;
    let head = el(doc, "p", Some("lookup-speaker"), Some("Passage — "))?;
    let n = p.anchor.trim_start_matches('p');
    let link = el(doc, "a", None, Some(&format!("{}, {} ¶{n}", p.title, p.label)))?;
    link.set_attribute("href", &format!("{root}{}#{}", routes::source_page(&p.source), p.anchor))?;
    head.append_child(&link)?;
    li.append_child(&head)?;
    let body = el(doc, "p", Some("lookup-excerpt"), None)?;
    let text = format!("{}{}{}", if p.cut.0 { "…" } else { "" }, p.text, if p.cut.1 { "…" } else { "" });
    let shift = if p.cut.0 { "…".len() } else { 0 };
    let marks: Vec<(usize, usize)> = p.highlights.iter().map(|&(s, e)| (s + shift, e + shift)).collect();
    marked_text(doc, &body, &text, &marks)?;
    li.append_child(&body)?;
    Ok(li)
}

fn result_item(doc: &Document, root: &str, r: &LookupResult) -> Result<Element, JsValue> {
    let li = el(doc, "li", Some("lookup-result"), None)?;
    // The listed wordings' sources, each once, in the order listed.
    let mut sources: Vec<&str> = Vec::new();
    for w in &r.wordings {
        if !sources.contains(&w.source.as_str()) {
            sources.push(&w.source);
        }
    }
    li.set_attribute("data-sources", &sources.join(" "))?;
    let count = r.sources;
    li.set_attribute("data-cluster", &r.cluster)?;
    let head = el(doc, "p", Some("lookup-speaker"), None)?;
    head.set_text_content(Some(&match &r.speaker {
        Some(s) => format!("{s} — {count} source{}", if count == 1 { "" } else { "s" }),
        None => format!("Speaker not named — {count} source{}", if count == 1 { "" } else { "s" }),
    }));
    li.append_child(&head)?;
    let list = el(doc, "ul", Some("lookup-wordings"), None)?;
    for w in &r.wordings {
        let item = el(doc, "li", None, None)?;
        let quote = el(doc, "q", None, None)?;
        marked_text(doc, &quote, &w.text, w.highlight.as_slice())?;
        item.append_child(&quote)?;
        item.append_with_str_1(" — ")?;
        let link = el(doc, "a", None, Some(&format!("{} ¶{}", w.label, w.anchor.trim_start_matches('p'))))?;
        link.set_attribute("href", &format!("{root}{}#{}", routes::source_page(&w.source), w.anchor))?;
        item.append_child(&link)?;
        if w.highlight.is_none() {
            item.append_child(el(doc, "span", Some("variant"), Some(" (variant wording)"))?.as_ref())?;
        }
        list.append_child(&item)?;
    }
    if r.more > 0 {
        let more = format!("and {} more wording{}", r.more, if r.more == 1 { "" } else { "s" });
        list.append_child(el(doc, "li", Some("lookup-more"), Some(&more))?.as_ref())?;
    }
    li.append_child(&list)?;
    Ok(li)
}
