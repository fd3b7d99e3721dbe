//! `cargo xtask bench` (`./build.sh bench`): figures, never assertions, written to `bench/RESULTS.md`.
//! In order: the site is built; synthetic corpora of each size are generated and built several times
//! ([`builds`]), then built again by dossier and by Hugo, interleaved ([`hugo`]); `tests/browser/bench.mjs` measures the seed site's explore page and one source page of
//! the largest corpus in headless Chromium; criterion times the core hot paths. The report is written
//! under `target/bench/` while it grows and moved into place only once complete.

mod builds;
mod cache;
mod hugo;
mod pagefind;

use anyhow::{Context, Result};
use dossier_core::routes;
use std::fs::OpenOptions;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The report while it is written; `bench.mjs` appends its tables here too.
const DRAFT: &str = "target/bench/RESULTS.md";
/// The finished report.
const RESULTS: &str = "bench/RESULTS.md";
/// Corpus sizes when `BENCH_SIZES` does not choose.
const DEFAULT_SIZES: [usize; 3] = [100, 1000, 10000];
/// The corpus of the scale row: built once, for time and memory only.
const SCALE_SIZE: usize = 100_000;
/// What the browser bench types on the large corpus: common, rare, paraphrased and absent wordings, and
/// misspelt ones (the typo rule's corrections are searched at every keystroke of a word that matches
/// nothing as typed).
const LARGE_QUERIES: &str = r#"["collect money", "give it to the Taliban", "the fighters train suicide bombers", "nobody stops them", "according to", "xyzzy nothing matches", "colect mony from diferent parts", "the fightrs trian"]"#;

/// Runs the whole bench and prints the report.
pub(crate) fn run() -> Result<()> {
    let sizes = sizes()?;
    crate::site(&["--quiet".to_string()])?;
    for dir in ["bench", "target/bench"] {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {dir}"))?;
    }
    let cores = cores();
    append(
        &format!(
            "# dossier bench\n\nWritten by `./build.sh bench` on {cores} cores ({}); figures, not assertions.\n\n",
            std::env::consts::ARCH
        ),
        true,
    )?;
    let largest = builds::table(&sizes, cores)?;
    let scale = scale_size()?;
    if scale > 0 && !sizes.contains(&scale) {
        let reference = largest.as_ref().and_then(|l| Some((l.n, l.per_source_ms?)));
        append(&builds::scale(scale, reference)?, false)?;
    }
    let largest = largest.map(|l| (l.n, l.dir));
    let corpora: Vec<(usize, PathBuf)> = sizes.iter().map(|&n| (n, builds::corpus_dir(n))).collect();
    append(&hugo::section(&corpora, builds::runs)?, false)?;
    if let Some((n, dir)) = &largest {
        append(&cache::section(*n, dir)?, false)?;
    }

    browser(&[("BENCH_LABEL", "the seed site (5 sources), explore page")])?;
    if let Some((n, dir)) = largest {
        let page = routes::source_page(&first_source(&dir)?);
        let public = dir.join("public");
        browser(&[
            ("PUBLIC", &public.to_string_lossy()),
            ("BENCH_PAGE", &page),
            ("BENCH_LABEL", &format!("{n} synthetic sources, one source page")),
            ("BENCH_QUERIES", LARGE_QUERIES),
        ])?;
        pages(&public, &format!("{n} synthetic sources"))?;
        pagefind::section(n, &dir, DRAFT)?;
    }

    crate::log("bench: core hot paths (criterion)");
    append(&criterion()?, false)?;
    std::fs::rename(DRAFT, RESULTS).with_context(|| format!("cannot move {DRAFT} to {RESULTS}"))?;
    println!();
    print!("{}", std::fs::read_to_string(RESULTS).with_context(|| format!("cannot read {RESULTS}"))?);
    Ok(())
}

/// `cargo xtask bench-hugo`: only the Hugo comparison, for the `BENCH_SIZES` corpora (generated when
/// missing), printed rather than written to the report.
pub(crate) fn hugo_only() -> Result<()> {
    crate::cargo(&["build", "--release", "--quiet", "-p", "dossier", "-p", "dossier-corpus"])?;
    std::fs::create_dir_all("target/bench").context("cannot create target/bench")?;
    let mut corpora = Vec::new();
    for n in sizes()? {
        let dir = builds::corpus_dir(n);
        if !dir.join("content").is_dir() {
            builds::generate(n, &dir)?;
        }
        corpora.push((n, dir));
    }
    print!("{}", hugo::section(&corpora, builds::runs)?);
    Ok(())
}

/// `cargo xtask bench-search`: only dossier's search and Pagefind's side by side, for the `BENCH_SIZES`
/// corpora (default 10,000 sources; generated when missing), printed. The site is built again every
/// time: a `public/` left by an earlier binary would measure that binary's index.
pub(crate) fn search_only() -> Result<()> {
    crate::wasm::bundle()?;
    crate::cargo(&["build", "--release", "--quiet", "-p", "dossier", "-p", "dossier-corpus"])?;
    std::fs::create_dir_all("target/bench").context("cannot create target/bench")?;
    let sizes = match std::env::var("BENCH_SIZES") {
        Ok(s) if !s.trim().is_empty() => sizes()?,
        _ => vec![10000],
    };
    let out = "target/bench/search.md";
    std::fs::write(out, "").with_context(|| format!("cannot write {out}"))?;
    for n in sizes {
        let dir = builds::corpus_dir(n);
        if !dir.join("content").is_dir() {
            builds::generate(n, &dir)?;
        }
        builds::timed_build(&dir)?;
        pagefind::section(n, &dir, out)?;
    }
    Ok(())
}

/// `BENCH_SIZES` (numbers separated by spaces), else [`DEFAULT_SIZES`].
fn sizes() -> Result<Vec<usize>> {
    match std::env::var("BENCH_SIZES") {
        Ok(s) if !s.trim().is_empty() => s
            .split_whitespace()
            .map(|n| n.parse().with_context(|| format!("BENCH_SIZES: {n:?} is not a number of sources")))
            .collect(),
        _ => Ok(DEFAULT_SIZES.to_vec()),
    }
}

/// `BENCH_SCALE`: the size of the one-build scale row (0 leaves it out), else [`SCALE_SIZE`].
fn scale_size() -> Result<usize> {
    match std::env::var("BENCH_SCALE") {
        Ok(s) if !s.trim().is_empty() => {
            s.trim().parse().with_context(|| format!("BENCH_SCALE: {s:?} is not a number of sources"))
        }
        _ => Ok(SCALE_SIZE),
    }
}

/// The cores this machine gives the build (what rayon will use).
fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// Appends to the draft report (`create`: starts it afresh).
fn append(text: &str, create: bool) -> Result<()> {
    let mut file = OpenOptions::new()
        .create(true)
        .write(true)
        .append(!create)
        .truncate(create)
        .open(DRAFT)
        .with_context(|| format!("cannot open {DRAFT}"))?;
    file.write_all(text.as_bytes()).with_context(|| format!("cannot write {DRAFT}"))
}

/// The id of a corpus's first source (by file name), for a page to measure.
fn first_source(corpus: &Path) -> Result<String> {
    let dir = corpus.join("content/sources");
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".txt").map(String::from))
        .collect();
    ids.sort();
    ids.into_iter().next().with_context(|| format!("no source in {}", dir.display()))
}

/// One run of `tests/browser/bench.mjs`, which appends its table to the draft.
fn browser(env: &[(&str, &str)]) -> Result<()> {
    let mut node = Command::new("node");
    node.arg("tests/browser/bench.mjs").env("BENCH_OUT", DRAFT);
    for (k, v) in env {
        node.env(k, v);
    }
    crate::run(&mut node)
}

/// One run of `tests/browser/pages_bench.mjs` on the built site `public`: one page of each kind opened
/// from a local server, and the entity filter carried across pages; it appends its table to the draft.
fn pages(public: &Path, label: &str) -> Result<()> {
    let mut node = Command::new("node");
    node.arg("tests/browser/pages_bench.mjs")
        .env("BENCH_OUT", DRAFT)
        .env("BENCH_SITE", public)
        .env("BENCH_LABEL", label);
    crate::run(&mut node)
}

/// The criterion section: its one-line-per-bench `bencher` output, in a code block.
fn criterion() -> Result<String> {
    let mut bench = Command::new(crate::cargo_program());
    bench
        .args(["bench", "--quiet", "-p", "dossier", "--bench", "hot_paths", "--"])
        .args(["--warm-up-time", "1", "--measurement-time", "3", "--output-format", "bencher"])
        .stderr(Stdio::null());
    let out = bench.output().with_context(|| format!("cannot start {}", crate::describe(&bench)))?;
    if !out.status.success() {
        anyhow::bail!("{} failed ({})", crate::describe(&bench), out.status);
    }
    let mut text =
        String::from("### Hot paths (criterion, 200 synthetic sources; ns per iteration)\n\n```text\n");
    for line in String::from_utf8_lossy(&out.stdout).lines().filter(|l| l.starts_with("test ")) {
        text.push_str(line);
        text.push('\n');
    }
    text.push_str("```\n");
    Ok(text)
}
