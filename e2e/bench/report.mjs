// report.mjs turns bench.mjs's result into the Markdown table of
// BENCHMARKS.md, against the budgets, and says what machine measured it.

import { readFileSync } from 'node:fs';
import os from 'node:os';

// Budgets from DESIGN.md.
const budgets = {
  transferBytes: 2.5e6,
  posterMs: 300,
  liveMs: 1500,
  idleCpuPercent: 1,
  hoverP95Ms: 16.7,
  dragP95Ms: 16.7,
  wasmMemoryBytes: 96 * 2 ** 20,
};

export function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  return { nproc: os.availableParallelism(), model };
}

// loadAverage is the machine's 1-minute load average, rounded: other jobs
// on a shared box move the times by hundreds of ms, so each run says how
// busy the box was when it started and when it ended.
export function loadAverage() {
  return Math.round(os.loadavg()[0] * 100) / 100;
}

function fmt(v, unit, digits = 0) {
  return v === null || v === undefined || Number.isNaN(v) ? 'n/a' : `${v.toFixed(digits)} ${unit}`;
}

function fmtGPU(g) {
  return g ? `${(g.bytes / 2 ** 20).toFixed(1)} MiB (${(g.peak / 2 ** 20).toFixed(1)})` : 'n/a';
}

function verdict(v, budget) {
  if (v === null || v === undefined) return 'n/a';
  return v <= budget ? 'within' : '**over**';
}

export function table(r) {
  const rows = [
    ['bytes transferred (compressed)', fmt(r.transferBytes / 1e6, 'MB', 3), '≤ 2.5 MB', verdict(r.transferBytes, budgets.transferBytes)],
    [`returning reader, second visit, poster visible after navigation (median of ${r.returning.length} new tabs: ${r.returning.map((v) => v.poster).join(' / ')})`, fmt(r.posterMs, 'ms'), '≤ 300 ms', verdict(r.posterMs, budgets.posterMs)],
    [`returning reader, second visit, live (\`state == 'live'\`) (${r.returning.map((v) => v.live).join(' / ')}; instantiated → main ${r.returning.map((v) => v.startMs).join(' / ')} ms)`, fmt(r.liveMs, 'ms'), '≤ 1500 ms', verdict(r.liveMs, budgets.liveMs)],
    [`the same reader's new tabs with the poster-only embed (reference: the floor under the poster; ${r.posterOnlyReturning.join(' / ')})`, fmt(r.posterOnlyPosterMs, 'ms'), '', ''],
    [`returning reader, third and later visits, poster / live (medians of ${r.later.length} new tabs: ${r.later.map((v) => v.poster).join(' / ')}; ${r.later.map((v) => v.live).join(' / ')})`, `${fmt(r.laterPosterMs, 'ms')} / ${fmt(r.laterLiveMs, 'ms')}`, '≤ 300 / 1500 ms', `${verdict(r.laterPosterMs, budgets.posterMs)} / ${verdict(r.laterLiveMs, budgets.liveMs)}`],
    ...(r.firstVisits.length > 0 ? [
      [`first visit, poster (median of ${r.firstVisits.length} fresh browsers: ${r.firstVisits.map((v) => v.poster).join(' / ')})`, fmt(r.firstVisitPosterMs, 'ms'), '≤ 300 ms', verdict(r.firstVisitPosterMs, budgets.posterMs)],
      [`first visit, live (${r.firstVisits.map((v) => v.live).join(' / ')})`, fmt(r.firstVisitLiveMs, 'ms'), '≤ 1500 ms', verdict(r.firstVisitLiveMs, budgets.liveMs)],
    ] : []),
    [`same tab loading again, poster / live (medians of ${r.posterRuns.length}: ${r.posterRuns.join(' / ')}; ${r.liveRuns.join(' / ')})`, `${fmt(r.sameTabPosterMs, 'ms')} / ${fmt(r.sameTabLiveMs, 'ms')}`, '', ''],
    [`idle CPU, Chromium tree, first ${r.idleSeconds} s after live`, fmt(r.idleCpuPercent, '% of a core', 1), '≤ 1 %', verdict(r.idleCpuPercent, budgets.idleCpuPercent)],
    [`idle CPU, the ${r.idleSeconds} s after that`, fmt(r.idleLaterCpuPercent, '% of a core', 1), '≤ 1 %', verdict(r.idleLaterCpuPercent, budgets.idleCpuPercent)],
    ['same two windows, poster-only embed (reference)', `${fmt(r.posterOnlyCpuPercent, '%', 1)} / ${fmt(r.posterOnlyLaterCpuPercent, '%', 1)}`, '', ''],
    ['idle CPU, about:blank after browser start (reference)', fmt(r.blankCpuPercent, '% of a core', 1), '(0.3 % in DESIGN)', ''],
    [`calls while idle (${2 * r.idleSeconds} s): Update / rAF / setTimeout`, [r.idleCalls.updates, r.idleCalls.raf, r.idleCalls.timeouts].map((v) => (v === null ? 'n/a' : String(v))).join(' / '), '0–1 / 0 / few', ''],
    ['hover frame time p50 / p95', `${fmt(r.hover.p50, 'ms', 1)} / ${fmt(r.hover.p95, 'ms', 1)}`, 'p95 ≤ 16.7 ms', verdict(r.hover.p95, budgets.hoverP95Ms)],
    ['drag frame time p50 / p95', `${fmt(r.drag.p50, 'ms', 1)} / ${fmt(r.drag.p95, 'ms', 1)}`, 'p95 ≤ 16.7 ms', verdict(r.drag.p95, budgets.dragP95Ms)],
    ['GPU textures 2 s after live (most at once): demo page; embed on a phone ' + (r.gpuPhone?.screen ?? ''), `${fmtGPU(r.gpuDemo)}; ${fmtGPU(r.gpuPhone)}`, '', ''],
    ['wasm memory after load', fmt(r.wasmMemoryBytes === null ? null : r.wasmMemoryBytes / 2 ** 20, 'MiB', 1), '≤ 96 MiB', verdict(r.wasmMemoryBytes, budgets.wasmMemoryBytes)],
  ];
  const lines = ['| figure | measured | budget | |', '|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  lines.push('');
  const types = (o) => Object.entries(o).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  lines.push(`Idle CPU by process type (% of a core), live embed: ${types(r.idleByType.first)}; then ${types(r.idleByType.second)}. ` +
    `Poster-only: ${types(r.posterOnlyByType.first)}; then ${types(r.posterOnlyByType.second)}`);
  lines.push(`Transfers: ${r.transfers.map((t) => `${t.path} ${t.bodyBytes} B ${t.encoding}`).join(', ')}`);
  lines.push(`Machine: ${r.machine.nproc} × ${r.machine.model}; Chromium ${r.chromium ?? '?'}; load average ${r.loadAverage.start} at the start, ${r.loadAverage.end} at the end`);
  return lines.join('\n');
}

