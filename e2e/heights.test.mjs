// heights.test.mjs: the frame's height. The page sizes the widget's box
// from the exact height table the build wrote (poster.ExactHeights, one
// data file per language) as soon as it comes, before the wasm runs; the
// wasm's own search (stancemap.searchHeight, layout.PreferredHeight in the
// browser) must give the same heights, and the frame must not change
// height when the live map takes over from the poster.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, collectErrors } from './lib.mjs';

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

test('the exact height table sizes the poster, and the wasm agrees with it', { timeout: 180_000 }, async () => {
  for (const [lang, width] of [['en', 704], ['fr', 390]]) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    const errors = collectErrors(page);
    // Every height the box is given, in order.
    await page.addInitScript(() => {
      window.boxHeights = [];
      new MutationObserver(() => {
        const h = document.body && document.body.style.height;
        if (h && window.boxHeights[window.boxHeights.length - 1] !== h) window.boxHeights.push(h);
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['style'] });
    });
    try {
      await page.goto(new URL(`embed.html?lang=${lang}`, server.url).href, { waitUntil: 'load' });
      await page.waitForFunction(() => window.stancemapPick && window.stancemapPick.exact, null, { timeout: 30_000 });
      const poster = await page.evaluate(() => ({ state: window.stancemap.state, body: document.body.style.height, exact: window.stancemapPick.exactFor(document.documentElement.clientWidth) }));
      assert.ok(poster.exact > 0, `${lang}: the table covers ${width} px`);
      assert.equal(poster.body, `${poster.exact}px`, `${lang}: the box before the wasm (state ${poster.state})`);

      await page.waitForFunction(() => window.stancemap.state === 'live' || window.stancemap.state === 'error', null, { timeout: 90_000 });
      assert.equal(await page.evaluate(() => window.stancemap.state), 'live', await page.evaluate(() => window.stancemap.error));
      const after = await page.evaluate(() => ({ body: document.body.style.height, heights: window.boxHeights, lang: window.stancemap.lang }));
      assert.equal(after.lang, lang);
      assert.equal(after.body, poster.body, `${lang}: the box changed height when the map went live (${after.heights.join(' → ')})`);

      // The wasm's search against the table, at widths across layouts.
      const pairs = await page.evaluate((ws) => ws.map((w) => [w, window.stancemapPick.exactFor(w), window.stancemap.searchHeight(w)]),
        [300, 333, 390, 517, 600, 704, 961, 1100, 1280, 1600]);
      for (const [w, table, wasm] of pairs) {
        assert.ok(table > 0, `${lang} ${w} px: no table entry`);
        assert.equal(wasm, table, `${lang} ${w} px: the wasm's search gives ${wasm}, the build's table ${table}`);
      }
      // Outside the table the page asks the wasm.
      const wide = await page.evaluate(() => [window.stancemapPick.exactFor(2000), window.stancemap.heightFor(2000), window.stancemap.searchHeight(2000)]);
      assert.equal(wide[0], 0);
      assert.equal(wide[1], wide[2]);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});
