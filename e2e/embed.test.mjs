// embed.test.mjs: the embed page as a CMS would use it — poster first, URL
// parameters, keyboard, the height messages in three dialects and the
// postMessage API both ways — without a console error. The canvas and
// WebGL, the poster without the live map, and stories from data= have
// their own files: embed-canvas, embed-poster and embed-data.test.mjs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, openDemo, embedFrame, collectErrors, saveScreenshot, recordMessages,
} from './lib.mjs';
import { alt, warnings } from './embedpage.mjs';

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

test('the demo article goes live and is sized by the height messages', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  await recordMessages(page);
  const errors = collectErrors(page);
  await page.goto(server.url, { waitUntil: 'load' });
  const frame = await embedFrame(page);
  await frame.waitForFunction(() => window.stancemap.state !== 'poster', null, { timeout: 60_000 });
  try {
    assert.equal(await frame.evaluate(() => window.stancemap.state), 'live', await frame.evaluate(() => window.stancemap.error));
    const bodyH = await frame.evaluate(() => parseFloat(document.body.style.height));
    const want = Math.ceil(bodyH + 28);
    await page.waitForFunction((h) => document.querySelector('iframe[data-stancemap]').getBoundingClientRect().height === h, want, { timeout: 5000 });
    const msgs = await page.evaluate(() => window.__messages);
    assert.ok(msgs.some((m) => m && m['datawrapper-height'] && m['datawrapper-height']['venezuela-map'] === want), `Datawrapper message of ${want}: ${JSON.stringify(msgs)}`);
    assert.ok(msgs.includes(`pymxPYMxvenezuela-mapxPYMxheightxPYMx${want}`), 'pym.js message');
    assert.ok(msgs.some((m) => m && m.sentinel === 'amp' && m.type === 'embed-size' && m.height === want), 'AMP message');
    // The canvas never took focus on load.
    assert.notEqual(await frame.evaluate(() => document.activeElement && document.activeElement.tagName), 'CANVAS');
    assert.match(await frame.evaluate(() => document.querySelector('canvas').getAttribute('role')), /img/);
    // Ebiten draws on the canvas loader.js made, with its context made
    // without multisampling, depth or stencil: one canvas, the same context.
    assert.deepEqual(await frame.evaluate(() => {
      const cs = document.querySelectorAll('canvas');
      const a = cs[0].getContext('webgl2').getContextAttributes();
      return { canvases: cs.length, antialias: a.antialias, depth: a.depth, stencil: a.stencil };
    }), { canvases: 1, antialias: false, depth: false, stencil: false });
    assert.ok((await alt(frame)).includes('27 January 2020'), 'text alternative of the last step');
    const snippet = await page.locator('#snippet').textContent();
    assert.match(snippet, /<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html"[^]*loading="lazy"[^]*allow="fullscreen; clipboard-write"/);
    assert.match(snippet, /title="Interactive world map/);
    assert.deepEqual(errors, []);
  } finally {
    await saveScreenshot(page, 'embed-demo-1280');
    await page.close();
  }
});

test('the demo article at 360 px', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  const errors = collectErrors(page);
  await page.goto(server.url, { waitUntil: 'load' });
  const frame = await embedFrame(page);
  await frame.waitForFunction(() => window.stancemap.state !== 'poster', null, { timeout: 60_000 });
  try {
    assert.equal(await frame.evaluate(() => window.stancemap.state), 'live');
    await page.locator('iframe[data-stancemap]').scrollIntoViewIfNeeded();
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(errors, []);
  } finally {
    await saveScreenshot(page, 'embed-demo-360');
    await page.close();
  }
});

test('event and lang from the URL: 23 January 2019 in Spanish', { timeout: 120_000 }, async () => {
  const { page, frame, state, errors } = await openDemo(browser.context, server.url, { path: 'embed.html?event=2019-01-23&lang=es' });
  try {
    assert.equal(state, 'live');
    const text = await alt(frame);
    assert.match(text, /^23 de enero de 2019\./);
    assert.match(text, /Reconoció a Guaidó \(\d+ países\): .*Brasil/);
    assert.match(text, /Apoyó a Maduro \(\d+ países\): .*Rusia/);
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'es');
    assert.match(await frame.evaluate(() => document.getElementById('announce').getAttribute('aria-live')), /polite/);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('lang=pt-BR and lang=fr-CA open the Portuguese and French maps', { timeout: 180_000 }, async () => {
  for (const [lang, want, date, side, country] of [
    ['pt-BR', 'pt', /^23 de janeiro de 2019\./, /Reconheceu Guaidó \(\d+ países\): .*Brasil/, /Apoiou Maduro \(\d+ países\): .*Rússia/],
    ['fr-CA', 'fr', /^23 janvier 2019\./, /A reconnu Guaidó \(\d+ pays\)\u00a0: .*Brésil/, /A soutenu Maduro \(\d+ pays\)\u00a0: .*Russie/],
  ]) {
    const { page, frame, state, errors } = await openDemo(browser.context, server.url, { path: `embed.html?event=2019-01-23&lang=${lang}` });
    try {
      assert.equal(state, 'live');
      const text = await alt(frame);
      assert.match(text, date);
      assert.match(text, side);
      assert.match(text, country);
      assert.equal(await frame.evaluate(() => document.documentElement.lang), want);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});

test('country= selects a country by its name in the page\'s language, its tooltip open', { timeout: 120_000 }, async () => {
  const { page, frame, state, errors } = await openDemo(browser.context, server.url, { path: 'embed.html?event=2019-01-23&lang=es&country=Brasil' });
  try {
    assert.equal(state, 'live');
    assert.equal(await frame.evaluate(() => window.stancemap.country), 'BRA');
    assert.match(await frame.evaluate(() => document.getElementById('announce').textContent), /^Brasil/);
    await saveScreenshot(page, 'embed-country-bra');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('keyboard steps the map and the host hears eventchange; the host sets step and country', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  await recordMessages(page);
  const errors = collectErrors(page);
  await page.goto(server.url, { waitUntil: 'load' });
  const frame = await embedFrame(page);
  await frame.waitForFunction(() => window.stancemap.state === 'live', null, { timeout: 60_000 });
  try {
    const canvas = frame.locator('canvas');
    const box = await canvas.boundingBox();
    // Click an empty corner of the widget to focus it, then step back.
    await page.mouse.click(box.x + box.width - 4, box.y + box.height - 4);
    assert.equal(await frame.evaluate(() => document.activeElement.tagName), 'CANVAS', 'a click focuses the canvas');
    await page.evaluate(() => { window.__messages.length = 0; });
    await page.keyboard.press('Home');
    await page.waitForFunction(() => window.__messages.some((m) => m && m.type === 'stancemap:eventchange'), null, { timeout: 5000 });
    const change = await page.evaluate(() => window.__messages.find((m) => m && m.type === 'stancemap:eventchange'));
    assert.deepEqual(change, { type: 'stancemap:eventchange', event: 'lima-group-2019', date: '2019-01-04', index: 0 });
    await frame.waitForFunction(() => document.getElementById('alt').textContent.startsWith('4 January 2019'), null, { timeout: 5000 });

    // The host asks for a step and a country.
    await page.evaluate(() => { window.__messages.length = 0; });
    await page.evaluate(() => document.querySelector('iframe[data-stancemap]').contentWindow.postMessage({ type: 'stancemap:set', event: '2020-01-05', country: 'Russia' }, '*'));
    await frame.waitForFunction(() => document.getElementById('alt').textContent.startsWith('5 January 2020'), null, { timeout: 5000 });
    await frame.waitForFunction(() => /Russia/.test(document.getElementById('announce').textContent), null, { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(!(await page.evaluate(() => window.__messages.some((m) => m && m.type === 'stancemap:eventchange'))), 'a step set by the host is not echoed back');

    // Keys held when focus leaves are released: blur with ArrowRight down,
    // then nothing keeps stepping.
    await canvas.focus();
    const held = await alt(frame);
    await page.keyboard.down('ArrowRight');
    // The press itself steps once, at the widget's next tick.
    await frame.waitForFunction((t) => document.getElementById('alt').textContent !== t, held, { timeout: 5000 });
    await page.evaluate(() => document.querySelector('#jump button').focus());
    const after = await alt(frame);
    await new Promise((r) => setTimeout(r, 1200));
    assert.equal(await alt(frame), after, 'no key repeat after focus left');
    await page.keyboard.up('ArrowRight');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('bad URL values are ignored with one warning each', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  const warned = warnings(page);
  const errors = collectErrors(page);
  await page.goto(new URL('embed.html?region=mars&theme=sepia&event=1999-01-01&country=Atlantis&utm_source=x', server.url).href, { waitUntil: 'load' });
  await page.waitForFunction(() => window.stancemap.state !== 'poster', null, { timeout: 60_000 });
  try {
    assert.equal(await page.evaluate(() => window.stancemap.state), 'live');
    const ours = warned.filter((w) => w.startsWith('stancemap:'));
    assert.equal(ours.length, 4, ours.join('\n'));
    for (const p of ['region="mars"', 'theme="sepia"', 'event="1999-01-01"', 'country="Atlantis"']) {
      assert.equal(ours.filter((w) => w.includes(p)).length, 1, `one warning for ${p}`);
    }
    assert.ok((await alt(page.mainFrame())).startsWith('27 January 2020'), 'the default step');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
