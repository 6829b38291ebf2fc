import { AccuracyTracker, actionCode, NO_VOTE, randomWalkBars, type AccuracyTrackerState } from '@goldensignals/engine';
import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { AgentStatsRepository } from './agent-stats-repository.js';

const AGENTS = Object.freeze(['trend', 'contrarian', 'holder']);
const ACTIONS = Int8Array.from([actionCode('BUY'), actionCode('SELL'), actionCode('HOLD')]);
const SEEDS: Record<string, number> = { AAPL: 11, 'BTC-USD': 12, MSFT: 13, 'ETH-USD': 14 };

function seedOf(symbol: string): number {
  return SEEDS[symbol] ?? 99;
}

/** Numbers of a tracker state rounded to 9 significant digits: merged sums round differently from sums kept in one tracker. */
function rounded(state: AccuracyTrackerState | undefined): unknown {
  return JSON.parse(JSON.stringify(state ?? null), (_key, value: unknown) => (typeof value === 'number' ? Number(value.toPrecision(9)) : value));
}

/** Feeds bars of two symbols (two symbol classes, or the given ones) to the tracker, calling `every` after each bar. */
function learn(tracker: AccuracyTracker, bars: number, every: (bar: number) => Promise<void> | void = () => undefined, symbols: readonly string[] = ['AAPL', 'BTC-USD']) {
  const feeds = symbols.map((symbol) => ({ series: randomWalkBars({ length: bars, seed: seedOf(symbol), symbol }), stream: tracker.stream(symbol, '1d', AGENTS) }));
  return (async () => {
    for (let i = 0; i < bars; i++) {
      for (const { series, stream } of feeds) {
        const bar = series.bar(i);
        stream.observe(bar.time, bar.close);
        stream.record(ACTIONS, i % 3 === 0 ? actionCode('BUY') : NO_VOTE);
      }
      await every(i);
    }
    return tracker;
  })();
}

describeStorage('AgentStatsRepository', (context) => {
  const repository = () => new AgentStatsRepository(context.database.db);

  it('has nothing to load before a tracker was saved', async () => {
    expect(await repository().load()).toBeNull();
    expect(await repository().list()).toEqual([]);
  });

  it('restores a saved tracker exactly, so agent weights survive a restart', async () => {
    const tracker = await learn(new AccuracyTracker({ horizon: 3, historyLength: 40 }), 120);
    await repository().save(tracker);
    const restored = await repository().load();
    expect(restored?.toJSON()).toEqual(tracker.toJSON());
    expect(restored?.weight('trend', 'crypto', '1d')).toBe(tracker.weight('trend', 'crypto', '1d'));
    expect(restored?.tradeRecord('equity', '1d')).toEqual(tracker.tradeRecord('equity', '1d'));
    expect(await repository().list()).toEqual(tracker.snapshot());
  });

  it('keeps every point of the weight history while the tracker keeps only its newest', async () => {
    const repo = repository();
    const tracker = new AccuracyTracker({ horizon: 3, historyLength: 20 });
    await learn(tracker, 200, (bar) => (bar % 10 === 9 ? repo.save(tracker) : undefined));
    // The same bars through a tracker that forgets nothing: the history the table must hold.
    const complete = (await learn(new AccuracyTracker({ horizon: 3, historyLength: 1000 }), 200)).history('trend', 'equity', '1d');
    const stored = await repo.history('trend', { symbolClass: 'equity', timeframe: '1d' });
    expect(tracker.history('trend', 'equity', '1d')).toHaveLength(20);
    expect(complete.length).toBeGreaterThan(40);
    expect(stored.map(({ time, hitRate, samples, weight }) => ({ time, hitRate, samples, weight }))).toEqual(complete);
    const since = complete[complete.length - 5].time;
    expect((await repo.history('trend', { since, timeframe: '1d' })).every((p) => p.time >= since)).toBe(true);
    // The restored tracker holds the newest 20 points, as the saved one did.
    expect((await repo.load())?.toJSON()).toEqual(tracker.toJSON());
  });

  it('replaces the saved cells with those of the tracker saved last', async () => {
    const repo = repository();
    await repo.save(await learn(new AccuracyTracker({ horizon: 3 }), 30));
    const fresh = new AccuracyTracker({ horizon: 3 });
    fresh.stream('EUR/USD', '1h', ['trend']);
    await repo.save(fresh);
    expect((await repo.list()).map((a) => `${a.agent} ${a.symbolClass} ${a.timeframe}`)).toEqual(['trend fx 1h']);
    expect((await repo.load())?.toJSON()).toEqual(fresh.toJSON());
  });

  it('merges what each tracker learned since its last sync into the saved state, so learning of several processes adds up', async () => {
    const repo = repository();
    // Two processes: one follows AAPL and BTC-USD, the other MSFT (AAPL's class: the same records).
    const [one, other] = [new AccuracyTracker({ horizon: 3, historyLength: 30 }), new AccuracyTracker({ horizon: 3, historyLength: 30 })];
    const sync = async (tracker: AccuracyTracker) => {
      const begun = tracker.beginSync();
      begun.complete(await repo.mergeLearned(begun.delta));
    };
    await Promise.all([
      learn(one, 90, (bar) => (bar % 7 === 6 ? sync(one) : undefined)),
      learn(other, 90, (bar) => (bar % 5 === 4 ? sync(other) : undefined), ['MSFT']),
    ]);
    await sync(one);
    await sync(other);
    const both = await learn(new AccuracyTracker({ horizon: 3, historyLength: 30 }), 90, () => undefined, ['AAPL', 'BTC-USD', 'MSFT']);
    const saved = await repo.load();
    expect(rounded(saved?.toJSON())).toEqual(rounded(both.toJSON()));
    // Every point of the history table too, not only the newest the tracker keeps.
    const complete = await learn(new AccuracyTracker({ horizon: 3, historyLength: 1000 }), 90, () => undefined, ['AAPL', 'BTC-USD', 'MSFT']);
    const stored = (await repo.history('trend', { symbolClass: 'equity', timeframe: '1d' })).map(({ time, hitRate, samples, weight }) => ({ time, hitRate, samples, weight }));
    expect(rounded(stored as never)).toEqual(rounded(complete.history('trend', 'equity', '1d') as never));
    // What each process now weighs agents with is the pooled record.
    expect(other.weight('trend', 'equity', '1d')).toBeCloseTo(both.weight('trend', 'equity', '1d'), 9);
    expect((await repo.list()).map((record) => record.scored)).toEqual(both.snapshot().map((record) => record.scored));
  });

  it('loses nothing when two processes sync at the same moment', async () => {
    const repo = repository();
    const trackers = await Promise.all(['AAPL', 'MSFT', 'ETH-USD'].map((symbol) => learn(new AccuracyTracker({ horizon: 3 }), 60, () => undefined, [symbol])));
    await Promise.all(trackers.map((tracker) => repo.mergeLearned(tracker.beginSync().delta)));
    const all = await learn(new AccuracyTracker({ horizon: 3 }), 60, () => undefined, ['AAPL', 'MSFT', 'ETH-USD']);
    const saved = await repo.list();
    const scored = (state: { agent: string; symbolClass: string; scored: number }[]) => Object.fromEntries(state.map((record) => [`${record.agent} ${record.symbolClass}`, record.scored]));
    expect(scored(saved)).toEqual(scored(all.snapshot()));
  });

  it('answers the saved counts without history to a tracker with nothing to send, and nothing before the first save', async () => {
    const repo = repository();
    expect(await repo.shared()).toBeNull();
    const tracker = await learn(new AccuracyTracker({ horizon: 3 }), 80);
    await repo.mergeLearned(tracker.beginSync().delta);
    const shared = await repo.shared();
    expect(shared?.records.length).toBeGreaterThan(0);
    expect(shared?.records.map((record) => record.scored)).toEqual(tracker.snapshot().map((record) => record.scored));
    expect(shared?.records.every((record) => record.history.time.length === 0)).toBe(true);
    expect(shared?.trades).toEqual(tracker.toJSON().trades.filter((record) => record.trades > 0));
  });

  it('loads a tracker marked synced: it sends only what it learns after', async () => {
    const repo = repository();
    await repo.mergeLearned((await learn(new AccuracyTracker({ horizon: 3 }), 80)).beginSync().delta);
    const loaded = await repo.load();
    expect(loaded?.snapshot().some((record) => record.scored > 0)).toBe(true);
    expect(loaded?.syncing).toBe(true);
    expect(loaded?.beginSync().delta.records).toEqual([]);
  });

  it('refuses learning of a tracker with other options, naming the option', async () => {
    const repo = repository();
    await repo.mergeLearned((await learn(new AccuracyTracker({ horizon: 3 }), 80)).beginSync().delta);
    const other = await learn(new AccuracyTracker({ horizon: 4 }), 80);
    await expect(repo.mergeLearned(other.beginSync().delta)).rejects.toThrow('accuracy tracker states differ in horizon (3 and 4): they cannot be merged');
  });
});

