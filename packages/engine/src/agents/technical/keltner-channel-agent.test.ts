import { describe, expect, it } from 'vitest';
import { keltnerChannel } from '../../indicators/volatility/keltner-channel.js';
import { keltnerChannelAgent as agent } from './keltner-channel-agent.js';
import { appendCandles, barsFromCloses, columnsOf, expectConfigRejected, expectVote, lastOutput, line, runAgent, zigzag } from './technical-agent.test-support.js';

describe('keltner agent', () => {
  it('answers BUY on the first close above the upper line', () => {
    // +-0.5 swings with 0.5 wicks: ATR 2, so the upper line sits about 4 above the EMA; the jump to 108 clears it.
    const bars = barsFromCloses([...zigzag(100, 0.5, 30), 108]);
    const columns = columnsOf(bars);
    const { upper, middle } = keltnerChannel(columns.high, columns.low, columns.close);
    expect(108).toBeGreaterThan(upper[30]);
    const buy = expectVote(lastOutput(agent, bars), 'BUY');
    const position = (108 - middle[30]) / (upper[30] - middle[30]);
    expect(buy.indicators.position).toBeCloseTo(position, 12);
    // The jump also lifts the EMA, so the middle line is rising: +0.1.
    expect(buy.confidence).toBeCloseTo(0.5 + 0.25 * Math.min(1, (position - 1) / 0.5) + 0.1, 12);
    expect(buy.reasoning).toMatch(/^Close 108\.00 broke above the upper line \(KELTNER\(20,2,10\) \d+\.\d\d \/ \d+\.\d\d \/ \d+\.\d\d\): breakout BUY\.$/);
  });

  it('answers SELL on the first close below the lower line', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses([...zigzag(100, 0.5, 30), 92])), 'SELL');
    expect(sell.reasoning).toMatch(/^Close 92\.00 broke below the lower line/);
  });

  it('answers BUY on a dip that tags the lower line but closes inside during an uptrend', () => {
    const rise = barsFromCloses(line(100, 0.5, 40));
    const close = rise[39].close;
    // The dip's low reaches 9 points down; the close gives back only 1.
    const bars = appendCandles(rise, [[close, close + 0.5, close - 9, close - 1]]);
    const columns = columnsOf(bars);
    const { lower } = keltnerChannel(columns.high, columns.low, columns.close);
    expect(close - 9).toBeLessThan(lower[40]);
    const buy = expectVote(lastOutput(agent, bars), 'BUY');
    expect(buy.reasoning).toMatch(/^Uptrend pullback: the middle line rose \d\.\d\d over 5 bars and the low 110\.50 tagged the lower line but closed back inside at 118\.50/);
    expect(buy.confidence).toBeCloseTo(0.65, 12);
  });

  it('answers HOLD inside the channel', () => {
    const hold = expectVote(lastOutput(agent, barsFromCloses(zigzag(100, 0.5, 30))), 'HOLD');
    expect(hold.confidence).toBe(0.2);
    expect(hold.reasoning).toMatch(/^Close 99\.50 sits at -0\.\d\d half-widths from the middle/);
  });

  it('abstains until the middle line has a slope to read (lookback 19 + 6 bars)', () => {
    const outputs = runAgent(agent, barsFromCloses(zigzag(100, 0.5, 25)));
    expect(outputs[23]).toEqual({ kind: 'abstain', reason: 'KELTNER(20,2,10) needs 25 bars of history and is still warming up' });
    expect(outputs[24].kind).toBe('vote');
  });

  it('rejects a zero multiplier and unknown keys', () => {
    expectConfigRejected(agent, { multiplier: 0 }, 'multiplier');
    expectConfigRejected(agent, { slopeBars: 0 }, 'slopeBars');
    expectConfigRejected(agent, { atr: 10 }, 'atr');
  });
});
