import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../random/seeded-random.js';
import type { AccuracyTrackerState } from './accuracy-state.js';
import { AccuracyTracker } from './accuracy-tracker.js';
import { expectSameLearning, feed, FEED_AGENTS, FEED_OPTIONS, learnBar } from './learning-feed.test-support.js';
import { mergeAccuracyTrackerStates } from './merge-tracker-states.js';

const feeds = [feed('AAPL', 1), feed('MSFT', 2), feed('BTC-USD', 3)];

/** The shared store of the tests: the state every sync merges its delta into. */
class SharedState {
  state: AccuracyTrackerState | null = null;

  sync(tracker: AccuracyTracker, meanwhile: () => void = () => undefined): void {
    const sync = tracker.beginSync();
    meanwhile();
    this.state = this.state === null ? sync.delta : mergeAccuracyTrackerStates(this.state, sync.delta);
    sync.complete(this.state);
  }
}

/** What one tracker following every feed learns. */
function alone(): AccuracyTracker {
  const tracker = new AccuracyTracker(FEED_OPTIONS);
  const streams = feeds.map((source) => tracker.stream(source.symbol, '1d', FEED_AGENTS));
  for (let i = 0; i < 120; i++) feeds.forEach((source, k) => learnBar(streams[k], source, i));
  return tracker;
}

describe('AccuracyTracker sync', () => {
  const single = alone();

  it('lets two trackers that split the symbols end with the shared state one tracker of all symbols has, syncing at random bars', () => {
    const shared = new SharedState();
    const [a, b] = [new AccuracyTracker(FEED_OPTIONS), new AccuracyTracker(FEED_OPTIONS)];
    // AAPL and MSFT (one symbol class: the same records) on different trackers.
    const streams = [a.stream('AAPL', '1d', FEED_AGENTS), b.stream('MSFT', '1d', FEED_AGENTS), a.stream('BTC-USD', '1d', FEED_AGENTS)];
    const random = createSeededRandom(42);
    for (let i = 0; i < 120; i++) {
      feeds.forEach((source, k) => learnBar(streams[k], source, i));
      if (random.next() < 0.3) shared.sync(a);
      if (random.next() < 0.3) shared.sync(b);
    }
    shared.sync(a);
    shared.sync(b);
    shared.sync(a);
    expectSameLearning(shared.state, single.toJSON());
    // Each tracker's weights are the pooled ones.
    for (const tracker of [a, b]) expect(tracker.weight('trend', 'equity', '1d')).toBeCloseTo(single.weight('trend', 'equity', '1d'), 12);
    expect(a.accuracy('contrarian', 'equity', '1d').scored).toBe(single.accuracy('contrarian', 'equity', '1d').scored);
    // Its in-memory history ends with the adopted record (the full history is the shared one).
    expect(b.history('trend', 'equity', '1d').at(-1)?.weight).toBeCloseTo(b.weight('trend', 'equity', '1d'), 12);
    expect(b.history('trend', 'crypto', '1d').at(-1)?.time).toBe(b.accuracy('trend', 'crypto', '1d').updatedAt);
  });

  it('keeps what is learned while a sync is under way for the next sync', () => {
    const shared = new SharedState();
    const [a, b] = [new AccuracyTracker(FEED_OPTIONS), new AccuracyTracker(FEED_OPTIONS)];
    const streams = [a.stream('AAPL', '1d', FEED_AGENTS), b.stream('MSFT', '1d', FEED_AGENTS), b.stream('BTC-USD', '1d', FEED_AGENTS)];
    let i = 0;
    const next = (): void => {
      feeds.forEach((source, k) => learnBar(streams[k], source, i));
      i++;
    };
    while (i < 120) {
      next();
      // The bar learned between beginSync and complete is not in this delta: it must survive the adoption.
      if (i % 7 === 0 && i < 120) shared.sync(a, next);
      if (i % 11 === 0 && i < 120) shared.sync(b, next);
    }
    shared.sync(a);
    shared.sync(b);
    shared.sync(a);
    expectSameLearning(shared.state, single.toJSON());
    expect(a.weight('holder', 'crypto', '1d')).toBeCloseTo(single.weight('holder', 'crypto', '1d'), 12);
  });

  it('sends everything learned since it was made the first time, and only what is new once marked synced', () => {
    const tracker = new AccuracyTracker(FEED_OPTIONS);
    const stream = tracker.stream('AAPL', '1d', FEED_AGENTS);
    for (let i = 0; i < 60; i++) learnBar(stream, feeds[0], i);
    expect(tracker.syncing).toBe(false);
    const first = tracker.beginSync();
    expectSameLearning(first.delta, tracker.toJSON());
    first.complete(first.delta);
    expect(tracker.syncing).toBe(true);
    const nothing = tracker.beginSync();
    expect(nothing.delta.records).toEqual([]);
    expect(nothing.delta.trades).toEqual([]);
    nothing.complete(first.delta);

    const restored = AccuracyTracker.fromJSON(JSON.parse(JSON.stringify(tracker)));
    restored.markSynced();
    const again = restored.stream('AAPL', '1d', FEED_AGENTS);
    for (let i = 0; i < 60; i++) again.observe(feeds[0].bars[i].time, feeds[0].bars[i].close);
    learnBar(again, feeds[0], 60);
    for (let i = 61; i < 64; i++) learnBar(again, feeds[0], i);
    const delta = restored.beginSync().delta;
    // Only the vote of bar 60 reached its horizon (3 bars): one scored or pushed vote per agent that voted.
    const counted = delta.records.map((record) => record.scored + record.pushes);
    expect(counted.every((count) => count === 1)).toBe(true);
    expect(delta.records.map((record) => record.agent)).toEqual(FEED_AGENTS.filter((_, k) => feeds[0].actions[60][k] !== 2));
  });

  it('gives an aborted delta back, so it goes with the next sync', () => {
    const shared = new SharedState();
    const tracker = new AccuracyTracker(FEED_OPTIONS);
    const streams = feeds.map((source) => tracker.stream(source.symbol, '1d', FEED_AGENTS));
    for (let i = 0; i < 120; i++) {
      feeds.forEach((source, k) => learnBar(streams[k], source, i));
      if (i === 30 || i === 90) shared.sync(tracker);
      if (i % 20 === 5 && i > 20) {
        const failed = tracker.beginSync();
        expect(failed.delta.records.length + failed.delta.trades.length).toBeGreaterThan(0);
        failed.abort();
      }
    }
    shared.sync(tracker);
    expectSameLearning(shared.state, single.toJSON());
  });

  it('aborting the very first sync leaves everything unsynced', () => {
    const tracker = alone();
    tracker.beginSync().abort();
    expect(tracker.syncing).toBe(false);
    expectSameLearning(tracker.beginSync().delta, single.toJSON());
  });

  it('runs one sync at a time and refuses a shared state of other options', () => {
    const tracker = new AccuracyTracker(FEED_OPTIONS);
    const sync = tracker.beginSync();
    expect(() => tracker.beginSync()).toThrow('a sync of this accuracy tracker is in progress; complete or abort it first');
    const other = new AccuracyTracker({ ...FEED_OPTIONS, horizon: 4 }).toJSON();
    expect(() => sync.complete(other)).toThrow('accuracy tracker states differ in horizon (3 and 4): they cannot be merged');
    sync.abort();
    expect(() => sync.abort()).toThrow('this accuracy sync is already completed or aborted');
  });
});
