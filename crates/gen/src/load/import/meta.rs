//! A saved page's metadata: title, outlet, date, canonical address, author and language, from (best
//! first) JSON-LD `NewsArticle` objects, Open Graph and `<meta>` tags, then the visible page
//! (`<h1>`, `<title>`, `<time datetime>`, a written date in the text).

use super::date;
use scraper::{Html, Selector};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What the page says about itself; `None` where it says nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// The headline.
    pub title: Option<String>,
    /// The publisher's name.
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
    /// The canonical http(s) address.
    pub url: Option<String>,
    /// Author names, joined with ", ".
    pub author: Option<String>,
    /// The primary language subtag of `<html lang>` ("en"), lower case.
    pub language: Option<String>,
    /// The JSON-LD `articleBody`, when the page carries one.
    pub article_body: Option<String>,
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("valid selector")
}

static META: LazyLock<Selector> = LazyLock::new(|| sel("meta"));
static LD: LazyLock<Selector> = LazyLock::new(|| sel(r#"script[type="application/ld+json"]"#));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel(r#"link[rel="canonical"]"#));
static TITLE: LazyLock<Selector> = LazyLock::new(|| sel("title"));
static H1: LazyLock<Selector> = LazyLock::new(|| sel("h1"));
static TIME: LazyLock<Selector> = LazyLock::new(|| sel("time[datetime]"));

/// Reads the metadata of a parsed page.
pub fn read(doc: &Html) -> PageMeta {
    let mut tags: HashMap<String, String> = HashMap::new();
    for m in doc.select(&META) {
        let v = m.value();
        let key = v.attr("property").or(v.attr("name")).or(v.attr("itemprop"));
        if let (Some(k), Some(c)) = (key, v.attr("content")) {
            let c = clean(c);
            if !c.is_empty() {
                tags.entry(k.to_ascii_lowercase()).or_insert(c);
            }
        }
    }
    let tag = |keys: &[&str]| keys.iter().find_map(|k| tags.get(*k).cloned());
    let ld = json_ld(doc);
    let text_of = |s: &Selector| doc.select(s).next().map(|e| clean(&e.text().collect::<String>()));

    let title = tag(&["og:title", "twitter:title"])
        .or_else(|| ld.headline.clone())
        .or_else(|| text_of(&H1).filter(|t| !t.is_empty()))
        .or_else(|| text_of(&TITLE).map(|t| strip_site_suffix(&t)))
        .filter(|t| !t.is_empty());
    let outlet = tag(&["og:site_name", "application-name"]).or(ld.publisher.clone()).or(ld.website.clone());
    let published = ld
        .published
        .as_deref()
        .and_then(date::from_meta)
        .or_else(|| {
            ["article:published_time", "datepublished", "publisheddate", "pubdate", "date", "dc.date"]
                .iter()
                .find_map(|k| tags.get(*k).and_then(|v| date::from_meta(v)))
        })
        .or_else(|| doc.select(&TIME).find_map(|t| t.value().attr("datetime").and_then(date::from_meta)));
    let url = doc
        .select(&CANONICAL)
        .find_map(|l| l.value().attr("href").map(str::to_string))
        .or_else(|| tag(&["og:url"]))
        .or(ld.url.clone())
        .map(|u| u.trim().to_string())
        .filter(|u| is_http(u));
    let author = ld
        .author
        .clone()
        .or_else(|| tag(&["author", "article:author", "byl"]).filter(|a| !is_http(a)))
        .map(|a| a.trim_start_matches("By ").to_string());
    let language = doc
        .root_element()
        .value()
        .attr("lang")
        .and_then(|l| l.split(['-', '_']).next())
        .map(str::to_ascii_lowercase)
        .filter(|l| (2..=8).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()));
    PageMeta { title, outlet, published, url, author, language, article_body: ld.body }
}

/// The page title without its site suffix: "Headline | World | Outlet" → "Headline".
pub fn strip_site_suffix(title: &str) -> String {
    [" | ", " – ", " — ", " - ", " :: "]
        .iter()
        .filter_map(|sep| title.split_once(sep).map(|(head, _)| head))
        .min_by_key(|h| h.len())
        .filter(|h| h.split_whitespace().count() >= 3)
        .unwrap_or(title)
        .trim()
        .to_string()
}

fn is_http(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    (l.starts_with("https://") || l.starts_with("http://")) && !s.contains(char::is_whitespace)
}

/// Whitespace collapsed.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Default)]
struct Ld {
    headline: Option<String>,
    published: Option<String>,
    author: Option<String>,
    publisher: Option<String>,
    website: Option<String>,
    url: Option<String>,
    body: Option<String>,
}

/// The first article-like object of the page's JSON-LD blocks (`@graph` and arrays searched).
fn json_ld(doc: &Html) -> Ld {
    let mut ld = Ld::default();
    for script in doc.select(&LD) {
        let raw: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<Value>(&raw) else { continue };
        let mut stack = vec![&value];
        let mut seen = 0;
        while let Some(v) = stack.pop() {
            seen += 1;
            if seen > 1000 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(o) => {
                    if let Some(g) = o.get("@graph") {
                        stack.push(g);
                    }
                    let ty = type_names(o.get("@type"));
                    if ty.iter().any(|t| t.ends_with("Article") || t.ends_with("Posting"))
                        && ld.headline.is_none()
                    {
                        ld.headline = str_of(o.get("headline"));
                        ld.published = str_of(o.get("datePublished"));
                        ld.author = names(o.get("author"));
                        ld.publisher = o.get("publisher").and_then(|p| names(Some(p)));
                        ld.url = str_of(o.get("mainEntityOfPage")).or_else(|| str_of(o.get("url")));
                        ld.body = o.get("articleBody").and_then(Value::as_str).map(str::to_string);
                    } else if ty.iter().any(|t| t == "WebSite") && ld.website.is_none() {
                        ld.website = str_of(o.get("name"));
                    }
                }
                _ => {}
            }
        }
    }
    ld
}

fn type_names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(str::to_string).collect(),
        _ => Vec::new(),
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(clean(s)).filter(|s| !s.is_empty()),
        Value::Object(o) => str_of(o.get("@id")).or_else(|| str_of(o.get("url"))),
        _ => None,
    }
}

/// A name, a `{name}` object, or a list of them, joined with ", ".
fn names(v: Option<&Value>) -> Option<String> {
    let list: Vec<String> = match v? {
        Value::String(s) => vec![clean(s)],
        Value::Object(o) => str_of(o.get("name")).into_iter().collect(),
        Value::Array(a) => a.iter().filter_map(|x| names(Some(x))).collect(),
        _ => Vec::new(),
    };
    let list: Vec<String> = list.into_iter().filter(|s| !s.is_empty()).collect();
    (!list.is_empty()).then(|| list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_ld_then_tags_then_the_page() {
        let page = r#"<html lang="en-GB"><head><title>A long headline here | Outlet</title>
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":"NewsArticle","headline":"From LD","datePublished":"2021-05-28T01:00:00Z",
             "author":[{"@type":"Person","name":"A. Writer"},{"name":"B. Writer"}]}]}</script>
            <link rel="canonical" href="https://x.example/a"></head><body><h1>H1</h1></body></html>"#;
        let m = read(&Html::parse_document(page));
        assert_eq!(m.title.as_deref(), Some("From LD"));
        assert_eq!(m.outlet.as_deref(), Some("Site"));
        assert_eq!(m.published.as_deref(), Some("2021-05-28"));
        assert_eq!(m.author.as_deref(), Some("A. Writer, B. Writer"));
        assert_eq!(m.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(m.language.as_deref(), Some("en"));
        let bare = read(&Html::parse_document("<title>Only a title here | Site</title>"));
        assert_eq!(bare.title.as_deref(), Some("Only a title here"));
        assert_eq!(bare.outlet, None);
    }
}
