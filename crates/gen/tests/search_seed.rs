//! `dossier search` and `dossier quote` on the seed corpus: misspelt words find what their right
//! spellings find, and a place named only in an article's narration is found with its paragraph.

use dossier::lookup::{quote, search, SearchAnswer};
use dossier_core::index::Index;

mod common;

fn seed() -> Index {
    dossier::pipeline::corpus(&common::repo()).expect("corpus").2
}

/// (kind, source, paragraph) of every match.
fn listed(a: &SearchAnswer) -> Vec<(&'static str, String, u32)> {
    a.matches.iter().map(|m| (m.kind, m.source.clone(), m.paragraph)).collect()
}

#[test]
fn misspellings_within_the_rule_find_what_the_right_spellings_find() {
    let index = seed();
    for (right, typos) in [
        ("intermarriages", vec!["intermariages", "intermarraiges"]),
        ("collect money from different parts", vec!["collect mony from diferent parts"]),
    ] {
        let expected = search(&index, right, 20);
        assert_eq!(expected.corrected, None);
        assert!(!expected.matches.is_empty(), "{right}");
        let quoted = quote(&index, right);
        assert_eq!(quoted.matches.len(), 3, "{right}: three sources carry it");
        for typo in typos {
            let found = search(&index, typo, 20);
            assert_eq!(listed(&found), listed(&expected), "{typo}");
            let corrected = found.corrected.expect("a correction is reported");
            assert!(corrected.ends_with(right.rsplit(' ').next().unwrap_or(right)), "{corrected}");
            assert_eq!(quote(&index, typo).matches, quoted.matches, "{typo}");
        }
    }
}

#[test]
fn a_place_named_only_in_the_narration_is_found_with_its_paragraph() {
    let index = seed();
    // Kunar appears in one article's narration, in no quotation.
    assert!(index.quotes.iter().all(|q| !q.text.contains("Kunar")));
    let found = search(&index, "Kunar", 20);
    assert_eq!(listed(&found), [("passage", "taliban-darling-again".to_string(), 18)]);
    assert_eq!(found.matches[0].words, ["Kunar"]);
    assert!(found.matches[0].score > 0);
    let typo = search(&index, "the Kunsav settlement", 20);
    assert_eq!(typo.corrected.as_deref(), Some("the kunsaf settlement"));
    assert_eq!(typo.matches[0].kind, "passage");
    assert!(typo.matches[0].words.contains(&"Kunsaf".to_string()), "{:?}", typo.matches[0]);
}

#[test]
fn json_has_the_documented_fields() {
    let index = seed();
    let json = serde_json::to_value(search(&index, "Kunar province", 5)).expect("json");
    let m = &json["matches"][0];
    assert_eq!(m["kind"], "passage");
    assert_eq!(m["source"], "taliban-darling-again");
    assert_eq!(m["paragraph"], 18);
    assert!(m["text"].as_str().is_some_and(|t| t.contains("Kunar")));
    assert!(m["score"].as_u64().is_some());
    let q = serde_json::to_value(search(&index, "there are intermarriages", 5)).expect("json");
    assert_eq!(q["matches"][0]["kind"], "quotation");
    assert_eq!(q["matches"][0]["outlets"].as_array().map(Vec::len), Some(3));
}
