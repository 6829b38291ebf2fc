import { describe, expect, it } from 'vitest';
import { swingPoints } from '../../indicators/levels/swing-points.js';
import { averageTrueRange } from '../../indicators/volatility/average-true-range.js';
import type { Bar } from '../../series/bar.js';
import { supportResistanceAgent as agent } from './support-resistance-agent.js';
import { appendCandles, barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, line, runAgent } from './technical-agent.test-support.js';

// A rise to 110 and a fall to 100 (bars 0-20), then `more` closes. The peak bar's high (110.7) and the
// trough bar's low (99.3) are made unique so no tie-breaking rule decides where the swings are.
function swingBars(more: number[]): Bar[] {
  const bars = barsFromCloses([...line(100, 1, 11), ...line(109, -1, 10), ...more]);
  bars[10] = { ...bars[10], high: 110.7 };
  bars[20] = { ...bars[20], low: 99.3 };
  return bars;
}

describe('support-resistance agent', () => {
  it('answers BUY on the first close above swing resistance', () => {
    const bars = swingBars([...line(101, 1, 10), 111.5]);
    const columns = columnsOf(bars);
    const levels = swingPoints(columns.high, columns.low, 5);
    expect(levels.swingHigh[31]).toBe(110.7);
    expect(levels.swingLow[31]).toBe(99.3);
    const atr = averageTrueRange(columns.high, columns.low, columns.close, 14)[31];
    const buy = expectVote(lastOutput(agent, bars), 'BUY');
    expect(buy.indicators.resistance).toBe(110.7);
    expect(buy.indicators.atr).toBe(atr);
    expect(buy.confidence).toBeCloseTo(0.55 + 0.25 * ((111.5 - 110.7) / atr), 12);
    expect(buy.reasoning).toBe(`Close 111.50 broke above swing resistance 110.70 (set 21 bars ago; ATR ${atr.toFixed(2)}): breakout BUY.`);
  });

  it('answers SELL on the first close below swing support', () => {
    const sell = expectVote(lastOutput(agent, swingBars([...line(101, 1, 5), ...line(104, -1, 5), 98.5])), 'SELL');
    expect(sell.reasoning).toMatch(/^Close 98\.50 broke below swing support 99\.30 \(set 11 bars ago; ATR \d\.\d\d\): breakdown SELL\.$/);
  });

  it('answers BUY when a bar tests support and closes up', () => {
    const base = swingBars([...line(101, 1, 5), ...line(104, -1, 4)]);
    // Open 101, low 99.8 (0.5 above support, inside half an ATR of about 2), close 101.5.
    const buy = expectVote(lastOutput(agent, appendCandles(base, [[101, 101.7, 99.8, 101.5]])), 'BUY');
    expect(buy.reasoning).toMatch(/^The low 99\.80 tested swing support 99\.30 \(within 0\.5 ATR of \d\.\d\d\) and the bar closed up at 101\.50: bounce BUY\.$/);
  });

  it('answers SELL when a bar tests resistance and closes down', () => {
    const base = swingBars(line(101, 1, 9));
    const sell = expectVote(lastOutput(agent, appendCandles(base, [[109, 110.3, 107.5, 107.8]])), 'SELL');
    expect(sell.reasoning).toMatch(/^The high 110\.30 tested swing resistance 110\.70 .* closed down at 107\.80: rejection SELL\.$/);
  });

  it('answers HOLD between the levels', () => {
    const hold = expectVote(lastOutput(agent, swingBars(line(101, 1, 5))), 'HOLD');
    expect(hold).toMatchObject({ confidence: 0.2, reasoning: 'Close 105.00 is between swing support 99.30 and resistance 110.70 with no test or break: HOLD.' });
  });

  it('abstains until both a swing high and a swing low are confirmed', () => {
    const outputs = runAgent(agent, swingBars([]));
    expect(outputs[20]).toEqual({ kind: 'abstain', reason: 'SWING(5) support/resistance (a swing high and a swing low) needs 15 bars of history and is still warming up' });
  });

  it('rejects bad settings and unknown keys', () => {
    expectConfigRejected(agent, { strength: 0 }, 'strength');
    expectConfigRejected(agent, { proximityAtr: 0 }, 'proximityAtr');
    expectConfigRejected(agent, { levels: 3 }, 'levels');
  });
});
