//! The entity filter's panel: the facet buttons with their live counts, the mode and clear controls,
//! showing or hiding the page's items for a selection, and carrying the selection to the other pages
//! of a paginated listing. Moved from [`crate::dom`], whose helpers it uses.
//!
//! On a page of a paginated listing (its panel carries `data-listing-*`), the first filter fetches the
//! listing's table ([`dossier_core::listing`]): the panel then also counts the whole listing — per
//! entity, and "412 passages on 57 pages in all" — and links to the pages with matches, with the
//! selection in their address. Without the table (still coming, or refused) it counts this page.

use crate::dom::{document, el, report, write_url, Shared};
use crate::matches::{self, Outcome};
use dossier_core::listing::Whole;
use dossier_core::routes;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, UrlSearchParams};

pub(crate) fn build_facets(doc: &Document, app: &Shared) -> Result<(), JsValue> {
    let Some(panel) = doc.get_element_by_id("facet-panel") else { return Ok(()) };
    app.borrow_mut().listing.place = Place::read(&panel);
    let a = app.borrow();
    if a.items.is_empty() {
        return Ok(());
    }
    let paragraphs: Vec<Vec<String>> = a.items.iter().map(|(_, ids)| ids.clone()).collect();
    let (_, counts) = a.dossier.filter_ids(&paragraphs, &[], false);
    let entities = &a.dossier.index().entities;
    let mut kinds: Vec<&str> = entities.iter().map(|e| e.kind.as_str()).collect();
    kinds.sort_by_key(|k| (routes::kind_rank(k), *k));
    kinds.dedup();

    panel.set_text_content(None);
    panel.append_child(el(doc, "h2", None, Some("Filter by entity"))?.as_ref())?;
    let controls = el(doc, "div", Some("facet-controls"), None)?;
    let mode = el(doc, "button", Some("facet-mode"), Some("Match: all selected"))?;
    mode.set_attribute("type", "button")?;
    mode.set_attribute("id", "facet-mode")?;
    mode.set_attribute("aria-pressed", "false")?;
    mode.set_attribute(
        "title",
        "Toggle between paragraphs that mention all the selected entities and those that mention any",
    )?;
    let clear = el(doc, "button", Some("facet-clear"), Some("Clear selection"))?;
    clear.set_attribute("type", "button")?;
    clear.set_attribute("id", "facet-clear")?;
    controls.append_child(&mode)?;
    controls.append_child(&clear)?;
    panel.append_child(&controls)?;
    let count = el(doc, "p", Some("filter-count"), None)?;
    count.set_attribute("id", "filter-count")?;
    count.set_attribute("aria-live", "polite")?;
    count.set_attribute("role", "status")?;
    panel.append_child(&count)?;
    if a.listing.place.is_some() {
        let pages = el(doc, "p", Some("listing-pages"), None)?;
        pages.set_attribute("id", "listing-pages")?;
        pages.set_attribute("hidden", "")?;
        panel.append_child(&pages)?;
    }
    for kind in kinds {
        let mut members: Vec<(usize, u32)> = entities
            .iter()
            .enumerate()
            .filter(|(i, e)| e.kind == kind && counts.get(*i).copied().unwrap_or(0) > 0)
            .map(|(i, _)| (i, counts[i]))
            .collect();
        if members.is_empty() {
            continue;
        }
        members.sort_by(|x, y| y.1.cmp(&x.1).then_with(|| entities[x.0].name.cmp(&entities[y.0].name)));
        let group = el(doc, "section", Some("facet-group"), None)?;
        group.append_child(el(doc, "h3", None, Some(routes::kind_heading(kind)))?.as_ref())?;
        let list = el(doc, "ul", None, None)?;
        for (i, n) in members {
            let e = &entities[i];
            let li = el(doc, "li", None, None)?;
            let b = el(doc, "button", Some(if e.provisional { "facet provisional" } else { "facet" }), None)?;
            b.set_attribute("type", "button")?;
            b.set_attribute("data-entity", &e.id)?;
            b.set_attribute("aria-pressed", "false")?;
            b.append_child(el(doc, "span", Some("facet-name"), Some(&e.name))?.as_ref())?;
            b.append_child(el(doc, "span", Some("facet-count"), Some(&n.to_string()))?.as_ref())?;
            if a.listing.place.is_some() {
                let all = el(doc, "span", Some("facet-all"), None)?;
                all.set_attribute("hidden", "")?;
                b.append_child(&all)?;
            }
            li.append_child(&b)?;
            list.append_child(&li)?;
        }
        group.append_child(&list)?;
        panel.append_child(&group)?;
    }
    matches::build(doc, &panel)?;
    panel.remove_attribute("hidden")?;
    drop(a);

    let app2 = app.clone();
    let on_click = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
        report(facet_click(&app2, &ev));
    });
    panel.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())?;
    on_click.forget();
    Ok(())
}

fn facet_click(app: &Shared, ev: &Event) -> Result<(), JsValue> {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return Ok(()) };
    let Some(button) = target.closest("button")? else { return Ok(()) };
    {
        let mut a = app.borrow_mut();
        if let Some(id) = button.get_attribute("data-entity") {
            match a.selected.iter().position(|s| *s == id) {
                Some(i) => {
                    a.selected.remove(i);
                }
                None => a.selected.push(id),
            }
        } else if button.id() == "facet-mode" {
            a.any = !a.any;
        } else if button.id() == "facet-clear" {
            a.selected.clear();
        } else if button.id() == "facet-any" {
            a.any = true;
        } else {
            return Ok(());
        }
    }
    want_table(app)?;
    apply_filter(app)?;
    write_url(app, true)
}

/// Shows, hides or dims the page's paragraphs for the current selection and updates the panel.
pub(crate) fn apply_filter(app: &Shared) -> Result<(), JsValue> {
    // Arriving with a selection (`?entity=`) is a first filter too.
    if !app.borrow().selected.is_empty() {
        want_table(app)?;
    }
    let doc = document()?;
    let a = app.borrow();
    let whole = match (&a.listing.place, &a.listing.table) {
        (Some(_), Table::Ready(t)) => Some(a.dossier.whole_listing(t, &a.selected, a.any)),
        _ => None,
    };
    let paragraphs: Vec<Vec<String>> = a.items.iter().map(|(_, ids)| ids.clone()).collect();
    let (visible, counts) = a.dossier.filter_ids(&paragraphs, &a.selected, a.any);
    let mut shown = 0;
    for ((element, _), v) in a.items.iter().zip(&visible) {
        shown += usize::from(*v);
        let attr = if a.dim { "data-dimmed" } else { "hidden" };
        if *v {
            element.remove_attribute(attr)?;
        } else {
            element.set_attribute(attr, "")?;
        }
    }
    let entities = &a.dossier.index().entities;
    let buttons = doc.query_selector_all("#facet-panel button[data-entity]")?;
    for i in 0..buttons.length() {
        let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let id = b.get_attribute("data-entity").unwrap_or_default();
        let pressed = a.selected.contains(&id);
        b.set_attribute("aria-pressed", if pressed { "true" } else { "false" })?;
        if let (Some(pos), Some(count)) =
            (entities.iter().position(|e| e.id == id), b.query_selector(".facet-count")?)
        {
            count.set_text_content(Some(&counts.get(pos).copied().unwrap_or(0).to_string()));
            if let (Some(w), Some(all)) = (&whole, b.query_selector(".facet-all")?) {
                let n = w.counts.get(pos).copied().unwrap_or(0);
                let n = grouped(n as usize);
                all.set_text_content(Some(&format!("/ {n}")));
                all.set_attribute("title", &format!("{n} on all pages"))?;
                all.remove_attribute("hidden")?;
            }
        }
    }
    if let Some(mode) = doc.get_element_by_id("facet-mode") {
        mode.set_text_content(Some(if a.any { "Match: any selected" } else { "Match: all selected" }));
        mode.set_attribute("aria-pressed", if a.any { "true" } else { "false" })?;
    }
    // Highlight mentions of the selected entities.
    let marks = doc.query_selector_all("main span[data-entity]")?;
    for i in 0..marks.length() {
        let Some(m) = marks.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let on = m.get_attribute("data-entity").is_some_and(|id| a.selected.contains(&id));
        m.class_list().toggle_with_force("hit", on)?;
    }
    carry_selection(&doc, &a.selected, a.any)?;
    // "All" matching nothing: say what "any" would show, and offer it.
    let any_instead = if !a.any && a.selected.len() > 1 && shown == 0 {
        let (any, _) = a.dossier.filter_ids(&paragraphs, &a.selected, true);
        Some(any.iter().filter(|v| **v).count()).filter(|n| *n > 0)
    } else {
        None
    };
    let elements: Vec<Element> = a.items.iter().map(|(e, _)| e.clone()).collect();
    let outcome =
        Outcome { items: &elements, visible: &visible, filtering: !a.selected.is_empty(), hides: !a.dim };
    matches::update(&doc, &outcome, any_instead)?;
    if let Some(count) = doc.get_element_by_id("filter-count") {
        let total = a.items.len();
        let noun = if a.dim { "passages highlighted" } else { "passages shown" };
        let text = match (&a.listing.place, &a.listing.table, &whole) {
            (Some(_), _, Some(w)) => whole_text(w, shown, total, a.selected.is_empty()),
            (Some(_), Table::Loading, _) if !a.selected.is_empty() => {
                format!("{shown} of {total} passages on this page; counting the other pages…")
            }
            _ if a.selected.is_empty() => format!("{total} passages; select entities to filter."),
            _ => format!("{shown} of {total} {noun}."),
        };
        let text = match any_instead {
            Some(any) => text + &matches::hint_text(a.selected.len(), any),
            None => text,
        };
        count.set_text_content(Some(&text));
    }
    if let (Some(place), Some(box_)) = (&a.listing.place, doc.get_element_by_id("listing-pages")) {
        match whole.as_ref().filter(|w| !a.selected.is_empty() && w.matches > 0) {
            Some(w) => draw_pages(&doc, &box_, &a.root, place, w, &selection_query(&a.selected, a.any)?)?,
            None => {
                box_.set_text_content(None);
                box_.set_attribute("hidden", "")?;
            }
        }
    }
    Ok(())
}

/// A listing split into pages (`nav.pager`): its page links carry the current entity selection, so
/// the filter stays as it is on the next page. The numbered links are real links: without JavaScript
/// they lead to the page unfiltered.
fn carry_selection(doc: &Document, selected: &[String], any: bool) -> Result<(), JsValue> {
    let links = doc.query_selector_all("nav.pager a[href]")?;
    for i in 0..links.length() {
        let Some(link) = links.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
        let href = link.get_attribute("href").unwrap_or_default();
        let path = href.split(['?', '#']).next().unwrap_or_default();
        let search = selection_query(selected, any)?;
        let url = if search.is_empty() { path.to_string() } else { format!("{path}?{search}") };
        if url != href {
            link.set_attribute("href", &url)?;
        }
    }
    Ok(())
}

/// The query (`entity=a,b&match=any`, without `?`) that carries a selection to another page; empty
/// for no selection.
fn selection_query(selected: &[String], any: bool) -> Result<String, JsValue> {
    let p = UrlSearchParams::new()?;
    if !selected.is_empty() {
        p.set("entity", &selected.join(","));
    }
    if any {
        p.set("match", "any");
    }
    Ok(String::from(p.to_string()))
}

/// A page of a paginated listing, read from its panel's `data-listing-*` attributes.
pub(crate) struct Place {
    /// The listing's filter table, a path from the site root.
    table: String,
    /// This page, from 1.
    page: usize,
}

impl Place {
    fn read(panel: &Element) -> Option<Place> {
        let table = panel.get_attribute("data-listing-table").filter(|t| !t.is_empty())?;
        let page = panel.get_attribute("data-listing-page")?.parse().ok().filter(|p| *p > 0)?;
        Some(Place { table, page })
    }
}

/// The filter table of a page's listing: not asked for yet, on its way, in, or unavailable (then the
/// panel counts this page only, as on a page of its own).
#[derive(Default)]
pub(crate) enum Table {
    #[default]
    NotAsked,
    Loading,
    Ready(Box<dossier_core::listing::Listing>),
    Failed,
}

/// A page's place in its listing and the listing's table.
#[derive(Default)]
pub(crate) struct Listing {
    place: Option<Place>,
    table: Table,
}

/// Starts fetching the listing's table, once, on a page of a paginated listing; the panel is drawn
/// again when it arrives (or counts this page only when it cannot be had).
fn want_table(app: &Shared) -> Result<(), JsValue> {
    let promise = {
        let mut a = app.borrow_mut();
        let Some(place) = &a.listing.place else { return Ok(()) };
        if !matches!(a.listing.table, Table::NotAsked) {
            return Ok(());
        }
        let path = JsValue::from_str(&place.table);
        let Some(fetch) = a.files.function().cloned() else { return Ok(()) };
        a.listing.table = Table::Loading;
        fetch.call1(&JsValue::NULL, &path)?.dyn_into::<js_sys::Promise>()?
    };
    let app2 = app.clone();
    let loaded = Closure::<dyn FnMut(JsValue)>::once(move |bytes: JsValue| {
        let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
        let table = {
            let a = app2.borrow();
            a.dossier.listing(&bytes)
        };
        app2.borrow_mut().listing.table = match table {
            Ok(t) => Table::Ready(Box::new(t)),
            Err(e) => {
                web_sys::console::warn_2(
                    &JsValue::from_str("dossier: the listing's filter table is unavailable:"),
                    &JsValue::from_str(&e.to_string()),
                );
                Table::Failed
            }
        };
        report(apply_filter(&app2));
    });
    let app3 = app.clone();
    let broken = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| {
        app3.borrow_mut().listing.table = Table::Failed;
        report(apply_filter(&app3));
    });
    // The handlers report their own failures; nothing waits for the promise `then2` returns.
    drop(promise.then2(&loaded, &broken));
    loaded.forget();
    broken.forget();
    Ok(())
}

/// "33 of 620 passages on this page; 412 passages on 57 pages in all." (or, with nothing selected,
/// the listing's size).
fn whole_text(w: &Whole, shown: usize, total: usize, nothing: bool) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{} {}", grouped(n), if n == 1 { one } else { many });
    let (shown, total) = (grouped(shown), grouped(total));
    let pages = w.pages.len();
    if nothing {
        return format!(
            "{total} passages on this page, {} on {} in all; select entities to filter.",
            w.matches,
            plural(pages, "page", "pages")
        );
    }
    let on = w.matching_pages().len();
    format!(
        "{shown} of {total} passages on this page; {} on {} in all.",
        plural(w.matches as usize, "passage", "passages"),
        plural(on, "page", "pages")
    )
}

/// A count with its thousands grouped, as English prose writes it: 24226 → "24,226".
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The pages with matches drawn first.
const FIRST_PAGES: usize = 8;

/// Links to the pages with matches: the first few, then the nearest before and after this page, each
/// carrying the selection (`query`).
fn draw_pages(
    doc: &Document,
    box_: &Element,
    root: &str,
    place: &Place,
    w: &Whole,
    query: &str,
) -> Result<(), JsValue> {
    box_.set_text_content(None);
    let link = |n: usize, text: &str| -> Result<Element, JsValue> {
        if n == place.page {
            let here = el(doc, "span", Some("listing-here"), Some(text))?;
            here.set_attribute("aria-current", "page")?;
            return Ok(here);
        }
        let a = el(doc, "a", None, Some(text))?;
        a.set_attribute("href", &format!("{root}{}?{query}", routes::explore_page(n)))?;
        a.set_attribute("data-page", &n.to_string())?;
        Ok(a)
    };
    let pages = w.matching_pages();
    box_.append_child(&doc.create_text_node("Matches on pages "))?;
    for (i, &n) in pages.iter().take(FIRST_PAGES).enumerate() {
        if i > 0 {
            box_.append_child(&doc.create_text_node(", "))?;
        }
        box_.append_child(link(n, &n.to_string())?.as_ref())?;
    }
    if pages.len() > FIRST_PAGES {
        box_.append_child(&doc.create_text_node(&format!(" and {} more", pages.len() - FIRST_PAGES)))?;
    }
    box_.append_child(&doc.create_text_node("."))?;
    let (before, after) = w.around(place.page);
    for (n, text, rel) in
        [(before, "‹ Previous page with a match", "prev"), (after, "Next page with a match ›", "next")]
    {
        if let Some(n) = n {
            let step = link(n, text)?;
            step.set_class_name(&format!("listing-{rel}"));
            box_.append_child(&doc.create_text_node(" "))?;
            box_.append_child(&step)?;
        }
    }
    box_.remove_attribute("hidden")
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn counts_group_their_thousands() {
        let cases =
            [(0, "0"), (7, "7"), (999, "999"), (1000, "1,000"), (24226, "24,226"), (1234567, "1,234,567")];
        for (n, text) in cases {
            assert_eq!(grouped(n), text);
        }
    }
}
