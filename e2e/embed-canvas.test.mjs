// embed-canvas.test.mjs: the embed's WebGL canvas — sized once, in device
// pixels, following the frame; drawn at a lower scale on a display larger
// than the GPU allows; reloaded at the same place when the context is lost.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openDemo, collectErrors } from './lib.mjs';
import { alt, pixels } from './embedpage.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the WebGL canvas gets its size once, in device pixels, and follows the frame', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const metrics = (width) => cdp.send('Emulation.setDeviceMetricsOverride', { width, height: 900, deviceScaleFactor: 2, mobile: false });
  await metrics(800);
  // Every change of a canvas's size, as the page makes it.
  await page.addInitScript(() => {
    window.__sizes = [];
    for (const k of ['width', 'height']) {
      const d = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, k);
      Object.defineProperty(HTMLCanvasElement.prototype, k, {
        configurable: true,
        get() { return d.get.call(this); },
        set(v) {
          const from = d.get.call(this);
          d.set.call(this, v);
          if (d.get.call(this) !== from) window.__sizes.push(`${k} ${from}→${d.get.call(this)}`);
        },
      });
    }
  });
  const errors = collectErrors(page);
  try {
    await page.goto(new URL('embed.html', server.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => window.stancemap.state !== 'poster', null, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => window.stancemap.state), 'live');
    const size = () => page.evaluate(() => {
      const c = document.querySelector('canvas');
      return { w: c.width, h: c.height, bw: Math.floor(document.body.clientWidth * 2), bh: Math.floor(document.body.clientHeight * 2) };
    });
    const s = await size();
    assert.deepEqual([s.w, s.h], [s.bw, s.bh], 'the drawing buffer is the body in device pixels');
    assert.equal(s.w, 1600);
    // Made at that size before it had a context; Ebiten's 16×16 placeholder
    // and its own size-setting were skipped, not applied and undone.
    assert.deepEqual(await page.evaluate(() => window.__sizes), [`width 300→${s.w}`, `height 150→${s.h}`]);
    await metrics(500);
    await page.waitForFunction(() => document.querySelector('canvas').width === Math.floor(document.body.clientWidth * 2), null, { timeout: 10_000 });
    const r = await size();
    assert.deepEqual([r.w, r.h], [r.bw, r.bh], 'after the frame narrowed');
    assert.equal(r.w, 1000);
    // Drawn at the new size: the widget is on screen, not a cleared canvas.
    // (A WebGL canvas cannot be read back after it was shown; a screenshot
    // taken by CDP keeps the emulated size, which Playwright's would reset.)
    await new Promise((res) => setTimeout(res, 500));
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    const colours = await page.evaluate(async (b64) => {
      // Decoded here, not fetched from a data: URL, which the page's
      // Content-Security-Policy (connect-src) refuses.
      const png = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([png], { type: 'image/png' }));
      const box = document.querySelector('canvas').getBoundingClientRect();
      const k = bmp.width / window.innerWidth;
      const g = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d');
      g.drawImage(bmp, 0, 0);
      const d = g.getImageData(Math.round(box.left * k), Math.round(box.top * k), Math.round(box.width * k), Math.round(box.height * k)).data;
      const seen = new Set();
      for (let i = 0; i < d.length; i += 4 * 7) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return seen.size;
    }, data);
    assert.ok(colours > 8, `the canvas after the resize shows ${colours} colours`);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a display larger than the GPU allows is drawn at a lower scale, whole, not stopped or cropped', { timeout: 120_000 }, async () => {
  // 1800×900 CSS px at device scale 5: a 9000 px canvas, past SwiftShader's
  // 8192 px textures (Ebiten stops with a panic) and its drawing buffer's area.
  const big = await launchBrowser({ viewport: { width: 1800, height: 900 }, context: { deviceScaleFactor: 5 } });
  try {
    const { page, state, error, errors } = await openDemo(big.context, server.url, { path: 'embed.html?event=2019-01-23' });
    const gl = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      const g = c.getContext('webgl2');
      return { width: c.width, height: c.height, bufferWidth: g.drawingBufferWidth, bufferHeight: g.drawingBufferHeight, max: g.getParameter(g.MAX_TEXTURE_SIZE), scale: window.devicePixelRatio };
    });
    assert.ok(9000 > gl.max, `the test needs a GPU limited below 9000 px; this one allows ${gl.max}`);
    assert.equal(state, 'live', `state ${state}: ${error}`);
    assert.ok(gl.width <= gl.max - 2 && gl.width > 0.9 * gl.max, `canvas ${gl.width} px wide, limit ${gl.max}`);
    assert.deepEqual([gl.bufferWidth, gl.bufferHeight], [gl.width, gl.height], 'the drawing buffer is the canvas\'s size, so nothing is cropped');
    assert.ok(gl.scale < 5 && Math.abs(gl.width - Math.floor(1800 * gl.scale)) <= 1, `scale ${gl.scale}`);
    assert.match(await alt(page.mainFrame()), /^23 January 2019/);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await big.close();
  }
});

test('the canvas is opaque, shown once live, and covers its box at a fractional device scale', { timeout: 120_000 }, async () => {
  // 963 CSS px at 1.25: 1203.75 device px, so the frame Ebiten draws is not
  // the canvas's size and is scaled to it. An opaque canvas (the browser
  // composites it without blending) shows black wherever a frame leaves a
  // pixel undrawn, and before its first frame.
  const odd = await launchBrowser({ viewport: { width: 963, height: 800 }, context: { deviceScaleFactor: 1.25 } });
  try {
    const page = await odd.context.newPage();
    const errors = collectErrors(page);
    await page.goto(new URL('embed.html?event=2019-01-23', server.url).href, { waitUntil: 'commit' });
    await page.waitForSelector('canvas', { state: 'attached', timeout: 60_000 });
    const before = await page.evaluate(() => ({ state: window.stancemap.state, visibility: getComputedStyle(document.querySelector('canvas')).visibility }));
    if (before.state !== 'live') assert.equal(before.visibility, 'hidden', 'a canvas not yet drawn is hidden');
    await page.waitForFunction(() => window.stancemap.state !== 'poster', null, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => window.stancemap.state), 'live');
    const gl = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      return { alpha: c.getContext('webgl2').getContextAttributes().alpha, visibility: getComputedStyle(c).visibility };
    });
    assert.deepEqual(gl, { alpha: false, visibility: 'visible' });
    await new Promise((res) => setTimeout(res, 500));
    const box = await page.locator('canvas').boundingBox();
    const img = await pixels(page, box, 'device');
    // The widget's edges are its background; a pixel left undrawn is black.
    const black = [];
    for (let y = 0; y < img.h; y++) for (const x of [0, img.w - 1]) if (img.at(x, y).every((v) => v < 40)) black.push([x, y]);
    for (let x = 0; x < img.w; x++) for (const y of [0, img.h - 1]) if (img.at(x, y).every((v) => v < 40)) black.push([x, y]);
    assert.deepEqual(black.slice(0, 5), [], `${black.length} black pixels on the canvas's edges (${img.w}×${img.h})`);
    assert.deepEqual(errors, []);
  } finally {
    await odd.close();
  }
});

test('a lost WebGL context reloads the frame at the step, region and country on screen, once; lost again, the poster stays', { timeout: 120_000 }, async () => {
  const { page, frame, state, errors } = await openDemo(browser.context, server.url, { path: 'embed.html?lang=en' });
  const lose = () => frame.evaluate(() => document.querySelector('canvas').getContext('webgl2').getExtension('WEBGL_lose_context').loseContext());
  try {
    assert.equal(state, 'live');
    await page.evaluate(() => sessionStorage.clear());
    const box = await frame.locator('canvas').boundingBox();
    await page.mouse.click(box.x + box.width - 4, box.y + box.height - 4);
    await page.keyboard.press('Home');
    await frame.waitForFunction(() => window.stancemap.event === 'lima-group-2019', null, { timeout: 5000 });
    assert.equal(await frame.evaluate(() => window.stancemap.region), 'world');
    await frame.evaluate(() => window.postMessage({ type: 'stancemap:set', region: 'americas', country: 'COL' }, '*'));
    await frame.waitForFunction(() => window.stancemap.region === 'americas' && window.stancemap.country === 'COL', null, { timeout: 5000 });

    // The first loss: Ebiten reloads, and the URL has kept the step and the region.
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    await lose();
    await reloaded;
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('event'), 'lima-group-2019');
    assert.equal(url.searchParams.get('region'), 'americas');
    assert.equal(url.searchParams.get('country'), 'COL');
    assert.equal(url.searchParams.get('lang'), 'en', 'the other parameters stay');
    await page.waitForFunction(() => window.stancemap && window.stancemap.state === 'live', null, { timeout: 60_000 });
    assert.match(await alt(page.mainFrame()), /^4 January 2019/);
    assert.equal(await page.evaluate(() => window.stancemap.region), 'americas');
    assert.equal(await page.evaluate(() => window.stancemap.country), 'COL');

    // Lost again within a minute: no reload; the poster and the note.
    let navigated = false;
    page.once('framenavigated', () => { navigated = true; });
    await lose();
    await page.waitForFunction(() => window.stancemap.state === 'error', null, { timeout: 10_000 });
    assert.match(await page.evaluate(() => window.stancemap.error), /graphics context was lost/);
    // The poster stays, and steps (issue 23): the note no longer calls it a still image.
    assert.match(await page.locator('#note').textContent(), /^Interactive map unavailable/);
    assert.doesNotMatch(await page.locator('#note').textContent(), /still image/);
    assert.ok(await page.evaluate(() => getComputedStyle(document.getElementById('poster')).display !== 'none'), 'the poster shows');
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(navigated, false, 'the second loss did not reload the frame');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
