//! Match keys and word boundaries: the folded form names and texts are compared in, and offsets mapped
//! from it back to the original text.

use std::ops::Range;

use dossier_core::text::{Folded, Token};

/// Maps a non-empty byte range of `folded` back to `text`: from the character the first folded byte came
/// from to the end of the one the last came from, with the combining marks that follow it.
///
/// [`Folded::original_range`] does the same but looks for the end by scanning the offset map from the
/// start, which makes a whole text's mentions quadratic; this takes constant time per range.
pub(super) fn original_range(text: &str, folded: &Folded, range: Range<usize>) -> Range<usize> {
    let start = folded.original_offset(range.start);
    let last = folded.original_offset(range.end.saturating_sub(1).max(range.start));
    let rest = text.get(last..).unwrap_or("");
    let mut end = last + rest.chars().next().map_or(0, char::len_utf8);
    for c in text.get(end..).unwrap_or("").chars() {
        if !('\u{300}'..='\u{36f}').contains(&c) {
            break;
        }
        end += c.len_utf8();
    }
    start..end.max(start)
}

/// The words of a text, as [`dossier_core::text::tokenize`] splits them (letters and digits, with an
/// apostrophe between two of them kept), in time linear in the text.
pub(super) fn split_words(text: &str) -> Vec<Token> {
    split_folded(text, &Folded::new(text))
}

/// [`split_words`] of `text` given its fold (`folded` is [`Folded::new`] of `text`), so that a text
/// folded once for the gazetteer is not folded again for its words.
pub(super) fn split_folded(text: &str, folded: &Folded) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = folded.text.char_indices().peekable();
    let push = |s: usize, e: usize, tokens: &mut Vec<Token>| {
        let word = folded.text.get(s..e).unwrap_or("").to_string();
        tokens.push(Token { word, span: original_range(text, folded, s..e) });
    };
    while let Some((at, c)) = chars.next() {
        let inner_apostrophe =
            c == '\'' && start.is_some() && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        match (c.is_alphanumeric() || inner_apostrophe, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                push(s, at, &mut tokens);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(s, folded.text.len(), &mut tokens);
    }
    tokens
}

/// The form names and texts are compared in: folded, with hyphens inside words turned into spaces.
pub(super) fn match_key(s: &str) -> String {
    hyphens_to_spaces(&Folded::new(s.trim()).text)
}

/// Replaces each `-` between two letters or digits with a space. Both are one byte, so offsets into the
/// folded text stay valid.
///
/// Every text the gazetteer matches passes here, and few of its bytes are hyphens: the runs between
/// them are copied whole and only each `-` looks at the characters on its two sides (a char-by-char
/// copy was ~3% of a build's instructions).
pub(super) fn hyphens_to_spaces(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    let mut copied = 0;
    for (at, _) in folded.match_indices('-') {
        let inner = folded[..at].chars().next_back().is_some_and(char::is_alphanumeric)
            && folded[at + 1..].chars().next().is_some_and(char::is_alphanumeric);
        if inner {
            out.push_str(&folded[copied..at]);
            out.push(' ');
            copied = at + 1;
        }
    }
    out.push_str(&folded[copied..]);
    out
}

pub(super) fn starts_with_word(key: &str) -> bool {
    key.chars().next().is_some_and(char::is_alphanumeric)
}

/// An acronym has at least two letters, all capitals: `US`, `CENTCOM`, `U.S.`, `AQIS`.
pub(super) fn is_acronym(name: &str) -> bool {
    let mut letters = name.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.all(char::is_uppercase)
}

pub(super) fn is_word_start(key: &str, at: usize) -> bool {
    !matches!(key[..at].chars().next_back(), Some(c) if c.is_alphanumeric())
}

/// The first offset after `at` where a word starts (or the end of `key`).
pub(super) fn next_word_start(key: &str, at: usize) -> usize {
    let mut prev_is_word = true;
    for (i, c) in key[at..].char_indices() {
        let is_word = c.is_alphanumeric();
        if i > 0 && is_word && !prev_is_word {
            return at + i;
        }
        prev_is_word = is_word;
    }
    key.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The char-by-char definition [`hyphens_to_spaces`] must agree with.
    fn reference(folded: &str) -> String {
        let mut out = String::new();
        let mut prev: Option<char> = None;
        let mut chars = folded.chars().peekable();
        while let Some(c) = chars.next() {
            let inner = c == '-'
                && prev.is_some_and(char::is_alphanumeric)
                && chars.peek().is_some_and(|n| n.is_alphanumeric());
            out.push(if inner { ' ' } else { c });
            prev = Some(c);
        }
        out
    }

    #[test]
    fn only_hyphens_inside_words_become_spaces() {
        assert_eq!(hyphens_to_spaces("al-qaeda - x-- -y é-ü 9-"), "al qaeda - x-- -y é ü 9-");
        let pieces = ["-", "a", "é", " ", "--", "9", "'", "ж", "-x", ""];
        for text in crate::testing::random_texts(&pieces, 11, 5000, 12) {
            assert_eq!(hyphens_to_spaces(&text), reference(&text), "{text:?}");
        }
    }
}
