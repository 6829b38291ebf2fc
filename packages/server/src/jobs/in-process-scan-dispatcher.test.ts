import { count, eq } from 'drizzle-orm';
import { afterEach, expect, it } from 'vitest';
import { ScanRepository } from '../storage/repositories/scan-repository.js';
import { signals } from '../storage/schema/signals.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { Gate, waitFor } from './backtest-runner.test-support.js';
import { InProcessScanDispatcher } from './in-process-scan-dispatcher.js';
import { BARLESS_SYMBOL, WalkBars, walkSignalService } from './walk-signals.test-support.js';

describeStorage('InProcessScanDispatcher', (context) => {
  const dispatchers: InProcessScanDispatcher[] = [];
  const scans = () => new ScanRepository(context.database.db);
  afterEach(async () => {
    await Promise.all(dispatchers.splice(0).map((dispatcher) => dispatcher.stop()));
  });

  async function dispatcher(bars?: WalkBars): Promise<{ dispatcher: InProcessScanDispatcher; errors: unknown[] }> {
    const { service } = await walkSignalService(context.database, bars);
    const errors: unknown[] = [];
    const created = new InProcessScanDispatcher({ database: context.database, generate: (symbol, timeframe) => service.generate(symbol, timeframe), onError: (error) => errors.push(error) });
    dispatchers.push(created);
    return { dispatcher: created, errors };
  }

  const finished = (id: string) => waitFor(async () => ['done', 'failed'].includes((await scans().byId(id))?.status ?? ''), `scan ${id} to finish`);
  const signalCount = async (symbol: string) => (await context.database.db.select({ n: count() }).from(signals).where(eq(signals.symbol, symbol)))[0].n;

  it('signals every symbol of a scan, records a symbol without data as failed, and counts up to the total', async () => {
    const { dispatcher: running, errors } = await dispatcher();
    const scan = await scans().create({ userId: null, timeframe: '1d', symbols: ['AAA', 'BBB', BARLESS_SYMBOL, 'CCC'] });
    await running.submit(scan.id);
    await finished(scan.id);
    expect(await scans().byId(scan.id)).toMatchObject({ status: 'done', total: 4, completed: 3, failedCount: 1 });
    const items = await scans().items(scan.id);
    expect(items.map((item) => [item.symbol, item.status])).toEqual([
      ['AAA', 'done'],
      ['BBB', 'done'],
      [BARLESS_SYMBOL, 'failed'],
      ['CCC', 'done'],
    ]);
    expect(items[2].error).toMatch(/NOBARS 1d: 0 closed bars available, a signal needs at least 60/);
    for (const symbol of ['AAA', 'BBB', 'CCC']) expect(await signalCount(symbol)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('stores no second signal when the same bar is scanned again, by a second scan or a second submit', async () => {
    const { dispatcher: running } = await dispatcher();
    const first = await scans().create({ userId: null, timeframe: '1d', symbols: ['AAA', 'BBB'] });
    await Promise.all([running.submit(first.id), running.submit(first.id)]);
    await finished(first.id);
    const second = await scans().create({ userId: null, timeframe: '1d', symbols: ['BBB', 'AAA'] });
    await running.submit(second.id);
    await finished(second.id);
    expect(await scans().byId(second.id)).toMatchObject({ status: 'done', completed: 2 });
    const firstItems = await scans().items(first.id);
    const secondItems = await scans().items(second.id);
    expect(secondItems.map((item) => item.signalId)).toEqual([firstItems[1].signalId, firstItems[0].signalId]);
    expect([await signalCount('AAA'), await signalCount('BBB')]).toEqual([1, 1]);
  });

  it('leaves the symbols it had not reached pending when stopped, and a new start finishes them', async () => {
    const gate = new Gate();
    const { dispatcher: first } = await dispatcher(new WalkBars((symbol) => (symbol === 'BBB' ? gate.pass() : Promise.resolve())));
    const scan = await scans().create({ userId: null, timeframe: '1d', symbols: ['AAA', 'BBB', 'CCC', 'DDD'] });
    await first.submit(scan.id);
    await waitFor(() => gate.arrivals > 0, 'BBB to be asked for');
    const stopped = first.stop();
    gate.open();
    await stopped;
    const left = await scans().pendingSymbols(scan.id);
    expect(left.length).toBeGreaterThan(0);
    expect(await scans().byId(scan.id)).toMatchObject({ status: 'running' });

    const { dispatcher: second } = await dispatcher();
    expect(await second.start()).toEqual([scan.id]);
    await finished(scan.id);
    expect(await scans().byId(scan.id)).toMatchObject({ status: 'done', completed: 4, failedCount: 0 });
  });
});
