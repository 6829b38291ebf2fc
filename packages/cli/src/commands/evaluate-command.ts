import type { Command } from 'commander';
import { defaultThreads } from '../backtest/default-threads.js';
import { parseNumberOption } from '../backtest/parse-number-option.js';
import { parseWorkersOption } from '../backtest/parse-workers-option.js';
import { UsageErrorCommand } from '../backtest/usage-error-command.js';
import type { EvaluateCommandOptions } from '../evaluate/evaluate-command-options.js';
import { evaluatePlanOf, symbolFilterOf } from '../evaluate/evaluate-plan-of.js';
import type { EvaluatePlan } from '../evaluate/evaluate-plan.js';
import { evaluateReport } from '../evaluate/evaluate-report.js';
import { mlCoverageWarning } from '../evaluate/ml-evaluation.js';
import { splitIndex } from '../evaluate/split-index.js';
import { readModelFiles } from '@goldensignals/server';
import { formatEvaluateReport } from '../evaluate/format-evaluate-report.js';
import { runEvaluations } from '../evaluate/run-evaluations.js';
import { loadBars } from '../input/load-bars.js';
import { addBarFileOptions, parseBarsOptionsFrom } from '../io/index.js';
import { ProgressBar } from '../output/progress-bar.js';
import { writeChunks } from '../output/write-chunks.js';
import type { ScanTask } from '../scan/scan-task.js';
import { scanTasksOf } from '../scan/scan-tasks-of.js';

/** The file's symbols, only those of `--symbols` when given (an unknown one is an error). */
function selectTasks(tasks: readonly ScanTask[], wanted: readonly string[] | undefined, file: string): readonly ScanTask[] {
  if (wanted === undefined) return tasks;
  const missing = wanted.filter((symbol) => !tasks.some((task) => task.symbol === symbol));
  if (missing.length > 0) throw new Error(`${file}: no bars for ${missing.join(', ')}`);
  return tasks.filter((task) => wanted.includes(task.symbol));
}

async function evaluateAll(tasks: readonly ScanTask[], plan: EvaluatePlan, options: EvaluateCommandOptions, started: number): Promise<void> {
  const bars = tasks.reduce((sum, task) => sum + task.columns.time.length, 0);
  const workers = options.workers ?? defaultThreads('consensus', bars);
  const progress = new ProgressBar(tasks.length, 'evaluate');
  let shown = 0;
  const { outcomes, threads } = await runEvaluations(tasks, plan, {
    workers,
    onProgress: (finished) => {
      progress.tick(finished - shown);
      shown = finished;
    },
  });
  progress.finish();
  const report = evaluateReport(outcomes, plan);
  const elapsed = `${report.symbols} symbols in ${((Date.now() - started) / 1000).toFixed(1)} s on ${threads} thread(s)`;
  if (options.json) await writeChunks(process.stdout, [JSON.stringify(report), '\n']);
  else process.stdout.write(`${formatEvaluateReport(report)}\n\n${elapsed}\n`);
}

/**
 * `goldensignals evaluate <file>`: the out-of-sample answer to "does the accuracy weighting help?" —
 * the learned consensus, an equal-weight vote, every agent alone and buy-and-hold over the same test bars.
 */
export function evaluateCommand(): Command {
  const command = new UsageErrorCommand('evaluate')
    .description(
      'compare, out of sample, the consensus with learned accuracy weights, the equal-weight vote, every agent alone and buy-and-hold: ' +
        'each symbol\'s first bars train the weights, only the later test bars are reported',
    )
    .argument('<file>', 'CSV/TSV bar file, optionally gzip-compressed, usually with a symbol column (every symbol is evaluated)')
    .option('--train-fraction <share>', 'share of each symbol\'s bars that trains the weights (default 0.6)', parseNumberOption)
    .option('--split-date <YYYY-MM-DD>', 'train on the bars before this date, test from it (instead of --train-fraction)')
    .option('--symbols <list>', 'comma-separated symbols to evaluate (default: every symbol of the file)')
    .option('--agents <list>', 'comma-separated agent ids to run alone (default: every agent)')
    .option('--json', 'print the per-strategy aggregates, the verdict and the consensus scorecard (calibration table) as JSON')
    .option('--workers <count>', 'threads (default: one per core on 50,000 bars or more, else 1)', parseWorkersOption)
    .option('--models <folder>', 'folder of trained model files (goldensignals train --out): adds each ML agent alone and the consensus with them')
    .action(async (file: string, options: EvaluateCommandOptions) => {
      const started = Date.now();
      let plan: EvaluatePlan;
      try {
        plan = evaluatePlanOf(options, options.models === undefined ? [] : await readModelFiles(options.models));
      } catch (error) {
        return command.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      }
      const tasks = selectTasks(scanTasksOf(await loadBars(file, parseBarsOptionsFrom(options))), symbolFilterOf(options), file);
      if (tasks.length === 0) throw new Error(`${file}: no bars`);
      if (plan.models !== undefined && plan.models.length > 0) {
        // Models trained on labels reaching into the test part would be scored in sample: say so.
        const testStarts = tasks.flatMap((task) => {
          try {
            return [task.columns.time[splitIndex(task.columns.time, plan.split)]];
          } catch {
            return [];
          }
        });
        const warning = testStarts.length > 0 ? mlCoverageWarning(plan.models, Math.min(...testStarts)) : undefined;
        if (warning !== undefined) process.stderr.write(warning);
      }
      await evaluateAll(tasks, plan, options, started);
    });
  return addBarFileOptions(command);
}
