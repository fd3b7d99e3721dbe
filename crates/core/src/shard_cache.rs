//! What a reader has fetched of a sharded text index ([`crate::shards`]), and what a query still needs.
//!
//! The caller — the browser adapter over HTTP, `dossier` reading `public/`, a test — asks
//! [`ShardCache::missing`] which files a query needs, fetches them, hands each to [`ShardCache::add`],
//! and asks again until nothing is missing (at most three rounds: the words' shards; the lexicons of
//! misspelt words; their corrections' shards). Files stay cached, so a later keystroke fetches only
//! files it has not fetched before. Planning then answers as the whole index does.
//!
//! ```
//! use dossier_core::index::{Index, ParagraphEntry};
//! use dossier_core::shards::Sharded;
//! use dossier_core::shard_cache::{ShardCache, Want};
//!
//! let mut index = Index::default();
//! index.paragraphs.push(ParagraphEntry { source: 0, n: 1, entities: vec![], text: "There are intermarriages.".into() });
//! let built = Sharded::build(&index);
//! let mut cache = ShardCache::new(&built.manifest).unwrap();
//! loop {
//!     let missing = cache.missing("intermarraiges");
//!     if missing.is_empty() { break }
//!     for want in missing {
//!         cache.add(want, built.bytes_of(want).unwrap()).unwrap();
//!     }
//! }
//! assert_eq!(cache.plan("intermarraiges").corrected().as_deref(), Some("intermarriages"));
//! ```

use crate::answer::{Answer, Rank, Records};
use crate::chunks::{ClusterRow, QuoteChunk, QuoteRow, QuoteStore};
use crate::dictionary::{Dictionary, Plan};
use crate::index::{DecodeError, SourceEntry};
use crate::passages::{self, PassageHit};
use crate::routes;
use crate::shards::{Cut, Kind, Lexicon, Loaded, Manifest, Sharded, Tail, TermShard, TextChunk};
use crate::text::{tokenize, Token};
use std::collections::BTreeMap;

/// One file of a sharded index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Want {
    /// Term shard `i`.
    Shard(usize),
    /// Lexicon `i`.
    Lexicon(usize),
    /// Text chunk `i`.
    Chunk(usize),
    /// Quotation chunk `i`.
    Quotes(usize),
    /// Block `.2` of the tail of the paragraphs in slot `.1` of term shard `.0`
    /// ([`crate::shards::Tail`]).
    Tail(usize, usize, usize),
    /// The same of the quotations.
    QuoteTail(usize, usize, usize),
}

impl Sharded {
    /// The bytes of the file `want` names, as the build made them (what fetching its path returns);
    /// `None` when the build has no such file.
    pub fn bytes_of(&self, want: Want) -> Option<&[u8]> {
        match want {
            Want::Shard(i) => self.shards.get(i),
            Want::Lexicon(i) => self.lexicons.get(i),
            Want::Chunk(i) => self.chunks.get(i),
            Want::Quotes(i) => self.quotes.get(i),
            Want::Tail(i, s, k) => self.tails.get(&(i, s, k)),
            Want::QuoteTail(i, s, k) => self.quote_tails.get(&(i, s, k)),
        }
        .map(Vec::as_slice)
    }
}

impl Want {
    /// The file's path in the site ([`crate::routes`]).
    pub fn file(&self) -> String {
        match *self {
            Want::Shard(i) => routes::term_shard(i),
            Want::Lexicon(i) => routes::lexicon(i),
            Want::Chunk(i) => routes::text_chunk(i),
            Want::Quotes(i) => routes::quote_chunk(i),
            Want::Tail(i, slot, k) => routes::term_tail(i, slot, k),
            Want::QuoteTail(i, slot, k) => routes::quote_tail(i, slot, k),
        }
    }
}

/// The manifest and every file added so far.
#[derive(Debug, Clone)]
pub struct ShardCache {
    manifest: Manifest,
    shards: BTreeMap<usize, TermShard>,
    lexicons: BTreeMap<usize, Lexicon>,
    chunks: BTreeMap<usize, TextChunk>,
    /// Quotation chunks, each quotation with its words.
    quotes: BTreeMap<usize, (QuoteChunk, Vec<Vec<Token>>)>,
    /// The statements' rows, from the quotation chunks.
    clusters: BTreeMap<u32, ClusterRow>,
    /// The sources' rows, from the text and quotation chunks.
    sources: BTreeMap<u32, SourceEntry>,
    /// The dictionary of the loaded shards and lexicons; `None` after an add, until next needed.
    dictionary: Option<Dictionary>,
    /// How many blocks of each (shard, slot, kind)'s tail are added.
    tails: BTreeMap<(usize, usize, Kind), usize>,
}

impl ShardCache {
    /// Starts from the manifest's bytes.
    pub fn new(manifest: &[u8]) -> Result<ShardCache, DecodeError> {
        Ok(ShardCache {
            manifest: Manifest::decode(manifest)?,
            shards: BTreeMap::new(),
            lexicons: BTreeMap::new(),
            chunks: BTreeMap::new(),
            quotes: BTreeMap::new(),
            clusters: BTreeMap::new(),
            sources: BTreeMap::new(),
            dictionary: None,
            tails: BTreeMap::new(),
        })
    }

    /// The manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// The dictionary of what is loaded (joined again only after new files were added).
    pub fn dictionary(&mut self) -> &Dictionary {
        let (shards, lexicons) = (&self.shards, &self.lexicons);
        self.dictionary.get_or_insert_with(|| Dictionary::from_shards(shards.values(), lexicons.values()))
    }

    /// The files not yet added that the query needs for its next round (empty: ready to plan).
    pub fn missing(&mut self, query: &str) -> Vec<Want> {
        let lexicons: Vec<usize> = self.lexicons.keys().copied().collect();
        let first = self.manifest.needed(query, None);
        // Only once the words' own shards are in can the cache tell which words match nothing.
        let need = if first.shards.iter().all(|i| self.shards.contains_key(i)) {
            self.dictionary();
            let dictionary = self.dictionary.as_ref().expect("joined above");
            self.manifest.needed(query, Some(Loaded { dictionary, lexicons: &lexicons }))
        } else {
            first
        };
        let shards = need.shards.into_iter().filter(|i| !self.shards.contains_key(i)).map(Want::Shard);
        let lexicons =
            need.lexicons.into_iter().filter(|i| !self.lexicons.contains_key(i)).map(Want::Lexicon);
        shards.chain(lexicons).collect()
    }

    /// The text chunks not yet added that hold these paragraphs, ascending.
    pub fn missing_text(&self, paragraphs: &[u32]) -> Vec<Want> {
        let mut chunks: Vec<usize> = paragraphs.iter().map(|&p| self.manifest.chunk_of(p)).collect();
        chunks.sort_unstable();
        chunks.dedup();
        chunks.into_iter().filter(|c| !self.chunks.contains_key(c)).map(Want::Chunk).collect()
    }

    /// Adds a fetched file; one of another build, another file or a broken one is an error, and the
    /// cache stays as it was.
    pub fn add(&mut self, want: Want, bytes: &[u8]) -> Result<(), DecodeError> {
        match want {
            // The joined dictionary takes a new shard or lexicon by a merge, not by joining again.
            Want::Shard(i) => {
                let shard = TermShard::decode(bytes, &self.manifest, i)?;
                match self.dictionary.as_mut().filter(|_| !self.shards.contains_key(&i)) {
                    Some(d) => d.add_shard(&shard),
                    None => self.dictionary = None,
                }
                self.shards.insert(i, shard);
            }
            Want::Lexicon(i) => {
                let lexicon = Lexicon::decode(bytes, &self.manifest, i)?;
                match self.dictionary.as_mut().filter(|_| !self.lexicons.contains_key(&i)) {
                    Some(d) => d.add_lexicon(&lexicon),
                    None => self.dictionary = None,
                }
                self.lexicons.insert(i, lexicon);
            }
            Want::Chunk(i) => {
                let chunk = TextChunk::decode(bytes, &self.manifest, i)?;
                self.rows(&chunk.sources, &[])?;
                self.chunks.insert(i, chunk);
            }
            Want::Quotes(i) => {
                let chunk = QuoteChunk::decode(bytes, &self.manifest, i)?;
                self.rows(&chunk.sources, &chunk.clusters)?;
                let words = chunk.quotes.iter().map(|q| tokenize(&q.text)).collect();
                self.quotes.insert(i, (chunk, words));
            }
            Want::Tail(i, slot, k) => self.add_tail((i, slot, k), Kind::Paragraphs, bytes)?,
            Want::QuoteTail(i, slot, k) => self.add_tail((i, slot, k), Kind::Quotes, bytes)?,
        }
        Ok(())
    }

    /// Adds block `k` of the tail of one kind of the entry in `slot` of shard `i` (see [`ShardCache::add`]).
    fn add_tail(
        &mut self,
        (i, slot, k): (usize, usize, usize),
        kind: Kind,
        bytes: &[u8],
    ) -> Result<(), DecodeError> {
        let added = self.tails.get(&(i, slot, kind)).copied().unwrap_or(0);
        let totals = (self.manifest.paragraphs, self.manifest.quotes);
        let Some(shard) = self.shards.get_mut(&i) else { return Err(DecodeError::WrongPart) };
        let n = shard.entries.len();
        let (name, union, paragraphs, quotes, more) = match shard.entries.get_mut(slot) {
            Some(e) => (e.term.as_str(), false, &mut e.paragraphs, &mut e.quotes, &mut e.more),
            None => match slot.checked_sub(n).and_then(|u| shard.prefixes.get_mut(u)) {
                Some(u) => (u.prefix.as_str(), true, &mut u.paragraphs, &mut u.quotes, &mut u.more),
                None => return Err(DecodeError::WrongPart),
            },
        };
        // A block already added, or of an entry without a tail of that kind, changes nothing; only
        // the next block can follow what is in.
        let Some(cut) = *more else { return Ok(()) };
        let (at, total, list) = match kind {
            Kind::Paragraphs => (cut.paragraphs, totals.0, paragraphs),
            Kind::Quotes => (cut.quotes, totals.1, quotes),
        };
        if at >= total || k < added {
            return Ok(());
        }
        if k > added {
            return Err(DecodeError::WrongPart);
        }
        let tail = Tail::decode(bytes, &self.manifest, (i, slot, k), kind, at)?;
        let end = tail.next.unwrap_or(total);
        let c = match kind {
            Kind::Paragraphs => Cut { paragraphs: end, ..cut },
            Kind::Quotes => Cut { quotes: end, ..cut },
        };
        let now = (c != Cut { paragraphs: totals.0, quotes: totals.1 }).then_some(c);
        // The joined dictionary takes the block (and the paragraphs' cut as a join would read it)
        // too, rather than being joined again.
        let added: &[u32] = if kind == Kind::Paragraphs { &tail.postings } else { &[] };
        if kind == Kind::Paragraphs || now.is_none() {
            let cut = now.map(|c| c.paragraphs);
            if !self.dictionary.as_mut().is_some_and(|d| d.extend(name, union, added, cut)) {
                self.dictionary = None;
            }
        }
        list.extend(tail.postings);
        *more = now;
        self.tails.insert((i, slot, kind), k + 1);
        Ok(())
    }

    /// The next block of the tail of one kind of the entry named `name` (a term, or a union's prefix),
    /// if it has one.
    fn tail_of(&self, name: &str, union: bool, kind: Kind) -> Option<Want> {
        let i = self.manifest.shard_of(name)?;
        let shard = self.shards.get(&i)?;
        let (slot, more) = if union {
            let k = shard.prefixes.binary_search_by(|u| u.prefix.as_str().cmp(name)).ok()?;
            (shard.entries.len() + k, shard.prefixes[k].more?)
        } else {
            let k = shard.entries.binary_search_by(|e| e.term.as_str().cmp(name)).ok()?;
            (k, shard.entries[k].more?)
        };
        let k = self.tails.get(&(i, slot, kind)).copied().unwrap_or(0);
        match kind {
            Kind::Paragraphs => {
                (more.paragraphs < self.manifest.paragraphs).then_some(Want::Tail(i, slot, k))
            }
            Kind::Quotes => (more.quotes < self.manifest.quotes).then_some(Want::QuoteTail(i, slot, k)),
        }
    }

    /// Keeps the source and statement rows of a chunk; a row that differs from one another chunk of
    /// the same build carried is refused (before anything is kept).
    fn rows(
        &mut self,
        sources: &[(u32, SourceEntry)],
        clusters: &[(u32, ClusterRow)],
    ) -> Result<(), DecodeError> {
        let differs = sources.iter().any(|(s, row)| self.sources.get(s).is_some_and(|r| r != row))
            || clusters.iter().any(|(c, row)| self.clusters.get(c).is_some_and(|r| r != row));
        if differs {
            return Err(DecodeError::Inconsistent("two chunks disagree about a source or statement".into()));
        }
        self.sources.extend(sources.iter().cloned());
        self.clusters.extend(clusters.iter().cloned());
        Ok(())
    }

    /// The quotation chunks not yet added that hold these ranks, ascending.
    fn missing_quotes(&self, ranks: &[u32]) -> Vec<Want> {
        let mut chunks: Vec<usize> = ranks.iter().map(|&r| self.manifest.quote_chunk_of(r)).collect();
        chunks.sort_unstable();
        chunks.dedup();
        chunks.into_iter().filter(|c| !self.quotes.contains_key(c)).map(Want::Quotes).collect()
    }

    /// The quote postings of query word `i` in the loaded shards, as the quotation searcher counts a
    /// text word as it: the word, for the last one (3+ letters) every term it begins, and its plural
    /// or singular (4+ letters); ranks, ascending. With them the rank they stop below (the lowest cut
    /// of their first blocks; the count of quotations when whole) and the tails beyond those cuts.
    fn quote_postings(&self, query: &[String], i: usize) -> (Vec<u32>, u32, Vec<(u32, Want)>) {
        let q = query[i].as_str();
        // Every list first, then merged pairwise: a common prefix ("the") begins hundreds of terms, and
        // folding each into one growing list copied it once per term.
        let mut lists: Vec<&[u32]> = Vec::new();
        let mut below = self.manifest.quotes;
        let mut tails = Vec::new();
        let mut cut = |name: &str, union: bool, more: Option<Cut>| {
            if let Some(c) = more {
                below = below.min(c.quotes);
                tails.extend(self.tail_of(name, union, Kind::Quotes).map(|w| (c.quotes, w)));
            }
        };
        let entry = |w: &str| {
            let shard = self.manifest.shard_of(w).and_then(|k| self.shards.get(&k))?;
            let k = shard.entries.binary_search_by(|e| e.term.as_str().cmp(w)).ok()?;
            shard.entries.get(k)
        };
        let last = i + 1 == query.len() && q.len() >= 3;
        let union = |q: &str| {
            let shard = self.manifest.shard_of(q).and_then(|k| self.shards.get(&k))?;
            let k = shard.prefixes.binary_search_by(|u| u.prefix.as_str().cmp(q)).ok()?;
            shard.prefixes.get(k)
        };
        if let Some(u) = union(q).filter(|_| last) {
            lists.push(&u.quotes);
            cut(&u.prefix, true, u.more);
        } else if last {
            let mut keys = Vec::new();
            self.manifest.prefixed(q, &mut keys);
            keys.sort_unstable();
            keys.dedup();
            for shard in keys.iter().filter_map(|k| self.shards.get(k)) {
                let from = shard.entries.partition_point(|e| e.term.as_str() < q);
                for e in shard.entries[from..].iter().take_while(|e| e.term.starts_with(q)) {
                    lists.push(&e.quotes);
                    cut(&e.term, false, e.more);
                }
            }
        } else if let Some(e) = entry(q) {
            lists.push(&e.quotes);
            cut(&e.term, false, e.more);
        }
        if q.len() > 3 {
            let base = q.strip_suffix('s').unwrap_or(q);
            for w in [base.to_string(), format!("{base}s")] {
                if let Some(e) = entry(&w) {
                    lists.push(&e.quotes);
                    cut(&e.term, false, e.more);
                }
            }
        }
        (crate::chunks::union_all(lists), below, tails)
    }

    /// The answer to a query from the loaded files alone, as [`crate::answer::Finder::find`] gives it
    /// from the whole index (quotations numbered by rank; see [`crate::chunks`]); or the files still
    /// missing for it: its shards and lexicons, then the postings and quotation chunks of its best
    /// statements, then (unless those fill the answer ahead of any passage) the text chunks of its
    /// passages' candidates.
    pub fn answer(&mut self, query: &str, limit: usize) -> Result<Answer, Vec<Want>> {
        let missing = self.missing(query);
        if !missing.is_empty() {
            return Err(missing);
        }
        let plan = self.plan(query);
        let searched: Vec<String> = tokenize(&plan.searched()).into_iter().map(|t| t.word).collect();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut below = self.manifest.quotes;
        let mut tails = Vec::new();
        // A searched word that no quotation has costs every wording an edit: no statement has fewer
        // edits than there are such words.
        let mut fewest = 0;
        for i in 0..searched.len() {
            let (list, b, t) = self.quote_postings(&searched, i);
            fewest += usize::from(list.is_empty() && t.is_empty());
            postings.push(list);
            below = below.min(b);
            tails.extend(t);
        }
        // Below the lowest cut every list is whole: the statements found there are those of the whole
        // postings when there are `limit` of them with the fewest edits any can have (ranks above lie
        // in later statements).
        for list in &mut postings {
            list.truncate(list.partition_point(|&r| r < below));
        }
        // The statements with the fewest edits first: those with more are searched only when they
        // could reach the answer (see `edited_statements_matter`).
        let best = crate::chunks::search_top_within(&searched, &postings, &*self, limit, fewest)
            .map_err(|ranks| self.missing_quotes(&ranks))?;
        if below < self.manifest.quotes && !self.enough_statements(&best, limit, fewest) {
            // The next block of the lists that bound the search.
            let mut next: Vec<Want> = tails.iter().filter(|(c, _)| *c == below).map(|(_, w)| *w).collect();
            next.sort_unstable();
            next.dedup();
            if !next.is_empty() {
                return Err(next);
            }
        }
        // Statements that fill the answer, each ahead of the best passage there can be: no passage is
        // shown, and none need be searched. At 100,000 synthetic sources "collect money from different
        // parts" has 12 statements matched exactly; its passages' postings and text were 125 KB gzip.
        let floor = self.best_passage(&plan);
        let passage =
            Rank { missing: floor.0, typos: floor.1, proximity: 0, scattered: 0, kind: 1, copy: 0, date: 0 };
        let statements = crate::answer::answer(&*self, &plan, |_| best.clone(), |_| Vec::new(), limit);
        if statements.results.len() >= limit && statements.results.iter().all(|r| *r.rank() < passage) {
            return Ok(statements);
        }
        let mut hits = self.passages(query, passages::MAX_PLACED)?;
        let quotations =
            if self.edited_statements_matter(&searched, &postings, below, (&best, fewest), &hits, limit)? {
                crate::chunks::search_top(&searched, &postings, &*self, limit)
                    .map_err(|ranks| self.missing_quotes(&ranks))?
            } else {
                best
            };
        let answer = crate::answer::answer(
            &*self,
            &plan,
            |_| quotations,
            |n| {
                hits.truncate(n);
                hits
            },
            limit,
        );
        Ok(answer)
    }

    /// The best (missing words, typos) a paragraph can have for a plan, from its lists in the loaded
    /// dictionary: a word none of whose lists has a posting (loaded, or in a tail) is missing from
    /// every paragraph, and each other word costs at least the typos of its cheapest list.
    fn best_passage(&mut self, plan: &Plan) -> (usize, usize) {
        let paragraphs = self.manifest.paragraphs;
        let mut cheapest: Vec<Option<u32>> = vec![None; plan.words.len()];
        for l in self.dictionary().lists(plan) {
            if l.list.is_empty() && l.cut >= paragraphs {
                continue;
            }
            if let Some(c) = cheapest.get_mut(l.bit.trailing_zeros() as usize) {
                *c = Some(c.map_or(l.cost, |c| c.min(l.cost)));
            }
        }
        let missing = cheapest.iter().filter(|c| c.is_none()).count();
        (missing, cheapest.iter().flatten().map(|&c| c as usize).sum())
    }

    /// False when no statement with more than the `fewest` edits any can have (an edit for each searched
    /// word no quotation has) can be among the best `limit` results, given the statements `exact` with
    /// that few and the passages `hits` (ranked): such a statement ranks below every passage missing at
    /// most `fewest` words, so there are enough of those when, with the statements `exact`, they make
    /// `limit` — provided none of them is a paragraph such a statement's
    /// wording lies in (the answer would then drop it). The text chunks name the quotations of each
    /// paragraph; those with enough of the words are aligned. At 10,000 synthetic sources, "collect
    /// money from different parts" has 7 exact statements, and searching the rest fetched 60
    /// quotation chunks (61 KB gzip) for none shown. Err: the quotation chunks to align first.
    fn edited_statements_matter(
        &self,
        query: &[String],
        postings: &[Vec<u32>],
        below: u32,
        (exact, fewest): (&[crate::search::Hit], usize),
        hits: &[PassageHit],
        limit: usize,
    ) -> Result<bool, Vec<Want>> {
        let cluster_of = |q: usize| u32::try_from(q).ok().and_then(|r| self.quotation(r)).map(|q| q.cluster);
        let mut clusters: Vec<u32> = exact.iter().filter_map(|h| cluster_of(h.quote)).collect();
        clusters.sort_unstable();
        clusters.dedup();
        let Some(wanted) = limit.checked_sub(clusters.len()).filter(|&w| w > 0) else { return Ok(false) };
        let carried: Vec<(u32, u32)> = exact
            .iter()
            .filter(|h| h.highlight.is_some())
            .filter_map(|h| self.quotation(u32::try_from(h.quote).ok()?).map(|q| (q.source, q.paragraph)))
            .collect();
        let n = query.len();
        let budget = crate::search::allowed_edits(n);
        let need = n.saturating_sub(budget).max(1);
        let count = |r: u32| postings.iter().filter(|l| l.binary_search(&r).is_ok()).count();
        let (mut safe, mut missing) = (0, Vec::new());
        for hit in hits.iter().take_while(|h| h.missing <= fewest) {
            let p = u32::try_from(hit.paragraph).unwrap_or(u32::MAX);
            let Some((source, number, _)) = self.paragraph(p) else { return Ok(true) };
            if carried.contains(&(source, number)) {
                continue;
            }
            let Some(chunk) = self.chunks.get(&self.manifest.chunk_of(p)) else { return Ok(true) };
            for r in chunk.quotations_in(p) {
                if r >= below {
                    return Ok(true);
                }
                if count(r) < need {
                    continue;
                }
                let Some((q, tokens)) = QuoteStore::quote(self, r) else {
                    missing.push(r);
                    continue;
                };
                if !clusters.contains(&q.cluster)
                    && crate::search::best_alignment(query, tokens, budget).is_some()
                {
                    return Ok(true);
                }
            }
            safe += 1;
            if safe >= wanted {
                break;
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_quotes(&missing));
        }
        Ok(safe < wanted)
    }

    /// True when the hits hold `limit` statements, each with a wording at most `fewest` edits from the
    /// query.
    fn enough_statements(&self, hits: &[crate::search::Hit], limit: usize, fewest: usize) -> bool {
        let mut exact: BTreeMap<u32, bool> = BTreeMap::new();
        for h in hits {
            let Some(q) = u32::try_from(h.quote).ok().and_then(|r| self.quotation(r)) else { return false };
            *exact.entry(q.cluster).or_default() |= h.edits <= fewest;
        }
        exact.len() >= limit && exact.values().all(|&e| e)
    }

    /// The quotation of rank `rank`, if its chunk is loaded.
    pub fn quotation(&self, rank: u32) -> Option<&QuoteRow> {
        QuoteStore::quote(self, rank).map(|(q, _)| q)
    }

    /// The statement `c`, if a chunk of one of its wordings is loaded.
    pub fn statement(&self, c: u32) -> Option<&ClusterRow> {
        self.clusters.get(&c)
    }

    /// The row of source `s`, if a chunk naming it is loaded.
    pub fn source(&self, s: u32) -> Option<&SourceEntry> {
        self.sources.get(&s)
    }

    /// Plans a query against what is loaded: the plan of the whole index once [`ShardCache::missing`]
    /// is empty for it.
    pub fn plan(&mut self, query: &str) -> Plan {
        self.dictionary().plan(query)
    }

    /// The passages that answer a query, as [`crate::passages::search`] finds them in the whole index;
    /// or the files still missing for it (its shards and lexicons, then the text of its candidates).
    pub fn passages(&mut self, query: &str, limit: usize) -> Result<Vec<PassageHit>, Vec<Want>> {
        let missing = self.missing(query);
        if !missing.is_empty() {
            return Err(missing);
        }
        let plan = self.plan(query);
        let paragraphs = self.manifest.paragraphs;
        // Below the lowest cut of the plan's lists every list is whole: the candidates found there are
        // those of the whole postings when they are a full set of the best there can be.
        let lists = self.dictionary().lists(&plan);
        let below = lists.iter().map(|l| l.cut).min().unwrap_or(paragraphs).min(paragraphs);
        // The lists that bound the search: the next block of each is what more needs.
        let cut: Vec<(String, bool)> = lists
            .iter()
            .filter(|l| l.cut == below && l.cut < paragraphs)
            .map(|l| (l.name.to_string(), l.union))
            .collect();
        let candidates = passages::candidates(self.dictionary(), &plan, below as usize);
        if below < paragraphs && !passages::best_possible(self.best_passage(&plan), &candidates) {
            let mut tails: Vec<Want> =
                cut.iter().filter_map(|(name, union)| self.tail_of(name, *union, Kind::Paragraphs)).collect();
            tails.sort_unstable();
            tails.dedup();
            if !tails.is_empty() {
                return Err(tails);
            }
        }
        let shown: Vec<u32> = candidates.iter().map(|&(_, _, p)| p).collect();
        let missing = self.missing_text(&shown);
        if !missing.is_empty() {
            return Err(missing);
        }
        Ok(passages::place_all(&plan, &candidates, |p| self.text(p), limit))
    }

    /// The text of paragraph `p`, if its chunk is loaded.
    pub fn text(&self, p: u32) -> Option<&str> {
        self.paragraph(p).map(|(_, _, text)| text)
    }

    /// The source (index into the index's sources), number and text of paragraph `p`, if its chunk is
    /// loaded.
    pub fn paragraph(&self, p: u32) -> Option<(u32, u32, &str)> {
        let chunk = self.chunks.get(&self.manifest.chunk_of(p))?;
        let (source, n, text) = chunk.paragraphs.get(p.checked_sub(chunk.first)? as usize)?;
        Some((*source, *n, text))
    }

    /// How many blocks of the tail of one kind of slot `slot` of shard `shard` are added.
    pub fn tails_added(&self, shard: usize, slot: usize, kind: Kind) -> usize {
        self.tails.get(&(shard, slot, kind)).copied().unwrap_or(0)
    }

    /// How many files of each kind are loaded: (shards, lexicons, text chunks, quotation chunks).
    pub fn loaded(&self) -> (usize, usize, usize, usize) {
        (self.shards.len(), self.lexicons.len(), self.chunks.len(), self.quotes.len())
    }
}

impl QuoteStore for ShardCache {
    fn quote(&self, rank: u32) -> Option<(&QuoteRow, &[Token])> {
        let (chunk, words) = self.quotes.get(&self.manifest.quote_chunk_of(rank))?;
        let k = rank.checked_sub(chunk.first)? as usize;
        Some((chunk.quotes.get(k)?, words.get(k)?.as_slice()))
    }

    fn cluster(&self, c: u32) -> Option<&ClusterRow> {
        self.clusters.get(&c)
    }
}

impl Records for ShardCache {
    fn quote(&self, q: usize) -> Option<(u32, u32, u32)> {
        let q = self.quotation(u32::try_from(q).ok()?)?;
        Some((q.source, q.paragraph, q.cluster))
    }

    fn paragraph(&self, p: usize) -> Option<(u32, u32)> {
        self.paragraph(u32::try_from(p).ok()?).map(|(s, n, _)| (s, n))
    }

    fn source(&self, s: u32) -> Option<(bool, u32)> {
        self.sources.get(&s).map(|row| (!row.derived_from.is_empty(), row.date))
    }
}

#[cfg(test)]
#[path = "shard_cache_tests.rs"]
mod tests;
