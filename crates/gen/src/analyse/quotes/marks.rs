//! Quotation marks and the raw quotations they enclose: pairing double marks across a source's
//! paragraphs, single-quoted passages, and dash continuations.

use super::quote::MIN_SINGLE_QUOTED_WORDS;
use crate::analyse::lexicon::{is_cue_word, PRONOUNS};
use crate::analyse::prose::PLAIN;
use crate::analyse::text::{char_after, char_before, is_dash, is_double, tokens};
use std::ops::Range;

/// A quoted region of a paragraph: its opening mark, the quoted words, and the end of its closing mark.
#[derive(Debug, Clone)]
pub(super) struct Region {
    pub(super) open: usize,
    pub(super) content: Range<usize>,
    pub(super) close: usize,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    end: usize,
    glyph: char,
}

fn closes(glyph: char, opened_with: char) -> bool {
    match glyph {
        '\u{201D}' | '\u{BB}' | '"' => true,
        '\u{201C}' => opened_with == '\u{201E}', // German „…“
        _ => false,
    }
}

fn double_marks(text: &str) -> Vec<Mark> {
    text.char_indices()
        .filter(|&(_, c)| is_double(c))
        .map(|(pos, c)| Mark { pos, end: pos + c.len_utf8(), glyph: c })
        .collect()
}

/// Nothing but whitespace follows the mark.
fn at_end(text: &str, m: &Mark) -> bool {
    text.get(m.end..).is_none_or(|s| s.trim().is_empty())
}

fn space_before(text: &str, m: &Mark) -> bool {
    char_before(text, m.pos).is_none_or(|c| c.is_whitespace() || "([{–—-:".contains(c))
}

fn space_after(text: &str, m: &Mark) -> bool {
    char_after(text, m.end).is_none_or(|c| c.is_whitespace() || ",.;:!?)]–—".contains(c))
}

/// Placed like a closing mark: glued to the word before, free after, or ending the paragraph.
fn closer_like(text: &str, m: &Mark) -> bool {
    matches!(m.glyph, '\u{201D}' | '\u{BB}')
        || at_end(text, m)
        || (!space_before(text, m) && space_after(text, m))
}

// ---------------------------------------------------------------------------------------------------------
// Raw quotations: pieces of text between marks

#[derive(Debug, Clone)]
pub(super) struct Piece {
    /// Index of the paragraph within its source.
    pub(super) para: usize,
    /// Start of the opening mark (or of the words, when there is none).
    pub(super) open: usize,
    pub(super) content: Range<usize>,
    /// End of the closing mark (or of the words).
    pub(super) close: usize,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Raw {
    pub(super) pieces: Vec<Piece>,
}

struct OpenQuote {
    glyph: char,
    open: usize,
    content_start: usize,
    done: Vec<Piece>,
}

/// Pairs the double quotation marks of one source's paragraphs.
pub(super) fn pair_double(texts: &[&str]) -> Vec<Raw> {
    let mut raws = Vec::new();
    let mut carried: Option<OpenQuote> = None;
    for (pi, &text) in texts.iter().enumerate() {
        let marks = double_marks(text);
        let mut i = 0;
        let mut current: Option<OpenQuote> = None;
        if let Some(mut c) = carried.take() {
            if let Some(first) = marks.first() {
                c.open = first.pos;
                c.content_start = first.end;
                c.glyph = first.glyph;
                current = Some(c);
                i = 1;
            }
        }
        let mut after_attribution = false;
        while i < marks.len() {
            let m = marks[i];
            match current.take() {
                None => {
                    // A closing mark glued to the word before is a leftover; one with a space before and a
                    // word after opens (`continues, “he said,” so …` after an attribution).
                    let stray_closer = matches!(m.glyph, '\u{201D}' | '\u{BB}')
                        && !after_attribution
                        && (!space_before(text, &m) || space_after(text, &m));
                    if !at_end(text, &m) && !stray_closer {
                        current = Some(OpenQuote {
                            glyph: m.glyph,
                            open: m.pos,
                            content_start: m.end,
                            done: Vec::new(),
                        });
                    }
                    after_attribution = false;
                }
                Some(open) => {
                    let next = marks.get(i + 1).map_or(text.len(), |n| n.pos);
                    if closes(m.glyph, open.glyph)
                        || at_end(text, &m)
                        || (!space_before(text, &m) && space_after(text, &m))
                    {
                        raws.push(finish(open, pi, m.pos, m.end));
                    } else if attribution_follows(text.get(m.end..next).unwrap_or("")) {
                        raws.push(finish(open, pi, m.pos, m.end));
                        after_attribution = true;
                    } else if marks.get(i + 1).is_some_and(|n| closer_like(text, n))
                        && marks
                            .get(i + 2)
                            .is_some_and(|n| closer_like(text, n) || closes(n.glyph, open.glyph))
                    {
                        // A quote inside the quote, in the same marks: skip it and its closing mark.
                        i += 2;
                        current = Some(open);
                        continue;
                    } else {
                        // A new quote opens while one is still open: the open one ended at the last
                        // sentence before the new mark's sentence.
                        let end = last_sentence_end(text, open.content_start, m.pos);
                        raws.push(finish(open, pi, end, end));
                        current = Some(OpenQuote {
                            glyph: m.glyph,
                            open: m.pos,
                            content_start: m.end,
                            done: Vec::new(),
                        });
                    }
                }
            }
            i += 1;
        }
        if let Some(mut open) = current {
            let continues = texts.get(pi + 1).is_some_and(|next| {
                let trimmed = next.trim_start();
                let at = next.len() - trimmed.len();
                trimmed.chars().next().is_some_and(is_double)
                    && double_marks(next).first().is_some_and(|m| m.pos == at && !at_end(next, m))
            });
            if continues {
                open.done.push(Piece {
                    para: pi,
                    open: open.open,
                    content: open.content_start..text.len(),
                    close: text.len(),
                });
                carried = Some(open);
            } else {
                raws.push(finish(open, pi, text.len(), text.len()));
            }
        }
    }
    raws
}

fn finish(open: OpenQuote, para: usize, content_end: usize, close: usize) -> Raw {
    let mut pieces = open.done;
    pieces.push(Piece {
        para,
        open: open.open,
        content: open.content_start..content_end.max(open.content_start),
        close,
    });
    Raw { pieces }
}

/// The end of the last full sentence in `text[start..before]` (after its final punctuation), or `before`.
fn last_sentence_end(text: &str, start: usize, before: usize) -> usize {
    let slice = text.get(start..before).unwrap_or("");
    PLAIN.boundaries(slice, |_| false).last().map_or(before, |&(end, _)| start + end)
}

/// Whether the words between two marks are an attribution (`“…, “he said,” so …`): then the first mark
/// closed the quote, whatever its shape.
fn attribution_follows(between: &str) -> bool {
    let words = tokens(between);
    let trimmed = between.trim_end();
    (1..=6).contains(&words.len())
        && (trimmed.ends_with(',') || trimmed.ends_with('.') || trimmed.ends_with(':'))
        && words.iter().any(|w| is_cue_word(&w.word) && !w.word.ends_with("ing"))
        && (words.iter().any(|w| PRONOUNS.contains(&w.word.as_str())) || is_cue_word(&words[0].word))
}

/// Single-quoted passages (‘…’) of at least [`MIN_SINGLE_QUOTED_WORDS`] words outside double quotes.
pub(super) fn single_quotes(text: &str, taken: &[Range<usize>], para: usize) -> Vec<Raw> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut taken = taken.to_vec();
    taken.sort_by_key(|r| r.start);
    let inside = |i: usize| {
        let k = taken.partition_point(|r| r.start <= i);
        k > 0 && taken[k - 1].contains(&i)
    };
    for (i, c) in text.char_indices() {
        if !matches!(c, '\u{2018}' | '\u{2019}') && !is_double(c) {
            continue;
        }
        if is_double(c) || inside(i) {
            open = None;
            continue;
        }
        match c {
            '\u{2018}'
                if char_after(text, i + 3).is_some_and(char::is_alphanumeric)
                    && char_before(text, i).is_none_or(|b| !b.is_alphanumeric()) =>
            {
                open = Some(i);
            }
            '\u{2019}' => {
                let glued = char_after(text, i + 3).is_some_and(char::is_alphanumeric);
                if let (Some(o), false) = (open, glued) {
                    let content = o + 3..i;
                    if tokens(&text[content.clone()]).len() >= MIN_SINGLE_QUOTED_WORDS {
                        out.push(Raw { pieces: vec![Piece { para, open: o, content, close: i + 3 }] });
                    }
                    open = None;
                }
            }
            _ => {}
        }
    }
    out
}

/// A Russian-style continuation: `“…,” said X. – Now it is …` (the words after the dash are quoted too).
pub(super) fn dash_quote(text: &str, regions: &[Region], para: usize) -> Option<Raw> {
    let last = regions.last()?;
    let rest = text.get(last.close..)?;
    let terminator = rest.find(['.', '!', '?'])?;
    let head = &rest[..terminator];
    if !tokens(head).iter().any(|t| is_cue_word(&t.word)) || head.contains(is_double) {
        return None;
    }
    let after = &rest[terminator + 1..];
    let trimmed = after.trim_start();
    let dash = trimmed.chars().next().filter(|c| matches!(c, '–' | '—' | '-'))?;
    let words = trimmed[dash.len_utf8()..].trim_start();
    if !words.chars().next().is_some_and(char::is_uppercase) || words.contains(is_double) {
        return None;
    }
    let start = text.len() - words.len();
    let open = text.len() - trimmed.len();
    // `– No doubt about it, – he added.`: a second dash hands back to the narrator.
    let end = words
        .char_indices()
        .filter(|&(i, c)| is_dash(c) && words[..i].ends_with(' '))
        .find(|&(i, c)| {
            let after = words[i + c.len_utf8()..].trim_start();
            after.chars().next().is_some_and(char::is_lowercase)
                && tokens(after.split(['.', '!', '?']).next().unwrap_or(""))
                    .iter()
                    .any(|t| is_cue_word(&t.word))
        })
        .map_or(text.len(), |(i, _)| start + i);
    Some(Raw { pieces: vec![Piece { para, open, content: start..end, close: end }] })
}
