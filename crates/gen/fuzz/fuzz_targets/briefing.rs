//! The briefing at paragraph scale: the input is not Markdown but a generator. Its bytes choose blocks
//! (paragraphs, headings with and without `{#id}`, footnote definitions, list items, verbatim input)
//! and, inside them, pieces (citations good and broken, quotation marks curly and straight, paired and
//! not, note references, links, code) each repeated up to a few thousand times, so that one paragraph
//! holds thousands of citations, marks and sentences. The briefing is compiled against the fixed
//! sources of `fixture`; besides never panicking, the run must stay in libFuzzer's `-timeout`, which a
//! compiler linear in the briefing meets with a wide margin at [`MAX_LEN`] (quadratic work in one
//! paragraph does not).
#![no_main]

use dossier::briefing;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::Arc;

#[path = "fixture/mod.rs"]
mod fixture;
use fixture::{FIXTURE, FRONT};

/// The largest briefing generated, in bytes: 30 times the real briefing, and about 20,000 cited
/// sentences in one paragraph.
const MAX_LEN: usize = 512 * 1024;

/// How many times a piece or block is repeated, chosen by one byte: mostly few, sometimes thousands.
const COUNTS: [usize; 16] = [1, 1, 1, 2, 2, 3, 4, 5, 8, 16, 50, 100, 300, 1_000, 2_000, 4_000];

/// The inline pieces a paragraph is made of. Quotations are from the fixture's sources (found, found in
/// the wrong paragraph, not found), and every kind of mark is here unpaired as well.
const PIECES: &[&str] = &[
    "Claim [@alpha]. ",
    "He said “collect money” [@alpha]. ",
    "“collect money and transfer it to the Taliban” [@beta, p1]. ",
    "\"collect money – and give it\" [@alpha, p1]. ",
    "“a family connection” [@alpha, p1]. ",
    "“not in any source at all” [@alpha; @beta]. ",
    "“collect money” ",
    "“unpaired ",
    "” ",
    "\" ",
    "\"straight\" ",
    "‘single’ ",
    "it’s ",
    "'straight single' ",
    "« guillemets » ",
    "„low nine“ ",
    "“ ” [@alpha]. ",
    "[^n1] ",
    "[^n2]",
    "[^missing] ",
    "[^ ",
    "[^a b] ",
    "[@gamma]. ",
    "[@nosuch]. ",
    "[@alpha, p9]. ",
    "[@alpha; @beta, p2]. ",
    "[@alpha",
    "[@ ]",
    "[@alpha, p0] ",
    "[ @beta ]",
    "word ",
    "Mr. Smith said ",
    "e.g. ",
    "… ",
    "... ",
    "? ",
    "! ",
    "A sentence. ",
    "*emph “collect* money” [@alpha]. ",
    "**strong** ",
    "`[@alpha]` ",
    "[link](#h) ",
    "[missing](#nowhere) ",
    "[source](sources/alpha/) ",
    "[note](#note-1) ",
    "![img](missing.png) ",
    "<b>",
    "\n",
    "  \n",
    "the Taliban ",
    "al Qaeda in Ghazni ",
    "\u{fffc} ",
    "\u{ad}\u{200d} ",
    "~~struck~~ ",
];

/// Heading texts: one that repeats (`Notes`), ones with marks and citations, and an empty one.
const HEADINGS: &[&str] = &["Notes", "H", "Claims “quoted”", "Cited [@alpha]", "Note[^n1]", "", "h-2"];

/// Explicit heading ids, some equal to the slugs of the texts above.
const IDS: &[&str] = &["h", "notes", "h-2", "note-1", "x y", "h-2-2"];

/// Reads the input one byte at a time; 0 once it is used up.
struct Input<'a>(&'a [u8]);

impl Input<'_> {
    fn byte(&mut self) -> u8 {
        let (first, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        *first
    }

    fn pick<'t>(&mut self, of: &[&'t str]) -> &'t str {
        of[usize::from(self.byte()) % of.len()]
    }

    fn count(&mut self) -> usize {
        COUNTS[usize::from(self.byte()) % COUNTS.len()]
    }
}

/// The briefing being generated, never longer than [`MAX_LEN`].
struct Out(String);

impl Out {
    /// Appends `s`, unless the briefing would grow past the limit; whether it did.
    fn push(&mut self, s: &str) -> bool {
        if self.0.len() + s.len() > MAX_LEN {
            return false;
        }
        self.0.push_str(s);
        true
    }

    /// Appends `s` `n` times, as far as the limit allows.
    fn repeat(&mut self, s: &str, n: usize) {
        for _ in 0..n {
            if !self.push(s) {
                return;
            }
        }
    }

    /// A run of inline content: a few groups, each one piece repeated.
    fn inline(&mut self, input: &mut Input<'_>) {
        for _ in 0..1 + input.byte() % 8 {
            let piece = input.pick(PIECES);
            let n = input.count();
            self.repeat(piece, n);
        }
    }
}

/// Generates the briefing's body from the input.
fn generate(data: &[u8]) -> String {
    let mut input = Input(data);
    let mut out = Out(String::from(FRONT));
    while !input.0.is_empty() && out.0.len() < MAX_LEN {
        match input.byte() % 8 {
            0..=2 => {
                out.inline(&mut input);
                out.push("\n\n");
            }
            3 => {
                let level = "#".repeat(1 + usize::from(input.byte() % 4));
                let text = input.pick(HEADINGS);
                let id = match input.byte() % 3 {
                    0 => String::new(),
                    _ => format!(" {{#{}}}", input.pick(IDS)),
                };
                let n = input.count();
                out.repeat(&format!("{level} {text}{id}\n\n"), n);
            }
            4 => {
                // Definitions of n0..n7, so some labels are defined twice and some never referenced.
                let n = input.count();
                let first = input.byte();
                for k in 0..n {
                    if !out.push(&format!("[^n{}]: ", (usize::from(first) + k) % 8)) {
                        break;
                    }
                    out.inline(&mut input);
                    out.push("\n\n");
                }
            }
            5 => {
                let n = input.count();
                for _ in 0..n {
                    if !out.push("- ") {
                        break;
                    }
                    out.inline(&mut input);
                    out.push("\n");
                }
                out.push("\n");
            }
            6 => {
                // Verbatim input, for what the pieces do not think of.
                let len = usize::from(input.byte()).min(input.0.len());
                let (raw, rest) = input.0.split_at(len);
                input.0 = rest;
                out.push(&String::from_utf8_lossy(raw));
            }
            _ => {
                out.push("| a | b |\n|---|---|\n| ");
                out.inline(&mut input);
                out.push(" | [@alpha] |\n\n");
            }
        }
    }
    out.0
}

fuzz_target!(|data: &[u8]| {
    let Some((&flags, data)) = data.split_first() else { return };
    let text: Arc<str> = Arc::from(generate(data));
    let f = &*FIXTURE;
    let gazetteer = (flags & 1 == 1).then_some(&f.gazetteer);
    fixture::check_compiled(briefing::compile(
        Path::new("content/briefing.md"),
        Arc::clone(&text),
        &f.sources,
        &f.failed,
        gazetteer,
    ));
});
