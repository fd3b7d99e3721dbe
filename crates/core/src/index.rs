//! The browser index: everything the in-browser filter and lookup need, versioned.
//!
//! The generator builds an [`Index`] and writes it for the browser with [`Index::encode_split`] as two
//! files: `index.bin`, the head (the entities: what the entity filters need, a few kilobytes even at
//! thousands of sources), read by [`Index::decode_head`]; and `quotes.bin` (sources, paragraphs
//! without their text, quotations, clusters), which the page fetches only when the reader starts a
//! search and adds with [`Index::attach_quotes`]. The paragraphs' text and the term dictionary are in
//! the sharded text index ([`crate::shards`]), whose build id ([`text_build`]) the head carries. [`Index::encode`] / [`Index::decode`] write and read the same data as one
//! file (tests, tools). The format is a
//! small binary one written here by hand — a magic number, the schema version, then length-prefixed
//! fields — because `dossier-core` keeps to std + serde (no serde_json in the browser bundle), and
//! because it is a fraction of JSON's size. Bump [`VERSION`] whenever a field changes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The schema version this build of core writes and reads.
pub const VERSION: u32 = 9;
/// The first four bytes of every index file (also how the generator recognises a folder it wrote).
pub const MAGIC: &[u8; 4] = b"DSIX";

/// One source, as the browser shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceEntry {
    /// The source id (`bond-much-deeper`).
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its outlet as a reader should see it: the outlet's name, or for an unknown outlet the start of
    /// the title in quotation marks (the generator's `briefing::source_name`).
    pub outlet: String,
    /// Publication date as the reader sees it ("28 May 2021", "undated").
    pub published: String,
    /// The same date as a sortable number `yyyymmdd`, with `00` for an unknown month or day, and 0 when
    /// undated (ranking: of equal answers, the earlier report first).
    pub date: u32,
    /// Ids of sources, or outlet names, it derives from (declared or detected).
    pub derived_from: Vec<String>,
}

/// An entity of the gazetteer, or one discovered in the text and not yet confirmed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityEntry {
    /// Stable id (`husam-abd-al-rauf`).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// person, organization, place, …
    pub kind: String,
    /// True for a name discovered in the text but not in the gazetteer.
    pub provisional: bool,
    /// Every other name it goes by.
    pub aliases: Vec<String>,
}

/// A kept paragraph of a source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParagraphEntry {
    /// Index into [`Index::sources`].
    pub source: u32,
    /// The paragraph number (anchor `#p{n}`).
    pub n: u32,
    /// Indices into [`Index::entities`] of the entities it mentions, ascending.
    pub entities: Vec<u32>,
    /// The paragraph's text as the source has it (what passage search reads and shows).
    pub text: String,
}

/// One direct quotation in one source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteEntry {
    /// Index into [`Index::sources`].
    pub source: u32,
    /// The paragraph number where it starts.
    pub paragraph: u32,
    /// The quoted words exactly as this source has them.
    pub text: String,
    /// Who said it, as the text names them.
    pub speaker: Option<String>,
    /// Index into [`Index::clusters`].
    pub cluster: u32,
}

impl QuoteEntry {
    /// Writes the entry as `quotes.bin` and the quotation chunks store it.
    pub(crate) fn write(w: &mut Writer, q: &QuoteEntry) {
        w.u32(q.source);
        w.u32(q.paragraph);
        w.str(&q.text);
        w.opt_str(q.speaker.as_deref());
        w.u32(q.cluster);
    }

    /// Reads an entry written by [`QuoteEntry::write`].
    pub(crate) fn read(r: &mut Reader<'_>) -> Result<QuoteEntry, DecodeError> {
        Ok(QuoteEntry {
            source: r.u32()?,
            paragraph: r.u32()?,
            text: r.str()?,
            speaker: r.opt_str()?,
            cluster: r.u32()?,
        })
    }
}

/// The same statement across sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClusterEntry {
    /// Stable id (`q-collect-money-from`).
    pub id: String,
    /// The speaker, when the members agree on one.
    pub speaker: Option<String>,
    /// Indices into [`Index::quotes`], best representative first.
    pub quotes: Vec<u32>,
}

/// The whole index.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    /// Sources, in id order.
    pub sources: Vec<SourceEntry>,
    /// Entities, confirmed first, then provisional.
    pub entities: Vec<EntityEntry>,
    /// Paragraphs, by source then number.
    pub paragraphs: Vec<ParagraphEntry>,
    /// Quotations, by source then position.
    pub quotes: Vec<QuoteEntry>,
    /// Clusters of the same statement.
    pub clusters: Vec<ClusterEntry>,
}

/// Why an index could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes do not start with the index's magic number.
    NotAnIndex,
    /// The index was written by another schema version.
    Version {
        /// The version in the file.
        found: u32,
        /// The version this code reads.
        expected: u32,
    },
    /// The data ends early or is inconsistent, at this byte offset.
    Corrupt(usize),
    /// The file is another part of a split index than the one asked for (a head for the quotes…).
    WrongPart,
    /// The quotes file does not belong to this head (they come from different builds).
    Mismatch,
    /// The data reads but does not hold together (an index out of range, a quotation listed twice…);
    /// says what.
    Inconsistent(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotAnIndex => f.write_str("not a dossier index"),
            DecodeError::Version { found, expected } => {
                write!(f, "index schema version {found}, expected {expected}: rebuild the site")
            }
            DecodeError::Corrupt(at) => write!(f, "index is truncated or corrupt (at byte {at})"),
            DecodeError::WrongPart => f.write_str("this file is another part of the index"),
            DecodeError::Mismatch => {
                f.write_str("quotes.bin and index.bin come from different builds: reload")
            }
            DecodeError::Inconsistent(what) => write!(f, "index is inconsistent ({what}): rebuild the site"),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Which part of the index a file holds (the byte after the version).
const FULL: u32 = 0;
const HEAD: u32 = 1;
const QUOTES: u32 = 2;

/// The part of a split index the browser needs first, read by [`Index::decode_head`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// The index with its entities only; [`Index::attach_quotes`] adds the rest.
    pub index: Index,
    /// The checksum the matching quotes file must have (so a stale file from another build is refused).
    pub quotes_checksum: u32,
    /// The build id the sharded text index of the same build carries ([`text_build`]).
    pub text_build: u32,
}

impl Index {
    /// Writes the whole index as one file (what [`Index::decode`] reads).
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::start(FULL);
        self.write_entities(&mut w);
        self.write_quotes_as(&mut w, true);
        w.0
    }

    /// Writes the index as two files for the browser: the head (`index.bin`: the entities, enough for
    /// the entity filters, small at any corpus size) and the quotes (`quotes.bin`: sources, paragraphs
    /// without their text, quotations and clusters), which the page fetches only when the reader starts
    /// a lookup. The paragraphs' text goes to the sharded index ([`crate::shards::Sharded::write`]).
    pub fn encode_split(&self) -> (Vec<u8>, Vec<u8>) {
        let mut q = Writer::start(QUOTES);
        self.write_quotes_as(&mut q, false);
        let mut h = Writer::start(HEAD);
        self.write_entities(&mut h);
        h.u32(checksum(&q.0));
        h.u32(text_build(self));
        (h.0, q.0)
    }

    /// Reads an index written by [`Index::encode`]; checks the version, every cross-reference and the
    /// clusters (a partition of the quotations, see [`DecodeError::Inconsistent`]), so the rest of the
    /// code can index without bounds worries and no crafted file makes a lookup list a wording twice.
    pub fn decode(bytes: &[u8]) -> Result<Index, DecodeError> {
        let mut r = Reader::start(bytes, FULL)?;
        let mut index = Index { entities: r.entities()?, ..Index::default() };
        r.quotes_into(&mut index, true)?;
        r.end()?;
        index.check()?;
        Ok(index)
    }

    /// Reads the head of a split index ([`Index::encode_split`]).
    pub fn decode_head(bytes: &[u8]) -> Result<Head, DecodeError> {
        let mut r = Reader::start(bytes, HEAD)?;
        let index = Index { entities: r.entities()?, ..Index::default() };
        let quotes_checksum = r.u32()?;
        let text_build = r.u32()?;
        r.end()?;
        Ok(Head { index, quotes_checksum, text_build })
    }

    /// Adds the quotes file of a split index to its head; refuses a file of another build (checksum),
    /// and checks every cross-reference as [`Index::decode`] does. On error the index is unchanged.
    pub fn attach_quotes(&mut self, bytes: &[u8], checksum_expected: u32) -> Result<(), DecodeError> {
        let mut r = Reader::start(bytes, QUOTES)?;
        if checksum(bytes) != checksum_expected {
            return Err(DecodeError::Mismatch);
        }
        let mut full = Index { entities: std::mem::take(&mut self.entities), ..Index::default() };
        let read = r.quotes_into(&mut full, false).and_then(|()| r.end());
        let checked = read.and_then(|()| full.check());
        match checked {
            Ok(()) => {
                *self = full;
                Ok(())
            }
            Err(e) => {
                self.entities = full.entities;
                Err(e)
            }
        }
    }

    /// True when the quotations are loaded (always after [`Index::decode`]; after
    /// [`Index::attach_quotes`] for a split index).
    pub fn has_quotes(&self) -> bool {
        !self.sources.is_empty()
    }

    fn write_entities(&self, w: &mut Writer) {
        w.seq(&self.entities, |w, e| {
            w.str(&e.id);
            w.str(&e.name);
            w.str(&e.kind);
            w.u32(u32::from(e.provisional));
            w.seq(&e.aliases, |w, a| w.str(a));
        });
    }

    /// Sources, paragraphs (with their text when `text`), quotations and clusters.
    fn write_quotes_as(&self, w: &mut Writer, text: bool) {
        w.seq(&self.sources, |w, s| {
            w.str(&s.id);
            w.str(&s.title);
            w.str(&s.outlet);
            w.str(&s.published);
            w.u32(s.date);
            w.seq(&s.derived_from, |w, d| w.str(d));
        });
        w.seq(&self.paragraphs, |w, p| {
            w.u32(p.source);
            w.u32(p.n);
            w.seq(&p.entities, |w, e| w.u32(*e));
            if text {
                w.str(&p.text);
            }
        });
        w.seq(&self.quotes, QuoteEntry::write);
        w.seq(&self.clusters, |w, c| {
            w.str(&c.id);
            w.opt_str(c.speaker.as_deref());
            w.seq(&c.quotes, |w, q| w.u32(*q));
        });
    }

    /// Checks what the rest of the code relies on: every index in range, each paragraph's entities strictly
    /// ascending, and the clusters a partition of the quotations (each quotation listed exactly once, in
    /// the cluster it names, and no cluster empty), which is what the generator writes. A repeated
    /// member would make one statement list the same wording over and over: a crafted file of a few
    /// megabytes once froze a lookup for 43 s drawing 703k nodes.
    fn check(&self) -> Result<(), DecodeError> {
        let (ns, ne, nq, nc) =
            (self.sources.len(), self.entities.len(), self.quotes.len(), self.clusters.len());
        let bad = |what: String| Err(DecodeError::Inconsistent(what));
        for (i, p) in self.paragraphs.iter().enumerate() {
            if p.source as usize >= ns {
                return bad(format!("paragraph {i} names source {} of {ns}", p.source));
            }
            if p.entities.last().is_some_and(|&e| e as usize >= ne) {
                return bad(format!("paragraph {i} names an entity beyond the {ne} there are"));
            }
            if p.entities.windows(2).any(|w| w[0] >= w[1]) {
                return bad(format!("paragraph {i} lists its entities out of order or twice"));
            }
        }
        for (i, q) in self.quotes.iter().enumerate() {
            if q.source as usize >= ns {
                return bad(format!("quotation {i} names source {} of {ns}", q.source));
            }
            if q.cluster as usize >= nc {
                return bad(format!("quotation {i} names cluster {} of {nc}", q.cluster));
            }
        }
        let mut listed = vec![false; nq];
        for (c, cluster) in self.clusters.iter().enumerate() {
            if cluster.quotes.is_empty() {
                return bad(format!("cluster {c} has no quotations"));
            }
            for &m in &cluster.quotes {
                let Some(seen) = listed.get_mut(m as usize) else {
                    return bad(format!("cluster {c} lists quotation {m} of {nq}"));
                };
                if *seen {
                    return bad(format!("quotation {m} is listed twice (again in cluster {c})"));
                }
                *seen = true;
                if self.quotes[m as usize].cluster as usize != c {
                    return bad(format!("cluster {c} lists quotation {m}, which names another cluster"));
                }
            }
        }
        match listed.iter().position(|&l| !l) {
            Some(q) => bad(format!("quotation {q} is in no cluster")),
            None => Ok(()),
        }
    }

    /// The entity with this id, or whose name or alias folds to the same words as `name`.
    pub fn entity(&self, name: &str) -> Option<usize> {
        let wanted = crate::text::tokenize(name).into_iter().map(|t| t.word).collect::<Vec<_>>();
        let same = |s: &str| {
            let words: Vec<String> = crate::text::tokenize(s).into_iter().map(|t| t.word).collect();
            !words.is_empty() && (words == wanted || strip_possessive(&wanted) == words)
        };
        self.entities
            .iter()
            .position(|e| e.id == name)
            .or_else(|| self.entities.iter().position(|e| same(&e.name) || e.aliases.iter().any(|a| same(a))))
    }
}

fn strip_possessive(words: &[String]) -> Vec<String> {
    let mut w = words.to_vec();
    if let Some(last) = w.last_mut() {
        if let Some(stem) = last.strip_suffix("'s") {
            *last = stem.to_string();
        }
    }
    w
}

/// FNV-1a over the bytes, folded to 32 bits: ties a quotes file to its head (not a security measure).
pub(crate) fn checksum(bytes: &[u8]) -> u32 {
    let mut h = Fnv::default();
    h.feed(bytes);
    h.finish()
}

/// The id of the build of an index that its sharded text index carries (and the head, so a page
/// refuses shards of another build): FNV-1a over the sources' ids, every paragraph and quotation, fed
/// field by field so that no encoding of the whole index is held.
pub fn text_build(index: &Index) -> u32 {
    let mut h = Fnv::default();
    // Every field a chunk carries: the sources' rows, the quotations and their statements.
    for s in &index.sources {
        for f in [&s.id, &s.title, &s.outlet, &s.published] {
            h.field(f.as_bytes());
        }
        h.field(&s.date.to_le_bytes());
        for d in &s.derived_from {
            h.field(d.as_bytes());
        }
        h.field(&(s.derived_from.len() as u64).to_le_bytes());
    }
    for p in &index.paragraphs {
        h.field(&p.source.to_le_bytes());
        h.field(&p.n.to_le_bytes());
        h.field(p.text.as_bytes());
    }
    for q in &index.quotes {
        h.field(&q.source.to_le_bytes());
        h.field(&q.paragraph.to_le_bytes());
        h.field(&q.cluster.to_le_bytes());
        h.field(q.text.as_bytes());
        h.field(q.speaker.as_deref().unwrap_or("\u{0}").as_bytes());
    }
    for c in &index.clusters {
        h.field(c.id.as_bytes());
        h.field(c.speaker.as_deref().unwrap_or("\u{0}").as_bytes());
        h.field(&(c.quotes.len() as u64).to_le_bytes());
    }
    h.finish()
}

struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// A length-prefixed field, so that ("ab", "c") and ("a", "bc") differ.
    fn field(&mut self, bytes: &[u8]) {
        self.feed(&(bytes.len() as u64).to_le_bytes());
        self.feed(bytes);
    }

    fn finish(&self) -> u32 {
        (self.0 ^ (self.0 >> 32)) as u32
    }
}

pub(crate) struct Writer(pub(crate) Vec<u8>);

impl Writer {
    pub(crate) fn start(part: u32) -> Writer {
        let mut w = Writer(Vec::with_capacity(4096));
        w.0.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.u32(part);
        w
    }

    pub(crate) fn u32(&mut self, mut v: u32) {
        // LEB128: seven bits a byte, high bit set while more follow.
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }

    pub(crate) fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }

    pub(crate) fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    /// An optional value: `0`, or `1` and the value as `each` writes it.
    pub(crate) fn opt<T>(&mut self, v: Option<T>, each: impl FnOnce(&mut Writer, T)) {
        match v {
            None => self.u32(0),
            Some(v) => {
                self.u32(1);
                each(self, v);
            }
        }
    }

    pub(crate) fn opt_str(&mut self, s: Option<&str>) {
        self.opt(s, Writer::str);
    }

    pub(crate) fn seq<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Writer, &T)) {
        self.len(items.len());
        for item in items {
            each(self, item);
        }
    }
}

pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pub(crate) at: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn start(bytes: &'a [u8], part: u32) -> Result<Reader<'a>, DecodeError> {
        if bytes.len() < 4 || &bytes[..4] != MAGIC {
            return Err(DecodeError::NotAnIndex);
        }
        let mut r = Reader { bytes, at: 4 };
        let version = r.u32()?;
        if version != VERSION {
            return Err(DecodeError::Version { found: version, expected: VERSION });
        }
        if r.u32()? != part {
            return Err(DecodeError::WrongPart);
        }
        Ok(r)
    }

    pub(crate) fn end(&self) -> Result<(), DecodeError> {
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(DecodeError::Corrupt(self.at))
        }
    }

    fn entities(&mut self) -> Result<Vec<EntityEntry>, DecodeError> {
        self.seq(|r| {
            Ok(EntityEntry {
                id: r.str()?,
                name: r.str()?,
                kind: r.str()?,
                provisional: r.u32()? != 0,
                aliases: r.seq(Reader::str)?,
            })
        })
    }

    fn quotes_into(&mut self, index: &mut Index, text: bool) -> Result<(), DecodeError> {
        index.sources = self.seq(|r| {
            Ok(SourceEntry {
                id: r.str()?,
                title: r.str()?,
                outlet: r.str()?,
                published: r.str()?,
                date: r.u32()?,
                derived_from: r.seq(Reader::str)?,
            })
        })?;
        index.paragraphs = self.seq(|r| {
            Ok(ParagraphEntry {
                source: r.u32()?,
                n: r.u32()?,
                entities: r.seq(Reader::u32)?,
                text: if text { r.str()? } else { String::new() },
            })
        })?;
        index.quotes = self.seq(QuoteEntry::read)?;
        index.clusters = self
            .seq(|r| Ok(ClusterEntry { id: r.str()?, speaker: r.opt_str()?, quotes: r.seq(Reader::u32)? }))?;
        Ok(())
    }

    pub(crate) fn u32(&mut self) -> Result<u32, DecodeError> {
        let mut v: u64 = 0;
        for shift in (0..35).step_by(7) {
            let byte = *self.bytes.get(self.at).ok_or(DecodeError::Corrupt(self.at))?;
            self.at += 1;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return u32::try_from(v).map_err(|_| DecodeError::Corrupt(self.at));
            }
        }
        Err(DecodeError::Corrupt(self.at))
    }

    pub(crate) fn str(&mut self) -> Result<String, DecodeError> {
        let n = self.u32()? as usize;
        let end =
            self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or(DecodeError::Corrupt(self.at))?;
        let s = std::str::from_utf8(&self.bytes[self.at..end]).map_err(|_| DecodeError::Corrupt(self.at))?;
        self.at = end;
        Ok(s.to_string())
    }

    /// An optional value written by [`Writer::opt`], read by `each` when present.
    pub(crate) fn opt<T>(
        &mut self,
        each: impl FnOnce(&mut Self) -> Result<T, DecodeError>,
    ) -> Result<Option<T>, DecodeError> {
        match self.u32()? {
            0 => Ok(None),
            1 => each(self).map(Some),
            _ => Err(DecodeError::Corrupt(self.at)),
        }
    }

    pub(crate) fn opt_str(&mut self) -> Result<Option<String>, DecodeError> {
        self.opt(Reader::str)
    }

    pub(crate) fn seq<T>(
        &mut self,
        mut each: impl FnMut(&mut Self) -> Result<T, DecodeError>,
    ) -> Result<Vec<T>, DecodeError> {
        let n = self.u32()? as usize;
        // Every item takes at least one byte: a count larger than what is left is corrupt, not an allocation.
        if n > self.bytes.len() - self.at {
            return Err(DecodeError::Corrupt(self.at));
        }
        (0..n).map(|_| each(self)).collect()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    fn para(source: u32, n: u32, entities: &[u32], text: &str) -> ParagraphEntry {
        ParagraphEntry { source, n, entities: entities.to_vec(), text: text.into() }
    }

    /// A small index for tests in this crate.
    pub(crate) fn sample() -> Index {
        Index {
            sources: vec![
                SourceEntry {
                    id: "a".into(),
                    title: "A".into(),
                    outlet: "CNN".into(),
                    published: "28 May 2021".into(),
                    date: 20210528,
                    derived_from: vec![],
                },
                SourceEntry {
                    id: "b".into(),
                    title: "B".into(),
                    outlet: "unknown".into(),
                    published: "undated".into(),
                    date: 0,
                    derived_from: vec!["CNN".into()],
                },
            ],
            entities: vec![
                EntityEntry {
                    id: "al-qaeda".into(),
                    name: "al-Qaeda".into(),
                    kind: "organization".into(),
                    provisional: false,
                    aliases: vec!["al Qaeda".into(), "Al-Qaida".into()],
                },
                EntityEntry {
                    id: "taliban".into(),
                    name: "Taliban".into(),
                    kind: "organization".into(),
                    provisional: false,
                    aliases: vec![],
                },
                EntityEntry {
                    id: "karim".into(),
                    name: "Karim".into(),
                    kind: "person".into(),
                    provisional: true,
                    aliases: vec![],
                },
            ],
            paragraphs: vec![
                para(0, 1, &[0, 1], "The terrorists “collect money from different parts of the world and give it to the Taliban,” the official said."),
                para(0, 2, &[1], "“There are intermarriages.” The raid was in the Kamdesh district of Nuristan."),
                para(1, 1, &[0, 1, 2], "Officials say they “collect money from different parts of the world and transfer it to the Taliban.” Karim agreed."),
                para(1, 2, &[], "Villagers in Kamdesh described the raid."),
            ],
            quotes: vec![
                QuoteEntry {
                    source: 0,
                    paragraph: 1,
                    text: "collect money from different parts of the world and give it to the Taliban,"
                        .into(),
                    speaker: Some("the official".into()),
                    cluster: 0,
                },
                QuoteEntry {
                    source: 1,
                    paragraph: 1,
                    text: "collect money from different parts of the world and transfer it to the Taliban."
                        .into(),
                    speaker: Some("the official".into()),
                    cluster: 0,
                },
                QuoteEntry {
                    source: 0,
                    paragraph: 2,
                    text: "There are intermarriages.".into(),
                    speaker: None,
                    cluster: 1,
                },
            ],
            clusters: vec![
                ClusterEntry {
                    id: "q-collect-money".into(),
                    speaker: Some("the official".into()),
                    quotes: vec![0, 1],
                },
                ClusterEntry { id: "q-there-are-intermarriages".into(), speaker: None, quotes: vec![2] },
            ],
        }
    }

    #[test]
    fn round_trips() {
        let index = sample();
        let bytes = index.encode();
        assert_eq!(Index::decode(&bytes), Ok(index));
    }

    #[test]
    fn rejects_other_files_versions_and_truncation() {
        let bytes = sample().encode();
        assert_eq!(Index::decode(b"{\"json\": 1}"), Err(DecodeError::NotAnIndex));
        let mut other = bytes.clone();
        other[4] = 99;
        assert_eq!(Index::decode(&other), Err(DecodeError::Version { found: 99, expected: VERSION }));
        for cut in [5, bytes.len() / 2, bytes.len() - 1] {
            assert!(matches!(Index::decode(&bytes[..cut]), Err(DecodeError::Corrupt(_))), "cut at {cut}");
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(matches!(Index::decode(&extra), Err(DecodeError::Corrupt(_))));
    }

    #[test]
    fn split_round_trips_and_the_parts_belong_together() {
        let index = sample();
        let (head, quotes) = index.encode_split();
        let Head { index: mut loaded, quotes_checksum, .. } = Index::decode_head(&head).expect("head");
        assert_eq!(loaded.entities, index.entities);
        assert!(!loaded.has_quotes());
        loaded.attach_quotes(&quotes, quotes_checksum).expect("quotes");
        // The paragraphs' text is in the sharded text index, not in quotes.bin.
        let mut without_text = index.clone();
        without_text.paragraphs.iter_mut().for_each(|p| p.text.clear());
        assert_eq!(loaded, without_text);
        assert_eq!(Index::decode_head(&head).expect("head").text_build, text_build(&index));
        // Parts are not interchangeable, and a quotes file of another build is refused.
        assert_eq!(Index::decode_head(&quotes), Err(DecodeError::WrongPart));
        assert_eq!(Index::decode(&head), Err(DecodeError::WrongPart));
        let mut other = sample();
        other.quotes[0].text.push('!');
        let (_, stale) = other.encode_split();
        let Head { index: mut loaded, quotes_checksum, .. } = Index::decode_head(&head).expect("head");
        assert_eq!(loaded.attach_quotes(&stale, quotes_checksum), Err(DecodeError::Mismatch));
        // A truncated quotes file leaves the head usable as it was.
        assert!(loaded.attach_quotes(&quotes[..quotes.len() / 2], quotes_checksum).is_err());
        assert_eq!(loaded.entities, index.entities);
        assert!(!loaded.has_quotes());
    }

    /// Writes a tampered index the way the generator would (so the quotes file's checksum is valid) and
    /// reads it back both ways; returns the error, which both ways must agree on, and checks that a failed
    /// attach leaves the head as it was.
    fn refused(tamper: impl FnOnce(&mut Index)) -> String {
        let mut index = sample();
        tamper(&mut index);
        let whole = Index::decode(&index.encode()).expect_err("a tampered index is refused");
        let (head, quotes) = index.encode_split();
        let Head { index: mut loaded, quotes_checksum, .. } = Index::decode_head(&head).expect("head");
        let split = loaded.attach_quotes(&quotes, quotes_checksum).expect_err("tampered quotes are refused");
        assert_eq!(whole, split);
        assert!(!loaded.has_quotes());
        assert_eq!(loaded.entities, index.entities);
        match whole {
            DecodeError::Inconsistent(what) => what,
            other => panic!("expected an inconsistency, got {other:?}"),
        }
    }

    #[test]
    fn rejects_dangling_references() {
        assert!(refused(|i| i.quotes[0].cluster = 7).contains("names cluster 7 of 2"));
        assert!(refused(|i| i.quotes[2].source = 2).contains("quotation 2 names source 2"));
        assert!(refused(|i| i.paragraphs[1].source = 9).contains("paragraph 1 names source 9"));
        assert!(refused(|i| i.paragraphs[0].entities = vec![0, 3]).contains("beyond the 3"));
        assert!(refused(|i| i.clusters[0].quotes.push(3)).contains("cluster 0 lists quotation 3 of 3"));
    }

    #[test]
    fn rejects_clusters_that_are_not_a_partition_of_the_quotations() {
        // Repeated within a cluster: the file that froze a lookup (here a hundred thousand times over).
        let what = refused(|i| i.clusters[0].quotes.extend(std::iter::repeat_n(0, 100_000)));
        assert_eq!(what, "quotation 0 is listed twice (again in cluster 0)");
        let message = Index::decode(&{
            let mut i = sample();
            i.clusters[0].quotes.push(1);
            i.encode()
        })
        .expect_err("refused")
        .to_string();
        assert_eq!(
            message,
            "index is inconsistent (quotation 1 is listed twice (again in cluster 0)): rebuild the site"
        );
        // Repeated across clusters, in a cluster it does not name, in none, or a cluster with none.
        assert!(refused(|i| i.clusters[1].quotes.push(0))
            .contains("quotation 0 is listed twice (again in cluster 1)"));
        assert!(refused(|i| {
            i.clusters[0].quotes = vec![0];
            i.clusters[1].quotes = vec![2, 1];
        })
        .contains("cluster 1 lists quotation 1, which names another cluster"));
        assert!(refused(|i| i.clusters[0].quotes = vec![1]).contains("quotation 0 is in no cluster"));
        assert!(refused(|i| {
            i.clusters.push(ClusterEntry { id: "q-empty".into(), speaker: None, quotes: vec![] })
        })
        .contains("cluster 2 has no quotations"));
    }

    #[test]
    fn rejects_paragraph_entities_out_of_order_or_repeated() {
        assert!(refused(|i| i.paragraphs[0].entities = vec![1, 0]).contains("out of order or twice"));
        assert!(refused(|i| i.paragraphs[2].entities = vec![0, 0, 1]).contains("paragraph 2 lists"));
    }

    #[test]
    fn never_panics_on_garbage() {
        let bytes = sample().encode();
        for i in 4..bytes.len() {
            for v in [0u8, 0x7f, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] = v;
                let _ = Index::decode(&b);
                let _ = Index::decode_head(&b);
            }
        }
    }

    #[test]
    fn finds_entities_by_id_name_alias_and_possessive() {
        let index = sample();
        assert_eq!(index.entity("al-qaeda"), Some(0));
        assert_eq!(index.entity("AL QAIDA"), Some(0));
        assert_eq!(index.entity("al-Qaeda’s"), Some(0));
        assert_eq!(index.entity("the Taliban"), None);
        assert_eq!(index.entity("Taliban"), Some(1));
    }
}
