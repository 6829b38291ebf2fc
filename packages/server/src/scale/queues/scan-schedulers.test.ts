import { afterEach, expect, it } from 'vitest';
import { ScanRepository } from '../../storage/repositories/scan-repository.js';
import { fanOutScan } from './fan-out-scan.js';
import { JobQueues } from './job-queues.js';
import { JobWorkers } from './job-workers.js';
import { describeQueues } from './queue-test-context.test-support.js';
import { catchUpScanJobId, JOB_NAMES, signalJobId } from './queue-names.js';
import { runScheduledScan } from './run-scheduled-scan.js';
import { scanSchedulerId, scheduledSlotOf, upsertScanSchedulers } from './scan-schedulers.js';

const EVERY_MS = 400;
const GRACE_MS = 50;
const SILENT = { warn: () => undefined, error: () => undefined };

describeQueues('scheduled scans', (context) => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const item of opened.splice(0).reverse()) await item.close();
  });

  function node(): JobQueues {
    const queues = JobQueues.open({ redisUrl: context.workerConfig().redisUrl ?? '', keyPrefix: context.keyPrefix });
    opened.push(queues);
    return queues;
  }

  async function workers(queues: JobQueues, followedSymbols: () => Promise<readonly string[]>): Promise<JobWorkers> {
    const created = new JobWorkers({
      redisUrl: context.workerConfig().redisUrl ?? '',
      queues,
      database: context.database,
      generate: () => Promise.reject(new Error('no signal is generated in this test')),
      backtestBars: () => Promise.reject(new Error('no backtest runs in this test')),
      followedSymbols,
      log: SILENT,
    });
    await created.start();
    opened.push(created);
    return created;
  }

  it('runs each slot once however many nodes upsert the same schedulers, and again after a restart', async () => {
    const [a, b] = [node(), node()];
    let runs = 0;
    const followed = async (): Promise<readonly string[]> => {
      runs++;
      return [];
    };
    // Both nodes run workers and upsert the schedulers at start, as every API node and worker does.
    await Promise.all([workers(a, followed), workers(b, followed)]);
    const schedule = { everyMs: () => EVERY_MS, graceMs: GRACE_MS };
    await Promise.all([upsertScanSchedulers(a, ['1d', '1h'], schedule), upsertScanSchedulers(b, ['1h', '1d'], schedule)]);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await upsertScanSchedulers(b, ['1d', '1h'], schedule);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    for (const item of opened.splice(2)) await item.close();

    expect(await a.scans.getJobSchedulersCount()).toBe(2);
    const done = (await a.scans.getJobs(['completed'])).filter((job) => job.name === JOB_NAMES.scheduledScan);
    expect(runs).toBe(done.length);
    for (const timeframe of ['1d', '1h'] as const) {
      const slots = done
        .filter((job) => job.id?.startsWith(`repeat:${scanSchedulerId(timeframe)}:`))
        .map((job) => scheduledSlotOf(job, GRACE_MS))
        .sort((x, y) => x - y);
      // About 2.2 s of 400 ms slots, each on the grid and run once. (A machine too busy to take a job in time may
      // skip a slot: BullMQ schedules the next one from the current time; it never runs one twice.)
      expect(slots.length, timeframe).toBeGreaterThanOrEqual(3);
      expect(new Set(slots).size).toBe(slots.length);
      for (const slot of slots) expect(slot % EVERY_MS).toBe(0);
    }
  });

  it("makes one scan of a slot's due symbols and queues each once, however often the slot runs", async () => {
    const queues = node();
    const scans = new ScanRepository(context.database.db);
    const deps = {
      scans,
      followedSymbols: async () => ['AAPL', 'BTC-USD', 'SPY'],
      fanOut: (scanId: string) => fanOutScan(scanId, { scans, queues }),
    };
    const nyseClose = Date.parse('2024-06-12T20:00:00Z');
    const data = { timeframe: '1d' as const, everyMs: 30 * 60_000, graceMs: 2000 };
    const first = await runScheduledScan(data, nyseClose, deps);
    const again = await runScheduledScan(data, nyseClose, deps);
    expect(again).toBe(first);
    expect(first).not.toBeNull();
    const scan = await scans.byId(first ?? '');
    expect(scan).toMatchObject({ trigger: 'schedule', status: 'running', symbols: ['AAPL', 'SPY'], scheduleKey: '1d@2024-06-12T20:00:00.000Z', userId: null });
    const waiting = await queues.signals.getJobs(['wait']);
    expect(waiting.map((job) => job.id).sort()).toEqual([signalJobId(first ?? '', 'AAPL'), signalJobId(first ?? '', 'SPY')].sort());
    expect(await runScheduledScan(data, nyseClose + data.everyMs, deps)).toBeNull();
  });

  it('queues one catch-up scan per timeframe however many nodes start in one slot, and it scans every followed symbol', async () => {
    const [a, b] = [node(), node()];
    const now = Date.parse('2024-06-12T20:10:00Z');
    const schedule = { everyMs: () => 30 * 60_000, graceMs: 2000, now: () => now };
    await Promise.all([upsertScanSchedulers(a, ['1d'], schedule), upsertScanSchedulers(b, ['1d'], schedule)]);
    const slot = Date.parse('2024-06-12T20:00:00Z');
    const catchUps = (await a.scans.getJobs(['wait', 'delayed', 'prioritized'])).filter((job) => job.id?.startsWith('catch-up-scan_'));
    expect(catchUps.map((job) => job.id)).toEqual([catchUpScanJobId('1d', slot)]);
    expect(catchUps[0].data).toMatchObject({ timeframe: '1d', catchUp: { slot } });

    const scans = new ScanRepository(context.database.db);
    const deps = { scans, followedSymbols: async () => ['AAPL', 'BTC-USD', 'SPY', 'AAPL'], fanOut: (scanId: string) => fanOutScan(scanId, { scans, queues: a }) };
    const { data } = catchUps[0];
    if (!('timeframe' in data)) throw new Error('a catch-up job is a scheduled scan');
    const id = await runScheduledScan(data, slot, deps);
    // Not only the symbols closing a bar in the slot (AAPL and SPY at the NYSE close): every followed one, each once.
    expect(await scans.byId(id ?? '')).toMatchObject({ trigger: 'schedule', symbols: ['AAPL', 'BTC-USD', 'SPY'], scheduleKey: '1d@catch-up@2024-06-12T20:00:00.000Z' });
    expect(await runScheduledScan(data, slot, deps)).toBe(id);
  });

  it('removes the scheduler of a timeframe dropped from the configuration', async () => {
    const queues = node();
    const schedule = { everyMs: () => 60_000, graceMs: 2000, catchUp: false };
    await upsertScanSchedulers(queues, ['1h', '1d'], schedule);
    expect((await queues.scans.getJobSchedulers()).map((scheduler) => scheduler.key).sort()).toEqual([scanSchedulerId('1d'), scanSchedulerId('1h')]);
    await upsertScanSchedulers(queues, ['1d'], schedule);
    expect((await queues.scans.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual([scanSchedulerId('1d')]);
  });

  it('reads the slot of a scheduler job from its id, less the grace', () => {
    expect(scheduledSlotOf({ id: 'repeat:scheduled-scan-1d:1718222402000', timestamp: 0, opts: {} }, 2000)).toBe(1718222400000);
    expect(scheduledSlotOf({ id: undefined, timestamp: 1718222401000, opts: { delay: 1000 } }, 2000)).toBe(1718222400000);
  });
});
