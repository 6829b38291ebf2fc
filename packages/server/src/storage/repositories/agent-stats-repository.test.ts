import { AccuracyTracker, actionCode, NO_VOTE, randomWalkBars } from '@goldensignals/engine';
import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { AgentStatsRepository } from './agent-stats-repository.js';

const AGENTS = Object.freeze(['trend', 'contrarian', 'holder']);
const ACTIONS = Int8Array.from([actionCode('BUY'), actionCode('SELL'), actionCode('HOLD')]);

/** Feeds bars of two symbols (two symbol classes) to the tracker, calling `every` after each bar. */
function learn(tracker: AccuracyTracker, bars: number, every: (bar: number) => Promise<void> | void = () => undefined) {
  const feeds = ['AAPL', 'BTC-USD'].map((symbol, seed) => ({ series: randomWalkBars({ length: bars, seed: seed + 11, symbol }), stream: tracker.stream(symbol, '1d', AGENTS) }));
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
});
