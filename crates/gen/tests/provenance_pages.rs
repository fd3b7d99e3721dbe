//! Provenance as the pages show it: declared and detected derivations on the sources index and on each
//! source's page, near-copies whose direction cannot be told, and the seed corpus's lines of reporting.

use dossier::pipeline::{build, Options};
use std::fs;
use std::path::Path;

mod common;

use common::{project, repo};

/// The real project in a temp dir with more sources, built.
fn built_with(extra: &[(&str, String)]) -> tempfile::TempDir {
    let dir = project("content");
    for (id, text) in extra {
        fs::write(dir.path().join(format!("content/sources/{id}.txt")), text).expect("write");
    }
    build(&Options::new(dir.path())).expect("the project builds");
    dir
}

fn seed_source(id: &str) -> String {
    fs::read_to_string(repo().join(format!("content/sources/{id}.txt"))).expect("read")
}

/// `text` with each `(from, to)` replaced once (each `from` must be there).
fn edited(text: &str, edits: &[(&str, &str)]) -> String {
    edits.iter().fold(text.to_string(), |t, (from, to)| {
        assert!(t.contains(from), "{from:?}");
        t.replacen(from, to, 1)
    })
}

/// Text without tags, whitespace collapsed.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of the `<dd>` after `<dt>{term}</dt>` on a source's page, if the page has the term.
fn field(dir: &Path, source: &str, term: &str) -> Option<String> {
    let page = fs::read_to_string(dir.join(format!("public/sources/{source}/index.html"))).expect("page");
    let start = page.find(&format!("<dt>{term}</dt><dd>"))? + term.len() + 13;
    let end = start + page[start..].find("</dd>")?;
    Some(text_of(&page[start..end]))
}

/// The text of the Derived from and Line of reporting cells of a source's row on the sources index.
fn row(dir: &Path, source: &str) -> (String, String) {
    let page = fs::read_to_string(dir.join("public/sources/index.html")).expect("index");
    let start = page.find(&format!("<tr id=\"{source}\">")).expect("row");
    let end = start + page[start..].find("</tr>").expect("row end");
    let cells: Vec<String> = page[start..end]
        .split("<td")
        .skip(1)
        // A cell's start tag may carry attributes (`data-label` for the phone layout).
        .map(|c| text_of(c.split_once('>').map_or("", |(_, rest)| rest).split("</td>").next().unwrap_or("")))
        .collect();
    (cells[3].clone(), cells[4].clone())
}

const TERMS: [&str; 3] = ["Derived from", "Line of reporting", "Copied or re-told by"];

#[test]
fn the_seed_keeps_its_three_retellings_of_one_report_and_two_independent_sources() {
    let dir = built_with(&[]);
    let mut shown = String::new();
    for id in [
        "biden-missing-out",
        "bond-much-deeper",
        "deadly-raid-global-reach",
        "taliban-darling-again",
        "treasury-gaining-strength",
    ] {
        let (derived, line) = row(dir.path(), id);
        shown.push_str(&format!("{id}\n  index: {derived} | {line}\n"));
        for term in TERMS {
            if let Some(v) = field(dir.path(), id, term) {
                shown.push_str(&format!("  {term}: {v}\n"));
            }
        }
    }
    insta::assert_snapshot!("seed_provenance", shown);
}

#[test]
fn a_detected_near_copy_is_shown_as_derived_on_the_index_and_both_pages() {
    // bond-much-deeper without its `derived_from`, five sentences reworded.
    let copy = edited(
        &seed_source("bond-much-deeper"),
        &[
            ("outlet = \"unknown\"", "outlet = \"Copy Desk\""),
            ("derived_from = [\"CNN\"]\n", ""),
            (
                "The report comes at a time when US troops are withdrawing from Afghanistan and many fear that the \
                 withdrawal of foreign troops will lead to unrest in the war-torn country.",
                "The story arrives as American forces pull out of the country, and observers worry that chaos will follow.",
            ),
            (
                "The Taliban has pledged that they will not cooperate with terrorists or give them shelter.",
                "Taliban leaders have promised not to work with or harbour militants.",
            ),
            ("Al-Rauf was the subject of an arrest warrant", "A New York court had sought the arrest of Al-Rauf in a warrant"),
            ("In the messages found on his computer,", "According to files recovered from his laptop,"),
            (
                "The senior intelligence official said he did not have any evidence at present to suggest that al \
                 Qaeda was planning operations beyond Afghanistan.",
                "For now, the intelligence officer added, there is no sign of plots being hatched abroad.",
            ),
        ],
    );
    let dir = built_with(&[("bond-copy", copy)]);
    let derived = field(dir.path(), "bond-copy", "Derived from").expect("derived");
    // Pages name sources by outlet or, when it is unknown, by the start of the title.
    assert!(
        derived
            .starts_with("“Al-Qaeda’s bond with Taliban is ‘now much deeper’ …” (detected, not declared: "),
        "{derived}"
    );
    assert!(derived.ends_with("% text overlap)"), "{derived}");
    assert!(!derived.contains("original"), "{derived}");
    // Its overlap with the other re-tellings comes from the one it copies: it derives from that one only.
    assert!(!derived.contains("deadly-raid") && !derived.contains("biden"), "{derived}");
    let line = field(dir.path(), "bond-copy", "Line of reporting").expect("line");
    assert!(line.starts_with("CNN, shared with 3 other sources"), "{line}");
    let by = field(dir.path(), "bond-much-deeper", "Copied or re-told by").expect("copied by");
    assert!(by.starts_with("Copy Desk (detected, not declared: "), "{by}");
    let (cell, line) = row(dir.path(), "bond-copy");
    assert!(
        cell.starts_with("“Al-Qaeda’s bond with Taliban is ‘now much deeper’ …” (detected, ")
            && cell.ends_with("% overlap)"),
        "{cell}"
    );
    assert_eq!(line, "CNN (one of 4)");
}

/// treasury-gaining-strength with three words changed (99% overlap), dated as given.
fn treasury_copy(published: &str) -> String {
    edited(
        &seed_source("treasury-gaining-strength"),
        &[
            ("outlet = \"unknown\"", "outlet = \"Copy Wire\""),
            ("published = \"2021-01\"", published),
            ("has warned that the terrorist", "has cautioned that the terrorist"),
            ("The Treasury Department has highlighted", "The Treasury Department underlined"),
            ("He also stated that", "He further stated that"),
        ],
    )
}

#[test]
fn near_copies_that_nothing_orders_say_so_and_neither_is_independent() {
    let dir = built_with(&[("treasury-copy", treasury_copy("published = \"2021-01\""))]);
    for (id, other) in
        [("treasury-copy", "“The US warns that Al Qaeda …”"), ("treasury-gaining-strength", "Copy Wire")]
    {
        let derived = field(dir.path(), id, "Derived from").expect("derived");
        assert_eq!(
            derived,
            format!("{other} (99% text overlap): one of the two copies the other; which one is unknown"),
            "{id}"
        );
        let line = field(dir.path(), id, "Line of reporting").expect("line");
        assert!(!line.contains("independent"), "{id}: {line}");
        assert!(
            line.starts_with("Copy Wire or “The US warns that Al Qaeda …”, shared with 1 other source"),
            "{line}"
        );
        assert!(field(dir.path(), id, "Copied or re-told by").is_none(), "{id}");
        let (cell, line) = row(dir.path(), id);
        assert_eq!(cell, format!("{other} (one copies the other; which one is unknown)"));
        assert_eq!(line, "Copy Wire or “The US warns that Al Qaeda …” (one of 2)");
    }
}

#[test]
fn a_later_or_undated_near_copy_derives_from_the_dated_original() {
    for published in ["published = \"2021-02\"", "published = \"unknown\""] {
        let dir = built_with(&[("treasury-copy", treasury_copy(published))]);
        let derived = field(dir.path(), "treasury-copy", "Derived from").expect("derived");
        assert_eq!(
            derived, "“The US warns that Al Qaeda …” (detected, not declared: 99% text overlap)",
            "{published}"
        );
        let original = field(dir.path(), "treasury-gaining-strength", "Derived from").expect("derived");
        assert!(original.starts_with("nothing declared or detected; others here copy"), "{original}");
        let line = field(dir.path(), "treasury-gaining-strength", "Line of reporting").expect("line");
        assert!(line.starts_with("“The US warns that Al Qaeda …”, shared with 1 other source"), "{line}");
        let by = field(dir.path(), "treasury-gaining-strength", "Copied or re-told by").expect("copied by");
        assert_eq!(by, "Copy Wire (detected, not declared: 99% text overlap)");
    }
}

/// The lines-of-reporting picture of the seed corpus: parsed as XML, its boxes and arrows counted.
#[test]
fn the_sources_page_draws_the_lines_of_reporting() {
    let dir = built_with(&[]);
    let page = fs::read_to_string(dir.path().join("public/sources/index.html")).expect("index");
    let start = page.find("<svg class=\"prov-svg\"").expect("the picture");
    let end = page[start..].find("</svg>").expect("closed") + start + 6;
    let svg = page[start..end].replace("&#x2f;", "/");
    let svg = svg.replacen("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", 1);
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed");
    let root = doc.root_element();
    assert_eq!(root.attribute("aria-labelledby"), Some("prov-title"), "named by its title");
    assert_eq!(root.attribute("aria-describedby"), Some("prov-desc"), "described in words");
    let title = doc.descendants().find(|n| n.has_tag_name("title")).and_then(|n| n.text());
    assert_eq!(title, Some("5 reports, 3 independent lines of reporting"));
    let desc = doc.descendants().find(|n| n.has_tag_name("desc")).and_then(|n| n.text()).expect("desc");
    assert!(desc.contains("News 24-7 Live copies or re-tells CNN (declared)"), "{desc}");
    let class = |n: &roxmltree::Node<'_, '_>| n.attribute("class").unwrap_or("").to_string();
    let boxes: Vec<_> = doc.descendants().filter(|n| class(n).starts_with("prov-node")).collect();
    // Five sources and two origins outside the corpus (CNN, The Daily Beast).
    assert_eq!(boxes.len(), 7);
    assert_eq!(boxes.iter().filter(|n| class(n).contains("prov-outside")).count(), 2);
    let links: Vec<&str> = doc.descendants().filter_map(|n| n.attribute("href")).collect();
    assert_eq!(links.len(), 5, "each source's box links its page");
    for href in links {
        assert!(dir.path().join("public/sources").join(href).is_file(), "{href}");
    }
    // An arrow from each copy to its origin: three to CNN, one to The Daily Beast, none detected here.
    let edges: Vec<_> = doc.descendants().filter(|n| class(n).starts_with("prov-edge")).collect();
    assert_eq!(edges.len(), 4);
    assert!(edges.iter().all(|e| !class(e).contains("prov-detected")));
    assert!(page.contains("<strong>5 reports, 3 independent lines of reporting.</strong>"));
}

/// A detected copy is drawn dashed, from the copy to the source it copies.
#[test]
fn a_detected_copy_is_a_dashed_arrow() {
    let copy = edited(
        &seed_source("deadly-raid-global-reach"),
        &[("outlet = \"News 24-7 Live\"", "outlet = \"Copy Desk\""), ("derived_from = [\"CNN\"]\n", "")],
    );
    let copy = copy.replacen("published = ", "published = 2021-12-01\n#", 1);
    let dir = built_with(&[("copy-desk", copy)]);
    let page = fs::read_to_string(dir.path().join("public/sources/index.html")).expect("index");
    assert!(page.contains("class=\"prov-edge prov-detected\""), "a dashed arrow");
    assert!(page.contains("Copy Desk copies or re-tells"), "in words too");
}
