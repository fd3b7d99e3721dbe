//! `dossier.toml`, the publication's settings: parsed with unknown keys refused (with the key's line
//! and column and the closest known key), then validated into [`Config`], which the rest of the build
//! trusts. Every key is optional, and a project without the file builds as it always has: the site is
//! named after its briefing, in English, with no absolute URLs.

use crate::diag::Diagnostic;
use crate::project;
use serde::Deserialize;
use std::path::Path;
use std::sync::Arc;

/// The keys of `dossier.toml`, for "did you mean" (keep in step with [`Raw`]).
const KEYS: [&str; 7] = ["title", "base_url", "language", "authors", "description", "search", "feed"];

/// The file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    title: Option<String>,
    base_url: Option<toml::Spanned<String>>,
    language: Option<toml::Spanned<String>>,
    #[serde(default)]
    authors: Vec<String>,
    description: Option<String>,
    search: Option<bool>,
    feed: Option<bool>,
}

/// The publication's settings, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The site's name (header, `<title>`, feed); `None`: the briefing's title.
    pub title: Option<String>,
    /// Where the site is published, `http(s)://…/`, always ending in `/`; `None`: no absolute URLs
    /// (no feed, no sitemap, no canonical links).
    pub base_url: Option<String>,
    /// The pages' language, a BCP 47 tag (`en`, `pt-BR`); `en` by default.
    pub language: String,
    /// Who publishes the site (feed author, the briefings' publisher).
    pub authors: Vec<String>,
    /// The front page's description (meta and link previews); `None`: the briefing's summary.
    pub description: Option<String>,
    /// Whether pages have the quotation search and entity filters (when the wasm bundle is there);
    /// `true` by default.
    pub search: bool,
    /// Whether `atom.xml` is written (it also needs `base_url`); `true` by default.
    pub feed: bool,
    /// Whether the project has a `dossier.toml` at all.
    pub from_file: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: None,
            base_url: None,
            language: "en".into(),
            authors: Vec::new(),
            description: None,
            search: true,
            feed: true,
            from_file: false,
        }
    }
}

impl Config {
    /// Reads `dossier.toml` of the project at `root`; the default when there is none.
    pub fn load(root: &Path) -> Result<Config, Vec<Diagnostic>> {
        let rel = Path::new(project::CONFIG);
        match project::read_text(root, rel) {
            Ok(Some(text)) => Config::parse(rel, &text),
            Ok(None) => Ok(Config::default()),
            Err(d) => Err(vec![d]),
        }
    }

    /// Parses and validates the text of `dossier.toml` (at `path`, for messages).
    pub fn parse(path: &Path, text: &Arc<str>) -> Result<Config, Vec<Diagnostic>> {
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let span = e.span().unwrap_or(0..0);
            let message = e.message().split_whitespace().collect::<Vec<_>>().join(" ");
            let d = Diagnostic::error(path, format!("bad {}: {message}", project::CONFIG)).at(text, span);
            vec![match unknown_key(&message) {
                Some(key) => d.help(match crate::suggest(key, &KEYS.map(String::from)) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!("the keys are {}", KEYS.map(|k| format!("`{k}`")).join(", ")),
                }),
                None => d.help("see README.md, \"dossier.toml\", for the keys and their types"),
            }]
        })?;
        let mut problems = Vec::new();
        let base_url = raw.base_url.and_then(|url| match check_base_url(url.get_ref()) {
            Ok(url) => Some(url),
            Err(why) => {
                problems.push(Diagnostic::error(path, why).at(text, url.span()).help(
                    "write the address the site is published at, e.g. base_url = \"https://example.org/dossier/\"",
                ));
                None
            }
        });
        let language = match raw.language {
            Some(tag) if is_language_tag(tag.get_ref()) => tag.into_inner(),
            Some(tag) => {
                problems.push(
                    Diagnostic::error(path, format!("`{}` is not a language tag", tag.get_ref()))
                        .at(text, tag.span())
                        .help("a BCP 47 tag such as \"en\", \"fr\" or \"pt-BR\""),
                );
                Config::default().language
            }
            None => Config::default().language,
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let non_empty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Ok(Config {
            title: non_empty(raw.title),
            base_url,
            language,
            authors: raw
                .authors
                .into_iter()
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect(),
            description: non_empty(raw.description),
            search: raw.search.unwrap_or(true),
            feed: raw.feed.unwrap_or(true),
            from_file: true,
        })
    }

    /// The absolute URL of a page or file at `route` (a path from the site root, as
    /// [`dossier_core::routes`] gives it), without its directory index: `https://x/sources/a/`.
    pub fn absolute(&self, route: &str) -> Option<String> {
        self.base_url.as_ref().map(|base| format!("{base}{}", dossier_core::routes::clean(route)))
    }
}

/// The key serde names in "unknown field `x`, expected one of …".
fn unknown_key(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.split('`').next()
}

/// `base_url` made canonical (a trailing `/`), or why it is not usable.
fn check_base_url(url: &str) -> Result<String, String> {
    let url = url.trim();
    let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) else {
        return Err(format!("base_url `{url}` must start with https:// or http://"));
    };
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || url.contains(['?', '#', ' ', '"', '<', '>']) {
        return Err(format!("base_url `{url}` is not a site address (a host, then an optional path)"));
    }
    Ok(if url.ends_with('/') { url.to_string() } else { format!("{url}/") })
}

/// A BCP 47 tag in its common shape: a 2–3 letter language, then subtags of 1–8 letters or digits.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        Config::parse(Path::new("dossier.toml"), &Arc::from(text))
    }

    #[test]
    fn reads_every_key_and_defaults_the_rest() {
        let c = parse(
            "title = \"T\"\nbase_url = \"https://example.org/d\"\nauthors = [\"A\", \" \"]\nsearch = false\n",
        )
        .expect("valid");
        assert_eq!(c.title.as_deref(), Some("T"));
        assert_eq!(c.base_url.as_deref(), Some("https://example.org/d/"));
        assert_eq!(c.authors, ["A"]);
        assert_eq!(c.language, "en");
        assert!(!c.search && c.feed && c.from_file);
        assert_eq!(c.absolute("sources/a/index.html").as_deref(), Some("https://example.org/d/sources/a/"));
        assert_eq!(c.absolute("index.html").as_deref(), Some("https://example.org/d/"));
        assert_eq!(c.absolute("atom.xml").as_deref(), Some("https://example.org/d/atom.xml"));
        assert_eq!(Config::default().absolute("index.html"), None);
    }

    #[test]
    fn an_unknown_key_is_an_error_at_its_line_with_the_nearest_key() {
        let e = parse("title = \"T\"\nbase_ulr = \"https://x.org\"\n").expect_err("unknown key");
        assert_eq!(e[0].location(), "dossier.toml:2:1");
        assert!(e[0].message.contains("unknown field `base_ulr`"), "{}", e[0].message);
        assert_eq!(e[0].help.as_deref(), Some("did you mean `base_url`?"));
        let e = parse("colour = 1\n").expect_err("unknown key");
        assert!(
            e[0].help.as_deref().is_some_and(|h| h.starts_with("the keys are `title`")),
            "{:?}",
            e[0].help
        );
    }

    #[test]
    fn a_bad_address_or_language_points_at_its_value() {
        let e = parse("base_url = \"example.org\"\nlanguage = \"english!\"\n").expect_err("bad values");
        let at: Vec<String> = e.iter().map(|d| d.location()).collect();
        assert_eq!(at, ["dossier.toml:1:12", "dossier.toml:2:12"]);
        assert!(parse("base_url = \"https:///x\"\n").is_err());
        assert!(parse("language = \"pt-BR\"\n").is_ok());
    }
}
