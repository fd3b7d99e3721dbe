//! Which files of the sharded text index a reader's queries fetch, on a built site: each query once
//! as a whole ("at once") and once typed key by key ("typed": a later keystroke fetches only files not
//! fetched before), the shards and lexicons its words need ([`ShardCache::missing`]), the text chunks
//! of the passage candidates ([`ShardCache::passages`]) and of the quotations shown; and the worst time
//! to join the loaded files, plan and find the passages (not counting the reads).
//! Prints one line per query and way, then every file fetched (for `gzip -c FILE | wc -c`).
//! `cargo run --release -p dossier-core --example shard_fetches -- PUBLIC_DIR "query" …`

use dossier_core::answer::{Finder, Found};
use dossier_core::index::Index;
use dossier_core::routes;
use dossier_core::shard_cache::ShardCache;
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: shard_fetches PUBLIC_DIR QUERY…");
        std::process::exit(2);
    };
    let read = |f: &str| std::fs::read(format!("{dir}/{f}")).unwrap_or_else(|e| panic!("{dir}/{f}: {e}"));
    // The whole index says which passages are shown (the results the chunks are fetched for); the
    // shards are cut from it here, as the build does not write them yet.
    let head = Index::decode_head(&read(routes::INDEX_FILE)).expect("index.bin");
    let mut index = head.index;
    index.attach_quotes(&read(routes::QUOTES_FILE), head.quotes_checksum).expect("quotes.bin");
    let files = dossier_core::shards::Sharded::build(&index).into_files();
    let shard = |f: &str| files.get(f).cloned().unwrap_or_else(|| panic!("{f}"));
    let manifest = shard(routes::SHARD_MANIFEST);
    let finder = Finder::new(&index);
    let paragraph_of: BTreeMap<(u32, u32), u32> =
        index.paragraphs.iter().enumerate().map(|(i, p)| ((p.source, p.n), i as u32)).collect();
    for query in args {
        let chars: Vec<char> = query.chars().collect();
        let typing: Vec<String> = (1..=chars.len()).map(|n| chars[..n].iter().collect()).collect();
        for (how, keys) in [("at once", vec![query.clone()]), ("typed", typing)] {
            let mut cache = ShardCache::new(&manifest).expect("manifest");
            let mut files: BTreeSet<String> = BTreeSet::new();
            let (mut worst, mut worst_at) = (Duration::ZERO, String::new());
            for typed in keys {
                let mut took = Duration::ZERO;
                loop {
                    let t = Instant::now();
                    let missing = cache.missing(&typed);
                    took += t.elapsed();
                    if missing.is_empty() {
                        break;
                    }
                    for want in missing {
                        cache.add(want, &shard(&want.file())).expect("a file of this build");
                        files.insert(want.file());
                    }
                }
                // Passages: the text of every candidate placed (up to passages::MAX_PLACED).
                let passages = loop {
                    let t = Instant::now();
                    let answer = cache.passages(&typed, 12);
                    took += t.elapsed();
                    match answer {
                        Ok(found) => break found,
                        Err(missing) => {
                            for want in missing {
                                cache.add(want, &shard(&want.file())).expect("a file of this build");
                                files.insert(want.file());
                            }
                        }
                    }
                };
                std::hint::black_box(passages);
                if took > worst {
                    (worst, worst_at) = (took, typed.clone());
                }
                let shown: Vec<u32> = finder
                    .find(&index, &typed, 12)
                    .results
                    .iter()
                    .filter_map(|r| match r {
                        Found::Passage { .. } => None,
                        Found::Quotation { hits, .. } => hits.first().and_then(|h| {
                            let q = index.quotes.get(h.quote)?;
                            paragraph_of.get(&(q.source, q.paragraph)).copied()
                        }),
                    })
                    .collect();
                for want in cache.missing_text(&shown) {
                    cache.add(want, &shard(&want.file())).expect("a chunk of this build");
                    files.insert(want.file());
                }
            }
            let (shards, lexicons, chunks, _) = cache.loaded();
            println!(
                "{query:?} {how}: {} files ({shards} shards, {lexicons} lexicons, {chunks} chunks), worst join+plan+passages {worst:?} at {worst_at:?}",
                files.len()
            );
            for f in &files {
                println!("  {f}");
            }
        }
    }
}
