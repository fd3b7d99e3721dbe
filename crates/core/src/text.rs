//! Text folding and tokenizing: the one definition of "the same words" that quotation checks, entity
//! matching and quote search share.
//!
//! Folding lower-cases, strips diacritics (Latin scripts), maps curly quotes and apostrophes to straight
//! ones, every dash to `-`, and every run of whitespace to one space. It keeps a map from each folded byte
//! back to the original, so a match in folded text can be reported (and highlighted) in the original.

use std::ops::Range;

/// A folded copy of a text with a byte map back to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original of the character it came from.
    map: Vec<usize>,
    /// The original's length in bytes, the end of the last range.
    original_len: usize,
}

impl Folded {
    /// Folds `original`, keeping the offset map.
    pub fn new(original: &str) -> Self {
        let mut map = Vec::with_capacity(original.len());
        let text = fold_into(original, Some(&mut map));
        Folded { text, map, original_len: original.len() }
    }

    /// Maps a byte range of the folded text back to the byte range of the original it covers.
    /// Ranges are clamped to the text; an empty range maps to an empty range.
    pub fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        let start = self.original_offset(folded.start);
        if folded.end <= folded.start {
            return start..start;
        }
        let last = self.map.get(folded.end.min(self.map.len()) - 1).copied().unwrap_or(start);
        // The end is the end of the original character the last folded byte came from.
        let end = self.next_original_boundary(last);
        start..end
    }

    /// The original offset of folded byte `at` (or the original's end past the last byte).
    pub fn original_offset(&self, at: usize) -> usize {
        self.map.get(at).copied().unwrap_or(self.original_len)
    }

    fn next_original_boundary(&self, at: usize) -> usize {
        // The first mapped offset greater than `at` is where the next original character starts.
        // The map never decreases, so a binary search finds it (a scan made long texts quadratic).
        let next = self.map.partition_point(|&o| o <= at);
        self.map.get(next).map_or(self.original_len, |&o| o.min(self.original_len))
    }
}

/// What one character folds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Removed (combining marks, soft hyphens, zero-width characters).
    Drop,
    /// Whitespace; runs collapse to one space.
    Space,
    /// One character.
    Char(char),
    /// Several characters (ligatures such as `æ` → `ae`).
    Str(&'static str),
}

/// Folds one character (see the module docs).
pub fn fold_char(c: char) -> Fold {
    if c.is_ascii() {
        return if c.is_ascii_whitespace() { Fold::Space } else { Fold::Char(c.to_ascii_lowercase()) };
    }
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{02BB}'
        | '\u{0060}' | '\u{00B4}' => Fold::Char('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => {
            Fold::Char('"')
        }
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => {
            Fold::Char('-')
        }
        '\u{2026}' => Fold::Str("..."),
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Fold::Drop,
        '\u{0300}'..='\u{036F}' => Fold::Drop,
        'æ' | 'Æ' => Fold::Str("ae"),
        'œ' | 'Œ' => Fold::Str("oe"),
        'ß' => Fold::Str("ss"),
        'ĳ' | 'Ĳ' => Fold::Str("ij"),
        _ if c.is_whitespace() => Fold::Space,
        _ => {
            if let Some(base) = strip_diacritic(c) {
                return Fold::Char(base);
            }
            Fold::Char(lower_other(c))
        }
    }
}

/// Lower case for the other cased scripts news text uses (Greek, Cyrillic, Armenian, Latin Extended
/// Additional), by offset rather than through `char::to_lowercase`, whose tables would double the size
/// of the browser bundle; other characters are returned unchanged.
fn lower_other(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x0391..=0x03A9 if u != 0x03A2 => u + 0x20, // Greek capitals
        0x0400..=0x040F => u + 0x50,                // Cyrillic Ѐ–Џ
        0x0410..=0x042F => u + 0x20,                // Cyrillic А–Я
        0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x052F if u % 2 == 0 => u + 1,
        0x0531..=0x0556 => u + 0x30,                              // Armenian
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u % 2 == 0 => u + 1, // Latin Extended Additional (Ḥ → ḥ)
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The base letter of a Latin letter with a diacritic, lower-cased; `None` for anything else.
///
/// Written out rather than taken from a Unicode-normalization crate because `dossier-core` keeps to
/// std + serde so it builds unchanged for the browser; the table covers Latin-1 and Latin Extended-A,
/// which is what transliterated names in news text use.
fn strip_diacritic(c: char) -> Option<char> {
    const LATIN1: &str = "aaaaaaaceeeeiiiidnooooo_ouuuuyts"; // U+00E0..U+00FF (lower)
    let c = c as u32;
    let lower = match c {
        0xC0..=0xDE => c + 0x20,
        0xE0..=0xFF => c,
        _ => {
            return match c {
                0x100..=0x17F => latin_ext_a(c),
                _ => None,
            }
        }
    };
    let base = LATIN1.as_bytes().get((lower - 0xE0) as usize).copied()?;
    match (lower, base) {
        (0xE6, _) | (0xF7, _) => None, // æ handled above, ÷ is not a letter
        (0xFF, _) => Some('y'),
        (_, b'_') => Some('o'),
        _ => Some(base as char),
    }
}

fn latin_ext_a(c: u32) -> Option<char> {
    // Pairs of (upper, lower) from U+0100 to U+017F, by base letter.
    let base = match c {
        0x100..=0x105 => 'a',
        0x106..=0x10D => 'c',
        0x10E..=0x111 => 'd',
        0x112..=0x11B => 'e',
        0x11C..=0x123 => 'g',
        0x124..=0x127 => 'h',
        0x128..=0x131 => 'i',
        0x134..=0x135 => 'j',
        0x136..=0x138 => 'k',
        0x139..=0x142 => 'l',
        0x143..=0x14B => 'n',
        0x14C..=0x151 => 'o',
        0x154..=0x159 => 'r',
        0x15A..=0x161 => 's',
        0x162..=0x167 => 't',
        0x168..=0x173 => 'u',
        0x174..=0x175 => 'w',
        0x176..=0x178 => 'y',
        0x179..=0x17E => 'z',
        0x17F => 's',
        _ => return None,
    };
    Some(base)
}

/// The folding of [`Folded::new`]: the folded text, and with `map`, for each of its bytes the offset in
/// the original of the character it came from. [`fold`] passes no map (half the work, no 8 bytes per
/// input byte).
fn fold_into(original: &str, mut map: Option<&mut Vec<usize>>) -> String {
    let mut text = String::with_capacity(original.len());
    let mut last_space = true; // drops leading whitespace
    let bytes = original.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        // ASCII, most of any news text, folds byte by byte (what `fold_char` does for it, without
        // decoding a char and matching the table).
        if b.is_ascii() {
            if !b.is_ascii_whitespace() {
                text.push(char::from(b.to_ascii_lowercase()));
                if let Some(map) = map.as_deref_mut() {
                    map.push(at);
                }
                last_space = false;
            } else if !last_space {
                text.push(' ');
                if let Some(map) = map.as_deref_mut() {
                    map.push(at);
                }
                last_space = true;
            }
            at += 1;
            continue;
        }
        let Some(c) = original.get(at..).and_then(|rest| rest.chars().next()) else { break };
        let push = |s: &str, text: &mut String, map: &mut Option<&mut Vec<usize>>| {
            text.push_str(s);
            if let Some(map) = map.as_deref_mut() {
                map.extend(std::iter::repeat_n(at, s.len()));
            }
        };
        match fold_char(c) {
            Fold::Drop => {}
            Fold::Space => {
                if !last_space {
                    push(" ", &mut text, &mut map);
                    last_space = true;
                }
            }
            Fold::Char(f) => {
                let mut buf = [0u8; 4];
                push(f.encode_utf8(&mut buf), &mut text, &mut map);
                last_space = false;
            }
            Fold::Str(s) => {
                push(s, &mut text, &mut map);
                last_space = false;
            }
        }
        at += c.len_utf8();
    }
    if text.ends_with(' ') {
        text.pop();
        if let Some(map) = map {
            map.pop();
        }
    }
    text
}

/// Folds a text without keeping the map.
pub fn fold(s: &str) -> String {
    fold_into(s, None)
}

/// A word of a text: its folded form and its byte range in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The folded word: letters and digits, with inner apostrophes kept (`it's`).
    pub word: String,
    /// Byte range of the word in the original text.
    pub span: Range<usize>,
}

/// Splits a text into folded words. Hyphens, dashes and all other punctuation separate words, so
/// `al-Qaeda` and `al Qaeda` give the same words; an apostrophe between two letters stays inside a word.
///
/// One pass over the text: each character is folded as [`Folded::new`] folds it and words are cut from
/// the stream as it goes, without building the folded copy and its byte map. A word's span ends where the
/// next folded character came from (so it takes in dropped marks after it), or at the text's end when
/// nothing but whitespace and dropped characters follows, exactly as [`Folded::original_range`] gives.
pub fn tokenize(original: &str) -> Vec<Token> {
    tokenize_prefix(original, usize::MAX)
}

/// The first `max` words of [`tokenize`] (all of them when there are fewer), reading no further into
/// the text than they reach: what a check of how a line begins needs, at the cost of its first words.
pub fn tokenize_prefix(original: &str, max: usize) -> Vec<Token> {
    // About one word per six bytes of news text: most texts are cut without the list growing.
    let capacity = (original.len() / 6 + 1).min(max);
    let mut words =
        Words { tokens: Vec::with_capacity(capacity), word: String::new(), start: None, apostrophe: None };
    // A run of whitespace is one folded space, emitted only when something folded follows it (the
    // folded text drops leading and trailing whitespace); only its first character's offset counts.
    let mut space: Option<usize> = None;
    let mut last_space = true;
    let bytes = original.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii_alphanumeric() {
            // A run of ASCII letters and digits, most of any news text, goes into the word whole: each
            // of them would only have been lower-cased and appended (no word ends inside the run).
            let rest = bytes.get(at..).unwrap_or_default();
            let run = rest.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(rest.len());
            if let Some(s) = space.take() {
                words.push(' ', s);
            }
            words.push_run(original.get(at..at + run).unwrap_or_default(), at);
            last_space = false;
            at += run;
            if words.tokens.len() >= max {
                words.tokens.truncate(max);
                return words.tokens;
            }
            continue;
        }
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            let Some(c) = original.get(at..).and_then(|rest| rest.chars().next()) else { break };
            c
        };
        let len = c.len_utf8();
        match fold_char(c) {
            Fold::Drop => {}
            Fold::Space => {
                if !last_space {
                    space = Some(at);
                    last_space = true;
                }
            }
            Fold::Char(f) => {
                if let Some(s) = space.take() {
                    words.push(' ', s);
                }
                words.push(f, at);
                last_space = false;
            }
            Fold::Str(f) => {
                if let Some(s) = space.take() {
                    words.push(' ', s);
                }
                for f in f.chars() {
                    words.push(f, at);
                }
                last_space = false;
            }
        }
        at += len;
        if words.tokens.len() >= max {
            // Each word is pushed once it has ended, with its whole span: the first `max` are final.
            words.tokens.truncate(max);
            return words.tokens;
        }
    }
    let mut tokens = words.finish(original.len());
    tokens.truncate(max);
    tokens
}

/// The word cutter behind [`tokenize`], fed one folded character at a time with the original offset of
/// the character it came from.
struct Words {
    tokens: Vec<Token>,
    /// The folded letters of the word being read.
    word: String,
    /// Where the word being read starts in the original.
    start: Option<usize>,
    /// An apostrophe after a letter, at this original offset: inside the word if a letter follows.
    apostrophe: Option<usize>,
}

impl Words {
    fn push(&mut self, c: char, at: usize) {
        let alphanumeric = if c.is_ascii() { c.is_ascii_alphanumeric() } else { c.is_alphanumeric() };
        if let Some(quote) = self.apostrophe.take() {
            if alphanumeric {
                self.word.push('\'');
                self.word.push(c);
                return;
            }
            self.end(quote);
        }
        if alphanumeric {
            if self.start.is_none() {
                self.start = Some(at);
            }
            self.word.push(c);
        } else if c == '\'' && self.start.is_some() {
            self.apostrophe = Some(at);
        } else if self.start.is_some() {
            self.end(at);
        }
    }

    /// [`Words::push`] of each character of `run`, ASCII letters and digits starting at `at`, in turn.
    fn push_run(&mut self, run: &str, at: usize) {
        if self.apostrophe.take().is_some() {
            // An apostrophe between letters: inside the word, which has started.
            self.word.push('\'');
        } else if self.start.is_none() {
            self.start = Some(at);
        }
        let from = self.word.len();
        self.word.push_str(run);
        if let Some(word) = self.word.get_mut(from..) {
            word.make_ascii_lowercase();
        }
    }

    /// Ends the word being read where the next folded character came from.
    fn end(&mut self, at: usize) {
        if let Some(start) = self.start.take() {
            // A copy of exactly the word's length; the buffer is kept for the next word (taking it
            // instead left the next word to grow a new buffer from nothing, a few reallocations each).
            self.tokens.push(Token { word: self.word.clone(), span: start..at });
            self.word.clear();
        }
    }

    fn finish(mut self, len: usize) -> Vec<Token> {
        let end = self.apostrophe.take().unwrap_or(len);
        self.end(end);
        self.tokens
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_quotes_dashes_space_and_diacritics() {
        assert_eq!(fold("  “Bomb–making”  in\u{a0}Ghazni’s  "), "\"bomb-making\" in ghazni's");
        assert_eq!(fold("Safiulá Amiruláh Salé"), "safiula amirulah sale");
        assert_eq!(fold("Ærø Straße"), "aero strasse");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete");
        assert_eq!(fold("Ḥusām"), "ḥusam"); // outside the table: lower-cased, kept
        assert_eq!(fold("ΑΘΗΝΑ Москва ԱՐՄ"), "αθηνα москва արմ");
    }

    #[test]
    fn maps_folded_ranges_back_to_the_original() {
        let original = "Abu  “Muhsin” al-Masrí said";
        let f = Folded::new(original);
        let at = f.text.find("al-masri").expect("folded text has the name");
        let r = f.original_range(at..at + "al-masri".len());
        assert_eq!(&original[r], "al-Masrí");
        let q = f.text.find("\"muhsin\"").expect("quote");
        assert_eq!(&original[f.original_range(q..q + 8)], "“Muhsin”");
    }

    #[test]
    fn tokenizes_words_with_spans() {
        let s = "It’s al-Qaeda’s “fund-raising”, 2,500 troops.";
        let words: Vec<_> = tokenize(s).into_iter().map(|t| (t.word, &s[t.span])).collect();
        assert_eq!(
            words,
            vec![
                ("it's".to_string(), "It’s"),
                ("al".to_string(), "al"),
                ("qaeda's".to_string(), "Qaeda’s"),
                ("fund".to_string(), "fund"),
                ("raising".to_string(), "raising"),
                ("2".to_string(), "2"),
                ("500".to_string(), "500"),
                ("troops".to_string(), "troops"),
            ]
        );
    }

    /// The tokenizer as it was before the one-pass one: fold the whole text with its map, cut words
    /// from the folded text, map each back. The definition [`tokenize`] must agree with.
    fn reference_tokenize(original: &str) -> Vec<Token> {
        let folded = Folded::new(original);
        let mut tokens = Vec::new();
        let mut start: Option<usize> = None;
        let text = &folded.text;
        let word =
            |s: usize, e: usize| Token { word: text[s..e].to_string(), span: folded.original_range(s..e) };
        let mut iter = text.char_indices().peekable();
        while let Some((at, c)) = iter.next() {
            let is_word = c.is_alphanumeric()
                || (c == '\'' && start.is_some() && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric()));
            match (is_word, start) {
                (true, None) => start = Some(at),
                (false, Some(s)) => {
                    tokens.push(word(s, at));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            tokens.push(word(s, text.len()));
        }
        tokens
    }

    /// Characters that exercise every branch of folding and word cutting.
    const ALPHABET: &[&str] = &[
        "a", "B", "z", "Q", "0", "7", " ", " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", ".", ",", "-",
        "'", "\"", "`", "´", "’", "‘", "“", "”", "„", "«", "»", "′", "ʼ", "–", "—", "−", "…", "\u{301}",
        "\u{308}", "\u{ad}", "\u{200b}", "\u{200d}", "\u{feff}", "\u{a0}", "\u{2028}", "\u{3000}", "\u{85}",
        "æ", "Œ", "ß", "Ĳ", "é", "É", "ñ", "ø", "ÿ", "Ł", "ſ", "Ḥ", "ḥ", "Α", "ω", "Ж", "я", "Ա", "中", "ا",
        "١", "😀", "×", "÷", "_", "(", ")", "!", "?", ":", "it's", "al-Qaeda", "l'", "'s",
    ];

    #[test]
    fn one_pass_tokenize_agrees_with_the_folded_reference_on_random_texts() {
        // xorshift64*: a fixed sequence, so a failure is reproducible.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_f491_4f6c_dd1d)
        };
        let mut compared = 0;
        for _ in 0..20_000 {
            let len = (next() % 24) as usize;
            let text: String =
                (0..len).map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize]).collect();
            assert_eq!(tokenize(&text), reference_tokenize(&text), "text {text:?}");
            compared += usize::from(!text.is_empty());
        }
        assert!(compared > 19_000);
    }

    #[test]
    fn one_pass_tokenize_agrees_with_the_folded_reference_on_the_seed_sources() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/sources");
        let mut files: Vec<_> = std::fs::read_dir(&dir).expect("content/sources").flatten().collect();
        files.sort_by_key(|e| e.path());
        assert!(files.len() >= 5, "the seed sources are in {}", dir.display());
        for entry in files {
            let text = std::fs::read_to_string(entry.path()).expect("a seed source is UTF-8");
            let tokens = tokenize(&text);
            assert!(tokens.len() > 100, "{} has words", entry.path().display());
            assert_eq!(tokens, reference_tokenize(&text), "{}", entry.path().display());
            // Line by line too: each line's ends (whitespace, marks) are cut like the whole text's.
            for line in text.lines() {
                assert_eq!(tokenize(line), reference_tokenize(line), "line {line:?}");
            }
        }
    }

    #[test]
    fn a_prefix_is_the_first_words_of_the_whole() {
        for text in ["", "one", "It’s al-Qaeda’s “fund-raising”, 2,500 troops.", "a b' c’ ærø  ", "x'"]
        {
            let all = tokenize(text);
            for max in 0..all.len() + 2 {
                assert_eq!(tokenize_prefix(text, max), all[..max.min(all.len())], "{text:?} {max}");
            }
        }
    }

    #[test]
    fn spans_take_in_trailing_marks_and_whitespace_as_the_folded_map_does() {
        let s = "cafe\u{301} x'  ";
        let spans: Vec<_> = tokenize(s).into_iter().map(|t| (t.word, &s[t.span])).collect();
        assert_eq!(spans, vec![("cafe".to_string(), "cafe\u{301}"), ("x".to_string(), "x")]);
        let t = tokenize("word  ");
        assert_eq!(t[0].span, 0..6); // nothing folded follows: the span runs to the end
        assert_eq!(tokenize("ærø"), vec![Token { word: "aero".into(), span: 0..5 }]);
    }

    #[test]
    fn the_ascii_path_folds_as_fold_char_does() {
        let original = "  Abu\t“Muhsin”  AL-Masrí\n\nsaid: ‘Ærø…’ e\u{301} ok!\r ";
        let folded = Folded::new(original);
        assert_eq!((folded.text, folded.map), fold_by_char(original));
        // The byte path on random texts.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 24) as usize;
            let text: String =
                (0..len).map(|k| ALPHABET[((state >> (k % 48)) as usize + k * 7) % ALPHABET.len()]).collect();
            let folded = Folded::new(&text);
            assert_eq!((folded.text, folded.map), fold_by_char(&text), "text {text:?}");
        }
    }

    /// Char by char through `fold_char`, the definition the byte path must agree with.
    fn fold_by_char(original: &str) -> (String, Vec<usize>) {
        let (mut text, mut map, mut last_space) = (String::new(), Vec::new(), true);
        for (at, c) in original.char_indices() {
            let s = match fold_char(c) {
                Fold::Drop => continue,
                Fold::Space if last_space => continue,
                Fold::Space => " ".to_string(),
                Fold::Char(f) => f.to_string(),
                Fold::Str(s) => s.to_string(),
            };
            last_space = s == " ";
            text.push_str(&s);
            map.extend(std::iter::repeat_n(at, s.len()));
        }
        if text.ends_with(' ') {
            text.pop();
            map.pop();
        }
        (text, map)
    }
}
