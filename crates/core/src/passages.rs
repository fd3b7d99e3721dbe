//! Passage search: the kept paragraphs of the sources that contain a planned query's words (see
//! [`crate::dictionary`]), each with how many of the words it has, the typos it needs, how close
//! together the words stand, and the words to highlight.
//!
//! A paragraph must contain all the query's words but the missing ones the quotation search tolerates
//! ([`crate::search::allowed_edits`]). Candidates come from the dictionary's postings; the best of them
//! (fewest missing words, then fewest typos) are tokenized again to place the words.

use crate::dictionary::{Dictionary, Plan, MAX_QUERY_WORDS};
use crate::index::Index;
use crate::search::allowed_edits;
use crate::text::{tokenize, Token};
use std::ops::Range;

/// The most candidate paragraphs placed (tokenized, windowed) for one query: a word in every paragraph
/// must not tokenize the corpus at each keystroke. Candidates are taken fewest missing words and typos
/// first, so this only limits the proximity ranking of the weakest of very many answers. Each placed
/// candidate's text is a chunk a sharded index fetches: at 10,000 synthetic sources, 100 placed made
/// text chunks most of a first query's bytes; twice the results the box shows keeps the proximity
/// ranking among the best of them.
pub const MAX_PLACED: usize = 24;
/// Words of context shown before the first highlighted word of a passage.
pub const CONTEXT_BEFORE: usize = 12;
/// The most words of a passage shown.
pub const SHOWN_WORDS: usize = 40;

/// One paragraph that answers a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassageHit {
    /// Index into [`Index::paragraphs`].
    pub paragraph: usize,
    /// How many query words it lacks (0 = all there).
    pub missing: usize,
    /// The edits of the corrections it needed (0 = every word as typed).
    pub typos: usize,
    /// Words between the query's words in the tightest passage holding all those it has (0 = adjacent).
    pub proximity: usize,
    /// True when the words stand in the query's order, next to each other: the typed phrase.
    pub phrase: bool,
    /// Byte ranges in the paragraph's text of the matched words of that tightest passage, ascending.
    pub highlights: Vec<Range<usize>>,
    /// The byte range of the text worth showing: about [`SHOWN_WORDS`] words around the highlights.
    pub excerpt: Range<usize>,
}

/// The paragraphs that answer a plan, best first by (missing words, typos, proximity, not a phrase,
/// paragraph order); at most `limit`.
pub fn search(index: &Index, dictionary: &Dictionary, plan: &Plan, limit: usize) -> Vec<PassageHit> {
    let candidates = candidates(dictionary, plan, index.paragraphs.len());
    place_all(plan, &candidates, |p| index.paragraphs.get(p as usize).map(|x| x.text.as_str()), limit)
}

/// The candidates [`search`] places: `(missing words, typos, paragraph)` of the paragraphs with enough
/// of the plan's words, fewest missing words and typos first, then in paragraph order; at most
/// [`MAX_PLACED`]. Their text is all [`place_all`] needs (a sharded index fetches just these chunks).
pub fn candidates(dictionary: &Dictionary, plan: &Plan, paragraphs: usize) -> Vec<(usize, usize, u32)> {
    let n = plan.words.len();
    if n == 0 {
        return Vec::new();
    }
    let need = n.saturating_sub(allowed_edits(n)).max(1);
    // The first MAX_PLACED by (missing, typos), in paragraph order within one key, in two passes over
    // the marks: how many paragraphs have each of the few keys, then only those taken are placed (no
    // list of every candidate: a common word's were most of a keystroke's time).
    let typo_keys = 2 * MAX_QUERY_WORDS + 1;
    let key = |missing: usize, typos: u32| missing * typo_keys + (typos as usize).min(typo_keys - 1);
    let (mask, typos) = dictionary.marks(plan, paragraphs);
    let keyed = |p: usize| {
        let have = mask[p].count_ones() as usize;
        (have >= need).then(|| key(n - have, typos[p]))
    };
    let mut take = vec![0usize; key(n, 0) + 1];
    for p in 0..paragraphs {
        if let Some(k) = keyed(p) {
            take[k] += 1;
        }
    }
    let mut left = MAX_PLACED;
    for t in take.iter_mut() {
        *t = (*t).min(left);
        left -= *t;
    }
    let mut starts = vec![0usize; take.len() + 1];
    for k in 0..take.len() {
        starts[k + 1] = starts[k] + take[k];
    }
    let mut ordered: Vec<(usize, usize, u32)> = vec![(0, 0, 0); starts[take.len()]];
    for p in 0..paragraphs {
        let Some(k) = keyed(p) else { continue };
        if take[k] == 0 {
            continue;
        }
        take[k] -= 1;
        let have = mask[p].count_ones() as usize;
        ordered[starts[k]] = (n - have, typos[p] as usize, p as u32);
        starts[k] += 1;
    }
    ordered
}

/// True when `candidates` ([`candidates`] of the paragraphs below some bound) are a full set of the best
/// any paragraph can be, `best` = (the fewest missing words, the fewest typos then): no paragraph beyond
/// the bound can then take the place of one of them. A word no paragraph has is missing from all of
/// them: at 100,000 synthetic sources "colect mony from diferent parts" (no "mony", not corrected: 4
/// letters) counted every candidate short of the best, and fetched every block of its words' postings
/// (all of "from": 340,000 paragraphs).
pub fn best_possible(best: (usize, usize), candidates: &[(usize, usize, u32)]) -> bool {
    candidates.len() >= MAX_PLACED && candidates.iter().all(|&(missing, typos, _)| (missing, typos) <= best)
}

/// Places the words of a plan in each candidate ([`candidates`]) whose text `text` gives, and ranks
/// them as [`search`] does; at most `limit`.
pub fn place_all<'t>(
    plan: &Plan,
    candidates: &[(usize, usize, u32)],
    text: impl Fn(u32) -> Option<&'t str>,
    limit: usize,
) -> Vec<PassageHit> {
    // The few placed hits are kept in rank order by insertion.
    let rank = |h: &PassageHit| (h.missing, h.typos, h.proximity, !h.phrase, h.paragraph);
    let mut hits: Vec<PassageHit> = Vec::new();
    for &(missing, typos, p) in candidates {
        let Some(text) = text(p) else { continue };
        let Some(Placed { proximity, phrase, highlights, excerpt }) =
            place(plan, &tokenize(text), text.len())
        else {
            continue;
        };
        let hit =
            PassageHit { paragraph: p as usize, missing, typos, proximity, phrase, highlights, excerpt };
        let at = hits.iter().position(|h| rank(&hit) < rank(h)).unwrap_or(hits.len());
        hits.insert(at, hit);
    }
    hits.truncate(limit);
    hits
}

/// The tightest window of `at` ((token, query word) pairs in token order, of a paragraph of `tokens`
/// tokens and a query of `n` words) holding one of each word present: its first and last indices into
/// `at`, the words between (proximity), and whether the query stands there as typed (the phrase). What
/// ranks a passage: the same from a paragraph's tokens and from its words' positions in the postings.
pub(crate) fn window(n: usize, at: &[(usize, usize)], tokens: usize) -> Option<(usize, usize, usize, bool)> {
    let mut present = vec![false; n];
    for &(_, i) in at {
        present[i] = true;
    }
    let k = present.iter().filter(|&&p| p).count();
    if k == 0 {
        return None;
    }
    // The shortest run of `at` covering the `k` words present (a sliding window over token order).
    let mut count = vec![0usize; n];
    let (mut covered, mut from) = (0, 0);
    let mut best: Option<(usize, usize)> = None; // indices into `at`
    for to in 0..at.len() {
        let i = at[to].1;
        count[i] += 1;
        if count[i] == 1 {
            covered += 1;
        }
        while covered == k {
            let span = at[to].0 - at[from].0;
            if best.is_none_or(|(f, t)| span < at[t].0 - at[f].0) {
                best = Some((from, to));
            }
            let i = at[from].1;
            count[i] -= 1;
            if count[i] == 0 {
                covered -= 1;
            }
            from += 1;
        }
    }
    let (f, t) = best?;
    let width = at[t].0 - at[f].0 + 1;
    let proximity = width.saturating_sub(k);
    // The phrase: some start `s` where token `s + i` matches word `i` for every word.
    let phrase = k == n
        && at.iter().any(|&(s, i)| {
            i == 0 && s + n <= tokens && (1..n).all(|w| at.binary_search(&(s + w, w)).is_ok())
        });
    Some((f, t, proximity, phrase))
}

/// Where a paragraph has the query's words (the fields of [`PassageHit`] of the same names).
struct Placed {
    proximity: usize,
    phrase: bool,
    highlights: Vec<Range<usize>>,
    excerpt: Range<usize>,
}

/// Places the query's words in a paragraph of `len` bytes: the tightest window holding one of each word
/// it has, its slack, whether it is the typed phrase, the highlighted spans and the excerpt to show.
fn place(plan: &Plan, tokens: &[Token], len: usize) -> Option<Placed> {
    // Every (token, query word) pair that matches, by token.
    let mut at: Vec<(usize, usize)> = Vec::new();
    for (j, t) in tokens.iter().enumerate() {
        for (i, w) in plan.words.iter().enumerate() {
            if w.matches(&t.word).is_some() {
                at.push((j, i));
            }
        }
    }
    let (f, t, proximity, phrase) = window(plan.words.len(), &at, tokens.len())?;
    let (first, last) = (at[f].0, at[t].0);
    let mut highlights: Vec<Range<usize>> = Vec::new();
    for &(j, _) in &at[f..=t] {
        let span = tokens[j].span.clone();
        if highlights.last() != Some(&span) {
            highlights.push(span);
        }
    }
    let start = first.saturating_sub(CONTEXT_BEFORE);
    let end = (start + SHOWN_WORDS).max(last + 1).min(tokens.len());
    let excerpt_start = if start == 0 { 0 } else { tokens[start].span.start };
    let excerpt_end = if end == tokens.len() { len } else { tokens[end - 1].span.end };
    Some(Placed { proximity, phrase, highlights, excerpt: excerpt_start..excerpt_end })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::sample;

    fn run(query: &str) -> Vec<(u32, u32, usize, usize)> {
        let index = sample();
        let d = Dictionary::new(&index);
        search(&index, &d, &d.plan(query), 10)
            .into_iter()
            .map(|h| {
                let p = &index.paragraphs[h.paragraph];
                (p.source, p.n, h.typos, h.proximity)
            })
            .collect()
    }

    #[test]
    fn finds_a_place_named_only_in_the_narration() {
        assert_eq!(run("kamdesh"), [(0, 2, 0, 0), (1, 2, 0, 0)]);
        assert_eq!(run("Nuristan"), [(0, 2, 0, 0)]);
        assert_eq!(run("kamdsh"), [(0, 2, 1, 0), (1, 2, 1, 0)], "a typo inside the word");
    }

    #[test]
    fn proximity_ranks_the_phrase_first() {
        // Source 1's ¶2 has two words between them ("Kamdesh described the raid"), source 0's ¶2 three.
        let index = sample();
        let d = Dictionary::new(&index);
        let hits = search(&index, &d, &d.plan("kamdesh raid"), 10);
        let order: Vec<u32> = hits.iter().map(|h| index.paragraphs[h.paragraph].source).collect();
        assert_eq!(order, [1, 0]);
        assert!(hits[0].proximity < hits[1].proximity, "{hits:?}");
        assert!(!hits[0].phrase);
        let hits = search(&index, &d, &d.plan("the raid was"), 10);
        assert!(hits[0].phrase && hits[0].proximity == 0, "{hits:?}");
    }

    #[test]
    fn highlights_the_matched_words_in_the_original_text() {
        let index = sample();
        let d = Dictionary::new(&index);
        let hit = &search(&index, &d, &d.plan("collect mony from diferent parts"), 10)[0];
        let text = &index.paragraphs[hit.paragraph].text;
        let marked: Vec<&str> = hit.highlights.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(marked, ["collect", "from", "different", "parts"]);
        assert_eq!(hit.missing, 1);
        assert_eq!(hit.typos, 1);
        assert_eq!(&text[hit.excerpt.clone()], text.as_str(), "a short paragraph is shown whole");
    }

    #[test]
    fn a_long_paragraph_is_shown_around_its_match() {
        let mut index = sample();
        let words: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
        index.paragraphs[3].text = format!("{} Kamdesh {}", words[..100].join(" "), words[100..].join(" "));
        let d = Dictionary::new(&index);
        let hit =
            search(&index, &d, &d.plan("kamdesh"), 10).into_iter().find(|h| h.paragraph == 3).expect("hit");
        let text = &index.paragraphs[3].text;
        let shown = &text[hit.excerpt.clone()];
        assert!(shown.starts_with("w88 ") && shown.contains("Kamdesh"), "{shown}");
        assert_eq!(shown.split(' ').count(), SHOWN_WORDS);
    }

    #[test]
    fn the_candidates_are_the_first_of_every_candidate_sorted_by_missing_words_typos_and_place() {
        let mut index = sample();
        let words = ["kamdesh", "raid", "the", "villagers", "said", "district", "money", "parts"];
        let mut seed: u64 = 3;
        for i in 0..400u32 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let len = 1 + (seed >> 33) as usize % 6;
            let text: Vec<&str> = (0..len).map(|k| words[((seed >> (3 * k)) % 8) as usize]).collect();
            let entry =
                crate::index::ParagraphEntry { source: 0, n: 10 + i, entities: vec![], text: text.join(" ") };
            index.paragraphs.push(entry);
        }
        let d = Dictionary::new(&index);
        for q in ["the", "kamdesh raid", "kamdseh raid the", "the raid villagers said", "moeny parts", "zzz"]
        {
            let plan = d.plan(q);
            let n = plan.words.len();
            let need = n.saturating_sub(allowed_edits(n)).max(1);
            let mut all: Vec<(usize, usize, u32)> = d
                .candidates(&plan, index.paragraphs.len())
                .into_iter()
                .filter(|&(_, m, _)| m.count_ones() as usize >= need)
                .map(|(p, m, t)| (n - m.count_ones() as usize, t as usize, p))
                .collect();
            all.sort_unstable();
            all.truncate(MAX_PLACED);
            assert_eq!(candidates(&d, &plan, index.paragraphs.len()), all, "{q}");
        }
    }

    #[test]
    fn too_few_words_find_nothing() {
        assert!(run("moon cheese").is_empty());
        assert!(run("").is_empty());
        // Three words may lack one, not two.
        assert!(run("kamdesh moon cheese").is_empty());
        assert_eq!(run("kamdesh district moon").len(), 1);
    }
}
