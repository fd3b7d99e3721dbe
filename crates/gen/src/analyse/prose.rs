//! Sentences and quotations in the briefing's prose, for deciding which quotation a citation vouches for.

use crate::analyse::lexicon::SENTENCE_ABBREVIATIONS;
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

/// Splits text into sentences (byte ranges that cover the text). A sentence ends at `.`, `?` or `!`
/// (with any closing quotes or brackets after it) followed by space and a capital letter, digit or
/// opening quotation mark; never inside a quotation, and not after a common abbreviation or an initial.
/// Citation markers ([`MARKER`]) right after a full stop stay with the sentence before them.
pub fn sentences(text: &str, quotes: &[Quoted]) -> Vec<Range<usize>> {
    // A full stop that ends the quoted words (`“We go.”`) can end the sentence; one inside them cannot.
    let inside = |at: usize| {
        quotes.iter().any(|q| {
            q.inner.start <= at
                && at < q.inner.end
                && !text[at..q.inner.end].chars().all(|c| matches!(c, '.' | '?' | '!'))
        })
    };
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '?' | '!') && !inside(at) && !(c == '.' && is_abbreviation(&text[start..at])) {
            let mut j = i + 1;
            while j < chars.len()
                && matches!(chars[j].1, '”' | '"' | '’' | '\'' | ')' | ']' | '.' | '?' | '!')
            {
                j += 1;
            }
            // Citation markers (U+FFFC) after the full stop belong to the sentence they close.
            loop {
                let mut m = j;
                while m < chars.len() && chars[m].1.is_whitespace() {
                    m += 1;
                }
                if m < chars.len() && chars[m].1 == MARKER {
                    j = m + 1;
                } else {
                    break;
                }
            }
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let starts_sentence = k < chars.len()
                && (chars[k].1.is_uppercase()
                    || chars[k].1.is_ascii_digit()
                    || matches!(chars[k].1, '“' | '"' | '‘' | '('));
            if k > j && starts_sentence {
                let end = chars.get(j).map_or(text.len(), |&(b, _)| b);
                out.push(start..end);
                start = chars[k].0;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let lower = word.to_lowercase();
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || SENTENCE_ABBREVIATIONS.contains(&lower.as_str())
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
}
