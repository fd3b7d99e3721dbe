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
//! # Ok::<(), dossier::Error>(())
//! ```

mod discovery;
mod entity;
mod gazetteer;
mod keys;
mod provisional;

pub use discovery::{discover, discover_in, without_titles, Candidate};
pub use entity::{Entity, EntityKind, Mention};
pub use gazetteer::Gazetteer;
pub use provisional::{provisional_entities, provisional_id, Provisional};

#[cfg(test)]
mod tests {
    use super::*;

    const GAZETTEER: &str = include_str!("../../../../../content/entities.toml");

    /// The gazetteer of `content/entities.toml`.
    pub(super) fn gazetteer() -> Gazetteer {
        match Gazetteer::from_toml(GAZETTEER) {
            Ok(g) => g,
            Err(e) => panic!("content/entities.toml: {e}"),
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
        for text in crate::testing::random_texts(&pieces, 7, 3000, 9) {
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
