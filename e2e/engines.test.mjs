// engines.test.mjs: smoke tests in the two engines many readers have
// besides Chromium. Firefox (Debian's firefox-esr, driven by puppeteer-core
// over WebDriver BiDi) headful, where Mesa gives it WebGL 2, and headless,
// where it has none and the poster stays with its note; WebKit (Debian's
// WebKitGTK MiniBrowser through WebKitWebDriver), as on an iPhone. In each,
// a host page with the parent script opens the embed at a step from its
// hash: the embed goes live, a key steps it, the host hears the height and
// the step. Both need an X display (test.sh runs them under xvfb-run).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServer, startHost, firefoxPath, needDisplay, startWebKit, artifactsDir } from './lib.mjs';

let server;
let host;

before(async () => {
  server = await startServer();
  const embed = new URL('embed.html', server.url).href;
  host = await startHost({
    '/host.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script>window.heard = []; addEventListener('message', function (e) { window.heard.push(e.data); });</script></head>
<body style="margin:0"><h1>A host page</h1>
<iframe src="${embed}" data-stancemap title="Interactive map" style="width:100%;border:0;height:620px"></iframe>
<script src="${new URL('stancemap-embed.js', server.url).href}" async></script></body></html>`,
  });
  await mkdir(artifactsDir, { recursive: true });
});

after(async () => {
  await host?.close();
  await server?.stop();
});

// In the embed: its state, time to live (ms since its navigation), step,
// and the height it asks its host for.
const EMBED_STATE = `(function () {
  var s = window.stancemap;
  return s && { state: s.state, error: s.error, liveAt: s.timings.liveAt, event: s.event,
    want: Math.ceil(parseFloat(document.body.style.height) + s.barHeight) };
})()`;

// On the host: the hash, the frame's height, what it heard.
const HOST_STATE = `(function () {
  return { hash: location.hash, height: Math.round(document.querySelector('iframe').getBoundingClientRect().height),
    heard: window.heard.filter(function (m) { return m && (m.type === 'stancemap:eventchange' || m.type === 'embed-size'); }) };
})()`;

// check asserts what every engine must show once a key has stepped the map.
function check(name, embed, hostState) {
  assert.equal(embed.state, 'live', `${name}: ${embed.error}`);
  assert.equal(embed.event, 'guaido-claim', `${name}: the key stepped from 10 to 23 January 2019`);
  assert.equal(hostState.hash, '#stancemap=guaido-claim', `${name}: the step went into the host's hash`);
  assert.ok(hostState.heard.some((m) => m.type === 'embed-size' && m.height === embed.want), `${name}: heard ${JSON.stringify(hostState.heard)}, want ${embed.want}`);
  assert.ok(hostState.heard.some((m) => m.type === 'stancemap:eventchange' && m.event === 'guaido-claim'), `${name}: eventchange`);
  assert.equal(hostState.height, embed.want, `${name}: the parent script sized the frame`);
}

async function until(f, what, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('Firefox, headful (WebGL 2 through Mesa): live at the hash\'s step, a key steps it, the host hears it', { timeout: 120_000 }, async (t) => {
  needDisplay();
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: false });
  try {
    t.diagnostic(`firefox ${await browser.version()}`);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.setViewport({ width: 1000, height: 900 });
    await page.goto(host.url + 'host.html#stancemap=2019-01-10', { waitUntil: 'load' });
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await until(async () => { try { return (await frame.evaluate(EMBED_STATE))?.state !== 'poster'; } catch { return false; } }, 'the embed\'s state');
    const live = await frame.evaluate(EMBED_STATE);
    assert.equal(live.state, 'live', live.error);
    assert.equal(live.event, 'inauguration-2019');
    t.diagnostic(`live ${Math.round(live.liveAt)} ms after the embed's navigation`);
    await frame.focus('canvas');
    await page.keyboard.press('ArrowRight');
    await until(async () => (await page.evaluate(HOST_STATE)).hash === '#stancemap=guaido-claim', 'the hash', 5000).catch(() => {});
    check('firefox', await frame.evaluate(EMBED_STATE), await page.evaluate(HOST_STATE));
    await page.screenshot({ path: path.join(artifactsDir, 'engines-firefox.png') });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('Firefox, headless (no WebGL 2): the poster stays, with its note', { timeout: 120_000 }, async () => {
  // Headless, as a crawler or a screenshot service runs it: with no
  // display to reach either (under xvfb-run it would find one, and GL).
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true, env });
  try {
    const page = await browser.newPage();
    await page.goto(new URL('embed.html?event=2019-01-23', server.url).href, { waitUntil: 'load' });
    await page.waitForFunction(() => window.stancemap && window.stancemap.state !== 'poster', { timeout: 60_000 });
    const seen = await page.evaluate(() => {
      const img = document.querySelector('#poster img');
      return { state: window.stancemap.state, error: window.stancemap.error, note: document.getElementById('note').textContent,
        poster: !!img && img.complete && img.naturalWidth > 0 && getComputedStyle(document.getElementById('poster')).display !== 'none',
        src: img && img.currentSrc };
    });
    assert.equal(seen.state, 'error');
    assert.match(seen.error, /WebGL 2 is not available/);
    assert.ok(seen.poster, 'the poster shows');
    assert.match(seen.src, /\/guaido-claim\.en\.(light|dark)\.\d+(@2x)?\.png$/);
    // The poster stays, and steps (issue 23): the note no longer calls it a still image.
    assert.match(seen.note, /^Interactive map unavailable/);
    assert.doesNotMatch(seen.note, /still image/);
  } finally {
    await browser.close();
  }
});

test('WebKit (WebKitGTK MiniBrowser): live at the hash\'s step, a key steps it, the host hears it', { timeout: 120_000 }, async (t) => {
  needDisplay();
  const wk = await startWebKit();
  try {
    t.diagnostic(`WebKitGTK ${wk.version}`);
    const run = (script) => wk.cmd('POST', '/execute/sync', { script: 'return ' + script, args: [] });
    await wk.cmd('POST', '/window/rect', { width: 1000, height: 900 }).catch(() => {}); // a window manager may refuse
    await wk.cmd('POST', '/url', { url: host.url + 'host.html#stancemap=2019-01-10' });
    const iframe = await wk.cmd('POST', '/element', { using: 'css selector', value: 'iframe' });
    await wk.cmd('POST', '/frame', { id: iframe });
    await until(async () => (await run(EMBED_STATE))?.state && (await run(EMBED_STATE)).state !== 'poster', 'the embed\'s state');
    const live = await run(EMBED_STATE);
    assert.equal(live.state, 'live', live.error);
    assert.equal(live.event, 'inauguration-2019');
    t.diagnostic(`live ${Math.round(live.liveAt)} ms after the embed's navigation`);
    // WebKit's driver will not type into a canvas (not "focusable" to it),
    // nor act inside a frame of another origin: from the host page, click
    // the widget's empty top-left corner, as a reader would, which gives it
    // the focus, then press the key.
    await wk.cmd('POST', '/frame/parent', {});
    const box = await run("document.querySelector('iframe').getBoundingClientRect().toJSON()");
    await wk.cmd('POST', '/actions', { actions: [
      { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
        { type: 'pointerMove', origin: 'viewport', x: Math.ceil(box.left) + 4, y: Math.ceil(box.top) + 4 },
        { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] },
    ] });
    await wk.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE014' }, { type: 'keyUp', value: '\uE014' }] }] }); // ArrowRight
    await wk.cmd('POST', '/frame', { id: iframe });
    await until(async () => (await run(EMBED_STATE)).event === 'guaido-claim', 'the step', 5000).catch(() => {});
    const embed = await run(EMBED_STATE);
    await wk.cmd('POST', '/frame/parent', {});
    await until(async () => (await run(HOST_STATE)).hash === '#stancemap=guaido-claim', 'the hash', 5000).catch(() => {});
    check('webkit', embed, await run(HOST_STATE));
    await writeFile(path.join(artifactsDir, 'engines-webkit.png'), Buffer.from(await wk.cmd('GET', '/screenshot'), 'base64'));
  } finally {
    await wk.close();
  }
});
