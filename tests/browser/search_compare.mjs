// `cargo xtask bench-search` (and `./build.sh bench`): dossier's search box and Pagefind's, side by side on
// the same built site, measured by one method in headless Chromium over 127.0.0.1. Figures, no assertions.
//   PUBLIC=dir      dossier's site (a built public/)
//   PAGEFIND=dir    a copy of it on which `pagefind --site` ran (this script adds its harness page there)
//   BENCH_PAGE      the dossier page to search from; BENCH_QUERIES a JSON list; BENCH_LABEL a title
//   BENCH_OUT=file  appends the Markdown tables there
// Per query, in a fresh browser context: load the page and wait until search is ready (dossier: wasm and
// index.bin loaded, `form.lookup[data-ready]`; Pagefind: `pagefind.init()` done, its wasm and metadata
// loaded), then type the query key by key and wait for the answer to the whole query. Counted: response
// bodies fetched after ready until that answer, as served (serve.mjs does not compress) and gzip -9 of
// each (Pagefind's index files are gzip already), and the time from focus to the answer. Per keystroke:
// every prefix of every query, 5 rounds in one page after one warm-up lookup; the time from the input
// event to the answer drawn (dossier draws synchronously; Pagefind's search is awaited, with the data of
// its first 5 results, as its default UI shows them).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { launch } from "./chromium.mjs";
import { serve } from "./serve.mjs";

const ours = path.resolve(process.env.PUBLIC ?? "public");
const theirs = process.env.PAGEFIND && path.resolve(process.env.PAGEFIND);
const pagePath = process.env.BENCH_PAGE ?? "explore/index.html";
const queries = process.env.BENCH_QUERIES
  ? JSON.parse(process.env.BENCH_QUERIES)
  : ["colect mony from diferent parts", "collect money from different parts", "intermarraiges", "intermarriages", "give it to the Taliban"];
const ROUNDS = 5;
const kb = (n) => (n / 1024).toFixed(1) + " KB";
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (xs) => `median ${median(xs).toFixed(2)} ms, worst ${Math.max(...xs).toFixed(2)} ms`;

// The harness page inside the Pagefind copy: Pagefind's JS API, results drawn as its UI draws them.
const HARNESS = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind bench</title></head>
<body><input id="q" type="search" aria-label="Search"><p id="count"></p><ol id="results"></ol>
<script type="module">
const pagefind = await import("/pagefind/pagefind.js");
await pagefind.init();
const input = document.getElementById("q");
let latest = Promise.resolve();
async function draw(value) {
  const count = document.getElementById("count");
  const list = document.getElementById("results");
  const search = value.trim() ? await pagefind.search(value) : { results: [] };
  const shown = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  if (input.value !== value) return;
  list.replaceChildren(...shown.map((d) => {
    const li = document.createElement("li");
    li.innerHTML = "<a></a> <span></span>";
    li.firstChild.href = d.url;
    li.firstChild.textContent = d.meta?.title ?? d.url;
    li.lastChild.innerHTML = d.excerpt;
    return li;
  }));
  count.textContent = value.trim() ? search.results.length + " results" : "";
  count.dataset.query = value;
}
input.addEventListener("input", () => { latest = draw(input.value); });
window.benchDrawn = () => latest;
document.body.dataset.ready = "";
</script></body></html>
`;

const tools = [
  {
    name: "dossier",
    root: ours,
    page: pagePath,
    ready: "form.lookup[data-ready]",
    input: "#quote-lookup",
    answered: (q) =>
      document.getElementById("quote-lookup").value === q &&
      /found|matches/.test(document.getElementById("lookup-count")?.textContent ?? ""),
    summary: () => {
      const count = document.getElementById("lookup-count")?.textContent ?? "";
      const fix = document.querySelector(".lookup-correction")?.textContent ?? "";
      return (count + " " + fix).trim();
    },
  },
];
if (theirs) {
  fs.mkdirSync(path.join(theirs, "pagefind-bench"), { recursive: true });
  fs.writeFileSync(path.join(theirs, "pagefind-bench/index.html"), HARNESS);
  tools.push({
    name: "Pagefind",
    root: theirs,
    page: "pagefind-bench/index.html",
    ready: "body[data-ready]",
    input: "#q",
    answered: (q) => document.getElementById("count")?.dataset.query === q,
    summary: () => document.getElementById("count")?.textContent ?? "",
  });
}

const browser = await launch();
const firsts = [];
const keystrokes = {};
for (const tool of tools) {
  const site = await serve(tool.root);
  for (const q of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + tool.page);
    await page.waitForSelector(tool.ready, { state: "attached", timeout: 60000 });
    // From here on, every response body counts (awaited before the context closes).
    const bodies = [];
    // Playwright cannot hand over some large bodies (quotes.bin at 10,000 sources, 15 MB): those are read
    // from the served folder instead, so that no fetched file goes uncounted.
    const fromDisk = (r) => {
      const file = path.join(tool.root, decodeURIComponent(new URL(r.url()).pathname));
      return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
    };
    page.on("requestfinished", (r) =>
      bodies.push(r.response().then((res) => res?.body()).catch(() => null).then((b) => b ?? fromDisk(r))),
    );
    const t0 = Date.now();
    await page.locator(tool.input).focus();
    await page.keyboard.type(q);
    await page.waitForFunction(tool.answered, q, { timeout: 120000 });
    const time = Date.now() - t0;
    const answer = await page.evaluate(tool.summary);
    const got = (await Promise.all(bodies)).filter(Boolean);
    const raw = got.reduce((a, b) => a + b.length, 0);
    const gz = got.reduce((a, b) => a + zlib.gzipSync(b, { level: 9 }).length, 0);
    firsts.push({ tool: tool.name, q, raw, gz, files: got.length, time, answer });
    await context.close();
  }
  // Per keystroke, in one page, after one lookup has loaded what the first query needs.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url + tool.page);
  await page.waitForSelector(tool.ready, { state: "attached", timeout: 60000 });
  await page.locator(tool.input).focus();
  await page.keyboard.type("taliban");
  await page.waitForFunction(tool.answered, "taliban", { timeout: 120000 });
  keystrokes[tool.name] = await page.evaluate(
    async ({ queries, input, rounds }) => {
      const box = document.querySelector(input);
      const all = [];
      const cold = [];
      for (let round = 0; round < rounds; round++) {
        for (const q of queries) {
          for (let n = 1; n <= q.length; n++) {
            box.value = q.slice(0, n);
            const t = performance.now();
            box.dispatchEvent(new Event("input"));
            await window.benchDrawn?.();
            const dt = performance.now() - t;
            all.push(dt);
            if (round === 0) cold.push(dt);
          }
        }
      }
      return { all, cold };
    },
    { queries, input: tool.input, rounds: ROUNDS },
  );
  await context.close();
  await site.close();
}
await browser.close();

const label = process.env.BENCH_LABEL ?? "seed site";
const lines = [
  `### Search side by side: dossier and Pagefind, ${label}`,
  "",
  "First query on a fresh page, typed key by key: bytes fetched after search is ready until the answer to the whole query (as served / gzip -9 of each file), files, time from focus to the answer, and what each shows.",
  "",
  "| query | tool | bytes (served / gzip) | files | time | answer |",
  "|---|---|---:|---:|---:|---|",
  ...firsts.map((f) => `| ${f.q} | ${f.tool} | ${kb(f.raw)} / ${kb(f.gz)} | ${f.files} | ${f.time} ms | ${f.answer.replace(/\|/g, "\\|")} |`),
  "",
  `Per keystroke (every prefix of the ${queries.length} queries, ${ROUNDS} rounds in one page; first round: what was not fetched yet is fetched as typed):`,
  "",
  "| tool | all keystrokes | first round |",
  "|---|---|---|",
  ...Object.entries(keystrokes).map(([name, k]) => `| ${name} | ${ms(k.all)} (${k.all.length}) | ${ms(k.cold)} (${k.cold.length}) |`),
  "",
];
console.log(lines.join("\n"));
if (process.env.BENCH_OUT) fs.appendFileSync(process.env.BENCH_OUT, lines.join("\n") + "\n");
