// phone.mjs: a first visit on an emulated mid-range phone, the embed of a
// `serve -out` bundle against the D3 anchor of ../shared/bench, loaded
// alternately in one browser. It is shared/bench's phone.mjs with the
// readiness checks passed as functions: the embed page's Content Security
// Policy has no 'unsafe-eval', so a check passed as a string (which
// Playwright evaluates with eval) throws in it.
//
// Each load: a new context (no cache), 4x CPU slowdown, 10 Mbit/s down,
// 40 ms latency, 390x700 CSS px at device scale 2, touch. Brotli siblings
// are served when the browser accepts them. It prints, per load, the time
// from the navigation's start (as the test asked for it) to the poster's
// paint (the embed's own timings.posterAt, on the page's clock: waiting
// for it from here polled a main thread busy with the wasm, and came back
// seconds late) and to live, and the load average at the start and the
// end.
//
// Run: node e2e/phone.mjs DIST[,DIST2…] ANCHOR_DIST [ROUNDS]
//   DIST         a folder written by `go run ./cmd/serve -out DIST`; with
//                several, each is loaded in turn (an A/B of builds)
//   ANCHOR_DIST  ../shared/bench's anchor-d3/dist, built (npm run build-anchor)
//   ROUNDS       embed + anchor pairs, default 2
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveDir } from './staticserve.mjs';

const [dist, anchor, rounds = '2'] = process.argv.slice(2);
if (!dist || !anchor) {
  console.error('usage: node e2e/phone.mjs DIST[,DIST2...] ANCHOR_DIST [ROUNDS]');
  process.exit(1);
}

const load = () => os.loadavg()[0].toFixed(2);
const dists = dist.split(',');
const embeds = dists.map(serveDir);
const B = serveDir(anchor);
await new Promise((r) => setTimeout(r, 200));
console.log(`load average at the start: ${load()}`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const targets = [
  ...embeds.map((srv, i) => [dists.length > 1 ? path.basename(path.resolve(dists[i])) : 'stancemap', `http://127.0.0.1:${srv.address().port}/embed.html`,
    () => window.stancemap && window.stancemap.state === 'live',
    () => window.stancemap.timings.posterAt]),
  ['d3-anchor', `http://127.0.0.1:${B.address().port}/`, () => window.anchorState === 'live', null],
];
try {
  for (let run = 0; run < Number(rounds); run++) {
    for (const [name, url, ready, first] of targets) {
      const ctx = await browser.newContext({ viewport: { width: 390, height: 700 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const p = await ctx.newPage();
      const s = await ctx.newCDPSession(p);
      await s.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await s.send('Network.enable');
      await s.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 5e6 / 8 });
      const t0 = Date.now();
      await p.goto(url);
      await p.waitForFunction(ready, null, { timeout: 60000, polling: 20 });
      const tl = Date.now() - t0;
      let tf = null;
      if (first) {
        // The poster's paint on the page's clock, moved to this one.
        const at = await p.evaluate(first);
        const origin = await p.evaluate(() => performance.timeOrigin);
        tf = Math.round(origin + at - t0);
      }
      console.log(`${name}: ${first ? `poster ${tf} ms, ` : ''}live ${tl} ms (4x CPU, 10 Mbit/s, 40 ms RTT, 390x700 @2x)`);
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  embeds.forEach((e) => e.close());
  B.close();
  console.log(`load average at the end: ${load()}`);
}
