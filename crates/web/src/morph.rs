//! A small tree of elements and text held as data ([`View`]), drawn into the DOM once ([`Live::build`])
//! and afterwards turned into another tree in place ([`Live::patch`]): only the text, attributes and
//! children that differ are written, and nodes are created only where the new tree has more of them.
//!
//! The search box draws each result this way (see [`crate::results`]): a result replaced by another at
//! the next keystroke keeps its `<li>` and most nodes under it, and children a patch takes off are kept
//! as spares for the next patch to put back, so typing creates little garbage for the browser's
//! collectors. Text is set with `nodeValue` and `setAttribute`, never parsed as HTML.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Node};

/// A node to draw: text, or an element with its class, attributes and children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum View {
    Text(String),
    El {
        tag: &'static str,
        class: Option<&'static str>,
        attrs: Vec<(&'static str, String)>,
        children: Vec<View>,
    },
}

impl View {
    /// An element without attributes.
    pub(crate) fn el(tag: &'static str, class: Option<&'static str>, children: Vec<View>) -> View {
        View::El { tag, class, attrs: Vec::new(), children }
    }

    /// An element holding `text` as `textContent` would: no child at all for an empty text.
    pub(crate) fn text_el(tag: &'static str, class: Option<&'static str>, text: String) -> View {
        let children = if text.is_empty() { Vec::new() } else { vec![View::Text(text)] };
        View::el(tag, class, children)
    }

    /// The class of an element (none for text).
    pub(crate) fn class(&self) -> Option<&'static str> {
        match self {
            View::El { class, .. } => *class,
            View::Text(_) => None,
        }
    }

    /// The same element with one more attribute.
    pub(crate) fn attr(mut self, name: &'static str, value: String) -> View {
        if let View::El { attrs, .. } = &mut self {
            attrs.push((name, value));
        }
        self
    }
}

/// A [`View`] on screen: its DOM node, what the node shows, and the children drawn under it.
pub(crate) struct Live {
    node: Node,
    shown: Shown,
}

enum Shown {
    Text(String),
    El {
        tag: &'static str,
        class: Option<&'static str>,
        attrs: Vec<(&'static str, String)>,
        children: Vec<Live>,
        /// Children taken off this node by earlier patches, kept (at most [`SPARES`]) to be patched
        /// into the children a later view adds: a list of wordings that shrinks and grows again as a
        /// query is typed reuses its items rather than building new ones.
        spares: Vec<Live>,
    },
}

/// The most spare children one node keeps: a statement's list of wordings, and one more.
const SPARES: usize = crate::MAX_WORDINGS + 1;

/// Of `candidates` (a `None` is a place already taken), the position of the one that changes least to
/// become `view`: one showing it already, else one of the same class, else any that can become it.
pub(crate) fn least_change<'a>(
    candidates: impl Iterator<Item = Option<&'a Live>> + Clone,
    view: &View,
) -> Option<usize> {
    let class = view.class();
    let first = |fits: &dyn Fn(&Live) -> bool| candidates.clone().position(|c| c.is_some_and(fits));
    first(&|c| c.shows(view))
        .or_else(|| first(&|c| c.can_become(view) && c.class() == class))
        .or_else(|| first(&|c| c.can_become(view)))
}

/// Takes the spare that changes least to become `view` ([`least_change`]).
pub(crate) fn take_spare(spares: &mut Vec<Live>, view: &View) -> Option<Live> {
    let at = least_change(spares.iter().map(Some), view)?;
    Some(spares.swap_remove(at))
}

/// Keeps `child`, just taken off its parent, among the parent's spares while there is room.
fn keep_spare(spares: &mut Vec<Live>, child: Live) {
    if spares.len() < SPARES {
        spares.push(child);
    }
}

impl Live {
    /// Builds the DOM nodes of `view` (detached: the caller inserts them).
    pub(crate) fn build(doc: &Document, view: View) -> Result<Live, JsValue> {
        match view {
            View::Text(text) => {
                Ok(Live { node: doc.create_text_node(&text).into(), shown: Shown::Text(text) })
            }
            View::El { tag, class, attrs, children } => {
                let e = doc.create_element(tag)?;
                if let Some(c) = class {
                    e.set_class_name(c);
                }
                for (name, value) in &attrs {
                    e.set_attribute(name, value)?;
                }
                let mut drawn = Vec::with_capacity(children.len());
                for child in children {
                    let child = Live::build(doc, child)?;
                    e.append_child(&child.node)?;
                    drawn.push(child);
                }
                Ok(Live {
                    node: e.into(),
                    shown: Shown::El { tag, class, attrs, children: drawn, spares: Vec::new() },
                })
            }
        }
    }

    /// The DOM node, to insert, move or remove.
    pub(crate) fn node(&self) -> &Node {
        &self.node
    }

    /// The class the node was drawn with (none for text).
    pub(crate) fn class(&self) -> Option<&'static str> {
        match &self.shown {
            Shown::El { class, .. } => *class,
            Shown::Text(_) => None,
        }
    }

    /// Whether this node shows `view` exactly (then patching it to `view` would write nothing).
    pub(crate) fn shows(&self, view: &View) -> bool {
        match (&self.shown, view) {
            (Shown::Text(a), View::Text(b)) => a == b,
            (
                Shown::El { tag, class, attrs, children, .. },
                View::El { tag: t, class: c, attrs: a, children: ch },
            ) => {
                tag == t
                    && class == c
                    && attrs == a
                    && children.len() == ch.len()
                    && children.iter().zip(ch).all(|(live, view)| live.shows(view))
            }
            _ => false,
        }
    }

    /// Whether [`Live::patch`] can turn this node into `view`: text into text, an element into an
    /// element of the same tag.
    pub(crate) fn can_become(&self, view: &View) -> bool {
        match (&self.shown, view) {
            (Shown::Text(_), View::Text(_)) => true,
            (Shown::El { tag, .. }, View::El { tag: new, .. }) => tag == new,
            _ => false,
        }
    }

    /// Makes this node show `view`, which it [can become](Live::can_become): text and attributes that
    /// differ are written, children are patched in order, added or removed; a child that cannot become
    /// its new view is replaced by a new one.
    pub(crate) fn patch(&mut self, doc: &Document, view: View) -> Result<(), JsValue> {
        match (&mut self.shown, view) {
            (Shown::Text(old), View::Text(new)) => {
                if *old != new {
                    self.node.set_node_value(Some(&new));
                    *old = new;
                }
            }
            (
                Shown::El { class, attrs, children, spares, .. },
                View::El { class: new_class, attrs: new_attrs, children: new_children, .. },
            ) => {
                let e: &Element = wasm_bindgen::JsCast::unchecked_ref(&self.node);
                if *class != new_class {
                    match new_class {
                        Some(c) => e.set_class_name(c),
                        None => e.remove_attribute("class")?,
                    }
                    *class = new_class;
                }
                for (name, _) in attrs.iter().filter(|(n, _)| !new_attrs.iter().any(|(m, _)| m == n)) {
                    e.remove_attribute(name)?;
                }
                for (name, value) in &new_attrs {
                    if !attrs.iter().any(|(n, v)| n == name && v == value) {
                        e.set_attribute(name, value)?;
                    }
                }
                *attrs = new_attrs;
                let kept = children.len().min(new_children.len());
                for old in children.drain(kept..) {
                    self.node.remove_child(&old.node)?;
                    keep_spare(spares, old);
                }
                for (i, view) in new_children.into_iter().enumerate() {
                    if i < kept && children[i].can_become(&view) {
                        children[i].patch(doc, view)?;
                        continue;
                    }
                    let child = match take_spare(spares, &view) {
                        Some(mut spare) => {
                            spare.patch(doc, view)?;
                            spare
                        }
                        None => Live::build(doc, view)?,
                    };
                    if i < kept {
                        self.node.replace_child(&child.node, &children[i].node)?;
                        keep_spare(spares, std::mem::replace(&mut children[i], child));
                    } else {
                        self.node.append_child(&child.node)?;
                        children.push(child);
                    }
                }
            }
            (_, view) => {
                // Not reached through `can_become`; redrawn whole all the same rather than left wrong.
                let fresh = Live::build(doc, view)?;
                if let Some(parent) = self.node.parent_node() {
                    parent.replace_child(&fresh.node, &self.node)?;
                }
                *self = fresh;
            }
        }
        Ok(())
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    use super::{Live, View};
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn doc() -> web_sys::Document {
        web_sys::window().and_then(|w| w.document()).expect("document")
    }

    /// A wording as the search box draws it: quoted text with its marks, a link, maybe a variant note.
    fn wording(parts: &[(&str, bool)], href: &str, variant: bool) -> View {
        let quote =
            parts
                .iter()
                .map(|&(t, marked)| {
                    if marked {
                        View::text_el("mark", None, t.to_string())
                    } else {
                        View::Text(t.to_string())
                    }
                })
                .collect();
        let mut children = vec![
            View::el("q", None, quote),
            View::Text(" — ".into()),
            View::text_el("a", None, "Outlet ¶1".into()).attr("href", href.to_string()),
        ];
        if variant {
            children.push(View::text_el("span", Some("variant"), " (variant wording)".into()));
        }
        View::el("li", None, children)
    }

    fn item(class: &'static str, attr: (&'static str, &str), wordings: Vec<View>) -> View {
        View::el("li", Some(class), vec![View::el("ul", Some("lookup-wordings"), wordings)])
            .attr(attr.0, attr.1.to_string())
    }

    fn html(live: &Live) -> String {
        wasm_bindgen::JsCast::unchecked_ref::<web_sys::Element>(live.node()).outer_html()
    }

    #[wasm_bindgen_test]
    fn a_patched_tree_is_the_tree_built_from_scratch() {
        let doc = doc();
        let views = [
            item("lookup-result", ("data-cluster", "c1"), vec![wording(&[("give it", false)], "a#p1", true)]),
            item(
                "lookup-result",
                ("data-cluster", "c2"),
                vec![
                    wording(&[("", false), ("give", true), (" it to them", false)], "b#p2", false),
                    wording(&[("they give", false)], "c#p3", true),
                    wording(&[("x", true), ("", false)], "d#p4", false),
                ],
            ),
            item("lookup-result lookup-passage", ("data-source", "s9"), vec![]),
            item("lookup-result", ("data-cluster", "c2"), vec![wording(&[("give it", false)], "a#p1", true)]),
            View::el("li", None, vec![View::Text("only text".into())]),
            item("lookup-result", ("data-cluster", "c3"), vec![wording(&[("a", true)], "e#p5", false); 4]),
        ];
        // Every view patched into every other, twice over (the second time from spares): the result
        // is always what building the view from scratch gives, and shows() knows it.
        for from in &views {
            for to in &views {
                let mut live = Live::build(&doc, from.clone()).expect("built");
                for target in [to, from, to] {
                    live.patch(&doc, target.clone()).expect("patched");
                    let want = Live::build(&doc, target.clone()).expect("built");
                    assert_eq!(html(&live), html(&want));
                    assert!(live.shows(target));
                }
                assert_eq!(live.shows(from), from == to);
            }
        }
    }

    #[wasm_bindgen_test]
    fn patching_reuses_nodes_and_writes_only_what_differs() {
        let doc = doc();
        let one =
            item("lookup-result", ("data-cluster", "c1"), vec![wording(&[("give it", false)], "a#p1", true)]);
        let two = item(
            "lookup-result",
            ("data-cluster", "c1"),
            vec![wording(&[("give it", false)], "a#p1", true), wording(&[("take", true)], "b#p2", false)],
        );
        let mut live = Live::build(&doc, two.clone()).expect("built");
        let li = live.node().clone();
        let second = || live_child(&li, &[0, 1]);
        let kept = second();
        live.patch(&doc, one).expect("patched");
        assert!(second().is_none(), "the second wording is taken off");
        live.patch(&doc, two).expect("patched");
        // The same <li> came back from the spares rather than a new one.
        assert!(second().is_some_and(|n| Some(&n) == kept.as_ref()));
        assert!(live.node().is_same_node(Some(&li)));
    }

    /// The node at `path` (child indexes) under `node`.
    fn live_child(node: &web_sys::Node, path: &[u32]) -> Option<web_sys::Node> {
        let mut at = node.clone();
        for &i in path {
            at = at.child_nodes().item(i)?;
        }
        Some(at)
    }
}
