//! The build as a sequence of named phases: load → analyse → render → check → emit.

use crate::analyse::entities::Gazetteer;
use crate::briefing::{self, Briefing};
use crate::check::links;
use crate::diag::{Diagnostic, Diagnostics, Error};
use crate::load::boilerplate::Rules;
use crate::load::source::{self, is_valid_id, Origin, Source};
use crate::{emit, render};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Where to read and write.
#[derive(Debug, Clone)]
pub struct Options {
    /// The project folder (with `content/` and `site/`).
    pub root: PathBuf,
    /// The output folder; `public/` under the root by default.
    pub out: PathBuf,
    /// Print each phase's time to stderr.
    pub verbose: bool,
    /// The dossier-web bundle to copy to `static/wasm/`, if any.
    pub wasm: Option<PathBuf>,
    /// How to show progress on stderr.
    pub progress: Progress,
}

/// How a build shows its progress on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Progress {
    /// Nothing (`--quiet`, tests, `serve`).
    #[default]
    Quiet,
    /// One line per phase (stderr is not a terminal).
    Lines,
    /// One line redrawn in place with a bar (stderr is a terminal).
    Bar,
}

struct ClearOnDrop(Progress);

impl Drop for ClearOnDrop {
    fn drop(&mut self) {
        self.0.done();
    }
}

const PHASES: [&str; 5] = ["load", "analyse", "render", "check", "emit"];

impl Progress {
    fn phase(self, i: usize) {
        let name = PHASES.get(i).copied().unwrap_or("");
        match self {
            Progress::Quiet => {}
            Progress::Lines => eprintln!("[{}/{}] {name}", i + 1, PHASES.len()),
            Progress::Bar => {
                let bar: String = (0..PHASES.len()).map(|k| if k <= i { '█' } else { '░' }).collect();
                eprint!("\r{bar} {}/{} {name:<8}", i + 1, PHASES.len());
            }
        }
    }

    fn done(self) {
        if self == Progress::Bar {
            eprint!("\r\x1b[K");
        }
    }
}

impl Options {
    /// Defaults for a project folder.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        let bundle = root.join("target/wasm-bundle");
        let wasm = bundle.is_dir().then_some(bundle);
        Options { out: root.join("public"), root, verbose: false, wasm, progress: Progress::Quiet }
    }
}

/// Everything loaded and analysed: the read-only value the renderer works from.
#[derive(Debug)]
pub struct Library {
    /// Sources by id.
    pub sources: BTreeMap<String, Source>,
    /// The compiled briefing.
    pub briefing: Briefing,
    /// Entities, quotes and provenance across the sources.
    pub analysis: crate::analyse::Analysis,
    /// The browser index (what `index.bin` holds).
    pub index: dossier_core::index::Index,
}

/// What a build did, for the one-line summary.
#[derive(Debug, Clone)]
pub struct Summary {
    /// HTML pages written.
    pub pages: usize,
    /// Sources loaded.
    pub sources: usize,
    /// Citation brackets in the briefing.
    pub citations: usize,
    /// Quotations verified against their sources.
    pub verified_quotations: usize,
    /// Warnings (not errors) found.
    pub warnings: Vec<Diagnostic>,
    /// Wall time of the whole build.
    pub elapsed: Duration,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "built {} pages from {} sources: {} citations, {} quotations verified{} in {:.0?}",
            self.pages,
            self.sources,
            self.citations,
            self.verified_quotations,
            match self.warnings.len() {
                0 => String::new(),
                n => format!(", {n} warning(s)"),
            },
            self.elapsed
        )
    }
}

/// Runs every phase and writes the site.
pub fn build(options: &Options) -> Result<Summary, Error> {
    let started = Instant::now();
    let phase = |name: &str, t: Instant| {
        if options.verbose {
            eprintln!("  {name:<8} {:>8.1?}", t.elapsed());
        }
    };
    let p = options.progress;
    // Clears the progress line however the build ends, so messages start on a clean line.
    let _clear = ClearOnDrop(p);
    emit::check_output(&options.root, &options.out)?;
    p.phase(0);
    let t = Instant::now();
    let loaded = load(&options.root)?;
    phase("load", t);
    p.phase(1);
    let t = Instant::now();
    let library = analyse(loaded)?;
    phase("analyse", t);
    p.phase(2);
    let t = Instant::now();
    let mut pages = render::render(&options.root.join("site/templates"), &library)?;
    let (head, quotes) = library.index.encode_split();
    pages.insert(PathBuf::from("index.bin"), head);
    pages.insert(PathBuf::from("quotes.bin"), quotes);
    if let Some(bundle) = &options.wasm {
        for rel in emit::list_files(bundle)? {
            let path = bundle.join(&rel);
            let bytes = fs::read(&path).map_err(|e| Error::io(&path, e))?;
            pages.insert(Path::new("static/wasm").join(rel), bytes);
        }
    }
    phase("render", t);
    p.phase(3);
    let t = Instant::now();
    let broken = broken_links(&options.root, &pages)?;
    if !broken.is_empty() {
        return Err(Error::Content(broken));
    }
    phase("check", t);
    p.phase(4);
    let t = Instant::now();
    emit::write_site(&options.out, &pages, &options.root.join("site/static"))?;
    phase("emit", t);
    Ok(Summary {
        pages: pages.keys().filter(|p| p.extension().is_some_and(|e| e == "html")).count(),
        sources: library.sources.len(),
        citations: library.briefing.stats.citations,
        verified_quotations: library.briefing.stats.verified_quotations,
        warnings: library.briefing.warnings.clone(),
        elapsed: started.elapsed(),
    })
}

/// The briefing's text, read but not yet compiled.
#[derive(Debug)]
pub(crate) struct BriefingText {
    pub(crate) path: PathBuf,
    pub(crate) text: Arc<str>,
}

/// What phase 1 read: the valid sources, the ids of those that failed, the briefing's text and every
/// problem found so far. Analysis goes on after load errors so that one run reports them all.
#[derive(Debug)]
pub struct Loaded {
    pub(crate) gazetteer: Gazetteer,
    pub(crate) sources: BTreeMap<String, Source>,
    pub(crate) failed: BTreeSet<String>,
    pub(crate) briefing: Option<BriefingText>,
    pub(crate) diags: Diagnostics,
}

/// Phase 1: reads `content/`: the boilerplate rules, every source, the briefing's text.
pub fn load(root: &Path) -> Result<Loaded, Error> {
    let mut diags = Diagnostics::default();
    let content = root.join("content");
    if !content.is_dir() {
        return Err(Error::Content(vec![Diagnostic::error(
            "content",
            "no `content/` folder in the project",
        )
        .help(format!("run dossier in a project folder (looked in {})", root.display()))]));
    }
    let rules_rel = Path::new("content/boilerplate.toml");
    let rules = match read_text(root, rules_rel) {
        Ok(text) => Rules::parse(rules_rel, &text).unwrap_or_else(|ds| {
            ds.into_iter().for_each(|d| diags.push(d));
            Rules::default()
        }),
        Err(ReadError::Missing) => Rules::default(),
        Err(ReadError::Diagnostic(d)) => {
            diags.push(*d);
            Rules::default()
        }
    };

    let sources_dir = content.join("sources");
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    match fs::read_dir(&sources_dir) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "txt") {
                    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
                    let rel = Path::new("content/sources").join(entry.file_name());
                    files.push((stem, rel));
                }
            }
        }
        Err(e) => {
            diags.push(Diagnostic::error("content/sources", format!("cannot read the sources folder: {e}")))
        }
    }
    files.sort();
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut ids = Vec::new();
    for (id, rel) in &files {
        if !is_valid_id(id) {
            diags.push(Diagnostic::error(rel, format!("`{id}` is not a valid source id")).help(
                "name the file with lower-case letters, digits and hyphens, e.g. `cnn-raid-report.txt`",
            ));
        } else if let Some(first) = seen.insert(id.to_lowercase(), rel.clone()) {
            diags.push(
                Diagnostic::error(rel, format!("duplicate source id `{id}`"))
                    .help(format!("{} has the same id", first.display())),
            );
        } else {
            ids.push(id.clone());
        }
    }
    let mut sources = BTreeMap::new();
    let mut failed = BTreeSet::new();
    for (id, rel) in files.iter().filter(|(id, _)| ids.contains(id)) {
        let loaded = match read_text(root, rel) {
            Ok(text) => source::load(id, rel, text, &rules, &ids),
            Err(ReadError::Diagnostic(d)) => Err(vec![*d]),
            Err(ReadError::Missing) => Err(Vec::new()),
        };
        match loaded {
            Ok(s) => {
                sources.insert(id.clone(), s);
            }
            Err(ds) => {
                failed.insert(id.clone());
                ds.into_iter().for_each(|d| diags.push(d));
            }
        }
    }
    if files.is_empty() {
        diags.push(
            Diagnostic::error("content/sources", "no sources")
                .help("add articles as content/sources/<id>.txt"),
        );
    }
    check_derivation_cycles(&sources, &mut diags);

    let briefing_rel = PathBuf::from("content/briefing.md");
    let briefing = match read_text(root, &briefing_rel) {
        Ok(text) => Some(BriefingText { path: briefing_rel, text }),
        Err(ReadError::Missing) => {
            diags.push(
                Diagnostic::error(&briefing_rel, "the briefing is missing").help("write content/briefing.md"),
            );
            None
        }
        Err(ReadError::Diagnostic(d)) => {
            diags.push(*d);
            None
        }
    };
    let gazetteer_rel = Path::new("content/entities.toml");
    let gazetteer = match read_text(root, gazetteer_rel) {
        Ok(text) => Gazetteer::from_toml(&text).unwrap_or_else(|e| {
            let mut d = Diagnostic::error(gazetteer_rel, format!("bad gazetteer: {}", e.message()));
            if let Some(span) = e.span() {
                d = d.at(&text, span);
            }
            diags.push(d.help("see the comments at the top of content/entities.toml"));
            empty_gazetteer()
        }),
        Err(ReadError::Missing) => empty_gazetteer(),
        Err(ReadError::Diagnostic(d)) => {
            diags.push(*d);
            empty_gazetteer()
        }
    };
    Ok(Loaded { gazetteer, sources, failed, briefing, diags })
}

/// The corpus alone, analysed, with its browser index: what `dossier quote` and `dossier entity` read.
/// Problems in the briefing do not matter here; problems in the sources or the gazetteer do.
pub fn corpus(
    root: &Path,
) -> Result<(BTreeMap<String, Source>, crate::analyse::Analysis, dossier_core::index::Index), Error> {
    let Loaded { gazetteer, sources, diags, .. } = load(root)?;
    let errors: Vec<Diagnostic> = diags
        .into_sorted()
        .into_iter()
        .filter(|d| d.severity == crate::diag::Severity::Error && !d.file.ends_with("briefing.md"))
        .collect();
    if !errors.is_empty() {
        return Err(Error::Content(errors));
    }
    let analysis = crate::analyse::analyse(&sources, &gazetteer);
    let index = crate::analyse::index::browser_index(&sources, &analysis);
    Ok((sources, analysis, index))
}

/// Phase 2: compiles the briefing against the sources (citations, verified quotations). Citations of
/// sources that failed to load are skipped, since their errors are already reported.
pub fn analyse(loaded: Loaded) -> Result<Library, Error> {
    let Loaded { gazetteer, sources, failed, briefing, mut diags } = loaded;
    let analysis = crate::analyse::analyse(&sources, &gazetteer);
    let compiled =
        briefing.map(|b| briefing::compile(&b.path, b.text, &sources, &failed, Some(&analysis.gazetteer)));
    let briefing = match compiled {
        Some(Ok(b)) if !diags.has_errors() => b,
        Some(Ok(_)) | None => return Err(Error::Content(diags.into_sorted())),
        Some(Err(ds)) => {
            ds.into_iter().for_each(|d| diags.push(d));
            return Err(Error::Content(diags.into_sorted()));
        }
    };
    let index = crate::analyse::index::browser_index(&sources, &analysis);
    Ok(Library { sources, briefing, analysis, index })
}

/// Every internal link of the rendered pages that does not resolve, as diagnostics.
pub(crate) fn broken_links(
    root: &Path,
    pages: &BTreeMap<PathBuf, Vec<u8>>,
) -> Result<Vec<Diagnostic>, Error> {
    let static_dir = root.join("site/static");
    let known: BTreeSet<PathBuf> =
        emit::list_files(&static_dir)?.into_iter().map(|p| Path::new("static").join(p)).collect();
    Ok(links::check(pages, &known)
        .into_iter()
        .map(|b| {
            let page = Path::new("public").join(&b.page);
            if b.reason == links::DUPLICATE_ID {
                return Diagnostic::error(page, format!("duplicate id `{}`: {}", &b.href[1..], b.reason)).help(
                    "a heading id written in the briefing (`{#…}`) may clash with the ids dossier gives notes \
                     and references (`note-3`, `ref-3-1`); choose another",
                );
            }
            Diagnostic::error(page, format!("broken link `{}`: {}", b.href, b.reason))
                .help("the link comes from a template in site/templates (links in the briefing are checked at their line)")
        })
        .collect())
}

fn check_derivation_cycles(sources: &BTreeMap<String, Source>, diags: &mut Diagnostics) {
    for (id, s) in sources {
        // Follow derived_from links from each source; coming back to it is a cycle.
        let mut stack: Vec<&str> = vec![id];
        let mut seen = BTreeSet::new();
        while let Some(cur) = stack.pop() {
            let Some(src) = sources.get(cur) else {
                continue;
            };
            for o in &src.meta.derived_from {
                if let Origin::Source(next) = o {
                    if next == id {
                        diags.push(
                            Diagnostic::error(
                                &s.path,
                                format!("`derived_from` makes a cycle through `{cur}`"),
                            )
                            .help("a source cannot, through others, derive from itself; remove one link"),
                        );
                        return;
                    }
                    if seen.insert(next.as_str()) {
                        stack.push(next);
                    }
                }
            }
        }
    }
}

fn empty_gazetteer() -> Gazetteer {
    Gazetteer::from_toml("entity = []").unwrap_or_else(|_| unreachable!("an empty gazetteer is valid"))
}

enum ReadError {
    Missing,
    Diagnostic(Box<Diagnostic>),
}

/// The largest content file dossier reads. News articles and briefings are kilobytes; a file of many
/// megabytes is a mistake (a PDF or a database dump saved as .txt), not something to analyse.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

fn read_text(root: &Path, rel: &Path) -> Result<Arc<str>, ReadError> {
    if let Ok(meta) = fs::metadata(root.join(rel)) {
        if meta.len() > MAX_FILE_BYTES {
            return Err(ReadError::Diagnostic(Box::new(
                Diagnostic::error(
                    rel,
                    format!(
                        "the file is {:.1} MB; the limit is {} MB",
                        meta.len() as f64 / 1e6,
                        MAX_FILE_BYTES >> 20
                    ),
                )
                .help("a source is one article as text; check that this is the file you meant"),
            )));
        }
    }
    let bytes = match fs::read(root.join(rel)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ReadError::Missing),
        Err(e) => {
            return Err(ReadError::Diagnostic(Box::new(Diagnostic::error(rel, format!("cannot read: {e}")))))
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok(Arc::from(s)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let good = String::from_utf8_lossy(&e.as_bytes()[..at]).into_owned();
            let text: Arc<str> = Arc::from(good);
            Err(ReadError::Diagnostic(Box::new(
                Diagnostic::error(rel, format!("the file is not valid UTF-8 (byte {at})"))
                    .at(&text, at..at)
                    .help("save the file as UTF-8"),
            )))
        }
    }
}
