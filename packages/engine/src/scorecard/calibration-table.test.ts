import { describe, expect, it } from 'vitest';
import { calibrationTable } from './calibration-table.js';
import type { SignalOutcome } from './signal-outcome.js';
import type { VoteScore } from '../accuracy/score-vote.js';

const outcome = (confidence: number, score: VoteScore | null): SignalOutcome => ({
  symbol: 'X', timeframe: '1d', time: '2024-01-01T00:00:00.000Z', action: 'BUY', confidence, entry: 100, stopLoss: null, takeProfit: null,
  outcome: 'expired', exitTime: '2024-01-02T00:00:00.000Z', exitPrice: 100, bars: 1, return: 0, rMultiple: null,
  benchmarkReturn: 0, excessReturn: 0, deadBand: 0, score, votes: [],
});

describe('calibrationTable', () => {
  it('counts each confidence bucket: n, hit rate over scored signals, mean confidence', () => {
    const rows = calibrationTable([
      outcome(0.72, 'right'), outcome(0.74, 'right'), outcome(0.7, 'wrong'), outcome(0.78, 'push'),
      outcome(0.95, 'wrong'), outcome(1, 'wrong'),
      outcome(0.3, 'right'), outcome(0.55, null),
    ]);
    expect(rows.map((r) => r.bucket)).toEqual(['0.0-0.1', '0.1-0.2', '0.2-0.3', '0.3-0.4', '0.4-0.5', '0.5-0.6', '0.6-0.7', '0.7-0.8', '0.8-0.9', '0.9-1.0']);
    expect(rows.map((r) => r.n)).toEqual([0, 0, 0, 1, 0, 1, 0, 4, 0, 2]);
    expect(rows[7].hitRate).toBeCloseTo(2 / 3, 12);
    expect(rows[7].meanConfidence).toBeCloseTo(0.735, 12);
    expect(rows[9].hitRate).toBe(0);
    expect(rows[9].meanConfidence).toBeCloseTo(0.975, 12);
    expect(rows[3].hitRate).toBe(1);
    expect(rows[5].hitRate).toBeNaN();
    expect(rows[6].meanConfidence).toBeNaN();
  });
});
