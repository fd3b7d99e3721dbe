//! Versions pinned in `Cargo.lock`, read as TOML (its real format) rather than grepped: the
//! wasm-bindgen CLI must be exactly the version of the `wasm-bindgen` crate the bundle links.

use anyhow::{bail, Context, Result};
use std::path::Path;

/// The version of the `wasm-bindgen` crate locked in the lock file at `path`.
pub(crate) fn wasm_bindgen_version(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    locked_version(&text, "wasm-bindgen").with_context(|| format!("in {}", path.display()))
}

/// The one locked version of package `name` in a lock file's text.
fn locked_version(lock: &str, name: &str) -> Result<String> {
    let lock: toml::Table = toml::from_str(lock).context("not a TOML lock file")?;
    let packages = lock.get("package").and_then(toml::Value::as_array).map_or(&[][..], Vec::as_slice);
    let versions: Vec<&str> = packages
        .iter()
        .filter(|p| p.get("name").and_then(toml::Value::as_str) == Some(name))
        .filter_map(|p| p.get("version").and_then(toml::Value::as_str))
        .collect();
    match versions.as_slice() {
        [one] => Ok((*one).to_string()),
        [] => bail!("no package {name:?} is locked"),
        many => bail!("{name:?} is locked at several versions ({}); the CLI can match one", many.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
version = 4

[[package]]
name = "wasm-bindgen-macro"
version = "0.2.130"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
dependencies = ["cfg-if"]
"#;

    #[test]
    fn finds_the_exact_package_not_its_namesakes() -> Result<()> {
        assert_eq!(locked_version(LOCK, "wasm-bindgen")?, "0.2.130");
        assert!(locked_version(LOCK, "serde").is_err());
        let twice = format!("{LOCK}\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.99\"\n");
        assert!(locked_version(&twice, "wasm-bindgen").is_err());
        Ok(())
    }

    #[test]
    fn reads_the_workspace_lock_file() -> Result<()> {
        let lock = crate::workspace_root().join("Cargo.lock");
        assert!(!wasm_bindgen_version(&lock)?.is_empty());
        Ok(())
    }
}
