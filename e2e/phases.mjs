// phases.mjs: where a first visit's time goes, for two or more bundles of
// `serve -out` loaded alternately (A B A B …), each load in a fresh
// browser profile with the bench's browser flags (software raster, WebGL on
// SwiftShader). It prints, per load and as medians, the embed's marks
// (window.stancemap.timings, ms after navigation): poster painted, the
// wasm's fetch, compiled, instantiated, Go's main, the atlas, the story,
// the bridge, Ebiten's first Update and Draw, the first frame and live.
// Files are served with their brotli siblings, as phone.mjs serves them.
// Read two builds against each other in one run; absolute times follow
// the box's load.
//
// Run: node e2e/phases.mjs DIST[,DIST2…] [ROUNDS]
//   DIST    folders written by `go run ./cmd/serve -out DIST`
//   ROUNDS  loads per bundle, default 5
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveDir } from './staticserve.mjs';

const [list, rounds = '5'] = process.argv.slice(2);
if (!list) {
  console.error('usage: node e2e/phases.mjs DIST[,DIST2...] [ROUNDS]');
  process.exit(1);
}
const dists = list.split(',').map((d) => path.resolve(d));
const marks = ['posterAt', 'fetchAt', 'compiledAt', 'instantiatedAt', 'mainAt', 'worldAt', 'storyAt', 'bridgeAt',
  'firstUpdateAt', 'firstDrawAt', 'firstFrameAt', 'liveAt'];
const args = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu-rasterization'];
const line = (name, get) => `${name} ${marks.map((k) => `${k.slice(0, -2)}=${get(k)}`).join(' ')}`;

const servers = dists.map(serveDir);
await new Promise((r) => setTimeout(r, 200));
console.log(`load average at the start: ${os.loadavg()[0].toFixed(2)}`);
const seen = dists.map(() => []);
try {
  for (let run = 0; run < Number(rounds); run++) {
    for (let d = 0; d < dists.length; d++) {
      const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'phases-'));
      const ctx = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args, viewport: { width: 960, height: 600 } });
      try {
        const page = ctx.pages()[0] || (await ctx.newPage());
        await page.goto(`http://127.0.0.1:${servers[d].address().port}/embed.html`);
        await page.waitForFunction(() => window.stancemap && window.stancemap.timings && window.stancemap.timings.liveAt,
          null, { timeout: 60000, polling: 50 });
        const t = await page.evaluate(() => window.stancemap.timings);
        seen[d].push(t);
        console.log(line(path.basename(dists[d]), (k) => (t[k] === undefined ? '-' : Math.round(t[k]))));
      } finally {
        await ctx.close();
        fs.rmSync(profile, { recursive: true, force: true });
      }
    }
  }
  for (let d = 0; d < dists.length; d++) {
    const median = (k) => {
      const v = seen[d].map((t) => t[k]).filter((x) => x !== undefined).sort((a, b) => a - b);
      return v.length ? Math.round(v[v.length >> 1]) : '-';
    };
    console.log(line(`median ${path.basename(dists[d])}`, median));
  }
  console.log(`load average at the end: ${os.loadavg()[0].toFixed(2)}`);
} finally {
  servers.forEach((s) => s.close());
}
