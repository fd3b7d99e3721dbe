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
