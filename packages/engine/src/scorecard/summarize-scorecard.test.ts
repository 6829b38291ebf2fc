import { describe, expect, it } from 'vitest';
import { barOn, signalOn, voted } from './scorecard.test-support.js';
import { SignalScorecard } from './signal-scorecard.js';
import { summarizeScorecard } from './summarize-scorecard.js';

describe('summarizeScorecard', () => {
  it('aggregates outcomes overall, by symbol, timeframe, confidence and agent', () => {
    const card = new SignalScorecard({ deadBandDeviations: 0 });
    const votes = [voted('a', 'BUY'), voted('b', 'SELL')];
    card.open(signalOn(0, 100, { stopLoss: 95, takeProfit: 110, confidence: 0.65, votes }));
    card.open(signalOn(0, 50, { symbol: 'OTHER', stopLoss: 45, takeProfit: 60, confidence: 0.92, votes }));
    card.update('TEST', barOn(1, 100, 112, 99, 111)); // target: +10 %, 2R
    card.update('OTHER', barOn(1, 50, 51, 44, 46)); // stop: -10 %, -1R
    const summary = summarizeScorecard(card.outcomes);
    expect(summary.overall).toMatchObject({ signals: 2, targets: 1, stops: 1, expired: 0, right: 1, wrong: 1, pushes: 0, hitRate: 0.5, winRate: 0.5 });
    expect(summary.overall.meanReturn).toBeCloseTo(0, 12);
    expect(summary.overall.meanR).toBeCloseTo(0.5, 12);
    expect(summary.overall.meanConfidence).toBeCloseTo(0.785, 12);
    expect(Object.keys(summary.bySymbol)).toEqual(['TEST', 'OTHER']);
    expect(summary.bySymbol.TEST.hitRate).toBe(1);
    expect(summary.byTimeframe['1d'].signals).toBe(2);
    expect(Object.keys(summary.byConfidence)).toEqual(['0.6-0.7', '0.9-1.0']);
    expect(summary.byAgent).toEqual([
      { agent: 'a', votes: 2, right: 1, wrong: 1, pushes: 0, hitRate: 0.5 },
      { agent: 'b', votes: 2, right: 1, wrong: 1, pushes: 0, hitRate: 0.5 },
    ]);
    expect(summary.calibration.find((row) => row.bucket === '0.9-1.0')).toMatchObject({ n: 1, hitRate: 0 });
  });
});
