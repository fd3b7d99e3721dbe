//! The build as a sequence of named phases: load → analyse → render → check → emit. Each phase is a
//! function returning `Result`, timed with `--verbose`; [`build`] runs them in order.

mod carry;

use crate::analyse::Analysis;
use crate::briefing::Briefing;
use crate::cache::Cache;
use crate::check::links::{Before, PageLinks};
use crate::diag::{Diagnostic, Diagnostics, Error, Severity};
use crate::library::{Edition, Library};
use crate::load::config::Config;
use crate::load::source::Source;
use crate::load::{self, BriefingText, Loaded};
use crate::render::Kind;
use crate::{analyse, briefing, check, emit, project, render};
use carry::{Carry, KINDS};
use dossier_core::index::Index;
use dossier_core::routes;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
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
    /// Keep and reuse each source's analysis in `.dossier-cache/` of the project (see [`crate::cache`]).
    pub cache: bool,
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
        let bundle = root.join(project::WASM_BUNDLE);
        let wasm = bundle.is_dir().then_some(bundle);
        Options {
            out: root.join(project::PUBLIC),
            root,
            verbose: false,
            wasm,
            progress: Progress::Quiet,
            cache: true,
        }
    }
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
    run(options, None, false).0
}

/// What a build keeps for the next under `serve`: the corpus, and the site it wrote (when it wrote
/// one), so that an edit to a briefing does not load or analyse the sources again, and pages that
/// do not depend on what changed are carried over instead of rendered.
#[derive(Debug)]
pub struct Kept {
    /// The sources loaded and analysed.
    pub corpus: Corpus,
    /// The last site written from this corpus, now the live output.
    pub site: Option<Written>,
}

/// What [`Kept::site`] knows of the site in the output: what each kind of page was made from, its
/// files, and their links.
#[derive(Debug)]
pub struct Written {
    digests: render::Digests,
    by_kind: BTreeMap<Kind, Vec<PathBuf>>,
    links: BTreeMap<PathBuf, Option<PageLinks>>,
    /// The files of `site/static` its links could lead to, as the link check knew them.
    statics: BTreeSet<PathBuf>,
    /// The output it is in.
    out: PathBuf,
    /// The output folder's identity once this site was swapped in: another build's swap changes it,
    /// and then nothing is carried from a site this one did not write.
    identity: Option<(u64, u64)>,
}

/// The device and inode of a folder (`None` where there are none to read).
fn identity(dir: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(dir).ok().map(|m| (m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

/// The sources loaded and analysed, with what loading them reported.
#[derive(Debug)]
pub struct Corpus {
    /// The sources that loaded, by id.
    pub sources: BTreeMap<String, Source>,
    /// Ids of sources whose files exist but did not load.
    pub failed: BTreeSet<String>,
    /// Entities, quotes and provenance across the sources.
    pub analysis: Analysis,
    /// The browser index.
    pub index: Index,
    /// The publication's settings.
    pub config: Config,
    /// What loading reported, but for the briefings' files (those are read again with the briefings).
    pub diags: Vec<Diagnostic>,
}

/// True for a diagnostic about a briefing's file (read again each time the briefings are).
fn of_a_briefing(d: &Diagnostic) -> bool {
    d.file == Path::new(project::BRIEFING) || d.file.starts_with(project::BRIEFINGS)
}

/// [`build`], keeping what the next build can reuse: given what a previous build of the same sources,
/// gazetteer, rules, settings and templates kept (only briefings changed since), it reads the
/// briefings alone, does not load or analyse the sources again, and carries over the pages whose
/// [`render::Digests`] did not change. Returns the build's result and what to keep (`None` when the
/// sources could not be loaded at all).
///
/// The previous site is removed on a thread of its own after the swap, so the new one is live at once.
pub fn build_keeping(options: &Options, kept: Option<Kept>) -> (Result<Summary, Error>, Option<Kept>) {
    run(options, kept, true)
}

fn run(options: &Options, kept: Option<Kept>, later: bool) -> (Result<Summary, Error>, Option<Kept>) {
    let started = Instant::now();
    let phase = |name: &str, t: Instant| {
        if options.verbose {
            eprintln!("  {name:<8} {:>8.1?}", t.elapsed());
        }
    };
    let p = options.progress;
    // Clears the progress line however the build ends, so messages start on a clean line.
    let _clear = ClearOnDrop(p);
    if let Err(e) = emit::check_output(&options.root, &options.out) {
        return (Err(e), kept);
    }
    let (corpus, previous) = match kept {
        Some(k) => (
            Some(k.corpus),
            k.site.filter(|s| {
                s.out == options.out && s.identity.is_some() && s.identity == identity(&options.out)
            }),
        ),
        None => (None, None),
    };
    p.phase(0);
    let t = Instant::now();
    let mut diags = Diagnostics::default();
    let kept = corpus.is_some();
    let (corpus, briefing, briefings) = match corpus {
        Some(corpus) => {
            diags.extend(corpus.diags.iter().cloned());
            let (briefing, briefings) = load::briefing_texts(&options.root, &mut diags);
            phase("load", t);
            (corpus, briefing, briefings)
        }
        None => {
            let loaded = match load::load(&options.root) {
                Ok(l) => l,
                Err(e) => return (Err(e), None),
            };
            phase("load", t);
            p.phase(1);
            let t = Instant::now();
            // The sources' analysis, before the briefings' (timed on its own line).
            let (corpus, briefing, briefings, briefing_diags) = analyse_corpus(options, loaded);
            diags.extend(corpus.diags.iter().cloned());
            diags.extend(briefing_diags);
            phase("sources", t);
            (corpus, briefing, briefings)
        }
    };
    if !matches!(p, Progress::Quiet) && kept {
        p.phase(1);
    }
    let t = Instant::now();
    let Corpus { sources, failed, analysis, index, config, diags: corpus_diags } = corpus;
    let compiled = compile(&sources, &failed, &analysis, briefing, briefings, diags);
    let keep = |sources, analysis, index, config| Corpus {
        sources,
        failed: failed.clone(),
        analysis,
        index,
        config,
        diags: corpus_diags.clone(),
    };
    let (briefing, editions, warnings) = match compiled {
        Ok(c) => c,
        Err(e) => {
            let corpus = keep(sources, analysis, index, config);
            return (Err(e), Some(Kept { corpus, site: previous }));
        }
    };
    let library = Library { sources, briefing, analysis, index, config, editions, warnings };
    phase("analyse", t);
    let (result, site) = match write(options, &library, previous, later, started) {
        Ok((summary, site)) => (Ok(summary), Some(site)),
        // A failed build leaves the output as it was, but what was carried from it is spent: the next
        // build renders every page.
        Err(e) => (Err(e), None),
    };
    let Library { sources, analysis, index, config, .. } = library;
    (result, Some(Kept { corpus: keep(sources, analysis, index, config), site }))
}

/// Loads nothing: analyses the sources of `loaded` (with the cache unless `options.cache` is off),
/// and splits what loading reported into what concerns the sources and what the briefings.
fn analyse_corpus(
    options: &Options,
    loaded: Loaded,
) -> (Corpus, Option<BriefingText>, Vec<BriefingText>, Vec<Diagnostic>) {
    let Loaded { gazetteer, gazetteer_text, sources, failed, briefing, briefings, config, diags } = loaded;
    let cache =
        if options.cache { Cache::open(&options.root, gazetteer_text.as_deref()) } else { Cache::disabled() };
    let analysis = analyse::analyse_cached(&sources, &gazetteer, &cache);
    if options.verbose && options.cache {
        eprintln!("  cache    {} of {} sources", cache.hits(), sources.len());
    }
    let index = analyse::index::browser_index(&sources, &analysis);
    let (of_briefings, of_sources): (Vec<Diagnostic>, Vec<Diagnostic>) =
        diags.into_sorted().into_iter().partition(of_a_briefing);
    (
        Corpus { sources, failed, analysis, index, config, diags: of_sources },
        briefing,
        briefings,
        of_briefings,
    )
}

/// Phases 3 to 5 of a library: render (streamed into the staging folder, carrying over from
/// `previous` what did not change), check the links and the briefing's images, swap the site in.
fn write(
    options: &Options,
    library: &Library,
    mut previous: Option<Written>,
    later: bool,
    started: Instant,
) -> Result<(Summary, Written), Error> {
    let phase = |name: &str, t: Instant| {
        if options.verbose {
            eprintln!("  {name:<8} {:>8.1?}", t.elapsed());
        }
    };
    let p = options.progress;
    p.phase(2);
    let t = Instant::now();
    // Pages go to disk as they are rendered; the link check keeps a small record of each.
    let staging = emit::Staging::new(&options.out)?;
    let streamed = emit::Streamed { staging: &staging, links: check::links::Recorder::default() };
    let digests = render::digests(library, options.wasm.is_some())?;
    let sink = Carry {
        streamed: &streamed,
        kinds: KINDS.map(|k| (k, Mutex::new(Vec::new()))),
        previous: Mutex::new(previous.as_mut()),
        digests: &digests,
        live: &options.out,
        verbose: options.verbose,
        carried: Mutex::new(Vec::new()),
    };
    carry::render_kinds(options, library, &sink)?;
    let carried = sink.carried.lock().unwrap_or_else(PoisonError::into_inner).clone();
    let moves = sink.plan(&carried)?;
    let by_kind: BTreeMap<Kind, Vec<PathBuf>> = sink
        .kinds
        .into_iter()
        .map(|(k, paths)| (k, paths.into_inner().unwrap_or_else(PoisonError::into_inner)))
        .collect();
    let files = streamed.links.into_files();
    phase("render", t);
    p.phase(3);
    let t = Instant::now();
    let statics = check::static_files(&options.root)?;
    let images = check::briefing_images(&library.briefing, &options.root, &statics);
    if !images.is_empty() {
        return Err(Error::Content(images));
    }
    let known = check::known_statics(&statics);
    // Pages carried over were checked with the site they come from: only their links into what
    // changed since are checked again.
    let unchanged: HashSet<&Path> =
        carried.iter().filter_map(|k| by_kind.get(k)).flatten().map(PathBuf::as_path).collect();
    let broken = match previous.as_ref().filter(|_| !unchanged.is_empty()) {
        Some(before) => check::broken_links_since(
            &files,
            &known,
            Before { files: &before.links, other: &before.statics, carried: &unchanged },
        ),
        None => check::broken_links(&files, &statics),
    };
    if !broken.is_empty() {
        return Err(Error::Content(broken));
    }
    phase("check", t);
    p.phase(4);
    let t = Instant::now();
    let written = staging.finish_then(&options.root.join(project::STATIC), &statics, later, &moves)?;
    phase("emit", t);
    let mut warnings = library.warnings.clone();
    warnings.extend(setting_warnings(options, &library.config));
    if let Some(left) = written.leftover {
        warnings.push(
            Diagnostic::warning(
                &left,
                "the previous site could not be removed after the new one was put in place",
            )
            .help("remove the folder by hand (the next build tries again)"),
        );
    }
    let summary = Summary {
        pages: files.keys().filter(|p| p.extension().is_some_and(|e| e == "html")).count(),
        sources: library.sources.len(),
        citations: library.briefing.stats.citations,
        verified_quotations: library.briefing.stats.verified_quotations,
        warnings,
        elapsed: started.elapsed(),
    };
    let identity = identity(&options.out);
    let site = Written { digests, by_kind, links: files, statics: known, out: options.out.clone(), identity };
    Ok((summary, site))
}

/// What a build leaves out, said once: the search box and its loader without the wasm bundle, and the
/// feed, sitemap and canonical links when `dossier.toml` has no `base_url`.
fn setting_warnings(options: &Options, config: &crate::load::config::Config) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if options.wasm.is_none() && config.search {
        out.push(
            Diagnostic::warning(
                project::WASM_BUNDLE,
                "no WebAssembly bundle: the pages are built without the quotation search and the entity filters",
            )
            .help("build it with `cargo xtask wasm` (./build.sh does) or pass --wasm DIR; `search = false` in dossier.toml leaves them out on purpose"),
        );
    }
    if config.from_file && config.base_url.is_none() {
        out.push(
            Diagnostic::warning(
                project::CONFIG,
                "no `base_url`: atom.xml, sitemap.xml and canonical links are left out",
            )
            .help("set base_url = \"https://…/\" to the address the site is published at"),
        );
    }
    out
}

/// The corpus alone, analysed, with its browser index: what `dossier quote` and `dossier entity` read.
/// Problems in the briefing do not matter here; problems in the sources or the gazetteer do.
pub fn corpus(root: &Path) -> Result<(BTreeMap<String, Source>, Analysis, Index), Error> {
    let Loaded { gazetteer, sources, diags, .. } = load::load(root)?;
    let errors: Vec<Diagnostic> = diags
        .into_sorted()
        .into_iter()
        .filter(|d| d.severity == Severity::Error && d.file != Path::new(project::BRIEFING))
        .collect();
    if !errors.is_empty() {
        return Err(Error::Content(errors));
    }
    let analysis = analyse::analyse(&sources, &gazetteer);
    let index = analyse::index::browser_index(&sources, &analysis);
    Ok((sources, analysis, index))
}

/// The briefings compiled, the editions and every warning so far.
type Compiled = (Briefing, Vec<Edition>, Vec<Diagnostic>);

/// Phase 2: compiles the briefings against the analysed sources (citations, verified quotations).
/// Citations of sources that failed to load are skipped, since their errors are already reported.
/// `diags` holds what loading reported; with the briefings' problems, errors fail the build.
fn compile(
    sources: &BTreeMap<String, Source>,
    failed: &BTreeSet<String>,
    analysis: &Analysis,
    briefing: Option<BriefingText>,
    briefings: Vec<BriefingText>,
    mut diags: Diagnostics,
) -> Result<Compiled, Error> {
    let mut compile =
        |b: BriefingText| match briefing::compile(&b.path, b.text, sources, failed, Some(analysis)) {
            Ok(c) => Some(c),
            Err(ds) => {
                diags.extend(ds);
                None
            }
        };
    let main = briefing.map(&mut compile);
    let mut editions: Vec<Edition> = Vec::new();
    for b in briefings {
        let slug = b.slug.clone().unwrap_or_default();
        if let Some(briefing) = compile(b) {
            editions.push(Edition { slug, briefing });
        }
    }
    // Newest first; the same day by slug.
    editions.sort_by(|a, b| b.briefing.meta.date.cmp(&a.briefing.meta.date).then(a.slug.cmp(&b.slug)));
    // The errors of loading and of the briefings, together; a missing briefing is one of them.
    let mut warnings = diags.finish()?;
    let briefing = match main {
        Some(Some(b)) => Some(b),
        Some(None) => None,
        None => editions.first().map(|e| e.briefing.clone()),
    };
    let briefing = briefing.ok_or_else(|| {
        Error::Content(vec![Diagnostic::error(project::BRIEFING, "the briefing did not compile")])
    })?;
    warnings.extend(briefing.warnings.iter().cloned());
    for e in &editions {
        // The front page's warnings are already there when it is the newest edition.
        if e.briefing.path != briefing.path {
            warnings.extend(e.briefing.warnings.iter().cloned());
        }
    }
    Ok((briefing, editions, warnings))
}

/// Phase 3: every page, the browser index files (index.bin, quotes.bin, the shards) and the wasm bundle (when there is one), handed to `pages` by their path in the site as they are made.
pub fn render_site(options: &Options, library: &Library, pages: &dyn render::Pages) -> Result<(), Error> {
    // The templates are read by minijinja's loader: check first that no link leads it out of the project.
    project::walk(&options.root, Path::new(project::TEMPLATES)).map_err(|d| Error::Content(vec![d]))?;
    render::render(&options.root, library, options.wasm.is_some(), pages)?;
    let (head, quotes) = library.index.encode_split();
    pages.add(PathBuf::from(routes::INDEX_FILE), head)?;
    pages.add(PathBuf::from(routes::QUOTES_FILE), quotes)?;
    render::write_shards(library, pages)?;
    add_bundle(options, pages)
}

/// The wasm bundle's files, when the build has one.
fn add_bundle(options: &Options, pages: &dyn render::Pages) -> Result<(), Error> {
    if let Some(bundle) = &options.wasm {
        for rel in emit::list_files(bundle)? {
            let path = bundle.join(&rel);
            let bytes = fs::read(&path).map_err(|e| Error::io(&path, e))?;
            pages.add(Path::new(routes::WASM_DIR).join(rel), bytes)?;
        }
    }
    Ok(())
}
