import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../random/seeded-random.js';
import { ColumnWindowMaximum, ColumnWindowMinimum, RollingMaximum, RollingMinimum } from './rolling-extremes.js';

/** Brute force: extreme of the last `period` inputs and how many inputs ago its newest occurrence was. */
function bruteForce(values: readonly number[], end: number, period: number, sign: 1 | -1): { value: number; age: number } {
  let best = NaN;
  let age = NaN;
  for (let i = Math.max(0, end - period + 1); i <= end; i++) {
    if (Number.isNaN(best) || sign * values[i] >= sign * best) {
      best = values[i];
      age = end - i;
    }
  }
  return { value: best, age };
}

describe('RollingMaximum', () => {
  it('answers the maximum of the last period inputs and the bars since it', () => {
    const max = new RollingMaximum(3);
    const seen = [5, 3, 4, 1, 2, 0].map((x) => [max.update(x), max.age]);
    // Windows: [5] [5,3] [5,3,4] [3,4,1] [4,1,2] [1,2,0]
    expect(seen).toEqual([[5, 0], [5, 1], [5, 2], [4, 1], [4, 2], [2, 1]]);
  });

  it('counts the most recent of tied maxima, as TA-Lib AROON does', () => {
    const max = new RollingMaximum(4);
    for (const x of [7, 2, 7, 1]) max.update(x);
    expect(max.value).toBe(7);
    expect(max.age).toBe(1);
  });

  it('reports full only once period inputs were seen, and NaN before the first', () => {
    const max = new RollingMaximum(2);
    expect(max.value).toBeNaN();
    expect(max.age).toBeNaN();
    max.update(1);
    expect(max.isFull).toBe(false);
    max.update(2);
    expect(max.isFull).toBe(true);
  });

  it('forgets everything on reset', () => {
    const max = new RollingMaximum(3);
    for (const x of [9, 8, 7]) max.update(x);
    max.reset();
    expect(max.isFull).toBe(false);
    expect(max.update(1)).toBe(1);
    expect(max.age).toBe(0);
  });

  it('matches a brute-force scan on random data with ties, for periods 1 to 20', () => {
    const random = createSeededRandom(11);
    // Coarse rounding makes ties frequent.
    const values = Array.from({ length: 3000 }, () => Math.round(random.next() * 20) / 2);
    for (let period = 1; period <= 20; period++) {
      const max = new RollingMaximum(period);
      for (let i = 0; i < values.length; i++) {
        const got = max.update(values[i]);
        const want = bruteForce(values, i, period, 1);
        if (got !== want.value || max.age !== want.age) {
          expect.fail(`period ${period}, input ${i}: got ${got} age ${max.age}, want ${want.value} age ${want.age}`);
        }
      }
    }
  });

  it('rejects a period that is not a positive integer', () => {
    expect(() => new RollingMaximum(0)).toThrow('period must be an integer >= 1, got 0');
    expect(() => new RollingMaximum(2.5)).toThrow(/period must be an integer/);
  });
});

describe('RollingMinimum', () => {
  it('answers the minimum of the last period inputs and the bars since it', () => {
    const min = new RollingMinimum(3);
    const seen = [5, 3, 4, 1, 2, 6, 7].map((x) => [min.update(x), min.age]);
    // Windows: [5] [5,3] [5,3,4] [3,4,1] [4,1,2] [1,2,6] [2,6,7]
    expect(seen).toEqual([[5, 0], [3, 0], [3, 1], [1, 0], [1, 1], [1, 2], [2, 2]]);
  });

  it('matches a brute-force scan on random data with ties, for periods 1 to 20', () => {
    const random = createSeededRandom(12);
    const values = Array.from({ length: 3000 }, () => Math.round(random.next() * 20) / 2 - 5);
    for (let period = 1; period <= 20; period++) {
      const min = new RollingMinimum(period);
      for (let i = 0; i < values.length; i++) {
        const got = min.update(values[i]);
        const want = bruteForce(values, i, period, -1);
        if (got !== want.value || min.age !== want.age) {
          expect.fail(`period ${period}, input ${i}: got ${got} age ${min.age}, want ${want.value} age ${want.age}`);
        }
      }
    }
  });

  it('returns exactly the input value, sign of zero included', () => {
    const min = new RollingMinimum(2);
    expect(Object.is(min.update(0), 0)).toBe(true);
    expect(Object.is(min.update(-0), -0)).toBe(true);
    expect(min.update(-1.5)).toBe(-1.5);
  });

  it('forgets everything on reset', () => {
    const min = new RollingMinimum(3);
    for (const x of [1, 2, 3]) min.update(x);
    min.reset();
    expect(min.value).toBeNaN();
    expect(min.update(4)).toBe(4);
  });
});

describe('ColumnWindowMaximum and ColumnWindowMinimum (batch scans)', () => {
  it('answer the same extremes and ages as a brute-force scan, ties to the newest, for periods 1 to 20', () => {
    const random = createSeededRandom(13);
    const values = Array.from({ length: 2000 }, () => Math.round(random.next() * 20) / 2);
    // A steadily falling stretch makes the maximum leave the window on every bar (the rescan path).
    for (let i = 500; i < 700; i++) values[i] = 1000 - i;
    for (let period = 1; period <= 20; period++) {
      const max = new ColumnWindowMaximum(values, period);
      const min = new ColumnWindowMinimum(values, period);
      for (let i = 0; i < values.length; i++) {
        const wantMax = bruteForce(values, i, period, 1);
        const wantMin = bruteForce(values, i, period, -1);
        const gotMax = max.at(i);
        const gotMin = min.at(i);
        if (gotMax !== wantMax.value || max.ageAt(i) !== wantMax.age || gotMin !== wantMin.value || min.ageAt(i) !== wantMin.age) {
          expect.fail(`period ${period}, index ${i}: max ${gotMax}/${max.ageAt(i)}, min ${gotMin}/${min.ageAt(i)}`);
        }
      }
    }
  });

  it('may start at any index: the first call scans the window', () => {
    const max = new ColumnWindowMaximum([9, 1, 2, 3, 4], 3);
    expect(max.at(3)).toBe(3);
    expect(max.at(4)).toBe(4);
    expect(new ColumnWindowMinimum([9, 1, 2, 3, 4], 3).at(2)).toBe(1);
  });

  it('reject a period that is not a positive integer', () => {
    expect(() => new ColumnWindowMaximum([1], 0)).toThrow('period must be an integer >= 1, got 0');
    expect(() => new ColumnWindowMinimum([1], -2)).toThrow(RangeError);
  });
});
