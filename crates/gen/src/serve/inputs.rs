//! What a build under `serve` was made from besides the briefings: every file of `content/` (but the
//! briefings), of `site/`, `dossier.toml` and the wasm bundle, by size and modification time. When
//! these are as they were at the last build, only briefings changed: the next build reuses the
//! sources loaded and analysed, and carries over the pages that do not depend on what changed.

use super::Options;
use crate::project;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Size and modification time of each file, by path.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Inputs(BTreeMap<PathBuf, Option<(u64, SystemTime)>>);

impl Inputs {
    /// The state of the inputs of a build with `options` now.
    pub(super) fn of(options: &Options) -> Inputs {
        let mut files = BTreeMap::new();
        let root = &options.root;
        let skip = |rel: &Path| rel == Path::new(project::BRIEFING) || rel.starts_with(project::BRIEFINGS);
        for dir in [project::CONTENT, project::SITE] {
            walk(root, Path::new(dir), &skip, &mut files);
        }
        files.insert(PathBuf::from(project::CONFIG), stamp(&root.join(project::CONFIG)));
        if let Some(bundle) = &options.wasm {
            walk(bundle, Path::new(""), &|_| false, &mut files);
        }
        Inputs(files)
    }
}

fn stamp(path: &Path) -> Option<(u64, SystemTime)> {
    let m = fs::metadata(path).ok()?;
    Some((m.len(), m.modified().ok()?))
}

/// Notes every file under `base/rel`, without following links to folders.
fn walk(
    base: &Path,
    rel: &Path,
    skip: &dyn Fn(&Path) -> bool,
    out: &mut BTreeMap<PathBuf, Option<(u64, SystemTime)>>,
) {
    let Ok(entries) = fs::read_dir(base.join(rel)) else {
        out.insert(rel.to_path_buf(), None);
        return;
    };
    for entry in entries.flatten() {
        let rel = rel.join(entry.file_name());
        if skip(&rel) {
            continue;
        }
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            walk(base, &rel, skip, out);
        } else {
            out.insert(rel, stamp(&entry.path()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_to_a_briefing_leaves_the_inputs_as_they_were_and_any_other_edit_does_not() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("content/sources")).expect("mkdir");
        fs::create_dir_all(root.join("content/briefings")).expect("mkdir");
        fs::write(root.join("content/sources/a.txt"), "a").expect("write");
        let options = Options::new(root);
        let before = Inputs::of(&options);
        fs::write(root.join("content/briefing.md"), "new").expect("write");
        fs::write(root.join("content/briefings/x.md"), "new").expect("write");
        assert_eq!(Inputs::of(&options), before);
        fs::write(root.join("content/sources/a.txt"), "ab").expect("write");
        assert_ne!(Inputs::of(&options), before);
        let before = Inputs::of(&options);
        fs::write(root.join("dossier.toml"), "").expect("write");
        assert_ne!(Inputs::of(&options), before);
    }
}
