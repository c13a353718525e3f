// download.test.mjs: the embed's download buttons save the current view,
// a PNG at twice its size and an SVG, named after the step and language.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startServer, launchBrowser, embedFrame, collectErrors, artifactsDir } from './lib.mjs';

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

test('the PNG and SVG buttons save the current view', { timeout: 120_000 }, async () => {
  const page = await browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(new URL('embed.html?event=2019-01-23&lang=es', server.url).href, { waitUntil: 'load' });
  const frame = await embedFrame(page);
  await frame.waitForFunction(() => window.stancemap.state === 'live', null, { timeout: 60_000 });
  try {
    const canvas = await frame.locator('canvas').boundingBox();

    const [png] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), frame.click('#save-png')]);
    assert.equal(png.suggestedFilename(), 'stancemap-guaido-claim-es.png');
    const b = await readFile(await png.path());
    assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
    // IHDR: width and height at bytes 16 and 20, big-endian.
    const w = b.readUInt32BE(16), h = b.readUInt32BE(20);
    assert.ok(Math.abs(w - 2 * canvas.width) <= 2 && Math.abs(h - 2 * canvas.height) <= 2,
      `the PNG is the view at 2×: ${w}×${h} for a ${canvas.width}×${canvas.height} canvas`);
    assert.ok(b.length > 20_000, `the PNG holds a drawn map (${b.length} bytes)`);
    await png.saveAs(path.join(artifactsDir, 'download.png')); // for a person to look at

    const [svg] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), frame.click('#save-svg')]);
    assert.equal(svg.suggestedFilename(), 'stancemap-guaido-claim-es.svg');
    const text = await readFile(await svg.path(), 'utf8');
    assert.match(text, /<svg[\s>]/, 'an SVG document');
    assert.ok((text.match(/<path/g) || []).length > 100, 'with the map\'s paths');
    assert.match(text, /VEN/, 'Venezuela among its shapes');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
