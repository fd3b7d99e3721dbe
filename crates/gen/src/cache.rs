//! The analysis cache: what [`crate::analyse::analyse`] finds in each source on its own (name candidates,
//! quotations, entity mentions), kept in `.dossier-cache/` of the project between builds, so that a build
//! re-analyses only the sources that changed. Work across sources (provisional entities, clustering,
//! overlaps, relations) runs every build, from these parts.
//!
//! A source's entry is found by a key hashed (BLAKE3) from its id and bytes and from everything else the
//! per-source result depends on: the dossier binary itself (its version and its bytes, so a rebuilt
//! binary never trusts an older one's results), the gazetteer's text and the boilerplate rules' text.
//! Mentions also depend on the provisional entities found across all sources, so they are kept with
//! the key of the gazetteer they were found with and reused only under the same one.
//!
//! The file is postcard, framed with a format number and a checksum of its payload: a truncated,
//! corrupt or foreign file is ignored (everything is analysed again and the file rewritten), never
//! trusted. It is written to a temporary name and renamed into place, so concurrent builds each read a
//! whole file, and the last to finish wins.

use crate::analyse::entities::{Candidate, Mention};
use crate::analyse::quotes::Quote;
use crate::load::source::Source;
use crate::project;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

/// The folder in the project that holds the cache (git-ignored; safe to delete at any time).
pub const DIR: &str = ".dossier-cache";
/// The cache file in [`DIR`].
pub const FILE: &str = "analysis.bin";
/// Changes whenever the file's layout changes; a file of another format is ignored.
const FORMAT: u32 = 2;
/// The first field of the file, so that a file that is not ours is told apart at once.
const MAGIC: [u8; 8] = *b"dossier\x01";

/// A BLAKE3 hash.
pub type Key = [u8; 32];

/// The outer frame of the file: a payload and its checksum.
#[derive(Serialize, Deserialize)]
struct Frame<'a> {
    magic: [u8; 8],
    format: u32,
    checksum: Key,
    #[serde(borrow)]
    payload: &'a [u8],
}

/// What one source gave, as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    candidates: Vec<StoredCandidate>,
    quotes: Vec<StoredQuote>,
    /// The mentions per kept paragraph, with the key of the gazetteer they were found with.
    mentions: Option<(Key, Vec<Vec<StoredMention>>)>,
    /// The hashes of the kept text's word shingles ([`crate::analyse::provenance::shingles`]).
    shingles: Hashes,
}

/// A list of hashes, stored as one run of little-endian bytes: read back with one copy instead of one
/// variable-length number at a time (the shingles are most of the file).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Hashes(Vec<u64>);

impl Serialize for Hashes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<u8> = self.0.iter().flat_map(|h| h.to_le_bytes()).collect();
        s.serialize_bytes(&bytes)
    }
}

impl<'de> Deserialize<'de> for Hashes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Hashes, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Hashes;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a run of 8-byte hashes")
            }
            fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<Hashes, E> {
                if v.len() % 8 != 0 {
                    return Err(E::invalid_length(v.len(), &self));
                }
                let hash = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
                Ok(Hashes(v.chunks_exact(8).map(hash).collect()))
            }
        }
        d.deserialize_bytes(Visit)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredCandidate {
    name: String,
    span: Range<usize>,
    cue: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredMention {
    entity: usize,
    span: Range<usize>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredQuote {
    source: String,
    paragraph: usize,
    span: Range<usize>,
    continued: Vec<(usize, Range<usize>)>,
    text: String,
    speaker: Option<String>,
    speaker_cue: Option<String>,
}

impl Entry {
    /// The entry of a source just analysed, with its shingle hashes (mentions are added by
    /// [`Entry::set_mentions`]).
    pub fn new(candidates: &[Candidate], quotes: &[Quote], shingles: Vec<u64>) -> Entry {
        Entry {
            candidates: candidates
                .iter()
                .map(|c| StoredCandidate { name: c.name.clone(), span: c.span.clone(), cue: c.cue.clone() })
                .collect(),
            quotes: quotes
                .iter()
                .map(|q| StoredQuote {
                    source: q.source.clone(),
                    paragraph: q.paragraph,
                    span: q.span.clone(),
                    continued: q.continued.clone(),
                    text: q.text.clone(),
                    speaker: q.speaker.clone(),
                    speaker_cue: q.speaker_cue.clone(),
                })
                .collect(),
            mentions: None,
            shingles: Hashes(shingles),
        }
    }

    /// The shingle hashes of the source's kept text.
    pub fn shingles(&self) -> &[u64] {
        &self.shingles.0
    }

    /// Takes the shingle hashes out of the entry (once it is saved).
    pub fn take_shingles(&mut self) -> Vec<u64> {
        std::mem::take(&mut self.shingles.0)
    }

    /// The name candidates of the source.
    pub fn candidates(&self) -> Vec<Candidate> {
        self.candidates
            .iter()
            .map(|c| Candidate { name: c.name.clone(), span: c.span.clone(), cue: c.cue.clone() })
            .collect()
    }

    /// The quotations of the source, in reading order.
    pub fn quotes(&self) -> Vec<Quote> {
        self.quotes
            .iter()
            .map(|q| Quote {
                source: q.source.clone(),
                paragraph: q.paragraph,
                span: q.span.clone(),
                continued: q.continued.clone(),
                text: q.text.clone(),
                speaker: q.speaker.clone(),
                speaker_cue: q.speaker_cue.clone(),
            })
            .collect()
    }

    /// The mentions per paragraph, if they were found with the gazetteer of key `gazetteer`.
    pub fn mentions(&self, gazetteer: &Key) -> Option<Vec<Vec<Mention>>> {
        let (key, paras) = self.mentions.as_ref().filter(|(k, _)| k == gazetteer)?;
        debug_assert_eq!(key, gazetteer);
        Some(
            paras
                .iter()
                .map(|ms| ms.iter().map(|m| Mention { entity: m.entity, span: m.span.clone() }).collect())
                .collect(),
        )
    }

    /// Keeps the mentions found with the gazetteer of key `gazetteer`.
    pub fn set_mentions(&mut self, gazetteer: Key, mentions: &[Vec<Mention>]) {
        let paras = mentions
            .iter()
            .map(|ms| ms.iter().map(|m| StoredMention { entity: m.entity, span: m.span.clone() }).collect())
            .collect();
        self.mentions = Some((gazetteer, paras));
    }
}

/// The entries of one build: those read from the file (when there is a cache) and those made now.
#[derive(Debug)]
pub struct Cache {
    /// The file, or `None` for a build without a cache (`--no-cache`, tests of the analysis).
    file: Option<PathBuf>,
    /// What every key of this build starts from: the binary, the gazetteer and the rules.
    base: Key,
    /// The entries read, by source key; each is taken out by the build that uses it.
    old: HashMap<Key, Slot>,
    /// How many sources were found in `old` this build.
    hits: AtomicUsize,
}

/// An entry read from the file: taken by [`Cache::take`] (moved, not copied: at 10,000 sources the
/// entries are tens of MB), with the key of its mentions' gazetteer kept for [`Cache::save`].
#[derive(Debug)]
struct Slot {
    entry: Mutex<Option<Entry>>,
    mentions: Option<Key>,
}

/// The key of the binary that runs: its version and, when it can be read, a hash of its bytes.
fn binary_key() -> Key {
    static KEY: OnceLock<Key> = OnceLock::new();
    *KEY.get_or_init(|| {
        let mut h = blake3::Hasher::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        if let Some(bytes) = std::env::current_exe().ok().and_then(|p| fs::read(p).ok()) {
            h.update(&bytes);
        }
        *h.finalize().as_bytes()
    })
}

fn hash_parts(parts: &[&[u8]]) -> Key {
    let mut h = blake3::Hasher::new();
    for p in parts {
        // Each part with its length, so that moving bytes from one part to the next changes the key.
        h.update(&(p.len() as u64).to_le_bytes());
        h.update(p);
    }
    *h.finalize().as_bytes()
}

impl Cache {
    /// No cache: every source is analysed, nothing is kept.
    pub fn disabled() -> Cache {
        Cache { file: None, base: [0; 32], old: HashMap::new(), hits: AtomicUsize::new(0) }
    }

    /// The cache of the project at `root`, for a build whose gazetteer file reads `gazetteer` (`None`
    /// when there is none). The boilerplate rules are read here (they are part of every key). A missing
    /// or unreadable file is an empty cache.
    pub fn open(root: &Path, gazetteer: Option<&str>) -> Cache {
        let rules = project::read_text(root, Path::new(project::BOILERPLATE)).ok().flatten();
        Cache::open_at(&root.join(DIR).join(FILE), &binary_key(), gazetteer, rules.as_deref())
    }

    /// [`Cache::open`] with every input given: the file, the binary's key, the gazetteer and rules texts.
    pub fn open_at(file: &Path, binary: &Key, gazetteer: Option<&str>, rules: Option<&str>) -> Cache {
        let opt = |t: Option<&str>| t.map_or(Vec::new(), |t| [b"1".as_slice(), t.as_bytes()].concat());
        let base = hash_parts(&[&FORMAT.to_le_bytes(), binary, &opt(gazetteer), &opt(rules)]);
        let old = fs::read(file).ok().and_then(|bytes| decode(&bytes, &base)).unwrap_or_default();
        let old = old
            .into_iter()
            .map(|(k, e)| {
                let mentions = e.mentions.as_ref().map(|m| m.0);
                (k, Slot { entry: Mutex::new(Some(e)), mentions })
            })
            .collect();
        Cache { file: Some(file.to_path_buf()), base, old, hits: AtomicUsize::new(0) }
    }

    /// The key of a source: its id and its bytes, under this build's base key.
    pub fn key(&self, source: &Source) -> Key {
        hash_parts(&[&self.base, source.id.as_bytes(), source.text.as_bytes()])
    }

    /// The key of the gazetteer the mentions are found with: the base key and the provisional
    /// entities' ids and names, in order (all that [`crate::analyse::entities::Gazetteer::with_provisional`]
    /// reads of them).
    pub fn gazetteer_key<'a>(&self, provisional: impl IntoIterator<Item = (&'a str, &'a str)>) -> Key {
        let mut h = blake3::Hasher::new();
        h.update(&self.base);
        for (id, name) in provisional {
            for part in [id, name] {
                h.update(&(part.len() as u64).to_le_bytes());
                h.update(part.as_bytes());
            }
        }
        *h.finalize().as_bytes()
    }

    /// Takes the stored entry of a source, if any (counted as a hit); a second take of one key finds
    /// nothing.
    pub fn take(&self, key: &Key) -> Option<Entry> {
        let e = self.old.get(key).and_then(|s| s.entry.lock().unwrap_or_else(PoisonError::into_inner).take());
        if e.is_some() {
            self.hits.fetch_add(1, Ordering::Relaxed);
        }
        e
    }

    /// True when the file had an entry for `key` (not counted as a hit, whether or not it was taken).
    pub fn contains(&self, key: &Key) -> bool {
        self.old.contains_key(key)
    }

    /// How many sources were found in the cache so far.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::Relaxed)
    }

    /// Writes the entries of this build (and only those: sources that are gone are dropped), unless
    /// there is no cache or nothing changed. Best effort: a cache that cannot be written is not an
    /// error of the build.
    pub fn save(&self, entries: &[(Key, Entry)]) {
        let Some(file) = &self.file else { return };
        let unchanged = entries.len() == self.old.len() && entries.iter().all(|(k, e)| self.same(k, e));
        if unchanged {
            return;
        }
        let _ = write(file, &self.base, entries);
    }

    fn same(&self, key: &Key, entry: &Entry) -> bool {
        // Candidates and quotes follow from the key; the mentions also from their gazetteer's key.
        self.old.get(key).is_some_and(|old| old.mentions.as_ref() == entry.mentions.as_ref().map(|m| &m.0))
    }
}

/// The stored entries of `bytes` when they are a whole, intact file of this format made under `base`.
fn decode(bytes: &[u8], base: &Key) -> Option<HashMap<Key, Entry>> {
    let frame: Frame<'_> = postcard::from_bytes(bytes).ok()?;
    if frame.magic != MAGIC
        || frame.format != FORMAT
        || *blake3::hash(frame.payload).as_bytes() != frame.checksum
    {
        return None;
    }
    let (stored_base, entries): (Key, Vec<(Key, Entry)>) = postcard::from_bytes(frame.payload).ok()?;
    (stored_base == *base).then(|| entries.into_iter().collect())
}

fn write(file: &Path, base: &Key, entries: &[(Key, Entry)]) -> std::io::Result<()> {
    static SEQ: AtomicUsize = AtomicUsize::new(0);
    let payload = postcard::to_allocvec(&(base, entries)).map_err(std::io::Error::other)?;
    let frame = Frame {
        magic: MAGIC,
        format: FORMAT,
        checksum: *blake3::hash(&payload).as_bytes(),
        payload: &payload,
    };
    let bytes = postcard::to_allocvec(&frame).map_err(std::io::Error::other)?;
    let dir = file.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or(FILE);
    let tmp = dir.join(format!(".{name}.tmp-{}-{}", std::process::id(), SEQ.fetch_add(1, Ordering::Relaxed)));
    let result = fs::write(&tmp, &bytes).and_then(|()| fs::rename(&tmp, file));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Collects the entries made while analysing, from several threads.
#[derive(Debug, Default)]
pub struct Made(Mutex<Vec<(Key, Entry)>>);

impl Made {
    /// Adds one source's entry.
    pub fn push(&self, key: Key, entry: Entry) {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).push((key, entry));
    }

    /// The entries, in the order they were added.
    pub fn into_inner(self) -> Vec<(Key, Entry)> {
        self.0.into_inner().unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry() -> Entry {
        let c = Candidate { name: "Karen Roxberry".into(), span: 3..17, cue: Some("said".into()) };
        let q = Quote {
            source: "a".into(),
            paragraph: 2,
            span: 1..9,
            continued: vec![(3, 0..4)],
            text: "we are here".into(),
            speaker: Some("Karen Roxberry".into()),
            speaker_cue: Some("said".into()),
        };
        let mut e = Entry::new(&[c], &[q], vec![u64::MAX, 0, 1 << 40]);
        e.set_mentions([7; 32], &[vec![Mention { entity: 4, span: 0..5 }], vec![]]);
        e
    }

    #[test]
    fn an_entry_reads_back_as_written_and_only_under_its_key() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join(DIR).join(FILE);
        let cache = Cache::open_at(&file, &[1; 32], Some("g"), None);
        cache.save(&[([9; 32], entry())]);
        let again = Cache::open_at(&file, &[1; 32], Some("g"), None);
        let e = again.take(&[9; 32]).expect("stored");
        assert_eq!(e.candidates(), entry().candidates());
        assert_eq!(e.quotes(), entry().quotes());
        assert_eq!(e.shingles(), entry().shingles());
        assert_eq!(e.mentions(&[7; 32]), entry().mentions(&[7; 32]));
        assert_eq!(e.mentions(&[8; 32]), None, "mentions of another gazetteer");
        assert_eq!(again.hits(), 1);
        assert!(again.take(&[9; 32]).is_none(), "taken once");
        // Another binary, gazetteer or rules: nothing is read.
        for other in [
            Cache::open_at(&file, &[2; 32], Some("g"), None),
            Cache::open_at(&file, &[1; 32], Some("h"), None),
            Cache::open_at(&file, &[1; 32], None, None),
            Cache::open_at(&file, &[1; 32], Some("g"), Some("")),
        ] {
            assert!(other.take(&[9; 32]).is_none());
        }
    }

    #[test]
    fn a_damaged_file_is_ignored() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join(FILE);
        Cache::open_at(&file, &[1; 32], None, None).save(&[([9; 32], entry())]);
        let good = fs::read(&file).expect("written");
        let mut damaged = vec![good[..good.len() / 2].to_vec()];
        for at in [0, 9, 20, good.len() / 2, good.len() - 1] {
            let mut b = good.clone();
            b[at] ^= 0x40;
            damaged.push(b);
        }
        damaged.push(b"not a cache at all".to_vec());
        damaged.push(Vec::new());
        for bytes in damaged {
            fs::write(&file, &bytes).expect("write");
            assert!(Cache::open_at(&file, &[1; 32], None, None).take(&[9; 32]).is_none());
        }
        fs::write(&file, &good).expect("write");
        assert!(Cache::open_at(&file, &[1; 32], None, None).take(&[9; 32]).is_some());
    }
}
