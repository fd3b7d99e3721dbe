//! Provisional entities: the names [`discover`](super::discover) finds, gathered across texts under a
//! slug id each.

use std::collections::BTreeMap;
use std::ops::Range;

use dossier_core::text::Folded;

use super::discovery::Candidate;

/// The slug id of a provisional entity: its name folded, without a possessive, with apostrophes dropped and
/// every run of other characters as one hyphen (`Karen Roxberry` → `karen-roxberry`, `Safiulá Amiri’s` →
/// `safiula-amiri`).
pub fn provisional_id(name: &str) -> String {
    let folded = Folded::new(name).text;
    let bare = folded.strip_suffix("'s").unwrap_or(&folded);
    let mut id = String::new();
    for c in bare.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if c.is_alphanumeric() {
            // Outside the folding table (non-Latin scripts): keep the id ASCII and stable.
            id.push_str(&format!("u{:x}", c as u32));
        } else if c != '\'' && !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    shorten(id)
}

/// An id within [`MAX_ID_LEN`](dossier_core::routes::MAX_ID_LEN): a long run of capitalised words
/// (a headline in capitals, a list of names) must not become a folder name the file system refuses.
/// The cut keeps whole words and ends with a hash of the whole id, so two long names stay apart.
fn shorten(id: String) -> String {
    let max = dossier_core::routes::MAX_ID_LEN;
    if id.len() <= max {
        return id;
    }
    // FNV-1a: small, stable across builds and platforms.
    let hash =
        id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    let suffix = format!("-{:08x}", hash as u32);
    let mut cut = &id[..max - suffix.len()];
    if let Some(at) = cut.rfind('-') {
        cut = &cut[..at];
    }
    format!("{}{suffix}", cut.trim_end_matches('-'))
}

/// A name found by [`discover`](super::discover) in one or more texts, gathered under one provisional id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provisional {
    /// [`provisional_id`] of the name.
    pub id: String,
    /// The spelling used most often (the first seen on a tie).
    pub name: String,
    /// The first cue seen with it, if any.
    pub cue: Option<String>,
    /// Where it was found: the index of the text in the input and the byte range in that text.
    pub mentions: Vec<(usize, Range<usize>)>,
}

/// The fewest times discovery must find a name, across all texts, for it to become a provisional entity,
/// unless a title marks it (`Gen. Rahmatullah Nabil`, see [`Candidate::titled`]). A name found once after
/// `said` or on its own is weak evidence (a byline, a caption, a passer-by quoted once), and each
/// provisional entity costs a page, a row on the entities page and a pattern in the matcher: a source with
/// a different speaker in each of its 100,000 lines would otherwise give 100,000 pages. Its quotations
/// keep the speaker's name as written.
pub(super) const MIN_MENTIONS: usize = 2;

/// Gathers the candidates of several texts (`per_text[i]` from text `i`) into provisional entities, one
/// per [`provisional_id`], sorted by id. A one-word name that ends exactly one longer name (`Sadat` and
/// `Sami Sadat`) is taken as a short form of it and its mentions join the longer name's. A name found
/// fewer than [`MIN_MENTIONS`] times in all (short forms included) and never with a title is left out.
pub fn provisional_entities<'a, I>(per_text: I) -> Vec<Provisional>
where
    I: IntoIterator<Item = &'a [Candidate]>,
{
    struct Gathered {
        spellings: Vec<(String, usize)>,
        cue: Option<String>,
        titled: bool,
        mentions: Vec<(usize, Range<usize>)>,
    }
    let mut by_id: BTreeMap<String, Gathered> = BTreeMap::new();
    for (text, candidates) in per_text.into_iter().enumerate() {
        for c in candidates {
            let id = provisional_id(&c.name);
            if id.is_empty() {
                continue;
            }
            let g = by_id.entry(id).or_insert(Gathered {
                spellings: Vec::new(),
                cue: None,
                titled: false,
                mentions: Vec::new(),
            });
            g.titled |= c.titled();
            match g.spellings.iter_mut().find(|(s, _)| *s == c.name) {
                Some((_, n)) => *n += 1,
                None => g.spellings.push((c.name.clone(), 1)),
            }
            if g.cue.is_none() {
                g.cue.clone_from(&c.cue);
            }
            g.mentions.push((text, c.span.clone()));
        }
    }
    // The longer names by their last word, in one pass (a scan per short name would be quadratic in a
    // source of many one-word names): the one longer name ending in it, or `None` if several do.
    let mut ending: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    for id in by_id.keys() {
        if let Some((_, last)) = id.rsplit_once('-') {
            ending.entry(last).and_modify(|t| *t = None).or_insert(Some(id.as_str()));
        }
    }
    let merges: Vec<(String, String)> = by_id
        .keys()
        .filter(|id| !id.contains('-'))
        .filter_map(|word| Some((word.clone(), ending.get(word.as_str()).copied().flatten()?.to_string())))
        .collect();
    for (word, target) in merges {
        if let Some(g) = by_id.remove(&word) {
            if let Some(t) = by_id.get_mut(&target) {
                t.mentions.extend(g.mentions);
                t.mentions.sort_by_key(|(text, span)| (*text, span.start));
                if t.cue.is_none() {
                    t.cue = g.cue;
                }
                t.titled |= g.titled;
            }
        }
    }
    by_id
        .into_iter()
        .filter(|(_, g)| g.mentions.len() >= MIN_MENTIONS || g.titled)
        .map(|(id, g)| {
            // The most frequent spelling; `max_by_key` keeps the last of equals, so rank earlier ones higher.
            let best = g.spellings.iter().enumerate().max_by_key(|(at, (_, n))| (*n, std::cmp::Reverse(*at)));
            let name = best.map(|(_, (name, _))| name.clone()).unwrap_or_default();
            Provisional { id, name, cue: g.cue, mentions: g.mentions }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::entities::discover;
    use crate::analyse::entities::tests::gazetteer;

    #[test]
    fn provisional_entities_gather_names_across_texts() {
        let g = gazetteer();
        let texts = [
            "Taliban commander Qari Fasihuddin said the offensive would go on.",
            "The offensive, led by Qari Fasihuddin, reached Kunduz. Fasihuddín said nothing.",
            "Deputy spokesman Inamullah Samangani, said the talks would resume.",
            "Inamullah Samangani said later. Gen. Rahmatullah Nabil, titled, is kept although seen once.",
            "Karen Roxberry, seen only once, is left out, and so is said Speaker Officer.",
        ];
        let candidates: Vec<Vec<Candidate>> = texts.iter().map(|t| discover(t, &g.find(t))).collect();
        let provisional = provisional_entities(candidates.iter().map(Vec::as_slice));
        let summary: Vec<_> =
            provisional.iter().map(|p| (p.id.as_str(), p.name.as_str(), p.mentions.len())).collect();
        assert_eq!(
            summary,
            [
                ("inamullah-samangani", "Inamullah Samangani", 2),
                ("qari-fasihuddin", "Qari Fasihuddin", 3),
                ("rahmatullah-nabil", "Rahmatullah Nabil", 1)
            ]
        );
        assert_eq!(provisional_id("Safiulá  Amiri’s"), "safiula-amiri");
        assert_eq!(provisional_id("O’Brien"), "obrien");
        assert_eq!(provisional_id("Nahr-e-Seraj"), "nahr-e-seraj");

        let extended = match g.with_provisional(&provisional) {
            Some(e) => e,
            None => panic!("the matcher could not be built"),
        };
        let text = "Qari Fasihuddin’s men and the Taliban";
        let got: Vec<_> = extended
            .find(text)
            .into_iter()
            .map(|m| (extended.entities()[m.entity].id.as_str(), extended.entities()[m.entity].provisional))
            .collect();
        assert_eq!(got, [("qari-fasihuddin", true), ("taliban", false)]);
        assert_eq!(extended.entities().len(), g.entities().len() + 3);
    }

    #[test]
    fn a_very_long_name_gets_a_short_stable_id() {
        let long = "Very ".repeat(80) + "Long Name";
        let id = provisional_id(&long);
        assert!(id.len() <= dossier_core::routes::MAX_ID_LEN, "{id}");
        assert_eq!(id, provisional_id(&long), "stable");
        assert_ne!(id, provisional_id(&("Very ".repeat(80) + "Other Name")), "two long names stay apart");
        assert!(id.starts_with("very-very-"), "{id}");
        assert_eq!(provisional_id("Karen Roxberry"), "karen-roxberry");
    }
}
