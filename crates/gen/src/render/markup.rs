//! Entity markup: `<span data-entity="id">` around every mention, and `data-entities="id id"` on every
//! paragraph and list item, which the browser filter reads. (Table rows are left alone: replacing
//! pulldown-cmark's row start would lose column alignment.)
//!
//! [`mark_events`] is a pulldown-cmark event transform (events in, events out) for the briefing;
//! [`mark_text`] does the same for a source paragraph given as plain text.

use crate::analyse::entities::{Entity, Gazetteer, Mention};
use crate::render::html::escape_into;
use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use std::collections::BTreeSet;
use std::ops::Range;

/// A mention of an entity in the briefing, for the entity pages.
#[derive(Debug, Clone)]
pub struct BriefingMention {
    /// Index into the gazetteer's entities.
    pub entity: usize,
    /// Id of the briefing element it is in (`b12`).
    pub anchor: String,
    /// The heading of its section.
    pub section: String,
    /// The passage around it as HTML, the mention in `<mark>`.
    pub context: String,
}

/// Escapes `text` and wraps each mention in a span that names its entity.
pub fn mark_text(text: &str, mentions: &[Mention], entities: &[Entity]) -> String {
    let mut out = String::with_capacity(text.len() + mentions.len() * 40);
    let mut at = 0;
    for m in mentions {
        let (Some(e), true) = (entities.get(m.entity), m.span.start >= at && m.span.end <= text.len()) else {
            continue;
        };
        escape_into(&mut out, &text[at..m.span.start]);
        out.push_str("<span data-entity=\"");
        escape_into(&mut out, &e.id);
        out.push_str("\">");
        escape_into(&mut out, &text[m.span.clone()]);
        out.push_str("</span>");
        at = m.span.end;
    }
    escape_into(&mut out, &text[at..]);
    out
}

/// The ids of the mentioned entities, sorted and without repeats, space-separated.
pub fn entity_ids(mentions: &[Mention], entities: &[Entity]) -> String {
    let ids: BTreeSet<&str> =
        mentions.iter().filter_map(|m| entities.get(m.entity)).map(|e| e.id.as_str()).collect();
    ids.into_iter().collect::<Vec<_>>().join(" ")
}

/// About `width` characters of `text` around `span`, cut at spaces, with the span in `<mark>`.
pub fn context_html(text: &str, span: &Range<usize>, width: usize) -> String {
    context_within(text, 0..text.len(), span, width)
}

/// [`context_html`] inside `bounds` of `text` (a sentence): no more than the bounds hold, and an
/// ellipsis only where the text is cut inside them.
pub fn context_within(text: &str, bounds: Range<usize>, span: &Range<usize>, width: usize) -> String {
    let mut out = String::new();
    context_within_into(&mut out, text, bounds, span, width);
    out
}

/// [`context_within`] appended to `out` (a listing's rows are written into one string).
pub fn context_within_into(
    out: &mut String,
    text: &str,
    bounds: Range<usize>,
    span: &Range<usize>,
    width: usize,
) {
    let (lo, hi) =
        (floor(text, bounds.start.min(span.start)), ceil(text, bounds.end.max(span.end).min(text.len())));
    let start = floor(text, span.start.saturating_sub(width)).max(lo);
    let end = ceil(text, (span.end + width).min(hi));
    let start =
        if start == lo { lo } else { text[start..span.start].find(' ').map_or(start, |i| start + i + 1) };
    let end = if end == hi { end } else { text[span.end..end].rfind(' ').map_or(end, |i| span.end + i) };
    out.reserve(end - start + 24);
    if start > lo {
        out.push('…');
    }
    escape_into(out, &text[start..span.start]);
    out.push_str("<mark>");
    escape_into(out, &text[span.clone()]);
    out.push_str("</mark>");
    escape_into(out, &text[span.end..end]);
    if end < hi {
        out.push('…');
    }
}

fn floor(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

struct Block {
    /// Position of its start event in the output.
    start: usize,
    kind: BlockKind,
    entities: BTreeSet<String>,
    text: String,
    has_paragraph: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Paragraph,
    Item,
}

/// Marks up entity mentions in the briefing's events and tags each paragraph and tight list item
/// with an id (`b1`, `b2`, …) and its `data-entities`. Returns the new events and every mention.
pub fn mark_events<'a>(
    events: Vec<Event<'a>>,
    gazetteer: &Gazetteer,
) -> (Vec<Event<'a>>, Vec<BriefingMention>) {
    let entities = gazetteer.entities();
    let mut out: Vec<Event<'a>> = Vec::with_capacity(events.len());
    let mut stack: Vec<Block> = Vec::new();
    let mut mentions = Vec::new();
    let mut section = String::new();
    let mut heading: Option<String> = None;
    let mut in_code = false;
    let mut next_id = 1;
    for event in events {
        match event {
            Event::Start(Tag::Paragraph) | Event::Start(Tag::Item) => {
                let kind = if matches!(event, Event::Start(Tag::Paragraph)) {
                    BlockKind::Paragraph
                } else {
                    BlockKind::Item
                };
                if kind == BlockKind::Paragraph {
                    stack
                        .iter_mut()
                        .filter(|b| b.kind == BlockKind::Item)
                        .for_each(|b| b.has_paragraph = true);
                }
                stack.push(Block {
                    start: out.len(),
                    kind,
                    entities: BTreeSet::new(),
                    text: String::new(),
                    has_paragraph: false,
                });
                out.push(event);
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Item) => {
                let Some(block) = stack.pop() else {
                    out.push(event);
                    continue;
                };
                let tagged = block.kind != BlockKind::Item || !block.has_paragraph;
                if tagged {
                    let id = format!("b{next_id}");
                    next_id += 1;
                    let tag = if block.kind == BlockKind::Paragraph { "p" } else { "li" };
                    let ids: Vec<&str> = block.entities.iter().map(String::as_str).collect();
                    out[block.start] = Event::Html(CowStr::from(format!(
                        "<{tag} id=\"{id}\" data-entities=\"{}\">",
                        ids.join(" ")
                    )));
                    out.push(Event::Html(CowStr::from(format!("</{tag}>\n"))));
                    for m in gazetteer.find(&block.text) {
                        mentions.push(BriefingMention {
                            entity: m.entity,
                            anchor: id.clone(),
                            section: section.clone(),
                            context: context_html(&block.text, &m.span, 90),
                        });
                    }
                } else {
                    out.push(event);
                }
                // What an inner block saw, its outer blocks saw too.
                if let Some(outer) = stack.last_mut() {
                    outer.entities.extend(block.entities);
                    if !outer.text.is_empty() {
                        outer.text.push(' ');
                    }
                    outer.text.push_str(&block.text);
                }
            }
            Event::Start(Tag::Heading { .. }) => {
                heading = Some(String::new());
                out.push(event);
            }
            Event::End(TagEnd::Heading(_)) => {
                section = heading.take().unwrap_or_default().trim().to_string();
                out.push(event);
            }
            Event::Start(Tag::CodeBlock(_)) => {
                in_code = true;
                out.push(event);
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                out.push(event);
            }
            Event::Text(text) if !in_code => {
                if let Some(h) = &mut heading {
                    h.push_str(&text);
                }
                let found = gazetteer.find(&text);
                if let Some(block) = stack.last_mut() {
                    block.text.push_str(&text);
                    block
                        .entities
                        .extend(found.iter().filter_map(|m| entities.get(m.entity)).map(|e| e.id.clone()));
                }
                if found.is_empty() {
                    out.push(Event::Text(text));
                } else {
                    out.push(Event::InlineHtml(CowStr::from(mark_text(&text, &found, entities))));
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(block) = stack.last_mut() {
                    block.text.push(' ');
                }
                out.push(event);
            }
            e => out.push(e),
        }
    }
    (out, mentions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{html, Options, Parser};

    const GAZETTEER: &str = r#"
[[entity]]
id = "al-qaeda"
name = "al-Qaeda"
kind = "organization"
description = "A militant group."
aliases = ["al Qaeda"]

[[entity]]
id = "taliban"
name = "Taliban"
kind = "organization"
description = "An insurgent movement."
aliases = []
"#;

    fn gazetteer() -> Gazetteer {
        Gazetteer::from_toml(GAZETTEER).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn marks_mentions_and_escapes_the_rest() {
        let g = gazetteer();
        let text = "<b>al Qaeda</b> & the Taliban’s ties";
        let html = mark_text(text, &g.find(text), g.entities());
        assert_eq!(
            html,
            "&lt;b&gt;<span data-entity=\"al-qaeda\">al Qaeda</span>&lt;/b&gt; &amp; the <span data-entity=\"taliban\">Taliban</span>’s ties"
        );
    }

    #[test]
    fn tags_blocks_with_ids_and_entities() {
        let g = gazetteer();
        let md = "## Al Qaeda\n\nThe Taliban and al-Qaeda.\n\n- tight item on the Taliban\n- none\n\n| a | b |\n|---|---|\n| al Qaeda | x |\n";
        let events: Vec<Event<'_>> = Parser::new_ext(md, Options::ENABLE_TABLES).collect();
        let (events, mentions) = mark_events(events, &g);
        let mut out = String::new();
        html::push_html(&mut out, events.into_iter());
        assert!(out.contains("<p id=\"b1\" data-entities=\"al-qaeda taliban\">The <span data-entity=\"taliban\">Taliban</span> and <span data-entity=\"al-qaeda\">al-Qaeda</span>.</p>"), "{out}");
        assert!(out.contains("<li id=\"b2\" data-entities=\"taliban\">"), "{out}");
        assert!(out.contains("<li id=\"b3\" data-entities=\"\">none</li>"), "{out}");
        assert!(out.contains("<td><span data-entity=\"al-qaeda\">al Qaeda</span></td>"), "{out}");
        assert_eq!(mentions.len(), 3);
        assert_eq!(mentions[0].section, "Al Qaeda");
        assert_eq!(mentions[0].context, "The <mark>Taliban</mark> and al-Qaeda.");
    }

    #[test]
    fn context_is_cut_at_spaces() {
        let text = "one two three four five six seven eight nine ten";
        let at = text.find("five").unwrap_or(0);
        assert_eq!(context_html(text, &(at..at + 4), 8), "…four <mark>five</mark> six…");
    }
}
