// `./build.sh bench`: figures for the browser side, measured in headless Chromium against the built site
// served on 127.0.0.1. Prints a table (and, with BENCH_OUT=file, appends it there as Markdown); asserts
// nothing. PUBLIC=dir picks the site, BENCH_PAGE the page to measure (default: the explore page),
// BENCH_QUERIES a JSON list of lookups to type, BENCH_LABEL a title for the table.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { launch } from "./chromium.mjs";
import { answerEveryPrefix, openWithLookup } from "./typing.mjs";
import { serve } from "./serve.mjs";

const root = path.resolve(process.env.PUBLIC ?? "public");
const size = (rel) => {
  const bytes = fs.readFileSync(path.join(root, rel));
  return { raw: bytes.length, gz: zlib.gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => (n / 1024).toFixed(1) + " KB";
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const wasm = size("static/wasm/dossier_web_bg.wasm");
const glue = size("static/wasm/dossier_web.js");
const loader = size("static/dossier.js");
const index = size("index.bin");
const quotesFile = size("quotes.bin");

const pagePath = process.env.BENCH_PAGE ?? "explore/index.html";
const site = await serve(root);
const browser = await launch();

// Navigation to a working filter, on the explore page (the largest), five fresh loads.
const loads = [];
let transferred = 0;
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const total = await bodyBytes(page);
  const t0 = Date.now();
  await page.goto(site.url + pagePath);
  await page.waitForSelector("#facet-panel button[data-entity]", { state: "attached", timeout: 20000 });
  loads.push(Date.now() - t0);
  transferred = await total();
  await context.close();
}

// The first lookup from a fresh load: the quotations (quotes.bin) are fetched then, not before.
// Response sizes come from the network layer (every request, awaited before the page closes).
async function bodyBytes(page) {
  const sizes = [];
  page.on("requestfinished", (r) => sizes.push(r.sizes().then((s) => s.responseBodySize).catch(() => 0)));
  return async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}
let lookupBytes = 0;
let firstLookup = 0;
// The files the first lookup fetched, with their sizes gzipped (as a static host would serve them).
let searchFiles = [];
{
  const context = await browser.newContext();
  const page = await context.newPage();
  const total = await bodyBytes(page);
  const paths = [];
  page.on("request", (r) => paths.push(new URL(r.url()).pathname.slice(1)));
  await page.goto(site.url + pagePath);
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached" });
  const t0 = Date.now();
  await page.locator("#quote-lookup").focus();
  await page.keyboard.type(process.env.BENCH_FIRST ?? "give it to the Taliban");
  await page.waitForFunction(() => /found|matches/.test(document.getElementById("lookup-count")?.textContent ?? ""), null, { timeout: 120000 });
  firstLookup = Date.now() - t0;
  lookupBytes = await total();
  searchFiles = paths.filter((p) => p === "quotes.bin" || p.startsWith("shards/")).map((p) => ({ path: p, ...size(p) }));
  await context.close();
}
const sum = (files) => files.reduce((a, f) => ({ raw: a.raw + f.raw, gz: a.gz + f.gz, n: a.n + 1 }), { raw: 0, gz: 0, n: 0 });
const shardBytes = sum(searchFiles.filter((f) => f.path.startsWith("shards/")));
const quotesFetched = searchFiles.some((f) => f.path === "quotes.bin");

// Time per lookup and per filter change, measured inside the page (input event to results drawn).
const context = await browser.newContext();
const page = await context.newPage();
await openWithLookup(page, site.url + pagePath);
const queries = process.env.BENCH_QUERIES ? JSON.parse(process.env.BENCH_QUERIES) : ["intermarriages", "give it to the Taliban", "collect money from different parts", "much deeper than we think", "gates of hell", "the Taliban provide them shelter", "xyzzy nothing matches"];
// Every prefix answered once (see typing.mjs), so that the timed keystrokes below are whole answers
// drawn synchronously (the time of a keystroke that must fetch is the network's, and never blocks typing).
await answerEveryPrefix(page, queries);
const lookups = await page.evaluate((queries) => {
  const input = document.getElementById("quote-lookup");
  const times = [];
  for (let round = 0; round < 10; round++) {
    for (const q of queries) {
      // As typed: every prefix of the query is one keystroke.
      for (let n = 1; n <= q.length; n++) {
        input.value = q.slice(0, n);
        const t = performance.now();
        input.dispatchEvent(new Event("input"));
        times.push(performance.now() - t);
      }
    }
  }
  return times;
}, queries);
const filters = await page.evaluate(() => {
  const buttons = [...document.querySelectorAll("#facet-panel button[data-entity]")].slice(0, 12);
  const times = [];
  for (let round = 0; round < 10; round++) {
    for (const b of buttons) {
      const t = performance.now();
      b.click();
      times.push(performance.now() - t);
    }
  }
  return times;
});
const paragraphs = await page.locator("main [data-entities]").count();
const page_ = pagePath.replace(/index\.html$/, "");
const rows = [
  ["wasm (dossier_web_bg.wasm)", `${kb(wasm.raw)} raw, ${kb(wasm.gz)} gzip`],
  ["glue (dossier_web.js)", `${kb(glue.raw)} raw, ${kb(glue.gz)} gzip`],
  ["wasm + glue", `${kb(wasm.raw + glue.raw)} raw, ${kb(wasm.gz + glue.gz)} gzip (budget 64 KB gzip)`],
  ["loader (dossier.js)", `${kb(loader.raw)} raw, ${kb(loader.gz)} gzip`],
  ["index head (index.bin: entities, for filters)", `${kb(index.raw)} raw, ${kb(index.gz)} gzip`],
  ["index quotations (quotes.bin, fetched at the first lookup)", `${kb(quotesFile.raw)} raw, ${kb(quotesFile.gz)} gzip`],
  [`navigation → index loaded, filter working (${page_})`, `median ${median(loads)} ms, worst ${Math.max(...loads)} ms (5 fresh loads)`],
  ["bytes downloaded before the first filter answer", `${kb(transferred)} (page, styles, loader, wasm, index head; uncompressed)`],
  ["first lookup on a fresh page: bytes, time", `${kb(lookupBytes)} uncompressed (${quotesFetched ? "with" : "without"} quotes.bin), ${firstLookup} ms from focus to the answer`],
  ["first lookup: sharded text index files fetched", `${shardBytes.n} files, ${kb(shardBytes.raw)} raw, ${kb(shardBytes.gz)} gzip`],
  ["first lookup: quotes.bin", quotesFetched ? `${kb(quotesFile.raw)} raw, ${kb(quotesFile.gz)} gzip` : "not fetched"],
  ["lookup per keystroke (files fetched)", `median ${median(lookups).toFixed(2)} ms, worst ${Math.max(...lookups).toFixed(2)} ms (${lookups.length} keystrokes)`],
  ["filter change", `median ${median(filters).toFixed(2)} ms, worst ${Math.max(...filters).toFixed(2)} ms (${filters.length} clicks, ${paragraphs} passages)`],
];
const label = process.env.BENCH_LABEL ?? "seed site";
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`dossier bench — ${label} — headless Chromium ${browser.version?.() ?? ""}`.trim());
for (const [k, v] of rows) console.log(k.padEnd(width) + "  " + v);
if (process.env.BENCH_OUT) {
  const md = [`### Browser: ${label}`, "", "| figure | value |", "|---|---|", ...rows.map(([k, v]) => `| ${k} | ${v} |`), ""];
  fs.appendFileSync(process.env.BENCH_OUT, md.join("\n") + "\n");
}
await browser.close();
await site.close();
