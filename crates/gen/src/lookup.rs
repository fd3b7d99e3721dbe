//! `dossier quote`, `dossier search` and `dossier entity`: lookups from a terminal, answered by the same
//! core functions as the browser's search box and facet panel.

use crate::analyse::Analysis;
use dossier_core::answer::{Finder, Found};
use dossier_core::index::Index;
use dossier_core::routes;
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
    /// The fragment as searched, when a misspelt word was corrected (absent otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corrected: Option<String>,
    /// Best first; variants of a matched statement follow the wordings that matched.
    pub matches: Vec<QuoteMatch>,
}

/// Answers a quote lookup (misspelt words corrected first, as the search box does).
pub fn quote(index: &Index, query: &str) -> QuoteAnswer {
    let (corrected, hits) = Finder::new(index).quotations(index, query);
    let matches = hits
        .into_iter()
        .filter_map(|h| {
            let q = index.quotes.get(h.quote)?;
            let source = index.sources.get(q.source as usize)?;
            let cluster = index.clusters.get(q.cluster as usize)?;
            Some(QuoteMatch {
                text: q.text.clone(),
                speaker: q.speaker.clone().or_else(|| cluster.speaker.clone()),
                source: source.id.clone(),
                anchor: routes::paragraph_anchor(q.paragraph as usize),
                cluster: cluster.id.clone(),
            })
        })
        .collect();
    QuoteAnswer { query: query.to_string(), corrected, matches }
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
    if let Some(c) = &a.corrected {
        let _ = writeln!(out, "Showing results for “{c}”.");
    }
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

/// One result of `dossier search`: a quotation (with every outlet that carries it) or a passage.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SearchMatch {
    /// `quotation` or `passage`.
    pub kind: &'static str,
    /// The source id (for a quotation, of its best-matching wording).
    pub source: String,
    /// The paragraph number (anchor `#p{n}`).
    pub paragraph: u32,
    /// The quoted words, or the paragraph's text.
    pub text: String,
    /// Higher is better (see `dossier_core::answer::Rank::score`).
    pub score: u32,
    /// The source's outlet.
    pub outlet: String,
    /// The source's date as the reader sees it.
    pub published: String,
    /// The words of `text` that matched the query, in order, each once.
    pub words: Vec<String>,
    /// For a quotation: who said it, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// For a quotation: every source's wording of the statement, best first (the first is this match).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub outlets: Vec<Carried>,
    /// For a passage: the part of the text worth showing, matched words marked `*like this*`.
    #[serde(skip)]
    pub excerpt: String,
}

/// One source's wording of a quotation.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Carried {
    /// The source id.
    pub source: String,
    /// Its outlet.
    pub outlet: String,
    /// Its date.
    pub published: String,
    /// The paragraph number.
    pub paragraph: u32,
    /// The quoted words as this source has them.
    pub text: String,
}

/// The answer to `dossier search`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SearchAnswer {
    /// The query as typed.
    pub query: String,
    /// The query as searched, when a misspelt word was corrected.
    pub corrected: Option<String>,
    /// Best first.
    pub matches: Vec<SearchMatch>,
}

/// Answers a search over quotations and passages: at most `limit` results.
pub fn search(index: &Index, query: &str, limit: usize) -> SearchAnswer {
    let answer = Finder::new(index).find(index, query, limit);
    let matches = answer.results.iter().filter_map(|r| search_match(index, r)).collect();
    SearchAnswer { query: query.to_string(), corrected: answer.corrected, matches }
}

fn search_match(index: &Index, found: &Found) -> Option<SearchMatch> {
    let words = |text: &str, ranges: &mut dyn Iterator<Item = std::ops::Range<usize>>| {
        let mut out: Vec<String> = Vec::new();
        for r in ranges {
            if let Some(w) = text.get(r).map(str::to_string).filter(|w| !out.contains(w)) {
                out.push(w);
            }
        }
        out
    };
    match found {
        Found::Quotation { cluster, hits, rank } => {
            let best = index.quotes.get(hits.first()?.quote)?;
            let source = index.sources.get(best.source as usize)?;
            let highlighted = hits.first()?.highlight.clone();
            let outlets = hits
                .iter()
                .filter_map(|h| {
                    let q = index.quotes.get(h.quote)?;
                    let s = index.sources.get(q.source as usize)?;
                    Some(Carried {
                        source: s.id.clone(),
                        outlet: s.outlet.clone(),
                        published: s.published.clone(),
                        paragraph: q.paragraph,
                        text: q.text.clone(),
                    })
                })
                .collect();
            let mut matched = highlighted.into_iter();
            let speaker = best.speaker.clone().or_else(|| index.clusters.get(*cluster)?.speaker.clone());
            Some(SearchMatch {
                kind: "quotation",
                source: source.id.clone(),
                paragraph: best.paragraph,
                words: words(&best.text, &mut matched),
                text: best.text.clone(),
                score: rank.score(),
                outlet: source.outlet.clone(),
                published: source.published.clone(),
                speaker,
                outlets,
                excerpt: String::new(),
            })
        }
        Found::Passage { hit, rank } => {
            let p = index.paragraphs.get(hit.paragraph)?;
            let source = index.sources.get(p.source as usize)?;
            Some(SearchMatch {
                kind: "passage",
                source: source.id.clone(),
                paragraph: p.n,
                words: words(&p.text, &mut hit.highlights.iter().cloned()),
                text: p.text.clone(),
                score: rank.score(),
                outlet: source.outlet.clone(),
                published: source.published.clone(),
                speaker: None,
                outlets: Vec::new(),
                excerpt: marked(&p.text, &hit.excerpt, &hit.highlights),
            })
        }
    }
}

/// A search answer for a person at a terminal: each result with its link, matched words marked
/// `*like this*` in a passage's excerpt.
pub fn search_text(a: &SearchAnswer) -> String {
    let mut out = String::new();
    if let Some(c) = &a.corrected {
        let _ = writeln!(out, "Showing results for “{c}”.");
    }
    if a.matches.is_empty() {
        let _ = writeln!(out, "Nothing in the sources matches “{}”.", a.query);
        return out;
    }
    for m in &a.matches {
        let link = routes::paragraph_link(&m.source, m.paragraph as usize);
        if m.kind == "quotation" {
            let speaker = m.speaker.as_deref().unwrap_or("speaker not named");
            let n = m.outlets.len();
            let _ = writeln!(
                out,
                "\nQuotation, {speaker}, {n} source{} (score {})",
                if n == 1 { "" } else { "s" },
                m.score
            );
            for c in &m.outlets {
                let link = routes::paragraph_link(&c.source, c.paragraph as usize);
                let _ = writeln!(out, "  {link} ({}, {}): “{}”", c.outlet, c.published, c.text);
            }
        } else {
            let _ = writeln!(out, "\nPassage, {link} ({}, {}; score {})", m.outlet, m.published, m.score);
            let _ = writeln!(out, "  {}", m.excerpt);
        }
    }
    out
}

/// The excerpt of a text with the highlighted ranges inside it marked `*…*`, and `…` where it is cut.
fn marked(text: &str, excerpt: &std::ops::Range<usize>, highlights: &[std::ops::Range<usize>]) -> String {
    let (start, end) = (excerpt.start.min(text.len()), excerpt.end.min(text.len()));
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut at = start;
    for r in highlights {
        if r.start < at || r.end > end {
            continue;
        }
        let (Some(before), Some(word)) = (text.get(at..r.start), text.get(r.clone())) else { continue };
        out.push_str(before);
        out.push('*');
        out.push_str(word);
        out.push('*');
        at = r.end;
    }
    out.push_str(text.get(at..end).unwrap_or_default());
    if end < text.len() {
        out.push('…');
    }
    out
}
