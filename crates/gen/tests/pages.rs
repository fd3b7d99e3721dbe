//! Listings that grow with the corpus are split into pages: a synthetic corpus large enough to need
//! several explore and quotes pages is built, and every page must stay small, link its neighbours,
//! and together list everything once.

use dossier::pipeline::{build, Options};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

mod common;

use common::{read, repo, snapshot};

/// The most a page may weigh.
const MAX_PAGE: usize = 1024 * 1024;

fn ids_after<'a>(html: &'a str, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    html.split(prefix).skip(1).filter_map(|rest| rest.split('"').next())
}

#[test]
fn long_listings_are_split_into_small_linked_pages_that_list_everything_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gazetteer = fs::read_to_string(repo().join("content/entities.toml")).expect("gazetteer");
    let corpus = dossier_corpus::generate(&dossier_corpus::Spec { sources: 240, seed: 3 }, &gazetteer)
        .expect("corpus");
    corpus.write(&repo(), dir.path()).expect("written");
    let mut options = Options::new(dir.path());
    options.out = dir.path().join("public");
    options.wasm = None;
    build(&options).expect("the corpus builds, its links resolving");
    let public = &options.out;
    let files = snapshot(public);

    let largest = files
        .iter()
        .filter(|(p, _)| p.extension().is_some_and(|e| e == "html"))
        .map(|(p, b)| (b.len(), p.clone()))
        .max()
        .expect("pages");
    assert!(largest.0 < MAX_PAGE, "{largest:?}");

    // Explore: several pages, chained by rel=prev/next, each source's section on exactly one of them.
    let explore: Vec<&Path> = files
        .keys()
        .map(|p| p.as_path())
        .filter(|p| p.starts_with("explore") && p.extension().is_some_and(|e| e == "html"))
        .collect();
    assert!(explore.len() >= 3, "{explore:?}");
    let mut seen = BTreeSet::new();
    for n in 1..=explore.len() {
        let route = dossier_core::routes::explore_page(n);
        let html = read(public, &route);
        let next = (n < explore.len()).then(|| dossier_core::routes::explore_page(n + 1));
        let prev = (n > 1).then(|| dossier_core::routes::explore_page(n - 1));
        for (rel, target) in [("next", next), ("prev", prev)] {
            let link = target.map(|t| {
                format!("<link rel=\"{rel}\" href=\"{}{t}\">", "../".repeat(route.matches('/').count()))
            });
            match link {
                Some(link) => assert!(html.contains(&link), "{route}: {link}"),
                None => assert!(!html.contains(&format!("rel=\"{rel}\"")), "{route} has no {rel}"),
            }
        }
        assert!(html.contains(&format!("Page {n} of {}", explore.len())), "{route}");
        for id in ids_after(&html, "<h2 id=\"x-") {
            assert!(seen.insert(id.to_string()), "{id} is on two explore pages");
        }
    }
    let sources: BTreeSet<String> = (0..240)
        .map(|i| format!("src-{i:04}"))
        .filter(|id| files.contains_key(Path::new(&dossier_core::routes::source_page(id))))
        .collect();
    assert_eq!(seen, sources);

    // Quotes: statements split over pages, each listed once.
    let quotes: Vec<String> = (1..)
        .map(dossier_core::routes::quotes_page)
        .take_while(|p| files.contains_key(Path::new(p)))
        .collect();
    assert!(quotes.len() >= 2, "{quotes:?}");
    let mut statements = BTreeSet::new();
    for route in &quotes {
        for id in ids_after(&read(public, route), "<li id=\"") {
            assert!(statements.insert(id.to_string()), "{id} listed twice");
        }
    }
    assert!(!statements.is_empty());
}
