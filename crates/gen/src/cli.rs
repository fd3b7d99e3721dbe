//! The command line: `dossier init | build | check | serve | new source | import | quote | search | entity`. The doc comments
//! are the help text.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// dossier compiles news articles and a Markdown briefing into a static site with verified footnotes.
#[derive(Debug, Parser)]
#[command(name = "dossier", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a project: dossier.toml and content/ with an example briefing, two example sources and a
    /// gazetteer, ready for `dossier build`. The default templates are built in; a site/ folder added
    /// later overrides them file by file. Never overwrites an existing project.
    Init {
        /// The new project's folder (created when missing).
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Build the site from content/ into public/ (atomically: a failed build leaves public/ as it was).
    Build {
        /// The project folder, with content/ and site/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: public/ in the project folder).
        #[arg(long)]
        out: Option<PathBuf>,
        /// The dossier-web bundle (wasm-bindgen output) to include; default: target/wasm-bundle in the
        /// project folder when it exists. Without it the site works, minus search and filters.
        #[arg(long)]
        wasm: Option<PathBuf>,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
        /// Print the time each phase takes.
        #[arg(long, short)]
        verbose: bool,
        /// Analyse every source afresh, and neither read nor write the analysis cache
        /// (`.dossier-cache/` in the project).
        #[arg(long)]
        no_cache: bool,
    },
    /// Run every check of `build` without writing public/, plus warnings: sources never cited,
    /// quotations without a citation, unconfirmed names, gazetteer aliases that match nothing.
    /// Exits non-zero when there are errors.
    Check {
        /// The project folder, with content/ and site/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Build, serve public/ on 127.0.0.1, and rebuild and reload the browser on every change to
    /// content/ or site/. A broken edit shows its error in the terminal and in the page; the last good
    /// build stays served.
    Serve {
        /// The project folder, with content/ and site/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port (0 picks a free one).
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// The dossier-web bundle to include (default: target/wasm-bundle when it exists).
        #[arg(long)]
        wasm: Option<PathBuf>,
        /// Analyse every source afresh, and neither read nor write the analysis cache.
        #[arg(long)]
        no_cache: bool,
        /// Print the time each phase of each rebuild takes.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Create things: `dossier new source <id> --from FILE`.
    #[command(subcommand)]
    New(New),
    /// Import saved web pages (File › Save Page As) as sources: the article text and metadata of each
    /// page, ids from its address or title (never overwriting), the page archived in content/archive/.
    /// Prints a summary with the existing sources each new one overlaps.
    Import {
        /// Saved pages, or folders to search for them (.html and .htm files, recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The project folder, with content/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Find a quotation in the sources: every source that carries it or a variant of it, best first.
    /// Tolerates case, curly or straight quotes, diacritics and a changed or missing word.
    Quote {
        /// Words from the quotation.
        fragment: String,
        /// Print JSON: {"query", "matches": [{"text", "speaker", "source", "anchor", "cluster"}]}.
        #[arg(long)]
        json: bool,
        /// The project folder, with content/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Search the sources: quotations (one result per statement, with every outlet that carries it) and
    /// passages of the articles' text, best first. Forgives a typo inside a word (one in a word of 5+
    /// letters, two in 9+), reads the last word as a prefix, and tolerates a changed or missing word.
    Search {
        /// The words to look for.
        query: String,
        /// The most results to list.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Print JSON: {"query", "corrected", "matches": [{"kind": "quotation"|"passage", "source",
        /// "paragraph", "text", "score", "outlet", "published", "words", …}]}.
        #[arg(long)]
        json: bool,
        /// The project folder, with content/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Look up an entity by any of its names: which sources mention it, and how often.
    Entity {
        /// A name or alias (any spelling the gazetteer knows, or a discovered name).
        name: String,
        /// Print JSON: {"query", "entity": {"id", "name", "kind"} | null, "sources": [...], "mentions": N}.
        #[arg(long)]
        json: bool,
        /// The project folder, with content/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

/// What `dossier new` creates.
#[derive(Debug, Subcommand)]
pub enum New {
    /// Turn a raw article saved as text into content/sources/ID.txt with a front-matter skeleton
    /// (title guessed from the first line, the fields to fill marked TODO). Never overwrites.
    Source {
        /// The new source id: lower-case letters, digits and hyphens.
        id: String,
        /// The article as text.
        #[arg(long)]
        from: PathBuf,
        /// The project folder, with content/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}
