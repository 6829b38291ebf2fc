import { describe, expect, it } from 'vitest';
import { AccuracyTracker } from './accuracy-tracker.js';
import { ACTION_CODE, NO_VOTE } from './action-code.js';

const DAY = 86_400_000;
const { BUY, SELL, HOLD } = ACTION_CODE;
const agents = ['buyer', 'seller', 'holder', 'silent'];

/** A tracker whose dead-band is easy to compute by hand: seeded from 2 returns, 1 deviation, horizon 1. */
function setup() {
  const tracker = new AccuracyTracker({ horizon: 1, volatilityPeriod: 2, deadBandDeviations: 1, priorStrength: 0, halfLifeBars: 1e9 }); // 1e9 bars: no decay to speak of
  const stream = tracker.stream('AAPL', '1d', agents);
  let day = 0;
  const observe = (close: number) => stream.observe(day++ * DAY, close);
  return { tracker, stream, observe };
}

describe('AccuracyStream scoring', () => {
  it('scores BUY/SELL by the direction beyond the dead-band and HOLD by staying inside it', () => {
    const { tracker, stream, observe } = setup();
    observe(100);
    observe(101);
    expect(stream.record([BUY, SELL, HOLD, NO_VOTE], BUY)).toBe(false); // one return: no dead-band yet
    observe(100);
    // Variance = mean(0.01^2, (100/101 - 1)^2); band = sqrt(variance) = 0.00995.
    expect(stream.record([BUY, SELL, HOLD, NO_VOTE], BUY)).toBe(true);
    observe(103); // r = 0.03 > band: BUY right, SELL wrong, HOLD wrong
    expect(tracker.accuracy('buyer', 'equity', '1d')).toMatchObject({ scored: 1, rawHitRate: 1, samples: 1 });
    expect(tracker.accuracy('seller', 'equity', '1d')).toMatchObject({ scored: 1, rawHitRate: 0 });
    expect(tracker.accuracy('holder', 'equity', '1d')).toMatchObject({ scored: 1, rawHitRate: 0 });
    expect(tracker.accuracy('silent', 'equity', '1d')).toMatchObject({ scored: 0, rawHitRate: null });

    // New variance: v + (0.03^2 - v) x 2/3 (EW with alpha = 2/(2+1)); band = sqrt of it = 0.0252.
    stream.record([BUY, SELL, HOLD, HOLD], NO_VOTE);
    observe(103.5); // r = 103.5/103 - 1 = 0.00485, inside the band: BUY/SELL push, HOLD right
    expect(tracker.accuracy('buyer', 'equity', '1d')).toMatchObject({ scored: 1, pushes: 1, rawHitRate: 1 });
    expect(tracker.accuracy('seller', 'equity', '1d')).toMatchObject({ scored: 1, pushes: 1, rawHitRate: 0 });
    expect(tracker.accuracy('holder', 'equity', '1d')).toMatchObject({ scored: 2, pushes: 0 });
    expect(tracker.accuracy('holder', 'equity', '1d').rawHitRate).toBeCloseTo(0.5, 6);
    expect(tracker.accuracy('silent', 'equity', '1d')).toMatchObject({ scored: 1, rawHitRate: 1 });
  });

  it('scores the consensus as a trade held over the horizon', () => {
    const { tracker, stream, observe } = setup();
    for (const close of [100, 101, 100]) observe(close);
    stream.record([NO_VOTE, NO_VOTE, NO_VOTE, NO_VOTE], SELL);
    observe(98); // short from 100 to 98: a 2% win
    stream.record([NO_VOTE, NO_VOTE, NO_VOTE, NO_VOTE], BUY);
    observe(97.02); // long from 98 to 97.02: a 1% loss
    const record = tracker.tradeRecord('equity', '1d');
    expect(record.trades).toBe(2);
    expect(record.winRate).toBeCloseTo(0.5, 6);
    expect(record.payoff).toBeNull(); // fewer than minPayoffSamples (20)
  });

  it('measures the payoff once enough trades are scored', () => {
    const tracker = new AccuracyTracker({ horizon: 1, volatilityPeriod: 2, minPayoffSamples: 3, priorStrength: 0, halfLifeBars: 1e9 });
    const stream = tracker.stream('BTC-USD', '1d', []);
    const closes = [100, 101, 100, 103, 101.97, 105.0291, 103.978809];
    closes.forEach((close, day) => {
      stream.observe(day * DAY, close);
      if (day >= 2) stream.record([], BUY);
    });
    // Longs: +3%, -1%, +3%, -1%: win rate 0.5, payoff 3.
    const record = tracker.tradeRecord('crypto', '1d');
    expect(record.winRate).toBeCloseTo(0.5, 6);
    expect(record.payoff).toBeCloseTo(3, 6);
  });

  it('counts votes recorded on consecutive bars as 1/horizon of a sample each', () => {
    const tracker = new AccuracyTracker({ horizon: 4, volatilityPeriod: 2, halfLifeBars: 1e9 });
    const stream = tracker.stream('AAPL', '1d', ['buyer']);
    let close = 100;
    for (let day = 0; day < 20; day++) {
      close *= day % 2 === 0 ? 1.05 : 1.01; // a steady climb: every BUY is right
      stream.observe(day * DAY, close);
      stream.record([BUY], NO_VOTE);
    }
    // Recorded from day 2 (volatility seeded) to 19; scored on days 6..19: the first at weight 1, then 13 x 1/4.
    const accuracy = tracker.accuracy('buyer', 'equity', '1d');
    expect(accuracy.scored).toBe(14);
    expect(accuracy.samples).toBeCloseTo(1 + 13 / 4, 6);
  });

  it('decays evidence with the half-life in bars of the timeframe', () => {
    const tracker = new AccuracyTracker({ horizon: 1, volatilityPeriod: 2, halfLifeBars: 10, priorStrength: 0 });
    const stream = tracker.stream('AAPL', '1d', ['buyer']);
    [100, 101, 100].forEach((close, day) => stream.observe(day * DAY, close));
    stream.record([BUY], NO_VOTE);
    stream.observe(3 * DAY, 120); // scored on day 3
    stream.record([BUY], NO_VOTE);
    stream.observe(13 * DAY, 150); // scored 10 days later: by then the first sample counts 1/2
    expect(tracker.accuracy('buyer', 'equity', '1d').samples).toBeCloseTo(1.5, 12);
  });

  it('rejects action codes that do not match its agents', () => {
    const { stream, observe } = setup();
    observe(100);
    expect(() => stream.record([BUY], NO_VOTE)).toThrow('actions has 1 codes for 4 agents');
  });
});
