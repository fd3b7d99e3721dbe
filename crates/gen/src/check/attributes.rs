//! The attributes the link check reads from a page it just wrote: `href`, `src` and `id`, found by a
//! byte scan (the pages are the site's own markup, written by the render phase, so a full HTML parser is
//! not needed; what the scanner finds is tested against the pattern `\s(href|src|id)="([^"]*)"`), and
//! their character references decoded.

use std::borrow::Cow;

/// The attribute names the check reads; `id` defines a fragment, the others link.
const NAMES: [&str; 3] = ["href", "src", "id"];

/// The `href`, `src` and `id` attributes of a page, in order: `(name, value as written)`. A value is
/// what lies between `="` and the next `"`; the name must follow a whitespace character.
pub(super) struct Attributes<'a> {
    html: &'a str,
    at: usize,
}

impl<'a> Iterator for Attributes<'a> {
    type Item = (&'static str, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.html.as_bytes();
        loop {
            // `=` by memchr, then the quote after it: a two-byte pattern search (`find("=\"")`) sets up
            // a searcher on every call, and the pages hold millions of attributes. The memchr crate's
            // (vector compares, 32 bytes a step) rather than std's (`str::find` of a char, a word a step):
            // finding the `=`s of half a gigabyte of pages was most of the check. (One Aho–Corasick
            // search for `href="`, `src="` and `id="` was slower still: its prefilter stops at each `=`
            // too, then runs the automaton.)
            let eq = self.at + memchr::memchr(b'=', bytes.get(self.at..)?)?;
            if bytes.get(eq + 1) != Some(&b'"') {
                self.at = eq + 1;
                continue;
            }
            let name = NAMES.into_iter().find(|n| {
                bytes[..eq].ends_with(n.as_bytes())
                    && self.html[..eq - n.len()].chars().next_back().is_some_and(char::is_whitespace)
            });
            let Some(name) = name else {
                self.at = eq + 1;
                continue;
            };
            let start = eq + 2;
            // No closing quote: no later attribute can have one either.
            let len = memchr::memchr(b'"', &bytes[start..])?;
            self.at = start + len + 1;
            return Some((name, &self.html[start..start + len]));
        }
    }
}

pub(super) fn attributes(html: &str) -> Attributes<'_> {
    Attributes { html, at: 0 }
}

/// An attribute value with its character references decoded, borrowed when it has none.
pub(super) fn value(raw: &str) -> Cow<'_, str> {
    if raw.contains('&') {
        Cow::Owned(unescape(raw))
    } else {
        Cow::Borrowed(raw)
    }
}

/// Decodes the character references an attribute value may hold (`&amp;`, `&#x2f;`, `&#39;` …).
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_character_references() {
        assert_eq!(unescape("..&#x2f;a&amp;b&#39;&#47;&bogus;"), "../a&b'/&bogus;");
    }

    #[test]
    fn the_scanner_finds_what_the_attribute_pattern_finds() {
        let pattern = regex::Regex::new(r#"\s(href|src|id)="([^"]*)""#).expect("valid regex");
        let pages = [
            "<a href=\"a.html\" id=\"x\">t</a><img data-src=\"no\" src=\"s.png\"><p xid=\"no\"\nid=\"y\">",
            "<p title=\" id=\"inside\" href=\"after\">, <a\u{a0}href=\"nbsp\">, <a href=\"unclosed",
            r##"href="start" <b	id="tab"> ="" id=""x" id="a&amp;b" <i href="#f"id="glued">"##,
        ];
        for page in pages {
            let expected: Vec<(&str, &str)> = pattern
                .captures_iter(page)
                .map(|c| (c.get(1).map_or("", |m| m.as_str()), c.get(2).map_or("", |m| m.as_str())))
                .collect();
            assert!(expected.len() >= 3, "{page}: {expected:?}");
            assert_eq!(attributes(page).collect::<Vec<_>>(), expected, "{page}");
        }
        let pieces = ["href=\"", "id=\"", "src=\"", " ", "\n", "\"", "=", "x", "data-", "\u{a0}", "é"];
        for page in crate::testing::random_texts(&pieces, 5, 5000, 16) {
            let expected: Vec<(&str, &str)> = pattern
                .captures_iter(&page)
                .map(|c| (c.get(1).map_or("", |m| m.as_str()), c.get(2).map_or("", |m| m.as_str())))
                .collect();
            assert_eq!(attributes(&page).collect::<Vec<_>>(), expected, "{page:?}");
        }
    }
}
