//! `dossier-corpus`: writes a synthetic dossier project of N sources (see the library docs).

use clap::Parser;
use std::path::PathBuf;
use std::process::ExitCode;

/// Write a synthetic dossier project for benchmarks: N articles, a gazetteer and a briefing.
#[derive(Parser)]
#[command(version)]
struct Cli {
    /// How many sources.
    #[arg(long, short = 'n', default_value_t = 100)]
    sources: usize,
    /// The seed; the same seed and size always write the same files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The project to take the gazetteer and the boilerplate rules from.
    #[arg(long, default_value = ".")]
    from: PathBuf,
    /// The folder to write the project into (its `content/sources/` is replaced).
    #[arg(long)]
    out: PathBuf,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let run = || -> anyhow::Result<usize> {
        let gazetteer = std::fs::read_to_string(cli.from.join("content/entities.toml"))?;
        let corpus = dossier_corpus::generate(
            &dossier_corpus::Spec { sources: cli.sources, seed: cli.seed },
            &gazetteer,
        )?;
        corpus.write(&cli.from, &cli.out)?;
        Ok(corpus.citations)
    };
    match run() {
        Ok(citations) => {
            eprintln!(
                "wrote {} sources and a briefing with {citations} citations to {}",
                cli.sources,
                cli.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
