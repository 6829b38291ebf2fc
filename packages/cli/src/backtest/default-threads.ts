import { availableParallelism } from 'node:os';

/** Fewest bars for which worker threads pay with a signal-engine strategy (~5-50 µs a bar; a worker takes ~0.2 s to start). */
const MIN_BARS_FOR_THREADS = 50_000;

/**
 * Threads for a multi-symbol run when `--workers` is not given: one per core for the strategies that
 * run the signal engine on every bar (`consensus`, `agent:<id>`) over enough bars; one otherwise, since
 * the indicator strategies run millions of bars a second, faster than a worker thread starts.
 */
export function defaultThreads(strategy: string, bars: number): number {
  const heavy = strategy === 'consensus' || strategy.startsWith('agent:');
  return heavy && bars >= MIN_BARS_FOR_THREADS ? availableParallelism() : 1;
}
