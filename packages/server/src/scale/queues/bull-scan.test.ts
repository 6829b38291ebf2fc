import type { Timeframe } from '@goldensignals/engine';
import { count, eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterEach, expect, it } from 'vitest';
import { InProcessMessageBus } from '../../bus/in-process-message-bus.js';
import type { BusEvent } from '../../bus/message-bus.js';
import { waitFor } from '../../jobs/backtest-runner.test-support.js';
import { INTERNAL_ITEM_ERROR } from '../../jobs/scan-symbol.js';
import { BARLESS_SYMBOL, walkSignalService } from '../../jobs/walk-signals.test-support.js';
import { createWorker, startWorker, type GoldenSignalsWorker } from '../../runtime/create-worker.js';
import { ScanRepository } from '../../storage/repositories/scan-repository.js';
import { signals } from '../../storage/schema/signals.js';
import { RedisMessageBus } from '../redis/redis-message-bus.js';
import { BullScanDispatcher } from './bull-scan-dispatcher.js';
import { JobQueues } from './job-queues.js';
import { JobWorkers } from './job-workers.js';
import { describeQueues } from './queue-test-context.test-support.js';
import { scanJobId, signalJobId } from './queue-names.js';

const NOW = Date.UTC(2024, 5, 12, 12);
const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'SPY', 'BTC-USD', 'ETH-USD'];

describeQueues('scans through BullMQ', (context) => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const item of opened.splice(0).reverse()) await item.close();
  });

  function queues(): JobQueues {
    const created = JobQueues.open({ redisUrl: context.workerConfig().redisUrl ?? '', keyPrefix: context.keyPrefix });
    opened.push(created);
    return created;
  }

  async function worker(events: BusEvent[] = []): Promise<GoldenSignalsWorker> {
    const bus = new InProcessMessageBus();
    bus.subscribe((event) => void events.push(event));
    const created = await createWorker(context.workerConfig(), {
      bus,
      now: () => NOW,
      databaseSchema: context.schema,
      keyPrefix: context.keyPrefix,
      concurrency: 2,
      schedule: false,
      logger: pino({ level: 'silent' }),
    });
    await created.start();
    opened.push({ close: () => created.stop() }, { close: () => bus.close() });
    return created;
  }

  const scans = () => new ScanRepository(context.database.db);
  const signalsOf = async (symbol: string) => (await context.database.db.select({ n: count() }).from(signals).where(eq(signals.symbol, symbol)))[0].n;

  it('gives every symbol of a scan exactly one signal, published once, with progress counting up to the total', async () => {
    const events: BusEvent[] = [];
    await worker(events);
    const scan = await scans().create({ userId: null, timeframe: '1d', symbols: SYMBOLS });
    await new BullScanDispatcher(queues()).submit(scan.id);
    const seen: number[] = [];
    await waitFor(async () => {
      const row = await scans().byId(scan.id);
      seen.push((row?.completed ?? 0) + (row?.failedCount ?? 0));
      return row?.status === 'done';
    }, 'the scan to finish');
    expect(await scans().byId(scan.id)).toMatchObject({ status: 'done', total: 6, completed: 6, failedCount: 0 });
    // Progress only grows, one symbol at a time, and passes through values between none and all.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(6);
    expect(seen.some((finished) => finished > 0 && finished < 6)).toBe(true);
    const items = await scans().items(scan.id);
    for (const symbol of SYMBOLS) expect(await signalsOf(symbol)).toBe(1);
    const published = events.filter((event) => event.type === 'signal').map((event) => (event.data as { id: string }).id);
    expect(published.sort()).toEqual(items.map((item) => item.signalId).sort());
    expect(events.find((event) => event.type === 'signal')?.channels).toContain('signals');
  });

  it('stores no second signal when the same scan is submitted twice, or another scan asks for the same bar', async () => {
    await worker();
    const dispatcher = new BullScanDispatcher(queues());
    const first = await scans().create({ userId: null, timeframe: '1d', symbols: SYMBOLS });
    await Promise.all([dispatcher.submit(first.id), dispatcher.submit(first.id)]);
    const second = await scans().create({ userId: null, timeframe: '1d', symbols: [...SYMBOLS].reverse() });
    await dispatcher.submit(second.id);
    await dispatcher.submit(first.id);
    await waitFor(async () => (await scans().byId(first.id))?.status === 'done' && (await scans().byId(second.id))?.status === 'done', 'both scans to finish');
    for (const symbol of SYMBOLS) expect(await signalsOf(symbol)).toBe(1);
    const bySymbol = (items: { symbol: string; signalId: string | null }[]) => Object.fromEntries(items.map((item) => [item.symbol, item.signalId]));
    expect(bySymbol(await scans().items(second.id))).toEqual(bySymbol(await scans().items(first.id)));
    expect(await scans().byId(first.id)).toMatchObject({ completed: 6, failedCount: 0 });
    const job = await queues().scans.getJob(scanJobId(first.id));
    expect(job?.id).toBe(scanJobId(first.id));
  });

  it('retries a symbol hit by an outage, records a symbol without data at once, and fails one whose outage outlasts its attempts', async () => {
    const { service } = await walkSignalService(context.database);
    const calls = new Map<string, number>();
    const generate = (symbol: string, timeframe: Timeframe) => {
      calls.set(symbol, (calls.get(symbol) ?? 0) + 1);
      // A database or provider outage is not the symbol's fault: an Error without a code is retried.
      if (symbol === 'DOWN' || (symbol === 'FLAKY' && calls.get(symbol) === 1)) return Promise.reject(new Error('connection terminated unexpectedly'));
      return service.generate(symbol, timeframe);
    };
    const errors: string[] = [];
    const queueSet = queues();
    const workers = new JobWorkers({
      redisUrl: context.workerConfig().redisUrl ?? '',
      queues: queueSet,
      database: context.database,
      generate,
      backtestBars: () => Promise.reject(new Error('no backtest runs in this test')),
      followedSymbols: async () => [],
      log: { warn: () => undefined, error: (_context, message) => void errors.push(message) },
    });
    await workers.start();
    opened.push(workers);
    const scan = await scans().create({ userId: null, timeframe: '1d', symbols: ['FLAKY', BARLESS_SYMBOL, 'DOWN', 'AAA'] });
    await new BullScanDispatcher(queueSet).submit(scan.id);
    await waitFor(async () => (await scans().byId(scan.id))?.status === 'done', 'the scan to finish', 20_000);

    expect(await scans().byId(scan.id)).toMatchObject({ completed: 2, failedCount: 2 });
    const items = Object.fromEntries((await scans().items(scan.id)).map((item) => [item.symbol, [item.status, item.error]]));
    expect(items).toEqual({
      FLAKY: ['done', null],
      [BARLESS_SYMBOL]: ['failed', 'NOBARS 1d: 0 closed bars available, a signal needs at least 60'],
      DOWN: ['failed', INTERNAL_ITEM_ERROR],
      AAA: ['done', null],
    });
    expect(Object.fromEntries(calls)).toEqual({ FLAKY: 2, [BARLESS_SYMBOL]: 1, DOWN: 3, AAA: 1 });
    expect(errors).toEqual([`scan ${scan.id}: DOWN failed on its last attempt`]);
    expect((await queueSet.signals.getJob(signalJobId(scan.id, 'DOWN')))?.attemptsMade).toBe(3);
  });

  it("runs a worker on a Redis bus of its own (the CLI's startWorker): its signals reach another node's subscribers", async () => {
    const apiNode = await RedisMessageBus.open({ url: context.workerConfig().redisUrl ?? '', keyPrefix: context.keyPrefix });
    opened.push(apiNode);
    const received: BusEvent[] = [];
    apiNode.subscribe((event) => void received.push(event));
    const running = await startWorker(context.workerConfig(), { now: () => NOW, databaseSchema: context.schema, keyPrefix: context.keyPrefix, schedule: false, logger: pino({ level: 'silent' }) });
    opened.push({ close: () => running.stop() });
    const scan = await scans().create({ userId: null, timeframe: '1d', symbols: ['AAPL', 'BTC-USD'] });
    await new BullScanDispatcher(queues()).submit(scan.id);
    await waitFor(() => received.filter((event) => event.type === 'signal').length === 2, 'both signals on the other node');
    // The worker announces a signal before it records it on the scan's item: wait for both records too.
    await waitFor(async () => (await scans().items(scan.id)).every((item) => item.signalId !== null), 'both scan items to record their signal');
    const items = await scans().items(scan.id);
    expect(received.filter((event) => event.type === 'signal').map((event) => (event.data as { id: string }).id).sort()).toEqual(items.map((item) => item.signalId).sort());
  });
});
