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
    let mut d = Dossier::new(&index.encode()).unwrap_or_else(|_| panic!("valid index"));
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

/// Answers `query` from a split index as the page does: asks, fetches what it needs, asks again.
fn served(
    d: &mut Dossier,
    quotes: &[u8],
    shards: &dossier_core::shards::Sharded,
    query: &str,
) -> (usize, dossier_web::SearchAnswer) {
    use dossier_web::Needs;
    for round in 0..6 {
        match d.search(query, 10) {
            Ok(answer) => return (round, answer),
            Err(Needs::Start { quotes: q, manifest }) => {
                // The shards alone answer: a split index never waits for quotes.bin.
                assert!(!q, "{query}: asked for quotes.bin ({} bytes)", quotes.len());
                if manifest {
                    d.add_manifest(&shards.manifest).unwrap_or_else(|_| panic!("manifest"));
                }
            }
            Err(Needs::Files(wants)) => {
                assert!(!wants.is_empty(), "{query}: needs nothing yet does not answer");
                for want in wants {
                    let bytes = shards.bytes_of(want).expect("a file of the build");
                    d.add_file(want, bytes).unwrap_or_else(|_| panic!("{want:?}"));
                }
            }
        }
    }
    panic!("{query}: not answered after six rounds");
}

#[test]
fn a_split_index_answers_through_its_shards_as_the_whole_index_does() {
    let index = common::index();
    let (head, quotes) = index.encode_split();
    let shards = dossier_core::shards::Sharded::build(&index);
    let mut split = Dossier::new(&head).unwrap_or_else(|_| panic!("head"));
    for q in ["Rauf", "intermarraiges", "intermarriages", "nothing like this", "Rauf"] {
        let (rounds, answer) = served(&mut split, &quotes, &shards, q);
        assert_eq!(answer, dossier().search_results(q, 10), "{q}");
        assert!(rounds <= 5, "{q}");
    }
    // Everything the repeated query needs is cached: it answers at once.
    assert_eq!(served(&mut split, &quotes, &shards, "Rauf").0, 0);
}

#[test]
fn shards_of_another_build_are_refused() {
    let index = common::index();
    let (head, _) = index.encode_split();
    let mut other = common::index();
    other.paragraphs[0].text.push_str(" changed");
    let stale = dossier_core::shards::Sharded::build(&other);
    let mut d = Dossier::new(&head).unwrap_or_else(|_| panic!("head"));
    assert!(d.add_manifest(&stale.manifest).is_err());
    assert!(d.needs_manifest());
    assert!(d.add_manifest(&[1, 2, 3]).is_err());
    let fresh = dossier_core::shards::Sharded::build(&index);
    assert!(d.add_manifest(&fresh.manifest).is_ok());
    assert!(d.add_file(dossier_core::shard_cache::Want::Shard(0), &stale.shards[0]).is_err());
}
