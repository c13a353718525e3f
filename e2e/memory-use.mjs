// memory-use.mjs: the wasm's memory (its linear memory's size, which only
// grows) of the embed at live, 1.5 s later at rest, and after a reader's
// first use: twelve step changes with the arrow keys and 120 pointer moves
// over the map. For one or more bundles of `serve -out`, loaded alternately
// (A B A B …), each in a fresh browser with the bench's software raster.
//
// Run: node e2e/memory-use.mjs DIST[,DIST2…] [ROUNDS]   (ROUNDS default 2)
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './lib.mjs';
import { serveDir } from './staticserve.mjs';

const [list, rounds = '2'] = process.argv.slice(2);
if (!list) {
  console.error('usage: node e2e/memory-use.mjs DIST[,DIST2...] [ROUNDS]');
  process.exit(1);
}
const dists = list.split(',').map((d) => path.resolve(d));
const servers = dists.map(serveDir);
await new Promise((r) => setTimeout(r, 200));
try {
  for (let run = 0; run < Number(rounds); run++) {
    for (let d = 0; d < dists.length; d++) {
      const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--disable-gpu-rasterization'] });
      try {
        const page = await (await browser.newContext({ viewport: { width: 960, height: 600 } })).newPage();
        await page.goto(`http://127.0.0.1:${servers[d].address().port}/embed.html?event=2019-01-04`);
        await page.waitForFunction(() => window.stancemap && window.stancemap.state === 'live', null, { timeout: 60000 });
        const mib = () => page.evaluate(() => window.stancemap.memory.buffer.byteLength / 1048576);
        const atLive = await mib();
        await page.waitForTimeout(1500);
        const atRest = await mib();
        await page.evaluate(() => document.querySelector('canvas').focus());
        for (let k = 0; k < 12; k++) {
          await page.keyboard.press(k < 6 ? 'ArrowRight' : 'ArrowLeft');
          await page.waitForTimeout(400);
        }
        for (let k = 0; k < 120; k++) await page.mouse.move(100 + ((k * 7) % 760), 150 + ((k * 13) % 250));
        await page.waitForTimeout(1000);
        const used = await mib();
        console.log(`${path.basename(dists[d])}: wasm memory ${atLive.toFixed(1)} MiB at live, ${atRest.toFixed(1)} at rest, ${used.toFixed(1)} after twelve steps and 120 pointer moves`);
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  servers.forEach((s) => s.close());
}
