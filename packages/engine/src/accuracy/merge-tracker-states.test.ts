import { describe, expect, it } from 'vitest';
import { AccuracyTracker } from './accuracy-tracker.js';
import { expectSameLearning, feed, FEED_AGENTS, FEED_OPTIONS, learnBar } from './learning-feed.test-support.js';
import { mergeAccuracyTrackerStates } from './merge-tracker-states.js';

const feeds = [feed('AAPL', 1), feed('MSFT', 2), feed('BTC-USD', 3)];

/** A tracker that followed the given feeds bar by bar, all of them at each bar. */
function learned(symbols: readonly string[], options: object = FEED_OPTIONS): AccuracyTracker {
  const tracker = new AccuracyTracker(options);
  const followed = feeds.filter((source) => symbols.includes(source.symbol)).map((source) => ({ source, stream: tracker.stream(source.symbol, '1d', FEED_AGENTS) }));
  for (let i = 0; i < 120; i++) for (const { source, stream } of followed) learnBar(stream, source, i);
  return tracker;
}

describe('mergeAccuracyTrackerStates', () => {
  const all = learned(['AAPL', 'MSFT', 'BTC-USD']).toJSON();

  it('pools two trackers that learned from different symbols into what one tracker of all of them learned, history included', () => {
    const merged = mergeAccuracyTrackerStates(learned(['AAPL', 'BTC-USD']).toJSON(), learned(['MSFT']).toJSON());
    expectSameLearning(merged, all);
    // Both equity symbols feed the same records: each vote counted once.
    const trend = merged.records.find((record) => record.agent === 'trend' && record.symbolClass === 'equity');
    expect(trend?.scored).toBe(all.records.find((record) => record.agent === 'trend' && record.symbolClass === 'equity')?.scored);
    expect(trend?.history.time.length).toBe(FEED_OPTIONS.historyLength);
  });

  it('does not depend on the order of its arguments', () => {
    const a = learned(['AAPL']).toJSON();
    const b = learned(['MSFT', 'BTC-USD']).toJSON();
    expectSameLearning(mergeAccuracyTrackerStates(a, b), mergeAccuracyTrackerStates(b, a));
    expectSameLearning(mergeAccuracyTrackerStates(a, b), all);
  });

  it('learns the same from symbols followed one after another as from symbols followed bar by bar, merged or not', () => {
    const tracker = new AccuracyTracker(FEED_OPTIONS);
    // A whole history at a time, as replays do: each symbol's votes resolve before the previous symbol's last.
    for (const source of feeds) {
      const stream = tracker.stream(source.symbol, '1d', FEED_AGENTS);
      for (let i = 0; i < 120; i++) learnBar(stream, source, i);
    }
    expectSameLearning(tracker.toJSON(), all);
    expectSameLearning(mergeAccuracyTrackerStates(learned(['MSFT']).toJSON(), learned(['BTC-USD', 'AAPL']).toJSON()), all);
  });

  it('keeps records the other state lacks, in order: the first state first', () => {
    const merged = mergeAccuracyTrackerStates(learned(['BTC-USD']).toJSON(), learned(['AAPL']).toJSON());
    expect(merged.records.map((record) => `${record.agent} ${record.symbolClass}`)).toEqual([...FEED_AGENTS.map((agent) => `${agent} crypto`), ...FEED_AGENTS.map((agent) => `${agent} equity`)]);
    expect(merged.trades.map((record) => record.symbolClass)).toEqual(['crypto', 'equity']);
  });

  it('refuses to pool trackers with different options, naming the option', () => {
    expect(() => mergeAccuracyTrackerStates(learned(['AAPL']).toJSON(), learned(['MSFT'], { ...FEED_OPTIONS, halfLifeBars: 60 }).toJSON())).toThrow(
      'accuracy tracker states differ in halfLifeBars (30 and 60): they cannot be merged',
    );
  });
});
