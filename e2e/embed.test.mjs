// embed.test.mjs: the embed page as a CMS would use it — poster first, URL
// parameters, keyboard, the height messages in three dialects, the
// postMessage API both ways, a broken story, no WebGL, static=1 and no
// JavaScript — without a console error.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startServer, launchBrowser, openDemo, embedFrame, collectErrors, saveScreenshot, recordMessages,
} from './lib.mjs';

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

// warnings collects console warnings of a page and its frames.
function warnings(page) {
  const list = [];
  page.on('console', (m) => { if (m.type() === 'warning') list.push(m.text()); });
  return list;
}

const alt = (frame) => frame.evaluate(() => document.getElementById('alt').textContent);

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
    // without multisampling: one canvas, the same context.
    assert.deepEqual(await frame.evaluate(() => {
      const cs = document.querySelectorAll('canvas');
      const gl = cs[0].getContext('webgl2');
      return { canvases: cs.length, antialias: gl && gl.getContextAttributes().antialias, stencil: gl && gl.getContextAttributes().stencil };
    }), { canvases: 1, antialias: false, stencil: true });
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
    await page.keyboard.down('ArrowRight');
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
    assert.ok(warned.some((w) => w.includes('events[0].date')), 'the problems are on the console as a warning');
    assert.deepEqual(errors, []);
  } finally {
    await saveScreenshot(page, 'embed-broken-story');
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
    assert.match(await page.locator('#note').textContent(), /still image/);
    assert.equal(await page.locator('canvas').count(), 0, 'no wasm ran');
    assert.deepEqual(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('stancemap:'))), ['stancemap:error']);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await noGL.close();
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
    assert.match(await page.locator('#note').textContent(), /still image/);
    assert.ok(await page.evaluate(() => getComputedStyle(document.getElementById('poster')).display !== 'none'), 'the poster shows');
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(navigated, false, 'the second loss did not reload the frame');
    assert.deepEqual(errors, []);
  } finally {
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
