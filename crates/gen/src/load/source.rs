//! Sources: one article per file in `content/sources/<id>.txt`, front matter then the text as received.
//!
//! Loading parses the front matter into raw serde structs, validates them into [`Source`], splits the
//! body into paragraphs (one per non-blank line) and drops boilerplate lines by the content's rules.

use crate::diag::Diagnostic;
use crate::load::boilerplate::Rules;
use crate::load::frontmatter::{self, file_span, line_ranges};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    title: String,
    outlet: String,
    published: Spanned<RawDate>,
    url: Option<Spanned<String>>,
    #[serde(default = "default_language")]
    language: Spanned<String>,
    translated_from: Option<Spanned<String>>,
    #[serde(default)]
    derived_from: Vec<Spanned<String>>,
    reliability: Option<Spanned<String>>,
    credibility: Option<Spanned<i64>>,
    notes: Option<String>,
    author: Option<String>,
    saved_page: Option<RawSavedPage>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSavedPage {
    file: String,
    extracted: Spanned<toml::value::Datetime>,
}

fn default_language() -> Spanned<String> {
    Spanned::new(0..0, "en".to_string())
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawDate {
    Date(toml::value::Datetime),
    Text(String),
}

/// When a source was published, as precisely as the text says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Published {
    /// Not stated anywhere in the text.
    Unknown,
    /// Only the year is known.
    Year(u16),
    /// Year and month (1–12).
    Month(u16, u8),
    /// The exact day.
    Day(u16, u8, u8),
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Published {
    /// ISO form for machines (`2021-05-28`, `2021-05`, `2021`, or empty).
    pub fn iso(&self) -> String {
        match *self {
            Published::Unknown => String::new(),
            Published::Year(y) => format!("{y:04}"),
            Published::Month(y, m) => format!("{y:04}-{m:02}"),
            Published::Day(y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
        }
    }

    /// Orders two dates at the precision both give (`2021` and `2021-05-28` are equal, `2021-01` is before
    /// `2021-05-28`); `None` when either is unknown.
    pub fn cmp_common(&self, other: &Published) -> Option<std::cmp::Ordering> {
        let parts = |p: &Published| match *p {
            Published::Unknown => None,
            Published::Year(y) => Some(([y, 0, 0], 1)),
            Published::Month(y, m) => Some(([y, m.into(), 0], 2)),
            Published::Day(y, m, d) => Some(([y, m.into(), d.into()], 3)),
        };
        let ((a, na), (b, nb)) = (parts(self)?, parts(other)?);
        let n = na.min(nb);
        Some(a[..n].cmp(&b[..n]))
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = |m: u8| MONTHS[usize::from(m.clamp(1, 12)) - 1];
        match *self {
            Published::Unknown => f.write_str("undated"),
            Published::Year(y) => write!(f, "{y}"),
            Published::Month(y, m) => write!(f, "{} {y}", month(m)),
            Published::Day(y, m, d) => write!(f, "{d} {} {y}", month(m)),
        }
    }
}

/// Where a source says it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Origin {
    /// Another source in the corpus, by id.
    Source(String),
    /// An outlet whose original is not in the corpus ("CNN").
    Outlet(String),
}

/// Validated front matter.
#[derive(Debug, Clone)]
pub struct Meta {
    /// The headline.
    pub title: String,
    /// Who published it; "unknown" is an honest value.
    pub outlet: String,
    /// When.
    pub published: Published,
    /// The original address, http or https only.
    pub url: Option<String>,
    /// Language of the text as received (a short code, "en").
    pub language: String,
    /// Language it was translated from, when the text is a translation.
    pub translated_from: Option<String>,
    /// What it copies or re-tells.
    pub derived_from: Vec<Origin>,
    /// Admiralty reliability of the source, A (reliable) to F (cannot be judged).
    pub reliability: Option<char>,
    /// Admiralty credibility of the information, 1 (confirmed) to 6 (cannot be judged).
    pub credibility: Option<u8>,
    /// The editor's notes on the source.
    pub notes: Option<String>,
    /// Who wrote it, as the page names them (several joined with ", ").
    pub author: Option<String>,
    /// The saved web page the text was extracted from, for imported sources.
    pub saved_page: Option<SavedPage>,
}

/// The saved page an imported source was extracted from (kept in the project, never published).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedPage {
    /// The archived page, relative to the project root (`content/archive/<id>.html`).
    pub file: String,
    /// When the text was extracted, `YYYY-MM-DD`.
    pub extracted: String,
}

/// A kept paragraph: one non-blank line of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// 1-based number; the anchor is `#p{n}`.
    pub n: usize,
    /// Byte range of the line in the file, without its line ending.
    pub span: Range<usize>,
}

/// A line dropped as boilerplate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// 1-based line number in the file.
    pub line: usize,
    /// Byte range of the line in the file.
    pub span: Range<usize>,
    /// The rule that dropped it.
    pub reason: String,
}

/// One article, validated.
#[derive(Debug, Clone)]
pub struct Source {
    /// The file stem: lower-case letters, digits and hyphens.
    pub id: String,
    /// The file, relative to the project root.
    pub path: PathBuf,
    /// The whole file.
    pub text: Arc<str>,
    /// Its front matter.
    pub meta: Meta,
    /// Kept paragraphs, in order.
    pub paragraphs: Vec<Paragraph>,
    /// Dropped lines, in order.
    pub dropped: Vec<Dropped>,
}

impl Source {
    /// The text of a kept paragraph.
    pub fn paragraph_text(&self, p: &Paragraph) -> &str {
        &self.text[p.span.clone()]
    }

    /// The paragraph with number `n` (1-based).
    pub fn paragraph(&self, n: usize) -> Option<&Paragraph> {
        n.checked_sub(1).and_then(|i| self.paragraphs.get(i))
    }

    /// A test source built from a body, without a file.
    pub fn for_test(id: &str, body: &str) -> Source {
        let text: Arc<str> = Arc::from(body);
        let paragraphs = line_ranges(body, 0)
            .filter(|r| !body[r.clone()].trim().is_empty())
            .enumerate()
            .map(|(i, span)| Paragraph { n: i + 1, span })
            .collect();
        Source {
            id: id.to_string(),
            path: PathBuf::from(format!("content/sources/{id}.txt")),
            text,
            meta: Meta {
                title: id.to_string(),
                outlet: "unknown".into(),
                published: Published::Unknown,
                url: None,
                language: "en".into(),
                translated_from: None,
                derived_from: Vec::new(),
                reliability: None,
                credibility: None,
                notes: None,
                author: None,
                saved_page: None,
            },
            paragraphs,
            dropped: Vec::new(),
        }
    }
}

/// True for a valid source id: `[a-z0-9][a-z0-9-]*`.
pub fn is_valid_id(id: &str) -> bool {
    id.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Parses and validates one source file. `known_ids` are all ids in the corpus (for `derived_from`).
pub fn load(
    id: &str,
    path: &Path,
    text: Arc<str>,
    rules: &Rules,
    known_ids: &[String],
) -> Result<Source, Vec<Diagnostic>> {
    let split = frontmatter::split(path, &text).map_err(|d| vec![d])?;
    let raw: RawMeta = frontmatter::parse(path, &text, &split).map_err(|d| vec![d])?;
    let mut errors = Vec::new();
    let at = |s: Range<usize>| file_span(&split, s);
    let mut err = |span: Range<usize>, msg: String, help: &str| {
        errors.push(Diagnostic::error(path, msg).at(&text, at(span)).help(help.to_string()));
    };

    let published = match parse_published(raw.published.get_ref()) {
        Some(p) => p,
        None => {
            err(
                raw.published.span(),
                "invalid `published` date".into(),
                "write a TOML date (2021-05-28), or \"2021-05\", \"2021\" or \"unknown\"",
            );
            Published::Unknown
        }
    };
    let url = raw.url.and_then(|u| {
        let lower = u.get_ref().to_ascii_lowercase();
        if (lower.starts_with("https://") || lower.starts_with("http://"))
            && !u.get_ref().contains(char::is_whitespace)
        {
            Some(u.into_inner())
        } else {
            err(
                u.span(),
                "`url` must be an http or https address".into(),
                "leave `url` out when it is not known",
            );
            None
        }
    });
    let is_lang =
        |s: &str| (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
    if !is_lang(raw.language.get_ref()) {
        err(
            raw.language.span(),
            "`language` must be a language code".into(),
            "for example \"en\", \"es\", \"ru\"",
        );
    }
    if let Some(t) = &raw.translated_from {
        if !is_lang(t.get_ref()) {
            err(t.span(), "`translated_from` must be a language code".into(), "for example \"es\"");
        }
    }
    let mut derived_from = Vec::new();
    for d in raw.derived_from {
        let value = d.get_ref().trim();
        if is_valid_id(value) {
            if value == id {
                err(d.span(), "a source cannot derive from itself".into(), "remove this entry");
            } else if known_ids.iter().any(|k| k == value) {
                derived_from.push(Origin::Source(value.to_string()));
            } else {
                let help = match crate::suggest(value, known_ids) {
                    Some(s) => format!("did you mean `{s}`? (an outlet name like \"CNN\" is also accepted)"),
                    None => "use a source id from content/sources/, or an outlet name like \"CNN\"".into(),
                };
                err(d.span(), format!("unknown source id `{value}` in `derived_from`"), &help);
            }
        } else if value.is_empty() {
            err(d.span(), "empty entry in `derived_from`".into(), "remove it");
        } else {
            derived_from.push(Origin::Outlet(value.to_string()));
        }
    }
    let reliability = raw.reliability.and_then(|r| {
        let v = r.get_ref().trim();
        match v.chars().next() {
            Some(c @ 'A'..='F') if v.len() == 1 => Some(c),
            _ => {
                err(
                    r.span(),
                    "`reliability` must be one letter, A to F".into(),
                    "Admiralty scale: A reliable … F cannot be judged",
                );
                None
            }
        }
    });
    let credibility = raw.credibility.and_then(|c| match *c.get_ref() {
        v @ 1..=6 => u8::try_from(v).ok(),
        _ => {
            err(
                c.span(),
                "`credibility` must be a number from 1 to 6".into(),
                "Admiralty scale: 1 confirmed … 6 cannot be judged",
            );
            None
        }
    });
    let saved_page =
        raw.saved_page.and_then(|sp| match (sp.extracted.get_ref().date, sp.extracted.get_ref().time) {
            (Some(d), None) => Some(SavedPage {
                file: sp.file,
                extracted: format!("{:04}-{:02}-{:02}", d.year, d.month, d.day),
            }),
            _ => {
                err(
                    sp.extracted.span(),
                    "`saved_page.extracted` must be a date".into(),
                    "for example 2021-05-28",
                );
                None
            }
        });
    if raw.title.trim().is_empty() {
        err(0..0, "`title` is empty".into(), "give the article's headline");
    }
    if raw.outlet.trim().is_empty() {
        err(0..0, "`outlet` is empty".into(), "write \"unknown\" when the text does not say");
    }

    let (paragraphs, dropped) = split_body(&text, split.body.clone(), &raw.title, rules);
    if paragraphs.is_empty() {
        errors.push(
            Diagnostic::error(path, "the article has no text after its front matter")
                .at(&text, split.body.start..split.body.start)
                .help("paste the article text after the closing `+++`"),
        );
    }
    let mut kept = 0;
    let past = paragraphs.iter().position(|p| {
        kept += p.span.len();
        kept > crate::project::MAX_SOURCE_TEXT || p.n > crate::project::MAX_SOURCE_PARAGRAPHS
    });
    let total: usize = paragraphs.iter().map(|p| p.span.len()).sum();
    if let (Some(i), Some(msg)) = (past, crate::project::source_too_long(total, paragraphs.len())) {
        // Pointed at the first paragraph past the limit: where a part could end.
        let at = paragraphs[i].span.start;
        errors.push(Diagnostic::error(path, msg).at(&text, at..at).help(
            "each source is one page, which stays under 1 MB: split a longer document into parts, one \
             source each, or check that this is the file you meant",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Source {
        id: id.to_string(),
        path: path.to_path_buf(),
        text: Arc::clone(&text),
        meta: Meta {
            title: raw.title.trim().to_string(),
            outlet: raw.outlet.trim().to_string(),
            published,
            url,
            language: raw.language.into_inner(),
            translated_from: raw.translated_from.map(Spanned::into_inner),
            derived_from,
            reliability,
            credibility,
            notes: raw.notes.map(|n| n.trim().to_string()),
            author: raw.author.map(|a| a.trim().to_string()).filter(|a| !a.is_empty()),
            saved_page,
        },
        paragraphs,
        dropped,
    })
}

fn parse_published(raw: &RawDate) -> Option<Published> {
    match raw {
        RawDate::Date(dt) => match (dt.date, dt.time) {
            (Some(d), None) => Some(Published::Day(d.year, d.month, d.day)),
            _ => None,
        },
        RawDate::Text(s) => {
            let s = s.trim();
            if s.eq_ignore_ascii_case("unknown") {
                return Some(Published::Unknown);
            }
            let mut parts = s.split('-');
            let year: u16 = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
            match (parts.next(), parts.next()) {
                (None, _) => Some(Published::Year(year)),
                (Some(m), None) if m.len() == 2 => {
                    let m: u8 = m.parse().ok()?;
                    (1..=12).contains(&m).then_some(Published::Month(year, m))
                }
                _ => None,
            }
        }
    }
}

/// Splits a body into kept paragraphs and dropped lines.
fn split_body(text: &str, body: Range<usize>, title: &str, rules: &Rules) -> (Vec<Paragraph>, Vec<Dropped>) {
    let first_line = text[..body.start].matches('\n').count() + 1;
    let lines: Vec<(usize, Range<usize>)> = line_ranges(&text[..body.end], body.start)
        .enumerate()
        .filter(|(_, r)| !text[r.clone()].trim().is_empty())
        .map(|(i, r)| (first_line + i, r))
        .collect();
    let strs: Vec<&str> = lines.iter().map(|(_, r)| &text[r.clone()]).collect();
    let verdicts = rules.classify(title, &strs);
    let mut paragraphs = Vec::new();
    let mut dropped = Vec::new();
    for ((line, span), verdict) in lines.into_iter().zip(verdicts) {
        match verdict {
            None => paragraphs.push(Paragraph { n: paragraphs.len() + 1, span }),
            Some(reason) => dropped.push(Dropped { line, span, reason: reason.to_string() }),
        }
    }
    (paragraphs, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(file: &str) -> Result<Source, Vec<Diagnostic>> {
        let rules_text: Arc<str> = Arc::from(include_str!("../../../../content/boilerplate.toml"));
        let rules = Rules::parse(Path::new("b"), &rules_text).expect("rules");
        load(
            "x",
            Path::new("content/sources/x.txt"),
            Arc::from(file),
            &rules,
            &["other".to_string(), "x".to_string()],
        )
    }

    const GOOD: &str = "+++\ntitle = \"A title\"\noutlet = \"CNN\"\npublished = 2021-05-28\n+++\nA title\n\nFirst paragraph.\n   \nSecond “paragraph”.\nLeave a Reply\nName *\n";

    #[test]
    fn loads_front_matter_and_paragraphs() {
        let s = load_str(GOOD).expect("valid");
        assert_eq!(s.meta.published, Published::Day(2021, 5, 28));
        assert_eq!(s.meta.language, "en");
        let texts: Vec<&str> = s.paragraphs.iter().map(|p| s.paragraph_text(p)).collect();
        assert_eq!(texts, ["First paragraph.", "Second “paragraph”."]);
        assert_eq!(s.paragraphs[1].n, 2);
        let dropped: Vec<(usize, &str)> = s.dropped.iter().map(|d| (d.line, d.reason.as_str())).collect();
        assert_eq!(dropped, [(6, "headline repeated"), (11, "comment section"), (12, "comment section")]);
    }

    #[test]
    fn partial_and_unknown_dates() {
        for (v, want) in [
            ("\"2021-05\"", Published::Month(2021, 5)),
            ("\"2021\"", Published::Year(2021)),
            ("\"unknown\"", Published::Unknown),
        ] {
            let file = GOOD.replace("2021-05-28", v);
            assert_eq!(load_str(&file).expect("valid").meta.published, want);
        }
        assert_eq!(Published::Day(2021, 5, 28).to_string(), "28 May 2021");
        assert_eq!(Published::Month(2021, 1).to_string(), "January 2021");
    }

    #[test]
    fn every_bad_field_is_reported_with_its_line() {
        let file = "+++\ntitle = \"t\"\noutlet = \"o\"\npublished = \"May 2021\"\nurl = \"javascript:alert(1)\"\nreliability = \"G\"\ncredibility = 9\nderived_from = [\"othr\"]\n+++\ntext\n";
        let errors = load_str(file).expect_err("invalid");
        let got: Vec<(String, String)> = errors.iter().map(|d| (d.location(), d.message.clone())).collect();
        assert_eq!(
            got,
            [
                ("content/sources/x.txt:4:13".into(), "invalid `published` date".into()),
                ("content/sources/x.txt:5:7".into(), "`url` must be an http or https address".into()),
                ("content/sources/x.txt:8:17".into(), "unknown source id `othr` in `derived_from`".into()),
                ("content/sources/x.txt:6:15".into(), "`reliability` must be one letter, A to F".into()),
                ("content/sources/x.txt:7:15".into(), "`credibility` must be a number from 1 to 6".into()),
            ]
        );
        assert_eq!(
            errors[2].help.as_deref(),
            Some("did you mean `other`? (an outlet name like \"CNN\" is also accepted)")
        );
    }

    #[test]
    fn unknown_field_and_wrong_type() {
        let e = load_str(&GOOD.replace("outlet = \"CNN\"", "outlet = \"CNN\"\nwriter = \"x\""))
            .expect_err("unknown");
        assert_eq!(e[0].location(), "content/sources/x.txt:4:1");
        assert!(e[0].message.contains("unknown field `writer`"));
        // The fields of imported pages: an author, and the saved page with the day of extraction.
        let imported = GOOD.replace(
            "outlet = \"CNN\"",
            "outlet = \"CNN\"\nauthor = \" A. Writer \"\nsaved_page = { file = \"content/archive/x.html\", extracted = 2026-12-02 }",
        );
        let s = load_str(&imported).expect("loads");
        assert_eq!(s.meta.author.as_deref(), Some("A. Writer"));
        assert_eq!(s.meta.saved_page.map(|p| p.extracted).as_deref(), Some("2026-12-02"));
        let bad = imported.replace("extracted = 2026-12-02", "extracted = 2026-12-02T10:00:00");
        assert!(load_str(&bad).expect_err("a time")[0].message.contains("must be a date"));
        let e = load_str(&GOOD.replace("outlet = \"CNN\"", "outlet = 5")).expect_err("type");
        assert_eq!(e[0].location(), "content/sources/x.txt:3:10");
    }

    #[test]
    fn outlet_names_and_ids_in_derived_from() {
        let s = load_str(&GOOD.replace("+++\nA title", "derived_from = [\"CNN\", \"other\"]\n+++\nA title"))
            .expect("valid");
        assert_eq!(s.meta.derived_from, [Origin::Outlet("CNN".into()), Origin::Source("other".into())]);
    }

    /// The `frontmatter` fuzz target's crash, minimized: the TOML error's caret sits in an indentation of
    /// form feeds on a long line, which made the diagnostic's rendering overflow (see `diag::Shown`).
    #[test]
    fn a_toml_error_in_an_indentation_of_form_feeds_renders() {
        let file = format!(
            "+++\ntitle = \"Al-Qaeda’s bnd\"\n{}ls around the world contradict the assessments of the current \
             White House administration, which prevs 24-7 Live\").\"\"\"\n+++\nHow a",
            "\u{c}".repeat(20)
        );
        let e = load_str(&file).expect_err("not TOML");
        assert_eq!(e[0].location(), "content/sources/x.txt:3:1");
        assert!(e[0].render(false).contains("ls around the world"), "{}", e[0].render(false));
    }

    #[test]
    fn ids() {
        assert!(is_valid_id("bond-much-deeper"));
        assert!(!is_valid_id("Bond"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id(""));
    }
}
