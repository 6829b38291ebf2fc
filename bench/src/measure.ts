import { performance } from 'node:perf_hooks';

/** Median of numbers (does not modify the input). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0..100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

/**
 * Runs `work` `runs` times after `warmUps` untimed runs (so the JIT has optimised it) and returns the median
 * wall time in ms. The median keeps one noisy run on a shared 2-core machine from deciding the figure.
 */
export function timeMedianMs(work: () => void, runs = 5, warmUps = 3): number {
  for (let i = 0; i < warmUps; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Rounds for printing: 3 significant decimals are plenty for timings. */
export function round(value: number, decimals = 2): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Writes a progress line to stderr (stdout carries only the JSON result). */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
