import { describe, expect, it } from 'vitest';
import { relativeStrengthIndex } from '../../indicators/momentum/relative-strength-index.js';
import { relativeStrengthIndexAgent as agent } from './relative-strength-index-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, runAgent, zigzag } from './technical-agent.test-support.js';

/** Closes stepping by `down` then `up` in turn: a trend whose RSI settles near 100*up/(up+down). */
function saw(from: number, first: number, second: number, count: number): number[] {
  const closes = [from];
  for (let i = 1; i < count; i++) closes.push(closes[i - 1] + (i % 2 === 1 ? first : second));
  return closes;
}

describe('rsi agent', () => {
  it('answers BUY when RSI turns up from below 30, with confidence growing with the depth', () => {
    // Down 1.5, up 0.5: RSI(14) hovers near 25; the series ends on an up step, so RSI turns up.
    const closes = saw(100, -1.5, 0.5, 41);
    const rsi = relativeStrengthIndex(closes, 14);
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    expect(buy.indicators['RSI(14)']).toBe(rsi[40]);
    // Wilder's smoothing of +0.5/-1.5 steps: RSI 23.4 on the last down step, 26.2 after the up step.
    expect(rsi[39]).toBeCloseTo(23.4, 1);
    expect(rsi[40]).toBeCloseTo(26.2, 1);
    expect(buy.confidence).toBeCloseTo(0.5 + 0.4 * ((30 - rsi[39]) / 15), 12);
    expect(buy.reasoning).toBe('RSI(14) is 26.2, below the oversold level 30, and turning up from 23.4: mean-reversion BUY.');
  });

  it('answers SELL when RSI turns down from above 70', () => {
    const closes = saw(100, 1.5, -0.5, 41);
    const rsi = relativeStrengthIndex(closes, 14);
    const sell = expectVote(lastOutput(agent, barsFromCloses(closes)), 'SELL');
    expect(rsi[39]).toBeCloseTo(76.6, 1);
    expect(sell.reasoning).toBe('RSI(14) is 73.8, above the overbought level 70, and turning down from 76.6: mean-reversion SELL.');
  });

  it('answers HOLD while RSI is oversold but still falling', () => {
    const closes = saw(100, -1.5, 0.5, 40);
    const hold = expectVote(lastOutput(agent, barsFromCloses(closes)), 'HOLD');
    expect(hold.confidence).toBe(0.25);
    expect(hold.reasoning).toMatch(/^RSI\(14\) is \d+\.\d, oversold below 30 but still falling/);
  });

  it('answers HOLD with low confidence between the levels', () => {
    const hold = expectVote(lastOutput(agent, barsFromCloses(zigzag(100, 1, 40))), 'HOLD');
    expect(hold.confidence).toBe(0.2);
    // Equal +-2 steps: RSI swings a few points either side of 50 (47.9 after a down step).
    expect(hold.indicators['RSI(14)']).toBeCloseTo(47.9, 1);
  });

  it('uses the configured levels', () => {
    // RSI near 25 is oversold for the default 30 but not for a 20 level.
    const hold = expectVote(lastOutput(agent, barsFromCloses(saw(100, -1.5, 0.5, 41)), { oversold: 20 }), 'HOLD');
    expect(hold.reasoning).toContain('between the oversold 20 and overbought 70 levels');
  });

  it('abstains until RSI has a current and a previous value', () => {
    const outputs = runAgent(agent, barsFromCloses(zigzag(100, 1, 16)));
    expect(outputs[14]).toEqual({ kind: 'abstain', reason: 'RSI(14) needs 16 bars of history and is still warming up' });
    expect(outputs[15].kind).toBe('vote');
  });

  it('rejects crossed levels, bad periods and unknown keys, naming the field', () => {
    expectConfigRejected(agent, { oversold: 80, overbought: 70 }, 'oversold');
    expectConfigRejected(agent, { period: 1 }, 'period');
    expectConfigRejected(agent, { overbought: 100 }, 'overbought');
    expectConfigRejected(agent, { level: 30 }, 'level');
  });
});
