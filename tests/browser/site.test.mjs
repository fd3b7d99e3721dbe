// End-to-end tests of the built site in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core), served over real HTTP on 127.0.0.1. Run by `./build.sh test` after the build:
//   node --test tests/browser/
// PUBLIC=dir to test another build (default: public/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { launch } from "./chromium.mjs";
import { serve } from "./serve.mjs";

const require = createRequire(import.meta.url);
const root = path.resolve(process.env.PUBLIC ?? "public");
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser;
let site;

before(async () => {
  site = await serve(root);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh page that records console errors, uncaught exceptions and requests outside the site. */
async function open(url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
  page.on("request", (r) => { if (!r.url().startsWith(site.url)) problems.push(`external request: ${r.url()}`); });
  await page.goto(url);
  return { page, context, problems };
}

/** Waits until dossier-web has attached (the lookup form is marked ready). */
async function ready(page) {
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached", timeout: 15000 });
  // The entity filter is collapsed behind one button below the title: open it as a reader would.
  const filter = page.locator("details.facets-box:not([open]) > summary");
  if (await filter.count()) await filter.click();
}

const SEEDS_WITH_INTERMARRIAGES = ["biden-missing-out", "bond-much-deeper", "deadly-raid-global-reach"];

test("the index's head alone drives the filters, and a lookup is answered from the shards without quotes.bin", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(site.url + "explore/index.html");
  await ready(page);
  // Filters work from the head of the index alone.
  await page.locator("#facet-panel button[data-entity]").first().click();
  assert.ok(fetched.includes("/index.bin"));
  assert.ok(!fetched.includes("/quotes.bin"), "quotes.bin is not fetched before a lookup");
  await page.locator("#quote-lookup").focus();
  await page.keyboard.type("intermarriages");
  await page.locator("#quote-results [data-sources]").first().waitFor();
  assert.ok(fetched.some((p) => /^\/shards\/q\d+\.bin$/.test(p)), "quotation chunks fetched: " + fetched.join(" "));
  assert.ok(!fetched.includes("/quotes.bin"), "quotes.bin is not needed for an answer");
  await context.close();
});

test("typing a quotation lists every source that carries it", async () => {
  const { page, context, problems } = await open(site.url + "index.html");
  await ready(page);
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "quote-lookup", "/ focuses the search box");
  await page.keyboard.type("intermarriages");
  const result = page.locator("#quote-results [data-sources]").first();
  await result.waitFor();
  const sources = (await result.getAttribute("data-sources")).split(" ").sort();
  assert.deepEqual(sources, SEEDS_WITH_INTERMARRIAGES);
  assert.equal(await page.locator("#quote-results mark").first().textContent(), "intermarriages");
  assert.match(await page.locator("#lookup-count").textContent(), /1 statement found/);
  // A source of no known outlet is named as the quotes page names it, by the start of its title.
  const shown = await page.locator("#quote-results").textContent();
  assert.ok(!shown.includes("Unknown outlet"), shown);
  assert.ok(shown.includes("“Al-Qaeda’s bond with Taliban"), shown);
  // The state is in the URL (written once typing pauses).
  await page.waitForURL(/[?&]q=intermarriages/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a changed word, curly quotes and capitals still find the statement", async () => {
  const { page, context, problems } = await open(site.url + "sources/index.html");
  await ready(page);
  await page.fill("#quote-lookup", "“COLLECT MONEY from different parts of the world and send it”");
  const result = page.locator("#quote-results [data-sources]").first();
  await result.waitFor();
  assert.deepEqual((await result.getAttribute("data-sources")).split(" ").sort(), SEEDS_WITH_INTERMARRIAGES);
  assert.deepEqual(problems, []);
  await context.close();
});

test("misspelt words find what their right spellings find, and the correction is shown", async () => {
  const { page, context, problems } = await open(site.url + "sources/index.html");
  await ready(page);
  for (const [typed, corrected] of [
    ["intermariages", "intermarriages"],
    ["intermarraiges", "intermarriages"],
    ["collect mony from diferent parts", "collect mony from different parts"],
  ]) {
    await page.fill("#quote-lookup", typed);
    const result = page.locator("#quote-results [data-sources]").first();
    await result.waitFor();
    assert.deepEqual((await result.getAttribute("data-sources")).split(" ").sort(), SEEDS_WITH_INTERMARRIAGES, typed);
    assert.equal(await page.locator("#quote-results .lookup-correction q").textContent(), corrected, typed);
  }
  // A right spelling shows no correction.
  await page.fill("#quote-lookup", "intermarriages");
  await page.locator("#quote-results [data-sources]").first().waitFor();
  assert.equal(await page.locator("#quote-results .lookup-correction").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a place named only in an article's narration is found with its paragraph", async () => {
  const { page, context, problems } = await open(site.url + "index.html");
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await ready(page);
  await page.fill("#quote-lookup", "Kunar");
  const passage = page.locator('#quote-results .lookup-passage[data-source="taliban-darling-again"]');
  await passage.waitFor();
  assert.equal(await passage.locator("mark").first().textContent(), "Kunar");
  assert.match(await passage.locator("a").getAttribute("href"), /sources\/taliban-darling-again\/index\.html#p18$/);
  assert.match(await page.locator("#lookup-count").textContent(), /1 passage found/);
  // With a typo inside the word, the same paragraph.
  await page.fill("#quote-lookup", "the Kunsav settlement");
  await page.locator("#quote-results .lookup-passage mark").first().waitFor();
  assert.equal(await page.locator("#quote-results .lookup-correction q").textContent(), "the kunsaf settlement");
  // Both came through the sharded text index: its manifest, some term shards, the lexicon of the
  // misspelt word's letter and the text of the candidates, each file once, not the whole index.
  const shards = fs.readdirSync(path.join(root, "shards"));
  const got = fetched.filter((p) => p.startsWith("/shards/"));
  assert.ok(got.includes("/shards/manifest.bin"), got.join(" "));
  assert.ok(got.some((p) => /^\/shards\/t\d+\.bin$/.test(p)), "term shards fetched");
  assert.ok(got.some((p) => /^\/shards\/w\d+\.bin$/.test(p)), "a lexicon fetched for the typo");
  assert.ok(got.some((p) => /^\/shards\/p\d+\.bin$/.test(p)), "text chunks fetched");
  assert.ok(!fetched.includes("/quotes.bin"), "quotes.bin is not needed: " + fetched.join(" "));
  assert.equal(new Set(got).size, got.length, "each shard fetched once: " + got.join(" "));
  assert.ok(got.length < shards.length, `${got.length} of ${shards.length} shard files fetched`);
  await passage.locator("a").count();
  await page.locator("#quote-results .lookup-passage a").first().click();
  await page.waitForURL(/sources\/[^/]+\/index\.html#p\d+$/);
  assert.deepEqual(problems, []);
  await context.close();
});

// A bench-sized site (LARGE_PUBLIC=target/bench/corpus-10000/public): a misspelt quotation and a place
// named only in narration are answered from the shards, without quotes.bin, within the byte budget.
const large = process.env.LARGE_PUBLIC && path.resolve(process.env.LARGE_PUBLIC);
test("at a bench-sized site a misspelt query and a narration-only place are answered without quotes.bin", { skip: !large && "LARGE_PUBLIC is not set" }, async () => {
  const big = await serve(large);
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  const first = fs.readdirSync(path.join(large, "sources")).find((d) => fs.existsSync(path.join(large, "sources", d, "index.html")));
  await page.goto(`${big.url}sources/${first}/index.html`);
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached", timeout: 30000 });
  for (const [typed, kind] of [["colect mony from diferent parts", "[data-sources]"], ["Kunsaf", ".lookup-passage"]]) {
    const before = fetched.length;
    await page.fill("#quote-lookup", typed);
    await page.locator(`#quote-results ${kind}`).first().waitFor({ timeout: 30000 });
    const got = fetched.slice(before);
    assert.ok(!got.includes("/quotes.bin"), typed);
    const bytes = got.filter((p) => p.startsWith("/shards/"))
      .reduce((n, p) => n + zlib.gzipSync(fs.readFileSync(path.join(large, p.slice(1)))).length, 0);
    assert.ok(bytes < 150 * 1024, `${typed}: ${bytes} bytes gzip in ${got.length} files`);
  }
  assert.ok(!fetched.includes("/quotes.bin"));
  await context.close();
  await big.close();
});

test("without JavaScript the search form leads to a page that says why and where to read instead", async () => {
  const { page, context, problems } = await open(site.url + "index.html", { javaScriptEnabled: false });
  await page.fill("#quote-lookup", "Kunar");
  await page.press("#quote-lookup", "Enter");
  await page.waitForURL(/search\/index\.html\?q=Kunar/);
  assert.match(await page.locator("#search-needs-js").textContent(), /needs JavaScript/);
  for (const href of ["../quotes/index.html", "../explore/index.html", "../entities/index.html"]) {
    assert.equal(await page.locator(`main a[href="${href}"]`).count(), 1, href);
  }
  assert.deepEqual(problems, []);
  await context.close();
  // With JavaScript the same address answers the query in the box.
  const js = await open(site.url + "search/index.html?q=Kunar");
  await ready(js.page);
  await js.page.locator("#quote-results .lookup-passage").first().waitFor();
  assert.equal(await js.page.locator("#search-needs-js").isVisible(), false);
  assert.deepEqual(js.problems, []);
  await js.context.close();
});

test("opened from a file, the search box says why it cannot search", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const exceptions = [];
  page.on("pageerror", (e) => exceptions.push(e.message));
  await page.goto("file://" + path.join(root, "index.html"));
  await page.waitForFunction(() => document.getElementById("lookup-count")?.textContent.length > 0);
  assert.match(await page.locator("#lookup-count").textContent(), /served over HTTP/);
  assert.match(await page.getAttribute("#quote-lookup", "placeholder"), /served over HTTP/);
  assert.deepEqual(exceptions, []);
  await context.close();
});

test("selecting Husam Abd al-Rauf on the explore page keeps exactly the passages that mention him", async () => {
  const { page, context, problems } = await open(site.url + "explore/index.html");
  await ready(page);
  const facet = page.locator('#facet-panel button[data-entity="husam-abd-al-rauf"]');
  await facet.click();
  assert.equal(await facet.getAttribute("aria-pressed"), "true");
  const state = await page.evaluate(() =>
    [...document.querySelectorAll("main [data-entities]")].map((el) => ({
      hidden: el.hidden,
      mentions: el.querySelector('[data-entity="husam-abd-al-rauf"]') !== null,
      text: el.textContent,
    })));
  const visible = state.filter((s) => !s.hidden);
  assert.ok(visible.length > 0);
  for (const s of state) assert.equal(!s.hidden, s.mentions, s.text.slice(0, 80));
  // He appears under several names: all are kept.
  const names = ["Husam Abd al-Rauf", "Husama Abd al-Rauf", "Husam Abd-al-Rauf", "al-Rauf", "Abu Muhsen al-Masri", "Abu Muhsin al Masri"];
  for (const name of names) {
    assert.ok(visible.some((s) => s.text.includes(name)), `a kept passage says ${name}`);
  }
  assert.match(await page.locator("#filter-count").textContent(), new RegExp(`^${visible.length} of \\d+ passages shown`));
  await page.waitForFunction(() => /[?&]entity=husam-abd-al-rauf/.test(location.search));
  // Mentions of the selected entity are highlighted.
  assert.ok(await page.locator('main span.hit[data-entity="husam-abd-al-rauf"]').count() > 0);
  // Clear brings everything back.
  await page.click("#facet-clear");
  assert.equal(await page.locator("main [data-entities][hidden]").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("all and any selection modes", async () => {
  const { page, context } = await open(site.url + "explore/index.html");
  await ready(page);
  const shown = () => page.locator("main [data-entities]:not([hidden])").count();
  await page.click('#facet-panel button[data-entity="taliban"]');
  const taliban = await shown();
  await page.click('#facet-panel button[data-entity="husam-abd-al-rauf"]');
  const both = await shown();
  assert.ok(both < taliban, "all: narrows");
  await page.click("#facet-mode");
  const either = await shown();
  assert.ok(either >= taliban, "any: widens");
  assert.equal(await page.locator("#facet-mode").getAttribute("aria-pressed"), "true");
  await context.close();
});

test("a URL with state restores the view, and back and forward work", async () => {
  const { page, context, problems } = await open(site.url + "explore/index.html?entity=husam-abd-al-rauf&q=intermarriages");
  await ready(page);
  assert.equal(await page.inputValue("#quote-lookup"), "intermarriages");
  assert.equal(await page.locator('#facet-panel button[data-entity="husam-abd-al-rauf"]').getAttribute("aria-pressed"), "true");
  const hidden = await page.locator("main [data-entities][hidden]").count();
  assert.ok(hidden > 0);
  await page.locator("#quote-results [data-sources]").first().waitFor();
  await page.click('#facet-panel button[data-entity="taliban"]');
  await page.waitForFunction(() => location.search.includes("taliban"));
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes("taliban"));
  assert.equal(await page.locator('#facet-panel button[data-entity="taliban"]').getAttribute("aria-pressed"), "false");
  assert.equal(await page.locator("main [data-entities][hidden]").count(), hidden);
  await page.goForward();
  await page.waitForFunction(() => location.search.includes("taliban"));
  assert.equal(await page.locator('#facet-panel button[data-entity="taliban"]').getAttribute("aria-pressed"), "true");
  assert.deepEqual(problems, []);
  await context.close();
});

test("on the briefing, filtering dims rather than hides", async () => {
  const { page, context } = await open(site.url + "index.html");
  await ready(page);
  await page.click('#facet-panel button[data-entity="husam-abd-al-rauf"]');
  assert.ok(await page.locator("main [data-entities][data-dimmed]").count() > 0);
  assert.equal(await page.locator("main [data-entities][hidden]").count(), 0);
  await context.close();
});

test("the briefing comes first: after the skip link, Tab reaches the text at once, and the title precedes the filter", async () => {
  for (const width of [1280, 390]) {
    const { page, context, problems } = await open(site.url + "index.html", { viewport: { width, height: 900 } });
    await page.waitForSelector("form.lookup[data-ready]", { state: "attached", timeout: 15000 });
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.className), "skip");
    await page.keyboard.press("Enter");
    // One stop for the collapsed filter, then the table of contents of the briefing.
    const stops = [];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press("Tab");
      stops.push(await page.evaluate(() => document.activeElement.closest("article.briefing") ? document.activeElement.tagName : "outside"));
    }
    assert.deepEqual(stops, ["SUMMARY", "A"], `${width}px: ${stops}`);
    const order = await page.evaluate(() => {
      const h1 = document.querySelector("article.briefing h1").getBoundingClientRect().top;
      const filter = document.querySelector("details.facets-box").getBoundingClientRect().top;
      return h1 < filter;
    });
    assert.ok(order, `${width}px: the title is above the filter`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("the dark scheme keeps the text readable", async () => {
  const { page, context } = await open(site.url + "index.html", { colorScheme: "dark" });
  const [bg, fg] = await page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return [s.backgroundColor, s.color];
  });
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (lum(fg) + 0.05) / (lum(bg) + 0.05);
  assert.ok(lum(bg) < 0.05, `dark background: ${bg}`);
  assert.ok(ratio > 12, `contrast ${ratio.toFixed(1)}:1`);
  await context.close();
});

test("without JavaScript every page reads fully", async () => {
  const { page, context, problems } = await open(site.url + "index.html", { javaScriptEnabled: false });
  assert.ok((await page.locator(".body p").count()) > 20);
  assert.ok((await page.locator(".endnotes li").count()) > 20);
  assert.equal(await page.locator("#facet-panel").isVisible(), false, "the facet panel needs JavaScript and stays hidden");
  for (const p of ["sources/index.html", "sources/bond-much-deeper/index.html", "entities/index.html", "quotes/index.html", "explore/index.html", "entities/husam-abd-al-rauf/index.html"]) {
    await page.goto(site.url + p);
    assert.ok((await page.locator("main").textContent()).length > 500, p);
    assert.equal(await page.locator("main [hidden][data-entities]").count(), 0, p);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("every page passes axe-core without serious or critical violations, with no console error or outside request", async () => {
  const pages = ["index.html", "sources/index.html", "entities/index.html", "quotes/index.html", "explore/index.html", "search/index.html"];
  for (const dir of fs.readdirSync(path.join(root, "sources"))) {
    if (fs.statSync(path.join(root, "sources", dir)).isDirectory()) pages.push(`sources/${dir}/index.html`);
  }
  pages.push("entities/husam-abd-al-rauf/index.html", "entities/taliban/index.html", "404.html");
  // Both colour schemes: the dark one must keep the contrast axe checks.
  for (const colorScheme of ["light", "dark"]) {
    // axe is injected as a script, which the pages' CSP forbids; bypass CSP for the checker only.
    const { page, context, problems } = await open(site.url + "index.html", { bypassCSP: true, colorScheme });
    for (const p of pages) {
      await page.goto(site.url + p);
      await ready(page);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target.join(" ") }));
      });
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(bad, [], `${colorScheme} ${p}: ${JSON.stringify(bad)}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("the site works under its Content-Security-Policy without inline scripts", async () => {
  const { page, context, problems } = await open(site.url + "explore/index.html");
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp, /default-src 'self'/);
  assert.equal(await page.locator("script:not([src])").count(), 0);
  await ready(page);
  await page.fill("#quote-lookup", "gates of hell");
  await page.locator("#quote-results [data-sources]").first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("a broken index shows a short message and leaves the page usable", async () => {
  const index = fs.readFileSync(path.join(root, "index.bin"));
  for (const broken of [index.subarray(0, index.length >> 1), Buffer.from("not an index at all")]) {
    const bad = await serve(root, (p) => (p === "/index.bin" ? broken : null));
    const context = await browser.newContext();
    const page = await context.newPage();
    const exceptions = [];
    page.on("pageerror", (e) => exceptions.push(e.message));
    await page.goto(bad.url + "explore/index.html");
    const status = page.locator("#dossier-status");
    await status.waitFor({ state: "visible" });
    assert.match(await status.textContent(), /unavailable/);
    assert.equal(await page.locator("main [data-entities][hidden]").count(), 0);
    assert.ok((await page.locator("main .para").count()) > 50);
    assert.deepEqual(exceptions, []);
    await context.close();
    await bad.close();
  }
});

test("a crafted or foreign shard is refused with a short message and does not freeze the page", async () => {
  const manifest = fs.readFileSync(path.join(root, "shards/manifest.bin"));
  // A term shard whose postings run past the index, a manifest of another build, plain garbage.
  const crafted = (p) => {
    if (!/^\/shards\/t\d+\.bin$/.test(p)) return null;
    const bytes = Buffer.from(fs.readFileSync(path.join(root, p.slice(1))));
    bytes.fill(0xff, Math.max(12, bytes.length - 64));
    return bytes;
  };
  const foreign = (p) => {
    if (p !== "/shards/manifest.bin") return null;
    const bytes = Buffer.from(manifest);
    bytes[6] ^= 0x01; // the build id, right after the magic, the version and the part
    return bytes;
  };
  const garbage = (p) => (p.startsWith("/shards/") && p !== "/shards/manifest.bin" ? Buffer.from("DSIX garbage") : null);
  for (const tamper of [crafted, foreign, garbage]) {
    const bad = await serve(root, tamper);
    const context = await browser.newContext();
    const page = await context.newPage();
    const exceptions = [];
    page.on("pageerror", (e) => exceptions.push(e.message));
    await page.goto(bad.url + "explore/index.html");
    await ready(page);
    await page.fill("#quote-lookup", "Kunar");
    const status = page.locator("#dossier-status");
    await status.waitFor({ state: "visible", timeout: 10000 });
    assert.match(await status.textContent(), /Search is unavailable/, tamper.name);
    // The page still answers typing at once, and reads as before.
    await page.fill("#quote-lookup", "Kunar province");
    assert.ok((await page.locator("main .para").count()) > 50);
    assert.deepEqual(exceptions, [], tamper.name);
    await context.close();
    await bad.close();
  }
});

test("hostile article text never runs in the browser", async () => {
  const { execFileSync } = await import("node:child_process");
  const os = await import("node:os");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-hostile-"));
  fs.cpSync(path.resolve("tests/fixtures/hostile/content"), path.join(dir, "content"), { recursive: true });
  fs.cpSync(path.resolve("site"), path.join(dir, "site"), { recursive: true });
  execFileSync(path.resolve("target/release/dossier"), ["build", "--quiet", "--root", dir, "--wasm", path.resolve("target/wasm-bundle")]);
  const hostile = await serve(path.join(dir, "public"));
  try {
    for (const p of ["index.html", "sources/hostile-page/index.html", "sources/index.html", "explore/index.html", "quotes/index.html"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const dialogs = [];
      page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
      await page.goto(hostile.url + p);
      await page.waitForTimeout(300);
      for (const a of await page.locator("a").all()) await a.hover({ timeout: 500 }).catch(() => {});
      assert.equal(await page.evaluate(() => window.__pwned), undefined, p);
      assert.deepEqual(dialogs, [], p);
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(hostile.url + "sources/hostile-page/index.html");
    assert.match(await page.locator("#p1").textContent(), /<script>window\.__pwned = 1<\/script>/, "shown as text");
    await context.close();
  } finally {
    await hostile.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Steps with the match control by keyboard and returns the status it announces. */
async function stepMatch(page, id) {
  await page.focus(`#${id}`);
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), id, "focus stays on the control");
  return page.locator("#match-status").textContent();
}

for (const [where, url] of [["the briefing", "index.html"], ["the explore page", "explore/index.html"], ["a source page", "sources/bond-much-deeper/index.html"]]) {
  test(`on ${where}, next and previous match step through the filtered passages and say where they are`, async () => {
    const { page, context, problems } = await open(site.url + url);
    await ready(page);
    assert.ok(await page.locator("#match-nav").isHidden(), "no control without a filter");
    await page.click('#facet-panel button[data-entity="husam-abd-al-rauf"]');
    await page.locator("#match-nav").waitFor();
    const matches = page.locator("main [data-entities]:not([hidden]):not([data-dimmed])");
    const total = await matches.count();
    assert.ok(total > 1, `${total} matches`);
    assert.equal(await stepMatch(page, "match-next"), `Match 1 of ${total}`);
    assert.ok(await matches.nth(0).evaluate((e) => e.classList.contains("current-match")));
    const box = await page.locator("main .current-match").boundingBox();
    const height = page.viewportSize().height;
    assert.ok(box.y >= 0 && box.y < height, `the current match is in the window (y = ${box.y})`);
    assert.equal(await stepMatch(page, "match-next"), `Match 2 of ${total}`);
    assert.equal(await page.locator("main .current-match").count(), 1);
    assert.ok(await matches.nth(1).evaluate((e) => e.classList.contains("current-match")));
    assert.equal(await stepMatch(page, "match-prev"), `Match 1 of ${total}`);
    assert.equal(await stepMatch(page, "match-prev"), `Match ${total} of ${total}`, "wraps around");
    assert.ok(await matches.nth(total - 1).evaluate((e) => e.classList.contains("current-match")));
    // The control is the next Tab stop after the filter: it follows the filter in the document.
    assert.ok(await page.evaluate(() =>
      document.querySelector("details.facets-box").compareDocumentPosition(document.querySelector("#match-nav")) & Node.DOCUMENT_POSITION_FOLLOWING));
    await page.click("#facet-clear");
    assert.ok(await page.locator("#match-nav").isHidden());
    assert.equal(await page.locator("main .current-match").count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** Two entities of the facet panel that no passage of the page mentions together. */
async function disjointPair(page) {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll("#facet-panel button[data-entity]")].map((b) => b.dataset.entity);
    const sets = [...document.querySelectorAll("main [data-entities]")].map((e) => new Set(e.dataset.entities.split(/\s+/)));
    for (const a of ids) for (const b of ids) {
      if (a < b && !sets.some((s) => s.has(a) && s.has(b))) return [a, b];
    }
    return null;
  });
}

test("when all of a selection matches nothing, the panel offers any, which shows what it said", async () => {
  const { page, context, problems } = await open(site.url + "explore/index.html");
  await ready(page);
  const pair = await disjointPair(page);
  assert.ok(pair, "two entities never mentioned together");
  await page.click(`#facet-panel button[data-entity="${pair[0]}"]`);
  assert.ok(await page.locator("#filter-hint").isHidden(), "one entity: no hint");
  await page.click(`#facet-panel button[data-entity="${pair[1]}"]`);
  assert.equal(await page.locator("main [data-entities]:not([hidden])").count(), 0);
  await page.locator("#filter-hint").waitFor();
  const said = (await page.locator("#filter-count").textContent()).match(/No passage mentions all 2 selected entities; (\d+) passages? mentions? at least one\./);
  assert.ok(said, await page.locator("#filter-count").textContent());
  assert.ok(await page.locator("#match-nav").isHidden(), "nothing to step through");
  await page.focus("#facet-any");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("#facet-mode").getAttribute("aria-pressed"), "true");
  assert.equal(await page.locator("main [data-entities]:not([hidden])").count(), Number(said[1]));
  assert.ok(await page.locator("#filter-hint").isHidden());
  await page.waitForFunction(() => /[?&]match=any/.test(location.search));
  assert.deepEqual(problems, []);
  await context.close();
});

test("the explore page hides the sources and quotation lists a filter emptied, and shows them again", async () => {
  const { page, context, problems } = await open(site.url + "explore/index.html");
  await ready(page);
  await page.click('#facet-panel button[data-entity="husam-abd-al-rauf"]');
  const groups = await page.evaluate(() => {
    const kept = (g) => [...g.querySelectorAll("[data-entities]")].some((e) => !e.hidden);
    return {
      sections: [...document.querySelectorAll("main section.explore-source")].map((s) => ({ hidden: s.hidden, kept: kept(s), id: s.getAttribute("aria-labelledby") })),
      lists: [...document.querySelectorAll("main ul.explore-quotes")].map((u) => ({ hidden: u.hidden, heading: u.previousElementSibling.hidden, kept: kept(u) })),
    };
  });
  for (const s of groups.sections) assert.equal(s.hidden, !s.kept, s.id);
  for (const l of groups.lists) {
    assert.equal(l.hidden, !l.kept);
    assert.equal(l.heading, l.hidden, "the heading goes with its list");
  }
  assert.ok(groups.sections.some((s) => s.hidden) && groups.sections.some((s) => !s.hidden));
  assert.ok(groups.lists.some((l) => l.hidden), "some quotation list was emptied");
  await page.click("#facet-clear");
  assert.equal(await page.locator("main section.explore-source[hidden], main ul.explore-quotes[hidden], main h3[hidden]").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("with a filter on, the match control and the hint pass axe in both schemes", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context, problems } = await open(site.url + "explore/index.html", { bypassCSP: true, colorScheme });
    await ready(page);
    const pair = await disjointPair(page);
    // The briefing with a current match, then explore with the hint to match any.
    for (const [p, shown] of [["index.html?entity=husam-abd-al-rauf", "#match-status:not(:empty)"], [`explore/index.html?entity=${pair.join(",")}`, "#filter-hint"]]) {
      await page.goto(site.url + p);
      await ready(page);
      if (p.startsWith("index")) await stepMatch(page, "match-next");
      await page.locator(shown).waitFor();
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, target: v.nodes[0]?.target.join(" ") }));
      });
      const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      assert.deepEqual(bad, [], `${colorScheme} ${p}: ${JSON.stringify(bad)}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});
