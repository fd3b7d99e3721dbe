//! The gazetteer: `entities.toml` parsed and checked, and one Aho–Corasick matcher over every name and
//! alias of its entities (and of provisional ones added to it).

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use crate::diag::{Diagnostic, Error};
use crate::project;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use dossier_core::text::Folded;
use serde::Deserialize;
use toml::Spanned;

use super::entity::{Entity, EntityKind, Mention};
use super::keys::{
    hyphens_to_spaces, is_acronym, is_word_start, match_key, next_word_start, original_range, split_folded,
    starts_with_word,
};
use super::provisional::Provisional;

/// A problem of `entities.toml`: what is wrong and, when known, where in the TOML text. Turned into a
/// [`Diagnostic`] with the file's path by [`Gazetteer::parse`].
type Problem = (String, Option<Range<usize>>);

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGazetteer {
    #[serde(default)]
    entity: Vec<RawEntity>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    id: Spanned<String>,
    name: Spanned<String>,
    kind: EntityKind,
    description: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
}

/// A name to index: an entity's canonical name or one of its aliases.
struct Name<'a> {
    entity: usize,
    text: &'a str,
    span: Option<Range<usize>>,
}

/// What the matcher knows about one pattern.
#[derive(Debug, Clone, Copy)]
struct Pattern {
    entity: usize,
    /// Written all in capitals: only matches text in capitals.
    acronym: bool,
}

/// The entities of `entities.toml` and a matcher for all their names.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    matcher: AhoCorasick,
    patterns: Vec<Pattern>,
    /// Match key of every name and alias → entity.
    keys: FxHashMap<String, usize>,
    /// Id → entity.
    ids: FxHashMap<String, usize>,
}

impl Gazetteer {
    /// Parses and checks `entities.toml` (at `path` in the project): unknown fields, a malformed or
    /// over-long id, an empty description, a duplicate id and a name or alias that two entities claim
    /// are errors pointing into `text`. Every problem is reported, not only the first.
    pub fn parse(path: &Path, text: &Arc<str>) -> Result<Gazetteer, Vec<Diagnostic>> {
        let to_diagnostics = |problems: Vec<Problem>| -> Vec<Diagnostic> {
            problems
                .into_iter()
                .map(|(message, span)| {
                    let d = Diagnostic::error(path, message);
                    let d = match span {
                        Some(span) => d.at(text, span),
                        None => d,
                    };
                    d.help(format!("see the comments at the top of {}", project::GAZETTEER))
                })
                .collect()
        };
        Gazetteer::build(text).map_err(to_diagnostics)
    }

    /// [`Gazetteer::parse`] of a text that is not in a project (tests, benches): its problems as
    /// content errors of `content/entities.toml`.
    pub fn from_toml(text: &str) -> Result<Gazetteer, Error> {
        Gazetteer::parse(Path::new(project::GAZETTEER), &Arc::from(text)).map_err(Error::Content)
    }

    fn build(text: &str) -> Result<Gazetteer, Vec<Problem>> {
        let raw: RawGazetteer = toml::from_str(text)
            .map_err(|e| vec![(format!("bad gazetteer: {}", e.message().trim()), e.span())])?;
        let mut problems: Vec<Problem> = Vec::new();
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        for e in &raw.entity {
            let id = e.id.get_ref();
            if !is_slug(id) {
                problems.push((
                    format!("entity id `{id}` must be lowercase letters, digits and single hyphens"),
                    Some(e.id.span()),
                ));
            } else if id.len() > dossier_core::routes::MAX_ID_LEN {
                problems.push((
                    format!(
                        "entity id is {} characters long; the limit is {}",
                        id.len(),
                        dossier_core::routes::MAX_ID_LEN
                    ),
                    Some(e.id.span()),
                ));
            }
            if !seen.insert(id) {
                problems.push((format!("duplicate entity id `{id}`"), Some(e.id.span())));
            }
            if e.description.get_ref().trim().is_empty() {
                problems.push((format!("entity `{id}` needs a description"), Some(e.description.span())));
            }
        }
        let mut entities = Vec::with_capacity(raw.entity.len());
        let mut names = Vec::new();
        for (at, e) in raw.entity.iter().enumerate() {
            names.push(Name { entity: at, text: e.name.get_ref(), span: Some(e.name.span()) });
            for alias in &e.aliases {
                names.push(Name { entity: at, text: alias.get_ref(), span: Some(alias.span()) });
            }
            entities.push(Entity {
                id: e.id.get_ref().clone(),
                name: e.name.get_ref().trim().to_string(),
                kind: e.kind,
                description: e.description.get_ref().trim().to_string(),
                aliases: e.aliases.iter().map(|a| a.get_ref().trim().to_string()).collect(),
                provisional: false,
                alias_spans: e.aliases.iter().map(Spanned::span).collect(),
            });
        }
        let index = Index::build(&entities, &names);
        problems.extend(index.problems.iter().cloned());
        if !problems.is_empty() {
            return Err(problems);
        }
        Gazetteer::assemble(entities, index).map_err(|p| vec![p])
    }

    fn assemble(entities: Vec<Entity>, index: Index) -> Result<Gazetteer, Problem> {
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&index.pattern_keys)
            .map_err(|e| (format!("entities: cannot build the matcher: {e}"), None))?;
        let ids = entities.iter().enumerate().map(|(at, e)| (e.id.clone(), at)).collect();
        Ok(Gazetteer { entities, matcher, patterns: index.patterns, keys: index.keys, ids })
    }

    /// A copy of this gazetteer that also matches the given provisional entities (kind
    /// [`EntityKind::Other`], flagged `provisional`). A provisional entity whose id or name the gazetteer
    /// already has is skipped: the gazetteer's entity wins. `None` only if the matcher cannot be built.
    pub fn with_provisional(&self, provisional: &[Provisional]) -> Option<Gazetteer> {
        let mut entities = self.entities.clone();
        let mut taken: FxHashSet<String> = self.keys.keys().cloned().collect();
        for p in provisional {
            let key = match_key(&p.name);
            if self.ids.contains_key(&p.id) || !starts_with_word(&key) || !taken.insert(key) {
                continue;
            }
            entities.push(Entity {
                id: p.id.clone(),
                name: p.name.clone(),
                kind: EntityKind::Other,
                description: String::new(),
                aliases: Vec::new(),
                provisional: true,
                alias_spans: Vec::new(),
            });
        }
        let mut names = Vec::new();
        for (at, e) in entities.iter().enumerate() {
            names.push(Name { entity: at, text: &e.name, span: None });
            names.extend(e.aliases.iter().map(|a| Name { entity: at, text: a, span: None }));
        }
        // Names that clash were skipped above, so the index has no problems to report here.
        let index = Index::build(&entities, &names);
        Gazetteer::assemble(entities, index).ok()
    }

    /// The entities, in the order of `entities.toml` (provisional ones last).
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The entity with this id, exactly as written in `entities.toml`.
    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.ids.get(id).and_then(|&at| self.entities.get(at))
    }

    /// The entity one of whose names is `name_or_alias`, compared folded (`AL QAEDA`, `al-Qaïda`) and with
    /// a trailing possessive dropped (`al-Qaeda’s`, `Talibans’`); an entity id also answers.
    pub fn lookup(&self, name_or_alias: &str) -> Option<&Entity> {
        let key = match_key(name_or_alias);
        let at = self
            .keys
            .get(&key)
            .or_else(|| {
                let bare = key.strip_suffix("'s").or_else(|| key.strip_suffix('\''))?;
                self.keys.get(bare.trim_end())
            })
            .or_else(|| self.ids.get(name_or_alias.trim()))?;
        self.entities.get(*at)
    }

    /// Every mention of a gazetteer entity in `text`, left to right, not overlapping: at each place the
    /// longest name wins, names start and end on word boundaries, and possessives stay outside the span.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.find_folded(text, &Folded::new(text))
    }

    /// [`Gazetteer::find`] of `text` and the text's words (as discovery cuts them, the words of
    /// [`dossier_core::text::tokenize`]), from one fold of the text instead of one each.
    pub fn find_with_words(&self, text: &str) -> (Vec<Mention>, Vec<dossier_core::text::Token>) {
        let folded = Folded::new(text);
        (self.find_folded(text, &folded), split_folded(text, &folded))
    }

    /// [`Gazetteer::find`] of `text` given its fold (`folded` is [`Folded::new`] of `text`).
    pub(crate) fn find_folded(&self, text: &str, folded: &Folded) -> Vec<Mention> {
        let key = hyphens_to_spaces(&folded.text);
        let mut mentions = Vec::new();
        let mut at = 0;
        while at < key.len() {
            let found = match self.matcher.try_find(Input::new(&key).range(at..)) {
                Ok(Some(found)) => found,
                _ => break,
            };
            let start = found.start();
            if !is_word_start(&key, start) {
                at = next_word_start(&key, start);
                continue;
            }
            // The longest name here may end inside a word or be an acronym written in lower case; then a
            // shorter name starting at the same place may still fit.
            let mut end = found.end();
            let mut pattern = found.pattern().as_usize();
            loop {
                if self.fits(text, folded, &key, start..end, pattern) {
                    let span = original_range(text, folded, start..end);
                    mentions.push(Mention { entity: self.patterns[pattern].entity, span });
                    at = end;
                    break;
                }
                let shorter = Input::new(&key).range(start..end - 1).anchored(Anchored::Yes);
                match self.matcher.try_find(shorter) {
                    Ok(Some(m)) => {
                        end = m.end();
                        pattern = m.pattern().as_usize();
                    }
                    _ => {
                        at = next_word_start(&key, start);
                        break;
                    }
                }
            }
        }
        mentions
    }

    /// Whether pattern `pattern`, found at `range` of `key`, is a mention: it ends on a word boundary and,
    /// for an acronym, is written in capitals in the original.
    fn fits(&self, text: &str, folded: &Folded, key: &str, range: Range<usize>, pattern: usize) -> bool {
        let Some(info) = self.patterns.get(pattern) else { return false };
        let last_is_word = key[range.clone()].chars().next_back().is_some_and(char::is_alphanumeric);
        let next_is_word = key[range.end..].chars().next().is_some_and(char::is_alphanumeric);
        if last_is_word && next_is_word {
            return false;
        }
        if info.acronym {
            let original = original_range(text, folded, range);
            return !text.get(original).unwrap_or("").chars().any(char::is_lowercase);
        }
        true
    }
}

/// The patterns of a gazetteer: one per distinct match key.
struct Index {
    pattern_keys: Vec<String>,
    patterns: Vec<Pattern>,
    keys: FxHashMap<String, usize>,
    /// Names that could not be indexed, with where they are written.
    problems: Vec<Problem>,
}

impl Index {
    fn build(entities: &[Entity], names: &[Name<'_>]) -> Index {
        let mut index = Index {
            pattern_keys: Vec::new(),
            patterns: Vec::new(),
            keys: FxHashMap::default(),
            problems: Vec::new(),
        };
        // The same key written in capitals and not (`AQIS`, `Aqis`) matches case-insensitively.
        let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
        for name in names {
            let key = match_key(name.text);
            let owner = entities.get(name.entity).map_or("?", |e| e.id.as_str());
            if !starts_with_word(&key) {
                index.problems.push((
                    format!("name “{}” of `{owner}` must start with a letter or digit", name.text.trim()),
                    name.span.clone(),
                ));
                continue;
            }
            match index.keys.get(&key) {
                Some(&other) if other != name.entity => {
                    let other = entities.get(other).map_or("?", |e| e.id.as_str());
                    index.problems.push((
                        format!("“{}” of `{owner}` is already a name of `{other}`", name.text.trim()),
                        name.span.clone(),
                    ));
                    continue;
                }
                _ => {}
            }
            index.keys.insert(key.clone(), name.entity);
            let acronym = is_acronym(name.text);
            match by_key.get(&key) {
                Some(&p) => {
                    if let Some(pattern) = index.patterns.get_mut(p) {
                        pattern.acronym &= acronym;
                    }
                }
                None => {
                    by_key.insert(key.clone(), index.patterns.len());
                    index.pattern_keys.push(key);
                    index.patterns.push(Pattern { entity: name.entity, acronym });
                }
            }
        }
        index
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::entities::discover;
    use crate::analyse::entities::tests::gazetteer;

    /// `(entity id, text)` of every mention in `text`.
    fn found<'t>(g: &Gazetteer, text: &'t str) -> Vec<(String, &'t str)> {
        g.find(text).into_iter().map(|m| (g.entities()[m.entity].id.clone(), &text[m.span])).collect()
    }

    fn ids(g: &Gazetteer, text: &str) -> Vec<String> {
        found(g, text).into_iter().map(|(id, _)| id).collect()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, &'static str)> {
        list.iter().map(|&(id, t)| (id.to_string(), leak(t))).collect()
    }

    fn leak(s: &str) -> &'static str {
        Box::leak(s.to_string().into_boxed_str())
    }

    #[test]
    fn the_longest_name_wins() {
        let g = gazetteer();
        let text = "most are Pakistani members of Al Qaeda in the Indian Subcontinent (AQIS), crossing the \
                    porous borders";
        assert_eq!(
            found(&g, text),
            pairs(&[("aqis", "Al Qaeda in the Indian Subcontinent"), ("aqis", "AQIS")])
        );
        let text = "such as Tehrik-i-Taliban Pakistan (TTP), continue to use the Afghanistan-Pakistan border";
        assert_eq!(
            found(&g, text),
            pairs(&[
                ("tehrik-i-taliban-pakistan", "Tehrik-i-Taliban Pakistan"),
                ("tehrik-i-taliban-pakistan", "TTP"),
                ("afghanistan-pakistan-border", "Afghanistan-Pakistan border"),
            ])
        );
        let text = "the affiliate of Al Qaeda in the Indian Subcontinent (AQSI) and al-Qaeda in the Indian \
                    subcontinent";
        assert_eq!(ids(&g, text), ["aqis", "aqis", "aqis"]);
        // Al Qaeda in Afghanistan is al-Qaeda, in Afghanistan.
        assert_eq!(ids(&g, "against Al Qaeda in Afghanistan."), ["al-qaeda", "afghanistan"]);
    }

    #[test]
    fn possessives_stay_outside_the_span() {
        let g = gazetteer();
        let text = "it is likely because they are following the Taliban’s strategic directions";
        assert_eq!(found(&g, text), pairs(&[("taliban", "Taliban")]));
        let text = "Taliban set to become Al Qaeda’s “ darling ” again";
        assert_eq!(found(&g, text), pairs(&[("taliban", "Taliban"), ("al-qaeda", "Al Qaeda")]));
        let text = "they share Al Qaeda's goals and bin Laden’s long last vision.";
        assert_eq!(found(&g, text), pairs(&[("al-qaeda", "Al Qaeda"), ("osama-bin-laden", "bin Laden")]));
        assert_eq!(g.lookup("al-Qaeda’s").map(|e| e.id.as_str()), Some("al-qaeda"));
        assert_eq!(g.lookup("Talibans’").map(|e| e.id.as_str()), Some("taliban"));
    }

    #[test]
    fn every_alias_of_al_rauf_is_found() {
        let g = gazetteer();
        let rauf = g.lookup("Husam Abd al-Rauf").map(|e| e.id.clone());
        assert_eq!(rauf.as_deref(), Some("husam-abd-al-rauf"));
        for alias in [
            "Husam Abd al-Rauf",
            "Husama Abd al-Rauf",
            "Husam Abd-al-Rauf",
            "al-Rauf",
            "Al-Rauf",
            "Abu Muhsen al-Masri",
            "Abu Muhsin al Masri",
            "Abu Muhsin al-Masri",
            "Al Masri",
            "al-Masri",
        ] {
            assert_eq!(g.lookup(alias).map(|e| e.id.clone()), rauf, "lookup {alias}");
            assert_eq!(found(&g, alias), [("husam-abd-al-rauf".to_string(), alias)], "find {alias}");
        }
        let text =
            "the October raid targeting Husam Abd-al-Rauf also known as Abu Muhsen al-Masri, as evidence \
                    of al Qaeda’s growth. Al-Rauf was the subject of an arrest warrant";
        assert_eq!(
            found(&g, text),
            pairs(&[
                ("husam-abd-al-rauf", "Husam Abd-al-Rauf"),
                ("husam-abd-al-rauf", "Abu Muhsen al-Masri"),
                ("al-qaeda", "al Qaeda"),
                ("husam-abd-al-rauf", "Al-Rauf"),
            ])
        );
        let text = "the group’s second-in-command, Egyptian Abu Muhsin al Masri. […] including Al Masri.";
        assert_eq!(ids(&g, text), ["husam-abd-al-rauf", "husam-abd-al-rauf"]);
    }

    #[test]
    fn every_name_and_alias_finds_its_own_entity_whole() {
        let g = gazetteer();
        for (at, e) in g.entities().iter().enumerate() {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                let mentions = g.find(name);
                assert_eq!(mentions.len(), 1, "{name} ({}) gives {mentions:?}", e.id);
                assert_eq!(mentions[0].entity, at, "{name} finds another entity");
                assert_eq!(mentions[0].span, 0..name.len(), "{name} is not found whole");
                assert_eq!(g.lookup(name).map(|f| &f.id), Some(&e.id));
            }
            assert_eq!(g.get(&e.id).map(|f| &f.name), Some(&e.name));
            assert!(!e.description.is_empty() && !e.provisional);
        }
    }

    #[test]
    fn one_fold_gives_what_find_and_the_words_give_apart() {
        let g = gazetteer();
        let text = "Kabul (CNN) A raid \u{2014} al-Qaeda\u{2019}s Husam Abd-al-Rauf, cafe\u{301} \u{201c}it\u{2019}s\u{201d}  ";
        let (mentions, words) = g.find_with_words(text);
        assert_eq!(mentions, g.find(text));
        assert_eq!(words, super::super::keys::split_words(text));
        let plain: Vec<String> = words.into_iter().map(|t| t.word).collect();
        assert_eq!(
            crate::analyse::provenance::shingles_of(&plain),
            crate::analyse::provenance::shingles(text)
        );
    }

    #[test]
    fn words_match_only_whole() {
        let g = gazetteer();
        for text in
            ["Talibanistan", "Kabuli bread", "USAID", "Americans", "Iranian", "Sadaten", "al-Qaedaist"]
        {
            assert_eq!(found(&g, text), [], "{text}");
        }
        assert_eq!(ids(&g, "pro-Taliban, anti-American"), ["taliban"]);
        assert_eq!(ids(&g, "Kabul (CNN)A raid"), ["kabul", "cnn"]);
        assert_eq!(ids(&g, "the Taliban-controlled Kunsaf settlement"), ["taliban", "kunsaf"]);
    }

    #[test]
    fn acronyms_match_only_capitals() {
        let g = gazetteer();
        assert_eq!(ids(&g, "“Let us not forget that Mullah Omar"), ["mullah-omar"]);
        assert_eq!(ids(&g, "the US leaves, al-Qaeda remains"), ["united-states", "al-qaeda"]);
        assert_eq!(ids(&g, "VISIT OF THE TALIBANS TO IRAN"), ["taliban", "iran"]);
        assert_eq!(ids(&g, "the cnn report"), Vec::<String>::new());
        assert_eq!(g.lookup("us").map(|e| e.id.as_str()), Some("united-states"));
    }

    #[test]
    fn diacritics_hyphens_and_spelling_variants_fold() {
        let g = gazetteer();
        let text = "the first vice president of Afghanistan, Amuralá Salé, suggested";
        assert_eq!(
            found(&g, text),
            pairs(&[("afghanistan", "Afghanistan"), ("amrullah-saleh", "Amuralá Salé")])
        );
        assert_eq!(ids(&g, "Safiulá Amiri, has been injured"), ["safiullah-amiri"]);
        assert_eq!(ids(&g, "AMRULLAH SALEH and Amrullah Saleh"), ["amrullah-saleh", "amrullah-saleh"]);
        assert_eq!(
            ids(&g, "Al Qaïda, al-Qaida et Oussama Ben Laden"),
            ["al-qaeda", "al-qaeda", "osama-bin-laden"]
        );
        let text = "seven Syrian al-Qaedi warlords; Al-Qaeda-Taliban joint efforts; post-bin Laden al-Qaeda";
        assert_eq!(ids(&g, text), ["al-qaeda", "al-qaeda", "taliban", "osama-bin-laden", "al-qaeda"]);
        assert_eq!(ids(&g, "despite a US-Taliban deal last year"), ["doha-agreement"]);
        assert_eq!(ids(&g, "Nahr-e-Seraj district of Helmand province"), ["nahr-e-seraj", "helmand"]);
        assert_eq!(g.lookup("  AL QAEDA ").map(|e| e.id.as_str()), Some("al-qaeda"));
        assert_eq!(g.lookup("husam-abd-al-rauf").map(|e| e.name.as_str()), Some("Husam Abd al-Rauf"));
        assert!(g.lookup("the group").is_none());
    }

    /// Short excerpts of the five seed articles and the entities each must yield.
    #[test]
    fn key_entities_of_each_seed_are_found() {
        let g = gazetteer();
        let seeds: [(&str, &str); 5] = [
            (
                "Details of a little-known US Air Force raid in October against a high-ranking al-Qaeda \
                 commander (a Russian-banned terrorist organization – Ed.) Husam Abd al-Rauf in the \
                 Taliban-controlled Kunsaf settlement in Afghanistan’s Ghazni province … Lt. Col. Karen \
                 Roxberry, a spokeswoman for the US Central Command (CENTCOM, covering the Middle East) … \
                 said the head of the Pentagon Lloyd Austin on May 27, speaking at a hearing in the US \
                 Congress.",
                "us-air-force al-qaeda husam-abd-al-rauf taliban kunsaf afghanistan ghazni karen-roxberry \
                 us-central-command middle-east pentagon lloyd-austin us-congress",
            ),
            (
                "Kabul (CNN)A raid on a remote village in Afghanistan kills an ageing al Qaeda leader \
                 wanted by the FBI. … a senior al Qaeda militant, Husam Abd-al-Rauf, in the Afghan \
                 province of Ghazni … uncomfortable reading for the Biden administration as the US troop \
                 withdrawal gets underway.",
                "kabul cnn afghanistan al-qaeda fbi husam-abd-al-rauf ghazni biden-administration \
                 united-states",
            ),
            (
                "Sohail Shaheen, a prominent member of the Taliban negotiating team, told the Daily Beast \
                 … said Sami Sadat, commanding general of the 215 Maiwand Corps of the. Afghan Army … \
                 five of the 12 insurgents targeted were found to be members of AQIS working in \
                 conjunction with Taliban leader Mullah Wakeel. Earlier in March, another al-Qaeda \
                 leader, Abu Muhammad Al Tajiki, was killed by Afghan forces alongside Taliban commander \
                 Hazrat Ali in Paktika province. … an official from the National Security Directorate \
                 told The Daily Beast … sacrificed his islamic emirate … for Osama bin Laden … Ali Mir \
                 Asfandyar, postdoctoral fellow at Stanford University’s Center for International \
                 Security and Cooperation. … the insurgency. Ben Laden.",
                "sohail-shaheen taliban the-daily-beast sami-sadat 215-maiwand-corps afghan-army aqis \
                 mullah-wakeel al-qaeda abu-muhammad-al-tajiki hazrat-ali paktika \
                 national-security-directorate osama-bin-laden ali-mir-asfandyar stanford-university \
                 cisac",
            ),
            (
                "Washington: Al-Qaeda’s bond with Taliban is “now much deeper” … The first bullet point \
                 the peace deal signed with the US in Doha last year … the peace pledge to the Trump \
                 administration … Husam Abd-al-Rauf also known as Abu Muhsen al-Masri … issued by a \
                 Manhattan court … its pre-9/11 position",
                "washington al-qaeda taliban united-states doha trump-administration husam-abd-al-rauf \
                 manhattan september-11-attacks",
            ),
            (
                "senior officials of the Haqqani Network … the coordinator of the United Nations Taliban, \
                 Al Qaeda and Islamic State Monitoring Team, Edmund Fitton-Brown … the Egyptian Ayman al \
                 Zawahiri … Mullah Abdulghani Baradar, is in Iran … the group’s spokesman, Mohamad Naim \
                 … an “official invitation” by Tehran … Kunduz province (north), Safiulá Amiri … Tolo TV \
                 … the acting US Secretary of Defense, Christopher Miller",
                "haqqani-network un-monitoring-team edmund-fitton-brown ayman-al-zawahiri \
                 abdul-ghani-baradar iran mohammad-naeem tehran kunduz safiullah-amiri tolo-tv \
                 united-states christopher-miller",
            ),
        ];
        for (text, expected) in seeds {
            let got = ids(&g, text);
            for id in expected.split_whitespace() {
                assert!(got.iter().any(|g| g == id), "{id} not found in {text:?}: {got:?}");
            }
            // Nothing is left for discovery in these excerpts.
            let left = discover(text, &g.find(text));
            assert_eq!(left, [], "{text}");
        }
    }

    /// The gazetteer, or the first of its problems.
    fn one(toml: &str) -> Result<Gazetteer, Diagnostic> {
        Gazetteer::parse(Path::new(project::GAZETTEER), &Arc::from(toml))
            .map_err(|ds| ds.into_iter().next().expect("a refused gazetteer has a diagnostic"))
    }

    #[test]
    fn every_problem_of_a_gazetteer_is_reported_at_its_place() {
        let toml = "[[entity]]\nid = \"Bad_Id\"\nname = \"A\"\nkind = \"person\"\ndescription = \"\"\n\n\
                    [[entity]]\nid = \"b\"\nname = \"B\"\nkind = \"person\"\ndescription = \"d\"\naliases = [\"A\"]\n";
        let errs = Gazetteer::parse(Path::new(project::GAZETTEER), &Arc::from(toml)).expect_err("refused");
        let found: Vec<(String, Option<String>)> = errs
            .iter()
            .map(|d| (d.message.clone(), d.location().split(':').nth(1).map(str::to_string)))
            .collect();
        assert_eq!(errs.len(), 3, "{found:#?}");
        assert!(found[0].0.contains("must be lowercase") && found[0].1.as_deref() == Some("2"), "{found:#?}");
        assert!(
            found[1].0.contains("needs a description") && found[1].1.as_deref() == Some("5"),
            "{found:#?}"
        );
        assert!(
            found[2].0.contains("already a name of") && found[2].1.as_deref() == Some("12"),
            "{found:#?}"
        );
        let long = format!(
            "[[entity]]\nid = \"{}\"\nname = \"X\"\nkind = \"person\"\ndescription = \"d\"\n",
            "a".repeat(300)
        );
        assert!(one(&long).expect_err("too long").message.contains("the limit is 100"));
    }

    #[test]
    fn bad_gazetteers_are_refused_with_a_span() {
        let entity = |id: &str, name: &str, aliases: &str| {
            format!(
                "[[entity]]\nid = \"{id}\"\nname = \"{name}\"\nkind = \"person\"\ndescription = \"d\"\n\
                 aliases = [{aliases}]\n"
            )
        };
        let toml = entity("a", "A One", "") + &entity("a", "A Two", "");
        let e = one(&toml).expect_err("duplicate id");
        assert!(e.message.contains("duplicate entity id `a`"), "{e}");
        assert_eq!(e.span.clone().map(|s| &toml[s]), Some("\"a\""));
        assert!(e.span.clone().is_some_and(|s| s.start > toml.len() / 2));

        let toml = entity("al-masri-1", "Abu Muhsin al-Masri", "")
            + &entity("al-masri-2", "Other", "\"Abu Muhsin al Masri\"");
        let e = one(&toml).expect_err("alias claimed twice");
        assert!(e.message.contains("already a name of `al-masri-1`"), "{e}");
        assert_eq!(e.span.clone().map(|s| &toml[s]), Some("\"Abu Muhsin al Masri\""));

        let e = one(&(entity("a", "A", "") + "colour = \"red\"\n")).expect_err("unknown field");
        assert!(e.message.contains("colour"), "{e}");
        assert!(e.span.clone().is_some());
        let e = one(&entity("a", "A", "").replace("person", "persona")).expect_err("unknown kind");
        assert!(e.message.contains("persona"), "{e}");
        let e = one(&entity("Al_Qaeda", "A", "")).expect_err("bad id");
        assert!(e.message.contains("Al_Qaeda"), "{e}");
        let e = one(&entity("a", "A", "\"’s\"")).expect_err("alias without a word");
        assert!(e.message.contains("must start with a letter"), "{e}");
        let e = one(&entity("a", "A", "").replace("\"d\"", "\" \"")).expect_err("no description");
        assert!(e.message.contains("description"), "{e}");
        // The same alias twice within one entity is harmless.
        assert!(one(&entity("a", "al-Qaeda", "\"al Qaeda\", \"Al-Qaeda\"")).is_ok());
        assert_eq!(one("").map(|g| g.entities().len()).ok(), Some(0));
    }
}
