import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { BacktestRunner } from '../../jobs/backtest-runner.js';
import { waitFor } from '../../jobs/backtest-runner.test-support.js';
import { ProviderChain } from '../../market-data/chain/provider-chain.js';
import { VirtualClock } from '../../market-data/chain/virtual-clock.test-support.js';
import { MarketSimulator } from '../../market-data/simulator/market-simulator.js';
import { BacktestRepository } from '../../storage/repositories/backtest-repository.js';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { call } from '../portfolios/portfolio-routes.test-support.js';
import { backtestRoutes } from './backtest-routes.js';

const NOW = Date.UTC(2024, 2, 1, 12);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const SUBMIT = { strategy: 'sma-cross', symbols: ['aapl', 'BTC-USD'], timeframe: '1d', from: '2023-01-01', to: '2024-02-01', params: { fast: 10, slow: 30 }, fractional: true };

interface Job {
  id: string;
  status: string;
  progress: number;
  error: string | null;
  request: Record<string, unknown>;
}
interface Results {
  status: string;
  symbols: { symbol: string; bars: number; stats: Record<string, unknown>; tradeCount: number; equity: { time: string; equity: number; baseline: number }[]; baseline: { strategy: string; stats: Record<string, unknown> } }[];
}

describeStorage('backtest routes', (context) => {
  let app: FastifyInstance;
  let runner: BacktestRunner;
  const repository = () => new BacktestRepository(context.database.db);

  beforeAll(async () => {
    const chain = new ProviderChain({ providers: [new MarketSimulator({ seed: 5, now: () => NOW })], barRepository: new BarRepository(context.database.db), clock: new VirtualClock(NOW) });
    runner = new BacktestRunner({ database: context.database, bars: (request) => chain.bars(request), now: () => NOW, pollIntervalMs: 50 });
    app = await createBaseApp();
    // Stands in for the security issue's authentication: the header names the calling user.
    app.addHook('onRequest', async (request) => {
      const user = request.headers['x-test-user'];
      if (typeof user === 'string') request.caller = { userId: user, role: 'trader' };
    });
    await app.register(backtestRoutes, { prefix: '/api/v1', database: context.database, runner });
  });
  afterAll(async () => {
    await runner.stop();
    await app.close();
  });

  it('queues a backtest (202), runs it to done, and serves its statistics, equity curve and buy-and-hold baseline', async () => {
    await runner.start();
    const submitted = await call<{ id: string; status: string }>(app, 'POST', '/api/v1/backtests', SUBMIT);
    expect(submitted).toMatchObject({ status: 202, body: { status: 'queued' } });
    const id = submitted.body.id;
    await waitFor(async () => (await call<Job>(app, 'GET', `/api/v1/backtests/${id}`)).body.status === 'done', 'the backtest to be done');
    await runner.stop();
    const job = await call<Job>(app, 'GET', `/api/v1/backtests/${id}`);
    expect(job.body).toMatchObject({ progress: 1, error: null });
    expect(job.body.request).toEqual({
      strategy: 'sma-cross',
      params: { fast: 10, slow: 30 },
      symbols: ['AAPL', 'BTC-USD'],
      timeframe: '1d',
      from: '2023-01-01T00:00:00.000Z',
      to: '2024-02-01T00:00:00.000Z',
      cash: 10_000,
      commission: 0,
      slippage: 0,
      fractional: true,
      finalizeTrades: false,
    });
    const results = await call<Results>(app, 'GET', `/api/v1/backtests/${id}/results`);
    expect(results.status).toBe(200);
    expect(results.body.symbols.map((entry) => [entry.symbol, entry.bars])).toEqual([
      ['AAPL', 271],
      ['BTC-USD', 396],
    ]);
    for (const entry of results.body.symbols) {
      expect(entry.stats['# Trades']).toBe(entry.tradeCount);
      expect(entry.stats.Start).toBe(entry.equity[0].time);
      expect(entry.equity).toHaveLength(entry.bars);
      expect(entry.baseline.strategy).toBe('buy-and-hold');
      // The baseline's last equity is its Equity Final, as the strategy's is its own.
      expect(entry.equity.at(-1)?.baseline).toBe(entry.baseline.stats['Equity Final [$]']);
      expect(entry.equity.at(-1)?.equity).toBe(entry.stats['Equity Final [$]']);
    }
  });

  it('answers undefined statistics (no trades) with null, never NaN', async () => {
    const submitted = await call<{ id: string }>(app, 'POST', '/api/v1/backtests', { ...SUBMIT, symbols: ['MSFT'], params: { fast: 5, slow: 400 } });
    // The app's runner is stopped: a runner of its own, over bars that cannot make a 400-bar average.
    const own = new BacktestRunner({ database: context.database, bars: (request) => Promise.resolve({ bars: barsOf(request.from, 30), simulated: true, stale: false }), now: () => NOW });
    await own.start();
    await waitFor(async () => (await repository().statusOf(submitted.body.id)) === 'completed', 'the backtest to complete');
    await own.stop();
    const results = await call<Results>(app, 'GET', `/api/v1/backtests/${submitted.body.id}/results`);
    expect(results.body.symbols[0].stats).toMatchObject({ '# Trades': 0, 'Win Rate [%]': null, 'Profit Factor': null, 'Avg. Trade Duration': null });
  });

  it("lists only the caller's backtests, newest first, and answers 404 for another user's", async () => {
    const user = await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' });
    const first = await call<{ id: string }>(app, 'POST', '/api/v1/backtests', SUBMIT);
    const second = await call<{ id: string }>(app, 'POST', '/api/v1/backtests', { ...SUBMIT, strategy: 'buy-and-hold', params: {} });
    const theirs = await call<{ id: string }>(app, 'POST', '/api/v1/backtests', SUBMIT, user.id);
    const mine = await call<{ items: Job[] }>(app, 'GET', '/api/v1/backtests');
    expect(mine.body.items.map((item) => [item.id, item.status])).toEqual([
      [second.body.id, 'queued'],
      [first.body.id, 'queued'],
    ]);
    expect((await call<{ items: Job[] }>(app, 'GET', '/api/v1/backtests?limit=1')).body.items).toHaveLength(1);
    expect((await call<{ items: Job[] }>(app, 'GET', '/api/v1/backtests', undefined, user.id)).body.items.map((item) => item.id)).toEqual([theirs.body.id]);
    for (const [method, url] of [['GET', ''], ['GET', '/results'], ['DELETE', '']] as const) {
      const response = await call<{ message: string }>(app, method, `/api/v1/backtests/${theirs.body.id}${url}`);
      expect(response, `${method} ${url}`).toEqual({ status: 404, body: expect.objectContaining({ message: `no backtest ${theirs.body.id}` }) });
    }
  });

  it('answers results of an unfinished or failed backtest with 409 naming its state, and cancels only unfinished ones', async () => {
    const queued = (await call<{ id: string }>(app, 'POST', '/api/v1/backtests', SUBMIT)).body.id;
    const early = await call<{ code: string; message: string }>(app, 'GET', `/api/v1/backtests/${queued}/results`);
    expect(early).toEqual({ status: 409, body: expect.objectContaining({ code: 'GS_ERR_CONFLICT', message: `backtest ${queued} is queued; results exist once it is done` }) });
    await repository().claimNext();
    await repository().setProgress(queued, 0.5);
    expect((await call<{ message: string }>(app, 'GET', `/api/v1/backtests/${queued}/results`)).body.message).toBe(`backtest ${queued} is running (50 % done); results exist once it is done`);
    const cancelled = await call<Job>(app, 'DELETE', `/api/v1/backtests/${queued}`);
    expect(cancelled).toMatchObject({ status: 200, body: { id: queued, status: 'cancelled' } });
    const again = await call<{ message: string }>(app, 'DELETE', `/api/v1/backtests/${queued}`);
    expect(again).toEqual({ status: 409, body: expect.objectContaining({ message: `backtest ${queued} is cancelled; only queued or running backtests can be cancelled` }) });
    const failed = (await call<{ id: string }>(app, 'POST', '/api/v1/backtests', SUBMIT)).body.id;
    await repository().claimNext();
    await repository().fail(failed, 'AAPL: no market data provider could answer bars AAPL 1d');
    const failure = await call<{ message: string }>(app, 'GET', `/api/v1/backtests/${failed}/results`);
    expect(failure.body.message).toBe(`backtest ${failed} is failed: AAPL: no market data provider could answer bars AAPL 1d; results exist once it is done`);
    expect((await call<Job>(app, 'GET', `/api/v1/backtests/${failed}`)).body).toMatchObject({ status: 'failed', error: 'AAPL: no market data provider could answer bars AAPL 1d' });
  });

  it('answers bad input on every backtest route with 400 and the field at fault', async () => {
    const cases: [string, string, object | undefined, string][] = [
      ['POST', '/api/v1/backtests', { ...SUBMIT, symbols: [] }, 'body.symbols'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, symbols: Array.from({ length: 51 }, (_, k) => `S${k}`) }, 'body.symbols'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, symbols: ['AAPL', 'aapl'] }, 'body.symbols[1]'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, symbols: ['AA PL'] }, 'body.symbols[0]'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, strategy: 'moon-phase' }, 'body.strategy'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, strategy: 'agent:nobody' }, 'body.strategy'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, params: { fast: 0 } }, 'body.params.fast'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, params: { fast: 2.5 } }, 'body.params.fast'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, params: { period: 3 } }, 'body.params.period'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, params: { fast: 'ten' } }, 'body.params.fast'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, timeframe: '2h' }, 'body.timeframe'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, from: 'last year' }, 'body.from'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, to: '2022-12-31' }, 'body.to'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, timeframe: '1m' }, 'body.from'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, cash: 0 }, 'body.cash'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, commission: 0.5 }, 'body.commission'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, slippage: -0.01 }, 'body.slippage'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, fractional: 'yes' }, 'body.fractional'],
      ['POST', '/api/v1/backtests', { ...SUBMIT, leverage: 2 }, 'body.leverage'],
      ['POST', '/api/v1/backtests', { symbols: ['AAPL'] }, 'body.strategy'],
      ['GET', '/api/v1/backtests?limit=0', undefined, 'query.limit'],
      ['GET', '/api/v1/backtests/nope', undefined, 'params.id'],
      ['GET', '/api/v1/backtests/nope/results', undefined, 'params.id'],
      ['DELETE', '/api/v1/backtests/nope', undefined, 'params.id'],
    ];
    for (const [method, url, payload, field] of cases) {
      const response = await call<{ code: string; problems: { field: string }[] }>(app, method as 'GET', url, payload);
      expect(response.status, `${method} ${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(response.body.code).toBe('GS_ERR_VALIDATION');
      expect(response.body.problems.map((problem) => problem.field), JSON.stringify(payload)).toContain(field);
    }
    expect(await repository().listForUser(null)).toEqual([]);
  });

  it('answers 404 for an unknown backtest on every route', async () => {
    for (const [method, url] of [['GET', ''], ['GET', '/results'], ['DELETE', '']] as const) {
      const response = await call<{ code: string; message: string }>(app, method, `/api/v1/backtests/${UNKNOWN}${url}`);
      expect(response, `${method} ${url}`).toEqual({ status: 404, body: expect.objectContaining({ code: 'GS_ERR_NOT_FOUND', message: `no backtest ${UNKNOWN}` }) });
    }
  });
});

/** `count` daily bars from `from` drifting up a cent a day: too few for a 400-bar average, so no trade. */
function barsOf(from: number, count: number) {
  return Array.from({ length: count }, (_, k) => {
    const close = 100 + k / 100;
    return { time: from + k * 86_400_000, open: close, high: close, low: close, close, volume: 1000 };
  });
}
