// stats.mjs: the two summaries bench.mjs reports, medians of loads and
// percentiles of frame times.

// median of a list of numbers (nulls, from a missing mark, go last).
export function median(xs) {
  const s = xs.map((x) => (typeof x === 'number' ? x : Infinity)).sort((a, b) => a - b);
  const m = s[Math.floor((s.length - 1) / 2)];
  return Number.isFinite(m) ? m : null;
}

// percentile is the p-th percentile (nearest rank) of sorted, or null if it
// is empty.
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
