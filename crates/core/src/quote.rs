//! Matching a quotation against a text, word by word.
//!
//! A quotation is compared as a sequence of folded words (see [`crate::text`]), so case, curly or straight
//! quotes, dashes, whitespace and diacritics do not matter, and neither does punctuation between words.
//! An ellipsis (`…` or `...`) or a `[bracketed insertion]` marks a gap: the words on either side must
//! appear in order, with anything in between.

use crate::text::{fold, tokenize, Token};
use std::ops::Range;

/// A quotation split at its elisions into runs of words that must each occur contiguously, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// The runs of folded words; never contains an empty run.
    pub segments: Vec<Vec<String>>,
}

impl Quotation {
    /// Parses the text between the quotation marks.
    pub fn parse(quoted: &str) -> Self {
        let folded = fold(quoted);
        let mut segments = Vec::new();
        let mut current = String::new();
        let mut depth = 0usize;
        let mut chars = folded.chars().peekable();
        let flush = |current: &mut String, segments: &mut Vec<Vec<String>>| {
            let words: Vec<String> = tokenize(current).into_iter().map(|t| t.word).collect();
            if !words.is_empty() {
                segments.push(words);
            }
            current.clear();
        };
        while let Some(c) = chars.next() {
            match c {
                '[' => {
                    if depth == 0 {
                        flush(&mut current, &mut segments);
                    }
                    depth += 1;
                }
                ']' if depth > 0 => depth -= 1,
                '.' if depth == 0 && chars.peek() == Some(&'.') => {
                    let mut dots = 1;
                    while chars.peek() == Some(&'.') {
                        chars.next();
                        dots += 1;
                    }
                    if dots >= 3 {
                        flush(&mut current, &mut segments);
                    } else {
                        current.push_str(&".".repeat(dots));
                    }
                }
                _ if depth == 0 => current.push(c),
                _ => {}
            }
        }
        flush(&mut current, &mut segments);
        Quotation { segments }
    }

    /// Number of words the quotation asks for.
    pub fn word_count(&self) -> usize {
        self.segments.iter().map(Vec::len).sum()
    }

    /// True when the quotation has no words at all (only punctuation or an elision).
    pub fn is_empty(&self) -> bool {
        self.segments.is_empty()
    }
}

/// Finds the quotation in a tokenized text; returns the range of token indices from the first matched word
/// to the last, or `None`.
pub fn find(quotation: &Quotation, tokens: &[Token]) -> Option<Range<usize>> {
    let first = quotation.segments.first()?;
    (0..tokens.len()).find_map(|start| {
        if !run_at(first, tokens, start) {
            return None;
        }
        let mut at = start + first.len();
        for segment in &quotation.segments[1..] {
            at = (at..tokens.len()).find(|&i| run_at(segment, tokens, i))? + segment.len();
        }
        Some(start..at)
    })
}

fn run_at(run: &[String], tokens: &[Token], at: usize) -> bool {
    tokens.get(at..at + run.len()).is_some_and(|window| window.iter().zip(run).all(|(t, w)| t.word == *w))
}

/// The passage of a tokenized text that shares the most words with the quotation, as a token range and the
/// number of shared words; used to show an author what the source actually says.
pub fn closest(quotation: &Quotation, tokens: &[Token]) -> Option<(Range<usize>, usize)> {
    let wanted: Vec<&str> = quotation.segments.iter().flatten().map(String::as_str).collect();
    if wanted.is_empty() || tokens.is_empty() {
        return None;
    }
    let width = wanted.len().min(tokens.len());
    let mut best: Option<(Range<usize>, usize)> = None;
    for start in 0..=tokens.len() - width {
        let window = &tokens[start..start + width];
        let mut pool: Vec<&str> = window.iter().map(|t| t.word.as_str()).collect();
        let mut score = 0;
        for w in &wanted {
            if let Some(i) = pool.iter().position(|p| p == w) {
                pool.swap_remove(i);
                score += 1;
            }
        }
        if best.as_ref().is_none_or(|(_, s)| score > *s) {
            best = Some((start..start + width, score));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str =
        "The terrorists “collect money from different parts of the world and give it to the \
        Taliban,” the official explained. “It is not only now an ideological connection, it’s also a family \
        connection. There are intermarriages. And that is impossible for Taliban to stop, and to not allow \
        [al Qaeda] to do something outside” the country.";

    fn finds(q: &str) -> Option<String> {
        let tokens = tokenize(SOURCE);
        find(&Quotation::parse(q), &tokens)
            .map(|r| SOURCE[tokens[r.start].span.start..tokens[r.end - 1].span.end].to_string())
    }

    #[test]
    fn matches_exact_words_regardless_of_case_quotes_and_punctuation() {
        let found = finds("give it to the Taliban").expect("found");
        assert!(found.starts_with("give it to the") && found.ends_with("Taliban"), "{found}");
        assert!(finds("IT'S ALSO A FAMILY CONNECTION").is_some());
        assert!(finds("There are intermarriages.").is_some());
    }

    #[test]
    fn allows_elisions_and_bracketed_insertions() {
        assert!(finds("collect money … give it to the Taliban").is_some());
        assert!(finds("collect money ... give it to the Taliban").is_some());
        assert!(finds("impossible for [the] Taliban to stop").is_some());
        assert!(finds("to not allow [al Qaeda] to do something").is_some());
        assert!(finds("to not allow [the group] to do something").is_some());
    }

    #[test]
    fn rejects_changed_missing_or_reordered_words() {
        assert!(finds("transfer it to the Taliban").is_none());
        assert!(finds("give to the Taliban").is_none());
        assert!(finds("give it to the Taliban … collect money").is_none());
        assert!(finds("mixed marriages").is_none());
    }

    #[test]
    fn closest_passage_points_at_the_nearest_wording() {
        let tokens = tokenize(SOURCE);
        let q = Quotation::parse("transfer it to the Taliban");
        let (range, score) = closest(&q, &tokens).expect("a window");
        assert_eq!(score, 4);
        let text = &SOURCE[tokens[range.start].span.start..tokens[range.end - 1].span.end];
        assert!(text.contains("it to the"), "{text}");
    }

    #[test]
    fn parses_segments() {
        let q = Quotation::parse("“a b … c [d] e...f”");
        assert_eq!(q.segments, vec![vec!["a", "b"], vec!["c"], vec!["e"], vec!["f"]]);
        assert!(Quotation::parse("“…”").is_empty());
    }
}
