//! Small character and string helpers shared by the analysis: quotation-mark and dash predicates, safe
//! cuts at a byte budget, and tokenizing long texts in pieces. A leaf module: it imports nothing of the
//! analysis, so any module may use it without an import circle.

use dossier_core::text::{tokenize, Token};

/// A dash that can open a sentence or hand speech back to the narrator (`–`, `—`, `-`).
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '–' | '—' | '-')
}

/// A double quotation mark of any style: straight, curly either way, German low (`„`) or guillemets.
pub(crate) fn is_double(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}')
}

/// The character that ends just before byte `at`, if any.
pub(crate) fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

/// The character that starts at byte `at`, if any.
pub(crate) fn char_after(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

/// At most the first `max` bytes of `s`, cut back to a character boundary.
pub(crate) fn head(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut at = max;
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    &s[..at]
}

/// At most the last `max` bytes of `s`, cut forward to a character boundary.
pub(crate) fn tail(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut at = s.len() - max;
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

/// [`tokenize`] over pieces of a few KiB cut at whitespace, with spans in the whole text. Words never span
/// whitespace, so the result is the same; `tokenize` maps each word back with a scan from the start of its
/// text, which makes one call on a long paragraph or article quadratic.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    const PIECE: usize = 4096;
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + PIECE).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        end = text.get(end..).and_then(|rest| rest.find(char::is_whitespace)).map_or(text.len(), |k| end + k);
        out.extend(
            tokenize(&text[start..end])
                .into_iter()
                .map(|t| Token { word: t.word, span: t.span.start + start..t.span.end + start }),
        );
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_stay_on_character_boundaries() {
        assert_eq!(head("a—b", 2), "a");
        assert_eq!(tail("a—b", 2), "b");
        assert_eq!(head("abc", 9), "abc");
        assert_eq!(char_before("a—", 4), Some('—'));
        assert_eq!(char_after("a—", 1), Some('—'));
    }

    #[test]
    fn pieces_tokenize_like_the_whole() {
        let text = "Word “quoted” text, ".repeat(600);
        assert!(text.len() > 3 * 4096);
        assert_eq!(tokens(&text), tokenize(&text));
    }
}
