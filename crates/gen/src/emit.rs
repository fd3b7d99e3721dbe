//! Writing the site atomically: everything goes into a temporary folder beside the output, which is then
//! swapped in. A failed build leaves the previous output as it was.

use crate::diag::Error;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Writes `files` (paths relative to the output) and a copy of `static_dir` under `static/`, then
/// replaces `out` with the result.
pub fn write_site(out: &Path, files: &BTreeMap<PathBuf, Vec<u8>>, static_dir: &Path) -> Result<(), Error> {
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("public");
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    remove_stale(parent, name);
    let result = (|| {
        if tmp.exists() {
            fs::remove_dir_all(&tmp).map_err(|e| Error::io(&tmp, e))?;
        }
        // Folders first, once each; then the files, written in parallel.
        let dirs: BTreeSet<&Path> = files.keys().filter_map(|rel| rel.parent()).collect();
        for dir in dirs {
            let dir = tmp.join(dir);
            fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
        }
        files.par_iter().try_for_each(|(rel, bytes)| {
            let path = tmp.join(rel);
            fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
        })?;
        copy_dir(static_dir, &tmp.join(dossier_core::routes::STATIC_DIR))
    })();
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    // Swap: move the old output aside, move the new one in, then delete the old one.
    if out.exists() {
        fs::rename(out, &old).map_err(|e| Error::io(out, e))?;
    }
    if let Err(e) = fs::rename(&tmp, out) {
        let _ = fs::rename(&old, out);
        let _ = fs::remove_dir_all(&tmp);
        return Err(Error::io(out, e));
    }
    if old.exists() {
        fs::remove_dir_all(&old).map_err(|e| Error::io(&old, e))?;
    }
    Ok(())
}

/// Refuses an output folder whose replacement would lose work: the project itself or a folder that holds
/// it, anything in `content/` or `site/`, and an existing folder that is not a site dossier wrote (it has
/// no `index.bin` with the index's magic number). The output is replaced as a whole, so these checks
/// run before anything is built.
pub fn check_output(root: &Path, out: &Path) -> Result<(), Error> {
    let absolute = |p: &Path| -> PathBuf {
        // The folder may not exist yet: resolve its nearest existing ancestor, then add the rest back.
        let mut existing = p.to_path_buf();
        let mut rest = Vec::new();
        while !existing.exists() {
            match (existing.file_name().map(|n| n.to_os_string()), existing.parent()) {
                (Some(name), Some(parent)) => {
                    rest.push(name);
                    existing =
                        if parent.as_os_str().is_empty() { PathBuf::from(".") } else { parent.to_path_buf() };
                }
                _ => break,
            }
        }
        let mut full = fs::canonicalize(&existing).unwrap_or(existing);
        full.extend(rest.iter().rev());
        full
    };
    let (root_abs, out_abs) = (absolute(root), absolute(out));
    let refuse = |why: &str| {
        Err(Error::Io {
            path: out.to_path_buf(),
            cause: std::io::Error::other(format!(
                "refusing to write the site here: {why}; the output folder is replaced as a whole \
                 (choose a new or empty folder, or the default public/)"
            )),
        })
    };
    if root_abs.starts_with(&out_abs) {
        return refuse("it is the project folder or holds it");
    }
    for kept in ["content", "site"] {
        if out_abs.starts_with(root_abs.join(kept)) {
            return refuse(&format!("it is inside the project's {kept}/ folder"));
        }
    }
    if out.is_file() {
        return refuse("it is a file");
    }
    let is_empty = fs::read_dir(out).map(|mut d| d.next().is_none()).unwrap_or(true);
    let is_site = fs::read(out.join(dossier_core::routes::INDEX_FILE))
        .is_ok_and(|b| b.starts_with(dossier_core::index::MAGIC));
    if out.is_dir() && !is_empty && !is_site {
        return refuse("the folder exists and is not a site dossier built (it has no dossier index.bin)");
    }
    Ok(())
}

/// Removes temporary folders left by builds that were killed (`.public.tmp-<pid>`, `.public.old-<pid>`)
/// whose process is gone. Best effort: a folder that cannot be removed is left for the next build.
fn remove_stale(parent: &Path, name: &str) {
    // Without /proc there is no cheap, portable way to tell a dead build from a running one: keep them.
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = fs::read_dir(parent) else { return };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else { continue };
        let pid = [format!(".{name}.tmp-"), format!(".{name}.old-")]
            .iter()
            .find_map(|prefix| file_name.strip_prefix(prefix.as_str()))
            .and_then(|pid| pid.parse::<u32>().ok());
        let alive = |pid: u32| pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists();
        if pid.is_some_and(|pid| !alive(pid)) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Lists the files under a folder, relative to it, sorted.
pub fn list_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = fs::read_dir(&d).map_err(|e| Error::io(&d, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&d, e))?;
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(dir) {
                out.push(rel.to_path_buf());
            }
        }
    }
    out.sort();
    Ok(out)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), Error> {
    for rel in list_files(from)? {
        let (src, dst) = (from.join(&rel), to.join(&rel));
        if let Some(dir) = dst.parent() {
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        fs::copy(&src, &dst).map_err(|e| Error::io(&src, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_output_and_leaves_no_temporary_folders() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("public");
        let stat = dir.path().join("static");
        fs::create_dir_all(&stat).expect("mkdir");
        fs::write(stat.join("style.css"), "body{}").expect("write");
        fs::create_dir_all(&out).expect("mkdir");
        fs::write(out.join("stale.html"), "old").expect("write");
        let files = BTreeMap::from([(PathBuf::from("a/index.html"), b"new".to_vec())]);
        write_site(&out, &files, &stat).expect("written");
        assert_eq!(
            list_files(&out).expect("list"),
            [PathBuf::from("a/index.html"), PathBuf::from("static/style.css")]
        );
        let names: Vec<_> =
            fs::read_dir(dir.path()).expect("ls").map(|e| e.expect("entry").file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }
}
