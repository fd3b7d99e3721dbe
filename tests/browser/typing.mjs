// How the bench and its diagnostics bring a page's search box to the state its keystrokes are timed
// in, in one place: the page open with its index loaded and one real lookup done, then every prefix of
// the queries answered once, so that the timed keystrokes are whole answers drawn synchronously (a
// keystroke whose files are missing is answered when they arrive; its time is the network's).

/** Opens `url`, waits for the search box, and does one real lookup (which loads the quotations). */
export async function openWithLookup(page, url) {
  await page.goto(url);
  await page.waitForSelector("form.lookup[data-ready]", { state: "attached" });
  await page.locator("#quote-lookup").focus();
  await page.keyboard.type("taliban");
  await page.waitForFunction(() => /found|matches/.test(document.getElementById("lookup-count")?.textContent ?? ""), null, { timeout: 120000 });
}

/** Types every prefix of each query once, waiting for each answer (and the files it needs). */
export async function answerEveryPrefix(page, queries) {
  await page.evaluate(async (queries) => {
    const input = document.getElementById("quote-lookup");
    const count = document.getElementById("lookup-count");
    for (const q of queries) {
      for (let n = 1; n <= q.length; n++) {
        input.value = q.slice(0, n);
        input.dispatchEvent(new Event("input"));
        const until = performance.now() + 60000;
        while (/Loading/.test(count?.textContent ?? "") && performance.now() < until) {
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    }
  }, queries);
}
