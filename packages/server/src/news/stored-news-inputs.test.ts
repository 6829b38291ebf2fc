import { randomWalkBars, SignalEngine, TIMEFRAME_MS } from '@goldensignals/engine';
import { expect, it } from 'vitest';
import { createDatabase } from '../storage/create-database.js';
import { pgliteDriver } from '../storage/pglite-driver.js';
import { NewsRepository, type NewNewsItem } from '../storage/repositories/news-repository.js';
import type { NewsKind } from '../storage/schema/news-items.js';
import { describeStorage } from '../storage/test-support/describe-storage.test-support.js';
import { migratedPglite } from '../storage/test-support/pglite-template.test-support.js';
import { useNewsTable } from './news-table.test-support.js';
import { EARNINGS_CALL_INPUT_LOOKBACK_MS, NEWS_INPUT_LOOKBACK_MS, SOCIAL_INPUT_LOOKBACK_MS, storedNewsInputs } from './stored-news-inputs.js';

const FROM = Date.UTC(2025, 5, 10);
const TO = Date.UTC(2025, 5, 20);
const HOUR = 3_600_000;
const DAY = TIMEFRAME_MS['1d'];

function item(title: string, publishedAt: number, symbol = 'AAPL', kind: NewsKind = 'news', score = 0.5): NewNewsItem {
  return {
    symbol,
    kind,
    title,
    summary: null,
    url: null,
    urlKey: null,
    titleHash: `${symbol}-${kind}-${title}`,
    publisher: 'Wire',
    source: kind === 'news' ? 'finnhub' : kind === 'social' ? 'social' : 'upload',
    publishedAt,
    simulated: false,
    sentiment: { label: score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral', score, confidence: 0.9 },
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
    expect(await storedNewsInputs(context.database)({ symbol: 'NVDA', from: FROM, to: TO })).toEqual({ news: [], social: [], earningsCalls: [] });
  });

  it('gives social posts and earnings-call passages apart from the news, each from its own lookback', async () => {
    await new NewsRepository(context.database.db).insertMany([
      item('old post', FROM - SOCIAL_INPUT_LOOKBACK_MS - 1, 'AAPL', 'social'),
      item('recent post', FROM - SOCIAL_INPUT_LOOKBACK_MS, 'AAPL', 'social'),
      item('old call', FROM - EARNINGS_CALL_INPUT_LOOKBACK_MS - 1, 'AAPL', 'earnings_call'),
      item('last call', FROM - EARNINGS_CALL_INPUT_LOOKBACK_MS, 'AAPL', 'earnings_call'),
      item('a story', FROM, 'AAPL', 'news'),
    ]);
    const inputs = await storedNewsInputs(context.database)({ symbol: 'AAPL', from: FROM, to: TO });
    expect(inputs.news?.map((text) => text.text)).toEqual(['a story']);
    expect(inputs.social?.map((text) => [text.text, text.source])).toEqual([['recent post', 'social']]);
    expect(inputs.earningsCalls?.map((text) => [text.text, text.source])).toEqual([['last call', 'upload']]);
  });

  it('makes the social and earnings-call agents vote in a real engine run on what was stored up to each bar, and abstain before', async () => {
    const bars = randomWalkBars({ length: 80, seed: 7, timeframe: '1d', startTime: TO - 79 * DAY, symbol: 'AAPL' });
    const last = bars.length - 1;
    const lastBar = bars.time[last];
    // Twelve upbeat posts in the day before the last bar, one of them after it; a call of six passages five days earlier.
    const posts = Array.from({ length: 12 }, (_, k) => item(`post ${k}`, lastBar - 20 * HOUR + k * 2 * HOUR, 'AAPL', 'social', 0.6));
    const passages = Array.from({ length: 6 }, (_, k) => item(`passage ${k}`, lastBar - 5 * DAY, 'AAPL', 'earnings_call', k === 0 ? -0.2 : 0.5));
    await new NewsRepository(context.database.db).insertMany([...posts, ...passages]);
    const inputs = await storedNewsInputs(context.database)({ symbol: 'AAPL', from: bars.time[0], to: lastBar + DAY });
    expect(inputs.social).toHaveLength(12);
    expect(inputs.earningsCalls).toHaveLength(6);

    const engine = new SignalEngine({ agents: ['social-sentiment', 'earnings-call-sentiment', 'rsi'] });
    engine.replay(bars.slice(0, last - 6), { learn: false, inputs });
    const early = engine.updateWithDetails('AAPL', '1d', bars.bar(last - 6), inputs).results;
    expect(early.find((result) => result.agent === 'earnings-call-sentiment')?.status).toBe('abstained');
    expect(early.find((result) => result.agent === 'social-sentiment')?.status).toBe('abstained');
    for (let i = last - 5; i < last; i++) engine.update('AAPL', '1d', bars.bar(i), inputs);
    const results = engine.updateWithDetails('AAPL', '1d', bars.bar(last), inputs).results;
    const social = results.find((result) => result.agent === 'social-sentiment');
    const callAgent = results.find((result) => result.agent === 'earnings-call-sentiment');
    expect([social?.status, social?.vote?.action]).toEqual(['voted', 'BUY']);
    // The post dated after the bar is not seen.
    expect(social?.vote?.indicators.items).toBe(11);
    expect([callAgent?.status, callAgent?.vote?.action, callAgent?.vote?.indicators.items]).toEqual(['voted', 'BUY', 6]);
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
