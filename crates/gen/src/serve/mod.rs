//! `dossier serve`: build, serve `public/` on 127.0.0.1, watch `content/` and `site/`, rebuild on change
//! and reload the open browser tab.
//!
//! The live-reload channel exists only here: HTML responses get one `<script src="/__dossier/reload.js">`
//! injected on the way out (the files in `public/` never contain it), and that script listens to
//! server-sent events on `/__dossier/events`. A failed rebuild keeps the last good `public/` (the build
//! is atomic), prints the diagnostics in the terminal and shows them as an overlay in the page.

use crate::diag::{Error, Severity};
use crate::pipeline::{self, Kept, Options};
use crate::project;
use inputs::Inputs;
use notify::{RecursiveMode, Watcher};
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

mod inputs;

const RELOAD_JS: &str = include_str!("reload.js");
const INJECT: &str = "<script src=\"/__dossier/reload.js\"></script>";

/// What the open pages should show: which build they are on, and the error of the last rebuild.
#[derive(Debug, Default)]
struct State {
    generation: u64,
    error: Option<String>,
}

type Shared = Arc<(Mutex<State>, Condvar)>;

/// Builds, then serves and rebuilds until the process is stopped. `ready` is called with the address
/// once the server listens (the binary prints it).
pub fn serve(options: &Options, port: u16, color: bool, ready: impl FnOnce(SocketAddr)) -> Result<(), Error> {
    // Bind first: a second `serve` on a busy port fails at once instead of building for nothing.
    let server = tiny_http::Server::http(("127.0.0.1", port)).map_err(|e| Error::Io {
        path: PathBuf::from(format!("127.0.0.1:{port}")),
        cause: std::io::Error::other(e.to_string()),
    })?;
    let addr = server.server_addr().to_ip().unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], port)));
    let shared: Shared = Arc::new((Mutex::new(State::default()), Condvar::new()));
    let mut memo = Memo::default();
    rebuild(options, &shared, color, &mut memo);

    let (tx, rx) = mpsc::channel();
    // The project folder is watched too (to see a new content/), so the build's own swap of the output
    // folder beside content/ reports events: only those under content/ or site/ (or naming no path)
    // start a build, or every build would start the next.
    let roots = [options.root.clone(), options.root.canonicalize().unwrap_or_else(|_| options.root.clone())];
    let watched_dirs: Vec<PathBuf> =
        roots.iter().flat_map(|r| [r.join(project::CONTENT), r.join(project::SITE)]).collect();
    let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if let Ok(e) = event {
            let ours =
                e.paths.is_empty() || e.paths.iter().any(|p| watched_dirs.iter().any(|d| p.starts_with(d)));
            if ours && !matches!(e.kind, notify::EventKind::Access(_)) {
                let _ = tx.send(());
            }
        }
    })
    .map_err(|e| Error::Io { path: options.root.clone(), cause: std::io::Error::other(e.to_string()) })?;
    let mut watched = Watched { watcher, root: options.root.clone(), dirs: Vec::new() };
    watched.refresh()?;
    let (opts, state) = (options.clone(), Arc::clone(&shared));
    std::thread::spawn(move || {
        while rx.recv().is_ok() {
            // Editors write in bursts (temp file, rename, chmod): wait for the burst to end.
            while rx.recv_timeout(Duration::from_millis(60)).is_ok() {}
            // content/ or site/ may have been replaced (a branch switch): watch what is there now.
            if let Err(e) = watched.refresh() {
                eprintln!("warning: {e}");
            }
            rebuild(&opts, &state, color, &mut memo);
        }
    });

    ready(addr);
    let out = Arc::new(options.out.clone());
    for request in server.incoming_requests() {
        let (out, state) = (Arc::clone(&out), Arc::clone(&shared));
        std::thread::spawn(move || handle(request, &out, &state));
    }
    Ok(())
}

/// The folders `serve` watches. A watch is on an inode: when `content/` is deleted and made again (a
/// branch switch, a restore) the old watch sees nothing more, so every burst of events re-watches the
/// folders; the project folder itself is watched, not recursively, so that a new `content/` is seen.
struct Watched {
    watcher: notify::RecommendedWatcher,
    root: PathBuf,
    dirs: Vec<PathBuf>,
}

impl Watched {
    fn refresh(&mut self) -> Result<(), Error> {
        for dir in std::mem::take(&mut self.dirs) {
            let _ = self.watcher.unwatch(&dir);
        }
        let io = |path: &Path, e: notify::Error| Error::Io {
            path: path.to_path_buf(),
            cause: std::io::Error::other(e.to_string()),
        };
        self.watcher.watch(&self.root, RecursiveMode::NonRecursive).map_err(|e| io(&self.root, e))?;
        self.dirs.push(self.root.clone());
        for dir in [project::CONTENT, project::SITE] {
            let path = self.root.join(dir);
            if path.is_dir() {
                self.watcher.watch(&path, RecursiveMode::Recursive).map_err(|e| io(&path, e))?;
                self.dirs.push(path);
            }
        }
        Ok(())
    }
}

/// What the rebuilds remember: the last build's corpus and site, and the state of the files they were
/// made from.
#[derive(Default)]
struct Memo {
    kept: Option<Kept>,
    inputs: Option<Inputs>,
}

fn rebuild(options: &Options, shared: &Shared, color: bool, memo: &mut Memo) {
    let started = Instant::now();
    // Taken before the build reads anything, so that an edit made while it runs starts the next one.
    let inputs = Inputs::of(options);
    let kept = memo.kept.take().filter(|_| memo.inputs.as_ref() == Some(&inputs));
    let (result, kept) = pipeline::build_keeping(options, kept);
    memo.kept = kept;
    memo.inputs = Some(inputs);
    let (lock, changed) = &**shared;
    let mut state = match lock.lock() {
        Ok(s) => s,
        Err(poisoned) => poisoned.into_inner(),
    };
    match result {
        Ok(summary) => {
            for w in &summary.warnings {
                eprintln!("{}", w.render(color));
            }
            eprintln!("{summary} (rebuilt in {:.0?})", started.elapsed());
            state.error = None;
        }
        Err(e) => {
            let text = match &e {
                Error::Content(diags) => {
                    let errors = diags.iter().filter(|d| d.severity == Severity::Error).count();
                    let body: Vec<String> = diags.iter().map(|d| d.render(false)).collect();
                    for d in diags {
                        eprintln!("{}\n", d.render(color));
                    }
                    format!("{}\n\n{errors} error(s); still serving the last good build.", body.join("\n\n"))
                }
                other => {
                    eprintln!("error: {other}");
                    format!("{other}\n\nStill serving the last good build.")
                }
            };
            eprintln!("build failed; still serving the last good build");
            state.error = Some(text);
        }
    }
    state.generation += 1;
    changed.notify_all();
}

fn handle(request: tiny_http::Request, out: &Path, shared: &Shared) {
    let refuse = |request: tiny_http::Request, code: u16, why: &str| {
        let _ = request.respond(tiny_http::Response::from_string(why).with_status_code(code));
    };
    // DNS rebinding: a page of another site whose name resolves to 127.0.0.1 must not read this one.
    let host = request.headers().iter().find(|h| h.field.equiv("Host")).map(|h| h.value.as_str().to_string());
    if !host.as_deref().is_some_and(is_local_host) {
        return refuse(request, 421, "dossier serve answers only requests for 127.0.0.1, localhost or [::1]");
    }
    if !matches!(request.method(), tiny_http::Method::Get | tiny_http::Method::Head) {
        return refuse(request, 405, "dossier serve answers GET and HEAD only");
    }
    let url = request.url().split(['?', '#']).next().unwrap_or("/").to_string();
    match url.as_str() {
        "/__dossier/events" => events(request, shared),
        "/__dossier/reload.js" => {
            let _ =
                request.respond(response(RELOAD_JS.as_bytes().to_vec(), "text/javascript; charset=utf-8"));
        }
        _ => {
            // A folder without its slash: redirect, or the page's relative links resolve one level up.
            if !url.ends_with('/') && resolve_dir(out, &url) {
                let mut r = tiny_http::Response::empty(301);
                if let Ok(h) = tiny_http::Header::from_bytes(&b"Location"[..], format!("{url}/").as_bytes()) {
                    r.add_header(h);
                }
                let _ = request.respond(r);
                return;
            }
            match resolve(out, &url).map(|path| (std::fs::read(&path), path)) {
                Some((Ok(mut bytes), path)) => {
                    let mime = mime(&path);
                    if mime.starts_with("text/html") {
                        bytes = inject(bytes);
                    }
                    let _ = request.respond(response(bytes, mime));
                }
                _ if build_failed(shared) => {
                    // No good build to show yet (the first one failed): a page that carries the reload
                    // script, so the error appears over it and the fix reloads it.
                    let page = inject(NO_BUILD_YET.as_bytes().to_vec());
                    let _ = request.respond(response(page, "text/html; charset=utf-8").with_status_code(503));
                }
                _ => refuse(request, 404, "not found"),
            }
        }
    }
}

const NO_BUILD_YET: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>dossier: no build yet</title></head><body><p>The site does not build yet; the error is shown below and in the terminal.</p></body></html>";

fn build_failed(shared: &Shared) -> bool {
    shared.0.lock().map(|s| s.error.is_some()).unwrap_or(false)
}

/// True for the Host header of a request to this machine's loopback: `127.0.0.1`, `localhost` or
/// `[::1]`, with any port.
fn is_local_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().map(|a| format!("[{a}]")).unwrap_or_default(),
        None => host.split(':').next().unwrap_or("").to_ascii_lowercase(),
    };
    matches!(name.as_str(), "127.0.0.1" | "localhost" | "[::1]")
}

fn response(bytes: Vec<u8>, mime: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let mut r = tiny_http::Response::from_data(bytes);
    for (k, v) in [("Content-Type", mime), ("Cache-Control", "no-store")] {
        if let Ok(h) = tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()) {
            r.add_header(h);
        }
    }
    r
}

/// Server-sent events: `reload` after a good rebuild, `failed` with the diagnostics after a bad one.
fn events(request: tiny_http::Request, shared: &Shared) {
    let mut w = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
    if w.write_all(head.as_bytes()).is_err() {
        return;
    }
    let (lock, changed) = &**shared;
    let mut seen = match lock.lock() {
        Ok(s) => {
            // A page opened while the build is broken shows the error at once.
            if let Some(err) = &s.error {
                let _ = send(&mut w, "failed", err);
            }
            s.generation
        }
        Err(_) => return,
    };
    loop {
        let guard = match lock.lock() {
            Ok(g) => g,
            Err(_) => return,
        };
        let (state, _) =
            match changed.wait_timeout_while(guard, Duration::from_secs(15), |s| s.generation == seen) {
                Ok(r) => r,
                Err(_) => return,
            };
        let message = if state.generation == seen {
            None // keep-alive
        } else {
            seen = state.generation;
            Some(match &state.error {
                Some(err) => ("failed", err.clone()),
                None => ("reload", seen.to_string()),
            })
        };
        drop(state);
        let ok = match message {
            Some((event, data)) => send(&mut w, event, &data),
            None => w.write_all(b": keep-alive\n\n").and_then(|_| w.flush()),
        };
        if ok.is_err() {
            return; // the tab was closed
        }
    }
}

fn send(w: &mut Box<dyn Write + Send>, event: &str, data: &str) -> std::io::Result<()> {
    w.write_all(event_message(event, data).as_bytes())?;
    w.flush()
}

/// One server-sent event. Any of CR, LF, CRLF ends a line in an event stream: a bare CR left in a data
/// line would end the event early, and the page would read the rest as another event.
fn event_message(event: &str, data: &str) -> String {
    let mut msg = format!("event: {event}\n");
    for line in data.split("\r\n").flat_map(|l| l.split(['\r', '\n'])) {
        msg.push_str("data: ");
        msg.push_str(line);
        msg.push('\n');
    }
    msg.push('\n');
    msg
}

/// True when the URL path names a folder under `out`.
fn resolve_dir(out: &Path, url: &str) -> bool {
    inside(out, url).is_some_and(|p| p.is_dir())
}

/// The path under `out` a URL path names, refusing anything that climbs out of it.
fn inside(out: &Path, url: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url.trim_start_matches('/'));
    let mut path = out.to_path_buf();
    for c in Path::new(&decoded).components() {
        match c {
            Component::Normal(part) => path.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(path)
}

/// Maps a URL path to a file under `out`, refusing anything that climbs out of it.
fn resolve(out: &Path, url: &str) -> Option<PathBuf> {
    let mut path = inside(out, url)?;
    if path.is_dir() {
        path.push(dossier_core::routes::DIRECTORY_INDEX);
    }
    path.is_file().then_some(path)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(b) = s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The MIME type for a file, by extension (`.wasm` as `application/wasm`, which streaming compilation needs).
pub fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "png" => "image/png",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn inject(bytes: Vec<u8>) -> Vec<u8> {
    let html = String::from_utf8_lossy(&bytes);
    match html.rfind("</body>") {
        Some(at) => format!("{}{INJECT}\n{}", &html[..at], &html[at..]).into_bytes(),
        None => format!("{html}{INJECT}").into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_inside_the_output_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("sources/a")).expect("mkdir");
        std::fs::write(dir.path().join("sources/a/index.html"), "x").expect("write");
        std::fs::write(dir.path().join("index.html"), "x").expect("write");
        assert_eq!(resolve(dir.path(), "/"), Some(dir.path().join("index.html")));
        assert_eq!(resolve(dir.path(), "/sources/a/"), Some(dir.path().join("sources/a/index.html")));
        assert_eq!(
            resolve(dir.path(), "/sources/%61/index.html"),
            Some(dir.path().join("sources/a/index.html"))
        );
        assert_eq!(resolve(dir.path(), "/../etc/passwd"), None);
        assert_eq!(resolve(dir.path(), "/nope.html"), None);
    }

    #[test]
    fn only_loopback_hosts_are_answered() {
        for ok in ["127.0.0.1", "127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000", "[::1]"] {
            assert!(is_local_host(ok), "{ok}");
        }
        for bad in ["evil.example", "evil.example:8000", "127.0.0.1.evil.example", "[::2]:80", ""] {
            assert!(!is_local_host(bad), "{bad}");
        }
    }

    #[test]
    fn a_carriage_return_in_an_error_cannot_end_the_event() {
        let msg = event_message("failed", "line one\revent: reload\r\nline two");
        assert_eq!(msg, "event: failed\ndata: line one\ndata: event: reload\ndata: line two\n\n");
    }

    #[test]
    fn injects_the_reload_script_before_the_end_of_body_only_when_serving() {
        let page = b"<html><body><p>x</p></body></html>".to_vec();
        let served = String::from_utf8(inject(page)).expect("utf8");
        assert_eq!(served, format!("<html><body><p>x</p>{INJECT}\n</body></html>"));
        assert_eq!(mime(Path::new("a/b.wasm")), "application/wasm");
    }
}
