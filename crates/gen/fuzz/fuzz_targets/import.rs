//! Saved-page import: `import::extract` on any bytes (charset detection, html5ever, metadata, JSON-LD,
//! article finding, line serialisation) never panics; an article it accepts has clean paragraphs, and
//! the source file `dossier import` would write for it loads as a valid source.
#![no_main]

use dossier::load::boilerplate::Rules;
use dossier::load::import::{self, MIN_ARTICLE_CHARS};
use dossier::load::{new_source, source};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::{Arc, LazyLock};

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let text: Arc<str> = Arc::from(include_str!("../../../../content/boilerplate.toml"));
    Rules::parse(Path::new("content/boilerplate.toml"), &text).expect("the project's rules parse")
});

fuzz_target!(|data: &[u8]| {
    let _ = import::bytes_look_like_html(data);
    let Ok(article) = import::extract(data) else { return };
    assert!(!article.paragraphs.is_empty());
    let chars: usize = article.paragraphs.iter().map(|p| p.chars().count()).sum();
    assert!(chars >= MIN_ARTICLE_CHARS, "{chars}");
    for p in &article.paragraphs {
        assert!(!p.is_empty() && p.trim() == p && !p.contains('\n'), "{p:?}");
    }
    let text = new_source::page_source(&article, Path::new("content/archive/x.html"), "2026-01-01");
    let id = new_source::id_for(&article, |_| false);
    assert!(source::is_valid_id(&id), "{id}");
    if let Err(diagnostics) = source::load("x", Path::new("content/sources/x.txt"), Arc::from(text.as_str()), &RULES, &[]) {
        // Only what the page itself says may be refused (an odd title or a language code), never the
        // skeleton's own syntax.
        for d in diagnostics.iter().filter(|d| !d.message.starts_with("the article has no text")) {
            assert!(!d.message.contains("TOML") && !d.message.contains("front matter"), "{}\n{text}", d.message);
        }
    }
});
