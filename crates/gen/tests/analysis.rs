//! Analysis on the real corpus and on new articles: lookups from the terminal, clustering across
//! outlets, provenance of a near-copy, discovery of new names.

use std::fs;
use std::path::Path;
use std::process::Command;

mod common;

use common::repo;

fn dossier(root: &Path, args: &[&str]) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .arg("--json")
        .arg("--root")
        .arg(root)
        .output()
        .expect("run dossier");
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    })
}

fn sources_of(v: &serde_json::Value) -> Vec<String> {
    let mut s: Vec<String> = v["matches"]
        .as_array()
        .expect("matches")
        .iter()
        .map(|m| m["source"].as_str().expect("source").to_string())
        .collect();
    s.sort();
    s.dedup();
    s
}

#[test]
fn a_quotation_is_traced_to_every_outlet_that_carried_it_with_its_speaker() {
    let root = repo();
    let v = dossier(&root, &["quote", "intermarriages"]);
    assert_eq!(sources_of(&v), ["biden-missing-out", "bond-much-deeper", "deadly-raid-global-reach"]);
    // Straight quotes, capitals and a changed word ("transfer" for "give") still find all three.
    let v = dossier(&root, &["quote", "\"COLLECT MONEY from different parts of the world and send it\""]);
    assert_eq!(sources_of(&v), ["biden-missing-out", "bond-much-deeper", "deadly-raid-global-reach"]);
    let first = &v["matches"][0];
    assert!(first["speaker"].as_str().expect("speaker").contains("official"), "{first}");
    assert!(first["anchor"].as_str().expect("anchor").starts_with('p'));
    let v = dossier(&root, &["quote", "a large number of volunteers"]);
    assert_eq!(sources_of(&v), ["taliban-darling-again"]);
    assert_eq!(v["matches"][0]["speaker"], "Shaheen");
    let v =
        dossier(&root, &["quote", "I can verify that Al Qaeda and the Taliban are still fighting together"]);
    assert_eq!(v["matches"][0]["speaker"], "Karim");
    let v = dossier(&root, &["quote", "strongly integrated"]);
    assert_eq!(v["matches"][0]["speaker"], "Edmund Fitton-Brown");
    let v = dossier(&root, &["quote", "words nobody ever said in this corpus"]);
    assert_eq!(v["matches"].as_array().expect("array").len(), 0);
}

#[test]
fn every_alias_returns_the_same_entity_and_sources() {
    let root = repo();
    let canonical = dossier(&root, &["entity", "Husam Abd al-Rauf"]);
    assert_eq!(canonical["entity"]["id"], "husam-abd-al-rauf");
    for alias in
        ["Husama Abd al-Rauf", "Abu Muhsen al-Masri", "abu muhsin al masri", "Husam Abd-al-Rauf", "al-Rauf’s"]
    {
        let v = dossier(&root, &["entity", alias]);
        assert_eq!(v["entity"], canonical["entity"], "{alias}");
        assert_eq!(v["sources"], canonical["sources"], "{alias}");
        assert_eq!(v["mentions"], canonical["mentions"], "{alias}");
    }
    assert_eq!(
        dossier(&root, &["entity", "AQSI"])["entity"]["id"],
        dossier(&root, &["entity", "AQIS"])["entity"]["id"]
    );
    assert_eq!(dossier(&root, &["entity", "Ben Laden"])["entity"]["id"], "osama-bin-laden");
    assert!(dossier(&root, &["entity", "Nobody In Particular"])["entity"].is_null());
}

/// A copy of the project with one more article.
fn with_article(id: &str, text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for rel in dossier::emit::list_files(&repo().join("content")).expect("list") {
        let dst = dir.path().join("content").join(&rel);
        fs::create_dir_all(dst.parent().expect("parent")).expect("mkdir");
        fs::copy(repo().join("content").join(&rel), dst).expect("copy");
    }
    fs::write(dir.path().join(format!("content/sources/{id}.txt")), text).expect("write");
    dir
}

#[test]
fn a_new_article_is_analysed_like_the_others() {
    let article = "+++\ntitle = \"New report\"\noutlet = \"Example Post\"\npublished = 2021-06-02\n+++\n\
        Gen. Rahmatullah Nabil said the Taliban still shelter al-Qaeda fighters in Kunar.\n\
        “They collect money from different parts of the world and hand it to the Taliban,” an Afghan official told the Example Post.\n";
    let dir = with_article("example-post-report", article);
    let (sources, analysis, index) = dossier::pipeline::corpus(dir.path()).expect("corpus");
    assert_eq!(sources.len(), 6);
    // Gazetteer entities are found in it.
    let taliban = dossier::lookup::entity(&index, &analysis, "Taliban");
    assert!(taliban.sources.contains(&"example-post-report".to_string()));
    // A new person is discovered without editing the gazetteer.
    let nabil = dossier::lookup::entity(&index, &analysis, "Rahmatullah Nabil");
    assert_eq!(nabil.sources, ["example-post-report"], "{:?}", analysis.provisional);
    // Its quotation joins the same statement in the three CNN re-tellings.
    let answer = dossier::lookup::quote(&index, "collect money from different parts of the world");
    let clusters: std::collections::BTreeSet<&str> =
        answer.matches.iter().map(|m| m.cluster.as_str()).collect();
    assert_eq!(clusters.len(), 1, "{answer:#?}");
    assert!(
        answer
            .matches
            .iter()
            .any(|m| m.source == "example-post-report" && m.speaker.as_deref() == Some("an Afghan official")),
        "{answer:#?}"
    );
}

#[test]
fn a_near_copy_is_shown_as_derived() {
    let original =
        fs::read_to_string(repo().join("content/sources/taliban-darling-again.txt")).expect("read");
    let body = original.split("+++").nth(2).expect("body");
    let copy = format!(
        "+++\ntitle = \"Taliban and al-Qaeda close again, officials say\"\noutlet = \"Copycat Daily\"\npublished = 2021-06-10\n+++\n{}",
        body.replace("The Daily Beast", "Copycat Daily")
    );
    let dir = with_article("copycat-daily", &copy);
    let (_, analysis, _) = dossier::pipeline::corpus(dir.path()).expect("corpus");
    let relation = analysis.relations.get("copycat-daily").expect("relation");
    assert!(relation.derived_from.contains(&"taliban-darling-again".to_string()), "{relation:?}");
    assert!(!relation.independent);
    // The original is still not derived from anything in the corpus.
    assert!(!analysis.relations["taliban-darling-again"].derived_from.contains(&"copycat-daily".to_string()));
}
