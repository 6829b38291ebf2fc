import { describe, expect, it } from 'vitest';
import { donchianBreakoutAgent as agent } from './donchian-breakout-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, runAgent, zigzag } from './technical-agent.test-support.js';

// +-1 swings with 0.5 wicks: every bar's high is 101.5 and low 98.5.
const range = zigzag(100, 1, 60);

describe('donchian-breakout agent', () => {
  it('answers BUY strongly when the close clears both the prior 20- and 55-bar highs', () => {
    const buy = expectVote(lastOutput(agent, barsFromCloses([...range, 103])), 'BUY');
    expect(buy.indicators).toEqual({ close: 103, entryHigh: 101.5, entryLow: 98.5, longHigh: 101.5, longLow: 98.5 });
    expect(buy).toMatchObject({ confidence: 0.8, reasoning: 'Close 103.00 broke above the prior 20-bar high 101.50 and the 55-bar high 101.50: breakout BUY.' });
  });

  it('answers a weaker BUY when only the 20-bar high gives way', () => {
    // An old spike to 110 (high 110.5) 40 bars back is inside the 55-bar window only.
    const closes = [...range.slice(0, 20), 110, ...range.slice(21), 103];
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    expect(buy).toMatchObject({ confidence: 0.55, reasoning: 'Close 103.00 broke above the prior 20-bar high 101.50 (55-bar high 110.50 not yet): breakout BUY.' });
  });

  it('answers SELL when the close breaks the prior lows', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses([...range, 97])), 'SELL');
    expect(sell).toMatchObject({ confidence: 0.8, reasoning: 'Close 97.00 broke below the prior 20-bar low 98.50 and the 55-bar low 98.50: breakdown SELL.' });
  });

  it('answers HOLD inside the prior range, comparing with the previous bars only', () => {
    // 101.4 is inside 98.5-101.5; the current bar's own high (101.9) must not widen the channel it is judged against.
    const hold = expectVote(lastOutput(agent, barsFromCloses([...range, 101.4])), 'HOLD');
    expect(hold).toMatchObject({ confidence: 0.2, reasoning: 'Close 101.40 is inside the prior DONCHIAN(20) range 98.50-101.50: HOLD.' });
  });

  it('abstains until the 55-bar channel exists for the previous bar', () => {
    const outputs = runAgent(agent, barsFromCloses(range.slice(0, 56)));
    expect(outputs[54]).toEqual({ kind: 'abstain', reason: 'DONCHIAN(55) needs 56 bars of history and is still warming up' });
    expect(outputs[55].kind).toBe('vote');
  });

  it('rejects an entry channel not shorter than the long one, and unknown keys', () => {
    expectConfigRejected(agent, { entryPeriod: 55 }, 'entryPeriod');
    expectConfigRejected(agent, { exitPeriod: 10 }, 'exitPeriod');
  });
});
