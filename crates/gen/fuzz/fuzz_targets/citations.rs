//! The briefing: citation syntax (`cite::scan`), then `briefing::compile` of the input against two fixed
//! sources and a small gazetteer (footnotes, links, quotation checks), rendering every diagnostic.
//! An input without front matter gets a valid one, so that most runs reach the Markdown.
#![no_main]

use dossier::load::boilerplate::Rules;
use dossier::briefing;
use dossier::briefing::cite;
use dossier::analyse::entities::Gazetteer;
use dossier::load::source::{self, Source};
use libfuzzer_sys::fuzz_target;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, LazyLock};

const ALPHA: &str = "+++\ntitle = \"Alpha report\"\noutlet = \"Alpha Wire\"\npublished = 2021-05-28\nurl = \"https://example.org/alpha\"\n+++\nThe official said the group would “collect money – and give it to the Taliban,” in exchange for shelter.\n“It is not only now an ideological connection, it’s also a family connection,” the official said.\nAbu Muhsin al-Masri was killed in Ghazni.\n";
const BETA: &str = "+++\ntitle = \"Beta retells\"\noutlet = \"unknown\"\npublished = \"2021-06\"\ntranslated_from = \"es\"\nderived_from = [\"alpha\"]\n+++\nAccording to Alpha, the terrorists “collect money and transfer it to the Taliban.”\nA second paragraph with no quotation at all.\n";
const GAZETTEER: &str = "[[entity]]\nid = \"al-qaeda\"\nname = \"al-Qaeda\"\nkind = \"organization\"\ndescription = \"A group.\"\naliases = [\"al Qaeda\", \"AQ\"]\n\n[[entity]]\nid = \"taliban\"\nname = \"Taliban\"\nkind = \"organization\"\ndescription = \"A movement.\"\naliases = [\"the Taliban\"]\n\n[[entity]]\nid = \"ghazni\"\nname = \"Ghazni\"\nkind = \"place\"\ndescription = \"A province.\"\naliases = []\n";
const FRONT: &str = "+++\ntitle = \"Fuzz\"\ndate = 2026-11-22\n+++\n";

struct Fixture {
    sources: BTreeMap<String, Source>,
    failed: BTreeSet<String>,
    gazetteer: Gazetteer,
}

static FIXTURE: LazyLock<Fixture> = LazyLock::new(|| {
    let rules_text: Arc<str> = Arc::from("");
    let rules = Rules::parse(Path::new("content/boilerplate.toml"), &rules_text).expect("empty rules");
    let known = ["alpha".to_string(), "beta".to_string(), "gamma".to_string()];
    let mut sources = BTreeMap::new();
    for (id, text) in [("alpha", ALPHA), ("beta", BETA)] {
        let path = format!("content/sources/{id}.txt");
        let s = source::load(id, Path::new(&path), Arc::from(text), &rules, &known).expect("fixture source");
        sources.insert(id.to_string(), s);
    }
    let failed = BTreeSet::from(["gamma".to_string()]);
    let gazetteer = Gazetteer::from_toml(GAZETTEER).expect("fixture gazetteer");
    Fixture { sources, failed, gazetteer }
});

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
            }
        }
    }

    let text: Arc<str> = if s.starts_with("+++") { Arc::from(s) } else { Arc::from(format!("{FRONT}{s}")) };
    let f = &*FIXTURE;
    let path = Path::new("content/briefing.md");
    for gazetteer in [None, Some(&f.gazetteer)] {
        match briefing::compile(path, Arc::clone(&text), &f.sources, &f.failed, gazetteer) {
            Ok(b) => {
                for (i, n) in b.notes.iter().enumerate() {
                    assert_eq!(n.n, i + 1);
                }
                for d in &b.warnings {
                    let _ = d.render(false);
                }
            }
            Err(diagnostics) => {
                assert!(!diagnostics.is_empty());
                for d in diagnostics {
                    let _ = (d.location(), d.render(false));
                }
            }
        }
    }
});
