//! The sharded text index the build writes: read file by file from `public/`, as the browser fetches
//! it, it belongs to the build of `index.bin`, plans every query as the whole index does and gives
//! every paragraph's text; `quotes.bin` no longer carries that text.

use dossier::pipeline::{build, Options};
use dossier_core::dictionary::Dictionary;
use dossier_core::index::Index;
use dossier_core::routes;
use dossier_core::shard_cache::ShardCache;
use std::fs;

mod common;

#[test]
fn the_files_a_query_fetches_answer_it_as_the_whole_index_does() {
    let dir = common::project("content");
    build(&Options::new(dir.path())).expect("build");
    let public = dir.path().join("public");
    let read = |rel: &str| fs::read(public.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let head = Index::decode_head(&read(routes::INDEX_FILE)).expect("index.bin");
    let mut served = head.index;
    served.attach_quotes(&read(routes::QUOTES_FILE), head.quotes_checksum).expect("quotes.bin");
    assert!(served.paragraphs.iter().all(|p| p.text.is_empty()), "quotes.bin holds no paragraph text");
    // The whole index, as the build holds it, to compare with.
    let (_, _, index) = dossier::pipeline::corpus(dir.path()).expect("corpus");
    assert_eq!(dossier_core::index::text_build(&index), head.text_build);
    let shard = read;
    let whole = Dictionary::new(&index);
    let mut cache = ShardCache::new(&shard(routes::SHARD_MANIFEST)).expect("manifest");
    assert_eq!(cache.manifest().build, head.text_build, "the shards are of this build");
    let shards = cache.manifest().keys.len();
    for q in [
        "intermarriages",
        "intermarraiges",
        "collect mony from diferent parts",
        "the Kunsav settlement",
        "Kunar province",
        "itnermarriages",
        "xyzzy",
    ] {
        for _round in 0..4 {
            let missing = cache.missing(q);
            for want in &missing {
                cache.add(*want, &shard(&want.file())).expect("a file of this build");
            }
        }
        assert!(cache.missing(q).is_empty(), "{q}");
        assert_eq!(cache.plan(q), whole.plan(q), "{q}");
        let plan = whole.plan(q);
        let n = index.paragraphs.len();
        assert_eq!(cache.dictionary().candidates(&plan, n), whole.candidates(&plan, n), "{q}");
    }
    let (loaded, _, _, _) = cache.loaded();
    assert!(loaded < shards, "the queries fetched {loaded} of the {shards} shards");
    let all: Vec<u32> = (0..index.paragraphs.len() as u32).collect();
    for want in cache.missing_text(&all) {
        cache.add(want, &shard(&want.file())).expect("a chunk of this build");
    }
    for (i, p) in index.paragraphs.iter().enumerate() {
        assert_eq!(cache.text(i as u32), Some(p.text.as_str()), "paragraph {i}");
    }
}
