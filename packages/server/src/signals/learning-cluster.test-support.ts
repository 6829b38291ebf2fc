import { randomWalkBars, SignalEngine, TIMEFRAME_MS, type AccuracyTrackerState, type Bar } from '@goldensignals/engine';
import { expect } from 'vitest';
import type { BarRequest } from '../market-data/bar-request.js';
import type { Database } from '../storage/database.js';
import { AgentStatsRepository } from '../storage/repositories/agent-stats-repository.js';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';
import type { BarSource, BarsAnswer } from './bar-source.js';
import { LearningState } from './learning-state.js';
import { SignalService } from './signal-service.js';

const DAY = TIMEFRAME_MS['1d'];
/** First bar of every walk. */
export const MARKET_START = Date.UTC(2023, 0, 2);

function seedOf(symbol: string): number {
  let seed = 3;
  for (const char of symbol) seed = (seed * 31 + char.charCodeAt(0)) % 1_000_003;
  return seed;
}

/** Daily random-walk bars of any symbol (a walk of its own), as a market that has reached `clock.now`. */
export class WalkMarket implements BarSource {
  private readonly walks = new Map<string, Bar[]>();

  async bars(request: BarRequest): Promise<BarsAnswer> {
    let walk = this.walks.get(request.symbol);
    if (walk === undefined) {
      const series = randomWalkBars({ length: 400, seed: seedOf(request.symbol), timeframe: '1d', startTime: MARKET_START, symbol: request.symbol });
      walk = Array.from({ length: series.length }, (_, i) => series.bar(i));
      this.walks.set(request.symbol, walk);
    }
    return { bars: walk.filter((bar) => bar.time >= request.from && bar.time < request.to), simulated: true, stale: false };
  }
}

/** A clock shared by the services of a test: just after the close of daily bar `day` of the walks. */
export class MarketClock {
  now = MARKET_START;

  /** Moves to the day when bar `day - 1` has closed (bars 0 … day - 1 are closed). */
  at(day: number): void {
    this.now = MARKET_START + day * DAY + 1;
  }
}

/**
 * A SignalService as one process runs it: its own engine and tracker (loaded from the database),
 * sharing the database with the others. History reaches back to the walks' first bar, so every
 * service replays a symbol from the same bar and its indicators agree with the others'.
 */
export async function processService(database: Database, clock: MarketClock, market: BarSource = new WalkMarket()): Promise<SignalService> {
  const { tracker, state } = await LearningState.load(database);
  return new SignalService({
    database,
    bars: market,
    // A bare majority decides, so the consensus trades often enough for its trade records to matter.
    engine: new SignalEngine({ consensus: { threshold: 0.51 }, ...(tracker === null ? {} : { tracker }) }),
    learning: state,
    publisher: { publishSignal: () => undefined },
    historyBars: 1000,
    lookbackMs: () => 1000 * DAY,
    now: () => clock.now,
  });
}

/** What a signal decided, with the numbers that depend on learned weights (confidence, strength) and trade records (size). */
export function decision(signal: StoredSignal): string {
  return `${signal.symbol} ${signal.time} ${signal.action} ${signal.confidence.toFixed(9)} ${signal.consensusStrength.toFixed(9)} ${signal.positionSize.toFixed(9)}`;
}

/** The learning saved in the database, as the tracker a process starting now would load. */
export async function savedLearning(database: Database): Promise<AccuracyTrackerState | null> {
  return (await new AgentStatsRepository(database.db).load())?.toJSON() ?? null;
}

function close(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (!(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) expect.fail(`${path}: ${actual} differs from ${expected}`);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (actual.length !== expected.length) expect.fail(`${path}: ${actual.length} items instead of ${expected.length}`);
    expected.forEach((item, i) => close(actual[i], item, `${path}.${i}`));
    return;
  }
  if (typeof expected === 'object' && expected !== null && typeof actual === 'object' && actual !== null) {
    expect(Object.keys(actual).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) close((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

function sorted<T extends { readonly symbolClass: string; readonly timeframe: string; readonly agent?: string }>(records: readonly T[]): T[] {
  const key = (record: T) => `${record.agent ?? ''} ${record.symbolClass} ${record.timeframe}`;
  return [...records].sort((a, b) => key(a).localeCompare(key(b)));
}

/**
 * Asserts two saved tracker states equal: every agent record (counts, decayed sums, history) and, unless
 * `agentsOnly`, the consensus' trade records; numbers to a relative 1e-9 (sums added in another order
 * round differently), records in any order (the order records were first seen in is not learning).
 */
export function expectSameLearning(actual: AccuracyTrackerState | null, expected: AccuracyTrackerState | null, agentsOnly = false): void {
  expect(actual === null).toBe(expected === null);
  if (actual === null || expected === null) return;
  expect(actual.options).toEqual(expected.options);
  close(sorted(actual.records), sorted(expected.records), 'records');
  if (!agentsOnly) close(sorted(actual.trades), sorted(expected.trades), 'trades');
}
