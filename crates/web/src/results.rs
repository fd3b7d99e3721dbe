//! Drawing a search answer into `#quote-results`, redrawing only what changed since the last answer.
//!
//! Typing a query prefix by prefix mostly shows the same results again: at 10,000 sources, of the
//! results drawn while the bench's queries are typed, two in three were already on screen, drawn the
//! same, and three keystrokes in five changed nothing at all. Building every `<li>`, `<mark>` and text
//! node again at each keystroke (about 600 nodes for 12 results, 290 a keystroke on average) made
//! garbage for the JS heap and the DOM heap, and the collections it triggered were the search box's
//! worst keystrokes (in a trace of the bench's 1,670 timed keystrokes: 7 major GCs, whose final pause
//! and the DOM heap's sweeping finished at the next GC's start took 10–15 ms each, and 54 scavenges).
//! So each result is described as a [`View`], and [`Drawn`] keeps the items on screen: a result drawn
//! exactly as one on screen keeps its element (moved if its rank changed), a new result takes over an
//! item no longer answered, or a spare one, and is patched into it ([`Live::patch`]); only when none is
//! left is an item built. What is on screen is what a full redraw would draw
//! (`tests/browser/results.test.mjs` checks it against pages drawn from scratch).

use crate::dom::el;
use crate::morph::{least_change, take_spare, Live, View};
use crate::{LookupResult, PassageResult, SearchAnswer, SearchResult};
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
    /// The list's items, in order.
    items: Vec<Live>,
    /// Items no longer answered, taken off the list and kept (at most [`SPARES`]) to be patched into
    /// the next new results: typing through a prefix that answers nothing must not mean building
    /// every item again at the next.
    spares: Vec<Live>,
}

/// The most spare items kept: as many as one answer shows.
const SPARES: usize = crate::dom::MAX_RESULTS;

impl Drawn {
    /// Empties the box (a blank query, or an answer still waiting for its files).
    pub(crate) fn clear(&mut self, box_: &Element) {
        let mut spares = std::mem::take(&mut self.spares);
        spares.append(&mut self.items);
        spares.truncate(SPARES);
        *self = Drawn { spares, ..Drawn::default() };
        box_.set_text_content(None);
    }

    /// Makes the box show `answer`: the correction note when a word was corrected, then the list of
    /// results in rank order.
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
                self.spares.append(&mut self.items);
                self.spares.truncate(SPARES);
                let list = el(doc, "ol", Some("lookup-list"), None)?;
                box_.append_child(&list)?;
                self.list = Some(list.clone());
                list
            }
        };
        self.draw_note(doc, box_, &list, answer.corrected)?;
        let views = answer.results.iter().map(|r| item(root, r)).collect();
        self.draw_items(doc, &list, views)
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

    /// Puts the items `views` into `list` in order: an item on screen that shows a view exactly keeps
    /// it; the other views take over the items left (patched), then spare items, or are built; items
    /// left over are taken off the list and become spares.
    fn draw_items(&mut self, doc: &Document, list: &Element, views: Vec<View>) -> Result<(), JsValue> {
        let mut old: Vec<Option<Live>> = std::mem::take(&mut self.items).into_iter().map(Some).collect();
        // Each view's item once found, with its position in the old list when it was on screen.
        let mut wanted: Vec<Option<(Live, Option<usize>)>> = views
            .iter()
            .map(|v| {
                let at = old.iter().position(|o| o.as_ref().is_some_and(|live| live.shows(v)))?;
                Some((old[at].take()?, Some(at)))
            })
            .collect();
        for (slot, view) in wanted.iter_mut().zip(views) {
            if slot.is_some() {
                continue;
            }
            // An item left over of the same kind (statement or passage) changes least.
            let spare = least_change(old.iter().map(Option::as_ref), &view);
            *slot = Some(match spare.and_then(|at| Some((at, old[at].take()?))) {
                Some((at, mut live)) => {
                    live.patch(doc, view)?;
                    (live, Some(at))
                }
                None => match take_spare(&mut self.spares, &view) {
                    Some(mut live) => {
                        live.patch(doc, view)?;
                        (live, None)
                    }
                    None => (Live::build(doc, view)?, None),
                },
            });
        }
        for live in old.into_iter().flatten() {
            list.remove_child(live.node())?;
            if self.spares.len() < SPARES {
                self.spares.push(live);
            }
        }
        let wanted: Vec<(Live, Option<usize>)> = wanted.into_iter().flatten().collect();
        // The list now holds the items kept in their old order: `shown` lists them by their new
        // positions. Walking the new order, each item not already in its place is inserted there.
        let mut kept: Vec<(usize, usize)> =
            wanted.iter().enumerate().filter_map(|(i, w)| Some((w.1?, i))).collect();
        kept.sort_unstable();
        let mut shown: Vec<usize> = kept.into_iter().map(|(_, i)| i).collect();
        for i in 0..wanted.len() {
            if shown.get(i) == Some(&i) {
                continue;
            }
            match shown.get(i) {
                Some(&next) => list.insert_before(wanted[i].0.node(), Some(wanted[next].0.node()))?,
                None => list.append_child(wanted[i].0.node())?,
            };
            shown.retain(|&s| s != i);
            shown.insert(i, i);
        }
        self.items = wanted.into_iter().map(|(live, _)| live).collect();
        Ok(())
    }
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

fn item(root: &str, r: &SearchResult) -> View {
    match r {
        SearchResult::Quotation(q) => result_item(root, q),
        SearchResult::Passage(p) => passage_item(root, p),
    }
}

/// `text` with the byte ranges `marks` (ascending) wrapped in `<mark>`; a range that is not on
/// character boundaries, or overlaps the one before, is drawn unmarked.
fn marked_text(text: &str, marks: &[(usize, usize)]) -> Vec<View> {
    let mut out = Vec::with_capacity(2 * marks.len() + 1);
    let mut at = 0;
    for &(s, e) in marks {
        if s < at || s > e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push(View::Text(text[at..s].to_string()));
        out.push(View::text_el("mark", None, text[s..e].to_string()));
        at = e;
    }
    out.push(View::Text(text[at..].to_string()));
    out
}

fn passage_item(root: &str, p: &PassageResult) -> View {
    let n = p.anchor.trim_start_matches('p');
    let link = View::text_el("a", None, format!("{}, {} ¶{n}", p.title, p.label))
        .attr("href", format!("{root}{}#{}", routes::source_page(&p.source), p.anchor));
    let head = View::el("p", Some("lookup-speaker"), vec![View::Text("Passage — ".into()), link]);
    let text = format!("{}{}{}", if p.cut.0 { "…" } else { "" }, p.text, if p.cut.1 { "…" } else { "" });
    let shift = if p.cut.0 { "…".len() } else { 0 };
    let marks: Vec<(usize, usize)> = p.highlights.iter().map(|&(s, e)| (s + shift, e + shift)).collect();
    let body = View::el("p", Some("lookup-excerpt"), marked_text(&text, &marks));
    View::el("li", Some("lookup-result lookup-passage"), vec![head, body])
        .attr("data-source", p.source.clone())
}

fn result_item(root: &str, r: &LookupResult) -> View {
    // The listed wordings' sources, each once, in the order listed.
    let mut sources: Vec<&str> = Vec::new();
    for w in &r.wordings {
        if !sources.contains(&w.source.as_str()) {
            sources.push(&w.source);
        }
    }
    let count = r.sources;
    let head = View::text_el(
        "p",
        Some("lookup-speaker"),
        match &r.speaker {
            Some(s) => format!("{s} — {count} source{}", if count == 1 { "" } else { "s" }),
            None => format!("Speaker not named — {count} source{}", if count == 1 { "" } else { "s" }),
        },
    );
    let mut wordings: Vec<View> = r
        .wordings
        .iter()
        .map(|w| {
            let quote = View::el("q", None, marked_text(&w.text, w.highlight.as_slice()));
            let link = View::text_el("a", None, format!("{} ¶{}", w.label, w.anchor.trim_start_matches('p')))
                .attr("href", format!("{root}{}#{}", routes::source_page(&w.source), w.anchor));
            let mut parts = vec![quote, View::Text(" — ".into()), link];
            if w.highlight.is_none() {
                parts.push(View::text_el("span", Some("variant"), " (variant wording)".into()));
            }
            View::el("li", None, parts)
        })
        .collect();
    if r.more > 0 {
        let more = format!("and {} more wording{}", r.more, if r.more == 1 { "" } else { "s" });
        wordings.push(View::text_el("li", Some("lookup-more"), more));
    }
    let list = View::el("ul", Some("lookup-wordings"), wordings);
    View::el("li", Some("lookup-result"), vec![head, list])
        .attr("data-sources", sources.join(" "))
        .attr("data-cluster", r.cluster.clone())
}
