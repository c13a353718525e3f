// embed-steps.test.mjs: the poster answers before the live map (and where
// it never runs): its steps by buttons and keys, its tooltips, the data
// saver (lite=1) and the same without WebGL. The wasm is blocked unless a
// test needs the live map.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, startHost, recordMessages, collectErrors, embedFrame, waitForState, saveScreenshot, chromiumArgs } from './lib.mjs';

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

const blockWasm = (page) => page.route('**/*.wasm', (r) => r.abort());
const readSteps = (frame) => frame.evaluate(() => ({
  event: window.stancemap.event,
  src: document.querySelector('#poster img').getAttribute('src'),
  date: document.getElementById('step-date').textContent,
  announce: document.getElementById('announce').textContent,
  alt: document.getElementById('alt').textContent,
  ids: window.STANCEMAP_POSTERS.events.map((e) => e.id),
}));

test('the poster steps by its buttons and keys, and the host hears each step', { timeout: 120_000 }, async () => {
  const host = await startHost({ '/': `<!doctype html><iframe src="${server.url}embed.html?event=2019-01-23" width="700" height="700" style="border:0"></iframe>` });
  const page = await browser.context.newPage();
  try {
    await recordMessages(page);
    await blockWasm(page);
    await page.goto(host.url);
    const frame = await embedFrame(page);
    await frame.waitForSelector('#steps button', { timeout: 20_000 });
    let s = await readSteps(frame);
    const at = s.ids.indexOf('guaido-claim');
    assert.equal(s.event, 'guaido-claim');
    assert.ok(at > 0 && at < s.ids.length - 1, `guaido-claim at ${at} of ${s.ids.length}`);

    await frame.click('#step-next');
    s = await readSteps(frame);
    const next = s.ids[at + 1];
    assert.equal(s.event, next);
    assert.ok(s.src.includes(`/${next}.en.`), s.src);
    assert.match(s.announce, new RegExp(`^${s.date}: `), 'the step is announced as the live map announces it');
    assert.match(s.alt, /\S/);
    await frame.waitForFunction(() => { const i = document.querySelector('#poster img'); return i.complete && i.naturalWidth > 0; });
    assert.equal(await frame.evaluate(() => new URL(location.href).searchParams.get('event')), next, 'the live map would start here');

    await frame.click('#step-prev');
    assert.equal((await readSteps(frame)).event, 'guaido-claim');
    // The keys, with the frame focused (a click on the poster focuses it).
    await frame.click('#poster', { position: { x: 5, y: 5 } });
    await page.keyboard.press('End');
    s = await readSteps(frame);
    assert.equal(s.event, s.ids[s.ids.length - 1]);
    assert.equal(await frame.evaluate(() => document.getElementById('step-next').disabled), true);
    await page.keyboard.press('ArrowLeft');
    assert.equal((await readSteps(frame)).event, s.ids[s.ids.length - 2]);
    await page.keyboard.press('Home');
    assert.equal((await readSteps(frame)).event, s.ids[0]);
    await page.keyboard.press('ArrowLeft'); // nothing before the first
    assert.equal((await readSteps(frame)).event, s.ids[0]);

    await page.waitForFunction(() => window.__messages.filter((m) => m && m.type === 'stancemap:eventchange').length >= 5);
    const changes = await page.evaluate(() => window.__messages.filter((m) => m && m.type === 'stancemap:eventchange'));
    assert.deepEqual(changes.map((m) => m.event), [next, 'guaido-claim', s.ids[s.ids.length - 1], s.ids[s.ids.length - 2], s.ids[0]]);
    const last = changes[changes.length - 1];
    assert.deepEqual(Object.keys(last).sort(), ['date', 'event', 'index', 'type']);
    assert.equal(last.index, 0);
    assert.match(last.date, /^\d{4}-\d{2}-\d{2}$/);
  } finally {
    await page.close();
    await host.close();
  }
});

// tipAt hovers the poster at a point of its map box (fractions of it, from
// the layout the page fetched) and returns the tooltip, or null.
async function tipAt(page, frame, fx, fy) {
  const p = await frame.evaluate(([fx, fy]) => fetch(window.STANCEMAP_POSTERS.data.ids.replace('{dir}', window.STANCEMAP_POSTERS.dir).replace('{width}', window.stancemapPick.ref))
    .then((r) => r.json()).then((d) => {
      const l = d.layouts[window.stancemapPick.lang][window.STANCEMAP_POSTERS.events.findIndex((e) => e.id === window.stancemap.event)];
      const r = document.querySelector('#poster img').getBoundingClientRect();
      const s = Math.min(r.width / l.w, r.height / l.h);
      return { x: r.left + (r.width - l.w * s) / 2 + (l.map.x + fx * l.map.w) * s, y: r.top + (l.map.y + fy * l.map.h) * s };
    }), [fx, fy]);
  await page.mouse.move(p.x, p.y);
  return frame.evaluate(() => {
    const t = document.getElementById('tip');
    if (!t || t.hidden) return null;
    const r = t.getBoundingClientRect();
    return { text: t.textContent, role: t.getAttribute('role'), inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= document.body.clientHeight };
  });
}

test('hovering South America on the poster names a South American country', { timeout: 120_000 }, async () => {
  for (const width of [360, 700]) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 800 });
    const errors = collectErrors(page);
    try {
      await blockWasm(page);
      await page.goto(new URL('embed.html?event=2019-01-23', server.url).href);
      await page.waitForSelector('#steps button', { timeout: 20_000 });
      // Brazil's interior, in the world view's map box (Equal Earth).
      const tip = await tipAt(page, page.mainFrame(), 0.34, 0.66);
      assert.ok(tip, `no tooltip at ${width} px`);
      assert.equal(tip.role, 'tooltip');
      assert.match(tip.text, /^(Brazil|Bolivia|Paraguay|Peru|Colombia|Venezuela|Argentina)/, tip.text);
      assert.match(tip.text, /since \d+ \w+ \d{4}|No statement found/, tip.text);
      assert.ok(tip.inside, 'the tooltip stays inside the frame');
      // Over the ocean, it goes.
      assert.equal(await tipAt(page, page.mainFrame(), 0.02, 0.98), null);
      // A tap names it for a screen reader as the live map does.
      await tipAt(page, page.mainFrame(), 0.34, 0.66);
      await page.mouse.down();
      await page.mouse.up();
      assert.match(await page.locator('#announce').textContent(), /^(Brazil|Bolivia|Paraguay|Peru|Colombia|Venezuela|Argentina): /);
      // Near the right edge the tooltip turns inward rather than being cut.
      const east = await tipAt(page, page.mainFrame(), 0.86, 0.3);
      if (east) assert.ok(east.inside, `cut at the right edge: ${east.text}`);
      await page.keyboard.press('Escape');
      await tipAt(page, page.mainFrame(), 0.34, 0.66);
      await saveScreenshot(page, `embed-steps-tip-${width}`);
      assert.deepEqual(errors.filter((e) => !/\.wasm|ERR_FAILED/.test(e)), []); // the blocked wasm
    } finally {
      await page.close();
    }
  }
});

test('lite=1 fetches no wasm until asked, then goes live at the chosen step', { timeout: 180_000 }, async () => {
  const page = await browser.context.newPage();
  const wasm = [];
  page.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('.wasm')) wasm.push(r.url()); });
  const errors = collectErrors(page);
  try {
    await page.goto(new URL('embed.html?lite=1&event=2019-01-23', server.url).href);
    await page.waitForSelector('#load-map', { timeout: 20_000 });
    assert.match(await page.locator('#load-map').textContent(), /^Load the interactive map \(\d+(\.\d)? MB\)$/);
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual(wasm, [], 'no wasm before the reader asks');
    assert.equal(await page.evaluate(() => window.stancemap.state), 'poster');
    await page.click('#step-next');
    await page.click('#step-next');
    const chosen = await page.evaluate(() => window.stancemap.event);
    assert.notEqual(chosen, 'guaido-claim');
    await page.click('#load-map');
    const { state } = await waitForState(page.mainFrame(), { timeoutMs: 90_000 });
    assert.equal(state, 'live');
    assert.equal(wasm.length, 1);
    assert.equal(await page.evaluate(() => window.stancemap.event), chosen, 'the live map starts at the step chosen on the poster');
    assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('steps')).display), 'none', 'the poster\'s controls step aside');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('without WebGL the poster still steps and names countries', { timeout: 120_000 }, async () => {
  const noGL = await launchBrowser({ args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'] });
  try {
    const page = await noGL.context.newPage();
    const errors = collectErrors(page);
    await page.goto(new URL('embed.html?event=2019-01-23', server.url).href);
    assert.equal((await waitForState(page.mainFrame())).state, 'error');
    await page.waitForSelector('#steps button', { timeout: 20_000 });
    assert.doesNotMatch(await page.locator('#note').textContent(), /still image/);
    await page.click('#poster', { position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    const s = await readSteps(page.mainFrame());
    assert.equal(s.event, s.ids[s.ids.indexOf('guaido-claim') + 1]);
    assert.ok(s.src.includes(`/${s.event}.`));
    assert.ok(await tipAt(page, page.mainFrame(), 0.34, 0.66), 'a tooltip without WebGL');
    assert.deepEqual(errors, []);
  } finally {
    await noGL.close();
  }
});

test('a broken poster data file leaves the poster and its keys', { timeout: 60_000 }, async () => {
  const page = await browser.context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  page.on('pageerror', (e) => warnings.push(`uncaught: ${e.message}`));
  try {
    await blockWasm(page);
    await page.route('**/tips.*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"ui": [1, 2' }));
    await page.goto(new URL('embed.html?event=2019-01-23', server.url).href);
    await page.waitForFunction(() => window.stancemap.state === 'error');
    await new Promise((r) => setTimeout(r, 500));
    assert.ok(warnings.some((w) => /poster's steps and tooltips are unavailable/.test(w)), warnings.join('\n'));
    assert.ok(!warnings.some((w) => w.startsWith('uncaught')), warnings.join('\n'));
    assert.ok(await page.evaluate(() => document.querySelector('#poster img').naturalWidth > 0));
    await page.click('#poster', { position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    assert.notEqual(await page.evaluate(() => window.stancemap.event), 'guaido-claim');
  } finally {
    await page.close();
  }
});

test('static=1 stays a plain picture', { timeout: 60_000 }, async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(new URL('embed.html?static=1&event=2019-01-23', server.url).href);
    await page.waitForFunction(() => document.querySelector('#poster img').naturalWidth > 0);
    await new Promise((r) => setTimeout(r, 800));
    assert.equal(await page.locator('#steps, #load-map, #tip').count(), 0);
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => window.stancemap.event), undefined);
  } finally {
    await page.close();
  }
});
