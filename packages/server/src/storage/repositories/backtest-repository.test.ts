import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { BacktestRepository } from './backtest-repository.js';
import { UserRepository } from './user-repository.js';

describeStorage('BacktestRepository', (context) => {
  const repository = () => new BacktestRepository(context.database.db);
  const request = { symbols: ['AAPL'], timeframe: '1d', from: '2020-01-01', cash: 10_000 };

  it('runs a job from queued to completed with its result', async () => {
    const repo = repository();
    const job = await repo.submit(request);
    expect(job).toMatchObject({ status: 'queued', request, result: null, progress: 0, startedAt: null });
    const claimed = await repo.claimNext();
    expect(claimed).toMatchObject({ id: job.id, status: 'running' });
    await repo.setProgress(job.id, 0.5);
    expect((await repo.byId(job.id))?.progress).toBe(0.5);
    expect(await repo.complete(job.id, { trades: 12, returnPct: 8.25 })).toBe(true);
    expect(await repo.byId(job.id)).toMatchObject({ status: 'completed', progress: 1, result: { trades: 12, returnPct: 8.25 } });
    expect(await repo.claimNext()).toBeNull();
  });

  it('gives each queued job to exactly one of several workers polling at once', async () => {
    const repo = repository();
    for (let i = 0; i < 3; i++) await repo.submit({ ...request, n: i });
    const claims = await Promise.all(Array.from({ length: 5 }, () => repo.claimNext()));
    const ids = claims.filter((c) => c !== null).map((c) => c.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
  });

  it('does not complete a cancelled job and records failures', async () => {
    const repo = repository();
    const job = await repo.submit(request);
    await repo.claimNext();
    expect(await repo.cancel(job.id)).toBe(true);
    expect(await repo.complete(job.id, {})).toBe(false);
    expect(await repo.cancel(job.id)).toBe(false);
    const other = await repo.submit(request);
    await repo.claimNext();
    expect(await repo.fail(other.id, 'no bars for AAPL')).toBe(true);
    expect(await repo.byId(other.id)).toMatchObject({ status: 'failed', error: 'no bars for AAPL' });
  });

  it("lists a user's backtests newest first without their results, the install owner's being those without a user", async () => {
    const repo = repository();
    const user = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const mine = await repo.submit(request, user.id);
    const owners = await repo.submit(request);
    await repo.claimNext();
    await repo.complete(mine.id, { stats: { 'Return [%]': 3 } });
    const newer = await repo.submit({ ...request, n: 2 }, user.id);
    const listed = await repo.listForUser(user.id);
    expect(listed.map((row) => row.id)).toEqual([newer.id, mine.id]);
    expect(listed[1]).toMatchObject({ status: 'completed', progress: 1 });
    expect(listed[1]).not.toHaveProperty('result');
    expect((await repo.listForUser(null)).map((row) => row.id)).toEqual([owners.id]);
    expect(await repo.listForUser('not-a-uuid')).toEqual([]);
    expect(await repo.summaryById(mine.id)).not.toHaveProperty('result');
    expect(await repo.statusOf(mine.id)).toBe('completed');
    expect(await repo.statusOf('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('puts jobs left running back in the queue, progress reset, and leaves finished ones alone', async () => {
    const repo = repository();
    const crashed = await repo.submit(request);
    const done = await repo.submit(request);
    const waiting = await repo.submit(request);
    // Claimed by id: jobs submitted in the same millisecond have no order for claimNext to keep.
    await repo.claim(crashed.id);
    await repo.setProgress(crashed.id, 0.4);
    await repo.claim(done.id);
    await repo.complete(done.id, {});
    expect(await repo.requeueRunning()).toEqual([crashed.id]);
    expect(await repo.byId(crashed.id)).toMatchObject({ status: 'queued', progress: 0, startedAt: null });
    expect(await repo.statusOf(done.id)).toBe('completed');
    expect((await repo.claimNext())?.id).toBe(crashed.id);
    expect(await repo.requeue(crashed.id)).toBe(true);
    expect(await repo.requeue(waiting.id)).toBe(false);
  });

  it('claims a given backtest for a queue job, taking over one left running by a dead worker, but not a finished one, and lists the unfinished', async () => {
    const repo = repository();
    const job = await repo.submit(request);
    const at = new Date('2024-06-12T12:00:00.000Z');
    expect(await repo.claim(job.id, at)).toMatchObject({ id: job.id, status: 'running', progress: 0, startedAt: at });
    await repo.setProgress(job.id, 0.5);
    const again = new Date('2024-06-12T12:01:00.000Z');
    expect(await repo.claim(job.id, again)).toMatchObject({ status: 'running', progress: 0, startedAt: again });
    const waiting = await repo.submit(request);
    expect(await repo.unfinishedIds()).toEqual([job.id, waiting.id]);
    await repo.cancel(job.id);
    expect(await repo.claim(job.id)).toBeNull();
    expect(await repo.claim('not-a-uuid')).toBeNull();
    expect(await repo.unfinishedIds()).toEqual([waiting.id]);
  });
});
