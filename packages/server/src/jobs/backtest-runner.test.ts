import { ALL_STRATEGIES, BarSeries, buyAndHold, createStrategy, runBacktest, smaCross } from '@goldensignals/engine';
import { afterEach, beforeAll, expect, it } from 'vitest';
import type { BarRequest } from '../market-data/bar-request.js';
import { MarketDataUnavailableError } from '../market-data/chain/market-data-unavailable-error.js';
import { ProviderChain } from '../market-data/chain/provider-chain.js';
import { VirtualClock } from '../market-data/chain/virtual-clock.test-support.js';
import { MarketSimulator } from '../market-data/simulator/market-simulator.js';
import { BacktestRepository } from '../storage/repositories/backtest-repository.js';
import { BarRepository } from '../storage/repositories/bar-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { BacktestRunner, type BacktestRunnerOptions } from './backtest-runner.js';
import { Gate, waitFor } from './backtest-runner.test-support.js';
import type { BacktestBars } from './run-backtest-job.js';
import { jsonSafe } from './json-safe.js';

const NOW = Date.UTC(2024, 2, 1, 12);
const FROM = '2022-01-01T00:00:00.000Z';
const TO = '2024-02-01T00:00:00.000Z';
const REQUEST = { strategy: 'sma-cross', params: { fast: 10, slow: 30 }, symbols: ['AAPL', 'BTC-USD'], timeframe: '1d', from: FROM, to: TO, cash: 10_000, commission: 0.001, slippage: 0, fractional: true, finalizeTrades: false };

interface SymbolResult {
  symbol: string;
  bars: number;
  stats: Record<string, unknown>;
  equity: { time: string; equity: number; baseline: number }[];
  baseline: { stats: Record<string, unknown> };
  simulated: boolean;
  tradeCount: number;
  trades: unknown[];
  error?: string;
}

describeStorage('BacktestRunner', (context) => {
  let chain: ProviderChain;
  const runners: BacktestRunner[] = [];
  const repository = () => new BacktestRepository(context.database.db);
  const chainBars: BacktestBars = (request) => chain.bars(request);
  const runner = (options: Partial<BacktestRunnerOptions> = {}) => {
    const created = new BacktestRunner({ database: context.database, bars: chainBars, now: () => NOW, pollIntervalMs: 50, ...options });
    runners.push(created);
    return created;
  };
  const finished = (id: string) => waitFor(async () => ['completed', 'failed', 'cancelled'].includes((await repository().statusOf(id)) ?? ''), `backtest ${id} to finish`);

  beforeAll(() => {
    chain = new ProviderChain({ providers: [new MarketSimulator({ seed: 3, now: () => NOW })], barRepository: new BarRepository(context.database.db), clock: new VirtualClock(NOW) });
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((created) => created.stop()));
  });

  it("runs a job to completion with the engine's statistics per symbol and the buy-and-hold baseline beside its equity", async () => {
    const job = await repository().submit(REQUEST);
    await runner().start();
    await finished(job.id);
    const row = await repository().byId(job.id);
    expect(row).toMatchObject({ status: 'completed', progress: 1, error: null });
    const symbols = (row?.result as { symbols: SymbolResult[] }).symbols;
    expect(symbols.map((entry) => entry.symbol)).toEqual(['AAPL', 'BTC-USD']);
    for (const entry of symbols) {
      const answer = await chain.bars({ symbol: entry.symbol, timeframe: '1d', from: Date.parse(FROM), to: Date.parse(TO) });
      const series = BarSeries.fromBars({ symbol: entry.symbol, timeframe: '1d' }, answer.bars);
      const options = { cash: 10_000, commission: 0.001, spread: 0, fractional: true, finalizeTrades: false };
      const expected = runBacktest(series, smaCross({ fast: 10, slow: 30 }), options);
      const baseline = runBacktest(series, buyAndHold(), options);
      expect(expected.trades.length).toBeGreaterThan(0);
      expect(entry).toMatchObject({ bars: series.length, simulated: true, tradeCount: expected.trades.length });
      expect(entry.trades).toEqual(jsonSafe(expected.trades));
      expect(entry.stats).toEqual(jsonSafe(expected.stats));
      expect(entry.baseline.stats).toEqual(jsonSafe(baseline.stats));
      expect(entry.equity).toHaveLength(series.length);
      expect(entry.equity.at(-1)).toMatchObject({ equity: expected.equity.equity[series.length - 1], baseline: baseline.equity.equity[series.length - 1] });
    }
    expect(symbols[0].bars).toBeLessThan(symbols[1].bars); // stocks trade on weekdays, crypto every day
  });

  it('runs the consensus pipeline and a single agent by name with their parameters, as the engine runs them', async () => {
    const jobs: { strategy: string; params: Record<string, number> }[] = [
      { strategy: 'consensus', params: { threshold: 0.6 } },
      { strategy: 'agent:rsi', params: { size: 0.5 } },
    ];
    const ids = await Promise.all(jobs.map(async (job) => (await repository().submit({ ...REQUEST, ...job, symbols: ['AAPL'] })).id));
    await runner().start();
    for (const id of ids) await finished(id);
    const answer = await chain.bars({ symbol: 'AAPL', timeframe: '1d', from: Date.parse(FROM), to: Date.parse(TO) });
    const series = BarSeries.fromBars({ symbol: 'AAPL', timeframe: '1d' }, answer.bars);
    for (const [k, id] of ids.entries()) {
      const [entry] = ((await repository().byId(id))?.result as { symbols: (SymbolResult & { strategy: string })[] }).symbols;
      const strategy = createStrategy(jobs[k].strategy, jobs[k].params, ALL_STRATEGIES);
      const expected = runBacktest(series, strategy, { cash: 10_000, commission: 0.001, spread: 0, fractional: true, finalizeTrades: false });
      expect(entry.strategy).toBe(strategy.name);
      expect(entry.stats).toEqual(jsonSafe(expected.stats));
    }
  });

  it('downsamples a long equity curve to at most 2,000 points from the first bar to the last', async () => {
    const job = await repository().submit({ ...REQUEST, symbols: ['ETH-USD'], timeframe: '1h', from: '2023-10-01T00:00:00.000Z', to: TO });
    await runner().start();
    await finished(job.id);
    const [entry] = ((await repository().byId(job.id))?.result as { symbols: SymbolResult[] }).symbols;
    expect(entry.bars).toBe(123 * 24);
    expect(entry.equity.length).toBeLessThanOrEqual(2000);
    expect(entry.equity[0].time).toBe('2023-10-01T00:00:00.000Z');
    expect(entry.equity.at(-1)?.time).toBe('2024-01-31T23:00:00.000Z');
  });

  it('reports a symbol without data in the result, and fails the job when every symbol fails', async () => {
    const bars: BacktestBars = (request: BarRequest) =>
      request.symbol === 'GONE' ? Promise.reject(new MarketDataUnavailableError('bars GONE 1d', [{ provider: 'simulator', kind: 'not-found', reason: 'simulator: no GONE', attempts: 1 }])) : chain.bars(request);
    const partial = await repository().submit({ ...REQUEST, symbols: ['GONE', 'AAPL'] });
    const total = await repository().submit({ ...REQUEST, symbols: ['GONE'] });
    await runner({ bars }).start();
    await finished(partial.id);
    await finished(total.id);
    const symbols = ((await repository().byId(partial.id))?.result as { symbols: SymbolResult[] }).symbols;
    expect(symbols[0]).toEqual({ symbol: 'GONE', error: 'no market data provider could answer bars GONE 1d: simulator: no GONE' });
    expect(symbols[1].symbol).toBe('AAPL');
    expect(await repository().byId(total.id)).toMatchObject({ status: 'failed', error: 'GONE: no market data provider could answer bars GONE 1d: simulator: no GONE', result: null });
  });

  it('flags a symbol whose bars came only from the cache while providers failed, with the reason first among its warnings', async () => {
    const bars: BacktestBars = async (request) => ({ ...(await chain.bars(request)), stale: true, staleReason: 'yahoo: HTTP 503 (unavailable) after 3 attempts' });
    const job = await repository().submit({ ...REQUEST, symbols: ['AAPL'] });
    await runner({ bars }).start();
    await finished(job.id);
    const [entry] = ((await repository().byId(job.id))?.result as { symbols: (SymbolResult & { stale: boolean; warnings: string[] })[] }).symbols;
    expect(entry.stale).toBe(true);
    expect(entry.warnings[0]).toBe('the bars may be incomplete: yahoo: HTTP 503 (unavailable) after 3 attempts');
  });

  it('stops a job cancelled while it runs before its next symbol, leaving it cancelled without a result', async () => {
    const gate = new Gate();
    const asked: string[] = [];
    const bars: BacktestBars = async (request) => {
      asked.push(request.symbol);
      await gate.pass();
      return chain.bars(request);
    };
    const job = await repository().submit(REQUEST);
    const started = runner({ bars });
    await started.start();
    await waitFor(() => gate.arrivals === 1, 'the first symbol to be fetched');
    expect(await repository().cancel(job.id)).toBe(true);
    gate.open();
    await waitFor(() => started.running === 0, 'the job to stop');
    expect(asked).toEqual(['AAPL']);
    expect(await repository().byId(job.id)).toMatchObject({ status: 'cancelled', result: null });
  });

  it('runs one job at a time by default, oldest first', async () => {
    const gate = new Gate();
    const bars: BacktestBars = async (request) => {
      await gate.pass();
      return chain.bars(request);
    };
    const first = await repository().submit({ ...REQUEST, symbols: ['AAPL'] });
    const second = await repository().submit({ ...REQUEST, symbols: ['MSFT'] });
    const started = runner({ bars });
    await started.start();
    await waitFor(() => gate.arrivals === 1, 'the first job to start');
    started.notify();
    expect(started.running).toBe(1);
    expect(await repository().statusOf(first.id)).toBe('running');
    expect(await repository().statusOf(second.id)).toBe('queued');
    gate.open();
    await finished(second.id);
    expect(await repository().statusOf(first.id)).toBe('completed');
  });

  it('on start, re-queues a job a crashed runner left running, and runs it', async () => {
    const job = await repository().submit({ ...REQUEST, symbols: ['AAPL'] });
    await repository().claimNext();
    await repository().setProgress(job.id, 0.5);
    expect(await runner().start()).toEqual([job.id]);
    await finished(job.id);
    expect(await repository().statusOf(job.id)).toBe('completed');
  });

  it('stop waits for the running job up to its bound, then the job goes back to the queue at its next symbol', async () => {
    const gate = new Gate();
    const bars: BacktestBars = async (request) => {
      await gate.pass();
      return chain.bars(request);
    };
    const job = await repository().submit(REQUEST);
    const started = runner({ bars, stopTimeoutMs: 50 });
    await started.start();
    await waitFor(() => gate.arrivals === 1, 'the job to start');
    await started.stop();
    expect(started.running).toBe(1);
    gate.open();
    await waitFor(() => started.running === 0, 'the job to stop');
    expect(await repository().byId(job.id)).toMatchObject({ status: 'queued', progress: 0, startedAt: null });
  });

  it('fails a job whose stored request is invalid naming the field, and one that hits a bug with a message that hides it', async () => {
    const errors: unknown[] = [];
    const bug = new TypeError("Cannot read properties of undefined (reading 'bars')");
    const invalid = await repository().submit({ ...REQUEST, params: { fast: 10, period: 3 } });
    const broken = await repository().submit(REQUEST);
    await runner({ bars: () => Promise.reject(bug), onError: (error) => errors.push(error) }).start();
    await finished(invalid.id);
    await finished(broken.id);
    expect((await repository().byId(invalid.id))?.error).toBe('the stored request is invalid: params.period is not a parameter of sma-cross; its parameters are fast, slow');
    expect((await repository().byId(broken.id))?.error).toBe('the backtest stopped on an internal error; the server log has the details');
    expect(errors).toEqual([bug]);
  });
});
