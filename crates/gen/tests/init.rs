//! `dossier init` as a new user runs it: the binary writes a project into an empty folder, and
//! `dossier build` there works at once with the templates and static files built into the binary; a
//! template the project adds to site/templates replaces the default of that name only.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn dossier(args: &[&str], dir: &Path) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).current_dir(dir).output().expect("runs");
    assert!(
        out.status.success(),
        "dossier {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

#[test]
fn init_then_build_works_without_a_site_folder() {
    let tmp = tempfile::tempdir().expect("tempdir");
    dossier(&["init", "x"], tmp.path());
    let project = tmp.path().join("x");
    assert!(project.join("dossier.toml").is_file());
    assert!(!project.join("site").exists(), "the defaults are embedded, not copied");
    let built = dossier(&["build"], &project);
    let said = String::from_utf8_lossy(&built.stdout);
    assert!(said.contains("from 2 sources"), "{said}");
    let index = fs::read_to_string(project.join("public/index.html")).expect("index");
    assert!(index.contains("The river ferry closure"), "{index}");
    for file in ["static/style.css", "static/icon.svg", "sources/example-gazette-ferry/index.html"] {
        assert!(project.join("public").join(file).is_file(), "{file}");
    }
    // `dossier check` agrees that the example is clean.
    let checked = dossier(&["check"], &project);
    assert!(String::from_utf8_lossy(&checked.stdout).contains("0 error(s), 0 warning(s)"));
    // A second init refuses and leaves the project alone.
    let again =
        Command::new(env!("CARGO_BIN_EXE_dossier")).args(["init", "x"]).current_dir(tmp.path()).output();
    assert!(!again.expect("runs").status.success());
}

#[test]
fn a_project_template_and_stylesheet_override_the_defaults_file_by_file() {
    let tmp = tempfile::tempdir().expect("tempdir");
    dossier(&["init"], tmp.path());
    fs::create_dir_all(tmp.path().join("site/templates")).expect("mkdir");
    fs::create_dir_all(tmp.path().join("site/static")).expect("mkdir");
    fs::write(
        tmp.path().join("site/templates/explore.html"),
        "{% extends \"layout.html\" %}{% block content %}<p>my explore page</p>{% endblock %}",
    )
    .expect("write");
    fs::write(tmp.path().join("site/static/style.css"), "body{color:red}").expect("write");
    dossier(&["build", "-q"], tmp.path());
    let public = tmp.path().join("public");
    let explore = fs::read_to_string(public.join("explore/index.html")).expect("explore");
    assert!(explore.contains("<p>my explore page</p>"), "{explore}");
    assert!(explore.contains("class=\"site-header\""), "the default layout is still used");
    assert_eq!(fs::read_to_string(public.join("static/style.css")).expect("css"), "body{color:red}");
    assert!(public.join("static/icon.svg").is_file(), "the defaults not overridden are still there");
}
