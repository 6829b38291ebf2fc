import { resolveBacktestOptions } from '@goldensignals/engine';
import { writeChunks } from '../output/write-chunks.js';
import type { ScanTask } from '../scan/scan-task.js';
import { AGGREGATE_METHOD, aggregateBacktests } from './aggregate-backtests.js';
import type { BacktestPlan } from './backtest-plan.js';
import { formatStatsTable } from './format-stats-table.js';
import { formatSymbolTable } from './format-symbol-table.js';
import { multiSymbolJson } from './multi-symbol-json.js';
import type { SymbolBacktest, SymbolBacktestOutcome } from './symbol-backtest.js';
import { warningLines } from './warning-lines.js';

/** How a multi-symbol run is printed. */
export interface MultiSymbolPrintOptions {
  readonly json: boolean;
  readonly withEquity: boolean;
  /** Wall time of the whole command so far, and the threads it ran on, for the text footer. */
  readonly elapsedMs: number;
  readonly threads: number;
}

/** `text` broken into lines of at most `width` characters at spaces. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line].join('\n');
}

/**
 * Prints per-symbol results and their aggregate (see {@link AGGREGATE_METHOD}); symbols that could
 * not run are reported on stderr and leave exit code 1. Throws when no symbol ran at all.
 */
export async function printMultiSymbol(tasks: readonly ScanTask[], outcomes: readonly SymbolBacktestOutcome[], plan: BacktestPlan, options: MultiSymbolPrintOptions): Promise<void> {
  const runs: SymbolBacktest[] = [];
  const closes: Float64Array[] = [];
  const errors: Record<string, string> = {};
  outcomes.forEach((outcome, k) => {
    if ('error' in outcome) {
      errors[outcome.symbol] = outcome.error;
      process.stderr.write(`goldensignals: ${outcome.symbol}: ${outcome.error}\n`);
    } else {
      runs.push(outcome);
      closes.push(tasks[k].columns.close);
    }
  });
  if (runs.length === 0) throw new Error(`no symbol could be backtested (${outcomes.length} failed)`);
  for (const line of warningLines(runs)) process.stderr.write(`${line}\n`);
  const aggregate = aggregateBacktests(
    runs.map((run, k) => ({ time: run.equity.time, close: closes[k], equity: run.equity.equity, trades: run.trades, warmup: run.warmup, stats: run.stats })),
    resolveBacktestOptions(plan.options).cash,
  );
  if (options.json) {
    await writeChunks(process.stdout, multiSymbolJson(runs, aggregate, errors, options.withEquity));
  } else {
    const strategy = runs[0].strategy;
    process.stdout.write(`${formatSymbolTable(runs)}\n\n`);
    process.stdout.write(`Aggregate of ${runs.length} symbols:\n`);
    process.stdout.write(`${formatStatsTable([...Object.entries(aggregate.stats), ['_strategy', strategy]])}\n\n`);
    process.stdout.write(`${wrap(`Aggregate: ${AGGREGATE_METHOD}.`, 100)}\n`);
    process.stdout.write(`${runs.length} symbols in ${(options.elapsedMs / 1000).toFixed(1)} s on ${options.threads} thread(s)\n`);
  }
  if (runs.length < outcomes.length) process.exitCode = 1;
}
