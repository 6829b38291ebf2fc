import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../random/seeded-random.js';
import { AccuracyCell, type CellSettings } from './accuracy-cell.js';
import { TradeRecord } from './trade-record.js';

const DAY = 86_400_000;

interface Vote {
  readonly time: number;
  readonly hit: boolean;
  readonly weight: number;
  readonly signedReturn: number;
}

/** 90 votes on 40 days, several on some days (symbols of one class), in time order. */
function votes(seed: number): Vote[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: 90 }, () => ({ time: Math.floor(random.next() * 40) * DAY, hit: random.next() < 0.6, weight: 0.2 + 0.8 * random.next(), signedReturn: random.next() - 0.45 })).sort(
    (a, b) => a.time - b.time,
  );
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = createSeededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function cellOf(settings: CellSettings, scored: readonly Vote[]): AccuracyCell {
  const cell = new AccuracyCell('trend', 'equity', '1d', settings);
  for (const vote of scored) cell.score(vote.time, vote.hit, vote.weight);
  return cell;
}

function expectClose(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 12));
}

describe('AccuracyCell', () => {
  for (const historyLength of [100, 12]) {
    it(`keeps the same record and history (${historyLength} points) whatever order the votes are scored in`, () => {
      const settings: CellSettings = { halfLifeMs: 10 * DAY, priorStrength: 10, weightExponent: 2, maxWeight: 3, historyLength };
      const all = votes(3);
      const inOrder = cellOf(settings, all).toState();
      for (const seed of [1, 2, 3]) {
        const other = cellOf(settings, shuffled(all, seed)).toState();
        expect(other.scored).toBe(inOrder.scored);
        expect(other.lastTime).toBe(inOrder.lastTime);
        expect(other.hits).toBeCloseTo(inOrder.hits, 12);
        expect(other.samples).toBeCloseTo(inOrder.samples, 12);
        expect(other.history.time).toEqual(inOrder.history.time);
        expectClose(other.history.samples, inOrder.history.samples);
        expectClose(other.history.hitRate, inOrder.history.hitRate);
        expectClose(other.history.weight, inOrder.history.weight);
      }
      expect(inOrder.history.time).toHaveLength(Math.min(historyLength, new Set(all.map((vote) => vote.time)).size));
    });
  }

  it('counts a vote scored after later ones decayed from its own time', () => {
    const cell = new AccuracyCell('trend', 'equity', '1d', { halfLifeMs: DAY, priorStrength: 0, weightExponent: 2, maxWeight: 3, historyLength: 10 });
    cell.score(2 * DAY, true, 1);
    cell.score(0, false, 1); // two half-lives before: a quarter of a sample
    expect(cell.samples).toBeCloseTo(1.25, 12);
    expect(cell.hits).toBeCloseTo(1, 12);
    expect(cell.history().map((point) => [point.time, point.samples])).toEqual([
      [0, 1],
      [2 * DAY, 1.25],
    ]);
  });
});

describe('TradeRecord', () => {
  it('keeps the same record whatever order the signals are scored in', () => {
    const all = votes(5);
    const record = (scored: readonly Vote[]) => {
      const trades = new TradeRecord('equity', '1d', 10 * DAY, 10, 4);
      for (const vote of scored) trades.score(vote.time, vote.signedReturn, vote.weight);
      return trades.toState();
    };
    const inOrder = record(all);
    const other = record(shuffled(all, 8));
    expect(other.trades).toBe(inOrder.trades);
    for (const field of ['wins', 'losses', 'winSum', 'lossSum'] as const) expect(other[field]).toBeCloseTo(inOrder[field], 12);
  });
});
