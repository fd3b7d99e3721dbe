//! The term dictionary of an index and the plan of a query against it: for each typed word, what it
//! matches as typed (itself, its plural or singular, and for the last word every term it begins) or,
//! when nothing matches it as typed, its corrections within the typo rule of [`crate::typo`].
//!
//! ```
//! use dossier_core::dictionary::Dictionary;
//! use dossier_core::index::{Index, ParagraphEntry};
//!
//! let mut index = Index::default();
//! index.paragraphs.push(ParagraphEntry { source: 0, n: 1, entities: vec![], text: "There are intermarriages.".into() });
//! let plan = Dictionary::new(&index).plan("there are intermarraiges");
//! assert_eq!(plan.corrected().as_deref(), Some("there are intermarriages"));
//! ```

use crate::index::Index;
use crate::shards::{Lexicon, TermShard};
use crate::text::tokenize;
use crate::typo::{allowed_typos, distance, prefix_distance};

/// The most corrections kept for one word (the nearest, then the most common).
pub const MAX_CORRECTIONS: usize = 16;
/// The most words of a query that count; the rest are ignored (a pasted paragraph is not a query).
pub const MAX_QUERY_WORDS: usize = 32;

/// Every distinct folded word of the paragraphs and quotations of an index, with the paragraphs that
/// contain it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dictionary {
    /// Distinct words, sorted (prefix ranges by binary search).
    terms: Vec<String>,
    /// For each term, the ascending indices into [`Index::paragraphs`] of the paragraphs containing it.
    postings: Vec<Vec<u32>>,
    /// For each term, how many paragraphs and quotations contain it (of two corrections equally near,
    /// the more common is the likelier meant).
    weight: Vec<u32>,
    /// Prefixes, sorted, with the paragraphs of every term they begin (a sharded index's unions,
    /// [`crate::shards::PrefixEntry`]; the terms themselves may not be loaded).
    unions: Vec<(String, Vec<u32>, u32)>,
    /// For each term, the paragraph its postings stop below (a sharded index's first block,
    /// [`crate::shards::Cut`]); empty when every term's postings are whole.
    cuts: Vec<u32>,
}

/// One posting list a plan marks ([`Dictionary::lists`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Listed<'a> {
    /// The query word's bit.
    pub(crate) bit: u32,
    /// Typos charged to a paragraph it marks.
    pub(crate) cost: u32,
    /// The paragraphs, ascending.
    pub(crate) list: &'a [u32],
    /// The term, or the prefix of a union.
    pub(crate) name: &'a str,
    /// True for a prefix union.
    pub(crate) union: bool,
    /// The paragraph the list stops below (`u32::MAX`: whole).
    pub(crate) cut: u32,
}

/// One typed word and what it matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanWord {
    /// The word as typed, folded.
    pub typed: String,
    /// True for the last word of the query: it also matches the terms it begins (3 letters or more).
    pub prefix: bool,
    /// Empty when the word matches as typed; else the terms within the typo rule, nearest first, with
    /// their edits (1 or 2).
    pub corrections: Vec<(String, u8)>,
}

/// A query planned against a dictionary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// The query's words, in order (at most [`MAX_QUERY_WORDS`]).
    pub words: Vec<PlanWord>,
}

impl Dictionary {
    /// Collects the words of every paragraph and quotation of the index.
    pub fn new(index: &Index) -> Self {
        let words = |text: &str| tokenize(text).into_iter().map(|t| t.word).collect::<Vec<String>>();
        let paragraphs: Vec<Vec<String>> = index.paragraphs.iter().map(|p| words(&p.text)).collect();
        // Quotation words count for corrections (a quotation is normally inside a paragraph already).
        let quoted = u32::MAX;
        let quotes: Vec<Vec<String>> = index.quotes.iter().map(|q| words(&q.text)).collect();
        // (word, paragraph) pairs, as the quotation searcher sorts them: one sort instantiation in the wasm.
        let mut pairs: Vec<(&str, u32)> = Vec::new();
        for (i, ws) in paragraphs.iter().enumerate() {
            pairs.extend(ws.iter().map(|w| (w.as_str(), i as u32)));
        }
        for ws in &quotes {
            pairs.extend(ws.iter().map(|w| (w.as_str(), quoted)));
        }
        pairs.sort_unstable();
        let mut d = Dictionary::default();
        let mut last_pair: Option<(&str, u32)> = None;
        for (word, p) in pairs {
            if d.terms.last().map(String::as_str) != Some(word) {
                d.terms.push(word.to_string());
                d.postings.push(Vec::new());
                d.weight.push(0);
            }
            // A word repeated in one paragraph counts once; each quotation counts.
            if last_pair != Some((word, p)) || p == quoted {
                if let Some(w) = d.weight.last_mut() {
                    *w = w.saturating_add(1);
                }
                if p != quoted {
                    if let Some(list) = d.postings.last_mut() {
                        list.push(p);
                    }
                }
            }
            last_pair = Some((word, p));
        }
        d
    }

    /// Joins the term shards and lexicons of a sharded index (see [`crate::shards`]): the dictionary of
    /// the terms they hold (a lexicon's terms without their paragraphs, unless their shard is given
    /// too), which plans and finds candidates exactly as [`Dictionary::new`] does for the queries whose
    /// files are among them ([`crate::shards::Manifest::needed`]).
    pub fn from_shards<'a>(
        shards: impl IntoIterator<Item = &'a TermShard>,
        lexicons: impl IntoIterator<Item = &'a Lexicon>,
    ) -> Self {
        const NONE: &[u32] = &[];
        let shards: Vec<&TermShard> = shards.into_iter().collect();
        let whole = u32::MAX;
        let cut = |more: Option<crate::shards::Cut>| more.map_or(whole, |c| c.paragraphs);
        // (term, has no postings, postings, weight, cut): of a term in a shard and a lexicon, the
        // shard's first.
        let mut entries: Vec<(&str, bool, &[u32], u32, u32)> = shards
            .iter()
            .flat_map(|s| &s.entries)
            .map(|e| (e.term.as_str(), false, e.paragraphs.as_slice(), e.weight, cut(e.more)))
            .collect();
        entries.extend(
            lexicons.into_iter().flat_map(|l| &l.terms).map(|(t, w)| (t.as_str(), true, NONE, *w, whole)),
        );
        entries.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        entries.dedup_by(|a, b| a.0 == b.0);
        let mut unions: Vec<(String, Vec<u32>, u32)> = shards
            .iter()
            .flat_map(|s| &s.prefixes)
            .map(|u| (u.prefix.clone(), u.paragraphs.clone(), cut(u.more)))
            .collect();
        let cuts = if entries.iter().any(|e| e.4 != whole) {
            entries.iter().map(|e| e.4).collect()
        } else {
            Vec::new()
        };
        unions.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Dictionary {
            terms: entries.iter().map(|e| e.0.to_string()).collect(),
            postings: entries.iter().map(|e| e.2.to_vec()).collect(),
            weight: entries.iter().map(|e| e.3).collect(),
            unions,
            cuts,
        }
    }

    /// Adds one more term shard to a dictionary joined by [`Dictionary::from_shards`]: the dictionary
    /// the join with it would give, by one merge that moves the loaded postings rather than copying
    /// them (a keystroke's shard, arriving at 100,000 sources, copied every posting loaded before).
    /// The shard must not be among those joined already.
    pub(crate) fn add_shard(&mut self, shard: &TermShard) {
        let whole = u32::MAX;
        let cut = |more: Option<crate::shards::Cut>| more.map_or(whole, |c| c.paragraphs);
        let new = shard.entries.iter().map(|e| (e.term.clone(), e.paragraphs.clone(), e.weight, cut(e.more)));
        // Of a term in the shard and a lexicon, the shard's.
        self.merge(new, true);
        self.unions
            .extend(shard.prefixes.iter().map(|u| (u.prefix.clone(), u.paragraphs.clone(), cut(u.more))));
        self.unions.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    }

    /// Adds one more lexicon to a dictionary joined by [`Dictionary::from_shards`], as
    /// [`Dictionary::add_shard`] adds a shard.
    pub(crate) fn add_lexicon(&mut self, lexicon: &Lexicon) {
        self.merge(lexicon.terms.iter().map(|(t, w)| (t.clone(), Vec::new(), *w, u32::MAX)), false);
    }

    /// Merges sorted (term, postings, weight, cut) into the terms; of a term in both, the new one when
    /// `new_wins`, else the one already in.
    fn merge(&mut self, new: impl Iterator<Item = (String, Vec<u32>, u32, u32)>, new_wins: bool) {
        let whole = u32::MAX;
        let n = self.terms.len();
        let mut cuts = std::mem::take(&mut self.cuts);
        cuts.resize(n, whole);
        let old = std::mem::take(&mut self.terms)
            .into_iter()
            .zip(std::mem::take(&mut self.postings))
            .zip(std::mem::take(&mut self.weight))
            .zip(cuts)
            .map(|(((t, p), w), c)| (t, p, w, c));
        let mut old = old.peekable();
        let mut new = new.peekable();
        let push = |d: &mut Dictionary, (t, p, w, c): (String, Vec<u32>, u32, u32)| {
            d.terms.push(t);
            d.postings.push(p);
            d.weight.push(w);
            d.cuts.push(c);
        };
        loop {
            let next = match (old.peek(), new.peek()) {
                (Some(a), Some(b)) if a.0 == b.0 => {
                    let (a, b) = (old.next(), new.next());
                    if new_wins {
                        b
                    } else {
                        a
                    }
                }
                (Some(a), Some(b)) if a.0 < b.0 => old.next(),
                (Some(_), None) => old.next(),
                (_, Some(_)) => new.next(),
                (None, None) => break,
            };
            if let Some(entry) = next {
                push(self, entry);
            }
        }
        if self.cuts.iter().all(|&c| c == whole) {
            self.cuts.clear();
        }
    }

    /// Appends the next block of a term's (or, `union`, a prefix union's) paragraphs, which now stop
    /// below `cut` (`None`: whole): what [`Dictionary::from_shards`] gives once a block of the entry's
    /// [`crate::shards::Tail`] is added to its shard, without joining every loaded posting again (at
    /// 100,000 sources that copy, after each block, was most of the worst keystrokes). False when the
    /// dictionary has no such entry (then join it again).
    pub(crate) fn extend(&mut self, name: &str, union: bool, paragraphs: &[u32], cut: Option<u32>) -> bool {
        let whole = u32::MAX;
        if union {
            let Ok(k) = self.unions.binary_search_by(|u| u.0.as_str().cmp(name)) else { return false };
            let u = &mut self.unions[k];
            u.1.extend_from_slice(paragraphs);
            u.2 = cut.unwrap_or(whole);
            return true;
        }
        let Some(k) = self.position(name) else { return false };
        let Some(c) = self.cuts.get_mut(k) else { return false };
        self.postings[k].extend_from_slice(paragraphs);
        *c = cut.unwrap_or(whole);
        if cut.is_none() && self.cuts.iter().all(|&c| c == whole) {
            self.cuts.clear();
        }
        true
    }

    /// The paragraphs of every term `prefix` begins, when a union of them is loaded.
    fn union(&self, prefix: &str) -> Option<&[u32]> {
        let k = self.unions.binary_search_by(|u| u.0.as_str().cmp(prefix)).ok()?;
        Some(self.unions[k].1.as_slice())
    }

    fn union_entry(&self, prefix: &str) -> Option<&(String, Vec<u32>, u32)> {
        let k = self.unions.binary_search_by(|u| u.0.as_str().cmp(prefix)).ok()?;
        self.unions.get(k)
    }

    /// How many distinct words the index has.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// True for an index without words.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    fn position(&self, word: &str) -> Option<usize> {
        self.terms.binary_search_by(|t| t.as_str().cmp(word)).ok()
    }

    /// The range of terms that begin with `prefix`.
    fn prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let from = self.terms.partition_point(|t| t.as_str() < prefix);
        let to = from + self.terms[from..].iter().take_while(|t| t.starts_with(prefix)).count();
        from..to
    }

    /// True when the word matches some term as typed (see [`PlanWord::matches`]).
    pub(crate) fn known(&self, word: &PlanWord) -> bool {
        let w = word.typed.as_str();
        if self.position(w).is_some() {
            return true;
        }
        if word.prefix && w.len() >= 3 && (!self.prefixed(w).is_empty() || self.union(w).is_some()) {
            return true;
        }
        w.len() > 3 && {
            let base = strip_s(w);
            self.position(base).is_some() || self.position(&format!("{base}s")).is_some()
        }
    }

    /// Plans a query: its folded words, each with its corrections when it matches nothing as typed.
    pub fn plan(&self, query: &str) -> Plan {
        let typed: Vec<String> = tokenize(query).into_iter().map(|t| t.word).take(MAX_QUERY_WORDS).collect();
        let n = typed.len();
        let words = typed
            .into_iter()
            .enumerate()
            .map(|(i, typed)| {
                let mut word = PlanWord { typed, prefix: i + 1 == n, corrections: Vec::new() };
                if !self.known(&word) {
                    word.corrections = self.corrections(&word);
                }
                word
            })
            .collect();
        Plan { words }
    }

    /// The terms within the typo rule of a word (for the last word, terms a near spelling of it begins),
    /// nearest first, then the most common, then in term order; at most [`MAX_CORRECTIONS`].
    pub(crate) fn corrections(&self, word: &PlanWord) -> Vec<(String, u8)> {
        let bound = allowed_typos(&word.typed);
        if bound == 0 {
            return Vec::new();
        }
        let len = word.typed.chars().count();
        // The first letter must match (as in Typesense and Meilisearch): it is how a sharded index
        // knows which shards hold a word's corrections.
        let Some(first) = word.typed.chars().next() else { return Vec::new() };
        // (edits, rarity, term), kept in order by insertion: at most a few are kept.
        let mut found: Vec<(u32, u32, u32)> = Vec::with_capacity(MAX_CORRECTIONS + 1);
        let mut initial = [0u8; 4];
        for k in self.prefixed(first.encode_utf8(&mut initial)) {
            let term = &self.terms[k];
            // Byte lengths bound char lengths from above: a cheap filter before the distance.
            let short = term.len() + bound < len;
            if short || (!word.prefix && term.chars().count().abs_diff(len) > bound) {
                continue;
            }
            let d = if word.prefix {
                prefix_distance(&word.typed, term, bound)
            } else {
                distance(&word.typed, term, bound)
            };
            if let Some(d) = d {
                let key = (d as u32, u32::MAX - self.weight[k], k as u32);
                let at = found.iter().position(|f| key < *f).unwrap_or(found.len());
                if at < MAX_CORRECTIONS {
                    found.insert(at, key);
                    found.truncate(MAX_CORRECTIONS);
                }
            }
        }
        found.into_iter().map(|(d, _, k)| (self.terms[k as usize].clone(), d as u8)).collect()
    }

    /// For each paragraph, which query words it contains (bit `i` for word `i`) and the fewest typos
    /// it needs to contain them, for every paragraph that has at least one: `(paragraph, mask, typos)`,
    /// in paragraph order.
    pub fn candidates(&self, plan: &Plan, paragraphs: usize) -> Vec<(u32, u32, u32)> {
        let (mask, typos) = self.marks(plan, paragraphs);
        (0..paragraphs).filter(|&p| mask[p] != 0).map(|p| (p as u32, mask[p], typos[p])).collect()
    }

    /// What [`Dictionary::candidates`] lists, for every paragraph: (mask, typos) by paragraph.
    pub(crate) fn marks(&self, plan: &Plan, paragraphs: usize) -> (Vec<u32>, Vec<u32>) {
        let mut mask = vec![0u32; paragraphs];
        let mut typos = vec![0u32; paragraphs];
        for l in self.lists(plan) {
            mark_list(l.list, &mut mask, &mut typos, l.bit, l.cost);
        }
        (mask, typos)
    }

    /// The posting lists a plan marks, in marking order (of a word's corrections the nearest first, so
    /// a paragraph is charged its cheapest).
    pub(crate) fn lists(&self, plan: &Plan) -> Vec<Listed<'_>> {
        let mut out = Vec::new();
        let whole = u32::MAX;
        let term = |k: usize, bit: u32, cost: u32| Listed {
            bit,
            cost,
            list: &self.postings[k],
            name: &self.terms[k],
            union: false,
            cut: self.cuts.get(k).copied().unwrap_or(whole),
        };
        for (i, word) in plan.words.iter().enumerate() {
            let bit = 1u32 << i;
            if word.corrections.is_empty() {
                let w = word.typed.as_str();
                if let Some(u) = self.union_entry(w).filter(|_| word.prefix && w.len() >= 3) {
                    out.push(Listed { bit, cost: 0, list: &u.1, name: &u.0, union: true, cut: u.2 });
                } else if word.prefix && w.len() >= 3 {
                    out.extend(self.prefixed(w).map(|k| term(k, bit, 0)));
                } else if let Some(k) = self.position(w) {
                    out.push(term(k, bit, 0));
                }
                if w.len() > 3 {
                    let base = strip_s(w);
                    for other in [base.to_string(), format!("{base}s")] {
                        if let Some(k) = self.position(&other).filter(|_| other != w) {
                            out.push(term(k, bit, 0));
                        }
                    }
                }
            } else {
                for (t, cost) in &word.corrections {
                    if let Some(k) = self.position(t) {
                        out.push(term(k, bit, u32::from(*cost)));
                    }
                }
            }
        }
        out
    }
}

/// Marks word `bit` in the paragraphs of `list` that lack it, charging each `cost` typos.
fn mark_list(list: &[u32], mask: &mut [u32], typos: &mut [u32], bit: u32, cost: u32) {
    for &p in list {
        if let (Some(m), Some(t)) = (mask.get_mut(p as usize), typos.get_mut(p as usize)) {
            if *m & bit == 0 {
                *m |= bit;
                *t += cost;
            }
        }
    }
}

impl PlanWord {
    /// The edits with which a text word counts as this word: 0 for the word itself, its plural or
    /// singular (4+ letters) and, for the last word, a term it begins (3+ letters); a correction's
    /// edits; `None` otherwise.
    pub fn matches(&self, word: &str) -> Option<u8> {
        let w = self.typed.as_str();
        if w == word
            || (self.prefix && w.len() >= 3 && word.starts_with(w))
            || (w.len() > 3 && strip_s(w) == strip_s(word))
        {
            return Some(0);
        }
        self.corrections.iter().find(|(t, _)| t == word).map(|&(_, c)| c)
    }

    /// The word searched for: as typed, or its nearest correction.
    pub fn searched(&self) -> &str {
        self.corrections.first().map_or(self.typed.as_str(), |(t, _)| t.as_str())
    }
}

impl Plan {
    /// The query as searched when a word was corrected ("showing results for …"), else `None`.
    pub fn corrected(&self) -> Option<String> {
        self.words
            .iter()
            .any(|w| !w.corrections.is_empty())
            .then(|| self.words.iter().map(PlanWord::searched).collect::<Vec<_>>().join(" "))
    }

    /// The edits of the nearest corrections, summed.
    pub fn typos(&self) -> usize {
        self.words.iter().map(|w| w.corrections.first().map_or(0, |c| usize::from(c.1))).sum()
    }

    /// The query words as searched, joined (what the quotation search is given).
    pub fn searched(&self) -> String {
        self.words.iter().map(PlanWord::searched).collect::<Vec<_>>().join(" ")
    }
}

fn strip_s(w: &str) -> &str {
    w.strip_suffix('s').unwrap_or(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::sample;

    fn corrected(query: &str) -> Option<String> {
        Dictionary::new(&sample()).plan(query).corrected()
    }

    #[test]
    fn corrects_only_words_that_match_nothing_as_typed() {
        assert_eq!(corrected("intermariages").as_deref(), Some("intermarriages"));
        assert_eq!(corrected("intermarraiges").as_deref(), Some("intermarriages"));
        assert_eq!(
            corrected("collect mony from diferent parts").as_deref(),
            Some("collect mony from different parts")
        );
        assert_eq!(corrected("intermarriages"), None);
        assert_eq!(corrected("intermarr"), None, "a word being typed is a prefix, not a typo");
        assert_eq!(corrected("kamdesh district"), None);
        assert_eq!(corrected("marriages"), None, "no term within one edit: left as typed");
    }

    #[test]
    fn the_first_letter_must_be_right() {
        assert_eq!(corrected("itnermarriages").as_deref(), Some("intermarriages"));
        assert_eq!(corrected("ntermarriages"), None, "a missing first letter");
        assert_eq!(corrected("untermarriages"), None, "a changed first letter");
    }

    #[test]
    fn short_words_are_never_corrected() {
        assert_eq!(corrected("mony"), None);
        assert_eq!(corrected("raud"), None);
        assert!(Dictionary::new(&sample()).plan("mony").words[0].corrections.is_empty());
    }

    #[test]
    fn the_last_word_is_corrected_as_a_prefix() {
        let plan = Dictionary::new(&sample()).plan("the kamdseh");
        assert_eq!(plan.words[1].corrections, vec![("kamdesh".to_string(), 1)]);
        let plan = Dictionary::new(&sample()).plan("intermariag");
        assert_eq!(plan.words[0].corrections[0], ("intermarriages".to_string(), 1));
        // Not the last word: the whole word must be within the rule.
        assert!(Dictionary::new(&sample()).plan("intermariag raid").words[0].corrections.is_empty());
    }

    #[test]
    fn candidates_mark_words_and_charge_typos() {
        let index = sample();
        let d = Dictionary::new(&index);
        let plan = d.plan("kamdesh raid");
        // Paragraphs 1 (source 0, ¶2) and 3 (source 1, ¶2) name the district and the raid.
        assert_eq!(d.candidates(&plan, index.paragraphs.len()), vec![(1, 0b11, 0), (3, 0b11, 0)]);
        let plan = d.plan("kamdehs raid");
        assert_eq!(d.candidates(&plan, index.paragraphs.len()), vec![(1, 0b11, 1), (3, 0b11, 1)]);
    }

    #[test]
    fn the_dictionary_counts_each_text_once() {
        let d = Dictionary::new(&sample());
        let k = d.position("the").expect("a word of the sample");
        assert!(d.postings[k].windows(2).all(|w| w[0] < w[1]));
        assert_eq!(d.len(), d.terms.len());
        assert!(d.terms.windows(2).all(|w| w[0] < w[1]));
    }
}
