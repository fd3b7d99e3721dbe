// A classic (deferred) script, not a module: a page opened from a file may run it, so it can say why search
// is unavailable there; the bundle itself is loaded with import().
// dossier's loader: after the page has painted, fetch the browser index's head and the WebAssembly
// module and hand over to dossier-web. The page is complete without this file; if anything fails, a short message
// appears in the status line and the page stays as it is.
const page = document.documentElement.dataset;
const root = page.root || "./";
// The index's file names come from the page (core's routes, via the layout), so they have one home.
const indexFile = page.indexFile;
// Resolve against the page, not this script (import() would resolve relative to static/).
const at = (rel) => new URL(root + rel, document.baseURI).href;

function status(message) {
  const el = document.getElementById("dossier-status");
  if (el) {
    el.textContent = message;
    el.hidden = false;
  }
}

async function load() {
  try {
    const wasm = await import(at("static/wasm/dossier_web.js"));
    const response = await fetch(at(indexFile));
    if (!response.ok) throw new Error("the index is missing (HTTP " + response.status + ")");
    const [bytes] = await Promise.all([
      response.arrayBuffer(),
      wasm.default({ module_or_path: at("static/wasm/dossier_web_bg.wasm") }),
    ]);
    // The search's files (the quotations, the sharded text index) are fetched only when the reader
    // starts a search, and then only those a query needs: dossier-web asks for them by path.
    const file = (rel) =>
      fetch(at(rel)).then((r) => {
        if (!r.ok) throw new Error(rel + " is missing (HTTP " + r.status + ")");
        return r.arrayBuffer();
      });
    wasm.start(new Uint8Array(bytes), root, file);
  } catch (error) {
    status("Search and filters are unavailable (" + (error && error.message ? error.message : error) + "). The page itself is complete.");
  }
}

// Opened from a file, the browser refuses to load the module and the index: say so in the box
// instead of failing on the first keystroke.
function fromFile() {
  const why = "Search needs the site served over HTTP: a page opened from a file cannot load the search index. Run dossier serve, or put public/ on any web server.";
  const box = document.getElementById("quote-lookup");
  if (box) {
    box.placeholder = "search needs the site served over HTTP";
    box.title = why;
  }
  const count = document.getElementById("lookup-count");
  if (count) count.textContent = why;
}

if (location.protocol === "file:") {
  fromFile();
} else {
  // Never compete with first paint: start once the browser has drawn the page.
  requestAnimationFrame(() => setTimeout(load, 0));
}
