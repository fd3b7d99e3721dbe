//! The layout of one paragraph: its quoted regions, its sentences, and the attribution cues in the
//! narrative between them.

use super::marks::Region;
use super::speaker::{is_proper, subject_after, subject_before, words_of, Subject};
use crate::analyse::lexicon::{is_cue_word, is_naming_cue, PASSIVE_AUXILIARIES};
use crate::analyse::prose::QUOTE_NARRATIVE;
use crate::analyse::text::{head, is_dash, is_double, tail};
use dossier_core::text::Token;

#[derive(Debug, Clone)]
pub(super) struct Cue {
    pub(super) pos: usize,
    pub(super) end: usize,
    pub(super) word: String,
    pub(super) subject: Subject,
}

pub(super) struct Layout<'t> {
    pub(super) text: &'t str,
    pub(super) regions: Vec<Region>,
    pub(super) starts: Vec<usize>,
    pub(super) cues: Vec<Cue>,
}

impl<'t> Layout<'t> {
    /// The layout of paragraph `text` with its quoted `regions`, given its words: [`Token`]s of
    /// [`dossier_core::text::tokenize`] whose spans, less `base`, are in `text` (the words of a whole
    /// source are cut once and each paragraph takes its slice).
    pub(super) fn new(text: &'t str, mut regions: Vec<Region>, words: &[Token], base: usize) -> Self {
        regions.sort_by_key(|r| r.open);
        let mut layout = Layout { text, regions, starts: Vec::new(), cues: Vec::new() };
        layout.starts = layout.sentence_starts();
        layout.cues = layout.find_cues(words, base);
        layout
    }

    pub(super) fn in_region(&self, pos: usize) -> bool {
        let i = self.regions.partition_point(|r| r.open <= pos);
        i > 0 && pos < self.regions[i - 1].close
    }

    /// Sentence starts in narrative text, and after a quote that ends a sentence.
    fn sentence_starts(&self) -> Vec<usize> {
        let text = self.text;
        let mut starts = vec![0];
        starts.extend(
            QUOTE_NARRATIVE.boundaries(text, |at| self.in_region(at)).into_iter().map(|(_, next)| next),
        );
        for r in &self.regions {
            let words = text.get(r.content.clone()).unwrap_or("").trim_end();
            if words.ends_with(['.', '!', '?', '…']) {
                if let Some((_, next)) = QUOTE_NARRATIVE.after(text, r.close) {
                    starts.push(next);
                }
            }
        }
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    pub(super) fn sentence_start(&self, pos: usize) -> usize {
        let i = self.starts.partition_point(|&s| s <= pos);
        if i == 0 {
            0
        } else {
            self.starts[i - 1]
        }
    }

    pub(super) fn sentence_end(&self, pos: usize) -> usize {
        let i = self.starts.partition_point(|&s| s <= pos);
        self.starts.get(i).copied().unwrap_or(self.text.len())
    }

    /// The end of the last quoted region that closes at or before `pos`, or 0.
    pub(super) fn region_close_before(&self, pos: usize) -> usize {
        // Regions are sorted and do not overlap, so their closes are sorted too.
        let i = self.regions.partition_point(|r| r.close <= pos);
        i.checked_sub(1).map_or(0, |i| self.regions[i].close)
    }

    /// The start of the first quoted region that opens at or after `pos`, or the paragraph's end.
    pub(super) fn region_open_after(&self, pos: usize) -> usize {
        let i = self.regions.partition_point(|r| r.open < pos);
        self.regions.get(i).map_or(self.text.len(), |r| r.open)
    }

    /// The cues that start in `from..to`.
    pub(super) fn cues_in(&self, from: usize, to: usize) -> &[Cue] {
        let a = self.cues.partition_point(|c| c.pos < from);
        let b = self.cues.partition_point(|c| c.pos < to).max(a);
        &self.cues[a..b]
    }

    fn find_cues(&self, words: &[Token], base: usize) -> Vec<Cue> {
        let text = self.text;
        let span = |t: &Token| t.span.start - base..t.span.end - base;
        let narrative: Vec<&Token> = words.iter().filter(|t| !self.in_region(t.span.start - base)).collect();
        let mut cues = Vec::new();
        for (k, t) in narrative.iter().enumerate() {
            let here = span(t);
            let original = &text[here.clone()];
            let lower = original.chars().next().is_some_and(char::is_lowercase);
            let (word, end) = if t.word == "according" && narrative.get(k + 1).is_some_and(|n| n.word == "to")
            {
                ("according to".to_string(), span(narrative[k + 1]).end)
            } else if is_cue_word(&t.word) && lower {
                (t.word.clone(), here.end)
            } else {
                continue;
            };
            let passive = k > 0 && PASSIVE_AUXILIARIES.contains(&narrative[k - 1].word.as_str());
            if passive {
                continue;
            }
            let subject = self.subject_of(here.start, end, &word);
            cues.push(Cue { pos: here.start, end, word, subject });
        }
        cues
    }

    /// Who does the speaking for a cue word at `pos..end`; for a naming cue (`called`) only a name or a
    /// pronoun.
    fn subject_of(&self, pos: usize, end: usize, word: &str) -> Subject {
        let subject = self.subject_of_cue(pos, end, word);
        if !is_naming_cue(word) {
            return subject;
        }
        match subject {
            Subject::Named(s) if is_proper(&words_of(&s)) => Subject::Named(s),
            Subject::Pronoun => Subject::Pronoun,
            _ => Subject::Unknown,
        }
    }

    fn subject_of_cue(&self, pos: usize, end: usize, word: &str) -> Subject {
        let text = self.text;
        let clause_start = self.sentence_start(pos).max(self.region_close_before(pos));
        let clause_start = text
            .get(clause_start..pos)
            .and_then(|s| s.rfind(';'))
            .map_or(clause_start, |i| clause_start + i + 1);
        let limit = self.sentence_end(pos).min(self.region_open_after(end));
        let before = tail(text.get(clause_start..pos).unwrap_or(""), 400);
        let after = head(text.get(end..limit.max(end)).unwrap_or(""), 300);
        if word == "according to" {
            return subject_after(after, false);
        }
        if word.ends_with("ing") {
            return Subject::Inherit;
        }
        let stripped =
            before.trim_matches(|c: char| c.is_whitespace() || c == ',' || is_dash(c) || is_double(c));
        if stripped.is_empty() {
            let told = matches!(word, "told" | "tell" | "tells");
            return if told { Subject::Unknown } else { subject_after(after, true) };
        }
        match subject_before(stripped) {
            Subject::Unknown if before.trim_end().ends_with(',') => match subject_after(after, true) {
                Subject::Pronoun => Subject::Unknown, // `…, said she was`: a clause, not an inversion
                other => other,
            },
            other => other,
        }
    }
}
