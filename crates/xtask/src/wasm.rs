//! The browser bundle: dossier-web built for wasm32 with the `wasm` profile, then `wasm-bindgen
//! --target web --no-typescript`, then binaryen's `wasm-opt -Oz` (from `node_modules`), written to a
//! temporary folder and swapped into [`BUNDLE_DIR`] only when every step has succeeded, so a failed
//! build never leaves half a bundle for the generator to copy.
//!
//! The bundle is reproducible: panic locations of dependencies carry their source paths, which would
//! otherwise name the builder's cargo home, toolchain and checkout (`/root/.cargo/registry/…`). Those
//! prefixes are remapped to constants, with flags given to the wasm32 target only, so the host build
//! (proc macros, build scripts, the release generator) is neither changed nor rebuilt by them.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the finished bundle goes (the generator's default `--wasm`).
pub(crate) const BUNDLE_DIR: &str = "target/wasm-bundle";
/// The target the bundle is built for.
const TARGET: &str = "wasm32-unknown-unknown";
/// What cargo writes for the `wasm` profile.
const CARGO_OUTPUT: &str = "target/wasm32-unknown-unknown/wasm/dossier_web.wasm";
/// The binaryen optimiser pinned in package-lock.json.
const WASM_OPT: &str = "node_modules/.bin/wasm-opt";

/// Builds the bundle into [`BUNDLE_DIR`].
pub(crate) fn bundle() -> Result<()> {
    let mut build = Command::new(crate::cargo_program());
    build
        .args(["build", "--quiet", "--profile", "wasm", "-p", "dossier-web", "--target", TARGET])
        .env("CARGO_ENCODED_RUSTFLAGS", encoded_rustflags(&remap_flags()?));
    crate::run(&mut build)?;

    let out = Path::new(BUNDLE_DIR);
    let tmp = out.with_extension("tmp");
    let old = out.with_extension("old");
    for dir in [&tmp, &old] {
        remove_dir(dir)?;
    }
    std::fs::create_dir_all(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
    crate::run(
        Command::new("wasm-bindgen")
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&tmp)
            .arg(CARGO_OUTPUT),
    )?;
    let wasm = tmp.join("dossier_web_bg.wasm");
    crate::run(Command::new(WASM_OPT).arg("-Oz").arg(&wasm).arg("-o").arg(&wasm))?;
    if out.exists() {
        std::fs::rename(out, &old).with_context(|| format!("cannot move {} aside", out.display()))?;
    }
    std::fs::rename(&tmp, out).with_context(|| format!("cannot move the new bundle to {}", out.display()))?;
    remove_dir(&old)
}

/// Removes a folder if it is there.
fn remove_dir(dir: &Path) -> Result<()> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("cannot remove {}", dir.display()))
        }
        _ => Ok(()),
    }
}

/// `--remap-path-prefix` for the checkout, the cargo home (registry and git sources) and the
/// toolchain, to fixed names. rustc uses the last prefix that matches, so the most specific (the cargo
/// home and the toolchain, which may sit inside the checkout or the home folder) come last.
fn remap_flags() -> Result<Vec<String>> {
    let workspace = std::env::current_dir().context("no current folder")?;
    let sysroot = sysroot()?;
    let mut flags = Vec::new();
    for (from, to) in [(workspace, "/dossier"), (cargo_home()?, "/cargo"), (sysroot, "/rust")] {
        flags.push(format!("--remap-path-prefix={}={to}", from.display()));
    }
    Ok(flags)
}

/// `$CARGO_HOME`, else `~/.cargo` (cargo's own rule).
fn cargo_home() -> Result<PathBuf> {
    if let Some(home) = std::env::var_os("CARGO_HOME").filter(|h| !h.is_empty()) {
        return Ok(PathBuf::from(home));
    }
    let home = std::env::var_os("HOME").context("neither CARGO_HOME nor HOME is set")?;
    Ok(Path::new(&home).join(".cargo"))
}

/// The active toolchain's folder (`rustc --print sysroot`).
fn sysroot() -> Result<PathBuf> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let out = Command::new(&rustc)
        .args(["--print", "sysroot"])
        .output()
        .with_context(|| format!("cannot run {rustc}"))?;
    if !out.status.success() {
        bail!("{rustc} --print sysroot failed ({})", out.status);
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

/// The builder's own flags (`CARGO_ENCODED_RUSTFLAGS`, else `RUSTFLAGS`) followed by `extra`, in
/// cargo's encoding (separated by 0x1f). With an explicit `--target`, cargo gives these to the target's
/// crates only, never to build scripts and proc macros.
fn encoded_rustflags(extra: &[String]) -> String {
    let own: Vec<String> = match std::env::var("CARGO_ENCODED_RUSTFLAGS") {
        Ok(s) if !s.is_empty() => s.split('\x1f').map(String::from).collect(),
        _ => std::env::var("RUSTFLAGS")
            .map(|s| s.split_whitespace().map(String::from).collect())
            .unwrap_or_default(),
    };
    own.into_iter().chain(extra.iter().cloned()).collect::<Vec<_>>().join("\x1f")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remaps_the_home_and_toolchain_after_the_checkout() -> Result<()> {
        let flags = remap_flags()?;
        assert_eq!(flags.len(), 3);
        assert!(flags.iter().all(|f| f.starts_with("--remap-path-prefix=/")));
        assert!(
            flags[0].ends_with("=/dossier") && flags[1].ends_with("=/cargo") && flags[2].ends_with("=/rust")
        );
        Ok(())
    }
}
