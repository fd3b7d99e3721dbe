//! Which sources copy or re-tell another: word-shingle overlap found through an inverted index of
//! shingles, combined with the `derived_from` front matter into one line of reporting per group of related
//! sources.
//!
//! Each text becomes the set of its 3-word shingles (folded words from [`dossier_core::text::tokenize`],
//! so case, curly quotes and diacritics do not matter). Every shingle lists the texts that contain it; the
//! pairs that share at least [`MIN_SHARED_SHINGLES`] of them are the candidates, measured exactly over
//! their shingle sets. A shingle found in more than [`STOCK_PHRASE_SOURCES`] texts is a stock phrase (a
//! dateline, a wire's tagline, "according to the"): it proposes no pair and is left out of the measure, as
//! it is not evidence that two texts share reporting (at a thousand articles on one topic, common phrases
//! alone put 7–13% of every article's shingles in every other), and counting it would make the cost grow
//! with the square of the corpus. Below that many texts nothing is a stock phrase. The cost
//! is the number of shingles times at most that many texts, so it grows linearly with the corpus. (An
//! earlier version used MinHash with one-row LSH bands, which proposes nearly every pair of texts that
//! share any common phrase: quadratic at a thousand sources.)
//!
//! A pair counts as one text re-telling the other when at least [`RETELLING_CONTAINMENT`] of the shorter
//! text's shingles occur in the longer and they share at least [`MIN_SHARED_SHINGLES`]. On the seeds
//! (boilerplate removed) the three re-tellings of one CNN report measure 0.098–0.254, the independent
//! reports on the same topic at most 0.042.
//!
//! ```
//! # use dossier::analyse::provenance::{overlaps, relate, Doc};
//! let docs = [Doc { id: "a", text: "some text", published: Some("2021-05-28") }];
//! let found = overlaps(&docs);
//! let relations = relate(&docs, &[], &found);
//! assert!(relations[0].independent);
//! ```

use dossier_core::text::{fold, tokenize};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;

/// Words per shingle.
pub const SHINGLE_WORDS: usize = 3;
/// Texts a shingle may occur in and still count as evidence of shared reporting (see the module docs).
/// A report copied by more outlets than this is still found through its less widely copied passages.
pub const STOCK_PHRASE_SOURCES: usize = 64;
/// Share of the shorter text's shingles that must occur in the longer for the pair to count as one
/// re-telling the other (a line of reporting).
pub const RETELLING_CONTAINMENT: f64 = 0.065;
/// Fewest shared shingles for a re-telling, so that two very short texts do not qualify on a phrase.
pub const MIN_SHARED_SHINGLES: usize = 10;
/// Containment from which the shorter text is a near-copy of the longer; siblings that declare the same
/// origin are linked to each other only when one is a near-copy of the other.
pub const NEAR_COPY_CONTAINMENT: f64 = 0.5;

/// One text to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Doc<'a> {
    /// The source id.
    pub id: &'a str,
    /// The body, after boilerplate lines are dropped (footers shared by aggregators would otherwise count).
    pub text: &'a str,
    /// Publication date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else counts as unknown.
    pub published: Option<&'a str>,
}

/// Measured overlap between two texts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overlap {
    /// The id of the text that comes first in the input.
    pub a: String,
    /// The id of the other text.
    pub b: String,
    /// Jaccard similarity of the two shingle sets, 0.0..=1.0 (measured exactly once LSH proposed the pair).
    pub similarity: f64,
    /// Share of the shorter text's shingles found in the longer, 0.0..=1.0.
    pub containment: f64,
    /// Number of shingles the two texts share.
    pub shared: usize,
}

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

/// Finds the pairs of texts that re-tell or copy one another (see the module docs for the method and the
/// thresholds), in input order. Deterministic.
pub fn overlaps(docs: &[Doc]) -> Vec<Overlap> {
    let sets: Vec<Vec<u64>> = docs.par_iter().map(|d| shingles(d.text)).collect();
    // The inverted index: (shingle, text) pairs sorted by shingle, so each shingle's texts are a run.
    let mut postings: Vec<(u64, u32)> =
        sets.iter().enumerate().flat_map(|(i, set)| set.iter().map(move |&s| (s, i as u32))).collect();
    postings.par_sort_unstable();
    let mut runs: HashMap<u64, Range<usize>> = HashMap::new();
    let mut stock: HashSet<u64> = HashSet::new();
    let mut start = 0;
    while start < postings.len() {
        let shingle = postings[start].0;
        let end = start + postings[start..].partition_point(|p| p.0 == shingle);
        match end - start {
            n if n > STOCK_PHRASE_SOURCES => {
                stock.insert(shingle);
            }
            n if n >= 2 => {
                runs.insert(shingle, start..end);
            }
            _ => {}
        }
        start = end;
    }
    // Stock phrases are left out of the measure too (numerator and denominator), so that a pair is
    // judged on the phrasing it shares beyond what every article on the topic says. Below
    // STOCK_PHRASE_SOURCES texts there are none and the measure is over every shingle.
    let sets: Vec<Vec<u64>> = if stock.is_empty() {
        sets
    } else {
        sets.into_par_iter().map(|set| set.into_iter().filter(|s| !stock.contains(s)).collect()).collect()
    };
    // For each text, count shared shingles with every later text through the index; a dense counter per
    // worker, reset through the list of texts it touched.
    let candidates: Vec<(usize, usize)> = (0..docs.len())
        .into_par_iter()
        .map_init(
            || (vec![0u32; docs.len()], Vec::new()),
            |(counts, touched), i| {
                for s in &sets[i] {
                    let Some(run) = runs.get(s) else { continue };
                    for &(_, j) in &postings[run.clone()] {
                        let j = j as usize;
                        if j > i {
                            if counts[j] == 0 {
                                touched.push(j);
                            }
                            counts[j] += 1;
                        }
                    }
                }
                let mut found: Vec<(usize, usize)> = Vec::new();
                for j in touched.drain(..) {
                    if counts[j] as usize >= MIN_SHARED_SHINGLES {
                        found.push((i, j));
                    }
                    counts[j] = 0;
                }
                found.sort_unstable();
                found
            },
        )
        .flatten()
        .collect();
    candidates
        .into_par_iter()
        .filter_map(|(i, j)| {
            let o = measure(docs[i].id, &sets[i], docs[j].id, &sets[j]);
            is_retelling(&o).then_some(o)
        })
        .collect()
}

/// Measures one pair directly, whatever its overlap; for reports and tests.
pub fn compare(a: &Doc, b: &Doc) -> Overlap {
    measure(a.id, &shingles(a.text), b.id, &shingles(b.text))
}

/// True when an overlap is high enough for one text to re-tell the other.
pub fn is_retelling(o: &Overlap) -> bool {
    o.containment >= RETELLING_CONTAINMENT && o.shared >= MIN_SHARED_SHINGLES
}

/// Combines declared origins with detected overlaps.
///
/// `declared` maps source ids to their `derived_from` front matter; an entry that is the id of a source in
/// `docs` links to it, any other (an outlet name such as `CNN`) is an origin outside the set, compared
/// folded. Sources that declare a common origin are one line of reporting and are not linked to each other
/// unless one is a near-copy of the other.
///
/// A detected re-telling links the copy to the original, decided by the first of these that tells the
/// two apart: the earlier publication date (compared at the precision both give); a declared origin (a
/// source whose provenance is known is the likelier original of an undeclared text that matches it); a
/// known date against an unknown one; and, for a re-telling rather than a near-copy, a clearly shorter
/// text ([`SHORTER_RETELLING`]) as the re-telling. When none does, the pair is [`Relation::undecided`]:
/// one copies the other, which one is unknown. A near-copy's overlaps with the sources its original is
/// linked to are inherited from that original and do not make it derive from them as well.
pub fn relate(docs: &[Doc], declared: &[(String, Vec<String>)], overlaps: &[Overlap]) -> Vec<Relation> {
    let index: BTreeMap<&str, usize> = docs.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
    let mut derived: Vec<Vec<String>> = vec![Vec::new(); docs.len()];
    let mut in_set: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); docs.len()];
    let mut external: Vec<BTreeSet<String>> = vec![BTreeSet::new(); docs.len()];
    let mut spelling: BTreeMap<String, String> = BTreeMap::new();
    let mut groups = UnionFind::new(docs.len());
    for (id, origins) in declared {
        let Some(&i) = index.get(id.as_str()) else { continue };
        for origin in origins {
            if derived[i].contains(origin) {
                continue;
            }
            derived[i].push(origin.clone());
            match index.get(origin.as_str()) {
                Some(&j) if j != i => {
                    in_set[i].insert(j);
                    groups.union(i, j);
                }
                Some(_) => {}
                None => {
                    let key = fold(origin);
                    spelling.entry(key.clone()).or_insert_with(|| origin.clone());
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
            dated: d.published.and_then(parse_date).is_some(),
            size: shingles(d.text).len(),
        })
        .collect();
    // Candidate links: copy → (original, containment); pairs whose direction is unknown.
    let mut found: Vec<Vec<(usize, f64)>> = vec![Vec::new(); docs.len()];
    let mut undecided: Vec<Vec<(usize, f64)>> = vec![Vec::new(); docs.len()];
    let mut linked: HashSet<(usize, usize)> = HashSet::new();
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
    let lines = line_names(docs, &external, &in_set, &undecided, &spelling, &mut groups);
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
    match compare_dates(docs[i].published, docs[j].published) {
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

/// Each source's line name and the number of sources in its line.
fn line_names(
    docs: &[Doc],
    external: &[BTreeSet<String>],
    in_set: &[BTreeSet<usize>],
    undecided: &[Vec<(usize, f64)>],
    spelling: &BTreeMap<String, String>,
    groups: &mut UnionFind,
) -> Vec<(String, usize)> {
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for k in 0..docs.len() {
        by_root.entry(groups.find(k)).or_default().push(k);
    }
    let mut out = vec![(String::new(), 0); docs.len()];
    for members in by_root.values() {
        let name = line_name(docs, external, in_set, undecided, spelling, members);
        for &k in members {
            out[k] = (name.clone(), members.len());
        }
    }
    out
}

fn line_name(
    docs: &[Doc],
    external: &[BTreeSet<String>],
    in_set: &[BTreeSet<usize>],
    undecided: &[Vec<(usize, f64)>],
    spelling: &BTreeMap<String, String>,
    members: &[usize],
) -> String {
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

/// Compares two partial dates at their common precision; `None` when either is unknown.
fn compare_dates(a: Option<&str>, b: Option<&str>) -> Option<std::cmp::Ordering> {
    let (a, b) = (parse_date(a?)?, parse_date(b?)?);
    let n = a.len().min(b.len());
    Some(a[..n].cmp(&b[..n]))
}

fn parse_date(s: &str) -> Option<Vec<u32>> {
    let parts: Vec<u32> = s.trim().split('-').map_while(|p| p.parse().ok()).take(3).collect();
    (!parts.is_empty() && parts[0] >= 1000).then_some(parts)
}

/// The sorted, distinct hashes of a text's word shingles (one shingle for a text shorter than a shingle).
fn shingles(text: &str) -> Vec<u64> {
    // Tokenized a few KiB at a time (cut at whitespace): `tokenize` maps each
    // word back with a scan from its text's start, so one call on a whole long article is quadratic.
    let words: Vec<String> = pieces(text).flat_map(|p| tokenize(p).into_iter().map(|t| t.word)).collect();
    let mut out: Vec<u64> = if words.len() < SHINGLE_WORDS {
        if words.is_empty() {
            Vec::new()
        } else {
            vec![hash_words(&words)]
        }
    } else {
        words.windows(SHINGLE_WORDS).map(hash_words).collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// The text cut into pieces of a few KiB at whitespace (words never span whitespace).
fn pieces(text: &str) -> impl Iterator<Item = &str> {
    const PIECE: usize = 4096;
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = PIECE.min(rest.len());
        while !rest.is_char_boundary(end) {
            end += 1;
        }
        end = rest.get(end..).and_then(|r| r.find(char::is_whitespace)).map_or(rest.len(), |k| end + k);
        let (piece, tail) = rest.split_at(end);
        rest = tail;
        Some(piece)
    })
}

fn hash_words(words: &[String]) -> u64 {
    // FNV-1a over the words with a separator, then mixed: stable across runs and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    mix(h)
}

fn mix(mut x: u64) -> u64 {
    // splitmix64 finalizer
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn measure(a: &str, sa: &[u64], b: &str, sb: &[u64]) -> Overlap {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < sa.len() && j < sb.len() {
        match sa[i].cmp(&sb[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = sa.len() + sb.len() - shared;
    let smaller = sa.len().min(sb.len());
    Overlap {
        a: a.to_string(),
        b: b.to_string(),
        similarity: if union == 0 { 0.0 } else { shared as f64 / union as f64 },
        containment: if smaller == 0 { 0.0 } else { shared as f64 / smaller as f64 },
        shared,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// CNN's report as an aggregator carried it (excerpt of a seed).
    const CNN: &str = "The operation against al-Rauf netted al Qaeda messages between Afghanistan and Syria, one \
        Afghan official said. Two rare US strikes against al Qaeda militants in Syria’s Idlib province followed in \
        the ten days afterwards, although US officials played down any connection. The previously undisclosed \
        details of the al-Rauf raid contribute to a picture of how tight al Qaeda’s bonds with the Taliban are, \
        according to one senior Afghan intelligence official speaking to CNN. It is “now much deeper than we \
        think,” the senior official said. “It is not only now an ideological connection, it’s also a family \
        connection. There are intermarriages. And that is impossible for Taliban to stop, and to not allow [al \
        Qaeda] to do something outside” the country.\n\
        The official said al Qaeda is given sanctuary by the Taliban in exchange for expertise in fund-raising and \
        bomb-making. The terrorists “collect money from different parts of the world and give it to the Taliban,” \
        the official explained. “They train suicide bombers and help them in strategic thinking. In return, the \
        Taliban provide them shelter.”";

    /// The same report re-told in a machine translation (excerpt of a seed).
    const RETOLD: &str = "According to one Afghan official, al-Qaeda communications between Afghanistan and Syria \
        were recorded during the operation against Husama Abd al-Rauf. Within ten days, there followed two rare US \
        attacks on al-Qaeda militants in Syria’s Idlib province, although Pentagon officials downplayed any link \
        between the two operations.\n\
        Previously undisclosed details of the raid in Ghazni province provide an indication of how close \
        al-Qaeda’s ties to the Taliban are, according to a senior Afghan intelligence official in an interview \
        with CNN.\n\
        “This is now much deeper than we think,” said the channel’s source. – Now it is not only an ideological \
        connection, it is also family ties. There are mixed marriages. And it is impossible for the Taliban to \
        stop and prevent Al Qaeda from doing anything outside of Afghanistan.\n\
        According to Afghan sources CNN, the Taliban provided safe haven to al-Qaeda “in exchange for expertise in \
        fundraising and bomb-making.” According to the official, the terrorists “collect money from different \
        parts of the world and transfer it to the Taliban.”";

    /// Independent reporting on the same topic (excerpts of two other seeds).
    const BEAST: &str = "Several Afghan officials have confirmed to the Daily Beast that al-Qaeda continues to have \
        close ties with the Taliban insurgency, despite a US-Taliban deal last year that required the militant \
        group to sever all ties with the insurgency. “As a soldier on the ground, I can verify that Al Qaeda and \
        the Taliban are still fighting together. We saw them, fought and killed them, ”said an Afghan soldier, who \
        identified himself as Karim to protect his identity. Another Afghan military official explained that Al \
        Qaeda’s involvement with the Taliban ran even deeper. “They are not only fighting, but also training the \
        Taliban to make IEDs, use mortars and small drones to monitor Afghan checkpoints,” said Sami Sadat.";
    const WIRE: &str = "The United States Government has warned that the terrorist organization Al Qaeda “is gaining \
        strength” in Afghanistan while “continuing to operate under the protection of the Taliban”, despite the \
        historic February 2020 peace agreement between Washington and the Insurgents forced the group to cut its \
        ties with Al Qaeda. The Treasury Department has highlighted in a report that Al Qaeda “continues to \
        operate with the Taliban under the protection of the Taliban” and has indicated that the terrorist \
        organization “takes advantage of its relationship with the Taliban through a network of embedded mentors \
        and advisers.”";

    /// A near-copy of `CNN`: a new first line, the last sentence dropped, a word changed.
    fn copy() -> String {
        let body = CNN.replace("the senior official said", "the senior official told CNN");
        let cut = body.rfind("“They train").unwrap_or(body.len());
        format!("Kabul (CNN) A raid on a remote village kills an ageing al Qaeda leader.\n{}", &body[..cut])
    }

    fn doc<'a>(id: &'a str, text: &'a str, published: Option<&'a str>) -> Doc<'a> {
        Doc { id, text, published }
    }

    fn pairs(found: &[Overlap]) -> Vec<(&str, &str)> {
        found.iter().map(|o| (o.a.as_str(), o.b.as_str())).collect()
    }

    #[test]
    fn finds_copies_and_retellings_but_not_independent_reports() {
        let copy = copy();
        let docs = [
            doc("cnn", CNN, None),
            doc("copy", &copy, None),
            doc("retold", RETOLD, None),
            doc("beast", BEAST, None),
            doc("wire", WIRE, None),
        ];
        let found = overlaps(&docs);
        assert_eq!(pairs(&found), vec![("cnn", "copy"), ("cnn", "retold"), ("copy", "retold")]);
        assert!(found[0].containment > 0.9, "{found:?}");
        assert!(found[1].containment < NEAR_COPY_CONTAINMENT, "{found:?}");
        for (a, b) in [(0, 3), (0, 4), (2, 3), (2, 4), (3, 4)] {
            let o = compare(&docs[a], &docs[b]);
            assert!(!is_retelling(&o) && o.containment < RETELLING_CONTAINMENT, "{o:?}");
        }
        assert_eq!(found, overlaps(&docs), "deterministic");
    }

    fn links(list: &[Link]) -> Vec<(&str, u32)> {
        list.iter().map(|l| (l.source.as_str(), (l.containment * 100.0).round() as u32)).collect()
    }

    #[test]
    fn the_later_source_derives_from_the_earlier() {
        let copy = copy();
        let docs = [
            doc("copy", &copy, Some("2021-05-29")),
            doc("cnn", CNN, Some("2021-05-28")),
            doc("wire", WIRE, Some("2021-01")),
        ];
        let rel = relate(&docs, &[], &overlaps(&docs));
        assert_eq!(rel[0].derived_from, vec!["cnn"]);
        assert_eq!(links(&rel[0].detected).len(), 1);
        assert!(rel[0].detected[0].containment > 0.9);
        assert!(!rel[0].independent);
        assert!(rel[1].derived_from.is_empty() && rel[1].detected.is_empty());
        assert_eq!(
            links(&rel[1].copied_by),
            links(&rel[0].detected).iter().map(|l| ("copy", l.1)).collect::<Vec<_>>()
        );
        assert!(!rel[1].independent, "the original of a copy in the set is not alone in its line");
        assert_eq!((rel[0].line.as_str(), rel[1].line.as_str()), ("cnn", "cnn"));
        assert!(rel[2].independent && rel[2].derived_from.is_empty() && rel[2].copied_by.is_empty());
        assert_eq!(rel[2].line, "wire");
    }

    #[test]
    fn without_comparable_dates_a_declared_origin_or_a_known_date_tells_the_original() {
        let copy = copy();
        // "2021" and "2021-05-28" cannot be ordered; nothing else tells the two near-copies apart.
        let docs = [doc("cnn", CNN, Some("2021")), doc("copy", &copy, Some("2021-05-28"))];
        let found = overlaps(&docs);
        let rel = relate(&docs, &[], &found);
        for (r, other) in [(&rel[0], "copy"), (&rel[1], "cnn")] {
            assert!(r.derived_from.is_empty() && r.copied_by.is_empty(), "{r:?}");
            assert_eq!(links(&r.undecided).iter().map(|l| l.0).collect::<Vec<_>>(), [other]);
            assert!(!r.independent, "{r:?}");
            assert_eq!(r.line, "cnn or copy", "named after both: either may be the original");
        }
        // The one whose origin is declared is the likelier original, whichever is listed first.
        let declared = vec![("copy".to_string(), vec!["CNN".to_string()])];
        let rel = relate(&docs, &declared, &found);
        assert_eq!(rel[0].derived_from, vec!["copy"]);
        assert_eq!(rel[1].derived_from, vec!["CNN"]);
        assert!(rel[1].detected.is_empty() && rel.iter().all(|r| r.undecided.is_empty()));
        assert_eq!(rel[1].copied_by.len(), 1);
        // So is the one with a known date, against an unknown one.
        let docs = [doc("cnn", CNN, None), doc("copy", &copy, Some("2021-05-28"))];
        let rel = relate(&docs, &[], &found);
        assert_eq!(
            (rel[0].derived_from.as_slice(), rel[1].derived_from.as_slice()),
            (&["copy".to_string()][..], &[][..])
        );
    }

    #[test]
    fn a_clearly_shorter_retelling_derives_from_the_longer_but_a_near_copy_does_not() {
        // The re-telling against a longer report that carries the same text: the shorter re-tells it.
        let long = format!("{CNN}\n{BEAST}");
        let docs = [doc("long", &long, None), doc("retold", RETOLD, None)];
        let found = overlaps(&docs);
        assert!(found[0].containment < NEAR_COPY_CONTAINMENT, "{found:?}");
        let rel = relate(&docs, &[], &found);
        assert_eq!(rel[1].derived_from, vec!["long"]);
        assert!(rel[0].derived_from.is_empty());
        // Of about the same length: which re-tells which is unknown.
        let docs = [doc("cnn", CNN, None), doc("retold", RETOLD, None)];
        let rel = relate(&docs, &[], &overlaps(&docs));
        assert!(rel.iter().all(|r| r.derived_from.is_empty() && r.undecided.len() == 1), "{rel:?}");
        // A near-copy with a paragraph more is not thereby the original.
        let longer_copy = format!("{}\n{BEAST}", copy());
        let docs = [doc("cnn", CNN, None), doc("copy", &longer_copy, None)];
        let rel = relate(&docs, &[], &overlaps(&docs));
        assert!(rel.iter().all(|r| r.derived_from.is_empty() && r.undecided.len() == 1), "{rel:?}");
    }

    #[test]
    fn a_near_copy_derives_from_its_original_only() {
        // An undeclared near-copy of one of two declared re-tellings of the same report: its overlap with
        // the other re-telling comes from the one it copies.
        let copy = copy();
        let docs = [
            doc("aggregator", CNN, Some("2021")),
            doc("copy", &copy, Some("2021")),
            doc("retold", RETOLD, Some("2021-05-28")),
        ];
        let declared = vec![
            ("aggregator".to_string(), vec!["CNN".to_string()]),
            ("retold".to_string(), vec!["CNN".to_string()]),
        ];
        let found = overlaps(&docs);
        assert_eq!(pairs(&found), vec![("aggregator", "copy"), ("aggregator", "retold"), ("copy", "retold")]);
        let rel = relate(&docs, &declared, &found);
        assert_eq!(rel[1].derived_from, vec!["aggregator"]);
        assert_eq!(links(&rel[1].detected).iter().map(|l| l.0).collect::<Vec<_>>(), ["aggregator"]);
        assert_eq!(links(&rel[0].copied_by).iter().map(|l| l.0).collect::<Vec<_>>(), ["copy"]);
        assert!(rel[2].copied_by.is_empty() && rel[2].derived_from == ["CNN"]);
        assert!(rel.iter().all(|r| r.line == "CNN" && !r.independent && r.undecided.is_empty()));
    }

    #[test]
    fn a_common_declared_origin_is_one_line_of_reporting() {
        let copy = copy();
        let docs = [
            doc("retold", RETOLD, Some("2021-05-28")),
            doc("aggregator", CNN, None),
            doc("beast", BEAST, Some("2021-05")),
            doc("wire", WIRE, Some("2021-01")),
        ];
        let declared = vec![
            ("retold".to_string(), vec!["CNN".to_string()]),
            ("aggregator".to_string(), vec!["cnn".to_string()]),
            ("beast".to_string(), vec!["The Daily Beast".to_string()]),
        ];
        let rel = relate(&docs, &declared, &overlaps(&docs));
        // Siblings that re-tell the same report are not linked to each other.
        assert_eq!(rel[0].derived_from, vec!["CNN"]);
        assert_eq!(rel[1].derived_from, vec!["cnn"]);
        assert!(!rel[0].independent && !rel[1].independent);
        assert_eq!((rel[0].line.as_str(), rel[1].line.as_str()), ("CNN", "CNN"));
        assert!(rel[2].independent, "one outlet's report carried once is independent");
        assert_eq!(rel[2].line, "The Daily Beast");
        assert!(rel[3].independent);
        // A near-copy among siblings is linked to the one it copies.
        let docs = [doc("aggregator", CNN, Some("2021-05-28")), doc("copy", &copy, Some("2021-05-30"))];
        let declared = vec![
            ("aggregator".to_string(), vec!["CNN".to_string()]),
            ("copy".to_string(), vec!["CNN".to_string()]),
        ];
        let rel = relate(&docs, &declared, &overlaps(&docs));
        assert_eq!(rel[1].derived_from, vec!["CNN", "aggregator"]);
    }

    #[test]
    fn a_declared_source_id_links_inside_the_set() {
        let docs = [doc("beast", BEAST, None), doc("wire", WIRE, None)];
        let declared = vec![("wire".to_string(), vec!["beast".to_string(), "beast".to_string()])];
        let rel = relate(&docs, &declared, &[]);
        assert_eq!(rel[1].derived_from, vec!["beast"]);
        assert!(rel[1].detected.is_empty(), "declared, not detected");
        assert!(!rel[1].independent && !rel[0].independent, "the two are one line");
        assert_eq!(rel[1].line, "beast");
        // Unknown ids in `declared` and overlaps are ignored.
        let stray =
            Overlap { a: "x".into(), b: "beast".into(), similarity: 1.0, containment: 1.0, shared: 99 };
        let rel = relate(&docs, &[("nobody".to_string(), vec!["CNN".to_string()])], &[stray]);
        assert!(rel.iter().all(|r| r.independent && r.derived_from.is_empty()));
    }

    #[test]
    fn stock_phrases_shared_by_every_text_link_nothing_but_copies_are_still_found() {
        // Every text carries the same boilerplate sentence plus words of its own; two are copies.
        let stock =
            "according to officials who spoke on condition of anonymity the situation remains unclear";
        let texts: Vec<String> = (0..STOCK_PHRASE_SOURCES + 10)
            .map(|i| {
                let own: Vec<String> = (0..40).map(|k| format!("w{i}x{k}")).collect();
                format!("{stock} {}", own.join(" "))
            })
            .collect();
        let mut texts = texts;
        texts.push(texts[3].clone());
        let ids: Vec<String> = (0..texts.len()).map(|i| format!("t{i}")).collect();
        let docs: Vec<Doc<'_>> =
            texts.iter().zip(&ids).map(|(text, id)| Doc { id, text, published: None }).collect();
        let found = overlaps(&docs);
        let last = format!("t{}", texts.len() - 1);
        assert_eq!(pairs(&found), [("t3", last.as_str())]);
    }

    #[test]
    fn empty_and_tiny_texts() {
        let docs =
            [doc("a", "", None), doc("b", "", None), doc("c", "one two", None), doc("d", "one two", None)];
        assert!(overlaps(&docs).is_empty(), "identical two-word texts share too few shingles");
        assert_eq!(compare(&docs[0], &docs[1]).containment, 0.0);
        assert!(overlaps(&[]).is_empty());
        assert!(relate(&[], &[], &[]).is_empty());
        let long = "word ".repeat(3000) + "é".repeat(5000).as_str() + " tail";
        assert_eq!(pieces(&long).collect::<String>(), long);
        assert_eq!(shingles(&long).len(), 3);
        assert_eq!(parse_date("unknown"), None);
        assert_eq!(parse_date("2021-05-28"), Some(vec![2021, 5, 28]));
        assert_eq!(compare_dates(Some("2021-05"), Some("2021-05-28")), Some(std::cmp::Ordering::Equal));
        assert_eq!(compare_dates(Some("2021-01"), Some("2021-05-28")), Some(std::cmp::Ordering::Less));
    }
}
