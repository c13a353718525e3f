// idle-threads.mjs says which of Chromium's threads use the CPU while a page
// is idle: the same window as measure.js's idle figure (from 1 s after the
// page is ready, for 10 s), each thread's utime+stime from
// /proc/PID/task/TID/stat, summed by process type and thread name, as a
// median over fresh browsers. Targets alternate, as in measure.js.
//
//   node e2e/idle-threads.mjs RUNS NAME=PAGE|READY [NAME=PAGE|READY ...]
//
// e.g. node e2e/idle-threads.mjs 5 \
//   "stancemap=/tmp/bundle/embed.html|window.stancemap && window.stancemap.state==='live'" \
//   "anchor=/tmp/bench/anchor-d3/dist/index.html|window.anchorState==='live'"
//
// Each PAGE's folder is served as plain files (staticserve.mjs); the browser
// runs as measure.js's does (SwiftShader, software raster).
import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { chromiumArgs, launchBrowser } from './lib.mjs';
import { procTree, procType } from './bench/idle.mjs';
import { median } from './bench/stats.mjs';
import { serveDir } from './staticserve.mjs';

const clockTicks = 100; // USER_HZ on Linux

// threads returns, for every thread of pids, "pid/tid" → {key: "type:
// name", ticks}.
async function threads(pids) {
  const m = new Map();
  for (const pid of pids) {
    const type = await procType(pid);
    let tids = [];
    try {
      tids = await readdir(`/proc/${pid}/task`);
    } catch {
      continue; // exited
    }
    for (const tid of tids) {
      try {
        const s = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')).replace(/[0-9]+$/, '');
        const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
        m.set(`${pid}/${tid}`, { key: `${type}: ${name}`, ticks: Number(f[11]) + Number(f[12]) });
      } catch {
        // exited
      }
    }
  }
  return m;
}

const [runs, ...specs] = process.argv.slice(2);
if (!(Number(runs) > 0) || specs.length === 0) {
  console.error('usage: node e2e/idle-threads.mjs RUNS NAME=PAGE|READY [NAME=PAGE|READY ...]');
  process.exit(1);
}
const targets = specs.map((s) => {
  const [name, rest = ''] = s.split(/=(.*)/s);
  const [file, ready] = rest.split(/\|(.*)/s);
  return { name, srv: serveDir(path.dirname(file)), page: '/' + path.basename(file), ready };
});
await Promise.all(targets.map((t) => new Promise((r) => t.srv.on('listening', r))));

const results = Object.fromEntries(targets.map((t) => [t.name, []]));
for (let i = 0; i < Number(runs); i++) {
  for (const t of targets) {
    const browser = await launchBrowser({
      viewport: { width: 960, height: 600 },
      args: [...chromiumArgs, '--disable-gpu-rasterization'],
      context: { bypassCSP: true }, // the ready expression is evaluated in the page
    });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const t0 = Date.now();
      await page.goto(`http://127.0.0.1:${t.srv.address().port}${t.page}`);
      await page.waitForFunction(t.ready, null, { timeout: 60000, polling: 5 });
      const ready = Date.now() - t0;
      await new Promise((r) => setTimeout(r, 1000));
      const a = await threads(await procTree(browser.pid));
      const s0 = process.hrtime.bigint();
      await new Promise((r) => setTimeout(r, 10000));
      const b = await threads(await procTree(browser.pid));
      const secs = Number(process.hrtime.bigint() - s0) / 1e9;
      const pct = (d) => Math.round((1000 * d) / clockTicks / secs) / 10;
      const by = {};
      let total = 0;
      for (const [id, { key, ticks }] of b) {
        const d = ticks - (a.get(id)?.ticks ?? 0);
        if (d <= 0) continue;
        by[key] = (by[key] ?? 0) + d;
        total += d;
      }
      results[t.name].push({ total: pct(total), by: Object.fromEntries(Object.entries(by).map(([k, v]) => [k, pct(v)])) });
      console.log(`[${t.name} ${i + 1}] ready ${ready} ms, idle ${pct(total)} %`);
    } finally {
      await browser.close();
    }
  }
}
for (const t of targets) {
  const rs = results[t.name];
  const keys = new Set(rs.flatMap((r) => Object.keys(r.by)));
  const rows = [...keys].map((k) => [k, median(rs.map((r) => r.by[k] ?? 0)), rs.map((r) => r.by[k] ?? 0)]);
  rows.sort((x, y) => y[1] - x[1]);
  console.log(`\n${t.name}: idle ${median(rs.map((r) => r.total))} % of a core (median of ${rs.length})`);
  for (const [k, m, all] of rows) console.log(`  ${m.toFixed(1).padStart(5)}  ${k}  [${all.join(' ')}]`);
}
for (const t of targets) t.srv.close();
