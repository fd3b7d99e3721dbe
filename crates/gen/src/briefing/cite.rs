//! Pandoc-style citations in the briefing: `[@id]`, `[@a; @b]`, `[@id, p4]`.

use crate::load::source::is_valid_id;
use std::ops::Range;

/// One cited source inside a citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The source id.
    pub id: String,
    /// Byte range of `@id` in the scanned text.
    pub id_span: Range<usize>,
    /// The paragraph locator (`p4` → 4), when given.
    pub locator: Option<usize>,
}

/// A bracketed citation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// Byte range of the whole `[...]` in the scanned text.
    pub span: Range<usize>,
    /// The cited sources, in order; never empty.
    pub items: Vec<Item>,
}

/// A citation that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where, in the scanned text.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// What to write instead.
    pub help: String,
}

/// Finds every citation in a run of text, left to right.
pub fn scan(text: &str) -> Vec<Result<Citation, SyntaxError>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = text[at..].find('[') {
        let open = at + i;
        let after = &text[open + 1..];
        if !after.trim_start().starts_with('@') {
            at = open + 1;
            continue;
        }
        let Some(len) = after.find(']') else {
            out.push(Err(SyntaxError {
                span: open..text.len(),
                message: "citation is not closed".into(),
                help: "end it with `]`, as in `[@source-id]`".into(),
            }));
            break;
        };
        let close = open + 1 + len;
        out.push(parse(text, open + 1..close).map(|items| Citation { span: open..close + 1, items }));
        at = close + 1;
    }
    out
}

fn parse(text: &str, inner: Range<usize>) -> Result<Vec<Item>, SyntaxError> {
    let mut items = Vec::new();
    let mut start = inner.start;
    for part in text[inner.clone()].split(';') {
        let part_span = start..start + part.len();
        start = part_span.end + 1;
        let lead = part.len() - part.trim_start().len();
        let body = part.trim();
        let err = |message: String, help: &str| SyntaxError {
            span: part_span.start + lead..part_span.start + lead + body.len(),
            message,
            help: help.into(),
        };
        let Some(rest) = body.strip_prefix('@') else {
            return Err(err(
                format!("expected `@source-id`, found `{body}`"),
                "separate sources with `;`: `[@a; @b]`",
            ));
        };
        let (id, locator) = match rest.split_once(',') {
            Some((id, loc)) => (id.trim(), Some(loc.trim())),
            None => (rest.trim(), None),
        };
        if !is_valid_id(id) {
            return Err(err(
                format!("`{id}` is not a source id"),
                "source ids are file names in content/sources/ without `.txt`: lower-case letters, digits, hyphens",
            ));
        }
        let locator = match locator {
            None => None,
            Some(loc) => Some(parse_locator(loc).ok_or_else(|| {
                err(
                    format!("unrecognised locator `{loc}`"),
                    "give a paragraph as `p4` (or `¶4`), as in `[@id, p4]`",
                )
            })?),
        };
        // `@` may be followed by spaces (`[@ a]`): the span runs from the `@` to the end of the id.
        let id_start = part_span.start + lead;
        let id_end = id_start + 1 + (rest.len() - rest.trim_start().len()) + id.len();
        items.push(Item { id: id.to_string(), id_span: id_start..id_end, locator });
    }
    Ok(items)
}

/// `p4`, `p 4`, `p. 4`, `para 4`, `¶4` → 4.
fn parse_locator(loc: &str) -> Option<usize> {
    let digits = ["para.", "para", "p.", "p", "¶"].iter().find_map(|prefix| loc.strip_prefix(prefix))?.trim();
    digits.parse().ok().filter(|&n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Vec<(String, Option<usize>)> {
        let found = scan(text);
        assert_eq!(found.len(), 1, "{found:?}");
        let c = found.into_iter().next().and_then(Result::ok).expect("a citation");
        c.items.into_iter().map(|i| (i.id, i.locator)).collect()
    }

    #[test]
    fn single_several_and_locators() {
        assert_eq!(ok("x [@bond-much-deeper]."), [("bond-much-deeper".into(), None)]);
        assert_eq!(ok("[@a; @b]"), [("a".into(), None), ("b".into(), None)]);
        assert_eq!(ok("[@a, p4; @b, ¶ 2]"), [("a".into(), Some(4)), ("b".into(), Some(2))]);
        assert_eq!(ok("[ @a , p. 7 ]"), [("a".into(), Some(7))]);
    }

    #[test]
    fn spans_cover_the_brackets_and_ids() {
        let text = "said [@a; @bcd, p2] so";
        let c = scan(text).remove(0).expect("ok");
        assert_eq!(&text[c.span.clone()], "[@a; @bcd, p2]");
        assert_eq!(&text[c.items[1].id_span.clone()], "@bcd");
    }

    /// Caught by the span check of the `citations` fuzz target: with a space after `@`, the id span stopped
    /// short of the id.
    #[test]
    fn id_span_covers_an_id_after_spaces() {
        let text = "x [@ alpha; @  b, p2] y";
        let c = scan(text).remove(0).expect("ok");
        assert_eq!(&text[c.items[0].id_span.clone()], "@ alpha");
        assert_eq!(&text[c.items[1].id_span.clone()], "@  b");
    }

    #[test]
    fn ordinary_brackets_are_not_citations() {
        assert!(scan("[al Qaeda] and [see above] and a@b").is_empty());
    }

    #[test]
    fn errors() {
        let e = |t: &str| scan(t).remove(0).expect_err("error").message;
        assert_eq!(e("[@a, page four]"), "unrecognised locator `page four`");
        assert_eq!(e("[@Bad_Id]"), "`Bad_Id` is not a source id");
        assert_eq!(e("[@a; b]"), "expected `@source-id`, found `b`");
        assert_eq!(e("[@a"), "citation is not closed");
        assert_eq!(e("[@a, p0]"), "unrecognised locator `p0`");
    }
}
