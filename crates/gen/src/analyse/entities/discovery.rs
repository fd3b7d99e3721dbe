//! Discovery: names in a text that the gazetteer does not know yet, proposed as candidates for
//! provisional entities.

use rustc_hash::FxHashSet;
use std::ops::Range;

use dossier_core::text::{fold, Token};

use super::entity::Mention;
use super::keys::split_words;
use crate::analyse::lexicon::{
    is_month_or_day, ARABIC_ARTICLES, DEPARTMENTS, HONORIFICS, NAME_PARTICLES, NAME_SPEECH_VERBS,
    NAME_TITLES, NATIONALITIES, NOT_NAMES, ROLES, TITLE_ABBREVIATIONS,
};

/// A name in a text that the gazetteer did not match, proposed as a provisional entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The name as written, without a title before it or a possessive after it.
    pub name: String,
    /// Byte range of the name in the text.
    pub span: Range<usize>,
    /// The word(s) that marked it as a name, when one did: a title before it (`Mullah`, `Gen.`,
    /// `Secretary of State`), a role (`commander`, `spokesman`) or a verb of speech (`said`).
    pub cue: Option<String>,
}

impl Candidate {
    /// Whether the cue is a title written as part of the name (`Gen.`, `Mullah`, `Secretary of State`),
    /// not a role or a verb of speech beside it (`commander`, `said`). Titles are taken from the
    /// capitalised run itself, while roles and verbs are lower-case words outside it, so a cue that
    /// starts with a capital is a title.
    pub fn titled(&self) -> bool {
        self.cue.as_deref().and_then(|c| c.chars().next()).is_some_and(char::is_uppercase)
    }
}

/// Finds names in `text` that are not among the `known` mentions: sequences of two or more capitalised
/// words (`Karen Roxberry`, `Nahr-e-Seraj`), and single capitalised words that a cue marks as a name
/// (`Mullah X`, `Gen. X`, `Secretary of State X`, `said X`, `X said`). It keeps to precision: a
/// sentence-initial word that the text also uses in lower case, function words, month and day names,
/// titles on their own and nationality adjectives are not names; acronyms and all-capital headlines are
/// left alone.
pub fn discover(text: &str, known: &[Mention]) -> Vec<Candidate> {
    discover_in(text, split_words(text), known)
}

/// [`discover`] given the words of `text` as [`split_words`] cuts them (see
/// [`super::Gazetteer::find_with_words`]), so that the words cut once serve discovery and the shingles alike.
pub fn discover_in(text: &str, tokens: Vec<Token>, known: &[Mention]) -> Vec<Candidate> {
    let words = Words::new(text, tokens, known);
    let mut candidates = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(end) = words.run_end(i) else {
            i += 1;
            continue;
        };
        if let Some(c) = words.candidate(i..end) {
            candidates.push(c);
        }
        i = end;
    }
    candidates
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// First letter a capital, the next not (`Kabul`, `McChrystal`, `O’Brien`).
    Capital,
    /// One capital letter followed by a period: an initial (`F.` in `John F. Kennedy`).
    Initial,
    /// All capitals, two letters or more (`CNN`, `IRAN`), or capitals then lower case (`IEDs`).
    Acronym,
    /// Starts in lower case.
    Lower,
    /// Starts with a digit, or anything else.
    Other,
}

struct Word<'t> {
    /// Folded, without a possessive.
    folded: String,
    /// Byte range in the text, without a possessive.
    span: Range<usize>,
    shape: Shape,
    possessive: bool,
    known: bool,
    /// Text between the previous word and this one.
    gap: &'t str,
}

struct Words<'t> {
    text: &'t str,
    words: Vec<Word<'t>>,
    /// Folded words the text writes in lower case somewhere: evidence a capitalised one is not a name.
    lower: FxHashSet<String>,
}

impl<'t> Words<'t> {
    fn new(text: &'t str, tokens: Vec<Token>, known: &[Mention]) -> Self {
        let mut known: Vec<Range<usize>> = known.iter().map(|m| m.span.clone()).collect();
        known.sort_by_key(|r| (r.start, r.end));
        let mut k = 0;
        let mut prev_end = 0;
        let mut words = Vec::with_capacity(tokens.len());
        let mut lower = FxHashSet::default();
        for Token { word, span } in tokens {
            let original = text.get(span.clone()).unwrap_or("");
            let (folded, span, possessive) = match word.strip_suffix("'s") {
                Some(bare) if !bare.is_empty() => {
                    let cut = original.char_indices().rev().nth(1).map_or(original.len(), |(at, _)| at);
                    (bare.to_string(), span.start..span.start + cut, true)
                }
                _ => (word, span, false),
            };
            while known.get(k).is_some_and(|r| r.end <= span.start) {
                k += 1;
            }
            let is_known = known.get(k).is_some_and(|r| r.start < span.end);
            let shape = shape(original, text.get(span.end..).unwrap_or(""));
            // Most words are lower case and repeat (`the`, `said`): a copy only for one not seen yet.
            if shape == Shape::Lower && !lower.contains(folded.as_str()) {
                lower.insert(folded.clone());
            }
            let gap = text.get(prev_end..span.start).unwrap_or("");
            prev_end = span.end;
            words.push(Word { folded, span, shape, possessive, known: is_known, gap });
        }
        Words { text, words, lower }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    /// If a run of name-like words starts at `i`, the index after its last word.
    fn run_end(&self, i: usize) -> Option<usize> {
        let first = self.words.get(i)?;
        let opens = match first.shape {
            Shape::Capital | Shape::Initial => true,
            // `al-Rauf`, `el-Sisi`: an Arabic article hyphenated to a capitalised name.
            Shape::Lower => {
                ARABIC_ARTICLES.contains(&first.folded.as_str())
                    && self.words.get(i + 1).is_some_and(|n| n.gap == "-" && n.shape == Shape::Capital)
            }
            _ => false,
        };
        if !opens || first.known {
            return None;
        }
        let mut end = i + 1;
        if first.possessive {
            return Some(end);
        }
        while let Some(w) = self.words.get(end) {
            let prev = &self.words[end - 1];
            let name_like = match w.shape {
                Shape::Capital | Shape::Initial => true,
                Shape::Lower => NAME_PARTICLES.contains(&w.folded.as_str()),
                _ => false,
            };
            if !name_like || w.known || !self.joins(prev, w) {
                break;
            }
            end += 1;
            if w.possessive {
                break;
            }
        }
        // A run never ends on a particle (`of`, `al`).
        while end > i + 1 && self.words[end - 1].shape == Shape::Lower {
            end -= 1;
        }
        Some(end)
    }

    /// Whether `next` continues the name `prev` is part of: one space, a hyphen, or the period of an
    /// abbreviated title or an initial.
    fn joins(&self, prev: &Word<'_>, next: &Word<'_>) -> bool {
        let gap = next.gap;
        if gap == "-" || gap == "\u{2010}" || gap == "\u{2011}" {
            return true;
        }
        let spaces = |s: &str| !s.is_empty() && s.chars().all(|c| c == ' ' || c == '\u{a0}');
        if spaces(gap) {
            return true;
        }
        let abbreviated = prev.shape == Shape::Initial || TITLE_ABBREVIATIONS.contains(&prev.folded.as_str());
        abbreviated && gap.strip_prefix('.').is_some_and(spaces)
    }

    /// Whether word `i` starts a sentence (or a quotation, or a parenthesis).
    fn sentence_initial(&self, i: usize) -> bool {
        let Some(w) = self.words.get(i) else { return false };
        if i == 0 {
            return true;
        }
        w.gap.contains(['.', '!', '?', ':', ';', '“', '"', '‘', '(', '[', '\n', '–', '—', '•'])
            && !(self.joins(&self.words[i - 1], w))
    }

    /// The candidate in words `run`, if it is one: leading common words and titles trimmed, at least two
    /// name words or one with a cue.
    fn candidate(&self, run: Range<usize>) -> Option<Candidate> {
        let mut start = run.start;
        let end = run.end;
        let mut initial = self.sentence_initial(start);
        // Leading common words: `The`, `In`, or a sentence-initial word the text also writes in lower case.
        while start < end {
            let w = &self.words[start];
            let common = NOT_NAMES.contains(&w.folded.as_str())
                || is_month_or_day(&w.folded)
                || (initial
                    && w.shape == Shape::Capital
                    && self.lower.contains(&w.folded)
                    && !NAME_PARTICLES.contains(&w.folded.as_str()));
            if !common || NAME_TITLES.contains(&w.folded.as_str()) {
                break;
            }
            start += 1;
            initial = true;
        }
        // A leading nationality is not part of the name (`Egyptian Ayman al Zawahiri`), unless the name
        // would be left a single word (`Afghan Army`).
        while end - start > 2 && NATIONALITIES.contains(&self.words[start].folded.as_str()) {
            start += 1;
        }
        // Leading titles become the cue.
        let title_start = start;
        start = self.skip_title(start, end);
        let mut cue = (start > title_start).then(|| self.cue_text(title_start..start));
        // A religious honorific stays in a one-word name: `Mullah Omar`, not `Omar`.
        if end - start == 1
            && start > title_start
            && HONORIFICS.contains(&self.words[start - 1].folded.as_str())
        {
            start -= 1;
        }
        let names: Vec<&Word<'_>> = self.words[start..end].iter().collect();
        let (first, last) = (names.first()?, names.last()?);
        if cue.is_none() {
            cue = self.cue_before(start, end).or_else(|| self.cue_after(end));
        }
        let name_words = names.iter().filter(|w| matches!(w.shape, Shape::Capital | Shape::Initial)).count();
        if name_words == 0 || (names.len() < 2 && cue.is_none()) {
            return None;
        }
        // Not a name: only common words, a title alone, or ending on a nationality (`North American`).
        let folded: Vec<&str> = names.iter().map(|w| w.folded.as_str()).collect();
        let ordinary = |f: &&str| {
            NOT_NAMES.contains(f)
                || is_month_or_day(f)
                || NAME_TITLES.contains(f)
                || NATIONALITIES.contains(f)
        };
        if folded.iter().all(ordinary) || folded.last().is_some_and(|f| NATIONALITIES.contains(f)) {
            return None;
        }
        // A single cued word that the text also writes in lower case is a common word (`said Friday`).
        if names.len() == 1 && self.lower.contains(&first.folded) {
            return None;
        }
        let span = first.span.start..last.span.end;
        // A name alone on its line with no cue is a heading or page furniture (`Show More`), not a mention.
        if cue.is_none() && self.alone_on_line(start..end) {
            return None;
        }
        let name = self.text.get(span.clone())?.to_string();
        Some(Candidate { name, span, cue })
    }

    /// Whether words `run` are all there is on their line (ignoring spaces).
    fn alone_on_line(&self, run: Range<usize>) -> bool {
        let Some(first) = self.words.get(run.start) else { return false };
        let opens_line = first.gap.rsplit('\n').next().is_some_and(|s| s.trim().is_empty())
            && (run.start == 0 || first.gap.contains('\n'));
        let after = match self.words.get(run.end) {
            Some(next) => next.gap,
            None => self
                .text
                .get(self.words.get(run.end.wrapping_sub(1)).map_or(0, |w| w.span.end)..)
                .unwrap_or(""),
        };
        let closes_line = after.split('\n').next().is_some_and(|s| s.trim().is_empty())
            && (run.end >= self.words.len() || after.contains('\n'));
        opens_line && closes_line
    }

    /// The index after a leading title in words `start..end` (`Lt. Col.`, `Secretary of State`,
    /// `Vice President`), or `start` if there is none.
    fn skip_title(&self, start: usize, end: usize) -> usize {
        let mut at = start;
        let mut after_title = start;
        while at < end {
            let w = self.words[at].folded.as_str();
            if NAME_TITLES.contains(&w) {
                at += 1;
                after_title = at;
                // `Secretary of State`, `Minister for Foreign Affairs`, `Commander of the Faithful`.
                if matches!(w, "secretary" | "minister" | "ministry" | "commander" | "chief" | "head")
                    && self.words.get(at).is_some_and(|n| matches!(n.folded.as_str(), "of" | "for"))
                {
                    let mut d = at + 1;
                    while d < end && DEPARTMENTS.contains(&self.words[d].folded.as_str()) {
                        d += 1;
                    }
                    if d > at + 1 {
                        at = d;
                        after_title = d;
                    }
                }
            } else if DEPARTMENTS.contains(&w)
                && self
                    .words
                    .get(at + 1)
                    .is_some_and(|n| at + 1 < end && NAME_TITLES.contains(&n.folded.as_str()))
            {
                // `Defense Secretary`, `Foreign Minister`.
                at += 1;
            } else {
                break;
            }
        }
        after_title
    }

    fn cue_text(&self, words: Range<usize>) -> String {
        let (Some(first), Some(last)) =
            (self.words.get(words.start), self.words.get(words.end.wrapping_sub(1)))
        else {
            return String::new();
        };
        let mut end = last.span.end;
        if self.text.get(end..).is_some_and(|rest| rest.starts_with('.')) {
            end += 1;
        }
        self.text.get(first.span.start..end).unwrap_or("").to_string()
    }

    /// A verb of speech or a role just before word `at`, for the run of words `at..end` (`said Karim,`,
    /// `commander Hazrat Ali`, `spokesman, Mohamad Naim`, `known as Abu Muhsen al-Masri`).
    fn cue_before(&self, at: usize, end: usize) -> Option<String> {
        let w = self.words.get(at)?;
        let prev = self.words.get(at.checked_sub(1)?)?;
        if prev.shape != Shape::Lower {
            return None;
        }
        let word = prev.folded.as_str();
        // After a verb of speech the name closes the clause: `said Karim, who …`, not `said America went`.
        let closes = !matches!(self.words.get(end), Some(n) if n.gap == " ");
        let speech = NAME_SPEECH_VERBS.contains(&word) && w.gap == " " && closes;
        // `commander Hazrat Ali`, `spokesman, Mohamad Naim`; but `In general, Al-Qaeda …` is an idiom.
        let role = ROLES.contains(&word) && (w.gap == " " || (w.gap == ", " && word != "general"));
        let named = w.gap == " "
            && (matches!(word, "named" | "called")
                || (word == "as"
                    && at >= 2
                    && self.words.get(at - 2).is_some_and(|p| {
                        matches!(p.folded.as_str(), "known" | "himself" | "herself" | "themselves")
                    })));
        if named && word == "as" {
            let before = self.words.get(at - 2)?;
            return self.text.get(before.span.start..prev.span.end).map(str::to_string);
        }
        (speech || role || named).then(|| prev.folded.clone())
    }

    /// A verb of speech just after the run ending before word `at` (`Karim said`).
    fn cue_after(&self, at: usize) -> Option<String> {
        let next = self.words.get(at)?;
        (next.gap == " " && next.shape == Shape::Lower && NAME_SPEECH_VERBS.contains(&next.folded.as_str()))
            .then(|| next.folded.clone())
    }
}

fn shape(original: &str, after: &str) -> Shape {
    let mut chars = original.chars();
    let Some(first) = chars.next() else { return Shape::Other };
    let second = chars.next();
    if first.is_lowercase() {
        return Shape::Lower;
    }
    if !first.is_uppercase() {
        return Shape::Other;
    }
    match second {
        None if after.starts_with('.') => Shape::Initial,
        None => Shape::Acronym,
        Some(s) if s.is_uppercase() => Shape::Acronym,
        Some(_) => Shape::Capital,
    }
}

/// A name without the titles before it, as discovered names are recorded: "Mullah Abdul Qadir Haqbin"
/// → "Abdul Qadir Haqbin", "Gen. Sami Sadat" → "Sami Sadat". At least one word is always kept.
pub fn without_titles(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_title =
        |w: &str| NAME_TITLES.contains(&fold(w.trim_matches(|c: char| !c.is_alphanumeric())).as_str());
    let skip = words.iter().take(words.len().saturating_sub(1)).take_while(|w| is_title(w)).count();
    words[skip..].join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn titles_come_off_a_name_but_one_word_stays() {
        assert_eq!(super::without_titles("Mullah Abdul Qadir Haqbin"), "Abdul Qadir Haqbin");
        assert_eq!(super::without_titles("Gen. Sami Sadat"), "Sami Sadat");
        assert_eq!(super::without_titles("Mullah"), "Mullah");
        assert_eq!(super::without_titles("Husam Abd al-Rauf"), "Husam Abd al-Rauf");
    }

    use super::*;
    use crate::analyse::entities::tests::gazetteer;
    use crate::analyse::entities::Gazetteer;

    fn discovered(text: &str, g: &Gazetteer) -> Vec<(String, Option<String>)> {
        discover(text, &g.find(text)).into_iter().map(|c| (c.name, c.cue)).collect()
    }

    fn empty() -> Gazetteer {
        match Gazetteer::from_toml("") {
            Ok(g) => g,
            Err(e) => panic!("{e}"),
        }
    }

    fn cand(name: &str, cue: Option<&str>) -> (String, Option<String>) {
        (name.to_string(), cue.map(str::to_string))
    }

    #[test]
    fn discovers_capitalised_names_and_cued_names() {
        let g = empty();
        let text =
            "However, the US military downplayed the link. Lt. Col. Karen Roxberry, a spokeswoman for \
                    the US Central Command, said she was “unaware of the link”.";
        assert_eq!(
            discovered(text, &g),
            [cand("Karen Roxberry", Some("Lt. Col.")), cand("Central Command", None)]
        );
        let text =
            "“Many of their foreign fighters married Taliban daughters, ”said Karim, who knew many of the \
                    fighters.";
        assert_eq!(discovered(text, &g), [cand("Karim", Some("said"))]);
        let text =
            "members of AQIS working in conjunction with Taliban leader Mullah Wakeel. Earlier in March, \
                    another al-Qaeda leader, Abu Muhammad Al Tajiki, was killed";
        assert_eq!(
            discovered(text, &g),
            [
                cand("Mullah Wakeel", Some("Mullah")),
                cand("al-Qaeda", None),
                cand("Abu Muhammad Al Tajiki", Some("leader"))
            ]
        );
        let text =
            "For his part, the acting US Secretary of Defense, Christopher Miller, confirmed on January 15.";
        assert_eq!(discovered(text, &g), [cand("Christopher Miller", None)]);
        let text = "The remarks of Secretary of State Antony Blinken and Gen. Miller followed.";
        assert_eq!(
            discovered(text, &g),
            [cand("Antony Blinken", Some("Secretary of State")), cand("Miller", Some("Gen."))]
        );
        let text = "its leader, the Egyptian Ayman al Zawahiri, is believed to remain in hiding";
        assert_eq!(discovered(text, &g), [cand("Ayman al Zawahiri", None)]);
        let text = "an Afghan soldier, who identified himself as Karim to protect his identity.";
        assert_eq!(discovered(text, &g), [cand("Karim", Some("himself as"))]);
        let text = "Shaheen added that the Taliban now had volunteers.";
        assert_eq!(discovered(text, &g), [cand("Shaheen", Some("added"))]);
        let text = "A leader of al-Qaeda was killed. Al Masri was among them.";
        assert_eq!(discovered(text, &g), [cand("al-Qaeda", None), cand("Al Masri", None)]);
    }

    #[test]
    fn discovery_keeps_to_names() {
        let g = empty();
        for text in [
            "Previously undisclosed details of the raid give an indication. Details of the raid previously.",
            "In announcing the withdrawal, he said America went to Afghanistan.",
            "On October 15 and 22, 2020, American drones hit two targets. On Friday, May 28, CNN reported.",
            "VISIT OF THE TALIBANS TO IRAN",
            "Show More\nStay Connected\n",
            "A former Taliban minister who spoke to reporters.",
            "the North American country of Afghanistan",
            "Security experts monitoring the insurgencies agreed with the forces. The security situation.",
        ] {
            assert_eq!(discovered(text, &g), [], "{text}");
        }
    }

    #[test]
    fn discovery_skips_known_mentions() {
        let g = gazetteer();
        let text = "A delegation led by Mullah Abdulghani Baradar met Deputy Minister Zalmay Rahimi and \
                    Maulvi Jalil in Tehran, said Tolo TV.";
        assert_eq!(
            discovered(text, &g),
            [cand("Zalmay Rahimi", Some("Deputy Minister")), cand("Maulvi Jalil", Some("Maulvi"))]
        );
    }
}
