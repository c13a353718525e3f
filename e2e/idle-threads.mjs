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
// Each PAGE's folder is served as plain files (staticserve.mjs); the browser runs as
// measure.js's does (SwiftShader, software raster).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { serveDir } from './staticserve.mjs';

const clockTicks = 100;

async function children() {
  const parent = new Map();
  for (const e of await readdir('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const s = await readFile(`/proc/${e}/stat`, 'utf8');
      parent.set(Number(e), Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[1]));
    } catch { /* gone */ }
  }
  return parent;
}

async function tree(root) {
  const parent = await children();
  const t = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [p, pp] of parent) if (!t.has(p) && t.has(pp)) { t.add(p); grew = true; }
  }
  return [...t];
}

async function kind(pid) {
  try {
    const a = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split(/[\0 ]/);
    return a.find((x) => x.startsWith('--type='))?.slice(7) ?? 'browser';
  } catch { return 'gone'; }
}

// threads returns Map "pid/tid" → {key: "type: name", ticks}.
async function threads(pids) {
  const m = new Map();
  for (const pid of pids) {
    const type = await kind(pid);
    let tids = [];
    try { tids = await readdir(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tids) {
      try {
        const s = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')).replace(/[0-9]+$/, '');
        const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
        m.set(`${pid}/${tid}`, { key: `${type}: ${name}`, ticks: Number(f[11]) + Number(f[12]) });
      } catch { /* gone */ }
    }
  }
  return m;
}

const [runs, ...specs] = process.argv.slice(2);
const targets = specs.map((s) => {
  const [name, rest] = s.split(/=(.*)/s);
  const [file, ready] = rest.split(/\|(.*)/s);
  const srv = serveDir(path.dirname(file));
  return { name, srv, page: '/' + path.basename(file), ready };
});
await Promise.all(targets.map((t) => new Promise((r) => t.srv.on('listening', r))));

const results = Object.fromEntries(targets.map((t) => [t.name, []]));
for (let i = 0; i < Number(runs); i++) {
  for (const t of targets) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idle-threads-'));
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: '/usr/bin/chromium', headless: true, bypassCSP: true, viewport: { width: 960, height: 600 },
      args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader', '--disable-gpu-rasterization'],
    });
    try {
      const page = ctx.pages()[0] || (await ctx.newPage());
      const t0 = Date.now();
      await page.goto(`http://127.0.0.1:${t.srv.address().port}${t.page}`);
      await page.waitForFunction(t.ready, null, { timeout: 60000, polling: 5 });
      const ready = Date.now() - t0;
      await new Promise((r) => setTimeout(r, 1000));
      // A persistent context has no browser object to ask: the browser
      // process is the one without --type= whose arguments name the profile.
      let rootPid = null;
      for (const e of await readdir('/proc')) {
        if (!/^\d+$/.test(e)) continue;
        try {
          const c = await readFile(`/proc/${e}/cmdline`, 'utf8');
          if (c.includes(dir) && !c.includes('--type=')) { rootPid = Number(e); break; }
        } catch { /* gone */ }
      }
      if (!rootPid) throw new Error(`${t.name}: no Chromium process found for the profile ${dir}`);
      const pids = await tree(rootPid);
      const a = await threads(pids);
      const s0 = process.hrtime.bigint();
      await new Promise((r) => setTimeout(r, 10000));
      const b = await threads(await tree(rootPid));
      const secs = Number(process.hrtime.bigint() - s0) / 1e9;
      const by = {};
      let total = 0;
      for (const [id, { key, ticks }] of b) {
        const d = ticks - (a.get(id)?.ticks ?? 0);
        if (d <= 0) continue;
        by[key] = (by[key] ?? 0) + d;
        total += d;
      }
      const pct = (d) => Math.round((1000 * d) / clockTicks / secs) / 10;
      results[t.name].push({ ready, total: pct(total), by: Object.fromEntries(Object.entries(by).map(([k, v]) => [k, pct(v)])) });
      console.log(`[${t.name} ${i + 1}] ready ${ready} ms, idle ${pct(total)} %`);
    } finally {
      await ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
const median = (xs) => { const s = [...xs].sort((x, y) => x - y); return s.length ? s[(s.length - 1) >> 1] : 0; };
for (const t of targets) {
  const rs = results[t.name];
  const keys = new Set(rs.flatMap((r) => Object.keys(r.by)));
  const rows = [...keys].map((k) => [k, median(rs.map((r) => r.by[k] ?? 0)), rs.map((r) => r.by[k] ?? 0)]);
  rows.sort((x, y) => y[1] - x[1]);
  console.log(`\n${t.name}: idle ${median(rs.map((r) => r.total))} % of a core (median of ${rs.length})`);
  for (const [k, m, all] of rows) if (Math.max(...all) > 0) console.log(`  ${m.toFixed(1).padStart(5)}  ${k}  [${all.join(' ')}]`);
}
for (const t of targets) t.srv.close();
