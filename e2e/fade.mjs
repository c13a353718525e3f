// fade.mjs: how smoothly a step's cross-fade runs in headless Chromium
// (WebGL on SwiftShader), for a `serve -out` bundle. It opens the embed at
// 960×700 (FADE_VIEW) on the first step, waits for live and for the map to rest (its
// id image is made then), focuses the canvas and presses ArrowRight ten
// times, 700 ms apart, recording every requestAnimationFrame gap. Per
// step it prints the worst gap (the step's own frame) and the gaps of the
// frames after it within the fade's 250 ms; then, over steps 3–10 (the
// first two run code for the first time), the fade frames' median and
// 90th percentile gap and their mean rate. FADE_VIEW=WxH@scale sets the
// viewport and device scale (a phone: 390x700@3).
//
// Run: node e2e/fade.mjs DIST   (after `npm ci` in e2e/)
import path from 'node:path';
import { chromium } from 'playwright-core';
import { fadeView, openAtRest } from './steps-page.mjs';

const [dist] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node e2e/fade.mjs DIST');
  process.exit(1);
}
const view = fadeView();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
let srv;
try {
  const opened = await openAtRest(browser, path.resolve(dist), view);
  const page = opened.page;
  srv = opened.srv;
  await page.evaluate(() => {
    window.__gaps = [];
    let last = performance.now();
    const f = (t) => { window.__gaps.push([t, t - last]); last = t; requestAnimationFrame(f); };
    requestAnimationFrame(f);
  });
  const fades = [];
  for (let i = 0; i < 10; i++) {
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(700);
    const r = await page.evaluate((t0) => {
      const d = window.__gaps.filter(([t]) => t > t0 && t < t0 + 400);
      const worst = Math.max(...d.map(([, x]) => x));
      const k = d.findIndex(([, x]) => x === worst);
      return { worst: Math.round(worst), fade: d.slice(k + 1).filter(([t]) => t < d[k][0] + 250).map(([, x]) => Math.round(x)) };
    }, t0);
    console.log(`step ${i + 1}: worst ${r.worst} ms, fade frames ${r.fade.join(' ')}`);
    if (i >= 2) fades.push(...r.fade);
  }
  fades.sort((a, b) => a - b);
  const mean = fades.reduce((a, b) => a + b, 0) / fades.length;
  console.log(`fade frames, steps 3-10: ${fades.length}, gap p50 ${fades[fades.length >> 1]} ms, p90 ${fades[Math.floor(fades.length * 0.9)]} ms, ${(1000 / mean).toFixed(1)} frames a second`);
} finally {
  await browser.close();
  if (srv) srv.close();
}
