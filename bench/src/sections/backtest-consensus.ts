import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { progress, round } from '../measure.js';

const file = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ohlcv-sp500-daily/all_stocks_5yr.csv.gz');
const cli = fileURLToPath(new URL('./main.js', import.meta.resolve('@goldensignals/cli')));

interface CliRun {
  readonly wallMs: number;
  readonly output: string;
}

/** `goldensignals backtest <S&P 500 file> --strategy consensus --json --no-equity --workers <n>` as a user runs it. */
function backtestOnce(workers: number): CliRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, [cli, 'backtest', file, '--strategy', 'consensus', '--invalid-rows', 'skip', '--json', '--no-equity', '--workers', String(workers)], {
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`backtest --workers ${workers} failed (exit ${child.status ?? child.signal}): ${child.stderr.slice(0, 500)}`);
  return { wallMs, output: child.stdout };
}

/**
 * The `consensus` backtest over the 505 symbols of the S&P 500 file (every bar through the signal
 * engine, accuracy weights learned online per symbol, the risk module's stops and sizes), timed as a
 * user runs the CLI: process start, reading the file, every symbol, the aggregate and the JSON. On
 * one thread per core, and on a single thread as the baseline in the same run; the two outputs must
 * be byte-identical.
 */
export async function backtestConsensus(): Promise<unknown> {
  if (!existsSync(file)) return { skipped: `shared data not found at ${file}` };
  const cores = availableParallelism();
  progress(`backtest consensus: ${cores} threads`);
  const parallel = backtestOnce(cores);
  progress('backtest consensus: 1 thread (baseline)');
  const single = backtestOnce(1);
  const result = JSON.parse(parallel.output) as { symbols: Record<string, unknown>; aggregate: { stats: Record<string, number> } };
  const stats = result.aggregate.stats;
  return {
    symbols: Object.keys(result.symbols).length,
    threads: cores,
    wallMs: round(parallel.wallMs, 0),
    singleThreadWallMs: round(single.wallMs, 0),
    parallelSpeedup: round(single.wallMs / parallel.wallMs, 2),
    identicalOutput: parallel.output === single.output,
    aggregate: {
      trades: stats['# Trades'],
      returnPct: round(stats['Return [%]'], 4),
      buyAndHoldReturnPct: round(stats['Buy & Hold Return [%]'], 4),
      sharpe: round(stats['Sharpe Ratio'], 4),
      exposurePct: round(stats['Exposure Time [%]'], 2),
    },
    target: { wallMs: 30_000 },
    meetsTarget: parallel.wallMs <= 30_000,
  };
}
