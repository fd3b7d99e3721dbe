//! `dossier new source <id> --from FILE`: turns a raw article saved as text into
//! `content/sources/<id>.txt` with a front-matter skeleton whose open fields are marked TODO.

use crate::diag::{Diagnostic, Error};
use crate::load::source::is_valid_id;
use std::fs;
use std::path::{Path, PathBuf};

/// Writes the new source file and returns its path. Refuses an invalid or existing id.
pub fn new_source(root: &Path, id: &str, from: &Path) -> Result<PathBuf, Error> {
    let rel = PathBuf::from(format!("content/sources/{id}.txt"));
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
    let bytes = fs::read(from).map_err(|e| Error::io(from, e))?;
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
    let skeleton = format!(
        "+++\n\
         title = {title}                    # guessed from the first line: check it\n\
         outlet = \"unknown\"                 # TODO who published it; \"unknown\" is an honest value\n\
         published = \"unknown\"              # TODO a date (2021-05-28), \"2021-05\", \"2021\" or \"unknown\"\n\
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
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    // create_new: never overwrite, even if the file appeared since the check above.
    let mut file =
        fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|e| Error::io(&path, e))?;
    std::io::Write::write_all(&mut file, out.as_bytes()).map_err(|e| Error::io(&path, e))?;
    Ok(rel)
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
