//! Writing the site atomically: every page goes into a temporary folder beside the output as soon as it
//! is rendered ([`Staging`], [`Streamed`]), and the folder is swapped in once the site is complete and
//! its links check. A failed build leaves the previous output as it was.

use crate::check::links::Recorder;
use crate::diag::Error;
use crate::render::Pages;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// What [`write_site`] did besides writing the site, for the build to report.
#[derive(Debug, Default)]
pub struct Written {
    /// The previous site, moved aside but not removed (say, a file in it is not deletable); the new
    /// site is in place. The next build tries again to remove it.
    pub leftover: Option<PathBuf>,
}

/// The new site while it is written: a temporary folder beside the output, filled page by page as the
/// pages are rendered (from any thread), then swapped in by [`Staging::finish`]. Dropped without
/// `finish` (a failed build), it removes the temporary folder and leaves the output untouched.
#[derive(Debug)]
pub struct Staging {
    out: PathBuf,
    tmp: PathBuf,
    old: PathBuf,
    /// Folders already made, so that each is made once.
    dirs: Mutex<HashSet<PathBuf>>,
    finished: bool,
}

impl Staging {
    /// Starts a new site for `out`: removes what killed builds left, and makes an empty temporary
    /// folder.
    pub fn new(out: &Path) -> Result<Self, Error> {
        let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("public");
        let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
        let old = parent.join(format!(".{name}.old-{}", std::process::id()));
        remove_stale(parent, name);
        if tmp.exists() {
            fs::remove_dir_all(&tmp).map_err(|e| Error::io(&tmp, e))?;
        }
        fs::create_dir_all(&tmp).map_err(|e| Error::io(&tmp, e))?;
        Ok(Staging { out: out.to_path_buf(), tmp, old, dirs: Mutex::new(HashSet::new()), finished: false })
    }

    /// Writes the file at `rel` (relative to the site root), making its folder first if needed.
    pub fn write(&self, rel: &Path, bytes: &[u8]) -> Result<(), Error> {
        let path = self.tmp.join(rel);
        self.make_parent(rel)?;
        fs::write(&path, bytes).map_err(|e| Error::io(&path, e))
    }

    /// Puts the file at `from` (the previous build's copy, in the live output) at `rel` as a hard link,
    /// or a copy where links cannot be made: a page carried over unchanged costs no rendering or writing.
    pub fn link(&self, rel: &Path, from: &Path) -> Result<(), Error> {
        let path = self.tmp.join(rel);
        self.make_parent(rel)?;
        fs::hard_link(from, &path)
            .or_else(|_| fs::copy(from, &path).map(|_| ()))
            .map_err(|e| Error::io(from, e))
    }

    fn make_parent(&self, rel: &Path) -> Result<(), Error> {
        if let Some(dir) = rel.parent().filter(|d| !d.as_os_str().is_empty()) {
            let new = self.dirs.lock().unwrap_or_else(PoisonError::into_inner).insert(dir.to_path_buf());
            if new {
                let dir = self.tmp.join(dir);
                // `create_dir_all` counts a folder another thread just made as made.
                fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            }
        }
        Ok(())
    }

    /// Copies the files `statics` of `static_dir` (relative to it) under `static/`, then swaps the new
    /// site in as the output.
    ///
    /// On Linux the swap is one `renameat2(RENAME_EXCHANGE)`: at every instant the output is either
    /// the old site or the new one, so even a SIGKILL leaves a complete site. Elsewhere (or on a file
    /// system without exchange) the old site is renamed aside and the new one renamed in: a kill
    /// between those two renames leaves the site in `.<out>.tmp-<pid>` and the old one in
    /// `.<out>.old-<pid>`. Once the new site is in place nothing fails the build; an old site that
    /// cannot be removed is reported in [`Written::leftover`].
    pub fn finish(self, static_dir: &Path, statics: &[PathBuf]) -> Result<Written, Error> {
        self.finish_then(static_dir, statics, false, &[])
    }

    /// [`Staging::finish`]; with `later`, the old site is renamed aside and removed on a thread of its
    /// own, so that the new site is live at once (`serve`). A process that ends before the removal
    /// leaves `.<out>.old-<pid>-<n>`, which the next build removes.
    ///
    /// `moves` are folders of the output (relative to it) carried over whole, unchanged: each is
    /// renamed from the live site into the new one right before the swap, so the live site lacks them
    /// only between those renames and the swap (a few system calls). If one cannot be moved, those
    /// moved are put back and the build fails with the output as it was.
    pub fn finish_then(
        mut self,
        static_dir: &Path,
        statics: &[PathBuf],
        later: bool,
        moves: &[PathBuf],
    ) -> Result<Written, Error> {
        let stat = Path::new(dossier_core::routes::STATIC_DIR);
        let dirs: BTreeSet<PathBuf> =
            statics.iter().filter_map(|rel| stat.join(rel).parent().map(Path::to_path_buf)).collect();
        dirs.par_iter().try_for_each(|dir| {
            let dir = self.tmp.join(dir);
            fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))
        })?;
        statics.par_iter().try_for_each(|rel| {
            let src = static_dir.join(rel);
            fs::copy(&src, self.tmp.join(stat).join(rel)).map(|_| ()).map_err(|e| Error::io(&src, e))
        })?;
        let mut moved: Vec<&PathBuf> = Vec::new();
        for rel in moves {
            if let Err(e) = fs::rename(self.out.join(rel), self.tmp.join(rel)) {
                for back in moved {
                    let _ = fs::rename(self.tmp.join(back), self.out.join(back));
                }
                return Err(Error::io(&self.out.join(rel), e));
            }
            moved.push(rel);
        }
        fault_point("before-swap");
        if let Err(e) = swap(&self.tmp, &self.out, &self.old) {
            for back in moved {
                let _ = fs::rename(self.tmp.join(back), self.out.join(back));
            }
            return Err(e);
        }
        self.finished = true;
        fault_point("after-swap");
        // The new site is in place; what is left is removing the old one, best effort.
        if later {
            static SEQ: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let aside = PathBuf::from(format!("{}-{n}", self.old.display()));
            let moved: Vec<PathBuf> = [&self.tmp, &self.old]
                .into_iter()
                .filter(|p| p.exists())
                .enumerate()
                .filter_map(|(i, p)| {
                    let to = PathBuf::from(format!("{}-{i}", aside.display()));
                    fs::rename(p, &to).ok().map(|()| to)
                })
                .collect();
            // One file at a time, off rayon's pool: the parallel `remove_tree` would hold the pool's
            // threads in unlinks for seconds, and the next build's parallel steps would wait behind them.
            std::thread::spawn(move || moved.iter().for_each(|p| drop(fs::remove_dir_all(p))));
            return Ok(Written { leftover: None });
        }
        let leftover =
            [&self.tmp, &self.old].into_iter().find(|p| p.exists() && remove_tree(p).is_err()).cloned();
        Ok(Written { leftover })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_dir_all(&self.tmp);
        }
    }
}

/// The site's pages as they are rendered: each is written into the [`Staging`] folder and noted by
/// the link check's [`Recorder`], then dropped.
#[derive(Debug)]
pub struct Streamed<'a> {
    /// Where the pages go.
    pub staging: &'a Staging,
    /// What the link check keeps of them.
    pub links: Recorder,
}

impl Pages for Streamed<'_> {
    fn add(&self, path: PathBuf, bytes: Vec<u8>) -> Result<(), Error> {
        self.links.record(&path, &bytes);
        self.staging.write(&path, &bytes)
    }

    fn paths(&self) -> Vec<PathBuf> {
        self.links.paths()
    }
}

/// Writes `files` (paths relative to the output) and the files `statics` of `static_dir` (relative to
/// it) under `static/`, into a temporary folder beside `out`, then swaps it in as `out` (see
/// [`Staging::finish`]). Until the swap, `out` is untouched, and an error removes the temporary folder.
pub fn write_site(
    out: &Path,
    files: &BTreeMap<PathBuf, Vec<u8>>,
    static_dir: &Path,
    statics: &[PathBuf],
) -> Result<Written, Error> {
    let staging = Staging::new(out)?;
    files.par_iter().try_for_each(|(rel, bytes)| staging.write(rel, bytes))?;
    staging.finish(static_dir, statics)
}

/// Puts `tmp` in place of `out`. Afterwards the old site, if any, is at `tmp` (exchanged) or `old`.
fn swap(tmp: &Path, out: &Path, old: &Path) -> Result<(), Error> {
    if !out.exists() {
        return fs::rename(tmp, out).map_err(|e| Error::io(out, e));
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{renameat_with, RenameFlags, CWD};
        match renameat_with(CWD, tmp, CWD, out, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            // EINVAL / ENOSYS: a file system or kernel without exchange; fall back to two renames.
            Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => {}
            Err(e) => return Err(Error::io(out, e.into())),
        }
    }
    fs::rename(out, old).map_err(|e| Error::io(out, e))?;
    fault_point("between-renames");
    if let Err(e) = fs::rename(tmp, out) {
        // Put the old site back; the caller removes the temporary folder.
        if let Err(back) = fs::rename(old, out) {
            return Err(Error::io(
                out,
                std::io::Error::other(format!(
                    "{e}; and the previous site could not be put back ({back}): it is in {}",
                    old.display()
                )),
            ));
        }
        return Err(Error::io(out, e));
    }
    Ok(())
}

/// Removes a folder and everything in it, the entries of each folder in parallel: the old site of a
/// large corpus is tens of thousands of files, and removing them one by one took longer than writing
/// them. Symbolic links are removed, never followed.
fn remove_tree(dir: &Path) -> std::io::Result<()> {
    let entries: Vec<fs::DirEntry> = fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.par_iter().try_for_each(|e| {
        if e.file_type()?.is_dir() {
            remove_tree(&e.path())
        } else {
            fs::remove_file(e.path())
        }
    })?;
    fs::remove_dir(dir)
}

/// For the tests of a killed build: with `DOSSIER_KILL_AT=<point>` in the environment the process
/// sends itself SIGKILL when it reaches that point of the swap, so that a test can check what a kill
/// there leaves. Unset (always, outside those tests) it does nothing.
fn fault_point(point: &str) {
    if std::env::var_os("DOSSIER_KILL_AT").is_some_and(|p| p == point) {
        let _ = std::process::Command::new("kill").args(["-KILL", &std::process::id().to_string()]).status();
        std::thread::sleep(std::time::Duration::from_secs(10));
    }
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
        // `.public.old-<pid>-<n>-<i>`: a site moved aside by `finish_then` and not yet removed.
        let pid = [format!(".{name}.tmp-"), format!(".{name}.old-")]
            .iter()
            .find_map(|prefix| file_name.strip_prefix(prefix.as_str()))
            .and_then(|pid| pid.split('-').next()?.parse::<u32>().ok());
        let alive = |pid: u32| pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists();
        if pid.is_some_and(|pid| !alive(pid)) {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Lists the files under a folder, relative to it, sorted, without following symbolic links to folders.
pub fn list_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = fs::read_dir(&d).map_err(|e| Error::io(&d, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&d, e))?;
            let path = entry.path();
            // Not through symbolic links: a link to a folder is listed as a file, so a loop cannot
            // make the walk endless (content folders are walked with `project::walk`, which checks them).
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(path);
            } else if let Ok(rel) = path.strip_prefix(dir) {
                out.push(rel.to_path_buf());
            }
        }
    }
    out.sort();
    Ok(out)
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
        let written = write_site(&out, &files, &stat, &[PathBuf::from("style.css")]).expect("written");
        assert!(written.leftover.is_none());
        assert_eq!(
            list_files(&out).expect("list"),
            [PathBuf::from("a/index.html"), PathBuf::from("static/style.css")]
        );
        let names: Vec<_> =
            fs::read_dir(dir.path()).expect("ls").map(|e| e.expect("entry").file_name()).collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }
}
