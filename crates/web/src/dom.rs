//! Every DOM access of dossier-web: reading the page (paragraphs, URL, inputs) and drawing results.
//! Each function returns `Result<_, JsValue>`; nothing here decides what matches — that is core's job.
//!
//! Elements are built with `create_element` and `set_text_content`, never from HTML strings, so text
//! from the index can never become markup.

use crate::{Dossier, LookupResult, PassageResult, SearchAnswer, SearchResult};
use dossier_core::routes;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlInputElement, KeyboardEvent, UrlSearchParams};

/// Results (statements and passages) shown at most for one query.
const MAX_RESULTS: usize = 12;
/// How long typing must pause before the query is written into the URL, in milliseconds.
const URL_DELAY_MS: i32 = 300;

pub(crate) struct App {
    pub(crate) dossier: Dossier,
    pub(crate) root: String,
    /// The filterable elements of the page with their entity ids.
    pub(crate) items: Vec<(Element, Vec<String>)>,
    pub(crate) selected: Vec<String>,
    pub(crate) any: bool,
    /// On the briefing, filtering dims rather than hides, so the argument stays readable.
    pub(crate) dim: bool,
    /// Fetches the files of a split index (see [`crate::fetch`]).
    pub(crate) files: crate::fetch::Files,
    /// On a page of a paginated listing, its filter table (see [`crate::facets`]).
    pub(crate) listing: crate::facets::Listing,
}

pub(crate) type Shared = Rc<RefCell<App>>;

pub(crate) fn document() -> Result<Document, JsValue> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("no document"))
}

pub(crate) fn el(
    doc: &Document,
    tag: &str,
    class: Option<&str>,
    text: Option<&str>,
) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if let Some(c) = class {
        e.set_class_name(c);
    }
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    Ok(e)
}

/// Reports a failure of an event handler, which has no caller to return it to: the page stays usable,
/// and the reason goes to the browser console rather than nowhere.
pub(crate) fn report(result: Result<(), JsValue>) {
    if let Err(e) = result {
        web_sys::console::error_2(&JsValue::from_str("dossier:"), &e);
    }
}

/// Shows a short message in the page's status line (`#dossier-status`).
pub fn show_status(message: &str) -> Result<(), JsValue> {
    if let Some(status) = document()?.get_element_by_id("dossier-status") {
        status.set_text_content(Some(message));
        status.remove_attribute("hidden")?;
    }
    Ok(())
}

/// Wires the page: search box, facet panel, URL state, keyboard shortcut.
pub fn attach(dossier: Dossier, root: &str, fetch: Option<js_sys::Function>) -> Result<(), JsValue> {
    let doc = document()?;
    let nodes = doc.query_selector_all("main [data-entities]")?;
    let mut items = Vec::new();
    for i in 0..nodes.length() {
        if let Some(e) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            let ids = e.get_attribute("data-entities").unwrap_or_default();
            items.push((e, ids.split_whitespace().map(String::from).collect()));
        }
    }
    let dim = doc.body().is_some_and(|b| b.get_attribute("data-filter") == Some("dim".into()));
    let app: Shared = Rc::new(RefCell::new(App {
        dossier,
        root: root.to_string(),
        items,
        selected: Vec::new(),
        any: false,
        dim,
        files: crate::fetch::Files::new(fetch),
        listing: crate::facets::Listing::default(),
    }));
    crate::facets::build_facets(&doc, &app)?;
    wire_lookup(&doc, &app)?;
    wire_history(&app)?;
    restore_from_url(&app)?;
    if let Some(form) = doc.query_selector("form.lookup")? {
        form.set_attribute("data-ready", "")?;
    }
    // The search page's note that search needs JavaScript is moot now.
    if let Some(note) = doc.get_element_by_id("search-needs-js") {
        note.set_attribute("hidden", "")?;
    }
    Ok(())
}

fn wire_lookup(doc: &Document, app: &Shared) -> Result<(), JsValue> {
    let Some(input) =
        doc.get_element_by_id("quote-lookup").and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    else {
        return Ok(());
    };
    // The query goes into the URL once typing pauses, not at each keystroke: in Chromium at 10,000
    // sources `history.replaceState` was 41% of the search box's time and made its worst keystrokes.
    let app4 = app.clone();
    let writer = Closure::<dyn FnMut()>::new(move || report(write_url(&app4, false)));
    let write_later: js_sys::Function = writer.as_ref().unchecked_ref::<js_sys::Function>().clone();
    writer.forget();
    let pending: Rc<std::cell::Cell<Option<i32>>> = Rc::default();
    let app2 = app.clone();
    let on_input = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
        crate::fetch::typed(&app2);
        report(render_results(&app2).and_then(|()| {
            let window = web_sys::window().ok_or("no window")?;
            if let Some(t) = pending.take() {
                window.clear_timeout_with_handle(t);
            }
            let t =
                window.set_timeout_with_callback_and_timeout_and_arguments_0(&write_later, URL_DELAY_MS)?;
            pending.set(Some(t));
            Ok(())
        }));
    });
    input.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref())?;
    on_input.forget();
    // The quotations of a split index come when the reader reaches for the search box.
    let app3 = app.clone();
    let on_focus = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
        report(crate::fetch::start(&app3));
    });
    input.add_event_listener_with_callback("focus", on_focus.as_ref().unchecked_ref())?;
    on_focus.forget();
    // The form submits to the static quotes page without JavaScript; with it, answers come as you type.
    if let Some(form) = doc.query_selector("form.lookup")? {
        let on_submit = Closure::<dyn FnMut(Event)>::new(move |ev: Event| ev.prevent_default());
        form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref())?;
        on_submit.forget();
    }
    let input2 = input.clone();
    let on_key = Closure::<dyn FnMut(KeyboardEvent)>::new(move |ev: KeyboardEvent| {
        let typing = ev.target().and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|t| {
            matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || t.has_attribute("contenteditable")
        });
        if ev.key() == "/" && !typing && !ev.ctrl_key() && !ev.meta_key() && !ev.alt_key() {
            ev.prevent_default();
            report(input2.focus());
        }
    });
    doc.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref())?;
    on_key.forget();
    Ok(())
}

fn query_value(doc: &Document) -> String {
    doc.get_element_by_id("quote-lookup")
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Draws the answers to the current query into `#quote-results`; when files are still needed, starts
/// fetching them and says so (the answer comes when they arrive: [`crate::fetch`] draws again, for the
/// query in the box by then, so a slow file never draws an older query's answer over a newer one).
pub(crate) fn render_results(app: &Shared) -> Result<(), JsValue> {
    let doc = document()?;
    let Some(box_) = doc.get_element_by_id("quote-results") else { return Ok(()) };
    let query = query_value(&doc);
    let answer = if query.trim().is_empty() {
        SearchAnswer::default()
    } else {
        let found = app.borrow_mut().dossier.search(&query, MAX_RESULTS);
        match found {
            Ok(answer) => answer,
            Err(needs) => {
                crate::fetch::request(app, &needs)?;
                // The answer to an earlier query must not stand for this one while its files come.
                box_.set_text_content(None);
                box_.set_attribute("hidden", "")?;
                if let Some(count) = doc.get_element_by_id("lookup-count") {
                    count.set_text_content(Some("Loading the search index…"));
                }
                return Ok(());
            }
        }
    };
    let a = app.borrow();
    box_.set_text_content(None);
    // The count goes to a live region that exists from the start, so screen readers announce it.
    let count = doc.get_element_by_id("lookup-count");
    let message = if query.trim().is_empty() { String::new() } else { count_message(&answer) };
    if let Some(count) = &count {
        count.set_text_content(Some(&message));
    }
    if query.trim().is_empty() {
        box_.set_attribute("hidden", "")?;
        return Ok(());
    }
    box_.remove_attribute("hidden")?;
    if let Some(corrected) = &answer.corrected {
        let note = el(&doc, "p", Some("lookup-correction"), Some("Showing results for "))?;
        note.append_child(el(&doc, "q", None, Some(corrected))?.as_ref())?;
        note.append_child(&doc.create_text_node("."))?;
        box_.append_child(&note)?;
    }
    let list = el(&doc, "ol", Some("lookup-list"), None)?;
    for r in &answer.results {
        let item = match r {
            SearchResult::Quotation(q) => result_item(&doc, &a.root, q)?,
            SearchResult::Passage(p) => passage_item(&doc, &a.root, p)?,
        };
        list.append_child(&item)?;
    }
    box_.append_child(&list)?;
    Ok(())
}

/// "1 statement and 2 passages found.", "No quotation or passage matches.", …
fn count_message(answer: &SearchAnswer) -> String {
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

/// Appends `text` to `parent` with the byte ranges `marks` (ascending) wrapped in `<mark>`; a range
/// that is not on character boundaries, or overlaps the one before, is drawn unmarked.
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
        parent.append_child(&doc.create_text_node(&text[at..s]))?;
        parent.append_child(el(doc, "mark", None, Some(&text[s..e]))?.as_ref())?;
        at = e;
    }
    parent.append_child(&doc.create_text_node(&text[at..]))?;
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
        item.append_child(&doc.create_text_node(" — "))?;
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

fn params() -> Result<UrlSearchParams, JsValue> {
    let search = web_sys::window().ok_or("no window")?.location().search()?;
    UrlSearchParams::new_with_str(&search)
}

/// Reads `?q=…&entity=a,b&match=any` and applies it.
fn restore_from_url(app: &Shared) -> Result<(), JsValue> {
    let p = params()?;
    let doc = document()?;
    {
        let mut a = app.borrow_mut();
        a.selected = p
            .get("entity")
            .map(|s| s.split(',').filter(|x| !x.is_empty()).map(String::from).collect())
            .unwrap_or_default();
        a.any = p.get("match").as_deref() == Some("any");
    }
    if let Some(input) =
        doc.get_element_by_id("quote-lookup").and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    {
        input.set_value(&p.get("q").unwrap_or_default());
    }
    crate::facets::apply_filter(app)?;
    render_results(app)
}

pub(crate) fn write_url(app: &Shared, push: bool) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let doc = document()?;
    let a = app.borrow();
    let p = UrlSearchParams::new()?;
    let q = query_value(&doc);
    if !q.is_empty() {
        p.set("q", &q);
    }
    if !a.selected.is_empty() {
        p.set("entity", &a.selected.join(","));
    }
    if a.any {
        p.set("match", "any");
    }
    let search = String::from(p.to_string());
    let location = window.location();
    let url = format!("{}{}{}", location.pathname()?, if search.is_empty() { "" } else { "?" }, search);
    let url = format!("{url}{}", location.hash()?);
    if url == format!("{}{}{}", location.pathname()?, location.search()?, location.hash()?) {
        return Ok(());
    }
    let history = window.history()?;
    if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    }
}

fn wire_history(app: &Shared) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let app2 = app.clone();
    let on_pop = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
        report(restore_from_url(&app2));
    });
    window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref())?;
    on_pop.forget();
    Ok(())
}
