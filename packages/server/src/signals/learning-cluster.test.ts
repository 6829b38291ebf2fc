import { createSeededRandom } from '@goldensignals/engine';
import { expect, it } from 'vitest';
import { clearTables } from '../storage/test-support/clear-tables.test-support.js';
import { describeStorage, type StorageTestContext } from '../storage/test-support/describe-storage.test-support.js';
import { decision, expectSameLearning, MarketClock, processService, savedLearning, WalkMarket } from './learning-cluster.test-support.js';
import type { SignalService } from './signal-service.js';

// Three symbols of one class (their votes feed the same agent records) and one of another.
const SYMBOLS = ['BTC-USD', 'ETH-USD', 'SOL-USD', 'AAPL'];
/** The first signal is for the bar before this day (100 bars of history); then one bar a day. */
const FIRST_DAY = 100;
const DAYS = 16;

describeStorage('learning shared by several processes', (context: StorageTestContext) => {
  let alone: Promise<{ learning: Awaited<ReturnType<typeof savedLearning>>; decisions: string[] }> | undefined;

  /** What one service generating every signal alone saves and decides (computed once, on an empty database, emptied again after). */
  function oneProcess(): Promise<{ learning: Awaited<ReturnType<typeof savedLearning>>; decisions: string[] }> {
    alone ??= (async () => {
      const clock = new MarketClock();
      const service = await processService(context.database, clock);
      const decisions: string[] = [];
      for (let day = FIRST_DAY; day < FIRST_DAY + DAYS; day++) {
        clock.at(day);
        for (const symbol of SYMBOLS) decisions.push(decision((await service.generate(symbol, '1d')).signal));
      }
      await service.saveLearning();
      const learning = await savedLearning(context.database);
      await clearTables(context.database);
      return { learning, decisions };
    })();
    return alone;
  }

  it('saves what one process alone saves, and signals alike, when two processes take turns bar by bar, syncing around each signal', async () => {
    const expected = await oneProcess();
    // The consensus traded, so its trade records (and Kelly sizes) are part of what must match.
    expect(expected.learning?.trades.some((record) => record.trades > 0)).toBe(true);
    expect(expected.decisions.some((line) => !line.includes(' HOLD '))).toBe(true);
    const clock = new MarketClock();
    const market = new WalkMarket();
    const services: SignalService[] = [await processService(context.database, clock, market), await processService(context.database, clock, market)];
    const random = createSeededRandom(17);
    const decisions: string[] = [];
    for (let day = FIRST_DAY; day < FIRST_DAY + DAYS; day++) {
      clock.at(day);
      // Process 1 restarts (after saving, as a clean stop does): its successor loads the shared state.
      if (day === FIRST_DAY + 7) {
        await services[1].saveLearning();
        services[1] = await processService(context.database, clock, market);
      }
      for (const symbol of SYMBOLS) {
        const service = services[random.next() < 0.5 ? 0 : 1];
        // The refresh rule: a process syncs before it signals (weights include everything saved) and after.
        await service.saveLearning();
        decisions.push(decision((await service.generate(symbol, '1d')).signal));
        await service.saveLearning();
      }
    }
    expect(decisions).toEqual(expected.decisions);
    expectSameLearning(await savedLearning(context.database), expected.learning);
    // And each process weighs agents with the shared record once it has synced.
    await services[0].saveLearning();
    const saved = expected.learning?.records.find((record) => record.agent === 'rsi' && record.symbolClass === 'crypto');
    expect(saved?.scored).toBeGreaterThan(0);
    for (const service of services) expect(service.engine.tracker.accuracy('rsi', 'crypto', '1d').samples).toBeCloseTo(saved?.samples ?? NaN, 9);
  });

  it('counts every vote once when processes take turns in any order and sync only at the end', async () => {
    const expected = await oneProcess();
    const clock = new MarketClock();
    const market = new WalkMarket();
    const services = [await processService(context.database, clock, market), await processService(context.database, clock, market), await processService(context.database, clock, market)];
    const random = createSeededRandom(5);
    for (let day = FIRST_DAY; day < FIRST_DAY + DAYS; day++) {
      clock.at(day);
      for (const symbol of SYMBOLS) await services[Math.floor(random.next() * services.length)].generate(symbol, '1d');
    }
    for (const service of [...services, ...services]) await service.saveLearning();
    // Agents' votes do not depend on weights, so their records match exactly; the consensus' trades were
    // decided with weights that lagged (no syncs), so the trade records may differ.
    expectSameLearning(await savedLearning(context.database), expected.learning, true);
  });

  it('counts every vote once when processes signal the same symbols at the same time', async () => {
    const expected = await oneProcess();
    const clock = new MarketClock();
    const market = new WalkMarket();
    const services = [await processService(context.database, clock, market), await processService(context.database, clock, market)];
    for (let day = FIRST_DAY; day < FIRST_DAY + DAYS; day++) {
      clock.at(day);
      const answers = await Promise.all(SYMBOLS.map((symbol) => Promise.all(services.map((service) => service.generate(symbol, '1d')))));
      // One signal per bar: the second process to get there gets the first one's.
      for (const [first, second] of answers) {
        expect(second.signal.id).toBe(first.signal.id);
        expect(first.created && second.created).toBe(false);
      }
      if (day % 3 === 0) await Promise.all(services.map((service) => service.saveLearning()));
    }
    for (const service of [...services, ...services]) await service.saveLearning();
    expectSameLearning(await savedLearning(context.database), expected.learning, true);
  });

  it('brings in what another process learned at the next sync, not before', async () => {
    const clock = new MarketClock();
    const market = new WalkMarket();
    const [learner, other] = [await processService(context.database, clock, market), await processService(context.database, clock, market)];
    clock.at(FIRST_DAY);
    await learner.generate('BTC-USD', '1d');
    await learner.saveLearning();
    const shared = (await savedLearning(context.database))?.records.find((record) => record.agent === 'macd' && record.symbolClass === 'crypto');
    expect(shared?.scored).toBeGreaterThan(0);
    expect(other.engine.tracker.accuracy('macd', 'crypto', '1d').scored).toBe(0);
    await other.saveLearning();
    expect(other.engine.tracker.accuracy('macd', 'crypto', '1d')).toMatchObject({ scored: shared?.scored, updatedAt: shared?.lastTime });
    expect(other.engine.tracker.weight('macd', 'crypto', '1d')).toBe(learner.engine.tracker.weight('macd', 'crypto', '1d'));
  });
});
