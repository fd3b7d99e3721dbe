use super::*;
use crate::index::tests::sample;
use crate::index::ParagraphEntry;

/// The sample with more paragraphs over a vocabulary that shares prefixes, so small limits split shards.
fn larger() -> Index {
    let words = [
        "kamdesh",
        "kamdeh",
        "kam",
        "ka",
        "k",
        "karim",
        "kabul",
        "raid",
        "raids",
        "rain",
        "village",
        "villagers",
        "villa",
        "the",
        "they",
        "them",
        "theirs",
        "intermarriages",
        "intermarriage",
        "money",
        "monies",
        "mountain",
    ];
    let mut seed: u64 = 11;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut index = sample();
    for i in 0..300u32 {
        let len = 2 + next(12);
        let text: Vec<&str> = (0..len).map(|_| words[next(words.len())]).collect();
        index.paragraphs.push(ParagraphEntry {
            source: i % 2,
            n: 10 + i,
            entities: vec![],
            text: text.join(" "),
        });
    }
    index
}

fn load(built: &Sharded, manifest: &Manifest, needed: &[usize]) -> Vec<TermShard> {
    needed.iter().map(|&i| TermShard::decode(&built.shards[i], manifest, i).expect("shard")).collect()
}

/// Fetches what a query needs round by round, as the browser does; the rounds taken and the dictionary.
fn fetch(built: &Sharded, manifest: &Manifest, query: &str) -> (usize, Dictionary) {
    let mut need = manifest.needed(query, None);
    let (mut shards, mut lexicons) = (Vec::new(), Vec::new());
    for round in 1..=4 {
        let new_shards: Vec<usize> = need.shards.iter().copied().filter(|i| !shards.contains(i)).collect();
        let new_lexicons: Vec<usize> =
            need.lexicons.iter().copied().filter(|i| !lexicons.contains(i)).collect();
        shards.extend(new_shards.iter().copied());
        lexicons.extend(new_lexicons.iter().copied());
        let loaded_shards = load(built, manifest, &shards);
        let loaded_lexicons: Vec<Lexicon> = lexicons
            .iter()
            .map(|&i| Lexicon::decode(&built.lexicons[i], manifest, i).expect("lexicon"))
            .collect();
        let dictionary = Dictionary::from_shards(&loaded_shards, &loaded_lexicons);
        if round > 1 && new_shards.is_empty() && new_lexicons.is_empty() {
            return (round, dictionary);
        }
        need = manifest.needed(query, Some(Loaded { dictionary: &dictionary, lexicons: &lexicons }));
    }
    panic!("{query}: still fetching after four rounds");
}

const QUERIES: [&str; 17] = [
    "itnermarriages",
    "kmadesh raid",
    "the vlilagers",
    "kamdesh",
    "kamdseh",
    "kam",
    "ka",
    "k",
    "villagers kamdesh",
    "the raid",
    "intermarraiges",
    "raids",
    "rai",
    "mony",
    "collect mony from diferent parts",
    "zzz",
    "kamdesh raid was in the",
];

#[test]
fn the_shards_a_query_needs_answer_it_as_the_whole_dictionary_does() {
    for index in [sample(), larger()] {
        let whole = Dictionary::new(&index);
        for limit in [SHARD_BYTES, 200, 40, 1] {
            let built = Sharded::build_with(&index, limit);
            let manifest = Manifest::decode(&built.manifest).expect("manifest");
            assert_eq!(manifest.keys.len(), built.shards.len());
            for q in QUERIES {
                let (rounds, partial) = fetch(&built, &manifest, q);
                assert!(rounds <= 4, "{q}");
                assert_eq!(partial.plan(q), whole.plan(q), "{q} at {limit}");
                let plan = whole.plan(q);
                let n = index.paragraphs.len();
                assert_eq!(partial.candidates(&plan, n), whole.candidates(&plan, n), "{q} at {limit}");
            }
            let all: Vec<usize> = (0..built.shards.len()).collect();
            assert_eq!(Dictionary::from_shards(&load(&built, &manifest, &all), &[]).len(), whole.len());
        }
    }
}

#[test]
fn big_shards_split_by_the_next_letter_and_small_ones_do_not() {
    let index = larger();
    let keys = |limit| Manifest::decode(&Sharded::build_with(&index, limit).manifest).expect("manifest").keys;
    let whole = keys(SHARD_BYTES);
    assert!(whole.iter().all(|k| k.chars().count() == 1), "{whole:?}");
    let split = keys(1);
    assert!(split.iter().any(|k| k.chars().count() == MAX_KEY_CHARS), "{split:?}");
    assert!(split.contains(&"ka".to_string()) && split.contains(&"kam".to_string()), "{split:?}");
    // A query for a short word fetches its own shard only, not its whole letter; split this deep, the
    // last word's terms ("raid", "raids") lie in two shards, both needed.
    let built = Sharded::build_with(&index, 1);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    let needed: Vec<&str> =
        manifest.needed("the raid", None).shards.iter().map(|&i| manifest.keys[i].as_str()).collect();
    assert_eq!(needed, ["raid", "raids", "the"]);
}

#[test]
fn chunks_hold_every_paragraph_once_in_order() {
    let mut index = larger();
    // One paragraph longer than a chunk's target: its unit is a chunk of its own, not cut.
    index.paragraphs[100].text = "kamdesh ".repeat(100);
    let packing = Packing { text: 700, ..Packing::DEFAULT };
    let built = Sharded::build_packed(&index, packing);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    assert_eq!(built.chunks.len(), manifest.text_chunks.len());
    let mut texts = Vec::new();
    for (i, bytes) in built.chunks.iter().enumerate() {
        let chunk = TextChunk::decode(bytes, &manifest, i).expect("chunk");
        let bytes: usize = chunk.paragraphs.iter().map(|(_, _, t)| t.len()).sum();
        assert!(bytes <= packing.text || chunk.paragraphs.len() <= TEXT_UNIT, "chunk {i}: {bytes} bytes");
        assert_eq!(chunk.first, manifest.text_chunks[i]);
        assert_eq!(chunk.first as usize % TEXT_UNIT, 0);
        for k in 0..chunk.paragraphs.len() {
            assert_eq!(manifest.chunk_of(chunk.first + k as u32), i);
        }
        texts.extend(chunk.paragraphs.into_iter().map(|(_, _, t)| t));
    }
    let expected: Vec<String> = index.paragraphs.iter().map(|p| p.text.clone()).collect();
    assert_eq!(texts, expected);
    let alone = manifest.chunk_of(100);
    assert_eq!(manifest.text_span(alone), Some(100..104), "the long paragraph's unit has its own chunk");
    // Packed by bytes, not by count: short paragraphs share a chunk, several units to one.
    assert!(built.chunks.len() * 2 * TEXT_UNIT < index.paragraphs.len(), "{} chunks", built.chunks.len());
}

#[test]
fn packing_starts_a_chunk_where_the_next_item_would_overflow_it() {
    assert_eq!(pack([10, 10, 10, 10], 25), [0, 2]);
    assert_eq!(pack([30, 1, 1, 30, 5], 25), [0, 1, 3, 4]);
    assert_eq!(pack([], 25), Vec::<u32>::new());
    assert_eq!(pack([0, 0, 0], 25), [0]);
    assert_eq!(pack_units(&[5, 5, 5, 5, 30, 1, 1], 2, 25), [0, 4, 6]);
}

#[test]
fn a_manifest_whose_chunks_do_not_start_at_the_first_item_is_refused() {
    let built = Sharded::build(&larger());
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    for tamper in [
        |m: &mut Manifest| m.text_chunks[0] = TEXT_UNIT as u32,
        |m: &mut Manifest| m.text_chunks.clear(),
        |m: &mut Manifest| m.text_chunks.push(m.paragraphs.next_multiple_of(TEXT_UNIT as u32)),
        |m: &mut Manifest| m.quote_chunks.push(0),
    ] {
        let mut m = manifest.clone();
        tamper(&mut m);
        assert!(Manifest::decode(&m.encode()).is_err(), "{m:?}");
    }
}

#[test]
fn files_of_another_build_or_place_are_refused() {
    let small = Packing { shard: 40, text: 300, quotes: 300, ..Packing::DEFAULT };
    let built = Sharded::build_packed(&larger(), small);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    let mut other_index = larger();
    other_index.paragraphs[0].text.push_str(" changed");
    let other = Sharded::build_packed(&other_index, small);
    assert_eq!(TermShard::decode(&other.shards[0], &manifest, 0), Err(DecodeError::Mismatch));
    assert_eq!(TextChunk::decode(&other.chunks[0], &manifest, 0), Err(DecodeError::Mismatch));
    assert_eq!(TermShard::decode(&built.shards[1], &manifest, 0), Err(DecodeError::WrongPart));
    assert_eq!(TextChunk::decode(&built.chunks[1], &manifest, 0), Err(DecodeError::WrongPart));
    assert_eq!(Manifest::decode(&built.shards[0]), Err(DecodeError::WrongPart));
    assert_eq!(Lexicon::decode(&other.lexicons[0], &manifest, 0), Err(DecodeError::Mismatch));
    assert_eq!(Lexicon::decode(&built.lexicons[1], &manifest, 0), Err(DecodeError::WrongPart));
    assert_eq!(Lexicon::decode(&built.chunks[0], &manifest, 0), Err(DecodeError::WrongPart));
    assert_eq!(Manifest::decode(&crate::index::Index::default().encode()), Err(DecodeError::WrongPart));
}

#[test]
fn never_panics_on_garbage() {
    let built = Sharded::build_with(&sample(), 40);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    for bytes in [&built.manifest, &built.shards[0], &built.chunks[0], &built.lexicons[0]] {
        for i in 4..bytes.len() {
            for v in [0u8, 0x7f, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] = v;
                let _ = Manifest::decode(&b);
                let _ = TermShard::decode(&b, &manifest, 0);
                let _ = TextChunk::decode(&b, &manifest, 0);
                let _ = Lexicon::decode(&b, &manifest, 0);
            }
        }
    }
}

#[test]
fn streamed_files_are_the_files_built_in_memory_and_round_trip() {
    let index = larger();
    let built = Sharded::build(&index);
    let mut streamed: Vec<(Part, Vec<u8>)> = Vec::new();
    Sharded::write(&index, |part, bytes| {
        streamed.push((part, bytes));
        Ok::<(), ()>(())
    })
    .expect("written");
    assert_eq!(streamed.last().map(|(p, _)| *p), Some(Part::Manifest), "the manifest comes last");
    let files = built.clone().into_files();
    assert_eq!(streamed.len(), files.len());
    for (part, bytes) in &streamed {
        assert_eq!(files.get(&part.file()), Some(bytes), "{part:?}");
    }
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    assert_eq!(manifest.build, text_build(&index));
    assert_eq!(Manifest::decode(&manifest.encode()), Ok(manifest.clone()));
    for (i, bytes) in built.shards.iter().enumerate() {
        let shard = TermShard::decode(bytes, &manifest, i).expect("shard");
        assert_eq!(&shard.encode(manifest.build), bytes);
    }
}

/// A shard written the way the generator writes one (the right build and key) but crafted: a count of
/// four billion postings, postings repeated, postings beyond the index. Each is refused at once.
#[test]
fn crafted_shards_are_refused_without_allocating_what_they_claim() {
    let index = larger();
    let built = Sharded::build(&index);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    let key = manifest.keys[0].clone();
    let term = format!("{key}zz");
    let craft = |postings: &dyn Fn(&mut Writer)| {
        let mut w = Writer::start(TERMS);
        w.u32(manifest.build);
        w.str(&key);
        w.len(1);
        w.str(&term);
        w.u32(1);
        postings(&mut w);
        w.len(0);
        w.u32(0);
        w.len(0);
        w.0
    };
    let huge = craft(&|w| w.u32(u32::MAX));
    assert!(matches!(TermShard::decode(&huge, &manifest, 0), Err(DecodeError::Corrupt(_))));
    let repeated = craft(&|w| {
        w.len(3);
        w.u32(1);
        w.u32(0);
        w.u32(0);
    });
    assert!(matches!(TermShard::decode(&repeated, &manifest, 0), Err(DecodeError::Inconsistent(_))));
    let beyond = craft(&|w| {
        w.len(1);
        w.u32(manifest.paragraphs);
    });
    assert!(matches!(TermShard::decode(&beyond, &manifest, 0), Err(DecodeError::Inconsistent(_))));
    let fine = craft(&|w| {
        w.len(1);
        w.u32(0);
    });
    assert!(TermShard::decode(&fine, &manifest, 0).is_ok(), "the crafting itself is sound");
}

#[test]
fn a_dense_prefix_needs_only_its_own_shard_and_marks_what_its_terms_mark() {
    let index = larger();
    let whole = Dictionary::new(&index);
    let built = Sharded::build_with(&index, 1);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    // "the" begins "the", "they", "them", "theirs", each in a shard of its own.
    assert!(manifest.has_union("the"), "{:?}", manifest.unions);
    let mut all = Vec::new();
    manifest.prefixed("the", &mut all);
    assert!(all.len() >= 4, "{all:?}");
    for query in ["the", "kamdesh the", "raid the"] {
        let needed = manifest.needed(query, None).shards;
        let of_the = needed.iter().filter(|&&k| manifest.keys[k].starts_with("the")).count();
        assert_eq!(of_the, 1, "{query}: {needed:?}");
        let shards = load(&built, &manifest, &needed);
        let d = Dictionary::from_shards(&shards, &[]);
        let plan = whole.plan(query);
        assert_eq!(d.plan(query), plan, "{query}");
        let n = index.paragraphs.len();
        assert_eq!(d.candidates(&plan, n), whole.candidates(&plan, n), "{query}");
    }
    // A shard without the union the manifest puts there is refused.
    let i = manifest.shard_of("the").expect("shard");
    let mut shard = TermShard::decode(&built.shards[i], &manifest, i).expect("shard");
    shard.prefixes.clear();
    assert!(matches!(
        TermShard::decode(&shard.encode(manifest.build), &manifest, i),
        Err(DecodeError::Inconsistent(_))
    ));
}

/// With first blocks of one posting, a term's other postings lie in the blocks of its tails, one of
/// paragraphs and one of quotations, each block [`GROWTH`] times the postings before it: the first
/// block and each tail's blocks in order are the term's postings, and a block is refused for another
/// build, kind, shard, slot or place in the tail.
#[test]
fn tails_hold_the_rest_of_the_postings_block_by_block_and_only_their_own() {
    let index = larger();
    let whole = Sharded::build(&index);
    let whole_manifest = Manifest::decode(&whole.manifest).expect("manifest");
    let packing = Packing { block: 1, ..Packing::DEFAULT };
    let built = Sharded::build_packed(&index, packing);
    let manifest = Manifest::decode(&built.manifest).expect("manifest");
    let mut other_index = larger();
    other_index.paragraphs[0].text.push_str(" changed");
    let other = Sharded::build_packed(&other_index, packing);
    assert!(built.tails.keys().any(|&(_, _, k)| k > 0), "some tail of paragraphs has several blocks");
    assert!(!built.quote_tails.is_empty(), "some quotations lie in tails");
    for (i, bytes) in built.shards.iter().enumerate() {
        let shard = TermShard::decode(bytes, &manifest, i).expect("shard");
        let slots =
            shard.entries.iter().map(|e| (e.term.clone(), e.paragraphs.clone(), e.quotes.clone(), e.more));
        let unions =
            shard.prefixes.iter().map(|u| (u.prefix.clone(), u.paragraphs.clone(), u.quotes.clone(), u.more));
        for (slot, (term, ps, qs, more)) in slots.chain(unions).enumerate() {
            assert!(ps.len() <= 1 && qs.len() <= 1, "{term}");
            let kinds = [
                (
                    Kind::Paragraphs,
                    ps,
                    more.map(|c| c.paragraphs),
                    manifest.paragraphs,
                    &built.tails,
                    &other.tails,
                ),
                (
                    Kind::Quotes,
                    qs,
                    more.map(|c| c.quotes),
                    manifest.quotes,
                    &built.quote_tails,
                    &other.quote_tails,
                ),
            ];
            let mut lists = Vec::new();
            for (kind, mut list, cut, total, blocks, others) in kinds {
                let mut cut = cut.filter(|&c| c < total);
                let mut k = 0;
                while let Some(at) = cut {
                    let bytes = &blocks[&(i, slot, k)];
                    let tail = Tail::decode(bytes, &manifest, (i, slot, k), kind, at).expect("tail");
                    for wrong in [(i, slot + 1, k), (i, slot, k + 1), (i + 1, slot, k)] {
                        assert_eq!(
                            Tail::decode(bytes, &manifest, wrong, kind, at),
                            Err(DecodeError::WrongPart)
                        );
                    }
                    let other_kind = if kind == Kind::Quotes { Kind::Paragraphs } else { Kind::Quotes };
                    assert!(Tail::decode(bytes, &manifest, (i, slot, k), other_kind, at).is_err(), "{term}");
                    if !tail.postings.is_empty() {
                        assert!(
                            Tail::decode(bytes, &manifest, (i, slot, k), kind, total).is_err(),
                            "below the cut"
                        );
                    }
                    if let Some(b) = others.get(&(i, slot, k)) {
                        assert_eq!(
                            Tail::decode(b, &manifest, (i, slot, k), kind, at),
                            Err(DecodeError::Mismatch)
                        );
                    }
                    for at_byte in 4..bytes.len() {
                        let mut b = bytes.clone();
                        b[at_byte] ^= 0xff;
                        let _ = Tail::decode(&b, &manifest, (i, slot, k), kind, at);
                    }
                    list.extend(tail.postings);
                    cut = tail.next;
                    k += 1;
                }
                assert!(!blocks.contains_key(&(i, slot, k)), "{term}: no block after the last");
                lists.push(list);
            }
            let found = whole_manifest.shard_of(&term).and_then(|w| {
                let s = TermShard::decode(&whole.shards[w], &whole_manifest, w).ok()?;
                s.entries.into_iter().find(|e| e.term == term)
            });
            if let Some(e) = found.filter(|_| slot < shard.entries.len()) {
                assert_eq!(lists, [e.paragraphs, e.quotes], "{term}");
            }
        }
    }
}
