//! Splitting a file into TOML front matter (between two `+++` lines) and body, and turning TOML errors
//! into diagnostics that point into the file.

use crate::diag::Diagnostic;
use serde::de::DeserializeOwned;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// A file split at its front matter; all ranges are byte ranges of the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The TOML between the fences.
    pub front: Range<usize>,
    /// Everything after the closing fence's line.
    pub body: Range<usize>,
}

/// Finds the `+++` fences. The file may start with a byte-order mark; lines may end in CRLF.
pub fn split(path: &Path, text: &Arc<str>) -> Result<Split, Diagnostic> {
    let start = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let mut lines = line_ranges(text, start);
    let first = lines.next();
    let is_fence = |r: &Range<usize>| text[r.clone()].trim_end() == "+++";
    match first {
        Some(r) if is_fence(&r) => {
            let front_start = r.end.min(text.len());
            let front_start = skip_newline(text, front_start);
            for line in lines {
                if is_fence(&line) {
                    let body_start = skip_newline(text, line.end);
                    return Ok(Split { front: front_start..line.start, body: body_start..text.len() });
                }
            }
            Err(Diagnostic::error(path, "front matter is not closed")
                .at(text, r)
                .label("opened here")
                .help("add a line `+++` after the last front-matter field"))
        }
        _ => {
            let span = first.unwrap_or(0..0);
            Err(Diagnostic::error(path, "missing front matter")
                .at(text, span)
                .label("expected `+++` here")
                .help("start the file with a `+++` line, the TOML fields, and another `+++` line"))
        }
    }
}

/// Byte ranges of each line without its line ending, from `start`.
pub fn line_ranges(text: &str, start: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut at = start;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let line_end = if text[..end].ends_with('\r') { end - 1 } else { end };
        let r = at..line_end.max(at);
        at = end + 1;
        Some(r)
    })
}

fn skip_newline(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    if rest.starts_with("\r\n") {
        at + 2
    } else if rest.starts_with('\n') {
        at + 1
    } else {
        at
    }
}

/// Deserializes the front matter; a TOML or schema error becomes a diagnostic at the offending key.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &Arc<str>, split: &Split) -> Result<T, Diagnostic> {
    let front = &text[split.front.clone()];
    toml::from_str(front).map_err(|e| {
        let span = e.span().map_or(split.front.start..split.front.start, |s| {
            split.front.start + s.start..split.front.start + s.end
        });
        Diagnostic::error(path, format!("bad front matter: {}", plain_message(e.message())))
            .at(text, span)
            .help("see README.md, \"Adding an article\" (sources) or \"Writing the briefing\", for the fields and their types")
    })
}

/// serde's and toml's wording made readable: one line, no Rust type names.
fn plain_message(message: &str) -> String {
    let one_line = message.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.contains("did not match any variant of untagged enum RawDate") {
        return "a date must be a TOML date (2021-05-28) or a string: \"2021-05\", \"2021\" or \"unknown\""
            .into();
    }
    one_line
}

/// Shifts a span inside the front matter (as `toml::Spanned` gives it) to a span of the whole file.
pub fn file_span(split: &Split, span: Range<usize>) -> Range<usize> {
    split.front.start + span.start..split.front.start + span.end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arc(s: &str) -> Arc<str> {
        Arc::from(s)
    }

    #[test]
    fn splits_front_matter_and_body() {
        let t = arc("+++\ntitle = \"x\"\n+++\nbody line\n");
        let s = split(Path::new("a"), &t).expect("split");
        assert_eq!(&t[s.front.clone()], "title = \"x\"\n");
        assert_eq!(&t[s.body.clone()], "body line\n");
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let t = arc("\u{feff}+++\r\ntitle = \"x\"\r\n+++\r\nbody\r\n");
        let s = split(Path::new("a"), &t).expect("split");
        assert_eq!(&t[s.front.clone()], "title = \"x\"\r\n");
        assert_eq!(&t[s.body.clone()], "body\r\n");
    }

    #[test]
    fn reports_missing_and_unclosed_front_matter() {
        let e = split(Path::new("a.txt"), &arc("title = 1\n")).expect_err("missing");
        assert_eq!(e.message, "missing front matter");
        assert_eq!(e.location(), "a.txt:1:1");
        let e = split(Path::new("a.txt"), &arc("+++\ntitle = 1\n")).expect_err("unclosed");
        assert_eq!(e.message, "front matter is not closed");
        let e = split(Path::new("a.txt"), &arc("")).expect_err("empty");
        assert_eq!(e.message, "missing front matter");
    }

    #[test]
    fn toml_errors_point_at_the_key() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct F {
            title: String,
        }
        let t = arc("+++\ntitle = \"x\"\ntitel = \"y\"\n+++\n");
        let s = split(Path::new("a.txt"), &t).expect("split");
        let e = parse::<F>(Path::new("a.txt"), &t, &s).expect_err("unknown field");
        assert_eq!(e.location(), "a.txt:3:1");
        assert!(e.message.contains("unknown field `titel`"), "{}", e.message);
    }
}
