//! Which parts of a page's DOM can hold the article, and which element is the article.
//!
//! Two rules, after Readability's "unlikely candidates" and trafilatura's boilerplate lists: elements
//! that never hold article text are skipped by tag (scripts, navigation, forms, figures and their
//! captions, AMP widgets), and elements whose `class`, `id` or component name carries a boilerplate word
//! (comments, share, related, cookie, newsletter, byline, …) are skipped with everything in them. The
//! words are matched as whole tokens of the name (`related-content` is two tokens, `StoryHeader` two),
//! not as substrings, so `Mobiledoc` or `post-body` never match `ad` or `body` by accident.
//!
//! The article is then the deepest element that holds most of the page's prose: text blocks of at
//! least [`PROSE_CHARS`] characters that are not mostly link text, summed over each element's subtree.
//! Taking the deepest holder of a share of the prose, rather than Readability's best-scored parent plus
//! siblings, keeps live blogs and `<div>`-only pages whole and needs no per-site weights.

use ego_tree::NodeRef;
use scraper::{ElementRef, Node};
use std::collections::HashMap;

/// Tags whose content is never article text.
const SKIP_TAGS: [&str; 28] = [
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "nav",
    "footer",
    "aside",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "label",
    "iframe",
    "object",
    "embed",
    "video",
    "audio",
    "canvas",
    "figure",
    "figcaption",
    "header",
    "address",
    "amp-ad",
    "amp-sidebar",
    "amp-analytics",
];

/// Tokens of class, id or component names that mark boilerplate.
const BOILERPLATE_TOKENS: [&str; 87] = [
    "ad",
    "ads",
    "advert",
    "advertisement",
    "advertising",
    "sponsor",
    "sponsored",
    "promo",
    "paid",
    "outbrain",
    "taboola",
    "ob",
    "comment",
    "comments",
    "disqus",
    "respond",
    "reply",
    "replies",
    "discussion",
    "share",
    "sharing",
    "social",
    "related",
    "relacionadas",
    "recirc",
    "recommended",
    "trending",
    "popular",
    "most",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "paywall",
    "membership",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "onetrust",
    "banner",
    "overlay",
    "modal",
    "popup",
    "aviso",
    "byline",
    "author",
    "autor",
    "firma",
    "contributor",
    "caption",
    "credit",
    "copyright",
    "meta",
    "submeta",
    "timestamp",
    "date",
    "tags",
    "tag",
    "topics",
    "topic",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "rail",
    "widget",
    "footer",
    "header",
    "nav",
    "menu",
    "pagination",
    "pager",
    "skip",
    "print",
    "also",
    "standfirst",
    "dek",
    "subhead",
    "rubric",
    "kicker",
    "image",
    "photo",
    "video",
    "links",
    "badge",
    "sign",
    "more",
];

/// Shortest block counted as prose when looking for the article (characters).
pub const PROSE_CHARS: usize = 25;

/// Share of the page's prose the article element must hold.
const ARTICLE_SHARE: f64 = 0.7;

/// True when an element and all it holds are left out.
pub fn is_skipped(el: ElementRef<'_>) -> bool {
    let v = el.value();
    let name = v.name();
    if SKIP_TAGS.contains(&name) || name.starts_with("amp-social") {
        return true;
    }
    if name == "html" || name == "body" {
        return false;
    }
    if v.attr("hidden").is_some() || v.attr("aria-hidden") == Some("true") {
        return true;
    }
    let names = [v.attr("class"), v.attr("id"), v.attr("data-component"), v.attr("data-testid")];
    names.into_iter().flatten().any(|s| tokens(s).any(|t| BOILERPLATE_TOKENS.contains(&t.as_str())))
}

/// The lower-case tokens of a class or id list: split at non-alphanumerics and at lower-to-upper case
/// changes (`StoryHeader__title` → `story`, `header`, `title`).
fn tokens(s: &str) -> impl Iterator<Item = String> + '_ {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out.into_iter()
}

/// True for elements that start a new line of text.
pub fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "body"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tbody"
            | "thead"
            | "tr"
            | "td"
            | "th"
            | "hr"
            | "br"
            | "center"
            | "details"
            | "summary"
    )
}

/// Per element: prose characters in its subtree.
type Tally = HashMap<ego_tree::NodeId, usize>;

/// Finds the element that holds the article, or `None` when the page has no prose at all.
pub fn article_root<'a>(body: ElementRef<'a>) -> Option<ElementRef<'a>> {
    let mut tally = Tally::new();
    let total = count(*body, &mut tally);
    if total == 0 {
        return None;
    }
    // The deepest element holding the share: walk down while one child holds it.
    let need = (total as f64 * ARTICLE_SHARE).ceil() as usize;
    let mut at = body;
    loop {
        let next = at
            .children()
            .filter_map(ElementRef::wrap)
            .find(|c| tally.get(&c.id()).copied().unwrap_or(0) >= need);
        match next {
            Some(c) => at = c,
            None => break,
        }
    }
    Some(at)
}

/// Counts prose in a subtree; returns the count and records it for every element.
fn count(node: NodeRef<'_, Node>, tally: &mut Tally) -> usize {
    let Some(el) = ElementRef::wrap(node) else { return 0 };
    if is_skipped(el) {
        return 0;
    }
    let (own, links) = own_text(node);
    let mut sum = if own >= PROSE_CHARS && links * 2 < own { own } else { 0 };
    for child in node.children() {
        sum += count(child, tally);
    }
    tally.insert(node.id(), sum);
    sum
}

/// Characters of text that belong to this element's own line(s) — its text and inline children, not
/// its block children — and how many of them are link text.
fn own_text(node: NodeRef<'_, Node>) -> (usize, usize) {
    let mut chars = 0;
    let mut links = 0;
    for child in node.children() {
        inline_chars(child, false, &mut chars, &mut links);
    }
    (chars, links)
}

fn inline_chars(node: NodeRef<'_, Node>, in_link: bool, chars: &mut usize, links: &mut usize) {
    match node.value() {
        Node::Text(t) => {
            let n = t.split_whitespace().map(|w| w.chars().count() + 1).sum::<usize>();
            *chars += n;
            if in_link {
                *links += n;
            }
        }
        Node::Element(e) => {
            let Some(el) = ElementRef::wrap(node) else { return };
            if is_block(e.name()) || is_skipped(el) {
                return;
            }
            let in_link = in_link || e.name() == "a";
            for c in node.children() {
                inline_chars(c, in_link, chars, links);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    #[test]
    fn tokens_split_names_and_case() {
        let t: Vec<String> = tokens("StoryHeader__title related-content ad-slot").collect();
        assert_eq!(t, ["story", "header", "title", "related", "content", "ad", "slot"]);
        assert!(!tokens("Mobiledoc post-body").any(|t| BOILERPLATE_TOKENS.contains(&t.as_str())));
    }

    #[test]
    fn picks_the_deepest_holder_of_the_prose() {
        let long = "A sentence of reporting that is long enough to count as prose here.";
        let page = format!(
            "<body><div id=a><div class=story><p>{long}</p><p>{long}</p><p>{long}</p></div>\
             <div class=comments><p>{long}</p><p>{long}</p><p>{long}</p></div></div></body>"
        );
        let doc = Html::parse_document(&page);
        let body = doc.root_element().child_elements().find(|e| e.value().name() == "body").expect("body");
        let root = article_root(body).expect("found");
        assert_eq!(root.value().attr("class"), Some("story"));
    }
}
