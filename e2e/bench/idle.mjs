// idle.mjs measures what a page costs while nothing happens: the Chromium
// process tree's CPU from /proc, and the Update, rAF and setTimeout calls
// the embed frame makes.

import { readdir, readFile } from 'node:fs/promises';
import { IDLE_SECONDS } from './settings.mjs';

const clockTicks = 100; // USER_HZ on Linux

// procTree returns the pids of root and all its descendants.
export async function procTree(root) {
  const parent = new Map();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const st = await procStat(entry);
    if (st) parent.set(Number(entry), st.ppid);
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

// procStat reads ppid and CPU ticks from /proc/PID/stat (the command name
// may hold spaces, so fields are counted after its closing parenthesis).
async function procStat(pid) {
  try {
    const s = await readFile(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
  } catch {
    return null; // exited
  }
}

// procType is a Chromium process's --type= (renderer, gpu-process, utility,
// zygote), or "browser" for the root. Chromium rewrites its children's
// argv into one space-separated string, so split on spaces as well.
export async function procType(pid) {
  try {
    const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split(/[\0 ]/);
    return args.find((a) => a.startsWith('--type='))?.slice('--type='.length) ?? 'browser';
  } catch {
    return 'gone';
  }
}

async function cpuTicks(pids) {
  const m = new Map();
  for (const pid of pids) {
    const st = await procStat(pid);
    if (st) m.set(pid, { ticks: st.ticks, type: await procType(pid) });
  }
  return m;
}

// idleCpu measures the Chromium tree's CPU over IDLE_SECONDS, in % of one
// core: {percent, byType} (byType: % per process type).
export async function idleCpu(rootPid) {
  const before = await cpuTicks(await procTree(rootPid));
  const t0 = process.hrtime.bigint();
  await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
  const after = await cpuTicks(await procTree(rootPid));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const pct = (ticks) => Math.round((1000 * ticks) / clockTicks / seconds) / 10;
  let ticks = 0;
  const byType = {};
  for (const [pid, { ticks: t, type }] of after) {
    const d = t - (before.get(pid)?.ticks ?? 0);
    ticks += d;
    byType[type] = (byType[type] ?? 0) + d;
  }
  for (const k of Object.keys(byType)) byType[k] = pct(byType[k]);
  return { percent: (100 * ticks) / clockTicks / seconds, byType };
}

// countCalls runs in every frame before its scripts (an init script): it
// counts requestAnimationFrame and setTimeout calls, so the bench can show
// that nothing in the page keeps asking for frames or timers while idle.
// Ebiten looks requestAnimationFrame up when the wasm starts and
// wasm_exec.js calls setTimeout by name, so both go through the wrappers.
export function countCalls() {
  const calls = { raf: 0, timeouts: 0 };
  Object.defineProperty(window, 'stancemapBenchCalls', { value: calls });
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (cb) { calls.raf++; return raf.call(window, cb); };
  const st = window.setTimeout;
  window.setTimeout = function (...args) { calls.timeouts++; return st.apply(window, args); };
}

// calls reads the frame's counters: Update, rAF and setTimeout calls so far.
function calls(frame) {
  return frame.evaluate(() => ({
    updates: window.stancemap?.updates ?? null,
    raf: window.stancemapBenchCalls?.raf ?? null,
    timeouts: window.stancemapBenchCalls?.timeouts ?? null,
  }));
}

function callsBetween(a, b) {
  const d = (k) => (a[k] === null || b[k] === null ? null : b[k] - a[k]);
  return { updates: d('updates'), raf: d('raf'), timeouts: d('timeouts') };
}

// idleWindows measures two idle windows back to back (see the top comment)
// and the frame's calls over both.
export async function idleWindows(rootPid, frame) {
  const c0 = await calls(frame);
  const first = await idleCpu(rootPid);
  const second = await idleCpu(rootPid);
  return { first, second, calls: callsBetween(c0, await calls(frame)) };
}
