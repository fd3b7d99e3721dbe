//! What quotation extraction works on and finds: a source's paragraph and a quotation in it, with its
//! speaker. A leaf of [`super`]: the extraction modules all use these types and none of them imports
//! another for them.

use serde::Serialize;
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
