//! One search over quotations and passages, as the header box and `dossier search` answer it.
//!
//! The query is planned against the index's words ([`crate::dictionary`]): a word that matches nothing
//! as typed is corrected within the typo rule, and the correction is reported. The quotation search
//! ([`crate::search`]) then finds the statements, each with every outlet's wording, and the passage
//! search ([`crate::passages`]) the paragraphs; a paragraph already listed for a quotation it carries is
//! not listed again. Results are ranked by [`Rank`]: fewer missing words, fewer typos, closer words,
//! the typed phrase, a quotation before a paraphrase of it, an original report before its copies, then
//! the earlier date.
//!
//! ```
//! use dossier_core::answer::Finder;
//! use dossier_core::index::{Index, ParagraphEntry, SourceEntry};
//!
//! let mut index = Index::default();
//! index.sources.push(SourceEntry { id: "a".into(), title: "A".into(), outlet: "CNN".into(),
//!     published: "2021".into(), date: 20210000, derived_from: vec![] });
//! index.paragraphs.push(ParagraphEntry { source: 0, n: 3, entities: vec![], text: "The raid was in Kamdesh.".into() });
//! let answer = Finder::new(&index).find(&index, "kamdseh", 10);
//! assert_eq!(answer.corrected.as_deref(), Some("kamdesh"));
//! assert_eq!(answer.results.len(), 1);
//! ```

use crate::dictionary::{Dictionary, Plan};
use crate::index::Index;
use crate::passages::{self, PassageHit};
use crate::search::{Hit, Searcher};

/// What orders results: compared field by field, smaller first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rank {
    /// Query words missing (or, for a quotation, word edits from the query).
    pub missing: usize,
    /// Letters the corrections changed.
    pub typos: usize,
    /// Words between the query's words (0 for a quotation, which matches as a run).
    pub proximity: usize,
    /// 0 for the typed phrase, 1 for the words in another order or with others between.
    pub scattered: u8,
    /// 0 for a quotation, 1 for a passage (a quotation before a paraphrase of it).
    pub kind: u8,
    /// 0 for a source that derives from nothing known, 1 for a copy or re-telling.
    pub copy: u8,
    /// The source's date as `yyyymmdd`, undated last.
    pub date: u32,
}

impl Rank {
    /// A number for readers and tools, higher is better, that follows the order of the ranking up to the
    /// date: 1000 less 100 a missing word, 20 a typo, 2 a word between, 1 for a scattered match.
    pub fn score(&self) -> u32 {
        let lost =
            100 * self.missing + 20 * self.typos + 2 * self.proximity.min(30) + usize::from(self.scattered);
        1000u32.saturating_sub(u32::try_from(lost).unwrap_or(u32::MAX))
    }
}

/// One result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A statement: its cluster, and the hits of its wordings (best first; see [`Searcher::search_top`]).
    Quotation {
        /// Index into [`Index::clusters`].
        cluster: usize,
        /// Its wordings.
        hits: Vec<Hit>,
        /// Its rank.
        rank: Rank,
    },
    /// A paragraph.
    Passage {
        /// The paragraph and its matched words.
        hit: PassageHit,
        /// Its rank.
        rank: Rank,
    },
}

impl Found {
    /// The rank of the result.
    pub fn rank(&self) -> &Rank {
        match self {
            Found::Quotation { rank, .. } | Found::Passage { rank, .. } => rank,
        }
    }
}

/// The answer to a query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answer {
    /// The query as searched, when a word of it was corrected ("showing results for …").
    pub corrected: Option<String>,
    /// Best first.
    pub results: Vec<Found>,
}

/// An index prepared for searching: the quotations tokenized (see [`Searcher`]) and the dictionary of
/// every word. Build it once per index; `index` must be the same in every call.
#[derive(Debug, Clone, Default)]
pub struct Finder {
    quotes: Searcher,
    dictionary: Dictionary,
}

impl Finder {
    /// Prepares an index.
    pub fn new(index: &Index) -> Self {
        Finder { quotes: Searcher::new(index), dictionary: Dictionary::new(index) }
    }

    /// Prepares the quotations of an index whose words and paragraphs' text are in a sharded text index
    /// (the browser's `quotes.bin`): answer with [`Finder::find_planned`], planning and finding passages
    /// with a [`crate::shard_cache::ShardCache`].
    pub fn quotations_only(index: &Index) -> Self {
        Finder { quotes: Searcher::new(index), dictionary: Dictionary::default() }
    }

    /// Plans a query against the index's words (its corrections; see [`Dictionary::plan`]).
    pub fn plan(&self, query: &str) -> Plan {
        self.dictionary.plan(query)
    }

    /// The quotation search of [`Searcher::search`] after correcting the query's words: what
    /// `dossier quote` lists, with the correction it made.
    pub fn quotations(&self, index: &Index, query: &str) -> (Option<String>, Vec<Hit>) {
        let plan = self.plan(query);
        (plan.corrected(), self.quotes.search(index, &plan.searched()))
    }

    /// The best `limit` results for a query, quotations and passages together.
    pub fn find(&self, index: &Index, query: &str, limit: usize) -> Answer {
        let plan = self.plan(query);
        self.find_planned(index, &plan, |n| passages::search(index, &self.dictionary, &plan, n), limit)
    }

    /// [`Finder::find`] for a plan made elsewhere, with the passages from `passages(n)`: the best `n`
    /// passages of the plan, as [`passages::search`] ranks them (from a sharded index, say).
    pub fn find_planned(
        &self,
        index: &Index,
        plan: &Plan,
        passages: impl FnOnce(usize) -> Vec<PassageHit>,
        limit: usize,
    ) -> Answer {
        let quotations = |n: usize| self.quotes.search_top(index, &plan.searched(), n);
        answer(index, plan, quotations, passages, limit)
    }
}

/// What ranking and grouping read of the records behind the hits: an [`Index`], or the files of a
/// sharded index loaded so far ([`crate::shard_cache::ShardCache`]).
pub trait Records {
    /// (source, paragraph number, cluster) of quotation `q` (as numbered in the hits).
    fn quote(&self, q: usize) -> Option<(u32, u32, u32)>;
    /// (source, paragraph number) of paragraph `p`.
    fn paragraph(&self, p: usize) -> Option<(u32, u32)>;
    /// (derives from something known, date `yyyymmdd` or 0) of source `s`.
    fn source(&self, s: u32) -> Option<(bool, u32)>;
}

impl Records for Index {
    fn quote(&self, q: usize) -> Option<(u32, u32, u32)> {
        self.quotes.get(q).map(|q| (q.source, q.paragraph, q.cluster))
    }

    fn paragraph(&self, p: usize) -> Option<(u32, u32)> {
        self.paragraphs.get(p).map(|p| (p.source, p.n))
    }

    fn source(&self, s: u32) -> Option<(bool, u32)> {
        self.sources.get(s as usize).map(|s| (!s.derived_from.is_empty(), s.date))
    }
}

/// The best `limit` results of a plan from the statements' hits `quotations(n)` (the hits of the best
/// `n` statements, grouped by statement as [`Searcher::search_top`] lists them) and the passages
/// `passages(n)` (the best `n`, as [`passages::search`] ranks them), read through `records`.
pub fn answer(
    records: &impl Records,
    plan: &Plan,
    quotations: impl FnOnce(usize) -> Vec<Hit>,
    passages: impl FnOnce(usize) -> Vec<PassageHit>,
    limit: usize,
) -> Answer {
    if plan.words.is_empty() || limit == 0 {
        return Answer::default();
    }
    let source_rank = |source: u32| {
        records
            .source(source)
            .map_or((1, u32::MAX), |(copy, date)| (u8::from(copy), if date == 0 { u32::MAX } else { date }))
    };
    let mut results: Vec<Found> = Vec::new();
    // Quotation hits come grouped by statement, best statement first.
    let mut carried: Vec<(u32, u32)> = Vec::new(); // (source, paragraph) of matched wordings
    for hit in quotations(limit) {
        let Some((source, paragraph, cluster)) = records.quote(hit.quote) else { continue };
        if hit.highlight.is_some() {
            carried.push((source, paragraph));
        }
        match results.last_mut() {
            Some(Found::Quotation { cluster: c, hits, .. }) if *c == cluster as usize => hits.push(hit),
            _ => {
                let (copy, date) = source_rank(source);
                let rank = Rank {
                    missing: hit.edits,
                    typos: plan.typos(),
                    proximity: 0,
                    scattered: 0,
                    kind: 0,
                    copy,
                    date,
                };
                results.push(Found::Quotation { cluster: cluster as usize, hits: vec![hit], rank });
            }
        }
    }
    // A wording's hits may be spread by edits in `search_top`'s order; keep one entry per statement.
    merge_statements(&mut results);
    // Statements by rank (an original before a copy, then the date, among equal matches), stably.
    let mut ranked: Vec<Found> = Vec::with_capacity(results.len() + limit);
    for r in results {
        let at = ranked.iter().position(|x| r.rank() < x.rank()).unwrap_or(ranked.len());
        ranked.insert(at, r);
    }
    let mut results = ranked;
    for hit in passages(limit + carried.len()) {
        let Some((source, n)) = records.paragraph(hit.paragraph) else { continue };
        if carried.contains(&(source, n)) {
            continue;
        }
        let (copy, date) = source_rank(source);
        let rank = Rank {
            missing: hit.missing,
            typos: hit.typos,
            proximity: hit.proximity,
            scattered: u8::from(!hit.phrase),
            kind: 1,
            copy,
            date,
        };
        // Kept in rank order by insertion (after the statements, which come ranked), a stable order
        // for equal ranks: no comparison sort in the wasm for a few dozen results.
        let at = results.iter().position(|r| rank < *r.rank()).unwrap_or(results.len());
        results.insert(at, Found::Passage { hit, rank });
    }
    results.truncate(limit);
    Answer { corrected: plan.corrected(), results }
}

/// Joins the entries of one statement that `search_top`'s ordering by edits split apart (its variants
/// come after every matching wording), keeping the first entry's place and rank.
fn merge_statements(results: &mut Vec<Found>) {
    let mut merged: Vec<Found> = Vec::with_capacity(results.len());
    for r in results.drain(..) {
        let Found::Quotation { cluster, hits, .. } = &r else {
            merged.push(r);
            continue;
        };
        let earlier = merged.iter_mut().find_map(|m| match m {
            Found::Quotation { cluster: c, hits: h, .. } if c == cluster => Some(h),
            _ => None,
        });
        match earlier {
            Some(h) => h.extend(hits.iter().cloned()),
            None => merged.push(r),
        }
    }
    *results = merged;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::sample;

    /// (kind, source, paragraph) of each result.
    fn find(query: &str) -> (Option<String>, Vec<(&'static str, u32, u32)>) {
        let index = sample();
        let answer = Finder::new(&index).find(&index, query, 10);
        let listed = answer
            .results
            .iter()
            .map(|r| match r {
                Found::Quotation { hits, .. } => {
                    let q = &index.quotes[hits[0].quote];
                    ("quotation", q.source, q.paragraph)
                }
                Found::Passage { hit, .. } => {
                    let p = &index.paragraphs[hit.paragraph];
                    ("passage", p.source, p.n)
                }
            })
            .collect();
        (answer.corrected, listed)
    }

    #[test]
    fn misspellings_find_what_the_right_spelling_finds() {
        let right = find("intermarriages");
        assert_eq!(right.0, None);
        assert_eq!(right.1, [("quotation", 0, 2)]);
        for typo in ["intermariages", "intermarraiges", "Intermarriage"] {
            let (corrected, found) = find(typo);
            assert_eq!(found, right.1, "{typo}");
            assert!(typo == "Intermarriage" || corrected.as_deref() == Some("intermarriages"), "{typo}");
        }
        let right = find("collect money from different parts");
        let (corrected, found) = find("collect mony from diferent parts");
        assert_eq!(corrected.as_deref(), Some("collect mony from different parts"));
        assert_eq!(found, right.1);
    }

    #[test]
    fn one_statement_lists_every_outlet_and_its_paragraphs_are_not_repeated() {
        let index = sample();
        let answer = Finder::new(&index).find(&index, "collect money from different parts", 10);
        let Found::Quotation { hits, rank, .. } = &answer.results[0] else { panic!("{answer:?}") };
        let sources: Vec<u32> = hits.iter().map(|h| index.quotes[h.quote].source).collect();
        assert_eq!(sources, [0, 1]);
        assert_eq!(rank.score(), 1000);
        assert_eq!(answer.results.len(), 1, "both paragraphs carry the quotation: {answer:?}");
    }

    #[test]
    fn narration_is_found_and_ranked_original_first_then_by_proximity() {
        let (_, found) = find("kamdesh");
        // Equal matches: source 0 (an original, dated) before source 1 (a copy of CNN, undated).
        assert_eq!(found, [("passage", 0, 2), ("passage", 1, 2)]);
        let (_, found) = find("villagers kamdesh");
        assert_eq!(found, [("passage", 1, 2)]);
    }

    #[test]
    fn a_quotation_ranks_before_its_paraphrase() {
        let mut index = sample();
        // A narrating paragraph with the same words as the quotation, in an original source.
        index.paragraphs[3].text = "There are intermarriages, villagers said.".into();
        let answer = Finder::new(&index).find(&index, "there are intermarriages", 10);
        assert!(matches!(answer.results[0], Found::Quotation { .. }), "{answer:?}");
        assert!(matches!(answer.results[1], Found::Passage { .. }), "{answer:?}");
        assert_eq!(answer.results[0].rank().score(), answer.results[1].rank().score());
    }

    #[test]
    fn quotations_alone_are_corrected_too() {
        let index = sample();
        let finder = Finder::new(&index);
        let (corrected, hits) = finder.quotations(&index, "intermarraiges");
        assert_eq!(corrected.as_deref(), Some("intermarriages"));
        assert_eq!(hits.len(), 1);
        assert_eq!(finder.quotations(&index, "intermarriages"), (None, hits));
    }
}
