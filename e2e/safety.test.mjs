// safety.test.mjs: the embed on a publisher's domain shows only stories its
// bundle allows (data= from its own origin or an -allow-data one), never
// hangs on a story that does not come, stays within its memory with the
// largest story the loader accepts, takes stancemap:set from its parent
// window only, runs under its own Content-Security-Policy; the host page's
// script sizes stancemap frames only, within bounds.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer, launchBrowser, collectErrors, embedFrame, waitForState, saveScreenshot, repoRoot } from './lib.mjs';

let server;
let browser;
let stories; // a second origin, allowed with -allow-data, serving stories badly
let storiesURL;
let example; // data/testdata/example.json
const sent = {}; // bytes the stories server wrote, by path

before(async () => {
  example = await readFile(path.join(repoRoot, 'data', 'testdata', 'example.json'), 'utf8');
  stories = http.createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/json' };
    sent[req.url] = 0;
    switch (req.url) {
      case '/example.json':
        res.writeHead(200, cors).end(example);
        return;
      case '/silent.json': // not even the headers
        return;
      case '/hang.json': // headers, then nothing, for ever
        res.writeHead(200, cors);
        res.flushHeaders();
        return;
      case '/missing.json':
        res.writeHead(404, cors).end('{"error": "no such story"}');
        return;
      case '/big.json': // 50 MB, chunked: no Content-Length to refuse it by
      case '/big-declared.json': { // 50 MB with its Content-Length
        const total = 50 << 20;
        res.writeHead(200, req.url === '/big.json' ? cors : { ...cors, 'Content-Length': String(total) });
        // Paced at 64 KB a 2 ms (about 32 MB/s, 1.6 s for all of it): on
        // a busy box an unpaced body could be in the sockets' buffers whole
        // before the embed's reader got past its first 8 MB, and the test
        // said the embed took it all though it had let go in time.
        const chunk = Buffer.alloc(64 << 10, 0x20);
        const pump = () => {
          if (res.destroyed) return undefined;
          if (sent[req.url] >= total) return res.end();
          sent[req.url] += chunk.length;
          if (!res.write(chunk)) return res.once('drain', () => setTimeout(pump, 2));
          return setTimeout(pump, 2);
        };
        pump();
        return;
      }
    }
    res.writeHead(404, cors).end();
  });
  await new Promise((resolve) => stories.listen(0, '127.0.0.1', resolve));
  storiesURL = `http://127.0.0.1:${stories.address().port}/`;
  server = await startServer({ args: ['-allow-data', storiesURL, '-allow-data', 'https://stories.example'] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  stories?.closeAllConnections();
  await new Promise((resolve) => (stories ? stories.close(resolve) : resolve()));
});

// open opens a page of the embed and waits for its state; it records the
// page's console warnings and every request it makes.
async function open(query, { routes = {}, width = 1280 } = {}) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const errors = collectErrors(page);
  const warned = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'warning') warned.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  for (const [pattern, body] of Object.entries(routes)) {
    await page.route(pattern, (route) => route.fulfill({ contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body }));
  }
  await page.goto(new URL('embed.html' + query, server.url).href, { waitUntil: 'load' });
  const st = await waitForState(page.mainFrame(), { timeoutMs: 60_000 });
  return { page, errors, warned, requests, ...st };
}

// frameText is what a reader sees of the frame's state: the poster area's
// message (a data= story has no poster) and the note under it.
const frameText = (page) => page.evaluate(() => ({
  wait: document.querySelector('#poster .poster-wait')?.textContent ?? null,
  note: document.getElementById('note').textContent,
  img: !!document.querySelector('#poster img'),
}));

test('data= from another origin is refused: the bundle\'s poster stays, with a note and one warning', { timeout: 120_000 }, async () => {
  const foreign = new URL(server.url);
  foreign.hostname = 'localhost'; // the same server under another origin
  const cases = [[new URL('story.json', foreign).href, 360], [new URL('story.json', foreign).href, 1280],
    ['/\\' + foreign.host + '/story.json', 1280], ['data:application/json,{}', 1280], ['javascript:alert(1)', 1280]];
  for (const [data, width] of cases) {
    const { page, errors, warned, requests, state, error } = await open('?data=' + encodeURIComponent(data), {
      routes: { [new URL('**', foreign).href]: example }, width,
    });
    try {
      assert.equal(state, 'error', data);
      assert.match(error, /is not from this site or one it allows/);
      const seen = await frameText(page);
      assert.ok(seen.img, 'the poster of the bundle\'s own story shows');
      assert.equal(seen.wait, null, 'no "Loading the map…"');
      assert.equal(seen.note, 'A story from another site was not loaded.');
      assert.equal(warned.filter((w) => w.startsWith('stancemap:')).length, 1, warned.join('\n'));
      assert.deepEqual(requests.filter((u) => new URL(u).hostname === 'localhost' || u.endsWith('.wasm')), [], 'neither the story nor the wasm was fetched');
      assert.deepEqual(errors, []);
      // The note fits its one line, at a phone's width too.
      assert.ok(await page.evaluate(() => {
        const n = document.getElementById('note');
        return n.scrollWidth <= n.clientWidth;
      }), `the note is clipped at ${width} px`);
      if (data.startsWith('http')) await saveScreenshot(page, `safety-refused-${width}`);
    } finally {
      await page.close();
    }
  }
});

test('data= from the embed\'s own origin, or from an origin the bundle allows, is shown', { timeout: 120_000 }, async () => {
  for (const [query, routes] of [
    ['?data=stories/example.json', { '**/stories/example.json': example }],
    ['?data=' + encodeURIComponent(storiesURL + 'example.json'), {}],
    ['?data=' + encodeURIComponent('https://stories.example/example.json'), { 'https://stories.example/**': example }],
  ]) {
    const { page, errors, state, error } = await open(query + '&lang=es', { routes });
    try {
      assert.equal(state, 'live', `${query}: ${error}`);
      assert.match(await page.evaluate(() => document.getElementById('alt').textContent), /4 de febrero de 2019/);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  }
});

test('a data= story that never comes, is missing or is 50 MB ends in a visible error', { timeout: 240_000 }, async () => {
  for (const [name, want] of [
    ['silent.json', /did not arrive within 10 s/],
    ['hang.json', /did not arrive within 10 s/],
    ['missing.json', /HTTP 404/],
    ['big.json', /larger than 8 MB/],
    ['big-declared.json', /larger than 8 MB/],
  ]) {
    const started = Date.now();
    const { page, errors, state, error } = await open('?data=' + encodeURIComponent(storiesURL + name));
    try {
      assert.equal(state, 'error', name);
      assert.match(error, want);
      const seen = await frameText(page);
      assert.match(seen.wait, /^The map could not be shown: the story at .* could not be loaded/, `${name}: the message replaces "Loading the map…"`);
      assert.equal(seen.note, 'The map could not be shown.');
      assert.ok(await page.locator('#poster .poster-wait').isVisible());
      if (/silent|hang/.test(name)) assert.ok(Date.now() - started < 40_000, 'given up after its timeout');
      // The embed let go before the whole body came (what was on its way
      // in the sockets' buffers still counts as sent).
      if (name.startsWith('big')) assert.ok(sent['/' + name] < 50 << 20, `${name}: the server sent all of it`);
      // The failed fetch shows as such in the console; nothing else does.
      assert.deepEqual(errors.filter((e) => !e.includes(name) && !/Failed to load resource/.test(e)), [], name);
      if (name === 'hang.json') await saveScreenshot(page, 'safety-story-timeout');
    } finally {
      await page.close();
    }
  }
});

test('a story at the loader\'s limits keeps the embed within its 96 MB of memory', { timeout: 180_000 }, async (t) => {
  // Every step, every atlas country, the longest texts in twelve languages.
  const { stdout: story } = await promisify(execFile)('go', ['run', './data/datatest/storygen'], { cwd: repoRoot, maxBuffer: 32 << 20 });
  const { page, state, error, errors } = await open('?data=limits.json', { routes: { '**/limits.json': story } });
  try {
    assert.equal(state, 'live', error);
    await new Promise((r) => setTimeout(r, 1000));
    const bytes = await page.evaluate(() => window.stancemap.memory.buffer.byteLength);
    t.diagnostic(`wasm memory with a story at the limits: ${(bytes / 1e6).toFixed(1)} MB`);
    assert.ok(bytes <= 96e6, `the wasm's memory is ${(bytes / 1e6).toFixed(1)} MB`);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a story with thousands of problems lists the first 100 and counts the rest, in the frame', { timeout: 120_000 }, async () => {
  const fields = Array.from({ length: 5000 }, (_, i) => `"f${i}": 0`).join(',');
  const { page, state, errors } = await open('?data=many-problems.json', { routes: { '**/many-problems.json': '{' + fields + ',' + example.slice(1) } });
  try {
    assert.equal(state, 'error');
    const items = await page.locator('#problems li').allTextContents();
    assert.equal(items.length, 101);
    assert.equal(items[100], '…and 4900 more');
    assert.match(await page.locator('#problems h2').textContent(), /5000 problems/);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

// host serves a host page (an article of the embed's own origin) with the
// given body, and returns the page.
async function host(body) {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  const url = new URL('host-test.html', server.url).href;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><body style="margin:0">${body}</body>` }));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

test('stancemap:set from a sibling frame is ignored; from the parent it works', { timeout: 120_000 }, async () => {
  const { page, errors } = await host('<iframe data-stancemap src="embed.html?lang=en" style="width:800px;height:620px;border:0"></iframe>' +
    '<iframe name="ad" srcdoc="<p>an ad</p>" style="width:300px;height:100px"></iframe>');
  try {
    const frame = await embedFrame(page);
    assert.equal((await waitForState(frame)).state, 'live');
    const alt = () => frame.evaluate(() => document.getElementById('alt').textContent);
    assert.match(await alt(), /^27 January 2020/);
    const ad = page.frames().find((f) => f.name() === 'ad');
    await ad.evaluate(() => parent.frames[0].postMessage({ type: 'stancemap:set', event: '2019-01-04', country: 'RUS' }, '*'));
    await new Promise((r) => setTimeout(r, 1500));
    assert.match(await alt(), /^27 January 2020/, 'the sibling moved the map');
    assert.equal(await frame.evaluate(() => window.stancemap.country), '');
    await page.evaluate(() => document.querySelector('iframe[data-stancemap]').contentWindow.postMessage({ type: 'stancemap:set', event: '2019-01-04' }, '*'));
    await frame.waitForFunction(() => document.getElementById('alt').textContent.startsWith('4 January 2019'), null, { timeout: 5000 });
    // A message too large to read is ignored, with a warning, and the map
    // goes on working.
    await page.evaluate(() => document.querySelector('iframe[data-stancemap]').contentWindow.postMessage({ type: 'stancemap:set', event: '2019-01-10', pad: 'x'.repeat(1 << 20) }, '*'));
    await page.evaluate(() => document.querySelector('iframe[data-stancemap]').contentWindow.postMessage({ type: 'stancemap:set', event: 'lima-group-2019', country: 'BRA' }, '*'));
    await frame.waitForFunction(() => window.stancemap.country === 'BRA', null, { timeout: 5000 });
    assert.match(await alt(), /^4 January 2019/);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('stancemap-embed.js sizes stancemap frames only, within bounds', { timeout: 120_000 }, async () => {
  // Sent until the host's script, loaded after the frames, is listening.
  const big = encodeURIComponent(`<script>setInterval(() => parent.postMessage({sentinel: 'amp', type: 'embed-size', height: 999999}, '*'), 100)</` + 'script>');
  // Stacked, the frame without data-stancemap first: it must be in view to
  // go live (an embed far from the viewport waits), and inline frames on one
  // line with "tall" would sink it 3 700 px down once "tall" is sized.
  const { page, errors } = await host(
    '<iframe id="other" src="embed.html?id=two" style="display:block;width:700px;height:300px;border:0"></iframe>' +
    '<iframe id="map" data-stancemap src="embed.html?id=one" style="display:block;width:700px;height:300px;border:0"></iframe>' +
    `<iframe id="tall" data-stancemap src="data:text/html,${big}" style="display:block;width:100px;height:300px;border:0"></iframe>` +
    '<script src="stancemap-embed.js"></script>');
  try {
    const height = (id) => page.evaluate((i) => document.getElementById(i).getBoundingClientRect().height, id);
    await page.waitForFunction(() => document.getElementById('map').getBoundingClientRect().height !== 300, null, { timeout: 60_000 });
    assert.ok(await height('map') > 400, 'the stancemap frame took its height');
    // The other frame runs the same embed and sends the same messages.
    const other = page.frames().find((f) => /id=two/.test(f.url()));
    await other.waitForFunction(() => window.stancemap && window.stancemap.state === 'live', null, { timeout: 60_000 });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await height('other'), 300, 'a frame without data-stancemap is left alone');
    await page.waitForFunction(() => document.getElementById('tall').getBoundingClientRect().height !== 300, null, { timeout: 10_000 });
    assert.equal(await height('tall'), 4000, 'a height past the bound is held to it');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the embed runs under its own Content-Security-Policy, which blocks what it did not bring', { timeout: 120_000 }, async () => {
  const { page, errors, state } = await open('?lang=en');
  try {
    assert.equal(state, 'live');
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    assert.match(csp, new RegExp(`connect-src 'self' ${storiesURL.replace(/\/$/, '')} https://stories\\.example;`));
    assert.doesNotMatch(csp, /unsafe-inline/);
    // A script the page did not bring is refused.
    const blocked = await page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.appendChild(s);
      setTimeout(() => resolve(window.injected ? 'ran' : 'nothing'), 2000);
    }));
    assert.match(blocked, /^script-src/);
    // Its report is a console error; nothing else is.
    assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), []);
  } finally {
    await page.close();
  }
});
