// newsroom.test.mjs: the embed with the real clients a newsroom's tools
// use — a host page built with NPR's pym.js (the npm package), an oEmbed
// consumer that finds the iframe from the embed's URL alone, the frame a
// WordPress site keeps (sandbox="allow-scripts", no parent script), the
// social card a link preview reads, a link to every step (the Link
// control, and #stancemap= on the host page) and axe-core, the
// accessibility checker newsrooms run.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import {
  startServer, startHost, launchBrowser, collectErrors, waitForState, saveScreenshot, recordMessages, runAxe, repoRoot,
} from './lib.mjs';

let server;
let browser;
let host;
let pymSource;

before(async () => {
  pymSource = await readFile(path.join(repoRoot, 'e2e', 'node_modules', 'pym.js', 'dist', 'pym.v1.js'), 'utf8');
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await server?.stop();
});

// page builds a host page around body.
const hostPage = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><style>body{margin:0;font:16px sans-serif}main{max-width:900px;margin:0 auto;padding:8px}</style></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

// serveHosts starts the host site with the pages the tests use.
async function serveHosts() {
  if (host) return host;
  const embed = new URL('embed.html', server.url).href;
  const script = new URL('stancemap-embed.js', server.url).href;
  const frame = (src, attrs = '') => `<iframe src="${src}" data-stancemap ${attrs} title="Interactive map" style="width:100%;border:0;height:620px"></iframe>`;
  host = await startHost({
    '/pym.v1.js': { body: pymSource, type: 'text/javascript' },
    '/pym.html': hostPage('A page built with pym.js', `<div id="map-container"></div>
<script src="/pym.v1.js"></script>
<script>window.pymParent = new pym.Parent('map-container', ${JSON.stringify(embed + '?lang=en')}, { title: 'Interactive map' });</script>`),
    '/wordpress.html': hostPage('What WordPress keeps of an untrusted provider', `<iframe sandbox="allow-scripts" src="${embed}?event=2019-01-23" title="Interactive map" width="700" height="620"></iframe>`),
    '/linked.html': hostPage('A host page with a link to every step', frame(embed) + `<script src="${script}" async></script>`),
    '/several.html': hostPage('Several maps', frame(embed + '?id=first') + frame(embed + '?id=second') + frame(embed + '?id=third', 'data-stancemap-link="off"') +
      `<script src="${script}" async></script>`),
  });
  return host;
}

// iframeHeight is the iframe's laid-out height on the host page.
const iframeHeight = (page, sel = 'iframe') => page.evaluate((s) => Math.round(document.querySelector(s).getBoundingClientRect().height), sel);

// wanted is the height the embed asks for: its widget's box and the tools' row.
const wanted = (frame) => frame.evaluate(() => Math.ceil(parseFloat(document.body.style.height) + window.stancemap.barHeight));

// liveFrame waits for the nth iframe of page to attach and go live.
async function liveFrame(page, n = 0) {
  const el = page.locator('iframe').nth(n);
  await el.scrollIntoViewIfNeeded();
  const frame = await (await el.elementHandle()).contentFrame();
  const st = await waitForState(frame);
  assert.equal(st.state, 'live', st.error);
  return frame;
}

const alt = (frame) => frame.evaluate(() => document.getElementById('alt').textContent);

test('pym.js: the parent hears the embed by its childId and the iframe follows the widget at two widths', { timeout: 120_000 }, async () => {
  const h = await serveHosts();
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(h.url + 'pym.html', { waitUntil: 'load' });
  try {
    const frame = await liveFrame(page);
    const q = new URL(frame.url()).searchParams;
    assert.equal(q.get('childId'), 'map-container', 'pym.js put its container id in the URL');
    assert.equal(await frame.evaluate(() => window.stancemap.id), 'map-container');
    assert.equal(await frame.evaluate(() => window.stancemapPick.width), Number(q.get('initialWidth')), 'the poster was picked at initialWidth');
    for (const width of [1100, 420]) {
      await page.setViewportSize({ width, height: 900 });
      await frame.waitForFunction((w) => document.documentElement.clientWidth <= w, width);
      // The embed's height is read again at each look: it may still change
      // after the frame's width did (the live widget's exact height after
      // the build-time table's), and pym.js follows each message.
      let want, got;
      for (const until = Date.now() + 10_000; Date.now() < until; await sleep(100)) {
        want = await wanted(frame);
        got = await page.evaluate(() => document.querySelector('iframe').getAttribute('height'));
        if (got === want + 'px' && await iframeHeight(page) === want) break;
      }
      assert.equal(got, want + 'px', `iframe height ${got}, want ${want}px at ${width} px`);
      assert.equal(await iframeHeight(page), want);
      if (width === 420) await saveScreenshot(page, 'newsroom-pym-420');
    }
    // pym.js's width message is answered with the height, as its own Child does.
    await page.evaluate(() => { window.heard = []; window.addEventListener('message', (e) => window.heard.push(e.data)); });
    await page.evaluate(() => window.pymParent.sendWidth());
    await page.waitForFunction(() => window.heard.some((m) => typeof m === 'string' && /^pymxPYMxmap-containerxPYMxheightxPYMx\d+$/.test(m)), null, { timeout: 5000 });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('oEmbed: discovered from the embed URL alone, answered as the spec says, and its HTML works on a page', { timeout: 120_000 }, async () => {
  const embedURL = new URL('embed.html?event=2019-01-23&lang=es', server.url).href;
  const page = await (await fetch(embedURL)).text();
  const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page);
  assert.ok(link, 'a discovery link');
  const answerURL = link[1].replaceAll('&amp;', '&');
  const resp = await fetch(answerURL);
  assert.equal(resp.status, 200);
  assert.match(resp.headers.get('content-type'), /^application\/json/);
  const r = await resp.json();
  // oEmbed 1.0, 2.3.4 and 2.3.5: a rich answer has version, type, html,
  // width and height; a thumbnail comes with its size.
  for (const k of ['version', 'type', 'html', 'width', 'height', 'title', 'provider_name', 'thumbnail_url', 'thumbnail_width', 'thumbnail_height']) {
    assert.ok(k in r, `${k} in ${JSON.stringify(r)}`);
  }
  assert.equal(r.version, '1.0');
  assert.equal(r.type, 'rich');
  assert.ok(Number.isInteger(r.width) && Number.isInteger(r.height) && r.height > 300);
  assert.match(r.title, /^Guaidó se declara presidente encargado/);
  assert.match(r.html, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?event=guaido-claim&amp;lang=es" data-stancemap [^]*<\/iframe>\n<script src="[^"]+stancemap-embed\.js" async><\/script>$/);
  const thumb = await fetch(r.thumbnail_url);
  assert.equal(thumb.status, 200);
  const png = Buffer.from(await thumb.arrayBuffer());
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [r.thumbnail_width, r.thumbnail_height], 'the thumbnail is the size the answer says');
  // maxwidth is kept to, the thumbnail's too.
  const narrow = await (await fetch(answerURL + '&maxwidth=400')).json();
  assert.ok(narrow.width <= 400 && narrow.thumbnail_width <= 400, JSON.stringify(narrow));
  assert.equal((await fetch(answerURL.replace('format=json', 'format=xml'))).status, 501);
  assert.equal((await fetch(new URL('oembed?url=' + encodeURIComponent('https://elsewhere.example/embed.html'), server.url))).status, 404);

  // The answer's HTML pasted into a page, as a CMS does.
  const h = await startHost({ '/cms.html': hostPage('A CMS page', r.html) });
  const p = await browser.context.newPage();
  const errors = collectErrors(p);
  try {
    await p.goto(h.url + 'cms.html', { waitUntil: 'load' });
    const frame = await liveFrame(p);
    assert.match(await alt(frame), /^23 de enero de 2019/);
    const want = await wanted(frame);
    await p.waitForFunction((hh) => Math.round(document.querySelector('iframe').getBoundingClientRect().height) === hh, want, { timeout: 10_000 });
    assert.deepEqual(errors, []);
  } finally {
    await p.close();
    await h.close();
  }
});

test('WordPress\'s sandboxed frame (allow-scripts, an opaque origin, no storage, no parent script) still goes live and sends its height', { timeout: 120_000 }, async () => {
  const h = await serveHosts();
  const page = await browser.context.newPage();
  await recordMessages(page);
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(h.url + 'wordpress.html', { waitUntil: 'load' });
  try {
    const frame = await liveFrame(page);
    assert.equal(await frame.evaluate(() => window.origin), 'null', 'the frame has an opaque origin');
    assert.equal(await frame.evaluate(() => { try { return typeof sessionStorage.length; } catch (e) { return e.name; } }), 'SecurityError', 'no storage');
    assert.match(await alt(frame), /^23 January 2019/);
    const want = await wanted(frame);
    const msgs = await page.evaluate(() => window.__messages);
    assert.ok(msgs.some((m) => m && m.sentinel === 'amp' && m.type === 'embed-size' && m.height === want), `height messages: ${JSON.stringify(msgs)}`);
    assert.ok(msgs.includes(`pymxPYMxstancemapxPYMxheightxPYMx${want}`));
    // The Link control where the clipboard is refused: the address in a
    // selected field, and a note that says to copy it.
    await frame.locator('#copy-link').click();
    await frame.waitForFunction(() => !document.getElementById('link-text').hidden, null, { timeout: 5000 });
    const field = await frame.evaluate(() => {
      const f = document.getElementById('link-text');
      return { value: f.value, selected: f.selectionEnd - f.selectionStart, focused: document.activeElement === f, note: document.getElementById('note').textContent, fits: f.getBoundingClientRect().right <= document.getElementById('tools').getBoundingClientRect().left };
    });
    assert.match(field.value, /\/embed\.html\?event=guaido-claim&lang=en$/);
    assert.equal(field.selected, field.value.length, 'the whole address is selected');
    assert.ok(field.focused && field.fits, JSON.stringify(field));
    assert.ok(['Copy this link:', 'Link to this view copied.'].includes(field.note), field.note);
    await saveScreenshot(page, 'newsroom-sandboxed-link');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('social cards: each step\'s title, poster (at its size) and canonical link, on the embed and the demo article', { timeout: 60_000 }, async () => {
  const read = async (u) => {
    const html = await (await fetch(u)).text();
    const tags = {};
    for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)) tags[m[1]] = m[2].replaceAll('&amp;', '&');
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html);
    tags.canonical = canonical && canonical[1].replaceAll('&amp;', '&');
    return tags;
  };
  const step = await read(new URL('embed.html?event=2019-01-23&lang=es&id=x', server.url).href);
  assert.equal(step['og:title'], 'Guaidó se declara presidente encargado — Guaidó o Maduro: qué gobiernos apoyaron a quién');
  assert.equal(step['twitter:card'], 'summary_large_image');
  assert.match(step['og:image'], /^http:\/\/127\.0\.0\.1:\d+\/posters\/[0-9a-f]{16}\/guaido-claim\.es\.light\.1280\.png$/);
  assert.match(step['og:image:alt'], /Guaidó se declara presidente encargado/);
  assert.match(step.canonical, /\/embed\.html\?event=guaido-claim&lang=es$/);
  assert.equal(step['og:url'], step.canonical);
  const png = Buffer.from(await (await fetch(step['og:image'])).arrayBuffer());
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [Number(step['og:image:width']), Number(step['og:image:height'])]);

  const article = await read(server.url);
  assert.match(article['og:image'], /\/a-year-on\.en\.light\.1280\.png$/);
  assert.equal(article.canonical, server.url);
  assert.ok(article['og:title'] && article['og:description'] && article['og:image:alt'] && article['twitter:card'], JSON.stringify(article));
});

test('the Link control copies the address of the view on screen and says so', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.setViewportSize({ width: 700, height: 800 });
  await page.goto(new URL('embed.html?lang=es&id=x&event=2019-01-10', server.url).href, { waitUntil: 'load' });
  try {
    assert.equal((await waitForState(page.mainFrame())).state, 'live');
    await page.evaluate(() => window.postMessage({ type: 'stancemap:set', region: 'europe' }, '*'));
    await page.waitForFunction(() => window.stancemap.region === 'europe');
    await page.locator('#copy-link').click();
    await page.waitForFunction(() => document.getElementById('note').textContent !== '', null, { timeout: 5000 });
    assert.equal(await page.locator('#note').textContent(), 'Enlace a esta vista copiado.');
    assert.equal(await page.locator('#note').getAttribute('role'), 'status', 'the note is a live region');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, new URL('embed.html?event=inauguration-2019&lang=es&region=europe', server.url).href);
    // Every control of the row is whole, not clipped.
    const clipped = await page.evaluate(() => [...document.querySelectorAll('#bar button, #note')].filter((el) => {
      const r = el.getBoundingClientRect();
      return el.scrollWidth > el.clientWidth + 1 || r.right > window.innerWidth || r.bottom > document.documentElement.scrollHeight;
    }).map((el) => el.id));
    assert.deepEqual(clipped, []);
    await page.locator('#bar').screenshot({ path: path.join(repoRoot, 'e2e', 'artifacts', 'newsroom-link-bar.png') });
    // The link opens the map there.
    const again = await browser.context.newPage();
    await again.goto(copied, { waitUntil: 'load' });
    assert.equal((await waitForState(again.mainFrame())).state, 'live');
    assert.equal(await again.evaluate(() => [window.stancemap.event, window.stancemap.region, document.documentElement.lang].join()), 'inauguration-2019,europe,es');
    await again.close();
    assert.deepEqual(errors, []);
  } finally {
    await saveScreenshot(page, 'newsroom-link');
    await page.close();
  }
});

// freePort is a loopback port nobody listens on, for a server that must
// know its own URL before it starts (-base-url).
async function freePort() {
  const { createServer } = await import('node:net');
  const srv = createServer();
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address();
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

test('with -base-url the Link control hands out the step\'s share page: its card is the step\'s and it opens the map there', { timeout: 300_000 }, async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const withBase = await startServer({ args: ['-addr', `127.0.0.1:${port}`, '-base-url', base] });
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  try {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    await page.goto(base + 'embed.html?event=2019-01-10&lang=es&id=x', { waitUntil: 'load' });
    assert.equal((await waitForState(page.mainFrame())).state, 'live');
    await page.locator('#copy-link').click();
    await page.waitForFunction(() => document.getElementById('note').textContent !== '', null, { timeout: 5000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, base + 'share/inauguration-2019.es.html');

    // What a link preview reads there, without running a script.
    const html = await (await fetch(copied)).text();
    const tags = {};
    for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)) tags[m[1]] = m[2].replaceAll('&amp;', '&');
    assert.equal(tags['og:url'], copied);
    assert.match(html, new RegExp(`<link rel="canonical" href="${copied.replaceAll('.', '\\.')}">`));
    assert.match(tags['og:image'], /\/inauguration-2019\.es\.light\.1280\.png$/);
    assert.equal(tags['twitter:card'], 'summary_large_image');
    const png = Buffer.from(await (await fetch(tags['og:image'])).arrayBuffer());
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [Number(tags['og:image:width']), Number(tags['og:image:height'])]);

    // A reader who follows it lands on the map at that step.
    await page.goto(copied);
    await page.waitForURL(base + 'embed.html?event=inauguration-2019&lang=es', { timeout: 10_000 });
    assert.equal((await waitForState(page.mainFrame())).state, 'live');
    assert.equal(await page.evaluate(() => [window.stancemap.event, document.documentElement.lang].join()), 'inauguration-2019,es');

    // Away from the world view there is no page for it: the embed's own address.
    await page.evaluate(() => window.postMessage({ type: 'stancemap:set', region: 'europe' }, '*'));
    await page.waitForFunction(() => window.stancemap.region === 'europe');
    await page.locator('#copy-link').click();
    await page.waitForFunction(() => document.getElementById('note').textContent !== '', null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), base + 'embed.html?event=inauguration-2019&lang=es&region=europe');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await withBase.stop();
  }
});

test('#stancemap= on the host page opens the frame at that step, and the reader\'s step goes back into the hash', { timeout: 120_000 }, async () => {
  const h = await serveHosts();
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(h.url + 'linked.html#stancemap=2019-01-10', { waitUntil: 'load' });
  try {
    const frame = await liveFrame(page);
    assert.match(await alt(frame), /^10 January 2019/);
    const entries = await page.evaluate(() => history.length);
    // A busy machine (load average 10 or more) takes seconds for a key to
    // reach the wasm, and a key pressed before the frame's focus settles
    // is lost. A key that did not step the frame is pressed again, once;
    // a step the frame took but the hash missed fails at once.
    for (let tries = 0; ; tries++) {
      await frame.locator('canvas').focus();
      await page.keyboard.press('ArrowRight');
      const stepped = await frame.waitForFunction(() => window.stancemap.event === 'guaido-claim', null, { timeout: 10000 })
        .then(() => true, () => false);
      if (stepped || tries === 1) break;
    }
    await page.waitForFunction(() => location.hash === '#stancemap=guaido-claim', null, { timeout: 20000 })
      .catch(async () => assert.fail(`hash ${await page.evaluate(() => location.hash)}, frame at ${await frame.evaluate(() => window.stancemap.event)}`));
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#stancemap=oas-statement', null, { timeout: 20000 });
    assert.equal(await page.evaluate(() => history.length), entries, 'no history entry per step');
    // Editing the hash steers the running frame.
    await page.evaluate(() => { location.hash = 'stancemap=2020-01-05'; });
    await frame.waitForFunction(() => window.stancemap.event === 'assembly-vote', null, { timeout: 20000 });
    // The frame's first load, without the step, was stopped for the one
    // with it: whatever it had asked for (the page, the wasm) was aborted.
    assert.deepEqual(errors.filter((e) => !e.startsWith(`request failed: GET ${server.url}`) || !e.endsWith(': net::ERR_ABORTED')), []);
  } finally {
    await page.close();
  }

  // Several frames: each by its embed id; one opted out.
  const several = await browser.context.newPage();
  await several.goto(h.url + 'several.html#stancemap-second=2019-01-23&stancemap-third=2019-01-04&stancemap=2019-01-10', { waitUntil: 'load' });
  try {
    const frames = [];
    for (let i = 0; i < 3; i++) frames.push(await liveFrame(several, i));
    assert.deepEqual(await Promise.all(frames.map((f) => f.evaluate(() => window.stancemap.event))), ['a-year-on', 'guaido-claim', 'a-year-on']);
    await frames[0].locator('canvas').focus();
    await several.keyboard.press('Home');
    await several.waitForFunction(() => location.hash.includes('stancemap-first=lima-group-2019'), null, { timeout: 5000 });
    assert.equal(await several.evaluate(() => location.hash), '#stancemap-second=2019-01-23&stancemap-third=2019-01-04&stancemap=2019-01-10&stancemap-first=lima-group-2019');
  } finally {
    await several.close();
  }
});

test('axe-core finds no violation on the demo, the embed in each language and theme, and the poster-only page', { timeout: 240_000 }, async () => {
  const pages = ['', 'embed.html?static=1&event=2019-01-23'];
  for (const lang of ['en', 'es', 'ru', 'pt', 'fr']) for (const theme of ['light', 'dark']) pages.push(`embed.html?lang=${lang}&theme=${theme}`);
  const found = [];
  for (const p of pages) {
    const page = await browser.context.newPage();
    try {
      await page.goto(new URL(p, server.url).href, { waitUntil: 'load' });
      const frame = p === '' ? page.mainFrame() : page.mainFrame();
      if (!p.includes('static=1')) {
        const f = p === '' ? await (await page.locator('iframe').elementHandle()).contentFrame() : frame;
        if (p === '') await page.locator('iframe').scrollIntoViewIfNeeded();
        assert.equal((await waitForState(f)).state, 'live');
      }
      for (const v of await runAxe(frame)) found.push(`${p || 'demo'}: ${v.impact} ${v.id} (${v.help}): ${v.nodes.join(', ')}`);
    } finally {
      await page.close();
    }
  }
  assert.deepEqual(found, []);
});
