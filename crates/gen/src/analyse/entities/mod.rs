//! Entities: the gazetteer (`content/entities.toml`), finding its entities in a text under any alias, and
//! discovering names the gazetteer does not know yet.
//!
//! The analyse phase loads the gazetteer once with [`Gazetteer::from_toml`], calls [`Gazetteer::find`] on
//! each source's text, and [`discover`] on the same text with the mentions found (a whole article rather
//! than one paragraph: discovery learns from the article which capitalised words are ordinary words,
//! because it also writes them in lower case). Discovered names are gathered across sources by
//! [`provisional_entities`] into provisional entities the build lists, so an author can confirm them in
//! the gazetteer or merge them into an existing entity; [`Gazetteer::with_provisional`] adds them to the
//! matcher so a new article brings its new people without editing the gazetteer first.
//!
//! Matching compares folded text ([`dossier_core::text::Folded`]: case, diacritics, quotes, dashes), and on
//! top of that treats a hyphen inside a word as a space (`al-Qaeda` = `al Qaeda`) and stops a match before
//! a possessive (`al-Qaeda’s`). A match must start and end on word boundaries (`Talibanistan` is not the
//! Taliban), the longest alias wins (`Tehrik-i-Taliban Pakistan` is not the Taliban), and an alias written
//! all in capitals is an acronym that only matches capitals (`US` is not `us`). All aliases are searched
//! in one Aho–Corasick pass, so the cost grows with the length of the text, not with the gazetteer.
//!
//! ```
//! use dossier::analyse::entities::Gazetteer;
//!
//! let gazetteer = Gazetteer::from_toml(r#"
//!     [[entity]]
//!     id = "al-qaeda"
//!     name = "al-Qaeda"
//!     kind = "organization"
//!     description = "Militant group."
//!     aliases = ["al-Qaedi"]
//!
//!     [[entity]]
//!     id = "aqis"
//!     name = "al-Qaeda in the Indian Subcontinent"
//!     kind = "organization"
//!     description = "Al-Qaeda's South Asian affiliate."
//!     aliases = ["AQIS", "AQSI"]
//! "#)?;
//! let text = "the affiliate of Al Qaeda in the Indian Subcontinent (AQSI), al Qaeda’s ally";
//! let found: Vec<_> = gazetteer.find(text).into_iter().map(|m| &text[m.span]).collect();
//! assert_eq!(found, ["Al Qaeda in the Indian Subcontinent", "AQSI", "al Qaeda"]);
//! assert_eq!(gazetteer.lookup("AL-QAEDI").map(|e| e.id.as_str()), Some("al-qaeda"));
//! # Ok::<(), dossier::analyse::entities::GazetteerError>(())
//! ```

mod discovery;
mod gazetteer;
mod keys;
mod provisional;

pub use discovery::{discover, without_titles, Candidate};
pub use gazetteer::{Gazetteer, GazetteerError};
pub use provisional::{provisional_entities, provisional_id, Provisional};

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person, named or known by a single name.
    Person,
    /// A group, movement, institution, company or news outlet.
    Organization,
    /// A country, province, city, region or border.
    Place,
    /// Something that happened or was agreed: an attack, an agreement.
    Event,
    /// A report, a poster, a statement that sources cite.
    Document,
    /// Anything else, including names discovered in the sources and not yet classified.
    Other,
}

impl EntityKind {
    /// Every kind, in the order pages list them.
    pub const ALL: [EntityKind; 6] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Event,
        EntityKind::Document,
        EntityKind::Other,
    ];

    /// The name used in `entities.toml` and in URLs: `person`, `organization`, …
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Event => "event",
            EntityKind::Document => "document",
            EntityKind::Other => "other",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One entity of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable lowercase-hyphen slug (`husam-abd-al-rauf`): ASCII letters, digits and single inner hyphens.
    pub id: String,
    /// The canonical name shown on the site; it matches like an alias.
    pub name: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// A short description resting on the sources; empty only for provisional entities.
    pub description: String,
    /// Other spellings, transliterations, noms de guerre and acronyms, as written in `entities.toml`.
    pub aliases: Vec<String>,
    /// True for a name found by [`discover`] and not (yet) confirmed in the gazetteer.
    pub provisional: bool,
}

/// A place in a text where an entity is named.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mention {
    /// Index of the entity in [`Gazetteer::entities`].
    pub entity: usize,
    /// Byte range of the name in the text, without a trailing possessive (`al-Qaeda` in `al-Qaeda’s`).
    pub span: Range<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const GAZETTEER: &str = include_str!("../../../../../content/entities.toml");

    /// The gazetteer of `content/entities.toml`.
    pub(super) fn gazetteer() -> Gazetteer {
        match Gazetteer::from_toml(GAZETTEER) {
            Ok(g) => g,
            Err(e) => panic!("content/entities.toml: {e} at {:?}", e.span()),
        }
    }

    #[test]
    fn no_input_panics() {
        let g = gazetteer();
        let pieces = [
            "",
            " ",
            "-",
            "’s",
            "'",
            "al-",
            "-al",
            "AQIS’",
            "US.",
            "Ghazni\u{301}",
            "æ",
            "ß",
            "İ",
            "\u{200b}",
            "Al Qaeda in the Indian",
            " Subcontinent",
            "Mullah",
            "Gen.",
            "Lt.",
            "said",
            "Karim",
            "\n",
            "“",
            "(",
            "Ḥusām",
            "🇦🇫",
            "Taliban",
            "s",
            "The",
            "Abu Muhsin al",
            "-Masri",
            "U.S.",
            "9/11",
            ",",
            "of",
            "bin",
        ];
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(seed % 9) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            let mentions = g.find(&text);
            let mut last = 0;
            for m in &mentions {
                assert!(m.span.start >= last && m.span.start < m.span.end, "{text:?}: {mentions:?}");
                assert!(text.get(m.span.clone()).is_some(), "{text:?}");
                last = m.span.end;
            }
            for c in discover(&text, &mentions) {
                assert_eq!(text.get(c.span.clone()), Some(c.name.as_str()));
            }
            let _ = g.lookup(&text);
            let _ = provisional_id(&text);
            let _ = Gazetteer::from_toml(&text);
        }
    }
}
