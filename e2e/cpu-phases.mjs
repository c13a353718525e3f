// cpu-phases.mjs: the CPU time the embed's main thread spends on a first
// visit from the wasm's start (its first function compiled, as it is
// called) to live, for two or more bundles of `serve -out` loaded
// alternately (A B A B …), each in a fresh browser. On a shared two-core
// box a first visit's wall time swings with the box's other jobs and with
// V8's compilers on the other core; the main thread's own CPU time moves
// far less, so it shows a change of tens of ms that phases.mjs cannot.
// Wall time and live are printed beside it.
//
// The browser runs without its hidden omnibox popup, which a fresh
// headless Chromium loads in a renderer of its own during its first
// seconds (docs/performance-notes.md, "Measuring"): noise for an A/B.
//
// Run: node e2e/cpu-phases.mjs DIST[,DIST2…] [ROUNDS]   (ROUNDS default 6)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './lib.mjs';
import { serveDir } from './staticserve.mjs';

const [list, rounds = '6'] = process.argv.slice(2);
if (!list) {
  console.error('usage: node e2e/cpu-phases.mjs DIST[,DIST2...] [ROUNDS]');
  process.exit(1);
}
const dists = list.split(',').map((d) => path.resolve(d));
const args = [...chromiumArgs, '--disable-gpu-rasterization', '--disable-features=WebUIOmniboxPopup,PreloadTopChromeWebUI'];

// mainThreadCPU reads a trace: the thread that compiled the wasm's
// functions, its CPU time (the top-level events' thread durations) from
// the first compile to the embed's "stancemap:live" mark, and the wall
// time between the two, in ms.
function mainThreadCPU(events) {
  const lazy = events.filter((e) => e.name === 'wasm.CompileLazy');
  const live = events.find((e) => e.name === 'stancemap:live');
  if (!lazy.length || !live) throw new Error('the trace has no wasm compile or no stancemap:live mark');
  const { pid, tid } = lazy[0];
  const t0 = Math.min(...lazy.map((e) => e.ts));
  const t1 = live.ts;
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let cpu = 0;
  let end = -1;
  for (const e of mine) {
    if (e.ts < end) continue; // inside the event before it
    end = e.ts + e.dur;
    if (e.dur > 0 && end > t0 && e.ts < t1) {
      cpu += (e.tdur * (Math.min(end, t1) - Math.max(e.ts, t0))) / e.dur;
    }
  }
  return { cpu: cpu / 1000, wall: (t1 - t0) / 1000 };
}

const servers = dists.map(serveDir);
await new Promise((r) => setTimeout(r, 200));
console.log(`load average at the start: ${os.loadavg()[0].toFixed(2)}`);
const seen = dists.map(() => []);
const traceFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cpu-phases-')), 'trace.json');
try {
  for (let run = 0; run < Number(rounds); run++) {
    for (let d = 0; d < dists.length; d++) {
      const browser = await chromium.launch({ executablePath: chromiumPath, args });
      try {
        const page = await (await browser.newContext({ viewport: { width: 960, height: 600 } })).newPage();
        await browser.startTracing(page, { path: traceFile, categories: ['toplevel', 'v8.wasm', 'blink.user_timing'] });
        await page.goto(`http://127.0.0.1:${servers[d].address().port}/embed.html`);
        await page.waitForFunction(() => window.stancemap && window.stancemap.state === 'live', null, { timeout: 60000, polling: 50 });
        const live = await page.evaluate(() => window.stancemap.timings.liveAt);
        await browser.stopTracing();
        const m = { ...mainThreadCPU(JSON.parse(fs.readFileSync(traceFile, 'utf8')).traceEvents), live };
        seen[d].push(m);
        console.log(`${path.basename(dists[d])} main thread ${m.cpu.toFixed(0)} ms of CPU in ${m.wall.toFixed(0)} ms, live ${Math.round(live)}`);
      } finally {
        await browser.close();
      }
    }
  }
  const median = (v) => {
    const s = [...v].sort((a, b) => a - b);
    return s[s.length >> 1];
  };
  for (let d = 0; d < dists.length; d++) {
    const m = (k) => Math.round(median(seen[d].map((x) => x[k])));
    console.log(`median ${path.basename(dists[d])} main thread ${m('cpu')} ms of CPU in ${m('wall')} ms, live ${m('live')}`);
  }
  console.log(`load average at the end: ${os.loadavg()[0].toFixed(2)}`);
} finally {
  servers.forEach((s) => s.close());
  fs.rmSync(path.dirname(traceFile), { recursive: true, force: true });
}
