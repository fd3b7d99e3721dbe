//! Times core's search natively on a built site: every prefix of each query, as the box sees it while
//! typing. `cargo run --release -p dossier-core --example search_timings -- PUBLIC_DIR "query" …`

use dossier_core::answer::Finder;
use dossier_core::index::Index;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: search_timings PUBLIC_DIR QUERY…");
        std::process::exit(2);
    };
    let read = |f: &str| std::fs::read(format!("{dir}/{f}")).unwrap_or_else(|e| panic!("{dir}/{f}: {e}"));
    let head = Index::decode_head(&read("index.bin")).expect("index.bin");
    let mut index = head.index;
    index.attach_quotes(&read("quotes.bin"), head.quotes_checksum).expect("quotes.bin");
    let t = Instant::now();
    let finder = Finder::new(&index);
    println!(
        "prepare: {:?} ({} paragraphs, {} quotations)",
        t.elapsed(),
        index.paragraphs.len(),
        index.quotes.len()
    );
    for query in args {
        let (mut worst, mut at, mut total) =
            (std::time::Duration::ZERO, String::new(), std::time::Duration::ZERO);
        let chars: Vec<char> = query.chars().collect();
        for n in 1..=chars.len() {
            let typed: String = chars[..n].iter().collect();
            let t = Instant::now();
            let answer = finder.find(&index, &typed, 12);
            let took = t.elapsed();
            std::hint::black_box(answer);
            total += took;
            if took > worst {
                (worst, at) = (took, typed);
            }
        }
        println!("{query:?}: mean {:?}, worst {worst:?} at {at:?}", total / chars.len().max(1) as u32);
    }
}
