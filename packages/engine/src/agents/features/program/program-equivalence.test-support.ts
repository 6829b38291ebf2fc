import type { Bar } from '../../../series/bar.js';
import { randomWalkBars } from '../../../series/random-walk-bars.js';
import type { FeatureRequest } from '../../feature-request.js';
import { FeatureStore } from '../../feature-store.js';

const DAY = 86_400_000;

/** A random walk as Bar objects. */
export function walk(length: number, seed: number, volatility = 0.015): Bar[] {
  const series = randomWalkBars({ length, seed, volatility });
  return Array.from({ length }, (_, i) => series.bar(i));
}

/**
 * Daily bars built to hit the indicators' edge cases: runs of identical bars (zero ranges, zero
 * variance, ties for every extreme), prices repeating exactly, zero volume, weekend gaps, a month
 * without bars, and a few zero and negative closes (which the risk features skip).
 */
export function roughBars(length: number, seed: number): Bar[] {
  const base = walk(length, seed, 0.03);
  const bars: Bar[] = [];
  let time = Date.UTC(2018, 0, 1);
  for (let i = 0; i < length; i++) {
    let { open, high, low, close, volume } = base[i];
    if (i % 97 >= 60 && i % 97 < 75) ({ open, high, low, close } = { open: 50, high: 50, low: 50, close: 50 });
    if (i % 13 === 0) high = bars[i - 1]?.high ?? high;
    if (i % 17 === 0) low = bars[i - 1]?.low ?? low;
    if (i % 11 === 0) close = bars[i - 1]?.close ?? close;
    if (i % 23 === 0) volume = 0;
    if (i === 400 || i === 401 || i === 777) close = i === 777 ? -1 : 0;
    high = Math.max(high, open, close);
    low = Math.min(low, open, close);
    bars.push({ time, open, high, low, close, volume });
    time += (i % 5 === 4 ? 3 : 1) * DAY + (i === 300 ? 40 * DAY : 0);
  }
  return bars;
}

/** Hourly bars, 7 per UTC day with a night gap, for the session (VWAP) and calendar features. */
export function intradayBars(length: number, seed: number): Bar[] {
  return walk(length, seed, 0.004).map((bar, i) => ({ ...bar, time: Date.UTC(2021, 0, 4) + Math.floor(i / 7) * DAY + (14 + (i % 7)) * 3_600_000 }));
}

/** Exact equality: numbers by Object.is (so -0 and NaN count), objects field by field in key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const keys = Object.keys(a);
  if (keys.join() !== Object.keys(b).join()) return false;
  return keys.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** A copy of an indicator value that its indicator cannot change afterwards. */
function snapshot(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? { ...value } : value;
}

/**
 * Feeds `bars` to a FeatureStore holding `requests` and, after every `readEvery`-th bar (or the bars
 * `readEvery` picks), compares every readable value (each feature, ago 0 .. history) with the
 * feature's own indicator run alone. Returns the first difference found, or null. Keys must be distinct.
 */
export function firstDifference(requests: readonly FeatureRequest<unknown>[], bars: readonly Bar[], readEvery: number | ((bar: number) => boolean) = 1): string | null {
  const reads = typeof readEvery === 'function' ? readEvery : (i: number) => i % readEvery === readEvery - 1;
  const store = new FeatureStore(requests);
  const references = requests.map((request) => ({ indicator: request.create(), values: [] as unknown[] }));
  for (let i = 0; i < bars.length; i++) {
    store.update(bars[i]);
    for (let f = 0; f < requests.length; f++) {
      const request = requests[f];
      const reference = references[f];
      reference.values.push(snapshot(reference.indicator.update(bars[i])));
      if (!reads(i)) continue;
      for (let ago = 0; ago <= request.history; ago++) {
        const expected = ago < request.history && ago <= i ? reference.values[i - ago] : null;
        const actual = store.get(request, ago);
        if (!sameValue(actual, expected)) {
          return `${request.key} at bar ${i}, ago ${ago}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
        }
      }
    }
  }
  return null;
}
