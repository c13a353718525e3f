// fade.test.mjs: a step change fades the map from the old step's colours
// to the new one's over a quarter second (the widget draws frame after
// frame for it), and a reader who asks for reduced motion gets the new
// step at once, in one frame. Either way, once the map has rested, the
// step is drawn by recolouring it (the Kage shader runs on WebGL).

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
    await page.waitForTimeout(1000); // let the widget fall idle: a key must wake it
    // Resting, the map was prepared for quick steps: drawn into its id
    // image and recoloured from it once.
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
