//! Lines of reporting: the declared origins (`derived_from`) and the measured overlaps combined into
//! which source derives from which, which are independent, and the line each belongs to.

use super::overlap::{is_retelling, shingles, Doc, Overlap};
use crate::load::source::{Origin, Published};
use dossier_core::text::fold;
use rustc_hash::FxHashSet;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Containment from which the shorter text is a near-copy of the longer; siblings that declare the same
/// origin are linked to each other only when one is a near-copy of the other.
pub const NEAR_COPY_CONTAINMENT: f64 = 0.5;

/// A link to another source found by text overlap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    /// The other source's id.
    pub source: String,
    /// Share of the shorter text's shingles found in the longer, 0.0..=1.0 (see [`Overlap::containment`]).
    pub containment: f64,
}

/// How one source relates to the others.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Relation {
    /// The source id.
    pub source: String,
    /// What it derives from: declared origins first (source ids or outlet names, as written), then source
    /// ids found by overlap (the ids of [`Relation::detected`], in its order). Empty for a source that
    /// derives from nothing known.
    pub derived_from: Vec<String>,
    /// The sources of `derived_from` found by text overlap rather than declared, the largest overlap first.
    pub detected: Vec<Link>,
    /// The sources found by text overlap to copy or re-tell this one, the largest overlap first.
    pub copied_by: Vec<Link>,
    /// Near-copies of this text (or texts it nearly copies) where nothing tells which copies which: no
    /// order of dates, declared origins, known dates or lengths (see [`relate`]). Neither derives from the
    /// other; the largest overlap first.
    pub undecided: Vec<Link>,
    /// True when no other source in the set carries the same reporting: it derives from no source in the
    /// set, no source in the set derives from it or overlaps it, and it shares no declared origin with
    /// another. The original of a copy in the set is not independent: the copy carries its reporting.
    pub independent: bool,
    /// The line of reporting it belongs to: the origin most of the group declares (e.g. `CNN`), or else the
    /// id of the group's first source that derives from no other and is known to be an original, or else
    /// (when only undecided near-copies could be) their ids joined: `a or b`. Sources with the same `line`
    /// are one line of reporting.
    pub line: String,
}

/// Combines declared origins with detected overlaps.
///
/// `declared` maps source ids to their `derived_from` front matter; an [`Origin::Source`] among `docs`
/// links to it, an [`Origin::Outlet`] (such as `CNN`) is an origin outside the set, compared folded. Sources that declare a common origin are one line of reporting and are not linked to each other
/// unless one is a near-copy of the other.
///
/// A detected re-telling links the copy to the original, decided by the first of these that tells the
/// two apart: the earlier publication date (compared at the precision both give); a declared origin (a
/// source whose provenance is known is the likelier original of an undeclared text that matches it); a
/// known date against an unknown one; and, for a re-telling rather than a near-copy, a clearly shorter
/// text ([`SHORTER_RETELLING`]) as the re-telling. When none does, the pair is [`Relation::undecided`]:
/// one copies the other, which one is unknown. A near-copy's overlaps with the sources its original is
/// linked to are inherited from that original and do not make it derive from them as well.
pub fn relate(docs: &[Doc], declared: &[(String, Vec<Origin>)], overlaps: &[Overlap]) -> Vec<Relation> {
    let sizes: Vec<usize> = docs.iter().map(|d| shingles(d.text).len()).collect();
    relate_sized(docs, &sizes, declared, overlaps)
}

/// [`relate`] of texts whose numbers of distinct shingles are known: `sizes[i]` is the length of
/// [`shingles`] of `docs[i].text`.
pub fn relate_sized(
    docs: &[Doc],
    sizes: &[usize],
    declared: &[(String, Vec<Origin>)],
    overlaps: &[Overlap],
) -> Vec<Relation> {
    let index: BTreeMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    let mut derived: Vec<Vec<String>> = vec![Vec::new(); docs.len()];
    let mut in_set: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); docs.len()];
    let mut external: Vec<BTreeSet<String>> = vec![BTreeSet::new(); docs.len()];
    let mut spelling: BTreeMap<String, String> = BTreeMap::new();
    let mut groups = UnionFind::new(docs.len());
    for (id, origins) in declared {
        let Some(&i) = index.get(id.as_str()) else { continue };
        for origin in origins {
            let label = origin_label(origin);
            if derived[i].iter().any(|d| d == label) {
                continue;
            }
            derived[i].push(label.to_string());
            // A source id that is not among `docs` counts as an origin outside the set, like an outlet.
            let inside = match origin {
                Origin::Source(id) => index.get(id.as_str()).copied(),
                Origin::Outlet(_) => None,
            };
            match inside {
                Some(j) if j != i => {
                    in_set[i].insert(j);
                    groups.union(i, j);
                }
                Some(_) => {}
                None => {
                    let key = fold(label);
                    spelling.entry(key.clone()).or_insert_with(|| label.to_string());
                    external[i].insert(key);
                }
            }
        }
    }
    // Sources declaring the same outside origin are one line.
    let mut by_origin: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, keys) in external.iter().enumerate() {
        for k in keys {
            by_origin.entry(k.as_str()).or_default().push(i);
        }
    }
    for members in by_origin.values() {
        for pair in members.windows(2) {
            groups.union(pair[0], pair[1]);
        }
    }
    let evidence: Vec<Evidence> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| Evidence {
            declared: !derived[i].is_empty(),
            dated: d.published != Published::Unknown,
            size: sizes.get(i).copied().unwrap_or(0),
        })
        .collect();
    // Candidate links: copy → (original, containment); pairs whose direction is unknown.
    let mut found: Vec<Vec<(usize, f64)>> = vec![Vec::new(); docs.len()];
    let mut undecided: Vec<Vec<(usize, f64)>> = vec![Vec::new(); docs.len()];
    let mut linked: FxHashSet<(usize, usize)> = FxHashSet::default();
    for o in overlaps.iter().filter(|o| is_retelling(o)) {
        let (Some(&i), Some(&j)) = (index.get(o.a.as_str()), index.get(o.b.as_str())) else { continue };
        if i == j {
            continue;
        }
        groups.union(i, j);
        linked.insert((i.min(j), i.max(j)));
        let siblings = !external[i].is_disjoint(&external[j]);
        if (siblings && o.containment < NEAR_COPY_CONTAINMENT)
            || in_set[i].contains(&j)
            || in_set[j].contains(&i)
        {
            continue;
        }
        match direction(docs, &evidence, o.containment, i, j) {
            Some((copy, original)) => found[copy].push((original, o.containment)),
            None => {
                undecided[i].push((j, o.containment));
                undecided[j].push((i, o.containment));
            }
        }
    }
    let by_overlap = |a: &(usize, f64), b: &(usize, f64)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    let mut copied_by: Vec<Vec<(usize, f64)>> = vec![Vec::new(); docs.len()];
    let mut detected: Vec<Vec<(usize, f64)>> = vec![Vec::new(); docs.len()];
    for copy in 0..docs.len() {
        let mut links = std::mem::take(&mut found[copy]);
        links.sort_by(by_overlap);
        if let Some(&(best, c)) = links.first() {
            if c >= NEAR_COPY_CONTAINMENT {
                // What a near-copy shares with its original's relatives it has from the original.
                let related = |y: usize| {
                    linked.contains(&(best.min(y), best.max(y)))
                        || in_set[best].contains(&y)
                        || in_set[y].contains(&best)
                };
                links.retain(|&(y, _)| y == best || !related(y));
            }
        }
        for &(original, c) in &links {
            copied_by[original].push((copy, c));
        }
        detected[copy] = links;
    }
    for (copy, links) in detected.iter().enumerate() {
        for &(original, _) in links {
            in_set[copy].insert(original);
            let id = docs[original].id.to_string();
            if !derived[copy].contains(&id) {
                derived[copy].push(id);
            }
        }
    }
    for list in copied_by.iter_mut().chain(undecided.iter_mut()) {
        list.sort_by(by_overlap);
    }
    let evidenced =
        Evidenced { docs, external: &external, in_set: &in_set, undecided: &undecided, spelling: &spelling };
    let lines = line_names(&evidenced, &mut groups);
    let to_links = |list: &[(usize, f64)]| {
        list.iter().map(|&(k, c)| Link { source: docs[k].id.to_string(), containment: c }).collect()
    };
    docs.iter()
        .enumerate()
        .map(|(i, d)| Relation {
            source: d.id.to_string(),
            derived_from: derived[i].clone(),
            detected: to_links(&detected[i]),
            copied_by: to_links(&copied_by[i]),
            undecided: to_links(&undecided[i]),
            independent: lines[i].1 == 1,
            line: lines[i].0.clone(),
        })
        .collect()
}

/// The origin as written in the front matter: a source id or an outlet name.
pub fn origin_label(origin: &Origin) -> &str {
    match origin {
        Origin::Source(x) | Origin::Outlet(x) => x,
    }
}

/// Share of the longer text's shingles below which the shorter of a re-telling pair (one that is not a
/// near-copy) counts as the re-telling, when nothing else orders them: a summary cuts, an original is
/// rarely shorter than its re-telling by more than this. Near-copies are not ordered by length (a copy
/// adds a header as often as it drops a paragraph).
pub const SHORTER_RETELLING: f64 = 0.9;

/// What tells an original from its copy when dates do not.
struct Evidence {
    /// It declares an origin (`derived_from`).
    declared: bool,
    /// Its publication date is known.
    dated: bool,
    /// Its number of distinct shingles.
    size: usize,
}

/// Which of two overlapping sources is the copy, `(copy, original)`; `None` when nothing tells.
fn direction(
    docs: &[Doc],
    evidence: &[Evidence],
    containment: f64,
    i: usize,
    j: usize,
) -> Option<(usize, usize)> {
    use std::cmp::Ordering::{Greater, Less};
    let (a, b) = (&evidence[i], &evidence[j]);
    let original = |first_is_original: bool| Some(if first_is_original { (j, i) } else { (i, j) });
    match docs[i].published.cmp_common(&docs[j].published) {
        Some(Less) => return original(true),
        Some(Greater) => return original(false),
        _ => {}
    }
    if a.declared != b.declared {
        return original(a.declared);
    }
    if a.dated != b.dated {
        return original(a.dated);
    }
    if containment < NEAR_COPY_CONTAINMENT {
        let (small, large) = (a.size.min(b.size) as f64, a.size.max(b.size) as f64);
        if small < large * SHORTER_RETELLING {
            return original(a.size > b.size);
        }
    }
    None
}

/// What naming a line of reporting looks at, per source (indices into `docs`).
struct Evidenced<'r, 'd> {
    docs: &'r [Doc<'d>],
    /// Folded outside origins each source declares.
    external: &'r [BTreeSet<String>],
    /// Sources in the set each source derives from.
    in_set: &'r [BTreeSet<usize>],
    /// Each source's near-copies whose direction is unknown.
    undecided: &'r [Vec<(usize, f64)>],
    /// The first spelling of each folded outside origin.
    spelling: &'r BTreeMap<String, String>,
}

/// Each source's line name and the number of sources in its line.
fn line_names(e: &Evidenced, groups: &mut UnionFind) -> Vec<(String, usize)> {
    let docs = e.docs;
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for k in 0..docs.len() {
        by_root.entry(groups.find(k)).or_default().push(k);
    }
    let mut out = vec![(String::new(), 0); docs.len()];
    for members in by_root.values() {
        let name = line_name(e, members);
        for &k in members {
            out[k] = (name.clone(), members.len());
        }
    }
    out
}

/// The name of the line of reporting of `members` (see [`Relation::line`]).
fn line_name(e: &Evidenced, members: &[usize]) -> String {
    let Evidenced { docs, external, in_set, undecided, spelling } = *e;
    let mut votes: BTreeMap<&str, usize> = BTreeMap::new();
    for &k in members {
        for key in &external[k] {
            *votes.entry(key.as_str()).or_default() += 1;
        }
    }
    // Most declared, then alphabetical (BTreeMap order) for a tie.
    let best = votes.iter().fold(None::<(&str, usize)>, |best, (&k, &n)| match best {
        Some((_, m)) if m >= n => best,
        _ => Some((k, n)),
    });
    if let Some((key, _)) = best {
        return spelling.get(key).cloned().unwrap_or_else(|| key.to_string());
    }
    // A source that derives from no other and is known to be an original; when every such source is one of
    // an undecided pair, no one of them is the original: the line is named after them all.
    let roots: Vec<usize> = members.iter().copied().filter(|&k| in_set[k].is_empty()).collect();
    if let Some(&k) = roots.iter().find(|&&k| undecided[k].is_empty()) {
        return docs[k].id.to_string();
    }
    let ids: Vec<&str> = roots.iter().map(|&k| docs[k].id).collect();
    match ids.as_slice() {
        [] => members.first().map_or_else(String::new, |&k| docs[k].id.to_string()),
        [one] => one.to_string(),
        [a, b] => format!("{a} or {b}"),
        [a, b, c] => format!("{a}, {b} or {c}"),
        [a, b, rest @ ..] => format!("{a}, {b} or one of {} others", rest.len()),
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind { parent: (0..n).collect() }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index stays the root so that results do not depend on the order of unions.
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}
