//! Sentences and quotations in the briefing's prose, for deciding which quotation a citation vouches for.

use crate::analyse::lexicon::{QUOTE_ABBREVIATIONS, SENTENCE_ABBREVIATIONS};
use crate::analyse::text::{is_dash, is_double};
use std::ops::Range;

/// A quotation in running text: the words between a pair of double quotation marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// Byte range of the words inside the marks.
    pub inner: Range<usize>,
    /// Byte range including the marks.
    pub outer: Range<usize>,
}

/// Finds double-quoted passages: `“…”`, or straight `"…"`. Single quotes are left alone (they double
/// as apostrophes); a quotation nested inside another belongs to the outer one.
pub fn quotations(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', None) => open = Some((i, '”')),
            ('"', None) => open = Some((i, '"')),
            ('”', Some((start, '”'))) | ('"', Some((start, '"'))) => {
                let inner =
                    start + '“'.len_utf8().min(text[start..].chars().next().map_or(1, char::len_utf8))..i;
                out.push(Quoted { inner, outer: start..i + c.len_utf8() });
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Stands for a citation or note reference in the plain text of a paragraph.
pub const MARKER: char = '\u{fffc}';

/// How a sentence ends and the next begins. One splitter serves the briefing's prose ([`PROSE`]), the
/// narrative of a source's paragraph around its quotations ([`QUOTE_NARRATIVE`]) and the plain cut of a
/// quotation left open ([`PLAIN`]); the rules say where the texts differ.
pub(crate) struct Rules {
    /// Characters glued to the terminator that still belong to its sentence (closing quotes, brackets).
    pub(crate) closing: fn(char) -> bool,
    /// Characters a new sentence may start with.
    pub(crate) opening: fn(char) -> bool,
    /// Whether the period at byte `dot` of the text ends an abbreviation or an initial, not a sentence.
    pub(crate) abbreviation: fn(&str, usize) -> bool,
    /// Whether citation markers ([`MARKER`]) after the terminator stay with the sentence they close.
    pub(crate) markers: bool,
}

/// The briefing's prose: a sentence may close with quotes and brackets, and start with a capital, a digit,
/// an opening quotation mark or a parenthesis; [`SENTENCE_ABBREVIATIONS`] and initials do not end one.
pub(crate) const PROSE: Rules = Rules {
    closing: |c| matches!(c, '”' | '"' | '’' | '\'' | ')' | ']' | '.' | '?' | '!'),
    opening: |c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '('),
    abbreviation: prose_abbreviation,
    markers: true,
};

/// A source's narrative between its quotations (the quotes layout): double marks belong to the quoted
/// regions, so only brackets and apostrophes close a sentence; a dash (speech handed back) or any double
/// mark may open one; abbreviations are [`QUOTE_ABBREVIATIONS`] as written.
pub(crate) const QUOTE_NARRATIVE: Rules = Rules {
    closing: |c| matches!(c, ')' | ']' | '\'' | '\u{2019}'),
    opening: |c| c.is_uppercase() || c.is_ascii_digit() || is_double(c) || c == '\u{2018}' || is_dash(c),
    abbreviation: quote_abbreviation,
    markers: false,
};

/// The plainest rule: a terminator, whitespace, a capital letter. Where a quotation left open ends.
pub(crate) const PLAIN: Rules =
    Rules { closing: |_| false, opening: char::is_uppercase, abbreviation: |_, _| false, markers: false };

/// The characters that end a sentence.
pub(crate) const TERMINATORS: [char; 3] = ['.', '?', '!'];

impl Rules {
    /// After a terminator that ends at byte `from`: where its sentence ends (after closing marks and
    /// markers) and where the next one starts; `None` when no sentence starts there.
    pub(crate) fn after(&self, text: &str, from: usize) -> Option<(usize, usize)> {
        self.after_closing(text, self.closing_end(text, from))
    }

    /// The end of the run of closing characters from `from`.
    fn closing_end(&self, text: &str, from: usize) -> usize {
        skip(text, from, &|c| (self.closing)(c))
    }

    /// [`Rules::after`], from the end of the closing characters after the terminator.
    fn after_closing(&self, text: &str, mut end: usize) -> Option<(usize, usize)> {
        // Citation markers after the full stop belong to the sentence they close.
        if self.markers {
            loop {
                let m = skip(text, end, &char::is_whitespace);
                if !text.get(m..).is_some_and(|rest| rest.starts_with(MARKER)) {
                    break;
                }
                end = m + MARKER.len_utf8();
            }
        }
        let next = skip(text, end, &char::is_whitespace);
        let c = text.get(next..)?.chars().next()?;
        (next > end && (self.opening)(c)).then_some((end, next))
    }

    /// Every sentence boundary of `text` as (end of one sentence, start of the next), in order; a
    /// terminator at a byte for which `protected` holds (inside a quotation) ends nothing.
    pub(crate) fn boundaries(&self, text: &str, protected: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        // The last run of closing characters skipped and what follows its end: every
        // terminator inside one run (`…!?!` or a thousand dots) has the same, found once.
        let mut skipped: Option<Range<usize>> = None;
        let mut found: Option<(usize, usize)> = None;
        for (at, c) in text.char_indices() {
            if !TERMINATORS.contains(&c) || protected(at) || (c == '.' && (self.abbreviation)(text, at)) {
                continue;
            }
            let from = at + c.len_utf8();
            if !skipped.as_ref().is_some_and(|s| s.start <= from && from <= s.end) {
                let end = self.closing_end(text, from);
                found = self.after_closing(text, end);
                skipped = Some(from..end);
            }
            // A run of terminators (`?!`, `.”.`) gives one boundary, found from each of them.
            if let Some(b) = found.filter(|b| out.last() != Some(b)) {
                out.push(b);
            }
        }
        out
    }
}

/// `at` moved past the characters `keep` holds for.
fn skip(text: &str, at: usize, keep: &dyn Fn(char) -> bool) -> usize {
    at + text
        .get(at..)
        .map_or(0, |rest| rest.char_indices().find(|&(_, c)| !keep(c)).map_or(rest.len(), |(i, _)| i))
}

/// Splits text into sentences (byte ranges that cover the text). A sentence ends at `.`, `?` or `!`
/// (with any closing quotes or brackets after it) followed by space and a capital letter, digit or
/// opening quotation mark; never inside a quotation, and not after a common abbreviation or an initial.
/// Citation markers ([`MARKER`]) right after a full stop stay with the sentence before them.
pub fn sentences(text: &str, quotes: &[Quoted]) -> Vec<Range<usize>> {
    // A full stop that ends the quoted words (`“We go.”`) can end the sentence; one inside them cannot:
    // a position is inside a quotation when it is before the terminators that end its words. Sorted by
    // start with the furthest such end so far, so each full stop costs a binary search, not a look at
    // every quotation.
    let mut words: Vec<(usize, usize)> = quotes
        .iter()
        .map(|q| {
            let inner = text.get(q.inner.clone()).unwrap_or("");
            (q.inner.start, q.inner.start + inner.trim_end_matches(TERMINATORS).len())
        })
        .collect();
    words.sort_unstable();
    let mut furthest = 0;
    for w in &mut words {
        furthest = furthest.max(w.1);
        w.1 = furthest;
    }
    let inside = |at: usize| {
        let i = words.partition_point(|&(start, _)| start <= at);
        i > 0 && at < words[i - 1].1
    };
    let mut out = Vec::new();
    let mut start = 0;
    for (end, next) in PROSE.boundaries(text, inside) {
        if end > start {
            out.push(start..end);
            start = next;
        }
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// A period after an abbreviation of [`SENTENCE_ABBREVIATIONS`] (the whole word before it, lower-cased)
/// or after a single capital (an initial).
fn prose_abbreviation(text: &str, dot: usize) -> bool {
    // A word longer than every abbreviation is none (lower-casing never shortens it), so only that many
    // characters are looked at: a run of thousands of dots costs each one a few steps, not the run.
    let longest = SENTENCE_ABBREVIATIONS.iter().map(|a| a.chars().count()).max().unwrap_or(0);
    let before = tail_chars(text.get(..dot).unwrap_or(""), longest + 1);
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let lower = word.to_lowercase();
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || SENTENCE_ABBREVIATIONS.contains(&lower.as_str())
}

/// A period after an abbreviation (`Lt.`, `Col.`, `U.S.`, an initial): the last dot-separated part of the
/// word before it, as written, is a single capital or one of [`QUOTE_ABBREVIATIONS`].
fn quote_abbreviation(text: &str, dot: usize) -> bool {
    // The last part is the run of letters right before the dot; one longer than every abbreviation is
    // none, so no more than that is looked at.
    let longest = QUOTE_ABBREVIATIONS.iter().map(|a| a.chars().count()).max().unwrap_or(0);
    let before = tail_chars(text.get(..dot).unwrap_or(""), longest + 1);
    let letters = before.len() - before.trim_end_matches(char::is_alphabetic).len();
    let last = &before[before.len() - letters..];
    (last.chars().count() == 1 && last.chars().all(char::is_uppercase)) || QUOTE_ABBREVIATIONS.contains(&last)
}

/// The last `n` characters of `s` (all of it when shorter).
fn tail_chars(s: &str, n: usize) -> &str {
    s.char_indices().rev().nth(n.saturating_sub(1)).map_or(s, |(i, _)| &s[i..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &quotations(text)).into_iter().map(|r| text[r].trim()).collect()
    }

    #[test]
    fn finds_curly_and_straight_quotations() {
        let t = "He said “a. B” and \"c\" and ‘d’.";
        let q: Vec<&str> = quotations(t).iter().map(|q| &t[q.inner.clone()]).collect();
        assert_eq!(q, ["a. B", "c"]);
    }

    #[test]
    fn sentence_ends_skip_quotations_abbreviations_and_keep_trailing_markers() {
        assert_eq!(split("One “two. Three” four. Five."), ["One “two. Three” four.", "Five."]);
        assert_eq!(
            split("Lt. Col. Karen Roxberry said so. Gen. Sadat agreed."),
            ["Lt. Col. Karen Roxberry said so.", "Gen. Sadat agreed."]
        );
        assert_eq!(
            split("He left.\u{fffc} Then “We go.” \u{fffc} Next."),
            ["He left.\u{fffc}", "Then “We go.” \u{fffc}", "Next."]
        );
        assert_eq!(split("U.S. officials said “x.” They left."), ["U.S. officials said “x.”", "They left."]);
    }

    /// A generous bound on a large n: 100,000 quotations and full stops in one paragraph, a run of
    /// 200,000 dots and a 200,000-letter word with dots. Each full stop looked at every quotation, and
    /// each dot at the whole run or word before it (hours at these sizes); now a fraction of a second.
    #[test]
    fn long_paragraphs_split_in_linear_time() {
        let start = std::time::Instant::now();
        let many = "He said “We go.” and left. ".repeat(100_000);
        assert_eq!(split(&many).len(), 100_000);
        let dots = format!(
            "Wait{} Then “{}” x. {}. Next.",
            ".".repeat(200_000),
            "a.".repeat(100_000),
            "b".repeat(200_000)
        );
        assert_eq!(split(&dots).len(), 3);
        assert_eq!(QUOTE_NARRATIVE.boundaries(&dots, |_| false).len(), 2);
        let took = start.elapsed();
        assert!(took < std::time::Duration::from_secs(30), "{took:?}");
    }

    #[test]
    fn the_rules_differ_where_the_texts_do() {
        // A dash opens a sentence in a source's narrative (speech handed back), not in the briefing.
        assert_eq!(QUOTE_NARRATIVE.after("so. – Then", 3), Some((3, 4)));
        assert_eq!(PROSE.after("so. – Then", 3), None);
        // Citation markers stay with the sentence in the briefing only.
        assert_eq!(PROSE.after("x.\u{fffc} Y", 2), Some((5, 6)));
        assert_eq!(QUOTE_NARRATIVE.after("x.\u{fffc} Y", 2), None);
        // The plain rule knows no abbreviations.
        assert_eq!(PLAIN.boundaries("Gen. Sadat. Then", |_| false), [(4, 5), (11, 12)]);
        assert_eq!(PROSE.boundaries("Gen. Sadat. Then", |_| false), [(11, 12)]);
        assert_eq!(QUOTE_NARRATIVE.boundaries("Gen. Sadat. Then", |_| false), [(11, 12)]);
    }
}
