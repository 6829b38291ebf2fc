import { describe, expect, it } from 'vitest';
import { williamsPercentRange } from '../../indicators/momentum/williams-percent-range.js';
import { williamsPercentRangeAgent as agent } from './williams-percent-range-agent.js';
import { barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, line, runAgent, zigzag } from './technical-agent.test-support.js';

describe('williams-r agent', () => {
  it('answers BUY when %R climbs back above -80 after an oversold excursion', () => {
    // Closing near the low of a decline keeps %R near -97; a 3-point up bar lifts it to -75.
    const bars = barsFromCloses([...line(120, -1, 30), 94]);
    const columns = columnsOf(bars);
    const r = williamsPercentRange(columns.high, columns.low, columns.close, 14);
    expect(r[29]).toBeCloseTo(-96.67, 2);
    expect(r[30]).toBeCloseTo(-75, 12);
    const buy = expectVote(lastOutput(agent, bars), 'BUY');
    // The excursion's low is -96.7, 16.7 points past -80: beyond the 15-point ramp, full conviction.
    expect(buy.confidence).toBeCloseTo(0.85, 12);
    expect(buy.reasoning).toBe('WILLR(14) climbed back above -80 to -75.0 from -96.7 (low -96.7): oversold exit, BUY.');
  });

  it('answers SELL when %R drops back below -20 after an overbought excursion', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses([...line(80, 1, 30), 106])), 'SELL');
    expect(sell.reasoning).toBe('WILLR(14) dropped back below -20 to -25.0 from -3.3 (high -3.3): overbought exit, SELL.');
  });

  it('answers HOLD while %R stays oversold, waiting for the exit', () => {
    const hold = expectVote(lastOutput(agent, barsFromCloses(line(120, -1, 30))), 'HOLD');
    expect(hold).toMatchObject({ confidence: 0.25, reasoning: 'WILLR(14) is -96.7, oversold below -80, waiting for the exit: HOLD.' });
  });

  it('answers HOLD with low confidence in mid-range', () => {
    // Swings of +-0.2 inside 0.5 wicks keep %R between -36 and -64.
    const hold = expectVote(lastOutput(agent, barsFromCloses(zigzag(100, 0.2, 30))), 'HOLD');
    expect(hold).toMatchObject({ confidence: 0.15, reasoning: 'WILLR(14) is -64.3, between -80 and -20: HOLD.' });
  });

  it('abstains until %R has two values', () => {
    const outputs = runAgent(agent, barsFromCloses(line(120, -1, 15)));
    expect(outputs[13]).toEqual({ kind: 'abstain', reason: 'WILLR(14) needs 15 bars of history and is still warming up' });
    expect(outputs[14].kind).toBe('vote');
  });

  it('rejects levels outside -100..0, crossed levels and unknown keys', () => {
    expectConfigRejected(agent, { oversold: -100 }, 'oversold');
    expectConfigRejected(agent, { oversold: -10, overbought: -20 }, 'oversold');
    expectConfigRejected(agent, { level: -80 }, 'level');
  });
});
