import { count, eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterEach, expect, it } from 'vitest';
import { InProcessMessageBus } from '../../bus/in-process-message-bus.js';
import { waitFor } from '../../jobs/backtest-runner.test-support.js';
import { createWorker } from '../../runtime/create-worker.js';
import { ScanRepository } from '../../storage/repositories/scan-repository.js';
import { signals } from '../../storage/schema/signals.js';
import { BullScanDispatcher } from './bull-scan-dispatcher.js';
import { JobQueues } from './job-queues.js';
import { describeQueues, workerEnv } from './queue-test-context.test-support.js';
import { spawnWorkerProcess, type WorkerProcess } from './spawn-worker-process.test-support.js';

const NOW = Date.UTC(2024, 5, 12, 12);
const SYMBOLS = ['AAPL', 'MSFT', 'NVDA', 'AMZN', 'SPY', 'QQQ', 'BTC-USD', 'ETH-USD'];
const LOCK_MS = 2000;

describeQueues('a worker killed in the middle of a scan', (context) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('loses its jobs to another worker, which finishes the scan: every symbol has exactly one signal', { timeout: 90_000 }, async () => {
    // The first worker is a child process, one job at a time, each symbol's bars held back 600 ms.
    const doomed: WorkerProcess = spawnWorkerProcess({
      ...workerEnv({ WORKER_CONCURRENCY: '1', JOB_LOCK_MS: String(LOCK_MS) }),
      GS_TEST_SCHEMA: context.schema,
      GS_TEST_KEY_PREFIX: context.keyPrefix,
      GS_TEST_NOW: String(NOW),
      GS_TEST_BARS_DELAY_MS: '600',
    });
    cleanups.push(() => doomed.kill());
    await doomed.ready;

    const queues = JobQueues.open({ redisUrl: context.workerConfig().redisUrl ?? '', keyPrefix: context.keyPrefix });
    cleanups.push(() => queues.close());
    const scans = new ScanRepository(context.database.db);
    const scan = await scans.create({ userId: null, timeframe: '1d', symbols: SYMBOLS });
    await new BullScanDispatcher(queues).submit(scan.id);

    // Killed once it has finished a symbol, while it works on the next.
    await waitFor(async () => ((await scans.byId(scan.id))?.completed ?? 0) >= 1, `the child worker to finish a symbol:\n${doomed.output()}`, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await doomed.kill();
    const atKill = await scans.byId(scan.id);
    expect(atKill?.status).toBe('running');
    expect(atKill?.completed).toBeLessThan(SYMBOLS.length);

    const bus = new InProcessMessageBus();
    const rescuer = await createWorker(context.workerConfig(), {
      bus,
      now: () => NOW,
      databaseSchema: context.schema,
      keyPrefix: context.keyPrefix,
      lockDurationMs: LOCK_MS,
      stalledIntervalMs: 500,
      schedule: false,
      logger: pino({ level: 'silent' }),
    });
    await rescuer.start();
    cleanups.push(async () => {
      await rescuer.stop();
      await bus.close();
    });
    await waitFor(async () => (await scans.byId(scan.id))?.status === 'done', 'the second worker to finish the scan', 30_000);

    expect(await scans.byId(scan.id)).toMatchObject({ status: 'done', total: SYMBOLS.length, completed: SYMBOLS.length, failedCount: 0 });
    const items = await scans.items(scan.id);
    expect(items.every((item) => item.status === 'done' && item.signalId !== null)).toBe(true);
    for (const symbol of SYMBOLS) {
      const [{ n }] = await context.database.db.select({ n: count() }).from(signals).where(eq(signals.symbol, symbol));
      expect(n, symbol).toBe(1);
    }
    // The job the child was running when it died was started twice: once there, once by the rescuer.
    const jobs = await queues.signals.getJobs(['completed']);
    expect(jobs).toHaveLength(SYMBOLS.length);
    expect(jobs.filter((job) => job.attemptsStarted > 1).length).toBeGreaterThanOrEqual(1);
  });
});
