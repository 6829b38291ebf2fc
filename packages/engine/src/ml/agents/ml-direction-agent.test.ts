import { describe, expect, it } from 'vitest';
import type { AgentOutput } from '../../agents/agent.js';
import { expectVote, runAgent } from '../../agents/technical/technical-agent.test-support.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { InMemoryModelStore, loadModelFile, EMPTY_MODEL_STORE } from '../artifacts/model-store.js';
import { constantModel, modelFileOf } from '../artifacts/stored-model.test-support.js';
import { DIRECTION_FEATURE_COUNT } from '../features/direction-feature-names.js';
import { featureMatrixOf } from '../features/feature-matrix.js';
import type { DirectionModel } from '../models/direction-model.js';
import { fitGradientBoostedTrees } from '../models/fit-gradient-boosted-trees.js';
import { logit, sigmoid } from '../models/logistic-function.js';
import { syntheticRows } from '../models/models.test-support.js';
import { createMlAgents } from './create-ml-agents.js';

const bars = randomWalkBars({ length: 120, seed: 3, startTime: Date.UTC(2020, 0, 1) });
const agentOf = (store: InMemoryModelStore | typeof EMPTY_MODEL_STORE, id: string) => {
  const agent = createMlAgents(store).find((definition) => definition.id === id);
  if (!agent) throw new Error(`no agent ${id}`);
  return agent;
};
const storeOf = (model: DirectionModel, labelEnd?: number): InMemoryModelStore => new InMemoryModelStore([loadModelFile(modelFileOf(model, { labelEnd }))]);
const last = (outputs: AgentOutput[]): AgentOutput => outputs[outputs.length - 1];

describe('ML direction agents', () => {
  it('registers one agent per model kind plus the ensemble, all in the ml category', () => {
    const agents = createMlAgents(EMPTY_MODEL_STORE);
    expect(agents.map((a) => a.id)).toEqual(['ml-logistic-regression', 'ml-gradient-boosted-trees', 'ml-lstm', 'ml-ensemble']);
    expect(agents.every((a) => a.category === 'ml')).toBe(true);
  });

  it('abstains, saying how to get a model, when none is trained for the symbol and timeframe', () => {
    const output = last(runAgent(agentOf(EMPTY_MODEL_STORE, 'ml-gradient-boosted-trees'), bars));
    expect(output).toEqual({ kind: 'abstain', reason: 'no trained gradient-boosted-trees model for TEST 1d: run goldensignals train' });
    const hourly = last(runAgent(agentOf(storeOf(constantModel(0)), 'ml-logistic-regression'), bars, {}, '1h'));
    expect(hourly.kind).toBe('abstain');
  });

  it('votes BUY at P(up) >= 0.5 + margin, SELL at <= 0.5 - margin and HOLD between, naming model, version, P(up) and oos hit rate', () => {
    const buyModel = constantModel(logit(0.6));
    const buy = expectVote(last(runAgent(agentOf(storeOf(buyModel), 'ml-logistic-regression'), bars)), 'BUY');
    expect(buy.confidence).toBeCloseTo(0.6, 12);
    const version = modelFileOf(buyModel).version;
    expect(buy.reasoning).toBe(
      `Logistic regression model ${version} gives P(up over 5 bars) = 0.600 (walk-forward out-of-sample hit rate 75.0% vs 75.0% majority baseline over 4 predictions): BUY.`,
    );
    expect(buy.indicators.probabilityUp).toBeCloseTo(0.6, 12);
    const sell = expectVote(last(runAgent(agentOf(storeOf(constantModel(logit(0.4))), 'ml-logistic-regression'), bars)), 'SELL');
    expect(sell.confidence).toBeCloseTo(0.6, 12);
    expectVote(last(runAgent(agentOf(storeOf(constantModel(logit(0.51))), 'ml-logistic-regression'), bars)), 'HOLD');
    expectVote(last(runAgent(agentOf(storeOf(constantModel(logit(0.51))), 'ml-logistic-regression'), bars, { margin: 0.005 })), 'BUY');
  });

  it('abstains while its features warm up (the 50-bar SMA) and votes from the 50th bar on', () => {
    const outputs = runAgent(agentOf(storeOf(constantModel(1)), 'ml-logistic-regression'), bars);
    expect(outputs[48]).toMatchObject({ kind: 'abstain' });
    expect(outputs[48].kind === 'abstain' && outputs[48].reason).toContain('warming up');
    expect(outputs[49].kind).toBe('vote');
  });

  it('abstains on bars inside the model\'s training range unless told otherwise', () => {
    const store = storeOf(constantModel(1), Date.UTC(2020, 2, 1));
    const outputs = runAgent(agentOf(store, 'ml-logistic-regression'), bars);
    const inside = outputs[55];
    expect(inside.kind === 'abstain' && inside.reason).toMatch(/trained on bars up to 2020-03-01, after this bar \(2020-02-25\): a vote here would be in-sample/);
    expect(outputs[60].kind).toBe('vote');
    expect(runAgent(agentOf(store, 'ml-logistic-regression'), bars, { abstainInsideTraining: false })[55].kind).toBe('vote');
  });

  it("predicts from exactly the feature vectors training computes for the same bars", () => {
    const trees = fitGradientBoostedTrees(syntheticRows(1500, DIRECTION_FEATURE_COUNT, (x) => sigmoid(x[0] - x[4]), 2), { trees: 20 });
    const outputs = runAgent(agentOf(storeOf(trees), 'ml-gradient-boosted-trees'), bars);
    const matrix = featureMatrixOf(bars);
    for (let t = 49; t < bars.length; t++) {
      const output = outputs[t];
      if (output.kind !== 'vote') throw new Error(`bar ${t}: ${output.reason}`);
      const row = matrix.values.subarray(t * DIRECTION_FEATURE_COUNT, (t + 1) * DIRECTION_FEATURE_COUNT);
      expect(output.indicators.probabilityUp).toBe(trees.probabilityUp(row));
    }
  });

  it('hands a sequence model the earlier feature vectors oldest first, and abstains until it has enough', () => {
    // Needs 5 vectors: P(up) from the sum of their one-bar returns.
    const sequence: DirectionModel = {
      kind: 'lstm',
      probabilityUp: (features, history) => (history === undefined || history.length < 4 ? NaN : sigmoid(100 * [...history.slice(-4), features].reduce((sum, v) => sum + v[0], 0))),
      toArtifact: () => ({ kind: 'lstm' }),
    };
    const header = loadModelFile(modelFileOf(constantModel(0))).header;
    const store = new InMemoryModelStore([{ header: { ...header, kind: 'lstm' }, model: sequence }]);
    const outputs = runAgent(agentOf(store, 'ml-lstm'), bars, { sequenceLength: 5 });
    expect(outputs[52].kind === 'abstain' && outputs[52].reason).toContain('cannot predict from 4 feature vector(s) yet');
    const t = 90;
    const output = outputs[t];
    if (output.kind !== 'vote') throw new Error('expected a vote');
    const returns = [0, 1, 2, 3, 4].reduce((sum, ago) => sum + Math.log(bars.close[t - ago] / bars.close[t - ago - 1]), 0);
    expect(output.indicators.probabilityUp).toBeCloseTo(sigmoid(100 * returns), 12);
  });

  it('gives the same output at bar t whether or not later bars exist (no look-ahead)', () => {
    const trees = fitGradientBoostedTrees(syntheticRows(800, DIRECTION_FEATURE_COUNT, (x) => sigmoid(x[1]), 5), { trees: 5 });
    const agent = agentOf(storeOf(trees), 'ml-gradient-boosted-trees');
    const full = runAgent(agent, bars).map((o) => JSON.stringify(o));
    const cut = runAgent(agent, bars.slice(0, 80)).map((o) => JSON.stringify(o));
    expect(cut).toEqual(full.slice(0, 80));
  });
});
