//! The build table of the bench: for each size, a synthetic project from `dossier-corpus` (seed 1) is
//! built several times by the release generator; the row gives the median wall time, the peak memory,
//! the pages, the output's size and the browser index's two files, raw and gzipped.
//!
//! Time and peak memory come from GNU time (`/usr/bin/time -f "%e %M"`), which reads them from the
//! child's own resource usage as the kernel reports it at `wait4`: the peak resident set of the
//! generator alone, not of this process (which `getrusage(RUSAGE_CHILDREN)` would mix in over several
//! children, and which would need `unsafe`, forbidden in the workspace).

use anyhow::{bail, Context, Result};
use dossier_core::routes;
use flate2::{write::GzEncoder, Compression};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where GNU time writes its figures for each run.
const TIME_FILE: &str = "target/bench/time.txt";

/// What the build table found for its largest corpus: its size, folder and time per source (ms).
pub(crate) struct Largest {
    pub(crate) n: usize,
    pub(crate) dir: PathBuf,
    pub(crate) per_source_ms: Option<f64>,
}

/// Generates and builds each corpus, appends the table to the draft report, and returns the largest
/// corpus for the browser bench and the scale row.
pub(crate) fn table(sizes: &[usize], cores: usize) -> Result<Option<Largest>> {
    crate::cargo(&["build", "--release", "--quiet", "-p", "dossier", "-p", "dossier-corpus"])?;
    let mut text = format!(
        "### Build: synthetic corpora (release build, {cores} cores)\n\n\
         | sources | median build | runs | per source | peak memory | pages | largest page | output | index.bin raw / gzip | quotes.bin raw / gzip |\n\
         |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    );
    let mut largest: Option<Largest> = None;
    for &n in sizes {
        let dir = corpus_dir(n);
        crate::log(&format!("bench: {n} sources"));
        generate(n, &dir)?;
        let line = row(n, &dir)?;
        text.push_str(&line);
        if largest.as_ref().is_none_or(|l| n > l.n) {
            largest = Some(Largest { n, dir, per_source_ms: per_source_ms(&line) });
        }
    }
    text.push('\n');
    super::append(&text, false)?;
    Ok(largest)
}

/// The scale row: one build of a corpus of `n` sources (100,000 by default), larger than the table's,
/// with its time and memory per source beside the table's largest row, so linearity can be read off.
/// Not used for the other sections (Hugo, cache, browser), which would take too long at that size.
/// Generated afresh each time, as the table's corpora are.
pub(crate) fn scale(n: usize, reference: Option<(usize, f64)>) -> Result<String> {
    let dir = corpus_dir(n);
    crate::log(&format!("bench: scale, {n} sources (one build)"));
    generate(n, &dir)?;
    let line = row(n, &dir)?;
    let mut text = format!(
        "### Scale: one build of {n} synthetic sources\n\n\
         | sources | median build | runs | per source | peak memory | pages | largest page | output | index.bin raw / gzip | quotes.bin raw / gzip |\n\
         |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n{line}\n"
    );
    if let (Some((m, per_m)), Some(per_n)) = (reference, per_source_ms(&line)) {
        text.push_str(&format!(
            "Per source: {per_n:.2} ms at {n} against {per_m:.2} ms at {m} ({:.2}×; 1.00× is linear).\n\n",
            per_n / per_m
        ));
    }
    Ok(text)
}

/// The "per source" figure (ms) of a row of the build table.
pub(crate) fn per_source_ms(row: &str) -> Option<f64> {
    row.split('|').nth(4)?.trim().strip_suffix(" ms")?.parse().ok()
}

/// The synthetic project of `n` sources (seed 1) in `dir`.
pub(super) fn generate(n: usize, dir: &Path) -> Result<()> {
    crate::run(
        Command::new("target/release/dossier-corpus")
            .args(["--sources", &n.to_string(), "--seed", "1", "--out"])
            .arg(dir),
    )
}

/// The folder of the corpus of `n` sources.
pub(super) fn corpus_dir(n: usize) -> PathBuf {
    PathBuf::from(format!("target/bench/corpus-{n}"))
}

/// Builds of a corpus per row: fewer for the largest.
pub(super) fn runs(n: usize) -> usize {
    if n >= 100_000 {
        1
    } else if n >= 10000 {
        3
    } else {
        5
    }
}

/// One row of the table: builds the corpus in `dir` and measures it.
fn row(n: usize, dir: &Path) -> Result<String> {
    let runs = runs(n);
    let mut times = Vec::with_capacity(runs);
    let mut peak_kb = 0;
    for _ in 0..runs {
        let (seconds, kb) = timed_build(dir)?;
        times.push(seconds);
        peak_kb = peak_kb.max(kb);
    }
    times.sort_by(f64::total_cmp);
    // The middle run of an odd number of runs.
    let median = times[runs / 2];
    let public = dir.join("public");
    let (pages, bytes, biggest) = tree_size(&public)?;
    let index = file_sizes(&public.join(routes::INDEX_FILE))?;
    let quotes = file_sizes(&public.join(routes::QUOTES_FILE))?;
    Ok(format!(
        "| {n} | {median:.2} s | {runs} | {:.2} ms | {:.0} MB | {pages} | {:.0} KB | {:.1} MB | {} / {} KB | {} / {} KB |\n",
        median * 1000.0 / n as f64,
        peak_kb as f64 / 1024.0,
        biggest as f64 / 1024.0,
        bytes as f64 / 1_048_576.0,
        index.0 / 1024,
        index.1 / 1024,
        quotes.0 / 1024,
        quotes.1 / 1024,
    ))
}

/// One full build of the corpus under GNU time: (wall seconds, peak resident set in KB).
pub(super) fn timed_build(dir: &Path) -> Result<(f64, u64)> {
    crate::run(
        Command::new("/usr/bin/time")
            .args(["-f", "%e %M", "-o", TIME_FILE, "target/release/dossier", "build", "--root"])
            .arg(dir)
            // Whole builds: the analysis cache would make every run after the first a warm one.
            .args(["--wasm", crate::wasm::BUNDLE_DIR, "--quiet", "--no-cache"]),
    )?;
    let text = std::fs::read_to_string(TIME_FILE).with_context(|| format!("cannot read {TIME_FILE}"))?;
    parse_time(&text).with_context(|| format!("{TIME_FILE}: expected \"seconds kilobytes\", found {text:?}"))
}

/// GNU time's `%e %M` line (the last line: a failing command adds one before it).
pub(super) fn parse_time(text: &str) -> Result<(f64, u64)> {
    let line = text.lines().last().unwrap_or_default();
    let mut fields = line.split_whitespace();
    match (fields.next(), fields.next(), fields.next()) {
        (Some(t), Some(m), None) => Ok((t.parse()?, m.parse()?)),
        _ => bail!("not two numbers"),
    }
}

/// The HTML pages under `dir`, the apparent size of everything there, folders included (as `du -sb`
/// counts it, so the figures stay comparable with earlier reports), and the largest HTML page's size.
fn tree_size(dir: &Path) -> Result<(usize, u64, u64)> {
    let meta = std::fs::symlink_metadata(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let mut pages = 0;
    let mut bytes = meta.len();
    let mut biggest = 0;
    if meta.is_dir() {
        for entry in std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))? {
            let (p, b, big) = tree_size(&entry?.path())?;
            pages += p;
            bytes += b;
            biggest = biggest.max(big);
        }
    } else if dir.extension().is_some_and(|e| e == "html") {
        pages = 1;
        biggest = meta.len();
    }
    Ok((pages, bytes, biggest))
}

/// A file's size, raw and gzipped at the best compression.
fn file_sizes(path: &Path) -> Result<(usize, usize)> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(&bytes)?;
    Ok((bytes.len(), gz.finish()?.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_gnu_time_even_after_a_status_line() -> Result<()> {
        assert_eq!(parse_time("0.41 31744\n")?, (0.41, 31744));
        assert_eq!(parse_time("Command exited with non-zero status 1\n2.5 1024\n")?, (2.5, 1024));
        assert!(parse_time("").is_err());
        assert!(parse_time("1.0").is_err());
        Ok(())
    }

    #[test]
    fn reads_the_per_source_figure_of_a_row() {
        let row = "| 10000 | 12.50 s | 3 | 1.25 ms | 450 MB | 12523 | 410 KB | 535.3 MB | 36 / 8 KB | 15220 / 3782 KB |\n";
        assert_eq!(per_source_ms(row), Some(1.25));
        assert_eq!(per_source_ms("| 1 | x |"), None);
    }
}
