import { describe, expect, it } from 'vitest';
import { barOn, day, signalOn, voted } from './scorecard.test-support.js';
import { SignalScorecard } from './signal-scorecard.js';

/** A scorecard whose dead-band is 0: a signal or vote is right exactly when the move went its way. */
const plain = (): SignalScorecard => new SignalScorecard({ deadBandDeviations: 0 });

describe('SignalScorecard', () => {
  it('follows a long signal to its target: exit at the target, R = reward / risk, return vs buy-and-hold', () => {
    const card = plain();
    card.update('TEST', barOn(0, 99, 101, 98, 100));
    expect(card.open(signalOn(0, 100, { stopLoss: 95, takeProfit: 110 }))).toBe(true);
    expect(card.update('TEST', barOn(1, 100, 104, 98, 103))).toEqual([]);
    const [outcome] = card.update('TEST', barOn(2, 103, 111, 102, 109));
    expect(outcome).toMatchObject({ outcome: 'target', exitPrice: 110, bars: 2, exitTime: new Date(day(2)).toISOString(), score: 'right' });
    expect(outcome.rMultiple).toBeCloseTo(2, 12);
    expect(outcome.return).toBeCloseTo(0.1, 12);
    expect(outcome.benchmarkReturn).toBeCloseTo(0.09, 12);
    expect(outcome.excessReturn).toBeCloseTo(0.01, 12);
    expect(card.openCount).toBe(0);
  });

  it('stops a long signal out at its stop with R = -1', () => {
    const card = plain();
    card.open(signalOn(0, 100, { stopLoss: 95, takeProfit: 110 }));
    const [outcome] = card.update('TEST', barOn(1, 100, 101, 94, 96));
    expect(outcome).toMatchObject({ outcome: 'stop', exitPrice: 95, bars: 1, score: 'wrong' });
    expect(outcome.rMultiple).toBeCloseTo(-1, 12);
    expect(outcome.return).toBeCloseTo(-0.05, 12);
  });

  it('takes the stop when one bar reaches both the stop and the target (pessimistic, like the backtester)', () => {
    const card = plain();
    card.open(signalOn(0, 100, { stopLoss: 95, takeProfit: 110 }));
    const [outcome] = card.update('TEST', barOn(1, 100, 111, 94, 105));
    expect(outcome).toMatchObject({ outcome: 'stop', exitPrice: 95 });
  });

  it('fills a stop gapped through at the open, so R can be worse than -1', () => {
    const card = plain();
    card.open(signalOn(0, 100, { stopLoss: 95, takeProfit: 110 }));
    const [outcome] = card.update('TEST', barOn(1, 90, 92, 88, 91));
    expect(outcome).toMatchObject({ outcome: 'stop', exitPrice: 90 });
    expect(outcome.rMultiple).toBeCloseTo(-2, 12);
  });

  it('expires a signal at the close of its expiry bar (from expiresAt) when neither stop nor target is reached', () => {
    const card = plain();
    card.open(signalOn(0, 100, { stopLoss: 95, takeProfit: 110 }, 3));
    expect(card.update('TEST', barOn(1, 100, 102, 99, 101))).toEqual([]);
    expect(card.update('TEST', barOn(2, 101, 103, 99, 102))).toEqual([]);
    const [outcome] = card.update('TEST', barOn(3, 102, 104, 97, 98));
    expect(outcome).toMatchObject({ outcome: 'expired', exitPrice: 98, bars: 3, score: 'wrong' });
    expect(outcome.rMultiple).toBeCloseTo(-0.4, 12);
  });

  it('uses the expiryBars option over the signal expiry', () => {
    const card = new SignalScorecard({ deadBandDeviations: 0, expiryBars: 1 });
    card.open(signalOn(0, 100, {}, 5));
    const [outcome] = card.update('TEST', barOn(1, 100, 102, 99, 101));
    expect(outcome).toMatchObject({ outcome: 'expired', exitPrice: 101, bars: 1, rMultiple: null });
  });

  it('scores a short signal: target below, stop above, R and return signed for the short', () => {
    const card = plain();
    card.open(signalOn(0, 100, { action: 'SELL', stopLoss: 105, takeProfit: 90 }));
    const [target] = card.update('TEST', barOn(1, 100, 101, 89, 92));
    expect(target).toMatchObject({ action: 'SELL', outcome: 'target', exitPrice: 90, score: 'right' });
    expect(target.rMultiple).toBeCloseTo(2, 12);
    expect(target.return).toBeCloseTo(0.1, 12);
    expect(target.benchmarkReturn).toBeCloseTo(-0.08, 12);
    expect(target.excessReturn).toBeCloseTo(0.18, 12);

    card.open(signalOn(1, 92, { action: 'SELL', stopLoss: 96.6, takeProfit: 82.8 }));
    const [stop] = card.update('TEST', barOn(2, 93, 97, 92, 96));
    expect(stop).toMatchObject({ outcome: 'stop', exitPrice: 96.6 });
    expect(stop.rMultiple).toBeCloseTo(-1, 12);
    expect(stop.return).toBeCloseTo(-0.05, 12);
  });

  it('does not follow HOLD signals', () => {
    const card = plain();
    expect(card.open(signalOn(0, 100, { action: 'HOLD' }))).toBe(false);
    expect(card.openCount).toBe(0);
  });

  it('has no look-ahead: the signal bar itself is not tested, and bars after the resolution change nothing', () => {
    const card = plain();
    card.open(signalOn(0, 100, { stopLoss: 95, takeProfit: 110 }));
    // The signal bar again (same start time): it reaches the stop, but it is the bar the signal was made on.
    expect(card.update('TEST', barOn(0, 99, 101, 90, 100))).toEqual([]);
    const decided = card.update('TEST', barOn(1, 100, 111, 99, 108));
    expect(decided).toHaveLength(1);
    const before = structuredClone(card.outcomes);
    for (let d = 2; d < 10; d++) expect(card.update('TEST', barOn(d, 50, 200, 10, 60))).toEqual([]);
    expect(card.outcomes).toEqual(before);
  });

  it('compares with a benchmark symbol over the same span when one is given', () => {
    const card = new SignalScorecard({ deadBandDeviations: 0, benchmark: 'SPY' });
    card.update('SPY', barOn(0, 400, 400, 400, 400));
    card.update('TEST', barOn(0, 100, 100, 100, 100));
    card.open(signalOn(0, 100, { stopLoss: 95, takeProfit: 110 }));
    card.update('SPY', barOn(1, 400, 410, 400, 404));
    const [outcome] = card.update('TEST', barOn(1, 100, 111, 99, 108));
    expect(outcome.benchmarkReturn).toBeCloseTo(0.01, 12);
    expect(outcome.excessReturn).toBeCloseTo(0.09, 12);
  });

  it("scores each agent's vote against the realised move with the tracker's dead-band", () => {
    // Volatility over 2 returns (+10 %, -10 %): 0.1 a bar; with 1 deviation the 1-bar dead-band is 0.1.
    const card = new SignalScorecard({ deadBandDeviations: 1, volatilityPeriod: 2, expiryBars: 1 });
    card.update('TEST', barOn(0, 100, 100, 100, 100));
    card.update('TEST', barOn(1, 110, 110, 110, 110));
    card.update('TEST', barOn(2, 99, 99, 99, 99));
    const votes = [voted('up', 'BUY'), voted('down', 'SELL'), voted('flat', 'HOLD'), { ...voted('out', null), status: 'abstained' as const }];
    card.open(signalOn(2, 99, { votes }));
    const [small] = card.update('TEST', barOn(3, 99, 101, 98, 100.98));
    expect(small.deadBand).toBeCloseTo(0.1, 12);
    expect(small.score).toBe('push');
    expect(small.votes).toEqual([
      { agent: 'up', action: 'BUY', score: 'push' },
      { agent: 'down', action: 'SELL', score: 'push' },
      { agent: 'flat', action: 'HOLD', score: 'right' },
    ]);
  });

  it('leaves votes unscored while the volatility behind the dead-band is unknown', () => {
    const card = new SignalScorecard({ expiryBars: 1 });
    card.open(signalOn(0, 100, { votes: [voted('up', 'BUY')] }));
    const [outcome] = card.update('TEST', barOn(1, 100, 120, 100, 120));
    expect(outcome.score).toBeNull();
    expect(outcome.votes).toEqual([{ agent: 'up', action: 'BUY', score: null }]);
  });
});
