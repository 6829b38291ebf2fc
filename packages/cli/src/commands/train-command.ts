import type { SequenceModelTrainer } from '@goldensignals/engine';
import { Option, type Command } from 'commander';
import { parseNumberOption } from '../backtest/parse-number-option.js';
import { UsageErrorCommand } from '../backtest/usage-error-command.js';
import { addBarFileOptions, parseBarsOptionsFrom } from '../io/index.js';
import { ProgressBar } from '../output/progress-bar.js';
import { writeChunks } from '../output/write-chunks.js';
import { formatTrainingReport } from '../train/format-training-report.js';
import { loadTrainingBars } from '../train/load-training-bars.js';
import { runTraining } from '../train/run-training.js';
import type { TrainCommandOptions } from '../train/train-command-options.js';
import { DEFAULT_MODELS_FOLDER, trainPlanOf, type TrainPlan } from '../train/train-plan.js';
import { writeModelFiles } from '@goldensignals/server';

/** What `train` needs beyond the engine's own models. */
export interface TrainCommandDependencies {
  /** Trains the LSTM (packages/engine/src/ml/sequence); without it `--models lstm` is refused. */
  readonly sequenceTrainer?: SequenceModelTrainer;
}

/**
 * `goldensignals train --data <file|folder>`: trains the direction models walk-forward on the pooled
 * symbols, prints each model's out-of-sample hit rate against the majority baselines, log-loss and
 * Brier score, and writes the versioned model files the ML agents load.
 */
export function trainCommand(dependencies: TrainCommandDependencies = {}): Command {
  const command = new UsageErrorCommand('train')
    .description('train the ML agents\' direction models walk-forward (pooled over the symbols) and write versioned model files with their out-of-sample metrics')
    .addOption(new Option('--data <path>', 'CSV/TSV bar file (optionally gzip-compressed, usually with a symbol column) or a folder of them').makeOptionMandatory())
    .option('--symbols <list>', 'comma-separated symbols to train on (default: every symbol)')
    .option('--models <list>', `comma-separated models: lr, gbt, lstm, ensemble (default: every available one)`)
    .option('--horizon <bars>', 'bars ahead whose direction is predicted (default 5)', parseNumberOption)
    .option('--out <folder>', `folder for the model files (default ./${DEFAULT_MODELS_FOLDER})`)
    .option('--folds <count>', 'walk-forward test windows after the first 40% of the dates (default 6)', parseNumberOption)
    .option('--calibration <method>', 'probability calibration fitted on each training window\'s latest 20%: platt, isotonic or none (default platt)')
    .option('--until <YYYY-MM-DD>', 'read only bars before this date (train before an evaluate --split-date, so evaluate tests out of sample)')
    .option('--max-sequence-samples <count>', 'most recent samples each LSTM training uses (default 20000)', parseNumberOption)
    .option('--json', 'print the per-model metrics, folds and file paths as JSON')
    .addHelpText(
      'after',
      `
Each test window is predicted by models trained only on bars whose labels (the close --horizon bars
later) were known before it; the hit rate, log-loss, Brier score and calibration table come from these
out-of-sample predictions only. "majority" is the hit rate of always calling the most common direction
of the predicted bars. The saved models are then trained on every bar and carry these metrics.

Example: goldensignals train --data all_stocks_5yr.csv.gz --symbols AAPL,MSFT,AMZN --models lr,gbt,ensemble`,
    )
    .action(async (options: TrainCommandOptions) => {
      let plan: TrainPlan;
      try {
        plan = trainPlanOf(options, dependencies.sequenceTrainer !== undefined);
      } catch (error) {
        return command.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      }
      const bars = await loadTrainingBars(options.data, parseBarsOptionsFrom(options), plan.symbols);
      let progress: ProgressBar | undefined;
      let shown = 0;
      const outcome = await runTraining(bars, plan, {
        sequence: dependencies.sequenceTrainer,
        onProgress: ({ done, total }) => {
          progress ??= new ProgressBar(total, 'train');
          progress.tick(done - shown);
          shown = done;
        },
      });
      progress?.finish();
      const paths = await writeModelFiles(plan.out, outcome.files);
      if (options.json) {
        const models = outcome.files.map((file, i) => ({ kind: file.kind, version: file.version, path: paths[i], trainedRange: file.trainedRange, metrics: file.metrics, folds: file.folds }));
        await writeChunks(process.stdout, [JSON.stringify({ symbols: outcome.symbols, rows: outcome.rows, timeframe: outcome.timeframe, horizon: plan.horizon, models }), '\n']);
      } else {
        process.stdout.write(`${formatTrainingReport(outcome, paths)}\n`);
      }
    });
  return addBarFileOptions(command);
}
