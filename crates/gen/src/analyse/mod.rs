//! Analysis across sources: entity mentions (gazetteer and discovered names), quotations with their
//! speakers clustered across outlets, and provenance. The browser index built from all of it is in
//! [`index`].

pub mod entities;
pub mod index;
pub mod lexicon;
pub mod prose;
pub mod provenance;
pub mod quotes;
pub mod text;

use crate::analyse::entities::{discover_in, provisional_entities, Gazetteer, Mention, Provisional};
use crate::analyse::provenance::{Doc, Overlap, Relation};
use crate::analyse::quotes::{Cluster, Quote};
use crate::cache::{Cache, Entry, Key};
use crate::load::source::{Origin, Source};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// Everything analysis found.
#[derive(Debug)]
pub struct Analysis {
    /// The gazetteer plus the names discovered in the text (flagged provisional).
    pub gazetteer: Gazetteer,
    /// Discovered names, for the author to confirm.
    pub provisional: Vec<Provisional>,
    /// Mentions per source id, one list per kept paragraph (index `n - 1`), spans in the paragraph text.
    pub mentions: BTreeMap<String, Vec<Vec<Mention>>>,
    /// Every quotation, by source then position.
    pub quotes: Vec<Quote>,
    /// The same statement across sources; member indices point into `quotes`.
    pub clusters: Vec<Cluster>,
    /// Detected text overlaps between sources.
    pub overlaps: Vec<Overlap>,
    /// Which sources derive from which (declared and detected), and which are independent.
    pub relations: BTreeMap<String, Relation>,
}

impl Analysis {
    /// The sorted, distinct entity indices of one paragraph.
    pub fn paragraph_entities(&self, source: &str, n: usize) -> Vec<usize> {
        let set: BTreeSet<usize> = self
            .mentions
            .get(source)
            .and_then(|paras| paras.get(n.wrapping_sub(1)))
            .map(|ms| ms.iter().map(|m| m.entity).collect())
            .unwrap_or_default();
        set.into_iter().collect()
    }

    /// The cluster each quote belongs to.
    pub fn cluster_of(&self) -> Vec<usize> {
        let mut of = vec![0; self.quotes.len()];
        for (c, cluster) in self.clusters.iter().enumerate() {
            for &m in &cluster.members {
                if let Some(slot) = of.get_mut(m) {
                    *slot = c;
                }
            }
        }
        of
    }
}

/// Runs every analysis over the loaded sources, without a cache.
pub fn analyse(sources: &BTreeMap<String, Source>, gazetteer: &Gazetteer) -> Analysis {
    analyse_cached(sources, gazetteer, &Cache::disabled())
}

/// Runs every analysis over the loaded sources, taking from `cache` what each source gave before
/// (name candidates, quotations, mentions) and saving what this build found. Only the per-source
/// parts are cached; the work across sources runs every time, so the result is the same as
/// [`analyse`]'s.
pub fn analyse_cached(sources: &BTreeMap<String, Source>, gazetteer: &Gazetteer, cache: &Cache) -> Analysis {
    // Discovery looks at a whole article at once (sentence-initial words are judged against the rest).
    // Per-source work runs in parallel (rayon); every result is collected in source order, so the output
    // does not depend on the number of threads.
    let list: Vec<&Source> = sources.values().collect();
    let mut parts: Vec<(Key, Entry)> = list
        .par_iter()
        .map(|s| {
            let key = cache.key(s);
            if let Some(e) = cache.take(&key) {
                return (key, e);
            }
            let texts: Vec<&str> = s.paragraphs.iter().map(|p| s.paragraph_text(p)).collect();
            // The whole article, and where each paragraph starts in it.
            let (text, starts) = text::joined(&texts);
            // One fold of the text gives its mentions and its words; the words give the shingles and
            // each paragraph's words for quote extraction too.
            let (known, words) = gazetteer.find_with_words(&text);
            let shingles =
                provenance::shingles_of(&words.iter().map(|t| t.word.as_str()).collect::<Vec<_>>());
            let paragraphs: Vec<quotes::Paragraph<'_>> = s
                .paragraphs
                .iter()
                .zip(&texts)
                .map(|(p, text)| quotes::Paragraph { source: &s.id, index: p.n, text })
                .collect();
            // Sources are independent for extraction: one at a time gives what all at once gives. The
            // shingles depend on the words alone, so the text joined for discovery serves.
            let quotes = quotes::extract_joined(&paragraphs, &words, &starts);
            let candidates = discover_in(&text, words, &known);
            (key, Entry::new(&candidates, &quotes, shingles))
        })
        .collect();
    let candidates: Vec<Vec<_>> = parts.par_iter().map(|(_, e)| e.candidates()).collect();
    let provisional = provisional_entities(candidates.iter().map(Vec::as_slice));
    drop(candidates);
    // A discovered name that cannot be added (it clashes with a gazetteer name) is simply not added.
    let gazetteer = gazetteer.with_provisional(&provisional).unwrap_or_else(|| gazetteer.clone());
    let gazetteer_key = cache.gazetteer_key(provisional.iter().map(|p| (p.id.as_str(), p.name.as_str())));

    let found: Vec<Vec<Vec<Mention>>> = list
        .par_iter()
        .zip(parts.par_iter_mut())
        .map(|(s, (_, entry))| {
            entry.mentions(&gazetteer_key).unwrap_or_else(|| {
                let found: Vec<Vec<Mention>> =
                    s.paragraphs.iter().map(|p| gazetteer.find(s.paragraph_text(p))).collect();
                entry.set_mentions(gazetteer_key, &found);
                found
            })
        })
        .collect();
    let mentions = list.iter().map(|s| s.id.clone()).zip(found).collect();
    let quotes: Vec<Quote> = parts.par_iter().flat_map_iter(|(_, e)| e.quotes()).collect();
    cache.save(&parts);
    let shingles: Vec<Vec<u64>> = parts.iter_mut().map(|(_, e)| e.take_shingles()).collect();
    drop(parts);
    let clusters = quotes::cluster(&quotes);

    let bodies: Vec<(&Source, String)> = sources
        .values()
        .map(|s| (s, s.paragraphs.iter().map(|p| s.paragraph_text(p)).collect::<Vec<_>>().join("\n")))
        .collect();
    let docs: Vec<Doc<'_>> =
        bodies.iter().map(|(s, text)| Doc { id: &s.id, text, published: s.meta.published }).collect();
    let declared: Vec<(String, Vec<Origin>)> =
        sources.values().map(|s| (s.id.clone(), s.meta.derived_from.clone())).collect();
    let sizes: Vec<usize> = shingles.iter().map(Vec::len).collect();
    let overlaps = provenance::overlaps_of(&docs, shingles);
    let relations = provenance::relate_sized(&docs, &sizes, &declared, &overlaps)
        .into_iter()
        .map(|r| (r.source.clone(), r))
        .collect();
    Analysis { gazetteer, provisional, mentions, quotes, clusters, overlaps, relations }
}
