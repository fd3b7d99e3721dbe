//! Test support: the random texts the byte-level scanners are checked on against their plain
//! definitions (a reference written char by char, a regex, a copy-and-find).

/// `count` texts, each of up to `most - 1` of `pieces` picked by a linear congruential generator
/// seeded with `seed` (Knuth's MMIX constants): the same texts on every run, so a failure names one.
pub(crate) fn random_texts<'p>(
    pieces: &'p [&'p str],
    mut seed: u64,
    count: usize,
    most: u64,
) -> impl Iterator<Item = String> + 'p {
    (0..count).map(move |_| {
        let mut text = String::new();
        for _ in 0..(seed % most) {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
        }
        text
    })
}
