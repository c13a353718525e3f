// embed-data.test.mjs: the embed showing a story from data= — a broken one
// shows its problems, not a blank frame; a good one says it is loading,
// and with static=1 that it has no still image.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, collectErrors, saveScreenshot } from './lib.mjs';
import { warnings, pixels } from './embedpage.mjs';

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

test('a broken story from data= shows its problems, not a blank frame', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  const warned = warnings(page);
  await page.route('**/broken-story.json', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ id: 'x', lang: 'en', events: [{ id: 'a', date: 'not a date' }] }),
  }));
  const errors = collectErrors(page);
  await page.goto(new URL('embed.html?data=broken-story.json', server.url).href, { waitUntil: 'load' });
  await page.waitForFunction(() => window.stancemap.state !== 'poster', null, { timeout: 60_000 });
  try {
    assert.equal(await page.evaluate(() => window.stancemap.state), 'error');
    assert.match(await page.evaluate(() => window.stancemap.error), /story file is not valid/);
    const items = await page.locator('#problems li').allTextContents();
    assert.ok(items.length >= 2, `problems listed: ${items}`);
    assert.ok(items.some((t) => t.includes('events[0].date')), items.join('\n'));
    assert.ok(await page.locator('#problems').isVisible());
    // On the page's background, not on black: Ebiten blackens the body as
    // its package starts, and this story failed before the widget ran.
    // (The canvas, opaque and never drawn, stays hidden.)
    const box = await page.locator('#problems').boundingBox();
    const img = await pixels(page, { x: box.x, y: box.y + box.height * 0.75, width: box.width, height: box.height * 0.25 - 1 });
    let dark = 0;
    for (let i = 0; i < img.data.length; i += 4) if (img.data[i] + img.data[i + 1] + img.data[i + 2] < 300) dark++;
    assert.equal(dark, 0, `${dark} dark pixels of ${img.w * img.h} under the problems list`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('canvas')).visibility), 'hidden');
    assert.ok(warned.some((w) => w.includes('events[0].date')), 'the problems are on the console as a warning');
    assert.deepEqual(errors, []);
  } finally {
    await saveScreenshot(page, 'embed-broken-story');
    await page.close();
  }
});

test('a story from data= says it is loading, and with static=1 that it has no still image', { timeout: 60_000 }, async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  // The story is fetched only when the widget starts, which with static=1
  // it never does.
  await page.goto(new URL('embed.html?static=1&lang=es&data=' + encodeURIComponent('missing-story.json'), server.url).href, { waitUntil: 'load' });
  try {
    assert.equal(await page.evaluate(() => document.querySelector('#poster').textContent), 'Esta historia no tiene imagen fija.');
    assert.equal(await page.locator('#poster img').count(), 0, 'no poster of the built-in story');
    assert.equal(await page.evaluate(() => window.stancemap.state), 'poster');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
  // Without static=1 the frame says the map is loading until the story
  // and the wasm are in (held back here, to look at the frame before).
  const live = await browser.context.newPage();
  await live.route('**/slow-story.json', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.fulfill({ status: 404, body: 'not here' });
  });
  await live.goto(new URL('embed.html?data=' + encodeURIComponent('slow-story.json'), server.url).href, { waitUntil: 'load' });
  try {
    assert.equal(await live.evaluate(() => document.querySelector('#poster').textContent), 'Loading the map…');
  } finally {
    await live.close();
  }
});
