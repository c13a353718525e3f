// gpu-steps.mjs: where a step's frames spend the GPU process's main thread
// in headless Chromium (WebGL on SwiftShader), for `serve -out` bundles
// compared in one run. For each bundle in turn (ROUNDS rounds, alternating)
// it opens the embed as fade.mjs does, waits for live and for the map to
// rest, presses ArrowRight ten times 700 ms apart under a trace, and sums,
// over steps 3–10, the GPU main thread's busy time (its top-level tasks)
// and the time in SwapBuffers, where SwiftShader runs the frame's GL work
// and Chromium composites and reads the frame back. rAF gaps come in whole
// frames (17, 33 ms): a pass saved or added shows here first.
//
// Run: node e2e/gpu-steps.mjs DIST[,DIST…] [ROUNDS]   (FADE_VIEW as fade.mjs)
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fadeView, openAtRest } from './steps-page.mjs';
import { median } from './bench/stats.mjs';

const [dists, roundsArg] = process.argv.slice(2);
if (!dists) {
  console.error('usage: node e2e/gpu-steps.mjs DIST[,DIST…] [ROUNDS]');
  process.exit(1);
}
const rounds = +(roundsArg || 3);
const view = fadeView();

// gpuTimes reads a trace: the GPU process's main thread's top-level task
// time and its SwapBuffers time between t0 and t1 (trace µs).
function gpuTimes(events, t0, t1) {
  const gpuPid = events.find((e) => e.name === 'process_name' && e.args && e.args.name === 'GPU Process')?.pid;
  const mainTid = events.find((e) => e.pid === gpuPid && e.name === 'thread_name' && e.args && e.args.name === 'CrGpuMain')?.tid;
  let busy = 0, swap = 0, swaps = 0;
  for (const e of events) {
    if (e.pid !== gpuPid || e.tid !== mainTid || e.ph !== 'X' || e.ts < t0 || e.ts > t1) continue;
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask') busy += e.dur;
    if (/SwapBuffers$/.test(e.name) && e.name.includes('OnGpu')) { swap += e.dur; swaps++; }
  }
  return { busy: busy / 1000, swap: swap / 1000, swaps };
}

async function run(browser, dist) {
  const { page, srv } = await openAtRest(browser, path.resolve(dist), view);
  try {
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(700);
    }
    await browser.startTracing(page, { categories: ['toplevel', 'gpu', 'viz', '__metadata'] });
    for (let i = 2; i < 10; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(700);
    }
    const buf = await browser.stopTracing();
    const events = JSON.parse(buf.toString()).traceEvents;
    const ts = events.filter((e) => e.ph === 'X' || e.ph === 'B').map((e) => e.ts);
    const t0 = Math.min(...ts), t1 = Math.max(...ts);
    await page.context().close();
    return gpuTimes(events, t0, t1);
  } finally {
    srv.close();
  }
}

const list = dists.split(',');
const got = Object.fromEntries(list.map((d) => [d, []]));
for (let r = 0; r < rounds; r++) {
  for (const d of list) {
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
    try {
      const t = await run(browser, d);
      got[d].push(t);
      console.log(`${d}: GPU main busy ${t.busy.toFixed(0)} ms, SwapBuffers ${t.swap.toFixed(0)} ms in ${t.swaps}`);
    } finally {
      await browser.close();
    }
  }
}
for (const d of list) {
  const g = got[d];
  console.log(`${d}: steps 3-10, median of ${g.length}: GPU main thread busy ${median(g.map((t) => t.busy)).toFixed(0)} ms, SwapBuffers ${median(g.map((t) => t.swap)).toFixed(0)} ms (${median(g.map((t) => t.swaps))} swaps)`);
}
