import { FinanceWordListScorer, TrainedSentimentScorer, type SentimentScorer } from '@goldensignals/engine';
import type { Command } from 'commander';
import { backtestJson } from '../backtest/backtest-json.js';
import type { BacktestCommandOptions } from '../backtest/backtest-command-options.js';
import { backtestPlan, type BacktestPlan } from '../backtest/backtest-plan.js';
import { collectParam } from '../backtest/collect-param.js';
import { defaultThreads } from '../backtest/default-threads.js';
import { formatStatsTable } from '../backtest/format-stats-table.js';
import { addBacktestFlags } from '../backtest/backtest-flags.js';
import { parseWorkersOption } from '../backtest/parse-workers-option.js';
import { printMultiSymbol } from '../backtest/print-multi-symbol.js';
import { readNewsFile } from '../backtest/read-news-file.js';
import { runBacktests } from '../backtest/run-backtests.js';
import { runSymbolBacktest } from '../backtest/run-symbol-backtest.js';
import { loadUserStrategy } from '../backtest/user-strategy.js';
import { strategyHelp } from '../backtest/strategy-help.js';
import { UsageErrorCommand } from '../backtest/usage-error-command.js';
import { warningLines } from '../backtest/warning-lines.js';
import { loadBars } from '../input/load-bars.js';
import { loadSentimentModel } from '../sentiment/sentiment-model-file.js';
import { addBarFileOptions, parseBarsOptionsFrom } from '../io/index.js';
import { ProgressBar } from '../output/progress-bar.js';
import { writeChunks } from '../output/write-chunks.js';
import { scanTasksOf } from '../scan/scan-tasks-of.js';
import type { ScanTask } from '../scan/scan-task.js';

/** Checks the strategy, parameters and options before the file is read; a problem is a usage error (exit 2). */
function planOf(command: Command, options: BacktestCommandOptions): BacktestPlan {
  try {
    return backtestPlan(options);
  } catch (error) {
    return command.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The plan with the scored news of `--news`, when given; a strategy without agents is told it will not read them. */
async function withNews(plan: BacktestPlan, options: BacktestCommandOptions): Promise<BacktestPlan> {
  if (options.news === undefined) return plan;
  if (plan.strategy !== 'consensus' && !plan.strategy.startsWith('agent:')) process.stderr.write(`warning: --news is read by consensus and agent:<id> strategies; ${plan.strategy} does not use it\n`);
  const scorer: SentimentScorer = options.sentimentModel === undefined ? new FinanceWordListScorer() : new TrainedSentimentScorer(await loadSentimentModel(options.sentimentModel));
  return { ...plan, news: await readNewsFile(options.news, scorer) };
}

/** One symbol: backtesting.py's statistics table, or `{ stats, trades, equity }` as JSON. */
async function printSingleSymbol(task: ScanTask, plan: BacktestPlan, options: BacktestCommandOptions): Promise<void> {
  const run = runSymbolBacktest(task, plan);
  if ('error' in run) throw new Error(`${run.symbol}: ${run.error}`);
  for (const line of warningLines([run])) process.stderr.write(`${line}\n`);
  if (options.json) {
    await writeChunks(process.stdout, [JSON.stringify(backtestJson(run.stats, run.trades, options.equity ? run.equity : undefined)), '\n']);
  } else {
    process.stdout.write(`${formatStatsTable([...Object.entries(run.stats), ['_strategy', run.strategy]])}\n`);
  }
}

/** Every symbol of a multi-symbol file, with a progress bar on a terminal, then the per-symbol and aggregate results. */
async function backtestAll(tasks: readonly ScanTask[], plan: BacktestPlan, options: BacktestCommandOptions, started: number): Promise<void> {
  const bars = tasks.reduce((sum, task) => sum + task.columns.time.length, 0);
  const workers = options.workers ?? defaultThreads(plan.strategy, bars);
  const progress = new ProgressBar(tasks.length, 'backtest');
  let shown = 0;
  const { outcomes, threads } = await runBacktests(tasks, plan, {
    workers,
    onProgress: (finished) => {
      progress.tick(finished - shown);
      shown = finished;
    },
  });
  progress.finish();
  await printMultiSymbol(tasks, outcomes, plan, { json: options.json ?? false, withEquity: options.equity, elapsedMs: Date.now() - started, threads });
}

/** `goldensignals backtest <file> --strategy <name>`: an event-driven backtest with backtesting.py's numbers. */
export function backtestCommand(): Command {
  const command = new UsageErrorCommand('backtest')
    .description(
      "backtest a strategy on a bar file with backtesting.py's execution model and statistics (fills at the next open); " +
        'a multi-symbol file runs every symbol and adds an aggregate',
    )
    .argument('<file>', 'CSV/TSV bar file, optionally gzip-compressed; with a symbol column every symbol is run')
    .requiredOption('--strategy <name>', 'sma-cross, buy-and-hold, consensus, agent:<id> (see below), or a strategy module file (.js/.mjs)')
    .option('--param <name=value>', 'a strategy parameter; repeat for several', collectParam)
    .option('--json', 'print { stats, trades, equity } as JSON (multi-symbol: { symbols: { SYM: ... }, aggregate })')
    .option('--no-equity', 'leave the equity curves out of --json (keeps multi-symbol output small)')
    .option('--news <file>', 'CSV of news for the agents: time, symbol (optional), headline (or text), kind (news, social or earnings_call; optional); each bar sees the rows dated up to it')
    .option('--sentiment-model <file>', 'score the --news rows with a model made by goldensignals sentiment train (default: the finance word list)')
    .option('--workers <count>', 'threads for a multi-symbol file (default: one per core for consensus and agent:<id> on 50,000 bars or more, else 1)', parseWorkersOption)
    .addHelpText('after', strategyHelp())
    .action(async (file: string, options: BacktestCommandOptions) => {
      const started = Date.now();
      await loadUserStrategy(options.strategy).catch((error: unknown) => command.error(`error: ${error instanceof Error ? error.message : String(error)}`));
      const plan = await withNews(planOf(command, options), options);
      const tasks = scanTasksOf(await loadBars(file, parseBarsOptionsFrom(options)));
      if (tasks.length === 0) throw new Error(`${file}: no bars`);
      if (tasks.length === 1) await printSingleSymbol(tasks[0], plan, options);
      else await backtestAll(tasks, plan, options, started);
    });
  return addBarFileOptions(addBacktestFlags(command));
}
