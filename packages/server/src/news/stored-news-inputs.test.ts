import { expect, it } from 'vitest';
import { createDatabase } from '../storage/create-database.js';
import { pgliteDriver } from '../storage/pglite-driver.js';
import { NewsRepository, type NewNewsItem } from '../storage/repositories/news-repository.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { migratedPglite } from '../storage/test-support/pglite-template.test-support.js';
import { useNewsTable } from './news-table.test-support.js';
import { NEWS_INPUT_LOOKBACK_MS, storedNewsInputs } from './stored-news-inputs.js';

const FROM = Date.UTC(2025, 5, 10);
const TO = Date.UTC(2025, 5, 20);

function item(title: string, publishedAt: number, symbol = 'AAPL'): NewNewsItem {
  return {
    symbol,
    title,
    summary: null,
    url: null,
    urlKey: null,
    titleHash: `${symbol}-${title}`,
    publisher: 'Wire',
    source: 'finnhub',
    publishedAt,
    simulated: false,
    sentiment: { label: 'positive', score: 0.5, confidence: 0.9 },
    scorerId: 'finance-word-list',
  };
}

describeStorage('storedNewsInputs', (context) => {
  useNewsTable(context);

  it("gives the symbol's scored news from the lookback before the first bar up to the signal time, oldest first", async () => {
    await new NewsRepository(context.database.db).insertMany([
      item('too old', FROM - NEWS_INPUT_LOOKBACK_MS - 1),
      item('in the lookback', FROM - NEWS_INPUT_LOOKBACK_MS),
      item('during the bars', FROM + 1),
      item('at the signal', TO),
      item('after the signal', TO + 1),
      item('another symbol', FROM + 1, 'MSFT'),
    ]);
    const inputs = await storedNewsInputs(context.database)({ symbol: 'aapl', from: FROM, to: TO });
    expect(inputs.news?.map((news) => [news.text, news.source, news.sentiment.score])).toEqual([
      ['in the lookback', 'finnhub', 0.5],
      ['during the bars', 'finnhub', 0.5],
      ['at the signal', 'finnhub', 0.5],
    ]);
    expect(await storedNewsInputs(context.database)({ symbol: 'NVDA', from: FROM, to: TO })).toEqual({ news: [] });
  });
});

it('gives no inputs when the news cannot be read and an error handler is given, and rejects without one', async () => {
  const database = createDatabase(await pgliteDriver(await migratedPglite(), { ownsClient: true }));
  await database.close();
  const errors: string[] = [];
  const tolerant = storedNewsInputs(database, { onError: (_error, symbol) => errors.push(symbol) });
  expect(await tolerant({ symbol: 'AAPL', from: FROM, to: TO })).toEqual({});
  expect(errors).toEqual(['AAPL']);
  await expect(storedNewsInputs(database)({ symbol: 'AAPL', from: FROM, to: TO })).rejects.toThrow();
});
