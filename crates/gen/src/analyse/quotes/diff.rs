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
    /// Words of the first wording before or after all that the second quotes: the second is a partial
    /// quotation of the statement, and these words are its context, not words an outlet cut.
    Unquoted(String),
}

/// A run of words with the punctuation after it, without the space and any opening mark or bracket that
/// belong to the next run (`and “` → `and`).
fn run_text(text: &str) -> String {
    let mut t = text.trim_end();
    while let Some(stripped) = t.strip_suffix(['“', '‘', '(', '[', '{']) {
        if !stripped.ends_with(char::is_whitespace) {
            break;
        }
        t = stripped.trim_end();
    }
    t.to_string()
}

/// The difference from a statement's fullest wording `full` to another wording `b`, reading `b` as a
/// possibly partial quotation: words of `full` before the first or after the last word `b` shares with it
/// are [`DiffOp::Unquoted`] (when no added words stand in their place), so a fragment such as `degraded`
/// reads as a quotation of part of the statement; differences inside the quoted part stay removed and
/// added. A wording that shares no word with `full` is all removed and added, as in [`word_diff`].
pub fn quotation_diff(full: &str, b: &str) -> Vec<DiffOp> {
    let mut ops = word_diff(full, b);
    if !ops.iter().any(|op| matches!(op, DiffOp::Same(_))) {
        return ops;
    }
    if let [DiffOp::Removed(t), DiffOp::Same(_), ..] = ops.as_slice() {
        ops[0] = DiffOp::Unquoted(t.clone());
    }
    let n = ops.len();
    if let [.., DiffOp::Same(_), DiffOp::Removed(t)] = ops.as_slice() {
        ops[n - 1] = DiffOp::Unquoted(t.clone());
    }
    ops
}

/// The word-level difference from wording `a` to wording `b`. Words compare folded (case, curly quotes
/// and diacritics do not count); each step carries the original text, punctuation between its words and
/// after its last word included, so a run reads as its outlet wrote it: words both have are written as
/// `b` writes them, removed words as `a` does.
pub fn word_diff(a: &str, b: &str) -> Vec<DiffOp> {
    let ta = tokens(a);
    let tb = tokens(b);
    let wa: Vec<&str> = ta.iter().map(|t| t.word.as_str()).collect();
    let wb: Vec<&str> = tb.iter().map(|t| t.word.as_str()).collect();
    let slice = |text: &str, tokens: &[Token], r: Range<usize>| -> String {
        let Some(first) = tokens.get(r.start).filter(|_| r.start < r.end) else { return String::new() };
        let end = tokens.get(r.end).map_or(text.len(), |next| next.span.start);
        run_text(text.get(first.span.start..end).unwrap_or(""))
    };
    let mut out: Vec<DiffOp> = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &wa, &wb) {
        match op {
            similar::DiffOp::Equal { new_index, len, .. } => {
                out.push(DiffOp::Same(slice(b, &tb, new_index..new_index + len)));
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
                DiffOp::Same("it to the Taliban.".into()),
            ]
        );
        let d = word_diff("There are intermarriages.", "There are mixed marriages.");
        assert_eq!(
            d,
            vec![
                DiffOp::Same("There are".into()),
                DiffOp::Removed("intermarriages.".into()),
                DiffOp::Added("mixed marriages.".into())
            ]
        );
        // Words both have read as the second writes them, its commas included.
        assert_eq!(word_diff("It’s HERE", "it's here"), vec![DiffOp::Same("it's here".into())]);
        assert_eq!(
            word_diff("an ideological connection, it’s also", "an ideological connection, it is also"),
            vec![
                DiffOp::Same("an ideological connection,".into()),
                DiffOp::Removed("it’s".into()),
                DiffOp::Added("it is".into()),
                DiffOp::Same("also".into()),
            ]
        );
        assert_eq!(
            word_diff("said “we will”", "said (we will)"),
            vec![DiffOp::Same("said (we will)".into())]
        );
        assert_eq!(word_diff("", "new words"), vec![DiffOp::Added("new words".into())]);
        assert_eq!(word_diff("old", ""), vec![DiffOp::Removed("old".into())]);
        assert!(word_diff("", "").is_empty());
        assert!(word_diff("…", "—").is_empty());
    }

    #[test]
    fn a_fragment_is_a_partial_quotation_and_real_changes_stay_marked() {
        let full = "Bin Laden is dead and Al Qaeda is degraded in Afghanistan.";
        assert_eq!(
            quotation_diff(full, "degraded"),
            vec![
                DiffOp::Unquoted("Bin Laden is dead and Al Qaeda is".into()),
                DiffOp::Same("degraded".into()),
                DiffOp::Unquoted("in Afghanistan.".into()),
            ]
        );
        // A word cut from inside the quoted part is still removed; one replaced at the edge is a change.
        assert_eq!(
            quotation_diff(full, "Al Qaeda is degraded Afghanistan"),
            vec![
                DiffOp::Unquoted("Bin Laden is dead and".into()),
                DiffOp::Same("Al Qaeda is degraded".into()),
                DiffOp::Removed("in".into()),
                DiffOp::Same("Afghanistan".into()),
            ]
        );
        assert_eq!(
            quotation_diff("This is now much deeper", "It is now much deeper"),
            vec![
                DiffOp::Removed("This".into()),
                DiffOp::Added("It".into()),
                DiffOp::Same("is now much deeper".into()),
            ]
        );
        // Nothing shared: a rewording, not a fragment.
        assert_eq!(
            quotation_diff(full, "degenerated"),
            vec![DiffOp::Removed(full.into()), DiffOp::Added("degenerated".into())]
        );
        // Words the second adds at an edge are added, not context.
        assert_eq!(
            quotation_diff("to do something outside", "to do something outside the country"),
            vec![DiffOp::Same("to do something outside".into()), DiffOp::Added("the country".into())]
        );
    }
}
