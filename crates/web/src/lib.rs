//! `dossier-web`: the browser side of dossier, a thin wasm-bindgen adapter over `dossier-core`.
//!
//! The page's small JS loader fetches `index.bin` and calls [`start`]; from then on this crate reads
//! inputs (the search box, the facet buttons, the URL) and draws results, while every decision — which
//! quotations answer a query, which paragraphs a selection keeps, the live counts — is made by
//! `dossier-core`, the same code `dossier quote` runs in a terminal. All DOM access sits in [`dom`].
//!
//! ```no_run
//! // In the browser: dossier_web::start(&bytes, "../") after the module is initialised.
//! let handle = dossier_web::Dossier::new(&[]); // an invalid index is an error, never a panic
//! assert!(handle.is_err());
//! ```

use dossier_core::filter::{filter_sets, Mode};
use dossier_core::index::{DecodeError, Index};
use dossier_core::routes;
use dossier_core::search::Searcher;
use serde::Serialize;
use wasm_bindgen::prelude::*;

pub mod dom;

/// The loaded index: the one handle JavaScript holds.
#[wasm_bindgen]
pub struct Dossier {
    index: Index,
    /// Built once at load: every quotation tokenized, with a word index (see core's `Searcher`).
    searcher: Searcher,
    /// (entity id, position in the index), sorted by id, for reading `data-entities` attributes.
    positions: Vec<(String, u32)>,
    /// For a split index whose quotes are not loaded yet: the checksum `quotes.bin` must have.
    pending_quotes: Option<u32>,
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
}

/// The most wordings one statement lists in the search box: a statement carried by thousands of
/// outlets (or a crafted index) must not draw thousands of list items per keystroke.
pub const MAX_WORDINGS: usize = 50;

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
        let (index, pending_quotes) = match Index::decode_head(bytes) {
            Ok(head) => (head.index, Some(head.quotes_checksum)),
            Err(DecodeError::WrongPart) => (Index::decode(bytes).map_err(js_error)?, None),
            Err(e) => return Err(js_error(e)),
        };
        let mut positions: Vec<(String, u32)> = index
            .entities
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((e.id.clone(), u32::try_from(i).ok()?)))
            .collect();
        positions.sort_unstable();
        Ok(Dossier { searcher: Searcher::new(&index), positions, index, pending_quotes })
    }

    /// Answers a lookup (see [`Dossier::lookup_results`]) as a JS array.
    pub fn lookup(&self, query: &str, limit: usize) -> Result<JsValue, JsError> {
        serde_wasm_bindgen::to_value(&self.lookup_results(query, limit))
            .map_err(|e| JsError::new(&e.to_string()))
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
        self.searcher = Searcher::new(&self.index);
        self.pending_quotes = None;
        Ok(())
    }

    /// The index.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Runs core's quote search and groups the hits by statement, best first, at most `limit` statements.
    pub fn lookup_results(&self, query: &str, limit: usize) -> Vec<LookupResult> {
        let mut out: Vec<LookupResult> = Vec::new();
        // The cluster index of each entry of `out`, compared instead of the id strings.
        let mut listed: Vec<u32> = Vec::new();
        // The sources of each entry of `out`, to count them.
        let mut carried: Vec<std::collections::BTreeSet<u32>> = Vec::new();
        for hit in self.searcher.search_top(&self.index, query, limit) {
            let Some(q) = self.index.quotes.get(hit.quote) else { continue };
            let Some(source) = self.index.sources.get(q.source as usize) else { continue };
            let cluster = self.index.clusters.get(q.cluster as usize);
            let cluster_id = cluster.map_or("", |c| c.id.as_str());
            // Hits come best first: once `limit` statements are listed, only their other wordings are
            // wanted, so a short common query does not format thousands of answers it will not show.
            let slot = listed.iter().position(|&c| c == q.cluster);
            if slot.is_none() && out.len() >= limit {
                continue;
            }
            let wording = Wording {
                source: source.id.clone(),
                label: format!("{}, {}", source.outlet, source.published),
                anchor: routes::paragraph_anchor(q.paragraph as usize),
                text: q.text.clone(),
                highlight: hit.highlight.map(|r| (r.start, r.end)),
                edits: hit.edits,
            };
            match slot {
                Some(i) => {
                    carried[i].insert(q.source);
                    if out[i].wordings.len() < MAX_WORDINGS {
                        out[i].wordings.push(wording);
                    } else {
                        out[i].more += 1;
                    }
                }
                None => {
                    listed.push(q.cluster);
                    carried.push(std::collections::BTreeSet::from([q.source]));
                    out.push(LookupResult {
                        cluster: cluster_id.to_string(),
                        speaker: q.speaker.clone().or_else(|| cluster.and_then(|c| c.speaker.clone())),
                        wordings: vec![wording],
                        more: 0,
                        sources: 0,
                    })
                }
            }
        }
        for (r, sources) in out.iter_mut().zip(&carried) {
            r.sources = sources.len();
        }
        out
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

fn js_error(e: DecodeError) -> JsError {
    JsError::new(&e.to_string())
}

/// Entry point for the page loader: decodes the index (or its head) and wires the search box, the facet
/// panel and the URL state. `fetch_quotes` is a JS function returning a promise of `quotes.bin`'s bytes;
/// it is called once, when the reader first focuses or types in the search box (or the URL carries a
/// query). On a bad index it shows a short message and leaves the page as it was.
#[wasm_bindgen]
pub fn start(bytes: &[u8], root: &str, fetch_quotes: Option<js_sys::Function>) -> Result<(), JsValue> {
    // Nothing here should panic (every DOM call returns a Result); if something does, say why in the
    // console rather than as a bare `unreachable` trap.
    console_error_panic_hook::set_once();
    match Dossier::new(bytes) {
        Ok(dossier) => dom::attach(dossier, root, fetch_quotes),
        Err(e) => {
            let reason: JsValue = e.into();
            let text = js_sys::Error::from(reason).message();
            dom::show_status(&format!(
                "Search and filters are unavailable ({text}). The page itself is complete."
            ))
        }
    }
}
