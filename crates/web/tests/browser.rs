//! The adapter in a real browser (wasm-bindgen-test in headless Chromium): decoding, lookups, and the
//! DOM it draws for a small page.
#![cfg(target_arch = "wasm32")]

mod common;

use common::index;
use dossier_web::{start, Dossier};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn decodes_and_rejects_garbage_without_panicking() {
    assert!(Dossier::new(&index().encode()).is_ok());
    assert!(Dossier::new(b"garbage").is_err());
    assert!(Dossier::new(&index().encode()[..10]).is_err());
}

#[wasm_bindgen_test]
fn draws_facets_filters_and_answers_lookups() {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    // The test runner reports through its own page elements: add a fixture beside them, never replace them.
    let fixture = fixture(
        r#"<form class="lookup"><input id="quote-lookup"><div id="quote-results" hidden></div></form>
        <p id="dossier-status" hidden></p>
        <main><aside id="facet-panel" hidden></aside>
        <p id="one" data-entities="rauf taliban">one</p><p id="two" data-entities="taliban">two</p><p id="three" data-entities="">three</p></main>"#,
    );
    start(&index().encode(), "./", None).expect("started");
    let panel = document.get_element_by_id("facet-panel").expect("panel");
    assert!(!panel.has_attribute("hidden"));
    let rauf =
        document.query_selector("#facet-panel button[data-entity=rauf]").expect("query").expect("rauf facet");
    assert_eq!(rauf.get_attribute("aria-pressed").as_deref(), Some("false"));
    rauf.dyn_ref::<web_sys::HtmlElement>().expect("button").click();
    assert_eq!(rauf.get_attribute("aria-pressed").as_deref(), Some("true"));
    let hidden = |id: &str| document.get_element_by_id(id).expect("p").has_attribute("hidden");
    assert!(!hidden("one"));
    assert!(hidden("two"));
    assert!(hidden("three"));
    let count = document.get_element_by_id("filter-count").expect("count").text_content().unwrap_or_default();
    assert_eq!(count, "1 of 3 passages shown.");

    type_query("intermarriages");
    let result = document.query_selector("#quote-results [data-sources]").expect("query").expect("a result");
    assert_eq!(result.get_attribute("data-sources").as_deref(), Some("a b"));
    let mark = document.query_selector("#quote-results mark").expect("query").expect("mark");
    assert_eq!(mark.text_content().as_deref(), Some("intermarriages"));
    // Links and headings follow core's routes, as the generated pages do.
    let link = document.query_selector("#quote-results a").expect("query").expect("a link");
    assert_eq!(link.get_attribute("href").as_deref(), Some("./sources/a/index.html#p1"));
    let headings = document.query_selector_all("#facet-panel h3").expect("query");
    let headings: Vec<String> =
        (0..headings.length()).filter_map(|i| headings.item(i)?.text_content()).collect();
    assert_eq!(headings, ["People", "Organizations"]);
    fixture.remove();
}

fn fixture(html: &str) -> web_sys::Element {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let div = document.create_element("div").expect("div");
    div.set_inner_html(html);
    document.body().expect("body").append_child(&div).expect("appended");
    div
}

#[wasm_bindgen_test]
fn a_bad_index_shows_a_message() {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let fixture = fixture(r#"<p id="dossier-status" hidden></p>"#);
    start(b"not an index", "./", None).expect("a bad index is not an error for the page");
    let status = document.get_element_by_id("dossier-status").expect("status");
    assert!(!status.has_attribute("hidden"));
    assert!(status.text_content().unwrap_or_default().contains("unavailable"));
    fixture.remove();
}

/// A JS function from a path to a promise of its bytes, as the page loader passes: `quotes.bin` and
/// the files of the index's sharded text index (an unknown path is a rejected promise, as a 404).
fn serve_files(quotes: Vec<u8>, index: &dossier_core::index::Index) -> js_sys::Function {
    let mut files = dossier_core::shards::Sharded::build(index).into_files();
    files.insert(dossier_core::routes::QUOTES_FILE.to_string(), quotes);
    let f = wasm_bindgen::closure::Closure::<dyn FnMut(String) -> wasm_bindgen::JsValue>::new(
        move |path: String| match files.get(&path) {
            Some(bytes) => {
                js_sys::Promise::resolve(&js_sys::Uint8Array::from(bytes.as_slice()).buffer()).into()
            }
            None => js_sys::Promise::reject(&js_sys::Error::new(&format!("{path} is missing"))).into(),
        },
    );
    let function: js_sys::Function = f.as_ref().unchecked_ref::<js_sys::Function>().clone();
    f.forget();
    function
}

/// A page with a search box, a status line and one filterable paragraph.
const LOOKUP_PAGE: &str = r#"<form class="lookup"><input id="quote-lookup"><p id="lookup-count"></p><div id="quote-results" hidden></div></form>
        <p id="dossier-status" hidden></p>
        <main><aside id="facet-panel" hidden></aside><p data-entities="rauf">one</p></main>"#;

/// Types a query into the search box as a reader would (one input event).
fn type_query(query: &str) {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let input: web_sys::HtmlInputElement =
        document.get_element_by_id("quote-lookup").expect("input").dyn_into().expect("input element");
    input.set_value(query);
    input.dispatch_event(&web_sys::Event::new("input").expect("event")).expect("dispatched");
}

/// Lets the promises of every fetch round settle (quotations and manifest, shards, lexicons, text),
/// with pauses longer than the one the chunks of records wait for after typing (120 ms).
async fn settle() {
    for _ in 0..4 {
        for _ in 0..50 {
            let _ =
                wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL))
                    .await;
        }
        let pause = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 150);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(pause).await;
    }
}

#[wasm_bindgen_test]
async fn a_split_index_filters_at_once_and_fetches_the_quotations_and_shards_for_the_first_lookup() {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let fixture = fixture(LOOKUP_PAGE);
    let (head, quotes) = index().encode_split();
    start(&head, "./", Some(serve_files(quotes, &index()))).expect("started");
    assert!(document.query_selector("#facet-panel button[data-entity=rauf]").expect("query").is_some());
    type_query("intermarriages");
    let count =
        || document.get_element_by_id("lookup-count").expect("count").text_content().unwrap_or_default();
    assert_eq!(count(), "Loading the search index…");
    settle().await;
    let result = document.query_selector("#quote-results [data-sources]").expect("query").expect("a result");
    assert_eq!(result.get_attribute("data-sources").as_deref(), Some("a b"));
    assert_eq!(count(), "1 statement found.");
    fixture.remove();
}

#[wasm_bindgen_test]
async fn shards_of_another_build_give_a_message_and_filters_keep_working() {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let fixture = fixture(LOOKUP_PAGE);
    // The browser answers from the shards alone (quotes.bin is never asked for): shards written by
    // another build (other text, so another build id) beside this build's head are refused.
    let (head, quotes) = index().encode_split();
    let mut other = index();
    other.quotes[0].text = "Something else entirely.".into();
    other.paragraphs[0].text = "Something else entirely.".into();
    start(&head, "./", Some(serve_files(quotes, &other))).expect("started");
    type_query("intermarriages");
    settle().await;
    let status = document.get_element_by_id("dossier-status").expect("status");
    assert!(!status.has_attribute("hidden"));
    assert!(status.text_content().unwrap_or_default().contains("unavailable"), "{:?}", status.text_content());
    assert!(document.query_selector("#facet-panel button[data-entity=rauf]").expect("query").is_some());
    fixture.remove();
}
