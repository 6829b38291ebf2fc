import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError } from 'commander';
import { loadBars } from '../input/load-bars.js';
import { addBarFileOptions, parseBarsOptionsFrom, type BarFileCommandOptions } from '../io/index.js';
import { formatScanTable } from '../output/format-scan-table.js';
import { ProgressBar } from '../output/progress-bar.js';
import { rankSignals } from '../scan/rank-signals.js';
import { ScanPool } from '../scan/scan-pool.js';
import type { ScanOutcome } from '../scan/scan-task.js';
import { scanTasksOf } from '../scan/scan-tasks-of.js';

interface ScanCommandOptions extends BarFileCommandOptions {
  readonly json?: boolean;
  readonly learn: boolean;
  readonly workers?: number;
}

function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1) throw new InvalidArgumentError(`workers must be an integer >= 1, got "${value}"`);
  return workers;
}

/** Reads and scans the file, drawing progress; the workers start before the file is read and load the engine meanwhile. */
async function scanFile(file: string, options: ScanCommandOptions): Promise<ScanOutcome[]> {
  const pool = ScanPool.start(options.workers ?? availableParallelism(), { learn: options.learn });
  try {
    const tasks = scanTasksOf(await loadBars(file, parseBarsOptionsFrom(options)));
    const progress = new ProgressBar(tasks.length, 'scan');
    let shown = 0;
    const outcomes = await pool.scan(tasks, (finished) => {
      progress.tick(finished - shown);
      shown = finished;
    });
    progress.finish();
    return outcomes;
  } finally {
    await pool.close();
  }
}

/** `goldensignals scan <file>`: one signal per symbol of a multi-symbol file, ranked. */
export function scanCommand(): Command {
  const command = new Command('scan')
    .description('compute one signal per symbol of a multi-symbol bar file, each with weights learned from its own history, ranked')
    .argument('<file>', 'CSV/TSV bar file with a symbol column (symbol, ticker or Name), optionally gzip-compressed')
    .option('--json', 'print the ranked signals as a JSON array')
    .option('--no-learn', 'skip learning agent weights from each symbol\'s history (equal weights)')
    .option('--workers <count>', 'threads that scan (default: one per core; 1 uses no worker threads)', parseWorkers)
    .action(async (file: string, options: ScanCommandOptions) => {
      const started = Date.now();
      const outcomes = await scanFile(file, options);
      const signals = [];
      for (const outcome of outcomes) {
        if ('error' in outcome) process.stderr.write(`goldensignals: ${outcome.symbol}: ${outcome.error}\n`);
        else signals.push(outcome.signal);
      }
      const ranked = rankSignals(signals);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(ranked)}\n`);
      } else {
        const count = (action: string) => ranked.filter((s) => s.action === action).length;
        process.stdout.write(`${formatScanTable(ranked)}\n\n`);
        process.stdout.write(`${ranked.length} symbols in ${((Date.now() - started) / 1000).toFixed(1)} s: ${count('BUY')} BUY, ${count('SELL')} SELL, ${count('HOLD')} HOLD\n`);
      }
      if (signals.length < outcomes.length) process.exitCode = 1;
    });
  return addBarFileOptions(command);
}
