//! Analysis across sources: entity mentions (gazetteer and discovered names), quotations with their
//! speakers clustered across outlets, and provenance; and the browser index built from all of it.

pub mod entities;
pub mod lexicon;
pub mod prose;
pub mod provenance;
pub mod quotes;
pub mod text;

use crate::analyse::entities::{discover, provisional_entities, Gazetteer, Mention, Provisional};
use crate::analyse::provenance::{Doc, Overlap, Relation};
use crate::analyse::quotes::{Cluster, Quote};
use crate::briefing::outlet;
use crate::load::source::{Origin, Source};
use dossier_core::index::{ClusterEntry, EntityEntry, Index, ParagraphEntry, QuoteEntry, SourceEntry};
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

/// Runs every analysis over the loaded sources.
pub fn analyse(sources: &BTreeMap<String, Source>, gazetteer: &Gazetteer) -> Analysis {
    // Discovery looks at a whole article at once (sentence-initial words are judged against the rest).
    // Per-source work runs in parallel (rayon); every result is collected in source order, so the output
    // does not depend on the number of threads.
    let list: Vec<&Source> = sources.values().collect();
    let candidates: Vec<Vec<_>> = list
        .par_iter()
        .map(|s| {
            let text = s.paragraphs.iter().map(|p| s.paragraph_text(p)).collect::<Vec<_>>().join("\n\n");
            discover(&text, &gazetteer.find(&text))
        })
        .collect();
    let provisional = provisional_entities(candidates.iter().map(Vec::as_slice));
    // A discovered name that cannot be added (it clashes with a gazetteer name) is simply not added.
    let gazetteer = gazetteer.with_provisional(&provisional).unwrap_or_else(|_| gazetteer.clone());

    let mentions = list
        .par_iter()
        .map(|s| (s.id.clone(), s.paragraphs.iter().map(|p| gazetteer.find(s.paragraph_text(p))).collect()))
        .collect::<Vec<_>>()
        .into_iter()
        .collect();

    let paragraphs: Vec<quotes::Paragraph<'_>> = sources
        .values()
        .flat_map(|s| {
            s.paragraphs.iter().map(|p| quotes::Paragraph {
                source: &s.id,
                index: p.n,
                text: s.paragraph_text(p),
            })
        })
        .collect();
    let quotes = quotes::extract(&paragraphs);
    let clusters = quotes::cluster(&quotes);

    let bodies: Vec<(&Source, String)> = sources
        .values()
        .map(|s| (s, s.paragraphs.iter().map(|p| s.paragraph_text(p)).collect::<Vec<_>>().join("\n")))
        .collect();
    let docs: Vec<Doc<'_>> =
        bodies.iter().map(|(s, text)| Doc { id: &s.id, text, published: s.meta.published }).collect();
    let declared: Vec<(String, Vec<Origin>)> =
        sources.values().map(|s| (s.id.clone(), s.meta.derived_from.clone())).collect();
    let overlaps = provenance::overlaps(&docs);
    let relations =
        provenance::relate(&docs, &declared, &overlaps).into_iter().map(|r| (r.source.clone(), r)).collect();
    Analysis { gazetteer, provisional, mentions, quotes, clusters, overlaps, relations }
}

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Builds the browser index from the analysed sources.
pub fn browser_index(sources: &BTreeMap<String, Source>, analysis: &Analysis) -> Index {
    let mut index = Index::default();
    let position: BTreeMap<&str, u32> =
        sources.keys().enumerate().map(|(i, id)| (id.as_str(), u32_of(i))).collect();
    for s in sources.values() {
        let derived_from = analysis
            .relations
            .get(&s.id)
            .map(|r| r.derived_from.clone())
            .unwrap_or_else(|| s.meta.derived_from.iter().map(origin_label).collect());
        index.sources.push(SourceEntry {
            id: s.id.clone(),
            title: s.meta.title.clone(),
            outlet: outlet(s),
            published: s.meta.published.to_string(),
            derived_from,
        });
        for p in &s.paragraphs {
            index.paragraphs.push(ParagraphEntry {
                source: position.get(s.id.as_str()).copied().unwrap_or(0),
                n: u32_of(p.n),
                entities: analysis.paragraph_entities(&s.id, p.n).into_iter().map(u32_of).collect(),
            });
        }
    }
    index.entities = analysis
        .gazetteer
        .entities()
        .iter()
        .map(|e| EntityEntry {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind.as_str().to_string(),
            provisional: e.provisional,
            aliases: e.aliases.clone(),
        })
        .collect();
    let cluster_of = analysis.cluster_of();
    index.quotes = analysis
        .quotes
        .iter()
        .zip(&cluster_of)
        .map(|(q, &c)| QuoteEntry {
            source: position.get(q.source.as_str()).copied().unwrap_or(0),
            paragraph: u32_of(q.paragraph),
            text: q.text.clone(),
            speaker: q.speaker.clone(),
            cluster: u32_of(c),
        })
        .collect();
    index.clusters = analysis
        .clusters
        .iter()
        .map(|c| ClusterEntry {
            id: c.id.clone(),
            speaker: c.speaker.clone(),
            quotes: c.members.iter().copied().map(u32_of).collect(),
        })
        .collect();
    index
}

fn origin_label(o: &Origin) -> String {
    match o {
        Origin::Source(x) | Origin::Outlet(x) => x.clone(),
    }
}
