//! Splitting a listing that grows with the corpus (explore, the sources list, the quotes page, an
//! entity's mentions) into pages, and the page navigation each of them draws (`pager.html`).
//!
//! Pages are cut by an estimate of their size, not by a count of items: a source with a hundred
//! paragraphs weighs more than a one-line brief. The estimate is made from the text before it is
//! rendered, so a listing can be split without holding every page's HTML at once.

use serde::Serialize;
use std::ops::Range;

/// The estimated bytes of items one page holds. The markup around the items (layout, navigation,
/// facet panel) and the error of the estimate stay well inside the 1 MB a page may weigh.
pub(super) const PAGE_BUDGET: usize = 384 * 1024;

/// Splits items of the given estimated sizes into consecutive runs of at most `budget` bytes each (an
/// item larger than the budget has a page to itself). There is always at least one page, empty when
/// there are no items, so every listing has its first page.
pub(super) fn split(weights: impl IntoIterator<Item = usize>, budget: usize) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let (mut start, mut used, mut len) = (0, 0, 0);
    for (i, w) in weights.into_iter().enumerate() {
        if i > start && used + w > budget {
            pages.push(start..i);
            start = i;
            used = 0;
        }
        used += w;
        len = i + 1;
    }
    pages.push(start..len);
    pages
}

/// The page navigation of page `current` of `total`: previous and next (also written as
/// `<link rel=prev/next>` in the head), and numbered links to the first, the last and the pages near
/// the current one. Links are relative to the page they are drawn on.
#[derive(Serialize, Debug, PartialEq, Eq)]
pub(super) struct Pager {
    /// This page's number, from 1.
    current: usize,
    /// How many pages the listing has (at least 2: a listing of one page draws no navigation).
    total: usize,
    prev: Option<String>,
    next: Option<String>,
    /// The numbered links in order; a gap (`n` is `None`) is drawn as an ellipsis.
    links: Vec<PageLink>,
}

#[derive(Serialize, Debug, PartialEq, Eq)]
struct PageLink {
    n: Option<usize>,
    href: String,
    current: bool,
}

/// Pages listed on each side of the current one.
const NEAR: usize = 2;

impl Pager {
    /// The navigation of page `current` (from 1) among `total`, whose pages are at `route(n)` (paths
    /// from the site root); `None` for a listing of one page, which stays as it always was.
    pub(super) fn new(route: impl Fn(usize) -> String, current: usize, total: usize) -> Option<Self> {
        if total < 2 {
            return None;
        }
        let here = route(current);
        let href = |n: usize| relative(&here, &route(n));
        let mut links = Vec::new();
        for n in 1..=total {
            let shown = n == 1 || n == total || n.abs_diff(current) <= NEAR;
            if shown {
                links.push(PageLink { n: Some(n), href: href(n), current: n == current });
            } else if links.last().is_some_and(|l: &PageLink| l.n.is_some()) {
                links.push(PageLink { n: None, href: String::new(), current: false });
            }
        }
        Some(Pager {
            current,
            total,
            prev: (current > 1).then(|| href(current - 1)),
            next: (current < total).then(|| href(current + 1)),
            links,
        })
    }
}

/// The title of page `n` (from 1) of a listing called `name`: "Quotes — Site", "Quotes, page 2 — Site".
pub(super) fn title(name: &str, n: usize, site_title: &str) -> String {
    match n {
        1 => format!("{name} — {site_title}"),
        _ => format!("{name}, page {n} — {site_title}"),
    }
}

/// A link from the page at `from` to the page at `to` (both paths from the site root): up to the root,
/// then down, as the layout's own links go.
pub(super) fn relative(from: &str, to: &str) -> String {
    format!("{}{to}", "../".repeat(from.matches('/').count()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_core::routes;

    #[test]
    fn pages_fill_up_to_the_budget_and_a_large_item_stands_alone() {
        assert_eq!(split([4, 4, 4, 4, 4], 10), [0..2, 2..4, 4..5]);
        assert_eq!(split([3, 30, 3], 10), [0..1, 1..2, 2..3]);
        assert_eq!(split([10, 10], 10), [0..1, 1..2]);
        assert_eq!(split([1, 2, 3], 100), vec![(0..3)]);
        assert_eq!(split([], 10), vec![(0..0)]);
    }

    #[test]
    fn the_navigation_links_near_pages_and_the_ends() {
        assert_eq!(Pager::new(routes::explore_page, 1, 1), None);
        let p = Pager::new(routes::explore_page, 6, 20).expect("pages");
        let shown: Vec<Option<usize>> = p.links.iter().map(|l| l.n).collect();
        assert_eq!(shown, [Some(1), None, Some(4), Some(5), Some(6), Some(7), Some(8), None, Some(20)]);
        assert_eq!(p.prev.as_deref(), Some("../../../explore/page/5/index.html"));
        assert_eq!(p.links[0].href, "../../../explore/index.html");
        assert!(p.links[4].current);
        let first = Pager::new(routes::explore_page, 1, 2).expect("pages");
        assert_eq!((first.prev, first.next.as_deref()), (None, Some("../explore/page/2/index.html")));
    }
}
