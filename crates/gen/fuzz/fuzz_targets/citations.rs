//! The briefing: citation syntax (`cite::scan`), then `briefing::compile` of the input against two fixed
//! sources and a small gazetteer (footnotes, links, quotation checks), rendering every diagnostic.
//! An input without front matter gets a valid one, so that most runs reach the Markdown.
#![no_main]

use dossier::briefing;
use dossier::briefing::cite;
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::Arc;

#[path = "fixture/mod.rs"]
mod fixture;
use fixture::{FIXTURE, FRONT};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };

    for found in cite::scan(s) {
        match found {
            Ok(c) => {
                assert!(s[c.span.clone()].starts_with('[') && s[c.span.clone()].ends_with(']'), "{c:?}");
                assert!(!c.items.is_empty());
                for item in &c.items {
                    assert!(c.span.start <= item.id_span.start && item.id_span.end <= c.span.end, "{c:?}");
                    let at = &s[item.id_span.clone()];
                    assert!(at.starts_with('@') && at.ends_with(item.id.as_str()), "{at:?} {item:?}");
                    assert!(item.locator != Some(0));
                }
            }
            Err(e) => {
                assert!(e.span.start <= e.span.end && e.span.end <= s.len(), "{e:?}");
                let _ = &s[e.span.clone()];
                // An unclosed citation's recovered sources lie inside the error's span, which opens at `[`.
                if let Some(c) = &e.recovered {
                    assert_eq!(c.span, e.span, "{e:?}");
                    assert!(s[e.span.clone()].starts_with('[') && !c.items.is_empty(), "{e:?}");
                    for item in &c.items {
                        assert!(c.span.start <= item.id_span.start && item.id_span.end <= c.span.end, "{e:?}");
                        assert!(s[item.id_span.clone()].ends_with(item.id.as_str()), "{e:?}");
                    }
                }
            }
        }
    }

    let text: Arc<str> = if s.starts_with("+++") { Arc::from(s) } else { Arc::from(format!("{FRONT}{s}")) };
    let f = &*FIXTURE;
    let path = Path::new("content/briefing.md");
    for gazetteer in [None, Some(&f.gazetteer)] {
        fixture::check_compiled(briefing::compile(path, Arc::clone(&text), &f.sources, &f.failed, gazetteer));
    }
});
