//! What a reader has fetched of a sharded text index ([`crate::shards`]), and what a query still needs.
//!
//! The caller — the browser adapter over HTTP, `dossier` reading `public/`, a test — asks
//! [`ShardCache::missing`] which files a query needs, fetches them, hands each to [`ShardCache::add`],
//! and asks again until nothing is missing (at most three rounds: the words' shards; the lexicons of
//! misspelt words; their corrections' shards). Files stay cached, so a later keystroke fetches only
//! files it has not fetched before. Planning then answers as the whole index does.
//!
//! ```
//! use dossier_core::index::{Index, ParagraphEntry};
//! use dossier_core::shards::Sharded;
//! use dossier_core::shard_cache::{ShardCache, Want};
//!
//! let mut index = Index::default();
//! index.paragraphs.push(ParagraphEntry { source: 0, n: 1, entities: vec![], text: "There are intermarriages.".into() });
//! let built = Sharded::build(&index);
//! let mut cache = ShardCache::new(&built.manifest).unwrap();
//! loop {
//!     let missing = cache.missing("intermarraiges");
//!     if missing.is_empty() { break }
//!     for want in missing {
//!         let bytes = match want { Want::Shard(i) => &built.shards[i], Want::Lexicon(i) => &built.lexicons[i],
//!             Want::Chunk(i) => &built.chunks[i] };
//!         cache.add(want, bytes).unwrap();
//!     }
//! }
//! assert_eq!(cache.plan("intermarraiges").corrected().as_deref(), Some("intermarriages"));
//! ```

use crate::dictionary::{Dictionary, Plan};
use crate::index::DecodeError;
use crate::passages::{self, PassageHit};
use crate::routes;
use crate::shards::{Lexicon, Loaded, Manifest, TermShard, TextChunk};
use std::collections::BTreeMap;

/// One file of a sharded index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Want {
    /// Term shard `i`.
    Shard(usize),
    /// Lexicon `i`.
    Lexicon(usize),
    /// Text chunk `i`.
    Chunk(usize),
}

impl Want {
    /// The file's path in the site ([`crate::routes`]).
    pub fn file(&self) -> String {
        match *self {
            Want::Shard(i) => routes::term_shard(i),
            Want::Lexicon(i) => routes::lexicon(i),
            Want::Chunk(i) => routes::text_chunk(i),
        }
    }
}

/// The manifest and every file added so far.
#[derive(Debug, Clone)]
pub struct ShardCache {
    manifest: Manifest,
    shards: BTreeMap<usize, TermShard>,
    lexicons: BTreeMap<usize, Lexicon>,
    chunks: BTreeMap<usize, TextChunk>,
    /// The dictionary of the loaded shards and lexicons; `None` after an add, until next needed.
    dictionary: Option<Dictionary>,
}

impl ShardCache {
    /// Starts from the manifest's bytes.
    pub fn new(manifest: &[u8]) -> Result<ShardCache, DecodeError> {
        Ok(ShardCache {
            manifest: Manifest::decode(manifest)?,
            shards: BTreeMap::new(),
            lexicons: BTreeMap::new(),
            chunks: BTreeMap::new(),
            dictionary: None,
        })
    }

    /// The manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// The dictionary of what is loaded (joined again only after new files were added).
    pub fn dictionary(&mut self) -> &Dictionary {
        let (shards, lexicons) = (&self.shards, &self.lexicons);
        self.dictionary.get_or_insert_with(|| Dictionary::from_shards(shards.values(), lexicons.values()))
    }

    /// The files not yet added that the query needs for its next round (empty: ready to plan).
    pub fn missing(&mut self, query: &str) -> Vec<Want> {
        let lexicons: Vec<usize> = self.lexicons.keys().copied().collect();
        let first = self.manifest.needed(query, None);
        // Only once the words' own shards are in can the cache tell which words match nothing.
        let need = if first.shards.iter().all(|i| self.shards.contains_key(i)) {
            self.dictionary();
            let dictionary = self.dictionary.as_ref().expect("joined above");
            self.manifest.needed(query, Some(Loaded { dictionary, lexicons: &lexicons }))
        } else {
            first
        };
        let shards = need.shards.into_iter().filter(|i| !self.shards.contains_key(i)).map(Want::Shard);
        let lexicons =
            need.lexicons.into_iter().filter(|i| !self.lexicons.contains_key(i)).map(Want::Lexicon);
        shards.chain(lexicons).collect()
    }

    /// The text chunks not yet added that hold these paragraphs, ascending.
    pub fn missing_text(&self, paragraphs: &[u32]) -> Vec<Want> {
        let mut chunks: Vec<usize> = paragraphs.iter().map(|&p| self.manifest.chunk_of(p)).collect();
        chunks.sort_unstable();
        chunks.dedup();
        chunks.into_iter().filter(|c| !self.chunks.contains_key(c)).map(Want::Chunk).collect()
    }

    /// Adds a fetched file; one of another build, another file or a broken one is an error, and the
    /// cache stays as it was.
    pub fn add(&mut self, want: Want, bytes: &[u8]) -> Result<(), DecodeError> {
        match want {
            Want::Shard(i) => {
                self.shards.insert(i, TermShard::decode(bytes, &self.manifest, i)?);
                self.dictionary = None;
            }
            Want::Lexicon(i) => {
                self.lexicons.insert(i, Lexicon::decode(bytes, &self.manifest, i)?);
                self.dictionary = None;
            }
            Want::Chunk(i) => {
                self.chunks.insert(i, TextChunk::decode(bytes, &self.manifest, i)?);
            }
        }
        Ok(())
    }

    /// Plans a query against what is loaded: the plan of the whole index once [`ShardCache::missing`]
    /// is empty for it.
    pub fn plan(&mut self, query: &str) -> Plan {
        self.dictionary().plan(query)
    }

    /// The passages that answer a query, as [`crate::passages::search`] finds them in the whole index;
    /// or the files still missing for it (its shards and lexicons, then the text of its candidates).
    pub fn passages(&mut self, query: &str, limit: usize) -> Result<Vec<PassageHit>, Vec<Want>> {
        let missing = self.missing(query);
        if !missing.is_empty() {
            return Err(missing);
        }
        let plan = self.plan(query);
        let paragraphs = self.manifest.paragraphs as usize;
        let candidates = passages::candidates(self.dictionary(), &plan, paragraphs);
        let shown: Vec<u32> = candidates.iter().map(|&(_, _, p)| p).collect();
        let missing = self.missing_text(&shown);
        if !missing.is_empty() {
            return Err(missing);
        }
        Ok(passages::place_all(&plan, &candidates, |p| self.text(p), limit))
    }

    /// The text of paragraph `p`, if its chunk is loaded.
    pub fn text(&self, p: u32) -> Option<&str> {
        self.paragraph(p).map(|(_, _, text)| text)
    }

    /// The source (index into the index's sources), number and text of paragraph `p`, if its chunk is
    /// loaded.
    pub fn paragraph(&self, p: u32) -> Option<(u32, u32, &str)> {
        let chunk = self.chunks.get(&self.manifest.chunk_of(p))?;
        let (source, n, text) = chunk.paragraphs.get(p.checked_sub(chunk.first)? as usize)?;
        Some((*source, *n, text))
    }

    /// How many files of each kind are loaded: (shards, lexicons, chunks).
    pub fn loaded(&self) -> (usize, usize, usize) {
        (self.shards.len(), self.lexicons.len(), self.chunks.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::tests::sample;
    use crate::shards::Sharded;

    fn bytes(built: &Sharded, want: Want) -> &[u8] {
        match want {
            Want::Shard(i) => &built.shards[i],
            Want::Lexicon(i) => &built.lexicons[i],
            Want::Chunk(i) => &built.chunks[i],
        }
    }

    /// Fetches until nothing is missing; the rounds taken.
    fn settle(cache: &mut ShardCache, built: &Sharded, query: &str) -> usize {
        for round in 0..5 {
            let missing = cache.missing(query);
            if missing.is_empty() {
                return round;
            }
            for want in missing {
                cache.add(want, bytes(built, want)).expect("file");
            }
        }
        panic!("{query}: still missing files after five rounds");
    }

    #[test]
    fn a_settled_cache_plans_as_the_whole_index_and_a_later_query_fetches_only_new_files() {
        let index = sample();
        let whole = Dictionary::new(&index);
        let built = Sharded::build(&index);
        let mut cache = ShardCache::new(&built.manifest).expect("manifest");
        for q in ["kamdesh", "kamdseh raid", "intermarraiges", "collect mony from diferent parts", "zzzzzz"] {
            assert!(settle(&mut cache, &built, q) <= 3, "{q}");
            assert_eq!(cache.plan(q), whole.plan(q), "{q}");
            let plan = whole.plan(q);
            let n = index.paragraphs.len();
            assert_eq!(cache.dictionary().candidates(&plan, n), whole.candidates(&plan, n), "{q}");
            assert_eq!(settle(&mut cache, &built, q), 0, "{q}: cached");
        }
    }

    #[test]
    fn passages_come_out_as_the_whole_index_finds_them_once_their_files_are_in() {
        let index = sample();
        let whole = Dictionary::new(&index);
        let built = Sharded::build(&index);
        let mut cache = ShardCache::new(&built.manifest).expect("manifest");
        for q in ["kamdesh", "kamdseh raid", "villagers", "collect mony from diferent parts", "zzzzzz"] {
            let mut rounds = 0;
            let found = loop {
                match cache.passages(q, 10) {
                    Ok(found) => break found,
                    Err(missing) => {
                        for want in missing {
                            cache.add(want, bytes(&built, want)).expect("file");
                        }
                    }
                }
                rounds += 1;
                assert!(rounds <= 4, "{q}: still missing files");
            };
            assert_eq!(found, crate::passages::search(&index, &whole, &whole.plan(q), 10), "{q}");
        }
        assert!(!cache.passages("kamdesh", 10).expect("cached").is_empty());
    }

    #[test]
    fn text_comes_from_the_chunks_added_and_foreign_files_are_refused() {
        let index = sample();
        let built = Sharded::build(&index);
        let mut cache = ShardCache::new(&built.manifest).expect("manifest");
        assert_eq!(cache.text(2), None);
        let missing = cache.missing_text(&[0, 2]);
        assert_eq!(missing, [Want::Chunk(0)]);
        cache.add(Want::Chunk(0), &built.chunks[0]).expect("chunk");
        assert_eq!(cache.text(2), Some(index.paragraphs[2].text.as_str()));
        assert!(cache.missing_text(&[0, 2]).is_empty());
        let mut other = sample();
        other.paragraphs[0].text.push('!');
        let stale = Sharded::build(&other);
        assert_eq!(cache.add(Want::Shard(0), &stale.shards[0]), Err(DecodeError::Mismatch));
        assert_eq!(cache.loaded(), (0, 0, 1));
        assert_eq!(Want::Lexicon(2).file(), routes::lexicon(2));
    }
}
