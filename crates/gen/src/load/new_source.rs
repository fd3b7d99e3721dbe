//! `dossier new source <id> --from FILE` and `dossier import`: turn a raw article — text, or a saved
//! web page (detected by its content) — into `content/sources/<id>.txt` with a front-matter skeleton
//! whose open fields are marked TODO. A saved page's text and metadata come from
//! [`crate::load::import`]; the page itself is kept as `content/archive/<id>.html` (never published)
//! so the extraction can be redone and audited.

use crate::diag::{Diagnostic, Error};
use crate::load::import::{self, date, Article};
use crate::load::source::is_valid_id;
use std::fs;
use std::path::{Path, PathBuf};

/// Where saved pages are archived, relative to the project root.
pub const ARCHIVE_DIR: &str = "content/archive";

/// What importing one saved page produced.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The new source file, relative to the project root.
    pub path: PathBuf,
    /// The archived page, relative to the project root.
    pub archive: PathBuf,
    /// The extracted article.
    pub article: Article,
}

/// Writes the new source file and returns its path. Refuses an invalid or existing id.
pub fn new_source(root: &Path, id: &str, from: &Path) -> Result<PathBuf, Error> {
    let rel = crate::project::source_file(id);
    if !is_valid_id(id) {
        return Err(Error::Content(vec![Diagnostic::error(
            &rel,
            format!("`{id}` is not a valid source id"),
        )
        .help("use lower-case letters, digits and hyphens, e.g. `cnn-raid-report`")]));
    }
    let path = root.join(&rel);
    if path.exists() {
        return Err(Error::Content(vec![Diagnostic::error(&rel, format!("source `{id}` already exists"))
            .help("choose another id; dossier never overwrites an article")]));
    }
    let bytes = crate::project::read_input(from)?;
    let by_name =
        from.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    if by_name || import::bytes_look_like_html(&bytes) {
        return write_page(root, id, from, &bytes, &today()).map(|i| i.path);
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::Content(vec![Diagnostic::error(
            from,
            format!("the file is not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()),
        )
        .help("save the article as UTF-8 text")])
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let title = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("");
    if title.is_empty() {
        return Err(Error::Content(vec![
            Diagnostic::error(from, "the file has no text").help("save the article's text in it first")
        ]));
    }
    let published = match date::dateline(text) {
        Some(d) => format!("published = {d}                 # guessed from a dateline: check it\n"),
        None => "published = \"unknown\"              # TODO a date (2021-05-28), \"2021-05\", \"2021\" or \"unknown\"\n".into(),
    };
    let skeleton = format!(
        "+++\n\
         title = {title}                    # guessed from the first line: check it\n\
         outlet = \"unknown\"                 # TODO who published it; \"unknown\" is an honest value\n\
         {published}\
         # url = \"https://…\"                # the original address, if known\n\
         # language = \"en\"                  # the language of the text as received\n\
         # translated_from = \"es\"           # if the text is a translation\n\
         # derived_from = [\"CNN\"]           # source ids or outlet names it copies or re-tells\n\
         # reliability = \"C\"                # Admiralty grade of the source, A–F\n\
         # credibility = 3                  # Admiralty grade of the information, 1–6\n\
         # notes = \"\"\"Why these values.\"\"\"\n\
         +++\n",
        title = toml_string(title)
    );
    let mut out = skeleton;
    out.push_str(text);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    write_new(&path, out.as_bytes())?;
    Ok(rel)
}

/// Writes a file that must not exist yet (create_new: never overwrite, even if the file appeared since
/// a check), creating its folder.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let mut file =
        fs::OpenOptions::new().write(true).create_new(true).open(path).map_err(|e| Error::io(path, e))?;
    std::io::Write::write_all(&mut file, bytes).map_err(|e| Error::io(path, e))
}

/// Imports a saved page as source `id` (already checked to be valid and free), extracted on `today`
/// (`YYYY-MM-DD`): the source file and the archived page. A page with no article writes nothing.
pub fn write_page(root: &Path, id: &str, from: &Path, bytes: &[u8], today: &str) -> Result<Imported, Error> {
    let article = import::extract(bytes).map_err(|refusal| {
        Error::Content(vec![Diagnostic::error(from, refusal.to_string())
            .help("nothing was written; save the article's own page (File › Save Page As) or paste its text into a .txt file")])
    })?;
    let rel = crate::project::source_file(id);
    let archive = PathBuf::from(format!("{ARCHIVE_DIR}/{id}.html"));
    if root.join(&archive).exists() {
        return Err(Error::Content(vec![Diagnostic::error(
            &archive,
            format!("an archived page for `{id}` already exists"),
        )
        .help("choose another id; dossier never overwrites an archived page")]));
    }
    let text = page_source(&article, &archive, today);
    write_new(&root.join(&archive), bytes)?;
    write_new(&root.join(&rel), text.as_bytes())?;
    Ok(Imported { path: rel, archive, article })
}

/// The text of the source file for an extracted article: front matter from the page's metadata (TODO where it says
/// nothing), then one paragraph per line.
pub fn page_source(a: &Article, archive: &Path, today: &str) -> String {
    let m = &a.meta;
    let mut out = String::from("+++\n");
    match &m.title {
        Some(t) => out.push_str(&format!("title = {}   # from the saved page: check it\n", toml_string(t))),
        None => {
            out.push_str("title = \"TODO\"                     # TODO the headline: the page names none\n")
        }
    }
    match &m.outlet {
        Some(o) => out.push_str(&format!("outlet = {}\n", toml_string(o))),
        None => out.push_str(
            "outlet = \"unknown\"                 # TODO who published it; \"unknown\" is an honest value\n",
        ),
    }
    match &m.published {
        Some(d) => out.push_str(&format!("published = {d}\n")),
        None => out.push_str("published = \"unknown\"              # TODO a date (2021-05-28), \"2021-05\", \"2021\" or \"unknown\"\n"),
    }
    match &m.url {
        Some(u) => out.push_str(&format!("url = {}\n", toml_string(u))),
        None => out.push_str("# url = \"https://…\"                # the original address, if known\n"),
    }
    match &m.language {
        Some(l) => out.push_str(&format!("language = {}\n", toml_string(l))),
        None => out.push_str("# language = \"en\"                  # the language of the text as received\n"),
    }
    if let Some(au) = &m.author {
        out.push_str(&format!("author = {}\n", toml_string(au)));
    }
    out.push_str(&format!(
        "saved_page = {{ file = {}, extracted = {today} }}\n",
        toml_string(&archive.to_string_lossy())
    ));
    out.push_str(
        "# translated_from = \"es\"           # if the text is a translation\n\
         # derived_from = [\"CNN\"]           # source ids or outlet names it copies or re-tells\n\
         # reliability = \"C\"                # Admiralty grade of the source, A–F\n\
         # credibility = 3                  # Admiralty grade of the information, 1–6\n\
         +++\n",
    );
    for p in &a.paragraphs {
        out.push_str(p);
        out.push_str("\n\n");
    }
    out
}

/// A source id for an imported page: the last path segment of its address when that is a readable
/// slug, else its title, as lower-case words joined by hyphens (at most 60 characters); `page` when
/// neither gives one. `taken` says whether an id is in use; `-2`, `-3`, … are added until one is free.
pub fn id_for(article: &Article, taken: impl Fn(&str) -> bool) -> String {
    let from_url = article.meta.url.as_deref().and_then(|u| {
        let path = u.split(['?', '#']).next()?.trim_end_matches('/');
        let seg = path.rsplit('/').next()?.trim_end_matches(".html").trim_end_matches(".htm");
        let slug = slugify(seg);
        (slug.matches('-').count() >= 2 && !slug.starts_with("index")).then_some(slug)
    });
    let base = from_url
        .or_else(|| article.meta.title.as_deref().map(slugify).filter(|s| !s.is_empty()))
        .unwrap_or_else(|| "page".into());
    let mut id = base.clone();
    let mut n = 2;
    while taken(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn slugify(s: &str) -> String {
    let mut out = String::new();
    for word in s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if out.len() + word.len() + 1 > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    out
}

/// Today's date in UTC, `YYYY-MM-DD` (the civil-from-days algorithm; no time-zone database needed).
pub fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_skeleton_that_loads_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().expect("tempdir");
        let raw = dir.path().join("raw.txt");
        fs::write(&raw, "\u{feff}  Taliban say “no presence” \\ of al-Qaeda\n\nFirst paragraph.\n")
            .expect("write");
        let rel = new_source(dir.path(), "new-one", &raw).expect("created");
        let text = fs::read_to_string(dir.path().join(&rel)).expect("read");
        assert!(text.starts_with("+++\ntitle = \"Taliban say “no presence” \\\\ of al-Qaeda\""), "{text}");
        assert!(text.contains("TODO"));
        assert!(text.ends_with("First paragraph.\n"));
        // The skeleton is valid front matter.
        let rules = crate::load::boilerplate::Rules::default();
        let source = crate::load::source::load("new-one", &rel, std::sync::Arc::from(text), &rules, &[])
            .expect("loads");
        assert_eq!(source.meta.outlet, "unknown");
        let again = new_source(dir.path(), "new-one", &raw);
        assert!(matches!(again, Err(Error::Content(d)) if d[0].message == "source `new-one` already exists"));
        assert!(matches!(new_source(dir.path(), "Bad Id", &raw), Err(Error::Content(_))));
    }
}
