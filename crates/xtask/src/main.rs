//! `xtask`: dossier's build tasks, in Rust rather than shell (the pattern of rust-analyzer and mdBook).
//! `build.sh` installs the tools these tasks need and dispatches to them; run one directly with
//! `cargo xtask <task>` (an alias in `.cargo/config.toml` for `cargo run -p xtask --`):
//!
//! ```text
//! cargo xtask wasm-bindgen-version   print the wasm-bindgen version locked in Cargo.lock
//! cargo xtask wasm                   build the browser bundle into target/wasm-bundle/
//! cargo xtask site [ARGS…]           the bundle, then a release `dossier build --wasm … ARGS…`
//! cargo xtask bench                  write bench/RESULTS.md (BENCH_SIZES="100 1000" to choose sizes)
//! cargo xtask bench-hugo             only dossier and Hugo side by side (HUGO=path, BENCH_SIZES)
//! cargo xtask bench-search           only dossier's search and Pagefind's (PAGEFIND=path, BENCH_SIZES)
//! ```
//!
//! Every task runs from the workspace root whatever the current directory, and fails with the command
//! that failed.

mod bench;
mod lockfile;
mod wasm;

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

const USAGE: &str =
    "usage: cargo xtask (wasm-bindgen-version | wasm | site [ARGS…] | bench | bench-hugo | bench-search)";

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let task = args.next().unwrap_or_default();
    let rest: Vec<String> = args.collect();
    let root = workspace_root();
    std::env::set_current_dir(&root).with_context(|| format!("cannot enter {}", root.display()))?;
    match task.as_str() {
        "wasm-bindgen-version" => {
            println!("{}", lockfile::wasm_bindgen_version(Path::new("Cargo.lock"))?);
            Ok(())
        }
        "wasm" => wasm::bundle(),
        "site" => site(&rest),
        "bench" => bench::run(),
        "bench-hugo" => bench::hugo_only(),
        "bench-search" => bench::search_only(),
        "" | "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => bail!("unknown task {other:?}\n{USAGE}"),
    }
}

/// The workspace root: two levels above this crate's manifest (`crates/xtask`).
fn workspace_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.ancestors().nth(2).unwrap_or(here).to_path_buf()
}

/// The browser bundle, then the site built by the release generator with it (into `public/` unless
/// `args` say otherwise).
fn site(args: &[String]) -> Result<()> {
    wasm::bundle()?;
    cargo(&["build", "--release", "--quiet", "-p", "dossier"])?;
    run(Command::new("target/release/dossier").args(["build", "--wasm", wasm::BUNDLE_DIR]).args(args))
}

/// A step heading on stderr, in build.sh's style.
fn log(message: &str) {
    eprintln!("\x1b[1m==> {message}\x1b[0m");
}

/// Runs `cargo` with these arguments (the cargo that runs xtask, when known).
fn cargo(args: &[&str]) -> Result<()> {
    run(Command::new(cargo_program()).args(args))
}

/// The cargo binary: `$CARGO` when run through cargo, else the one on `PATH`.
fn cargo_program() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// Runs a command to completion; an exit other than success is an error naming the command.
fn run(cmd: &mut Command) -> Result<()> {
    let status = cmd.status().with_context(|| format!("cannot start {}", describe(cmd)))?;
    if !status.success() {
        bail!("{} failed ({status})", describe(cmd));
    }
    Ok(())
}

/// A command as a reader would type it, for error messages.
fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}
