//! The explore listing's filter table: built for a corpus large enough to need several explore pages,
//! it must hold exactly the filterable items of every page (as the pages carry them in
//! `data-entities`), belong to the build's index, count what a page-by-page filter counts, and come out
//! byte-identical from a second build.

use dossier::pipeline::{build, Options};
use dossier_core::filter::{filter_sets, Mode};
use dossier_core::index::Index;
use dossier_core::listing::{build_id, Listing};
use dossier_core::routes;
use std::fs;

mod common;

use common::{read, repo};

fn build_corpus(dir: &std::path::Path) -> Options {
    let gazetteer = fs::read_to_string(repo().join("content/entities.toml")).expect("gazetteer");
    let corpus = dossier_corpus::generate(&dossier_corpus::Spec { sources: 120, seed: 3 }, &gazetteer)
        .expect("corpus");
    corpus.write(&repo(), dir).expect("written");
    let mut options = Options::new(dir);
    options.out = dir.join("public");
    // An empty bundle: the pages get their facet panel (the bundle's files are not needed here).
    let bundle = dir.join("bundle");
    fs::create_dir_all(&bundle).expect("bundle dir");
    options.wasm = Some(bundle);
    build(&options).expect("the corpus builds");
    options
}

/// Every `data-entities` value of a page, as entity positions of the index.
fn page_sets(html: &str, index: &Index) -> Vec<Vec<u32>> {
    html.split("data-entities=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|ids| {
            let mut set: Vec<u32> = ids
                .split_whitespace()
                .filter_map(|id| index.entities.iter().position(|e| e.id == id))
                .filter_map(|i| u32::try_from(i).ok())
                .collect();
            set.sort_unstable();
            set
        })
        .collect()
}

#[test]
fn the_filter_table_counts_every_explore_page_as_the_pages_themselves_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    let options = build_corpus(dir.path());
    let public = &options.out;
    let head =
        Index::decode_head(&fs::read(public.join(routes::INDEX_FILE)).expect("index.bin")).expect("head");
    let bytes = fs::read(public.join(routes::EXPLORE_FILTER)).expect("the table is written");
    let table = Listing::decode(&bytes, build_id(head.text_build, &head.index.entities)).expect("decodes");
    assert!(table.pages() >= 3, "{} pages", table.pages());
    let pages: Vec<Vec<Vec<u32>>> = (1..=table.pages())
        .map(|n| page_sets(&read(public, &routes::explore_page(n)), &head.index))
        .collect();
    let entities = head.index.entities.len();
    for (k, sets) in pages.iter().enumerate() {
        assert_eq!(table.items[k] as usize, sets.len(), "items of page {}", k + 1);
        let html = read(public, &routes::explore_page(k + 1));
        let panel = format!("data-listing-page=\"{}\" data-listing-pages=\"{}\"", k + 1, table.pages());
        assert!(html.contains(&panel), "page {} says where it is: {panel}", k + 1);
    }
    // The most mentioned entity, alone and with the next one, in both modes.
    let mut by_count: Vec<(usize, usize)> = (0..entities)
        .map(|e| (pages.iter().flatten().filter(|s| s.contains(&(e as u32))).count(), e))
        .collect();
    by_count.sort_unstable_by(|a, b| b.cmp(a));
    let (first, second) = (by_count[0].1, by_count[1].1);
    for mode in [Mode::All, Mode::Any] {
        for selected in [vec![], vec![first], vec![first, second]] {
            let whole = table.whole(&selected, mode);
            let mut counts = vec![0u32; entities];
            let mut matches = 0;
            for (k, sets) in pages.iter().enumerate() {
                let refs: Vec<&[u32]> = sets.iter().map(Vec::as_slice).collect();
                let f = filter_sets(&refs, entities, &selected, mode);
                let kept = f.visible.iter().filter(|v| **v).count() as u32;
                assert_eq!(whole.pages[k], kept, "page {} {selected:?} {mode:?}", k + 1);
                matches += kept;
                counts.iter_mut().zip(&f.counts).for_each(|(c, n)| *c += n);
            }
            assert_eq!((whole.matches, &whole.counts), (matches, &counts), "{selected:?} {mode:?}");
        }
    }
    assert!(table.whole(&[first], Mode::All).matching_pages().len() > 1, "the entity is on several pages");

    // A second build writes the same bytes.
    let again = tempfile::tempdir().expect("tempdir");
    let options2 = build_corpus(again.path());
    assert_eq!(fs::read(options2.out.join(routes::EXPLORE_FILTER)).expect("again"), bytes);
}
