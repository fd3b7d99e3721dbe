//! The authoring loop: `dossier check` reporting every problem in one run, `dossier serve` over real
//! HTTP picking up a change, and `dossier new source`.

use dossier::diag::Severity;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod common;

use common::{mini, replace_in as edit};

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

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").expect("request");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("response");
    out
}

/// Reads server-sent events until one named `event` arrives; returns its data lines.
fn wait_for_event(reader: &mut impl BufRead, event: &str) -> String {
    let mut current = String::new();
    let mut data = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).expect("read event") == 0 {
            panic!("event stream closed before `{event}`");
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if let Some(name) = line.strip_prefix("event: ") {
            current = name.to_string();
            data.clear();
        } else if let Some(d) = line.strip_prefix("data: ") {
            data.push_str(d);
            data.push('\n');
        } else if line.is_empty() && current == event {
            return data;
        }
    }
}

#[test]
fn serve_answers_over_http_and_picks_up_changes() {
    let dir = mini();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["serve", "--port", "0", "--root"])
        .arg(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start dossier serve");
    let stdout = child.stdout.take().expect("stdout");
    let _server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).expect("address line");
    let port: u16 = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));

    let page = get(port, "/");
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert!(page.contains("<title>Mini briefing</title>"));
    assert!(page.contains("<script src=\"/__dossier/reload.js\"></script>"), "the reload script is injected");
    assert!(
        !fs::read_to_string(dir.path().join("public/index.html")).expect("built").contains("__dossier"),
        "never in the files"
    );
    assert!(get(port, "/__dossier/reload.js").contains("EventSource"));
    assert!(get(port, "/../../etc/passwd").starts_with("HTTP/1.1 404"));

    let mut events = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    events.set_read_timeout(Some(Duration::from_secs(20))).expect("timeout");
    write!(events, "GET /__dossier/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").expect("request");
    let mut events = BufReader::new(events);
    std::thread::sleep(Duration::from_millis(300));

    // An edit is rebuilt and announced.
    let started = Instant::now();
    edit(dir.path(), "content/briefing.md", "title = \"Mini briefing\"", "title = \"Edited briefing\"");
    wait_for_event(&mut events, "reload");
    let elapsed = started.elapsed();
    assert!(get(port, "/").contains("<title>Edited briefing</title>"));
    eprintln!("edit → reload event: {elapsed:?}");

    // A broken citation: the error is announced, the last good page stays served.
    edit(dir.path(), "content/briefing.md", "[@alpha-report]. A re", "[@alpha-reprot]. A re");
    let error = wait_for_event(&mut events, "failed");
    assert!(error.contains("content/briefing.md:11:79: unknown source `alpha-reprot`"), "{error}");
    assert!(get(port, "/").contains("<title>Edited briefing</title>"));

    // Fixing it recovers.
    edit(dir.path(), "content/briefing.md", "[@alpha-reprot]. A re", "[@alpha-report]. A re");
    wait_for_event(&mut events, "reload");
}
