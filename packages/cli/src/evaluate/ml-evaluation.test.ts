import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBarsCsv, type ModelFile } from '@goldensignals/engine';
import { multiSymbolFile } from '../commands/bar-files.test-support.js';
import { scanTasksOf } from '../scan/scan-tasks-of.js';
import { loadTrainingBars } from '../train/load-training-bars.js';
import { runTraining } from '../train/run-training.js';
import { trainPlanOf } from '../train/train-plan.js';
import { evaluatePlanOf } from './evaluate-plan-of.js';
import { evaluateSymbol } from './evaluate-symbol.js';
import { ML_CONSENSUS_LABEL, mlCoverageWarning } from './ml-evaluation.js';

const file = multiSymbolFile(['AAA', 'BBB', 'CCC', 'DDD'], 500);
const split = '2021-01-01';

let trained: Promise<readonly ModelFile[]> | undefined;

/** The models trained (once) on the bars before the split. */
function trainedBefore(until: string): Promise<readonly ModelFile[]> {
  trained ??= (async () => {
    const bars = await loadTrainingBars(file, {}, undefined);
    const plan = trainPlanOf({ data: file, models: 'lr,gbt,ensemble', folds: 2, until }, false);
    return (await runTraining(bars, plan)).files;
  })();
  return trained;
}

describe('evaluate with trained models', () => {
  it('adds each served ML agent alone and the consensus with them, and they trade in the test period', async () => {
    const models = await trainedBefore(split);
    const plan = evaluatePlanOf({ splitDate: split, agents: 'rsi' }, models);
    expect(plan.strategies.map((s) => s.label)).toEqual([
      'consensus',
      'equal-weight',
      ML_CONSENSUS_LABEL,
      'agent:rsi',
      'buy-and-hold',
    ]);
    const all = evaluatePlanOf({ splitDate: split }, models);
    const labels = all.strategies.map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['agent:ml-logistic-regression', 'agent:ml-gradient-boosted-trees', 'agent:ml-ensemble']));
    expect(labels).not.toContain('agent:ml-lstm');
    const mlOnly = evaluatePlanOf({ splitDate: split, agents: 'ml-logistic-regression,ml-ensemble' }, models);
    const [task] = scanTasksOf(parseBarsCsv(readFileSync(file, 'utf8'), {}));
    const outcome = evaluateSymbol(task, mlOnly);
    if ('error' in outcome) throw new Error(outcome.error);
    const byLabel = new Map(mlOnly.strategies.map((s, i) => [s.label, outcome.tests[i]]));
    expect(byLabel.get('agent:ml-logistic-regression')?.trades).toBeGreaterThan(0);
    expect(byLabel.get('agent:ml-ensemble')?.trades).toBeGreaterThan(0);
    expect(byLabel.get(ML_CONSENSUS_LABEL)?.trades).toBeGreaterThanOrEqual(0);
  });

  it('refuses an ML agent no model file serves', async () => {
    const models = await trainedBefore(split);
    expect(() => evaluatePlanOf({ agents: 'ml-lstm' }, models)).toThrow('unknown agent "ml-lstm" in --agents');
    expect(() => evaluatePlanOf({ agents: 'ml-ensemble' })).toThrow('unknown agent "ml-ensemble" in --agents');
  });

  it('warns when a model was trained on bars after the test start', async () => {
    const models = await trainedBefore(split);
    expect(mlCoverageWarning(models, Date.parse(`${split}T00:00:00Z`))).toBeUndefined();
    expect(mlCoverageWarning(models, Date.UTC(2020, 5, 1))).toMatch(/^goldensignals: models trained on bars after the test start 2020-06-01: logistic-regression \(to 2020-12-31\)/);
  });
});
