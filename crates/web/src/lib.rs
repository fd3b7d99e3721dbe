//! `dossier-web`: the browser side of dossier, a thin wasm-bindgen adapter over `dossier-core`.
//!
//! The page's small JS loader fetches `index.bin` and calls [`start`]; from then on this crate reads
//! inputs (the search box, the facet buttons, the URL) and draws results. A search fetches, through
//! core's [`ShardCache`], only the files of the sharded index that its words need: their term shards,
//! the lexicon of a misspelt word's first letter, the next blocks of the tails of the words' postings
//! when their shards' first blocks cannot answer, and the text and quotation chunks of the candidates
//! (which carry their sources' rows). It never fetches `quotes.bin`, the whole quotation index that
//! `dossier search` reads. Every decision — which
//! quotations and passages answer a query, the correction of a misspelt word, which paragraphs a
//! selection keeps, the live counts — is made by `dossier-core`, the same code `dossier search` runs in
//! a terminal. All DOM access sits in [`dom`].
//!
//! ```no_run
//! // In the browser: dossier_web::start(&bytes, "../") after the module is initialised.
//! let handle = dossier_web::Dossier::new(&[]); // an invalid index is an error, never a panic
//! assert!(handle.is_err());
//! ```

use dossier_core::answer::{Finder, Found};
use dossier_core::filter::{filter_sets, Mode};
use dossier_core::index::{DecodeError, Index};
use dossier_core::listing::{self, Listing, Whole};
use dossier_core::passages::PassageHit;
use dossier_core::routes;
use dossier_core::search::Hit;
use dossier_core::shard_cache::{ShardCache, Want};
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub mod dom;
mod facets;
mod fetch;
mod matches;
mod morph;
mod results;

/// The loaded index: the one handle JavaScript holds.
#[wasm_bindgen]
pub struct Dossier {
    index: Index,
    /// Built once at load: every quotation tokenized and the dictionary of every word (core's `Finder`).
    finder: Finder,
    /// (entity id, position in the index), sorted by id, for reading `data-entities` attributes.
    positions: Vec<(String, u32)>,
    /// For a split index whose quotes are not loaded yet: the checksum `quotes.bin` must have.
    pending_quotes: Option<u32>,
    /// For a split index: the build id its sharded text index must carry.
    text_build: Option<u32>,
    /// The sharded text index fetched so far, once its manifest is in.
    shards: Option<ShardCache>,
}

/// What a search still needs before it can be answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Needs {
    /// `quotes.bin`, the sharded index's manifest, or both.
    Start {
        /// `quotes.bin` is still to be added.
        quotes: bool,
        /// The manifest is still to be added.
        manifest: bool,
    },
    /// These files of the sharded text index.
    Files(Vec<Want>),
}

/// One answer to a lookup: a statement, with every source's wording.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LookupResult {
    /// The cluster id.
    pub cluster: String,
    /// The speaker, when known.
    pub speaker: Option<String>,
    /// The wordings, best match first; at most [`MAX_WORDINGS`].
    pub wordings: Vec<Wording>,
    /// Wordings found beyond [`MAX_WORDINGS`], counted but not listed.
    pub more: usize,
    /// How many different sources carry the statement among all the wordings found.
    pub sources: usize,
    /// Higher is better (core's `Rank::score`).
    pub score: u32,
}

/// One paragraph that answers a search.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct PassageResult {
    /// The source id.
    pub source: String,
    /// The source's title.
    pub title: String,
    /// The source's outlet and date, for display.
    pub label: String,
    /// The paragraph anchor (`p4`).
    pub anchor: String,
    /// The part of the paragraph shown (about 40 words around the match).
    pub text: String,
    /// Byte ranges (start, end) in `text` of the matched words, ascending.
    pub highlights: Vec<(usize, usize)>,
    /// True when `text` starts inside the paragraph, and when it ends before its end.
    pub cut: (bool, bool),
    /// Higher is better.
    pub score: u32,
}

/// One result of a search, in rank order.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum SearchResult {
    /// A statement with its wordings.
    Quotation(LookupResult),
    /// A paragraph.
    Passage(PassageResult),
}

/// The answer to a search.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct SearchAnswer {
    /// The query as searched, when a misspelt word was corrected.
    pub corrected: Option<String>,
    /// Best first.
    pub results: Vec<SearchResult>,
}

/// The most wordings one statement lists in the search box: a statement carried by thousands of
/// outlets (or a crafted index) must not draw thousands of list items per keystroke.
pub const MAX_WORDINGS: usize = 50;

/// A passage's outlet and date, shown after its title. A source of unknown outlet is named in the
/// index by the start of its title set in “…” (gen's `briefing::notes::source_name`); next to the
/// title itself that repeated it ("Biden runs the risk …, “Biden runs the risk …”, 28 May 2021"), so
/// only the date is shown then.
fn passage_label(outlet: &str, published: &str) -> String {
    if outlet.starts_with('“') {
        published.to_string()
    } else {
        format!("{outlet}, {published}")
    }
}

/// One source's wording of a statement.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Wording {
    /// The source id.
    pub source: String,
    /// The source's outlet and date, for display.
    pub label: String,
    /// The paragraph anchor (`p4`).
    pub anchor: String,
    /// The quoted words.
    pub text: String,
    /// Byte range of the matched words in `text` (start, end), when this wording matched the query.
    pub highlight: Option<(usize, usize)>,
    /// Word edits from the query (0 = exact).
    pub edits: usize,
}

#[wasm_bindgen]
impl Dossier {
    /// Decodes a whole index, or the head of a split one (`index.bin`; add `quotes.bin` with
    /// [`Dossier::add_quotes`]); a truncated, foreign or wrong-version file is an error with a short reason.
    #[wasm_bindgen(constructor)]
    pub fn new(bytes: &[u8]) -> Result<Dossier, JsError> {
        let (index, pending_quotes, text_build) = match Index::decode_head(bytes) {
            Ok(head) => (head.index, Some(head.quotes_checksum), Some(head.text_build)),
            Err(DecodeError::WrongPart) => (Index::decode(bytes).map_err(js_error)?, None, None),
            Err(e) => return Err(js_error(e)),
        };
        let mut positions: Vec<(String, u32)> = index
            .entities
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((e.id.clone(), u32::try_from(i).ok()?)))
            .collect();
        positions.sort_unstable();
        Ok(Dossier {
            finder: Finder::new(&index),
            positions,
            index,
            pending_quotes,
            text_build,
            shards: None,
        })
    }
}

impl Dossier {
    /// True while the quotations of a split index are still to be added.
    pub fn needs_quotes(&self) -> bool {
        self.pending_quotes.is_some()
    }

    /// Adds `quotes.bin` to a split index; a file of another build or a broken one is an error and
    /// leaves the loaded part as it was.
    pub fn add_quotes(&mut self, bytes: &[u8]) -> Result<(), JsError> {
        let Some(expected) = self.pending_quotes else { return Ok(()) };
        self.index.attach_quotes(bytes, expected).map_err(js_error)?;
        // The words and the paragraphs' text are in the sharded text index, not in quotes.bin.
        self.finder = Finder::quotations_only(&self.index);
        self.pending_quotes = None;
        Ok(())
    }

    /// True for a split index, which answers from its sharded index (no `quotes.bin` needed).
    pub fn has_shards(&self) -> bool {
        self.text_build.is_some()
    }

    /// True while a split index's sharded text index has no manifest yet.
    pub fn needs_manifest(&self) -> bool {
        self.text_build.is_some() && self.shards.is_none()
    }

    /// Adds the manifest of the sharded text index; one of another build than `index.bin` is refused.
    pub fn add_manifest(&mut self, bytes: &[u8]) -> Result<(), DecodeError> {
        let cache = ShardCache::new(bytes)?;
        if Some(cache.manifest().build) != self.text_build {
            return Err(DecodeError::Mismatch);
        }
        self.shards = Some(cache);
        Ok(())
    }

    /// Adds a fetched file of the sharded text index; a file of another build, another file or a broken
    /// one is refused and changes nothing.
    pub fn add_file(&mut self, want: Want, bytes: &[u8]) -> Result<(), DecodeError> {
        match &mut self.shards {
            Some(cache) => cache.add(want, bytes),
            None => Err(DecodeError::WrongPart),
        }
    }

    /// The index.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Runs core's search (quotations and passages, misspelt words corrected), best first, at most
    /// `limit` results; or, for a split index, what must be fetched first (ask again once it is added).
    pub fn search(&mut self, query: &str, limit: usize) -> Result<SearchAnswer, Needs> {
        if self.text_build.is_none() {
            return Ok(self.answer(&self.finder.find(&self.index, query, limit), None));
        }
        // A split index answers from its shards alone: quotes.bin is not needed.
        let Some(cache) = self.shards.as_mut() else {
            return Err(Needs::Start { quotes: false, manifest: true });
        };
        let found = cache.answer(query, limit).map_err(Needs::Files)?;
        Ok(self.answer(&found, self.shards.as_ref()))
    }

    /// [`Dossier::search`] for an index that needs nothing fetched (a whole index, or a split one whose
    /// files are in); what is missing answers nothing.
    pub fn search_results(&mut self, query: &str, limit: usize) -> SearchAnswer {
        self.search(query, limit).unwrap_or_default()
    }

    fn answer(&self, answer: &dossier_core::answer::Answer, shards: Option<&ShardCache>) -> SearchAnswer {
        let results = answer
            .results
            .iter()
            .filter_map(|r| match r {
                Found::Quotation { hits, rank, .. } => {
                    self.statement(hits, rank.score(), shards).map(SearchResult::Quotation)
                }
                Found::Passage { hit, rank } => {
                    self.passage(hit, rank.score(), shards).map(SearchResult::Passage)
                }
            })
            .collect();
        SearchAnswer { corrected: answer.corrected.clone(), results }
    }

    /// The statements only of [`Dossier::search_results`].
    pub fn lookup_results(&mut self, query: &str, limit: usize) -> Vec<LookupResult> {
        let results = self.search_results(query, limit).results;
        results
            .into_iter()
            .filter_map(|r| match r {
                SearchResult::Quotation(q) => Some(q),
                SearchResult::Passage(_) => None,
            })
            .collect()
    }

    /// One statement from its hits (best first): at most [`MAX_WORDINGS`] wordings, the rest counted;
    /// from the shards' quotation chunks when there are shards (hits numbered by rank).
    fn statement(&self, hits: &[Hit], score: u32, shards: Option<&ShardCache>) -> Option<LookupResult> {
        let quote = |q: usize| -> Option<(u32, u32, String, Option<String>, u32)> {
            match shards {
                Some(cache) => {
                    let row = cache.quotation(u32::try_from(q).ok()?)?;
                    Some((row.source, row.paragraph, row.text.clone(), row.speaker.clone(), row.cluster))
                }
                None => {
                    let row = self.index.quotes.get(q)?;
                    Some((row.source, row.paragraph, row.text.clone(), row.speaker.clone(), row.cluster))
                }
            }
        };
        let source = |s: u32| match shards {
            Some(cache) => cache.source(s),
            None => self.index.sources.get(s as usize),
        };
        let (_, _, _, speaker, c) = quote(hits.first()?.quote)?;
        let (id, cluster_speaker, members) = match shards {
            Some(cache) => {
                cache.statement(c).map(|r| (r.id.clone(), r.speaker.clone(), Some((r.len, r.sources))))?
            }
            None => {
                let cluster = self.index.clusters.get(c as usize);
                (
                    cluster.map_or(String::new(), |c| c.id.clone()),
                    cluster.and_then(|c| c.speaker.clone()),
                    None,
                )
            }
        };
        let mut carried = std::collections::BTreeSet::new();
        let mut out = LookupResult {
            cluster: id,
            speaker: speaker.or(cluster_speaker),
            wordings: Vec::new(),
            more: 0,
            sources: 0,
            score,
        };
        for hit in hits {
            let Some((s, paragraph, text, _, _)) = quote(hit.quote) else { continue };
            let Some(row) = source(s) else { continue };
            carried.insert(s);
            if out.wordings.len() >= MAX_WORDINGS {
                out.more += 1;
                continue;
            }
            out.wordings.push(Wording {
                source: row.id.clone(),
                label: format!("{}, {}", row.outlet, row.published),
                anchor: routes::paragraph_anchor(paragraph as usize),
                text,
                highlight: hit.highlight.clone().map(|r| (r.start, r.end)),
                edits: hit.edits,
            });
        }
        out.sources = carried.len();
        // A statement of more wordings than the shards list: the rest counted from its row.
        if let Some((len, sources)) = members {
            out.more += (len as usize).saturating_sub(hits.len());
            out.sources = out.sources.max(sources as usize);
        }
        Some(out)
    }

    /// One paragraph, cut to its excerpt, with the highlights moved into it; its text from the sharded
    /// index when there is one.
    fn passage(&self, hit: &PassageHit, score: u32, shards: Option<&ShardCache>) -> Option<PassageResult> {
        let (source, n, whole) = match shards {
            Some(cache) => cache.paragraph(u32::try_from(hit.paragraph).ok()?)?,
            None => {
                let p = self.index.paragraphs.get(hit.paragraph)?;
                (p.source, p.n, p.text.as_str())
            }
        };
        let source = match shards {
            Some(cache) => cache.source(source)?,
            None => self.index.sources.get(source as usize)?,
        };
        let (start, end) = (hit.excerpt.start.min(whole.len()), hit.excerpt.end.min(whole.len()));
        let text = whole.get(start..end)?.to_string();
        let highlights = hit
            .highlights
            .iter()
            .filter(|r| r.start >= start && r.end <= end)
            .map(|r| (r.start - start, r.end - start))
            .collect();
        Some(PassageResult {
            source: source.id.clone(),
            title: source.title.clone(),
            label: passage_label(&source.outlet, &source.published),
            anchor: routes::paragraph_anchor(n as usize),
            text,
            highlights,
            cut: (start > 0, end < whole.len()),
            score,
        })
    }

    /// Which of the given paragraphs (as lists of entity ids) stay visible for the selected entity ids,
    /// and the count of visible paragraphs per entity of the index. Unknown ids are ignored.
    pub fn filter_ids(
        &self,
        paragraphs: &[Vec<String>],
        selected: &[String],
        any: bool,
    ) -> (Vec<bool>, Vec<u32>) {
        let position = |id: &str| {
            let k = self.positions.binary_search_by(|(e, _)| e.as_str().cmp(id)).ok()?;
            Some(self.positions[k].1 as usize)
        };
        let sets: Vec<Vec<u32>> = paragraphs
            .iter()
            .map(|ids| {
                let mut set: Vec<u32> =
                    ids.iter().filter_map(|id| position(id)).filter_map(|i| u32::try_from(i).ok()).collect();
                set.sort_unstable();
                set.dedup();
                set
            })
            .collect();
        let refs: Vec<&[u32]> = sets.iter().map(Vec::as_slice).collect();
        let selected: Vec<usize> = selected.iter().filter_map(|id| position(id)).collect();
        let mode = if any { Mode::Any } else { Mode::All };
        let f = filter_sets(&refs, self.index.entities.len(), &selected, mode);
        (f.visible, f.counts)
    }
}

impl Dossier {
    /// Reads a listing's filter table (`explore/filter.bin`); one of another build is refused.
    pub fn listing(&self, bytes: &[u8]) -> Result<Listing, DecodeError> {
        let text = self.text_build.unwrap_or_else(|| dossier_core::index::text_build(&self.index));
        Listing::decode(bytes, listing::build_id(text, &self.index.entities))
    }

    /// What the selected entity ids keep across a whole listing (core's [`Listing::whole`]); unknown
    /// ids are ignored.
    pub fn whole_listing(&self, table: &Listing, selected: &[String], any: bool) -> Whole {
        let selected: Vec<usize> = selected.iter().filter_map(|id| self.position(id)).collect();
        table.whole(&selected, if any { Mode::Any } else { Mode::All })
    }

    /// The position in the index of the entity with this id.
    fn position(&self, id: &str) -> Option<usize> {
        let k = self.positions.binary_search_by(|(e, _)| e.as_str().cmp(id)).ok()?;
        Some(self.positions[k].1 as usize)
    }
}

pub(crate) fn js_error(e: DecodeError) -> JsError {
    JsError::new(&e.to_string())
}

/// Entry point for the page loader: decodes the index (or its head) and wires the search box, the facet
/// panel and the URL state. `fetch` is a JS function taking a file's path in the site and returning a
/// promise of its bytes: `quotes.bin` and the sharded index's manifest are fetched when the reader
/// first focuses or types in the search box (or the URL carries a query), then the shards a query needs. On a bad index it shows a short message and leaves the page as it was.
#[wasm_bindgen]
pub fn start(bytes: &[u8], root: &str, fetch: Option<js_sys::Function>) -> Result<(), JsValue> {
    // Nothing here should panic (every DOM call returns a Result); if something does, say why in the
    // console rather than as a bare `unreachable` trap.
    console_error_panic_hook::set_once();
    match Dossier::new(bytes) {
        Ok(dossier) => dom::attach(dossier, root, fetch),
        Err(e) => {
            let reason: JsValue = e.into();
            let text = js_sys::Error::from(reason).message();
            dom::show_status(&format!(
                "Search and filters are unavailable ({text}). The page itself is complete."
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::passage_label;

    #[test]
    fn a_passage_names_its_outlet_unless_the_outlet_is_its_own_title() {
        assert_eq!(passage_label("CNN", "28 May 2021"), "CNN, 28 May 2021");
        assert_eq!(passage_label("“Biden runs the risk …”", "28 May 2021"), "28 May 2021");
        assert_eq!(passage_label("“Al Qaeda ‘is gaining strength’”", "undated"), "undated");
    }
}
