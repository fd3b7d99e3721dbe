//! Source files: front matter and body split (`frontmatter::split`), then the whole of `source::load`
//! (TOML, validation, paragraphs, boilerplate rules), and the rendering of every diagnostic it reports
//! and of one at a span taken from the input's first bytes.
#![no_main]

use dossier::load::boilerplate::Rules;
use dossier::load::frontmatter::{line_ranges, split};
use dossier::load::source;
use dossier::Diagnostic;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::{Arc, LazyLock};

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let text: Arc<str> = Arc::from(include_str!("../../../../content/boilerplate.toml"));
    Rules::parse(Path::new("content/boilerplate.toml"), &text).expect("the project's rules parse")
});

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let text: Arc<str> = Arc::from(s);
    let path = Path::new("content/sources/x.txt");

    let mut previous_end = 0;
    for r in line_ranges(&text, 0) {
        assert!(r.start >= previous_end && r.start <= r.end && r.end <= text.len(), "{r:?}");
        assert!(!text[r.clone()].contains('\n'));
        previous_end = r.end;
    }

    // Any span renders (annotate-snippets has panicked on some, see `Diagnostic::render`).
    if let [a, b, c, d, ..] = data {
        let start = usize::from(u16::from_le_bytes([*a, *b])) % (text.len() + 1);
        let len = usize::from(u16::from_le_bytes([*c, *d])) % (text.len() - start + 1);
        let _ = Diagnostic::error(path, "fuzz").at(&text, start..start + len).label("here").render(false);
    }

    match split(path, &text) {
        Ok(sp) => {
            assert!(sp.front.start <= sp.front.end && sp.front.end <= sp.body.start, "{sp:?}");
            assert!(sp.body.end == text.len(), "{sp:?}");
            let _ = (&text[sp.front.clone()], &text[sp.body.clone()]);
        }
        Err(d) => {
            let _ = d.render(false);
        }
    }

    let known = ["x".to_string(), "other".to_string()];
    match source::load("x", path, Arc::clone(&text), &RULES, &known) {
        Ok(src) => {
            assert!(!src.paragraphs.is_empty());
            for (i, p) in src.paragraphs.iter().enumerate() {
                assert_eq!(p.n, i + 1);
                assert!(!src.paragraph_text(p).trim().is_empty(), "{p:?}");
                assert!(!src.paragraph_text(p).contains('\n'), "{p:?}");
            }
            for d in &src.dropped {
                let _ = &text[d.span.clone()];
            }
            let _ = (src.meta.published.to_string(), src.meta.published.iso());
        }
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty());
            for d in diagnostics {
                let _ = (d.location(), d.render(false), d.render(true));
            }
        }
    }
});
