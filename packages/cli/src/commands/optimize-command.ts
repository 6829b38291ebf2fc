import { ALL_STRATEGIES, optimizeStrategy } from '@goldensignals/engine';
import { Command } from 'commander';
import { loadBars, singleSymbol } from '../input/load-bars.js';
import { addBarFileOptions, parseBarsOptionsFrom, type BarFileCommandOptions } from '../io/index.js';
import { addBacktestFlags, backtestOptionsFrom, type BacktestFlags } from '../backtest/backtest-flags.js';
import { formatOptimize } from '../optimize/format-optimize.js';
import { optimizeJson } from '../optimize/optimize-json.js';
import { addSweepFlags, objectiveFrom, type SweepFlags } from '../optimize/sweep-flags.js';
import { sweepProgress } from '../optimize/sweep-progress.js';

interface OptimizeCommandOptions extends BarFileCommandOptions, BacktestFlags, SweepFlags {
  readonly json?: boolean;
}

/** `goldensignals optimize <file>`: grid search of a strategy's parameters, ranked by one statistic. */
export function optimizeCommand(): Command {
  const command = new Command('optimize')
    .description('grid-search a strategy\'s parameters on a bar file and rank the combinations by a statistic (vectorised for sma-cross and buy-and-hold)')
    .argument('<file>', 'CSV/TSV bar file, optionally gzip-compressed')
    .option('--json', 'print the best parameters and statistics and every result as heatmap-ready JSON')
    .addHelpText('after', '\nExample: goldensignals optimize GOOG.csv --strategy sma-cross --grid fast=5:30:5 --grid slow=10:70:5 --where "fast<slow" --maximize "Sharpe Ratio"')
    .action(async (file: string, options: OptimizeCommandOptions) => {
      const { series } = singleSymbol(await loadBars(file, parseBarsOptionsFrom(options)), file);
      const progress = sweepProgress('optimize');
      const result = optimizeStrategy(series, {
        strategy: options.strategy,
        grid: options.grid ?? [],
        ...(options.where !== undefined && { where: options.where }),
        objective: objectiveFrom(options),
        definitions: ALL_STRATEGIES,
        options: backtestOptionsFrom(options),
        onProgress: progress.onProgress,
      });
      progress.finish();
      process.stdout.write(options.json ? `${JSON.stringify(optimizeJson(result, options.where), null, 2)}\n` : `${formatOptimize(result, options.where)}\n`);
    });
  return addBarFileOptions(addBacktestFlags(addSweepFlags(command)));
}
