import { describe, expect, it } from 'vitest';
import { exponentialMovingAverage } from '../../indicators/moving-averages/exponential-moving-average.js';
import { exponentialMovingAverageRibbonAgent as agent } from './exponential-moving-average-ribbon-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, line, runAgent } from './technical-agent.test-support.js';

function spreadPercent(closes: number[], at: number): number {
  const fastest = exponentialMovingAverage(closes, 8)[at];
  const slowest = exponentialMovingAverage(closes, 55)[at];
  return ((fastest - slowest) / slowest) * 100;
}

describe('ema-ribbon agent', () => {
  it('answers BUY when the ribbon is stacked bullishly under the close, scaled by its spread', () => {
    const closes = line(100, 0.2, 120);
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    const spread = spreadPercent(closes, 119);
    // A 0.2/bar rise lags EMA(8) by 0.7 and EMA(55) by 5.4 points: 4.7 / 118.4 = a 3.97% spread.
    expect(spread).toBeCloseTo(3.97, 2);
    expect(buy.confidence).toBeCloseTo(0.4 + 0.3 * (spread / 5), 12);
    expect(buy.indicators.orderedPairs).toBe(4);
    expect(buy.reasoning).toContain(`spread ${spread.toFixed(2)}%`);
    expect(buy.reasoning).toContain('close 123.80');
  });

  it('adds conviction on the bar the stack forms', () => {
    const closes = [...line(130, -0.2, 100), ...line(110.2, 0.5, 60)];
    const outputs = runAgent(agent, barsFromCloses(closes));
    const first = outputs.findIndex((o) => o.kind === 'vote' && o.action === 'BUY');
    const buy = expectVote(outputs[first], 'BUY');
    expect(buy.reasoning).toContain('newly stacked bullishly');
    expect(buy.confidence).toBeCloseTo(0.55 + 0.3 * (Math.abs(spreadPercent(closes, first)) / 5), 12);
    // The next bar has the same stack, so it is no longer fresh.
    expect(expectVote(outputs[first + 1], 'BUY').reasoning).not.toContain('newly');
  });

  it('answers SELL when the ribbon is stacked bearishly above the close', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses(line(150, -0.2, 120))), 'SELL');
    expect(sell.indicators.orderedPairs).toBe(0);
    expect(sell.reasoning).toMatch(/stacked bearishly \(EMA\(8\) \d+\.\d\d vs EMA\(55\) \d+\.\d\d/);
  });

  it('answers HOLD with low confidence when a pullback tangles the ribbon', () => {
    // An uptrend, then a sharp drop: the short EMAs turn down through the longer ones, which still rise.
    const closes = [...line(100, 0.2, 100), ...line(119, -1, 6)];
    const hold = expectVote(lastOutput(agent, barsFromCloses(closes)), 'HOLD');
    expect(hold.confidence).toBe(0.2);
    expect(hold.indicators.orderedPairs).toBeGreaterThan(0);
    expect(hold.indicators.orderedPairs).toBeLessThan(4);
    expect(hold.reasoning).toMatch(/\d of 4 pairs in bullish order/);
  });

  it('abstains until the longest EMA has two values', () => {
    const outputs = runAgent(agent, barsFromCloses(line(100, 0.2, 56)));
    expect(outputs[54]).toEqual({ kind: 'abstain', reason: 'EMA ribbon 8/13/21/34/55 needs 56 bars of history and is still warming up' });
    expect(outputs[55].kind).toBe('vote');
  });

  it('rejects periods that are not strictly increasing or too few, and unknown keys', () => {
    expectConfigRejected(agent, { periods: [8, 8, 21] }, 'periods');
    expectConfigRejected(agent, { periods: [8, 21] }, 'periods');
    expectConfigRejected(agent, { period: [8, 13, 21] }, 'period');
    expect(agent.configSchema.parse({ periods: [5, 10, 20] }).periods).toEqual([5, 10, 20]);
  });
});
