//! Quotation matching in core: `Quotation::parse`, `tokenize`, `find` and `closest`. The first line of the
//! input is the quotation, the rest the text. Besides not panicking, a passage cut from the text at token
//! boundaries (chosen by the input's first bytes) must always be found in it.
#![no_main]

use dossier_core::quote::{closest, find, Quotation};
use dossier_core::text::{fold, tokenize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let (quoted, text) = s.split_once('\n').unwrap_or((s, s));

    let q = Quotation::parse(quoted);
    assert_eq!(q.is_empty(), q.segments.is_empty());
    assert!(q.segments.iter().all(|seg| !seg.is_empty() && seg.iter().all(|w| !w.is_empty())), "{q:?}");

    let tokens = tokenize(text);
    let mut previous_end = 0;
    for t in &tokens {
        assert!(
            previous_end <= t.span.start && t.span.start < t.span.end && t.span.end <= text.len(),
            "{t:?}"
        );
        assert_eq!(fold(&text[t.span.clone()]), t.word, "{t:?}");
        previous_end = t.span.end;
    }

    if let Some(r) = find(&q, &tokens) {
        assert!(r.start < r.end && r.end <= tokens.len(), "{r:?}");
        let first = &q.segments[0];
        assert!(tokens[r.start..].iter().zip(first).all(|(t, w)| t.word == *w));
        let _ = &text[tokens[r.start].span.start..tokens[r.end - 1].span.end];
    }
    if let Some((r, score)) = closest(&q, &tokens) {
        assert!(r.start < r.end && r.end <= tokens.len(), "{r:?}");
        assert_eq!(r.len(), q.word_count().min(tokens.len()));
        assert!(score <= q.word_count());
        if q.segments.len() == 1 && find(&q, &tokens).is_some() {
            assert_eq!(score, q.word_count(), "a verbatim match is the closest passage");
        }
        let _ = &text[tokens[r.start].span.start..tokens[r.end - 1].span.end];
    }

    // Any passage of the text, quoted, is found in it.
    if let [a, b, ..] = data {
        if !tokens.is_empty() {
            let i = usize::from(*a) % tokens.len();
            let j = (i + usize::from(*b) % 16).min(tokens.len() - 1);
            let passage = &text[tokens[i].span.start..tokens[j].span.end];
            let pq = Quotation::parse(passage);
            if !pq.is_empty() {
                assert!(find(&pq, &tokens).is_some(), "passage {passage:?} not found: {pq:?}");
            }
        }
    }
});
