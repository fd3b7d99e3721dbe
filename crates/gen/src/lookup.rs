//! `dossier quote` and `dossier entity`: lookups from a terminal, answered by the same core functions as
//! the browser's search box and facet panel.

use crate::analyse::Analysis;
use dossier_core::index::Index;
use dossier_core::search::search;
use serde::Serialize;
use std::collections::BTreeSet;
use std::fmt::Write;

/// One source's wording that answers a quote lookup.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct QuoteMatch {
    /// The quoted words as this source has them.
    pub text: String,
    /// Who said it, as the text names them.
    pub speaker: Option<String>,
    /// The source id.
    pub source: String,
    /// The paragraph anchor (`p4`).
    pub anchor: String,
    /// The id of the statement's cluster.
    pub cluster: String,
}

/// The answer to `dossier quote`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct QuoteAnswer {
    /// The fragment as typed.
    pub query: String,
    /// Best first; variants of a matched statement follow the wordings that matched.
    pub matches: Vec<QuoteMatch>,
}

/// Answers a quote lookup.
pub fn quote(index: &Index, query: &str) -> QuoteAnswer {
    let matches = search(index, query)
        .into_iter()
        .filter_map(|h| {
            let q = index.quotes.get(h.quote)?;
            let source = index.sources.get(q.source as usize)?;
            let cluster = index.clusters.get(q.cluster as usize)?;
            Some(QuoteMatch {
                text: q.text.clone(),
                speaker: q.speaker.clone().or_else(|| cluster.speaker.clone()),
                source: source.id.clone(),
                anchor: dossier_core::routes::paragraph_anchor(q.paragraph as usize),
                cluster: cluster.id.clone(),
            })
        })
        .collect();
    QuoteAnswer { query: query.to_string(), matches }
}

/// The entity part of an entity lookup.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct EntityRef {
    /// Its id.
    pub id: String,
    /// Its canonical name.
    pub name: String,
    /// person, organization, place, …
    pub kind: String,
}

/// The answer to `dossier entity`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct EntityAnswer {
    /// The name as typed.
    pub query: String,
    /// The entity, when the name is one of its names.
    pub entity: Option<EntityRef>,
    /// Ids of the sources that mention it.
    pub sources: Vec<String>,
    /// Number of mentions across the sources.
    pub mentions: usize,
}

/// Answers an entity lookup: the name is resolved by core (any alias, folded), the sources come from the
/// index's paragraphs, the mention count from the analysis.
pub fn entity(index: &Index, analysis: &Analysis, name: &str) -> EntityAnswer {
    // Discovered names are recorded without their titles; "Mullah X" finds X too.
    let found = index.entity(name).or_else(|| index.entity(&crate::analyse::entities::without_titles(name)));
    let Some(i) = found else {
        return EntityAnswer { query: name.to_string(), entity: None, sources: Vec::new(), mentions: 0 };
    };
    let e = &index.entities[i];
    let wanted = u32::try_from(i).unwrap_or(u32::MAX);
    let sources: BTreeSet<String> = index
        .paragraphs
        .iter()
        .filter(|p| p.entities.binary_search(&wanted).is_ok())
        .filter_map(|p| index.sources.get(p.source as usize).map(|s| s.id.clone()))
        .collect();
    let mentions = analysis.mentions.values().flatten().flatten().filter(|m| m.entity == i).count();
    EntityAnswer {
        query: name.to_string(),
        entity: Some(EntityRef { id: e.id.clone(), name: e.name.clone(), kind: e.kind.clone() }),
        sources: sources.into_iter().collect(),
        mentions,
    }
}

/// A quote answer for a person at a terminal.
pub fn quote_text(a: &QuoteAnswer) -> String {
    if a.matches.is_empty() {
        return format!("No quotation matches “{}”.\n", a.query);
    }
    let mut out = String::new();
    let mut last_cluster = "";
    for m in &a.matches {
        if m.cluster != last_cluster {
            let speaker = m.speaker.as_deref().unwrap_or("speaker not named");
            let _ = writeln!(out, "\n{speaker} [{}]", m.cluster);
            last_cluster = &m.cluster;
        }
        let _ = writeln!(out, "  {}#{}: “{}”", m.source, m.anchor, m.text);
    }
    out
}

/// An entity answer for a person at a terminal.
pub fn entity_text(a: &EntityAnswer) -> String {
    match &a.entity {
        None => format!("No entity is called “{}”. The entity pages list every name.\n", a.query),
        Some(e) => format!(
            "{} ({}, id {}): {} mention{} in {} source{}: {}\n",
            e.name,
            e.kind,
            e.id,
            a.mentions,
            if a.mentions == 1 { "" } else { "s" },
            a.sources.len(),
            if a.sources.len() == 1 { "" } else { "s" },
            a.sources.join(", ")
        ),
    }
}
