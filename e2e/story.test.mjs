// story.test.mjs: a bundle made for another story (cmd/serve -story FILE,
// here the format's example) shows that story's poster first, in the page's
// title and text alternative, and its wasm goes live on it — no data=.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startServer, launchBrowser, collectErrors, saveScreenshot, waitForState, repoRoot } from './lib.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ args: ['-story', path.join(repoRoot, 'data', 'testdata', 'example.json')] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a bundle built with -story shows that story, poster first', { timeout: 180_000 }, async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(new URL('embed.html?lang=ES', server.url).href, { waitUntil: 'load' });
  try {
    // The poster is the example's last step, in Spanish (the URL's case does
    // not matter), before the wasm runs.
    const poster = await page.evaluate(() => {
      const img = document.querySelector('#poster img');
      return img && { src: img.getAttribute('src'), alt: img.alt, done: img.complete && img.naturalWidth > 0 };
    });
    assert.ok(poster, 'a poster image');
    assert.match(poster.src, /^posters\/[0-9a-f]{16}\/february\.es\.(light|dark)\.\d+\.png$/);
    assert.ok(poster.done, 'the poster loaded');
    assert.equal(await page.title(), '¿Quién reconoció a Guaidó? (ejemplo) — stancemap');
    const st = await waitForState(page.mainFrame());
    assert.equal(st.state, 'live', st.error);
    const alt = await page.evaluate(() => document.getElementById('alt').textContent);
    assert.match(alt, /4 de febrero de 2019/, alt);
    await saveScreenshot(page, 'story-example-es');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
