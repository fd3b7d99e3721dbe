// The entity filter across the pages of a paginated listing, in headless Chromium: a synthetic corpus
// large enough for several explore pages is generated and built (with the wasm bundle) into a temp
// folder; the panel fetches the listing's filter table at the first filter only, counts the whole
// listing, and links to the other pages with matches, carrying the selection.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { launch } from "./chromium.mjs";
import { serve } from "./serve.mjs";

/** A count as the filter panel prints it: thousands grouped (24,226). */
const grouped = (count) => count.toLocaleString("en-US");

const repo = path.resolve(".");
let dir, site, browser;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-listing-"));
  execFileSync("cargo", ["build", "--release", "--quiet", "-p", "dossier-corpus", "-p", "dossier"], { stdio: "inherit" });
  execFileSync(path.join(repo, "target/release/dossier-corpus"), ["--sources", "100", "--seed", "1", "--out", dir], { stdio: "ignore" });
  execFileSync(path.join(repo, "target/release/dossier"), ["build", "--quiet", "--root", dir, "--wasm", path.join(repo, "target/wasm-bundle")]);
  site = await serve(path.join(dir, "public"));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function open(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const fetched = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(url);
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached", timeout: 15000 });
  const summary = page.locator("details.facets-box:not([open]) > summary");
  if (await summary.count()) await summary.click();
  return { page, context, problems, fetched };
}

/** The items of every explore page with their entity ids, read from the built HTML. */
function listing() {
  const pages = [];
  for (let n = 1; ; n++) {
    const file = path.join(dir, "public", n === 1 ? "explore/index.html" : `explore/page/${n}/index.html`);
    if (!fs.existsSync(file)) break;
    const html = fs.readFileSync(file, "utf8");
    pages.push([...html.matchAll(/data-entities="([^"]*)"/g)].map((m) => m[1].split(" ").filter(Boolean)));
  }
  return pages;
}

test("a filter counts the whole listing and links to the other pages with matches", async () => {
  const pages = listing();
  assert.ok(pages.length >= 3, `${pages.length} explore pages`);
  const { page, context, problems, fetched } = await open(site.url + "explore/index.html");
  assert.ok(!fetched.includes("/explore/filter.bin"), "the table waits for the first filter");
  const button = page.locator("#facet-panel button[data-entity]").first();
  const entity = await button.getAttribute("data-entity");
  await button.click();
  await page.waitForFunction(() => /in all/.test(document.querySelector("#filter-count")?.textContent ?? ""));
  assert.ok(fetched.includes("/explore/filter.bin"));
  const expected = pages.map((items) => items.filter((ids) => ids.includes(entity)).length);
  const total = expected.reduce((a, b) => a + b, 0);
  const on = expected.filter((n) => n > 0).length;
  const shown = await page.locator("main [data-entities]:not([hidden])").count();
  const text = await page.locator("#filter-count").textContent();
  assert.equal(text, `${grouped(shown)} of ${grouped(pages[0].length)} passages on this page; ${grouped(total)} passage${total === 1 ? "" : "s"} on ${on} page${on === 1 ? "" : "s"} in all.`);
  assert.equal(await button.locator(".facet-all").textContent(), `/ ${grouped(total)}`);
  // Links to the pages with matches, carrying the selection; the next one leads there, filtered.
  const links = page.locator("#listing-pages a[data-page]");
  const linked = await links.evaluateAll((as) => as.map((a) => Number(a.dataset.page)));
  const withMatches = expected.map((n, i) => (n > 0 ? i + 1 : 0)).filter((n) => n > 1);
  assert.deepEqual(linked.filter((n) => !isNaN(n)).slice(0, Math.min(7, withMatches.length)), withMatches.slice(0, Math.min(7, withMatches.length)));
  const next = page.locator("#listing-pages a.listing-next");
  const target = Number(await next.getAttribute("data-page"));
  assert.equal(target, withMatches[0]);
  assert.match(await next.getAttribute("href"), new RegExp(`\\?entity=${entity}$`));
  await next.click();
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached" });
  await page.waitForFunction(() => /in all/.test(document.querySelector("#filter-count")?.textContent ?? ""));
  assert.equal(await page.locator("main [data-entities]:not([hidden])").count(), expected[target - 1]);
  assert.match(await page.locator("#filter-count").textContent(), new RegExp(`; ${grouped(total)} passages? on ${on} pages? in all\\.$`));
  assert.equal(await page.locator(`#listing-pages .listing-here[aria-current="page"]`).textContent(), String(target));
  assert.deepEqual(problems, []);
  await context.close();
});

test("arriving with two entities and match=any counts the whole listing in that mode", async () => {
  const pages = listing();
  const counts = new Map();
  for (const ids of pages.flat()) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [a, b] = [...counts].sort((x, y) => y[1] - x[1]).map(([id]) => id);
  const any = pages.flat().filter((ids) => ids.includes(a) || ids.includes(b)).length;
  const all = pages.flat().filter((ids) => ids.includes(a) && ids.includes(b)).length;
  const { page, context, problems, fetched } = await open(site.url + `explore/index.html?entity=${a},${b}&match=any`);
  await page.waitForFunction(() => /in all/.test(document.querySelector("#filter-count")?.textContent ?? ""));
  assert.ok(fetched.includes("/explore/filter.bin"), "arriving with a selection fetches the table");
  assert.match(await page.locator("#filter-count").textContent(), new RegExp(`; ${grouped(any)} passages on \\d+ pages? in all\\.$`));
  assert.match(await page.locator("#listing-pages a").first().getAttribute("href"), /match=any/);
  await page.locator("#facet-mode").click();
  await page.waitForFunction((n) => new RegExp(`; ${n} passages? on \\d+ pages? in all\\.`).test(document.querySelector("#filter-count")?.textContent ?? ""), grouped(all));
  assert.equal(fetched.filter((p) => p === "/explore/filter.bin").length, 1, "fetched once");
  assert.deepEqual(problems, []);
  await context.close();
});

test("without the table (refused), the panel counts its page as before", async () => {
  const bad = await serve(path.join(dir, "public"), (p) => (p === "/explore/filter.bin" ? Buffer.from("DSIX not a table") : null));
  const context = await browser.newContext();
  const page = await context.newPage();
  const exceptions = [];
  page.on("pageerror", (e) => exceptions.push(e.message));
  await page.goto(bad.url + "explore/page/2/index.html");
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached", timeout: 15000 });
  await page.locator("details.facets-box > summary").click();
  await page.locator("#facet-panel button[data-entity]").first().click();
  await page.waitForFunction(() => /passages shown\.$/.test(document.querySelector("#filter-count")?.textContent ?? ""));
  assert.ok(await page.locator("#listing-pages[hidden]").count());
  assert.deepEqual(exceptions, []);
  await context.close();
  await bad.close();
});
