//! Malformed references are errors at their line and column (issue 13): a note reference or definition
//! without its `]` is not published as literal text, and an unclosed citation is one error, not also a
//! "quotation without a citation" warning. Uses the made-up articles of `tests/fixtures/support`.

mod common;

use common::{append, errors, project, replace_in as edit};

const BRIEFING: &str = "content/briefing.md";

fn fixture() -> tempfile::TempDir {
    project("tests/fixtures/support/content")
}

/// Every diagnostic `dossier check` gives for the briefing, as `file:line:col: message` (warnings about
/// the briefing's wording aside, which these tests do not change).
fn check_briefing(dir: &std::path::Path) -> Vec<String> {
    dossier::check::check(dir)
        .expect("check runs")
        .iter()
        .filter(|d| d.location().starts_with(BRIEFING))
        .map(|d| format!("{:?} {}: {}", d.severity, d.location(), d.message))
        .collect()
}

#[test]
fn an_unclosed_note_reference_is_an_error_at_its_start() {
    let dir = fixture();
    edit(dir.path(), BRIEFING, "forty years [@valley-floods].", "forty years[^gauge] [@valley-floods].");
    append(dir.path(), BRIEFING, "\n[^gauge]: The gauge at Okrana bridge [@valley-floods].\n");
    dossier::pipeline::build(&dossier::pipeline::Options::new(dir.path()))
        .expect("the closed reference builds");
    edit(dir.path(), BRIEFING, "forty years[^gauge] [@", "forty years[^gauge, says the gauge [@");
    // One error, at the `[` (line 9, column 54); the definition it would use is not also "unused".
    assert_eq!(errors(dir.path()), ["content/briefing.md:9:54: note reference `[^gauge` is not closed"]);
}

#[test]
fn a_note_label_with_a_space_is_an_error_not_text() {
    let dir = fixture();
    edit(dir.path(), BRIEFING, "forty years [@valley-floods].", "forty years[^the gauge] [@valley-floods].");
    assert_eq!(errors(dir.path()), ["content/briefing.md:9:54: note label `[^the gauge]` has a space"]);
}

#[test]
fn an_unclosed_note_definition_is_one_error_at_its_line() {
    let dir = fixture();
    edit(dir.path(), BRIEFING, "forty years [@valley-floods].", "forty years[^gauge] [@valley-floods].");
    append(dir.path(), BRIEFING, "\n[^gauge: The gauge at Okrana bridge [@valley-floods].\n");
    // The reference it would serve is not also reported as undefined.
    assert_eq!(errors(dir.path()), ["content/briefing.md:15:1: note definition `[^gauge` is not closed"]);
}

#[test]
fn an_unclosed_citation_is_one_error_and_its_quotation_counts_as_cited() {
    let dir = fixture();
    edit(
        dir.path(),
        BRIEFING,
        "Floodwater reached Okrana, and people waited on their roofs [@valley-floods].",
        "Floodwater reached Okrana, where “residents climbed onto roofs” [@valley-floods, p3. Then more.",
    );
    let got = check_briefing(dir.path());
    let errors: Vec<&String> = got.iter().filter(|d| d.starts_with("Error")).collect();
    assert_eq!(
        errors,
        ["Error content/briefing.md:9:137: citation `[@valley-floods, p3` is not closed"],
        "{got:#?}"
    );
    assert!(!got.iter().any(|d| d.contains("quotation without a citation")), "{got:#?}");
    // The quotation is checked against the source the unclosed citation names: a wrong one is reported.
    edit(dir.path(), BRIEFING, "residents climbed onto roofs", "residents swam to the roofs");
    let got = check_briefing(dir.path());
    assert!(got.iter().any(|d| d.contains("quotation not found in valley-floods")), "{got:#?}");
}
