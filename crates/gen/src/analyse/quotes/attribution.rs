//! Extraction per source: the raw quotations of a source's paragraphs, each with the speaker its
//! attribution names, or one inherited from its sentence, the quote before it or the paragraph before.

use super::layout::{Cue, Layout};
use super::marks::{dash_quote, pair_double, single_quotes, Piece, Raw, Region};
use super::quote::{Paragraph, Quote};
use super::speaker::{capitalized, is_proper, lower, strip_titles, words_of, Subject};
use crate::analyse::text::{head, is_dash, tokens};
use dossier_core::text::Token;
use std::collections::BTreeSet;
use std::ops::Range;

#[derive(Debug, Clone)]
struct Attribution {
    speaker: Option<String>,
    cue: Option<String>,
}

/// The words of a source's paragraphs, cut by [`dossier_core::text::tokenize`].
pub(super) enum Words<'w> {
    /// Not cut yet: each paragraph is cut on its own.
    Uncut,
    /// The words of the paragraphs joined into one text, and where each paragraph starts in it (its
    /// words are those that start from there up to the next paragraph's start).
    Joined(&'w [Token], &'w [usize]),
}

pub(super) fn extract_source(paragraphs: &[&Paragraph], words: Words<'_>) -> Vec<Quote> {
    let texts: Vec<&str> = paragraphs.iter().map(|p| p.text).collect();
    let mut raws = pair_double(&texts);
    // Single quotes and dash continuations, paragraph by paragraph, outside the double quotes.
    let mut per_para: Vec<Vec<Range<usize>>> = vec![Vec::new(); texts.len()];
    for r in &raws {
        for p in &r.pieces {
            per_para[p.para].push(p.open..p.close);
        }
    }
    for (pi, text) in texts.iter().enumerate() {
        raws.extend(single_quotes(text, &per_para[pi], pi));
    }
    // Each paragraph's regions, grouped in one pass (in the order of the quotes, then their pieces).
    let mut by_para = regions_by_para(&raws, texts.len());
    let mut layouts: Vec<Layout> = Vec::with_capacity(texts.len());
    for (pi, text) in texts.iter().enumerate() {
        let mut regions = std::mem::take(&mut by_para[pi]);
        regions.sort_by_key(|r| r.open);
        if let Some(dash) = dash_quote(text, &regions, pi) {
            // A dash quote has one piece, in this paragraph; the layout sorts the regions again.
            regions.extend(dash.pieces.iter().map(region));
            raws.push(dash);
        }
        layouts.push(match words {
            Words::Uncut => Layout::new(text, regions, &tokens(text), 0),
            Words::Joined(all, starts) => {
                let base = starts.get(pi).copied().unwrap_or(0);
                let from = all.partition_point(|t| t.span.start < base);
                let to = starts
                    .get(pi + 1)
                    .map_or(all.len(), |&next| all.partition_point(|t| t.span.start < next));
                Layout::new(text, regions, &all[from..to.max(from)], base)
            }
        });
    }
    // Drop quotes with no words; order the rest by where they start.
    raws.retain(|r| {
        r.pieces.iter().any(|p| {
            texts[p.para]
                .get(trimmed(texts[p.para], &p.content))
                .is_some_and(|s| s.chars().any(char::is_alphanumeric))
        })
    });
    raws.sort_by_key(|r| r.pieces.first().map(|p| (p.para, p.open)));
    // Rebuild the regions with the final numbering.
    let by_para = regions_by_para(&raws, texts.len());
    for (layout, mut regions) in layouts.iter_mut().zip(by_para) {
        regions.sort_by_key(|r| r.open);
        layout.regions = regions;
    }
    let mentions = mentions(&layouts);
    let mut attributions: Vec<Option<Attribution>> =
        raws.iter().map(|r| direct(r, &layouts, &mentions)).collect();
    fall_back(&raws, &layouts, &mentions, &mut attributions);
    raws.iter()
        .zip(attributions)
        .filter_map(|(raw, att)| {
            let first = raw.pieces.first()?;
            let att = att.unwrap_or(Attribution { speaker: None, cue: None });
            let pieces: Vec<(usize, Range<usize>)> = raw
                .pieces
                .iter()
                .map(|p| (p.para, trimmed(texts[p.para], &p.content)))
                .filter(|(_, r)| !r.is_empty())
                .collect();
            let (_, span) = pieces.first().cloned().unwrap_or((first.para, first.content.clone()));
            let text = pieces.iter().map(|(p, r)| &texts[*p][r.clone()]).collect::<Vec<_>>().join(" ");
            Some(Quote {
                source: paragraphs[first.para].source.to_string(),
                paragraph: paragraphs[pieces.first().map_or(first.para, |p| p.0)].index,
                span,
                continued: pieces.iter().skip(1).map(|(p, r)| (paragraphs[*p].index, r.clone())).collect(),
                text,
                speaker: att.speaker,
                speaker_cue: att.cue,
            })
        })
        .collect()
}

fn region(p: &Piece) -> Region {
    Region { open: p.open, content: p.content.clone(), close: p.close }
}

/// The quoted regions of each of `paragraphs` paragraphs: every piece of every quote, in one pass (looking
/// through every quote for each paragraph made a source of 100,000 quoted lines take minutes).
fn regions_by_para(raws: &[Raw], paragraphs: usize) -> Vec<Vec<Region>> {
    let mut out: Vec<Vec<Region>> = vec![Vec::new(); paragraphs];
    for p in raws.iter().flat_map(|r| &r.pieces) {
        work::tick();
        if let Some(list) = out.get_mut(p.para) {
            list.push(region(p));
        }
    }
    out
}

/// The quoted words without surrounding spaces, trailing commas, colons or dashes.
fn trimmed(text: &str, r: &Range<usize>) -> Range<usize> {
    let Some(s) = text.get(r.clone()) else { return r.start..r.start };
    let start = r.start + (s.len() - s.trim_start().len());
    let inner = s.trim_start().trim_end_matches(|c: char| c.is_whitespace() || ",;:–—-".contains(c));
    start..start + inner.len()
}

/// A named speaker at a position in the source: `(paragraph, byte)`.
type Mention = ((usize, usize), String);

/// Every speaker the source names, in reading order: subjects of attribution cues and names that open
/// a sentence (`President Joe Biden has staked …`, `Karim fought …`).
fn mentions(layouts: &[Layout]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    for (pi, l) in layouts.iter().enumerate() {
        for c in &l.cues {
            if let Subject::Named(s) = &c.subject {
                out.push(((pi, c.pos), s.clone()));
            }
        }
    }
    let known: BTreeSet<String> =
        out.iter().filter_map(|(_, s)| words_of(s).last().map(|w| lower(w))).collect();
    for (pi, l) in layouts.iter().enumerate() {
        for &start in &l.starts {
            if l.in_region(start) {
                continue;
            }
            let rest = head(l.text.get(start..).unwrap_or(""), 200);
            let words = words_of(rest);
            let run = words.iter().take_while(|w| capitalized(w) && !w.ends_with(['.', ',', ':'])).count();
            let Some(next) = words.get(run) else { continue };
            let possessive =
                words.get(run.saturating_sub(1)).is_some_and(|w| w.ends_with("’s") || w.ends_with("'s"));
            if run == 0 || possessive || !next.chars().next().is_some_and(char::is_lowercase) {
                continue;
            }
            let run_words = &words[..run];
            let single_known = run == 1 && known.contains(&lower(run_words[0]));
            if is_proper(run_words) && (run >= 2 || single_known) {
                out.push(((pi, start), strip_titles(&run_words.join(" "))));
            }
        }
    }
    out.sort();
    out
}

/// The last speaker named before a position.
fn resolve(mentions: &[Mention], at: (usize, usize)) -> Option<String> {
    let i = mentions.partition_point(|(p, _)| *p < at);
    i.checked_sub(1).map(|i| mentions[i].1.clone())
}

fn from_cue(cue: &Cue, para: usize, mentions: &[Mention]) -> Option<Attribution> {
    let speaker = match &cue.subject {
        Subject::Named(s) => Some(s.clone()),
        Subject::Pronoun => resolve(mentions, (para, cue.pos)),
        _ => None,
    }?;
    Some(Attribution { speaker: Some(speaker), cue: Some(cue.word.clone()) })
}

/// The attribution written next to a quote: after it, or before it in the same sentence.
fn direct(raw: &Raw, layouts: &[Layout], mentions: &[Mention]) -> Option<Attribution> {
    let first = raw.pieces.first()?;
    let last = raw.pieces.last()?;
    post(last, layouts.get(last.para)?, mentions).or_else(|| pre(first, layouts.get(first.para)?, mentions))
}

fn post(piece: &Piece, l: &Layout, mentions: &[Mention]) -> Option<Attribution> {
    let text = l.text;
    let gap_start = piece.close;
    let gap_text = text.get(gap_start..)?;
    let first_word = gap_start + (gap_text.len() - gap_text.trim_start().len());
    let quoted = text.get(piece.content.clone()).unwrap_or("").trim_end();
    let new_sentence = quoted.ends_with(['.', '!', '?']);
    let end = l.region_open_after(gap_start).min(l.sentence_end(first_word));
    let gap = text.get(gap_start..end.max(gap_start)).unwrap_or("");
    if let Some(cue) = l.cues_in(gap_start, end).first() {
        let before_words = tokens(text.get(gap_start..cue.pos).unwrap_or("")).len();
        let after = text.get(cue.end..end).unwrap_or("");
        let after = after.split(',').next().unwrap_or("");
        let after_words = tokens(after);
        let clause_final = after_words.len() <= 4 && !after_words.iter().any(|t| t.word == "that");
        let ok = if new_sentence {
            // `“….” Biden said.` but not `“….” According to X, …` (that one opens the next quote's sentence)
            cue.word != "according to" && (1..=6).contains(&before_words) && clause_final
        } else if before_words > 12 {
            // A sentence-final attribution (`“now much deeper” than …, a senior official said.`), unless
            // the quote sits in an aside between dashes.
            clause_final && !gap.trim_start().starts_with(is_dash)
        } else {
            true
        };
        if ok {
            if let Some(a) = from_cue(cue, piece.para, mentions) {
                return Some(a);
            }
        }
        return None;
    }
    // `”he mentionned.`: a pronoun and one word, whatever the word.
    let words = tokens(gap);
    let closes = gap.trim_end().ends_with(['.', ',']) || end == text.len();
    if !new_sentence && words.len() == 2 && closes && matches!(words[0].word.as_str(), "he" | "she" | "they")
    {
        let speaker = resolve(mentions, (piece.para, gap_start + words[0].span.start))?;
        return Some(Attribution { speaker: Some(speaker), cue: Some(words[1].word.clone()) });
    }
    None
}

fn pre(piece: &Piece, l: &Layout, mentions: &[Mention]) -> Option<Attribution> {
    let start = l.sentence_start(piece.open).max(l.region_close_before(piece.open));
    l.cues_in(start, piece.open)
        .iter()
        .rev()
        .filter(|c| c.end <= piece.open)
        .find_map(|c| from_cue(c, piece.para, mentions))
}

/// Quotes without an attribution of their own take one from their sentence, then from the quote or
/// speaker before them in the paragraph. Each pass carries what it needs forward (or, looking ahead,
/// backward) instead of looking through the quotes before each quote: one paragraph of 200,000 marks
/// took minutes that way.
fn fall_back(raws: &[Raw], layouts: &[Layout], mentions: &[Mention], atts: &mut [Option<Attribution>]) {
    // The sentence each quote opens in, and the one its last piece ends in.
    let opens: Vec<Option<(usize, usize)>> = raws
        .iter()
        .map(|r| {
            let p = r.pieces.first()?;
            Some((p.para, layouts.get(p.para)?.sentence_start(p.open)))
        })
        .collect();
    let ends: Vec<Option<(usize, usize)>> = raws
        .iter()
        .map(|r| {
            let p = r.pieces.last()?;
            let l = layouts.get(p.para)?;
            Some((p.para, l.sentence_start(p.close.saturating_sub(1).max(p.content.start))))
        })
        .collect();
    same_sentence(&opens, &ends, atts);
    previous_in_paragraph(raws, layouts, mentions, atts);
}

/// A quote without an attribution takes the nearest one of its sentence: from the quotes before it whose
/// sentence ends where its own starts (looking back first), else from the quotes after it that open in
/// the same sentence (their own attributions, not inherited ones).
fn same_sentence(
    opens: &[Option<(usize, usize)>],
    ends: &[Option<(usize, usize)>],
    atts: &mut [Option<Attribution>],
) {
    let n = atts.len();
    // ahead[j]: the first quote from j on, in the run of quotes opening in j's sentence, that has an
    // attribution of its own.
    let mut ahead: Vec<Option<usize>> = vec![None; n];
    for j in (0..n).rev() {
        work::tick();
        ahead[j] = if atts[j].is_some() {
            Some(j)
        } else if j + 1 < n && opens[j + 1] == opens[j] {
            ahead[j + 1]
        } else {
            None
        };
    }
    // The latest quote with an attribution in the run of quotes (ending at the one before) whose
    // sentences end at the same place.
    let mut latest: Option<usize> = None;
    for i in 0..n {
        work::tick();
        if atts[i].is_none() {
            if let Some(here) = opens[i] {
                let back = (i > 0 && ends[i - 1] == Some(here)).then_some(latest).flatten();
                let ahead = (i + 1 < n && opens[i + 1] == Some(here)).then(|| ahead[i + 1]).flatten();
                atts[i] = back.or(ahead).and_then(|j| atts[j].clone());
            }
        }
        if i == 0 || ends[i] != ends[i - 1] {
            latest = None;
        }
        if atts[i].is_some() {
            latest = Some(i);
        }
    }
}

/// A quote that opens its sentence continues the speaker before it in the paragraph: the nearer of the
/// last quote with a speaker and the last attribution cue; a paragraph that is nothing but the quote
/// continues the last attribution of the paragraph before.
fn previous_in_paragraph(
    raws: &[Raw],
    layouts: &[Layout],
    mentions: &[Mention],
    atts: &mut [Option<Attribution>],
) {
    // For each paragraph, after k cues: the last of those k whose attribution resolves.
    let resolving: Vec<Vec<Option<usize>>> = layouts
        .iter()
        .enumerate()
        .map(|(pi, l)| {
            let mut last = None;
            let mut out = vec![None];
            for (k, c) in l.cues.iter().enumerate() {
                work::tick();
                if from_cue(c, pi, mentions).is_some() {
                    last = Some(k);
                }
                out.push(last);
            }
            out
        })
        .collect();
    // The run of quotes just before the current one whose last pieces are in one paragraph: which, and
    // the latest of them with an attribution, and with a speaker.
    let mut run_para: Option<usize> = None;
    let mut run_any: Option<usize> = None;
    let mut run_speaker: Option<usize> = None;
    for i in 0..raws.len() {
        work::tick();
        if atts[i].is_none() {
            let found = continued(raws, layouts, mentions, &resolving, i, |para| {
                if run_para != Some(para) {
                    (None, None)
                } else {
                    (run_any, run_speaker)
                }
            });
            atts[i] = found.and_then(|j| match j {
                Inherited::Quote(j) => atts[j].clone(),
                Inherited::Cue(a) => Some(a),
            });
        }
        let last_para = raws[i].pieces.last().map(|q| q.para);
        if last_para.is_none() || last_para != run_para {
            (run_para, run_any, run_speaker) = (last_para, None, None);
        }
        if last_para.is_some() {
            if atts[i].is_some() {
                run_any = Some(i);
            }
            if atts[i].as_ref().is_some_and(|a| a.speaker.is_some()) {
                run_speaker = Some(i);
            }
        }
    }
}

/// Where a quote's inherited attribution comes from.
enum Inherited {
    /// The attribution of an earlier quote.
    Quote(usize),
    /// A cue's.
    Cue(Attribution),
}

/// The attribution quote `i` continues, if it opens its sentence. `run(para)` gives, for the quotes just
/// before `i` that all end in paragraph `para`, the latest with an attribution and the latest with a
/// speaker (both `None` when the quotes just before do not end there).
fn continued(
    raws: &[Raw],
    layouts: &[Layout],
    mentions: &[Mention],
    resolving: &[Vec<Option<usize>>],
    i: usize,
    run: impl Fn(usize) -> (Option<usize>, Option<usize>),
) -> Option<Inherited> {
    let p = raws[i].pieces.first()?;
    let l = layouts.get(p.para)?;
    let sentence = l.sentence_start(p.open);
    let lead = l.text.get(sentence..p.open).unwrap_or("");
    if !lead.trim_matches(|c: char| c.is_whitespace() || is_dash(c)).is_empty() {
        return None;
    }
    let previous_quote = run(p.para).1;
    // The last cue before the quote (ending before it) whose attribution resolves. Cues do not overlap,
    // so their ends are in order too: those ending before the quote are a prefix of those starting before.
    let starting_before = l.cues_in(0, p.open).len();
    let ending_before = l.cues[..starting_before].partition_point(|c| c.end <= p.open);
    let cue = resolving.get(p.para).and_then(|r| r.get(ending_before).copied().flatten());
    let previous_cue = cue.and_then(|k| from_cue(&l.cues[k], p.para, mentions));
    // A paragraph that is nothing but this quote continues the last speaker of the paragraph before.
    let only_quote = l.regions.len() == 1
        && l.text.get(..p.open).is_some_and(|s| s.trim().is_empty())
        && raws[i]
            .pieces
            .last()
            .and_then(|q| l.text.get(q.close..))
            .is_some_and(|s| !s.contains(char::is_alphanumeric));
    match (previous_quote, previous_cue) {
        (Some(q), Some(c)) => {
            // The later of the two is the nearer: the quote just before ends in this paragraph.
            let q_end = i.checked_sub(1).and_then(|j| raws[j].pieces.last()).map_or(0, |x| x.close);
            let c_pos = cue.map_or(0, |k| l.cues[k].pos);
            Some(if c_pos > q_end { Inherited::Cue(c) } else { Inherited::Quote(q) })
        }
        (Some(q), None) => Some(Inherited::Quote(q)),
        (None, Some(c)) => Some(Inherited::Cue(c)),
        (None, None) if only_quote && p.para > 0 => run(p.para - 1).0.map(Inherited::Quote),
        (None, None) => None,
    }
}

/// A count of the elementary steps of extraction (quotes, pieces and cues visited), kept in tests only,
/// so that a test can tell linear from quadratic without timing anything.
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

    /// The steps extracting the quotes of one source takes, and how many quotes it finds.
    fn steps(texts: &[String]) -> (u64, usize) {
        let ps: Vec<Paragraph> =
            texts.iter().enumerate().map(|(i, t)| Paragraph { source: "s", index: i + 1, text: t }).collect();
        let refs: Vec<&Paragraph> = ps.iter().collect();
        let before = work::steps();
        let found = extract_source(&refs, Words::Uncut).len();
        (work::steps() - before, found)
    }

    /// Linear work grows 2 times from n to 2n, n log n a little more; a quadratic one 4 times.
    fn assert_linear(what: &str, make: impl Fn(usize) -> Vec<String>, n: usize) {
        let (at_n, found_n) = steps(&make(n));
        let (at_2n, found_2n) = steps(&make(2 * n));
        assert!(found_n > 0 && found_2n >= 2 * found_n - 1, "{what}: {found_n} then {found_2n} quotes");
        assert!(at_2n * 2 <= at_n * 5, "{what}: {at_n} steps at n, {at_2n} at 2n");
        assert!(at_2n <= 40 * 2 * n as u64, "{what}: {at_2n} steps for 2n = {}", 2 * n);
    }

    #[test]
    fn extraction_work_grows_linearly_with_quotes_and_marks() {
        // One quoted line per paragraph, then a paragraph that is nothing but a quote (it continues the
        // speaker before it).
        assert_linear(
            "quoted lines",
            |n| {
                (0..n)
                    .map(|i| match i % 3 {
                        2 => format!("“Line {i} goes on.”"),
                        _ => format!("“This is quoted line {i},” the official said."),
                    })
                    .collect()
            },
            2_000,
        );
        // One paragraph: quotes with no attribution of their own in one long sentence, and unpaired or
        // mixed marks.
        assert_linear("one sentence", |n| vec!["Karim said “so” and “so” ".repeat(n / 2)], 2_000);
        assert_linear("unpaired marks", |n| vec!["“ab cd ".repeat(n)], 2_000);
        assert_linear("mixed marks", |n| vec!["said \"ab” “cd\" ".repeat(n / 2)], 2_000);
        assert_linear(
            "cues",
            |n| vec![format!("He said “a b”. {}", "She said “c d” as they said, ".repeat(n))],
            2_000,
        );
    }
}
