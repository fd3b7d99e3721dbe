//! Every DOM access of dossier-web: reading the page (paragraphs, URL, inputs) and drawing results.
//! Each function returns `Result<_, JsValue>`; nothing here decides what matches — that is core's job.
//!
//! Elements are built with `create_element` and `set_text_content`, never from HTML strings, so text
//! from the index can never become markup.

use crate::{Dossier, SearchAnswer};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlInputElement, KeyboardEvent, UrlSearchParams};

/// Results (statements and passages) shown at most for one query.
pub(crate) const MAX_RESULTS: usize = 12;
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
    /// What the search box's result list shows now (see [`crate::results`]).
    pub(crate) drawn: crate::results::Drawn,
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
        drawn: crate::results::Drawn::default(),
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
/// What is already on screen and drawn the same is kept (see [`crate::results`]).
pub(crate) fn render_results(app: &Shared) -> Result<(), JsValue> {
    let doc = document()?;
    let Some(box_) = doc.get_element_by_id("quote-results") else { return Ok(()) };
    let query = query_value(&doc);
    let blank = query.trim().is_empty();
    let answer = if blank {
        SearchAnswer::default()
    } else {
        let found = app.borrow_mut().dossier.search(&query, MAX_RESULTS);
        match found {
            Ok(answer) => answer,
            Err(needs) => {
                crate::fetch::request(app, &needs)?;
                // The answer to an earlier query must not stand for this one while its files come.
                app.borrow_mut().drawn.clear(&box_);
                box_.set_attribute("hidden", "")?;
                if let Some(count) = doc.get_element_by_id("lookup-count") {
                    count.set_text_content(Some("Loading the search index…"));
                }
                return Ok(());
            }
        }
    };
    let a = &mut *app.borrow_mut();
    // The count goes to a live region that exists from the start, so screen readers announce it.
    let message = if blank { String::new() } else { crate::results::count_message(&answer) };
    if let Some(count) = doc.get_element_by_id("lookup-count") {
        count.set_text_content(Some(&message));
    }
    if blank {
        a.drawn.clear(&box_);
        box_.set_attribute("hidden", "")?;
        return Ok(());
    }
    box_.remove_attribute("hidden")?;
    a.drawn.draw(&doc, &box_, &a.root, answer)
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
