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
//! use dossier::entities::Gazetteer;
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
//! # Ok::<(), dossier::entities::GazetteerError>(())
//! ```

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::ops::Range;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use dossier_core::text::{Folded, Token};
use serde::{Deserialize, Serialize};
use toml::Spanned;

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

/// Why `entities.toml` was refused: a message and, when known, where in the TOML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerError {
    message: String,
    span: Option<Range<usize>>,
}

impl GazetteerError {
    fn new(message: impl Into<String>, span: Option<Range<usize>>) -> Self {
        GazetteerError { message: message.into(), span }
    }

    /// What is wrong, in one sentence.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The byte range in the TOML text the message is about, when there is one.
    pub fn span(&self) -> Option<Range<usize>> {
        self.span.clone()
    }
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for GazetteerError {}

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
    keys: HashMap<String, usize>,
    /// Id → entity.
    ids: HashMap<String, usize>,
}

impl Gazetteer {
    /// Parses and checks `entities.toml`. Unknown fields, a malformed id, an empty name, a duplicate id
    /// and a name or alias that two entities claim are errors that point into `text`.
    pub fn from_toml(text: &str) -> Result<Gazetteer, GazetteerError> {
        let raw: RawGazetteer = toml::from_str(text)
            .map_err(|e| GazetteerError::new(format!("entities: {}", e.message().trim()), e.span()))?;
        let mut entities = Vec::with_capacity(raw.entity.len());
        let mut seen: HashMap<&str, ()> = HashMap::new();
        for e in &raw.entity {
            let id = e.id.get_ref();
            if !is_slug(id) {
                return Err(GazetteerError::new(
                    format!("entity id `{id}` must be lowercase letters, digits and single hyphens"),
                    Some(e.id.span()),
                ));
            }
            if seen.insert(id, ()).is_some() {
                return Err(GazetteerError::new(format!("duplicate entity id `{id}`"), Some(e.id.span())));
            }
            if e.description.get_ref().trim().is_empty() {
                return Err(GazetteerError::new(
                    format!("entity `{id}` needs a description"),
                    Some(e.description.span()),
                ));
            }
        }
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
            });
        }
        let index = Index::build(&entities, &names)?;
        Gazetteer::assemble(entities, index)
    }

    fn assemble(entities: Vec<Entity>, index: Index) -> Result<Gazetteer, GazetteerError> {
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&index.pattern_keys)
            .map_err(|e| GazetteerError::new(format!("entities: cannot build the matcher: {e}"), None))?;
        let ids = entities.iter().enumerate().map(|(at, e)| (e.id.clone(), at)).collect();
        Ok(Gazetteer { entities, matcher, patterns: index.patterns, keys: index.keys, ids })
    }

    /// A copy of this gazetteer that also matches the given provisional entities (kind
    /// [`EntityKind::Other`], flagged `provisional`). A provisional entity whose id or name the gazetteer
    /// already has is skipped: the gazetteer's entity wins.
    pub fn with_provisional(&self, provisional: &[Provisional]) -> Result<Gazetteer, GazetteerError> {
        let mut entities = self.entities.clone();
        let mut taken: HashSet<String> = self.keys.keys().cloned().collect();
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
            });
        }
        let mut names = Vec::new();
        for (at, e) in entities.iter().enumerate() {
            names.push(Name { entity: at, text: &e.name, span: None });
            names.extend(e.aliases.iter().map(|a| Name { entity: at, text: a, span: None }));
        }
        let index = Index::build(&entities, &names)?;
        Gazetteer::assemble(entities, index)
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
        let folded = Folded::new(text);
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
                if self.fits(text, &folded, &key, start..end, pattern) {
                    let span = original_range(text, &folded, start..end);
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
    keys: HashMap<String, usize>,
}

impl Index {
    fn build(entities: &[Entity], names: &[Name<'_>]) -> Result<Index, GazetteerError> {
        let mut index = Index { pattern_keys: Vec::new(), patterns: Vec::new(), keys: HashMap::new() };
        // The same key written in capitals and not (`AQIS`, `Aqis`) matches case-insensitively.
        let mut by_key: HashMap<String, usize> = HashMap::new();
        for name in names {
            let key = match_key(name.text);
            let owner = entities.get(name.entity).map_or("?", |e| e.id.as_str());
            if !starts_with_word(&key) {
                return Err(GazetteerError::new(
                    format!("name “{}” of `{owner}` must start with a letter or digit", name.text.trim()),
                    name.span.clone(),
                ));
            }
            match index.keys.get(&key) {
                Some(&other) if other != name.entity => {
                    let other = entities.get(other).map_or("?", |e| e.id.as_str());
                    return Err(GazetteerError::new(
                        format!("“{}” of `{owner}` is already a name of `{other}`", name.text.trim()),
                        name.span.clone(),
                    ));
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
        Ok(index)
    }
}

/// Maps a non-empty byte range of `folded` back to `text`: from the character the first folded byte came
/// from to the end of the one the last came from, with the combining marks that follow it.
///
/// [`Folded::original_range`] does the same but looks for the end by scanning the offset map from the
/// start, which makes a whole text's mentions quadratic; this takes constant time per range.
fn original_range(text: &str, folded: &Folded, range: Range<usize>) -> Range<usize> {
    let start = folded.original_offset(range.start);
    let last = folded.original_offset(range.end.saturating_sub(1).max(range.start));
    let rest = text.get(last..).unwrap_or("");
    let mut end = last + rest.chars().next().map_or(0, char::len_utf8);
    for c in text.get(end..).unwrap_or("").chars() {
        if !('\u{300}'..='\u{36f}').contains(&c) {
            break;
        }
        end += c.len_utf8();
    }
    start..end.max(start)
}

/// The words of a text, as [`dossier_core::text::tokenize`] splits them (letters and digits, with an
/// apostrophe between two of them kept), in time linear in the text.
fn split_words(text: &str) -> Vec<Token> {
    let folded = Folded::new(text);
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = folded.text.char_indices().peekable();
    let push = |s: usize, e: usize, tokens: &mut Vec<Token>| {
        let word = folded.text.get(s..e).unwrap_or("").to_string();
        tokens.push(Token { word, span: original_range(text, &folded, s..e) });
    };
    while let Some((at, c)) = chars.next() {
        let inner_apostrophe =
            c == '\'' && start.is_some() && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        match (c.is_alphanumeric() || inner_apostrophe, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                push(s, at, &mut tokens);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(s, folded.text.len(), &mut tokens);
    }
    tokens
}

/// The form names and texts are compared in: folded, with hyphens inside words turned into spaces.
fn match_key(s: &str) -> String {
    hyphens_to_spaces(&Folded::new(s.trim()).text)
}

/// Replaces each `-` between two letters or digits with a space. Both are one byte, so offsets into the
/// folded text stay valid.
fn hyphens_to_spaces(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    let mut prev: Option<char> = None;
    let mut chars = folded.chars().peekable();
    while let Some(c) = chars.next() {
        let inner = c == '-'
            && prev.is_some_and(char::is_alphanumeric)
            && chars.peek().is_some_and(|n| n.is_alphanumeric());
        out.push(if inner { ' ' } else { c });
        prev = Some(c);
    }
    out
}

fn starts_with_word(key: &str) -> bool {
    key.chars().next().is_some_and(char::is_alphanumeric)
}

/// An acronym has at least two letters, all capitals: `US`, `CENTCOM`, `U.S.`, `AQIS`.
fn is_acronym(name: &str) -> bool {
    let mut letters = name.chars().filter(|c| c.is_alphabetic());
    letters.clone().count() >= 2 && letters.all(char::is_uppercase)
}

fn is_word_start(key: &str, at: usize) -> bool {
    !matches!(key[..at].chars().next_back(), Some(c) if c.is_alphanumeric())
}

/// The first offset after `at` where a word starts (or the end of `key`).
fn next_word_start(key: &str, at: usize) -> usize {
    let mut prev_is_word = true;
    for (i, c) in key[at..].char_indices() {
        let is_word = c.is_alphanumeric();
        if i > 0 && is_word && !prev_is_word {
            return at + i;
        }
        prev_is_word = is_word;
    }
    key.len()
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

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
    id
}

// ---------------------------------------------------------------------------------------------------------
// Discovery

/// A name in a text that the gazetteer did not match, proposed as a provisional entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The name as written, without a title before it or a possessive after it.
    pub name: String,
    /// Byte range of the name in the text.
    pub span: Range<usize>,
    /// The word(s) that marked it as a name, when one did: a title before it (`Mullah`, `Gen.`,
    /// `Secretary of State`), a role (`commander`, `spokesman`) or a verb of speech (`said`).
    pub cue: Option<String>,
}

/// Finds names in `text` that are not among the `known` mentions: sequences of two or more capitalised
/// words (`Karen Roxberry`, `Nahr-e-Seraj`), and single capitalised words that a cue marks as a name
/// (`Mullah X`, `Gen. X`, `Secretary of State X`, `said X`, `X said`). It keeps to precision: a
/// sentence-initial word that the text also uses in lower case, function words, month and day names,
/// titles on their own and nationality adjectives are not names; acronyms and all-capital headlines are
/// left alone.
pub fn discover(text: &str, known: &[Mention]) -> Vec<Candidate> {
    let words = Words::new(text, known);
    let mut candidates = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(end) = words.run_end(i) else {
            i += 1;
            continue;
        };
        if let Some(c) = words.candidate(i..end) {
            candidates.push(c);
        }
        i = end;
    }
    candidates
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// First letter a capital, the next not (`Kabul`, `McChrystal`, `O’Brien`).
    Capital,
    /// One capital letter followed by a period: an initial (`F.` in `John F. Kennedy`).
    Initial,
    /// All capitals, two letters or more (`CNN`, `IRAN`), or capitals then lower case (`IEDs`).
    Acronym,
    /// Starts in lower case.
    Lower,
    /// Starts with a digit, or anything else.
    Other,
}

struct Word<'t> {
    /// Folded, without a possessive.
    folded: String,
    /// Byte range in the text, without a possessive.
    span: Range<usize>,
    shape: Shape,
    possessive: bool,
    known: bool,
    /// Text between the previous word and this one.
    gap: &'t str,
}

struct Words<'t> {
    text: &'t str,
    words: Vec<Word<'t>>,
    /// Folded words the text writes in lower case somewhere: evidence a capitalised one is not a name.
    lower: HashSet<String>,
}

impl<'t> Words<'t> {
    fn new(text: &'t str, known: &[Mention]) -> Self {
        let mut known: Vec<Range<usize>> = known.iter().map(|m| m.span.clone()).collect();
        known.sort_by_key(|r| (r.start, r.end));
        let mut k = 0;
        let mut prev_end = 0;
        let mut words = Vec::new();
        let mut lower = HashSet::new();
        for Token { word, span } in split_words(text) {
            let original = text.get(span.clone()).unwrap_or("");
            let (folded, span, possessive) = match word.strip_suffix("'s") {
                Some(bare) if !bare.is_empty() => {
                    let cut = original.char_indices().rev().nth(1).map_or(original.len(), |(at, _)| at);
                    (bare.to_string(), span.start..span.start + cut, true)
                }
                _ => (word, span, false),
            };
            while known.get(k).is_some_and(|r| r.end <= span.start) {
                k += 1;
            }
            let is_known = known.get(k).is_some_and(|r| r.start < span.end);
            let shape = shape(original, text.get(span.end..).unwrap_or(""));
            if shape == Shape::Lower {
                lower.insert(folded.clone());
            }
            let gap = text.get(prev_end..span.start).unwrap_or("");
            prev_end = span.end;
            words.push(Word { folded, span, shape, possessive, known: is_known, gap });
        }
        Words { text, words, lower }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    /// If a run of name-like words starts at `i`, the index after its last word.
    fn run_end(&self, i: usize) -> Option<usize> {
        let first = self.words.get(i)?;
        let opens = match first.shape {
            Shape::Capital | Shape::Initial => true,
            // `al-Rauf`, `el-Sisi`: an Arabic article hyphenated to a capitalised name.
            Shape::Lower => {
                ARTICLES.contains(&first.folded.as_str())
                    && self.words.get(i + 1).is_some_and(|n| n.gap == "-" && n.shape == Shape::Capital)
            }
            _ => false,
        };
        if !opens || first.known {
            return None;
        }
        let mut end = i + 1;
        if first.possessive {
            return Some(end);
        }
        while let Some(w) = self.words.get(end) {
            let prev = &self.words[end - 1];
            let name_like = match w.shape {
                Shape::Capital | Shape::Initial => true,
                Shape::Lower => PARTICLES.contains(&w.folded.as_str()),
                _ => false,
            };
            if !name_like || w.known || !self.joins(prev, w) {
                break;
            }
            end += 1;
            if w.possessive {
                break;
            }
        }
        // A run never ends on a particle (`of`, `al`).
        while end > i + 1 && self.words[end - 1].shape == Shape::Lower {
            end -= 1;
        }
        Some(end)
    }

    /// Whether `next` continues the name `prev` is part of: one space, a hyphen, or the period of an
    /// abbreviated title or an initial.
    fn joins(&self, prev: &Word<'_>, next: &Word<'_>) -> bool {
        let gap = next.gap;
        if gap == "-" || gap == "\u{2010}" || gap == "\u{2011}" {
            return true;
        }
        let spaces = |s: &str| !s.is_empty() && s.chars().all(|c| c == ' ' || c == '\u{a0}');
        if spaces(gap) {
            return true;
        }
        let abbreviated = prev.shape == Shape::Initial || ABBREVIATIONS.contains(&prev.folded.as_str());
        abbreviated && gap.strip_prefix('.').is_some_and(spaces)
    }

    /// Whether word `i` starts a sentence (or a quotation, or a parenthesis).
    fn sentence_initial(&self, i: usize) -> bool {
        let Some(w) = self.words.get(i) else { return false };
        if i == 0 {
            return true;
        }
        w.gap.contains(['.', '!', '?', ':', ';', '“', '"', '‘', '(', '[', '\n', '–', '—', '•'])
            && !(self.joins(&self.words[i - 1], w))
    }

    /// The candidate in words `run`, if it is one: leading common words and titles trimmed, at least two
    /// name words or one with a cue.
    fn candidate(&self, run: Range<usize>) -> Option<Candidate> {
        let mut start = run.start;
        let end = run.end;
        let mut initial = self.sentence_initial(start);
        // Leading common words: `The`, `In`, or a sentence-initial word the text also writes in lower case.
        while start < end {
            let w = &self.words[start];
            let common = STOP_WORDS.contains(&w.folded.as_str())
                || MONTHS_AND_DAYS.contains(&w.folded.as_str())
                || (initial
                    && w.shape == Shape::Capital
                    && self.lower.contains(&w.folded)
                    && !PARTICLES.contains(&w.folded.as_str()));
            if !common || TITLES.contains(&w.folded.as_str()) {
                break;
            }
            start += 1;
            initial = true;
        }
        // A leading nationality is not part of the name (`Egyptian Ayman al Zawahiri`), unless the name
        // would be left a single word (`Afghan Army`).
        while end - start > 2 && NATIONALITIES.contains(&self.words[start].folded.as_str()) {
            start += 1;
        }
        // Leading titles become the cue.
        let title_start = start;
        start = self.skip_title(start, end);
        let mut cue = (start > title_start).then(|| self.cue_text(title_start..start));
        // A religious honorific stays in a one-word name: `Mullah Omar`, not `Omar`.
        if end - start == 1
            && start > title_start
            && HONORIFICS.contains(&self.words[start - 1].folded.as_str())
        {
            start -= 1;
        }
        let names: Vec<&Word<'_>> = self.words[start..end].iter().collect();
        let (first, last) = (names.first()?, names.last()?);
        if cue.is_none() {
            cue = self.cue_before(start, end).or_else(|| self.cue_after(end));
        }
        let name_words = names.iter().filter(|w| matches!(w.shape, Shape::Capital | Shape::Initial)).count();
        if name_words == 0 || (names.len() < 2 && cue.is_none()) {
            return None;
        }
        // Not a name: only common words, a title alone, or ending on a nationality (`North American`).
        let folded: Vec<&str> = names.iter().map(|w| w.folded.as_str()).collect();
        let ordinary = |f: &&str| {
            STOP_WORDS.contains(f)
                || MONTHS_AND_DAYS.contains(f)
                || TITLES.contains(f)
                || NATIONALITIES.contains(f)
        };
        if folded.iter().all(ordinary) || folded.last().is_some_and(|f| NATIONALITIES.contains(f)) {
            return None;
        }
        // A single cued word that the text also writes in lower case is a common word (`said Friday`).
        if names.len() == 1 && self.lower.contains(&first.folded) {
            return None;
        }
        let span = first.span.start..last.span.end;
        // A name alone on its line with no cue is a heading or page furniture (`Show More`), not a mention.
        if cue.is_none() && self.alone_on_line(start..end) {
            return None;
        }
        let name = self.text.get(span.clone())?.to_string();
        Some(Candidate { name, span, cue })
    }

    /// Whether words `run` are all there is on their line (ignoring spaces).
    fn alone_on_line(&self, run: Range<usize>) -> bool {
        let Some(first) = self.words.get(run.start) else { return false };
        let opens_line = first.gap.rsplit('\n').next().is_some_and(|s| s.trim().is_empty())
            && (run.start == 0 || first.gap.contains('\n'));
        let after = match self.words.get(run.end) {
            Some(next) => next.gap,
            None => self
                .text
                .get(self.words.get(run.end.wrapping_sub(1)).map_or(0, |w| w.span.end)..)
                .unwrap_or(""),
        };
        let closes_line = after.split('\n').next().is_some_and(|s| s.trim().is_empty())
            && (run.end >= self.words.len() || after.contains('\n'));
        opens_line && closes_line
    }

    /// The index after a leading title in words `start..end` (`Lt. Col.`, `Secretary of State`,
    /// `Vice President`), or `start` if there is none.
    fn skip_title(&self, start: usize, end: usize) -> usize {
        let mut at = start;
        let mut after_title = start;
        while at < end {
            let w = self.words[at].folded.as_str();
            if TITLES.contains(&w) {
                at += 1;
                after_title = at;
                // `Secretary of State`, `Minister for Foreign Affairs`, `Commander of the Faithful`.
                if matches!(w, "secretary" | "minister" | "ministry" | "commander" | "chief" | "head")
                    && self.words.get(at).is_some_and(|n| matches!(n.folded.as_str(), "of" | "for"))
                {
                    let mut d = at + 1;
                    while d < end && DEPARTMENTS.contains(&self.words[d].folded.as_str()) {
                        d += 1;
                    }
                    if d > at + 1 {
                        at = d;
                        after_title = d;
                    }
                }
            } else if DEPARTMENTS.contains(&w)
                && self.words.get(at + 1).is_some_and(|n| at + 1 < end && TITLES.contains(&n.folded.as_str()))
            {
                // `Defense Secretary`, `Foreign Minister`.
                at += 1;
            } else {
                break;
            }
        }
        after_title
    }

    fn cue_text(&self, words: Range<usize>) -> String {
        let (Some(first), Some(last)) =
            (self.words.get(words.start), self.words.get(words.end.wrapping_sub(1)))
        else {
            return String::new();
        };
        let mut end = last.span.end;
        if self.text.get(end..).is_some_and(|rest| rest.starts_with('.')) {
            end += 1;
        }
        self.text.get(first.span.start..end).unwrap_or("").to_string()
    }

    /// A verb of speech or a role just before word `at`, for the run of words `at..end` (`said Karim,`,
    /// `commander Hazrat Ali`, `spokesman, Mohamad Naim`, `known as Abu Muhsen al-Masri`).
    fn cue_before(&self, at: usize, end: usize) -> Option<String> {
        let w = self.words.get(at)?;
        let prev = self.words.get(at.checked_sub(1)?)?;
        if prev.shape != Shape::Lower {
            return None;
        }
        let word = prev.folded.as_str();
        // After a verb of speech the name closes the clause: `said Karim, who …`, not `said America went`.
        let closes = !matches!(self.words.get(end), Some(n) if n.gap == " ");
        let speech = SPEECH_VERBS.contains(&word) && w.gap == " " && closes;
        // `commander Hazrat Ali`, `spokesman, Mohamad Naim`; but `In general, Al-Qaeda …` is an idiom.
        let role = ROLES.contains(&word) && (w.gap == " " || (w.gap == ", " && word != "general"));
        let named = w.gap == " "
            && (matches!(word, "named" | "called")
                || (word == "as"
                    && at >= 2
                    && self.words.get(at - 2).is_some_and(|p| {
                        matches!(p.folded.as_str(), "known" | "himself" | "herself" | "themselves")
                    })));
        if named && word == "as" {
            let before = self.words.get(at - 2)?;
            return self.text.get(before.span.start..prev.span.end).map(str::to_string);
        }
        (speech || role || named).then(|| prev.folded.clone())
    }

    /// A verb of speech just after the run ending before word `at` (`Karim said`).
    fn cue_after(&self, at: usize) -> Option<String> {
        let next = self.words.get(at)?;
        (next.gap == " " && next.shape == Shape::Lower && SPEECH_VERBS.contains(&next.folded.as_str()))
            .then(|| next.folded.clone())
    }
}

fn shape(original: &str, after: &str) -> Shape {
    let mut chars = original.chars();
    let Some(first) = chars.next() else { return Shape::Other };
    let second = chars.next();
    if first.is_lowercase() {
        return Shape::Lower;
    }
    if !first.is_uppercase() {
        return Shape::Other;
    }
    match second {
        None if after.starts_with('.') => Shape::Initial,
        None => Shape::Acronym,
        Some(s) if s.is_uppercase() => Shape::Acronym,
        Some(_) => Shape::Capital,
    }
}

/// Arabic articles that open a name when hyphenated to it (`al-Rauf`).
const ARTICLES: &[&str] = &["al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "ash"];

/// Lower-case words that can sit inside a name between capitalised words.
#[rustfmt::skip]
const PARTICLES: &[&str] = &[
    "al", "el", "ul", "ud", "bin", "ibn", "bint", "abu", "e", "i", "o", "de", "da", "di", "del", "della",
    "der", "den", "van", "von", "la", "le", "du", "dos", "das", "of", "for",
];

/// Titles and ranks before a name, folded; abbreviations without their period.
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "mullah", "mulla", "maulvi", "mawlawi", "maulana", "sheikh", "shaikh", "haji", "hajji", "qari", "mufti",
    "imam", "emir", "ayatollah", "president", "vice", "prime", "minister", "secretary", "ministry",
    "senator", "sen", "rep", "representative", "gov", "governor", "ambassador", "envoy", "general", "gen",
    "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm",
    "admiral", "commander", "cmdr", "dr", "mr", "mrs", "ms", "prof", "professor", "judge", "king", "queen",
    "prince", "princess", "chancellor", "mayor", "chief", "deputy", "acting", "spokesman", "spokeswoman",
    "spokesperson", "director", "head", "former", "late",
];

/// Honorifics that are part of how a person is known when only one name follows (`Mullah Omar`).
#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "mullah", "mulla", "maulvi", "mawlawi", "maulana", "sheikh", "shaikh", "haji", "hajji", "qari", "mufti",
    "imam",
];

/// Abbreviated titles whose period does not end a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "dr", "mr", "mrs", "ms", "prof", "sen", "rep",
    "gov", "st", "jr", "sr",
];

/// Words that complete a title after `of` or before it (`Secretary of State`, `Foreign Minister`).
#[rustfmt::skip]
const DEPARTMENTS: &[&str] = &[
    "state", "defense", "defence", "homeland", "security", "interior", "the", "foreign", "affairs",
    "treasury", "finance", "justice", "commerce", "energy", "health", "education", "information", "culture",
    "war", "refugees", "repatriation", "economy", "home", "staff", "joint", "chiefs", "intelligence",
    "national",
];

/// Lower-case words (roles) that mark the capitalised word after them as a name.
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "commander", "leader", "spokesman", "spokeswoman", "spokesperson", "chief", "founder", "coordinator",
    "minister", "envoy", "negotiator", "cleric", "militant", "fighter", "soldier", "officer", "analyst",
    "president", "general", "colonel", "mullah", "sheikh", "secretary", "governor", "ambassador", "senator",
    "judge", "director", "mayor", "emir", "imam",
];

/// Verbs of speech that mark the capitalised word beside them as a name (`said Karim`, `Shaheen added`).
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "added", "explained", "asked", "wrote", "noted", "stated", "warned", "claimed",
    "insisted",
];

/// Capitalised words that are not names on their own.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they",
    "we", "you", "i", "his", "her", "their", "our", "my", "your", "in", "on", "at", "by", "for", "from",
    "of", "to", "with", "without", "into", "after", "before", "since", "during", "despite", "under", "over",
    "about", "against", "between", "among", "through", "and", "but", "or", "nor", "so", "yet", "if", "when",
    "while", "where", "as", "because", "although", "though", "however", "meanwhile", "moreover", "also",
    "according", "earlier", "later", "then", "now", "today", "yesterday", "tomorrow", "another", "other",
    "one", "two", "three", "many", "some", "several", "few", "most", "all", "both", "each", "every", "such",
    "no", "not", "what", "who", "which", "why", "how", "let", "please", "read", "more", "first", "last",
    "next", "senior", "mr", "mrs", "ms", "breaking", "update", "updated", "related", "latest", "photo",
    "video",
];

/// Month and day names.
#[rustfmt::skip]
const MONTHS_AND_DAYS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Nationality and region adjectives: a capitalised sequence ending in one is not a name.
#[rustfmt::skip]
const NATIONALITIES: &[&str] = &[
    "afghan", "afghans", "american", "americans", "pakistani", "pakistanis", "syrian", "syrians", "egyptian",
    "egyptians", "russian", "russians", "iranian", "iranians", "arab", "arabs", "arabic", "qatari",
    "qataris", "chechen", "chechens", "chinese", "indian", "indians", "iraqi", "iraqis", "saudi", "saudis",
    "turkish", "british", "french", "german", "european", "europeans", "western", "eastern", "northern",
    "southern", "islamist", "islamists", "muslim", "muslims", "jihadist", "jihadists", "sunni", "shia",
    "tajik", "uzbek", "pashtun", "pashtuns", "north", "south", "east", "west", "central",
];

/// A name found by [`discover`] in one or more texts, gathered under one provisional id.
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

/// Gathers the candidates of several texts (`per_text[i]` from text `i`) into provisional entities, one
/// per [`provisional_id`], sorted by id. A one-word name that ends exactly one longer name (`Sadat` and
/// `Sami Sadat`) is taken as a short form of it and its mentions join the longer name's.
pub fn provisional_entities<'a, I>(per_text: I) -> Vec<Provisional>
where
    I: IntoIterator<Item = &'a [Candidate]>,
{
    struct Gathered {
        spellings: Vec<(String, usize)>,
        cue: Option<String>,
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
                mentions: Vec::new(),
            });
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
    let short: Vec<String> = by_id.keys().filter(|id| !id.contains('-')).cloned().collect();
    for word in short {
        let mut longer =
            by_id.keys().filter(|id| id.rsplit('-').next() == Some(word.as_str()) && **id != word);
        let (Some(target), None) = (longer.next().cloned(), longer.next()) else { continue };
        if let Some(g) = by_id.remove(&word) {
            if let Some(t) = by_id.get_mut(&target) {
                t.mentions.extend(g.mentions);
                t.mentions.sort_by_key(|(text, span)| (*text, span.start));
                if t.cue.is_none() {
                    t.cue = g.cue;
                }
            }
        }
    }
    by_id
        .into_iter()
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

    const GAZETTEER: &str = include_str!("../../../content/entities.toml");

    fn gazetteer() -> Gazetteer {
        match Gazetteer::from_toml(GAZETTEER) {
            Ok(g) => g,
            Err(e) => panic!("content/entities.toml: {e} at {:?}", e.span()),
        }
    }

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

    fn one(toml: &str) -> Result<Gazetteer, GazetteerError> {
        Gazetteer::from_toml(toml)
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
        assert!(e.message().contains("duplicate entity id `a`"), "{e}");
        assert_eq!(e.span().map(|s| &toml[s]), Some("\"a\""));
        assert!(e.span().is_some_and(|s| s.start > toml.len() / 2));

        let toml = entity("al-masri-1", "Abu Muhsin al-Masri", "")
            + &entity("al-masri-2", "Other", "\"Abu Muhsin al Masri\"");
        let e = one(&toml).expect_err("alias claimed twice");
        assert!(e.message().contains("already a name of `al-masri-1`"), "{e}");
        assert_eq!(e.span().map(|s| &toml[s]), Some("\"Abu Muhsin al Masri\""));

        let e = one(&(entity("a", "A", "") + "colour = \"red\"\n")).expect_err("unknown field");
        assert!(e.message().contains("colour"), "{e}");
        assert!(e.span().is_some());
        let e = one(&entity("a", "A", "").replace("person", "persona")).expect_err("unknown kind");
        assert!(e.message().contains("persona"), "{e}");
        let e = one(&entity("Al_Qaeda", "A", "")).expect_err("bad id");
        assert!(e.message().contains("Al_Qaeda"), "{e}");
        let e = one(&entity("a", "A", "\"’s\"")).expect_err("alias without a word");
        assert!(e.message().contains("must start with a letter"), "{e}");
        let e = one(&entity("a", "A", "").replace("\"d\"", "\" \"")).expect_err("no description");
        assert!(e.message().contains("description"), "{e}");
        // The same alias twice within one entity is harmless.
        assert!(one(&entity("a", "al-Qaeda", "\"al Qaeda\", \"Al-Qaeda\"")).is_ok());
        assert_eq!(one("").map(|g| g.entities().len()), Ok(0));
    }

    fn discovered(text: &str, g: &Gazetteer) -> Vec<(String, Option<String>)> {
        discover(text, &g.find(text)).into_iter().map(|c| (c.name, c.cue)).collect()
    }

    fn empty() -> Gazetteer {
        match Gazetteer::from_toml("") {
            Ok(g) => g,
            Err(e) => panic!("{e}"),
        }
    }

    fn cand(name: &str, cue: Option<&str>) -> (String, Option<String>) {
        (name.to_string(), cue.map(str::to_string))
    }

    #[test]
    fn discovers_capitalised_names_and_cued_names() {
        let g = empty();
        let text =
            "However, the US military downplayed the link. Lt. Col. Karen Roxberry, a spokeswoman for \
                    the US Central Command, said she was “unaware of the link”.";
        assert_eq!(
            discovered(text, &g),
            [cand("Karen Roxberry", Some("Lt. Col.")), cand("Central Command", None)]
        );
        let text =
            "“Many of their foreign fighters married Taliban daughters, ”said Karim, who knew many of the \
                    fighters.";
        assert_eq!(discovered(text, &g), [cand("Karim", Some("said"))]);
        let text =
            "members of AQIS working in conjunction with Taliban leader Mullah Wakeel. Earlier in March, \
                    another al-Qaeda leader, Abu Muhammad Al Tajiki, was killed";
        assert_eq!(
            discovered(text, &g),
            [
                cand("Mullah Wakeel", Some("Mullah")),
                cand("al-Qaeda", None),
                cand("Abu Muhammad Al Tajiki", Some("leader"))
            ]
        );
        let text =
            "For his part, the acting US Secretary of Defense, Christopher Miller, confirmed on January 15.";
        assert_eq!(discovered(text, &g), [cand("Christopher Miller", None)]);
        let text = "The remarks of Secretary of State Antony Blinken and Gen. Miller followed.";
        assert_eq!(
            discovered(text, &g),
            [cand("Antony Blinken", Some("Secretary of State")), cand("Miller", Some("Gen."))]
        );
        let text = "its leader, the Egyptian Ayman al Zawahiri, is believed to remain in hiding";
        assert_eq!(discovered(text, &g), [cand("Ayman al Zawahiri", None)]);
        let text = "an Afghan soldier, who identified himself as Karim to protect his identity.";
        assert_eq!(discovered(text, &g), [cand("Karim", Some("himself as"))]);
        let text = "Shaheen added that the Taliban now had volunteers.";
        assert_eq!(discovered(text, &g), [cand("Shaheen", Some("added"))]);
        let text = "A leader of al-Qaeda was killed. Al Masri was among them.";
        assert_eq!(discovered(text, &g), [cand("al-Qaeda", None), cand("Al Masri", None)]);
    }

    #[test]
    fn discovery_keeps_to_names() {
        let g = empty();
        for text in [
            "Previously undisclosed details of the raid give an indication. Details of the raid previously.",
            "In announcing the withdrawal, he said America went to Afghanistan.",
            "On October 15 and 22, 2020, American drones hit two targets. On Friday, May 28, CNN reported.",
            "VISIT OF THE TALIBANS TO IRAN",
            "Show More\nStay Connected\n",
            "A former Taliban minister who spoke to reporters.",
            "the North American country of Afghanistan",
            "Security experts monitoring the insurgencies agreed with the forces. The security situation.",
        ] {
            assert_eq!(discovered(text, &g), [], "{text}");
        }
    }

    #[test]
    fn discovery_skips_known_mentions() {
        let g = gazetteer();
        let text = "A delegation led by Mullah Abdulghani Baradar met Deputy Minister Zalmay Rahimi and \
                    Maulvi Jalil in Tehran, said Tolo TV.";
        assert_eq!(
            discovered(text, &g),
            [cand("Zalmay Rahimi", Some("Deputy Minister")), cand("Maulvi Jalil", Some("Maulvi"))]
        );
    }

    #[test]
    fn provisional_entities_gather_names_across_texts() {
        let g = gazetteer();
        let texts = [
            "Taliban commander Qari Fasihuddin said the offensive would go on.",
            "The offensive, led by Qari Fasihuddin, reached Kunduz. Fasihuddín said nothing.",
            "Deputy spokesman Inamullah Samangani, said the talks would resume.",
        ];
        let candidates: Vec<Vec<Candidate>> = texts.iter().map(|t| discover(t, &g.find(t))).collect();
        let provisional = provisional_entities(candidates.iter().map(Vec::as_slice));
        let summary: Vec<_> =
            provisional.iter().map(|p| (p.id.as_str(), p.name.as_str(), p.mentions.len())).collect();
        assert_eq!(
            summary,
            [("inamullah-samangani", "Inamullah Samangani", 1), ("qari-fasihuddin", "Qari Fasihuddin", 3)]
        );
        assert_eq!(provisional_id("Safiulá  Amiri’s"), "safiula-amiri");
        assert_eq!(provisional_id("O’Brien"), "obrien");
        assert_eq!(provisional_id("Nahr-e-Seraj"), "nahr-e-seraj");

        let extended = match g.with_provisional(&provisional) {
            Ok(e) => e,
            Err(e) => panic!("{e}"),
        };
        let text = "Qari Fasihuddin’s men and the Taliban";
        let got: Vec<_> = extended
            .find(text)
            .into_iter()
            .map(|m| (extended.entities()[m.entity].id.as_str(), extended.entities()[m.entity].provisional))
            .collect();
        assert_eq!(got, [("qari-fasihuddin", true), ("taliban", false)]);
        assert_eq!(extended.entities().len(), g.entities().len() + 2);
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
