// The search box redraws only what changed between keystrokes (crates/web/src/results.rs, morph.rs):
// whatever it reuses and patches, the box must show exactly what a page drawing the same query from
// scratch shows. Typed states (forward, backspacing, jumps between queries, corrections, passages) are
// compared with a fresh page opened at ?q=… for each. Run with the other browser tests:
//   node --test tests/browser/        (PUBLIC=dir for another build; default public/)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { launch } from "./chromium.mjs";
import { serve } from "./serve.mjs";

const root = path.resolve(process.env.PUBLIC ?? "public");
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

/** Sets the box to `q` as typing does, waits for the answer, and returns what the box shows. */
async function show(page, q) {
  return page.evaluate(async (q) => {
    const input = document.getElementById("quote-lookup");
    const count = document.getElementById("lookup-count");
    const box = document.getElementById("quote-results");
    input.value = q;
    input.dispatchEvent(new Event("input"));
    const until = performance.now() + 20000;
    while (/Loading/.test(count.textContent) && performance.now() < until) {
      await new Promise((r) => setTimeout(r, 5));
    }
    return { count: count.textContent, hidden: box.hidden, html: box.innerHTML };
  }, q);
}

/** What `page` shows once opened afresh at `?q=`: everything drawn from scratch. */
async function fresh(page, q) {
  await page.goto(site.url + "index.html?q=" + encodeURIComponent(q));
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached", timeout: 15000 });
  await page.waitForFunction(() => /found|matches/.test(document.getElementById("lookup-count")?.textContent ?? ""), null, { timeout: 20000 });
  const shown = await page.evaluate(() => {
    const box = document.getElementById("quote-results");
    return { count: document.getElementById("lookup-count").textContent, hidden: box.hidden, html: box.innerHTML };
  });
  return shown;
}

test("a redrawn answer is the answer drawn from scratch, keystroke after keystroke", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url + "index.html");
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached", timeout: 15000 });
  await page.locator("#quote-lookup").focus();
  const typed = (q) => [...q].map((_, n) => q.slice(0, n + 1));
  const steps = [
    ...typed("give it to the Taliban"),
    ...typed("give it to the Taliban").reverse().slice(1),
    ...typed("intermariages"),
    "the Kunsav settlement",
    "collect mony from diferent parts",
    "Kunar",
    "intermarriages",
    "",
    "give it to",
    "xyzzy nothing matches",
    "Kunar",
  ];
  const states = [];
  for (const q of steps) states.push({ q, ...(await show(page, q)) });
  assert.ok(states.some((s) => s.html.includes("lookup-correction")), "a correction was drawn");
  assert.ok(states.some((s) => s.html.includes("lookup-passage")), "a passage was drawn");
  assert.ok(states.some((s) => s.html.includes("<mark>")), "highlights were drawn");
  // Each distinct query compared once (a fresh page each); the blank one by its own rule.
  const checked = new Set();
  for (const s of states) {
    if (s.q.trim() === "") {
      assert.equal(s.html, "", "a blank query empties the box");
      assert.ok(s.hidden, "a blank query hides the box");
      continue;
    }
    if (checked.has(s.q)) continue;
    checked.add(s.q);
    const want = await fresh(page, s.q);
    assert.deepEqual({ ...s, q: undefined }, { ...want, q: undefined }, `the box for ${JSON.stringify(s.q)}`);
  }
  await context.close();
});
