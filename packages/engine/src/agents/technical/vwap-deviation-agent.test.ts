import { describe, expect, it } from 'vitest';
import { rollingZScore } from '../../indicators/volatility/rolling-z-score.js';
import { volumeWeightedAveragePrice } from '../../indicators/volume/volume-weighted-average-price.js';
import type { Bar } from '../../series/bar.js';
import { vwapDeviationAgent as agent } from './vwap-deviation-agent.js';
import { appendCandles, barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, runAgent, zigzag } from './technical-agent.test-support.js';

/** Reference z-score of close/VWAP - 1 at the last bar, from the batch functions. */
function referenceZ(bars: Bar[]): { vwap: number; z: number } {
  const c = columnsOf(bars);
  const vwap = volumeWeightedAveragePrice(c.time, c.high, c.low, c.close, c.volume);
  const deviation = c.close.map((close, i) => close / vwap[i] - 1);
  const last = bars.length - 1;
  return { vwap: vwap[last], z: rollingZScore(deviation, 20)[last] };
}

// Daily bars: each is its own session, so VWAP is the typical price and +-0.5 swings sit 0.33% off it.
const quiet = barsFromCloses(zigzag(100, 0.5, 30));

describe('vwap-deviation agent', () => {
  it('answers BUY when the close is stretched 2+ sigma below VWAP', () => {
    // A bar that spikes to 103 and closes at 99.90: about 1% under its VWAP (typical price) of 100.90.
    const bars = appendCandles(quiet, [[100, 103, 99.8, 99.9]]);
    const { vwap, z } = referenceZ(bars);
    expect(vwap).toBeCloseTo(100.9, 12);
    expect(z).toBeLessThan(-2);
    const buy = expectVote(lastOutput(agent, bars), 'BUY');
    expect(buy.indicators.zScore).toBeCloseTo(z, 12);
    expect(buy.confidence).toBeCloseTo(0.5 + 0.4 * Math.min(1, (-z - 2) / 1.5), 12);
    expect(buy.reasoning).toBe(`Close 99.90 is 0.99% below the session VWAP 100.90, a z-score of ${z.toFixed(2)} over 20 bars: mean-reversion BUY.`);
  });

  it('answers SELL when the close is stretched 2+ sigma above VWAP', () => {
    const sell = expectVote(lastOutput(agent, appendCandles(quiet, [[100, 100.2, 97, 100.1]])), 'SELL');
    expect(sell.reasoning).toMatch(/^Close 100\.10 is 1\.\d\d% above the session VWAP 99\.10, a z-score of [2-4]\.\d\d over 20 bars: mean-reversion SELL\.$/);
  });

  it('answers HOLD when the deviation is ordinary', () => {
    const hold = expectVote(lastOutput(agent, quiet), 'HOLD');
    expect(hold.confidence).toBe(0.2);
    expect(hold.indicators.zScore).toBeCloseTo(referenceZ(quiet).z, 12);
    expect(hold.reasoning).toMatch(/^Close 99\.50 is 0\.33% below the session VWAP 99\.83, a z-score of -\d\.\d\d over 20 bars, inside \+-2: HOLD\.$/);
  });

  it('abstains until 20 deviations have been scored', () => {
    const outputs = runAgent(agent, quiet.slice(0, 20));
    expect(outputs[18]).toEqual({ kind: 'abstain', reason: 'VWAP deviation z-score over 20 bars needs 20 bars of history and is still warming up' });
    expect(outputs[19].kind).toBe('vote');
  });

  it('rejects a short window and unknown keys', () => {
    expectConfigRejected(agent, { period: 2 }, 'period');
    expectConfigRejected(agent, { entryZ: -1 }, 'entryZ');
    expectConfigRejected(agent, { session: 'NY' }, 'session');
  });
});
