//! Quote extraction: `quotes::extract` on paragraphs from the input (a form feed starts another source, a
//! newline another paragraph, blank lines are skipped as the loader does), then `cluster` and `word_diff`.
//! Every quote's span and continuations must lie in its paragraphs and spell its text.
#![no_main]

use dossier::analyse::quotes::{cluster, extract, word_diff, Paragraph};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let ids: Vec<String> = (0..s.split('\u{c}').count()).map(|i| format!("s{i}")).collect();
    let mut paragraphs = Vec::new();
    for (id, body) in ids.iter().zip(s.split('\u{c}')) {
        let lines = body.split('\n').filter(|l| !l.trim().is_empty());
        for (i, text) in lines.enumerate() {
            paragraphs.push(Paragraph { source: id, index: i + 1, text });
        }
    }
    let text_of = |source: &str, index: usize| {
        paragraphs.iter().find(|p| p.source == source && p.index == index).map(|p| p.text).expect("paragraph")
    };

    let quotes = extract(&paragraphs);
    for q in &quotes {
        let mut pieces = vec![&text_of(&q.source, q.paragraph)[q.span.clone()]];
        for (index, span) in &q.continued {
            assert!(*index > q.paragraph, "{q:?}");
            pieces.push(&text_of(&q.source, *index)[span.clone()]);
        }
        assert_eq!(pieces.join(" "), q.text, "{q:?}");
    }

    let clusters = cluster(&quotes);
    let mut seen = vec![false; quotes.len()];
    for c in &clusters {
        assert!(!c.members.is_empty());
        for &m in &c.members {
            assert!(m < quotes.len() && !seen[m], "{clusters:?}");
            seen[m] = true;
        }
    }
    for pair in quotes.windows(2) {
        let _ = word_diff(&pair[0].text, &pair[1].text);
    }
});
