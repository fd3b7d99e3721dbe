// `dossier serve` in headless Chromium: an edit to the briefing reaches the open page without a manual
// reload; a broken citation shows its error over the page (and in the terminal) while the last good
// page stays; fixing it recovers.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { launch } from "./chromium.mjs";

const repo = path.resolve(".");

test("live reload and the error overlay", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dossier-serve-"));
  fs.cpSync(path.join(repo, "content"), path.join(dir, "content"), { recursive: true });
  fs.cpSync(path.join(repo, "site"), path.join(dir, "site"), { recursive: true });
  const server = spawn(path.join(repo, "target/release/dossier"), ["serve", "--port", "0", "--root", dir, "--wasm", path.join(repo, "target/wasm-bundle")]);
  let terminal = "";
  server.stderr.on("data", (d) => { terminal += d; });
  const url = await new Promise((resolve, reject) => {
    server.stdout.on("data", (d) => { const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(d)); if (m) resolve(m[0]); });
    server.on("exit", (code) => reject(new Error("dossier serve exited " + code + ": " + terminal)));
  });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    const briefing = path.join(dir, "content/briefing.md");
    const original = fs.readFileSync(briefing, "utf8");
    const title = /^title = "(.*)"$/m.exec(original)[1];
    assert.equal(await page.locator("h1").first().textContent(), title);
    await page.waitForTimeout(300); // the event stream connects

    const t0 = Date.now();
    fs.writeFileSync(briefing, original.replace(`title = "${title}"`, 'title = "Edited while serving"'));
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Edited while serving", null, { timeout: 10000 });
    const reload = Date.now() - t0;
    console.log(`edit → page updated in the browser: ${reload} ms`);
    assert.ok(reload < 5000, `${reload} ms`);

    const broken = original.replace(`title = "${title}"`, 'title = "Edited while serving"').replace("[@bond-much-deeper]", "[@bond-much-deper]");
    fs.writeFileSync(briefing, broken);
    const overlay = page.locator("#dossier-build-error");
    await overlay.waitFor({ timeout: 10000 });
    assert.match(await overlay.textContent(), /content\/briefing\.md:\d+:\d+: unknown source `bond-much-deper`/);
    assert.match(terminal, /unknown source `bond-much-deper`/);
    assert.equal(await page.locator("h1").first().textContent(), "Edited while serving", "the last good page stays");

    fs.writeFileSync(briefing, original);
    await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, title, { timeout: 10000 });
    assert.equal(await page.locator("#dossier-build-error").count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
