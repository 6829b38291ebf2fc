import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../random/seeded-random.js';
import { fillWindowRange } from './fill-window-range.js';
import { WindowRange } from './window-range.js';

/** Brute force: highest of `highs` and lowest of `lows` over the last `period` inputs ending at `end`. */
function bruteForce(highs: readonly number[], lows: readonly number[], end: number, period: number): [number, number] {
  let highest = -Infinity;
  let lowest = Infinity;
  for (let i = Math.max(0, end - period + 1); i <= end; i++) {
    highest = Math.max(highest, highs[i]);
    lowest = Math.min(lowest, lows[i]);
  }
  return [highest, lowest];
}

/** Random highs and lows on a coarse grid, so ties are frequent, with a falling stretch in the middle. */
function tiedInputs(length: number, seed: number): { highs: number[]; lows: number[] } {
  const random = createSeededRandom(seed);
  const highs = Array.from({ length }, () => Math.round(random.next() * 20) / 2);
  const lows = highs.map((h) => h - Math.round(random.next() * 6) / 2);
  // A steadily falling stretch: the highest leaves the window on every bar.
  for (let i = 500; i < 700; i++) {
    highs[i] = 1000 - i;
    lows[i] = 990 - i;
  }
  return { highs, lows };
}

describe('WindowRange', () => {
  it('answers the highest high and lowest low of the last period inputs (hand-checked, period 3)', () => {
    const range = new WindowRange(3);
    const seen = [
      [5, 1],
      [3, 2],
      [4, 0],
      [1, 3],
      [2, 2],
      [6, 4],
      [7, 5],
    ].map(([high, low]) => {
      range.update(high, low);
      return [range.highest, range.lowest];
    });
    // Windows of highs: [5] [5,3] [5,3,4] [3,4,1] [4,1,2] [1,2,6] [2,6,7]; of lows: [1] [1,2] [1,2,0] [2,0,3] [0,3,2] [3,2,4] [2,4,5]
    expect(seen).toEqual([[5, 1], [5, 1], [5, 0], [4, 0], [4, 0], [6, 2], [7, 2]]);
  });

  it('matches a brute-force scan on data full of ties, for periods 1 to 20', () => {
    const { highs, lows } = tiedInputs(2000, 31);
    for (let period = 1; period <= 20; period++) {
      const range = new WindowRange(period);
      for (let i = 0; i < highs.length; i++) {
        range.update(highs[i], lows[i]);
        const [highest, lowest] = bruteForce(highs, lows, i, period);
        if (range.highest !== highest || range.lowest !== lowest) {
          expect.fail(`period ${period}, input ${i}: got ${range.highest}/${range.lowest}, want ${highest}/${lowest}`);
        }
      }
    }
  });

  it('reports full once period inputs were seen, and forgets everything on reset', () => {
    const range = new WindowRange(2);
    range.update(9, 1);
    expect(range.isFull).toBe(false);
    range.update(8, 2);
    expect(range.isFull).toBe(true);
    range.reset();
    expect(range.isFull).toBe(false);
    range.update(4, 3);
    expect([range.highest, range.lowest]).toEqual([4, 3]);
  });

  it('lets the most recent of equal inputs win, which decides the sign of a zero', () => {
    const range = new WindowRange(3);
    range.update(0, -0);
    range.update(-0, 0);
    expect(Object.is(range.highest, -0)).toBe(true);
    expect(Object.is(range.lowest, 0)).toBe(true);
  });

  it('rejects a period that is not a positive integer', () => {
    expect(() => new WindowRange(0)).toThrow('period must be an integer >= 1, got 0');
    expect(() => fillWindowRange([1], [1], 1.5, new Float64Array(1), new Float64Array(1))).toThrow(RangeError);
  });
});

describe('fillWindowRange', () => {
  it('writes the same numbers as WindowRange, bit for bit, for periods 1 to 20 and any length', () => {
    const { highs, lows } = tiedInputs(1500, 32);
    for (let period = 1; period <= 20; period++) {
      for (const length of [0, 1, period, 97, highs.length]) {
        const highest = new Float64Array(length);
        const lowest = new Float64Array(length);
        fillWindowRange(highs.slice(0, length), lows.slice(0, length), period, highest, lowest);
        const range = new WindowRange(period);
        for (let i = 0; i < length; i++) {
          range.update(highs[i], lows[i]);
          if (!Object.is(highest[i], range.highest) || !Object.is(lowest[i], range.lowest)) {
            expect.fail(`period ${period}, length ${length}, index ${i}: ${highest[i]}/${lowest[i]} vs ${range.highest}/${range.lowest}`);
          }
        }
      }
    }
  });
});
