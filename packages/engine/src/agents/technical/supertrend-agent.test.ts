import { describe, expect, it } from 'vitest';
import { averageTrueRange } from '../../indicators/volatility/average-true-range.js';
import { supertrend } from '../../indicators/volatility/supertrend.js';
import { supertrendAgent as agent } from './supertrend-agent.js';
import { barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, line, runAgent } from './technical-agent.test-support.js';

describe('supertrend agent', () => {
  it('votes the up trend with moderate weight, scaled by the distance to the line in ATRs', () => {
    const bars = barsFromCloses(line(100, 1, 40));
    const columns = columnsOf(bars);
    const { value, direction } = supertrend(columns.high, columns.low, columns.close);
    const atr = averageTrueRange(columns.high, columns.low, columns.close, 10);
    expect(direction[39]).toBe(1);
    const buy = expectVote(lastOutput(agent, bars), 'BUY');
    // Every bar spans 2 points (ATR 2): the line sits at hl2 - 3 ATR = 138.5 - 6 = 132.5, 3.25 ATRs below the close.
    const distance = (139 - value[39]) / atr[39];
    expect(distance).toBeCloseTo(3.25, 12);
    // 3.25 ATRs is past the 1..3 ATR ramp: full trend weight.
    expect(buy.confidence).toBeCloseTo(0.45, 12);
    expect(buy.reasoning).toBe(`SUPERTREND(10,3) trend is up: close 139.00 is above the line ${value[39].toFixed(2)} by 3.25 ATR: BUY.`);
  });

  it('answers HOLD when the close comes back within 1 ATR of the line', () => {
    // A pullback after the rise: the line holds at 132.5 while the closes sink toward it.
    const hold = expectVote(lastOutput(agent, barsFromCloses([...line(100, 1, 40), 137, 135.5, 134])), 'HOLD');
    expect(hold.indicators.direction).toBe(1);
    expect(hold.indicators.distanceAtr).toBeLessThan(1);
    expect(hold.reasoning).toBe('SUPERTREND(10,3) trend is up but being tested: close 134.00 is above the line 132.50 by 0.69 ATR: HOLD.');
  });

  it('answers SELL strongly on the bar the trend flips down', () => {
    const bars = barsFromCloses([...line(100, 1, 40), ...line(136, -3, 6)]);
    const columns = columnsOf(bars);
    const { direction } = supertrend(columns.high, columns.low, columns.close);
    const flip = direction.findIndex((d, i) => i > 20 && d === -1 && direction[i - 1] === 1);
    expect(flip).toBeGreaterThanOrEqual(40);
    const outputs = runAgent(agent, bars);
    const sell = expectVote(outputs[flip], 'SELL');
    expect(sell.confidence).toBe(0.75);
    expect(sell.reasoning).toMatch(/^SUPERTREND\(10,3\) flipped down: close \d+\.\d\d is below the line/);
    expect(expectVote(outputs[flip + 1], 'SELL').confidence).toBeLessThan(0.75);
  });

  it('abstains until the line has two values', () => {
    const outputs = runAgent(agent, barsFromCloses(line(100, 1, 12)));
    expect(outputs[10]).toEqual({ kind: 'abstain', reason: 'SUPERTREND(10,3) needs 12 bars of history and is still warming up' });
    expect(outputs[11].kind).toBe('vote');
  });

  it('rejects a zero multiplier and unknown keys', () => {
    expectConfigRejected(agent, { multiplier: 0 }, 'multiplier');
    expectConfigRejected(agent, { atrPeriod: 0 }, 'atrPeriod');
    expectConfigRejected(agent, { factor: 3 }, 'factor');
  });
});
