//! Whole-site tests: build fixture sites and the real project in temporary folders, then check the pages
//! and the error messages.

use dossier::diag::Error;
use dossier::pipeline::{build, Options};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

mod common;

use common::{content_errors, mini, project, read, replace_in, repo, snapshot as snapshot_dir};

fn errors(result: Result<dossier::pipeline::Summary, Error>) -> Vec<String> {
    content_errors(result).iter().map(|d| d.render(false)).collect()
}

#[test]
fn the_project_builds_with_every_link_resolving() {
    let out = tempfile::tempdir().expect("tempdir");
    let mut options = Options::new(repo());
    options.out = out.path().join("public");
    let summary = build(&options).expect("the project builds");
    let public = options.out;
    let sources: Vec<String> = fs::read_dir(repo().join("content/sources"))
        .expect("sources")
        .map(|e| e.expect("entry").path().file_stem().expect("stem").to_string_lossy().into_owned())
        .collect();
    assert!(sources.len() >= 5);
    assert_eq!(summary.sources, sources.len());
    for id in &sources {
        let page = read(&public, &format!("sources/{id}/index.html"));
        assert!(page.contains("id=\"p1\""), "{id} has paragraph anchors");
        assert!(read(&public, "sources/index.html").contains(&format!("href=\"{id}/index.html\"")));
    }
    let index = read(&public, "index.html");
    assert!(index.contains("role=\"doc-endnotes\""));
    assert!(index.contains("role=\"doc-noteref\""));
    assert!(index.contains("role=\"doc-backlink\""));
    // Independently of the build's own check: every internal href and #fragment on disk resolves.
    let files = snapshot_dir(&public);
    let (pages, other): (BTreeMap<_, _>, BTreeMap<_, _>) =
        files.into_iter().partition(|(p, _)| p.extension().is_some_and(|e| e == "html"));
    let other: BTreeSet<PathBuf> = other.into_keys().collect();
    assert_eq!(dossier::check::links::check(&pages, &other), []);
    // No request outside the site's own folder: no absolute or protocol-relative src/href for assets.
    for (path, bytes) in &pages {
        let html = String::from_utf8_lossy(bytes);
        assert!(
            !html.contains("src=\"http") && !html.contains("src=\"//"),
            "{path:?} loads something external"
        );
        assert!(!html.contains("<link rel=\"stylesheet\" href=\"http"), "{path:?}");
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let a = tempfile::tempdir().expect("tempdir");
    let b = tempfile::tempdir().expect("tempdir");
    for out in [&a, &b] {
        let mut o = Options::new(repo());
        o.out = out.path().join("public");
        build(&o).expect("builds");
    }
    assert!(snapshot_dir(&a.path().join("public")) == snapshot_dir(&b.path().join("public")));
}

#[test]
fn fixture_notes_previews_backlinks_and_verified_paragraph_links() {
    let dir = mini();
    let summary = build(&Options::new(dir.path())).expect("mini builds");
    assert_eq!(summary.sources, 2);
    assert_eq!(summary.citations, 6);
    // Straight quotes and a hyphen in the briefing verify against curly quotes and an en dash.
    assert_eq!(summary.verified_quotations, 5);
    let index = read(dir.path(), "public/index.html");
    // The re-cited identical note gets backlinks a and b.
    assert!(
        index.contains("href=\"#ref-1-1\" role=\"doc-backlink\" aria-label=\"Back to reference 1a\">a</a>"),
        "{index}"
    );
    assert!(index.contains("href=\"#ref-1-2\""));
    // The note links to the paragraph where the words were found, and says they were checked.
    assert!(index.contains("href=\"sources/alpha-report/index.html#p1\""));
    assert!(index.contains("(quotation checked)"));
    assert!(index.contains("https://example.org/alpha"));
    // Hover and focus preview without JavaScript: the note's text sits next to the reference.
    assert!(index.contains("class=\"note-tip\""));
    // No inline script: the only script is the external loader (the page reads without it), deferred
    // and classic so that a page opened from a file runs it and says why search is unavailable.
    assert_eq!(index.matches("<script").count(), 1);
    assert!(index.contains("<script defer src=\"static/dossier.js\"></script>"));
    // The search form leads to the search page, which the build writes.
    assert!(index.contains("action=\"search/index.html\""));
    assert!(read(dir.path(), "public/search/index.html").contains("id=\"search-needs-js\""));
    // A citation inside a footnote is written out in short, not as a note of a note.
    assert!(index.contains("class=\"cite-short\""));
    let beta = read(dir.path(), "public/sources/beta-retelling/index.html");
    assert!(beta.contains("Dropped lines (2)"), "{beta}");
    assert!(beta.contains("headline repeated") || beta.contains("masthead"), "{beta}");
    assert!(beta.contains("photo credit"));
    assert!(beta.contains("href=\"../alpha-report/index.html\""), "derived_from links to the source");
    let alpha = read(dir.path(), "public/sources/alpha-report/index.html");
    assert!(alpha.contains("beta-retelling"), "copied-by link on the original");
    assert!(alpha.contains("comment section"));
}

#[test]
fn a_made_up_quotation_fails_the_build_and_leaves_public_untouched() {
    let dir = project("content");
    build(&Options::new(dir.path())).expect("the project builds");
    let before = snapshot_dir(&dir.path().join("public"));
    let path = dir.path().join("content/briefing.md");
    let mut text = read(dir.path(), "content/briefing.md");
    let line = text.lines().count() + 2;
    text.push_str(
        "\nThe official said the Taliban \"sold the moon to al-Qaeda for a song\" [@bond-much-deeper].\n",
    );
    fs::write(&path, text).expect("write");
    let errs = errors(build(&Options::new(dir.path())));
    assert_eq!(errs.len(), 1, "{errs:#?}");
    assert!(
        errs[0].contains(&format!("content/briefing.md:{line}:31: quotation not found in bond-much-deeper")),
        "{}",
        errs[0]
    );
    assert!(errs[0].contains("closest passage in bond-much-deeper"), "{}", errs[0]);
    assert!(snapshot_dir(&dir.path().join("public")) == before, "public/ changed after a failed build");
}

#[test]
fn a_new_article_appears_without_code_changes() {
    let dir = mini();
    fs::write(
        dir.path().join("content/sources/gamma-new.txt"),
        "+++\ntitle = \"Gamma: a new article\"\noutlet = \"Gamma Times\"\npublished = 2021-07-01\n+++\nGamma text, first paragraph.\n",
    )
    .expect("write");
    let summary = build(&Options::new(dir.path())).expect("builds");
    assert_eq!(summary.sources, 3);
    let list = read(dir.path(), "public/sources/index.html");
    assert!(list.contains("Gamma: a new article") && list.contains("Gamma Times"));
    assert!(read(dir.path(), "public/sources/gamma-new/index.html").contains("Gamma text, first paragraph."));
}

fn broken(edit: impl FnOnce(&Path)) -> Vec<String> {
    let dir = mini();
    edit(dir.path());
    errors(build(&Options::new(dir.path())))
}

#[test]
fn errors_name_file_line_and_column() {
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            broken(|d| {
                replace_in(d, "content/briefing.md", "[@alpha-report]. A re", "[@alpha-reprot]. A re")
            }),
            "content/briefing.md:11:79: unknown source `alpha-reprot`",
        ),
        (
            broken(|d| replace_in(d, "content/briefing.md", ".[^aside]", ".[^asid]")),
            "content/briefing.md:11:252: reference to undefined note `[^asid]`",
        ),
        (
            broken(|d| replace_in(d, "content/briefing.md", "[^aside]: Only", "[^other]: Only")),
            "content/briefing.md:19:1: note `[^other]` is defined but never used",
        ),
        (
            broken(|d| {
                replace_in(
                    d,
                    "content/sources/alpha-report.txt",
                    "credibility = 2",
                    "credibility = 2\nwriter = \"x\"",
                )
            }),
            "content/sources/alpha-report.txt:8:1: bad front matter: unknown field `writer`",
        ),
        (
            broken(|d| {
                replace_in(d, "content/briefing.md", "[@beta-retelling, p1]", "[@beta-retelling, p9]")
            }),
            "content/briefing.md:11:151: `beta-retelling` has no paragraph p9",
        ),
        (
            broken(|d| {
                replace_in(
                    d,
                    "content/briefing.md",
                    "## Findings",
                    "## Findings\n\n<script>alert(1)</script>",
                )
            }),
            "content/briefing.md:11:1: raw HTML is not allowed in the briefing",
        ),
    ];
    for (errs, want) in cases {
        assert!(errs.iter().any(|e| e.contains(want)), "wanted {want:?} in {errs:#?}");
    }
}

#[test]
fn near_miss_ids_get_a_suggestion_and_several_errors_come_together() {
    let errs = broken(|d| {
        replace_in(d, "content/briefing.md", "[@alpha-report]. A re", "[@alpha-reprot]. A re");
        replace_in(d, "content/briefing.md", "twice: \"collect money", "twice: \"collect cash");
        replace_in(
            d,
            "content/sources/beta-retelling.txt",
            "published = \"2021-06\"",
            "published = \"June\"",
        );
    });
    assert_eq!(errs.len(), 3, "{errs:#?}");
    assert!(errs.iter().any(|e| e.contains("help: did you mean `alpha-report`?")), "{errs:#?}");
    assert!(errs
        .iter()
        .any(|e| e.contains("content/sources/beta-retelling.txt:4:13: invalid `published` date")));
    let q = errs.iter().find(|e| e.contains("quotation not found in alpha-report")).expect("quotation error");
    assert!(q.contains("closest passage in alpha-report, p1: “"), "{q}");
    insta::assert_snapshot!("unverified_quotation", q);
}

#[test]
fn a_locator_must_point_at_the_quoted_paragraph() {
    let errs =
        broken(|d| replace_in(d, "content/briefing.md", "[@beta-retelling, p1]", "[@beta-retelling, p2]"));
    assert!(
        errs.iter()
            .any(|e| e
                .contains("quotation is in p1 of beta-retelling, not in the paragraph the locator gives")),
        "{errs:#?}"
    );
}

#[test]
fn missing_briefing_sources_and_templates_are_reported() {
    let errs = broken(|d| fs::remove_file(d.join("content/briefing.md")).expect("rm"));
    assert!(errs.iter().any(|e| e.contains("content/briefing.md: the briefing is missing")), "{errs:#?}");
    let dir = mini();
    fs::write(
        dir.path().join("site/templates/source.html"),
        "{% extends \"layout.html\" %}{% block content %}{{ nope.x }}{% endblock %}",
    )
    .expect("write");
    match build(&Options::new(dir.path())) {
        Err(Error::Template(e)) => {
            let msg = format!("{e:#}");
            assert!(msg.contains("source.html"), "{msg}");
        }
        other => panic!("expected a template error, got {other:?}"),
    }
}

#[test]
fn invalid_utf8_and_empty_files_are_errors_not_panics() {
    let errs = broken(|d| {
        fs::write(d.join("content/sources/alpha-report.txt"), b"+++\ntitle = \"\xff\"\n+++\n").expect("w")
    });
    assert!(
        errs.iter().any(|e| e.contains("content/sources/alpha-report.txt:2:10: the file is not valid UTF-8")),
        "{errs:#?}"
    );
    let errs = broken(|d| fs::write(d.join("content/sources/alpha-report.txt"), "").expect("w"));
    assert!(errs.iter().any(|e| e.contains("alpha-report.txt:1:1: missing front matter")), "{errs:#?}");
}

#[test]
fn rendered_fixture_body_snapshot() {
    let dir = mini();
    build(&Options::new(dir.path())).expect("builds");
    let index = read(dir.path(), "public/index.html");
    let start = index.find("<div class=\"body\">").expect("body");
    let end = index.find("</article>").expect("end");
    insta::assert_snapshot!("mini_briefing_body", &index[start..end]);
}
