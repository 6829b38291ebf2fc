import { describe, expect, it } from 'vitest';
import { bollingerSqueezeAgent as agent } from './bollinger-squeeze-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, runAgent, zigzag } from './technical-agent.test-support.js';

/** 140 bars swinging +-3, then 25 quiet bars swinging +-0.2: BandWidth falls to a 125-bar low. */
const squeezed = [...zigzag(100, 3, 140), ...zigzag(100, 0.2, 25)];

describe('bollinger-squeeze agent', () => {
  it('answers BUY on the first close above the upper band after a squeeze', () => {
    const buy = expectVote(lastOutput(agent, barsFromCloses([...squeezed, 102])), 'BUY');
    // While the wide bars leave the window BandWidth makes new lows: rank 1 of 125 = 0.8%.
    expect(buy.indicators.lowestRecentRank).toBeCloseTo(0.8, 12);
    expect(buy.confidence).toBeCloseTo(0.6 + 0.25 * ((20 - 0.8) / 20), 12);
    expect(buy.reasoning).toMatch(
      /^Squeeze breakout: BandWidth ranked as low as 1% of the last 125 bars within 10 bars, and the close 102\.00 is now above the upper band 10\d\.\d\d: BUY\.$/,
    );
  });

  it('answers SELL on a close below the lower band after a squeeze, less strongly on the second close', () => {
    const outputs = runAgent(agent, barsFromCloses([...squeezed, 98, 97]));
    const first = expectVote(outputs[165], 'SELL');
    const second = expectVote(outputs[166], 'SELL');
    expect(first.reasoning).toContain('is now below the lower band');
    expect(second.reasoning).toContain('is still below the lower band');
    expect(first.confidence - second.confidence).toBeCloseTo(0.15, 12);
  });

  it('answers HOLD with little weight during the squeeze, before any break', () => {
    const hold = expectVote(lastOutput(agent, barsFromCloses(squeezed)), 'HOLD');
    expect(hold.confidence).toBe(0.1);
    expect(hold.reasoning).toMatch(/^Squeeze on: BandWidth ranked as low as 1% .*close 100\.20 inside the bands/);
  });

  it('answers HOLD on a band break without a prior squeeze', () => {
    // Swings that widen every bar keep BandWidth at a 125-bar high (rank 100%).
    const widening = Array.from({ length: 170 }, (_, i) => 100 + (i % 2 === 0 ? 1 : -1) * (1 + i * 0.02));
    const hold = expectVote(lastOutput(agent, barsFromCloses([...widening, 120])), 'HOLD');
    expect(hold.confidence).toBe(0.2);
    expect(hold.reasoning).toMatch(/^No squeeze breakout: BandWidth \d+\.\d\d% ranks \d+% of the last 125 bars, close 120\.00: HOLD\.$/);
    expect(hold.indicators.lowestRecentRank).toBeGreaterThan(20);
  });

  it('abstains until BandWidth has been ranked over the recent bars', () => {
    const outputs = runAgent(agent, barsFromCloses(squeezed.slice(0, 155)));
    // BBANDS lookback 19 + rank lookback 124 + 11 ranked bars = 154.
    expect(outputs[152]).toEqual({ kind: 'abstain', reason: 'BBANDS(20,2) BandWidth rank over 125 bars needs 154 bars of history and is still warming up' });
    expect(outputs[153].kind).toBe('vote');
  });

  it('rejects out-of-range settings and unknown keys, naming the field', () => {
    expectConfigRejected(agent, { squeezePercentile: 0 }, 'squeezePercentile');
    expectConfigRejected(agent, { rankPeriod: 5 }, 'rankPeriod');
    expectConfigRejected(agent, { lookback: 10 }, 'lookback');
  });
});
