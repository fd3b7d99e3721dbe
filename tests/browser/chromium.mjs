// The one way the browser tests and the bench start Chromium: Debian's /usr/bin/chromium (CHROMIUM=… to
// use another), headless, through playwright-core. The flags turn off Chromium's own background traffic
// (updates, sync, field trials, QUIC): the tests must talk only to the site on 127.0.0.1, and machines
// without network refuse those connections noisily.
import { chromium } from "playwright-core";

/** The command-line flags of every launch. */
export const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts headless Chromium with `ARGS`. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ARGS });
}
