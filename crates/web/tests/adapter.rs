//! The adapter's own logic, natively: lookups grouped by statement, filtering by entity ids. (The DOM
//! it draws is tested in the browser, in `browser.rs`.)

mod common;

use dossier_web::Dossier;

fn dossier() -> Dossier {
    Dossier::new(&common::index().encode()).unwrap_or_else(|_| panic!("valid index"))
}

#[test]
fn lookup_groups_wordings_by_statement_with_highlight_and_variants() {
    let results = dossier().lookup_results("intermarriages", 10);
    assert_eq!(results.len(), 1);
    let r = &results[0];
    assert_eq!(r.speaker.as_deref(), Some("the official"));
    let sources: Vec<&str> = r.wordings.iter().map(|w| w.source.as_str()).collect();
    assert_eq!(sources, ["a", "b"]);
    assert_eq!(r.wordings[0].highlight, Some((10, 24)));
    assert_eq!(r.wordings[0].anchor, "p1");
    assert_eq!(r.wordings[1].anchor, "p2");
    assert_eq!(r.wordings[1].highlight, None);
}

#[test]
fn filter_by_ids_ignores_unknown_ids() {
    let d = dossier();
    let paras = vec![vec!["rauf".to_string()], vec!["taliban".to_string(), "nobody".to_string()], vec![]];
    let (visible, counts) = d.filter_ids(&paras, &["rauf".to_string()], false);
    assert_eq!(visible, [true, false, false]);
    assert_eq!(counts, [1, 0]);
    let (visible, _) = d.filter_ids(&paras, &["rauf".to_string(), "taliban".to_string()], true);
    assert_eq!(visible, [true, true, false]);
}

#[test]
fn a_statement_carried_by_thousands_lists_at_most_max_wordings_and_counts_the_rest() {
    use dossier_core::index::{ClusterEntry, QuoteEntry, SourceEntry};
    let mut index = common::index();
    let n = 3_000;
    index.sources = (0..n)
        .map(|i| SourceEntry {
            id: format!("s{i}"),
            title: "t".into(),
            outlet: "Outlet".into(),
            published: "May 2021".into(),
            date: 20210500,
            derived_from: vec![],
        })
        .collect();
    index.paragraphs.clear();
    index.quotes = (0..n)
        .map(|i| QuoteEntry {
            source: i as u32,
            paragraph: 1,
            text: "There are intermarriages.".into(),
            speaker: None,
            cluster: 0,
        })
        .collect();
    index.clusters = vec![ClusterEntry { id: "q-1".into(), speaker: None, quotes: (0..n as u32).collect() }];
    let d = Dossier::new(&index.encode()).unwrap_or_else(|_| panic!("valid index"));
    let results = d.lookup_results("intermarriages", 10);
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].wordings.len(), dossier_web::MAX_WORDINGS);
    assert_eq!(results[0].more, n - dossier_web::MAX_WORDINGS);
    assert_eq!(results[0].sources, n);
}

#[test]
fn search_lists_passages_with_their_highlights_and_reports_a_correction() {
    use dossier_web::SearchResult;
    let answer = dossier().search_results("Rauf", 10);
    assert_eq!(answer.corrected, None);
    let [SearchResult::Passage(p)] = answer.results.as_slice() else { panic!("{answer:?}") };
    assert_eq!((p.source.as_str(), p.anchor.as_str()), ("a", "p1"));
    let marked: Vec<&str> = p.highlights.iter().map(|&(s, e)| &p.text[s..e]).collect();
    assert_eq!(marked, ["Rauf"]);
    assert_eq!(p.cut, (false, false));
    let answer = dossier().search_results("intermarraiges", 10);
    assert_eq!(answer.corrected.as_deref(), Some("intermarriages"));
    let [SearchResult::Quotation(q)] = answer.results.as_slice() else { panic!("{answer:?}") };
    assert_eq!(q.sources, 2);
}
