//! Diagnostics: content errors that know their file and byte span, rendered like a compiler's.

use annotate_snippets::{Level, Renderer, Snippet};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The build cannot go on.
    Error,
    /// The build goes on; `dossier check` lists it.
    Warning,
}

/// One message about the content, with where it applies.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the project root when it is inside it (`content/briefing.md`).
    pub file: PathBuf,
    /// The whole text of the file, to show the offending line; `None` when it could not be read.
    pub text: Option<Arc<str>>,
    /// Byte range in `text`; `None` for a message about the whole file.
    pub span: Option<Range<usize>>,
    /// What is wrong, one line, lower case, no final period (`quotation not found in bond-much-deeper`).
    pub message: String,
    /// A short label under the caret.
    pub label: Option<String>,
    /// What to do about it, or what was found instead (the closest passage).
    pub help: Option<String>,
    /// Housekeeping (a gazetteer alias that matches nothing): listed after the other diagnostics of
    /// its severity, so that it does not bury what an author must act on.
    pub housekeeping: bool,
}

impl Diagnostic {
    /// An error about a file (no position yet).
    pub fn error(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            text: None,
            span: None,
            message: message.into(),
            label: None,
            help: None,
            housekeeping: false,
        }
    }

    /// A warning about a file (no position yet).
    pub fn warning(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(file, message) }
    }

    /// Points the diagnostic at a byte range of the file's text.
    pub fn at(mut self, text: &Arc<str>, span: Range<usize>) -> Self {
        let len = text.len();
        let start = floor_boundary(text, span.start.min(len));
        let end = floor_boundary(text, span.end.clamp(start, len));
        self.text = Some(Arc::clone(text));
        self.span = Some(start..end);
        self
    }

    /// Adds the label shown under the caret.
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds a one-line help.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Marks it as housekeeping, listed last (see [`Diagnostic::housekeeping`]).
    pub fn as_housekeeping(mut self) -> Self {
        self.housekeeping = true;
        self
    }

    /// 1-based line and column (in characters) of the start of the span.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let (text, span) = (self.text.as_ref()?, self.span.as_ref()?);
        Some(line_col(text, span.start))
    }

    /// `file:line:col` (or just `file`).
    pub fn location(&self) -> String {
        match self.line_col() {
            Some((line, col)) => format!("{}:{line}:{col}", self.file.display()),
            None => self.file.display().to_string(),
        }
    }

    /// Renders the message with the source line and a caret; `color` for a terminal.
    pub fn render(&self, color: bool) -> String {
        let level = match self.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
        };
        let title = format!("{}: {}", self.location(), self.message);
        let mut message = level.title(&title);
        let shown = match (&self.text, &self.span) {
            (Some(text), Some(span)) => Some(Shown::new(text, span.clone())),
            _ => None,
        };
        if let Some(shown) = &shown {
            let label = self.label.as_deref().unwrap_or("");
            message = message.snippet(
                Snippet::source(&shown.source)
                    .line_start(shown.first_line)
                    .fold(true)
                    .annotation(level.span(shown.span.clone()).label(label)),
            );
        }
        if let Some(help) = &self.help {
            message = message.footer(Level::Help.title(help));
        }
        let renderer = if color { Renderer::styled() } else { Renderer::plain() };
        let rendered = renderer.render(message).to_string();
        rendered
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// The lines a diagnostic shows: those of its span, as annotate-snippets would cut them from the file
/// (it folds the rest away), with their indentation made safe to render.
///
/// annotate-snippets 0.11 panics (a subtraction overflow in `Margin::compute`, fixed upstream after 0.11
/// by rust-lang/annotate-snippets-rs#334) on a line wider than the terminal whose indentation is wider
/// than the caret's end plus its label: a caret inside the indentation, or an indentation of tabs or
/// form feeds, which it counts as wider than it draws them. So the indentation becomes spaces (the same
/// number of bytes, so offsets keep; a tab shows as one space), and indentation common to every shown
/// line beyond [`KEPT_INDENT`] columns is removed.
struct Shown {
    source: String,
    first_line: usize,
    span: Range<usize>,
}

/// Columns of common indentation kept: below 13, the margin computation cannot overflow.
const KEPT_INDENT: usize = 12;

impl Shown {
    fn new(text: &Arc<str>, span: Range<usize>) -> Shown {
        let start = floor_boundary(text, span.start.min(text.len()));
        let end = floor_boundary(text, span.end.clamp(start, text.len()));
        let (first, last, from, to) = with_lines(text, |lines| {
            let (first, last) = (lines.line_of(start), lines.line_of(end));
            (first, last, lines.starts[first], lines.end_of(last))
        });
        if first == last {
            if let Some(shown) = Shown::on_a_long_line(text, start..end, first, from..to) {
                return shown;
            }
        }
        Shown::lines(text, start..end, first, from..to)
    }

    /// [`Shown::new`] for a span on one line (`line`, without its `\n`) longer than it shows: the same
    /// result, built from only the bytes shown, so thousands of diagnostics on one long line do not
    /// each copy (or search) the line.
    fn on_a_long_line(text: &str, span: Range<usize>, first: usize, line: Range<usize>) -> Option<Shown> {
        let (start, end) = (span.start, span.end);
        let body = &text[line.clone()];
        let indent = indent_len(body);
        // A blank line (only indentation and line ending) is shown line by line.
        if body[indent..].trim_end_matches(['\r', '\n']).is_empty() {
            return None;
        }
        // As in `lines`: the indentation is spaces, less what goes beyond KEPT_INDENT.
        let removed = indent.saturating_sub(KEPT_INDENT);
        let pad = indent - removed;
        let len = line.len() - removed;
        if len <= SHOWN_BYTES {
            return None;
        }
        // Source offset k is a space below `pad`, else the text's byte line.start + removed + k.
        let map = |o: usize| (o - line.start).saturating_sub(removed);
        let boundary = |k: usize| k <= pad || text.is_char_boundary(line.start + removed + k);
        let floor = |mut k: usize| {
            while k > 0 && !boundary(k) {
                k -= 1;
            }
            k
        };
        let new_start = if start == line.end { len } else { map(start) };
        let new_end = map(end).max(new_start);
        // As in `clipped`: from a little before the span, at most SHOWN_BYTES.
        let from = floor(new_start.saturating_sub(SHOWN_BEFORE));
        let to = floor((from + SHOWN_BYTES).min(len));
        let mut source = String::with_capacity(SHOWN_BYTES + 8);
        if from > 0 {
            source.push('…');
        }
        let shift = source.len();
        source.extend(std::iter::repeat_n(' ', pad.saturating_sub(from).min(to - from)));
        let (a, b) = (from.max(pad), to.max(pad));
        source.push_str(&text[line.start + removed + a..line.start + removed + b]);
        if to < len {
            source.push('…');
        }
        let clamp = |o: usize| o.clamp(from, to) - from + shift;
        Some(Shown { source, first_line: first + 1, span: clamp(new_start)..clamp(new_end) })
    }

    /// [`Shown::new`] line by line.
    fn lines(text: &str, span: Range<usize>, first: usize, line_range: Range<usize>) -> Shown {
        let (start, end) = (span.start, span.end);
        let (from, to) = (line_range.start, line_range.end);
        let lines: Vec<(&str, usize)> =
            text[from..to].split_inclusive('\n').map(|line| (line, indent_len(line))).collect();
        let common = lines
            .iter()
            .filter(|(line, indent)| !line[*indent..].trim_end_matches(['\r', '\n']).is_empty())
            .map(|(_, indent)| *indent)
            .min()
            .unwrap_or(0);
        let cut = common.saturating_sub(KEPT_INDENT);
        let mut source = String::with_capacity(to - from);
        let (mut new_start, mut new_end) = (0, 0);
        let mut at = from;
        for (line, indent) in lines {
            let removed = cut.min(indent);
            let map = |offset: usize| source.len() + (offset - at).saturating_sub(removed);
            if (at..at + line.len()).contains(&start) {
                new_start = map(start);
            }
            if (at..=at + line.len()).contains(&end) {
                new_end = map(end);
            }
            source.extend(std::iter::repeat_n(' ', indent - removed));
            source.push_str(&line[indent..]);
            at += line.len();
        }
        if start == to {
            new_start = source.len();
        }
        Shown { source, first_line: first + 1, span: new_start..new_end.max(new_start) }.clipped()
    }

    /// At most [`SHOWN_BYTES`] of the lines, from a little before the span: a quotation of thousands of
    /// words is shown by its start, with `…` where text is left out, not printed (twice, with its
    /// caret line) in full.
    fn clipped(self) -> Shown {
        if self.source.len() <= SHOWN_BYTES {
            return self;
        }
        let from = floor_boundary(&self.source, self.span.start.saturating_sub(SHOWN_BEFORE));
        let from = self.source[from..self.span.start.max(from)].rfind('\n').map_or(from, |i| from + i + 1);
        let to = floor_boundary(&self.source, (from + SHOWN_BYTES).min(self.source.len()));
        let mut source = String::with_capacity(SHOWN_BYTES + 8);
        if from > 0 && !self.source[..from].ends_with('\n') {
            source.push('…');
        }
        let shift = source.len();
        source.push_str(&self.source[from..to]);
        if to < self.source.len() {
            source.push('…');
        }
        let clamp = |o: usize| o.clamp(from, to) - from + shift;
        Shown {
            first_line: self.first_line + self.source[..from].matches('\n').count(),
            span: clamp(self.span.start)..clamp(self.span.end),
            source,
        }
    }
}

/// The most of a file's text one diagnostic shows.
const SHOWN_BYTES: usize = 400;
/// How much of the line before the span is kept when the text is clipped.
const SHOWN_BEFORE: usize = 80;

/// Bytes of a line's indentation: leading whitespace, up to its line ending.
fn indent_len(line: &str) -> usize {
    let body = line.strip_suffix('\n').map_or(line, |l| l.strip_suffix('\r').unwrap_or(l));
    body.len() - body.trim_start().len()
}

/// 1-based line and character column of a byte offset. The file's line index is built on its first
/// use and kept for the next, so thousands of diagnostics in one file cost a binary search each rather
/// than a scan of the file from its start.
pub fn line_col(text: &Arc<str>, offset: usize) -> (usize, usize) {
    let offset = floor_boundary(text, offset.min(text.len()));
    with_lines(text, |lines| {
        let line = lines.line_of(offset);
        (line + 1, lines.chars_before(text, offset) - lines.chars_before(text, lines.starts[line]) + 1)
    })
}

/// Where the lines of one text start, and how many characters precede every [`BLOCK`]-th byte, so that a
/// line and a column are found without scanning the text.
struct Lines {
    /// Byte offset of each line's start: 0, then one after each `\n`.
    starts: Vec<usize>,
    /// Characters in the text before byte `k * BLOCK`, for each `k`.
    chars: Vec<usize>,
    /// The text's length.
    len: usize,
}

/// Bytes between two counts of characters in [`Lines`].
const BLOCK: usize = 256;

impl Lines {
    fn new(text: &str) -> Lines {
        let bytes = text.as_bytes();
        let starts = std::iter::once(0)
            .chain(bytes.iter().enumerate().filter(|&(_, &b)| b == b'\n').map(|(i, _)| i + 1))
            .collect();
        let mut chars = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0;
        for block in bytes.chunks(BLOCK) {
            chars.push(count);
            count += char_starts(block);
        }
        chars.push(count);
        Lines { starts, chars, len: text.len() }
    }

    /// The 0-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    /// Where line `line` ends: at its `\n`, or at the end of the text.
    fn end_of(&self, line: usize) -> usize {
        self.starts.get(line + 1).map_or(self.len, |&next| next - 1)
    }

    /// Characters before byte `offset` (a character boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = offset / BLOCK;
        self.chars[k] + char_starts(&text.as_bytes()[k * BLOCK..offset])
    }
}

/// Characters that start in `bytes` (those that are not UTF-8 continuation bytes).
fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Runs `f` with the line index of `text`, from a small per-thread cache of the texts seen last (a
/// diagnostic holds its file's whole text, so one file's diagnostics share one index).
fn with_lines<R>(text: &Arc<str>, f: impl FnOnce(&Lines) -> R) -> R {
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::sync::Weak;
    thread_local! {
        static CACHE: RefCell<Vec<(Weak<str>, Rc<Lines>)>> = const { RefCell::new(Vec::new()) };
    }
    let lines = CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        // A text no longer held anywhere is dropped from the cache (its weak pointer keeps its memory).
        cache.retain(|(weak, _)| weak.strong_count() > 0);
        let hit = cache.iter().position(|(weak, _)| weak.upgrade().is_some_and(|t| Arc::ptr_eq(&t, text)));
        let entry = match hit {
            Some(i) => cache.remove(i),
            None => (Arc::downgrade(text), Rc::new(Lines::new(text))),
        };
        let lines = Rc::clone(&entry.1);
        cache.push(entry);
        if cache.len() > CACHED_TEXTS {
            cache.remove(0);
        }
        lines
    });
    f(&lines)
}

/// Texts whose line index [`with_lines`] keeps.
const CACHED_TEXTS: usize = 4;

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A failed build: content diagnostics, or a file system or template failure.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The content has errors (there is at least one diagnostic of severity Error).
    #[error("{} error(s) in the content", .0.iter().filter(|d| d.severity == Severity::Error).count())]
    Content(Vec<Diagnostic>),
    /// Reading or writing a file failed.
    #[error("{}: {cause}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said (in the message, not repeated as a source).
        cause: std::io::Error,
    },
    /// A template failed to load or render; the message names the template file and line.
    #[error("{}", template_message(.0))]
    Template(minijinja::Error),
}

impl From<minijinja::Error> for Error {
    fn from(e: minijinja::Error) -> Self {
        Error::Template(e)
    }
}

/// `site/templates/entity.html:25: template error: undefined value: …`, once, without minijinja's debug
/// dump (the template's name and line are what an author needs).
fn template_message(e: &minijinja::Error) -> String {
    let at = match (e.name(), e.line()) {
        (Some(name), Some(line)) => format!("site/templates/{name}:{line}: "),
        (Some(name), None) => format!("site/templates/{name}: "),
        _ => String::new(),
    };
    let detail = e.detail().map(|d| format!(": {d}")).unwrap_or_default();
    format!("{at}template error: {}{detail}", e.kind())
}

impl Error {
    /// Wraps an I/O error with the path it concerns.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io { path: path.to_path_buf(), cause: source }
    }
}

/// Collects diagnostics while a phase runs, so that one run reports every problem it can find.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Adds one.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// True when at least one error was recorded.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Adds several.
    pub fn extend(&mut self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(ds);
    }

    /// Everything recorded, in the one order every command prints: errors first, then warnings; within
    /// each, by file and position, housekeeping last.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by_cached_key(|d| {
            (d.severity, d.housekeeping, d.file.clone(), d.span.as_ref().map(|s| s.start))
        });
        self.items
    }

    /// Ends a phase: `Err` with every diagnostic when there are errors, otherwise the warnings.
    pub fn finish(self) -> Result<Vec<Diagnostic>, Error> {
        if self.has_errors() {
            Err(Error::Content(self.into_sorted()))
        } else {
            Ok(self.into_sorted())
        }
    }
}

/// The closest known name to a misspelt one, for "did you mean" help; `None` when nothing is close.
pub fn suggest(wrong: &str, known: &[String]) -> Option<String> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(wrong, k), k))
        .filter(|(d, k)| *d <= (k.len() / 3).max(2))
        .min()
        .map(|(_, k)| k.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_lines_and_character_columns() {
        let text: Arc<str> = Arc::from("ab\n“cd” ef\n");
        assert_eq!(line_col(&text, 0), (1, 1));
        assert_eq!(line_col(&text, 3), (2, 1));
        let e = text.find("ef").expect("ef");
        assert_eq!(line_col(&text, e), (2, 6));
        assert_eq!(line_col(&text, text.len()), (3, 1));
    }

    /// The line index agrees with counting from the start, across blocks, lines and wide characters.
    #[test]
    fn the_line_index_agrees_with_a_scan_from_the_start() {
        let text: Arc<str> = Arc::from("a “é” b\n\n".repeat(40) + &"ж".repeat(700) + "\nend");
        for offset in (0..=text.len()).filter(|&o| text.is_char_boundary(o)) {
            let before = &text[..offset];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let want = (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1);
            assert_eq!(line_col(&text, offset), want, "at {offset}");
        }
    }

    /// Thousands of diagnostics on one line of a large file: each costs a binary search in the file's
    /// line index, not a scan from its start (which made them quadratic). A generous bound at a large n:
    /// 20,000 diagnostics at the end of a 2 MB file took minutes with the scans.
    #[test]
    fn many_diagnostics_in_one_large_file_render_quickly() {
        let text: Arc<str> = Arc::from(format!("{}\n{}", "é word\n".repeat(250_000), "[@x] ".repeat(20_000)));
        let start = std::time::Instant::now();
        let last_line = text.find("[@x]").expect("x");
        for i in 0..20_000 {
            let at = last_line + 5 * i;
            let d = Diagnostic::error("b.md", "unknown source").at(&text, at..at + 4);
            assert_eq!(d.location(), format!("b.md:250002:{}", 5 * i + 1));
            if i % 1000 == 0 {
                assert!(d.render(false).contains("[@x]"));
            }
        }
        let took = start.elapsed();
        assert!(took < std::time::Duration::from_secs(20), "{took:?}");
    }

    #[test]
    fn renders_file_line_col_caret_and_help() {
        let text: Arc<str> = Arc::from("first line\nsecond “bad” line\n");
        let at = text.find("“bad”").expect("bad");
        let d = Diagnostic::error("content/briefing.md", "quotation not found in x")
            .at(&text, at..at + "“bad”".len())
            .label("not in the source")
            .help("closest passage: “good”");
        let out = d.render(false);
        assert!(out.contains("content/briefing.md:2:8: quotation not found in x"), "{out}");
        assert!(out.contains("second “bad” line"), "{out}");
        assert!(out.contains("^^^^^"), "{out}");
        assert!(out.contains("help: closest passage"), "{out}");
    }

    /// Found by the `frontmatter` fuzz target: annotate-snippets 0.11 overflowed (a panic in debug
    /// builds) on a long line whose indentation runs past the caret.
    #[test]
    fn renders_a_caret_in_the_indentation_of_a_long_line() {
        let long = "word ".repeat(40);
        for indent in ["\u{c}".repeat(20), " ".repeat(30), "\t".repeat(8), "\u{a0}".repeat(30)] {
            let text: Arc<str> = Arc::from(format!("+++\ntitle = 1\n{indent}{long}\n+++\n"));
            let line = text.find(&indent).expect("indent");
            for span in [line..line + 1, line + indent.len()..line + indent.len() + 4, line..text.len()] {
                let d = Diagnostic::error("a.txt", "bad").at(&text, span.clone()).label("here");
                let out = d.render(false);
                assert!(out.contains("a.txt:3:"), "{indent:?} {span:?}: {out}");
                assert!(out.contains("word word"), "{indent:?} {span:?}: {out}");
            }
        }
    }

    #[test]
    fn shows_the_lines_of_the_span_with_their_numbers_and_offsets() {
        let text: Arc<str> = Arc::from("a\n\tb c\n          \n  d\ne\n");
        let at = text.find('c').expect("c");
        let s = Shown::new(&text, at..text.find('d').expect("d") + 1);
        assert_eq!(s.first_line, 2);
        assert_eq!(s.source, " b c\n          \n  d");
        assert_eq!(&s.source[s.span.clone()], "c\n          \n  d");
        let deep: Arc<str> = Arc::from(format!("x\n{0}y\n{0}  z\n", " ".repeat(40)));
        let at = deep.find('z').expect("z");
        let s = Shown::new(&deep, deep.find('y').expect("y")..at + 1);
        assert_eq!(s.source, format!("{0}y\n{0}  z", " ".repeat(KEPT_INDENT)));
        assert_eq!(&s.source[s.span.clone()], "y\n              z");
    }

    /// The shortcut for a span on one long line gives what the line-by-line way gives.
    #[test]
    fn a_long_line_is_shown_as_the_line_by_line_way_shows_it() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % n as u64) as usize
        };
        let indents = ["", "  ", "\t\t", "\u{a0}\u{a0}", " ".repeat(40).leak(), "\u{c}".repeat(20).leak()];
        let words = ["word ", "é ", "ж", "“x” ", "[@a] ", "\r"];
        let mut shortcut = 0;
        for _ in 0..3000 {
            let mut line = indents[next(indents.len())].to_string();
            for _ in 0..next(400) {
                line.push_str(words[next(words.len())]);
            }
            let text = format!("before\n{line}\nafter\n");
            let (from, to) = (7, 7 + line.len());
            let pick = |k: usize| {
                let mut k = from + k.min(line.len());
                while !text.is_char_boundary(k) {
                    k -= 1;
                }
                k
            };
            let start = pick(next(line.len() + 1));
            let end = pick(start - from + next(60)).max(start);
            let want = Shown::lines(&text, start..end, 1, from..to);
            if let Some(got) = Shown::on_a_long_line(&text, start..end, 1, from..to) {
                shortcut += 1;
                assert_eq!(
                    (&got.source, got.first_line, &got.span),
                    (&want.source, want.first_line, &want.span)
                );
            }
        }
        assert!(shortcut > 1000, "{shortcut}");
    }

    #[test]
    fn suggests_near_misses_only() {
        let known = vec!["deadly-raid-global-reach".to_string(), "bond-much-deeper".to_string()];
        assert_eq!(
            super::suggest("deadly-raid-globl-reach", &known).as_deref(),
            Some("deadly-raid-global-reach")
        );
        assert_eq!(super::suggest("bond-much-deper", &known).as_deref(), Some("bond-much-deeper"));
        assert_eq!(super::suggest("cnn", &known), None);
    }
}
