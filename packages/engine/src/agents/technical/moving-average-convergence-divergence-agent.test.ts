import { describe, expect, it } from 'vitest';
import { movingAverageConvergenceDivergence } from '../../indicators/moving-averages/moving-average-convergence-divergence.js';
import { movingAverageConvergenceDivergenceAgent as agent } from './moving-average-convergence-divergence-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, line, runAgent } from './technical-agent.test-support.js';

/** First index at or after `from` where the histogram changes sign in `direction`. */
function firstCross(histogram: Float64Array, direction: number, from: number): number {
  for (let i = from; i < histogram.length; i++) {
    if (direction > 0 && histogram[i - 1] <= 0 && histogram[i] > 0) return i;
    if (direction < 0 && histogram[i - 1] >= 0 && histogram[i] < 0) return i;
  }
  return -1;
}

describe('macd agent', () => {
  it('answers BUY on the bar MACD crosses above its signal line, weighted up below zero', () => {
    // An accelerating (quadratic) decline keeps the histogram negative; then a rise of 1 a bar.
    const decline = Array.from({ length: 60 }, (_, i) => 150 - 0.01 * i * i);
    const closes = [...decline, ...line(decline[59] + 1, 1, 20)];
    const { macd, histogram } = movingAverageConvergenceDivergence(closes);
    const cross = firstCross(histogram, 1, 40);
    expect(cross).toBeGreaterThanOrEqual(60);
    expect(macd[cross]).toBeLessThan(0);
    expect(histogram[cross - 1]).toBeLessThan(0);
    const buy = expectVote(runAgent(agent, barsFromCloses(closes))[cross], 'BUY');
    expect(buy.indicators.histogram).toBe(histogram[cross]);
    const histogramPercent = (100 * histogram[cross]) / closes[cross];
    expect(buy.confidence).toBeCloseTo(0.65 + 0.2 * Math.min(1, histogramPercent / 0.5), 12);
    expect(buy.reasoning).toMatch(/^Bullish signal-line cross below zero: MACD\(12,26,9\) line -\d+\.\d{3} vs signal -\d+\.\d{3}, histogram 0\.\d{3} \(was -0\.\d{3}\): BUY\.$/);
  });

  it('answers SELL on the bar MACD crosses below its signal line', () => {
    const closes = [...line(50, 1, 60), ...line(109, -1, 20)];
    const { histogram } = movingAverageConvergenceDivergence(closes);
    const cross = firstCross(histogram, -1, 40);
    const sell = expectVote(runAgent(agent, barsFromCloses(closes))[cross], 'SELL');
    expect(sell.reasoning).toMatch(/^Bearish signal-line cross above zero/);
    expect(sell.confidence).toBeGreaterThanOrEqual(0.65);
  });

  it('answers a weaker BUY while an accelerating rise keeps widening the histogram', () => {
    // Compounding 1% a bar: MACD grows with the price, so the histogram widens every bar.
    const closes = Array.from({ length: 80 }, (_, i) => 100 * 1.01 ** i);
    const { histogram } = movingAverageConvergenceDivergence(closes);
    expect(histogram[79]).toBeGreaterThan(histogram[78]);
    expect(histogram[78]).toBeGreaterThan(histogram[77]);
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    expect(buy.reasoning).toMatch(/^Histogram widening for 3 bars above zero/);
    expect(buy.confidence).toBeCloseTo(0.3 + 0.2 * Math.min(1, (100 * histogram[79]) / closes[79] / 0.5), 12);
  });

  it('answers HOLD when the histogram shrinks toward zero after a trend speeds up', () => {
    // The slope steps from 0.2 to 1 a bar: MACD climbs to its new level, then the histogram fades.
    const closes = [...line(100, 0.2, 40), ...line(108.8, 1, 30)];
    const { histogram } = movingAverageConvergenceDivergence(closes);
    expect(histogram[69]).toBeGreaterThan(0);
    expect(histogram[69]).toBeLessThan(histogram[68]);
    const hold = expectVote(lastOutput(agent, barsFromCloses(closes)), 'HOLD');
    expect(hold.confidence).toBe(0.2);
    expect(hold.reasoning).toMatch(/^No cross and no building momentum: MACD\(12,26,9\) line \d\.\d{3}/);
  });

  it('abstains until three histogram values exist (lookback 33 + 3 bars)', () => {
    const outputs = runAgent(agent, barsFromCloses(line(100, 0.5, 36)));
    expect(outputs[34]).toEqual({ kind: 'abstain', reason: 'MACD(12,26,9) needs 36 bars of history and is still warming up' });
    expect(outputs[35].kind).toBe('vote');
  });

  it('rejects a fast period not below the slow one, and unknown keys', () => {
    expectConfigRejected(agent, { fastPeriod: 26, slowPeriod: 12 }, 'fastPeriod');
    expectConfigRejected(agent, { signalPeriod: 0 }, 'signalPeriod');
    expectConfigRejected(agent, { fast: 12 }, 'fast');
  });
});
