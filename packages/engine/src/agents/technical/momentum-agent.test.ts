import { describe, expect, it } from 'vitest';
import { momentumAgent as agent } from './momentum-agent.js';
import { barsFromCloses, expectConfigRejected, expectVote, lastOutput, line, runAgent } from './technical-agent.test-support.js';

describe('momentum agent', () => {
  it('answers BUY when the 12-1 return and ROC(10) are both positive', () => {
    // Daily bars rising 0.1 a day: at bar 399 the 12-1 return runs from bar 34 (365 days ago) to bar 369 (30 days ago).
    const closes = line(100, 0.1, 400);
    const buy = expectVote(lastOutput(agent, barsFromCloses(closes)), 'BUY');
    const momentum = (100 * closes[369]) / closes[34] - 100;
    const roc = (100 * (closes[399] - closes[389])) / closes[389];
    expect(momentum).toBeCloseTo(32.4, 1);
    expect(buy.indicators.momentumPercent).toBeCloseTo(momentum, 10);
    expect(buy.indicators.rocPercent).toBeCloseTo(roc, 10);
    expect(buy.confidence).toBeCloseTo(0.35 + 0.35 + 0.15 * (roc / 5), 10);
    expect(buy.reasoning).toBe('12-1 momentum is +32.4% and ROC(10) is +0.7%: trend and short-term momentum agree, BUY.');
  });

  it('answers SELL when both are negative', () => {
    const sell = expectVote(lastOutput(agent, barsFromCloses(line(150, -0.1, 400))), 'SELL');
    expect(sell.reasoning).toMatch(/^12-1 momentum is -2\d\.\d% and ROC\(10\) is -0\.\d%: trend and short-term momentum agree, SELL\.$/);
  });

  it('answers HOLD when the last weeks pull back against a rising year', () => {
    const closes = [...line(100, 0.1, 390), ...line(138.5, -0.5, 10)];
    const hold = expectVote(lastOutput(agent, barsFromCloses(closes)), 'HOLD');
    expect(hold.confidence).toBe(0.2);
    expect(hold.reasoning).toMatch(/^12-1 momentum is \+\d+\.\d% and ROC\(10\) is -\d\.\d%: the short term disagrees with the trend, HOLD\.$/);
  });

  it('measures months in calendar time, so 4-hour bars give the same reading as daily bars', () => {
    const daily = barsFromCloses(line(100, 0.1, 400));
    // Six 4h bars a day, each day closing where the daily series does.
    const intraday = barsFromCloses(daily.flatMap((bar) => [0, 1, 2, 3, 4, 5].map((k) => bar.close - 0.1 + (0.1 * (k + 1)) / 6)), { timeframe: '4h' });
    const fromDaily = expectVote(lastOutput(agent, daily), 'BUY');
    const fromIntraday = expectVote(lastOutput(agent, intraday), 'BUY');
    expect(fromIntraday.indicators.momentumPercent).toBeCloseTo(fromDaily.indicators.momentumPercent, 10);
  });

  it('abstains for the first 12 months of bars', () => {
    const outputs = runAgent(agent, barsFromCloses(line(100, 0.1, 366)));
    expect(outputs[364]).toEqual({ kind: 'abstain', reason: '12-1 momentum needs 12 calendar months of history and is still warming up' });
    expect(outputs[365].kind).toBe('vote');
  });

  it('rejects a skip not below the lookback and unknown keys', () => {
    expectConfigRejected(agent, { lookbackMonths: 6, skipMonths: 6 }, 'skipMonths');
    expectConfigRejected(agent, { rocPeriod: 0 }, 'rocPeriod');
    expectConfigRejected(agent, { months: 12 }, 'months');
  });
});
