import { describe, expect, it } from 'vitest';
import type { AgentInstance } from '../../agents/agent.js';
import { SymbolAnalysis } from '../../agents/symbol-analysis.js';
import type { BarColumns } from '../../series/bar-series.js';
import { randomWalkBars } from '../../series/random-walk-bars.js';
import { ContextFeatureSource, directionFeatureRequests } from './context-feature-source.js';
import { DIRECTION_FEATURE_COUNT, DIRECTION_FEATURE_NAMES } from './direction-feature-names.js';
import { directionLabelsOf } from './direction-labels.js';
import { featureMatrixOf } from './feature-matrix.js';
import { featureVectorAt } from './feature-vector-at.js';

const series = randomWalkBars({ length: 400, seed: 7 });

function firstBars(columns: BarColumns, count: number): BarColumns {
  // Fresh copies: a view would share the full series' buffers, which must not be able to leak into the cut.
  return {
    time: columns.time.slice(0, count),
    open: columns.open.slice(0, count),
    high: columns.high.slice(0, count),
    low: columns.low.slice(0, count),
    close: columns.close.slice(0, count),
    volume: columns.volume.slice(0, count),
  };
}

function row(values: Float64Array, bar: number): number[] {
  return Array.from(values.subarray(bar * DIRECTION_FEATURE_COUNT, (bar + 1) * DIRECTION_FEATURE_COUNT));
}

describe('featureMatrixOf', () => {
  it('gives one named column per feature and no vector before the 50-bar SMA has warmed up', () => {
    const matrix = featureMatrixOf(series);
    expect(matrix.columns).toBe(DIRECTION_FEATURE_NAMES.length);
    expect(matrix.valid[48]).toBe(0);
    expect(matrix.valid[49]).toBe(1);
    expect(matrix.valid.slice(49).every((flag) => flag === 1)).toBe(true);
  });

  it('computes the features at bar t identically whether or not the bars after t exist (no look-ahead)', () => {
    const full = featureMatrixOf(series);
    for (const cut of [60, 137, 250, 399]) {
      const truncated = featureMatrixOf(firstBars(series, cut + 1));
      for (let t = 0; t <= cut; t++) expect(row(truncated.values, t)).toEqual(row(full.values, t));
    }
  });

  it('leaves the features at bar t unchanged when every later bar changes, while the label at t does change', () => {
    const cut = 200;
    const altered = { ...series, close: Float64Array.from(series.close, (close, i) => (i > cut ? close * (i % 2 === 0 ? 0.5 : 2) : close)) };
    const original = featureMatrixOf(series);
    const changed = featureMatrixOf(altered);
    for (let t = 0; t <= cut; t++) expect(row(changed.values, t)).toEqual(row(original.values, t));
    expect(row(changed.values, cut + 1)).not.toEqual(row(original.values, cut + 1));
    const labelsBefore = directionLabelsOf(series.close, 5);
    const labelsAfter = directionLabelsOf(altered.close, 5);
    expect([...labelsAfter.subarray(cut - 4, cut + 1)]).not.toEqual([...labelsBefore.subarray(cut - 4, cut + 1)]);
  });

  it('reads one-bar returns and the calendar as documented', () => {
    const matrix = featureMatrixOf(series);
    const t = 120;
    const values = row(matrix.values, t);
    expect(values[0]).toBeCloseTo(Math.log(series.close[t] / series.close[t - 1]), 12);
    expect(values[3]).toBeCloseTo(Math.log(series.close[t] / series.close[t - 20]), 12);
    const day = new Date(series.time[t]).getUTCDay();
    expect(values[12]).toBeCloseTo(Math.sin((2 * Math.PI * day) / 7), 12);
  });
});

describe('ContextFeatureSource', () => {
  it('gives the agent, bar by bar through the shared feature store, exactly the vectors training used', () => {
    const requests = directionFeatureRequests(3);
    const agent: AgentInstance = { features: requests.all, historyNeeded: requests.historyNeeded, analyze: () => ({ kind: 'abstain', reason: 'probe' }) };
    const analysis = new SymbolAnalysis({ symbol: 'TEST', timeframe: '1d', agents: [agent] });
    const matrix = featureMatrixOf(series);
    for (let t = 0; t < series.length; t++) {
      analysis.push(series.bar(t));
      const source = new ContextFeatureSource(analysis.context(), requests);
      for (let ago = 0; ago < 3 && ago <= t; ago++) {
        const vector = featureVectorAt(source, ago);
        if (matrix.valid[t - ago] === 0) expect(vector).toBeNull();
        else expect(vector === null ? null : Array.from(vector)).toEqual(row(matrix.values, t - ago));
      }
    }
  });
});

describe('directionLabelsOf', () => {
  it('labels up, down, flat and unknown forward returns', () => {
    expect([...directionLabelsOf([10, 11, 9, 9, 12], 1)]).toEqual([1, 0, -1, 1, -1]);
    expect([...directionLabelsOf([10, 11, 9, 12], 2)]).toEqual([0, 1, -1, -1]);
    expect(() => directionLabelsOf([1, 2], 0)).toThrow('horizon must be an integer >= 1');
  });
});
