import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import '../../auth/route-role.js';
import { createBaseApp } from '../../app/create-base-app.js';
import { routeRoles, watchRouteRoles } from '../../app/route-roles.js';
import { useNewsTable } from '../../news/news-table.test-support.js';
import { NewsRepository, type NewNewsItem } from '../../storage/repositories/news-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { newsRoutes, type NewsItemView } from './news-routes.js';

const T0 = Date.UTC(2025, 5, 2, 12);
const HOUR = 3_600_000;

function item(symbol: string, index: number, overrides: Partial<NewNewsItem> = {}): NewNewsItem {
  return {
    symbol,
    title: `${symbol} story ${index}`,
    summary: null,
    url: `https://x.example.com/${symbol}/${index}`,
    urlKey: `x.example.com/${symbol}/${index}`,
    titleHash: `${symbol}-${index}`,
    publisher: 'Wire',
    source: 'rss',
    publishedAt: T0 + index * HOUR,
    simulated: false,
    sentiment: { label: 'negative', score: -0.25, confidence: 0.5 },
    scorerId: 'finance-word-list',
    ...overrides,
  };
}

interface Page {
  readonly items: NewsItemView[];
  readonly nextCursor: string | null;
}

describeStorage('news routes', (context) => {
  useNewsTable(context);
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });

  async function start(): Promise<FastifyInstance> {
    app = await createBaseApp();
    watchRouteRoles(app);
    await app.register(newsRoutes, { prefix: '/api/v1', database: context.database });
    return app;
  }

  it('lists the stored news of a symbol newest first, with the sentiment and the scorer of each headline, page by page', async () => {
    const api = await start();
    await new NewsRepository(context.database.db).insertMany([item('AAPL', 0, { summary: 'Shares fell.', simulated: true, source: 'simulator', url: null, urlKey: null }), item('AAPL', 1), item('AAPL', 2), item('MSFT', 3)]);
    const first = await api.inject({ url: '/api/v1/news?symbol=aapl&limit=2' });
    expect(first.statusCode).toBe(200);
    const page = first.json<Page>();
    expect(page.items.map((news) => news.title)).toEqual(['AAPL story 2', 'AAPL story 1']);
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      symbol: 'AAPL',
      kind: 'news',
      title: 'AAPL story 2',
      summary: null,
      url: 'https://x.example.com/AAPL/2',
      publisher: 'Wire',
      source: 'rss',
      publishedAt: new Date(T0 + 2 * HOUR).toISOString(),
      fetchedAt: expect.any(String),
      simulated: false,
      sentiment: { label: 'negative', score: -0.25, confidence: 0.5, scorer: 'finance-word-list' },
    });
    const rest = (await api.inject({ url: `/api/v1/news?symbol=AAPL&limit=2&cursor=${page.nextCursor ?? ''}` })).json<Page>();
    expect(rest.items.map((news) => [news.title, news.simulated, news.summary, news.url])).toEqual([['AAPL story 0', true, 'Shares fell.', null]]);
    expect(rest.nextCursor).toBeNull();

    const all = (await api.inject({ url: '/api/v1/news' })).json<Page>();
    expect(all.items.map((news) => news.symbol)).toEqual(['MSFT', 'AAPL', 'AAPL', 'AAPL']);
    expect((await api.inject({ url: '/api/v1/news?symbol=NVDA' })).json<Page>()).toEqual({ items: [], nextCursor: null });
  });

  it('lists social posts or earnings-call passages instead of news when asked for that kind', async () => {
    const api = await start();
    await new NewsRepository(context.database.db).insertMany([
      item('AAPL', 0),
      item('AAPL', 1, { kind: 'social', source: 'social', title: '$AAPL to the moon' }),
      item('AAPL', 2, { kind: 'earnings_call', source: 'upload', url: null, urlKey: null, title: 'Services revenue reached a record.' }),
    ]);
    const titles = async (query: string): Promise<string[][]> => (await api.inject({ url: `/api/v1/news?${query}` })).json<Page>().items.map((news) => [news.kind, news.title]);
    expect(await titles('symbol=AAPL')).toEqual([['news', 'AAPL story 0']]);
    expect(await titles('symbol=AAPL&kind=news')).toEqual([['news', 'AAPL story 0']]);
    expect(await titles('kind=social')).toEqual([['social', '$AAPL to the moon']]);
    expect(await titles('symbol=aapl&kind=earnings_call')).toEqual([['earnings_call', 'Services revenue reached a record.']]);
  });

  it('answers 400 naming the field for a bad symbol, limit, cursor or an unknown parameter', async () => {
    const api = await start();
    for (const [query, field] of [
      ['symbol=AA%20PL', 'symbol'],
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['cursor=not-ours', 'cursor'],
      ['sort=asc', 'sort'],
      ['kind=tweets', 'kind'],
    ]) {
      const answer = await api.inject({ url: `/api/v1/news?${query}` });
      expect(answer.statusCode, query).toBe(400);
      expect(answer.json<{ code: string; message: string }>(), query).toMatchObject({ code: 'GS_ERR_VALIDATION', message: expect.stringContaining(field) });
    }
  });

  it('is open to viewers', async () => {
    const api = await start();
    await api.ready();
    expect(routeRoles(api)).toEqual([{ method: 'GET', url: '/api/v1/news', role: 'viewer' }]);
  });
});
