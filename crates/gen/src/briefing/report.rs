//! Where the briefing's problems are collected: errors (which stop the build) and warnings, each at its
//! place in `content/briefing.md`.

use crate::diag::{Diagnostic, Diagnostics};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// The message for raw HTML, reported for block and inline HTML alike.
const RAW_HTML: &str = "raw HTML is not allowed in the briefing";
/// What to write instead of raw HTML.
const RAW_HTML_HELP: &str =
    "write it in Markdown; dossier escapes HTML so that content can never run scripts";

/// The briefing's file and text, and the diagnostics found in it so far.
pub(super) struct Report<'s> {
    /// `content/briefing.md`.
    pub(super) path: &'s Path,
    /// Its whole text (spans are offsets into it).
    pub(super) text: &'s Arc<str>,
    /// Errors, and the front matter's warnings.
    pub(super) diags: Diagnostics,
    /// Warnings found while compiling the body.
    pub(super) warnings: Vec<Diagnostic>,
}

impl<'s> Report<'s> {
    /// Starts a report with what the front matter already found.
    pub(super) fn new(path: &'s Path, text: &'s Arc<str>, diags: Diagnostics) -> Self {
        Report { path, text, diags, warnings: Vec::new() }
    }

    /// Records an error at `span`.
    pub(super) fn error(&mut self, span: Range<usize>, message: String, label: &str, help: Option<String>) {
        let mut d = Diagnostic::error(self.path, message).at(self.text, span).label(label.to_string());
        if let Some(h) = help {
            d = d.help(h);
        }
        self.diags.push(d);
    }

    /// Records raw HTML at `span`: it is never passed through.
    pub(super) fn raw_html(&mut self, span: Range<usize>) {
        self.error(span, RAW_HTML.into(), "raw HTML", Some(RAW_HTML_HELP.into()));
    }

    /// Records a warning at `span`.
    pub(super) fn warning(&mut self, span: Range<usize>, message: &str, label: &str, help: &str) {
        self.warnings
            .push(Diagnostic::warning(self.path, message).at(self.text, span).label(label).help(help));
    }

    /// Everything found, for a failed build: errors sorted, then the warnings, so `dossier check` can
    /// list everything in one run.
    pub(super) fn into_errors(self) -> Vec<Diagnostic> {
        let mut all = self.diags.into_sorted();
        all.extend(self.warnings);
        all
    }

    /// Everything found, for a successful build: the body's warnings, then the rest sorted.
    pub(super) fn into_warnings(self) -> Vec<Diagnostic> {
        let mut warnings = self.warnings;
        warnings.extend(self.diags.into_sorted());
        warnings
    }

    /// Whether any error was found.
    pub(super) fn has_errors(&self) -> bool {
        self.diags.has_errors()
    }
}
