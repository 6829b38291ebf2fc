import { ALL_STRATEGIES, walkForward, walkForwardWindows } from '@goldensignals/engine';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadBars, singleSymbol } from '../input/load-bars.js';
import { addBarFileOptions, parseBarsOptionsFrom, type BarFileCommandOptions } from '../io/index.js';
import { addBacktestFlags, backtestOptionsFrom, type BacktestFlags } from '../backtest/backtest-flags.js';
import { formatWalkForward } from '../optimize/format-walk-forward.js';
import { addSweepFlags, objectiveFrom, type SweepFlags } from '../optimize/sweep-flags.js';
import { sweepProgress } from '../optimize/sweep-progress.js';
import { walkForwardJson } from '../optimize/walk-forward-json.js';

interface WalkForwardCommandOptions extends BarFileCommandOptions, BacktestFlags, SweepFlags {
  readonly train: number;
  readonly test: number;
  readonly step?: number;
  readonly anchored?: boolean;
  readonly json?: boolean;
}

const bars = (name: string) => (value: string): number => {
  const count = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(count)) throw new InvalidArgumentError(`${name} must be a whole number of bars, got "${value}"`);
  return count;
};

/** `goldensignals walk-forward <file>`: optimise on rolling or anchored train windows, report the test windows out of sample. */
export function walkForwardCommand(): Command {
  const command = new Command('walk-forward')
    .description('optimise a strategy on each train window and run the best parameters on the following test window; report the out-of-sample windows, stitched, next to the in-sample figures')
    .argument('<file>', 'CSV/TSV bar file, optionally gzip-compressed')
    .addOption(new Option('--train <bars>', 'bars in each train window (anchored: in the first one)').argParser(bars('train')).makeOptionMandatory())
    .addOption(new Option('--test <bars>', 'bars in each test window').argParser(bars('test')).makeOptionMandatory())
    .addOption(new Option('--step <bars>', 'bars from one window to the next, at least --test (default: --test)').argParser(bars('step')))
    .option('--anchored', 'train on every bar from the first one up to the test window, instead of a rolling window')
    .option('--json', 'print every window and the aggregates as JSON')
    .addHelpText(
      'after',
      `
Each train window is optimised as a series of its own. A test run takes its indicator warm-up from the
bars before the test window, so the strategy decides from the test window's first bar (orders fill from
the next bar's open, or at that bar's close with --trade-on-close); each test window starts from the
starting cash, and the out-of-sample aggregate compounds the windows end to end. Only whole test
windows are run.

Example: goldensignals walk-forward GOOG.csv --strategy sma-cross --grid fast=5:30:5 --grid slow=10:70:5 --where "fast<slow" --train 500 --test 100`,
    )
    .action(async (file: string, options: WalkForwardCommandOptions) => {
      const { series } = singleSymbol(await loadBars(file, parseBarsOptionsFrom(options)), file);
      const schedule = { train: options.train, test: options.test, ...(options.step !== undefined && { step: options.step }), anchored: options.anchored === true };
      try {
        walkForwardWindows(series.length, schedule);
      } catch (error) {
        if (error instanceof RangeError) throw new Error(`${file}: ${error.message}`, { cause: error });
        throw error;
      }
      const progress = sweepProgress('walk-forward');
      const result = walkForward(series, {
        strategy: options.strategy,
        grid: options.grid ?? [],
        ...(options.where !== undefined && { where: options.where }),
        objective: objectiveFrom(options),
        definitions: ALL_STRATEGIES,
        options: backtestOptionsFrom(options),
        onProgress: progress.onProgress,
        ...schedule,
      });
      progress.finish();
      process.stdout.write(options.json ? `${JSON.stringify(walkForwardJson(result, options.where), null, 2)}\n` : `${formatWalkForward(result, options.where)}\n`);
    });
  return addBarFileOptions(addBacktestFlags(addSweepFlags(command)));
}
