import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { signalFixture } from '../test-support/signal-fixture.test-support.js';
import { NO_SIGNAL_ERROR, ScanRepository } from './scan-repository.js';
import { SignalRepository } from './signal-repository.js';
import { UserRepository } from './user-repository.js';

const AT = new Date('2024-06-12T20:00:05.000Z');

describeStorage('ScanRepository', (context) => {
  const repository = () => new ScanRepository(context.database.db);

  async function storedSignalId(symbol: string): Promise<string> {
    return (await new SignalRepository(context.database.db).save(signalFixture({ symbol }))).id;
  }

  it('queues a scan with one pending item per distinct symbol, in the order asked', async () => {
    const scan = await repository().create({ userId: null, timeframe: '1d', symbols: ['MSFT', 'AAPL', 'MSFT', 'BTC-USD'] }, AT);
    expect(scan).toMatchObject({ status: 'queued', trigger: 'manual', timeframe: '1d', symbols: ['MSFT', 'AAPL', 'BTC-USD'], total: 3, completed: 0, failedCount: 0, startedAt: null, createdAt: AT });
    expect((await repository().items(scan.id)).map((item) => [item.symbol, item.position, item.status])).toEqual([
      ['MSFT', 0, 'pending'],
      ['AAPL', 1, 'pending'],
      ['BTC-USD', 2, 'pending'],
    ]);
    expect(await repository().pendingSymbols(scan.id)).toEqual(['MSFT', 'AAPL', 'BTC-USD']);
  });

  it('counts each symbol once however often it is reported, and finishes the scan with its last symbol', async () => {
    const repo = repository();
    const scan = await repo.create({ userId: null, timeframe: '1d', symbols: ['AAPL', 'MSFT', 'NOPE'] });
    expect(await repo.start(scan.id, AT)).toMatchObject({ status: 'running', startedAt: AT });
    const aapl = await storedSignalId('AAPL');
    expect(await repo.recordItem(scan.id, 'AAPL', { signalId: aapl }, AT)).toBe(true);
    expect(await repo.recordItem(scan.id, 'AAPL', { signalId: aapl }, AT)).toBe(false);
    expect(await repo.recordItem(scan.id, 'AAPL', { error: 'late retry' }, AT)).toBe(false);
    expect(await repo.recordItem(scan.id, 'TSLA', { signalId: aapl }, AT)).toBe(false);
    expect(await repo.byId(scan.id)).toMatchObject({ status: 'running', completed: 1, failedCount: 0, finishedAt: null });
    expect(await repo.recordItem(scan.id, 'NOPE', { error: 'no bars for NOPE' }, AT)).toBe(true);
    expect(await repo.pendingSymbols(scan.id)).toEqual(['MSFT']);
    expect([await repo.isPending(scan.id, 'MSFT'), await repo.isPending(scan.id, 'NOPE'), await repo.isPending(scan.id, 'TSLA'), await repo.isPending('x', 'MSFT')]).toEqual([true, false, false, false]);
    const later = new Date(AT.getTime() + 1000);
    expect(await repo.recordItem(scan.id, 'MSFT', { signalId: await storedSignalId('MSFT') }, later)).toBe(true);
    expect(await repo.byId(scan.id)).toMatchObject({ status: 'done', completed: 2, failedCount: 1, error: null, startedAt: AT, finishedAt: later });
    expect((await repo.items(scan.id)).map((item) => [item.symbol, item.status, item.signalId === null, item.error])).toEqual([
      ['AAPL', 'done', false, null],
      ['MSFT', 'done', false, null],
      ['NOPE', 'failed', true, 'no bars for NOPE'],
    ]);
    expect(await repo.start(scan.id)).toBeNull();
  });

  it('counts every symbol exactly once when many workers report at the same time', async () => {
    const symbols = Array.from({ length: 12 }, (_, i) => `S${i}`);
    const scan = await repository().create({ userId: null, timeframe: '1h', symbols });
    // Three reports per symbol, from separate repositories, all at once.
    const reports = symbols.flatMap((symbol, i) => [0, 1, 2].map(() => repository().recordItem(scan.id, symbol, i % 4 === 0 ? { error: 'x' } : { signalId: '00000000-0000-4000-8000-000000000000' })));
    const recorded = await Promise.allSettled(reports);
    // A signal id that does not exist is refused by the foreign key: those reports fail, and count nothing.
    expect(recorded.filter((result) => result.status === 'fulfilled' && result.value).length).toBe(3);
    expect(await repository().byId(scan.id)).toMatchObject({ completed: 0, failedCount: 3, status: 'running' });
    const id = await storedSignalId('S1');
    const retry = await Promise.all(symbols.flatMap((symbol) => [0, 1, 2].map(() => repository().recordItem(scan.id, symbol, { signalId: id }))));
    expect(retry.filter(Boolean).length).toBe(9);
    expect(await repository().byId(scan.id)).toMatchObject({ completed: 9, failedCount: 3, status: 'done' });
  });

  it('fails a scan whose every symbol failed, and a scan that could not run with its pending items', async () => {
    const repo = repository();
    const scan = await repo.create({ userId: null, timeframe: '1d', symbols: ['X'] });
    await repo.recordItem(scan.id, 'X', { error: 'unknown symbol' });
    expect(await repo.byId(scan.id)).toMatchObject({ status: 'failed', completed: 0, failedCount: 1, error: NO_SIGNAL_ERROR });

    const other = await repo.create({ userId: null, timeframe: '1d', symbols: ['AAPL', 'MSFT'] });
    await repo.recordItem(other.id, 'AAPL', { signalId: await storedSignalId('AAPL') });
    expect(await repo.fail(other.id, 'the database refused the scan', AT)).toBe(true);
    expect(await repo.fail(other.id, 'again')).toBe(false);
    expect(await repo.byId(other.id)).toMatchObject({ status: 'failed', completed: 1, failedCount: 1, error: 'the database refused the scan', finishedAt: AT });
    expect((await repo.items(other.id)).map((item) => item.status)).toEqual(['done', 'failed']);
  });

  it('creates one scheduled scan per slot however often the slot is asked for', async () => {
    const repo = repository();
    const asks = await Promise.all([0, 1, 2].map(() => repository().createScheduled({ timeframe: '1d', symbols: ['AAPL', 'SPY'] }, '1d@1718222400000', AT)));
    expect(asks.filter((ask) => ask.created)).toHaveLength(1);
    expect(new Set(asks.map((ask) => ask.scan.id)).size).toBe(1);
    expect(asks[0].scan).toMatchObject({ trigger: 'schedule', userId: null, scheduleKey: '1d@1718222400000', total: 2 });
    expect(await repo.items(asks[0].scan.id)).toHaveLength(2);
    const next = await repo.createScheduled({ timeframe: '1d', symbols: ['AAPL'] }, '1d@1718308800000', AT);
    expect(next.created).toBe(true);
  });

  it("lists a caller's scans newest first, the scheduler's only to those who may see them, and finds unfinished ones", async () => {
    const repo = repository();
    const ada = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const times = [0, 1, 2, 3].map((k) => new Date(AT.getTime() + k * 1000));
    const owners = await repo.create({ userId: null, timeframe: '1d', symbols: ['AAPL'] }, times[0]);
    const adas = await repo.create({ userId: ada.id, timeframe: '1h', symbols: ['MSFT'] }, times[1]);
    const scheduled = (await repo.createScheduled({ timeframe: '1d', symbols: ['SPY'] }, 'k', times[2])).scan;
    const empty = await repo.create({ userId: ada.id, timeframe: '1d', symbols: [] }, times[3]);
    expect(empty).toMatchObject({ status: 'done', total: 0, finishedAt: times[3] });

    expect((await repo.list({ userId: ada.id, scheduled: false })).map((scan) => scan.id)).toEqual([empty.id, adas.id]);
    expect((await repo.list({ userId: ada.id, scheduled: true }, 2)).map((scan) => scan.id)).toEqual([empty.id, scheduled.id]);
    expect((await repo.list({ userId: null, scheduled: false })).map((scan) => scan.id)).toEqual([owners.id]);
    expect(await repo.list({ userId: 'not-a-uuid', scheduled: false })).toEqual([]);
    expect((await repo.unfinished()).map((scan) => scan.id)).toEqual([owners.id, adas.id, scheduled.id]);
    expect(await repo.byId('nope')).toBeNull();
  });
});
