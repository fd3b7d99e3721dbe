//! The analysis cache and `serve`'s incremental rebuilds: every build that reuses something (the
//! cache of per-source analysis, a corpus kept in memory, pages carried over) writes exactly the site
//! a clean build without any of it writes.

mod common;

use common::serve;
use common::{append, replace_in, repo, snapshot};
use dossier::cache::{self, Cache};
use dossier::pipeline::{build, build_keeping, Options};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A synthetic project of `n` sources in a temporary folder.
fn corpus(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let gazetteer = fs::read_to_string(repo().join("content/entities.toml")).expect("gazetteer");
    let corpus =
        dossier_corpus::generate(&dossier_corpus::Spec { sources: n, seed: 5 }, &gazetteer).expect("corpus");
    corpus.write(&repo(), dir.path()).expect("written");
    dir
}

fn options(dir: &Path, out: &str, cache: bool) -> Options {
    let mut o = Options::new(dir);
    o.out = dir.join(out);
    o.wasm = None;
    o.cache = cache;
    o
}

/// Builds with the cache into `public/` and without it into `clean/`; the two sites must be the same.
fn same_as_clean(dir: &Path) {
    build(&options(dir, "public", true)).expect("cached build");
    build(&options(dir, "clean", false)).expect("clean build");
    let (cached, clean) = (snapshot(&dir.join("public")), snapshot(&dir.join("clean")));
    assert_eq!(cached.len(), clean.len());
    for (path, bytes) in &clean {
        assert!(cached.get(path) == Some(bytes), "{} differs from a clean build", path.display());
    }
}

/// How many of the project's sources the cache file holds under the current gazetteer and rules.
fn cached_sources(dir: &Path) -> usize {
    let gazetteer = fs::read_to_string(dir.join("content/entities.toml")).ok();
    let cache = Cache::open(dir, gazetteer.as_deref());
    let (sources, _, _) = dossier::pipeline::corpus(dir).expect("corpus");
    sources.values().filter(|s| cache.contains(&cache.key(s))).count()
}

fn cache_file(dir: &Path) -> PathBuf {
    dir.join(cache::DIR).join(cache::FILE)
}

#[test]
fn cold_warm_and_edited_builds_write_what_a_clean_build_writes() {
    let dir = corpus(30);
    let root = dir.path();
    assert!(!cache_file(root).exists());
    same_as_clean(root); // cold: the cache is written
    assert_eq!(cached_sources(root), 30);
    same_as_clean(root); // warm: everything from the cache

    // One source edited: its entry is replaced, the others stay.
    let first = common::first_source(root);
    append(root, &first, "\nThe commander said: “We will hold the bridge until the spring comes.”\n");
    same_as_clean(root);
    assert_eq!(cached_sources(root), 30);

    // The gazetteer changed: nothing of the old cache is used, and the new one is written.
    let before = fs::read_to_string(root.join("content/entities.toml")).expect("gazetteer");
    append(
        root,
        "content/entities.toml",
        "\n[[entity]]\nid = \"bridge-council\"\nname = \"Bridge Council\"\nkind = \"organization\"\n\
         description = \"A test entity.\"\naliases = [\"the bridge\"]\n",
    );
    let old = Cache::open(root, Some(&before));
    let (sources, _, _) = dossier::pipeline::corpus(root).expect("corpus");
    let s = sources.values().next().expect("a source");
    assert!(old.contains(&old.key(s)), "the entries are there under the old gazetteer");
    let new = Cache::open(root, fs::read_to_string(root.join("content/entities.toml")).ok().as_deref());
    assert!(!new.contains(&new.key(s)), "and not under the new one");
    same_as_clean(root);
    assert_eq!(cached_sources(root), 30);

    // The boilerplate rules are part of every key too.
    append(root, "content/boilerplate.toml", "\n");
    assert_eq!(cached_sources(root), 0);
    same_as_clean(root);
}

#[test]
fn a_corrupt_truncated_or_foreign_cache_is_rebuilt_never_trusted() {
    let dir = corpus(12);
    let root = dir.path();
    same_as_clean(root);
    let good = fs::read(cache_file(root)).expect("cache written");
    let mut flipped = good.clone();
    let at = flipped.len() * 2 / 3;
    flipped[at] ^= 0x01;
    for bad in [good[..good.len() / 3].to_vec(), flipped, b"dossier\x01 but not really".to_vec(), Vec::new()]
    {
        fs::write(cache_file(root), &bad).expect("damage the cache");
        assert_eq!(cached_sources(root), 0, "a damaged file gives nothing");
        same_as_clean(root);
        assert_eq!(cached_sources(root), 12, "and is written again whole");
    }
    // A cache folder that cannot be written does not fail the build.
    fs::remove_dir_all(root.join(cache::DIR)).expect("rm");
    fs::write(root.join(cache::DIR), "a file where the folder should be").expect("write");
    same_as_clean(root);
}

#[test]
fn another_binary_does_not_read_this_ones_cache() {
    let dir = corpus(8);
    let root = dir.path();
    same_as_clean(root);
    let gazetteer = fs::read_to_string(root.join("content/entities.toml")).ok();
    let rules = fs::read_to_string(root.join("content/boilerplate.toml")).ok();
    // The key of another version or build of dossier: not this binary's.
    let other = Cache::open_at(&cache_file(root), &[0xAB; 32], gazetteer.as_deref(), rules.as_deref());
    let (sources, _, _) = dossier::pipeline::corpus(root).expect("corpus");
    assert!(sources.values().all(|s| !other.contains(&other.key(s))));
    assert_eq!(cached_sources(root), 8);
}

#[test]
fn rebuilds_that_keep_the_corpus_and_carry_pages_over_write_what_a_clean_build_writes() {
    let dir = corpus(25);
    let root = dir.path();
    let o = options(root, "public", true);
    let check = |what: &str| {
        build(&options(root, "clean", false)).expect("clean build");
        let (kept, clean) = (snapshot(&root.join("public")), snapshot(&root.join("clean")));
        assert_eq!(kept.keys().collect::<Vec<_>>(), clean.keys().collect::<Vec<_>>(), "{what}");
        for (path, bytes) in &clean {
            assert!(kept.get(path) == Some(bytes), "{what}: {} differs", path.display());
        }
    };
    let (result, kept) = build_keeping(&o, None);
    result.expect("first build");
    // A paragraph added to the briefing: only its pages and the site's change.
    append(root, "content/briefing.md", "\nOne more paragraph, with no citation.\n");
    let (result, kept) = build_keeping(&o, kept);
    result.expect("briefing edited");
    check("a paragraph added");
    // A citation added: the cited source's page and the explore marks change.
    let id = common::first_source(root)
        .trim_start_matches("content/sources/")
        .trim_end_matches(".txt")
        .to_string();
    append(root, "content/briefing.md", &format!("\nAs reported [@{id}].\n"));
    let (result, kept) = build_keeping(&o, kept);
    result.expect("citation added");
    check("a citation added");
    // A broken edit fails and keeps the output; the fix builds again from what was kept.
    append(root, "content/briefing.md", "\nSee [@no-such-source].\n");
    let (result, kept) = build_keeping(&o, kept);
    assert!(result.is_err());
    replace_in(root, "content/briefing.md", "\nSee [@no-such-source].\n", "\n");
    let (result, kept) = build_keeping(&o, kept);
    result.expect("fixed");
    check("after a failed build");
    // The output replaced by another build: nothing is carried from a site this one did not write.
    build(&options(root, "public", false)).expect("another build");
    append(root, "content/briefing.md", "\nAnd a last one.\n");
    let (result, _) = build_keeping(&o, kept);
    result.expect("after another build");
    check("after another build replaced the output");
}

#[cfg(unix)]
#[test]
fn a_carried_page_linking_into_what_a_briefing_edit_removed_fails_the_rebuild() {
    use std::os::unix::fs::MetadataExt;
    let dir = corpus(12);
    let root = dir.path();
    // The source pages (carried over on an edit that leaves the citations alone) link to a heading of
    // the briefing.
    let link = "<a href=\"../../index.html#kept-heading\">Outlook</a>";
    // A project template overriding the built-in one (the corpus has no `site/` of its own).
    fs::create_dir_all(root.join("site/templates")).expect("mkdir");
    fs::copy(repo().join("site/templates/source.html"), root.join("site/templates/source.html"))
        .expect("copy the default source template");
    replace_in(root, "site/templates/source.html", "</article>", &format!("{link}</article>"));
    append(root, "content/briefing.md", "\n## Outlook {#kept-heading}\n\nMore to come.\n");
    let o = options(root, "public", true);
    let (result, kept) = build_keeping(&o, None);
    result.expect("first build");
    let id = common::first_source(root)
        .trim_start_matches("content/sources/")
        .trim_end_matches(".txt")
        .to_string();
    let page = root.join("public/sources").join(&id).join("index.html");
    assert!(common::read(root, &format!("public/sources/{id}/index.html")).contains(link));
    let inode = |p: &Path| fs::metadata(p).expect("page").ino();
    let before = inode(&page);
    // An edit elsewhere: the source pages are carried over (the very files), and their links still resolve.
    append(root, "content/briefing.md", "\nA paragraph with no citation.\n");
    let (result, kept) = build_keeping(&o, kept);
    result.expect("a paragraph added");
    assert_eq!(inode(&page), before, "the source pages were carried over");
    // The heading removed: every carried source page now links to an id that is gone.
    replace_in(root, "content/briefing.md", "\n## Outlook {#kept-heading}\n", "\n");
    let (result, kept) = build_keeping(&o, kept);
    let errors = common::content_errors(result);
    let expected = Path::new("public/sources").join(&id).join("index.html");
    assert!(
        errors.iter().any(|d| d.file == expected
            && d.message == "broken link `../../index.html#kept-heading`: no element with that id"),
        "{errors:#?}"
    );
    assert_eq!(errors.len(), 12, "one on each source page: {errors:#?}");
    assert!(
        common::read(root, "public/index.html").contains("id=\"kept-heading\""),
        "the last good site stays"
    );
    // The heading back: the rebuild from what was kept passes and writes what a clean build writes.
    append(root, "content/briefing.md", "\n## Outlook {#kept-heading}\n");
    let (result, _) = build_keeping(&o, kept);
    result.expect("heading back");
    build(&options(root, "clean", false)).expect("clean build");
    let (kept, clean) = (snapshot(&root.join("public")), snapshot(&root.join("clean")));
    assert_eq!(kept, clean);
}

/// Waits for the next reload; a failed rebuild before it fails the test.
fn wait_for_reload(events: &mut impl std::io::BufRead) {
    loop {
        let (name, data) = serve::next_event(events);
        assert_ne!(name, "failed", "the rebuild failed: {data}");
        if name == "reload" {
            return;
        }
    }
}

#[test]
fn serve_shows_an_edited_briefing_and_a_new_article_and_its_site_is_a_clean_builds() {
    let dir = corpus(15);
    let root = dir.path();
    let server = serve::start(root);
    let mut events = server.events(Duration::from_secs(60));

    append(root, "content/briefing.md", "\nA sentence written while serving.\n");
    wait_for_reload(&mut events);
    assert!(server.get("/").contains("A sentence written while serving."));

    let first = common::first_source(root);
    let text = fs::read_to_string(root.join(&first)).expect("source");
    fs::write(root.join("content/sources/zz-added-article.txt"), text).expect("add an article");
    wait_for_reload(&mut events);
    assert_eq!(serve::status(&server.get("/sources/zz-added-article/")), "200");

    build(&options(root, "clean", false)).expect("clean build");
    let (served, clean) = (snapshot(&root.join("public")), snapshot(&root.join("clean")));
    assert_eq!(served.keys().collect::<Vec<_>>(), clean.keys().collect::<Vec<_>>());
    for (path, bytes) in &clean {
        assert!(served.get(path) == Some(bytes), "{} differs from a clean build", path.display());
    }
}
