import { describe, expect, it } from 'vitest';
import type { StreamingIndicator } from '../indicators/indicator.js';
import { ExponentialMovingAverage } from '../indicators/moving-averages/exponential-moving-average.js';
import type { Bar } from '../series/bar.js';
import { randomWalkBars } from '../series/random-walk-bars.js';
import { RollingBarHistory } from '../series/rolling-bar-history.js';
import { defineFeature } from './feature-request.js';
import { FeatureStore } from './feature-store.js';
import { averageTrueRangeFeature, exponentialMovingAverageFeature, relativeStrengthIndexFeature } from './features/standard-features.js';

const series = randomWalkBars({ length: 300, seed: 21 });
const bars: Bar[] = Array.from({ length: series.length }, (_, i) => series.bar(i));

/** An indicator without a plan whose values are whatever `valueAt` says for the n-th update. */
function scripted<T>(valueAt: (n: number) => T | null): StreamingIndicator<Bar, T> {
  let n = 0;
  return {
    lookback: 0,
    value: null,
    update: () => valueAt(n++),
    reset: () => {
      n = 0;
    },
  };
}

describe('FeatureStore', () => {
  it('computes a key once for all its requests and keeps the longest history asked for', () => {
    const short = relativeStrengthIndexFeature(14, 1);
    const long = relativeStrengthIndexFeature(14, 4);
    const store = new FeatureStore([short, long, averageTrueRangeFeature(14)]);
    expect(store.size).toBe(2);
    const reference = relativeStrengthIndexFeature(14).create();
    const values = bars.map((bar) => {
      store.update(bar);
      return reference.update(bar);
    });
    // Both requests read the same RSI, 3 bars back too: the store keeps 4 values for the key.
    expect(store.get(short, 3)).toBe(values[bars.length - 4]);
    expect(store.get(long, 3)).toBe(values[bars.length - 4]);
    expect(store.get(long, 4)).toBeNull();
  });

  it('answers null before the first bar, for a negative ago and beyond the bars seen', () => {
    const ema = exponentialMovingAverageFeature(3, 5);
    const store = new FeatureStore([ema]);
    expect(store.get(ema)).toBeNull();
    bars.slice(0, 4).forEach((bar) => store.update(bar));
    const expected = new ExponentialMovingAverage(3);
    const values = bars.slice(0, 4).map((bar) => expected.update(bar.close));
    expect(store.get(ema, -1)).toBeNull();
    expect([0, 1, 2, 3, 4].map((ago) => store.get(ema, ago))).toEqual([values[3], values[2], null, null, null]);
  });

  it('refuses a key no request asked for, naming it', () => {
    const store = new FeatureStore([exponentialMovingAverageFeature(8)]);
    expect(() => store.get(exponentialMovingAverageFeature(9))).toThrow('feature EMA(9) was not requested by any active agent');
  });

  it('runs a feature without a plan on its own indicator, keeping numbers, NaN and objects as they were', () => {
    const numbers = defineFeature('TEST_NUMBERS', () => scripted((n) => (n % 3 === 0 ? null : n * 0.5)), 3);
    const nan = defineFeature('TEST_NAN', () => scripted((n) => (n === 1 ? Number.NaN : n)), 2);
    const objects = defineFeature('TEST_OBJECTS', () => scripted((n) => ({ n })), 2);
    const store = new FeatureStore([numbers, nan, objects]);
    for (let i = 0; i < 3; i++) store.update(bars[i]);
    // Updates 0, 1, 2 gave null, 0.5, 1 (newest first).
    expect([0, 1, 2].map((ago) => store.get(numbers, ago))).toEqual([1, 0.5, null]);
    // NaN is a value, not "no value": it stays NaN, next to the number that followed it.
    expect(store.get(nan, 0)).toBe(2);
    expect(store.get(nan, 1)).toBeNaN();
    expect(store.get(objects, 1)).toEqual({ n: 1 });
    // An indicator that reuses one value object does not change the values kept.
    const shared = { n: 0 };
    const reused = defineFeature('TEST_REUSED', () => scripted((n) => Object.assign(shared, { n })), 2);
    const reusing = new FeatureStore([reused]);
    reusing.update(bars[0]);
    reusing.update(bars[1]);
    expect([reusing.get(reused, 0), reusing.get(reused, 1)]).toEqual([{ n: 1 }, { n: 0 }]);
    store.reset();
    expect(store.get(numbers)).toBeNull();
    store.update(bars[0]);
    expect(store.get(objects)).toEqual({ n: 0 });
  });

  it('keeps the last bars like a RollingBarHistory of the same capacity', () => {
    const store = new FeatureStore([relativeStrengthIndexFeature(14)], { barHistory: 7 });
    const history = new RollingBarHistory(7);
    const fields = ['time', 'open', 'high', 'low', 'close', 'volume'] as const;
    for (const bar of bars.slice(0, 40)) {
      store.update(bar);
      history.push(bar);
      expect(store.bars.length).toBe(history.length);
      for (const field of fields) for (let ago = -1; ago <= 8; ago++) expect(store.bars[field](ago)).toBe(history[field](ago));
    }
    store.reset();
    expect(store.bars.length).toBe(0);
    expect(store.bars.close(0)).toBeNaN();
  });

  it('keeps no bars unless asked to', () => {
    const store = new FeatureStore([exponentialMovingAverageFeature(2)]);
    store.update(bars[0]);
    expect(store.bars.length).toBe(0);
    expect(store.bars.close(0)).toBeNaN();
  });
});
