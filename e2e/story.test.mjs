// story.test.mjs: `cmd/serve -story FILE` previews another story (here a
// copy of the format's example): embed.html reads it at start through
// data=story.json and shows its poster first, drawn on demand, in the
// page's title and text alternative, then goes live on it; and the preview
// page reloads, on the story as it now is, when the file changes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, launchBrowser, collectErrors, saveScreenshot, waitForState, repoRoot } from './lib.mjs';

let server;
let browser;
let dir;
let storyFile;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'stancemap-story-'));
  storyFile = path.join(dir, 'example.json');
  await writeFile(storyFile, await readFile(path.join(repoRoot, 'data', 'testdata', 'example.json')));
  server = await startServer({ args: ['-story', storyFile] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('a story under preview shows its poster first, then goes live on it', { timeout: 180_000 }, async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(new URL('embed.html?lang=ES', server.url).href, { waitUntil: 'load' });
  try {
    // Opened without data=, the embed is sent to the story under preview.
    assert.match(page.url(), /embed\.html\?data=story\.json&lang=ES$/);
    // The poster is the example's last step, in Spanish (the URL's case does
    // not matter), drawn when the page asked for it, before the wasm runs.
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
    // The story arrived (the page is live on it); a request of it seen as
    // aborted on a busy machine is the one the redirect above left behind
    // (see the reload test below). Any other failure counts.
    assert.deepEqual(errors.filter((e) => !/^request failed: GET \S+\/story\.json: net::ERR_ABORTED$/.test(e)), []);
  } finally {
    await page.close();
  }
});

test('the preview page reloads when the story file changes', { timeout: 180_000 }, async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url, { waitUntil: 'load' });
  try {
    assert.equal(await page.textContent('h1'), 'Who recognised Guaidó? (example)');
    const frame = page.frames().find((f) => f.url().includes('embed.html'));
    assert.ok(frame, 'the embed is on the page');
    assert.equal((await waitForState(frame)).state, 'live');

    const reloaded = page.waitForNavigation({ waitUntil: 'load' });
    const saved = Date.now();
    const story = await readFile(storyFile, 'utf8');
    await writeFile(storyFile, story.replace('"Who recognised Guaidó? (example)"', '"Who recognised Guaidó? (edited)"'));
    await reloaded;
    const took = Date.now() - saved;
    assert.equal(await page.textContent('h1'), 'Who recognised Guaidó? (edited)');
    const again = page.frames().find((f) => f.url().includes('embed.html'));
    assert.equal((await waitForState(again)).state, 'live');
    assert.equal(await again.title(), 'Who recognised Guaidó? (edited) — stancemap');
    console.log(`# preview reloaded ${took} ms after the save, live ${Date.now() - saved} ms after`);

    // A mistake is listed on the page instead of the map, with its path.
    const broken = page.waitForNavigation({ waitUntil: 'load' });
    await writeFile(storyFile, story.replace('"date": "2019-02-04"', '"date": "2019-02-31"'));
    await broken;
    assert.match(await page.textContent('.problems'), /events\[1\]\.date: "2019-02-31" is not a date/);
    assert.equal(await page.$('iframe'), null);
    await saveScreenshot(page, 'story-preview-problem');
    // On a busy machine the reloaded page's fetch of the story is sometimes
    // aborted and made again (about one run in three at load average 6;
    // the map above still went live on the edited story). Why is not known
    // yet; every other failure counts.
    assert.deepEqual(errors.filter((e) => !/^request failed: .*: net::ERR_ABORTED$/.test(e)), []);
  } finally {
    await page.close();
  }
});
