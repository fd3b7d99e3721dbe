//! Small character and string helpers shared by the analysis: quotation-mark and dash predicates, safe
//! cuts at a byte budget, and the words of a text. A leaf module: it imports nothing of the
//! analysis, so any module may use it without an import circle.

use dossier_core::text::{tokenize, Token};

/// The paragraphs `texts` joined by blank lines, as the per-source analysis reads a whole article at
/// once, with where each paragraph starts in the joined text.
pub(crate) fn joined(texts: &[&str]) -> (String, Vec<usize>) {
    let text = texts.join("\n\n");
    let starts = texts
        .iter()
        .scan(0, |at, t| {
            let start = *at;
            *at += t.len() + 2;
            Some(start)
        })
        .collect();
    (text, starts)
}

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

/// The words of a text ([`tokenize`]). Once cut into pieces of a few KiB, because the tokenizer built a
/// folded copy with a byte map per call; the one-pass tokenizer has no such cost, so this is one call.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    tokenize(text)
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
    fn long_texts_tokenize_like_their_pieces() {
        // Words never span whitespace, so a long text's words are its pieces' words, shifted.
        let piece = "Word “quoted” text, ";
        let text = piece.repeat(600);
        let one = tokens(piece);
        let all = tokens(&text);
        assert_eq!(all.len(), one.len() * 600);
        for (k, t) in all.iter().enumerate() {
            let p = &one[k % one.len()];
            assert_eq!(t.word, p.word);
            assert_eq!(
                t.span,
                p.span.start + k / one.len() * piece.len()..p.span.end + k / one.len() * piece.len()
            );
        }
    }
}
