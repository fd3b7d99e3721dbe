//! The entity pages: the list of entities grouped by kind, and one page per entity with its mentions
//! in context, source by source, and in the briefing.

use super::layout::Layout;
use super::markup::context_html;
use crate::analyse::entities::{Entity, EntityKind, Mention};
use crate::briefing::outlet;
use crate::diag::Error;
use crate::library::Library;
use dossier_core::routes;
use minijinja::{context, Environment};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
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
const MAX_CONTEXTS: usize = 1500;

#[derive(Serialize)]
struct BriefingMentionView<'a> {
    anchor: &'a str,
    section: &'a str,
    context: &'a str,
}

/// Where each entity is mentioned: (source id, paragraph number, mention).
type Occurrences<'a> = BTreeMap<usize, Vec<(&'a str, usize, &'a Mention)>>;

/// Renders the list of entities and every entity page into `pages`.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    pages: &mut BTreeMap<PathBuf, Vec<u8>>,
) -> Result<(), Error> {
    let a = &library.analysis;
    let site_title = library.site_title();
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
            groups.push(Group {
                kind: kind.as_str(),
                heading: routes::kind_heading(kind.as_str()),
                entities: rows,
            });
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
        layout => Layout::new(routes::ENTITIES_INDEX, format!("Entities — {site_title}"), "entities", site_title),
        groups => groups,
    })?;
    pages.insert(PathBuf::from(routes::ENTITIES_INDEX), page.into_bytes());

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
                layout => Layout::new(&routes::entity_page(&e.id), format!("{} — {site_title}", e.name), "entities", site_title),
                entity => entity_row(i, e, &occurrences, library),
                by_source => by_source,
                briefing => briefing,
            })?;
            Ok((PathBuf::from(routes::entity_page(&e.id)), page.into_bytes()))
        })
        .collect();
    for r in rendered {
        let (path, bytes) = r?;
        pages.insert(path, bytes);
    }
    Ok(())
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
