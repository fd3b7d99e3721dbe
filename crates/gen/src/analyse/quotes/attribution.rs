//! Extraction per source: the raw quotations of a source's paragraphs, each with the speaker its
//! attribution names, or one inherited from its sentence, the quote before it or the paragraph before.

use super::layout::{Cue, Layout};
use super::marks::{dash_quote, pair_double, single_quotes, Piece, Raw, Region};
use super::quote::{Paragraph, Quote};
use super::speaker::{capitalized, is_proper, lower, strip_titles, words_of, Subject};
use crate::analyse::text::{head, is_dash, tokens};
use std::collections::BTreeSet;
use std::ops::Range;

#[derive(Debug, Clone)]
struct Attribution {
    speaker: Option<String>,
    cue: Option<String>,
}

pub(super) fn extract_source(paragraphs: &[&Paragraph]) -> Vec<Quote> {
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
    let mut layouts: Vec<Layout> = Vec::with_capacity(texts.len());
    for (pi, text) in texts.iter().enumerate() {
        let mut regions = regions_of(&raws, pi);
        regions.sort_by_key(|r| r.open);
        if let Some(dash) = dash_quote(text, &regions, pi) {
            raws.push(dash);
            regions = regions_of(&raws, pi);
        }
        layouts.push(Layout::new(text, regions));
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
    for (pi, layout) in layouts.iter_mut().enumerate() {
        layout.regions = regions_of(&raws, pi);
        layout.regions.sort_by_key(|r| r.open);
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

fn regions_of(raws: &[Raw], para: usize) -> Vec<Region> {
    raws.iter()
        .flat_map(|r| {
            r.pieces.iter().filter(move |p| p.para == para).map(move |p| Region {
                open: p.open,
                content: p.content.clone(),
                close: p.close,
            })
        })
        .collect()
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
/// speaker before them in the paragraph.
fn fall_back(raws: &[Raw], layouts: &[Layout], mentions: &[Mention], atts: &mut [Option<Attribution>]) {
    let sentence_of = |ri: usize| -> Option<(usize, usize)> {
        let p = raws.get(ri)?.pieces.first()?;
        Some((p.para, layouts.get(p.para)?.sentence_start(p.open)))
    };
    let end_sentence_of = |ri: usize| -> Option<(usize, usize)> {
        let p = raws.get(ri)?.pieces.last()?;
        let l = layouts.get(p.para)?;
        Some((p.para, l.sentence_start(p.close.saturating_sub(1).max(p.content.start))))
    };
    // Same sentence: take the nearest quote's, looking back first.
    for i in 0..raws.len() {
        if atts[i].is_some() {
            continue;
        }
        let Some(here) = sentence_of(i) else { continue };
        let back =
            (0..i).rev().take_while(|&j| end_sentence_of(j) == Some(here)).find_map(|j| atts[j].clone());
        let ahead = || {
            (i + 1..raws.len()).take_while(|&j| sentence_of(j) == Some(here)).find_map(|j| atts[j].clone())
        };
        atts[i] = back.or_else(ahead);
    }
    // A quote that opens its sentence continues the speaker before it in the paragraph.
    for i in 0..raws.len() {
        if atts[i].is_some() {
            continue;
        }
        let Some(p) = raws[i].pieces.first() else { continue };
        let Some(l) = layouts.get(p.para) else { continue };
        let sentence = l.sentence_start(p.open);
        let lead = l.text.get(sentence..p.open).unwrap_or("");
        if !lead.trim_matches(|c: char| c.is_whitespace() || is_dash(c)).is_empty() {
            continue;
        }
        let previous_quote = (0..i)
            .rev()
            .take_while(|&j| raws[j].pieces.last().is_some_and(|q| q.para == p.para))
            .find_map(|j| atts[j].clone().filter(|a| a.speaker.is_some()));
        let previous_cue = l
            .cues_in(0, p.open)
            .iter()
            .rev()
            .filter(|c| c.end <= p.open)
            .find_map(|c| from_cue(c, p.para, mentions));
        // A paragraph that is nothing but this quote continues the last speaker of the paragraph before.
        let only_quote = l.regions.len() == 1
            && l.text.get(..p.open).is_some_and(|s| s.trim().is_empty())
            && raws[i]
                .pieces
                .last()
                .and_then(|q| l.text.get(q.close..))
                .is_some_and(|s| !s.contains(char::is_alphanumeric));
        let previous_paragraph = || {
            if !only_quote || p.para == 0 {
                return None;
            }
            (0..i)
                .rev()
                .take_while(|&j| raws[j].pieces.last().is_some_and(|q| q.para + 1 == p.para))
                .find_map(|j| atts[j].clone())
        };
        atts[i] = match (previous_quote, previous_cue) {
            (Some(q), Some(c)) => {
                // The later of the two is the nearer.
                let q_end = (0..i)
                    .rev()
                    .find(|&j| raws[j].pieces.last().is_some_and(|x| x.para == p.para))
                    .and_then(|j| raws[j].pieces.last().map(|x| x.close))
                    .unwrap_or(0);
                let c_pos = l
                    .cues_in(0, p.open)
                    .iter()
                    .rev()
                    .find(|c| c.end <= p.open && from_cue(c, p.para, mentions).is_some())
                    .map_or(0, |c| c.pos);
                Some(if c_pos > q_end { c } else { q })
            }
            (Some(q), None) => Some(q),
            (None, Some(c)) => Some(c),
            (None, None) => previous_paragraph(),
        };
    }
}
