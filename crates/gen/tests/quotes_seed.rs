//! Quotations of the seed corpus: statements reworded by translation past any shared word are one
//! statement, and speakers the text names in an aside or as a document are found.

use dossier::analyse::Analysis;
use std::collections::BTreeSet;

mod common;

use common::repo;

fn seed() -> Analysis {
    dossier::pipeline::corpus(&repo()).expect("corpus").1
}

/// The index of the quote of `source` whose text is `text`.
fn quote(a: &Analysis, source: &str, text: &str) -> usize {
    a.quotes
        .iter()
        .position(|q| q.source == source && q.text == text)
        .unwrap_or_else(|| panic!("no quote {text:?} in {source}"))
}

/// `(source, text)` of every quote in the statement of quote `i`.
fn statement(a: &Analysis, i: usize) -> BTreeSet<(&str, &str)> {
    let of = a.cluster_of();
    a.clusters[of[i]]
        .members
        .iter()
        .map(|&m| (a.quotes[m].source.as_str(), a.quotes[m].text.as_str()))
        .collect()
}

#[test]
fn biden_s_words_reworded_by_translation_are_one_statement_per_phrase() {
    let a = seed();
    let degenerated = statement(&a, quote(&a, "biden-missing-out", "degenerated"));
    assert!(degenerated.contains(&("deadly-raid-global-reach", "degraded")), "{degenerated:?}");
    assert!(degenerated.iter().any(|(s, _)| *s == "taliban-darling-again"), "{degenerated:?}");
    let goal = statement(&a, quote(&a, "biden-missing-out", "achieved its goal"));
    assert_eq!(
        goal,
        BTreeSet::from([
            ("biden-missing-out", "achieved its goal"),
            ("deadly-raid-global-reach", "accomplished that objective")
        ])
    );
    // The two phrases stay two statements, and the quote before them stays on its own statement.
    assert!(!goal.contains(&("deadly-raid-global-reach", "degraded")));
    let base = statement(
        &a,
        quote(
            &a,
            "deadly-raid-global-reach",
            "not be used as a base from which to attack our homeland again.",
        ),
    );
    assert_eq!(base.len(), 2, "{base:?}");
}

#[test]
fn speakers_named_in_an_aside_or_as_a_document() {
    let a = seed();
    let hell = &a.quotes[quote(&a, "taliban-darling-again", "gates of hell")];
    assert_eq!((hell.speaker.as_deref(), hell.speaker_cue.as_deref()), (Some("Biden"), Some("called")));
    let soil = a
        .quotes
        .iter()
        .find(|q| q.source == "bond-much-deeper" && q.text.starts_with("will prevent the use of the soil"))
        .expect("quote");
    assert_eq!(soil.speaker.as_deref(), Some("the peace deal signed with the US in Doha"));
    assert_eq!(soil.speaker_cue.as_deref(), Some("states"));
}

/// The statement's block on the quotes page of the seed site built into a temporary folder.
fn statement_html(page: &str, id: &str) -> String {
    let start = page.find(&format!("<li id=\"{id}\"")).unwrap_or_else(|| panic!("no statement {id}"));
    let end = page[start..].find("</ul>").map_or(page.len(), |e| start + e);
    page[start..end].to_string()
}

#[test]
fn the_quotes_page_draws_a_fragment_as_a_partial_quotation_and_one_speaker_label() {
    let out = tempfile::tempdir().expect("tempdir");
    let mut options = dossier::pipeline::Options::new(repo());
    options.out = out.path().join("public");
    dossier::pipeline::build(&options).expect("the project builds");
    let page = common::read(&options.out, "quotes/index.html");
    let degraded = statement_html(&page, "q-degenerated");
    // CNN quotes one word of Biden's statement: the rest is its context, not words it cut.
    assert!(
        degraded.contains("Al Qaeda is</span> “degraded” <span class=\"unquoted\">in Afghanistan."),
        "{degraded}"
    );
    assert!(!degraded.contains("<del>"), "{degraded}");
    assert!(degraded.contains("A partial quotation, in"), "{degraded}");
    // One label in the heading; the outlets' other labels in one quiet line.
    let now = statement_html(&page, "q-now-it-is-not-only-an");
    assert!(now.contains("<strong>The senior official</strong>"), "{now}");
    assert!(now.contains("Also named “the channel’s source” in "), "{now}");
    assert!(!now.contains("wording-source\">the"), "{now}");
    // Real differences of wording are still marked.
    let give = statement_html(&page, "q-collect-money-from-different-parts-of");
    assert!(give.contains("<del>give</del> <ins>transfer</ins>"), "{give}");
}
