// settings.mjs: the bench's knobs, read once from the environment (see
// bench.mjs's top comment).

export const IDLE_SECONDS = Number(process.env.IDLE_SECONDS || 10);
export const LOADS = Math.max(1, Number(process.env.BENCH_LOADS || 5));
export const FIRST_VISITS = Math.max(0, Number(process.env.BENCH_FIRST_VISITS ?? 3));
