import { describe, expect, it } from 'vitest';
import { rollingZScore } from '../../indicators/volatility/rolling-z-score.js';
import { zScoreReversionAgent as agent } from './z-score-reversion-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, runAgent, zigzag } from './technical-agent.test-support.js';

describe('zscore-reversion agent', () => {
  it('answers BUY when the close is 2+ standard deviations below its 20-bar mean', () => {
    const closes = [...zigzag(100, 0.5, 30), 98];
    const z = rollingZScore(closes, 20)[30];
    expect(z).toBeLessThan(-2);
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    expect(buy.indicators.zScore).toBe(z);
    expect(buy.confidence).toBeCloseTo(0.5 + 0.4 * Math.min(1, (-z - 2) / 1.5), 12);
    expect(buy.reasoning).toBe(`Close 98.00 is ${(-z).toFixed(2)} standard deviations below its 20-bar mean (entry 2): mean-reversion BUY.`);
  });

  it('answers SELL when the close is 2+ standard deviations above its mean', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses([...zigzag(100, 0.5, 30), 102])), 'SELL');
    expect(sell.reasoning).toMatch(/^Close 102\.00 is \d\.\d\d standard deviations above its 20-bar mean \(entry 2\): mean-reversion SELL\.$/);
  });

  it('answers HOLD with some conviction at the mean and with little inside the bands', () => {
    // A flat window has no spread: z is 0 by definition.
    const atMean = expectVote(lastOutput(agent, barsFromCloses(Array.from({ length: 25 }, () => 100))), 'HOLD');
    expect(atMean).toMatchObject({ confidence: 0.3, reasoning: 'Close 100.00 is at its 20-bar mean (z 0.00): nothing to revert, HOLD.' });
    const closes = [...zigzag(100, 0.5, 30), 100.7];
    expect(rollingZScore(closes, 20)[30]).toBeCloseTo(1.3, 1);
    expect(expectVote(lastOutput(agent, barsFromCloses(closes)), 'HOLD').confidence).toBe(0.15);
  });

  it('abstains until the 20-bar window is full', () => {
    const outputs = runAgent(agent, barsFromCloses(zigzag(100, 0.5, 20)));
    expect(outputs[18]).toEqual({ kind: 'abstain', reason: 'ZSCORE(20) needs 20 bars of history and is still warming up' });
    expect(outputs[19].kind).toBe('vote');
  });

  it('rejects an exit level at or above the entry level and unknown keys', () => {
    expectConfigRejected(agent, { exitZ: 2 }, 'exitZ');
    expectConfigRejected(agent, { period: 3 }, 'period');
    expectConfigRejected(agent, { z: 2 }, 'z');
  });
});
