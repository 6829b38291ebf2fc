import { describe, expect, it } from 'vitest';
import { simpleMovingAverage } from '../../indicators/moving-averages/simple-moving-average.js';
import { simpleMovingAverageCrossAgent as agent } from './simple-moving-average-cross-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, line, runAgent } from './technical-agent.test-support.js';

/** Index of the first bar where the fast SMA crosses the slow one in `direction` (+1 up, -1 down). */
function firstCross(closes: number[], direction: number): number {
  const fast = simpleMovingAverage(closes, 50);
  const slow = simpleMovingAverage(closes, 200);
  for (let i = 200; i < closes.length; i++) {
    if (direction > 0 && fast[i - 1] <= slow[i - 1] && fast[i] > slow[i]) return i;
    if (direction < 0 && fast[i - 1] >= slow[i - 1] && fast[i] < slow[i]) return i;
  }
  return -1;
}

describe('sma-cross agent', () => {
  it('answers BUY with a golden cross on the bar the 50-bar SMA crosses above the 200-bar SMA', () => {
    // A long decline then a sharp recovery: the fast average overtakes the slow one on the way up.
    const closes = [...line(200, -0.4, 250), ...line(100.4, 1.5, 80)];
    const cross = firstCross(closes, 1);
    expect(cross).toBeGreaterThan(250);
    const outputs = runAgent(agent, barsFromCloses(closes));
    const buy = expectVote(outputs[cross], 'BUY');
    expect(buy.reasoning).toMatch(/^Golden cross: SMA\(50\) crossed above SMA\(200\)/);
    expect(buy.confidence).toBe(0.8);
    expect(buy.indicators['SMA(50)']).toBe(simpleMovingAverage(closes, 50)[cross]);
    expect(buy.indicators['SMA(200)']).toBe(simpleMovingAverage(closes, 200)[cross]);
    expect(buy.reasoning).toContain(buy.indicators['SMA(50)'].toFixed(2));
    // The bar before the cross is no golden cross yet.
    const before = outputs[cross - 1];
    expect(before.kind === 'vote' && before.reasoning.startsWith('Golden')).toBe(false);
  });

  it('answers SELL with a death cross on the bar the 50-bar SMA crosses below the 200-bar SMA', () => {
    const closes = [...line(100, 0.4, 250), ...line(199.6, -1.5, 80)];
    const cross = firstCross(closes, -1);
    expect(cross).toBeGreaterThan(250);
    const sell = expectVote(runAgent(agent, barsFromCloses(closes))[cross], 'SELL');
    expect(sell.reasoning).toMatch(/^Death cross/);
    expect(sell.confidence).toBe(0.8);
  });

  it('votes with a bullish regime, scaled by the spread between the averages', () => {
    const closes = line(100, 0.1, 260);
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    const fast = simpleMovingAverage(closes, 50)[259];
    const slow = simpleMovingAverage(closes, 200)[259];
    const spread = ((fast - slow) / slow) * 100;
    // Linear rise of 0.1/bar: SMA(50) = 123.45 and SMA(200) = 115.95, a 6.47% spread.
    expect(spread).toBeCloseTo(6.468, 3);
    expect(buy.confidence).toBeCloseTo(0.3 + 0.3 * (spread / 10), 12);
    expect(buy.reasoning).toContain('+6.47%');
  });

  it('answers HOLD with low confidence when the close contradicts the regime', () => {
    // Uptrend, then one bar closing well below the 50-bar average.
    const closes = [...line(100, 0.1, 259), 110];
    const hold = expectVote(lastOutput(agent, barsFromCloses(closes)), 'HOLD');
    expect(hold.confidence).toBe(0.2);
    expect(hold.reasoning).toContain('close 110.00');
  });

  it('abstains while the 200-bar average warms up, saying how many bars it needs', () => {
    const output = lastOutput(agent, barsFromCloses(line(100, 0.1, 200)));
    expect(output).toEqual({ kind: 'abstain', reason: 'SMA(200) needs 201 bars of history and is still warming up' });
  });

  it('rejects unknown keys and inconsistent periods, naming the field', () => {
    expect(agent.configSchema.parse({})).toEqual({ fastPeriod: 50, slowPeriod: 200, fullSpreadPercent: 10 });
    expectConfigRejected(agent, { fastPeriod: 200, slowPeriod: 50 }, 'fastPeriod');
    expectConfigRejected(agent, { fastPeriod: 1 }, 'fastPeriod');
    expectConfigRejected(agent, { slowPerod: 100 }, 'slowPerod');
  });
});
