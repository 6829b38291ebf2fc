import { expect } from 'vitest';
import { createSeededRandom } from '../random/seeded-random.js';
import { randomWalkBars } from '../series/random-walk-bars.js';
import type { Bar } from '../series/bar.js';
import type { AccuracyTrackerState } from './accuracy-state.js';
import type { AccuracyStream } from './accuracy-stream.js';
import { NO_VOTE } from './action-code.js';

/** Agents of the feeds, frozen: the tracker shares cells between streams of one list. */
export const FEED_AGENTS = Object.freeze(['trend', 'contrarian', 'holder', 'sometimes']);

/** Tracker options small enough that records, histories and decay all matter within 120 bars. */
export const FEED_OPTIONS = Object.freeze({ horizon: 3, volatilityPeriod: 10, historyLength: 40, halfLifeBars: 30, minPayoffSamples: 4 });

/** A symbol's bars and the votes cast on each of them (deterministic per seed). */
export interface Feed {
  readonly symbol: string;
  readonly bars: readonly Bar[];
  /** Agents' action codes per bar (in {@link FEED_AGENTS} order). */
  readonly actions: readonly Int8Array[];
  /** The consensus' action code per bar. */
  readonly consensus: readonly number[];
}

/** Bars of a random walk and pseudo-random votes on them. */
export function feed(symbol: string, seed: number, length = 120): Feed {
  const series = randomWalkBars({ length, seed, symbol, startTime: Date.UTC(2024, 0, 1) });
  const random = createSeededRandom(seed * 7 + 1);
  const code = (): number => [1, -1, 0][Math.floor(random.next() * 3)];
  const bars: Bar[] = [];
  const actions: Int8Array[] = [];
  const consensus: number[] = [];
  for (let i = 0; i < length; i++) {
    bars.push(series.bar(i));
    actions.push(Int8Array.from([code(), code(), 0, random.next() < 0.5 ? code() : NO_VOTE]));
    consensus.push(random.next() < 0.6 ? code() : NO_VOTE);
  }
  return { symbol, bars, actions, consensus };
}

/** Observes bar `i` of a feed and records its votes. */
export function learnBar(stream: AccuracyStream, source: Feed, i: number): void {
  stream.observe(source.bars[i].time, source.bars[i].close);
  stream.record(source.actions[i], source.consensus[i]);
}

function close(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tolerance)) expect.fail(`${path}: ${actual} differs from ${expected}`);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (actual.length !== expected.length) expect.fail(`${path}: ${actual.length} items instead of ${expected.length}`);
    expected.forEach((item, i) => close(actual[i], item, `${path}.${i}`));
    return;
  }
  if (typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null) {
    const keys = Object.keys(expected);
    expect(Object.keys(actual).sort(), path).toEqual([...keys].sort());
    for (const key of keys) close((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

/** Asserts two tracker states equal, numbers to a relative 1e-9 (sums added in another order round differently); records in any order. */
export function expectSameLearning(actual: AccuracyTrackerState | null, expected: AccuracyTrackerState): void {
  expect(actual).not.toBeNull();
  if (actual === null) return;
  const byKey = <T extends { symbolClass: string; timeframe: string; agent?: string }>(records: readonly T[]) =>
    [...records].sort((a, b) => `${a.agent ?? ''} ${a.symbolClass} ${a.timeframe}`.localeCompare(`${b.agent ?? ''} ${b.symbolClass} ${b.timeframe}`));
  close(actual.options, expected.options, 'options');
  close(byKey(actual.records), byKey(expected.records), 'records');
  close(byKey(actual.trades), byKey(expected.trades), 'trades');
}
