//! The entity filter's reading aids, drawn by dossier-web: a "previous match / next match" control that
//! steps through the passages a filter keeps (announcing "Match 3 of 12"), a hint to switch to "any"
//! when "all" matches nothing, and, on the explore page, hiding the sections and quotation lists a
//! filter emptied. Which passage comes next and which sections stay are decided by
//! `dossier_core::filter`; this module only reads and writes the DOM.
//!
//! The control keeps no state of its own: the current match is the passage marked `current-match`,
//! and the matches are the page's filterable passages that are neither hidden nor dimmed.

use dossier_core::filter::{groups_visible, step};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event};

/// The page's passages a filter kept: on the briefing the undimmed ones, elsewhere the shown ones.
const MATCHES: &str = "main [data-entities]:not([hidden]):not([data-dimmed])";
/// The explore page's groups a filter can empty: a source's section, and its list of quotations.
const SECTIONS: &str = "main section.explore-source";
const QUOTE_LISTS: &str = "main ul.explore-quotes";

fn button(doc: &Document, id: &str, text: &str, label: Option<&str>) -> Result<Element, JsValue> {
    let b = doc.create_element("button")?;
    if let Some(label) = label {
        b.set_attribute("aria-label", label)?;
    }
    b.set_attribute("type", "button")?;
    b.set_attribute("id", id)?;
    b.set_class_name("match-step");
    b.set_text_content(Some(text));
    Ok(b)
}

fn elements(doc: &Document, selector: &str) -> Result<Vec<Element>, JsValue> {
    let nodes = doc.query_selector_all(selector)?;
    Ok((0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok()).collect())
}

/// Draws the control right after the filter's `<details>` (so it is the next Tab stop after the
/// filter, while the stylesheet keeps it at the foot of the window), hidden until a filter is on, and
/// the hint's button inside the panel, after the count.
pub(crate) fn build(doc: &Document, panel: &Element) -> Result<(), JsValue> {
    let nav = doc.create_element("nav")?;
    nav.set_class_name("match-nav");
    nav.set_attribute("id", "match-nav")?;
    nav.set_attribute("aria-label", "Matches of the entity filter")?;
    nav.set_attribute("hidden", "")?;
    nav.append_child(button(doc, "match-prev", "‹ Previous", Some("Previous match"))?.as_ref())?;
    let status = doc.create_element("span")?;
    status.set_class_name("match-status");
    status.set_attribute("id", "match-status")?;
    status.set_attribute("role", "status")?;
    status.set_attribute("aria-live", "polite")?;
    nav.append_child(&status)?;
    nav.append_child(button(doc, "match-next", "Next ›", Some("Next match"))?.as_ref())?;
    let anchor = panel.closest("details")?.unwrap_or_else(|| panel.clone());
    anchor.after_with_node_1(&nav)?;

    let hint = doc.create_element("p")?;
    hint.set_class_name("filter-hint");
    hint.set_attribute("id", "filter-hint")?;
    hint.set_attribute("hidden", "")?;
    let any = button(doc, "facet-any", "Match any selected instead", None)?;
    any.set_class_name("facet-any");
    hint.append_child(&any)?;
    match doc.get_element_by_id("filter-count") {
        Some(count) => count.after_with_node_1(&hint)?,
        None => panel.append_child(&hint).map(drop)?,
    }

    let on_click = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
        let forward = match ev.target().and_then(|t| t.dyn_into::<Element>().ok()).map(|t| t.id()) {
            Some(id) if id == "match-next" => true,
            Some(id) if id == "match-prev" => false,
            _ => return,
        };
        crate::dom::report(go(forward));
    });
    nav.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref())?;
    on_click.forget();
    Ok(())
}

/// Moves to the next (or previous) match: marks it, scrolls it into view and says "Match 3 of 12".
/// Focus stays on the button, so pressing it again goes on.
fn go(forward: bool) -> Result<(), JsValue> {
    let doc = crate::dom::document()?;
    let matches = elements(&doc, MATCHES)?;
    let current = matches.iter().position(|m| m.class_list().contains("current-match"));
    for m in elements(&doc, "main .current-match")? {
        m.class_list().remove_1("current-match")?;
    }
    let Some(next) = step(current, matches.len(), forward) else { return Ok(()) };
    let target = &matches[next];
    target.class_list().add_1("current-match")?;
    target.scroll_into_view_with_bool(true);
    if let Some(status) = doc.get_element_by_id("match-status") {
        status.set_text_content(Some(&format!("Match {} of {}", next + 1, matches.len())));
    }
    Ok(())
}

/// What the filter left, for [`update`].
pub(crate) struct Outcome<'a> {
    /// The page's filterable passages, in page order.
    pub(crate) items: &'a [Element],
    /// For each of `items`, whether it matches (is shown, or not dimmed).
    pub(crate) visible: &'a [bool],
    /// Whether any entity is selected (without a selection there is nothing to step through).
    pub(crate) filtering: bool,
    /// Whether the page hides what does not match (explore, sources) rather than dimming it.
    pub(crate) hides: bool,
}

/// After each filter: resets the current match, shows the control while a selection matches something,
/// shows the hint when `any_instead` (the passages "any" would show, when "all" shows none) is given,
/// and hides emptied sections on a page that hides.
pub(crate) fn update(
    doc: &Document,
    outcome: &Outcome<'_>,
    any_instead: Option<usize>,
) -> Result<(), JsValue> {
    for m in elements(doc, "main .current-match")? {
        m.class_list().remove_1("current-match")?;
    }
    let shown = outcome.visible.iter().filter(|v| **v).count();
    if let Some(nav) = doc.get_element_by_id("match-nav") {
        set_hidden(&nav, !outcome.filtering || shown == 0)?;
    }
    if let Some(status) = doc.get_element_by_id("match-status") {
        status.set_text_content(None);
    }
    if let Some(hint) = doc.get_element_by_id("filter-hint") {
        set_hidden(&hint, any_instead.is_none())?;
    }
    if outcome.hides {
        hide_emptied(doc, outcome, SECTIONS, false)?;
        hide_emptied(doc, outcome, QUOTE_LISTS, true)?;
    }
    Ok(())
}

/// The sentence the filter count ends with when "all" matches nothing but "any" would.
pub(crate) fn hint_text(selected: usize, any: usize) -> String {
    let passages = if any == 1 { "passage mentions" } else { "passages mention" };
    format!(" No passage mentions all {selected} selected entities; {any} {passages} at least one.")
}

fn set_hidden(e: &Element, hidden: bool) -> Result<(), JsValue> {
    if hidden {
        e.set_attribute("hidden", "")
    } else {
        e.remove_attribute("hidden")
    }
}

/// Hides each group matching `selector` none of whose items is visible (and, with `with_heading`, the
/// heading right before it), and shows the others again.
fn hide_emptied(
    doc: &Document,
    outcome: &Outcome<'_>,
    selector: &str,
    with_heading: bool,
) -> Result<(), JsValue> {
    let groups = elements(doc, selector)?;
    if groups.is_empty() {
        return Ok(());
    }
    // Each group's position, looked up by the element itself (a scan of the groups per item would be
    // quadratic on a long explore page).
    let position = js_sys::Map::new();
    for (i, g) in groups.iter().enumerate() {
        position.set(g, &JsValue::from(i as f64));
    }
    let group_of = outcome
        .items
        .iter()
        .map(|item| {
            let group = item.closest(selector)?;
            Ok(group.and_then(|g| position.get(&g).as_f64()).map(|i| i as usize))
        })
        .collect::<Result<Vec<_>, JsValue>>()?;
    let keep = groups_visible(&group_of, outcome.visible, groups.len());
    for (group, keep) in groups.iter().zip(keep) {
        let hide = outcome.filtering && !keep;
        set_hidden(group, hide)?;
        if with_heading {
            if let Some(heading) = group.previous_element_sibling().filter(|h| h.tag_name() == "H3") {
                set_hidden(&heading, hide)?;
            }
        }
    }
    Ok(())
}
