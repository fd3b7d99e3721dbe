//! Clustering: the same statement quoted in several sources, found through an inverted index of
//! content-word stems weighted by rarity, then by the order of quotes in paragraphs that carry the same
//! statements.
//!
//! A translation can reword a short quote beyond any lexical match (`“degraded”` → `“degenerated”`,
//! `“accomplished that objective”` → `“achieved its goal”`). Such quotes are found by alignment: when a
//! paragraph of one source and one of another quote the same statement (an anchor, matched by words),
//! the quotes around the anchors are read in order; if both paragraphs have the same number of them
//! between two anchors (or before the first, or after the last), the k-th of one and the k-th of the
//! other are one statement when both are short ([`ALIGNED_MAX_WORDS`]), name the same speaker, and are
//! not already tied to other quotes of the other source.

use super::quote::Quote;
use super::speaker::{is_proper, speaker_key, words_of};
use crate::analyse::lexicon::CONTENT_STOP_WORDS;
use crate::analyse::text::tokens;
use dossier_core::text::fold;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One statement and every quote of it, across sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cluster {
    /// Stable id: `q-` and the first words of its earliest member (in input order), made unique with a
    /// numeric suffix.
    pub id: String,
    /// Indices into the quotes given to [`cluster`], the best representative first, then in input order.
    pub members: Vec<usize>,
    /// The most specific speaker the members name: a name before a descriptor, a longer descriptor before
    /// a shorter one.
    pub speaker: Option<String>,
}

/// Stems of content words that occur in more than this many quotes are not used to find candidates.
const MAX_POSTINGS: usize = 64;
/// Rarity-weighted cosine of two quotes' content stems from which they are one statement. On the seeds the
/// rewordings of one statement score 0.57–0.87 and different statements at most 0.39.
pub const SAME_STATEMENT_COSINE: f64 = 0.45;
/// Share of the shorter quote's weighted content stems found in the longer from which a reworded fragment
/// counts as part of the longer statement (with a cosine of at least 0.25).
pub const SAME_STATEMENT_CONTAINED: f64 = 0.85;
/// Most words a quote may have to be matched by its place among aligned quotes rather than by its words:
/// longer quotes have enough words to match lexically, so a longer pair that does not is two statements.
pub const ALIGNED_MAX_WORDS: usize = 6;
/// Statements carried by more quotes than this are not used as anchors for alignment (each pair of their
/// paragraphs would be compared).
const MAX_ANCHOR_MEMBERS: usize = 64;

/// What a quote is compared by: its folded words, its content stems as numbers (each stem's rank in
/// the sorted list of all stems, so that they sort as the stems do), their summed rarity weight, and
/// its speaker folded.
struct Features {
    words: Vec<String>,
    stems: Vec<u32>,
    weight: f64,
    speaker: Option<String>,
}

/// The distinct content stems of a quote, in order.
fn stems_of(words: &[String]) -> BTreeSet<String> {
    words.iter().filter(|w| !is_stopword(w)).map(|w| stem(w)).collect()
}

fn is_stopword(w: &str) -> bool {
    CONTENT_STOP_WORDS.contains(&w)
}

/// A crude English stem: enough to match `strategic`/`strategically`, `think`/`thinking`, `continues`/
/// `continuing` across translations.
fn stem(w: &str) -> String {
    let mut w = w.trim_end_matches("'s").to_string();
    if w.ends_with("ically") {
        w.truncate(w.len() - 4);
    }
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w.pop();
    }
    if w.len() > 5 && w.ends_with("ing") {
        w.truncate(w.len() - 3);
    } else if w.len() > 4 && (w.ends_with("ed") || w.ends_with("ly")) {
        w.truncate(w.len() - 2);
    }
    w.chars().take(6).collect()
}

/// How alike two quotes are when they are the same statement (0.0..=1.0), or `None` when they are not.
fn same_statement(a: &Features, b: &Features, idf: &[f64]) -> Option<f64> {
    if a.words.is_empty() || b.words.is_empty() {
        return None;
    }
    if a.words == b.words {
        return Some(1.0);
    }
    let (short, long) = if a.words.len() <= b.words.len() { (a, b) } else { (b, a) };
    let contiguous = long.words.windows(short.words.len()).any(|w| w == short.words.as_slice());
    let same_speaker = match (&a.speaker, &b.speaker) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    };
    if contiguous && ((short.words.len() >= 3 && !short.stems.is_empty()) || same_speaker) {
        return Some(1.0);
    }
    // The shared stems in order (a merge of the two sorted lists), their weights summed as they come.
    let (mut i, mut j, mut shared, mut ws) = (0, 0, 0usize, 0.0f64);
    while let (Some(&x), Some(&y)) = (a.stems.get(i), b.stems.get(j)) {
        match x.cmp(&y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                ws += idf.get(x as usize).copied().unwrap_or(1.0);
                i += 1;
                j += 1;
            }
        }
    }
    if shared < 3 {
        return None;
    }
    let (wa, wb) = (a.weight, b.weight);
    if wa <= 0.0 || wb <= 0.0 {
        return None;
    }
    let contained = ws / wa.min(wb);
    let cosine = ws / (wa * wb).sqrt();
    let same = cosine >= SAME_STATEMENT_COSINE || (contained >= SAME_STATEMENT_CONTAINED && cosine >= 0.25);
    same.then_some(cosine)
}

/// Groups the quotes into statements. Deterministic; a statement may have one quote.
///
/// Candidates come from an inverted index of content-word stems (no comparison of all pairs); two
/// quotes are one statement when one's words appear in the other as a run (at least three words, or
/// fewer with the same speaker), or when the rarity-weighted share of the smaller one's content stems
/// found in the other gives a cosine of at least [`SAME_STATEMENT_COSINE`] (or the shorter is almost all
/// in the longer: [`SAME_STATEMENT_CONTAINED`]), with at least three stems shared. Groups are closed
/// transitively.
pub fn cluster(quotes: &[Quote]) -> Vec<Cluster> {
    let words: Vec<Vec<String>> =
        quotes.par_iter().map(|q| tokens(&q.text).into_iter().map(|t| t.word).collect()).collect();
    let stems: Vec<BTreeSet<String>> = words.par_iter().map(|w| stems_of(w)).collect();
    let mut postings: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, set) in stems.iter().enumerate() {
        for s in set {
            postings.entry(s.as_str()).or_default().push(i);
        }
    }
    let n = quotes.len().max(1) as f64;
    // Each stem's number is its rank among all stems; its weight is at that place.
    let idf: Vec<f64> = postings.values().map(|p| (1.0 + n / p.len() as f64).ln()).collect();
    let rank: FxHashMap<&str, u32> = postings.keys().enumerate().map(|(r, s)| (*s, r as u32)).collect();
    let feats: Vec<Features> = words
        .into_par_iter()
        .zip(stems.par_iter())
        .zip(quotes.par_iter())
        .map(|((words, set), q)| {
            // In the stems' order, so the ranks are sorted and the weight is summed as before.
            let stems: Vec<u32> = set.iter().filter_map(|s| rank.get(s.as_str()).copied()).collect();
            let weight = stems.iter().map(|&r| idf.get(r as usize).copied().unwrap_or(1.0)).sum::<f64>();
            Features { words, stems, weight, speaker: q.speaker.as_deref().map(fold) }
        })
        .collect();
    drop(rank);
    // Pairs in a vector, sorted and deduplicated below: a set of millions of pairs costs more.
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for list in postings.values().filter(|p| p.len() <= MAX_POSTINGS) {
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                candidates.push((i, j));
            }
        }
    }
    // Identical short quotes (`missing out` twice) have no content stems to meet on.
    let mut by_words: FxHashMap<&[String], usize> = FxHashMap::default();
    for (i, f) in feats.iter().enumerate() {
        if let Some(&j) = by_words.get(f.words.as_slice()) {
            candidates.push((j, i));
        } else {
            by_words.insert(f.words.as_slice(), i);
        }
    }
    candidates.par_sort_unstable();
    candidates.dedup();
    // Each pair is judged on its own (in parallel); the judgements are then applied in pair order, so
    // the groups and the score sums do not depend on the number of threads.
    let judged: Vec<Option<f64>> =
        candidates.par_iter().map(|&(i, j)| same_statement(&feats[i], &feats[j], &idf)).collect();
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    let mut score = vec![0.0f64; quotes.len()];
    for (&(i, j), judged) in candidates.iter().zip(judged) {
        if let Some(s) = judged {
            score[i] += s;
            score[j] += s;
            let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
            parent[ri.max(rj)] = ri.min(rj);
        }
    }
    for (i, j) in aligned(quotes, &feats, &mut parent) {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        parent[ri.max(rj)] = ri.min(rj);
    }
    // Each statement under its root (its smallest member), in the order of the roots.
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); quotes.len()];
    for i in 0..quotes.len() {
        let root = find(&mut parent, i);
        groups[root].push(i);
    }
    // Representatives, id bases and speakers in parallel; ids made unique in order below.
    let made: Vec<(Vec<usize>, String, Option<String>)> = groups
        .into_par_iter()
        .filter(|members| !members.is_empty())
        .map(|mut members| {
            let best = members.iter().copied().max_by(|&x, &y| {
                let key = |i: usize| (quotes[i].speaker.is_some(), feats[i].words.len());
                score[x]
                    .partial_cmp(&score[y])
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(key(x).cmp(&key(y)))
                    .then(y.cmp(&x))
            });
            if let Some(best) = best {
                members.retain(|&m| m != best);
                members.insert(0, best);
            }
            let earliest = members.iter().copied().min().unwrap_or(0);
            let base = format!("q-{}", slug(feats.get(earliest).map_or(&[][..], |f| f.words.as_slice())));
            let speaker = best_speaker(quotes, &members);
            (members, base, speaker)
        })
        .collect();
    let mut used: FxHashMap<String, usize> = FxHashMap::default();
    made.into_iter()
        .map(|(members, base, speaker)| {
            let count = used.entry(base.clone()).or_default();
            *count += 1;
            let id = if *count == 1 { base } else { format!("{base}-{count}") };
            Cluster { id, members, speaker }
        })
        .collect()
}

/// A paragraph: its source's number (in the order of the source ids, so that paragraph keys sort as
/// the ids do) and its anchor number.
type ParagraphKey = (u32, usize);

/// Pairs of quotes that are one statement by their place among aligned quotes (see the module docs), from
/// the statements found so far (`parent`); the pairs are not merged here, so that one alignment does not
/// feed the next. The pairs of paragraphs are judged in parallel and collected in their order.
fn aligned(quotes: &[Quote], feats: &[Features], parent: &mut [usize]) -> Vec<(usize, usize)> {
    let roots: Vec<usize> = (0..quotes.len()).map(|i| find(parent, i)).collect();
    // Sources by number, numbered in id order: comparing numbers orders pairs as comparing ids did.
    let mut ids: Vec<&str> = quotes.iter().map(|q| q.source.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let source: Vec<u32> =
        quotes.iter().map(|q| ids.binary_search(&q.source.as_str()).unwrap_or(0) as u32).collect();
    let key = |i: usize| -> ParagraphKey { (source[i], quotes[i].paragraph) };
    // Each statement's members (indexed by its root, which is its smallest member), and the sources
    // that quote it, sorted.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); quotes.len()];
    for (i, &r) in roots.iter().enumerate() {
        members[r].push(i);
    }
    let sources_of: Vec<Vec<u32>> = members
        .par_iter()
        .map(|list| {
            let mut s: Vec<u32> = list.iter().map(|&m| source[m]).collect();
            s.sort_unstable();
            s.dedup();
            s
        })
        .collect();
    // Each paragraph's quotes in reading order (the input order within a source).
    let mut paragraphs: FxHashMap<ParagraphKey, Vec<usize>> = FxHashMap::default();
    for i in 0..quotes.len() {
        paragraphs.entry(key(i)).or_default().push(i);
    }
    // Pairs of paragraphs of different sources that quote one statement, sorted and distinct.
    let mut pairs: Vec<(ParagraphKey, ParagraphKey)> = Vec::new();
    for list in members.iter().filter(|m| (2..=MAX_ANCHOR_MEMBERS).contains(&m.len())) {
        for (k, &a) in list.iter().enumerate() {
            for &b in &list[k + 1..] {
                let (pa, pb) = (key(a), key(b));
                if pa.0 != pb.0 {
                    pairs.push((pa.min(pb), pa.max(pb)));
                }
            }
        }
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    let quoted_in = |r: usize, s: u32| sources_of[r].binary_search(&s).is_ok();
    pairs
        .par_iter()
        .flat_map_iter(|&(pa, pb)| {
            let mut out = Vec::new();
            let (Some(xs), Some(ys)) = (paragraphs.get(&pa), paragraphs.get(&pb)) else { return out };
            // Anchors: statements quoted once in each of the two paragraphs, in the same order in both.
            let once = |list: &[usize], r: usize| list.iter().filter(|&&m| roots[m] == r).count() == 1;
            let anchors: Vec<(usize, usize)> = xs
                .iter()
                .enumerate()
                .filter_map(|(ix, &x)| {
                    let iy = ys.iter().position(|&y| roots[y] == roots[x])?;
                    (once(xs, roots[x]) && once(ys, roots[x])).then_some((ix, iy))
                })
                .collect();
            if anchors.is_empty() || anchors.windows(2).any(|w| w[1].1 <= w[0].1) {
                return out;
            }
            // The runs between anchors, and before the first and after the last.
            let mut bounds = vec![(None, None)];
            bounds.extend(anchors.iter().map(|&(ix, iy)| (Some(ix), Some(iy))));
            bounds.push((None, None));
            for w in bounds.windows(2) {
                let from = |b: Option<usize>| b.map_or(0, |k| k + 1);
                let (x0, y0) = (from(w[0].0), from(w[0].1));
                let (x1, y1) = (w[1].0.unwrap_or(xs.len()), w[1].1.unwrap_or(ys.len()));
                if x1 - x0 != y1 - y0 || x1 <= x0 {
                    continue;
                }
                for (&x, &y) in xs[x0..x1].iter().zip(&ys[y0..y1]) {
                    let short = |i: usize| (1..=ALIGNED_MAX_WORDS).contains(&feats[i].words.len());
                    // Not already one statement, nor tied to another quote of the other source.
                    let free =
                        roots[x] != roots[y] && !quoted_in(roots[x], pb.0) && !quoted_in(roots[y], pa.0);
                    if free && short(x) && short(y) && same_speaker(&quotes[x], &quotes[y]) {
                        out.push((x, y));
                    }
                }
            }
            out
        })
        .collect()
}

/// Both quotes name a speaker and the names agree: the same words, or one's words end the other's
/// (`Biden`, `Joe Biden`; `the official`, `the senior official`), determiners and case aside.
fn same_speaker(a: &Quote, b: &Quote) -> bool {
    let (Some(a), Some(b)) = (&a.speaker, &b.speaker) else { return false };
    let (a, b) = (speaker_key(a), speaker_key(b));
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    !short.is_empty() && long.ends_with(short)
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn slug(words: &[String]) -> String {
    let s: Vec<String> = words
        .iter()
        .take(6)
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    if s.is_empty() {
        "quote".to_string()
    } else {
        s.join("-")
    }
}

/// The label the statement goes by: a name before a descriptor, then the most specific (longest), then
/// the one most members use (case and a leading article aside), then the first.
fn best_speaker(quotes: &[Quote], members: &[usize]) -> Option<String> {
    let labels: Vec<&str> = members.iter().filter_map(|&i| quotes[i].speaker.as_deref()).collect();
    let keys: Vec<Vec<String>> = labels.iter().map(|s| speaker_key(s)).collect();
    labels
        .iter()
        .enumerate()
        .max_by_key(|&(k, s)| {
            let words = words_of(s);
            let named = is_proper(&words);
            let uses = keys.iter().filter(|key| **key == keys[k]).count();
            (named, words.len(), uses, std::cmp::Reverse(k))
        })
        .map(|(_, s)| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(source: &str, text: &str, speaker: Option<&str>) -> Quote {
        Quote {
            source: source.to_string(),
            paragraph: 1,
            span: 0..text.len(),
            continued: Vec::new(),
            text: text.to_string(),
            speaker: speaker.map(str::to_string),
            speaker_cue: None,
        }
    }

    /// Statements from the seeds: three outlets' wordings of the same CNN quotes, and other statements that
    /// share words with them.
    fn corpus() -> Vec<Quote> {
        vec![
            quote("cnn-a", "collect money from different parts of the world and give it to the Taliban", Some("the official")),
            quote("ru", "collect money from different parts of the world and transfer it to the Taliban.", Some("the official")),
            quote("cnn-b", "collect money from different parts of the world and give it to the Taliban", Some("the official")),
            quote("cnn-a", "They train suicide bombers and help them in strategic thinking. In return, the Taliban provide them shelter.", Some("the official")),
            quote("ru", "They train suicide bombers and help them think strategically. In turn, the Taliban provide them with shelter", Some("the official")),
            quote("cnn-a", "It is not only now an ideological connection, it’s also a family connection. There are intermarriages. And that is impossible for Taliban to stop, and to not allow [al Qaeda] to do something outside", Some("the senior official")),
            quote("ru", "Now it is not only an ideological connection, it is also family ties. There are mixed marriages. And it is impossible for the Taliban to stop and prevent Al Qaeda from doing anything outside of Afghanistan.", Some("the channel’s source")),
            quote("ru", "This is now much deeper than we think", Some("the channel’s source")),
            quote("cnn-a", "now much deeper than we think", Some("the senior official")),
            quote("cnn-b", "now much deeper", Some("a senior Afghan intelligence official")),
            quote("db", "We have a long struggle against the United States and the infidels", Some("An Al Qaeda member")),
            quote("db", "The mission of Al Qaeda and Bin Laden will never end. If the Taliban win the war against the United States in Afghanistan, they share Al Qaeda’s goals and bin Laden’s long last vision.", Some("An Al Qaeda member")),
            quote("db", "As a soldier on the ground, I can verify that Al Qaeda and the Taliban are still fighting together. We saw them, fought and killed them", Some("Karim")),
            quote("db", "The relationship between the Taliban and al-Qaeda is beyond war. Many of their foreign fighters married Taliban daughters", Some("Karim")),
            quote("db", "These are Taliban members who do not approve of their leaders making deals with the United States, especially on specific terms that require them to fight members of Al Qaeda, whom they see as allies.", Some("the official")),
            quote("db", "They will not fight them, not now, or when the United States leaves", Some("the official")),
            quote("cnn-a", "degraded", Some("Joe Biden")),
            quote("db", "We entered the war with clear objectives. Bin Laden is dead and Al Qaeda is degraded in Afghanistan.", Some("Joe Biden")),
            quote("db", "darling", None),
        ]
    }

    fn groups(quotes: &[Quote]) -> Vec<Vec<usize>> {
        let mut g: Vec<Vec<usize>> = cluster(quotes)
            .into_iter()
            .map(|c| {
                let mut m = c.members;
                m.sort_unstable();
                m
            })
            .collect();
        g.sort();
        g
    }

    #[test]
    fn clusters_reworded_versions_and_keeps_different_statements_apart() {
        let g = groups(&corpus());
        for expected in [vec![0, 1, 2], vec![3, 4], vec![5, 6], vec![7, 8, 9], vec![16, 17]] {
            assert!(g.contains(&expected), "{expected:?} not in {g:?}");
        }
        for alone in [10, 11, 12, 13, 14, 15, 18] {
            assert!(g.contains(&vec![alone]), "{alone} should stand alone: {g:?}");
        }
    }

    #[test]
    fn cluster_ids_representatives_and_speakers_are_stable() {
        let quotes = corpus();
        let a = cluster(&quotes);
        assert_eq!(a, cluster(&quotes));
        let give = a.iter().find(|c| c.members.contains(&1)).expect("cluster");
        assert_eq!(give.id, "q-collect-money-from-different-parts-of");
        assert_eq!(give.speaker.as_deref(), Some("the official"));
        let deeper = a.iter().find(|c| c.members.contains(&7)).expect("cluster");
        assert_eq!(deeper.id, "q-this-is-now-much-deeper-than");
        assert_eq!(deeper.speaker.as_deref(), Some("a senior Afghan intelligence official"));
        // The representative is the member most like the others: not the three-word fragment.
        assert_ne!(deeper.members[0], 9);
        let same_start =
            [quote("x", "It is over", None), quote("y", "It is over, finally over now", Some("A"))];
        let ids: BTreeSet<String> = cluster(&same_start).into_iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), cluster(&same_start).len());
        assert!(cluster(&[]).is_empty());
        assert_eq!(cluster(&[quote("x", "…", None)]).len(), 1);
    }

    fn at(source: &str, paragraph: usize, text: &str, speaker: Option<&str>) -> Quote {
        Quote { paragraph, ..quote(source, text, speaker) }
    }

    /// Biden's statement in CNN's words and in a machine translation of a re-telling (seeds).
    fn biden(cnn_speaker: &str, ru_speaker: &str) -> Vec<Quote> {
        vec![
            at("cnn", 4, "not be used as a base from which to attack our homeland again.", Some(cnn_speaker)),
            at("cnn", 4, "degraded", Some(cnn_speaker)),
            at("cnn", 4, "accomplished that objective", Some(cnn_speaker)),
            at("ru", 10, "cannot be used as a base for a re-attack on our homeland", Some(ru_speaker)),
            at("ru", 10, "degenerated", Some(ru_speaker)),
            at("ru", 10, "achieved its goal", Some(ru_speaker)),
        ]
    }

    #[test]
    fn short_quotes_reworded_past_any_shared_word_align_next_to_a_matched_one() {
        assert_eq!(groups(&biden("Joe Biden", "Biden")), vec![vec![0, 3], vec![1, 4], vec![2, 5]]);
        // Anchored before, between and after: each run is aligned on its own.
        let mut qs = biden("Joe Biden", "Joe Biden");
        qs.insert(
            2,
            at("cnn", 4, "the terror group no longer being a threat to Americans", Some("Joe Biden")),
        );
        qs.insert(
            6,
            at("ru", 10, "the terror group no longer being a threat to Americans", Some("Joe Biden")),
        );
        assert_eq!(groups(&qs), vec![vec![0, 4], vec![1, 5], vec![2, 6], vec![3, 7]]);
    }

    #[test]
    fn alignment_needs_an_anchor_the_same_speaker_short_quotes_and_runs_of_one_length() {
        let apart = |qs: &[Quote]| groups(qs).iter().filter(|g| g.len() > 1).count();
        // Another speaker.
        assert_eq!(apart(&biden("Joe Biden", "an Afghan official")), 1, "only the anchor");
        let mut qs = biden("Joe Biden", "Biden");
        // Without the matched quote nothing ties the two paragraphs.
        qs.retain(|q| !q.text.contains("base"));
        assert_eq!(apart(&qs), 0);
        // A run of another length: which goes with which is unknown.
        let mut qs = biden("Joe Biden", "Biden");
        qs.push(at("ru", 10, "time to go home", Some("Biden")));
        assert_eq!(apart(&qs), 1);
        // Long quotes that share no words are different statements, whatever their place.
        let mut qs = biden("Joe Biden", "Biden");
        qs[1].text = "we will keep watching the threat from over the horizon".into();
        qs[4].text = "our troops deserve to come home after twenty long years".into();
        assert_eq!(groups(&qs), vec![vec![0, 3], vec![1], vec![2, 5], vec![4]]);
        // Another paragraph.
        let mut qs = biden("Joe Biden", "Biden");
        qs[4].paragraph = 11;
        qs[5].paragraph = 11;
        assert_eq!(apart(&qs), 1);
        // A quote already tied to another quote of the other source stays with it.
        let mut qs = biden("Joe Biden", "Biden");
        qs.push(at("ru", 12, "degraded", Some("Biden")));
        let g = groups(&qs);
        assert!(g.contains(&vec![1, 6]) && g.contains(&vec![4]), "{g:?}");
    }

    #[test]
    fn ids_are_unique_when_first_words_repeat() {
        let qs = [
            quote("x", "We will fight on the beaches of Normandy", None),
            quote("y", "We will fight on until the last drop of fuel is gone", None),
        ];
        let c = cluster(&qs);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].id, "q-we-will-fight-on-the-beaches");
        assert_eq!(c[1].id, "q-we-will-fight-on-until-the");
        let qs = [
            quote("x", "We will fight", None),
            quote("y", "we will, fight", Some("A")),
            quote("z", "Stop", None),
        ];
        let c = cluster(&qs);
        assert_eq!(c.len(), 2, "{c:?}");
    }
}
