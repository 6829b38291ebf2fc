import { afterEach, beforeAll, expect, it } from 'vitest';
import { checkBacktestJobRequest } from '../../jobs/backtest-job-request.js';
import { Gate, waitFor } from '../../jobs/backtest-runner.test-support.js';
import type { BacktestBars } from '../../jobs/run-backtest-job.js';
import { ProviderChain } from '../../market-data/chain/provider-chain.js';
import { VirtualClock } from '../../market-data/chain/virtual-clock.test-support.js';
import { MarketSimulator } from '../../market-data/simulator/market-simulator.js';
import { BacktestRepository } from '../../storage/repositories/backtest-repository.js';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { BullBacktestDispatcher } from './bull-backtest-dispatcher.js';
import { JobQueues } from './job-queues.js';
import { JobWorkers } from './job-workers.js';
import { describeQueues } from './queue-test-context.test-support.js';
import { backtestJobId } from './queue-names.js';

const NOW = Date.UTC(2024, 2, 1, 12);
const REQUEST = checkBacktestJobRequest({ strategy: 'sma-cross', params: { fast: 10, slow: 30 }, symbols: ['AAPL', 'MSFT', 'BTC-USD'], timeframe: '1d', from: '2022-01-01', to: '2024-02-01' });
const SILENT = { warn: () => undefined, error: () => undefined };

describeQueues('backtests through BullMQ', (context) => {
  let chain: ProviderChain;
  const opened: { close(): Promise<void> }[] = [];
  const backtests = () => new BacktestRepository(context.database.db);
  beforeAll(() => {
    chain = new ProviderChain({ providers: [new MarketSimulator({ seed: 3, now: () => NOW })], barRepository: new BarRepository(context.database.db), clock: new VirtualClock(NOW) });
  });
  afterEach(async () => {
    for (const item of opened.splice(0).reverse()) await item.close();
  });

  function queues(): JobQueues {
    const created = JobQueues.open({ redisUrl: context.workerConfig().redisUrl ?? '', keyPrefix: context.keyPrefix });
    opened.push(created);
    return created;
  }

  async function workers(bars: BacktestBars = (request) => chain.bars(request)): Promise<JobWorkers> {
    const created = new JobWorkers({
      redisUrl: context.workerConfig().redisUrl ?? '',
      queues: queues(),
      database: context.database,
      generate: () => Promise.reject(new Error('no signal is generated in this test')),
      backtestBars: bars,
      followedSymbols: async () => [],
      lockDurationMs: 2000,
      stalledIntervalMs: 500,
      log: SILENT,
      now: () => NOW,
    });
    await created.start();
    opened.push(created);
    return created;
  }

  const statusOf = async (id: string) => (await backtests().statusOf(id)) ?? 'missing';

  it('runs a submitted backtest on a worker, its progress and result in the row', async () => {
    await workers();
    const job = await backtests().submit(REQUEST);
    await new BullBacktestDispatcher(queues()).submit(job.id);
    await waitFor(async () => (await statusOf(job.id)) === 'completed', 'the backtest to complete');
    const row = await backtests().byId(job.id);
    expect(row).toMatchObject({ status: 'completed', progress: 1, error: null });
    expect((row?.result as { symbols: { symbol: string; tradeCount: number }[] }).symbols.map((entry) => entry.symbol)).toEqual(['AAPL', 'MSFT', 'BTC-USD']);
  });

  it('sends a backtest running when its worker closes back to the queue, where another worker finishes it', async () => {
    const gate = new Gate();
    const first = await workers(async (request) => {
      if (request.symbol === 'MSFT') await gate.pass();
      return chain.bars(request);
    });
    const job = await backtests().submit(REQUEST);
    await new BullBacktestDispatcher(queues()).submit(job.id);
    await waitFor(() => gate.arrivals > 0, 'the backtest to reach MSFT');
    const closed = first.close();
    gate.open();
    await closed;
    expect(await backtests().byId(job.id)).toMatchObject({ status: 'queued', progress: 0 });
    expect(await queues().backtests.getJobState(backtestJobId(job.id))).toBe('waiting');

    await workers();
    await waitFor(async () => (await statusOf(job.id)) === 'completed', 'the second worker to complete the backtest');
    expect((await backtests().byId(job.id))?.progress).toBe(1);
  });

  it('skips a backtest cancelled before a worker took it', async () => {
    const job = await backtests().submit(REQUEST);
    await backtests().cancel(job.id);
    await new BullBacktestDispatcher(queues()).submit(job.id);
    await workers();
    const queue = queues().backtests;
    await waitFor(async () => (await queue.getJobState(backtestJobId(job.id))) === 'completed', 'the job to be done');
    expect((await queue.getJob(backtestJobId(job.id)))?.returnvalue).toBe('skipped');
    expect(await backtests().byId(job.id)).toMatchObject({ status: 'cancelled', startedAt: null });
  });
});
