//! Fetching the files of a split index as a search needs them: the sharded index's manifest when the
//! reader reaches for the search box (no `quotes.bin`: the shards carry the quotations), then the term shards, lexicons and
//! text chunks a query needs (core's [`dossier_core::shard_cache::ShardCache`] says which).
//!
//! Fetches never block typing: each runs as a promise, and when it settles its file is added and the
//! answer is drawn again for the query then in the box ([`crate::dom::render_results`]), so an answer
//! to an older query never overwrites a newer one. A file is fetched once: those in flight are
//! remembered, and what arrived stays in the cache. The chunks of records (text, quotations) and the
//! tails of postings are asked for only once typing pauses ([`PAUSE_MS`]) and nothing else is in
//! flight, so fast typing fetches those of the query typed last, on a slow machine as on a fast one.

use crate::dom::{document, report, show_status, Shared};
use crate::Needs;
use dossier_core::routes;
use dossier_core::shard_cache::Want;
use std::collections::BTreeSet;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long typing must pause, in milliseconds, before the chunks of a query's candidates are fetched:
/// the term shards come as typed, the records only for the query the reader stops at. Asked for when
/// nothing else was in flight, a loaded machine (slower shards) fetched the chunks of more half-typed
/// prefixes (at 10,000 sources 177 KB where a quiet one fetched 138 KB).
pub(crate) const PAUSE_MS: f64 = 120.0;

/// The JS function that fetches a file of the site, and the files in flight.
pub(crate) struct Files {
    fetch: Option<js_sys::Function>,
    in_flight: BTreeSet<String>,
    /// Set once a file failed: the search says why and stops fetching.
    failed: bool,
    /// When the reader last typed (`Date.now()`, ms).
    typed_at: f64,
    /// True while a timer will draw the answer again once typing pauses.
    waiting: bool,
}

/// One file to fetch and what to do with its bytes.
#[derive(Debug, Clone, Copy)]
enum File {
    Quotes,
    Manifest,
    Part(Want),
}

impl File {
    fn path(&self) -> String {
        match self {
            File::Quotes => routes::QUOTES_FILE.to_string(),
            File::Manifest => routes::SHARD_MANIFEST.to_string(),
            File::Part(want) => want.file(),
        }
    }
}

impl Files {
    /// `fetch`: the loader's function from a path in the site to a promise of the file's bytes
    /// (`None` for a page without one: a whole index needs nothing fetched).
    pub(crate) fn new(fetch: Option<js_sys::Function>) -> Files {
        Files { fetch, in_flight: BTreeSet::new(), failed: false, typed_at: 0.0, waiting: false }
    }

    /// The loader's fetch function, for a file fetched outside a search (a listing's filter table).
    pub(crate) fn function(&self) -> Option<&js_sys::Function> {
        self.fetch.as_ref()
    }
}

/// Notes a keystroke in the search box: the chunks of records wait until typing pauses.
pub(crate) fn typed(app: &Shared) {
    app.borrow_mut().files.typed_at = js_sys::Date::now();
}

/// Draws the answer again once typing has paused (one timer at a time), so that the chunks then
/// needed are asked for.
fn after_pause(app: &Shared, wait: f64) -> Result<(), JsValue> {
    if std::mem::replace(&mut app.borrow_mut().files.waiting, true) {
        return Ok(());
    }
    let app2 = app.clone();
    let later = Closure::once_into_js(move || {
        app2.borrow_mut().files.waiting = false;
        report(crate::dom::render_results(&app2));
    });
    let window = web_sys::window().ok_or("no window")?;
    // Whole milliseconds, at least one: PAUSE_MS bounds it.
    let ms = wait.ceil().clamp(1.0, PAUSE_MS) as i32;
    window.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), ms)?;
    Ok(())
}

/// Starts fetching what any search needs first (the quotations and the manifest), if still missing.
pub(crate) fn start(app: &Shared) -> Result<(), JsValue> {
    let (quotes, manifest) = {
        let a = app.borrow();
        // A split index answers from its shards alone; quotes.bin is only for an index without them.
        (a.dossier.needs_quotes() && !a.dossier.has_shards(), a.dossier.needs_manifest())
    };
    request(app, &Needs::Start { quotes, manifest })
}

/// Starts fetching each needed file that is not already in flight.
pub(crate) fn request(app: &Shared, needs: &Needs) -> Result<(), JsValue> {
    let files: Vec<File> = match needs {
        Needs::Start { quotes, manifest } => {
            let mut files = Vec::new();
            if *quotes {
                files.push(File::Quotes);
            }
            if *manifest {
                files.push(File::Manifest);
            }
            files
        }
        Needs::Files(wants) => {
            // Text and quotation chunks wait until nothing is in flight: each arrival draws the query
            // then in the box again and asks for its files, so keys typed faster than files arrive
            // fetch the chunks of the query the reader stopped at, not of every prefix on the way
            // (at 10,000 sources that halved a first query's files). The tails of postings, asked for
            // when first blocks cannot answer, wait too.
            let (busy, since) = {
                let files = &app.borrow().files;
                (!files.in_flight.is_empty(), js_sys::Date::now() - files.typed_at)
            };
            let index = |w: &Want| matches!(w, Want::Shard(_) | Want::Lexicon(_));
            if since < PAUSE_MS && wants.iter().any(|w| !index(w)) {
                after_pause(app, PAUSE_MS - since)?;
            }
            let records = !busy && since >= PAUSE_MS;
            wants.iter().copied().filter(|w| records || index(w)).map(File::Part).collect()
        }
    };
    for file in files {
        let promise = {
            let mut a = app.borrow_mut();
            let files = &mut a.files;
            if files.failed || !files.in_flight.insert(file.path()) {
                continue;
            }
            let Some(fetch) = &files.fetch else { continue };
            fetch.call1(&JsValue::NULL, &JsValue::from_str(&file.path()))?.dyn_into::<js_sys::Promise>()?
        };
        let app2 = app.clone();
        let loaded = Closure::<dyn FnMut(JsValue)>::once(move |bytes: JsValue| {
            let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
            let added = {
                let mut a = app2.borrow_mut();
                a.files.in_flight.remove(&file.path());
                match file {
                    File::Quotes => a.dossier.add_quotes(&bytes),
                    File::Manifest => a.dossier.add_manifest(&bytes).map_err(crate::js_error),
                    File::Part(want) => a.dossier.add_file(want, &bytes).map_err(crate::js_error),
                }
            };
            report(match added {
                Ok(()) => crate::dom::render_results(&app2),
                Err(e) => failed(&app2, JsValue::from(e)),
            });
        });
        let app3 = app.clone();
        let broken = Closure::<dyn FnMut(JsValue)>::once(move |e: JsValue| report(failed(&app3, e)));
        // The handlers report their own failures; the promise `then2` returns only settles with their
        // empty results, so nothing waits for it.
        drop(promise.then2(&loaded, &broken));
        // Each runs at most once, when the promise settles; they live until then.
        loaded.forget();
        broken.forget();
    }
    Ok(())
}

/// A file could not be fetched or was refused: say why once; the filters keep working.
fn failed(app: &Shared, e: JsValue) -> Result<(), JsValue> {
    app.borrow_mut().files.failed = true;
    let text = js_sys::Error::from(e).message();
    if let Some(count) = document()?.get_element_by_id("lookup-count") {
        count.set_text_content(None);
    }
    show_status(&format!("Search is unavailable ({text}). The page itself is complete."))
}
