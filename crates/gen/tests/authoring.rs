//! The authoring loop: `dossier check` reporting every problem in one run, `dossier serve` over real
//! HTTP picking up a change, and `dossier new source`.

use dossier::diag::Severity;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

mod common;

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

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(port: u16, path: &str) -> String {
    request(port, "GET", path, "127.0.0.1")
}

/// One HTTP request with the given method and Host header; the whole response.
fn request(port: u16, method: &str, path: &str, host: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(s, "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        .expect("request");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("response");
    out
}

/// Starts `dossier serve` on a free port for the project at `dir`; the server and its port.
fn start_serve(dir: &std::path::Path) -> (Server, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["serve", "--port", "0", "--root"])
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start dossier serve");
    let stdout = child.stdout.take().expect("stdout");
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).expect("address line");
    let port: u16 = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    (server, port)
}

/// Opens the event stream of a running `serve`.
fn event_stream(port: u16) -> BufReader<TcpStream> {
    let mut events = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    events.set_read_timeout(Some(Duration::from_secs(20))).expect("timeout");
    write!(events, "GET /__dossier/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").expect("request");
    let events = BufReader::new(events);
    std::thread::sleep(Duration::from_millis(300));
    events
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
    let (_server, port) = start_serve(dir.path());

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

    let mut events = event_stream(port);

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
    let (_server, port) = start_serve(dir.path());
    // Only loopback host names (DNS rebinding), only GET and HEAD.
    assert!(request(port, "GET", "/", "evil.example").starts_with("HTTP/1.1 421"));
    assert!(request(port, "GET", "/", "localhost:1").starts_with("HTTP/1.1 200"));
    assert!(request(port, "POST", "/", "127.0.0.1").starts_with("HTTP/1.1 405"));
    assert!(request(port, "DELETE", "/index.html", "127.0.0.1").starts_with("HTTP/1.1 405"));
    // A folder without its slash is redirected, so that the page's relative links work.
    let moved = get(port, "/sources");
    assert!(moved.starts_with("HTTP/1.1 301"), "{moved}");
    assert!(moved.contains("Location: /sources/"), "{moved}");

    // content/ deleted and made again (a branch switch): still watched.
    let mut events = event_stream(port);
    let content = dir.path().join("content");
    let saved = dir.path().join("content-saved");
    copy_dir(&content, &saved);
    fs::remove_dir_all(&content).expect("delete content");
    wait_for_event(&mut events, "failed");
    copy_dir(&saved, &content);
    wait_for_event(&mut events, "reload");
    edit(dir.path(), "content/briefing.md", "title = \"Mini briefing\"", "title = \"After the switch\"");
    wait_for_event(&mut events, "reload");
    assert!(get(port, "/").contains("<title>After the switch</title>"));
}

#[test]
fn a_first_build_that_fails_shows_its_error_and_a_busy_port_fails_at_once() {
    let dir = mini();
    edit(dir.path(), "content/briefing.md", "[@alpha-report]. A re", "[@alpha-reprot]. A re");
    let (_server, port) = start_serve(dir.path());
    // No good build yet: a page with the reload script (the overlay shows the error), not a bare 404.
    let page = get(port, "/");
    assert!(page.starts_with("HTTP/1.1 503"), "{page}");
    assert!(page.contains("/__dossier/reload.js"), "{page}");
    let mut events = event_stream(port);
    let error = wait_for_event(&mut events, "failed");
    assert!(error.contains("unknown source `alpha-reprot`"), "{error}");

    // A second serve on the same port fails before it builds anything.
    let other = mini();
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(other.path())
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert!(!other.path().join("public").exists(), "it built before failing to bind");
    eprintln!("busy port refused in {:?}", started.elapsed());
}
