//! Words of attribution: the cue verbs, and reading the words around a cue as a speaker (a name with
//! its titles dropped, or a descriptor such as `a senior Afghan intelligence official`).

use crate::analyse::lexicon::{
    ARTICLES, DETERMINERS, DOCUMENT_NOUNS, INTERVIEW_CLAUSES, LEADING_CONJUNCTIONS, NOT_NAME_OPENERS,
    PART_NOUNS, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, SELF_NAMING, SPEAKER_PARTICLES, SPEAKER_PHRASE_STOPS,
    SPEAKER_TITLES, TIME_STOPS, TRAILING_AUXILIARIES,
};
use crate::analyse::text::head;
use aho_corasick::{AhoCorasick, MatchKind};
use dossier_core::text::fold;
use std::sync::LazyLock;

/// Who speaks a quotation, as read from the words around its cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Subject {
    Named(String),
    Pronoun,
    /// The speaker of the clause this one depends on (`…, adding that`, `… and has indicated that`).
    Inherit,
    Unknown,
}

pub(super) fn words_of(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

/// A speaker label as compared across outlets: its folded words without a leading article, so `The
/// official` and `the official` are one label and `the channel’s source` another.
pub fn speaker_key(label: &str) -> Vec<String> {
    let mut words: Vec<String> = words_of(label).into_iter().map(lower).filter(|w| !w.is_empty()).collect();
    if words.first().is_some_and(|w| ARTICLES.contains(&w.as_str())) {
        words.remove(0);
    }
    words
}

pub(super) fn lower(w: &str) -> String {
    fold(w.trim_matches(|c: char| !c.is_alphanumeric()))
}

pub(super) fn capitalized(w: &str) -> bool {
    w.trim_start_matches(|c: char| !c.is_alphanumeric()).chars().next().is_some_and(char::is_uppercase)
}

fn is_particle(w: &str) -> bool {
    SPEAKER_PARTICLES.contains(&lower(w).as_str())
}

/// All words capitalized (name particles allowed), not led by a determiner or a function word.
pub(super) fn is_proper(words: &[&str]) -> bool {
    !words.is_empty()
        && words.len() <= 6
        && capitalized(words[0])
        && !DETERMINERS.contains(&lower(words[0]).as_str())
        && !NOT_NAME_OPENERS.contains(&lower(words[0]).as_str())
        && words.iter().all(|w| capitalized(w) || is_particle(w))
}

pub(super) fn strip_titles(name: &str) -> String {
    let words = words_of(name);
    let mut start = 0;
    while start + 1 < words.len() && SPEAKER_TITLES.contains(&lower(words[start]).as_str()) {
        start += 1;
    }
    let rest = &words[start..];
    if rest.iter().any(|w| capitalized(w)) {
        rest.join(" ")
    } else {
        name.to_string()
    }
}

fn clean(s: &str) -> String {
    s.trim_matches(|c: char| c.is_whitespace() || ",;:.–—-\"“”".contains(c)).to_string()
}

/// Drops parenthetical asides: `X (CENTCOM, covering the Middle East)` → `X`.
fn without_parentheses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Cuts clauses about the interview itself: `An official who spoke to CNN` → `An official`.
///
/// Every candidate speaker passes here: one matcher over all the clauses, ASCII case ignored, finds the
/// earliest (what the lowest of one lower-cased copy's `find` per clause gave, without the copy and a
/// searcher built per clause per call).
fn cut_interview_clause(s: &str) -> &str {
    static CLAUSES: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(INTERVIEW_CLAUSES)
            .ok()
    });
    let first = match CLAUSES.as_ref() {
        Some(clauses) => clauses.find(s).map(|m| m.start()),
        None => earliest_clause(s),
    };
    first.and_then(|i| s.get(..i)).unwrap_or(s)
}

/// Where the first interview clause of `s` starts, by one search per clause in a lower-cased copy.
fn earliest_clause(s: &str) -> Option<usize> {
    let l = s.to_ascii_lowercase();
    INTERVIEW_CLAUSES.iter().filter_map(|p| l.find(p)).min()
}

/// A document as the speaker of a subject phrase: `The first bullet point [of] the peace deal signed with
/// the US in Doha last year` → `the peace deal signed with the US in Doha`. The document noun must head
/// the phrase, either opening it (with its determiner) or after a part of it (`point`, `clause`, `of`);
/// `The official who read the deal` is not the deal. Time words end it.
fn document_subject(words: &[&str]) -> Option<String> {
    let noun = words.iter().position(|w| DOCUMENT_NOUNS.contains(&lower(w).as_str()))?;
    // Its determiner, at most three modifiers back (`the US-Taliban peace deal`).
    let det =
        (noun.saturating_sub(4)..noun).rev().find(|&k| DETERMINERS.contains(&lower(words[k]).as_str()))?;
    if words[det + 1..noun].iter().any(|w| PREPOSITIONS.contains(&lower(w).as_str())) {
        return None;
    }
    let before = &words[..det];
    let part_of = before.last().is_some_and(|w| {
        let w = lower(w);
        w == "of" || PART_NOUNS.contains(&w.as_str())
    });
    // Without a part before it, the document phrase must be the whole subject and too long to be read
    // as a descriptor otherwise.
    if !(part_of || (before.is_empty() && words.len() > MAX_DESCRIPTOR_WORDS)) {
        return None;
    }
    let mut end = noun + 1;
    while end < words.len() && end - det < 10 {
        let w = lower(words[end]);
        let year_follows =
            || words.get(end + 1).is_some_and(|n| n.trim_end_matches([',', '.']).parse::<u32>().is_ok());
        if TIME_STOPS.contains(&w.as_str()) || (w == "in" || w == "on") && year_follows() {
            break;
        }
        end += 1;
    }
    Some(clean(&words[det..end].join(" ")))
}

/// Most words a descriptor speaker may have (`an undercover intelligence officer and diplomat based in …`).
const MAX_DESCRIPTOR_WORDS: usize = 12;

/// Reads a name or descriptor as a speaker; `None` when the words do not look like one.
fn as_speaker(chunk: &str) -> Option<String> {
    let chunk = clean(cut_interview_clause(chunk));
    let words = words_of(&chunk);
    let first = lower(words.first()?);
    if words.len() == 1 && PRONOUNS.contains(&first.as_str()) {
        return None;
    }
    if is_proper(&words) {
        return Some(strip_titles(&chunk));
    }
    if let Some(document) = document_subject(&words) {
        return Some(document);
    }
    if DETERMINERS.contains(&first.as_str()) {
        return (words.len() <= MAX_DESCRIPTOR_WORDS).then(|| chunk.clone());
    }
    if capitalized(words[0]) {
        // A name followed by other words: keep a short phrase (`UN report`), else just the name.
        let run = words.iter().take_while(|w| capitalized(w) || is_particle(w)).count();
        if words.len() <= 4 && !is_proper(&words[..run]) {
            return None;
        }
        if words.len() <= 4 {
            return Some(strip_titles(&chunk));
        }
        return is_proper(&words[..run]).then(|| strip_titles(&words[..run].join(" ")));
    }
    // Lower-case descriptors without a determiner: `members of Al Qaeda`, `security officials`.
    let has_person = words.iter().take(3).any(|w| PERSON_NOUNS.contains(&lower(w).as_str()));
    (words.len() <= 6 && has_person).then(|| chunk.clone())
}

/// The last noun phrase of a clause: `… rejected by the insurgent group` → `the insurgent group`.
fn trailing_np(s: &str) -> Option<String> {
    let words = words_of(s);
    let from = words.iter().rposition(|w| PREPOSITIONS.contains(&lower(w).as_str())).map_or(0, |i| i + 1);
    as_speaker(&words[from..].join(" "))
}

/// The speaker named before a cue word, from the clause that leads up to it.
pub(super) fn subject_before(clause: &str) -> Subject {
    let clause = without_parentheses(clause);
    let chunks: Vec<String> = clause.split(',').map(clean).filter(|c| !c.is_empty()).collect();
    let Some(last) = chunks.last() else { return Subject::Inherit };
    let mut words = words_of(last);
    // `… and [recently] called`: the cue is a second verb of a subject named before the `and`.
    let mut coordinated = false;
    loop {
        let before = words.len();
        while let Some(w) =
            words.last().map(|w| lower(w)).filter(|w| TRAILING_AUXILIARIES.contains(&w.as_str()))
        {
            coordinated |= matches!(w.as_str(), "and" | "but");
            words.pop();
        }
        if words.last().is_some_and(|w| lower(w) == "to") && words.len() >= 2 {
            // `chose to`, `went on to`, `tried to`
            words.truncate(words.len() - 2);
            if words.last().is_some_and(|w| lower(w) == "went") {
                words.pop();
            }
        }
        while words.first().is_some_and(|w| LEADING_CONJUNCTIONS.contains(&lower(w).as_str())) {
            words.remove(0);
        }
        if words.len() == before {
            break;
        }
    }
    if words.is_empty() {
        return Subject::Inherit;
    }
    if coordinated {
        if let Some(name) = coordinated_subject(&words) {
            return Subject::Named(name);
        }
    }
    let first = lower(words[0]);
    if words.len() == 1 && PRONOUNS.contains(&first.as_str()) {
        return Subject::Pronoun;
    }
    let last_word = words.last().map(|w| lower(w)).unwrap_or_default();
    if matches!(last_word.as_str(), "who" | "which" | "that") {
        let rest = &words[..words.len() - 1];
        if last_word == "who" && !rest.is_empty() {
            if let Some(s) = as_speaker(&rest.join(" ")) {
                return Subject::Named(s);
            }
        }
        let previous = chunks.len().checked_sub(2).and_then(|i| chunks.get(i));
        return previous.and_then(|p| trailing_np(p)).map_or(Subject::Unknown, Subject::Named);
    }
    let last_chunk = words.join(" ");
    let proper_before =
        || chunks[..chunks.len() - 1].iter().rev().find(|c| is_proper(&words_of(c))).map(|c| strip_titles(c));
    match as_speaker(&last_chunk) {
        Some(s) => {
            let appositive = matches!(first.as_str(), "a" | "an") && chunks.len() > 1;
            match proper_before() {
                Some(name) if appositive => Subject::Named(name),
                _ => Subject::Named(s),
            }
        }
        None => proper_before().map_or(Subject::Unknown, Subject::Named),
    }
}

/// The subject of the verb before an `and`: a name that opens the clause or a relative clause and is
/// followed by a lower-case word (`Karim fought … and told`, `the province that Biden visited … and
/// called`). A name elsewhere (`the minister in Kabul met … and said`) is not taken for the subject.
fn coordinated_subject(words: &[&str]) -> Option<String> {
    let mut found = None;
    for start in 0..words.len() {
        let opens = start == 0 || matches!(lower(words[start - 1]).as_str(), "that" | "which" | "whom");
        if !opens || !capitalized(words[start]) {
            continue;
        }
        let run = words[start..]
            .iter()
            .position(|w| !(capitalized(w) || is_particle(w)) || w.ends_with([',', '.', ':', ';']))
            .unwrap_or(words.len() - start);
        let name = &words[start..start + run];
        let Some(next) = words.get(start + run) else { continue };
        let possessive = name.last().is_some_and(|w| w.ends_with("’s") || w.ends_with("'s"));
        if run > 0 && !possessive && next.chars().next().is_some_and(char::is_lowercase) && is_proper(name) {
            found = Some(strip_titles(&name.join(" ")));
        }
    }
    found
}

/// The speaker named after a cue word (`said the channel’s source`, `according to the official`,
/// `said an Afghan soldier, who identified himself as Karim`).
pub(super) fn subject_after(after: &str, allow_pronoun: bool) -> Subject {
    let after = without_parentheses(after);
    let phrase_end = after.find([',', '.', ';', ':', '!', '?']).unwrap_or(after.len());
    let phrase = &after[..phrase_end];
    let mut words = Vec::new();
    for w in words_of(phrase) {
        if !words.is_empty() && SPEAKER_PHRASE_STOPS.contains(&lower(w).as_str()) {
            break;
        }
        words.push(w);
    }
    if words.is_empty() {
        return Subject::Unknown;
    }
    if PRONOUNS.contains(&lower(words[0]).as_str()) {
        return if allow_pronoun && words.len() == 1 { Subject::Pronoun } else { Subject::Unknown };
    }
    // `…, who identified himself as Karim`
    let rest = head(after.get(phrase_end..).unwrap_or(""), 160);
    let rest_lower = rest.to_ascii_lowercase();
    for marker in SELF_NAMING {
        if let Some(i) = rest_lower.find(marker) {
            let name: Vec<&str> =
                words_of(&rest[i + marker.len()..]).into_iter().take_while(|w| capitalized(w)).collect();
            let name = clean(&name.join(" "));
            if !name.is_empty() {
                return Subject::Named(name);
            }
        }
    }
    as_speaker(&words.join(" ")).map_or(Subject::Unknown, Subject::Named)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interview_clause_is_cut_where_the_earliest_starts() {
        assert_eq!(cut_interview_clause("An official Who Spoke to CNN"), "An official");
        assert_eq!(cut_interview_clause("a source speaking on condition, who spoke"), "a source");
        assert_eq!(cut_interview_clause("Ümit, who talked"), "Ümit,");
        let pieces =
            [" who spoke", " Speaking to", " who", " was", " speaking on", "é", "x", " WHO ASKED", " "];
        for text in crate::testing::random_texts(&pieces, 3, 3000, 8) {
            let by_copy = earliest_clause(&text).and_then(|i| text.get(..i)).unwrap_or(&text);
            assert_eq!(cut_interview_clause(&text), by_copy, "{text:?}");
        }
    }
}
