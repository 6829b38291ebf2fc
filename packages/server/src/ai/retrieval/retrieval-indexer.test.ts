import { expect, it } from 'vitest';
import { BacktestRepository } from '../../storage/repositories/backtest-repository.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import { newsItems } from '../../storage/schema/news-items.js';
import { signalFixture } from '../../storage/test-support/signal-fixture.test-support.js';
import { HashingEmbedder } from './hashing-embedder.js';
import { RetrievalIndexer } from './retrieval-indexer.js';
import { RetrievalService } from './retrieval-service.js';
import { describeRetrievalStorage } from './retrieval-storage.test-support.js';

describeRetrievalStorage('RetrievalIndexer', (context) => {
  it('indexes what was stored since the last round, and re-embeds passages of an earlier model', async () => {
    const signals = new SignalRepository(context.database.db);
    const backtests = new BacktestRepository(context.database.db);
    const first = await signals.save(signalFixture({ symbol: 'AAPL' }));
    const finished = await backtests.submit({ strategy: 'sma-cross', symbols: ['AAPL'], timeframe: '1d' });
    await backtests.claim(finished.id);
    await backtests.complete(finished.id, { symbols: [] });
    await context.database.db.insert(newsItems).values({
      symbol: 'AAPL',
      title: 'Apple beats estimates',
      summary: 'Services revenue up 14%.',
      titleHash: 'h1',
      publisher: 'Wire',
      source: 'simulator',
      publishedAt: new Date('2024-05-02T20:30:00Z'),
      sentimentLabel: 'positive',
      sentimentScore: 0.8,
      sentimentConfidence: 0.9,
      scorerId: 'lexicon',
    });
    const earlier = await RetrievalService.open({ database: context.database, embedder: new HashingEmbedder(256) });
    await earlier.indexText('news', 'n1', null, { title: 'Oil', text: 'OPEC extends cuts.' });

    const retrieval = await RetrievalService.open({ database: context.database, embedder: new HashingEmbedder() });
    const indexer = new RetrievalIndexer({ retrieval, batchSize: 10 });
    expect(await indexer.runOnce()).toEqual({ signals: 1, news: 1, backtests: 1, reembedded: 1 });
    await signals.save(signalFixture({ symbol: 'MSFT' }));
    expect(await indexer.runOnce()).toEqual({ signals: 1, news: 0, backtests: 0, reembedded: 0 });
    expect(await indexer.runOnce()).toEqual({ signals: 0, news: 0, backtests: 0, reembedded: 0 });
    expect((await retrieval.search('Apple services revenue', { userId: null, kinds: ['news'], k: 1 }))[0]).toMatchObject({ title: 'Apple beats estimates', text: 'AAPL, 2024-05-02: Apple beats estimates. Services revenue up 14%.' });
    expect((await retrieval.search(first.summary, { userId: null, kinds: ['signal'], k: 1 }))[0]).toMatchObject({ id: first.id });
    expect(await retrieval.status()).toMatchObject({ staleRows: 0 });
  });

  it('runs rounds on a timer until stopped, reporting failures instead of stopping', async () => {
    const retrieval = await RetrievalService.open({ database: context.database, embedder: new HashingEmbedder() });
    await new SignalRepository(context.database.db).save(signalFixture({ symbol: 'NVDA' }));
    const errors: unknown[] = [];
    const indexer = new RetrievalIndexer({ retrieval, intervalMs: 20, onError: (error) => errors.push(error) });
    indexer.start();
    const deadline = Date.now() + 10_000;
    while ((await retrieval.status()).rows === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    await indexer.stop();
    expect((await retrieval.status()).rows).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
