//! Which files of the sharded text index a reader's queries fetch, on a built site: for each query typed
//! key by key (a later keystroke fetches only files not fetched before), the shards its words need and
//! the text chunks of the passages shown; and the time to plan each keystroke from the shards loaded.
//! Prints one line per query, then every file fetched (for `gzip -c FILE | wc -c`).
//! `cargo run --release -p dossier-core --example shard_fetches -- PUBLIC_DIR "query" …`

use dossier_core::answer::{Finder, Found};
use dossier_core::dictionary::Dictionary;
use dossier_core::index::Index;
use dossier_core::routes;
use dossier_core::shards::{Lexicon, Loaded, Manifest, TermShard};
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: shard_fetches PUBLIC_DIR QUERY…");
        std::process::exit(2);
    };
    let read = |f: &str| std::fs::read(format!("{dir}/{f}")).unwrap_or_else(|e| panic!("{dir}/{f}: {e}"));
    let manifest = Manifest::decode(&read(routes::SHARD_MANIFEST)).expect("manifest");
    // The whole index answers which passages are shown (the results the chunks are fetched for).
    let head = Index::decode_head(&read(routes::INDEX_FILE)).expect("index.bin");
    let mut index = head.index;
    index.attach_quotes(&read(routes::QUOTES_FILE), head.quotes_checksum).expect("quotes.bin");
    let finder = Finder::new(&index);
    let paragraph_of: BTreeMap<(u32, u32), u32> =
        index.paragraphs.iter().enumerate().map(|(i, p)| ((p.source, p.n), i as u32)).collect();
    println!("manifest: {} shards, {} paragraphs", manifest.keys.len(), manifest.paragraphs);
    for query in args {
        let chars: Vec<char> = query.chars().collect();
        let typing: Vec<String> = (1..=chars.len()).map(|n| chars[..n].iter().collect()).collect();
        for (how, keys) in [("at once", vec![query.clone()]), ("typed", typing)] {
            let mut loaded: BTreeMap<usize, TermShard> = BTreeMap::new();
            let mut lexicons: BTreeMap<usize, Lexicon> = BTreeMap::new();
            let mut files: BTreeSet<String> = BTreeSet::new();
            let (mut worst, mut worst_at) = (Duration::ZERO, String::new());
            for typed in keys {
                let t = Instant::now();
                let mut took = Duration::ZERO;
                let mut need = manifest.needed(&typed, None);
                loop {
                    let mut new = false;
                    for &i in &need.shards {
                        if let std::collections::btree_map::Entry::Vacant(e) = loaded.entry(i) {
                            let name = routes::term_shard(i);
                            e.insert(TermShard::decode(&read(&name), &manifest, i).expect("shard"));
                            files.insert(name);
                            new = true;
                        }
                    }
                    for &i in &need.lexicons {
                        if let std::collections::btree_map::Entry::Vacant(e) = lexicons.entry(i) {
                            let name = routes::lexicon(i);
                            e.insert(Lexicon::decode(&read(&name), &manifest, i).expect("lexicon"));
                            files.insert(name);
                            new = true;
                        }
                    }
                    let t = Instant::now();
                    let dictionary = Dictionary::from_shards(loaded.values(), lexicons.values());
                    if !new {
                        let plan = dictionary.plan(&typed);
                        std::hint::black_box(dictionary.candidates(&plan, manifest.paragraphs as usize));
                        took += t.elapsed();
                        break;
                    }
                    let ids: Vec<usize> = lexicons.keys().copied().collect();
                    need = manifest.needed(&typed, Some(Loaded { dictionary: &dictionary, lexicons: &ids }));
                    took += t.elapsed();
                }
                std::hint::black_box(t);
                if took > worst {
                    (worst, worst_at) = (took, typed.clone());
                }
                for r in finder.find(&index, &typed, 12).results {
                    let p = match r {
                        Found::Passage { hit, .. } => Some(hit.paragraph as u32),
                        Found::Quotation { hits, .. } => hits.first().and_then(|h| {
                            let q = index.quotes.get(h.quote)?;
                            paragraph_of.get(&(q.source, q.paragraph)).copied()
                        }),
                    };
                    if let Some(p) = p {
                        files.insert(routes::text_chunk(manifest.chunk_of(p)));
                    }
                }
            }
            println!(
                "{query:?} {how}: {} files, {} shards, worst plan (joining the loaded files, planning, candidates) {worst:?} at {worst_at:?}",
                files.len(),
                loaded.len()
            );
            for f in &files {
                println!("  {f}");
            }
        }
    }
}
