// contract.test.mjs: the embed page's scripts and the Go code that owns
// each of their contracts agree. The same inputs go to both: URL queries
// (what the page picks before the wasm runs, against what the wasm's
// embedcfg.Parse and Resolve and embedcfg.ParsePage make of them), an id
// and a height (the height messages the host hears, against
// embedcfg.HeightMessages) and poster variants (the names the page builds
// from the manifest, against poster.Name). The Go side answers through
// cmd/serve/internal/agree. The wasm is not loaded: this is about what
// happens before it runs.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { startServer, launchBrowser, startHost, recordMessages, repoRoot } from './lib.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser({ viewport: { width: 800, height: 600 } });
  // Only what runs before the wasm is compared.
  await browser.context.route(/\.wasm$/, (r) => r.abort());
  await browser.context.route(/\/stories\//, (r) => r.abort());
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// goAnswers runs the Go side on input (see cmd/serve/internal/agree).
function goAnswers(input) {
  return new Promise((resolve, reject) => {
    const child = execFile('go', ['run', './cmd/serve/internal/agree'], { cwd: repoRoot, maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`agree: ${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout));
    });
    child.stdin.end(JSON.stringify(input));
  });
}

const long = 'x'.repeat(3000);
const queries = [
  '',
  'event=2019-01-23&lang=es',
  'event=guaido-claim&lang=RU&theme=DARK',
  'event=%202019-01-23%20&lang=%20es%20', // spaces around: trimmed
  'event=2019-01-10&event=2019-01-23', // the last one counts
  'lang=es&lang=ru',
  'event=1999-01-01&lang=de&theme=sepia',
  'event=<b>&lang=e&theme=',
  'theme=auto', 'theme=Light', 'theme=%20dark',
  'static', 'static=', 'static=1', 'static=TRUE', 'static=yes', 'static=0', 'static=no', 'static=maybe',
  'static=%201%20', 'static=1&static=0', 'static=0&static=1',
  `event=${long}`, `static=${'1'.repeat(3000)}`,
  'lite=1', 'lite', 'lite=0', 'lite=YES', 'lite=maybe', 'lite=1&lite=0', 'static=1&lite=1',
  'data=stories/a.json', 'data=%20stories/a.json%20', 'data=', `data=stories/${long}.json`,
  'data=stories/a.json&data=stories/b.json',
  'id=venezuela-map', 'id=a&childId=map-container', 'childId=b&id=a', 'id=one&id=two', 'id=%20spaced%20',
  `id=${'x'.repeat(64)}`, `id=${'x'.repeat(65)}`, 'id=<script>', 'id=ok&childId=no%20way', 'id=a/b', 'id=caf%C3%A9',
  'initialWidth=700', 'initialWidth=100', 'initialWidth=10000', 'initialWidth=99', 'initialWidth=10001',
  'initialWidth=700.5', 'initialWidth=%20700%20', 'initialWidth=0700', 'initialWidth=5e2', 'initialWidth=-700',
  'initialWidth=', 'initialWidth=1e9', 'initialWidth=360&initialWidth=1280',
  'event=%zz&lang=es', 'lang=es;theme=dark', 'lang=pt-BR', 'event=2019-01-23+',
  'lang=pt', 'lang=FR-ca', 'lang=fr_FR', 'lang=pt-', 'lang=e-BR',
];

// pageReading is what the embed page's scripts took from the URL query q.
async function pageReading(page, q) {
  await page.goto(`${server.url}embed.html?${q}`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => window.stancemap && window.stancemap.id);
  return page.evaluate(() => {
    const p = window.stancemapPick;
    return {
      event: p.event, lang: p.lang, theme: p.theme, static: p.isStatic, lite: p.isLite,
      data: p.data || null, id: window.stancemap.id, width: p.width, frameWidth: document.documentElement.clientWidth,
    };
  });
}

test('the page reads its URL as the wasm does', { timeout: 300_000 }, async () => {
  const page = await browser.context.newPage();
  const go = await goAnswers({ queries });
  const wrong = [];
  for (const [i, q] of queries.entries()) {
    const js = await pageReading(page, q);
    const want = go.queries[i];
    const pageURL = `${server.url}embed.html?${q}`;
    const got = {
      event: js.event, lang: js.lang, theme: js.theme, static: js.static, lite: js.lite,
      // The page fetches the story the wasm will be told of: data= as
      // the wasm reads it, resolved against the page.
      data: js.data, id: js.id, width: js.width,
    };
    const expect = {
      event: want.event, lang: want.lang, theme: want.theme, static: want.static, lite: want.lite,
      data: want.data ? new URL(want.data, pageURL).href : null, id: want.id,
      width: want.initialWidth || js.frameWidth, // without initialWidth=, the frame's own
    };
    try {
      assert.deepEqual(got, expect);
    } catch {
      wrong.push(`${q.slice(0, 80)}: page ${JSON.stringify(got)}, Go ${JSON.stringify(expect)}`);
    }
  }
  await page.close();
  assert.deepEqual(wrong, [], `the page and Go disagree on ${wrong.length} of ${queries.length} URLs`);
});

test('the host hears the height messages Go makes', { timeout: 120_000 }, async () => {
  const ids = ['venezuela-map', 'stancemap', 'a.b:c_d-e'];
  const height = 4321;
  const go = await goAnswers({ heights: ids.map((id) => ({ id, height })) });
  const host = await startHost(Object.fromEntries(ids.map((id, i) => [
    `/${i}.html`, `<!doctype html><iframe src="${server.url}embed.html?static=1${id === 'stancemap' ? '' : '&id=' + id}" width="600" height="400"></iframe>`,
  ])));
  try {
    for (const [i, id] of ids.entries()) {
      const page = await browser.context.newPage();
      await recordMessages(page);
      await page.goto(`${host.url}${i}.html`, { waitUntil: 'load' });
      const frame = page.frames().find((f) => f.url().includes('embed.html'));
      await frame.waitForFunction(() => window.stancemap && window.stancemap.postHeight);
      await frame.evaluate((h) => window.stancemap.postHeight(h), height);
      const mine = (m) => JSON.stringify(m).includes(String(height));
      await page.waitForFunction((n) => window.__messages.filter((m) => JSON.stringify(m).includes(String(n))).length >= 3, height);
      const heard = (await page.evaluate(() => window.__messages)).filter(mine);
      assert.deepEqual(heard, go.heights[i], `id ${id}`);
      await page.close();
    }
  } finally {
    await host.close();
  }
});

test('the page names the posters as poster.Name does', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}embed.html?event=2019-01-23&lang=es&theme=dark&initialWidth=700`, { waitUntil: 'domcontentloaded' });
  const m = await page.evaluate(() => ({ dir: window.STANCEMAP_POSTERS.dir, names: window.STANCEMAP_POSTERS.names, src: document.querySelector('#poster img').getAttribute('src') }));
  const variants = [
    { dir: m.dir, event: 'guaido-claim', lang: 'es', theme: 'dark', width: 700, scale: 1 },
    { dir: m.dir, event: 'guaido-claim', lang: 'es', theme: 'dark', width: 700, scale: 2 },
    { dir: 'posters/0123456789abcdef', event: '2020-01-05', lang: 'ru', theme: 'light', width: 1280, scale: 2 },
    { dir: 'd', event: '{lang}', lang: 'en', theme: 'light', width: 360, scale: 1 },
  ];
  const go = await goAnswers({ names: variants });
  const js = await page.evaluate((vs) => vs.map((v) => window.stancemapPick.fill(window.STANCEMAP_POSTERS.names[v.scale], v)), variants);
  assert.deepEqual(js, go.names);
  // And the poster the page asked for is the one Go drew under that name.
  const ids = await page.evaluate(() => window.STANCEMAP_POSTERS.events.map((e) => e.id));
  assert.equal(ids[2], 'guaido-claim', 'the story changed: update the variants');
  assert.equal(m.src, go.names[0]);
  await page.close();
});
