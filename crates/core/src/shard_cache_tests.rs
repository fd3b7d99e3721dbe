use super::*;
use crate::index::tests::sample;
use crate::shards::Sharded;

/// Fetches until nothing is missing; the rounds taken.
fn settle(cache: &mut ShardCache, built: &Sharded, query: &str) -> usize {
    for round in 0..5 {
        let missing = cache.missing(query);
        if missing.is_empty() {
            return round;
        }
        for want in missing {
            cache.add(want, built.bytes_of(want).expect("a file of the build")).expect("file");
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
                        cache.add(want, built.bytes_of(want).expect("a file of the build")).expect("file");
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
fn the_dictionary_grows_with_each_file_as_joining_them_all_again_would_give() {
    let index = sample();
    let packing = crate::shards::Packing { shard: 1, block: 1, ..crate::shards::Packing::DEFAULT };
    let built = Sharded::build_packed(&index, packing);
    let mut cache = ShardCache::new(&built.manifest).expect("manifest");
    cache.dictionary();
    let mut wants: Vec<Want> = (0..built.shards.len()).rev().map(Want::Shard).collect();
    wants.extend((0..built.lexicons.len()).map(Want::Lexicon));
    wants.extend(built.tails.keys().map(|&(i, s, k)| Want::Tail(i, s, k)));
    wants.extend(built.quote_tails.keys().map(|&(i, s, k)| Want::QuoteTail(i, s, k)));
    assert!(wants.iter().any(|w| matches!(w, Want::Tail(..))));
    for want in wants {
        cache.add(want, built.bytes_of(want).expect("a file of the build")).expect("file");
        let grown = cache.dictionary().clone();
        let joined = Dictionary::from_shards(cache.shards.values(), cache.lexicons.values());
        assert_eq!(grown, joined, "{want:?}");
    }
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
    assert_eq!(cache.loaded(), (0, 0, 1, 0));
    assert_eq!(Want::Lexicon(2).file(), routes::lexicon(2));
}
