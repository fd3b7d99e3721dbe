//! The entity model: what an entity is (its kind, names and aliases) and a mention of one in a text. A
//! leaf of [`super`]: the gazetteer, discovery and provisional entities share these types.

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
    /// Where each alias is written in `entities.toml` (byte ranges, one per alias, in order); empty for
    /// provisional entities. Kept so that a message about an alias can point at it.
    pub alias_spans: Vec<Range<usize>>,
}

/// A place in a text where an entity is named.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Mention {
    /// Index of the entity in [`super::Gazetteer::entities`].
    pub entity: usize,
    /// Byte range of the name in the text, without a trailing possessive (`al-Qaeda` in `al-Qaeda’s`).
    pub span: Range<usize>,
}
