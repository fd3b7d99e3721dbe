//! The incremental figures of the bench, on the largest corpus: a whole build in a fresh process with
//! the analysis cache (`.dossier-cache/`) cold and then warm, beside one with `--no-cache`; and under
//! `dossier serve`, the time from an edit (the file written) to the reload event and the new page
//! served, for a paragraph added to the briefing and for one article added. Figures, not assertions.

use anyhow::{bail, Context, Result};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Edits of each kind timed under `serve` (the median is reported).
const EDITS: usize = 3;

/// The section of the report for the corpus of `n` sources in `dir`.
pub(super) fn section(n: usize, dir: &Path) -> Result<String> {
    crate::log(&format!("bench: cache and serve, {n} sources"));
    let cache = dir.join(".dossier-cache");
    if cache.exists() {
        std::fs::remove_dir_all(&cache).with_context(|| format!("cannot remove {}", cache.display()))?;
    }
    let none = timed(dir, &["--no-cache"])?;
    let cold = timed(dir, &[])?;
    let warm = timed(dir, &[])?;
    let (briefing, article) = serve_edits(dir)?;
    let ms = |d: &[Duration]| format!("{:.0} ms", median(d).as_secs_f64() * 1000.0);
    let all = |d: &[Duration]| {
        d.iter().map(|d| format!("{:.0}", d.as_secs_f64() * 1000.0)).collect::<Vec<_>>().join(", ")
    };
    Ok(format!(
        "### Incremental builds: {n} synthetic sources\n\n\
         A build in a fresh process (`dossier build`), and under `dossier serve` the time from writing a \
         file to the reload event and the new page served (median of {EDITS}; each run in ms).\n\n\
         | build | wall | peak memory |\n|---|---:|---:|\n\
         | `--no-cache` | {:.2} s | {:.0} MB |\n| cache cold (written) | {:.2} s | {:.0} MB |\n\
         | cache warm | {:.2} s | {:.0} MB |\n\n\
         | `serve`: edit to live | median | runs |\n|---|---:|---|\n\
         | a paragraph added to the briefing | {} | {} |\n| one article added | {} | {} |\n\n",
        none.0,
        none.1 as f64 / 1024.0,
        cold.0,
        cold.1 as f64 / 1024.0,
        warm.0,
        warm.1 as f64 / 1024.0,
        ms(&briefing),
        all(&briefing),
        ms(&article),
        all(&article),
    ))
}

fn median(d: &[Duration]) -> Duration {
    let mut v = d.to_vec();
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

/// One build under GNU time with extra arguments: (wall seconds, peak KB).
fn timed(dir: &Path, extra: &[&str]) -> Result<(f64, u64)> {
    let file = "target/bench/time-cache.txt";
    crate::run(
        Command::new("/usr/bin/time")
            .args(["-f", "%e %M", "-o", file, "target/release/dossier", "build", "--root"])
            .arg(dir)
            .args(["--wasm", crate::wasm::BUNDLE_DIR, "--quiet"])
            .args(extra),
    )?;
    let text = std::fs::read_to_string(file).with_context(|| format!("cannot read {file}"))?;
    super::builds::parse_time(&text)
}

/// `dossier serve`, stopped when dropped.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Serves `dir`, then times [`EDITS`] paragraphs added to the briefing and as many articles added;
/// puts the briefing back and removes the articles afterwards.
fn serve_edits(dir: &Path) -> Result<(Vec<Duration>, Vec<Duration>)> {
    let mut child = Command::new("target/release/dossier")
        .args(["serve", "--port", "0", "--wasm", crate::wasm::BUNDLE_DIR, "--root"])
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .context("cannot start dossier serve")?;
    let stdout = child.stdout.take().context("no stdout")?;
    let _server = Server(child);
    // The address is printed once the first build is done.
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).context("no address from dossier serve")?;
    let port: u16 = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .with_context(|| format!("no address in {line:?}"))?;
    let mut events = events(port)?;
    let briefing = dir.join("content/briefing.md");
    let original = std::fs::read_to_string(&briefing).context("cannot read the briefing")?;
    let first = std::fs::read_dir(dir.join("content/sources"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .min()
        .context("no source")?;
    let article = std::fs::read_to_string(&first)?;
    let (mut edits, mut added) = (Vec::new(), Vec::new());
    for i in 0..EDITS {
        let marker = format!("Bench edit number {i}, written while serving.");
        let started = Instant::now();
        std::fs::write(&briefing, format!("{original}\n{marker}\n"))?;
        wait_for_reload(&mut events)?;
        if !get(port, "/")?.contains(&marker) {
            bail!("the edit is not on the served page");
        }
        edits.push(started.elapsed());
    }
    for i in 0..EDITS {
        let id = format!("zz-bench-added-{i}");
        let started = Instant::now();
        std::fs::write(dir.join(format!("content/sources/{id}.txt")), &article)?;
        wait_for_reload(&mut events)?;
        if !ok(&get(port, &format!("/sources/{id}/"))?) {
            bail!("the new article's page is not served");
        }
        added.push(started.elapsed());
    }
    std::fs::write(&briefing, &original)?;
    for i in 0..EDITS {
        std::fs::remove_file(dir.join(format!("content/sources/zz-bench-added-{i}.txt")))?;
    }
    wait_for_reload(&mut events)?;
    Ok((edits, added))
}

fn events(port: u16) -> Result<BufReader<TcpStream>> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(300)))?;
    write!(s, "GET /__dossier/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")?;
    let mut r = BufReader::new(s);
    // The response head: the stream is open once it is read.
    loop {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 || line == "\r\n" {
            return Ok(r);
        }
    }
}

fn wait_for_reload(events: &mut impl BufRead) -> Result<()> {
    loop {
        let mut line = String::new();
        if events.read_line(&mut line)? == 0 {
            bail!("the event stream closed");
        }
        if line.starts_with("event: failed") {
            bail!("a rebuild failed under serve");
        }
        if line.starts_with("event: reload") {
            return Ok(());
        }
    }
}

/// `GET path` as HTTP/1.0, so that the body comes whole: to an HTTP/1.1 client the server sends a large
/// page in chunks, whose framing can fall inside a character (or inside the text looked for).
fn get(port: u16, path: &str) -> Result<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port))?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")?;
    let mut out = Vec::new();
    s.read_to_end(&mut out)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// Whether a response's status line says 200.
fn ok(response: &str) -> bool {
    response.split_whitespace().nth(1) == Some("200")
}
