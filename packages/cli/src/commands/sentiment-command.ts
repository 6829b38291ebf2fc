import { performance } from 'node:perf_hooks';
import { basename } from 'node:path';
import {
  DEFAULT_SENTIMENT_FEATURE_CONFIG,
  evaluateSentimentScorer,
  FinanceWordListScorer,
  HASH_BITS_RANGE,
  SENTIMENT_LABELS,
  TrainedSentimentScorer,
  trainSentimentModel,
  type LabelledSentence,
  type SentimentEvaluation,
  type SentimentScorer,
} from '@goldensignals/engine';
import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageErrorCommand } from '../backtest/usage-error-command.js';
import { formatSentimentEvaluation, sentencesPerSecond } from '../sentiment/format-sentiment-evaluation.js';
import { readLabelledSentencesFile } from '../sentiment/read-labelled-sentences-file.js';
import { loadSentimentModel, saveSentimentModel } from '../sentiment/sentiment-model-file.js';

interface TrainOptions {
  readonly out: string;
  readonly validation: number;
  readonly seed: number;
  readonly l2?: number;
  readonly hashBits?: number;
  readonly json?: boolean;
}

interface EvalOptions {
  readonly model?: string;
  readonly json?: boolean;
}

const clockMs = () => performance.now();

function parseValidation(value: string): number {
  const share = Number(value);
  if (value.trim() === '' || !(share >= 0 && share < 1)) throw new InvalidArgumentError(`expected a share from 0 (no validation) to below 1, got "${value}"`);
  return share;
}

function parseSeed(value: string): number {
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) throw new InvalidArgumentError(`expected an integer, got "${value}"`);
  return Number(value);
}

function parsePenalty(value: string): number {
  const penalty = Number(value);
  if (value.trim() === '' || !(penalty > 0 && Number.isFinite(penalty))) throw new InvalidArgumentError(`expected a positive number, got "${value}"`);
  return penalty;
}

function parseHashBits(value: string): number {
  const bits = Number(value);
  if (!/^\d+$/.test(value.trim()) || bits < HASH_BITS_RANGE.min || bits > HASH_BITS_RANGE.max) {
    throw new InvalidArgumentError(`expected an integer from ${HASH_BITS_RANGE.min} to ${HASH_BITS_RANGE.max}, got "${value}"`);
  }
  return bits;
}

function labelCounts(sentences: readonly LabelledSentence[]): string {
  return SENTIMENT_LABELS.map((label) => `${label} ${sentences.filter((sentence) => sentence.label === label).length}`).join(', ');
}

/** Evaluation figures for `--json`: the metrics plus throughput. */
function evaluationJson(evaluation: SentimentEvaluation) {
  return { ...evaluation, labels: SENTIMENT_LABELS, sentencesPerSecond: sentencesPerSecond(evaluation) };
}

function trainCommand(): Command {
  return new UsageErrorCommand('train')
    .description('train the sentiment classifier (softmax regression over word, phrase and negation features) on labelled sentences and save it')
    .argument('<labelled.csv>', 'CSV/TSV with a "sentence" (or "text") column and a "label" column: positive, negative or neutral')
    .addOption(new Option('--out <model-file>', 'where to write the model (JSON)').makeOptionMandatory())
    .addOption(new Option('--validation <share>', 'share of the sentences held out to validate the model, 0 for none').argParser(parseValidation).default(0.2))
    .addOption(new Option('--seed <n>', 'seed of the held-out split').argParser(parseSeed).default(1))
    .addOption(new Option('--l2 <penalty>', 'L2 penalty (default: the best of 0.01, 0.003, 0.001 on an inner split of the training part)').argParser(parsePenalty))
    .addOption(
      new Option('--hash-bits <bits>', `features are hashed into 2^bits buckets (default ${DEFAULT_SENTIMENT_FEATURE_CONFIG.hashBits}; more for training sets much larger than 5,000 sentences)`).argParser(parseHashBits),
    )
    .option('--json', 'print the training metadata and the validation figures as JSON')
    .action(async (file: string, options: TrainOptions) => {
      const started = Date.now();
      const sentences = await readLabelledSentencesFile(file);
      process.stderr.write(`read ${sentences.length} labelled sentences from ${file} (${labelCounts(sentences)})\n`);
      const { model, validation } = trainSentimentModel(sentences, {
        validationFraction: options.validation,
        seed: options.seed,
        ...(options.l2 !== undefined && { l2: options.l2 }),
        ...(options.hashBits !== undefined && { features: { hashBits: options.hashBits } }),
        source: basename(file),
        clockMs,
        onProgress: (message) => process.stderr.write(`${message}\n`),
      });
      await saveSentimentModel(options.out, model);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ model: options.out, training: model.training, features: model.featureIndices.length, validation: validation && evaluationJson(validation) })}\n`);
        return;
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`saved ${options.out}: ${model.featureIndices.length} weighted features, trained on ${model.training.rows} sentences in ${seconds} s (L2 ${model.training.l2})\n`);
      if (validation === null) process.stdout.write('no validation: every sentence was used for training (--validation 0 or too few sentences)\n');
      else process.stdout.write(`\nvalidation on ${validation.count} held-out sentences:\n${formatSentimentEvaluation(validation)}\n`);
    });
}

function evalCommand(): Command {
  return new UsageErrorCommand('eval')
    .description('measure a sentiment scorer on labelled sentences: accuracy, macro-F1, confusion matrix and latency')
    .argument('<labelled.csv>', 'CSV/TSV with a "sentence" (or "text") column and a "label" column: positive, negative or neutral')
    .option('--model <model-file>', 'a model from "sentiment train" (default: the built-in finance word list)')
    .option('--json', 'print the figures as JSON')
    .action(async (file: string, options: EvalOptions) => {
      const sentences = await readLabelledSentencesFile(file);
      const scorer: SentimentScorer = options.model === undefined ? new FinanceWordListScorer() : new TrainedSentimentScorer(await loadSentimentModel(options.model));
      const evaluation = evaluateSentimentScorer(scorer, sentences, clockMs);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ file, model: options.model ?? null, ...evaluationJson(evaluation) })}\n`);
        return;
      }
      const name = options.model === undefined ? 'finance word list' : `trained model ${options.model}`;
      process.stdout.write(`${name} on ${file}\n${formatSentimentEvaluation(evaluation)}\n`);
    });
}

/**
 * `goldensignals sentiment train|eval`: train the project's own financial sentiment classifier on
 * labelled sentences, and measure it (or the word list) on labelled data.
 */
export function sentimentCommand(): Command {
  return new Command('sentiment')
    .description('train and evaluate sentiment classifiers on labelled sentences')
    .addCommand(trainCommand())
    .addCommand(evalCommand());
}
