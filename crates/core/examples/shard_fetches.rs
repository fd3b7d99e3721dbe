//! Which files of the sharded index a reader's queries fetch on a built site, read from its `shards/`
//! as the browser fetches them: each query once as a whole ("at once") and once typed key by key
//! ("typed": a later keystroke fetches only files not fetched before), every file
//! [`ShardCache::answer`] asks for until it answers, with their bytes raw and gzip (`gzip -9`), and
//! the worst time of one keystroke's answer over all its rounds (not counting the reads) and once
//! everything it needs is loaded.
//! `cargo run --release -p dossier-core --example shard_fetches -- PUBLIC_DIR "query" …`

use dossier_core::routes;
use dossier_core::shard_cache::ShardCache;
use std::collections::BTreeSet;
use std::io::Write;
use std::time::{Duration, Instant};

fn gzip(bytes: &[u8]) -> usize {
    let mut child = std::process::Command::new("gzip")
        .arg("-9c")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("gzip");
    child.stdin.take().expect("stdin").write_all(bytes).expect("gzip input");
    child.wait_with_output().expect("gzip output").stdout.len()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: shard_fetches PUBLIC_DIR QUERY…");
        std::process::exit(2);
    };
    let read = |f: &str| std::fs::read(format!("{dir}/{f}")).unwrap_or_else(|e| panic!("{dir}/{f}: {e}"));
    let manifest = read(routes::SHARD_MANIFEST);
    for query in args {
        let chars: Vec<char> = query.chars().collect();
        let typing: Vec<String> = (1..=chars.len()).map(|n| chars[..n].iter().collect()).collect();
        for (how, keys) in [("at once", vec![query.clone()]), ("typed", typing)] {
            let mut cache = ShardCache::new(&manifest).expect("manifest");
            let mut files: BTreeSet<String> = BTreeSet::new();
            let (mut worst, mut worst_at) = (Duration::ZERO, String::new());
            let (mut cached, mut cached_at) = (Duration::ZERO, String::new());
            let mut results = 0;
            let mut digest = std::collections::hash_map::DefaultHasher::new();
            for typed in keys {
                let mut took = Duration::ZERO;
                loop {
                    let t = Instant::now();
                    let answer = cache.answer(&typed, 12);
                    took += t.elapsed();
                    match answer {
                        Ok(a) => {
                            std::hash::Hash::hash(&format!("{a:?}"), &mut digest);
                            results = a.results.len();
                            break;
                        }
                        Err(missing) => {
                            if std::env::var_os("SHARD_VERBOSE").is_some() {
                                let kb: usize = missing.iter().map(|w| gzip(&read(&w.file()))).sum();
                                eprintln!(
                                    "  {typed:?}: {} files {} B gzip: {:?}",
                                    missing.len(),
                                    kb,
                                    missing
                                );
                            }
                            for want in missing {
                                cache.add(want, &read(&want.file())).expect("a file of this build");
                                files.insert(want.file());
                            }
                        }
                    }
                }
                if took > worst {
                    (worst, worst_at) = (took, typed.clone());
                }
                // The same keystroke again, everything it needs loaded: what a keystroke costs.
                let t = Instant::now();
                std::hint::black_box(cache.answer(&typed, 12).is_ok());
                let again = t.elapsed();
                if again > cached {
                    (cached, cached_at) = (again, typed.clone());
                }
            }
            let (mut raw, mut zipped) = (0, 0);
            let mut kinds = [0usize; 5];
            let mut kind_bytes = [0usize; 5];
            for f in &files {
                let bytes = read(f);
                raw += bytes.len();
                let z = gzip(&bytes);
                zipped += z;
                let name = f.rsplit('/').next().unwrap_or("");
                let k = "twpqm".find(name.chars().next().unwrap_or('m')).unwrap_or(4);
                kinds[k] += 1;
                kind_bytes[k] += z;
            }
            println!(
                "{query:?} {how}: {results} results (answers {:016x}); {} files (t{} w{} p{} q{}), {} KB raw, {} KB gzip (t{} w{} p{} q{} x{} KB); rounds of the worst keystroke {worst:?} at {worst_at:?}, worst cached keystroke {cached:?} at {cached_at:?}",
                std::hash::Hasher::finish(&digest),
                files.len(),
                kinds[0],
                kinds[1],
                kinds[2],
                kinds[3],
                raw / 1024,
                zipped / 1024,
                kind_bytes[0] / 1024,
                kind_bytes[1] / 1024,
                kind_bytes[2] / 1024,
                kind_bytes[3] / 1024,
                kind_bytes[4] / 1024
            );
        }
    }
}
