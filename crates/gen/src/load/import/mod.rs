//! Saved web pages to article text: the importer behind `dossier new source --from page.html` and
//! `dossier import`.
//!
//! [`extract`] decodes the bytes ([`charset`]), parses them with html5ever (through `scraper`), reads
//! the metadata ([`meta`]), finds the element holding the article ([`dom`]) and turns it into one
//! paragraph per line ([`blocks`]). A page with no article (an index, a login wall, an app shell
//! without its JSON-LD body) is refused with a reason rather than turned into a body of markup.
//!
//! ```
//! let page = "<html lang=en><head><title>Raid shows al Qaeda's reach | Outlet</title></head><body>\
//!   <nav><a href=/>Home</a></nav><article><p>A raid on a remote village in Afghanistan kills an \
//!   ageing al Qaeda leader wanted by the FBI.</p><p>Messages to the group's cells around the world \
//!   are seized, and two drone strikes on militants in Syria swiftly follow.</p><p>Officials in Kabul \
//!   say the operation shows how close the two groups remain after twenty years of war, and what the \
//!   withdrawal of US troops will leave behind.</p><p>The messages seized in the raid name cells in \
//!   Syria, Yemen and Somalia, according to the officials who spoke to reporters.</p></article></body></html>";
//! let article = dossier::load::import::extract(page.as_bytes()).expect("an article");
//! assert_eq!(article.paragraphs.len(), 4);
//! assert_eq!(article.meta.title.as_deref(), Some("Raid shows al Qaeda's reach"));
//! ```

pub mod blocks;
pub mod charset;
pub mod date;
pub mod dom;
pub mod meta;

use meta::PageMeta;
use scraper::Html;
use std::fmt;

/// Fewest characters of article text for a page to count as an article.
pub const MIN_ARTICLE_CHARS: usize = 400;

/// An extracted article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// What the page says about itself.
    pub meta: PageMeta,
    /// The article text, one paragraph (or heading) per entry.
    pub paragraphs: Vec<String>,
    /// A note on the decoding (a charset overruled, broken bytes), for the user.
    pub note: Option<String>,
}

/// Why a page gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The bytes are not a text page.
    NotText(charset::NotText),
    /// The text does not look like HTML.
    NotHtml,
    /// A page, but too little article text in it (an index page, a login wall, a JavaScript shell);
    /// carries how many characters were found.
    NoArticle(usize),
    /// A page whose text is mostly link lists: a section front or index page.
    IndexPage,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::NotText(charset::NotText::Empty) => f.write_str("the file is empty"),
            Refusal::NotText(charset::NotText::TooLarge(n)) => write!(
                f,
                "the file is {} MB, more than the {} MB a saved page can be",
                n / (1024 * 1024),
                charset::MAX_PAGE_BYTES / (1024 * 1024)
            ),
            Refusal::NotText(charset::NotText::Binary(what)) => {
                write!(f, "the file is not a web page: {what}")
            }
            Refusal::NotHtml => f.write_str("the file is not HTML"),
            Refusal::NoArticle(n) => {
                write!(f, "no article found in the page (only {n} characters of running text)")
            }
            Refusal::IndexPage => {
                f.write_str("the page is a list of links (an index or section page), not an article")
            }
        }
    }
}

/// True when text looks like an HTML document or fragment rather than plain text: it starts with a
/// tag and names one of the tags every page has, within its first 4 KB.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start_matches('\u{feff}').trim_start().chars().take(4096).collect();
    let lower = head.to_ascii_lowercase();
    lower.starts_with('<')
        && ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<p>", "<div", "<article"]
            .iter()
            .any(|t| lower.contains(t))
}

/// True when bytes look like an HTML page (see [`looks_like_html`]); the test `new source` uses.
pub fn bytes_look_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    looks_like_html(&String::from_utf8_lossy(head))
}

/// Extracts the article and its metadata from a saved page.
pub fn extract(bytes: &[u8]) -> Result<Article, Refusal> {
    let decoded = charset::decode(bytes).map_err(Refusal::NotText)?;
    if !looks_like_html(&decoded.text) {
        return Err(Refusal::NotHtml);
    }
    let doc = Html::parse_document(&decoded.text);
    let mut meta = meta::read(&doc);
    let body = doc.root_element().child_elements().find(|e| e.value().name() == "body");
    let (mut paragraphs, link_lines) = match body.and_then(dom::article_root) {
        Some(root) => {
            let (lines, link_lines) = blocks::lines(root);
            (tidy(lines, meta.title.as_deref()), link_lines)
        }
        None => (Vec::new(), 0),
    };
    let chars: usize = paragraphs.iter().map(|p| p.chars().count()).sum();
    // The JSON-LD body is the publisher's own text of the article: it wins when the page shows much
    // less of it (an app shell, a teaser page).
    if let Some(ld) = meta.article_body.take() {
        let ld_paragraphs: Vec<String> = ld
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        let ld_chars: usize = ld_paragraphs.iter().map(|p| p.chars().count()).sum();
        if ld_chars > chars * 2 && ld_chars >= MIN_ARTICLE_CHARS {
            return Ok(Article { meta, paragraphs: ld_paragraphs, note: decoded.note });
        }
    }
    if link_lines >= 4 && link_lines * 2 >= paragraphs.len() {
        return Err(Refusal::IndexPage);
    }
    if chars < MIN_ARTICLE_CHARS {
        return Err(Refusal::NoArticle(chars));
    }
    if meta.published.is_none() {
        meta.published = paragraphs.iter().take(3).find_map(|p| date::written(p));
    }
    paragraphs.shrink_to_fit();
    Ok(Article { meta, paragraphs, note: decoded.note })
}

/// The extracted lines as paragraphs: the headline (which goes to the front matter) and a leading
/// "By …" byline left out, repeated lines kept once.
fn tidy(lines: Vec<blocks::Line>, title: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in lines {
        let t = line.text;
        if title.is_some_and(|title| t == title) || (line.heading && out.is_empty() && title.is_none()) {
            continue;
        }
        if out.is_empty() && t.starts_with("By ") && t.split_whitespace().count() <= 8 {
            continue;
        }
        if out.last() == Some(&t) {
            continue;
        }
        out.push(t);
    }
    out
}
