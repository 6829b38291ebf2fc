import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { rankSignals, readBarsFile, runScan, type ScanTask } from '@goldensignals/cli';
import { progress, round } from '../measure.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ohlcv-sp500-daily/all_stocks_5yr.csv.gz');

async function scanOnce(workers: number): Promise<{ readMs: number; scanMs: number; totalMs: number; actions: Record<string, number>; symbols: number }> {
  const start = performance.now();
  const parsed = await readBarsFile(file, { invalidRows: 'skip' });
  const read = performance.now();
  const tasks: ScanTask[] = [...parsed.symbols.entries()].map(([symbol, { series }]) => ({
    symbol,
    timeframe: series.timeframe,
    columns: { time: series.time.slice(), open: series.open.slice(), high: series.high.slice(), low: series.low.slice(), close: series.close.slice(), volume: series.volume.slice() },
  }));
  const outcomes = await runScan(tasks, { learn: true, workers });
  const signals = outcomes.flatMap((o) => ('signal' in o ? [o.signal] : []));
  rankSignals(signals);
  const end = performance.now();
  const actions: Record<string, number> = { BUY: 0, SELL: 0, HOLD: 0 };
  for (const s of signals) actions[s.action]++;
  return { readMs: read - start, scanMs: end - read, totalMs: end - start, actions, symbols: signals.length };
}

/**
 * `scan` over the 505-symbol S&P 500 file with weights learned from each symbol's own history, the way the CLI
 * runs it: on every core, and on one core as the baseline in the same run.
 */
export async function sp500Scan(): Promise<unknown> {
  if (!existsSync(file)) return { skipped: `shared data not found at ${file}` };
  const cores = availableParallelism();
  progress(`scan: ${cores} workers`);
  const parallel = await scanOnce(cores);
  progress('scan: 1 worker (baseline)');
  const single = await scanOnce(1);
  return {
    symbols: parallel.symbols,
    workers: cores,
    wallMs: round(parallel.totalMs, 0),
    readAndParseMs: round(parallel.readMs, 0),
    scanMs: round(parallel.scanMs, 0),
    actions: parallel.actions,
    singleWorkerWallMs: round(single.totalMs, 0),
    parallelSpeedup: round(single.totalMs / parallel.totalMs, 2),
    target: { wallMs: 3000 },
    meetsTarget: parallel.totalMs <= 3000,
  };
}
