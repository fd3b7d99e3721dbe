//! The browser index ([`dossier_core::index::Index`]): every source, paragraph, entity, quotation and
//! cluster the analysis found, in the compact form the search page loads.

use crate::analyse::provenance::origin_label;
use crate::analyse::Analysis;
use crate::briefing::source_name;
use crate::load::source::{Published, Source};
use dossier_core::index::{ClusterEntry, EntityEntry, Index, ParagraphEntry, QuoteEntry, SourceEntry};
use std::collections::BTreeMap;

fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A date as `yyyymmdd` (`00` for what is not known, 0 when undated), so that dates sort as numbers.
fn sortable(p: &Published) -> u32 {
    match *p {
        Published::Unknown => 0,
        Published::Year(y) => u32::from(y) * 10_000,
        Published::Month(y, m) => u32::from(y) * 10_000 + u32::from(m) * 100,
        Published::Day(y, m, d) => u32::from(y) * 10_000 + u32::from(m) * 100 + u32::from(d),
    }
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
            .unwrap_or_else(|| s.meta.derived_from.iter().map(|o| origin_label(o).to_string()).collect());
        index.sources.push(SourceEntry {
            id: s.id.clone(),
            title: s.meta.title.clone(),
            // How the quotes page names it: the outlet, or for an unknown one the start of the title
            // ("Unknown outlet, 2021" told a reader nothing and two such sources apart not at all).
            outlet: source_name(s),
            published: s.meta.published.to_string(),
            date: sortable(&s.meta.published),
            derived_from,
        });
        for p in &s.paragraphs {
            index.paragraphs.push(ParagraphEntry {
                source: position.get(s.id.as_str()).copied().unwrap_or(0),
                n: u32_of(p.n),
                entities: analysis.paragraph_entities(&s.id, p.n).into_iter().map(u32_of).collect(),
                text: s.paragraph_text(p).to_string(),
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
