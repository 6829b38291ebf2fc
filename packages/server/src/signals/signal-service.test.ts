import { randomWalkBars, SignalEngine, TIMEFRAME_MS, type Bar } from '@goldensignals/engine';
import { expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { ForegroundWork } from '../support/foreground-work.js';
import type { BarRequest } from '../market-data/bar-request.js';
import { SignalRepository } from '../storage/repositories/signal-repository.js';
import type { StoredSignal } from '../storage/repositories/stored-signal.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import type { BarSource, BarsAnswer } from './bar-source.js';
import { LearningState } from './learning-state.js';
import { SignalService } from './signal-service.js';

const DAY = TIMEFRAME_MS['1d'];
const T0 = Date.UTC(2023, 0, 2);
const series = randomWalkBars({ length: 400, seed: 11, timeframe: '1d', startTime: T0, symbol: 'BTC-USD' });
const ALL: Bar[] = Array.from({ length: series.length }, (_, i) => series.bar(i));

/** Bars of one random walk as a market that has reached `clock.now`; counts requests. */
class WalkSource implements BarSource {
  requests: BarRequest[] = [];
  async bars(request: BarRequest): Promise<BarsAnswer> {
    this.requests.push(request);
    return { bars: ALL.filter((bar) => bar.time >= request.from && bar.time < request.to), simulated: true, stale: false };
  }
}

describeStorage('SignalService', (context) => {
  const clock = { now: T0 + 300 * DAY };
  const published: StoredSignal[] = [];
  const barsPublished: string[] = [];

  async function service(foreground?: ForegroundWork): Promise<SignalService> {
    const { tracker, state } = await LearningState.load(context.database);
    return new SignalService({
      foreground,
      database: context.database,
      bars: new WalkSource(),
      engine: new SignalEngine(tracker === null ? {} : { tracker }),
      learning: state,
      publisher: {
        publishSignal: (signal) => published.push(signal),
        publishBars: (symbol, timeframe, bars, simulated) => barsPublished.push(...bars.map((bar) => `${symbol} ${timeframe} ${new Date(bar.time).toISOString()} ${simulated}`)),
      },
      historyBars: 250,
      now: () => clock.now,
    });
  }

  it('signals the last closed bar, stores it with every vote and publishes it once', async () => {
    published.length = 0;
    clock.now = T0 + 300 * DAY + 1;
    const signals = await service();
    const first = await signals.generate('BTC-USD', '1d');
    expect(first.created).toBe(true);
    expect(first.signal).toMatchObject({ symbol: 'BTC-USD', timeframe: '1d', time: new Date(T0 + 299 * DAY).toISOString(), simulated: true });
    const stored = await new SignalRepository(context.database.db).byId(first.signal.id);
    expect(stored?.votes.length).toBeGreaterThan(30);
    const again = await signals.generate('BTC-USD', '1d');
    expect(again).toMatchObject({ created: false, signal: { id: first.signal.id } });
    expect(published.map((signal) => signal.id)).toEqual([first.signal.id]);
  });

  it('generates as foreground work: background work waiting on the thread goes only after the signal is stored', async () => {
    clock.now = T0 + 300 * DAY + 1;
    const foreground = new ForegroundWork({ settleMs: 0 });
    const signals = await service(foreground);
    const order: string[] = [];
    const generation = signals.generate('ETH-USD', '1d').then(() => order.push('signal stored'));
    expect(foreground.active).toBe(1);
    await foreground.settled().then(() => order.push('background step'));
    await generation;
    expect(order).toEqual(['signal stored', 'background step']);
  });

  it('moves on to each new closed bar and never signals a bar that has not closed', async () => {
    clock.now = T0 + 300 * DAY;
    const signals = await service();
    barsPublished.length = 0;
    const first = await signals.generate('BTC-USD', '1d');
    clock.now += 3 * DAY - 1;
    const later = await signals.generate('BTC-USD', '1d');
    expect(later.created).toBe(true);
    expect(later.signal.time).toBe(new Date(T0 + 301 * DAY).toISOString());
    expect(later.signal.id).not.toBe(first.signal.id);
    // The history loaded by the first call is not news; the two bars that closed since are.
    expect(barsPublished).toEqual([`BTC-USD 1d ${new Date(T0 + 300 * DAY).toISOString()} true`, `BTC-USD 1d ${new Date(T0 + 301 * DAY).toISOString()} true`]);
  });

  it('stores one signal per bar when two services (two processes) generate it at once', async () => {
    clock.now = T0 + 300 * DAY;
    const [a, b] = [await service(), await service()];
    const answers = await Promise.all([a.generate('BTC-USD', '1d'), b.generate('BTC-USD', '1d')]);
    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(answers[0].signal.id).toBe(answers[1].signal.id);
    const stored = await new SignalRepository(context.database.db).list({ symbols: ['BTC-USD'] });
    expect(stored.items.map((signal) => signal.id)).toEqual([answers[0].signal.id]);
  });

  it('announces again a signal another process stored but may have died before announcing', async () => {
    clock.now = T0 + 300 * DAY;
    const maker = await service();
    const made = await maker.generate('BTC-USD', '1d');
    // As if the maker was killed between storing the signal and publishing it: nobody heard of it.
    published.length = 0;
    const retried = await (await service()).generate('BTC-USD', '1d');
    expect(retried).toMatchObject({ created: false, signal: { id: made.signal.id } });
    expect(published.map((signal) => signal.id)).toEqual([made.signal.id]);
  });

  it('keeps learned weights across a restart without counting old bars twice', async () => {
    clock.now = T0 + 300 * DAY;
    const before = await service();
    await before.generate('BTC-USD', '1d');
    await before.saveLearning();
    const saved = (await LearningState.load(context.database)).tracker;
    const scored = saved?.snapshot().reduce((sum, cell) => sum + cell.scored, 0) ?? 0;
    expect(scored).toBeGreaterThan(0);
    const after = await service();
    const again = await after.generate('BTC-USD', '1d');
    expect(again.created).toBe(false);
    await after.saveLearning();
    const reloaded = (await LearningState.load(context.database)).tracker;
    expect(reloaded?.snapshot().reduce((sum, cell) => sum + cell.scored, 0)).toBe(scored);
  });

  it('refuses to signal from too little history, saying how much there is', async () => {
    clock.now = T0 + 20 * DAY;
    const signals = await service();
    const error = await signals.generate('BTC-USD', '1d').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'GS_ERR_NOT_ENOUGH_DATA', message: 'BTC-USD 1d: 20 closed bars available, a signal needs at least 60' });
  });
});
