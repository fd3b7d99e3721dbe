// What the slowest keystrokes of the search box are made of: a diagnostic, not a test (asserts nothing).
// It types exactly what `bench.mjs` types, timed the same way (every prefix answered once first, then
// ROUNDS rounds of the queries typed prefix by prefix inside one synchronous `page.evaluate`, each
// keystroke = the time of `input.dispatchEvent(new Event("input"))`), with a Chromium trace recording
// around the timed loop. Each keystroke's `EventDispatch` (input) event in the trace is lined up with the
// garbage collections and other trace events inside it, and the script prints, for the slowest
// keystrokes, what their time went to; then the GC totals of the whole loop and what the page created
// (DOM nodes, JS heap) from `Performance.getMetrics`.
//
//   PUBLIC=dir BENCH_PAGE=sources/src-00000/index.html BENCH_QUERIES='[…]' node tests/browser/keys_trace.mjs
//
// KEYS_TOP (default 12): how many slowest keystrokes to detail; KEYS_ROUNDS (default 10); KEYS_TRACE=file
// also writes the raw trace (JSON, open it in chrome://tracing or Perfetto).
import fs from "node:fs";
import path from "node:path";
import { answerEveryPrefix, openWithLookup } from "./typing.mjs";
import { launch } from "./chromium.mjs";
import { serve } from "./serve.mjs";

const root = path.resolve(process.env.PUBLIC ?? "public");
const pagePath = process.env.BENCH_PAGE ?? "explore/index.html";
const queries = process.env.BENCH_QUERIES
  ? JSON.parse(process.env.BENCH_QUERIES)
  : ["intermarriages", "give it to the Taliban", "collect money from different parts", "much deeper than we think", "gates of hell", "the Taliban provide them shelter", "xyzzy nothing matches"];
const top = Number(process.env.KEYS_TOP ?? 12);
const rounds = Number(process.env.KEYS_ROUNDS ?? 10);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (us) => (us / 1000).toFixed(2);

const site = await serve(root);
const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();
await openWithLookup(page, site.url + pagePath);
// Every prefix answered once (see typing.mjs), so the timed keystrokes are whole answers.
await answerEveryPrefix(page, queries);

const cdp = await context.newCDPSession(page);
await cdp.send("Performance.enable");
const metrics = async () => Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
const categories = ["devtools.timeline", "v8", "v8.execute", "blink.gc", "disabled-by-default-v8.gc", "blink", "cppgc"];
const events = [];
cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
const before = await metrics();
await cdp.send("Tracing.start", { traceConfig: { includedCategories: categories }, transferMode: "ReportEvents" });
const times = await page.evaluate(
  ({ queries, rounds }) => {
    const input = document.getElementById("quote-lookup");
    const times = [];
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        for (let n = 1; n <= q.length; n++) {
          input.value = q.slice(0, n);
          const t = performance.now();
          input.dispatchEvent(new Event("input"));
          times.push({ ms: performance.now() - t, q: q.slice(0, n), round });
        }
      }
    }
    return times;
  },
  { queries, rounds },
);
await cdp.send("Tracing.end");
await done;
const after = await metrics();
if (process.env.KEYS_TRACE) fs.writeFileSync(process.env.KEYS_TRACE, JSON.stringify({ traceEvents: events }));

// The renderer's main thread: the thread of the input events.
const dispatches = events.filter((e) => e.name === "EventDispatch" && e.ph === "X" && e.args?.data?.type === "input");
const main = dispatches[0] && { pid: dispatches[0].pid, tid: dispatches[0].tid };
const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.dur !== undefined);
const isGc = (e) => /GC|Scavenge|MarkCompact|Sweep|Oilpan|cppgc|BlinkGC|Mark/i.test(e.name) && !/^EventDispatch$/.test(e.name);
const gcTop = onMain.filter(isGc).sort((a, b) => a.ts - b.ts);
// Only outermost GC events count, so nested phases are not added twice.
const outer = [];
for (const e of gcTop) {
  const last = outer[outer.length - 1];
  if (last && e.ts >= last.ts && e.ts + e.dur <= last.ts + last.dur) continue;
  outer.push(e);
}
console.log(`keystrokes timed: ${times.length}; EventDispatch(input) in the trace: ${dispatches.length}`);
console.log(`per keystroke: median ${median(times.map((t) => t.ms)).toFixed(2)} ms, worst ${Math.max(...times.map((t) => t.ms)).toFixed(2)} ms`);
const paired = dispatches.length === times.length;
const rows = times.map((t, i) => ({ ...t, i, ev: paired ? dispatches[i] : undefined }));
rows.sort((a, b) => b.ms - a.ms);
for (const r of rows.slice(0, top)) {
  let detail = "";
  if (r.ev) {
    const inside = onMain.filter((e) => e !== r.ev && e.ts >= r.ev.ts && e.ts < r.ev.ts + r.ev.dur);
    const gcs = outer.filter((e) => e.ts >= r.ev.ts && e.ts < r.ev.ts + r.ev.dur);
    const gcUs = gcs.reduce((a, e) => a + e.dur, 0);
    const byName = new Map();
    for (const e of inside) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur);
    const heavy = [...byName].filter(([, d]) => d > 300).sort((a, b) => b[1] - a[1]).slice(0, 6);
    detail = ` dispatch ${ms(r.ev.dur)} ms (thread ${ms(r.ev.tdur ?? 0)} ms), GC ${ms(gcUs)} ms [${gcs.map((e) => `${e.name} ${ms(e.dur)}`).join(", ")}]; ${heavy.map(([n, d]) => `${n} ${ms(d)}`).join(", ")}`;
  }
  console.log(`  #${r.i} round ${r.round} ${JSON.stringify(r.q)}: ${r.ms.toFixed(2)} ms;${detail}`);
}
// Slowest keystrokes with and without a GC inside.
if (paired) {
  const withGc = rows.filter((r) => outer.some((e) => e.ts >= r.ev.ts && e.ts < r.ev.ts + r.ev.dur));
  const worstNoGc = rows.find((r) => !withGc.includes(r));
  console.log(`keystrokes with a GC inside: ${withGc.length}; worst without one: ${worstNoGc?.ms.toFixed(2)} ms ${JSON.stringify(worstNoGc?.q)}`);
}
// The renderer thread's own CPU time per keystroke (tdur): what the keystroke cost, whatever the load.
if (dispatches.length) {
  const cpu = dispatches.map((e) => e.tdur ?? 0);
  console.log(`thread time per keystroke: median ${ms(median(cpu))} ms, worst ${ms(Math.max(...cpu))} ms, over 8 ms: ${cpu.filter((t) => t > 8000).length}`);
}
const loopStart = dispatches[0]?.ts ?? 0;
const loopEnd = dispatches.length ? dispatches[dispatches.length - 1].ts + dispatches[dispatches.length - 1].dur : 0;
const inLoop = outer.filter((e) => e.ts >= loopStart && e.ts <= loopEnd);
const byKind = new Map();
for (const e of inLoop) {
  const k = byKind.get(e.name) ?? { n: 0, us: 0, max: 0 };
  k.n++;
  k.us += e.dur;
  k.max = Math.max(k.max, e.dur);
  byKind.set(e.name, k);
}
console.log(`GC on the main thread inside the timed loop (${ms(loopEnd - loopStart)} ms):`);
for (const [name, k] of [...byKind].sort((a, b) => b[1].us - a[1].us)) {
  console.log(`  ${name}: ${k.n}×, ${ms(k.us)} ms total, longest ${ms(k.max)} ms`);
}
const delta = (k) => after[k] - before[k];
console.log(
  `metrics over the loop: Nodes ${before.Nodes} → ${after.Nodes}, JSHeapUsedSize ${(before.JSHeapUsedSize / 1e6).toFixed(1)} → ${(after.JSHeapUsedSize / 1e6).toFixed(1)} MB, ` +
    `LayoutCount +${delta("LayoutCount")}, RecalcStyleCount +${delta("RecalcStyleCount")}, ScriptDuration +${delta("ScriptDuration").toFixed(3)} s, TaskDuration +${delta("TaskDuration").toFixed(3)} s`,
);
// One more round, untimed, with the DOM calls the page makes counted: what a keystroke creates.
const calls = await page.evaluate((queries) => {
  const counts = {};
  const wrap = (proto, name) => {
    const f = proto[name];
    proto[name] = function (...args) {
      counts[name] = (counts[name] ?? 0) + 1;
      return f.apply(this, args);
    };
  };
  wrap(Document.prototype, "createElement");
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (tag, ...rest) {
    counts[`createElement(${tag})`] = (counts[`createElement(${tag})`] ?? 0) + 1;
    return create.call(this, tag, ...rest);
  };
  wrap(Document.prototype, "createTextNode");
  wrap(Node.prototype, "appendChild");
  wrap(Node.prototype, "insertBefore");
  wrap(Element.prototype, "append");
  wrap(Element.prototype, "remove");
  wrap(Element.prototype, "setAttribute");
  wrap(Element.prototype, "removeAttribute");
  wrap(Node.prototype, "removeChild");
  wrap(Node.prototype, "replaceChild");
  const text = Object.getOwnPropertyDescriptor(Node.prototype, "textContent");
  Object.defineProperty(Node.prototype, "textContent", {
    get: text.get,
    set(v) {
      counts.textContent = (counts.textContent ?? 0) + 1;
      text.set.call(this, v);
    },
    configurable: true,
  });
  const value = Object.getOwnPropertyDescriptor(Node.prototype, "nodeValue");
  Object.defineProperty(Node.prototype, "nodeValue", {
    get: value.get,
    set(v) {
      counts.nodeValue = (counts.nodeValue ?? 0) + 1;
      value.set.call(this, v);
    },
    configurable: true,
  });
  const input = document.getElementById("quote-lookup");
  let keys = 0;
  for (const q of queries) {
    for (let n = 1; n <= q.length; n++) {
      input.value = q.slice(0, n);
      input.dispatchEvent(new Event("input"));
      keys++;
    }
  }
  return { keys, counts };
}, queries);
console.log(
  `DOM calls per keystroke (one untimed round, ${calls.keys} keystrokes): ` +
    Object.entries(calls.counts).map(([k, v]) => `${k} ${(v / calls.keys).toFixed(1)}`).join(", "),
);
await browser.close();
await site.close();
