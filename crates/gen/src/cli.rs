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
}
