use super::*;
use crate::answer::{Answer, Finder, Found};
use crate::index::tests::sample;
use crate::index::ParagraphEntry;
use crate::search::tests::crowded;
use crate::shard_cache::{ShardCache, Want};
use crate::shards::{Kind, Sharded};

/// Answers a query through the shards, fetching round by round as the browser does; the answer and
/// the rounds taken.
fn through_shards(cache: &mut ShardCache, built: &Sharded, query: &str) -> (Answer, usize) {
    // First blocks of one posting take a round for each next block of the words that bound a query.
    for round in 0..64 {
        match cache.answer(query, 12) {
            Ok(answer) => return (answer, round),
            Err(missing) => {
                assert!(!missing.is_empty(), "{query}: an error names what is missing");
                for want in missing {
                    cache.add(want, built.bytes_of(want).expect("a file of the build")).expect("file");
                }
            }
        }
    }
    panic!("{query}: still missing files after 64 rounds");
}

/// An answer with its quotations named by their index in the index (ranks mapped back).
fn by_index(answer: &Answer, order: &[u32]) -> Answer {
    let mut answer = answer.clone();
    for r in &mut answer.results {
        if let Found::Quotation { hits, .. } = r {
            for h in hits {
                h.quote = order[h.quote] as usize;
            }
        }
    }
    answer
}

fn queries(index: &Index) -> Vec<String> {
    let mut queries: Vec<String> = [
        "the",
        "th",
        "the fighters",
        "give it to the Taliban",
        "collect mony from diferent parts",
        "intermarraiges",
        "kamdesh",
        "kamdseh raid",
        "zzz",
        "",
    ]
    .iter()
    .map(|q| q.to_string())
    .collect();
    for q in index.quotes.iter().take(30) {
        let w: Vec<&str> = q.text.split_whitespace().collect();
        for len in 1..=w.len().min(5) {
            queries.push(w[..len].join(" "));
            if len > 3 {
                let mut changed = w[..len].to_vec();
                changed[1] = "money";
                queries.push(changed.join(" "));
            }
        }
    }
    queries
}

#[test]
fn an_answer_through_the_chunks_is_the_answer_of_the_whole_index() {
    let mut with_text = crowded();
    with_text.paragraphs = sample().paragraphs;
    // As written, and packed small: chunks of a few quotations or paragraphs each, and shards split
    // by prefix so that dense prefixes ("the", "they", "them") have unions.
    // With first blocks of one or two postings, most answers need the tails of their words.
    let small = crate::shards::Packing { shard: 1, text: 60, quotes: 120, block: 2 };
    let blocks = crate::shards::Packing { block: 1, ..crate::shards::Packing::DEFAULT };
    let (mut unions, mut tails, mut fetched) = (0, 0, 0);
    let packings = [crate::shards::Packing::DEFAULT, small, blocks];
    for (index, packing) in
        [sample(), crowded(), with_text].into_iter().flat_map(|i| packings.map(|p| (i.clone(), p)))
    {
        let finder = Finder::new(&index);
        let built = Sharded::build_packed(&index, packing);
        let manifest = Manifest::decode(&built.manifest).expect("manifest");
        unions += manifest.unions.len();
        tails += built.tails.len() + built.quote_tails.len();
        let order = cluster_order(&index);
        let mut cache = ShardCache::new(&built.manifest).expect("manifest");
        for q in queries(&index) {
            let (answer, _) = through_shards(&mut cache, &built, &q);
            assert_eq!(by_index(&answer, &order), finder.find(&index, &q, 12), "{q}");
            // Everything it needed is cached: a second ask needs no file.
            assert!(cache.answer(&q, 12).is_ok(), "{q}");
        }
        for (kind, blocks) in [(Kind::Paragraphs, &built.tails), (Kind::Quotes, &built.quote_tails)] {
            fetched += blocks.keys().filter(|&&(i, slot, k)| cache.tails_added(i, slot, kind) > k).count();
        }
        // Not every quotation chunk was needed by any one query.
        let mut fresh = ShardCache::new(&built.manifest).expect("manifest");
        through_shards(&mut fresh, &built, "give it to the Taliban");
        assert!(fresh.loaded().3 <= built.quotes.len());
    }
    assert!(unions > 0, "some small packing has prefix unions");
    assert!(tails > 0 && fetched > 0, "small first blocks leave tails, and some answers need them");
}

#[test]
fn every_quotation_lies_in_its_chunk_with_the_rows_it_names() {
    let index = crowded();
    let built = Sharded::build(&index);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    let order = cluster_order(&index);
    assert_eq!(
        ranks(&order).iter().map(|&r| order[r as usize]).collect::<Vec<_>>(),
        (0..order.len() as u32).collect::<Vec<_>>()
    );
    let mut seen = Vec::new();
    for (i, bytes) in built.quotes.iter().enumerate() {
        let chunk = QuoteChunk::decode(bytes, &manifest, i).expect("chunk");
        assert_eq!(&chunk.encode(manifest.build), bytes, "chunk {i} round-trips");
        for (k, q) in chunk.quotes.iter().enumerate() {
            let whole = &index.quotes[order[chunk.first as usize + k] as usize];
            assert_eq!(
                (q.source, q.paragraph, &q.text, q.cluster),
                (whole.source, whole.paragraph, &whole.text, whole.cluster)
            );
            let (_, row) = chunk.clusters.iter().find(|(c, _)| *c == q.cluster).expect("its statement's row");
            assert_eq!(row.len as usize, index.clusters[q.cluster as usize].quotes.len());
            seen.push(q.text.clone());
        }
    }
    assert_eq!(seen.len(), index.quotes.len());
}

/// Writes a quotation chunk as the generator would (right build and place), with `tamper` applied to
/// its decoded form.
fn crafted(tamper: impl FnOnce(&mut QuoteChunk)) -> Result<QuoteChunk, DecodeError> {
    let index = crowded();
    let built = Sharded::build(&index);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    let mut chunk = QuoteChunk::decode(&built.quotes[0], &manifest, 0).expect("chunk");
    tamper(&mut chunk);
    QuoteChunk::decode(&chunk.encode(manifest.build), &manifest, 0)
}

#[test]
fn crafted_quotation_chunks_are_refused() {
    assert!(crafted(|_| {}).is_ok(), "the crafting itself is sound");
    let refused = |tamper: fn(&mut QuoteChunk), what: &str| {
        let e = crafted(tamper).expect_err(what);
        assert!(matches!(e, DecodeError::Inconsistent(_)), "{what}: {e:?}");
    };
    refused(|c| c.clusters.clear(), "a quotation whose statement has no row");
    refused(|c| c.sources.clear(), "a quotation whose source has no row");
    refused(|c| c.clusters[0].1.len = u32::MAX, "a statement beyond the index");
    refused(|c| c.clusters[0].1.first += 100, "a quotation outside its statement");
    refused(|c| c.clusters[0].1.sources = 0, "a statement carried by no source");
    refused(|c| c.sources[0].0 = 99, "a source beyond the index");
    refused(|c| c.quotes.extend(c.quotes.clone()), "more quotations than a chunk holds");
    refused(|c| c.sources.reverse(), "rows out of order");
}

#[test]
fn quotation_chunks_of_another_build_or_place_and_garbage_are_refused() {
    let index = crowded();
    let built = Sharded::build(&index);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    let mut other = crowded();
    other.quotes[0].text.push('!');
    let stale = Sharded::build(&other);
    assert_eq!(QuoteChunk::decode(&stale.quotes[0], &manifest, 0), Err(DecodeError::Mismatch));
    assert_eq!(QuoteChunk::decode(&built.quotes[1], &manifest, 0), Err(DecodeError::WrongPart));
    assert_eq!(QuoteChunk::decode(&built.chunks[0], &manifest, 0), Err(DecodeError::WrongPart));
    // A renamed outlet changes the build too: rows in chunks are tied to it.
    let mut renamed = crowded();
    renamed.sources[0].outlet.push('!');
    assert_ne!(Sharded::build(&renamed).manifest, built.manifest);
    let bytes = &built.quotes[0];
    for i in 4..bytes.len() {
        for v in [0u8, 0x7f, 0x80, 0xff] {
            let mut b = bytes.clone();
            b[i] = v;
            let _ = QuoteChunk::decode(&b, &manifest, 0);
            let _ = TextChunk::decode(&b, &manifest, 0);
        }
    }
    // Two chunks that disagree about a source's row: the second is refused and nothing changes.
    let mut cache = ShardCache::new(&built.manifest).expect("manifest");
    cache.add(Want::Quotes(0), &built.quotes[0]).expect("chunk");
    let mut chunk = QuoteChunk::decode(&built.quotes[1], &manifest, 1).expect("chunk");
    let s = chunk.sources[0].0;
    if cache.source(s).is_some() {
        chunk.sources[0].1.title.push('!');
        assert!(cache.add(Want::Quotes(1), &chunk.encode(manifest.build)).is_err());
        assert_eq!(cache.loaded().3, 1);
    }
}

#[test]
fn a_text_chunk_carries_the_rows_of_its_sources() {
    let index = sample();
    let built = Sharded::build(&index);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    let chunk = TextChunk::decode(&built.chunks[0], &manifest, 0).expect("chunk");
    assert_eq!(chunk.sources, vec![(0, index.sources[0].clone()), (1, index.sources[1].clone())]);
    let mut without = chunk.clone();
    without.sources.pop();
    assert!(matches!(
        TextChunk::decode(&without.encode(manifest.build), &manifest, 0),
        Err(DecodeError::Inconsistent(_))
    ));
}

#[test]
fn the_union_of_many_lists_is_every_item_once_ascending() {
    let lists: Vec<Vec<u32>> = (1..8u32).map(|k| (0..60).filter(|x| x % k == 0).collect()).collect();
    let refs: Vec<&[u32]> = lists.iter().map(Vec::as_slice).collect();
    for n in 0..=refs.len() {
        let mut expected: Vec<u32> = refs[..n].iter().flat_map(|l| l.iter().copied()).collect();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(union_all(refs[..n].to_vec()), expected, "{n} lists");
    }
}

#[test]
fn statements_matched_with_edits_are_not_searched_when_passages_outrank_them() {
    let mut index = Index::default();
    index.sources.push(SourceEntry {
        id: "a".into(),
        title: "A".into(),
        outlet: "CNN".into(),
        published: "2021".into(),
        date: 20210000,
        derived_from: vec![],
    });
    for n in 1..=20 {
        let text = format!("In district {n} they collect money from different parts of the valley.");
        index.paragraphs.push(ParagraphEntry { source: 0, n, entities: vec![], text });
    }
    // One statement quoted as typed (in paragraph 1), forty quoted with a word changed, elsewhere.
    let mut quote = |text: &str, paragraph: u32| {
        let cluster = index.clusters.len() as u32;
        index.quotes.push(QuoteEntry { source: 0, paragraph, text: text.into(), speaker: None, cluster });
        let id = format!("q{cluster}");
        index.clusters.push(crate::index::ClusterEntry { id, speaker: None, quotes: vec![cluster] });
    };
    quote("they collect money from different parts", 1);
    for i in 0..40 {
        quote(&format!("we collect money from the parts number {i}"), 100 + i);
    }
    let packing = crate::shards::Packing { quotes: 120, ..crate::shards::Packing::DEFAULT };
    let built = Sharded::build_packed(&index, packing);
    assert!(built.quotes.len() > 4, "{}", built.quotes.len());
    let q = "collect money from different parts";
    let mut cache = ShardCache::new(&built.manifest).expect("manifest");
    let (answer, _) = through_shards(&mut cache, &built, q);
    assert_eq!(by_index(&answer, &cluster_order(&index)), Finder::new(&index).find(&index, q, 12));
    // The exact statement and eleven passages: the forty statements with an edit rank below them.
    assert_eq!(answer.results.len(), 12);
    assert!(cache.loaded().3 <= 2, "quotation chunks fetched: {:?}", cache.loaded());
    // With fewer passages than places, the statements with edits are searched, and shown.
    index.paragraphs.truncate(5);
    let built = Sharded::build_packed(&index, packing);
    let mut cache = ShardCache::new(&built.manifest).expect("manifest");
    let (answer, _) = through_shards(&mut cache, &built, q);
    assert_eq!(by_index(&answer, &cluster_order(&index)), Finder::new(&index).find(&index, q, 12));
    assert!(answer.results.iter().filter(|r| matches!(r, Found::Quotation { .. })).count() > 1);
}

/// Statements that fill the answer ahead of any passage leave the passages unsearched: the answer is
/// the whole index's, and no text chunk is fetched for it.
#[test]
fn statements_that_fill_the_answer_fetch_no_text() {
    let index = crowded();
    let finder = Finder::new(&index);
    let built = Sharded::build(&index);
    let mut cache = ShardCache::new(&built.manifest).expect("manifest");
    let (answer, _) = through_shards(&mut cache, &built, "the");
    assert_eq!(by_index(&answer, &cluster_order(&index)), finder.find(&index, "the", 12));
    assert_eq!(answer.results.len(), 12);
    assert!(answer.results.iter().all(|r| matches!(r, Found::Quotation { .. })), "{answer:?}");
    assert_eq!(cache.loaded().2, 0, "no text chunk");
    // A query whose passages are shown reads their text.
    let (answer, _) = through_shards(&mut cache, &built, "kamdesh");
    assert_eq!(by_index(&answer, &cluster_order(&index)), finder.find(&index, "kamdesh", 12));
    assert!(cache.loaded().2 > 0);
}

/// A word that no paragraph has is missing from every candidate: the best candidates lack it, and
/// the first of them answer without every block of the other words' postings.
#[test]
fn a_word_nothing_has_does_not_fetch_every_tail() {
    let mut index = sample();
    for n in 0..400 {
        let text = format!("Alpha and beta, line {n}.");
        index.paragraphs.push(ParagraphEntry { source: 0, n: 10 + n, entities: vec![], text });
    }
    let finder = Finder::new(&index);
    let packing = crate::shards::Packing { block: 1, ..crate::shards::Packing::DEFAULT };
    let built = Sharded::build_packed(&index, packing);
    let mut cache = ShardCache::new(&built.manifest).expect("manifest");
    let query = "alpha zzzz beta";
    let (answer, _) = through_shards(&mut cache, &built, query);
    assert_eq!(by_index(&answer, &cluster_order(&index)), finder.find(&index, query, 12));
    assert_eq!(answer.results.len(), 12);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    for term in ["alpha", "beta"] {
        let i = manifest.shard_of(term).expect("a shard");
        let shard = crate::shards::TermShard::decode(&built.shards[i], &manifest, i).expect("shard");
        let slot = shard.entries.iter().position(|e| e.term == term).expect("the term");
        let blocks = built.tails.keys().filter(|&&(s, e, _)| (s, e) == (i, slot)).count();
        assert!(cache.tails_added(i, slot, Kind::Paragraphs) < blocks, "{term}: not every block fetched");
    }
}
