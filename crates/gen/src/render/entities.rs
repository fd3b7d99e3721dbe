//! The entity pages: the list of entities grouped by kind, and one page per entity with its mentions
//! in context, source by source (split into pages when there are many), and in the briefing.

use super::editions::{BriefingRef, Uses};
use super::html::{clean, escape, template_escape};
use super::layout::Layout;
use super::markup::context_html;
use super::mentions;
use super::paginate::{self, Pager};
use super::Pages;
use crate::analyse::entities::{Entity, EntityKind, Mention};
use crate::briefing::outlet;
use crate::diag::Error;
use crate::library::Library;
use crate::load::source::Source;
use crate::render::markup::BriefingMention;
use dossier_core::routes;
use minijinja::{context, Environment};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::BTreeMap;
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
    forms: Vec<Form<'a>>,
}

#[derive(Serialize)]
struct Form<'a> {
    form: &'a str,
    count: usize,
}

#[derive(Serialize)]
struct Group<'a, 'r> {
    kind: &'a str,
    heading: &'a str,
    entities: Vec<&'r EntityRow<'a>>,
}

#[derive(Serialize)]
struct BySource<'a> {
    id: &'a str,
    title: &'a str,
    outlet: String,
    published: String,
    /// The mentions in context as list items, markup written here rather than in the template: a
    /// corpus's entity pages hold hundreds of thousands of them, and a template loop over them was
    /// most of the cost of rendering the site.
    items: minijinja::Value,
    /// The same mentions one by one, for a project's own `entity.html` written before `items`.
    #[serde(skip_serializing_if = "Option::is_none")]
    mentions: Option<Vec<MentionView>>,
}

#[derive(Serialize)]
struct MentionView {
    paragraph: usize,
    context: String,
}

/// The estimated size of one mention in context on an entity page, and of the heading of a source's
/// group of mentions.
const MENTION_WEIGHT: usize = 520;
const SOURCE_WEIGHT: usize = 600;

#[derive(Serialize)]
struct BriefingMentionView<'a> {
    anchor: &'a str,
    section: &'a str,
    context: &'a str,
}

/// One briefing's mentions of an entity, on a site with several briefings.
#[derive(Serialize)]
struct InBriefing<'a> {
    briefing: BriefingRef<'a>,
    mentions: Vec<BriefingMentionView<'a>>,
}

/// Where each entity is mentioned: (source id, paragraph number, mention).
type Occurrences<'a> = BTreeMap<usize, Vec<(&'a Source, usize, &'a Mention)>>;

/// Renders the list of entities and every entity page into `pages`.
pub(super) fn render(
    env: &Environment<'_>,
    library: &Library,
    uses: &Uses<'_>,
    pages: &dyn Pages,
) -> Result<(), Error> {
    let a = &library.analysis;
    let site_title = library.site_title();
    let entities = a.gazetteer.entities();
    let mut occurrences: Occurrences<'_> = BTreeMap::new();
    for (id, paras) in &a.mentions {
        // Each source looked up once, not once per mention.
        let Some(source) = library.sources.get(id) else { continue };
        for (i, ms) in paras.iter().enumerate() {
            for m in ms {
                occurrences.entry(m.entity).or_default().push((source, i + 1, m));
            }
        }
    }
    // Mentioned in any briefing of the site (the front page's alone when it has one).
    let in_briefing: BTreeMap<usize, usize> =
        uses.briefings().flat_map(|(b, _)| &b.mentions).fold(BTreeMap::new(), |mut acc, m| {
            *acc.entry(m.entity).or_insert(0) += 1;
            acc
        });

    // Only entities that are mentioned somewhere get a page; the gazetteer may list more.
    let mentioned: Vec<usize> =
        (0..entities.len()).filter(|i| occurrences.contains_key(i) || in_briefing.contains_key(i)).collect();
    // Each entity's row once, for the list and for its page.
    let no_occurrences = Vec::new();
    let occurrences_of = |i: usize| occurrences.get(&i).unwrap_or(&no_occurrences).as_slice();
    let row_of: FxHashMap<usize, EntityRow<'_>> =
        mentioned.par_iter().map(|&i| (i, entity_row(&entities[i], occurrences_of(i)))).collect();
    let mut groups: Vec<Group<'_, '_>> = Vec::new();
    for kind in EntityKind::ALL {
        let mut rows: Vec<&EntityRow<'_>> = mentioned
            .iter()
            .filter(|&&i| entities[i].kind == kind && !entities[i].provisional)
            .filter_map(|i| row_of.get(i))
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
    let provisional: Vec<&EntityRow<'_>> =
        mentioned.iter().filter(|&&i| entities[i].provisional).filter_map(|i| row_of.get(i)).collect();
    if !provisional.is_empty() {
        groups.push(Group { kind: "unconfirmed", heading: "Unconfirmed names", entities: provisional });
    }
    let page = env.get_template("entities.html")?.render(context! {
        layout => Layout::new(routes::ENTITIES_INDEX, format!("Entities — {site_title}"), "entities", site_title),
        groups => groups,
    })?;
    pages.add(PathBuf::from(routes::ENTITIES_INDEX), page.into_bytes())?;

    let mut briefing_mentions: BTreeMap<usize, Vec<BriefingMentionView<'_>>> = BTreeMap::new();
    // On a site with several briefings, each entity's mentions briefing by briefing.
    let mut by_briefing: BTreeMap<usize, Vec<InBriefing<'_>>> = BTreeMap::new();
    if uses.named {
        for (b, briefing) in uses.briefings() {
            for m in &b.mentions {
                let groups = by_briefing.entry(m.entity).or_default();
                match groups.last_mut() {
                    Some(g) if g.briefing.page == briefing.page => g.mentions.push(mention_view(m)),
                    _ => groups.push(InBriefing { briefing, mentions: vec![mention_view(m)] }),
                }
            }
        }
    } else {
        for m in &library.briefing.mentions {
            briefing_mentions.entry(m.entity).or_default().push(mention_view(m));
        }
    }
    // Entity pages are independent: rendered in parallel. An entity's mentions are split into pages;
    // the first also has its counts, the names used and the briefing's mentions.
    let template = env.get_template("entity.html")?;
    // A project's own template may still loop over each group's `mentions` (`by_source`).
    let own = !super::theme::is_default("entity.html", template.source());
    let sentences = mentions::Sentences::new(library);
    mentioned.par_iter().try_for_each(|&i| -> Result<(), Error> {
        let e = &entities[i];
        let list = occurrences_of(i);
        let rows = if own { Vec::new() } else { mentions::rows(list, &sentences) };
        let split = if own {
            let weights = list.iter().enumerate().map(|(k, (sid, _, _))| {
                let opens = k == 0 || !std::ptr::eq(list[k - 1].0, *sid);
                MENTION_WEIGHT + if opens { SOURCE_WEIGHT } else { 0 }
            });
            paginate::split(weights, paginate::PAGE_BUDGET)
        } else {
            paginate::split(mentions::weights(&rows), paginate::PAGE_BUDGET)
        };
        let total = split.len();
        let Some(row) = row_of.get(&i) else { return Ok(()) };
        let briefing = briefing_mentions.get(&i).map(Vec::as_slice).unwrap_or_default();
        let in_briefings = by_briefing.get(&i).map(Vec::as_slice).unwrap_or_default();
        let in_briefings_count: usize = in_briefings.iter().map(|g| g.mentions.len()).sum();
        split.par_iter().enumerate().try_for_each(|(k, range)| -> Result<(), Error> {
            let n = k + 1;
            let route = routes::entity_mentions_page(&e.id, n);
            let title = paginate::title(&e.name, n, site_title);
            // From this page to the entity's first page, where the template's links start.
            let up =
                "../".repeat(route.matches('/').count() - routes::entity_page(&e.id).matches('/').count());
            let layout = Layout::new(&route, title, "entities", site_title);
            let (by_source, in_sources) = if own {
                (by_source(&list[range.clone()], &up, true), String::new())
            } else {
                (
                    Vec::new(),
                    mentions::page_html(&rows[range.clone()], &"../".repeat(route.matches('/').count())),
                )
            };
            let page = template.render(context! {
                layout => layout,
                up => up,
                pager => Pager::new(|n| routes::entity_mentions_page(&e.id, n), n, total),
                entity => row,
                by_source => by_source,
                in_sources => minijinja::Value::from_safe_string(in_sources),
                briefing => if n == 1 { briefing } else { &[] },
                in_briefings => if n == 1 { in_briefings } else { &[] },
                in_briefings_count => in_briefings_count,
            })?;
            pages.add(PathBuf::from(route), page.into_bytes())
        })
    })
}

fn mention_view(m: &BriefingMention) -> BriefingMentionView<'_> {
    BriefingMentionView { anchor: &m.anchor, section: &m.section, context: &m.context }
}

/// Mentions in context, grouped by source (occurrences come source by source); `up` leads from the
/// page to the entity's first page; `listed`: each group also lists its mentions one by one.
fn by_source<'a>(list: &[(&'a Source, usize, &'a Mention)], up: &str, listed: bool) -> Vec<BySource<'a>> {
    let mut out: Vec<(BySource<'_>, String)> = Vec::new();
    // The link to the sources' folder, the same for every item; the id as the template's `{{ }}` writes it.
    let sources = format!("{}../../sources/", escape(up));
    for &(s, n, m) in list {
        let Some(p) = s.paragraph(n) else { continue };
        if out.last().is_none_or(|(b, _)| b.id != s.id) {
            let group = BySource {
                id: &s.id,
                title: &s.meta.title,
                outlet: outlet(s),
                published: s.meta.published.to_string(),
                items: minijinja::Value::UNDEFINED,
                mentions: listed.then(Vec::new),
            };
            out.push((group, String::new()));
        }
        if let Some((group, items)) = out.last_mut() {
            let context = context_html(s.paragraph_text(p), &m.span, 110);
            let _ = write!(
                items,
                "<li><a href=\"{sources}{}/index.html#p{n}\">¶&#8239;{n}</a>: {}</li>\n    ",
                template_escape(&s.id),
                clean(&context)
            );
            if let Some(mentions) = &mut group.mentions {
                mentions.push(MentionView { paragraph: n, context });
            }
        }
    }
    out.into_iter()
        .map(|(mut b, items)| {
            b.items = minijinja::Value::from_safe_string(items);
            b
        })
        .collect()
}

/// An entity's row: its names and counts, from its mentions (which come source by source).
fn entity_row<'a>(e: &'a Entity, list: &[(&'a Source, usize, &'a Mention)]) -> EntityRow<'a> {
    let mut sources = 0;
    let mut forms: BTreeMap<&str, usize> = BTreeMap::new();
    for (k, (s, n, m)) in list.iter().enumerate() {
        if k == 0 || !std::ptr::eq(list[k - 1].0, *s) {
            sources += 1;
        }
        if let Some(form) = s.paragraph(*n).and_then(|p| s.paragraph_text(p).get(m.span.clone())) {
            *forms.entry(form).or_insert(0) += 1;
        }
    }
    let mut forms: Vec<Form<'_>> = forms.into_iter().map(|(form, count)| Form { form, count }).collect();
    forms.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.form.cmp(b.form)));
    EntityRow {
        id: &e.id,
        name: &e.name,
        kind: e.kind.as_str(),
        description: &e.description,
        aliases: &e.aliases,
        provisional: e.provisional,
        mentions: list.len(),
        sources,
        forms,
    }
}
