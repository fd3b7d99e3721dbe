//! The `dossier` binary: parses the command line, runs one command, prints errors with their file, line
//! and column (in colour on a terminal).

use clap::Parser;
use dossier::cli::{Cli, Command, New};
use dossier::diag::{Diagnostic, Error, Severity};
use std::io::IsTerminal;
use std::process::ExitCode;

mod cmd;

/// mimalloc, not glibc's malloc: a build allocates and frees many small strings from two threads,
/// and glibc's allocator was about an eighth of a 10,000-source build's profile.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay` (its place in `mi_option_e`, the same in mimalloc 2 and 3; the
/// `libmimalloc-sys` bindings name no constant for it).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps freed memory instead of returning it to the system after a delay: a build frees and
/// reallocates hundreds of megabytes phase after phase, and each page given back was zeroed again by
/// the kernel when reused (transparent huge pages: 2 MiB at a time). At 10,000 sources on tmpfs this
/// was ~8% of the build's samples in `clear_page_erms`; without purging, page faults fell from ~23,000
/// to ~700 and system time from 1.1–2.2 s to 0.9–1.1 s, for a peak a few percent higher (it is the peak
/// either way). `serve` keeps its peak between rebuilds, which also spares each rebuild the faults.
#[allow(unsafe_code)]
fn keep_freed_memory() {
    // SAFETY: sets one integer option of the allocator; mimalloc documents `-1` as "no purging at
    // all" and reads the option each time it would purge.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
}

fn main() -> ExitCode {
    keep_freed_memory();
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    match cli.command {
        Command::Build { root, out, wasm, quiet, verbose, no_cache } => {
            cmd::build(root, out, wasm, (quiet, verbose, !no_cache), color)
        }
        Command::Init { dir } => cmd::init(&dir),
        Command::Check { root } => cmd::check(&root, color),
        Command::Serve { root, port, wasm, no_cache, verbose } => {
            cmd::serve(root, port, wasm, (!no_cache, verbose), color)
        }
        Command::New(New::Source { id, from, root }) => cmd::new_source(&root, &id, &from, color),
        Command::Import { paths, root } => cmd::import(&root, &paths, color),
        Command::Quote { fragment, json, root } => cmd::quote(&root, &fragment, json, color),
        Command::Search { query, limit, json, root } => cmd::search(&root, &query, limit, json, color),
        Command::Entity { name, json, root } => cmd::entity(&root, &name, json, color),
    }
}

/// Prints diagnostics, errors first, each with its source line; returns how many were errors.
fn print_diagnostics(diags: &[Diagnostic], color: bool) -> usize {
    for d in diags {
        eprintln!("{}\n", d.render(color));
    }
    diags.iter().filter(|d| d.severity == Severity::Error).count()
}

/// Content errors are printed and give `Ok(None)`; other failures are returned.
fn content<T>(result: Result<T, Error>, color: bool) -> anyhow::Result<Option<T>> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(Error::Content(diags)) => {
            print_diagnostics(&diags, color);
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}
