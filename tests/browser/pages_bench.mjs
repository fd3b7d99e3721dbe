// Opens one page of each kind of a built site from a local server in headless Chromium and prints how
// long each takes (navigation to the load event, and to the search and filters being ready), its size
// as served, and whether an entity filter chosen on a paginated listing is carried to the next page,
// with the whole-listing count and the time from a click to the updated panel.
// Run by `./build.sh bench` on the 10,000-source site (BENCH_SITE=…/public); figures, not assertions.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { launch } from "./chromium.mjs";
import { serve } from "./serve.mjs";

const root = path.resolve(process.env.BENCH_SITE ?? "public");
const label = process.env.BENCH_LABEL ?? root;
const out = process.env.BENCH_OUT;
const first = (dir) => fs.readdirSync(path.join(root, dir)).filter((d) => d !== "page" && fs.existsSync(path.join(root, dir, d, "index.html"))).sort()[0];
const biggest = (dir) => fs.readdirSync(path.join(root, dir)).filter((d) => d !== "page" && fs.existsSync(path.join(root, dir, d, "index.html")))
  .map((d) => [d, fs.statSync(path.join(root, dir, d, "index.html")).size]).sort((a, b) => b[1] - a[1])[0][0];
const has = (p) => fs.existsSync(path.join(root, p));
const kinds = [
  ["briefing", "index.html"],
  ["sources, page 1", "sources/index.html"],
  ["sources, page 2", "sources/page/2/index.html"],
  ["a source", `sources/${first("sources")}/index.html`],
  ["entities", "entities/index.html"],
  ["the largest entity page", `entities/${biggest("entities")}/index.html`],
  ["quotes, page 1", "quotes/index.html"],
  ["quotes, page 2", "quotes/page/2/index.html"],
  ["explore, page 1", "explore/index.html"],
  ["explore, page 2", "explore/page/2/index.html"],
  ["search", "search/index.html?q=Kunsaf"],
].filter(([, p]) => has(p.split("?")[0]));

const server = await serve(root);
const browser = await launch();
const rows = [];
for (const [kind, p] of kinds) {
  const times = [];
  let ready = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(server.url + p, { waitUntil: "load", timeout: 60000 });
    times.push(Date.now() - start);
    await page.waitForSelector("form.lookup[data-ready]", { state: "attached", timeout: 60000 }).catch(() => {});
    ready.push(Date.now() - start);
    await context.close();
  }
  const size = fs.statSync(path.join(root, p.split("?")[0])).size;
  times.sort((a, b) => a - b);
  ready.sort((a, b) => a - b);
  rows.push(`| ${kind} | \`${p}\` | ${(size / 1024).toFixed(0)} KB | ${times[1]} ms (worst ${times[2]}) | ${ready[1]} ms (worst ${ready[2]}) |`);
}

// The filter on a paginated listing: choose the first entity on explore page 1, follow "next".
let carried = "no paginated explore page";
if (has("explore/page/2/index.html")) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + "explore/index.html");
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached", timeout: 60000 });
  const summary = page.locator("details.facets-box:not([open]) > summary");
  if (await summary.count()) await summary.click();
  const button = page.locator("#facet-panel button[data-entity]").first();
  const entity = await button.getAttribute("data-entity");
  // From the click to the panel counting the whole listing: the first filter fetches the listing's
  // filter table (explore/filter.bin) and decodes it; a second click has it already.
  const inAll = () => page.waitForFunction(() => / in all\./.test(document.querySelector("#filter-count")?.textContent ?? ""), null, { timeout: 60000 });
  const clicked = async (b) => {
    const t0 = await page.evaluate(() => performance.now());
    await b.click();
    await inAll();
    return Math.round((await page.evaluate(() => performance.now())) - t0);
  };
  const firstClick = await clicked(button);
  const whole = (await page.locator("#filter-count").textContent())?.trim();
  const second = page.locator("#facet-panel button[data-entity]").nth(1);
  const secondClick = await clicked(second);
  await clicked(second); // deselect: back to the first entity alone
  const table = has("explore/filter.bin") ? fs.statSync(path.join(root, "explore/filter.bin")).size : 0;
  const gzip = table ? zlib.gzipSync(fs.readFileSync(path.join(root, "explore/filter.bin"))).length : 0;
  const wholeLine = `whole listing on page 1: “${whole}”; click to updated panel ${firstClick} ms (first filter, fetching the ${(table / 1024).toFixed(0)} KB table, ${(gzip / 1024).toFixed(0)} KB gzip), ${secondClick} ms (a second entity)`;
  const next = page.locator('nav.pager a[rel="next"]').first();
  await next.click();
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached", timeout: 60000 });
  await inAll().catch(() => {});
  const pressed = await page.locator(`#facet-panel button[data-entity="${entity}"][aria-pressed="true"]`).count();
  const count = await page.locator("#filter-count").textContent().catch(() => "");
  carried = `${entity}: ${pressed ? "still selected" : "NOT selected"} on page 2 (${new URL(page.url()).search}); the page says “${count?.trim()}”; ${wholeLine}`;
  await context.close();
}
await browser.close();
await server.close();

const report = [
  `### Browser: ${label}, one page of each kind`,
  "",
  "Each page opened 3 times in a fresh browser context from a local server (median, worst): to the load event, and to search and filters ready.",
  "",
  "| page | path | size | load | ready |",
  "|---|---|---:|---:|---:|",
  ...rows,
  "",
  `Entity filter across pages (explore, chosen on page 1, then "next"): ${carried}`,
  "",
].join("\n");
console.log(report);
if (out) fs.appendFileSync(out, report + "\n");
