//! Typo tolerance inside words, by the rule readers know from Meilisearch and Typesense: one edit
//! (an inserted, deleted or substituted letter, or two neighbours swapped) in a word of 5 or more
//! letters, two in a word of 9 or more, none in a shorter word.
//!
//! The distance is the restricted Damerau–Levenshtein one (optimal string alignment), computed over
//! chars with a bound, so a term that cannot be within the bound is given up early. It is written here
//! rather than taken from an FST/Levenshtein-automaton crate because `dossier-core` keeps to std + serde
//! (so it builds unchanged for the browser); a scan of the term dictionary with a length filter and the
//! bounded distance costs about a millisecond at the vocabulary of thousands of sources.
//!
//! ```
//! use dossier_core::typo::{allowed_typos, distance, prefix_distance};
//! assert_eq!(allowed_typos("mony"), 0);
//! assert_eq!(allowed_typos("intermariages"), 2);
//! assert_eq!(distance("intermarraiges", "intermarriages", 2), Some(1)); // a swap is one edit
//! assert_eq!(distance("diferent", "different", 1), Some(1));
//! assert_eq!(prefix_distance("intermariag", "intermarriages", 2), Some(1));
//! assert_eq!(distance("marriages", "carriage", 1), None);
//! ```

/// The edits a word may have and still match: 0 below 5 letters, 1 from 5, 2 from 9.
pub fn allowed_typos(word: &str) -> usize {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The optimal-string-alignment distance between `a` and `b` when it is at most `bound`, else `None`.
pub fn distance(a: &str, b: &str, bound: usize) -> Option<usize> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    let last = table(&a, &b, bound)?;
    last.last().copied().filter(|&d| d <= bound)
}

/// The smallest distance between `a` and a prefix of `b` (the word being typed against a term it may
/// begin), when at most `bound`.
pub fn prefix_distance(a: &str, b: &str, bound: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    // A prefix longer than `a` plus the bound can only be further away.
    let b: Vec<char> = b.chars().take(a.len() + bound).collect();
    if b.len() + bound < a.len() {
        return None;
    }
    let last = table(&a, &b, bound)?;
    last.into_iter().min().filter(|&d| d <= bound)
}

/// The last row of the OSA table of `a` against `b` (row `i` holds the distances of `a[..i]` to every
/// prefix of `b`); `None` as soon as a whole row exceeds `bound`: no cell of a later row can be smaller
/// than the smallest of the row before (a swap's cell is at least the substitution cell it shortcuts).
fn table(a: &[char], b: &[char], bound: usize) -> Option<Vec<usize>> {
    let m = b.len();
    let mut before: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=m).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i; m + 1];
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
        }
        if cur.iter().min().is_some_and(|&d| d > bound) {
            return None;
        }
        before = std::mem::replace(&mut prev, cur);
    }
    Some(prev)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The full Damerau (OSA) distance without a bound, the slow reference.
    fn reference(a: &str, b: &str) -> usize {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    #[test]
    fn the_rule_by_length() {
        assert_eq!(allowed_typos("parts"), 1);
        assert_eq!(allowed_typos("part"), 0);
        assert_eq!(allowed_typos("different"), 2);
        assert_eq!(allowed_typos("diferent"), 1);
        assert_eq!(allowed_typos("kamdésh"), 1); // letters, not bytes
    }

    #[test]
    fn each_kind_of_edit_counts_one() {
        let word = "intermarriages";
        assert_eq!(distance("intermariages", word, 2), Some(1)); // deletion
        assert_eq!(distance("intermarriagess", word, 2), Some(1)); // insertion
        assert_eq!(distance("intermarriagus", word, 2), Some(1)); // substitution
        assert_eq!(distance("intermarraiges", word, 2), Some(1)); // transposition
        assert_eq!(distance("intremariages", word, 2), Some(2));
        assert_eq!(distance("intremariages", word, 1), None);
        assert_eq!(distance(word, word, 0), Some(0));
    }

    #[test]
    fn the_bounded_distance_agrees_with_the_reference() {
        let words =
            ["", "a", "ab", "ba", "abc", "acb", "kamdesh", "kamdehs", "qamdesh", "nuristan", "nurestan"];
        for a in words {
            for b in words {
                let r = reference(a, b);
                for bound in 0..4 {
                    assert_eq!(distance(a, b, bound), (r <= bound).then_some(r), "{a} {b} {bound}");
                }
            }
        }
    }

    #[test]
    fn prefix_distance_is_the_distance_to_the_nearest_prefix() {
        assert_eq!(prefix_distance("kamd", "kamdesh", 0), Some(0));
        assert_eq!(prefix_distance("kamdseh", "kamdesh", 1), Some(1));
        assert_eq!(prefix_distance("nurest", "nuristan", 1), Some(1));
        assert_eq!(prefix_distance("zzz", "nuristan", 1), None);
        let words = ["kamdesh", "kam", "kamdesh district", "mkad", "nuristan"];
        for a in ["kamd", "kadm", "amd", "kamdes"] {
            for b in words {
                let chars: Vec<char> = b.chars().collect();
                let best =
                    (0..=chars.len()).map(|n| reference(a, &chars[..n].iter().collect::<String>())).min();
                for bound in 0..3 {
                    assert_eq!(prefix_distance(a, b, bound), best.filter(|&d| d <= bound), "{a} {b} {bound}");
                }
            }
        }
    }
}
