//! The analysis pages: entities (index and one page each), quotes (clusters across outlets) and explore
//! (every paragraph and quotation, for the browser filter).

use crate::analyse::entities::{Entity, EntityKind, Mention};
use crate::analyse::quotes::{word_diff, DiffOp};
use crate::briefing::outlet;
use crate::diag::Error;
use crate::library::Library;
use crate::render::html::{escape, language_name};
use crate::render::markup::{context_html, entity_ids, mark_text};
use crate::render::Layout;
use minijinja::{context, Environment};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::PathBuf;

#[derive(Serialize)]
struct EntityRow<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'a str,
    description: &'a str,
    aliases: &'a [String],
    provisional: bool,
    mentions: usize,
    sources: usize,
    forms: Vec<Form>,
}

#[derive(Serialize)]
struct Form {
    form: String,
    count: usize,
}

#[derive(Serialize)]
struct Group<'a> {
    kind: &'a str,
    heading: &'a str,
    entities: Vec<EntityRow<'a>>,
}

#[derive(Serialize)]
struct MentionView {
    paragraph: usize,
    context: String,
}

#[derive(Serialize)]
struct BySource<'a> {
    id: &'a str,
    title: &'a str,
    outlet: String,
    published: String,
    /// Mentions shown in context.
    mentions: Vec<MentionView>,
    /// Paragraphs of the mentions past [`MAX_CONTEXTS`], linked without context.
    more: Vec<usize>,
}

/// Mentions an entity page shows in context; past this many, a source's mentions are listed as paragraph
/// links. Every mention of the seed corpus is shown in context; at thousands of sources one page with
/// every context of "Taliban" would run to tens of megabytes, which no reader scrolls.
pub const MAX_CONTEXTS: usize = 1500;

#[derive(Serialize)]
struct BriefingMentionView<'a> {
    anchor: &'a str,
    section: &'a str,
    context: &'a str,
}

/// Where each entity is mentioned: (source id, paragraph number, mention).
type Occurrences<'a> = BTreeMap<usize, Vec<(&'a str, usize, &'a Mention)>>;

fn heading(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Organization => "Organizations",
        EntityKind::Place => "Places",
        EntityKind::Event => "Events",
        EntityKind::Document => "Documents",
        EntityKind::Other => "Other names",
    }
}

/// Renders the entity, quote and explore pages into `pages`.
pub fn render(
    env: &Environment<'_>,
    library: &Library,
    pages: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> Result<(), Error> {
    let a = &library.analysis;
    let site_title = library.briefing.meta.title.as_str();
    let entities = a.gazetteer.entities();
    let mut occurrences: Occurrences<'_> = BTreeMap::new();
    for (id, paras) in &a.mentions {
        for (i, ms) in paras.iter().enumerate() {
            for m in ms {
                occurrences.entry(m.entity).or_default().push((id.as_str(), i + 1, m));
            }
        }
    }
    let in_briefing: BTreeMap<usize, usize> =
        library.briefing.mentions.iter().fold(BTreeMap::new(), |mut acc, m| {
            *acc.entry(m.entity).or_insert(0) += 1;
            acc
        });

    // Only entities that are mentioned somewhere get a page; the gazetteer may list more.
    let mentioned: Vec<usize> =
        (0..entities.len()).filter(|i| occurrences.contains_key(i) || in_briefing.contains_key(i)).collect();
    let mut groups: Vec<Group<'_>> = Vec::new();
    for kind in EntityKind::ALL {
        let mut rows: Vec<EntityRow<'_>> = mentioned
            .iter()
            .filter(|&&i| entities[i].kind == kind && !entities[i].provisional)
            .map(|&i| entity_row(i, &entities[i], &occurrences, library))
            .collect();
        rows.sort_by(|x, y| y.mentions.cmp(&x.mentions).then_with(|| x.name.cmp(y.name)));
        if !rows.is_empty() {
            groups.push(Group { kind: kind.as_str(), heading: heading(kind), entities: rows });
        }
    }
    let provisional: Vec<EntityRow<'_>> = mentioned
        .iter()
        .filter(|&&i| entities[i].provisional)
        .map(|&i| entity_row(i, &entities[i], &occurrences, library))
        .collect();
    if !provisional.is_empty() {
        groups.push(Group { kind: "unconfirmed", heading: "Unconfirmed names", entities: provisional });
    }
    let page = env.get_template("entities.html")?.render(context! {
        layout => Layout::new("../", format!("Entities — {site_title}"), "entities", site_title),
        groups => groups,
    })?;
    pages.insert(PathBuf::from("entities/index.html"), page.into_bytes());

    let mut briefing_mentions: BTreeMap<usize, Vec<BriefingMentionView<'_>>> = BTreeMap::new();
    for m in &library.briefing.mentions {
        briefing_mentions.entry(m.entity).or_default().push(BriefingMentionView {
            anchor: &m.anchor,
            section: &m.section,
            context: &m.context,
        });
    }
    // Entity pages are independent: rendered in parallel, inserted in order.
    let rendered: Vec<Result<(PathBuf, Vec<u8>), Error>> = mentioned
        .par_iter()
        .map(|&i| -> Result<(PathBuf, Vec<u8>), Error> {
            let e = &entities[i];
            let mut by_source: Vec<BySource<'_>> = Vec::new();
            for (k, &(sid, n, m)) in
                occurrences.get(&i).map(Vec::as_slice).unwrap_or_default().iter().enumerate()
            {
                let Some(s) = library.sources.get(sid) else { continue };
                let Some(p) = s.paragraph(n) else { continue };
                // Occurrences come source by source, so a source's mentions are always the last group.
                if by_source.last().is_none_or(|b| b.id != sid) {
                    by_source.push(BySource {
                        id: &s.id,
                        title: &s.meta.title,
                        outlet: outlet(s),
                        published: s.meta.published.to_string(),
                        mentions: Vec::new(),
                        more: Vec::new(),
                    });
                }
                let Some(b) = by_source.last_mut() else { continue };
                if k < MAX_CONTEXTS {
                    b.mentions.push(MentionView {
                        paragraph: n,
                        context: context_html(s.paragraph_text(p), &m.span, 110),
                    });
                } else if !b.more.contains(&n) {
                    b.more.push(n);
                }
            }
            let briefing = briefing_mentions.get(&i).map(Vec::as_slice).unwrap_or_default();
            let page = env.get_template("entity.html")?.render(context! {
                layout => Layout::new("../../", format!("{} — {site_title}", e.name), "entities", site_title),
                entity => entity_row(i, e, &occurrences, library),
                by_source => by_source,
                briefing => briefing,
            })?;
            Ok((PathBuf::from(format!("entities/{}/index.html", e.id)), page.into_bytes()))
        })
        .collect();
    for r in rendered {
        let (path, bytes) = r?;
        pages.insert(path, bytes);
    }

    render_quotes(env, library, pages)?;
    render_explore(env, library, pages)
}

fn entity_row<'a>(
    i: usize,
    e: &'a Entity,
    occurrences: &Occurrences<'_>,
    library: &Library,
) -> EntityRow<'a> {
    let list = occurrences.get(&i).map(Vec::as_slice).unwrap_or_default();
    let sources: BTreeSet<&str> = list.iter().map(|(s, _, _)| *s).collect();
    let mut forms: BTreeMap<String, usize> = BTreeMap::new();
    for (sid, n, m) in list {
        if let Some(text) =
            library.sources.get(*sid).and_then(|s| s.paragraph(*n).map(|p| s.paragraph_text(p)))
        {
            if let Some(form) = text.get(m.span.clone()) {
                *forms.entry(form.to_string()).or_insert(0) += 1;
            }
        }
    }
    let mut forms: Vec<Form> = forms.into_iter().map(|(form, count)| Form { form, count }).collect();
    forms.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.form.cmp(&b.form)));
    EntityRow {
        id: &e.id,
        name: &e.name,
        kind: e.kind.as_str(),
        description: &e.description,
        aliases: &e.aliases,
        provisional: e.provisional,
        mentions: list.len(),
        sources: sources.len(),
        forms,
    }
}

#[derive(Serialize)]
struct MemberView<'a> {
    source: &'a str,
    outlet: String,
    published: String,
    paragraph: usize,
    speaker: Option<&'a str>,
    text: &'a str,
    /// Word-level differences from the cluster's first wording, as HTML; `None` for the first.
    diff: Option<String>,
    translated: Option<String>,
    lang: Option<&'a str>,
}

#[derive(Serialize)]
struct ClusterView<'a> {
    id: &'a str,
    speaker: Option<&'a str>,
    sources: Vec<&'a str>,
    members: Vec<MemberView<'a>>,
}

fn diff_html(a: &str, b: &str) -> String {
    let mut out = String::new();
    for (i, op) in word_diff(a, b).into_iter().enumerate() {
        // Each step is a run of words; runs are separated by a space, as in the text.
        if i > 0 {
            out.push(' ');
        }
        let _ = match op {
            DiffOp::Same(t) => write!(out, "{}", escape(&t)),
            DiffOp::Removed(t) => write!(out, "<del>{}</del>", escape(&t)),
            DiffOp::Added(t) => write!(out, "<ins>{}</ins>", escape(&t)),
        };
    }
    out
}

fn render_quotes(
    env: &Environment<'_>,
    library: &Library,
    pages: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> Result<(), Error> {
    let a = &library.analysis;
    let site_title = library.briefing.meta.title.as_str();
    let mut clusters: Vec<ClusterView<'_>> = a
        .clusters
        .iter()
        .map(|c| {
            let first = c.members.first().and_then(|&m| a.quotes.get(m));
            let members: Vec<MemberView<'_>> = c
                .members
                .iter()
                .filter_map(|&m| a.quotes.get(m))
                .enumerate()
                .filter_map(|(k, q)| {
                    let s = library.sources.get(&q.source)?;
                    let diff = match (k, first) {
                        (0, _) | (_, None) => None,
                        (_, Some(f)) => Some(diff_html(&f.text, &q.text)),
                    };
                    Some(MemberView {
                        source: &s.id,
                        outlet: outlet(s),
                        published: s.meta.published.to_string(),
                        paragraph: q.paragraph,
                        speaker: q.speaker.as_deref(),
                        text: &q.text,
                        diff,
                        translated: s
                            .meta
                            .translated_from
                            .as_deref()
                            .map(|l| format!("translated from {}", language_name(l))),
                        lang: (s.meta.language != "en").then_some(s.meta.language.as_str()),
                    })
                })
                .collect();
            let mut sources: Vec<&str> = members.iter().map(|m| m.source).collect();
            sources.sort_unstable();
            sources.dedup();
            ClusterView { id: &c.id, speaker: c.speaker.as_deref(), sources, members }
        })
        .collect();
    // Statements carried by several outlets first: they are what this page is for.
    clusters.sort_by(|x, y| y.sources.len().cmp(&x.sources.len()).then_with(|| x.id.cmp(y.id)));
    let shared = clusters.iter().filter(|c| c.sources.len() > 1).count();
    let page = env.get_template("quotes.html")?.render(context! {
        layout => Layout::new("../", format!("Quotes — {site_title}"), "quotes", site_title),
        total => a.quotes.len(),
        shared => shared,
        clusters => clusters,
    })?;
    pages.insert(PathBuf::from("quotes/index.html"), page.into_bytes());
    Ok(())
}

#[derive(Serialize)]
struct ExploreParagraph {
    n: usize,
    html: String,
    entities: String,
}

#[derive(Serialize)]
struct ExploreQuote<'a> {
    html: String,
    entities: String,
    speaker: Option<&'a str>,
    paragraph: usize,
    cluster: &'a str,
    cluster_size: usize,
}

#[derive(Serialize)]
struct ExploreSource<'a> {
    id: &'a str,
    title: &'a str,
    outlet: String,
    published: String,
    derived: String,
    paragraphs: Vec<ExploreParagraph>,
    quotes: Vec<ExploreQuote<'a>>,
}

fn render_explore(
    env: &Environment<'_>,
    library: &Library,
    pages: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> Result<(), Error> {
    let a = &library.analysis;
    let entities = a.gazetteer.entities();
    let cluster_of = a.cluster_of();
    let site_title = library.briefing.meta.title.as_str();
    // Each source's quotes, gathered once (filtering all quotes per source would be quadratic).
    let mut quotes_of: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, q) in a.quotes.iter().enumerate() {
        quotes_of.entry(q.source.as_str()).or_default().push(i);
    }
    let mut views = Vec::new();
    for s in library.sources.values() {
        let mentions = a.mentions.get(&s.id);
        let paragraphs = s
            .paragraphs
            .iter()
            .map(|p| {
                let ms = mentions.and_then(|m| m.get(p.n - 1)).map(Vec::as_slice).unwrap_or_default();
                ExploreParagraph {
                    n: p.n,
                    html: mark_text(s.paragraph_text(p), ms, entities),
                    entities: entity_ids(ms, entities),
                }
            })
            .collect();
        let quotes = quotes_of
            .get(s.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
            .map(|&i| (i, &a.quotes[i]))
            .map(|(i, q)| {
                let found = a.gazetteer.find(&q.text);
                let cluster = a.clusters.get(cluster_of[i]);
                ExploreQuote {
                    html: mark_text(&q.text, &found, entities),
                    entities: entity_ids(&found, entities),
                    speaker: q.speaker.as_deref(),
                    paragraph: q.paragraph,
                    cluster: cluster.map_or("", |c| c.id.as_str()),
                    cluster_size: cluster.map_or(1, |c| {
                        c.members
                            .iter()
                            .filter_map(|&m| a.quotes.get(m))
                            .map(|q| &q.source)
                            .collect::<BTreeSet<_>>()
                            .len()
                    }),
                }
            })
            .collect();
        let derived = a.relations.get(&s.id).map(|r| r.derived_from.join(", ")).unwrap_or_default();
        views.push(ExploreSource {
            id: &s.id,
            title: &s.meta.title,
            outlet: outlet(s),
            published: s.meta.published.to_string(),
            derived,
            paragraphs,
            quotes,
        });
    }
    let page = env.get_template("explore.html")?.render(context! {
        layout => Layout::new("../", format!("Explore — {site_title}"), "explore", site_title).with_facets(None),
        sources => views,
    })?;
    pages.insert(PathBuf::from("explore/index.html"), page.into_bytes());
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn diff_keeps_the_spaces_between_words() {
        assert_eq!(
            super::diff_html("give it to the Taliban", "transfer it to the Taliban"),
            "<del>give</del> <ins>transfer</ins> it to the Taliban"
        );
    }
}
