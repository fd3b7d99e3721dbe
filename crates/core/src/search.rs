//! Quote lookup: finds the quotations that contain a typed fragment, tolerating case, diacritics, curly
//! or straight quotes, and a changed, missing or extra word. The same function answers `dossier quote`
//! in a terminal and the search box in the browser.

use crate::index::Index;
use crate::text::{tokenize, Token};
use std::ops::Range;

/// One quotation that answers a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Index::quotes`].
    pub quote: usize,
    /// Word edits between the query and the matched passage (0 = exact); for a variant found through its
    /// cluster, the edits of the member that matched plus one.
    pub edits: usize,
    /// Byte range of the matched words in the quote's text, for highlighting; `None` for a variant
    /// included because another member of its cluster matched.
    pub highlight: Option<Range<usize>>,
}

/// Adds a statement's quotations to `hits`, member by member (`own[i]` is `members[i]`'s own match): a
/// variant that did not match by itself is included through its statement at one edit more than the
/// statement's first matching quotation.
pub(crate) fn push_statement(hits: &mut Vec<Hit>, own: Vec<Option<Hit>>, members: &[u32]) {
    let first = own.iter().flatten().next().map_or(0, |h| h.edits);
    hits.extend(
        own.into_iter()
            .zip(members)
            .map(|(h, &m)| h.unwrap_or(Hit { quote: m as usize, edits: first + 1, highlight: None })),
    );
}

/// How many word edits a query of `n` words may need: none for one or two words, one up to eight,
/// then one more per eight words.
pub fn allowed_edits(n: usize) -> usize {
    match n {
        0..=2 => 0,
        _ => n.div_ceil(8),
    }
}

/// Every quotation that carries the fragment, best first; then, for each matched statement, the
/// other sources' wordings of it (its cluster), so that every outlet that carried it is listed.
/// One-off form of [`Searcher::search`]; build a [`Searcher`] once to answer many queries.
pub fn search(index: &Index, query: &str) -> Vec<Hit> {
    Searcher::new(index).search(index, query)
}

/// The quotations of an index tokenized once, with an inverted index from each word to the quotations
/// that contain it, so that a lookup aligns only the quotations that can match. A passage within the edit
/// budget `e` of a query of `n` words matches at least `n - e` of the query's words, so only quotations
/// containing that many are aligned; the answers are the same as aligning every quotation.
#[derive(Debug, Clone, Default)]
pub struct Searcher {
    tokens: Vec<Vec<Token>>,
    /// Every distinct word, sorted (for prefix ranges), with the ascending quotation indices containing it.
    vocabulary: Vec<(String, Vec<u32>)>,
    /// Quotation indices ordered by (cluster, quotation), for [`Searcher::search_top`].
    by_cluster: Vec<u32>,
}

impl Searcher {
    /// Tokenizes every quotation of the index.
    pub fn new(index: &Index) -> Self {
        let tokens: Vec<Vec<Token>> = index.quotes.iter().map(|q| tokenize(&q.text)).collect();
        let mut pairs: Vec<(&str, u32)> = tokens
            .iter()
            .enumerate()
            .flat_map(|(i, ts)| ts.iter().map(move |t| (t.word.as_str(), i as u32)))
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut vocabulary: Vec<(String, Vec<u32>)> = Vec::new();
        for (word, quote) in pairs {
            match vocabulary.last_mut() {
                Some((w, list)) if w == word => list.push(quote),
                _ => vocabulary.push((word.to_string(), vec![quote])),
            }
        }
        // Statement order (quotations in index order within one), as the sharded index numbers them.
        let by_cluster = crate::chunks::cluster_order(index);
        Searcher { tokens, vocabulary, by_cluster }
    }

    /// How many query words each quotation contains (see [`Searcher::postings`]).
    fn matched(&self, query: &[String]) -> Vec<u16> {
        let mut matched = vec![0u16; self.tokens.len()];
        let mut list = Vec::new();
        for i in 0..query.len() {
            list.clear();
            self.postings(query, i, &mut list);
            for &q in &list {
                if let Some(m) = matched.get_mut(q as usize) {
                    *m = m.saturating_add(1);
                }
            }
        }
        matched
    }

    fn hit(&self, query: &[String], budget: usize, quote: usize) -> Option<Hit> {
        let tokens = self.tokens.get(quote)?;
        let (edits, range) = best_alignment(query, tokens, budget)?;
        let highlight = tokens[range.start].span.start..tokens[range.end - 1].span.end;
        Some(Hit { quote, edits, highlight: Some(highlight) })
    }

    /// The hits of the `statements` best statements only: exactly what [`Searcher::search`] lists for
    /// them (same hits, variants and order), without aligning every candidate. Candidates are taken by
    /// their least possible edits (query words they lack), statement by statement, and the search stops
    /// once no candidate left could rank among the first `statements`. What the search box uses: a
    /// common word typed at thousands of sources would otherwise align and sort most quotations.
    pub fn search_top(&self, index: &Index, query: &str, statements: usize) -> Vec<Hit> {
        let query: Vec<String> = tokenize(query).into_iter().map(|t| t.word).collect();
        if query.is_empty() || statements == 0 {
            return Vec::new();
        }
        let (n, budget) = (query.len(), allowed_edits(query.len()));
        let need = n.saturating_sub(budget).max(1);
        let matched = self.matched(&query);
        let cluster_of = |q: usize| index.quotes.get(q).map_or(u32::MAX, |x| x.cluster);
        // Best edits per statement found so far (dense, by cluster; MAX = none), and every alignment made
        // (`slot` maps a quotation to its entry in `aligned`). Dense vectors keep the wasm small.
        const NONE: u32 = u32::MAX;
        let mut best: Vec<u32> = vec![NONE; index.clusters.len()];
        let mut slot: Vec<u32> = vec![NONE; self.tokens.len()];
        let mut aligned: Vec<Hit> = Vec::new();
        'buckets: for floor in 0..=budget {
            let Some(want) = n.checked_sub(floor).filter(|&w| w >= need) else { break };
            // Statements whose best is below `floor` are final: later candidates cost at least `floor`.
            let done = best.iter().filter(|&&e| (e as usize) < floor).count();
            if done >= statements {
                break;
            }
            let mut at_floor = 0;
            let mut current = None;
            for &q in &self.by_cluster {
                let q = q as usize;
                if usize::from(matched[q]) != want {
                    continue;
                }
                let c = cluster_of(q);
                if current != Some(c) {
                    // The statement before is complete for this floor; ones after rank later.
                    if current.is_some_and(|p| best.get(p as usize).is_some_and(|&e| e as usize == floor)) {
                        at_floor += 1;
                        if done + at_floor >= statements {
                            break 'buckets;
                        }
                    }
                    current = Some(c);
                }
                if let Some(h) = self.hit(&query, budget, q) {
                    if let Some(e) = best.get_mut(c as usize) {
                        *e = (*e).min(h.edits as u32);
                    }
                    slot[q] = aligned.len() as u32;
                    aligned.push(h);
                }
            }
        }
        // The first `statements` by (edits, cluster), kept in order by insertion (no sort in the wasm).
        let mut chosen: Vec<(u32, u32)> = Vec::with_capacity(statements + 1);
        for (c, &e) in best.iter().enumerate().filter(|(_, &e)| e != NONE) {
            let key = (e, c as u32);
            let at = chosen.iter().position(|k| key < *k).unwrap_or(chosen.len());
            if at < statements {
                chosen.insert(at, key);
                chosen.truncate(statements);
            }
        }
        // The order of `search`: (edits, no highlight, cluster, quotation). The chosen statements are few,
        // but one can have thousands of wordings (inserting each in order was quadratic: 4.5 s for one
        // of 40,000), so the hits are laid out by cluster and quotation first, then spread stably over
        // the few (edits, no highlight) keys by counting: no comparison sort of hits in the wasm.
        let mut clusters: Vec<u32> = Vec::with_capacity(chosen.len());
        for &(_, c) in &chosen {
            let at = clusters.iter().position(|&o| c < o).unwrap_or(clusters.len());
            clusters.insert(at, c);
        }
        let mut hits: Vec<Hit> = Vec::new();
        for c in clusters {
            let mut members = index.clusters.get(c as usize).map(|x| x.quotes.clone()).unwrap_or_default();
            members.sort_unstable();
            let own: Vec<Option<Hit>> = members
                .iter()
                .map(|&m| {
                    let m = m as usize;
                    match aligned.get(slot.get(m).copied().unwrap_or(NONE) as usize) {
                        Some(h) => Some(h.clone()),
                        None if usize::from(matched.get(m).copied().unwrap_or(0)) >= need => {
                            self.hit(&query, budget, m)
                        }
                        None => None,
                    }
                })
                .collect();
            push_statement(&mut hits, own, &members);
        }
        let key = |h: &Hit| 2 * h.edits + usize::from(h.highlight.is_none());
        let mut starts = vec![0usize; hits.iter().map(key).max().map_or(0, |k| k + 1) + 1];
        for h in &hits {
            starts[key(h) + 1] += 1;
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut ordered: Vec<Option<Hit>> = vec![None; hits.len()];
        for h in hits {
            let at = &mut starts[key(&h)];
            ordered[*at] = Some(h);
            *at += 1;
        }
        ordered.into_iter().flatten().collect()
    }

    /// The quotations containing a word that counts as query word `i` (see `best_alignment`'s `same`).
    fn postings(&self, query: &[String], i: usize, out: &mut Vec<u32>) {
        let q = query[i].as_str();
        let exact = |w: &str, out: &mut Vec<u32>| {
            if let Ok(k) = self.vocabulary.binary_search_by(|(v, _)| v.as_str().cmp(w)) {
                out.extend_from_slice(&self.vocabulary[k].1);
            }
        };
        if i == query.len() - 1 && q.len() >= 3 {
            let from = self.vocabulary.partition_point(|(v, _)| v.as_str() < q);
            for (_, list) in self.vocabulary[from..].iter().take_while(|(v, _)| v.starts_with(q)) {
                out.extend_from_slice(list);
            }
        } else {
            exact(q, out);
        }
        if q.len() > 3 {
            let base = strip_s(q);
            exact(base, out);
            exact(&format!("{base}s"), out);
        }
        out.sort_unstable();
        out.dedup();
    }

    /// Every quotation that carries the fragment, best first, then the other wordings of each matched
    /// statement (see [`search`]). `index` must be the one this searcher was built from.
    pub fn search(&self, index: &Index, query: &str) -> Vec<Hit> {
        let query: Vec<String> = tokenize(query).into_iter().map(|t| t.word).collect();
        if query.is_empty() {
            return Vec::new();
        }
        let budget = allowed_edits(query.len());
        let need = query.len().saturating_sub(budget).max(1);
        let matched = self.matched(&query);
        let mut hits: Vec<Hit> = (0..self.tokens.len())
            .filter(|&i| usize::from(matched[i]) >= need)
            .filter_map(|i| self.hit(&query, budget, i))
            .collect();
        // Variants: other members of a matched cluster that did not match on their own.
        let mut listed = vec![false; index.quotes.len()];
        for h in &hits {
            if let Some(l) = listed.get_mut(h.quote) {
                *l = true;
            }
        }
        let mut variants: Vec<Hit> = Vec::new();
        // Each cluster's members are visited once, from its first hit (the later ones would find every
        // member listed): a statement of thousands of wordings is not walked once per wording.
        let mut expanded = vec![false; index.clusters.len()];
        for h in &hits {
            let Some(q) = index.quotes.get(h.quote) else { continue };
            match expanded.get_mut(q.cluster as usize) {
                Some(done) if !*done => *done = true,
                _ => continue,
            }
            for &m in index.clusters.get(q.cluster as usize).map(|c| c.quotes.as_slice()).unwrap_or_default()
            {
                let m = m as usize;
                if listed.get(m).is_some_and(|l| !l) {
                    listed[m] = true;
                    variants.push(Hit { quote: m, edits: h.edits + 1, highlight: None });
                }
            }
        }
        hits.extend(variants);
        hits.sort_by_key(|h| {
            (h.edits, h.highlight.is_none(), index.quotes.get(h.quote).map_or(0, |q| q.cluster), h.quote)
        });
        hits
    }
}

/// Word-level approximate substring match (Sellers' algorithm): the fewest insertions, deletions or
/// substitutions of whole words that turn some passage of `text` into `query`, if within `budget`.
/// The last query word also matches as a prefix, so an answer comes while the word is being typed.
/// Returns the edits and the token range of the passage.
pub(crate) fn best_alignment(
    query: &[String],
    text: &[Token],
    budget: usize,
) -> Option<(usize, Range<usize>)> {
    if query.len() == 1 {
        // One word has no edits to spare (a miss would cost all of it): the first word that matches.
        return (0..text.len()).find(|&j| same(query, text, 0, j)).map(|j| (0, j..j + 1));
    }
    align(query, text, budget)
}

/// Whether query word `i` matches text word `j`: equal, or (last query word, 3+ letters) a prefix of it,
/// or equal but for a plural `s` (4+ letters).
fn same(query: &[String], text: &[Token], i: usize, j: usize) -> bool {
    let (q, t) = (&query[i], &text[j].word);
    q == t
        || (i == query.len() - 1 && q.len() >= 3 && t.starts_with(q.as_str()))
        || strip_s(q) == strip_s(t) && q.len() > 3
}

/// [`best_alignment`] by dynamic programming, for any query length.
fn align(query: &[String], text: &[Token], budget: usize) -> Option<(usize, Range<usize>)> {
    let (n, m) = (query.len(), text.len());
    if m == 0 {
        return None;
    }
    let same = |i: usize, j: usize| same(query, text, i, j);
    // prev[j] / cur[j]: cost of matching query[..i] ending just before text[j], with where it started.
    let mut prev: Vec<(usize, usize)> = (0..=m).map(|j| (0, j)).collect();
    for i in 0..n {
        let mut cur = vec![(i + 1, 0usize); m + 1];
        for j in 1..=m {
            let sub = (prev[j - 1].0 + usize::from(!same(i, j - 1)), prev[j - 1].1);
            let del = (prev[j].0 + 1, prev[j].1); // a query word missing from the text
            let ins = (cur[j - 1].0 + 1, cur[j - 1].1); // an extra word in the text
            cur[j] = sub.min(del).min(ins);
        }
        prev = cur;
    }
    let (cost, end) = (1..=m).map(|j| (prev[j].0, j)).min_by_key(|&(c, j)| (c, j))?;
    let start = prev[end].1;
    (cost <= budget && cost < n && end > start).then_some((cost, start..end))
}

fn strip_s(w: &str) -> &str {
    w.strip_suffix('s').unwrap_or(w)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::index::tests::sample;

    fn sources(hits: &[Hit]) -> Vec<u32> {
        let index = sample();
        hits.iter().map(|h| index.quotes[h.quote].source).collect()
    }

    #[test]
    fn exact_fragment_lists_every_source_of_the_statement() {
        let index = sample();
        let hits = search(&index, "give it to the Taliban");
        assert_eq!(hits[0].quote, 0);
        assert_eq!(hits[0].edits, 0);
        let h = hits[0].highlight.clone().expect("highlight");
        assert_eq!(&index.quotes[0].text[h], "give it to the Taliban");
        // The translated variant ("transfer it") matches with one changed word anyway.
        assert_eq!(sources(&hits), [0, 1]);
        assert_eq!(hits[1].edits, 1);
    }

    #[test]
    fn tolerates_case_quotes_diacritics_and_one_changed_or_missing_word() {
        let index = sample();
        for q in [
            "COLLECT MONEY FROM DIFFERENT PARTS",
            "“collect money from different párts”",
            "collect money from several parts of the world",
            "collect money from parts of the world",
            "collect money from many different parts of the world",
        ] {
            let hits = search(&index, q);
            assert_eq!(sources(&hits), [0, 1], "{q}");
        }
    }

    #[test]
    fn a_word_being_typed_matches_as_a_prefix() {
        let index = sample();
        assert_eq!(search(&index, "intermarri").len(), 1);
        assert_eq!(search(&index, "There are intermarr").len(), 1);
    }

    #[test]
    fn unrelated_or_too_different_queries_find_nothing() {
        let index = sample();
        assert!(search(&index, "the moon is made of cheese").is_empty());
        assert!(search(&index, "").is_empty());
        assert!(search(&index, "sell money to the rebels").is_empty());
        assert!(search(&index, "marriages").is_empty(), "short queries must match exactly (or as a prefix)");
    }

    #[test]
    fn the_inverted_index_only_skips_quotations_that_cannot_match() {
        // Aligning every quotation (no index) must give the same hits as the searcher.
        let index = sample();
        let searcher = Searcher::new(&index);
        let brute = |query: &str| -> Vec<(usize, usize)> {
            let words: Vec<String> = tokenize(query).into_iter().map(|t| t.word).collect();
            if words.is_empty() {
                return Vec::new();
            }
            let budget = allowed_edits(words.len());
            index
                .quotes
                .iter()
                .enumerate()
                .filter_map(|(i, q)| best_alignment(&words, &tokenize(&q.text), budget).map(|(e, _)| (i, e)))
                .collect()
        };
        let texts: Vec<String> = index.quotes.iter().map(|q| q.text.clone()).collect();
        let mut queries: Vec<String> = vec!["the".into(), "tal".into(), "marriages".into(), "zzz".into()];
        for t in &texts {
            let words: Vec<&str> = t.split_whitespace().collect();
            for len in 1..=words.len().min(9) {
                for start in 0..words.len().saturating_sub(len) {
                    let mut q: Vec<&str> = words[start..start + len].to_vec();
                    queries.push(q.join(" "));
                    if len > 3 {
                        q[1] = "changed";
                        queries.push(q.join(" "));
                        q.remove(2);
                        queries.push(q.join(" "));
                    }
                }
            }
        }
        for q in &queries {
            let mut found: Vec<(usize, usize)> = searcher
                .search(&index, q)
                .into_iter()
                .filter(|h| h.highlight.is_some())
                .map(|h| (h.quote, h.edits))
                .collect();
            found.sort_unstable();
            assert_eq!(found, brute(q), "{q}");
        }
    }

    /// A larger index of quotations over a small vocabulary (many ties, shared words, big clusters).
    pub(crate) fn crowded() -> Index {
        use crate::index::{ClusterEntry, QuoteEntry};
        let words =
            ["the", "they", "fighters", "train", "money", "give", "it", "to", "taliban", "them", "stops"];
        let mut seed: u64 = 7;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let mut index = sample();
        index.quotes.clear();
        index.clusters.clear();
        for c in 0..80u32 {
            let members = 1 + next(4);
            let mut quotes = Vec::new();
            for _ in 0..members {
                let len = 3 + next(8);
                let text: Vec<&str> = (0..len).map(|_| words[next(words.len())]).collect();
                quotes.push(index.quotes.len() as u32);
                index.quotes.push(QuoteEntry {
                    source: next(2) as u32,
                    paragraph: 1,
                    text: text.join(" "),
                    speaker: None,
                    cluster: c,
                });
            }
            index.clusters.push(ClusterEntry { id: format!("q-{c}"), speaker: None, quotes });
        }
        index
    }

    #[test]
    fn the_top_statements_are_exactly_those_a_full_search_lists_first() {
        for index in [sample(), crowded()] {
            let searcher = Searcher::new(&index);
            let mut queries: Vec<String> =
                vec!["the".into(), "th".into(), "the fighters".into(), "zzz".into()];
            for q in index.quotes.iter().take(40) {
                let w: Vec<&str> = q.text.split_whitespace().collect();
                for len in 1..=w.len().min(6) {
                    queries.push(w[..len].join(" "));
                    if len > 3 {
                        let mut changed = w[..len].to_vec();
                        changed[1] = "money";
                        queries.push(changed.join(" "));
                    }
                }
            }
            for q in &queries {
                let full = searcher.search(&index, q);
                for k in [1, 2, 5, 12] {
                    let mut clusters: Vec<u32> = Vec::new();
                    for h in &full {
                        let c = index.quotes[h.quote].cluster;
                        if !clusters.contains(&c) && clusters.len() < k {
                            clusters.push(c);
                        }
                    }
                    let expected: Vec<Hit> = full
                        .iter()
                        .filter(|h| clusters.contains(&index.quotes[h.quote].cluster))
                        .cloned()
                        .collect();
                    assert_eq!(searcher.search_top(&index, q, k), expected, "{q} top {k}");
                }
            }
        }
    }

    #[test]
    fn a_statement_with_thousands_of_wordings_is_listed_in_linear_time() {
        // One cluster of 20,000 wordings (a valid file can hold it): inserting each hit in order (search_top), and
        // walking the cluster once per wording (search), took 1 s natively at this size and grew with the
        // square; now it takes milliseconds.
        // The bound is generous (a debug build on a busy machine), the old code missed it many times over.
        use crate::index::{ClusterEntry, QuoteEntry};
        let n = 20_000;
        let mut index = sample();
        index.quotes = (0..n)
            .map(|i| QuoteEntry {
                source: 0,
                paragraph: 1,
                text: format!("collect money number {i}"),
                speaker: None,
                cluster: 0,
            })
            .collect();
        index.clusters =
            vec![ClusterEntry { id: "q-0".into(), speaker: None, quotes: (0..n).rev().collect() }];
        let searcher = Searcher::new(&index);
        let started = std::time::Instant::now();
        let top = searcher.search_top(&index, "collect money", 12);
        let took = started.elapsed();
        assert_eq!(top.len(), n as usize);
        assert!(top.windows(2).all(|w| w[0].quote < w[1].quote));
        let started = std::time::Instant::now();
        assert_eq!(top, searcher.search(&index, "collect money"));
        let took_all = started.elapsed();
        assert!(took < std::time::Duration::from_secs(5), "search_top: {took:?}");
        assert!(took_all < std::time::Duration::from_secs(5), "search: {took_all:?}");
    }

    #[test]
    fn the_one_word_shortcut_agrees_with_the_alignment() {
        let index = sample();
        for q in &index.quotes {
            let tokens = tokenize(&q.text);
            for t in &tokens {
                for probe in
                    [t.word.clone(), t.word.chars().take(3).collect(), format!("{}s", t.word), "zzz".into()]
                {
                    let query = vec![probe];
                    assert_eq!(best_alignment(&query, &tokens, 0), align(&query, &tokens, 0), "{query:?}");
                }
            }
        }
    }

    #[test]
    fn budget() {
        assert_eq!(
            (1..=17).map(allowed_edits).collect::<Vec<_>>(),
            [0, 0, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 3]
        );
    }
}
