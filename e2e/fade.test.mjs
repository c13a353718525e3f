// fade.test.mjs: a step change fades the map from the old step's colours
// to the new one's over a quarter second (the widget draws frame after
// frame for it), and a reader who asks for reduced motion gets the new
// step at once, in one frame. Either way, once the map has rested, the
// step is drawn by recolouring it (the Kage shader runs on WebGL); on a
// phone at device scale 3, where the map is drawn at its device size, too,
// and the recoloured step looks as a fresh map of it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openDemo } from './lib.mjs';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

// framesAfterStep opens the embed at its first step, steps on with the
// keyboard and returns how many frames the widget composited in the
// second after (window.stancemap.composited), how long after the press
// the last of them came (ms), and the step it ends on.
async function framesAfterStep(motion) {
  const browser = await launchBrowser({ viewport: { width: 700, height: 560 }, context: { reducedMotion: motion } });
  try {
    const { page, frame, state, errors } = await openDemo(browser.context, server.url, { path: 'embed.html?event=2019-01-04' });
    assert.equal(state, 'live', `the widget went live (${motion})`);
    // Focus the canvas as a Tab would, nothing inside it focused: the
    // arrow keys step (a click would focus the map, where they pan).
    await frame.evaluate(() => document.querySelector('canvas').focus());
    // Resting, the map is prepared for quick steps (drawn into its id
    // image and recoloured from it once), some time after it went live.
    await frame.waitForFunction(() => window.stancemap.recoloured >= 1, null, { timeout: 20_000 }).catch(() => {});
    await page.waitForTimeout(1000); // let the widget fall idle: a key must wake it
    const prepared = await frame.evaluate(() => window.stancemap.recoloured || 0);
    const before = await frame.evaluate(() => window.stancemap.composited);
    const pressedAt = await frame.evaluate(() => performance.now());
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(1000);
    const frames = (await frame.evaluate(() => window.stancemap.composited)) - before;
    const lastAfter = (await frame.evaluate(() => window.stancemap.compositedAt)) - pressedAt;
    const event = await frame.evaluate(() => window.stancemap.event);
    const recoloured = (await frame.evaluate(() => window.stancemap.recoloured || 0)) - prepared;
    assert.deepEqual(errors, [], 'no page errors');
    return { frames, event, lastAfter, prepared, recoloured };
  } finally {
    await browser.close();
  }
}

test('a step change fades the map; reduced motion changes it at once', { timeout: 240_000 }, async (t) => {
  const moving = await framesAfterStep('no-preference');
  const still = await framesAfterStep('reduce');
  t.diagnostic(`after a step: ${moving.frames} frames, the last at ${Math.round(moving.lastAfter)} ms with motion; ${still.frames} frames, the last at ${Math.round(still.lastAfter)} ms with reduced motion`);
  assert.equal(moving.event, still.event, 'both stepped to the same step');
  assert.notEqual(moving.event, 'lima-group-2019', 'the key stepped on');
  // A fade of 250 ms is drawn frame by frame: even a busy software GPU
  // draws a few, the last no sooner than 250 ms after the press; without
  // it one frame shows the new step (and perhaps one more).
  assert.ok(moving.frames >= 3, `frames composited after a step change with motion: ${moving.frames}, want ≥ 3`);
  assert.ok(moving.lastAfter >= 250, `with motion the last frame came ${moving.lastAfter} ms after the press, before the fade could end`);
  assert.ok(still.frames <= 2, `frames composited after a step change with reduced motion: ${still.frames}, want ≤ 2`);
  for (const r of [moving, still]) {
    assert.equal(r.prepared, 1, 'the map at rest was prepared for quick steps once');
    assert.equal(r.recoloured, 1, 'the step was drawn by recolouring the map');
  }
});

// shot is the page's viewport as base64 PNG in device pixels, by CDP.
async function shot(page) {
  const [w, h, scale] = await page.evaluate(() => [innerWidth, innerHeight, devicePixelRatio]);
  const cdp = await page.context().newCDPSession(page);
  try {
    return (await cdp.send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, width: w, height: h, scale } })).data;
  } finally {
    await cdp.detach();
  }
}

test('on a phone at device scale 3 the map, drawn at its device size, is prepared and a step recoloured as a fresh map of that step', { timeout: 240_000 }, async (t) => {
  const browser = await launchBrowser({ viewport: { width: 390, height: 700 }, context: { deviceScaleFactor: 3, isMobile: true, hasTouch: true, reducedMotion: 'reduce' } });
  try {
    const { page, frame, state, errors } = await openDemo(browser.context, server.url, { path: 'embed.html?event=2019-01-04' });
    assert.equal(state, 'live');
    assert.equal(await frame.evaluate(() => document.querySelector('canvas').width), 1170, 'the canvas in device pixels');
    await frame.evaluate(() => document.querySelector('canvas').focus());
    await frame.waitForFunction(() => window.stancemap.recoloured >= 1, null, { timeout: 20_000 }).catch(() => {});
    await page.waitForTimeout(1000);
    assert.equal(await frame.evaluate(() => window.stancemap.recoloured || 0), 1, 'the map at rest was prepared (its id image fits at the device size)');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(1000);
    assert.equal(await frame.evaluate(() => window.stancemap.recoloured || 0), 2, 'the step was drawn by recolouring the map');
    const event = await frame.evaluate(() => window.stancemap.event);
    const stepped = await shot(page);
    const fresh = await openDemo(browser.context, server.url, { path: `embed.html?event=${event}` });
    assert.equal(fresh.state, 'live');
    await fresh.page.waitForTimeout(1000);
    const drawn = await shot(fresh.page);
    // Compared in the page (decoded there: its Content-Security-Policy
    // refuses data: URLs to fetch), over the canvas.
    const { differ, of } = await fresh.page.evaluate(async ([a, b]) => {
      const decode = async (b64) => {
        const bmp = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const g = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d');
        g.drawImage(bmp, 0, 0);
        const k = bmp.width / window.innerWidth;
        const box = document.querySelector('canvas').getBoundingClientRect();
        return g.getImageData(Math.round(box.left * k), Math.round(box.top * k), Math.round(box.width * k), Math.round(box.height * k)).data;
      };
      const [p, q] = [await decode(a), await decode(b)];
      let n = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (Math.abs(p[i] - q[i]) > 24 || Math.abs(p[i + 1] - q[i + 1]) > 24 || Math.abs(p[i + 2] - q[i + 2]) > 24) n++;
      }
      return { differ: n, of: p.length / 4 };
    }, [stepped, drawn]);
    t.diagnostic(`${differ} of ${of} pixels differ by more than 24 levels`);
    assert.ok(of > 1000000, `${of} pixels compared`);
    // 0.3 % here (edges, rounding); the shader reading four samples a
    // pixel as on a doubled map put it at 1.3 %.
    assert.ok(differ * 125 < of, `${differ} of ${of} pixels differ between the recoloured step and a fresh map of it`);
    assert.deepEqual(errors, []);
    assert.deepEqual(fresh.errors, []);
  } finally {
    await browser.close();
  }
});
