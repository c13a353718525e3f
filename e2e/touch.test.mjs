// touch.test.mjs: the demo article on a phone with a touch screen. A
// finger on the map scrolls the article (the widget says to use two
// fingers) instead of trapping the reader; a two-finger drag moves the
// map; a tap on a country selects it (the host hears countryclick, the
// aria-live region names it and its side).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, embedFrame, collectErrors, saveScreenshot, recordMessages } from './lib.mjs';
import { pixels, findColour } from './embedpage.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser({
    viewport: { width: 390, height: 760 },
    context: { hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// bandDiff is the mean difference per pixel (sum over RGB) between a(x, y)
// and b(x - sx, y - sy) over the rows within 60 px of row cy, away from the
// sides.
function bandDiff(a, b, cy, sx, sy) {
  let sum = 0, n = 0;
  cy = Math.round(cy);
  for (let y = Math.max(0, cy - 60); y < Math.min(a.h, cy + 60); y++) {
    if (y - sy < 0 || y - sy >= b.h) continue;
    for (let x = 80; x < a.w - 80; x++) {
      const i = 4 * (y * a.w + x), j = 4 * ((y - sy) * b.w + (x - sx));
      sum += Math.abs(a.data[i] - b.data[j]) + Math.abs(a.data[i + 1] - b.data[j + 1]) + Math.abs(a.data[i + 2] - b.data[j + 2]);
      n++;
    }
  }
  return sum / n;
}

test('on a touch screen one finger scrolls the article, two move the map, a tap selects a country', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await recordMessages(page);
  await page.goto(server.url, { waitUntil: 'load' });
  const frame = await embedFrame(page);
  await frame.waitForFunction(() => window.stancemap.state === 'live', null, { timeout: 60_000 });
  try {
    const canvas = await frame.locator('canvas').boundingBox();
    // Element boxes of a frame are given in the top page's viewport.
    let clip = { x: canvas.x, y: canvas.y, width: canvas.width, height: canvas.height };
    const before = await pixels(page, clip);
    const k = before.w / clip.width; // screenshot px per CSS px

    // The map after the drag matches the map before it shifted by the
    // drag much better than unshifted.
    const hit = findColour(before, [0x00, 0x72, 0xb2]);
    assert.ok(hit, 'a country in the Guaidó colour is on the map');
    const cdp = await browser.context.newCDPSession(page);
    const x0 = clip.x + clip.width / 2, y0 = clip.y + hit.y / k;
    // gesture moves fingers from their starts to their ends in ten steps.
    const gesture = async (starts, ends) => {
      const at = (i) => starts.map(([x, y], id) => ({ x: x + ((ends[id][0] - x) * i) / 10, y: y + ((ends[id][1] - y) * i) / 10, id: id + 1 }));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
        await new Promise((r) => setTimeout(r, 30));
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };

    // One finger dragged up the map scrolls the article, and the widget
    // says how to move the map.
    const scrollY = await page.evaluate(() => window.scrollY);
    await gesture([[x0, y0]], [[x0, y0 - 80]]);
    await page.waitForFunction((y) => window.scrollY > y + 20, scrollY, { timeout: 5000 });
    await frame.waitForFunction(() => /two fingers/.test(document.getElementById('announce').textContent), null, { timeout: 5000 });
    // Scroll back, and wait until the page has painted there (a fixed
    // wait was too short on a busy machine).
    await page.evaluate((y) => window.scrollTo(0, y), scrollY);
    await page.waitForFunction((y) => window.scrollY === y, scrollY, { timeout: 5000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await new Promise((r) => setTimeout(r, 300));
    const unmoved = await pixels(page, clip);
    // Around the finger's row (the hint shows at the map's foot), the map
    // is where it was.
    const still = bandDiff(unmoved, before, hit.y, 0, 0);
    assert.ok(still < 8, `one finger left the map where it was (mean difference ${still.toFixed(1)})`);

    // Two fingers spread apart zoom the map in, and dragged together move
    // it with them.
    await gesture([[x0 - 25, y0], [x0 + 25, y0]], [[x0 - 75, y0], [x0 + 75, y0]]);
    await new Promise((r) => setTimeout(r, 800));
    const zoomed = await pixels(page, clip);
    let changed = 0;
    for (let i = 0; i < zoomed.data.length; i += 4) if (Math.abs(zoomed.data[i] - before.data[i]) + Math.abs(zoomed.data[i + 2] - before.data[i + 2]) > 60) changed++;
    assert.ok(changed / (zoomed.w * zoomed.h) > 0.04, `a pinch zoomed the map (${((100 * changed) / (zoomed.w * zoomed.h)).toFixed(1)} % of pixels changed)`);
    const [dx, dy] = [-40, 12]; // CSS px
    await gesture([[x0 - 30, y0], [x0 + 30, y0]], [[x0 - 30 + dx, y0 + dy], [x0 + 30 + dx, y0 + dy]]);
    await new Promise((r) => setTimeout(r, 800)); // the pan rests and the map is redrawn
    const moved = await pixels(page, clip);
    const unshifted = bandDiff(moved, zoomed, hit.y, 0, 0);
    const shifted = bandDiff(moved, zoomed, hit.y, Math.round(dx * k), Math.round(dy * k));
    assert.ok(unshifted > 2, `the drag changed the map (mean difference ${unshifted.toFixed(1)})`);
    assert.ok(shifted < unshifted / 2, `the map moved with the finger: difference ${shifted.toFixed(1)} shifted by the drag, ${unshifted.toFixed(1)} unshifted`);
    // Tap on a country drawn in the Guaidó colour (#0072b2).
    const spot = findColour(moved, [0x00, 0x72, 0xb2]);
    assert.ok(spot, 'a country in the Guaidó colour is on the panned map');
    await page.evaluate(() => { window.__messages.length = 0; });
    await page.touchscreen.tap(clip.x + spot.x / k, clip.y + spot.y / k);
    await page.waitForFunction(() => window.__messages.some((m) => m && m.type === 'stancemap:countryclick'), null, { timeout: 5000 });
    const click = await page.evaluate(() => window.__messages.find((m) => m && m.type === 'stancemap:countryclick'));
    assert.match(click.code, /^[A-Z]{3}$/, `countryclick carries a country code: ${JSON.stringify(click)}`);
    assert.ok(click.name, 'and its name');
    await frame.waitForFunction((name) => document.getElementById('announce').textContent.includes(name), click.name, { timeout: 5000 });
    assert.match(await frame.evaluate(() => document.getElementById('announce').textContent), /Guaidó/, 'the announcement gives the side');

    assert.deepEqual(errors, []);
  } finally {
    await saveScreenshot(page, 'touch');
    await page.close();
  }
});
