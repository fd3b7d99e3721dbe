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
    /// For an unclosed citation, the sources it names as far as it reads as one (`[@a, p4` of
    /// `[@a, p4. Next sentence`), so that its sentence counts as cited while the error stands; its span
    /// is the error's.
    pub recovered: Option<Citation>,
}

/// Finds every citation in a run of text, left to right. A citation ends at its first `]`; one that meets
/// another `[` or the end of the text first is not closed, and the error covers what reads as its start.
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
        let close = after.find(']').map(|len| open + 1 + len);
        let next_open = after.find('[').map(|len| open + 1 + len);
        match close {
            Some(close) if next_open.is_none_or(|n| close < n) => {
                out.push(parse(text, open + 1..close).map(|items| Citation { span: open..close + 1, items }));
                at = close + 1;
            }
            _ => {
                let end = open + 1 + unclosed_len(after);
                let recovered =
                    parse(text, open + 1..end).ok().map(|items| Citation { span: open..end, items });
                out.push(Err(SyntaxError {
                    span: open..end,
                    message: format!("citation `{}` is not closed", &text[open..end]),
                    help: format!("end it with `]`, as in `{}]`", &text[open..end]),
                    recovered,
                }));
                at = end;
            }
        }
    }
    out
}

/// How much of `after` (the text after an unclosed `[`) reads as a citation: `@id`, then a locator after
/// a comma and further `; @id` items, up to whatever cannot belong to one (a word, a full stop ending a
/// sentence, a bracket).
fn unclosed_len(after: &str) -> usize {
    let bytes = after.as_bytes();
    let mut end = 0;
    let mut i = 0;
    let skip_spaces = |mut i: usize| {
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    loop {
        i = skip_spaces(i);
        if bytes.get(i) != Some(&b'@') {
            break;
        }
        i = skip_spaces(i + 1);
        let id = bytes[i..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-').count();
        if id == 0 {
            break;
        }
        i += id;
        end = i;
        let j = skip_spaces(i);
        if bytes.get(j) == Some(&b',') {
            let k = skip_spaces(j + 1);
            let rest = &after[k..];
            let prefix = ["para.", "para", "p.", "p", "¶"].iter().find(|p| rest.starts_with(**p));
            if let Some(prefix) = prefix {
                let d = skip_spaces(k + prefix.len());
                let digits = bytes[d..].iter().take_while(|b| b.is_ascii_digit()).count();
                if digits > 0 {
                    i = d + digits;
                    end = i;
                }
            }
        }
        let j = skip_spaces(i);
        if bytes.get(j) != Some(&b';') {
            break;
        }
        i = j + 1;
    }
    // `[@` with nothing that reads as an id: the error covers the bracket and the `@`.
    if end == 0 {
        end = after.find('@').map_or(0, |a| a + 1);
    }
    end
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
            recovered: None,
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
    fn an_unclosed_citation_covers_its_start_and_the_next_one_still_reads() {
        let text = "blood and marriage” [@tda, p26. Recalling “for Osama” [@tda]. Then [@b";
        let found = scan(text);
        assert_eq!(found.len(), 3, "{found:?}");
        let e = found[0].clone().expect_err("unclosed");
        assert_eq!(&text[e.span.clone()], "[@tda, p26");
        assert_eq!(e.message, "citation `[@tda, p26` is not closed");
        let r = e.recovered.expect("recovered");
        assert_eq!((r.items[0].id.as_str(), r.items[0].locator), ("tda", Some(26)));
        assert_eq!(&text[found[1].clone().expect("closed").span], "[@tda]");
        let e = found[2].clone().expect_err("unclosed at the end");
        assert_eq!(&text[e.span.clone()], "[@b");
        // Several items, and a start that names no id.
        let text = "x [@a; @b-c, ¶ 3 and more";
        let e = scan(text).remove(0).expect_err("unclosed");
        assert_eq!(&text[e.span.clone()], "[@a; @b-c, ¶ 3");
        assert_eq!(e.recovered.map(|c| c.items.len()), Some(2));
        let e = scan("x [@ , y").remove(0).expect_err("unclosed");
        assert_eq!((e.span.clone(), e.recovered), (2..4, None));
    }

    #[test]
    fn errors() {
        let e = |t: &str| scan(t).remove(0).expect_err("error").message;
        assert_eq!(e("[@a, page four]"), "unrecognised locator `page four`");
        assert_eq!(e("[@Bad_Id]"), "`Bad_Id` is not a source id");
        assert_eq!(e("[@a; b]"), "expected `@source-id`, found `b`");
        assert_eq!(e("[@a"), "citation `[@a` is not closed");
        assert_eq!(e("[@a, p0]"), "unrecognised locator `p0`");
    }
}
