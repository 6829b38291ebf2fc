import type { ModelFile } from '@goldensignals/engine';
import type { EvaluateCommandOptions } from './evaluate-command-options.js';
import { EVALUATE_BACKTEST_OPTIONS, type EvaluatePlan, type TrainSplit } from './evaluate-plan.js';
import { evaluatedStrategies } from './evaluated-strategies.js';
import { mlAgentIdsOf, modelStoreOf } from './ml-evaluation.js';

/** Default share of each symbol's bars used to learn the accuracy weights. */
export const DEFAULT_TRAIN_FRACTION = 0.6;

const list = (text: string | undefined): string[] | undefined =>
  text === undefined ? undefined : text.split(',').map((item) => item.trim()).filter((item) => item !== '');

function splitOf(options: EvaluateCommandOptions): TrainSplit {
  if (options.trainFraction !== undefined && options.splitDate !== undefined) throw new RangeError('give either --train-fraction or --split-date, not both');
  if (options.splitDate !== undefined) {
    const time = /^\d{4}-\d{2}-\d{2}$/.test(options.splitDate) ? Date.parse(`${options.splitDate}T00:00:00Z`) : NaN;
    if (Number.isNaN(time)) throw new RangeError(`--split-date must be a date as YYYY-MM-DD, got "${options.splitDate}"`);
    return { kind: 'date', time };
  }
  const fraction = options.trainFraction ?? DEFAULT_TRAIN_FRACTION;
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`--train-fraction must be in (0, 1), got ${fraction}`);
  return { kind: 'fraction', fraction };
}

/**
 * Checks the options (and the trained `models`, loaded once here so a bad file fails before any
 * evaluation) and returns the plan; throws a RangeError naming the problem.
 */
export function evaluatePlanOf(options: EvaluateCommandOptions, models: readonly ModelFile[] = []): EvaluatePlan {
  if (models.length > 0) modelStoreOf(models);
  const strategies = evaluatedStrategies(list(options.agents), mlAgentIdsOf(models));
  return { split: splitOf(options), strategies, options: EVALUATE_BACKTEST_OPTIONS, ...(models.length > 0 && { models }) };
}

/** The symbols `--symbols` asks for, or undefined for all. */
export function symbolFilterOf(options: EvaluateCommandOptions): string[] | undefined {
  return list(options.symbols);
}
