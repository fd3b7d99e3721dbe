//! Support found by wording (issue 13): a citation with neither locator nor quotation links the
//! paragraph of its source that shares the sentence's wording, marked as found so; each reference reaches
//! its own paragraph; a sentence nothing in its source supports draws a warning in `build` and `check`.
//! The fixture (`tests/fixtures/support`) is two made-up articles on unrelated subjects.

use dossier::diag::{Diagnostic, Severity};
use dossier::pipeline::{build, Options};

mod common;

use common::{project, read, replace_in as edit, repo};

const UNSUPPORTED: &str = "supports this sentence";

fn support_warnings(diags: &[Diagnostic]) -> Vec<String> {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Warning && d.message.contains(UNSUPPORTED))
        .map(|d| format!("{}: {} | {}", d.location(), d.message, d.help.clone().unwrap_or_default()))
        .collect()
}

/// The `<div class="note-body">` of note `n` on the built briefing page.
fn note_body(page: &str, n: usize) -> String {
    let start = page.find(&format!("id=\"note-{n}\"")).unwrap_or_else(|| panic!("note {n}"));
    let body = start + page[start..].find("class=\"note-body\"").expect("note body");
    page[body..body + page[body..].find("</div>").expect("end of note")].to_string()
}

#[test]
fn each_sentence_links_the_paragraph_that_says_it() {
    let dir = project("tests/fixtures/support/content");
    let summary = build(&Options::new(dir.path())).expect("builds");
    assert_eq!(support_warnings(&summary.warnings), Vec::<String>::new());
    let page = read(dir.path(), "public/index.html");
    // Only p3 names the village: the sentence about it links p3, found by wording.
    let okrana = note_body(&page, 2);
    assert!(okrana.contains("#p3\" class=\"found\""), "{okrana}");
    assert!(okrana.contains("okrana"), "the matched words are shown: {okrana}");
    // "Councillor Varga" is an alias of the Ilse Varga of p4.
    let varga = note_body(&page, 3);
    assert!(varga.contains("#p4\" class=\"found\""), "{varga}");
    assert!(varga.contains("Councillor Varga"), "{varga}");
    // The river's height is in p1; the union's demand in p2.
    assert!(note_body(&page, 1).contains("#p1\" class=\"found\""));
    assert!(note_body(&page, 4).contains("harbour-strike/index.html#p2\" class=\"found\""));
    // An author's locator is linked as written, not marked as found.
    let located = note_body(&page, 5);
    assert!(located.contains("#p3\">") && !located.contains("class=\"found\""), "{located}");
}

#[test]
fn references_to_one_paragraph_share_a_note_and_get_lettered_backlinks() {
    let dir = project("tests/fixtures/support/content");
    edit(
        dir.path(),
        "content/briefing.md",
        "Councillor Varga",
        "Rescue boats came to the roofs of Okrana [@valley-floods]. Councillor Varga",
    );
    build(&Options::new(dir.path())).expect("builds");
    let page = read(dir.path(), "public/index.html");
    assert!(page.contains("id=\"ref-2-2\""), "the second Okrana sentence is a second reference to note 2");
    assert!(!page.contains("id=\"note-6\""), "no new note for the same paragraph");
    let source = read(dir.path(), "public/sources/valley-floods/index.html");
    let p3 = &source[source.find("id=\"p3\"").expect("p3")..];
    let p3 = &p3[..p3.find("</p>").expect("end of p3")];
    assert!(p3.contains("↩&#8239;2a</a>") && p3.contains("↩&#8239;2b</a>"), "{p3}");
    let p4 = &source[source.find("id=\"p4\"").expect("p4")..];
    assert!(p4[..p4.find("</p>").expect("end")].contains("↩&#8239;3</a>"), "a single reference: its number");
}

#[test]
fn a_sentence_its_source_does_not_support_is_flagged_at_the_citation() {
    let dir = project("tests/fixtures/support/content");
    edit(
        dir.path(),
        "content/briefing.md",
        "The union at",
        "The central bank raised interest rates to a record level [@harbour-strike]. The union at",
    );
    let want = "content/briefing.md:13:58: nothing in harbour-strike supports this sentence";
    let built = build(&Options::new(dir.path())).expect("a warning does not stop the build");
    let got = support_warnings(&built.warnings);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(got[0].starts_with(want), "{got:#?}");
    let checked = dossier::check::check(dir.path()).expect("check runs");
    let got = support_warnings(&checked);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(got[0].starts_with(want), "{got:#?}");
    // The rendered diagnostic has the caret under the citation.
    let d = checked.iter().find(|d| d.message.contains(UNSUPPORTED)).expect("the warning");
    let shown = d.render(false);
    assert!(shown.contains("^^^^") || shown.contains("----"), "{shown}");
}

#[test]
fn a_sentence_sharing_one_word_gets_the_nearest_paragraph_in_the_help() {
    let dir = project("tests/fixtures/support/content");
    edit(
        dir.path(),
        "content/briefing.md",
        "The union at",
        "Container freight on the stock market fell sharply [@harbour-strike]. The union at",
    );
    let built = build(&Options::new(dir.path())).expect("builds");
    let got = support_warnings(&built.warnings);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert!(got[0].contains("the nearest paragraph is harbour-strike, p"), "{got:#?}");
}

#[test]
fn no_citation_of_the_real_briefing_is_flagged() {
    let diags = dossier::check::check(&repo()).expect("check runs");
    assert_eq!(support_warnings(&diags), Vec::<String>::new());
}

#[test]
fn a_note_says_whether_its_sources_are_one_line_of_reporting() {
    let out = tempfile::tempdir().expect("tempdir");
    let mut options = Options::new(repo());
    options.out = out.path().join("public");
    build(&options).expect("the project builds");
    let page = read(&options.out, "index.html");
    // Each note's sources, and the sentence it ends with.
    let mut copies = 0;
    let mut independent = 0;
    for (n, _) in page.match_indices("<li id=\"note-") {
        let note = &page[n..n + page[n..].find("</li>").expect("end of note")];
        let cites = |id: &str| note.contains(&format!("sources/{id}/index.html\""));
        let cnn = ["deadly-raid-global-reach", "bond-much-deeper", "biden-missing-out"];
        let cnn_count = cnn.iter().filter(|id| cites(id)).count();
        let others =
            ["taliban-darling-again", "treasury-gaining-strength"].iter().filter(|id| cites(id)).count();
        if note.contains("class=\"note-body\"><p>") {
            continue; // a footnote: its short citations are not one citation
        }
        match (cnn_count, others) {
            (2.., 0) => {
                assert!(note.contains("Not independent: 2 copies of one CNN report."), "{note}");
                copies += 1;
            }
            (c, o) if c.min(1) + o >= 2 => {
                assert!(note.contains(&format!("{} independent lines of reporting", c.min(1) + o)), "{note}");
                independent += 1;
            }
            _ => assert!(!note.contains("independent"), "{note}"),
        }
    }
    assert!(copies >= 2 && independent >= 5, "{copies} notes of copies, {independent} of independent lines");
    // The hover preview says it too.
    assert!(page.contains("(found by wording). Not independent: 2 copies of one CNN report.</span>"));
}

#[test]
fn on_the_seed_site_every_note_reference_reaches_a_paragraph_of_each_source() {
    let out = tempfile::tempdir().expect("tempdir");
    let mut options = Options::new(repo());
    options.out = out.path().join("public");
    build(&options).expect("the project builds");
    let page = read(&options.out, "index.html");
    // Each note's sources, and those it links a paragraph (`#pN`) of.
    let hrefs = |note: &str, paragraph: bool| -> std::collections::BTreeSet<String> {
        note.split("href=\"sources/")
            .skip(1)
            .filter_map(|rest| {
                let (id, tail) = rest.split_once("/index.html")?;
                (tail.starts_with("#p") == paragraph).then(|| id.to_string())
            })
            .collect()
    };
    let mut refs = 0;
    let mut short = Vec::new();
    for (at, _) in page.match_indices("role=\"doc-noteref\"") {
        let n: String = page[..at]
            .rsplit("href=\"#note-")
            .next()
            .unwrap_or("")
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let start = page.find(&format!("<li id=\"note-{n}\"")).unwrap_or_else(|| panic!("note {n}"));
        let note = &page[start..start + page[start..].find("</li>").expect("end of note")];
        refs += 1;
        let (cited, linked) = (hrefs(note, false), hrefs(note, true));
        if !cited.is_subset(&linked) {
            short.push(n);
        }
    }
    assert!(refs >= 130, "{refs} note references");
    assert!(short.is_empty(), "{} of {refs} note references miss a paragraph: notes {short:?}", short.len());
}
