//! The lines of reporting as a picture, drawn at build time (no JavaScript): one column per line of
//! reporting, its sources as boxes named by outlet, title and date, an origin outside the corpus
//! (`derived_from = ["CNN"]`) as a dashed box, and an arrow from each copy to what it copies — solid when
//! declared, dashed when detected from shared text. The geometry is computed here; `provenance.html`
//! owns the markup, and gives the picture a title and a text alternative.

use crate::briefing::{outlet, source_name};
use crate::library::Library;
use crate::load::source::{Origin, Source};
use dossier_core::routes;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Box size and spacing, in SVG user units.
const NODE_W: u32 = 210;
const NODE_H: u32 = 58;
const COL_GAP: u32 = 34;
const ROW_GAP: u32 = 30;
const MARGIN: u32 = 12;
/// Longest title shown in a box, in characters; a longer one is cut at a word with "…".
const TITLE_CHARS: usize = 30;
/// Longest outlet name shown in a box (bold, so fewer characters fit).
const OUTLET_CHARS: usize = 26;
/// Most sources drawn: beyond this the picture keeps the lines with several sources, largest first, and
/// says how many it leaves out (the table and the list above stay complete).
pub(super) const MAX_NODES: usize = 60;

/// One box.
#[derive(Serialize)]
struct Node {
    x: u32,
    y: u32,
    /// The outlet, or the origin's name for an origin outside the corpus.
    outlet: String,
    /// The title, shortened; empty for an outside origin.
    title: String,
    date: String,
    /// The source's page; `None` for an origin outside the corpus.
    href: Option<String>,
}

/// One arrow, from a copy (`x1`,`y1`) to its origin (`x2`,`y2`), as an SVG path.
#[derive(Serialize)]
struct Edge {
    d: String,
    /// Found by shared text rather than declared.
    detected: bool,
    /// In words, for the text alternative: "Example Wire copies Example Gazette (declared)".
    label: String,
}

/// One line of reporting.
#[derive(Serialize)]
struct Line {
    /// Its name, as the table gives it (an outlet, or the id of its original).
    name: String,
    /// How many sources of the corpus it has.
    size: usize,
    /// Its sources by outlet, for the text alternative.
    outlets: Vec<String>,
}

/// The picture, for `provenance.html`.
#[derive(Serialize)]
pub(super) struct Picture {
    width: u32,
    height: u32,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    lines: Vec<Line>,
    /// Sources in the corpus, and lines of reporting among them.
    sources: usize,
    independent_lines: usize,
    /// Sources not drawn (see [`MAX_NODES`]), and the lines they make.
    left_out: usize,
    left_out_lines: usize,
}

fn short(title: &str) -> String {
    cut(title, TITLE_CHARS)
}

/// `text` in at most `max` characters (plus "…"), cut at a word when one ends past the middle.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rfind(' ').filter(|&i| i > max / 2).map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end_matches([',', ':', ';', ' ']))
}

/// The picture of every source (`only` = `None`) or of the sources in `only` (those a briefing cites),
/// for a page whose way back to the site root is `root` (`../`).
pub(super) fn picture(library: &Library, only: Option<&BTreeSet<&str>>, root: &str) -> Picture {
    let relations = &library.analysis.relations;
    let shown: Vec<&Source> =
        library.sources.values().filter(|s| only.is_none_or(|ids| ids.contains(s.id.as_str()))).collect();
    // Lines of reporting: their sources, oldest first.
    let mut groups: BTreeMap<&str, Vec<&Source>> = BTreeMap::new();
    for s in shown.iter().copied() {
        let line = relations.get(&s.id).map_or(s.id.as_str(), |r| r.line.as_str());
        groups.entry(line).or_default().push(s);
    }
    let independent_lines = groups.len();
    let mut lines: Vec<(&str, Vec<&Source>)> = groups.into_iter().collect();
    // The largest lines first (they are the story of the picture), then by name.
    lines.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let mut drawn = 0;
    let mut left_out = 0;
    let mut left_out_lines = 0;
    lines.retain(|(_, members)| {
        let keep = drawn + members.len() <= MAX_NODES && (shown.len() <= MAX_NODES || members.len() > 1);
        if keep {
            drawn += members.len();
        } else {
            left_out += members.len();
            left_out_lines += 1;
        }
        keep
    });

    let mut nodes = Vec::new();
    // Where each source's box is, and each outside origin's (by column and folded name).
    let mut at: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut outside: BTreeMap<(usize, String), (u32, u32)> = BTreeMap::new();
    let mut rows_used = 0u32;
    for (col, (_, members)) in lines.iter_mut().enumerate() {
        let x = MARGIN + col as u32 * (NODE_W + COL_GAP);
        // Originals above their copies: by how many copy steps lead from a source to an original.
        let limit = members.len();
        let depth = |s: &Source| -> usize {
            let mut d = 0;
            let mut cur = s.id.as_str();
            while let Some(next) = relations
                .get(cur)
                .and_then(|r| r.derived_from.iter().find(|o| library.sources.contains_key(*o)))
            {
                d += 1;
                cur = next;
                if d > limit {
                    break;
                }
            }
            d
        };
        members.sort_by_key(|s| (depth(s), s.meta.published, s.id.clone()));
        let mut row = 0u32;
        // Origins outside the corpus that members declare: a dashed box on top of the column.
        let mut outlets: Vec<&str> = Vec::new();
        for s in members.iter() {
            for o in &s.meta.derived_from {
                if let Origin::Outlet(name) = o {
                    if !outlets.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                        outlets.push(name);
                    }
                }
            }
        }
        for name in outlets {
            let y = MARGIN + row * (NODE_H + ROW_GAP);
            nodes.push(Node {
                x,
                y,
                outlet: name.to_string(),
                title: String::new(),
                date: String::new(),
                href: None,
            });
            outside.insert((col, name.to_lowercase()), (x, y));
            row += 1;
        }
        for s in members.iter() {
            let y = MARGIN + row * (NODE_H + ROW_GAP);
            nodes.push(Node {
                x,
                y,
                outlet: cut(&outlet(s), OUTLET_CHARS),
                title: short(&s.meta.title),
                date: s.meta.published.to_string(),
                href: Some(format!("{root}{}", routes::source_page(&s.id))),
            });
            at.insert(s.id.clone(), (x, y));
            row += 1;
        }
        rows_used = rows_used.max(row);
    }

    let mut edges = Vec::new();
    for (col, (_, members)) in lines.iter().enumerate() {
        for s in members {
            let Some(&from) = at.get(&s.id) else { continue };
            let Some(r) = relations.get(&s.id) else { continue };
            for origin in &r.derived_from {
                let detected = r.detected.iter().any(|l| &l.source == origin);
                let (to, name) = match (at.get(origin), library.sources.get(origin)) {
                    (Some(&to), Some(o)) => (to, source_name(o)),
                    _ => match outside.get(&(col, origin.to_lowercase())) {
                        Some(&to) => (to, origin.clone()),
                        None => continue,
                    },
                };
                edges.push(Edge {
                    d: path(from, to),
                    detected,
                    label: format!(
                        "{} copies or re-tells {} ({})",
                        source_name(s),
                        name,
                        if detected { "detected from shared text" } else { "declared" }
                    ),
                });
            }
        }
    }
    let columns = lines.len().max(1) as u32;
    Picture {
        width: 2 * MARGIN + columns * NODE_W + (columns - 1) * COL_GAP,
        height: 2 * MARGIN + rows_used.max(1) * NODE_H + rows_used.saturating_sub(1) * ROW_GAP,
        nodes,
        edges,
        lines: lines
            .iter()
            .map(|(name, members)| Line {
                // A line named after its original source is named by that source's outlet.
                name: library.sources.get(*name).map_or_else(|| name.to_string(), source_name),
                size: members.len(),
                outlets: members.iter().map(|s| source_name(s)).collect(),
            })
            .collect(),
        sources: shown.len(),
        independent_lines,
        left_out,
        left_out_lines,
    }
}

/// An arrow from the box at `from` to the box at `to` (top-left corners): straight up to the box just
/// above, else out to the right of the column and back in, so that it passes no box between.
fn path(from: (u32, u32), to: (u32, u32)) -> String {
    let (fx, fy) = from;
    let (tx, ty) = to;
    if fx == tx && fy == ty + NODE_H + ROW_GAP {
        let x = fx + NODE_W / 2;
        return format!("M{x} {fy} L{x} {}", ty + NODE_H + 2);
    }
    if fx == tx {
        let (x, y1, y2) = (fx + NODE_W, fy + NODE_H / 2, ty + NODE_H / 2);
        return format!("M{x} {y1} C{} {y1} {} {y2} {} {y2}", x + 26, x + 26, x + 3);
    }
    // Another column: from the copy's top to the origin's bottom.
    let (x1, y1, x2, y2) = (fx + NODE_W / 2, fy, tx + NODE_W / 2, ty + NODE_H + 2);
    format!("M{x1} {y1} C{x1} {} {x2} {} {x2} {y2}", y1.saturating_sub(ROW_GAP), y2 + ROW_GAP)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_titles_are_cut_at_a_word() {
        assert_eq!(short("A short title"), "A short title");
        assert_eq!(
            short("Al-Qaeda’s bond with Taliban is “now much deeper” than the world thinks"),
            "Al-Qaeda’s bond with Taliban…"
        );
    }

    #[test]
    fn arrows_go_up_to_the_box_above_or_around_the_boxes_between() {
        let above = path((12, 12 + NODE_H + ROW_GAP), (12, 12));
        assert_eq!(
            above,
            format!("M{0} {1} L{0} {2}", 12 + NODE_W / 2, 12 + NODE_H + ROW_GAP, 12 + NODE_H + 2)
        );
        assert!(path((12, 12 + 2 * (NODE_H + ROW_GAP)), (12, 12)).contains('C'), "around");
    }
}
