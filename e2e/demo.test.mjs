// demo.test.mjs: the demo article loads the embed, the widget goes live
// without a console error or failed request, and the server sends the
// wasm precompressed with the right headers.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { pixels, findColour } from './embedpage.mjs';
import { startServer, launchBrowser, openDemo, saveScreenshot, waitForState } from './lib.mjs';

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

test('demo article embeds the widget and it goes live', { timeout: 120_000 }, async () => {
  const { page, frame, errors, state, error, timings } = await openDemo(browser.context, server.url);
  try {
    assert.equal(state, 'live', `widget state (error: ${error})`);
    assert.deepEqual(errors, [], 'console errors or failed requests');
    assert.equal(typeof timings.posterAt, 'number', 'timings.posterAt recorded');
    assert.equal(typeof timings.liveAt, 'number', 'timings.liveAt recorded');
    assert.ok(timings.posterAt > 0 && timings.liveAt > 0, `positive times: ${JSON.stringify(timings)}`);
    // The same moment as a User Timing mark, for the host's tools.
    const marks = await frame.evaluate(() => performance.getEntriesByType('mark').map((m) => ({ name: m.name, t: m.startTime })));
    const live = marks.filter((m) => m.name === 'stancemap:live');
    assert.equal(live.length, 1, `one stancemap:live mark: ${JSON.stringify(marks)}`);
    assert.ok(Math.abs(live[0].t - timings.liveAt) < 50, `mark at ${live[0].t}, liveAt ${timings.liveAt}`);
    assert.equal(await frame.locator('canvas').count(), 1, 'one canvas in the embed');
    assert.equal(await frame.locator('#poster').isVisible(), false, 'poster hidden once live');
    const title = await page.locator('iframe[src*="embed.html"]').getAttribute('title');
    assert.ok(title && title.length > 10, 'the iframe has a descriptive title');
  } finally {
    await saveScreenshot(page, 'demo');
    await page.close();
  }
});

test('gamepad polling is hidden from Ebiten', { timeout: 60_000 }, async () => {
  const { page, frame, state } = await openDemo(browser.context, server.url, { path: 'embed.html' });
  try {
    assert.equal(state, 'live');
    assert.deepEqual(await frame.evaluate(() => Array.from(navigator.getGamepads())), []);
  } finally {
    await page.close();
  }
});

// countFrames runs in the page before its scripts: it counts
// requestAnimationFrame calls (Ebiten looks the function up when the wasm
// starts, so its loop goes through the wrapper).
// It also counts the timers Go's runtime sets: wasm_exec.js's Go class is
// wrapped as it is defined, so that its runtime.scheduleTimeoutEvent import
// counts (goTimers is null if there is no such import to count).
function countFrames() {
  const calls = { raf: 0, goTimers: null };
  Object.defineProperty(window, 'rafCalls', { get: () => calls.raf });
  Object.defineProperty(window, 'goTimers', { get: () => calls.goTimers });
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (cb) { calls.raf++; return raf.call(window, cb); };
  let Go;
  Object.defineProperty(window, 'Go', {
    configurable: true,
    get: () => Go,
    set: (G) => {
      Go = class extends G {
        constructor() {
          super();
          const imports = this.importObject.gojs, schedule = imports['runtime.scheduleTimeoutEvent'];
          if (typeof schedule !== 'function') return;
          calls.goTimers = 0;
          imports['runtime.scheduleTimeoutEvent'] = (sp) => { calls.goTimers++; return schedule(sp); };
        }
      };
    },
  });
}

// asleep waits until the game loop sleeps on its wake channel: Update is
// blocked (stancemap.sleeping) and no new Update call came for 300 ms.
async function asleep(page, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const s = await page.evaluate(() => ({ sleeping: window.stancemap.sleeping, updates: window.stancemap.updates }));
    if (s.sleeping && s.updates === last) return;
    if (Date.now() > deadline) throw new Error(`the game loop never slept: ${JSON.stringify(s)}`);
    last = s.updates;
    await new Promise((r) => setTimeout(r, 300));
  }
}

// liveAsleep opens the embed in page, checks it went live, and waits
// until its game loop sleeps.
async function liveAsleep(page) {
  await page.goto(new URL('embed.html', server.url).href, { waitUntil: 'load' });
  const { state, error } = await waitForState(page.mainFrame());
  assert.equal(state, 'live', `widget state (error: ${error})`);
  await asleep(page);
}

const idleCounts = (page) => page.evaluate(() => ({ raf: window.rafCalls, updates: window.stancemap.updates, goTimers: window.goTimers }));

test('an idle embed asks for no frames, and input wakes it at once', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(countFrames);
    await liveAsleep(page);
    const a = await idleCounts(page);
    await new Promise((r) => setTimeout(r, 3000));
    const b = await idleCounts(page);
    assert.equal(b.raf - a.raf, 0, 'animation frames requested while idle');
    assert.ok(b.updates - a.updates <= 1, `Update calls while idle: ${b.updates - a.updates}`);
    // Nor does Go set a timer: the browser build's Ebiten starts its 100 ms
    // audio ticker only for a program with audio (kagepatch).
    assert.notEqual(a.goTimers, null, "wasm_exec.js's Go has no runtime.scheduleTimeoutEvent import to count");
    assert.equal(b.goTimers - a.goTimers, 0, 'timers set by Go while idle');

    // A pointer move wakes the loop: Update runs again and asks for frames.
    const box = await page.locator('canvas').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction((n) => window.stancemap.updates > n.updates + 1 && window.rafCalls > n.raf, b, { timeout: 2000 });
    // …and it sleeps again once nothing moves.
    await asleep(page);
    const c = await idleCounts(page);
    await new Promise((r) => setTimeout(r, 1500));
    const d = await idleCounts(page);
    assert.equal(d.raf - c.raf, 0, 'animation frames requested after going back to sleep');
  } finally {
    await page.close();
  }
});

// countCanvasDraws runs in the page before its scripts: it counts WebGL
// draw calls made to the canvas itself (the default framebuffer), not to
// textures. Ebiten draws the canvas twice in a frame it shows: it clears
// it, and the widget copies its frame onto it.
function countCanvasDraws() {
  const P = WebGL2RenderingContext.prototype;
  const bind = P.bindFramebuffer;
  const draw = P.drawElements;
  let onCanvas = true;
  window.canvasDraws = 0;
  P.bindFramebuffer = function (target, fb) {
    if (target === this.FRAMEBUFFER || target === this.DRAW_FRAMEBUFFER) onCanvas = !fb; // Ebiten binds undefined
    return bind.call(this, target, fb);
  };
  P.drawElements = function (...args) {
    if (onCanvas) window.canvasDraws++;
    return draw.apply(this, args);
  };
}

test('a pointer moving over the map redraws the SVG overlay, not the canvas', { timeout: 120_000 }, async () => {
  // The hover outline and the tooltip are the page's SVG (#overlay): a
  // sweep draws the canvas only where the legend marks the side under the
  // pointer. (In FPSModeVsyncOffMinimum Ebiten also ran a whole frame,
  // with a copy onto the canvas, at every input event: a sweep drew the
  // canvas two to four times a frame.)
  const page = await browser.context.newPage();
  try {
    await page.addInitScript(countCanvasDraws);
    await liveAsleep(page);
    const box = await page.locator('canvas').boundingBox();
    await page.evaluate(() => {
      window.__frames = 0;
      const tick = () => { window.__frames++; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    const before = await page.evaluate(() => ({ frames: window.__frames, draws: window.canvasDraws }));
    const changes = page.evaluate(() => new Promise((resolve) => {
      const el = document.getElementById('overlay');
      const seen = { changes: 0, outlines: 0 };
      new MutationObserver(() => {
        seen.changes++;
        if (el.querySelector('[id^="ov-outline"]')) seen.outlines++;
      }).observe(el, { childList: true });
      setTimeout(() => resolve(seen), 1500);
    }));
    // Several events per frame: each move is sent without waiting for one.
    for (let i = 0; i < 60; i++) {
      await page.mouse.move(box.x + box.width * (0.3 + 0.01 * i), box.y + box.height * (0.3 + 0.004 * (i % 7)));
    }
    await new Promise((r) => setTimeout(r, 200));
    const after = await page.evaluate(() => ({ frames: window.__frames, draws: window.canvasDraws }));
    const frames = after.frames - before.frames;
    const shown = (after.draws - before.draws) / 2;
    assert.ok(frames > 5, `animation frames during the sweep: ${frames}`);
    const seen = await changes;
    assert.ok(seen.changes >= 3 && seen.outlines >= 2, `the overlay followed the pointer: ${JSON.stringify(seen)}`);
    // The canvas changes only where the legend marks the hovered
    // country's side.
    assert.ok(shown * 4 <= frames, `the canvas was drawn ${shown} times in ${frames} animation frames`);
  } finally {
    await page.close();
  }
});

test('a click whose press and release come within one frame still selects the country', { timeout: 120_000 }, async () => {
  // Ebiten reads the button as it is at each tick; loader-ebiten.js holds
  // a release back until a tick has seen the press.
  const page = await browser.context.newPage();
  try {
    await liveAsleep(page);
    const box = await page.locator('canvas').boundingBox();
    const img = await pixels(page, box);
    const spot = findColour(img, [0x00, 0x72, 0xb2]); // a country in the Guaidó colour
    assert.ok(spot, 'a country in the Guaidó colour is on the map');
    const cdp = await browser.context.newCDPSession(page);
    const at = { x: box.x + spot.x, y: box.y + spot.y, button: 'left', clickCount: 1 };
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: at.x, y: at.y });
    await asleep(page);
    // Both in one task of the page, so no frame comes between them.
    await Promise.all([
      cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at }),
      cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at }),
    ]);
    await page.waitForFunction(() => !!window.stancemap.country, null, { timeout: 5000 });
  } finally {
    await page.close();
  }
});

// fetchRaw GETs a URL without decoding the body.
function fetchRaw(url, headers) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

test('the wasm is served precompressed by Accept-Encoding, under a name that changes with its content', async (t) => {
  // The embed page names the wasm; the name is content-addressed, so the
  // wasm may be kept for a year while the page itself is revalidated.
  const page = await fetchRaw(new URL('embed.html', server.url).href, {});
  assert.equal(page.headers['cache-control'], 'no-cache');
  const name = /window\.STANCEMAP_WASM="(stancemap-[0-9a-f]{16}\.wasm)"/.exec(page.body.toString())?.[1];
  assert.ok(name, 'embed.html names a content-addressed wasm');
  const url = new URL(name, server.url).href;
  const cases = [
    { accept: 'gzip, deflate, br, zstd', encoding: 'br', decode: brotliDecompressSync },
    { accept: 'gzip', encoding: 'gzip', decode: gunzipSync },
    { accept: 'identity', encoding: undefined, decode: (b) => b },
  ];
  let plainSize;
  for (const c of cases) {
    await t.test(c.accept, async () => {
      const res = await fetchRaw(url, { 'accept-encoding': c.accept });
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], 'application/wasm');
      assert.equal(res.headers['content-encoding'], c.encoding);
      assert.equal(res.headers.vary, 'Accept-Encoding');
      assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(Number(res.headers['content-length']), res.body.length);
      const wasm = c.decode(res.body);
      assert.deepEqual([...wasm.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d], 'wasm magic');
      plainSize ??= wasm.length;
      assert.equal(wasm.length, plainSize, 'every coding decodes to the same size');
      if (c.encoding) assert.ok(res.body.length < wasm.length / 2, `${c.encoding} shrinks the wasm`);
    });
  }
});
