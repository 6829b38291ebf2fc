import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { rankSignals, readBarsFile, runScan, type ScanTask } from '@goldensignals/cli';
import { progress, round } from '../measure.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ohlcv-sp500-daily/all_stocks_5yr.csv.gz');

interface ScanRun {
  readonly readMs: number;
  readonly scanMs: number;
  readonly totalMs: number;
  readonly actions: Record<string, number>;
  readonly symbols: number;
}

const BASELINE = 'sp500-scan single-thread baseline';

async function scanOnce(workers: number): Promise<ScanRun> {
  const start = performance.now();
  let read = start;
  // As the CLI does: the workers start (and load the engine) while the file is read and parsed.
  const tasks = readBarsFile(file, { invalidRows: 'skip' }).then((parsed) => {
    read = performance.now();
    return [...parsed.symbols.entries()].map(([symbol, { series }]): ScanTask => ({ symbol, timeframe: series.timeframe, columns: series }));
  });
  const outcomes = await runScan(tasks, { learn: true, workers });
  const signals = outcomes.flatMap((o) => ('signal' in o ? [o.signal] : []));
  rankSignals(signals);
  const end = performance.now();
  const actions: Record<string, number> = { BUY: 0, SELL: 0, HOLD: 0 };
  for (const s of signals) actions[s.action]++;
  return { readMs: read - start, scanMs: end - read, totalMs: end - start, actions, symbols: signals.length };
}

// This module run as a worker thread is the baseline: a fresh isolate whose JIT has not yet seen the scan,
// as in a CLI run (this thread has, after scanning its share of the parallel run).
if (!isMainThread && workerData === BASELINE) {
  void scanOnce(1).then((run) => parentPort?.postMessage(run));
}

async function coldSingleThreadScan(): Promise<ScanRun> {
  const worker = new Worker(new URL(import.meta.url), { workerData: BASELINE });
  try {
    return await new Promise<ScanRun>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
  }
}

/**
 * `scan` over the 505-symbol S&P 500 file with weights learned from each symbol's own history, the way the CLI
 * runs it: on every core (this thread and a worker per further core), and on one thread as the baseline in the same
 * run. Both start cold, as the CLI does.
 */
export async function sp500Scan(): Promise<unknown> {
  if (!existsSync(file)) return { skipped: `shared data not found at ${file}` };
  const cores = availableParallelism();
  progress(`scan: ${cores} workers`);
  const parallel = await scanOnce(cores);
  progress('scan: 1 worker (baseline)');
  const single = await coldSingleThreadScan();
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
