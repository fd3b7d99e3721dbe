//! Matching a quotation against a text, word by word.
//!
//! A quotation is compared as a sequence of folded words (see [`crate::text`]), so case, curly or straight
//! quotes, dashes, whitespace and diacritics do not matter, and neither does punctuation between words.
//! An ellipsis (`…` or `...`) or a `[bracketed insertion]` marks a gap: the words on either side must
//! appear in order, with anything in between.

use crate::text::{fold, tokenize, Token};
use std::collections::HashMap;
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
///
/// The first run is taken at its earliest occurrence and every later run at its earliest occurrence after
/// the previous one ends. This greedy placement is the same answer as trying every start of the first run
/// (a placement that fails from one start fails from every later start too, since each run can only move
/// right), and each run is searched once with Knuth–Morris–Pratt over words, so the work is linear in the
/// text plus the quotation, whatever the repetitions in either.
pub fn find(quotation: &Quotation, tokens: &[Token]) -> Option<Range<usize>> {
    let (first, rest) = quotation.segments.split_first()?;
    let start = earliest(first, tokens, 0)?;
    let mut at = start + first.len();
    for segment in rest {
        at = earliest(segment, tokens, at)? + segment.len();
    }
    Some(start..at)
}

/// The first index `>= from` where `run` occurs contiguously in `tokens` (Knuth–Morris–Pratt: every word
/// of the text is compared a bounded number of times on average, never once per possible start).
fn earliest(run: &[String], tokens: &[Token], from: usize) -> Option<usize> {
    let text = tokens.get(from..)?;
    if run.is_empty() {
        return (!text.is_empty()).then_some(from);
    }
    // fail[i]: the length of the longest proper prefix of run[..=i] that is also its suffix.
    let mut fail = vec![0usize; run.len()];
    let mut k = 0;
    for i in 1..run.len() {
        while k > 0 && !same(&run[i], &run[k]) {
            k = fail[k - 1];
        }
        if same(&run[i], &run[k]) {
            k += 1;
        }
        fail[i] = k;
    }
    let mut k = 0;
    for (i, t) in text.iter().enumerate() {
        while k > 0 && !same(&t.word, &run[k]) {
            k = fail[k - 1];
        }
        if same(&t.word, &run[k]) {
            k += 1;
            if k == run.len() {
                return Some(from + i + 1 - k);
            }
        }
    }
    None
}

/// One comparison of two folded words; counted in tests, so the regression tests can bound the work.
fn same(a: &str, b: &str) -> bool {
    work::tick();
    a == b
}

/// The most words of a passage worth showing an author (see [`shown`]); about three lines of text.
pub const SHOWN_WORDS: usize = 40;

/// The part of a passage (a token range, as [`closest`] or [`find`] return) to quote back in a message:
/// the whole passage when it has at most [`SHOWN_WORDS`] words, else its first [`SHOWN_WORDS`] words. A
/// caller that gets a shorter range than it passed marks the cut (with “…”), so a near-miss of thousands of
/// words makes a message of a few hundred bytes.
pub fn shown(passage: Range<usize>) -> Range<usize> {
    passage.start..passage.end.min(passage.start.saturating_add(SHOWN_WORDS))
}

/// The passage of a tokenized text that shares the most words with the quotation, as a token range and the
/// number of shared words; used to show an author what the source actually says.
///
/// The passage is as many words long as the quotation (or the whole text, if shorter); the shared words
/// are counted as multisets (a word the quotation has twice counts twice only if the passage has it
/// twice), and of equal passages the first wins. The window slides one word at a time and its count is
/// updated as one word leaves and one enters, so the work is linear in the text plus the quotation; show
/// the result through [`shown`]. Checking one quotation against many paragraphs, build a [`Nearest`] once.
pub fn closest(quotation: &Quotation, tokens: &[Token]) -> Option<(Range<usize>, usize)> {
    Nearest::new(quotation).within(tokens)
}

/// A quotation prepared for [`closest`]: its words counted once, then compared with any number of texts.
#[derive(Debug, Clone)]
pub struct Nearest<'q> {
    /// A small number for each distinct word of the quotation.
    ids: HashMap<&'q str, usize>,
    /// How many times the quotation has each word, by id.
    wanted: Vec<usize>,
    /// The number of words in the quotation.
    words: usize,
}

impl<'q> Nearest<'q> {
    /// Counts the quotation's words.
    pub fn new(quotation: &'q Quotation) -> Self {
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut wanted: Vec<usize> = Vec::new();
        for w in quotation.segments.iter().flatten() {
            work::tick();
            let id = *ids.entry(w.as_str()).or_insert_with(|| {
                wanted.push(0);
                wanted.len() - 1
            });
            wanted[id] += 1;
        }
        Nearest { ids, wanted, words: quotation.word_count() }
    }

    /// The passage of `tokens` closest to the quotation, as [`closest`] defines it.
    pub fn within(&self, tokens: &[Token]) -> Option<(Range<usize>, usize)> {
        if self.words == 0 || tokens.is_empty() {
            return None;
        }
        let width = self.words.min(tokens.len());
        let of: Vec<Option<usize>> = tokens
            .iter()
            .map(|t| {
                work::tick();
                self.ids.get(t.word.as_str()).copied()
            })
            .collect();
        // have[id]: how many times the current window has the word; score: the shared words,
        // the sum over words of min(have, wanted).
        let mut have = vec![0usize; self.wanted.len()];
        let mut score = 0;
        let enter = |id: Option<usize>, have: &mut [usize], score: &mut usize| {
            work::tick();
            if let Some(id) = id {
                if have[id] < self.wanted[id] {
                    *score += 1;
                }
                have[id] += 1;
            }
        };
        let leave = |id: Option<usize>, have: &mut [usize], score: &mut usize| {
            work::tick();
            if let Some(id) = id {
                have[id] -= 1;
                if have[id] < self.wanted[id] {
                    *score -= 1;
                }
            }
        };
        for &id in &of[..width] {
            enter(id, &mut have, &mut score);
        }
        let mut best = (0, score);
        for start in 1..=tokens.len() - width {
            leave(of[start - 1], &mut have, &mut score);
            enter(of[start + width - 1], &mut have, &mut score);
            if score > best.1 {
                best = (start, score);
            }
        }
        Some((best.0..best.0 + width, best.1))
    }
}

/// A count of the elementary steps of matching (word comparisons, window moves), kept in tests only, per
/// thread, so the regression tests can tell linear from quadratic without timing anything.
mod work {
    #[cfg(test)]
    thread_local! {
        static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    }

    /// Counts one step (nothing outside tests).
    #[inline]
    pub(super) fn tick() {
        #[cfg(test)]
        STEPS.with(|s| s.set(s.get() + 1));
    }

    /// The steps this thread has counted so far.
    #[cfg(test)]
    pub(super) fn steps() -> u64 {
        STEPS.with(std::cell::Cell::get)
    }
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
    fn shows_at_most_a_few_lines_of_a_long_passage() {
        assert_eq!(shown(3..10), 3..10);
        assert_eq!(shown(5..5 + SHOWN_WORDS), 5..5 + SHOWN_WORDS);
        assert_eq!(shown(5..5000), 5..5 + SHOWN_WORDS);
    }

    /// The matching as it was first written (every start, every window): the reference the fast versions
    /// must agree with.
    fn find_slowly(quotation: &Quotation, tokens: &[Token]) -> Option<Range<usize>> {
        let run_at = |run: &[String], at: usize| {
            tokens.get(at..at + run.len()).is_some_and(|w| w.iter().zip(run).all(|(t, w)| t.word == *w))
        };
        let first = quotation.segments.first()?;
        (0..tokens.len()).find_map(|start| {
            if !run_at(first, start) {
                return None;
            }
            let mut at = start + first.len();
            for segment in &quotation.segments[1..] {
                at = (at..tokens.len()).find(|&i| run_at(segment, i))? + segment.len();
            }
            Some(start..at)
        })
    }

    fn closest_slowly(quotation: &Quotation, tokens: &[Token]) -> Option<(Range<usize>, usize)> {
        let wanted: Vec<&str> = quotation.segments.iter().flatten().map(String::as_str).collect();
        if wanted.is_empty() || tokens.is_empty() {
            return None;
        }
        let width = wanted.len().min(tokens.len());
        let mut best: Option<(Range<usize>, usize)> = None;
        for start in 0..=tokens.len() - width {
            let mut pool: Vec<&str> = tokens[start..start + width].iter().map(|t| t.word.as_str()).collect();
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

    #[test]
    fn agrees_with_the_exhaustive_search_on_small_texts() {
        // Tiny vocabularies make repeats, overlaps and near-misses common; a fixed generator keeps it exact.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        let words = ["a", "b", "c"];
        for _ in 0..3000 {
            let text: Vec<&str> = (0..next(14)).map(|_| words[next(3)]).collect();
            let mut quoted = String::new();
            for _ in 0..1 + next(5) {
                quoted.push_str(if next(4) == 0 { " … " } else { " " });
                quoted.push_str(words[next(3)]);
            }
            let (text, q) = (text.join(" "), Quotation::parse(&quoted));
            let tokens = tokenize(&text);
            assert_eq!(find(&q, &tokens), find_slowly(&q, &tokens), "{quoted:?} in {text:?}");
            assert_eq!(closest(&q, &tokens), closest_slowly(&q, &tokens), "{quoted:?} near {text:?}");
        }
    }

    /// The steps `f` takes, as `work` counts them.
    fn steps(f: impl FnOnce()) -> u64 {
        let before = work::steps();
        f();
        work::steps() - before
    }

    /// Fails when doubling the input more than about doubles the work: n log n gives about 2.2 times the
    /// steps, a quadratic algorithm 4 times. `bound` caps the steps at the larger size outright.
    fn near_linear(what: &str, at_n: u64, at_2n: u64, bound: u64) {
        assert!(at_2n * 2 <= at_n * 5, "{what}: {at_n} steps at n, {at_2n} at 2n");
        assert!(at_2n <= bound, "{what}: {at_2n} steps, more than {bound}");
    }

    #[test]
    fn find_is_linear_on_repeated_words() {
        // The attacks of issue 18: an elision against a paragraph of one word repeated (every start
        // matched the first part, then scanned the rest for the second), and one long run of the same
        // word (every start compared most of the run).
        let attack = |n: usize, quoted: &str| {
            let tokens = tokenize(&"word ".repeat(n));
            let q = Quotation::parse(quoted);
            (steps(|| assert_eq!(find(&q, &tokens), None)), (n + q.word_count()) as u64)
        };
        let long_run = |n: usize| format!("{}other", "word ".repeat(n / 10));
        for (what, quoted) in [
            ("an elision", "word word … other".to_string()),
            ("many elisions", "word … word … word … word … other".to_string()),
            ("a long run", long_run(4000)),
        ] {
            let (small, _) = attack(4000, &quoted);
            let (large, size) = attack(8000, &quoted);
            near_linear(what, small, large, 4 * size);
        }
        let (small, _) = attack(4000, &long_run(4000));
        let (large, size) = attack(8000, &long_run(8000));
        near_linear("a run a tenth of the text", small, large, 4 * size);
    }

    #[test]
    fn closest_is_linear_in_the_text_and_the_quotation() {
        // A near-miss a twentieth of the paragraph's length, every 50th word changed: the sliding window
        // used to recount the whole quotation against the whole window at each of its positions.
        let attack = |n: usize| {
            let words: Vec<String> = (0..n).map(|i| format!("w{}", (i * 7919) % 10_007)).collect();
            let tokens = tokenize(&words.join(" "));
            let near: Vec<&str> = words[n / 3..n / 3 + n / 20]
                .iter()
                .enumerate()
                .map(|(i, w)| if i % 50 == 0 { "changed" } else { w })
                .collect();
            let q = Quotation::parse(&near.join(" "));
            let mut found = None;
            let work = steps(|| found = closest(&q, &tokens));
            let (range, score) = found.expect("a passage");
            // The words repeat every 10,007, so an equal passage may come first.
            assert_eq!(score, q.word_count() - q.word_count().div_ceil(50));
            assert_eq!(range.start % 10_007, (n / 3) % 10_007);
            (work, (n + q.word_count()) as u64)
        };
        let (small, _) = attack(20_000);
        let (large, size) = attack(40_000);
        near_linear("closest", small, large, 4 * size);
    }

    #[test]
    fn parses_segments() {
        let q = Quotation::parse("“a b … c [d] e...f”");
        assert_eq!(q.segments, vec![vec!["a", "b"], vec!["c"], vec!["e"], vec!["f"]]);
        assert!(Quotation::parse("“…”").is_empty());
    }
}
