//! The command line: `dossier build`.

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
