// embed-poster.test.mjs: the embed when the live map does not run — the
// poster with static=1, the noscript poster without JavaScript, and the
// poster and state "error" without WebGL.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openDemo, collectErrors, saveScreenshot } from './lib.mjs';

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

test('static=1 shows the poster and never fetches the wasm', { timeout: 60_000 }, async () => {
  for (const width of [360, 1280]) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const errors = collectErrors(page);
    await page.goto(new URL('embed.html?static=1&event=2019-01-23&lang=es', server.url).href, { waitUntil: 'load' });
    try {
      await page.waitForFunction(() => { const i = document.querySelector('#poster img'); return i && i.complete && i.naturalWidth > 0; }, null, { timeout: 10_000 });
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(await page.evaluate(() => window.stancemap.state), 'poster');
      assert.ok(!requested.some((p) => p.endsWith('.wasm')), `requests: ${requested}`);
      const src = await page.evaluate(() => document.querySelector('#poster img').getAttribute('src'));
      assert.match(src, /^posters\/[0-9a-f]{16}\/guaido-claim\.es\.(light|dark)\.\d+\.png$/);
      assert.match(await page.evaluate(() => document.querySelector("#poster img").currentSrc), /\/posters\/[0-9a-f]{16}\/guaido-claim\.es\.(light|dark)\.\d+(@2x)?\.png$/);
      assert.match(await page.evaluate(() => document.querySelector('#poster img').alt), /^23 de enero de 2019/);
      assert.deepEqual(errors, []);
    } finally {
      await saveScreenshot(page, `embed-poster-${width}`);
      await page.close();
    }
    // The live widget at the same size, to compare with the poster.
    const live = await openDemo(browser.context, server.url, { path: 'embed.html?event=2019-01-23&lang=es' });
    await live.page.setViewportSize({ width, height: 800 });
    await new Promise((r) => setTimeout(r, 800));
    await saveScreenshot(live.page, `embed-live-${width}`);
    await live.page.close();
  }
});

test('without JavaScript the noscript poster shows', { timeout: 60_000 }, async () => {
  const ctx = await browser.context.browser()?.newContext({ javaScriptEnabled: false }) ?? null;
  // A persistent context has no browser(); use a page with JS off instead.
  const page = ctx ? await ctx.newPage() : await browser.context.newPage();
  if (!ctx) await page.context().newCDPSession(page).then((s) => s.send('Emulation.setScriptExecutionDisabled', { value: true }));
  try {
    await page.goto(new URL('embed.html', server.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => true).catch(() => {});
    const img = page.locator('img.poster-img');
    assert.equal(await img.count(), 1);
    assert.match(await img.getAttribute("src"), /^posters\/[0-9a-f]{16}\/a-year-on\.en\.light\.\d+\.png$/);
    assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth > 0), "the noscript poster loads");
    assert.match(await img.getAttribute('alt'), /^27 January 2020/);
  } finally {
    await page.close();
    await ctx?.close();
  }
});

test('without WebGL the poster stays and state is error', { timeout: 120_000 }, async () => {
  const { chromiumArgs } = await import('./lib.mjs');
  const noGL = await launchBrowser({ args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'] });
  try {
    const { page, state, error, errors } = await openDemo(noGL.context, server.url, { path: 'embed.html?event=2019-01-23' });
    assert.equal(state, 'error');
    assert.match(error, /WebGL/);
    assert.ok(await page.evaluate(() => { const i = document.querySelector('#poster img'); return i.complete && i.naturalWidth > 0 && getComputedStyle(document.getElementById('poster')).display !== 'none'; }));
    assert.match(await page.locator('#note').textContent(), /^Interactive map unavailable \(WebGL 2 is not available\)\.$/, 'the poster still steps (embed-steps.test.mjs)');
    assert.equal(await page.locator('canvas').count(), 0, 'no wasm ran');
    assert.deepEqual(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('stancemap:'))), ['stancemap:error']);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await noGL.close();
  }
});
