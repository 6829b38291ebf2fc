import { expect, it } from 'vitest';
import { describeStorage } from '../test-support/describe-storage.test-support.js';
import { BacktestRepository } from './backtest-repository.js';

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
});
