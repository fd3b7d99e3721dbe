//! Links and images in the briefing: the scheme is checked where the link is written, and a link to a
//! page of the site is checked, once every heading id and note is known, against the pages the build
//! writes (the URL scheme of [`dossier_core::routes`]).

use super::model::Image;
use super::report::Report;
use dossier_core::routes;
use std::collections::BTreeSet;
use std::ops::Range;

/// The briefing's own element ids besides headings and notes.
const BRIEFING_IDS: [&str; 3] = ["notes-title", "toc-title", "main"];
/// A source page's element ids besides its paragraphs.
const SOURCE_IDS: [&str; 3] = ["cited-title", "text-title", "main"];

/// Links to paths in the site, kept until the whole briefing is read.
#[derive(Default)]
pub(super) struct Links {
    links: Vec<(String, Range<usize>)>,
    images: Vec<Image>,
}

/// What a link in the site may point to.
pub(super) struct Site<'s> {
    /// Each source id with its number of paragraphs.
    pub(super) sources: Vec<(&'s str, usize)>,
    /// Entity ids (each has a page).
    pub(super) entity_ids: &'s BTreeSet<String>,
    /// The briefing's heading ids.
    pub(super) heading_ids: &'s BTreeSet<String>,
    /// How many notes the briefing has.
    pub(super) note_count: usize,
}

impl Links {
    /// Checks a link's scheme: http, https, mailto or a path in the site; an image must be in the site.
    /// Paths are kept for [`Links::check`].
    pub(super) fn check_url(&mut self, url: &str, span: Range<usize>, image: bool, report: &mut Report<'_>) {
        let lower = url.trim().to_ascii_lowercase();
        let scheme = lower
            .split_once(':')
            .map(|(s, _)| s)
            .filter(|s| s.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)));
        let external = matches!(scheme, Some("http" | "https"));
        if scheme.is_none() && !lower.starts_with("//") {
            if image {
                self.images.push(Image { url: url.to_string(), span: span.clone() });
            } else {
                self.links.push((url.to_string(), span.clone()));
            }
        }
        let ok = match scheme {
            None => !lower.starts_with("//"),
            Some("http" | "https" | "mailto") => !image,
            Some(_) => false,
        };
        if !ok {
            let msg = if image && external {
                format!("image `{url}` is outside the site")
            } else {
                format!("link to `{url}` is not allowed")
            };
            report.error(span, msg, "here", Some("links may be http, https, mailto or a path in the site; images must be files in the site".into()));
        }
    }

    /// Checks the briefing's links to pages of the site: the page must be one the build writes, and a
    /// `#fragment` on the briefing itself or on a source page must exist. Returns the images with a path
    /// in the site, checked once the static files are known.
    pub(super) fn check(self, site: &Site<'_>, report: &mut Report<'_>) -> Vec<Image> {
        let mut pages: BTreeSet<String> = [
            routes::HOME,
            routes::SOURCES_INDEX,
            routes::ENTITIES_INDEX,
            routes::QUOTES_PAGE,
            routes::EXPLORE_PAGE,
            routes::SEARCH_PAGE,
        ]
        .into_iter()
        .map(String::from)
        .collect();
        let source_pages: std::collections::BTreeMap<String, usize> =
            site.sources.iter().map(|&(id, paragraphs)| (routes::source_page(id), paragraphs)).collect();
        pages.extend(source_pages.keys().cloned());
        pages.extend(site.entity_ids.iter().map(|id| routes::entity_page(id)));
        for (url, span) in self.links {
            let (path, fragment) = url.split_once('#').map_or((url.as_str(), None), |(p, f)| (p, Some(f)));
            let path = path.split('?').next().unwrap_or("").trim_start_matches("./");
            if path.starts_with(&format!("{}/", routes::STATIC_DIR)) {
                continue;
            }
            let page = match path {
                "" => routes::HOME.to_string(),
                // A folder means its index file, named as the home page is.
                p if p.ends_with('/') => format!("{p}{}", routes::HOME),
                p => p.to_string(),
            };
            if !pages.contains(&page) {
                let known: Vec<String> = pages.iter().cloned().collect();
                let help = match crate::suggest(&page, &known) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => {
                        format!("link to a page of the site, e.g. `{}`", routes::paragraph_link("<id>", 4))
                    }
                };
                report.error(
                    span,
                    format!("broken link `{url}`: no such page in the site"),
                    "broken link",
                    Some(help),
                );
                continue;
            }
            let Some(fragment) = fragment.filter(|f| !f.is_empty()) else { continue };
            let exists = if page == routes::HOME {
                site.heading_ids.contains(fragment)
                    || fragment
                        .strip_prefix("note-")
                        .and_then(|n| n.parse::<usize>().ok())
                        .is_some_and(|n| (1..=site.note_count).contains(&n))
                    || BRIEFING_IDS.contains(&fragment)
                    || fragment.strip_prefix('b').is_some_and(|n| n.parse::<usize>().is_ok())
            } else if let Some(&paragraphs) = source_pages.get(&page) {
                fragment
                    .strip_prefix('p')
                    .and_then(|n| n.parse::<usize>().ok())
                    .is_some_and(|n| (1..=paragraphs).contains(&n))
                    || SOURCE_IDS.contains(&fragment)
            } else {
                true // other pages' ids are checked on the rendered site
            };
            if !exists {
                report.error(
                    span,
                    format!("broken link `{url}`: `{page}` has no `#{fragment}`"),
                    "no such anchor",
                    Some("headings have ids from their text (or `{#id}`); source paragraphs are `#p1`, `#p2`, …".into()),
                );
            }
        }
        self.images
    }
}
