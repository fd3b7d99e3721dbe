//! Word differences: how two wordings of one statement differ, word by word.

use crate::analyse::text::tokens;
use dossier_core::text::Token;
use serde::Serialize;
use std::ops::Range;

/// One step of a word-level difference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum DiffOp {
    /// Words both wordings have (as the first wording writes them).
    Same(String),
    /// Words only the first wording has.
    Removed(String),
    /// Words only the second wording has.
    Added(String),
}

/// The word-level difference from wording `a` to wording `b`. Words compare folded (case, curly quotes
/// and diacritics do not count); each step carries the original text, punctuation between its words
/// included.
pub fn word_diff(a: &str, b: &str) -> Vec<DiffOp> {
    let ta = tokens(a);
    let tb = tokens(b);
    let wa: Vec<&str> = ta.iter().map(|t| t.word.as_str()).collect();
    let wb: Vec<&str> = tb.iter().map(|t| t.word.as_str()).collect();
    let slice = |text: &str, tokens: &[Token], r: Range<usize>| -> String {
        match (tokens.get(r.start), r.end.checked_sub(1).and_then(|e| tokens.get(e))) {
            (Some(f), Some(l)) if r.start < r.end => {
                text.get(f.span.start..l.span.end).unwrap_or("").to_string()
            }
            _ => String::new(),
        }
    };
    let mut out: Vec<DiffOp> = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &wa, &wb) {
        match op {
            similar::DiffOp::Equal { old_index, len, .. } => {
                out.push(DiffOp::Same(slice(a, &ta, old_index..old_index + len)));
            }
            similar::DiffOp::Delete { old_index, old_len, .. } => {
                out.push(DiffOp::Removed(slice(a, &ta, old_index..old_index + old_len)));
            }
            similar::DiffOp::Insert { new_index, new_len, .. } => {
                out.push(DiffOp::Added(slice(b, &tb, new_index..new_index + new_len)));
            }
            similar::DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                out.push(DiffOp::Removed(slice(a, &ta, old_index..old_index + old_len)));
                out.push(DiffOp::Added(slice(b, &tb, new_index..new_index + new_len)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_shows_changed_words_with_their_punctuation() {
        let d = word_diff(
            "collect money from different parts of the world and give it to the Taliban,",
            "collect money from different parts of the world and transfer it to the Taliban.",
        );
        assert_eq!(
            d,
            vec![
                DiffOp::Same("collect money from different parts of the world and".into()),
                DiffOp::Removed("give".into()),
                DiffOp::Added("transfer".into()),
                DiffOp::Same("it to the Taliban".into()),
            ]
        );
        let d = word_diff("There are intermarriages.", "There are mixed marriages.");
        assert_eq!(
            d,
            vec![
                DiffOp::Same("There are".into()),
                DiffOp::Removed("intermarriages".into()),
                DiffOp::Added("mixed marriages".into())
            ]
        );
        assert_eq!(word_diff("It’s HERE", "it's here"), vec![DiffOp::Same("It’s HERE".into())]);
        assert_eq!(word_diff("", "new words"), vec![DiffOp::Added("new words".into())]);
        assert_eq!(word_diff("old", ""), vec![DiffOp::Removed("old".into())]);
        assert!(word_diff("", "").is_empty());
        assert!(word_diff("…", "—").is_empty());
    }
}
