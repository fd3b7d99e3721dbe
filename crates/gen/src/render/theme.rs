//! The default look, embedded in the binary: every file of the repository's `site/templates` and
//! `site/static`, so that `dossier init` needs nothing else and a project without `site/` builds. A
//! project's `site/templates/X` or `site/static/X` replaces the default `X`, file by file, as a Zola
//! theme is overridden; files the defaults do not have are added.

use crate::project;
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

/// The default templates, by name (as `{% extends %}` and `get_template` name them).
pub const TEMPLATES: [(&str, &str); 21] = [
    ("404.html", include_str!("../../../../site/templates/404.html")),
    ("atom.xml", include_str!("../../../../site/templates/atom.xml")),
    ("briefing-meta.html", include_str!("../../../../site/templates/briefing-meta.html")),
    ("briefing-provenance.html", include_str!("../../../../site/templates/briefing-provenance.html")),
    ("briefing.html", include_str!("../../../../site/templates/briefing.html")),
    ("briefings-list.html", include_str!("../../../../site/templates/briefings-list.html")),
    ("cited-in.html", include_str!("../../../../site/templates/cited-in.html")),
    ("entities.html", include_str!("../../../../site/templates/entities.html")),
    ("entity.html", include_str!("../../../../site/templates/entity.html")),
    ("explore.html", include_str!("../../../../site/templates/explore.html")),
    ("facets.html", include_str!("../../../../site/templates/facets.html")),
    ("head-meta.html", include_str!("../../../../site/templates/head-meta.html")),
    ("layout.html", include_str!("../../../../site/templates/layout.html")),
    ("notes.html", include_str!("../../../../site/templates/notes.html")),
    ("pager.html", include_str!("../../../../site/templates/pager.html")),
    ("provenance.html", include_str!("../../../../site/templates/provenance.html")),
    ("quotes.html", include_str!("../../../../site/templates/quotes.html")),
    ("search.html", include_str!("../../../../site/templates/search.html")),
    ("sitemap.xml", include_str!("../../../../site/templates/sitemap.xml")),
    ("source.html", include_str!("../../../../site/templates/source.html")),
    ("sources.html", include_str!("../../../../site/templates/sources.html")),
];

/// The default static files, by path under `static/`.
pub const STATIC: [(&str, &[u8]); 3] = [
    ("dossier.js", include_bytes!("../../../../site/static/dossier.js")),
    ("icon.svg", include_bytes!("../../../../site/static/icon.svg")),
    ("style.css", include_bytes!("../../../../site/static/style.css")),
];

/// Whether `source` is the default template `name` (the project does not replace it).
pub(crate) fn is_default(name: &str, source: &str) -> bool {
    TEMPLATES.iter().any(|(n, text)| *n == name && *text == source)
}

/// A template name as a relative path with normal parts only (no `..`, no root), or `None`.
fn safe_name(name: &str) -> Option<PathBuf> {
    let path = Path::new(name);
    path.components().all(|c| matches!(c, Component::Normal(_))).then(|| path.to_path_buf())
}

/// The minijinja loader of the project at `root`: `site/templates/<name>` when the project has it,
/// else the default of that name; `None` (template not found) when neither exists.
pub(crate) fn loader(
    root: &Path,
) -> impl Fn(&str) -> Result<Option<String>, minijinja::Error> + Send + Sync + 'static {
    let dir = root.join(project::TEMPLATES);
    move |name: &str| {
        if let Some(rel) = safe_name(name) {
            let path = dir.join(rel);
            if path.is_file() {
                return std::fs::read_to_string(&path).map(Some).map_err(|e| {
                    minijinja::Error::new(
                        minijinja::ErrorKind::InvalidOperation,
                        format!("cannot read {}", path.display()),
                    )
                    .with_source(e)
                });
            }
        }
        Ok(TEMPLATES.iter().find(|(n, _)| *n == name).map(|(_, text)| (*text).to_string()))
    }
}

/// The default static files the project does not override (`project_statics` are the files of its
/// `site/static`, relative to it), as (path under `static/`, bytes).
pub fn default_statics(project_statics: &[PathBuf]) -> impl Iterator<Item = (PathBuf, &'static [u8])> + '_ {
    let own: BTreeSet<&Path> = project_statics.iter().map(PathBuf::as_path).collect();
    STATIC
        .into_iter()
        .filter(move |(name, _)| !own.contains(Path::new(name)))
        .map(|(name, bytes)| (Path::new(dossier_core::routes::STATIC_DIR).join(name), bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &str) -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(dir);
        let mut names: Vec<String> = std::fs::read_dir(&root)
            .expect("read the folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn the_tables_hold_every_file_of_the_repository_site() {
        let templates: Vec<String> = TEMPLATES.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(templates, names(project::TEMPLATES), "add the new template to TEMPLATES");
        let statics: Vec<String> = STATIC.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(statics, names(project::STATIC), "add the new static file to STATIC");
    }

    #[test]
    fn a_project_template_overrides_the_default_of_its_name_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let templates = dir.path().join(project::TEMPLATES);
        std::fs::create_dir_all(&templates).expect("mkdir");
        std::fs::write(templates.join("quotes.html"), "mine").expect("write");
        let load = loader(dir.path());
        assert_eq!(load("quotes.html").expect("loads").as_deref(), Some("mine"));
        assert_eq!(
            load("layout.html").expect("loads").as_deref(),
            Some(include_str!("../../../../site/templates/layout.html"))
        );
        assert_eq!(load("nope.html").expect("loads"), None);
        assert_eq!(load("../quotes.html").expect("loads"), None);
    }

    #[test]
    fn project_static_files_replace_the_defaults() {
        let left: Vec<PathBuf> = default_statics(&[PathBuf::from("style.css")]).map(|(p, _)| p).collect();
        assert_eq!(left, [PathBuf::from("static/dossier.js"), PathBuf::from("static/icon.svg")]);
    }
}
