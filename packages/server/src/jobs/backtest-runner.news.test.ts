import { expect, it } from 'vitest';
import { ProviderChain } from '../market-data/chain/provider-chain.js';
import { VirtualClock } from '../market-data/chain/virtual-clock.test-support.js';
import { MarketSimulator } from '../market-data/simulator/market-simulator.js';
import { useNewsTable } from '../news/news-table.test-support.js';
import { storedNewsInputs } from '../news/stored-news-inputs.js';
import { BacktestRepository } from '../storage/repositories/backtest-repository.js';
import { BarRepository } from '../storage/repositories/bar-repository.js';
import { NewsRepository, type NewNewsItem } from '../storage/repositories/news-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { BacktestRunner, type BacktestRunnerOptions } from './backtest-runner.js';
import { waitFor } from './backtest-runner.test-support.js';

const NOW = Date.UTC(2024, 2, 5, 12);
const FROM = '2024-01-01T00:00:00.000Z';
const TO = '2024-03-01T00:00:00.000Z';
const HOUR = 3_600_000;
const REQUEST = { strategy: 'agent:news-sentiment', params: { holdBars: 0 }, symbols: ['AAPL'], timeframe: '1d', from: FROM, to: TO, fractional: true, finalizeTrades: true };

interface Trade {
  entryBar: number;
  entryTime: string;
  size: number;
}

function story(title: string, publishedAt: number): NewNewsItem {
  return {
    symbol: 'AAPL',
    title,
    summary: null,
    url: null,
    urlKey: null,
    titleHash: title,
    publisher: 'Wire',
    source: 'rss',
    publishedAt,
    simulated: false,
    sentiment: { label: 'positive', score: 0.6, confidence: 0.9 },
    scorerId: 'finance-word-list',
  };
}

describeStorage('BacktestRunner with stored news', (context) => {
  useNewsTable(context);

  async function run(options: Partial<BacktestRunnerOptions>): Promise<Trade[]> {
    const chain = new ProviderChain({ providers: [new MarketSimulator({ seed: 3, now: () => NOW })], barRepository: new BarRepository(context.database.db), clock: new VirtualClock(NOW) });
    const runner = new BacktestRunner({ database: context.database, bars: (request) => chain.bars(request), now: () => NOW, pollIntervalMs: 50, ...options });
    const repository = new BacktestRepository(context.database.db);
    const job = await repository.submit(REQUEST);
    await runner.start();
    try {
      await waitFor(async () => (await repository.statusOf(job.id)) === 'completed', `backtest ${job.id} to complete`);
    } finally {
      await runner.stop();
    }
    const result = (await repository.byId(job.id))?.result as { symbols: { trades: Trade[] }[] };
    return result.symbols[0].trades;
  }

  it('gives the stored news to the agents: the news agent abstains until its third story, sees none dated after a bar, and then trades', async () => {
    const chain = new ProviderChain({ providers: [new MarketSimulator({ seed: 3, now: () => NOW })], barRepository: new BarRepository(context.database.db), clock: new VirtualClock(NOW) });
    const bars = (await chain.bars({ symbol: 'AAPL', timeframe: '1d', from: Date.parse(FROM), to: Date.parse(TO) })).bars;
    const k = 20;
    // Two stories before bar k; the third a millisecond after bar k, so bar k must not see it.
    await new NewsRepository(context.database.db).insertMany([
      story('Apple profit rises', bars[k - 2].time + HOUR),
      story('Apple beats estimates', bars[k - 1].time + HOUR),
      story('Apple shares surge to a record', bars[k].time + 1),
    ]);

    // Without the inputs the agent never has news: no trade at all.
    expect(await run({})).toEqual([]);

    const trades = await run({ inputs: storedNewsInputs(context.database, { maxItems: 100_000 }) });
    expect(trades.length).toBeGreaterThan(0);
    // BUY first at bar k + 1 (three stories), filled at the next bar's open.
    expect(trades[0]).toMatchObject({ entryBar: k + 2, entryTime: new Date(bars[k + 2].time).toISOString() });
    expect(trades[0].size).toBeGreaterThan(0);
  });
});
