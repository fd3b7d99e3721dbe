//! Analysis across sources, and the browser index built from it.

use crate::briefing::outlet;
use crate::source::{Origin, Source};
use dossier_core::index::{Index, ParagraphEntry, SourceEntry};
use std::collections::BTreeMap;

/// Builds the browser index from the analysed sources.
pub fn browser_index(sources: &BTreeMap<String, Source>) -> Index {
    let mut index = Index::default();
    for (i, s) in sources.values().enumerate() {
        let source = u32::try_from(i).unwrap_or(u32::MAX);
        index.sources.push(SourceEntry {
            id: s.id.clone(),
            title: s.meta.title.clone(),
            outlet: outlet(s),
            published: s.meta.published.to_string(),
            derived_from: s
                .meta
                .derived_from
                .iter()
                .map(|o| match o {
                    Origin::Source(id) | Origin::Outlet(id) => id.clone(),
                })
                .collect(),
        });
        for p in &s.paragraphs {
            index.paragraphs.push(ParagraphEntry {
                source,
                n: u32::try_from(p.n).unwrap_or(u32::MAX),
                entities: Vec::new(),
            });
        }
    }
    index
}
