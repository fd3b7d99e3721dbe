//! Importing saved pages end to end through the binary: `new source --from page.html` writes the
//! article with its metadata, archives the page, and the project builds with it; `import` on a folder
//! names the overlaps; hostile inputs give a clear message and write nothing.

mod common;

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn dossier(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier")).args(args).arg("--root").arg(root).output().expect("runs")
}

/// A copy of the seed project in a temp dir.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    common::copy_dir(&common::repo().join("content"), &dir.path().join("content"));
    common::copy_dir(&common::repo().join("site"), &dir.path().join("site"));
    dir
}

fn fixture(name: &str) -> std::path::PathBuf {
    common::repo().join("tests/fixtures/import").join(name)
}

#[test]
fn new_source_from_a_saved_page_writes_the_article_and_the_project_builds() {
    let dir = project();
    let root = dir.path();
    // No .html extension: the page is recognised by its content.
    let page = root.join("saved-page.dat");
    fs::copy(fixture("cnn-like.html"), &page).expect("copy");
    let out = dossier(root, &["new", "source", "cnn-raid", "--from", page.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = fs::read_to_string(root.join("content/sources/cnn-raid.txt")).expect("written");
    assert!(text.contains("title = \"Biden runs the risk of “missing out” in Afghanistan"), "{text}");
    assert!(text.contains("outlet = \"CNN\"\n") && text.contains("published = 2021-05-28\n"), "{text}");
    assert!(text.contains("url = \"https://edition.cnn.example/2021/05/28/"), "{text}");
    assert!(text.contains("author = \"Nick Paton Walsh\"\n"), "{text}");
    assert!(text.contains("saved_page = { file = \"content/archive/cnn-raid.html\""), "{text}");
    assert!(!text.contains('<') && !text.contains("&ldquo;") && !text.contains("cookies"), "{text}");
    assert_eq!(
        fs::read(root.join("content/archive/cnn-raid.html")).expect("archived"),
        fs::read(&page).expect("page")
    );

    let public = root.join("public");
    let out = dossier(root, &["build", "--quiet", "--out", public.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = fs::read_to_string(public.join("sources/cnn-raid/index.html")).expect("source page");
    assert!(html.contains("<dt>Author</dt><dd>Nick Paton Walsh</dd>"), "author shown");
    assert!(html.contains("from a saved web page"), "extraction shown");
    assert!(!public.join("archive").exists(), "the saved page is not published");
    assert!(dossier::emit::list_files(&public)
        .expect("list")
        .iter()
        .all(|p| !p.to_string_lossy().contains("archive")));
}

#[test]
fn plain_text_gets_its_dateline_date() {
    let dir = project();
    let raw = dir.path().join("raw.txt");
    fs::write(&raw, "A headline of the story\nKABUL, June 3, 2021\n\nFirst paragraph of the text.\n")
        .expect("write");
    let out = dossier(dir.path(), &["new", "source", "dated", "--from", raw.to_str().expect("utf-8")]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = fs::read_to_string(dir.path().join("content/sources/dated.txt")).expect("written");
    assert!(text.contains("published = 2021-06-03 "), "{text}");
}

#[test]
fn import_names_the_overlaps_with_existing_sources() {
    let dir = project();
    let pages = dir.path().join("pages");
    fs::create_dir_all(pages.join("sub")).expect("mkdir");
    fs::copy(fixture("wire-service.html"), pages.join("a.html")).expect("copy");
    fs::copy(fixture("div-only.html"), pages.join("sub/b.htm")).expect("copy");
    fs::write(pages.join("notes.txt"), "not a page").expect("write");
    let out = dossier(dir.path(), &["import", pages.to_str().expect("utf-8")]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("al-qaeda-bond-taliban-2021-05-28"), "{stdout}");
    assert!(stdout.contains("100% the same as bond-much-deeper"), "{stdout}");
    assert!(stdout.contains("the same as taliban-darling-again"), "{stdout}");
    assert!(stdout.contains("imported 2 of 2 pages"), "{stdout}");
    // Again: new ids, nothing overwritten.
    let out = dossier(dir.path(), &["import", pages.join("a.html").to_str().expect("utf-8")]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("al-qaeda-bond-taliban-2021-05-28-2"));
    let out = dossier(
        dir.path(),
        &["build", "--quiet", "--out", dir.path().join("public").to_str().expect("utf-8")],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Every hostile input: a clear message naming the problem, a failure exit code, nothing written.
#[test]
fn hostile_pages_are_refused_and_nothing_is_written() {
    let teaser = "<article class=teaser><h2><a href=/a>A headline of another story on the front page</a></h2>\
                  <p>A summary of the story that runs to a couple of lines of text on the front page.</p></article>";
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.html", Vec::new(), "the file is empty"),
        ("blank.html", b"  \n\t ".to_vec(), "the file is empty"),
        ("binary.html", b"\x89PNG\r\n\x1a\n\0\0\0IHDR".to_vec(), "not a web page: a PNG image"),
        ("nul.html", b"<html>\0\0\0\x01\x02".to_vec(), "NUL bytes"),
        ("huge.html", {
            let mut v = b"<html><body><p>".to_vec();
            v.resize(50 * 1024 * 1024, b'a');
            v
        }, "the limit is 8 MB"),
        ("index.html", format!("<html><body><main>{}</main></body></html>", teaser.repeat(12)).into_bytes(), "a list of links"),
        ("login.html", b"<html><body><form><input type=password><button>Sign in</button></form><p>Sign in to continue reading.</p></body></html>".to_vec(), "no article found"),
        ("shell.html", b"<!doctype html><html><head><title>App</title></head><body><div id=root></div><script>boot()</script></body></html>".to_vec(), "no article found"),
        ("text.html", b"Just a line of text, no markup at all.".to_vec(), "not HTML"),
        ("broken.html", b"<html><body><p>\xff\xfe\xfd<<<</p><div><div><div>".to_vec(), "no article found"),
    ];
    let dir = project();
    for (name, bytes, message) in cases {
        let page = dir.path().join(name);
        fs::write(&page, &bytes).expect("write");
        let out = dossier(dir.path(), &["new", "source", "hostile", "--from", page.to_str().expect("utf-8")]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name} accepted");
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(!dir.path().join("content/sources/hostile.txt").exists(), "{name} wrote a source");
        assert!(!dir.path().join("content/archive").exists(), "{name} archived");
    }
}

#[test]
fn a_wrong_meta_charset_and_legacy_bytes_decode_right() {
    let es = dossier::load::import::extract(&fs::read(fixture("spanish-wrong-charset.html")).expect("page"))
        .expect("article");
    assert!(es.paragraphs[0].contains("vínculo") && es.note.is_some());
    assert_eq!(es.meta.language.as_deref(), Some("es"));
    let old = dossier::load::import::extract(&fs::read(fixture("br-paragraphs-cp1252.html")).expect("page"))
        .expect("article");
    assert!(
        old.paragraphs.iter().any(|p| p.contains("“missing out”") || p.contains('’')),
        "{:?}",
        old.paragraphs
    );
}

/// The fuzz target's invariants (crates/gen/fuzz/fuzz_targets/import.rs) on every fixture cut at many
/// points and with bytes flipped: no panic; an accepted article has clean paragraphs and its source file
/// loads.
#[test]
fn cut_and_damaged_pages_never_panic_and_what_is_accepted_loads() {
    let rules_text: std::sync::Arc<str> =
        std::sync::Arc::from(include_str!("../../../content/boilerplate.toml"));
    let rules = dossier::load::boilerplate::Rules::parse(Path::new("b"), &rules_text).expect("rules");
    let dir = common::repo().join("tests/fixtures/import");
    for entry in fs::read_dir(&dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("html") {
            continue;
        }
        let bytes = fs::read(&path).expect("page");
        for k in 1..=12 {
            let mut cut = bytes[..bytes.len() * k / 12].to_vec();
            if k % 3 == 0 {
                for i in (0..cut.len()).step_by(97) {
                    cut[i] ^= 0x80;
                }
            }
            let Ok(article) = dossier::load::import::extract(&cut) else { continue };
            for p in &article.paragraphs {
                assert!(!p.is_empty() && p.trim() == p && !p.contains('\n') && !p.contains("<p"), "{p:?}");
            }
            let text = dossier::load::new_source::page_source(
                &article,
                Path::new("content/archive/x.html"),
                "2026-01-01",
            );
            let loaded = dossier::load::source::load(
                "x",
                Path::new("content/sources/x.txt"),
                std::sync::Arc::from(text.as_str()),
                &rules,
                &[],
            );
            assert!(loaded.is_ok(), "{}: {:?}\n{text}", path.display(), loaded.err());
        }
    }
}

/// A device or a file that is larger than its metadata says is read only up to the limit.
#[cfg(target_os = "linux")]
#[test]
fn new_source_from_dev_zero_stops_at_the_limit() {
    let dir = project();
    let started = std::time::Instant::now();
    let out = dossier(dir.path(), &["new", "source", "zero", "--from", "/dev/zero"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(stderr.contains("the limit is 8 MB"), "{stderr}");
    assert!(!dir.path().join("content/sources/zero.txt").exists());
    eprintln!("/dev/zero refused in {:?}", started.elapsed());
}
