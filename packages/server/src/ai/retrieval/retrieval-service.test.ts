import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { BacktestRepository } from '../../storage/repositories/backtest-repository.js';
import { executeRows } from '../../storage/execute-rows.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import { UserRepository } from '../../storage/repositories/user-repository.js';
import { signalFixture } from '../../storage/test-support/signal-fixture.test-support.js';
import { HashingEmbedder } from './hashing-embedder.js';
import { RetrievalService } from './retrieval-service.js';
import { describeRetrievalStorage } from './retrieval-storage.test-support.js';

describeRetrievalStorage('RetrievalService', (context) => {
  const open = async (embedder = new HashingEmbedder(), log?: (message: string) => void) => RetrievalService.open({ database: context.database, embedder, log });

  it('says how it searches: the HNSW index with pgvector, exact search without it', async () => {
    const lines: string[] = [];
    const service = await open(new HashingEmbedder(), (line) => lines.push(line));
    const status = await service.status();
    expect(status).toMatchObject({ source: 'hashing', model: 'goldensignals-hashing-v1', dimensions: 384, rows: 0, staleRows: 0 });
    if (context.kind === 'pglite') {
      expect(status).toMatchObject({ search: 'hnsw', index: 'embeddings_hnsw_384_idx' });
      expect(lines).toEqual([expect.stringMatching(/^retrieval: hashing embedder goldensignals-hashing-v1; pgvector 0\.8\.\d+: HNSW index embeddings_hnsw_384_idx \(cosine\) over 384-dimension vectors$/)]);
    } else {
      expect(status).toMatchObject({ search: 'exact', index: null });
      expect(lines).toEqual([expect.stringContaining('exact cosine search over real[] rows: this database server has no pgvector')]);
    }
  });

  it("indexes a signal's summary and its agents' reasoning, and finds the signal by what an agent said", async () => {
    const service = await open();
    const signal = { ...signalFixture(), id: randomUUID() };
    const voted = signal.votes.find((vote) => vote.status === 'voted');
    if (voted === undefined) throw new Error('the fixture signal has no vote');
    await service.indexSignal(signal);
    const [best] = await service.search(voted.reasoning, { userId: null, k: 1 });
    expect(best).toMatchObject({ kind: 'signal', id: signal.id, title: `${signal.action} AAPL ${signal.timeframe} ${signal.time.slice(0, 10)}` });
    expect(best.text).toContain(voted.reasoning);
    const rows = (await service.status()).rows;
    // Indexing again replaces the passages instead of adding to them.
    await service.indexSignal(signal);
    expect((await service.status()).rows).toBe(rows);
    expect(await service.forget('signal', signal.id)).toBe(rows);
  });

  it("indexes news for everyone and a backtest report for its owner only", async () => {
    const service = await open();
    const ada = (await new UserRepository(context.database.db).create({ email: 'ada@example.com', passwordHash: 'h' })).id;
    const backtests = new BacktestRepository(context.database.db);
    const backtest = await backtests.submit({ strategy: 'sma-cross', params: { fast: 10, slow: 30 }, symbols: ['AAPL'], timeframe: '1d', from: '2023-01-01T00:00:00.000Z', to: '2024-02-01T00:00:00.000Z' }, ada);
    const result = { symbols: [{ symbol: 'AAPL', stats: { 'Return [%]': 12.345, 'Sharpe Ratio': 0.91, 'Max. Drawdown [%]': -21.7, '# Trades': 38 }, baseline: { strategy: 'buy-and-hold', stats: { 'Return [%]': 40.1 } } }] };
    await service.indexBacktest({ ...backtest, result });
    await service.indexNews({ id: 'news-1', title: 'Fed holds rates steady', text: 'The federal funds rate stays at 5.25-5.50%.', symbol: 'SPY', time: '2024-03-20T18:00:00.000Z' });
    const backtestHit = await service.search('Sharpe ratio of the sma-cross backtest on AAPL', { userId: ada, k: 1, kinds: ['backtest'] });
    expect(backtestHit).toEqual([
      {
        kind: 'backtest',
        id: backtest.id,
        title: 'Backtest sma-cross AAPL 1d',
        text: 'Backtest of sma-cross (fast 10, slow 30) on AAPL 1d bars from 2023-01-01 to 2024-02-01. AAPL: Return [%] 12.35, Sharpe Ratio 0.91, Max. Drawdown [%] -21.7, # Trades 38. Buy and hold: Return [%] 40.1.',
        score: expect.any(Number) as unknown,
      },
    ]);
    expect(await service.search('Sharpe ratio of the sma-cross backtest on AAPL', { userId: null, kinds: ['backtest'] })).toEqual([]);
    const newsHit = await service.search('federal funds rate', { userId: null, k: 1 });
    expect(newsHit[0]).toMatchObject({ kind: 'news', id: 'news-1', title: 'Fed holds rates steady', text: 'SPY, 2024-03-20: Fed holds rates steady. The federal funds rate stays at 5.25-5.50%.' });
  });

  it('searches only the current model and re-embeds the passages of an earlier one', async () => {
    const before = await open(new HashingEmbedder(384));
    await before.indexText('signal', 's1', null, { title: 'BUY AAPL 1d', text: 'RSI is oversold at 27.' });
    await before.indexText('news', 'n1', null, { title: 'Oil rises', text: 'OPEC extends output cuts.' });
    const after = await open(new HashingEmbedder(256));
    expect(await after.search('oversold RSI', { userId: null })).toEqual([]);
    expect(await after.status()).toMatchObject({ model: 'goldensignals-hashing-v1-256', dimensions: 256, rows: 0, staleRows: 2 });
    expect(await after.reembedStale(1)).toEqual({ sources: 1, passages: 1 });
    expect(await after.reembedStale()).toEqual({ sources: 1, passages: 1 });
    expect(await after.reembedStale()).toEqual({ sources: 0, passages: 0 });
    expect(await after.status()).toMatchObject({ rows: 2, staleRows: 0 });
    const [best] = await after.search('oversold RSI', { userId: null });
    expect(best).toMatchObject({ kind: 'signal', id: 's1', text: 'RSI is oversold at 27.' });
  });

  it('finds nothing for a question without content words rather than an arbitrary passage', async () => {
    const service = await open();
    await service.indexText('news', 'n1', null, { title: 'Oil rises', text: 'OPEC extends output cuts.' });
    expect(await service.search('what is the', { userId: null })).toEqual([]);
  });

  it('catches up on completed backtests and indexes a stored signal by its id', async () => {
    const service = await open();
    const backtests = new BacktestRepository(context.database.db);
    const done = await backtests.submit({ strategy: 'sma-cross', symbols: ['MSFT'], timeframe: '1d' });
    await backtests.submit({ strategy: 'sma-cross', symbols: ['QQQ'], timeframe: '1d' });
    await backtests.claim(done.id);
    await backtests.complete(done.id, { symbols: [{ symbol: 'MSFT', stats: { 'Return [%]': 5 } }] });
    expect(await service.indexPendingBacktests()).toBe(1);
    expect(await service.indexPendingBacktests()).toBe(0);
    expect((await service.search('sma-cross backtest MSFT return', { userId: null, kinds: ['backtest'] })).map((item) => item.id)).toEqual([done.id]);

    const stored = await new SignalRepository(context.database.db).save(signalFixture({ symbol: 'NVDA' }));
    expect(await service.indexSignalById(stored.id)).toBe(true);
    expect(await service.indexSignalById(randomUUID())).toBe(false);
    const [hit] = await service.search(stored.summary, { userId: null, kinds: ['signal'], k: 1 });
    expect(hit).toMatchObject({ id: stored.id, title: expect.stringContaining('NVDA') as unknown });
  });

  it("refreshes PGlite's planner statistics as the table grows (it has no autovacuum)", async () => {
    if (context.kind === 'postgres') return;
    const service = await open();
    const sentence = (source: number, i: number) => `Agent ${i} on symbol S${source} reads indicator value ${source * 100 + i} and explains its vote at length in this sentence.`;
    for (let source = 0; source < 30; source += 1) {
      await service.indexText('signal', `s${source}`, null, { title: `signal ${source}`, text: Array.from({ length: 120 }, (_, i) => sentence(source, i)).join(' ') });
    }
    const rows = (await service.status()).rows;
    expect(rows).toBeGreaterThan(500);
    // Without ANALYZE the planner would still take the table for empty (reltuples -1 or 0) and never walk the HNSW index.
    const [stats] = await executeRows<{ reltuples: number }>(context.database.db, sql`SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = 'embeddings'::regclass`);
    expect(stats.reltuples).toBeGreaterThanOrEqual(500);
    expect(stats.reltuples).toBeLessThanOrEqual(rows);
  });
});
