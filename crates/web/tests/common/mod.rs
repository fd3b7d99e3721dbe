//! The small index every test of dossier-web starts from (natively in `adapter.rs`, in the browser in
//! `browser.rs`): two sources, a person and an organization mentioned in one paragraph, and one
//! statement worded differently by the two sources.

use dossier_core::index::{ClusterEntry, EntityEntry, Index, ParagraphEntry, QuoteEntry, SourceEntry};

/// The fixture index.
pub(crate) fn index() -> Index {
    let source = |id: &str| SourceEntry {
        id: id.into(),
        title: id.into(),
        outlet: "Outlet".into(),
        published: "May 2021".into(),
        date: 20210500,
        derived_from: vec![],
    };
    let entity = |id: &str, kind: &str| EntityEntry {
        id: id.into(),
        name: id.into(),
        kind: kind.into(),
        provisional: false,
        aliases: vec![],
    };
    Index {
        sources: vec![source("a"), source("b")],
        entities: vec![entity("rauf", "person"), entity("taliban", "organization")],
        paragraphs: vec![ParagraphEntry {
            source: 0,
            n: 1,
            entities: vec![0, 1],
            text: "“There are intermarriages,” Rauf said of the Taliban.".into(),
        }],
        quotes: vec![
            QuoteEntry {
                source: 0,
                paragraph: 1,
                text: "There are intermarriages.".into(),
                speaker: Some("the official".into()),
                cluster: 0,
            },
            QuoteEntry {
                source: 1,
                paragraph: 2,
                text: "There are mixed marriages.".into(),
                speaker: None,
                cluster: 0,
            },
        ],
        clusters: vec![ClusterEntry {
            id: "q-1".into(),
            speaker: Some("the official".into()),
            quotes: vec![0, 1],
        }],
    }
}
