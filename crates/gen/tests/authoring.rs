//! The authoring loop: `dossier check` reporting every problem in one run, `dossier serve` over real
//! HTTP picking up a change, and `dossier new source`.

use dossier::diag::Severity;
use std::fs;
use std::io::BufRead;
use std::process::Command;
use std::time::{Duration, Instant};

mod common;

use common::serve::{self, wait_for_event};
use common::{copy_dir, mini, replace_in as edit};

#[test]
fn check_reports_a_broken_link_an_uncited_source_and_an_unverified_quotation_in_one_run() {
    let dir = mini();
    edit(
        dir.path(),
        "content/briefing.md",
        "## Findings\n",
        "## Findings\n\nSee [the missing page](sources/nope/index.html).\n",
    );
    edit(dir.path(), "content/briefing.md", "“transfer it to the Taliban”", "“hand it to the Taliban”");
    fs::write(
        dir.path().join("content/sources/gamma-uncited.txt"),
        "+++\ntitle = \"Gamma\"\noutlet = \"Gamma Times\"\npublished = 2021-07-01\n+++\nGamma text.\n",
    )
    .expect("write");
    let public_before = dir.path().join("public").exists();
    let diags = dossier::check::check(dir.path()).expect("check runs");
    let lines: Vec<String> =
        diags.iter().map(|d| format!("{:?} {}: {}", d.severity, d.location(), d.message)).collect();
    let has = |want: &str| lines.iter().any(|l| l.contains(want));
    assert!(
        has(
            "Error content/briefing.md:11:5: broken link `sources/nope/index.html`: no such page in the site"
        ),
        "{lines:#?}"
    );
    assert!(has("Error content/briefing.md:13:"), "{lines:#?}");
    assert!(has("quotation not found in beta-retelling"), "{lines:#?}");
    assert!(has("Warning content/sources/gamma-uncited.txt:2:1: source `gamma-uncited` is never cited in the briefing"), "{lines:#?}");
    // Errors come first, then warnings.
    let first_warning = diags.iter().position(|d| d.severity == Severity::Warning).expect("a warning");
    assert!(diags[..first_warning].iter().all(|d| d.severity == Severity::Error));
    assert_eq!(dir.path().join("public").exists(), public_before, "check never writes public/");
}

#[test]
fn check_warns_about_quotations_without_citation_and_todo_fields() {
    let dir = mini();
    edit(
        dir.path(),
        "content/briefing.md",
        "## Findings\n",
        "## Findings\n\nSomeone said “nothing cited here”.\n",
    );
    let raw = dir.path().join("raw.txt");
    fs::write(&raw, "Delta headline\nDelta body.\n").expect("write");
    dossier::load::new_source::new_source(dir.path(), "delta-new", &raw).expect("created");
    let diags = dossier::check::check(dir.path()).expect("check runs");
    let lines: Vec<String> = diags.iter().map(|d| format!("{}: {}", d.location(), d.message)).collect();
    assert!(
        lines.iter().any(|l| l.starts_with("content/briefing.md:11:14: quotation without a citation")),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("content/sources/delta-new.txt:3:") && l.contains("TODO")),
        "{lines:#?}"
    );
    assert!(diags.iter().all(|d| d.severity == Severity::Warning), "{lines:#?}");
}

#[test]
fn serve_answers_over_http_and_picks_up_changes() {
    let dir = mini();
    let server = serve::start(dir.path());

    let page = server.get("/");
    assert_eq!(serve::status(&page), "200", "{page}");
    assert!(page.contains("<title>Mini briefing</title>"));
    assert!(page.contains("<script src=\"/__dossier/reload.js\"></script>"), "the reload script is injected");
    assert!(
        !fs::read_to_string(dir.path().join("public/index.html")).expect("built").contains("__dossier"),
        "never in the files"
    );
    assert!(server.get("/__dossier/reload.js").contains("EventSource"));
    assert_eq!(serve::status(&server.get("/../../etc/passwd")), "404");

    let mut events = server.events(Duration::from_secs(20));

    // An edit is rebuilt and announced.
    let started = Instant::now();
    edit(dir.path(), "content/briefing.md", "title = \"Mini briefing\"", "title = \"Edited briefing\"");
    wait_for_event(&mut events, "reload");
    let elapsed = started.elapsed();
    assert!(server.get("/").contains("<title>Edited briefing</title>"));
    eprintln!("edit → reload event: {elapsed:?}");

    // A broken citation: the error is announced, the last good page stays served.
    edit(dir.path(), "content/briefing.md", "[@alpha-report]. A re", "[@alpha-reprot]. A re");
    let error = wait_for_event(&mut events, "failed");
    assert!(error.contains("content/briefing.md:11:79: unknown source `alpha-reprot`"), "{error}");
    assert!(server.get("/").contains("<title>Edited briefing</title>"));

    // Fixing it recovers.
    edit(dir.path(), "content/briefing.md", "[@alpha-reprot]. A re", "[@alpha-report]. A re");
    wait_for_event(&mut events, "reload");

    // And then it rests: the build's own swap of public/ beside content/ starts no further build (it
    // did, forever, once the project folder was watched for a new content/).
    events.get_ref().set_read_timeout(Some(Duration::from_millis(300))).expect("timeout");
    let quiet = Instant::now();
    while quiet.elapsed() < Duration::from_secs(2) {
        let mut line = String::new();
        if events.read_line(&mut line).is_ok() {
            assert!(!line.starts_with("event: "), "a build nobody asked for: {line:?}");
        }
    }
}

#[test]
fn serve_cannot_be_steered_and_survives_a_replaced_content_folder() {
    let dir = mini();
    let server = serve::start(dir.path());
    // Only loopback host names (DNS rebinding), only GET and HEAD.
    assert_eq!(serve::status(&server.request("GET", "/", "evil.example")), "421");
    assert_eq!(serve::status(&server.request("GET", "/", "localhost:1")), "200");
    assert_eq!(serve::status(&server.request("POST", "/", "127.0.0.1")), "405");
    assert_eq!(serve::status(&server.request("DELETE", "/index.html", "127.0.0.1")), "405");
    // A folder without its slash is redirected, so that the page's relative links work.
    let moved = server.get("/sources");
    assert_eq!(serve::status(&moved), "301", "{moved}");
    assert!(moved.contains("Location: /sources/"), "{moved}");

    // content/ deleted and made again (a branch switch): still watched.
    let mut events = server.events(Duration::from_secs(20));
    let content = dir.path().join("content");
    let saved = dir.path().join("content-saved");
    copy_dir(&content, &saved);
    fs::remove_dir_all(&content).expect("delete content");
    wait_for_event(&mut events, "failed");
    copy_dir(&saved, &content);
    wait_for_event(&mut events, "reload");
    edit(dir.path(), "content/briefing.md", "title = \"Mini briefing\"", "title = \"After the switch\"");
    wait_for_event(&mut events, "reload");
    assert!(server.get("/").contains("<title>After the switch</title>"));
}

#[test]
fn a_first_build_that_fails_shows_its_error_and_a_busy_port_fails_at_once() {
    let dir = mini();
    edit(dir.path(), "content/briefing.md", "[@alpha-report]. A re", "[@alpha-reprot]. A re");
    let server = serve::start(dir.path());
    // No good build yet: a page with the reload script (the overlay shows the error), not a bare 404.
    let page = server.get("/");
    assert_eq!(serve::status(&page), "503", "{page}");
    assert!(page.contains("/__dossier/reload.js"), "{page}");
    let mut events = server.events(Duration::from_secs(20));
    let error = wait_for_event(&mut events, "failed");
    assert!(error.contains("unknown source `alpha-reprot`"), "{error}");

    // A second serve on the same port fails before it builds anything.
    let other = mini();
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["serve", "--port", &server.port.to_string(), "--root"])
        .arg(other.path())
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(!other.path().join("public").exists(), "it built before failing to bind");
    eprintln!("busy port refused in {:?}", started.elapsed());
}
