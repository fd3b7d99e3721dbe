//! Direct quotations with their speakers, the same quotation across sources, and word-level differences.
//!
//! [`extract`] pairs quotation marks paragraph by paragraph, tolerating what machine translation and
//! re-publishing do to them: curly marks the wrong way round (`, ”said X`, `. “` closing a paragraph, `“he
//! said,”` inverted), a quote left open before the next one starts, a quote continued into the next
//! paragraph (which opens with a mark), a nested quote in the same marks (`his whole “empire”, for`), and
//! a Russian-style dash continuation (`“…,” said X. – Now it is …`). Single curly quotes count only when
//! they hold at least [`MIN_SINGLE_QUOTED_WORDS`] words; shorter ones are scare quotes (`‘protection’`).
//!
//! The speaker comes from the words around each quote, in this order: an attribution right after it
//! (`“…,” said X`, `“…,” X said`, `X, a spokeswoman for …, told …`, `” , did he declare`), one before it in
//! the same sentence (`X said: “…`, `X told … that … “…`, `According to X, … “…`), another quote of the
//! same sentence, and the quote before it in the paragraph. A pronoun resolves to the last speaker named
//! in the source before it (named people and anonymous descriptors alike); `an Afghan soldier, who
//! identified himself as Karim` names Karim.
//!
//! [`cluster`] groups occurrences of one statement across sources (reworded by translation too) with an
//! inverted index of content-word stems weighted by rarity, and [`word_diff`] shows how two wordings
//! differ.
//!
//! ```
//! use dossier::quotes::{cluster, extract, Paragraph};
//! let paragraphs = [
//!     Paragraph { source: "a", index: 1, text: "The terrorists “collect money from different parts of the world \
//!         and give it to the Taliban,” the official explained." },
//!     Paragraph { source: "b", index: 4, text: "According to the official, the terrorists “collect money from \
//!         different parts of the world and transfer it to the Taliban.”" },
//! ];
//! let quotes = extract(&paragraphs);
//! assert_eq!(quotes[0].speaker.as_deref(), Some("the official"));
//! assert_eq!(quotes[1].speaker_cue.as_deref(), Some("according to"));
//! let clusters = cluster(&quotes);
//! assert_eq!(clusters.len(), 1);
//! assert_eq!(clusters[0].id, "q-collect-money-from-different-parts-of");
//! ```

use dossier_core::text::{fold, tokenize, Token};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// Fewest words a single-quoted (‘…’) passage needs to count as a quotation rather than a scare quote.
pub const MIN_SINGLE_QUOTED_WORDS: usize = 3;

/// One paragraph of a source, as numbered on its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph<'a> {
    /// The source id.
    pub source: &'a str,
    /// The paragraph's anchor number in its source, from 1 (`p1`, `p2`, …).
    pub index: usize,
    /// The paragraph's text.
    pub text: &'a str,
}

/// A direct quotation found in a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The source id.
    pub source: String,
    /// The anchor number of the paragraph where the quotation starts.
    pub paragraph: usize,
    /// Byte range of the quoted words in that paragraph's text, without the quotation marks.
    pub span: Range<usize>,
    /// For a quotation that runs on into the next paragraphs: their anchor numbers and byte ranges.
    pub continued: Vec<(usize, Range<usize>)>,
    /// The quoted words exactly as in the source, pieces from several paragraphs joined with a space.
    pub text: String,
    /// The speaker as the text names them (`Sami Sadat`, `a senior Afghan intelligence official`), with
    /// ranks and titles dropped from names; `None` when the text does not say.
    pub speaker: Option<String>,
    /// The word that attributes it, lower-cased (`said`, `told`, `explained`, `according to`).
    pub speaker_cue: Option<String>,
}

/// Finds every quotation in the paragraphs, with its speaker.
///
/// The paragraphs may come from several sources; each source's paragraphs must be in order. Quotes come
/// back grouped by source (in order of first appearance), then in reading order.
pub fn extract(paragraphs: &[Paragraph]) -> Vec<Quote> {
    let mut order: Vec<&str> = Vec::new();
    let mut by_source: BTreeMap<&str, Vec<&Paragraph>> = BTreeMap::new();
    for p in paragraphs {
        let list = by_source.entry(p.source).or_default();
        if list.is_empty() {
            order.push(p.source);
        }
        list.push(p);
    }
    order.iter().flat_map(|s| extract_source(by_source.get(s).map(Vec::as_slice).unwrap_or(&[]))).collect()
}

/// [`tokenize`] over pieces of a few KiB cut at whitespace, with spans in the whole text. Words never span
/// whitespace, so the result is the same; `tokenize` maps each word back with a scan from the start of its
/// text, which makes one call on a long paragraph quadratic.
fn tokens(text: &str) -> Vec<Token> {
    const PIECE: usize = 4096;
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + PIECE).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        end = text.get(end..).and_then(|rest| rest.find(char::is_whitespace)).map_or(text.len(), |k| end + k);
        out.extend(
            tokenize(&text[start..end])
                .into_iter()
                .map(|t| Token { word: t.word, span: t.span.start + start..t.span.end + start }),
        );
        start = end;
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// Quotation marks

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    end: usize,
    glyph: char,
}

fn is_double(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{AB}' | '\u{BB}')
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

fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

fn char_after(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
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
struct Piece {
    /// Index of the paragraph within its source.
    para: usize,
    /// Start of the opening mark (or of the words, when there is none).
    open: usize,
    content: Range<usize>,
    /// End of the closing mark (or of the words).
    close: usize,
}

#[derive(Debug, Clone, Default)]
struct Raw {
    pieces: Vec<Piece>,
}

struct OpenQuote {
    glyph: char,
    open: usize,
    content_start: usize,
    done: Vec<Piece>,
}

/// Pairs the double quotation marks of one source's paragraphs.
fn pair_double(texts: &[&str]) -> Vec<Raw> {
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
    let mut best = None;
    for (i, c) in slice.char_indices() {
        if matches!(c, '.' | '!' | '?') {
            let after = i + c.len_utf8();
            let rest = &slice[after..];
            let trimmed = rest.trim_start();
            if rest.len() > trimmed.len() && trimmed.chars().next().is_some_and(char::is_uppercase) {
                best = Some(start + after);
            }
        }
    }
    best.unwrap_or(before)
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
fn single_quotes(text: &str, taken: &[Range<usize>], para: usize) -> Vec<Raw> {
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
fn dash_quote(text: &str, regions: &[Region], para: usize) -> Option<Raw> {
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

// ---------------------------------------------------------------------------------------------------------
// Layout of one paragraph: quoted regions, sentences, attribution cues

#[derive(Debug, Clone)]
struct Region {
    open: usize,
    content: Range<usize>,
    close: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Subject {
    Named(String),
    Pronoun,
    /// The speaker of the clause this one depends on (`…, adding that`, `… and has indicated that`).
    Inherit,
    Unknown,
}

#[derive(Debug, Clone)]
struct Cue {
    pos: usize,
    end: usize,
    word: String,
    subject: Subject,
}

struct Layout<'t> {
    text: &'t str,
    regions: Vec<Region>,
    starts: Vec<usize>,
    cues: Vec<Cue>,
    tokens: Vec<Token>,
}

impl<'t> Layout<'t> {
    fn new(text: &'t str, mut regions: Vec<Region>) -> Self {
        regions.sort_by_key(|r| r.open);
        let tokens = tokens(text);
        let mut layout = Layout { text, regions, starts: Vec::new(), cues: Vec::new(), tokens };
        layout.starts = layout.sentence_starts();
        layout.cues = layout.find_cues();
        layout
    }

    fn in_region(&self, pos: usize) -> bool {
        let i = self.regions.partition_point(|r| r.open <= pos);
        i > 0 && pos < self.regions[i - 1].close
    }

    /// Sentence starts in narrative text, and after a quote that ends a sentence.
    fn sentence_starts(&self) -> Vec<usize> {
        let text = self.text;
        let mut starts = vec![0];
        for (i, c) in text.char_indices() {
            if matches!(c, '.' | '!' | '?') && !self.in_region(i) && !(c == '.' && abbreviation(text, i)) {
                if let Some(q) = next_sentence(text, i + 1) {
                    starts.push(q);
                }
            }
        }
        for r in &self.regions {
            let words = text.get(r.content.clone()).unwrap_or("").trim_end();
            if words.ends_with(['.', '!', '?', '…']) {
                if let Some(q) = next_sentence(text, r.close) {
                    starts.push(q);
                }
            }
        }
        starts.sort_unstable();
        starts.dedup();
        starts
    }

    fn sentence_start(&self, pos: usize) -> usize {
        let i = self.starts.partition_point(|&s| s <= pos);
        if i == 0 {
            0
        } else {
            self.starts[i - 1]
        }
    }

    fn sentence_end(&self, pos: usize) -> usize {
        let i = self.starts.partition_point(|&s| s <= pos);
        self.starts.get(i).copied().unwrap_or(self.text.len())
    }

    /// The end of the last quoted region that closes at or before `pos`, or 0.
    fn region_close_before(&self, pos: usize) -> usize {
        // Regions are sorted and do not overlap, so their closes are sorted too.
        let i = self.regions.partition_point(|r| r.close <= pos);
        i.checked_sub(1).map_or(0, |i| self.regions[i].close)
    }

    /// The start of the first quoted region that opens at or after `pos`, or the paragraph's end.
    fn region_open_after(&self, pos: usize) -> usize {
        let i = self.regions.partition_point(|r| r.open < pos);
        self.regions.get(i).map_or(self.text.len(), |r| r.open)
    }

    /// The cues that start in `from..to`.
    fn cues_in(&self, from: usize, to: usize) -> &[Cue] {
        let a = self.cues.partition_point(|c| c.pos < from);
        let b = self.cues.partition_point(|c| c.pos < to).max(a);
        &self.cues[a..b]
    }

    fn find_cues(&self) -> Vec<Cue> {
        let text = self.text;
        let narrative: Vec<&Token> = self.tokens.iter().filter(|t| !self.in_region(t.span.start)).collect();
        let mut cues = Vec::new();
        for (k, t) in narrative.iter().enumerate() {
            let original = &text[t.span.clone()];
            let lower = original.chars().next().is_some_and(char::is_lowercase);
            let (word, end) = if t.word == "according" && narrative.get(k + 1).is_some_and(|n| n.word == "to")
            {
                ("according to".to_string(), narrative[k + 1].span.end)
            } else if is_cue_word(&t.word) && lower {
                (t.word.clone(), t.span.end)
            } else {
                continue;
            };
            let passive = k > 0
                && matches!(
                    narrative[k - 1].word.as_str(),
                    "is" | "was" | "are" | "were" | "be" | "been" | "being"
                );
            if passive {
                continue;
            }
            let subject = self.subject_of(t.span.start, end, &word);
            cues.push(Cue { pos: t.span.start, end, word, subject });
        }
        cues
    }

    /// Who does the speaking for a cue word at `pos..end`.
    fn subject_of(&self, pos: usize, end: usize, word: &str) -> Subject {
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

fn is_dash(c: char) -> bool {
    matches!(c, '–' | '—' | '-')
}

/// Where the next sentence starts after a terminator that ends at `from`: whitespace, then an upper-case
/// letter, a digit, an opening mark or a dash.
fn next_sentence(text: &str, from: usize) -> Option<usize> {
    let mut at = from;
    // closing brackets and quotes glued to the terminator
    while let Some(c) = char_after(text, at).filter(|c| matches!(c, ')' | ']' | '\'' | '\u{2019}')) {
        at += c.len_utf8();
    }
    let rest = text.get(at..)?;
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() || trimmed.is_empty() {
        return None;
    }
    let c = trimmed.chars().next()?;
    (c.is_uppercase() || c.is_ascii_digit() || is_double(c) || c == '\u{2018}' || is_dash(c))
        .then_some(text.len() - trimmed.len())
}

/// A period after an abbreviation (`Lt.`, `Col.`, `U.S.`, an initial) does not end a sentence.
fn abbreviation(text: &str, dot: usize) -> bool {
    let before = text.get(..dot).unwrap_or("");
    let word: String = before.chars().rev().take_while(|c| c.is_alphabetic() || *c == '.').collect();
    let word: String = word.chars().rev().collect();
    let last = word.rsplit('.').next().unwrap_or("");
    (last.chars().count() == 1 && last.chars().all(char::is_uppercase))
        || matches!(
            last,
            "Lt" | "Col"
                | "Gen"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Dr"
                | "St"
                | "Jr"
                | "Sr"
                | "Sgt"
                | "Capt"
                | "Maj"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Prof"
                | "No"
                | "vs"
                | "Jan"
                | "Feb"
                | "Aug"
                | "Sept"
                | "Oct"
                | "Nov"
                | "Dec"
        )
}

fn head(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut at = max;
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    &s[..at]
}

fn tail(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut at = s.len() - max;
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

// ---------------------------------------------------------------------------------------------------------
// Words of attribution

const CUES: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "explain",
    "explains",
    "explained",
    "explaining",
    "notes",
    "noted",
    "noting",
    "states",
    "stated",
    "stating",
    "declare",
    "declares",
    "declared",
    "declaring",
    "mentions",
    "mentioned",
    "mentionned",
    "argue",
    "argues",
    "argued",
    "arguing",
    "claimed",
    "insists",
    "insisted",
    "insisting",
    "maintains",
    "maintained",
    "warns",
    "warned",
    "warning",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "recalled",
    "recalls",
    "acknowledged",
    "admitted",
    "admits",
    "confirmed",
    "confirms",
    "highlighted",
    "highlights",
    "indicated",
    "indicates",
    "announced",
    "announces",
    "announcing",
    "reported",
    "wrote",
    "writes",
    "asked",
    "replied",
    "responded",
    "echoed",
    "expressed",
    "promised",
    "pledged",
    "vowed",
    "spoke",
    "speaks",
    "speaking",
    "tweeted",
    "asserted",
    "asserts",
    "suggested",
    "described",
];

fn is_cue_word(w: &str) -> bool {
    CUES.contains(&w)
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it"];

const DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "another", "several", "some", "many", "two", "three", "four", "his", "her",
    "their", "its", "this", "these", "those", "other", "both",
];

const PERSON_NOUNS: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "member",
    "members",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "officer",
    "officers",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "diplomat",
    "diplomats",
    "soldier",
    "soldiers",
    "fighter",
    "fighters",
    "commander",
    "commanders",
    "leader",
    "leaders",
    "residents",
    "witnesses",
    "authorities",
    "police",
    "militants",
    "aides",
    "minister",
    "ministers",
    "report",
];

const TITLES: &[&str] = &[
    "president",
    "gen",
    "general",
    "lt",
    "col",
    "colonel",
    "lieutenant",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "senator",
    "rep",
    "secretary",
    "minister",
    "prime",
    "maj",
    "major",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "prof",
    "professor",
    "vice",
    "defense",
    "foreign",
    "state",
];

const TRAILING_AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "then",
    "later",
    "again",
    "repeatedly",
    "previously",
    "recently",
    "reportedly",
    "further",
    "once",
    "and",
    "but",
    "would",
    "will",
    "did",
    "does",
    "do",
    "just",
    "already",
    "is",
    "was",
    "were",
    "are",
    "not",
    "never",
    "still",
    "publicly",
    "earlier",
    "separately",
];

const LEADING_STRIP: &[&str] =
    &["and", "but", "so", "then", "meanwhile", "however", "also", "did", "does", "do", "yet"];

/// Words that end a name or descriptor after a cue (`said X on May 27`, `according to X released …`).
const NP_STOPS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "last",
    "yesterday",
    "today",
    "when",
    "while",
    "after",
    "before",
    "adding",
    "that",
    "to",
    "who",
    "as",
    "according",
    "released",
    "issued",
    "published",
    "obtained",
    "seen",
    "cited",
    "quoted",
    "shared",
    "speaking",
    "which",
    "and",
    "but",
];

const PREPOSITIONS: &[&str] = &[
    "by", "to", "from", "with", "for", "on", "at", "in", "into", "against", "about", "that", "which", "who",
];

fn words_of(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

fn lower(w: &str) -> String {
    fold(w.trim_matches(|c: char| !c.is_alphanumeric()))
}

fn capitalized(w: &str) -> bool {
    w.trim_start_matches(|c: char| !c.is_alphanumeric()).chars().next().is_some_and(char::is_uppercase)
}

fn is_particle(w: &str) -> bool {
    matches!(
        lower(w).as_str(),
        "al" | "bin" | "ibn" | "de" | "del" | "la" | "van" | "von" | "der" | "el" | "da"
    )
}

/// All words capitalized (name particles allowed), not led by a determiner or a function word.
fn is_proper(words: &[&str]) -> bool {
    !words.is_empty()
        && words.len() <= 6
        && capitalized(words[0])
        && !DETERMINERS.contains(&lower(words[0]).as_str())
        && !matches!(
            lower(words[0]).as_str(),
            "for"
                | "in"
                | "on"
                | "at"
                | "with"
                | "when"
                | "however"
                | "but"
                | "and"
                | "after"
                | "before"
                | "since"
                | "while"
                | "as"
                | "if"
                | "according"
                | "meanwhile"
                | "earlier"
                | "despite"
        )
        && words.iter().all(|w| capitalized(w) || is_particle(w))
}

fn strip_titles(name: &str) -> String {
    let words = words_of(name);
    let mut start = 0;
    while start + 1 < words.len() && TITLES.contains(&lower(words[start]).as_str()) {
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
fn cut_interview_clause(s: &str) -> &str {
    let l = s.to_ascii_lowercase();
    [" who spoke", " speaking to", " speaking on", " who talked", " who asked", " who was speaking"]
        .iter()
        .filter_map(|p| l.find(p))
        .min()
        .and_then(|i| s.get(..i))
        .unwrap_or(s)
}

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
    if DETERMINERS.contains(&first.as_str()) {
        return (words.len() <= 12).then(|| chunk.clone());
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
fn subject_before(clause: &str) -> Subject {
    let clause = without_parentheses(clause);
    let chunks: Vec<String> = clause.split(',').map(clean).filter(|c| !c.is_empty()).collect();
    let Some(last) = chunks.last() else { return Subject::Inherit };
    let mut words = words_of(last);
    loop {
        let before = words.len();
        while words.last().is_some_and(|w| TRAILING_AUX.contains(&lower(w).as_str())) {
            words.pop();
        }
        if words.last().is_some_and(|w| lower(w) == "to") && words.len() >= 2 {
            // `chose to`, `went on to`, `tried to`
            words.truncate(words.len() - 2);
            if words.last().is_some_and(|w| lower(w) == "went") {
                words.pop();
            }
        }
        while words.first().is_some_and(|w| LEADING_STRIP.contains(&lower(w).as_str())) {
            words.remove(0);
        }
        if words.len() == before {
            break;
        }
    }
    if words.is_empty() {
        return Subject::Inherit;
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

/// The speaker named after a cue word (`said the channel’s source`, `according to the official`,
/// `said an Afghan soldier, who identified himself as Karim`).
fn subject_after(after: &str, allow_pronoun: bool) -> Subject {
    let after = without_parentheses(after);
    let phrase_end = after.find([',', '.', ';', ':', '!', '?']).unwrap_or(after.len());
    let phrase = &after[..phrase_end];
    let mut words = Vec::new();
    for w in words_of(phrase) {
        if !words.is_empty() && NP_STOPS.contains(&lower(w).as_str()) {
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
    for marker in [
        "identified himself as ",
        "identified herself as ",
        "gave his name as ",
        "gave her name as ",
        "known as ",
    ] {
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

// ---------------------------------------------------------------------------------------------------------
// Extraction per source

#[derive(Debug, Clone)]
struct Attribution {
    speaker: Option<String>,
    cue: Option<String>,
}

fn extract_source(paragraphs: &[&Paragraph]) -> Vec<Quote> {
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

// ---------------------------------------------------------------------------------------------------------
// Clustering

/// One statement and every quote of it, across sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cluster {
    /// Stable id: `q-` and the first words of its earliest member (in input order), made unique with a
    /// numeric suffix.
    pub id: String,
    /// Indices into the quotes given to [`cluster`], the best representative first, then in input order.
    pub members: Vec<usize>,
    /// The most specific speaker the members name: a name before a descriptor, a longer descriptor before
    /// a shorter one.
    pub speaker: Option<String>,
}

/// Stems of content words that occur in more than this many quotes are not used to find candidates.
const MAX_POSTINGS: usize = 64;
/// Rarity-weighted cosine of two quotes' content stems from which they are one statement. On the seeds the
/// rewordings of one statement score 0.57–0.87 and different statements at most 0.39.
pub const SAME_STATEMENT_COSINE: f64 = 0.45;
/// Share of the shorter quote's weighted content stems found in the longer from which a reworded fragment
/// counts as part of the longer statement (with a cosine of at least 0.25).
pub const SAME_STATEMENT_CONTAINED: f64 = 0.85;

struct Features {
    words: Vec<String>,
    stems: BTreeSet<String>,
}

fn features(q: &Quote) -> Features {
    let words: Vec<String> = tokens(&q.text).into_iter().map(|t| t.word).collect();
    let stems = words.iter().filter(|w| !is_stopword(w)).map(|w| stem(w)).collect();
    Features { words, stems }
}

const STOPWORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "is",
    "are", "was", "were", "be", "been", "being", "it", "its", "it's", "this", "that", "these", "those", "he",
    "she", "they", "we", "i", "you", "his", "her", "their", "our", "them", "him", "us", "as", "not", "no",
    "so", "if", "than", "then", "there", "here", "which", "who", "whom", "what", "when", "where", "while",
    "also", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may",
    "might", "into", "about", "only", "very", "all", "any", "each", "such", "own", "same", "other", "more",
];

fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(&w)
}

/// A crude English stem: enough to match `strategic`/`strategically`, `think`/`thinking`, `continues`/
/// `continuing` across translations.
fn stem(w: &str) -> String {
    let mut w = w.trim_end_matches("'s").to_string();
    if w.ends_with("ically") {
        w.truncate(w.len() - 4);
    }
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w.pop();
    }
    if w.len() > 5 && w.ends_with("ing") {
        w.truncate(w.len() - 3);
    } else if w.len() > 4 && (w.ends_with("ed") || w.ends_with("ly")) {
        w.truncate(w.len() - 2);
    }
    w.chars().take(6).collect()
}

/// How alike two quotes are when they are the same statement (0.0..=1.0), or `None` when they are not.
fn same_statement(
    a: &Features,
    b: &Features,
    qa: &Quote,
    qb: &Quote,
    idf: &BTreeMap<&str, f64>,
) -> Option<f64> {
    if a.words.is_empty() || b.words.is_empty() {
        return None;
    }
    if a.words == b.words {
        return Some(1.0);
    }
    let (short, long) = if a.words.len() <= b.words.len() { (a, b) } else { (b, a) };
    let contiguous = long.words.windows(short.words.len()).any(|w| w == short.words.as_slice());
    let same_speaker = match (&qa.speaker, &qb.speaker) {
        (Some(x), Some(y)) => fold(x) == fold(y),
        _ => false,
    };
    if contiguous && ((short.words.len() >= 3 && !short.stems.is_empty()) || same_speaker) {
        return Some(1.0);
    }
    let shared: BTreeSet<&String> = a.stems.intersection(&b.stems).collect();
    if shared.len() < 3 {
        return None;
    }
    let weight = |s: &mut dyn Iterator<Item = &String>| {
        s.map(|w| idf.get(w.as_str()).copied().unwrap_or(1.0)).sum::<f64>()
    };
    let (wa, wb) = (weight(&mut a.stems.iter()), weight(&mut b.stems.iter()));
    let ws = weight(&mut shared.into_iter());
    if wa <= 0.0 || wb <= 0.0 {
        return None;
    }
    let contained = ws / wa.min(wb);
    let cosine = ws / (wa * wb).sqrt();
    let same = cosine >= SAME_STATEMENT_COSINE || (contained >= SAME_STATEMENT_CONTAINED && cosine >= 0.25);
    same.then_some(cosine)
}

/// Groups the quotes into statements. Deterministic; a statement may have one quote.
///
/// Candidates come from an inverted index of content-word stems (no comparison of all pairs); two
/// quotes are one statement when one's words appear in the other as a run (at least three words, or
/// fewer with the same speaker), or when the rarity-weighted share of the smaller one's content stems
/// found in the other gives a cosine of at least [`SAME_STATEMENT_COSINE`] (or the shorter is almost all
/// in the longer: [`SAME_STATEMENT_CONTAINED`]), with at least three stems shared. Groups are closed
/// transitively.
pub fn cluster(quotes: &[Quote]) -> Vec<Cluster> {
    let feats: Vec<Features> = quotes.iter().map(features).collect();
    let mut postings: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, f) in feats.iter().enumerate() {
        for s in &f.stems {
            postings.entry(s.as_str()).or_default().push(i);
        }
    }
    let n = quotes.len().max(1) as f64;
    let idf: BTreeMap<&str, f64> =
        postings.iter().map(|(s, p)| (*s, (1.0 + n / p.len() as f64).ln())).collect();
    let mut candidates: BTreeSet<(usize, usize)> = BTreeSet::new();
    for list in postings.values().filter(|p| p.len() <= MAX_POSTINGS) {
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                candidates.insert((i, j));
            }
        }
    }
    // Identical short quotes (`missing out` twice) have no content stems to meet on.
    let mut by_words: BTreeMap<&[String], usize> = BTreeMap::new();
    for (i, f) in feats.iter().enumerate() {
        if let Some(&j) = by_words.get(f.words.as_slice()) {
            candidates.insert((j, i));
        } else {
            by_words.insert(f.words.as_slice(), i);
        }
    }
    let mut parent: Vec<usize> = (0..quotes.len()).collect();
    let mut score = vec![0.0f64; quotes.len()];
    for &(i, j) in &candidates {
        if let Some(s) = same_statement(&feats[i], &feats[j], &quotes[i], &quotes[j], &idf) {
            score[i] += s;
            score[j] += s;
            let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
            parent[ri.max(rj)] = ri.min(rj);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..quotes.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    groups
        .into_values()
        .map(|mut members| {
            let best = members.iter().copied().max_by(|&x, &y| {
                let key = |i: usize| (quotes[i].speaker.is_some(), feats[i].words.len());
                score[x]
                    .partial_cmp(&score[y])
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(key(x).cmp(&key(y)))
                    .then(y.cmp(&x))
            });
            if let Some(best) = best {
                members.retain(|&m| m != best);
                members.insert(0, best);
            }
            let earliest = members.iter().copied().min().unwrap_or(0);
            let base = format!("q-{}", slug(feats.get(earliest).map_or(&[][..], |f| f.words.as_slice())));
            let count = used.entry(base.clone()).or_default();
            *count += 1;
            let id = if *count == 1 { base } else { format!("{base}-{count}") };
            let speaker = best_speaker(quotes, &members);
            Cluster { id, members, speaker }
        })
        .collect()
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn slug(words: &[String]) -> String {
    let s: Vec<String> = words
        .iter()
        .take(6)
        .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    if s.is_empty() {
        "quote".to_string()
    } else {
        s.join("-")
    }
}

fn best_speaker(quotes: &[Quote], members: &[usize]) -> Option<String> {
    members
        .iter()
        .filter_map(|&i| quotes[i].speaker.as_deref())
        .enumerate()
        .max_by_key(|&(k, s)| {
            let words = words_of(s);
            let named = is_proper(&words);
            (named, words.len(), std::cmp::Reverse(k))
        })
        .map(|(_, s)| s.to_string())
}

// ---------------------------------------------------------------------------------------------------------
// Word differences

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

    /// Extracts the quotes of one source given as paragraphs.
    fn quotes(paragraphs: &[&str]) -> Vec<Quote> {
        let ps: Vec<Paragraph> = paragraphs
            .iter()
            .enumerate()
            .map(|(i, t)| Paragraph { source: "s", index: i + 1, text: t })
            .collect();
        extract(&ps)
    }

    /// `(text, speaker)` pairs.
    fn said(paragraphs: &[&str]) -> Vec<(String, Option<String>)> {
        quotes(paragraphs).into_iter().map(|q| (q.text, q.speaker)).collect()
    }

    fn pair(text: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (text.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn said_after_the_quote_and_a_dash_continuation() {
        let got =
            said(&["“This is now much deeper than we think,” said the channel’s source. – Now it is not \
            only an ideological connection, it is also family ties. There are mixed marriages. "]);
        assert_eq!(
            got,
            vec![
                pair("This is now much deeper than we think", Some("the channel’s source")),
                pair(
                    "Now it is not only an ideological connection, it is also family ties. There are mixed marriages.",
                    Some("the channel’s source")
                ),
            ]
        );
    }

    #[test]
    fn name_before_an_apposition_and_the_next_quote_of_the_paragraph() {
        let got = said(&["“They are not only fighting, but also training the Taliban to make IEDs,” said Sami \
            Sadat, commanding general of the 215 Maiwand Corps of the. Afghan Army, a specialized unit from the \
            southern provinces. “Al Qaeda has been quite active since February of last year.”"]);
        assert_eq!(got[0].1.as_deref(), Some("Sami Sadat"));
        assert_eq!(
            got[1],
            pair("Al Qaeda has been quite active since February of last year.", Some("Sami Sadat"))
        );
    }

    #[test]
    fn a_descriptor_who_identified_himself_names_the_speaker_and_he_resolves_to_him() {
        let got = said(&[
            "“As a soldier on the ground, I can verify that Al Qaeda and the Taliban are still fighting together. We \
             saw them, fought and killed them, ”said an Afghan soldier, who identified himself as Karim to protect \
             his identity.",
            "Karim fought on the front lines in the southern provinces of Afghanistan and told the Daily Beast that he \
             had met foreign fighters associated with Al Qaeda from Pakistan, China, Chechnya and ‘other. \
             “Al-Qaeda operatives generally assist the Taliban in more complex operations,” he said.",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Karim"));
        assert!(got[0].0.ends_with("killed them"), "{}", got[0].0);
        assert_eq!(got[1].1.as_deref(), Some("Karim"));
    }

    #[test]
    fn a_pronoun_resolves_to_the_last_speaker_named_before_it() {
        let got = said(&[
            "“We saw them,” said Karim.",
            "The Afghan spy official echoed similar sentiments. “They are linked, not only by ideology, but also by \
             blood and marriage,” he said. “They will not fight them, not now, or when the United States leaves,” \
             he added.",
        ]);
        assert_eq!(got[1].1.as_deref(), Some("The Afghan spy official"));
        assert_eq!(got[2].1.as_deref(), Some("The Afghan spy official"));
        let q = quotes(&["President Joe Biden has staked much of his plan on the terror group no longer being a \
            threat. When announcing the withdrawal, he said that the US had gone to Afghanistan to be sure it could \
            “not be used as a base from which to attack our homeland again.” With al Qaeda “degraded,” it had \
            “accomplished that objective,” he maintained."]);
        let speakers: Vec<_> = q.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Joe Biden"); 3]);
        assert_eq!(q[2].speaker_cue.as_deref(), Some("maintained"));
        // No one named before: no speaker rather than a guess.
        assert_eq!(said(&["“We will win,” he said."])[0].1, None);
    }

    #[test]
    fn an_unclosed_quote_ends_where_the_next_one_opens() {
        let got = said(&["Sohail Shaheen, a prominent member of the Taliban negotiating team, told the Daily Beast \
            that the Biden administration’s failure to meet the original May 1 withdrawal deadline meant all bets were \
            off: “The United States violated the agreement. Now the Taliban reserve the right to attack. Shaheen added \
            that the Taliban now had “a large number of volunteers on the waiting list to join the Jihad.”"]);
        assert_eq!(
            got,
            vec![
                pair(
                    "The United States violated the agreement. Now the Taliban reserve the right to attack.",
                    Some("Sohail Shaheen")
                ),
                pair("a large number of volunteers on the waiting list to join the Jihad.", Some("Shaheen")),
            ]
        );
    }

    #[test]
    fn an_inverted_he_said_splits_the_quote() {
        let got = said(&["A former Taliban minister who spoke to The Daily Beast described Al-Qaeda-Taliban joint \
            efforts in even more cruel terms: “If [we] cannot come to a political agreement and the violence \
            continues, “he said,” so the Taliban will allow anyone who can be a pain in the ass for Americans to join \
            them. “"]);
        assert_eq!(
            got,
            vec![
                pair("If [we] cannot come to a political agreement and the violence continues", Some("A former Taliban minister")),
                pair(
                    "so the Taliban will allow anyone who can be a pain in the ass for Americans to join them.",
                    Some("A former Taliban minister")
                ),
            ]
        );
    }

    #[test]
    fn a_quote_inside_a_quote_stays_inside() {
        let got = said(&[
            "“Based on our intelligence, we estimate that 6,000 to 10,000 Taliban fighters have pledged allegiance to \
             Al Qaeda,” an official from the National Security Directorate told The Daily Beast, the Afghan spy \
             agency. the condition of anonymity. “These are Taliban members who see them as allies.” , did he declare.",
            "“Let us not forget that Mullah Omar [founder of the Taliban] sacrificed his islamic emirate, his whole \
             “empire”, for Osama bin Laden. So many fighters will never violate this relationship, ”he explained.",
        ]);
        let official = Some("an official from the National Security Directorate");
        assert_eq!(got.len(), 3);
        assert!(got.iter().all(|(_, s)| s.as_deref() == official), "{got:?}");
        assert_eq!(got[1].0, "These are Taliban members who see them as allies.");
        assert!(got[2].0.contains("his whole “empire”, for Osama bin Laden. So many"), "{}", got[2].0);
        assert!(got[2].0.ends_with("this relationship"));
    }

    #[test]
    fn according_to_and_a_dash_before_the_cue() {
        let got = quotes(&[
            "According to Afghan sources CNN, the Taliban provided safe haven to al-Qaeda “in exchange for expertise in \
             fundraising and bomb-making.” According to the official, the terrorists “collect money from different \
             parts of the world and transfer it to the Taliban.”",
            "“They train suicide bombers and help them think strategically. In turn, the Taliban provide them with \
             shelter”, – he explained.",
        ]);
        let got: Vec<_> = got.iter().map(|q| (q.speaker.as_deref(), q.speaker_cue.as_deref())).collect();
        assert_eq!(
            got,
            vec![
                (Some("Afghan sources CNN"), Some("according to")),
                (Some("the official"), Some("according to")),
                (Some("the official"), Some("explained")),
            ]
        );
    }

    #[test]
    fn attributions_translated_word_for_word() {
        let un = said(&[
            "“Senior al-Qaeda leaders remain present in Afghanistan. A number of prominent Al Qaeda \
            figures have been killed in Afghanistan during the reporting period, ”UN report says declared.",
        ]);
        assert_eq!(un[0].1.as_deref(), Some("UN report"));
        let biden = quotes(&["In his announcement of the new 9/11 withdrawal date last month, President Joe Biden \
            argued that post-bin Laden al-Qaeda was no longer a threat to the United States. “We entered the war with \
            clear objectives. Bin Laden is dead and Al Qaeda is degraded in Afghanistan. And it’s time to end the \
            Eternal War, ”he mentionned."]);
        assert_eq!(biden[0].speaker.as_deref(), Some("Joe Biden"));
        assert_eq!(biden[0].speaker_cue.as_deref(), Some("mentionned"));
    }

    #[test]
    fn ranks_and_appositions_around_a_name() {
        let got = said(&["Lt. Col. Karen Roxberry, a spokeswoman for the US Central Command (CENTCOM, covering the \
            Middle East), said she was “unaware of the link” between the Afghan raid and strikes in Syrian Idlib."]);
        assert_eq!(got, vec![pair("unaware of the link", Some("Karen Roxberry"))]);
        let got = said(&["Security experts monitoring the insurgencies agreed with the forces on the ground. “I don’t \
            see any significant rift between the Taliban and al-Qaeda. The relationship remains intact, ”Ali Mir \
            Asfandyar, postdoctoral fellow at Stanford University’s Center for International Security and \
            Cooperation, told The Daily Beast."]);
        assert_eq!(got[0].1.as_deref(), Some("Ali Mir Asfandyar"));
        let got = said(&["For his part, the coordinator of the United Nations Taliban, Al Qaeda and Islamic State \
            Monitoring Team, Edmund Fitton-Brown, said in October that this terrorist organization continues to be \
            “strongly integrated” with the Taliban.",
            "“The Taliban were speaking periodically and at a very high level with Al Qaeda,” said Fitton-Brown, \
             adding that their relations “have not changed substantially” since the signing of the agreement."]);
        let speakers: Vec<_> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Edmund Fitton-Brown"), Some("Fitton-Brown"), Some("Fitton-Brown")]);
    }

    #[test]
    fn a_sentence_final_attribution_but_not_across_an_aside() {
        let got = said(&["Washington: Al-Qaeda’s bond with Taliban is “now much deeper” than the world thinks as the \
            former’s terrorists are given sanctuary by the Taliban in exchange for expertise in fund-raising and \
            bomb-making, a senior Afghan intelligence official said."]);
        assert_eq!(got, vec![pair("now much deeper", Some("a senior Afghan intelligence official"))]);
        let got = said(&["In Kunar, the eastern province that Biden visited as vice president – and recently called \
            the “gates of hell” – the group is said to have recruited fighters from the ranks of the Taliban, local \
            officials have claimed."]);
        assert_eq!(got, vec![pair("gates of hell", None)]);
    }

    #[test]
    fn inherited_subjects_relative_clauses_and_a_closing_mark_the_wrong_way() {
        let got = said(&[
            "The Treasury Department has highlighted in a report that Al Qaeda “continues to operate with the Taliban \
             under the protection of the Taliban” and has indicated that the terrorist organization “takes advantage \
             of its relationship with the Taliban through a network of embedded mentors and advisers. with the \
             Taliban who provide advice, guidance and financial support. “",
            "He also stated that senior officials of the Haqqani Network, an ally of the Taliban, “have discussed \
             creating a new joint unit of armed combatants in cooperation and financed with Al Qaeda.”",
            "The Afghan authorities have repeatedly accused the Taliban of maintaining their ties with Al Qaeda despite \
             the peace agreement with the United States, which has been rejected by the insurgent group, which has \
             argued that the terrorist organization “has no presence” in the country.",
        ]);
        let speakers: Vec<_> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(
            speakers,
            vec![
                Some("The Treasury Department"),
                Some("The Treasury Department"),
                Some("The Treasury Department"),
                Some("the insurgent group")
            ]
        );
        assert!(got[1].0.ends_with("financial support."), "{}", got[1].0);
    }

    #[test]
    fn an_unclosed_quote_runs_to_the_paragraph_end_only() {
        let got = said(&[
            "“The Taliban have gained immense respect,” an undercover intelligence officer and diplomat based in \
             Afghanistan told The Daily Beast. “[The Taliban and al Qaeda] respect each other. If there is no peace, \
             [they] could be each other’s favorites again.",
            "The diplomat is not alone in his assessment.",
        ]);
        let officer = Some("an undercover intelligence officer and diplomat based in Afghanistan");
        assert_eq!(got[0].1.as_deref(), officer);
        assert_eq!(
            got[1],
            pair(
                "[The Taliban and al Qaeda] respect each other. If there is no peace, [they] could be each other’s favorites again.",
                officer
            )
        );
    }

    #[test]
    fn a_quote_continued_in_the_next_paragraph() {
        let paragraphs = [
            "The minister said: “We will not leave. We have a duty to the people of this valley.",
            "“Nobody will make us go,” he added.",
            "Nothing more was said.",
        ];
        let q = quotes(&paragraphs);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].paragraph, 1);
        assert_eq!(
            &paragraphs[0][q[0].span.clone()],
            "We will not leave. We have a duty to the people of this valley."
        );
        assert_eq!(q[0].continued.len(), 1);
        let (p, r) = q[0].continued[0].clone();
        assert_eq!((p, &paragraphs[1][r]), (2, "Nobody will make us go"));
        assert_eq!(
            q[0].text,
            "We will not leave. We have a duty to the people of this valley. Nobody will make us go"
        );
        assert_eq!(q[0].speaker.as_deref(), Some("The minister"));
    }

    #[test]
    fn straight_quotes_and_single_quotes() {
        let got =
            said(&["\"We will fight on,\" said Mohamad Naim, a spokesman. The group called it a 'test'."]);
        assert_eq!(got, vec![pair("We will fight on", Some("Mohamad Naim"))]);
        // Scare quotes in single marks are not quotations; a sentence in them is.
        let got = said(&[
            "How a raid shows al Qaeda retains reach under Taliban ‘protection’, the ‘number two’ said.",
        ]);
        assert!(got.is_empty(), "{got:?}");
        let got = said(&["‘We will not give up the fight,’ the commander told reporters."]);
        assert_eq!(got, vec![pair("We will not give up the fight", Some("the commander"))]);
        let got = said(&["Biden runs the risk of \"missing out\" in Afghanistan: the US leaves"]);
        assert_eq!(got, vec![pair("missing out", None)]);
    }

    #[test]
    fn spans_point_at_the_quoted_words() {
        let paragraphs = [
            "Al Qaeda’s “ darling ” again",
            "“Yes,” Karim said. – No doubt about it, – he added.",
            "« Oui », dit-il.",
        ];
        let got = quotes(&paragraphs);
        for q in &got {
            assert_eq!(&paragraphs[q.paragraph - 1][q.span.clone()], q.text);
        }
        let got: Vec<_> = got.into_iter().map(|q| (q.text, q.speaker, q.speaker_cue)).collect();
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            got,
            vec![
                ("darling".to_string(), None, None),
                ("Yes".to_string(), some("Karim"), some("said")),
                ("No doubt about it".to_string(), some("Karim"), some("added")),
                ("Oui".to_string(), None, None),
            ]
        );
    }

    #[test]
    fn never_panics_on_odd_or_large_input() {
        let odd = [
            "",
            " ",
            "“",
            "”",
            "\"",
            "“”",
            "“ ”",
            "‘",
            "’",
            "“he said,”",
            "said",
            "– – –",
            "“a “b “c",
            "”a ”b ”c",
            "é“ü”ß‘’ “…”",
            "He said. “",
            "“x” – he",
            "\" \" \"",
            ".“.”.",
            "according to",
            "according to “x”",
        ];
        for t in odd {
            let _ = quotes(&[t, t]);
        }
        let big = "“Word word, word.” He said that “more”, according to the official. ".repeat(5000);
        let q = quotes(&[&big]);
        assert_eq!(q.len(), 10000);
        let unbalanced = "“Open and never closed and then some words, said nobody ".repeat(3000);
        // Every opening mark while one is open starts a new quote.
        assert_eq!(quotes(&[&unbalanced]).len(), 3000);
        let marks = "“ ” “ “ ” ” \" “ ‘ ’ ".repeat(3000);
        let _ = quotes(&[&marks]);
        // Random soup of marks, dashes, punctuation, cue words and multi-byte letters.
        let pieces = [
            "“",
            "”",
            "\"",
            "‘",
            "’",
            "«",
            "»",
            "„",
            " ",
            ", ",
            ". ",
            "–",
            "—",
            "-",
            "(",
            ")",
            ":",
            "said",
            "he",
            "told",
            "according to",
            "who identified himself as",
            "Karim",
            "the official",
            "İstanbul",
            "é",
            "…",
            "That",
            "which",
            "adding",
            "did",
            "?",
            "\n",
        ];
        let mut seed: u64 = 7;
        for _ in 0..400 {
            let mut paragraph = String::new();
            for _ in 0..(seed % 60) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                paragraph.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let qs = quotes(&[&paragraph, &paragraph]);
            for q in &qs {
                assert!(paragraph.get(q.span.clone()).is_some());
            }
            let _ = cluster(&qs);
            let _ = word_diff(&paragraph, "he said");
        }
    }

    #[test]
    fn a_paragraph_that_is_only_a_quote_continues_the_speaker_before() {
        let got = said(&[
            "“We will stay,” Karim said.",
            "“We have nowhere else to go.”",
            "“Unknown.” Then nothing.",
        ]);
        let speakers: Vec<_> = got.iter().map(|g| g.1.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Karim"), Some("Karim"), None]);
    }

    #[test]
    fn several_sources_keep_their_own_order_and_speakers() {
        let ps = [
            Paragraph { source: "b", index: 3, text: "“Second source,” the official said." },
            Paragraph { source: "a", index: 1, text: "Karim said: “First source.”" },
            Paragraph { source: "b", index: 4, text: "“Again,” he said." },
        ];
        let q = extract(&ps);
        let got: Vec<_> = q.iter().map(|q| (q.source.as_str(), q.paragraph, q.speaker.as_deref())).collect();
        assert_eq!(
            got,
            vec![("b", 3, Some("the official")), ("b", 4, Some("the official")), ("a", 1, Some("Karim"))]
        );
    }

    fn quote(source: &str, text: &str, speaker: Option<&str>) -> Quote {
        Quote {
            source: source.to_string(),
            paragraph: 1,
            span: 0..text.len(),
            continued: Vec::new(),
            text: text.to_string(),
            speaker: speaker.map(str::to_string),
            speaker_cue: None,
        }
    }

    /// Statements from the seeds: three outlets' wordings of the same CNN quotes, and other statements that
    /// share words with them.
    fn corpus() -> Vec<Quote> {
        vec![
            quote("cnn-a", "collect money from different parts of the world and give it to the Taliban", Some("the official")),
            quote("ru", "collect money from different parts of the world and transfer it to the Taliban.", Some("the official")),
            quote("cnn-b", "collect money from different parts of the world and give it to the Taliban", Some("the official")),
            quote("cnn-a", "They train suicide bombers and help them in strategic thinking. In return, the Taliban provide them shelter.", Some("the official")),
            quote("ru", "They train suicide bombers and help them think strategically. In turn, the Taliban provide them with shelter", Some("the official")),
            quote("cnn-a", "It is not only now an ideological connection, it’s also a family connection. There are intermarriages. And that is impossible for Taliban to stop, and to not allow [al Qaeda] to do something outside", Some("the senior official")),
            quote("ru", "Now it is not only an ideological connection, it is also family ties. There are mixed marriages. And it is impossible for the Taliban to stop and prevent Al Qaeda from doing anything outside of Afghanistan.", Some("the channel’s source")),
            quote("ru", "This is now much deeper than we think", Some("the channel’s source")),
            quote("cnn-a", "now much deeper than we think", Some("the senior official")),
            quote("cnn-b", "now much deeper", Some("a senior Afghan intelligence official")),
            quote("db", "We have a long struggle against the United States and the infidels", Some("An Al Qaeda member")),
            quote("db", "The mission of Al Qaeda and Bin Laden will never end. If the Taliban win the war against the United States in Afghanistan, they share Al Qaeda’s goals and bin Laden’s long last vision.", Some("An Al Qaeda member")),
            quote("db", "As a soldier on the ground, I can verify that Al Qaeda and the Taliban are still fighting together. We saw them, fought and killed them", Some("Karim")),
            quote("db", "The relationship between the Taliban and al-Qaeda is beyond war. Many of their foreign fighters married Taliban daughters", Some("Karim")),
            quote("db", "These are Taliban members who do not approve of their leaders making deals with the United States, especially on specific terms that require them to fight members of Al Qaeda, whom they see as allies.", Some("the official")),
            quote("db", "They will not fight them, not now, or when the United States leaves", Some("the official")),
            quote("cnn-a", "degraded", Some("Joe Biden")),
            quote("db", "We entered the war with clear objectives. Bin Laden is dead and Al Qaeda is degraded in Afghanistan.", Some("Joe Biden")),
            quote("db", "darling", None),
        ]
    }

    fn groups(quotes: &[Quote]) -> Vec<Vec<usize>> {
        let mut g: Vec<Vec<usize>> = cluster(quotes)
            .into_iter()
            .map(|c| {
                let mut m = c.members;
                m.sort_unstable();
                m
            })
            .collect();
        g.sort();
        g
    }

    #[test]
    fn clusters_reworded_versions_and_keeps_different_statements_apart() {
        let g = groups(&corpus());
        for expected in [vec![0, 1, 2], vec![3, 4], vec![5, 6], vec![7, 8, 9], vec![16, 17]] {
            assert!(g.contains(&expected), "{expected:?} not in {g:?}");
        }
        for alone in [10, 11, 12, 13, 14, 15, 18] {
            assert!(g.contains(&vec![alone]), "{alone} should stand alone: {g:?}");
        }
    }

    #[test]
    fn cluster_ids_representatives_and_speakers_are_stable() {
        let quotes = corpus();
        let a = cluster(&quotes);
        assert_eq!(a, cluster(&quotes));
        let give = a.iter().find(|c| c.members.contains(&1)).expect("cluster");
        assert_eq!(give.id, "q-collect-money-from-different-parts-of");
        assert_eq!(give.speaker.as_deref(), Some("the official"));
        let deeper = a.iter().find(|c| c.members.contains(&7)).expect("cluster");
        assert_eq!(deeper.id, "q-this-is-now-much-deeper-than");
        assert_eq!(deeper.speaker.as_deref(), Some("a senior Afghan intelligence official"));
        // The representative is the member most like the others: not the three-word fragment.
        assert_ne!(deeper.members[0], 9);
        let same_start =
            [quote("x", "It is over", None), quote("y", "It is over, finally over now", Some("A"))];
        let ids: BTreeSet<String> = cluster(&same_start).into_iter().map(|c| c.id).collect();
        assert_eq!(ids.len(), cluster(&same_start).len());
        assert!(cluster(&[]).is_empty());
        assert_eq!(cluster(&[quote("x", "…", None)]).len(), 1);
    }

    #[test]
    fn ids_are_unique_when_first_words_repeat() {
        let qs = [
            quote("x", "We will fight on the beaches of Normandy", None),
            quote("y", "We will fight on until the last drop of fuel is gone", None),
        ];
        let c = cluster(&qs);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].id, "q-we-will-fight-on-the-beaches");
        assert_eq!(c[1].id, "q-we-will-fight-on-until-the");
        let qs = [
            quote("x", "We will fight", None),
            quote("y", "we will, fight", Some("A")),
            quote("z", "Stop", None),
        ];
        let c = cluster(&qs);
        assert_eq!(c.len(), 2, "{c:?}");
    }

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
